/**
 * The extension's view of verdicts (src/view/verdicts.ts) over the engine's store:
 * keys, judging, actions, the CLI reading what the extension writes, and a verdict
 * that survives an edit elsewhere in the article. Real engine output on the seeds.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main, type CliIO } from '../../src/cli/main';
import { compare } from '../../src/core/compare';
import type { Comparison, Discrepancy } from '../../src/core/types';
import { emptyStore, parseVerdicts, serializeVerdicts, verdictKey } from '../../src/core/verdicts';
import { buildHoverMarkdown } from '../../src/view/hover';
import { buildPanelModel, entryMatches } from '../../src/view/panelModel';
import { ComparisonView } from '../../src/view/result';
import { applyAction, clearDismissed, findingKeys, findingsForCursor, isVerdictAction, judge, NO_JUDGEMENT } from '../../src/view/verdicts';
import { SEEDS, seed } from '../helpers';

const CANON = seed(0);
const c1 = compare(CANON, seed(1));
const find = (c: Comparison, pred: (d: Discrepancy) => boolean, what: string): Discrepancy => {
  const d = c.discrepancies.find(pred);
  assert.ok(d, `a finding: ${what}`);
  return d;
};
const mistranslation = (c: Comparison) => find(c, (d) => d.kind === 'mistranslation' && /constants/.test(d.to ?? ''), '“constellation” → “constants”');
const hedge = (c: Comparison) => find(c, (d) => d.kind === 'hedge' && /^At least/.test(d.from ?? ''), 'the dropped “At least”');

test('keys are the engine’s content keys; an empty store asks for none', () => {
  const keys = findingKeys(c1);
  assert.equal(keys.size, c1.discrepancies.length);
  for (const d of c1.discrepancies) assert.equal(keys.get(d.id), verdictKey(c1, d));
  let asked = 0;
  assert.equal(judge(() => (asked++, keys), emptyStore()), NO_JUDGEMENT);
  assert.equal(judge(() => (asked++, keys), undefined), NO_JUDGEMENT);
  assert.equal(asked, 0);
  assert.ok(isVerdictAction('benign') && isVerdictAction('clear') && !isVerdictAction('delete') && !isVerdictAction(1));
});

test('actions: confirm with a note, dismiss, change, clear; the note is kept when a verdict changes without one', () => {
  const keys = () => findingKeys(c1);
  const mis = mistranslation(c1);
  const h = hedge(c1);
  let store = applyAction(emptyStore(), c1, mis, 'confirmed', { note: 'checked with the desk', author: 'A. Editor', time: '2024-12-03T10:00:00.000Z' });
  store = applyAction(store, c1, h, 'dismissed');
  let j = judge(keys, store);
  assert.equal(j.verdicts.get(mis.id)?.verdict, 'confirmed');
  assert.equal(j.verdicts.get(mis.id)?.note, 'checked with the desk');
  assert.equal(j.verdicts.get(mis.id)?.author, 'A. Editor');
  assert.deepEqual([...j.dismissed], [h.id]);
  // Excerpts for people reading the file.
  const entry = store.verdicts[verdictKey(c1, mis)]!;
  assert.equal(entry.kind, 'mistranslation');
  assert.match(entry.canonical!, /constellation/);
  assert.match(entry.to!, /constants/);
  // Benign now: the note stays.
  store = applyAction(store, c1, mis, 'benign');
  j = judge(keys, store);
  assert.equal(j.verdicts.get(mis.id)?.verdict, 'benign');
  assert.equal(j.verdicts.get(mis.id)?.note, 'checked with the desk');
  // An empty note removes it.
  store = applyAction(store, c1, mis, 'benign', { note: '' });
  assert.equal(judge(keys, store).verdicts.get(mis.id)?.note, undefined);
  store = applyAction(store, c1, mis, 'clear');
  j = judge(keys, store);
  assert.equal(j.verdicts.has(mis.id), false);
  assert.equal(j.dismissed.has(h.id), true);
});

test('restore: clears the dismissals of one article (or one finding), keeps other verdicts', () => {
  const mis = mistranslation(c1);
  const h = hedge(c1);
  const other = c1.discrepancies.find((d) => d.id !== mis.id && d.id !== h.id)!;
  let store = applyAction(emptyStore(), c1, mis, 'dismissed');
  store = applyAction(store, c1, h, 'dismissed');
  store = applyAction(store, c1, other, 'confirmed');
  const one = clearDismissed(store, c1, new Set([h.id]));
  assert.equal(one.cleared, 1);
  assert.deepEqual([...judge(() => findingKeys(c1), one.store).dismissed], [mis.id]);
  const all = clearDismissed(store, c1);
  assert.equal(all.cleared, 2);
  const j = judge(() => findingKeys(c1), all.store);
  assert.equal(j.dismissed.size, 0);
  assert.equal(j.verdicts.get(other.id)?.verdict, 'confirmed');
  assert.equal(clearDismissed(all.store, c1).cleared, 0);
});

test('a verdict survives an edit elsewhere in the article; editing its sentence retires it', () => {
  const mis = mistranslation(c1);
  const store = applyAction(emptyStore(), c1, mis, 'dismissed');
  // Edit elsewhere: another paragraph reworded, a sentence typed at the end.
  const text = seed(1);
  const misSentence = c1.article.sentences[mis.article[0]!]!.text;
  const other = c1.article.sentences.find((x) => x.kind === 'sentence' && x.id !== mis.article[0] && /\bthe\b/.test(x.text))!;
  const edited = text.replace(other.text, other.text.replace(/\bthe\b/, 'that')) + '\n\nThe spokesman denied that any fighter was killed.';
  assert.ok(edited.includes(misSentence));
  assert.notEqual(edited, text);
  const c2 = compare(CANON, edited);
  const again = mistranslation(c2);
  const j = judge(() => findingKeys(c2), store);
  assert.ok(j.dismissed.has(again.id), 'the same finding is still dismissed after the edit');
  assert.equal(j.dismissed.size, 1);
  // The new sentence is a new finding, without a verdict.
  const added = find(c2, (d) => d.kind === 'added' && /spokesman denied/.test(d.to ?? c2.article.sentences[d.article[0]!]?.text ?? ''), 'the typed sentence');
  assert.equal(j.verdicts.has(added.id), false);
  // Editing the sentence itself: the finding may not be the same any more.
  const c3 = compare(CANON, text.replace('The constants of', 'The constants, as it were, of'));
  const changed = c3.discrepancies.filter((d) => d.kind === 'mistranslation' && /constants/.test(d.to ?? ''));
  assert.ok(changed.length > 0);
  for (const d of changed) assert.equal(judge(() => findingKeys(c3), store).verdicts.has(d.id), false);
});

test('the CLI reads what the extension writes: same file, same keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-ext-verdicts-'));
  try {
    const mis = mistranslation(c1);
    const h = hedge(c1);
    let store = applyAction(emptyStore(), c1, mis, 'dismissed');
    store = applyAction(store, c1, h, 'confirmed', { note: 'desk' });
    const text = serializeVerdicts(store);
    const back = parseVerdicts(text);
    assert.ok(back.ok && back.warnings.length === 0);
    mkdirSync(join(dir, '.wirediff'));
    writeFileSync(join(dir, '.wirediff', 'verdicts.json'), text);
    let out = '';
    const io: CliIO = { stdout: (s) => (out += s), stderr: () => {}, isTTY: false, columns: 200, env: {}, cwd: dir };
    assert.equal(main(['verdict', 'list', '--canonical', SEEDS[0]!, SEEDS[1]!], io), 0);
    assert.ok(!out.includes(mis.id), 'the dismissed finding is hidden by the CLI');
    assert.match(out, /1 dismissed finding hidden/);
    assert.match(out, new RegExp(`${h.id}.*\\[confirmed\\]`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hover and panel show the verdicts: marks, notes (escaped), the links that make sense', () => {
  const view = new ComparisonView(c1, seed(1), CANON);
  const mis = mistranslation(c1);
  const store = applyAction(emptyStore(), c1, mis, 'confirmed', { note: 'see [this](command:evil) <b>' });
  const verdicts = judge(() => findingKeys(c1), store).verdicts;
  const md = buildHoverMarkdown({ view, hits: [mis], articleUri: 'file:///w/001.txt', canonicalName: '000.txt', verdicts });
  assert.match(md, /\$\(verified\) \*Confirmed\*/);
  assert.ok(md.includes('$(comment) *“see \\[this\\]\\(command:evil\\) &lt;b\\>”*'), 'the note is escaped');
  const links = [...md.matchAll(/\]\(command:(wirediff\.\w+)/g)].map((m) => m[1]);
  assert.deepEqual(links, ['wirediff.revealCanonical', 'wirediff.markFindingBenign', 'wirediff.dismissFinding', 'wirediff.clearVerdict']);
  assert.ok(!/\]\(command:evil/.test(md));

  const dismissedStore = applyAction(store, c1, hedge(c1), 'dismissed');
  const j = judge(() => findingKeys(c1), dismissedStore);
  const model = buildPanelModel({ view, uri: 'u', articleName: '001', canonicalName: '000', verdicts: j.verdicts });
  const entries = model.groups.flatMap((g) => g.entries);
  const e = entries.find((x) => x.id === mis.id)!;
  assert.equal(e.verdict, 'confirmed');
  assert.equal(e.note, 'see [this](command:evil) <b>');
  const hd = entries.find((x) => x.id === hedge(c1).id)!;
  assert.equal(hd.verdict, 'dismissed');
  assert.equal(hd.dismissed, true);
  assert.equal(model.dismissedCount, 1);
  const f = { severities: ['high', 'medium', 'low'] as const, kinds: null, search: 'confirmed', showDismissed: false };
  assert.deepEqual(entries.filter((x) => entryMatches(x, { ...f, severities: [...f.severities] }, model.diffs)).map((x) => x.id), [mis.id]);
  assert.equal(entries.filter((x) => entryMatches(x, { ...f, severities: [...f.severities], search: '' })).length, entries.length - 1);
});

test('a verdict command at the cursor: the finding whose words are under it, else a list with the nearby ones first', () => {
  const text = seed(1);
  const view = new ComparisonView(c1, text, CANON);
  const mis = mistranslation(c1);
  const on = findingsForCursor(view, text.indexOf('constants') + 3, c1.discrepancies);
  assert.equal(on.exact, mis);
  // At the start of the line: no finding's words, the sentence's findings come first.
  const lineStart = text.lastIndexOf('\n', text.indexOf('constants')) + 1;
  const near = findingsForCursor(view, lineStart, c1.discrepancies);
  assert.equal(near.exact, null);
  assert.equal(near.candidates.length, c1.discrepancies.length);
  assert.ok(near.candidates.slice(0, 3).includes(mis), 'the finding of that sentence is among the first');
});
