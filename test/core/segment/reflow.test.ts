/**
 * A sweep over real copy: every plain-text fixture (the unseen sets apart) re-flowed, each
 * paragraph the segmenter joined from wrapped lines set on one line, reads as the same units,
 * as its hard-wrapped copies do (wrap.test.ts); and every letter and figure of each text is in
 * a unit (no sentence lost).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { segment } from '../../../src/core/index';
import { lexiconFor } from '../../../src/core/lexicon';
import { detectLanguage } from '../../../src/core/lang';
import { localeFor } from '../../../src/core/tokenizerContext';
import { units } from '../../../src/core/segment/lines';
import { blankQuoteMargins } from '../../../src/core/segment/lineMarks';
import { stopRulesFor } from '../../../src/core/segment/rules';
import { FIXTURES } from '../../helpers';

function fixtureTexts(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'heldout' || name === 'fresh' ? [] : fixtureTexts(p);
    return name.endsWith('.txt') ? [p] : [];
  });
}

/** The text with each paragraph the segmenter joined from lines set on one line (quotation marks of a mail dropped). */
function reflowed(text: string, options: { locale: string; lexicon: ReturnType<typeof lexiconFor> }): string {
  const view = blankQuoteMargins(text);
  let out = '';
  let done = 0;
  for (const u of units(text, options.lexicon.functionWords, stopRulesFor(options.locale, options.lexicon))) {
    if (!u.wrapped) continue;
    out += text.slice(done, u.start) + view.slice(u.start, u.end).replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/ {2,}/g, ' ');
    done = u.end;
  }
  return out + text.slice(done);
}

test('every fixture re-flowed reads as the same units, and every letter of it is in one', () => {
  const files = fixtureTexts();
  assert.ok(files.length >= 100, `${files.length} texts`);
  const failures: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const language = detectLanguage(text);
    const options = { locale: localeFor(language), lexicon: lexiconFor(language) };
    const read = (t: string): string[] => {
      const view = blankQuoteMargins(t);
      return segment(t, options).map((s) => `${s.kind}:${view.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    };
    const name = relative(FIXTURES, file);
    const sentences = segment(text, options);
    const covered = new Uint8Array(text.length);
    for (const s of sentences) covered.fill(1, s.start, s.end);
    const view = blankQuoteMargins(text);
    for (let i = 0; i < text.length; i++) {
      if (!covered[i] && /[\p{L}\p{N}]/u.test(view[i]!)) {
        failures.push(`${name}: ${JSON.stringify(text.slice(i, i + 40))} is in no unit`);
        break;
      }
    }
    const flat = reflowed(text, options);
    if (flat !== text) {
      const [a, b] = [read(text), read(flat)];
      if (JSON.stringify(a) !== JSON.stringify(b)) failures.push(`${name} re-flowed: ${b.filter((x) => !a.includes(x)).slice(0, 2).join(' | ')}`);
    }
  }
  assert.deepEqual(failures, []);
});
