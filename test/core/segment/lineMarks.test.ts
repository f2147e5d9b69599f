import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankQuoteMargins, caseChanges, goesOn, isMailHeader, opensField, quoteMargin, rulerMark, rulersInLine } from '../../../src/core/segment/lineMarks';
import { isChrome, isDateLine } from '../../../src/core/segment/chrome';

test('line marks: a line that stops on a comma or inside a hyphenated word goes on; one that stops on a dash after a blank or a stop does not', () => {
  for (const s of ['completed a seven-year,', 'a seven-', 'the 2020-']) assert.ok(goesOn(s), s);
  for (const s of ['JAKARTA -', 'the end.', 'Harbour works finish early', 'He said --']) assert.ok(!goesOn(s), s);
});

test("line marks: a field opens a line: a message header's, a bulletin's label in capitals before its value", () => {
  for (const s of ['From: Jane Example <jane@example.org>', 'Date: Tue, 3 Mar 2026', 'Message-ID:', 'LOCATION...41.2N 70.1W', 'MAXIMUM SUSTAINED WINDS...60 MPH', 'ABOUT 5 MI...10 KM S OF EXAMPLE CITY', 'CONTACT: Jane Example']) {
    assert.ok(opensField(s), s);
  }
  // Not the end of a line in capitals, a unit, a word in lower case, a header name in another case.
  for (const s of ['STRONG GALE...', 'MPH...24 KM/H', 'from: the harbour', 'FROM THE HARBOUR', 'Location...41.2N', 'The plan: build it']) assert.ok(!opensField(s), s);
  // The three dots written as one ellipsis character, the label's words more than one blank apart.
  for (const s of ['LOCATION…41.2N 70.1W', 'ABOUT  5  MI...10  KM  S  OF  EXAMPLE  CITY', 'MAXIMUM  SUSTAINED  WINDS…60  MPH']) assert.ok(opensField(s), s);
  for (const s of ['STRONG GALE…', 'Location…41.2N']) assert.ok(!opensField(s), s);
});

test('line marks: a ruler is one mark repeated, three at least; its rest may be shorter', () => {
  assert.equal(rulerMark('---------'), '-');
  assert.equal(rulerMark('====='), '=');
  assert.equal(rulerMark('-'), null);
  assert.equal(rulerMark('-', true), '-');
  assert.equal(rulerMark('-=-=-'), null);
  assert.equal(rulerMark('--- Jane wrote:'), null);
});

test('line marks: two lines in two cases (a line in capitals, three words at least, beside one in lower case)', () => {
  assert.ok(caseChanges('MINIMUM CENTRAL PRESSURE...990 MB...29.24 INCHES', 'Forecaster Example'));
  assert.ok(caseChanges('the harbour board said on', 'MINIMUM CENTRAL PRESSURE...990 MB'));
  // A name or an acronym in capitals is no change of case.
  assert.ok(!caseChanges('the crews of the', 'U.S. Coast Guard met it'));
  assert.ok(!caseChanges('NASA', 'said on Monday'));
  assert.ok(!caseChanges('STORM COMES ASHORE NEAR THE', 'OLD HARBOUR AS A GALE'));
  // An abbreviation's one letter in lower case leaves a line in capitals; two together do not.
  assert.ok(caseChanges('NEWS RELEASES from the Ministry of Transport', 'No. 14-07 FOR IMMEDIATE RELEASE'));
  assert.ok(!caseChanges('NEWS RELEASES from the Ministry of Transport', 'Nos. 14-07 FOR IMMEDIATE RELEASE'));
});

test("line marks: a mail's quotation marks, blanked in the text as a reader reads it", () => {
  const line = '> > "We are glad," she said.';
  assert.equal(quoteMargin(line, 0, line.length), 3);
  assert.equal(quoteMargin('>> quoted twice', 0, 15), 2);
  assert.equal(quoteMargin('>50 people', 0, 10), 0);
  const text = 'Jane wrote:\n\n> The quay opened\n>\n> on Monday.\nA reply >50 words.\n';
  const view = blankQuoteMargins(text);
  assert.equal(view.length, text.length);
  assert.equal(view, 'Jane wrote:\n\n  The quay opened\n \n  on Monday.\nA reply >50 words.\n');
  assert.equal(blankQuoteMargins('No quotation here.'), 'No quotation here.');
});

test("a bulletin's stamp, the time before its date, is a date line where lines are read (not chrome)", () => {
  for (const s of ['1010 AM EST Tue Mar 3 2026', '10:55 AM EST, Mon December 2, 2024', '935 PM AST Mon Sep 18 2017']) {
    assert.ok(isDateLine(s, true), s);
    assert.ok(!isDateLine(s), s);
  }
  assert.ok(!isDateLine('1010 AM EST the storm came ashore 2026', true));
});

test("an e-mailed release's header fields are chrome, its subject (the release's title) is not", () => {
  for (const s of ['From: Jane Example <jane@example.org>', 'Message-ID: <2026.OAA22393@example.org>', 'Sent: Tuesday, March 3, 2026 9:14 AM', 'Reply-To: press@example.org']) {
    assert.ok(isMailHeader(s), s);
    assert.ok(isChrome(s), s);
  }
  for (const s of ['Subject: Harbour works finish early', 'From the harbour, the ferry left at noon.', 'FROM: THE DESK']) assert.ok(!isMailHeader(s), s);
  assert.ok(!isChrome('Subject: Harbour works finish early'));
});

test("the mark that ends a release or a wire item is chrome", () => {
  for (const s of ['-end-', '- END -', '- 30 -', '-30-', '###', '(END)', 'End of release']) assert.ok(isChrome(s), s);
  for (const s of ['The end came quickly.', 'END OF AN ERA', '30 people died']) assert.ok(!isChrome(s), s);
});

test('line marks: a ruler run into a line, ten marks at least between blanks; not a ruler alone, not a dash', () => {
  const line = 'The ferry left. ---------- Story link';
  assert.deepEqual(rulersInLine(line, 0, line.length), [[16, 26]]);
  const two = 'A ========== B __________ C';
  assert.deepEqual(rulersInLine(two, 0, two.length).length, 2);
  for (const s of ['----------', 'The ferry -- the last --- left.', 'a-----------b', 'x |----------| y']) assert.deepEqual(rulersInLine(s, 0, s.length), [], s);
});
