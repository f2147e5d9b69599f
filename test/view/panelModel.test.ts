import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/core/compare';
import { buildPanelModel } from '../../src/view/panelModel';
import { ComparisonView } from '../../src/view/result';

test('panel model: a translation says so, with the article language as a BCP 47 tag for the page to name', () => {
  const en = [
    'Heavy rain flooded 120 homes in the river town of Puerto Rojo on Tuesday, the regional government said.',
    'Rescue teams evacuated 340 residents by boat.',
    'The mayor, Ana Beltrán, asked the national government for emergency funds.',
    'Forecasters expect more rain before the weekend.',
  ].join('\n\n');
  const es = [
    'Las fuertes lluvias inundaron 120 viviendas en la localidad ribereña de Puerto Rojo el martes, informó el gobierno regional.',
    'Los equipos de rescate evacuaron en barca a 340 vecinos.',
    'La alcaldesa, Ana Beltrán, pidió al gobierno nacional fondos de emergencia.',
    'Los meteorólogos prevén más lluvias antes del fin de semana.',
  ].join('\n\n');
  const view = new ComparisonView(compare(en, es), es, en);
  const model = buildPanelModel({ view, uri: 'file:///es.txt', articleName: 'es.txt', canonicalName: 'en.txt' });
  assert.equal(model.translation, 'es');
  const same = buildPanelModel({ view: new ComparisonView(compare(en, en), en, en), uri: 'file:///en.txt', articleName: 'en.txt', canonicalName: 'en.txt' });
  assert.equal(same.translation, undefined);
});
