import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGroup, DETECTORS, type Detector } from '../../../src/core/detect';
import { isNeedWord } from '../../../src/core/detect/context';
import { hedgeDetector } from '../../../src/core/detect/hedge';
import { numberDetector } from '../../../src/core/detect/number';
import { quoteDetector } from '../../../src/core/detect/quote';
import { contextOf, group, show } from '../helpers';

test('detectors: the declared order, from the most specific to the most general', () => {
  assert.deepEqual(
    DETECTORS.map((d) => d.name),
    ['quote', 'initials', 'negation', 'time', 'attribution', 'scope', 'hedge', 'qualifier', 'name-dropped', 'compass', 'clause', 'number', 'name', 'mistranslation', 'unit', 'untranslated', 'meaning', 'heading swap', 'rewording'],
  );
  assert.deepEqual(
    DETECTORS.map((d) => d.summary),
    ['skip', 'run', 'run', 'run', 'skip', 'skip', 'skip', 'skip', 'skip', 'run', 'skip', 'run', 'run', 'run', 'skip', 'run', 'skip', 'only', 'skip'],
  );
});

test('detectors: the order decides who reports a change — a figure changed inside a quotation is a quote finding', () => {
  const input = group('“We lost 12 men in the attack,” the commander said.', '“We lost 15 men in the attack,” the commander said.');
  assert.deepEqual(analyzeGroup(input).findings.map((f) => f.kind), ['quote']);
  assert.deepEqual(analyzeGroup(input, [numberDetector, quoteDetector]).findings.map((f) => f.kind), ['number', 'quote']);
});

test('detectors: the hedge detector runs before the number detector, which reports the qualifier it hands over', () => {
  const input = group('At least 300 people were killed in the fighting.', '500 people were killed in the fighting.');
  const inOrder = show(input, analyzeGroup(input).findings);
  assert.deepEqual(inOrder.map((f) => [f.kind, f.canonical]), [['number', '300'], ['hedge', 'At least']]);
  const reversed = show(input, analyzeGroup(input, [numberDetector, hedgeDetector]).findings);
  assert.deepEqual(reversed.map((f) => [f.kind, f.canonical]), [['number', '300']]);
  // A qualifier of the same sense goes with the figure, in one finding.
  const same = group('More than 300 people were killed in the fighting.', 'At least 500 people were killed in the fighting.');
  assert.deepEqual(show(same, analyzeGroup(same).findings).map((f) => [f.kind, f.canonical]), [['number', 'More than 300']]);
});

test('detectors: a summary group runs only the detectors that take headings', () => {
  const c = '“We will defend the city to the end,” the mayor said.';
  const a = '“We will defend the town to the end,” the mayor said.';
  assert.deepEqual(analyzeGroup(group(c, a)).findings.map((f) => f.kind), ['quote']);
  assert.deepEqual(analyzeGroup(group(c, a, { relation: 'summary' })).findings.map((f) => f.kind), ['changed']);
});

test('detectors: the same words on both sides are identical, with no findings', () => {
  const result = analyzeGroup(group('The talks resumed in Geneva.', 'The talks resumed in Geneva.'));
  assert.equal(result.identical, true);
  assert.deepEqual(result.findings, []);
  assert.deepEqual(result.diff.map((p) => p.op), ['equal']);
});

test('detectors: one that names the words of its kind runs only in a group where one of them changed (on either side)', () => {
  const runs: string[] = [];
  const lakes: Detector = { name: 'lakes', summary: 'run', changedWords: () => new Set(['lake']), run: (ctx) => void runs.push(`lakes: ${ctx.at.map((t) => t.norm).join(' ')}`) };
  const always: Detector = { name: 'always', summary: 'run', changedWords: () => undefined, run: () => void runs.push('always') };
  analyzeGroup(group('The lake froze in January.', 'The lake froze in February.'), [lakes, always]);
  analyzeGroup(group('The lake froze in January.', 'The pond froze in January.'), [lakes, always]);
  analyzeGroup(group('The pond froze in January.', 'The lake froze in January.'), [lakes, always]);
  assert.deepEqual(runs, ['always', 'lakes: the pond froze in january', 'always', 'lakes: the lake froze in january', 'always']);
});

test('detectors: where none of the words a detector names changed, it would have found and claimed nothing', () => {
  // Each gated detector run anyway, in its place among all of them, on groups where its words changed and where they did not.
  const pairs: Array<[string, string]> = [
    ['In some areas, the water is still rising after the storm.', 'The water is still rising after the storm.'],
    ['In some areas, the water is still rising after the storm.', 'In some areas, the river is still rising after the storm.'],
    ['Nearly all of the ballots were counted by noon.', 'Many of the ballots were counted by noon.'],
    ['Nearly all of the ballots were counted by noon on Monday.', 'Nearly all of the ballots were counted by noon on Tuesday.'],
    ['The storm caused severe damage to the harbour.', 'The storm caused damage to the harbour.'],
    ['The quake struck northern Sumatra on Sunday.', 'The quake struck southern Sumatra on Sunday.'],
    ['The quake struck northern Sumatra on Sunday.', 'The quake struck northern Sumatra on Monday, officials said.'],
    ['The ministry said the talks would resume next week.', 'The ministry said the talks would resume la semaine prochaine.'],
    ['The ministry said the talks would resume next week.', 'The ministry said the negotiations would resume next week.'],
  ];
  let gatedOff = 0;
  for (const [c, a] of pairs) {
    const ctx = contextOf(group(c, a));
    const changed = [...ctx.ct.filter((_, i) => !ctx.cEq[i]), ...ctx.at.filter((_, j) => !ctx.aEq[j])].map((t) => t.norm);
    for (const d of DETECTORS) {
      const words = d.changedWords?.(ctx.lex);
      const off = !!words && !changed.some((n) => words.has(n));
      const before = [ctx.findings.length, ctx.cClaim.join(''), ctx.aClaim.join('')];
      d.run(ctx);
      if (!off) continue;
      gatedOff++;
      assert.deepEqual([ctx.findings.length, ctx.cClaim.join(''), ctx.aClaim.join('')], before, `${d.name} on ${c} / ${a}`);
    }
  }
  assert.ok(gatedOff > 10);
});

test('detectors: one that needs a kind of word changed runs only in a group where a side lost one', () => {
  const runs: string[] = [];
  const names: Detector = { name: 'names', summary: 'run', needs: [{ lost: 'capital', added: 'capital' }], run: (ctx) => void runs.push(`names: ${ctx.at.map((t) => t.norm).join(' ')}`) };
  const figures: Detector = { name: 'figures', summary: 'run', needs: [{ added: 'figure' }], run: (ctx) => void runs.push(`figures: ${ctx.at.map((t) => t.norm).join(' ')}`) };
  analyzeGroup(group('The talks were led by Smith in Geneva.', 'The talks were led by Jones in Geneva.'), [names, figures]);
  // A name dropped, none added; a capital the article has elsewhere in the group is no name lost.
  analyzeGroup(group('The talks were led by Smith in Geneva.', 'The talks were led by him in Geneva.'), [names, figures]);
  analyzeGroup(group('Geneva hosted the talks led by Smith.', 'Smith led the talks in Geneva.'), [names, figures]);
  analyzeGroup(group('The talks in Geneva lasted days.', 'The talks in Geneva lasted 3 days.'), [names, figures]);
  assert.deepEqual(runs, ['names: the talks were led by jones in geneva', 'figures: the talks in geneva lasted 3 days']);
});

test('detectors: where the change a detector needs is not made, it would have found and claimed nothing', () => {
  // Each detector that declares needs run anyway, in its place among all of them, on groups that make its change and groups that do not.
  const pairs: Array<[string, string]> = [
    ['The talks were led by President Biden in Geneva.', 'The talks were led by President Trump in Geneva.'],
    ['The talks were led by President Biden in Geneva.', 'The talks were led by the president in Geneva.'],
    ['Kremlin spokesman Dmitry Peskov said the talks would continue.', 'Kremlin spokesman Dmitry Peskow said the talks would continue.'],
    ['The quake struck northern Sumatra on Sunday.', 'The quake struck southern Sumatra on Sunday.'],
    ['The quake struck northern Sumatra on Sunday.', 'The quake struck Sumatra on Sunday, officials said.'],
    ['Flood Waters Reach Lake Kivu', 'Flood Waters Reach Lake Tanganyika'],
    ['At least 300 people were killed near Goma.', 'About 300 people died near the city.'],
    ['The ministry said the talks would resume next week.', 'The Ministry said talks would resume soon.'],
    ['The plane, Flight 214, landed in Denver after the storm.', 'The plane landed in Denver after the storm.'],
    ['Heavy rain hit India and Thailand on Monday.', 'Heavy rain hit India, Thailand and Indonesia on Monday.'],
    ['Heavy rain hit the coast on Monday.', 'Heavy rain hit the coast hard on Monday.'],
  ];
  let gatedOff = 0;
  let gatedOn = 0;
  for (const [c, a] of pairs) {
    const ctx = contextOf(group(c, a));
    const lost = (kind: string | undefined, canonical: boolean): boolean =>
      !kind || (canonical ? ctx.ct : ctx.at).some((t, i) => (canonical ? ctx.cLost : ctx.aNew)[i]! && isNeedWord(kind as 'capital', t, ctx.lex));
    for (const d of DETECTORS) {
      if (!d.needs) {
        d.run(ctx);
        continue;
      }
      const off = !d.needs.some((n) => lost(n.lost, true) && lost(n.added, false));
      const before = [JSON.stringify(ctx.findings), ctx.cClaim.join(''), ctx.aClaim.join('')];
      d.run(ctx);
      if (!off) {
        gatedOn++;
        continue;
      }
      gatedOff++;
      assert.deepEqual([JSON.stringify(ctx.findings), ctx.cClaim.join(''), ctx.aClaim.join('')], before, `${d.name} on ${c} / ${a}`);
    }
  }
  assert.ok(gatedOff >= 3 && gatedOn >= 3, `${gatedOff} off, ${gatedOn} on`);
});
