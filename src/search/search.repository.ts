/** All SQL of the search feature that is the same on both databases. db or transaction first; returns rows. */
import { sql, type CompiledQuery } from 'kysely';
import type { NewSearchDocumentRow, SearchDocumentRow, SearchLogRow } from './search.table.js';
import { storeFor, type Q, type StoreTerms, type TermQuery } from './search.store.js';

export interface DocumentFilter {
  kinds?: string[];
  type?: string;
  audience?: string;
  theme?: string;
}

/** What ranking needs of a match: narrow columns only (the display columns are read for the page alone, see listPageRows). */
export type CandidateRow = Pick<SearchDocumentRow, 'id' | 'last_reviewed_at' | 'title_terms' | 'summary_terms'> & { score: number; expired: number };

/** What a result shows. */
export type PageRow = Pick<SearchDocumentRow, 'id' | 'kind' | 'ref_id' | 'url' | 'type' | 'title' | 'summary' | 'last_reviewed_at' | 'valid_until'>;

function filterSql(f: DocumentFilter) {
  const parts = [sql`1 = 1`];
  if (f.kinds?.length) parts.push(sql`d.kind in (${sql.join(f.kinds)})`);
  if (f.type) parts.push(sql`d.type = ${f.type}`);
  if (f.audience) parts.push(sql`exists (select 1 from search_facets fa where fa.document_id = d.id and fa.name = 'audience' and fa.value = ${f.audience})`);
  if (f.theme) parts.push(sql`exists (select 1 from search_facets ft where ft.document_id = d.id and ft.name = 'theme' and ft.value = ${f.theme})`);
  return sql.join(parts, sql` and `);
}

export function isUnfiltered(filter: DocumentFilter): boolean {
  return !filter.kinds?.length && !filter.type && !filter.audience && !filter.theme;
}

/** The number of matches, counted up to cap + 1: counting tens of thousands of matches exactly costs more than the search. */
export async function countMatches(db: Q, query: TermQuery, filter: DocumentFilter, cap: number): Promise<number> {
  const store = storeFor(db);
  const r = isUnfiltered(filter)
    ? await store.countAll(query, cap).execute(db)
    : await sql<{ n: number }>`select count(*) as n from (select 1 ${store.match(query).from} and ${filterSql(filter)} limit ${cap + 1}) m`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** How many documents each filter value lets through (for estimating large result counts). */
export async function countFilterValues(db: Q) {
  const [kinds, types, facets] = await Promise.all([
    sql<{ value: string; n: number }>`select kind as value, count(*) as n from search_documents group by kind`.execute(db),
    sql<{ value: string; n: number }>`select type as value, count(*) as n from search_documents group by type`.execute(db),
    sql<{ name: string; value: string; n: number }>`select name, value, count(*) as n from search_facets group by name, value`.execute(db),
  ]);
  const map = new Map<string, number>();
  for (const r of kinds.rows) map.set(`kind:${r.value}`, Number(r.n));
  for (const r of types.rows) map.set(`type:${r.value}`, Number(r.n));
  for (const r of facets.rows) map.set(`${r.name}:${r.value}`, Number(r.n));
  return map;
}

/** Matching documents: those still valid first, then by the store's score. */
export async function listCandidates(db: Q, query: TermQuery, filter: DocumentFilter, today: string, limit: number, offset: number): Promise<CandidateRow[]> {
  const { from, score } = storeFor(db).match(query);
  // Ordering first, on narrow columns only; the text columns are read for the page alone.
  const r = await sql<CandidateRow>`with top as (
      select d.id, ${score} as score, case when d.valid_until is not null and d.valid_until < ${today} then 1 else 0 end as expired
      ${from} and ${filterSql(filter)}
      order by expired, score desc, d.id
      limit ${limit} offset ${offset})
    select d.id, d.last_reviewed_at, d.title_terms, d.summary_terms, top.score, top.expired
    from top join search_documents d on d.id = top.id
    order by top.expired, top.score desc, d.id`.execute(db);
  return r.rows.map((row) => ({ ...row, score: Number(row.score), expired: Number(row.expired) }));
}

/** `SELECT id` of the newest matches; `share` is the share of all documents that match at most (see SearchStore.newestIds). */
function newestIds(db: Q, query: TermQuery, filter: DocumentFilter, limit: number, offset: number, share: number) {
  return storeFor(db).newestIds(query, limit, offset, { filter: isUnfiltered(filter) ? undefined : filterSql(filter), share });
}

/**
 * The newest matching documents, without scoring: with tens of thousands of matches, scoring
 * them all costs more than it tells. The store can stop after `limit` matches, or, with few
 * matches (a small `share`), collect them all through its index and sort them.
 */
export async function listNewestCandidates(db: Q, query: TermQuery, filter: DocumentFilter, today: string, limit: number, offset: number, share: number): Promise<CandidateRow[]> {
  const top = newestIds(db, query, filter, limit, offset, share);
  const r = await sql<CandidateRow>`with top as (${top})
    select d.id, d.last_reviewed_at, d.title_terms, d.summary_terms, 0 as score,
      case when d.valid_until is not null and d.valid_until < ${today} then 1 else 0 end as expired
    from top join search_documents d on d.id = top.id
    order by d.id desc`.execute(db);
  return r.rows.map((row) => ({ ...row, score: 0, expired: Number(row.expired) }));
}

/** Which of these documents contain the terms as a phrase. */
export async function listPhraseMatches(db: Q, ids: number[], terms: string[]): Promise<Set<number>> {
  if (ids.length === 0 || terms.length < 2) return new Set();
  const r = await sql<{ id: number }>`select d.id from search_documents d where d.id in (${sql.join(ids)}) and ${storeFor(db).phrase(terms)}`.execute(db);
  return new Set(r.rows.map((row) => Number(row.id)));
}

/**
 * Matches per type and per facet value, among the newest `sample` matches (with tens of thousands
 * of matches, counting them all costs far more than the search). One statement: the matches are
 * found once (a CTE used twice is materialized on both databases).
 */
export async function countFacets(db: Q, query: TermQuery, filter: DocumentFilter, sample: number, share: number) {
  const ids = newestIds(db, query, filter, sample, 0, share);
  const r = await sql<{ name: string; value: string; n: number }>`with m as (${ids})
    select 'type' as name, d.type as value, count(*) as n from search_documents d where d.id in (select id from m) group by d.type
    union all
    select f.name, f.value, count(*) as n from search_facets f where f.document_id in (select id from m) group by f.name, f.value`.execute(db);
  const types = { rows: r.rows.filter((row) => row.name === 'type') };
  const facets = { rows: r.rows.filter((row) => row.name !== 'type') };
  return {
    type: types.rows.map((r) => ({ value: r.value, count: Number(r.n) })),
    facets: facets.rows.map((r) => ({ name: r.name, value: r.value, count: Number(r.n) })),
  };
}

/** The display columns of a page of results, with the body (for snippets) when asked. */
export async function listPageRows(db: Q, ids: number[], withBody: boolean): Promise<(PageRow & { body?: string })[]> {
  if (ids.length === 0) return [];
  // Plain SQL: every search runs this, and a built query costs more to compile.
  const r = await sql<PageRow & { body?: string }>`select id, kind, ref_id, url, type, title, summary, last_reviewed_at, valid_until${withBody ? sql`, body` : sql``}
    from search_documents where id in (${sql.join(ids)})`.execute(db);
  return r.rows;
}

/** A record's row in the index, every column but the store's own. */
export function findDocument(db: Q, kind: string, refId: number) {
  return db
    .selectFrom('search_documents')
    .select(['id', 'kind', 'ref_id', 'url', 'type', 'title', 'summary', 'body', 'last_reviewed_at', 'valid_until', 'title_terms', 'summary_terms', 'body_terms'])
    .where('kind', '=', kind)
    .where('ref_id', '=', refId)
    .executeTakeFirst();
}

export function listFacets(db: Q, documentId: number) {
  return db.selectFrom('search_facets').select(['name', 'value']).where('document_id', '=', documentId).execute();
}

export async function insertDocument(db: Q, row: NewSearchDocumentRow): Promise<number> {
  const { id } = await db.insertInto('search_documents').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertDocuments(db: Q, rows: NewSearchDocumentRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('search_documents').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

export async function updateDocument(db: Q, id: number, row: NewSearchDocumentRow): Promise<void> {
  await db.updateTable('search_documents').set(row).where('id', '=', id).execute();
}

export async function deleteDocument(db: Q, id: number): Promise<void> {
  await db.deleteFrom('search_facets').where('document_id', '=', id).execute();
  await db.deleteFrom('search_documents').where('id', '=', id).execute();
}

export async function replaceFacets(db: Q, id: number, facets: { name: string; value: string }[]): Promise<void> {
  await db.deleteFrom('search_facets').where('document_id', '=', id).execute();
  await insertFacets(db, facets.map((f) => ({ document_id: id, ...f })));
}

export async function insertFacets(db: Q, rows: { document_id: number; name: string; value: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('search_facets').values(rows.slice(i, i + 1000)).execute();
}

export async function deleteAllDocuments(db: Q): Promise<void> {
  await storeFor(db).clearForRebuild(db);
}

export async function lockForWrite(db: Q): Promise<void> {
  await storeFor(db).lockForWrite(db);
}

/** Adds delta to the document count of each term; terms no document uses any more are removed. */
export async function adjustTerms(db: Q, terms: string[], delta: number): Promise<void> {
  for (let i = 0; i < terms.length; i += 500) {
    const chunk = terms.slice(i, i + 500);
    if (delta > 0) {
      await db
        .insertInto('search_terms')
        .values(chunk.map((term) => ({ term, doc_count: delta })))
        .onConflict((oc) => oc.column('term').doUpdateSet({ doc_count: sql`search_terms.doc_count + ${delta}` }))
        .execute();
    } else {
      await db.updateTable('search_terms').set({ doc_count: sql`doc_count + ${delta}` }).where('term', 'in', chunk).execute();
    }
  }
  if (delta < 0) await db.deleteFrom('search_terms').where('doc_count', '<=', 0).execute();
}

export async function insertTerms(db: Q, counts: Map<string, number>): Promise<void> {
  const rows = Array.from(counts, ([term, doc_count]) => ({ term, doc_count }));
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('search_terms').values(rows.slice(i, i + 1000)).execute();
}

export function listTerms(db: Q) {
  return db.selectFrom('search_terms').select(['term', 'doc_count']).execute();
}

/** The version query compiled once per database (every search asks it; Kysely compiles a built query on every run). */
const versionQueries = new WeakMap<object, CompiledQuery<{ version: string }>>();

export async function findVersion(db: Q): Promise<string> {
  const key = db.getExecutor().adapter; // shared by a database and its transactions
  let query = versionQueries.get(key);
  if (!query) {
    query = db.selectFrom('search_state').select('version').where('id', '=', 1).compile();
    versionQueries.set(key, query);
  }
  const r = await db.executeQuery(query);
  return r.rows[0]?.version ?? 'none';
}

export async function setVersion(db: Q, version: string): Promise<void> {
  await db.updateTable('search_state').set({ version }).where('id', '=', 1).execute();
}

export function listSynonymGroups(db: Q) {
  return db.selectFrom('search_synonym_groups').select(['id', 'words']).orderBy('position').orderBy('id').execute();
}

export async function replaceSynonymGroups(db: Q, groups: string[][]): Promise<void> {
  await db.deleteFrom('search_synonym_groups').execute();
  if (groups.length) await db.insertInto('search_synonym_groups').values(groups.map((words, position) => ({ position, words: JSON.stringify(words) }))).execute();
}

export async function insertLogs(db: Q, rows: { query: string; filters: string; result_count: number; duration_ms: number; created_at: string }[]): Promise<void> {
  if (rows.length) await db.insertInto('search_log').values(rows).execute();
}

export function listLog(db: Q, options: { limit: number; zeroOnly: boolean; since?: string }): Promise<SearchLogRow[]> {
  let q = db.selectFrom('search_log').selectAll();
  if (options.zeroOnly) q = q.where('result_count', '=', 0);
  if (options.since) q = q.where('created_at', '>=', options.since);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export async function countZeroResultQueries(db: Q, options: { limit: number; since?: string }) {
  let q = db
    .selectFrom('search_log')
    .select(['query', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('created_at').as('last_at')])
    .where('result_count', '=', 0);
  if (options.since) q = q.where('created_at', '>=', options.since);
  const rows = await q.groupBy('query').orderBy('n', 'desc').orderBy('last_at', 'desc').limit(options.limit).execute();
  return rows.map((r) => ({ query: r.query, count: Number(r.n), lastAt: String(r.last_at) }));
}

export async function storeTerms(db: Q, id: number, terms: StoreTerms, kind: 'added' | 'removing'): Promise<void> {
  await storeFor(db)[kind](db, id, terms);
}

export async function countDocuments(db: Q): Promise<number> {
  const r = await db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export function listKeys(db: Q, kind: string, keys: string[]) {
  return db.selectFrom('search_keys').select(['id', 'key']).where('kind', '=', kind).where('key', 'in', keys).execute();
}

export async function insertKey(db: Q, kind: string, key: string): Promise<number> {
  const { id } = await db.insertInto('search_keys').values({ kind, key }).returning('id').executeTakeFirstOrThrow();
  return id;
}
