import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageOtherThan, readLanguage } from '../../src/core/lang';

// Written for these tests: the same two sentences in Spanish, Portuguese and English.
const ES = 'Los astronautas regresaron a la Tierra después de casi un año en el espacio. Los científicos estudiarán a los gemelos para saber cómo cambia el cuerpo humano en órbita.';
const PT = 'Os astronautas voltaram à Terra depois de quase um ano no espaço. Os cientistas vão estudar os gêmeos para saber como o corpo humano muda em órbita.';
const EN = 'The astronauts came back to Earth after almost a year in space. The scientists will study the twins to learn how the human body changes in orbit.';

test('languageOtherThan: Spanish or Portuguese whose function words overlap too much to be "clear" is still not English', () => {
  assert.equal(readLanguage(ES).clear, null, 'the premise: Spanish and Portuguese function words lead together');
  assert.equal(languageOtherThan(ES, 'eng'), 'spa');
  assert.equal(languageOtherThan(PT, 'eng'), 'por');
});

test('languageOtherThan: never for a text in that language, nor for one too short to tell', () => {
  assert.equal(languageOtherThan(EN, 'eng'), null);
  assert.equal(languageOtherThan('El presidente habló.', 'eng'), null);
  // English running text full of Spanish and Portuguese names is still English.
  assert.equal(languageOtherThan('The president of Brazil, Luiz Inácio Lula da Silva, met the São Paulo governor and the mayor of Rio de Janeiro on Tuesday.', 'eng'), null);
});

test('languageOtherThan: a text clearly in the other language names it', () => {
  assert.equal(languageOtherThan(ES, 'spa'), null);
  assert.equal(languageOtherThan(EN, 'spa'), 'eng');
});
