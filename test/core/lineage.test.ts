import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/core/compare';
import { matrixOf } from '../../src/core/matrix';
import { inferLineage, type Lineage } from '../../src/core/lineage';
import { seed } from '../helpers';

const C = seed(0);

/** Edits of the canonical text that the engine reports, each on its own sentence. */
type Edit = (t: string) => string;
const replace =
  (from: string, to: string): Edit =>
  (t) => {
    assert.ok(t.includes(from), `fixture edit: ${from}`);
    return t.replace(from, to);
  };
const addAfter =
  (anchor: string, sentence: string): Edit =>
  (t) => {
    const i = t.indexOf(anchor);
    assert.ok(i >= 0, `fixture anchor: ${anchor}`);
    const end = t.indexOf('\n', i);
    return end < 0 ? `${t}\n\n${sentence}` : `${t.slice(0, end)}\n\n${sentence}${t.slice(end)}`;
  };

const E = {
  seven: replace('camp that killed seven.', 'camp that killed nine.'),
  jordan: addAfter('avoid the official border crossing, two Iraqi', 'Jordan closed its northern border crossing with Syria on Tuesday, the interior ministry said.'),
  phone: addAfter('any support needed', "Turkey's president spoke by telephone with his Russian counterpart about the offensive, Ankara said."),
  oil: addAfter('Russian warplanes intensified attacks', 'Oil prices rose two percent on news of the fighting, traders in London said.'),
  year: replace('focused on the war in Ukraine since 2022', 'focused on the war in Ukraine since 2021'),
  council: addAfter('stabilised in 2020', 'The United Nations Security Council will meet on Wednesday to discuss the crisis, diplomats said.'),
  pledge: addAfter('Although Russia has been focused', 'Qatar pledged fifty million dollars in emergency aid for civilians displaced by the fighting.'),
  aleppo: replace('held much of Aleppo from 2012 until 2016', 'held much of Aleppo from 2013 until 2016'),
  embassy: addAfter('Syria’s conflict erupted', 'The French embassy in Beirut advised its citizens to leave Syria immediately.'),
  snow: addAfter('The lightning rebel assault', 'Heavy snow fell on the mountains west of Damascus overnight, residents said.'),
};
const apply = (...edits: Edit[]): string => edits.reduce((t, e) => e(t), C);

function lineageOf(texts: string[]): Lineage {
  const comparisons = texts.map((t) => compare(C, t));
  const m = matrixOf(comparisons);
  return inferLineage(comparisons, m);
}

test('a known family: B copied from A, E and F from a common source not given, D on its own', () => {
  const A = apply(E.seven, E.jordan, E.phone);
  const B = apply(E.seven, E.jordan, E.phone, E.oil); // A plus one change of its own
  const S = [E.year, E.council, E.pledge]; // the lost common source of E and F
  const Ev = apply(...S, E.aleppo);
  const F = apply(...S, E.embassy);
  const D = apply(E.snow);
  const l = lineageOf([A, B, Ev, F, D]);

  const ab = l.edges.find((e) => (e.a === 0 && e.b === 1) || (e.a === 1 && e.b === 0));
  assert.ok(ab, `an edge A–B (${JSON.stringify(l.edges)})`);
  assert.equal(ab!.relation, 'derived');
  assert.equal(ab!.parent, 0, 'A is the source');
  assert.equal(ab!.child, 1, 'B the copy');
  assert.equal(ab!.shared, 3);
  assert.equal(ab!.confidence, 'strong');
  assert.match(ab!.explanation, /V2 was most likely derived from V1/);

  const ef = l.edges.find((e) => (e.a === 2 && e.b === 3) || (e.a === 3 && e.b === 2));
  assert.ok(ef, 'an edge E–F');
  assert.equal(ef!.relation, 'sibling');
  assert.equal(ef!.parent, null);
  assert.match(ef!.explanation, /common source that is not among the inputs/);

  assert.deepEqual(l.independent, [4], 'D shares nothing');
  assert.ok(!l.edges.some((e) => (e.a < 2) !== (e.b < 2) && e.a !== 4 && e.b !== 4), 'the two families are not linked');
  assert.equal(l.edges.length, 2);

  // The shared changes say what they are and who makes them.
  const jordan = l.changes.find((c) => c.kind === 'added' && c.to?.startsWith('Jordan closed'));
  assert.deepEqual(jordan?.versions, [0, 1]);
  assert.match(jordan!.row!, /^a\d+$/);
  const seven = l.changes.find((c) => c.from?.includes('seven'));
  assert.ok(seven, 'the same figure changed in A and B is a shared change');
  assert.deepEqual(seven!.versions, [0, 1]);
  assert.deepEqual(JSON.parse(JSON.stringify(l)), l);
});

test('changes every version makes are reported but not used for derivation', () => {
  const t = apply(E.jordan);
  const l = lineageOf([t, t, t]);
  const jordan = l.changes.find((c) => c.to?.startsWith('Jordan closed'))!;
  assert.equal(jordan.universal, true);
  assert.deepEqual(jordan.versions, [0, 1, 2]);
  assert.equal(l.edges.length, 0);
  assert.deepEqual(l.independent, [0, 1, 2]);
  assert.match(l.notes.join(' '), /made by every version/);
});

test('ties are said to be ties, and thin evidence is weak', () => {
  // X shares one change with Y and another with Z: equally close to both.
  const X = apply(E.jordan, E.oil);
  const Y = apply(E.jordan);
  const Z = apply(E.oil);
  const l = lineageOf([X, Y, Z]);
  assert.equal(l.edges.length, 2);
  const first = l.edges[0]!;
  assert.deepEqual([first.a, first.b], [0, 1]);
  assert.deepEqual(first.alternatives, [2], 'Z scores the same as Y');
  assert.equal(first.confidence, 'weak');
  assert.match(first.explanation, /Tie/);
  assert.match(l.notes.join(' '), /ties/);
});

test('omissions are weak evidence: two versions that drop the same sentence are not linked on that alone', () => {
  const paras = C.split('\n\n');
  const cut = [...paras.slice(0, 3), ...paras.slice(4)].join('\n\n');
  const l = lineageOf([cut, cut, C]);
  const om = l.changes.find((c) => c.kind === 'omitted');
  assert.ok(om, 'the shared omission is listed');
  assert.equal(om!.weight, 0.5);
  assert.equal(l.edges.length, 0, 'but 0.5 is below the evidence needed for a link');
});

test('fewer than two versions', () => {
  assert.match(lineageOf([C]).notes.join(' '), /at least two versions/);
  const none = inferLineage([], matrixOf([]));
  assert.deepEqual([none.edges, none.changes, none.independent], [[], [], []]);
});

test('the note on universal changes says which way they point', () => {
  const paras = C.split('\n\n');
  const cut = [...paras.slice(0, 3), ...paras.slice(4)].join('\n\n');
  assert.match(lineageOf([cut, cut, cut]).notes.join(' '), /1 omission\): the canonical text has content none of the versions carry: it may be a later or longer version/);
  const t = apply(E.jordan);
  assert.match(lineageOf([t, t, t]).notes.join(' '), /1 addition\): the canonical text may be a shortened or earlier copy/);
});
