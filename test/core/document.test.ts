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
