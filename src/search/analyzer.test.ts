import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeForIndex,
  analyzeQuery,
  createVocabulary,
  fold,
  splitCompound,
  stem,
  tokenize,
  type AnalyzedQuery,
  type Vocabulary,
} from './analyzer.js';
import { createSynonymMap, defaultSynonyms } from './synonyms.js';

/** A vocabulary as the stores will build it: a first pass over the content, without splitting. */
function vocabularyOf(...texts: string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const term of analyzeForIndex(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return createVocabulary(counts);
}

/** Would a document with these index terms match the query (every group has a term in it)? */
function matches(query: AnalyzedQuery, indexTerms: string[]): boolean {
  return query.terms.length > 0 && query.terms.every((t) => t.alternatives.some((a) => indexTerms.includes(a)));
}

const noSynonyms = createSynonymMap([]);

describe('fold', () => {
  test('lower-cases and strips accents, keeps digits', () => {
    assert.equal(fold('Coöperatie'), 'cooperatie');
    assert.equal(fold('Café'), 'cafe');
    assert.equal(fold('België naïef'), 'belgie naief');
    assert.equal(fold('Artikel 12 §3'), 'artikel 12 §3');
  });

  test('turns ligatures into letters and drops soft hyphens', () => {
    assert.equal(fold('ĳs'), 'ijs');
    assert.equal(fold('mantel\u00ADzorg'), 'mantelzorg');
  });
});

describe('tokenize', () => {
  test('splits on punctuation, hyphens and apostrophes', () => {
    assert.deepEqual(tokenize('Mantelzorg-premie: aanvragen!'), ['mantelzorg', 'premie', 'aanvragen']);
    assert.deepEqual(tokenize("mama's zo'n"), ['mama', 's', 'zo', 'n']);
  });

  test('keeps amounts as digit tokens, with or without a thousands dot', () => {
    assert.deepEqual(tokenize('€250 per maand'), ['250', 'per', 'maand']);
    assert.deepEqual(tokenize('€ 1.500,50'), ['1500', '50']);
  });

  test('caps tokens at 40 characters and drops empty ones', () => {
    const long = 'a'.repeat(60);
    assert.deepEqual(tokenize(`${long} kort`), ['a'.repeat(40), 'kort']);
    assert.deepEqual(tokenize(' ,.;-- !? '), []);
    assert.deepEqual(tokenize(''), []);
  });
});

describe('stem', () => {
  test('premies and premie meet', () => {
    assert.equal(stem('premies'), stem('premie'));
  });

  test('mantelzorgers, mantelzorger, mantelzorgster and mantelzorg meet', () => {
    const base = stem('mantelzorg');
    assert.equal(stem('mantelzorgers'), base);
    assert.equal(stem('mantelzorger'), base);
    assert.equal(stem('mantelzorgster'), base);
  });

  test('other plurals and spellings meet', () => {
    assert.equal(stem('zorgbudgetten'), stem('zorgbudget'));
    assert.equal(stem('dagcentra'), stem('dagcentrum'));
    assert.equal(stem('kinderen'), stem('kind'));
    assert.equal(stem('sociale'), stem('sociaal'));
    assert.equal(stem('huizen'), stem('huis'));
    assert.equal(stem('verzorger'), stem('verzorging'));
  });

  test('does not cut -er off short words or words where it is no suffix', () => {
    assert.equal(stem('moeder'), 'moeder');
    assert.equal(stem('vader'), 'vader');
    assert.notEqual(stem('vervoer'), stem('vervo'));
    assert.equal(stem('advies'), stem('adviezen'));
  });

  test('folds its input and leaves numbers alone', () => {
    assert.equal(stem('Premies'), stem('premie'));
    assert.equal(stem('2025'), '2025');
  });
});

describe('analyzeForIndex', () => {
  test('removes stop words, question words included, and stems in order with duplicates', () => {
    assert.deepEqual(analyzeForIndex('Hoe kan ik voor mijn moeder zorgen? Wat als moeder ziek is?'), [
      'moeder',
      'zorg',
      'moeder',
      'ziek',
    ]);
  });

  test('adds the known parts of a compound after the running text', () => {
    const vocab = vocabularyOf('zorg', 'verlof', 'aanvragen');
    assert.deepEqual(analyzeForIndex('zorgverlof', vocab), ['zorgverlof', 'zorg', 'verlof']);
    assert.deepEqual(analyzeForIndex('Zorgverlof aanvragen', vocab), ['zorgverlof', stem('aanvragen'), 'zorg', 'verlof']);
  });

  test('does not split without a vocabulary', () => {
    assert.deepEqual(analyzeForIndex('zorgverlof'), ['zorgverlof']);
  });

  test('the query "verlof voor zorg" finds a page about zorgverlof', () => {
    const vocab = vocabularyOf('zorg', 'verlof', 'Zorgverlof voor werknemers');
    const page = analyzeForIndex('Zorgverlof voor werknemers', vocab);
    assert.ok(matches(analyzeQuery('verlof voor zorg', vocab, noSynonyms), page));
  });
});

describe('splitCompound', () => {
  const vocab = vocabularyOf('mantel', 'zorg', 'mantelzorg', 'premie', 'ouderen', 'dag', 'opvang', 'ver', 'lof', 'kind');

  test('prefers the fewest known parts', () => {
    assert.deepEqual(splitCompound('mantelzorgpremie', vocab), ['mantelzorg', 'premie']);
    assert.deepEqual(splitCompound('dagopvang', vocab), ['dag', 'opvang']);
  });

  test('handles the linking letters s, e and en', () => {
    assert.deepEqual(splitCompound('mantelzorgspremie', vocab)?.map(stem), ['mantelzorg', 'premie']);
    assert.deepEqual(splitCompound('ouderenzorg', vocab)?.map(stem), [stem('ouderen'), 'zorg']);
    // Snowball keeps an s after a vowel, so only the linking letter rule finds "mama" here.
    assert.deepEqual(splitCompound('mamaszorg', vocabularyOf('mama', 'zorg')), ['mama', 'zorg']);
  });

  test('needs every part known and at least 3 letters, and never uses a prefix such as ver-', () => {
    assert.equal(splitCompound('premiezak', vocab), undefined);
    assert.equal(splitCompound('verlof', vocab), undefined);
    assert.equal(splitCompound('kindzorg', vocabularyOf('ki', 'ndzorg', 'zorg')), undefined);
  });
});

describe('analyzeQuery', () => {
  const vocab = vocabularyOf(
    'Premies voor mantelzorgers',
    'Het zorgbudget voor zwaar zorgbehoevenden',
    'Respijtzorg geeft de mantelzorger even rust',
    'Dagopvang voor mensen met dementie',
    'zorgverlof verlof zorg',
    'mantelzorg premie',
  );

  test('splits an unknown compound into known parts, keeping the whole word as alternative', () => {
    const q = analyzeQuery('mantelzorgpremie', vocab, noSynonyms);
    assert.deepEqual(
      q.terms.map((t) => t.original),
      ['mantelzorg', 'premie'],
    );
    assert.ok(q.terms.every((t) => t.alternatives.includes('mantelzorgpremie')));
    assert.ok(q.terms[0]!.alternatives.includes('mantelzorg'));
    assert.ok(q.terms[1]!.alternatives.includes('premie'));
    assert.equal(q.corrected, undefined);
    assert.ok(matches(q, analyzeForIndex('Premies voor mantelzorgers')));
  });

  test('splits mantelzorgpremie with the default synonyms too, keeping its synonyms', () => {
    const q = analyzeQuery('mantelzorgpremie', vocab);
    assert.deepEqual(
      q.terms.map((t) => t.alternatives[0]),
      ['mantelzorg', 'premie'],
    );
    assert.ok(q.terms.every((t) => t.alternatives.includes(stem('mantelzorgtoelage'))));
  });

  test('does not take a synonym for a typo', () => {
    // "dementia" is one letter from "dementie", which the vocabulary knows.
    const q = analyzeQuery('dementia', vocab, createSynonymMap([['dementia', 'geheugenverlies']]));
    assert.equal(q.corrected, undefined);
    assert.deepEqual(q.terms[0]!.alternatives, [stem('dementia'), stem('geheugenverlies')]);
  });

  test('does not split a compound the vocabulary knows', () => {
    const q = analyzeQuery('zorgverlof', vocab, noSynonyms);
    assert.deepEqual(q.terms, [{ original: 'zorgverlof', alternatives: ['zorgverlof'] }]);
  });

  test('corrects a typo in a long word and says so', () => {
    const q = analyzeQuery('zorgbudet', vocab, noSynonyms);
    assert.equal(q.terms.length, 1);
    assert.ok(q.terms[0]!.alternatives.includes('zorgbudget'));
    assert.equal(q.corrected, 'zorgbudget');
    assert.deepEqual(q.phrase, ['zorgbudget']);
  });

  test('keeps the query as typed around the correction', () => {
    assert.equal(analyzeQuery('Zorgbudet aanvragen?', vocab, noSynonyms).corrected, 'Zorgbudget aanvragen?');
  });

  test('counts swapped letters as one typo', () => {
    const q = analyzeQuery('dementei', vocab, noSynonyms);
    assert.ok(q.terms[0]!.alternatives.includes('dementie'));
  });

  test('corrects a typo in the ending, which the stemmer no longer recognises', () => {
    const local = vocabularyOf('Overbelasting voorkomen', 'Praat met je werkgever', 'Mantelzorgers in Vlaanderen', 'overbelast belasting');
    // "overbelastign" keeps its "ign" through the stemmer: three edits from the stem "overbelast".
    const strain = analyzeQuery('overbelastign', local, noSynonyms);
    assert.ok(strain.terms[0]!.alternatives.includes(stem('overbelasting')));
    assert.equal(strain.corrected, 'overbelasting');
    assert.ok(matches(strain, analyzeForIndex('Overbelasting voorkomen', local)));
    const employer = analyzeQuery('Werkgeevr', local, noSynonyms);
    assert.ok(employer.terms[0]!.alternatives.includes(stem('werkgever')));
    assert.equal(employer.corrected, 'Werkgever');
    assert.ok(matches(analyzeQuery('mantelzorgres', local, noSynonyms), analyzeForIndex('Mantelzorgers in Vlaanderen', local)));
  });

  test('an ending typo is still one edit at most in words of 5 to 8 letters', () => {
    const local = vocabularyOf('Praat met je werkgever', 'Dagopvang voor mensen met dementie');
    assert.deepEqual(analyzeQuery('dementiaa', local, noSynonyms).terms[0]!.alternatives.includes('dementie'), true);
    assert.equal(analyzeQuery('demenaai', local, noSynonyms).corrected, undefined);
  });

  test('does not correct words of 4 letters or fewer', () => {
    const q = analyzeQuery('zorh', vocab, noSynonyms);
    assert.deepEqual(q.terms, [{ original: 'zorh', alternatives: ['zorh'] }]);
    assert.equal(q.corrected, undefined);
  });

  test('allows only one typo in words of 5 to 8 letters', () => {
    assert.ok(!analyzeQuery('dmentei', vocab, noSynonyms).terms[0]!.alternatives.includes('dementie'));
  });

  test('expands synonyms into alternatives', () => {
    const q = analyzeQuery('respijtzorg', vocab);
    assert.ok(q.terms[0]!.alternatives.includes('respijtzorg'));
    assert.ok(q.terms[0]!.alternatives.includes('kortverblijf'));
  });

  test('adds the one-word synonyms of a multi-word synonym typed as a phrase', () => {
    const synonyms = createSynonymMap([['ocmw', 'sociaal huis']]);
    const q = analyzeQuery('sociaal huis', vocab, synonyms);
    assert.equal(q.terms.length, 2);
    assert.ok(q.terms.every((t) => t.alternatives.includes('ocmw')));
    assert.deepEqual(analyzeQuery('huis', vocab, synonyms).terms[0]!.alternatives, ['huis']);
  });

  test('the everyday queries find their pages', () => {
    const page = (text: string) => analyzeForIndex(text, vocab);
    assert.ok(matches(analyzeQuery('premies mantelzorg', vocab), page('Premies voor mantelzorgers')));
    assert.ok(matches(analyzeQuery('dagopvang dementie', vocab), page('Dagopvang voor mensen met dementie')));
    assert.ok(matches(analyzeQuery('zorgbudet', vocab), page('Het zorgbudget voor zwaar zorgbehoevenden')));
  });

  test('gives the phrase as stemmed terms without stop words', () => {
    assert.deepEqual(analyzeQuery('verlof om voor mama te zorgen', vocab).phrase, ['verlof', 'mama', 'zorg']);
  });

  test('a query of stop words or punctuation only has no terms', () => {
    assert.deepEqual(analyzeQuery('?!... ---', vocab), { terms: [], phrase: [] });
    assert.deepEqual(analyzeQuery('hoe wat waar wanneer', vocab).terms, []);
  });

  test('a 1,000-character query gives a bounded number of terms', () => {
    const long = 'mantelzorgers zorgbudet premies dagopvnag lotgenotencontact '.repeat(20).slice(0, 1000);
    const q = analyzeQuery(long, vocab);
    assert.ok(q.terms.length > 0 && q.terms.length <= 64);
  });
});

describe('createSynonymMap', () => {
  test('maps stemmed members to the stemmed one-word members of their groups', () => {
    const map = createSynonymMap([
      ['premie', 'toelage'],
      ['premie', 'tegemoetkoming'],
      ['gemeente', 'lokaal bestuur'],
    ]);
    assert.deepEqual(map.get(stem('premies')), [stem('toelage'), stem('tegemoetkoming')]);
    assert.deepEqual(map.get(`${stem('lokaal')} ${stem('bestuur')}`), [stem('gemeente')]);
  });

  test('the default list has 20 to 40 groups and covers the core terms', () => {
    assert.ok(defaultSynonyms.length >= 20 && defaultSynonyms.length <= 40);
    const map = createSynonymMap(defaultSynonyms);
    assert.ok(map.get(stem('mutualiteit'))?.includes(stem('ziekenfonds')));
    assert.ok(map.get(stem('dementie'))?.includes(stem('alzheimer')));
  });
});

describe('createVocabulary', () => {
  test('adds up frequencies and lists near terms closest and most frequent first', () => {
    const vocab = createVocabulary([
      ['zorgbudget', 5],
      ['zorgbudget', 5],
      ['zorgbudgez', 20],
      ['zorgbud', 100],
    ]);
    assert.equal(vocab.frequency('zorgbudget'), 10);
    assert.equal(vocab.frequency('onbekend'), 0);
    assert.ok(!vocab.has('onbekend'));
    assert.deepEqual(vocab.near('zorgbudgel', 1), ['zorgbudgez', 'zorgbudget']);
    assert.deepEqual(vocab.near('zorgbudgel', 3), ['zorgbudgez', 'zorgbudget', 'zorgbud']);
  });

  // Speed is measured by bench/, never asserted here.
  test('finds the correction among 200,000 terms', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const letters = 'eeeeeennnnaaaattttiiirrroooddsslgvhkmubpjzcwf';
    const word = () =>
      Array.from({ length: 3 + Math.floor(random() * 13) }, () => letters[Math.floor(random() * letters.length)]).join('');
    const entries: Array<[string, number]> = [['zorgbudget', 3]];
    for (let i = 0; i < 200_000; i++) entries.push([word(), 1 + Math.floor(random() * 50)]);
    const vocab = createVocabulary(entries);

    assert.ok(vocab.near('zorgbudet', 2).includes('zorgbudget'));
  });
});
