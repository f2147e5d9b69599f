import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotations, quotedMask, sentenceQuoteStates } from '../../src/core/quotes';

const quoted = (text: string, dashDialogue = false): string[] => quotations(text, { dashDialogue }).map((s) => text.slice(s.start, s.end));

test('quotations: a quotation runs across sentences until its closing mark', () => {
  assert.deepEqual(quoted('He said: “We will fight. Nothing will stop us. We are ready,” the minister added. Then he left.'), [
    'We will fight. Nothing will stop us. We are ready,',
  ]);
});

test('quotations: a new paragraph that opens with a mark continues an unclosed quotation; one that does not, ends it', () => {
  const text = '“We will fight on the beaches.\n\n“We will never surrender,” he said.\nThe crowd cheered.';
  assert.deepEqual(quoted(text), ['We will fight on the beaches.', 'We will never surrender,']);
  const straight = '"We will go on," he said. "Nothing stops us.\n"We are ready," he added. Not quoted.';
  assert.deepEqual(quoted(straight), ['We will go on,', 'Nothing stops us.', 'We are ready,']);
  // A line wrapped inside a sentence does not end the quotation.
  assert.deepEqual(quoted('“It was a long\nwrapped line,” he said.'), ['It was a long\nwrapped line,']);
});

test('quotations: every quote style, and apostrophes are not quotation marks', () => {
  assert.deepEqual(quoted('Er sagte: „Wir kämpfen weiter.“ Dann ging er.'), ['Wir kämpfen weiter.']);
  assert.deepEqual(quoted('Er sagte: »Wir kämpfen.« Fertig.'), ['Wir kämpfen.']);
  assert.deepEqual(quoted('Il a dit : « Nous continuerons. » Puis il est parti.'), ['Nous continuerons.']);
  assert.deepEqual(quoted('The students’ union said Iran’s “groups will help” and ‘this’ matters.'), ['groups will help', 'this']);
  assert.deepEqual(quoted("The rock ’n’ roll era of the ’90s, and rock'n'roll."), []);
  // Single quotes nest inside double ones.
  assert.deepEqual(quoted('He said: "They called it \'a farce\' and left." Then nothing.'), ["They called it 'a farce' and left."]);
});

test('quotations: dash-led dialogue in the languages that write it', () => {
  const text = '—¿Vienes? —preguntó ella—. Te espero aquí.\nEl narrador sigue.';
  assert.deepEqual(quoted(text, true), ['¿Vienes?', 'Te espero aquí.']);
  assert.deepEqual(quoted(text, false), []);
  // A dash inside a word or a range is not a turn.
  assert.deepEqual(quoted('— Llegó en 2019–2020 con Jean-Paul.', true), ['Llegó en 2019–2020 con Jean-Paul.']);
});

test('quotedMask and sentence states', () => {
  const text = 'He said: “One two. Three four.” Five six.';
  const spans = quotations(text);
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const mask = quotedMask(words, spans);
  assert.deepEqual([...mask], [0, 0, 1, 1, 1, 1, 0, 0]);
  assert.deepEqual(sentenceQuoteStates(mask, [{ from: 0, to: 4 }, { from: 4, to: 6 }, { from: 6, to: 8 }]), ['partial', 'inside', 'none']);
});

test('quotations: a long text with few quotation marks is read once, not once per line', () => {
  // 20,000 lines with no mark, then one quotation: each line searched on to the next mark read the text 20,000 times.
  const text = Array.from({ length: 20_000 }, (_, i) => `Line ${i} says ${i} people died.`).join('\n') + '\nHe said: “We are ready.”';
  let read = 0;
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.lastIndex;
    const m = exec.call(this, s);
    if (this.global && typeof s === 'string' && s.length === text.length) read += (m ? m.index : s.length) - from;
    return m;
  };
  let spans;
  try {
    spans = quotations(text);
  } finally {
    RegExp.prototype.exec = exec;
  }
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['We are ready.']);
  assert.ok(read < 3 * text.length, `${read} characters searched in a text of ${text.length}`);
});

test('quotations: curly and straight marks mixed in one text still pair up', () => {
  // An editor's copy often mixes “ with " (a quote opened curly, closed straight, and back).
  const text = '“We face a serious challenge," he said. "The whole industry may collapse.” Officials disagreed.';
  assert.deepEqual(quoted(text), ['We face a serious challenge,', 'The whole industry may collapse.']);
  assert.deepEqual(quoted('"Nothing will change,” she said.'), ['Nothing will change,']);
});
