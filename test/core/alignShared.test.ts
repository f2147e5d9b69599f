import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharesOnePhrase } from '../../src/core/alignShared';
import { prepare } from './helpers';

const tokens = (s: string) => prepare(s).tokens[0]!;

test('sharesOnePhrase: one thing named in two statements is all they share; a count both give is the fact itself', () => {
  // A place named twice, two things said of it.
  assert.ok(sharesOnePhrase(tokens('Rescue teams have yet to reach the worst hit areas.'), tokens('Troops have reopened roads to the worst hit areas.')));
  // A count both state, in a phrase: the statement is the same fact, reworded around it (for a one-to-one link).
  const rover = [tokens('The long-lived rover surpassed the marathon mark during a drive of 153 feet.'), tokens('A drive of 153 feet on Sol 3968 brought the odometer past the total.')] as const;
  assert.ok(!sharesOnePhrase(...rover, true));
  assert.ok(!sharesOnePhrase(tokens('The quake struck near Christchurch city at a depth of five kilometres, seismologists reported.'), tokens('Geologists measured it in Lyttelton harbour at a depth of five kilometres.'), true));
  // At the lower bar of gap filling a count is no more than any phrase.
  assert.ok(sharesOnePhrase(...rover));
  // A figure in a name or a date, or a year, names a thing: still one phrase.
  assert.ok(sharesOnePhrase(tokens('Relatives recalled the victims of the September 11 attacks at the memorial.'), tokens('The judge quoted survivors who described the September 11 attacks in court.'), true));
  assert.ok(sharesOnePhrase(tokens('Fishermen still rebuild boats lost in the 2004 tsunami along the coast.'), tokens('A museum opened its doors to remember the 2004 tsunami victims.'), true));
});
