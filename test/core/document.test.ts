import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/core/document';

// Written for this test: a briefing's transcript with a label on a line of its own, and a credit line.
const transcript =
  'Harbour Board Briefing\n\n' +
  'MR ROE: Good afternoon. The new quay opened this morning.\n\n' +
  'QUESTION:\n\n' +
  'When will the first ferry use the new quay?\n\n' +
  'MR ROE: On Monday, weather permitting.\n\n' +
  '(Reporting by Jane Roe; Editing by Tom Okafor)\n';

test('the read view shows a paragraph that is only a speaker\'s label as a label, and a credit line as a credit, not as content', () => {
  const doc = readDocument('t.txt', transcript, null);
  const role = (s: string): string | undefined => doc.blocks.find((b) => b.text.startsWith(s))?.role;
  assert.equal(role('QUESTION:'), 'speaker');
  assert.equal(role('(Reporting by'), 'credit');
  // A paragraph that opens with a label and goes on with the words said is content.
  assert.equal(role('MR ROE: Good afternoon.'), 'content');
  assert.equal(role('When will'), 'content');
  assert.equal(role('Harbour Board'), 'heading');
});

test("a lyrics or subtitle file's (LRC) ID tags on lines of their own are page chrome, never compared as news; bracketed prose in a text stays content", async () => {
  const { compare } = await import('../../src/core/index');
  // Written for this test: a bulletin timed as an LRC file times it, its metadata tags first.
  const tags = '[ti:Evening Bulletin]\n[ar:City Radio]\n[al:Weekly News]\n[au:Dana Reyes]\n[by:Sam Ortiz]\n[re:Caption Tool]\n[ve:1.2]\n[offset:+250]\n[length:03:12]\n[#:read by the night desk]\n';
  const timed =
    '[00:01.20]The council voted on Tuesday to close the old bridge for repairs.\n[00:05.80]Work will begin next month and last about six weeks.\n' +
    '[00:10.40]Drivers are asked to use the ring road while the bridge is shut.\n[00:14.90]The mayor said the repairs were overdue.\n';
  const doc = readDocument('bulletin.lrc', tags + timed, null);
  for (const tag of tags.trim().split('\n')) assert.equal(doc.blocks.find((b) => b.text.startsWith(tag))?.role, 'chrome', tag);
  assert.equal(doc.blocks.find((b) => b.text.startsWith('[00:01.20]'))?.role, 'content');
  const plain = timed.replace(/\[\d\d:\d\d\.\d\d\]/g, '');
  const c = compare(plain, tags + timed);
  assert.deepEqual(c.discrepancies.filter((d) => d.kind !== 'boilerplate').map((d) => `${d.kind}: ${d.reason}`), []);
  assert.deepEqual(compare(tags + timed, plain).discrepancies.filter((d) => d.kind !== 'boilerplate').map((d) => `${d.kind}: ${d.reason}`), []);
  // A line of prose in square brackets inside a normal text is no ID tag.
  const prose = 'The council voted on Tuesday to close the old bridge.\n\n[The council later said the vote would be held again.]\n\n[Note: the bridge reopens in May.]\n';
  const read = readDocument('story.txt', prose, null);
  assert.equal(read.blocks.find((b) => b.text.startsWith('[The council'))?.role, 'content');
  assert.equal(read.blocks.find((b) => b.text.startsWith('[Note:'))?.role, 'content');
});
