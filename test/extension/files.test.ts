/**
 * Reading texts in the editor (src/extension/files.ts): a document the editor opened as UTF-8
 * although its file is not (it shows � where bytes could not be read) is refused with one
 * clear message, as the file itself is from the Explorer or the CLI; a � the file really holds,
 * or one typed into an untitled editor, is text like any other.
 */
import './useFakeVscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { checkDecoding, problemMessage, readText, UserError } from '../../src/extension/files';
import { decodeInput, describeProblem } from '../../src/input';
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
    assert.match(e.message, /“cafe\.txt” is not UTF-8 text \(line 1, byte 0xE9 is not UTF-8: it looks written in Latin-1 or Windows-1252\)/);
    assert.match(e.message, /Reopen with Encoding/);
    return true;
  });
  await assert.rejects(checkDecoding(uri as never, AS_UTF8, 'cafe.txt'), UserError);
});

test('a closed file in UTF-16 without a byte-order mark: one message naming the encoding and how to reopen it, not "binary"', async () => {
  const uri = vscode.Uri.file('/news/wire16.txt');
  vscode.files.set(uri.toString(), Buffer.from('The minister said prices rose by 4 percent.', 'utf16le'));
  await assert.rejects(readText(uri as never, readSettings(uri as never)), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.match(e.message, /^“wire16\.txt” looks like UTF-16LE text without a byte-order mark, not UTF-8\. .*Reopen with Encoding”, UTF-16LE\)/);
    assert.ok(!/binary/.test(e.message));
    return true;
  });
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

test('the editor says of a file that is not UTF-8 what the CLI says: the line and byte of the first bad one, and what to do', () => {
  // "Le président a dit.\nCafé" in Latin-1: é is the single byte 0xE9, first on line 1.
  const latin1 = Uint8Array.from([...'Le pr'].map((c) => c.charCodeAt(0)).concat([0xe9], [...'sident a dit.\nCaf'].map((c) => c.charCodeAt(0)), [0xe9]));
  // Mostly UTF-8, one stray byte on line 2: not said to be Latin-1.
  const stray = new Uint8Array([...new TextEncoder().encode('Le président a dit.\nUn '), 0xff, ...new TextEncoder().encode(' mot.')]);
  for (const [bytes, where, latin] of [[latin1, 'line 1, byte 0xE9', true], [stray, 'line 2, byte 0xFF', false]] as const) {
    const d = decodeInput(bytes);
    assert.ok(!d.ok && d.problem.kind === 'notUtf8');
    const cli = describeProblem(d.problem, 'story.txt');
    const editor = problemMessage(d.problem, 'story.txt');
    // The same facts in the same words, with each reader's way to fix it.
    const facts = `is not UTF-8 text (${where} is not UTF-8${latin ? ': it looks written in Latin-1 or Windows-1252' : ''}). WireDiff reads UTF-8 (or UTF-16 with a byte-order mark): `;
    assert.equal(cli.slice(0, cli.indexOf(facts) + facts.length), `story.txt ${facts}`);
    assert.equal(editor.slice(0, editor.indexOf(facts) + facts.length), `“story.txt” ${facts}`);
    assert.match(cli, latin ? /iconv -f WINDOWS-1252 -t UTF-8 story\.txt > copy\.txt, and compare the copy$/ : /save it as UTF-8 and try again$/);
    assert.match(editor, latin ? /Reopen with Encoding”, “Western \(Windows 1252\)”\) or save it as UTF-8, and compare again\.$/ : /Reopen with Encoding”\) or save it as UTF-8, and compare again\.$/);
  }
});
