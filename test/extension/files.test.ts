/**
 * Reading texts in the editor (src/extension/files.ts): a document the editor opened as UTF-8
 * although its file is not (it shows � where bytes could not be read) is refused with one
 * clear message, as the file itself is from the Explorer or the CLI; a � the file really holds,
 * or one typed into an untitled editor, is text like any other.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { checkDecoding, readText, UserError } from '../../src/extension/files';
import { readSettings } from '../../src/extension/settings';
import * as vscode from './fakeVscode';

afterEach(() => vscode.reset());

/** "Café owners said prices rose." saved in Latin-1: the é is byte 0xE9, not UTF-8. */
const LATIN1 = Uint8Array.from([...'Caf'].map((c) => c.charCodeAt(0)).concat([0xe9], [...' owners said prices rose.'].map((c) => c.charCodeAt(0))));
/** What the editor shows for it when it opens it as UTF-8. */
const AS_UTF8 = new TextDecoder('utf-8').decode(LATIN1);

test('a document opened as UTF-8 from a file that is not UTF-8 is refused with one message', async () => {
  assert.ok(AS_UTF8.includes('\uFFFD'));
  const uri = vscode.Uri.file('/news/cafe.txt');
  vscode.files.set(uri.toString(), LATIN1);
  vscode.workspace.textDocuments.push(new vscode.FakeDocument(uri, AS_UTF8));
  await assert.rejects(readText(uri as never, readSettings(uri as never)), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.match(e.message, /“cafe\.txt” is not valid UTF-8 text/);
    assert.match(e.message, /Reopen with Encoding/);
    return true;
  });
  await assert.rejects(checkDecoding(uri as never, AS_UTF8, 'cafe.txt'), UserError);
});

test('a � the file itself holds, or typed into an untitled editor, is compared as text', async () => {
  const text = 'The scan showed \uFFFD where the original print was torn, the archive said.';
  const saved = vscode.Uri.file('/news/scan.txt');
  vscode.files.set(saved.toString(), new TextEncoder().encode(text));
  vscode.workspace.textDocuments.push(new vscode.FakeDocument(saved, text));
  assert.equal(await readText(saved as never, readSettings(saved as never)), text);
  await checkDecoding(vscode.Uri.parse('untitled://Untitled-2') as never, text, 'Untitled-2');
  // Reopened with its encoding (Latin-1), the document's text is the file's words: nothing to refuse.
  const cafe = vscode.Uri.file('/news/cafe.txt');
  vscode.files.set(cafe.toString(), LATIN1);
  await checkDecoding(cafe as never, 'Café owners said prices rose.', 'cafe.txt');
});
