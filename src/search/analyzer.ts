/**
 * Dutch text analysis for the site search. Turns page text into index terms and what a visitor
 * types into groups of index terms. The SQLite (FTS5) and PostgreSQL stores are both fed with
 * these terms, and never with their own tokenizers, so that both rank alike. Pure functions, no
 * database code.
 *
 * Pipeline: fold → tokenize → drop stop words → stem (Snowball Dutch plus a few rules of our own).
 * For the index, parts of compound words are added too. For a query, unknown compounds are split,
 * typos are corrected against the vocabulary and synonyms are added as alternatives.
 */
import snowball from 'snowball-stemmers';
import { distance as levenshtein } from 'fastest-levenshtein';
import { createSynonymMap, defaultSynonyms, type SynonymMap } from './synonyms.js';

export type { SynonymMap } from './synonyms.js';

/** The index terms known to the search, with how often each one occurs. */
export interface Vocabulary {
  has(term: string): boolean;
  frequency(term: string): number;
  /** Known terms within `maxDistance` edits (Damerau, adjacent swaps count as 1), closest and most frequent first. */
  near(term: string, maxDistance: number): string[];
}

/** One word of the query: a document matches it when it contains any of the alternatives. */
export interface QueryTerm {
  original: string;
  alternatives: string[];
}

export interface AnalyzedQuery {
  /** All must match (AND of the OR-groups). */
  terms: QueryTerm[];
  /** Stemmed terms of the whole query, in order, for an exact-phrase boost. */
  phrase: string[];
  /** The query with typos corrected, for "Bedoelde je: …?"; only set when a correction was made. */
  corrected?: string;
}

const MAX_TOKEN_LENGTH = 40;
/** Longer queries are cut: every word becomes an OR-group in SQL and may need a typo look-up. */
const MAX_QUERY_WORDS = 32;
const MIN_PART_LENGTH = 3;
const MAX_PARTS = 4;
/** Linking letters between compound parts: mantelzorg-s-premie, ouder-en-zorg, ziek-en-huis. */
const LINKING_LETTERS = ['', 's', 'e', 'en'];
const MAX_CORRECTIONS = 3;
/** Multi-word synonyms ("lokaal bestuur", "vlaamse sociale bescherming") are at most this long. */
const MAX_SYNONYM_PHRASE = 4;

// Words that carry no meaning for matching. Question words are here on purpose: "hoe vraag ik
// zorgverlof aan" must not require a page to contain "hoe". Based on the Snowball Dutch list,
// plus question words, pronouns and the pieces that apostrophes leave ('s, m'n, zo'n, 't).
const STOP_WORDS: ReadonlySet<string> = new Set(
  `aan al alle alles als altijd ander andere anders ben bij ook dan dat de deze der die dit doch doen door
   doet dus een eens en er ga gaat ge geen geweest had heb hebben heeft hem het hier hij hoe hoeveel hun iemand iets ik
   in is ja je jij jou jouw jullie kan kon krijg krijgen kun kunnen m me meer men met mij mijn moet moeten mag mn n na
   naar niet niets nog nu of om omdat ons onze op over reeds s t te tegen toch toen tot u uit uw van veel
   voor waar waarom wanneer want waren was wat we welk welke werd wezen wie wij wil willen worden wordt
   zal ze zelf zich zij zijn zo zonder zou zouden`.split(/\s+/),
);

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** Lower-case and strip accents: "Coöperatie" → "cooperatie", "café" → "cafe". */
export function fold(text: string): string {
  // NFKD rather than NFD also turns ligatures from pasted PDFs ("ĳ", "ﬁ") into plain letters.
  // Format characters go too, so a soft hyphen does not split "mantel\u00ADzorg".
  return text.toLowerCase().normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '');
}

const WORD = /[\p{L}\p{N}]+/gu;
// "€ 1.500" and "1500" should meet: a dot between digits followed by three digits is a thousands separator.
const THOUSANDS_DOT = /(?<=\d)\.(?=\d{3}(?!\d))/g;

/** Folded word tokens; hyphens, apostrophes and all other punctuation separate words. */
export function tokenize(text: string): string[] {
  const folded = fold(text).replace(THOUSANDS_DOT, '');
  return Array.from(folded.matchAll(WORD), (m) => m[0].slice(0, MAX_TOKEN_LENGTH));
}

function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => !STOP_WORDS.has(t));
}

// ---------------------------------------------------------------------------------------------
// Stemming

const snowballDutch = snowball.newStemmer('dutch');

/** Plurals Snowball does not know, rewritten before it runs. First match wins. */
const ENDING_REWRITES: ReadonlyArray<{ ending: string; replacement: string; minLength: number }> = [
  { ending: 'kinderen', replacement: 'kind', minLength: 8 },
  { ending: 'ieen', replacement: 'ie', minLength: 6 }, // categorieën, knieën
  { ending: 'centra', replacement: 'centrum', minLength: 6 }, // dagcentra
  { ending: 'musea', replacement: 'museum', minLength: 5 },
  { ending: 'criteria', replacement: 'criterium', minLength: 8 },
  // Snowball keeps the s after a vowel, so "premies" and "premie" would never meet.
  { ending: 'ies', replacement: 'ie', minLength: 6 },
];
/** Singular words ending in -ies, which the rule above must leave alone. */
const IES_WORDS = ['advies', 'verlies'];

function rewriteEnding(word: string): string {
  if (IES_WORDS.some((w) => word.endsWith(w))) return word;
  for (const { ending, replacement, minLength } of ENDING_REWRITES) {
    if (word.length >= minLength && word.endsWith(ending)) return word.slice(0, -ending.length) + replacement;
  }
  return word;
}

// Agent nouns: mantelzorg-er(s), mantelzorg-ster, verzorg-er, vrijwillig-er. Snowball leaves the
// -er, so "mantelzorgers" would never find "mantelzorg". Only strip after a consonant and when at
// least five letters are left, which keeps words whole whose -er is no suffix: moeder, vader,
// ouder, water, zuster, dokter, jonger (too short), vervoer, papier, kwartier (vowel before -er).
const AGENT_SUFFIX = /(?<=[^aeiouy])(ster|er)$/;

function stripAgentSuffix(s: string): string {
  const match = AGENT_SUFFIX.exec(s);
  return match && match.index >= 5 ? s.slice(0, match.index) : s;
}

// Dutch never writes a word-final double consonant, but Snowball only undoubles kk, dd and tt:
// "snelle" → "snell" while "snel" → "snel".
function undoubleConsonant(s: string): string {
  return /([^aeiouy\d])\1$/.test(s) ? s.slice(0, -1) : s;
}

// Spelling alternations Snowball leaves: huiz(en)/huis, brieven/brief, palliatiev(e)/palliatief,
// sociale/sociaal. Rewriting the last syllable to one spelling makes the forms meet.
function normaliseLastSyllable(s: string): string {
  return s
    .replace(/z$/, 's')
    .replace(/v$/, 'f')
    .replace(/([aeou])\1([^aeiouy])$/, '$1$2');
}

function computeStem(word: string): string {
  const folded = fold(word);
  if (/\d/.test(folded)) return folded; // amounts, years, codes: keep as written
  const snowballed = snowballDutch.stem(rewriteEnding(folded));
  return normaliseLastSyllable(undoubleConsonant(stripAgentSuffix(snowballed)));
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/**
 * Stem of one word: Snowball Dutch plus the rules above, so that premies/premie,
 * mantelzorgers/mantelzorger/mantelzorgster/mantelzorg and dagcentra/dagcentrum meet.
 * Deterministic and context-free: the same word always gives the same term.
 */
export function stem(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    result = computeStem(word);
    // Compound splitting stems many substrings; a plain clear keeps memory bounded.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, result);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Compound words

interface Split {
  parts: string[];
  weakest: number; // frequency of the rarest part
}

/**
 * Splits a folded word into parts that are all known to the vocabulary (as stems), e.g.
 * "mantelzorgspremie" → ["mantelzorg", "premie"], "ouderenzorg" → ["ouder", "zorg"]. Returns
 * the parts as written, or undefined when no split exists. Prefers the fewest parts, then the
 * split whose rarest part is most frequent. Stop words and the prefixes ver-, her- and ont- are
 * never parts, so "verlof" is not "ver" + "lof" and "overleg" not "over" + "leg".
 */
export function splitCompound(word: string, vocab: Vocabulary): string[] | undefined {
  if (word.length < 2 * MIN_PART_LENGTH || /\d/.test(word)) return undefined;
  const memo = new Map<number, Split | null>();
  const known = (part: string): number =>
    NON_PARTS.has(part) ? 0 : vocab.frequency(stem(part)) || (vocab.has(stem(part)) ? 1 : 0);

  // Best split of word[start..], which must not be the whole word itself.
  const best = (start: number, partsLeft: number): Split | null => {
    const key = start * (MAX_PARTS + 1) + partsLeft;
    if (memo.has(key)) return memo.get(key)!;
    let found: Split | null = null;
    for (let end = start + MIN_PART_LENGTH; end <= word.length; end++) {
      const part = word.slice(start, end);
      const frequency = known(part);
      if (frequency === 0) continue;
      if (end === word.length) {
        if (start > 0) found = better(found, { parts: [part], weakest: frequency });
        continue;
      }
      if (partsLeft <= 1) continue;
      for (const link of LINKING_LETTERS) {
        const next = end + link.length;
        if (!word.startsWith(link, end) || word.length - next < MIN_PART_LENGTH) continue;
        const rest = best(next, partsLeft - 1);
        if (rest) found = better(found, { parts: [part, ...rest.parts], weakest: Math.min(frequency, rest.weakest) });
      }
    }
    memo.set(key, found);
    return found;
  };
  return best(0, MAX_PARTS)?.parts;
}

const NON_PARTS: ReadonlySet<string> = new Set([...STOP_WORDS, 'ver', 'her', 'ont']);

function better(a: Split | null, b: Split): Split {
  if (!a) return b;
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length ? b : a;
  return b.weakest > a.weakest ? b : a;
}

// ---------------------------------------------------------------------------------------------
// Index side

/**
 * Terms to index for one field: stems in text order (duplicates kept, for term frequency),
 * followed by the parts of compound words known to `vocab` ("zorgverlof" → zorgverlof, zorg,
 * verlof). The parts go after the running text rather than beside their word so that an exact
 * phrase ("zorgbudget aanvragen") stays adjacent in both FTS5 and tsvector positions.
 * Without a vocabulary nothing is split: build the vocabulary from a first pass over the content.
 */
export function analyzeForIndex(text: string, vocab?: Vocabulary, splitCache?: Map<string, string[] | null>): string[] {
  const tokens = contentTokens(text);
  const terms = tokens.map(stem);
  if (!vocab) return terms;
  for (const token of tokens) {
    // A bulk reindex sees the same words over and over: the caller may keep their splits.
    let parts = splitCache?.get(token);
    if (parts === undefined) {
      parts = splitCompound(token, vocab)?.map(stem) ?? null;
      if (splitCache && splitCache.size < 500_000) splitCache.set(token, parts);
    }
    if (parts) terms.push(...parts);
  }
  return terms;
}

/** The distinct stems of a text (no compound parts): what a first pass over the content needs for the vocabulary. */
export function distinctStems(text: string, into: Set<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    if (seen.has(token) || STOP_WORDS.has(token)) continue;
    seen.add(token);
    into.add(stem(token));
  }
  return into;
}

// ---------------------------------------------------------------------------------------------
// Query side

let defaultSynonymMap: SynonymMap | undefined;

function defaultSynonymsMap(): SynonymMap {
  defaultSynonymMap ??= createSynonymMap(defaultSynonyms);
  return defaultSynonymMap;
}

interface AnalyzedWord {
  terms: QueryTerm[];
  /** The term that stands for this word in the phrase. */
  primary: string;
  /** How the word should have been written, when it was corrected. */
  correction?: string;
}

/**
 * Turns a visitor's query into OR-groups of index terms. Per word, in this order:
 * a known term is used as is; an unknown compound is split into known parts, each part its own
 * group with the whole word as extra alternative; an unknown word with synonyms is kept; otherwise
 * a typo is corrected with the closest known terms (distance 1 for words of 5–8 letters, 2 from 9
 * letters, none for shorter words). Synonyms of every term are added to its group.
 */
export function analyzeQuery(q: string, vocab: Vocabulary, synonyms: SynonymMap = defaultSynonymsMap()): AnalyzedQuery {
  const tokens = contentTokens(q).slice(0, MAX_QUERY_WORDS);
  const stems = tokens.map(stem);
  const fromPhrases = phraseSynonyms(stems, synonyms);
  const terms: QueryTerm[] = [];
  const phrase: string[] = [];
  const corrections = new Map<string, string>();

  const joins = joinedWords(tokens, vocab);
  tokens.forEach((token, i) => {
    // "zorg kas" and "ouderschaps verlof" are one word in the text: an unknown half is no typo.
    if (joins[i]!.length > 0 && !vocab.has(stems[i]!)) {
      terms.push({ original: token, alternatives: unique([stems[i]!, ...joins[i]!, ...fromPhrases[i]!]) });
      phrase.push(stems[i]!);
      return;
    }
    const word = analyzeWord(token, stems[i]!, vocab, synonyms);
    if (joins[i]!.length > 0) word.terms = word.terms.map((t) => ({ ...t, alternatives: unique([...t.alternatives, ...joins[i]!]) }));
    for (const term of word.terms) {
      terms.push({ original: term.original, alternatives: unique([...term.alternatives, ...fromPhrases[i]!]) });
    }
    phrase.push(word.primary);
    if (word.correction) corrections.set(token, word.correction);
  });

  const result: AnalyzedQuery = { terms, phrase };
  if (corrections.size > 0) result.corrected = rewriteWords(q, corrections);
  return result;
}

/**
 * Compounds typed as two words: when two neighbouring words written together (with or without a
 * linking s) make a known term, both words also accept that term.
 */
function joinedWords(tokens: readonly string[], vocab: Vocabulary): string[][] {
  const extra = tokens.map((): string[] => []);
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (const link of ['', 's']) {
      const joined = stem(tokens[i]! + link + tokens[i + 1]!);
      if (!vocab.has(joined)) continue;
      extra[i]!.push(joined);
      extra[i + 1]!.push(joined);
      break;
    }
  }
  return extra;
}

function analyzeWord(token: string, term: string, vocab: Vocabulary, synonyms: SynonymMap): AnalyzedWord {
  const own = synonyms.get(term) ?? [];
  if (vocab.has(term)) {
    return { terms: [{ original: token, alternatives: unique([term, ...own]) }], primary: term };
  }
  const parts = splitCompound(token, vocab);
  if (parts) {
    // Each part group also accepts the whole word and its synonyms, which stand for both parts.
    const terms = parts.map((part) => {
      const partTerm = stem(part);
      return { original: part, alternatives: unique([partTerm, term, ...own, ...(synonyms.get(partTerm) ?? [])]) };
    });
    return { terms, primary: term };
  }
  // A word editors listed as a synonym is no typo, even when no page uses it yet ("alzheimer").
  if (own.length > 0) {
    return { terms: [{ original: token, alternatives: unique([term, ...own]) }], primary: term };
  }
  const fixes = typoCorrections(token, term, vocab);
  if (fixes.length > 0) {
    const terms = fixes.map((f) => f.term);
    const alternatives = unique([term, ...terms, ...terms.flatMap((f) => synonyms.get(f) ?? [])]);
    return { terms: [{ original: token, alternatives }], primary: terms[0]!, correction: fixes[0]!.spelled };
  }
  return { terms: [{ original: token, alternatives: [term] }], primary: term };
}

interface Correction {
  /** the index term */
  term: string;
  /** the word to show in "Bedoelde je …?" */
  spelled: string;
}

/**
 * Closest known terms for an unknown one; short words and numbers are never corrected. Two ways:
 * the word's stem against the vocabulary's stems (a typo in the stem: "zorgbudet"), and words one
 * edit away near the end, stemmed (a typo in the ending, which the stemmer then no longer
 * recognises: "overbelastign" keeps its "ign" and is three edits from the stem "overbelast").
 */
function typoCorrections(token: string, term: string, vocab: Vocabulary): Correction[] {
  const maxDistance = token.length >= 9 ? 2 : token.length >= 5 ? 1 : 0;
  if (maxDistance === 0 || /\d/.test(token)) return [];
  const found = new Map<string, Correction>();
  const byStem = vocab.near(term, maxDistance);
  // A correction one edit from what was typed goes first; so does one of the ending.
  for (const fix of byStem.filter((t) => editDistance(term, t, 1) <= 1)) found.set(fix, { term: fix, spelled: respell(token, term, fix) });
  const endings = new Map<string, string>();
  for (const variant of endingVariants(token)) {
    const known = knownStemWithEnding(variant, vocab);
    if (known !== undefined && known !== term && !endings.has(known)) endings.set(known, variant);
  }
  const byEnding = [...endings].sort((a, b) => vocab.frequency(b[0]) - vocab.frequency(a[0]));
  for (const [fix, variant] of byEnding) if (!found.has(fix)) found.set(fix, { term: fix, spelled: variant });
  for (const fix of byStem) if (!found.has(fix)) found.set(fix, { term: fix, spelled: respell(token, term, fix) });
  return [...found.values()].slice(0, MAX_CORRECTIONS);
}

/**
 * What the stemmer takes off a word (Snowball Dutch's suffixes, their combinations, and our agent
 * suffixes). A variant is only stemmed when it is a known stem plus one of these, since the
 * Snowball stemmer is too slow to run over every variant.
 */
const ENDINGS: ReadonlySet<string> = new Set(
  `- e en ene s se es heid heden end ende enden ing ingen ig ige igen lijk lijke lijken baar bare baren
   er ers ere eren ster sters t te ten d de den`.split(/\s+/).map((e) => (e === '-' ? '' : e)),
);

/** The known stem of a word that is a known stem plus a usual ending (confirmed by the stemmer), else undefined. */
function knownStemWithEnding(word: string, vocab: Vocabulary): string | undefined {
  for (let k = word.length; k >= Math.max(3, word.length - 6); k--) {
    if (!ENDINGS.has(word.slice(k))) continue;
    const head = word.slice(0, k);
    for (const candidate of new Set([head, normaliseLastSyllable(undoubleConsonant(head))])) {
      if (vocab.has(candidate) && computeStem(word) === candidate) return candidate;
    }
  }
  return undefined;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** How far from the end a typo can be for the stemmer to miss the ending ("-ingen", "-heden" and a letter). */
const ENDING_WINDOW = 6;

/** Words one edit (deletion, swap of neighbours, substitution, insertion) from the word, in its last letters. */
function endingVariants(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(1, word.length - ENDING_WINDOW); i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) out.add(head + word.slice(i + 1));
    if (i + 1 < word.length) out.add(head + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of ALPHABET) {
      if (i < word.length && c !== word[i]) out.add(head + c + word.slice(i + 1));
      out.add(head + c + word.slice(i));
    }
  }
  out.delete(word);
  return out;
}

// The vocabulary holds stems, so the correction of "zorgbudetten" is "zorgbudget"; put back the
// ending the stemmer took off ("zorgbudgetten") so the suggestion reads as a word.
function respell(token: string, term: string, fix: string): string {
  return token.startsWith(term) ? fix + token.slice(term.length) : fix;
}

// Replaces corrected words in the query as typed, keeping its punctuation and capitals.
function rewriteWords(q: string, corrections: ReadonlyMap<string, string>): string {
  return q.replace(/[\p{L}\p{M}\p{N}\p{Cf}]+/gu, (word) => {
    const fix = corrections.get(fold(word).slice(0, MAX_TOKEN_LENGTH));
    if (fix === undefined) return word;
    return word[0] !== word[0]!.toLowerCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
  });
}

// Multi-word synonyms ("sociaal huis", "jonge mantelzorger") are found as consecutive query terms;
// each word of the phrase then also accepts the group's one-word synonyms ("ocmw").
function phraseSynonyms(stems: readonly string[], synonyms: SynonymMap): string[][] {
  const extra = stems.map((): string[] => []);
  for (let start = 0; start < stems.length; start++) {
    for (let length = Math.min(MAX_SYNONYM_PHRASE, stems.length - start); length >= 2; length--) {
      const group = synonyms.get(stems.slice(start, start + length).join(' '));
      if (!group) continue;
      for (let i = start; i < start + length; i++) extra[i]!.push(...group);
      break;
    }
  }
  return extra;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/**
 * An in-memory vocabulary of index terms. Typo look-ups only compare terms that start with the
 * same letter and whose length is within `maxDistance` (the usual assumption, also Lucene's, that
 * the first letter is right), so a look-up against 200,000 terms compares a few thousand at most.
 */
export function createVocabulary(termsWithFrequency: Iterable<[string, number]>): Vocabulary {
  const frequencies = new Map<string, number>();
  for (const [term, frequency] of termsWithFrequency) {
    frequencies.set(term, (frequencies.get(term) ?? 0) + frequency);
  }
  const buckets = new Map<string, string[]>();
  for (const term of frequencies.keys()) {
    if (term.length === 0) continue;
    const key = bucketKey(term[0]!, term.length);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(term);
    else buckets.set(key, [term]);
  }

  const frequency = (term: string): number => frequencies.get(term) ?? 0;

  const near = (term: string, maxDistance: number): string[] => {
    if (term.length === 0 || maxDistance < 0) return [];
    const found: Array<{ term: string; distance: number }> = [];
    const shortest = Math.max(1, term.length - maxDistance);
    for (let length = shortest; length <= term.length + maxDistance; length++) {
      for (const candidate of buckets.get(bucketKey(term[0]!, length)) ?? []) {
        const d = editDistance(term, candidate, maxDistance);
        if (d <= maxDistance) found.push({ term: candidate, distance: d });
      }
    }
    found.sort((a, b) => a.distance - b.distance || frequency(b.term) - frequency(a.term) || (a.term < b.term ? -1 : 1));
    return found.map((f) => f.term);
  };

  return { has: (term) => frequencies.has(term), frequency, near };
}

function bucketKey(first: string, length: number): string {
  return `${first}:${length}`;
}

// fastest-levenshtein does the bulk filtering. It counts a swap of two letters ("zrog") as 2,
// so the few candidates it puts just over the limit get an exact Damerau (OSA) check.
function editDistance(a: string, b: string, maxDistance: number): number {
  const d = levenshtein(a, b);
  if (d <= maxDistance || d > 2 * maxDistance) return d;
  return osaDistance(a, b);
}

/** Optimal string alignment distance: Levenshtein plus swaps of two neighbouring letters. */
function osaDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
