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

test("a lyrics or subtitle file's (LRC) ID tags on lines of their own are page chrome, never compared as news, but for the title tag's text, its headline; bracketed prose in a text stays content", async () => {
  const { compare } = await import('../../src/core/index');
  // Written for this test: a bulletin timed as an LRC file times it, its metadata tags first.
  const tags = '[ti:Evening Bulletin]\n[ar:City Radio]\n[al:Weekly News]\n[au:Dana Reyes]\n[by:Sam Ortiz]\n[re:Caption Tool]\n[ve:1.2]\n[offset:+250]\n[length:03:12]\n[#:read by the night desk]\n';
  const timed =
    '[00:01.20]The council voted on Tuesday to close the old bridge for repairs.\n[00:05.80]Work will begin next month and last about six weeks.\n' +
    '[00:10.40]Drivers are asked to use the ring road while the bridge is shut.\n[00:14.90]The mayor said the repairs were overdue.\n';
  const doc = readDocument('bulletin.lrc', tags + timed, null);
  for (const tag of tags.trim().split('\n').slice(1)) assert.equal(doc.blocks.find((b) => b.text.startsWith(tag))?.role, 'chrome', tag);
  assert.equal(doc.blocks.find((b) => b.text.startsWith('[00:01.20]'))?.role, 'content');
  // The title tag's text is the headline, a block of its own: its words only, at their own offsets, never the brackets nor the tag's name.
  const title = doc.blocks.find((b) => b.text.includes('Evening Bulletin'))!;
  assert.deepEqual([title.role, title.text, title.start, title.end], ['heading', 'Evening Bulletin', 4, 4 + 'Evening Bulletin'.length]);
  assert.ok(doc.blocks.every((b) => b.role === 'chrome' || !/\[(?:ti|ar):/.test(b.text)));
  assert.deepEqual(doc.sentences.filter((s) => s.kind !== 'boilerplate').map((s) => s.text)[0], 'Evening Bulletin');
  // A copy with the same headline compares its title with it: nothing added or omitted.
  const plain = 'Evening Bulletin\n\n' + timed.replace(/\[\d\d:\d\d\.\d\d\]/g, '');
  const c = compare(plain, tags + timed);
  assert.deepEqual(c.discrepancies.filter((d) => d.kind !== 'boilerplate').map((d) => `${d.kind}: ${d.reason}`), []);
  assert.deepEqual(compare(tags + timed, plain).discrepancies.filter((d) => d.kind !== 'boilerplate').map((d) => `${d.kind}: ${d.reason}`), []);
  // A line of prose in square brackets inside a normal text is no ID tag.
  const prose = 'The council voted on Tuesday to close the old bridge.\n\n[The council later said the vote would be held again.]\n\n[Note: the bridge reopens in May.]\n';
  const read = readDocument('story.txt', prose, null);
  assert.equal(read.blocks.find((b) => b.text.startsWith('[The council'))?.role, 'content');
  assert.equal(read.blocks.find((b) => b.text.startsWith('[Note:'))?.role, 'content');
});

test("a line of the page's own with no stop at its end, set among the story's lines one line break apart, is chrome, and the story's sentence after it is the story's: no sentence holds both; the comparison reads it so too", async () => {
  const { compare } = await import('../../src/core/index');
  // Written for this test: a chrome line with no stop, between two lines of the story, one line break apart.
  const text =
    'Harbour board backs new quay\n\nThe harbour board voted on Tuesday to build a new quay for the ferries.\n' +
    'RSVP for Our Forum on 3/14: Ferries or Bridges? A Town Herald Evening on the Docks\n' +
    'However, some members said the plan would cost far more than the board had set aside.';
  const at = text.indexOf('RSVP');
  const end = text.indexOf('\nHowever');
  const read = { text, starts: Int32Array.from({ length: text.length + 1 }, (_, i) => i), ends: Int32Array.from({ length: text.length + 1 }, (_, i) => i + 1), blocks: [
    { start: 0, end: text.indexOf('\n\n'), role: 'heading' as const },
    { start: text.indexOf('The harbour'), end: at - 1, role: 'content' as const },
    { start: at, end, role: 'chrome' as const },
    { start: end + 1, end: text.length, role: 'content' as const },
  ] };
  const doc = readDocument('p.html', text, read);
  const news = doc.sentences.filter((s) => s.kind !== 'boilerplate').map((s) => s.text);
  assert.ok(news.includes('However, some members said the plan would cost far more than the board had set aside.'), news.join(' | '));
  assert.ok(!news.some((s) => s.includes('Town Herald')), news.join(' | '));
  assert.deepEqual(doc.sentences.map((s) => s.id), doc.sentences.map((_, i) => i));
  const canonical = 'Harbour board backs new quay\n\nThe harbour board voted on Tuesday to build a new quay for the ferries.\n\nHowever, some members said the plan would cost far more than the board had set aside.';
  const r = compare(canonical, text, { articleChrome: [{ start: at, end }] });
  assert.ok(!r.article.sentences.some((s) => s.kind !== 'boilerplate' && s.text.includes('Town Herald')));
  assert.ok(!r.discrepancies.some((d) => d.kind === 'added'), r.discrepancies.map((d) => d.kind).join(' '));
});

test("a lyrics file flattened onto one line shows its title tag's text as a heading block of its own, between the tags' chrome and its timed words", () => {
  // Written for this test: tags run into the timed words, as a file flattened onto one line has them.
  const flat = '[ti:Harbour Report] [ar:Jo Lee] [by:Sam Ortiz] [00:00.00]The harbour reopened on Friday after two years of repairs. [00:05.10]Officials said the work cost ninety million dollars.\n';
  const doc = readDocument('report.lrc', flat, null);
  assert.deepEqual(
    doc.blocks.map((b) => `${b.role}:${b.text}`),
    ['chrome:[ti:', 'heading:Harbour Report', 'chrome:[ar:Jo Lee] [by:Sam Ortiz]', `content:${flat.slice(flat.indexOf('[00:00.00]')).trim()}`],
  );
});
