/** Snippets (pure: no database): the sentence with the most query terms, matches marked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSnippet } from './search.service.js';
import { stem } from './analyzer.js';

const terms = (...words: string[]) => new Set(words.map(stem));

const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

test('the sentence with the most distinct terms wins; sentences end after . ! ? and at line breaks', () => {
  const body = [
    '# Premie',
    '',
    'Een premie helpt. Wat is een mantelzorgpremie? Je gemeente geeft een premie aan mantelzorgers die thuis zorgen!  Vraag ze aan.',
    '- een lijstje met premie en mantelzorger',
  ].join('\n');
  // "premie" alone, "premie … mantelzorgers" in a long sentence, and the list item with both (short: no bonus).
  assert.equal(text(makeSnippet(body, 'samenvatting', terms('premie', 'mantelzorg'))), 'Je gemeente geeft een [premie] aan [mantelzorgers] die thuis zorgen!');
  assert.equal(text(makeSnippet(body, 'samenvatting', terms('vraag'))), '[Vraag] ze aan.');
  // A sentence ending in "?" followed by a line break, then a heading line.
  assert.equal(text(makeSnippet('Wat nu?\nDagopvang in de buurt', '', terms('dagopvang'))), '[Dagopvang] in de buurt');
});

test('no sentence matches: the summary, with its own matches marked', () => {
  assert.equal(text(makeSnippet('Niets hierover.', 'Over respijtzorg.', terms('respijtzorg'))), 'Over [respijtzorg].');
});

test('words match whatever their case, accents, length or ending', () => {
  const body = 'Vraag het aan de HR-dienst. Één café in Gent helpt mantelzorgers. Oude Huizen en brieven. Ook in Ée.';
  // A two-letter term, a term whose word has capitals, and words the stemmer shortens or respells.
  assert.equal(text(makeSnippet(body, '', terms('hr'))), 'Vraag het aan de [HR]-dienst.');
  assert.equal(text(makeSnippet(body, '', terms('huizen', 'brief'))), 'Oude [Huizen] en [brieven].');
  // Non-ASCII first letters: always stemmed.
  assert.equal(text(makeSnippet(body, '', terms('café', 'mantelzorger'))), 'Één [café] in Gent helpt [mantelzorgers].');
  assert.equal(text(makeSnippet(body, '', terms('ee'))), 'Ook in [Ée].');
});
