/**
 * Site search: one index for every feature's records (kind + id), fed by the Dutch analyzer and
 * kept by a SearchStore per database (SQLite FTS5, PostgreSQL tsvector). Features call
 * indexDocument/removeDocument inside their own transactions; pages and the API call search().
 */
import { randomUUID } from 'node:crypto';
import { inTransaction, type Db } from '../db/database.js';
import { searchReadersOf } from './search.readers.js';
import { ValidationError } from '../errors.js';
import { analyzeForIndex, analyzeQuery, createVocabulary, distinctStems, fold, stem, tokenize, type SynonymMap, type Vocabulary } from './analyzer.js';
import { createSynonymMap } from './synonyms.js';
import * as repo from './search.repository.js';
import { recordChange, SYSTEM_ACTOR, type Actor } from '../audit/audit.service.js';
import type { CandidateRow, DocumentFilter, PageRow } from './search.repository.js';
import { safeGroups, storeFor, type Q, type StoreTerms, type TermQuery } from './search.store.js';
import type { NewSearchDocumentRow } from './search.table.js';
import type { FacetCount, SearchDocument, SearchHit, SearchLogEntry, SearchQuery, SearchResult, SearchSource, SnippetPart, Suggestion } from './search.model.js';
import { brusselsDay } from '../web/day.js';

export * from './search.model.js';

/** Queries are cut to this many characters before analysis (the analyzer also caps the words). */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;
/** The best matches by the store's score are re-ranked with the shared rules below. */
const RERANK_WINDOW = 100;
const SNIPPET_LENGTH = 220;

// ---------------------------------------------------------------------------------------------
// Vocabulary and synonyms, cached per index version (a token that changes with every write)

interface Analysis {
  version: string;
  vocab: Vocabulary;
  synonyms: SynonymMap;
  /** sorted terms, for completing a word being typed */
  sorted: string[];
  frequency: Map<string, number>;
  /** documents in the index, for inverse document frequency */
  documents: number;
  /** documents per filter value ("theme:werk", "kind:item"), loaded when an estimate needs them */
  filterCounts?: Promise<Map<string, number>>;
  /** the plans of recent queries (planFor) */
  plans: Map<string, { plan: Plan; corrected?: string }>;
}

const analyses = new Map<string, Promise<Analysis>>();
const ANALYSES_KEPT = 4;

async function loadAnalysis(db: Q, version: string): Promise<Analysis> {
  const [terms, groups, documents] = await Promise.all([repo.listTerms(db), repo.listSynonymGroups(db), repo.countDocuments(db)]);
  const frequency = new Map(terms.map((t) => [t.term, Number(t.doc_count)]));
  return {
    version,
    vocab: createVocabulary(frequency),
    synonyms: createSynonymMap(groups.map((g) => JSON.parse(g.words) as string[])),
    sorted: [...frequency.keys()].sort(),
    frequency,
    documents,
    plans: new Map(),
  };
}

async function analysis(db: Q): Promise<Analysis> {
  const version = await repo.findVersion(db);
  let found = analyses.get(version);
  if (!found) {
    found = loadAnalysis(db, version);
    found.catch(() => analyses.delete(version));
    if (analyses.size >= ANALYSES_KEPT) analyses.delete(analyses.keys().next().value!);
    analyses.set(version, found);
  }
  return found;
}

/** Loads the current vocabulary before the first search asks for it (start-up: a second at 150,000 documents). */
export async function warmSearch(db: Q): Promise<void> {
  await analysis(db);
}

/**
 * The vocabulary that indexing splits compounds against: the one this process last loaded for this
 * database when it is at most INDEXING_VOCABULARY_MS old, else the current one. Every index write
 * changes the version, so asking for the current one made each write of a batch (the announce job,
 * an import) load the whole vocabulary again. Words that are at most a minute new can be missing from
 * it: a compound in a record saved meanwhile may then not be split until that record is saved again or
 * the index rebuilt. Searches always use the current vocabulary.
 */
const indexingAnalyses = new WeakMap<object, { at: number; analysis: Promise<Analysis> }>();
const INDEXING_VOCABULARY_MS = 60_000;

async function indexingAnalysis(db: Q): Promise<Analysis> {
  const key = db.getExecutor().adapter; // shared by a database and its transactions
  const kept = indexingAnalyses.get(key);
  if (kept && Date.now() - kept.at < INDEXING_VOCABULARY_MS) return kept.analysis;
  const current = analysis(db);
  indexingAnalyses.set(key, { at: Date.now(), analysis: current });
  current.catch(() => indexingAnalyses.delete(key));
  return current;
}

async function touch(db: Q): Promise<void> {
  await repo.setVersion(db, randomUUID());
}

// ---------------------------------------------------------------------------------------------
// Indexing

function termsOf(doc: SearchDocument, vocab: Vocabulary | undefined, splitCache?: Map<string, string[] | null>): StoreTerms {
  return {
    title_terms: analyzeForIndex(doc.title, vocab, splitCache).join(' '),
    summary_terms: analyzeForIndex(doc.summary, vocab, splitCache).join(' '),
    body_terms: analyzeForIndex(doc.body, vocab, splitCache).join(' '),
  };
}

function uniqueTerms(t: StoreTerms): string[] {
  const set = new Set<string>();
  for (const field of [t.title_terms, t.summary_terms, t.body_terms]) for (const term of field.split(' ')) if (term) set.add(term);
  return [...set];
}

function toRow(doc: SearchDocument, terms: StoreTerms): NewSearchDocumentRow {
  return {
    kind: doc.kind,
    ref_id: doc.refId,
    url: doc.url,
    type: doc.type,
    title: doc.title,
    summary: doc.summary,
    body: doc.body,
    last_reviewed_at: doc.lastReviewedAt,
    valid_until: doc.validUntil,
    ...terms,
  };
}

function facetsOf(doc: SearchDocument): { name: string; value: string }[] {
  return [...new Set(doc.audiences)].map((value) => ({ name: 'audience', value })).concat([...new Set(doc.themes)].map((value) => ({ name: 'theme', value })));
}

/** The key of a facet, to compare sets of them. */
const facetKey = (f: { name: string; value: string }) => `${f.name}\u0000${f.value}`;

/** Whether the record's row and facets in the index are already exactly these. */
async function isIndexedAs(db: Q, existing: NewSearchDocumentRow & { id: number }, row: NewSearchDocumentRow, facets: { name: string; value: string }[]): Promise<boolean> {
  for (const column of Object.keys(row) as (keyof NewSearchDocumentRow)[]) if ((existing[column] ?? null) !== (row[column] ?? null)) return false;
  const stored = new Set((await repo.listFacets(db, existing.id)).map(facetKey));
  return stored.size === facets.length && facets.every((f) => stored.has(facetKey(f)));
}

/**
 * Adds or replaces a record in the index. Pass the caller's transaction: the index then commits or
 * rolls back with it. A record that is in the index exactly so already is not written again, so the
 * index version stays: a new version drops every process's cached results and rendered search pages
 * and makes each load the vocabulary again, and callers sync records that did not change (the
 * announce job syncs each newly public item on every run of its ten-minute look-back, a directory
 * write syncs the organisation's other services). Returns whether the index changed.
 */
export async function indexDocument(db: Q, doc: SearchDocument): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await repo.lockForWrite(tx);
    const { vocab } = await indexingAnalysis(tx);
    const terms = termsOf(doc, vocab);
    const row = toRow(doc, terms);
    const facets = facetsOf(doc);
    const existing = await repo.findDocument(tx, doc.kind, doc.refId);
    if (existing && (await isIndexedAs(tx, existing, row, facets))) return false;
    let id: number;
    if (existing) {
      await repo.storeTerms(tx, existing.id, existing, 'removing');
      await repo.adjustTerms(tx, uniqueTerms(existing), -1);
      await repo.updateDocument(tx, existing.id, row);
      id = existing.id;
    } else {
      id = await repo.insertDocument(tx, row);
    }
    await repo.storeTerms(tx, id, terms, 'added');
    await repo.adjustTerms(tx, uniqueTerms(terms), 1);
    await repo.replaceFacets(tx, id, facets);
    await touch(tx);
    return true;
  });
}

/** Removes a record from the index (nothing happens when it is not there). Returns whether the index changed. */
export async function removeDocument(db: Q, kind: string, refId: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await repo.lockForWrite(tx);
    const existing = await repo.findDocument(tx, kind, refId);
    if (!existing) return false;
    await repo.storeTerms(tx, existing.id, existing, 'removing');
    await repo.adjustTerms(tx, uniqueTerms(existing), -1);
    await repo.deleteDocument(tx, existing.id);
    await touch(tx);
    return true;
  });
}

/**
 * Stable index numbers (ref ids) for records whose own id is not a number, such as the directory's
 * UUIDs: the same key always gets the same number. Pass the caller's transaction.
 */
export async function refIdsFor(db: Q, kind: string, keys: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(keys)];
  const found = new Map<string, number>();
  for (let i = 0; i < unique.length; i += 500) {
    for (const row of await repo.listKeys(db, kind, unique.slice(i, i + 500))) found.set(row.key, Number(row.id));
  }
  for (const key of unique) if (!found.has(key)) found.set(key, await repo.insertKey(db, kind, key));
  return found;
}

export interface ReindexProgress {
  phase: 'vocabulary' | 'index';
  done: number;
  total: number;
}

/**
 * Rebuilds the whole index from the given sources in one transaction: first the vocabulary (so
 * compound words split the same way whatever order records come in), then every record.
 */
export async function reindex(db: Q, sources: SearchSource[], onProgress?: (p: ReindexProgress) => void): Promise<{ documents: number; terms: number }> {
  return inTransaction(db, async (tx) => {
    await repo.lockForWrite(tx);
    let total = 0;
    for (const source of sources) total += await source.count(tx);
    await repo.deleteAllDocuments(tx);

    const stems = new Map<string, number>();
    let done = 0;
    for (const source of sources) {
      for await (const batch of source.documents(tx)) {
        for (const doc of batch) {
          const distinct = distinctStems(doc.body, distinctStems(doc.summary, distinctStems(doc.title)));
          for (const term of distinct) stems.set(term, (stems.get(term) ?? 0) + 1);
        }
        done += batch.length;
        onProgress?.({ phase: 'vocabulary', done, total });
      }
    }
    const vocab = createVocabulary(stems);
    const splitCache = new Map<string, string[] | null>();
    const counts = new Map<string, number>();
    done = 0;
    for (const source of sources) {
      for await (const batch of source.documents(tx)) {
        // 500 rows of 12 values per insert: far below either database's limit on parameters.
        for (let i = 0; i < batch.length; i += 500) {
          const docs = batch.slice(i, i + 500);
          const rows = docs.map((doc) => {
            const title = analyzeForIndex(doc.title, vocab, splitCache);
            const summary = analyzeForIndex(doc.summary, vocab, splitCache);
            const body = analyzeForIndex(doc.body, vocab, splitCache);
            for (const term of new Set([...title, ...summary, ...body])) counts.set(term, (counts.get(term) ?? 0) + 1);
            return toRow(doc, { title_terms: title.join(' '), summary_terms: summary.join(' '), body_terms: body.join(' ') });
          });
          const ids = await repo.insertDocuments(tx, rows);
          await repo.insertFacets(
            tx,
            docs.flatMap((doc, j) => facetsOf(doc).map((f) => ({ document_id: ids[j]!, ...f }))),
          );
        }
        done += batch.length;
        onProgress?.({ phase: 'index', done, total });
      }
    }
    await repo.insertTerms(tx, counts);
    await storeFor(tx).rebuild(tx);
    await touch(tx);
    return { documents: done, terms: counts.size };
  });
}

/** Bytes the index takes in the database (tables and full-text index). */
export async function indexSize(db: Q): Promise<number> {
  return storeFor(db).sizeBytes(db);
}

// ---------------------------------------------------------------------------------------------
// Searching

/** Trims, collapses white space and cuts the query to MAX_QUERY_LENGTH characters. */
export function normalizeQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The site's day (Brussels): expired rights rank last from its start. */
export function today(): string {
  return brusselsDay(Date.now()).day;
}

interface Plan {
  query: TermQuery;
  /** per group: how telling a match is (inverse document frequency), so "verlof" counts more than "zorg" */
  weights: number[];
  /** per group: the terms typed (or their correction), as opposed to synonyms */
  primary: Set<string>[];
  phrase: string[];
  /** every term that counts as a match, for snippets */
  all: Set<string>;
}

function plan(groups: string[][], primary: Set<string>[], phrase: string[], a: Analysis): Plan {
  const n = Math.max(1, a.documents);
  const weights = groups.map((g, i) => {
    const df = Math.max(1, ...g.filter((t) => primary[i]!.has(t)).map((t) => a.frequency.get(t) ?? 0));
    return Math.log(1 + n / df);
  });
  return { query: { groups, mode: 'all' }, weights, primary, phrase, all: new Set(groups.flat()) };
}

/** Plans of the last queries per vocabulary: a popular query is analyzed once (typo look-ups cost most). */
const PLANS_KEPT = 1000;

function planFor(q: string, a: Analysis): { plan: Plan; corrected?: string } {
  let kept = a.plans.get(q);
  if (kept) {
    a.plans.delete(q); // most recently used last, so the oldest goes first
  } else {
    kept = newPlan(q, a);
    if (a.plans.size >= PLANS_KEPT) a.plans.delete(a.plans.keys().next().value!);
  }
  a.plans.set(q, kept);
  // A copy: a search replaces its plan's query (mode 'some').
  return { plan: { ...kept.plan }, corrected: kept.corrected };
}

function newPlan(q: string, a: Analysis): { plan: Plan; corrected?: string } {
  const analyzed = analyzeQuery(q, a.vocab, a.synonyms);
  const phraseSet = new Set(analyzed.phrase);
  const raw = analyzed.terms.map((t) => t.alternatives);
  const groups = safeGroups(raw);
  const primary = groups.map((g) => new Set(g.filter((t, i) => i === 0 || phraseSet.has(t))));
  return { plan: plan(groups, primary, analyzed.phrase.filter((t) => /^[\p{L}\p{N}]+$/u.test(t)), a), corrected: analyzed.corrected };
}

function contains(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether a field's terms (separated by single spaces) hold a term: no Set or padded copy per row. */
function holds(field: string, term: string): boolean {
  for (let i = field.indexOf(term); i >= 0; i = field.indexOf(term, i + 1)) {
    const end = i + term.length;
    if ((i === 0 || field.charCodeAt(i - 1) === 32) && (end === field.length || field.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/** Share of the query (weighted by how telling each word is) found in a field's terms; synonyms count for less. */
function coverage(field: string, p: Plan): number {
  let sum = 0;
  let total = 0;
  const groups = p.query.groups;
  for (let i = 0; i < groups.length; i++) {
    const w = p.weights[i]!;
    const primary = p.primary[i]!;
    total += w;
    let typed = false;
    let other = false;
    for (const t of groups[i]!) {
      if (!holds(field, t)) continue;
      if (primary.has(t)) {
        typed = true;
        break;
      }
      other = true;
    }
    if (typed) sum += w;
    else if (other) sum += 0.7 * w;
  }
  return total > 0 ? sum / total : 0;
}

const DAY_MS = 86_400_000;

/** Days as ms since the epoch: review dates repeat across the rows of every search, and Date.parse costs more than a look-up. */
const dayMsOf = new Map<string, number>();

function dayMs(date: string): number {
  const day = date.slice(0, 10);
  let ms = dayMsOf.get(day);
  if (ms === undefined) {
    ms = Date.parse(day);
    if (dayMsOf.size > 10_000) dayMsOf.clear();
    dayMsOf.set(day, ms);
  }
  return ms;
}

/**
 * The ranking rules, the same on both databases: title over summary over body, the exact phrase
 * and the words as typed over synonyms, a light boost for recently reviewed records, and records
 * that expired last.
 */
function rerank(rows: CandidateRow[], p: Plan, phraseIds: Set<number>, day: string): CandidateRow[] {
  let maxScore = 1e-9;
  for (const r of rows) if (r.score > maxScore) maxScore = r.score;
  const todayMs = dayMs(day);
  const scored = rows.map((row) => {
    const titleList = row.title_terms.split(' ');
    let s = 4 * coverage(row.title_terms, p) + 1.5 * coverage(row.summary_terms, p) + 2 * (row.score / maxScore);
    if (p.phrase.length >= 2 && contains(titleList, p.phrase)) s += 2;
    else if (p.phrase.length >= 2 && contains(row.summary_terms.split(' '), p.phrase)) s += 1.5;
    else if (phraseIds.has(row.id)) s += 1.5;
    // A short title that is all query ("Mantelzorgverlof" for "mantelzorgverlof") is the page about it.
    let titleWords = 0;
    for (const t of titleList) if (p.all.has(t)) titleWords++;
    if (titleList.length > 0) s += titleWords / titleList.length;
    if (row.last_reviewed_at) s += 0.3 * Math.max(0, 1 - (todayMs - dayMs(row.last_reviewed_at)) / DAY_MS / 730);
    return { row, s };
  });
  scored.sort((a, b) => a.row.expired - b.row.expired || b.s - a.s || a.row.id - b.row.id);
  return scored.map((x) => x.row);
}

/** Markdown to running text, for snippets. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/[*_`]+/g, '');
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

const stemOfWord = new Map<string, string>();

function termOf(word: string): string {
  let term = stemOfWord.get(word);
  if (term === undefined) {
    term = stem(fold(word));
    if (stemOfWord.size > 100_000) stemOfWord.clear();
    stemOfWord.set(word, term);
  }
  return term;
}

function isMatch(word: string, terms: Set<string>): boolean {
  return terms.has(termOf(word));
}

/** Letters and digits below code 128: most words of Dutch text are found without a regular expression. */
const ASCII_WORD = new Uint8Array(128);
for (const range of ['az', 'AZ', '09']) for (let c = range.charCodeAt(0); c <= range.charCodeAt(1); c++) ASCII_WORD[c] = 1;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * The terms of a query, and which words can stem to one of them. The stemmer and our rules only
 * change a word's end: a stem of two letters starts with the word's first letter, one of three with
 * its first two, a longer one with its first three (lower-cased). So a word whose first three
 * characters are ASCII is only stemmed when they fit a term that way (checked on every word of the
 * bench corpus and their usual endings); others are always stemmed.
 */
interface SnippetTerms {
  terms: Set<string>;
  /** undefined when a term has a single letter (its word may differ: "z" → "s") */
  filter?: { first: Set<number>; two: Set<number>; three: Set<number> };
}

const two = (a: number, b: number) => (a << 7) | b;
const three = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;

function snippetTerms(terms: Set<string>): SnippetTerms {
  const filter = { first: new Set<number>(), two: new Set<number>(), three: new Set<number>() };
  for (const t of terms) {
    if (t.length < 2) return { terms };
    if (t.length === 2) filter.first.add(t.charCodeAt(0));
    else if (t.length === 3) filter.two.add(two(t.charCodeAt(0), t.charCodeAt(1)));
    else filter.three.add(three(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)));
  }
  return { terms, filter };
}

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether the word text[start, end) can stem to a query term (see SnippetTerms); true when unsure. */
function mayMatch(text: string, start: number, end: number, f: NonNullable<SnippetTerms['filter']>): boolean {
  const a = lower(text.charCodeAt(start));
  if (a >= 128) return true;
  if (end - start === 1) return false;
  const b = lower(text.charCodeAt(start + 1));
  if (b >= 128) return true;
  if (f.first.has(a)) return true;
  if (end - start === 2) return false;
  const c = lower(text.charCodeAt(start + 2));
  return c >= 128 || f.two.has(two(a, b)) || f.three.has(three(a, b, c));
}

/**
 * The number of distinct query terms in the sentence text[from, to) (each term counted in the first
 * sentence i that has it, through seenIn). Its words are those of split(/[^\p{L}\p{M}\p{N}]+/u).
 */
function sentenceScore(text: string, from: number, to: number, t: SnippetTerms, seenIn: Map<string, number>, i: number): number {
  let found = 0;
  let pos = from;
  while (pos < to) {
    // Past the characters between words, then to the end of the word.
    const c = text.charCodeAt(pos);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCharAt(text, pos)) {
      pos += c < 128 ? 1 : codePointSize(text, pos);
      continue;
    }
    const start = pos;
    pos += c < 128 ? 1 : codePointSize(text, pos);
    while (pos < to) {
      const d = text.charCodeAt(pos);
      if (d < 128) {
        if (ASCII_WORD[d] === 0) break;
        pos++;
      } else {
        if (!isWordCharAt(text, pos)) break;
        pos += codePointSize(text, pos);
      }
    }
    if (t.filter && !mayMatch(text, start, pos, t.filter)) continue;
    const term = termOf(text.slice(start, pos));
    if (t.terms.has(term) && seenIn.get(term) !== i) {
      seenIn.set(term, i);
      found++;
    }
  }
  return found;
}

/** 2 for a surrogate pair at pos, else 1. */
function codePointSize(text: string, pos: number): number {
  return text.codePointAt(pos)! > 0xffff ? 2 : 1;
}

/** Whether the code point at pos (not ASCII) is a letter, mark or digit. */
function isWordCharAt(text: string, pos: number): boolean {
  return WORD_CHAR_RE.test(text.slice(pos, pos + codePointSize(text, pos)));
}

const SENTENCE_END_RE = /\n+|[.!?]\s+/g;
const SPACE_RE = /\s/;

/** White space as trim() takes it off. */
function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE_RE.test(String.fromCharCode(c));
}

/**
 * The sentence with the most distinct query terms (the first of equals), and its score. Sentences
 * end after . ! or ? and white space, and at line breaks, and are trimmed; empty ones do not count.
 * Sentences are scored where they are in the text: only the best one becomes a string.
 */
function bestSentence(text: string, t: SnippetTerms): { sentence: string; score: number } {
  let bestFrom = 0;
  let bestTo = 0;
  let bestScore = 0;
  // The sentence in which each term was last found: distinct terms per sentence without a Set each.
  const seenIn = new Map<string, number>();
  let i = 0;
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (;;) {
    const m = SENTENCE_END_RE.exec(text);
    let from = start;
    let to = m ? (m[0][0] === '\n' ? m.index : m.index + 1) : text.length;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (from < to) {
      const found = sentenceScore(text, from, to, t, seenIn, i++);
      // Whole sentences read better than headings or list items of a few words.
      const score = found + (found > 0 && to - from >= 60 ? 0.5 : 0);
      if (score > bestScore) {
        bestFrom = from;
        bestTo = to;
        bestScore = score;
      }
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { sentence: text.slice(bestFrom, bestTo), score: bestScore };
}

/** The sentence that matches most query terms, cut to about SNIPPET_LENGTH characters, matches marked. */
export function makeSnippet(body: string, summary: string, terms: Set<string>, prepared: SnippetTerms = snippetTerms(terms)): SnippetPart[] {
  const { sentence: best, score: bestScore } = bestSentence(plainText(body), prepared);
  let text = bestScore > 0 ? best : summary;
  if (text.length > SNIPPET_LENGTH) {
    let start = 0;
    const first = [...text.matchAll(WORD_RE)].find((m) => isMatch(m[0], terms));
    if (first?.index !== undefined && first.index > SNIPPET_LENGTH / 2) start = text.lastIndexOf(' ', first.index - 40) + 1;
    const end = text.lastIndexOf(' ', start + SNIPPET_LENGTH);
    text = (start > 0 ? '… ' : '') + text.slice(start, end > start ? end : start + SNIPPET_LENGTH) + ' …';
  }
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD_RE)) {
    if (!isMatch(m[0], terms)) continue;
    if (m.index! > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

function toHit(row: PageRow, expired: boolean, snippet: SnippetPart[]): SearchHit {
  return {
    kind: row.kind,
    refId: row.ref_id,
    url: row.url,
    type: row.type,
    title: row.title,
    summary: row.summary,
    snippet,
    lastReviewedAt: row.last_reviewed_at,
    validUntil: row.valid_until,
    expired,
  };
}

/**
 * Matches are counted up to this many. Above it the total is an estimate, and the candidates are
 * chosen without scoring every match: the store's score (bm25, ts_rank) costs per match.
 */
const COUNT_CAP = 1000;
const LARGE_SET_CANDIDATES = 100;
/** Up to this many matches the store scores them all (bm25, ts_rank); it costs some 20 µs a match. */
const SCORE_ALL_BELOW = 300;
/** Matches are not counted when the vocabulary estimates more than this many (and the rarest word has more than COUNT_CAP). */
const COUNT_WHEN_ESTIMATED_BELOW = 3 * COUNT_CAP;
const PHRASE_LOOKUP_BELOW = 500;
/** Below this many records with every word, records with some of the words follow them. */
const RELAX_BELOW = 5;

/** The share of all documents that pass the filter, from the counts per filter value (filters taken as independent). */
async function filterShare(db: Q, filter: DocumentFilter, a: Analysis): Promise<number> {
  if (repo.isUnfiltered(filter)) return 1;
  a.filterCounts ??= repo.countFilterValues(db);
  const counts = await a.filterCounts;
  const n = Math.max(1, a.documents);
  let share = 1;
  if (filter.kinds?.length) share *= Math.min(1, filter.kinds.reduce((sum, k) => sum + (counts.get(`kind:${k}`) ?? 0), 0) / n);
  if (filter.type) share *= (counts.get(`type:${filter.type}`) ?? 0) / n;
  if (filter.audience) share *= (counts.get(`audience:${filter.audience}`) ?? 0) / n;
  if (filter.theme) share *= (counts.get(`theme:${filter.theme}`) ?? 0) / n;
  return share;
}

/**
 * How many documents match, judged from how many hold each term (words taken as independent):
 * an estimate, and an upper bound (no more than the rarest word's documents).
 */
async function matchBounds(db: Q, query: TermQuery, filter: DocumentFilter, a: Analysis): Promise<{ estimate: number; upper: number }> {
  const n = Math.max(1, a.documents);
  const counts = query.groups.map((g) => Math.min(n, g.reduce((sum, t) => sum + (a.frequency.get(t) ?? 0), 0)));
  const shares = counts.map((c) => c / n);
  const all = query.mode === 'all';
  const share = all ? shares.reduce((x, y) => x * y, 1) : 1 - shares.reduce((x, y) => x * (1 - y), 1);
  const upper = all ? Math.min(...counts) : Math.min(n, counts.reduce((x, y) => x + y, 0));
  if (share * n <= COUNT_CAP) return { estimate: Math.round(share * n), upper };
  return { estimate: Math.round(n * share * (await filterShare(db, filter, a))), upper };
}

/** Two significant digits, and more than COUNT_CAP: it is "about" that many. */
function roughly(estimate: number): number {
  return Math.max(COUNT_CAP + 1, roughlyAny(estimate));
}

/** Two significant digits. */
function roughlyAny(estimate: number): number {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, estimate))) - 1);
  return Math.round(estimate / unit) * unit;
}

interface Candidates {
  total: number;
  /** total is an estimate (more than COUNT_CAP matches) */
  approximate: boolean;
  /** the share of all documents that match at most: counted, or the vocabulary's bound (for the store's choice of plan, see SearchStore.newestIds) */
  share: number;
  rows: CandidateRow[];
}

/**
 * The candidates to rank for a query: the best by the store's score, or, with very many matches,
 * the cheap way. Matches are counted (up to COUNT_CAP) unless the vocabulary says there are far
 * more: even a capped count reads every row's tsvector on PostgreSQL.
 */
async function candidatesFor(db: Q, query: TermQuery, filter: DocumentFilter, day: string, a: Analysis): Promise<Candidates> {
  const { estimate, upper } = await matchBounds(db, query, filter, a);
  const counted = upper <= COUNT_CAP || estimate <= COUNT_WHEN_ESTIMATED_BELOW ? await repo.countMatches(db, query, filter, COUNT_CAP) : undefined;
  if (counted === 0) return { total: 0, approximate: false, share: 0, rows: [] };
  const share = (counted !== undefined && counted <= COUNT_CAP ? counted : upper) / Math.max(1, a.documents);
  if (counted !== undefined && counted <= SCORE_ALL_BELOW) {
    return { total: counted, approximate: false, share, rows: await repo.listCandidates(db, query, filter, day, RERANK_WINDOW, 0) };
  }
  // Thousands of matches (a common word): rank the records with the words in the title and the
  // newest others by the shared rules, instead of scoring every match.
  const titled = await repo.listNewestCandidates(db, { ...query, titleOnly: true }, filter, day, LARGE_SET_CANDIDATES, 0, share);
  // Records with every word in the title outrank the others (rerank), so the others are only
  // needed when the titles do not fill the candidates.
  const newest = titled.length < LARGE_SET_CANDIDATES ? await repo.listNewestCandidates(db, query, filter, day, LARGE_SET_CANDIDATES, 0, share) : [];
  const seen = new Set(titled.map((r) => r.id));
  const rows = [...titled, ...newest.filter((r) => !seen.has(r.id))];
  if (counted !== undefined && counted <= COUNT_CAP) return { total: counted, approximate: false, share, rows };
  // Fewer than asked for: those were all the matches (the estimate was wrong), so the count is exact.
  if (counted === undefined && titled.length < LARGE_SET_CANDIDATES && newest.length < LARGE_SET_CANDIDATES) {
    return { total: newest.length, approximate: false, share: newest.length / Math.max(1, a.documents), rows };
  }
  return { total: roughly(estimate), approximate: true, share, rows };
}

/**
 * One page of ranked results. Records with every word come first; when there are only a few,
 * records with some of the words follow (so a question with one word no page uses still finds
 * its answer). The first candidates are ranked by the rules above, later pages by the store.
 */
async function rankedPage(
  db: Q,
  p: Plan,
  a: Analysis,
  filter: DocumentFilter,
  day: string,
  offset: number,
  limit: number,
): Promise<{ total: number; approximate: boolean; share: number; allWords: number; rows: CandidateRow[] }> {
  const all = await candidatesFor(db, p.query, filter, day, a);
  const relax = all.total < RELAX_BELOW && p.query.groups.length > 1;
  const someQuery: TermQuery = { ...p.query, mode: 'some' };
  const some = relax ? await candidatesFor(db, someQuery, filter, day, a) : undefined;
  const total = some ? some.total : all.total;
  const { approximate, share } = some ?? all;
  if (offset + limit > Math.max(all.rows.length, RERANK_WINDOW)) {
    // Later pages of a very large set follow the newest first, without scoring every match.
    const query = some ? someQuery : p.query;
    const rows = approximate ? await repo.listNewestCandidates(db, query, filter, day, limit, offset, share) : await repo.listCandidates(db, query, filter, day, limit, offset);
    return { total, approximate, share, allWords: all.total, rows };
  }
  const seen = new Set(all.rows.map((r) => r.id));
  const rest = (some?.rows ?? []).filter((r) => !seen.has(r.id));
  // The phrase in a body is looked up in the index while that is cheap; in titles and summaries it always counts (rerank).
  const phraseIds =
    p.phrase.length >= 2 && total <= PHRASE_LOOKUP_BELOW ? await repo.listPhraseMatches(db, [...all.rows, ...rest].map((r) => r.id), p.phrase) : new Set<number>();
  // Expired records go last of all, also after records with only some of the words (the sort is stable).
  const ranked = [...rerank(all.rows, p, phraseIds, day), ...rerank(rest, p, phraseIds, day)].sort((a, b) => a.expired - b.expired);
  return { total, approximate, share, allWords: all.total, rows: ranked.slice(offset, offset + limit) };
}

function facetList(counts: FacetCount[]): FacetCount[] {
  return counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Facets of an estimated total are counted among this many of the newest matches (each costs a few µs per facet). */
const FACET_SAMPLE = 300;

/**
 * Matches per type, audience and theme. With an estimated total (more than COUNT_CAP matches) they
 * are counted among the newest FACET_SAMPLE matches and scaled to the estimate: counting every match
 * per facet would cost hundreds of milliseconds for a common word.
 */
async function facetCounts(db: Q, query: TermQuery, filter: DocumentFilter, found: { total: number; approximate: boolean; share: number }): Promise<NonNullable<SearchResult['facets']>> {
  // Without an estimate there are at most COUNT_CAP matches: the sample is all of them.
  const counts = await repo.countFacets(db, query, filter, found.approximate ? FACET_SAMPLE : COUNT_CAP, found.share);
  let scale = (n: number) => n;
  if (found.approximate) {
    const sampled = counts.type.reduce((sum, t) => sum + t.count, 0);
    scale = (n) => Math.max(1, roughlyAny((n * found.total) / Math.max(1, sampled)));
  }
  const list = (rows: { value: string; count: number }[]) => facetList(rows.map(({ value, count }) => ({ value, count: scale(count) })));
  return {
    type: list(counts.type),
    audience: list(counts.facets.filter((f) => f.name === 'audience')),
    theme: list(counts.facets.filter((f) => f.name === 'theme')),
    ...(found.approximate ? { approximate: true } : {}),
  };
}

/**
 * Searches the index. Every word must match (a word matches through its stem, a compound's parts,
 * a corrected typo or a synonym); when nothing has every word, records with some of them are given.
 */
export async function search(db: Q, input: SearchQuery, options: { log?: boolean; cache?: boolean } = {}): Promise<SearchResult> {
  const started = performance.now();
  const query = normalizeQuery(input.q);
  const pageSize = Math.min(Math.max(input.pageSize ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const day = input.today ?? today();
  const filter: DocumentFilter = { kinds: input.kinds, type: input.type, audience: input.audience, theme: input.theme };
  const readers = db.isTransaction ? undefined : searchReadersOf(db as Db);
  // Cached results are keyed by the index version, which every write changes: never stale.
  const cacheKey = options.cache ? JSON.stringify([await repo.findVersion(db), query, filter, page, pageSize, day, input.facets ?? false]) : undefined;
  const cached = cacheKey !== undefined ? resultCache.get(cacheKey) : undefined;
  let result: SearchResult;
  if (cached) {
    result = { ...cached };
  } else {
    // A reader thread loads the vocabulary on its own connection; here it is only needed without one.
    const request: ReaderRequest = { query, filter, page, pageSize, day, facets: input.facets ?? false };
    result = readers ? await readers.run(request) : await searchUncached(db, await analysis(db), query, filter, page, pageSize, day, request.facets);
    if (cacheKey !== undefined) {
      if (resultCache.size >= RESULT_CACHE_SIZE) resultCache.delete(resultCache.keys().next().value!);
      resultCache.set(cacheKey, result);
    }
  }
  result.durationMs = Math.round(performance.now() - started);
  if (options.log && query) {
    const filters: Record<string, string | number> = {};
    for (const [key, value] of Object.entries({ type: input.type, audience: input.audience, theme: input.theme })) if (value) filters[key] = value;
    if (page > 1) filters.page = page;
    await logSearch(db, { query, filters, resultCount: result.total, durationMs: result.durationMs, createdAt: new Date().toISOString() });
  }
  return result;
}

/** The index version: a token that every write to the index changes (for keeping what is derived from results). */
export function indexVersion(db: Q): Promise<string> {
  return repo.findVersion(db);
}

/** A search as a reader thread gets it (see search.readers.ts): the query already normalized. */
export interface ReaderRequest {
  query: string;
  filter: DocumentFilter;
  page: number;
  pageSize: number;
  day: string;
  facets: boolean;
}

/** Runs a search on a reader thread's own connection. */
export async function searchOnReader(db: Q, r: ReaderRequest): Promise<SearchResult> {
  return searchUncached(db, await analysis(db), r.query, r.filter, r.page, r.pageSize, r.day, r.facets);
}

const resultCache = new Map<string, SearchResult>();
const RESULT_CACHE_SIZE = 1000;

async function searchUncached(db: Q, a: Analysis, query: string, filter: DocumentFilter, page: number, pageSize: number, day: string, facets: boolean): Promise<SearchResult> {
  const { plan: p, corrected } = planFor(query, a);
  let result: SearchResult;
  if (p.query.groups.length === 0) {
    result = { query, total: 0, page, pageSize, pageCount: 1, hits: [], mode: 'none', durationMs: 0 };
  } else {
    const found = await rankedPage(db, p, a, filter, day, (page - 1) * pageSize, pageSize);
    const mode: SearchResult['mode'] = found.allWords === 0 && found.total > 0 ? 'some' : 'all';
    if (found.total > found.allWords) p.query = { ...p.query, mode: 'some' };
    // The display columns and bodies of this page only (ranking read narrow columns).
    const shown = new Map((await repo.listPageRows(db, found.rows.map((r) => r.id), true)).map((r) => [r.id, r]));
    const prepared = snippetTerms(p.all);
    const hits = found.rows.flatMap((row) => {
      const r = shown.get(row.id);
      return r ? [toHit(r, row.expired === 1, makeSnippet(r.body ?? '', r.summary, p.all, prepared))] : [];
    });
    // With an estimated total, the pages offered are those known to exist (COUNT_CAP matches were counted).
    const pageCount = Math.max(1, Math.ceil(Math.min(found.total, found.approximate ? COUNT_CAP : Infinity) / pageSize));
    result = { query, total: found.total, page, pageSize, pageCount, hits, mode, durationMs: 0 };
    if (found.approximate) result.approximate = true;
    if (corrected && found.total > 0) result.corrected = corrected;
    if (facets) result.facets = await facetCounts(db, p.query, filter, found);
  }
  return result;
}

/**
 * Titles for the suggestions under the search box. The last word may be unfinished, so it also
 * matches the most frequent index terms that start with it.
 */
export async function suggest(db: Q, q: string, options: { kinds?: string[]; limit?: number; today?: string } = {}): Promise<Suggestion[]> {
  const query = normalizeQuery(q);
  if (query.length < 2) return [];
  const a = await analysis(db);
  const tokens = tokenize(query);
  const last = tokens.at(-1);
  const typing = last !== undefined && !/[\s\p{P}]$/u.test(q) && last.length >= 2;
  let p: Plan;
  const completions = typing ? complete(a, last) : [];
  if (completions.length > 0) {
    const head = planFor(query.slice(0, query.length - (query.match(/[\p{L}\p{M}\p{N}]+$/u)?.[0].length ?? 0)), a).plan;
    const group = safeGroups([completions])[0]!;
    p = plan([...head.query.groups, group], [...head.primary, new Set(group)], head.phrase, a);
  } else {
    p = planFor(query, a).plan;
  }
  if (p.query.groups.length === 0) return [];
  const found = await rankedPage(db, p, a, { kinds: options.kinds }, options.today ?? today(), 0, options.limit ?? 6);
  const shown = new Map((await repo.listPageRows(db, found.rows.map((r) => r.id), false)).map((r) => [r.id, r]));
  return found.rows.flatMap((row) => {
    const r = shown.get(row.id);
    return r ? [{ title: r.title, url: r.url, type: r.type }] : [];
  });
}

/** The most frequent index terms starting with the folded word being typed (its own stem first). */
function complete(a: Analysis, word: string): string[] {
  const prefix = fold(word);
  let lo = 0;
  let hi = a.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < a.sorted.length && a.sorted[i]!.startsWith(prefix) && found.length < 2000; i++) found.push(a.sorted[i]!);
  found.sort((x, y) => (a.frequency.get(y) ?? 0) - (a.frequency.get(x) ?? 0));
  const own = stem(prefix);
  return [...new Set([...(a.vocab.has(own) ? [own] : []), ...found.slice(0, 8)])];
}

// ---------------------------------------------------------------------------------------------
// Synonyms (data that editors manage)

export interface SynonymGroup {
  id: number;
  words: string[];
}

export async function listSynonymGroups(db: Q): Promise<SynonymGroup[]> {
  return (await repo.listSynonymGroups(db)).map((g) => ({ id: g.id, words: JSON.parse(g.words) as string[] }));
}

/** Replaces every synonym group. Each group needs two or more different words or short phrases. */
export async function replaceSynonymGroups(db: Q, groups: string[][], actor: Actor = SYSTEM_ACTOR): Promise<void> {
  const fields: Record<string, string> = {};
  const clean = groups.map((group, i) => {
    const words = [...new Set(group.map((w) => w.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean))];
    if (words.length < 2) fields[`groups.${i}`] = 'Een groep heeft minstens twee verschillende woorden nodig.';
    if (words.some((w) => w.length > 60 || w.split(' ').length > 4 || !/[\p{L}\p{N}]/u.test(w))) {
      fields[`groups.${i}`] = 'Gebruik woorden of korte uitdrukkingen van hoogstens vier woorden en 60 tekens.';
    }
    return words;
  });
  if (groups.length > 1000) fields.groups = 'Hoogstens 1000 groepen.';
  if (Object.keys(fields).length) throw new ValidationError('De synoniemen kloppen niet.', fields);
  await inTransaction(db, async (tx) => {
    await repo.lockForWrite(tx);
    const before = (await listSynonymGroups(tx)).map((g) => g.words);
    await repo.replaceSynonymGroups(tx, clean);
    await touch(tx);
    await recordChange(tx, actor, { action: 'search.synonyms', entityType: 'synonyms', before, after: clean });
  });
}

// ---------------------------------------------------------------------------------------------
// Search log (for editors): what people looked for, never who

type LogRow = Parameters<typeof repo.insertLogs>[1][number];

/** Log rows waiting to be written, per database: one insert for many searches keeps writes off the request path. */
const pendingLogs = new Map<Q, LogRow[]>();
const LOG_BATCH = 100;
const LOG_FLUSH_MS = 1000;
let logTimer: NodeJS.Timeout | undefined;

/**
 * Records a search. Outside a transaction the row is written within a second (or with the next
 * hundred searches, or when the log is read or the app closes), in one insert with the others.
 */
export async function logSearch(db: Q, entry: SearchLogEntry): Promise<void> {
  const row: LogRow = {
    query: entry.query.slice(0, MAX_QUERY_LENGTH),
    filters: JSON.stringify(entry.filters).slice(0, 500),
    result_count: entry.resultCount,
    duration_ms: Math.max(0, Math.round(entry.durationMs)),
    created_at: entry.createdAt,
  };
  if (db.isTransaction) return repo.insertLogs(db, [row]);
  const rows = pendingLogs.get(db) ?? [];
  rows.push(row);
  pendingLogs.set(db, rows);
  if (rows.length >= LOG_BATCH) return flushSearchLog(db);
  logTimer ??= setTimeout(() => {
    logTimer = undefined;
    for (const pending of [...pendingLogs.keys()]) void flushSearchLog(pending).catch(() => undefined);
  }, LOG_FLUSH_MS).unref();
}

/** The log write under way per database, so a reader also waits for rows another flush has taken. */
const logWrites = new Map<Q, Promise<unknown>>();

/** Writes the waiting log rows of this database now (before reading the log, and when the app closes). */
export async function flushSearchLog(db: Q): Promise<void> {
  const rows = pendingLogs.get(db);
  if (rows?.length) {
    pendingLogs.delete(db);
    const write = (logWrites.get(db) ?? Promise.resolve()).then(() => repo.insertLogs(db, rows));
    const tracked = write.catch(() => undefined);
    logWrites.set(db, tracked);
    void tracked.then(() => {
      if (logWrites.get(db) === tracked) logWrites.delete(db);
    });
    await write;
    return;
  }
  await logWrites.get(db);
}

export async function listRecentSearches(db: Q, options: { limit?: number; since?: string; zeroResultsOnly?: boolean } = {}): Promise<SearchLogEntry[]> {
  await flushSearchLog(db);
  const rows = await repo.listLog(db, { limit: Math.min(options.limit ?? 100, 1000), zeroOnly: options.zeroResultsOnly ?? false, since: options.since });
  return rows.map((r) => ({
    query: r.query,
    filters: JSON.parse(r.filters) as Record<string, string | number>,
    resultCount: Number(r.result_count),
    durationMs: Number(r.duration_ms),
    createdAt: r.created_at,
  }));
}

/** Queries that found nothing, most frequent first: what the editors should write about. */
export async function listZeroResultQueries(db: Q, options: { limit?: number; since?: string } = {}): Promise<{ query: string; count: number; lastAt: string }[]> {
  await flushSearchLog(db);
  return repo.countZeroResultQueries(db, { limit: Math.min(options.limit ?? 50, 1000), since: options.since });
}
