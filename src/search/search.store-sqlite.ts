/** SQLite store: an FTS5 table with external content (search_documents), ranked with bm25. */
import { sql } from 'kysely';
import type { Q, SearchStore, StoreTerms, TermQuery } from './search.store.js';

// Column weights for bm25: title over summary over body.
const WEIGHTS = sql.raw('10.0, 4.0, 1.0');

function matchExpression(query: TermQuery): string {
  const groups = query.groups.map((g) => `(${g.map((t) => `"${t}"`).join(' OR ')})`);
  return groups.join(query.mode === 'all' ? ' AND ' : ' OR ');
}

/** Titles have an index of their own (search_title_fts): a column filter on search_fts walks every match. */
function ftsTable(query: TermQuery) {
  return sql.raw(query.titleOnly ? 'search_title_fts' : 'search_fts');
}

/**
 * The matches, through the narrow covering index, not the table: ordering and filtering thousands of
 * matches then never reads a document's long text (see search_documents_rank_idx).
 */
function matchFrom(query: TermQuery) {
  const fts = ftsTable(query);
  return sql`from ${fts} join search_documents d indexed by search_documents_rank_idx on d.id = ${fts}.rowid where ${fts} match ${matchExpression(query)}`;
}

export function createSqliteStore(): SearchStore {
  return {
    dialect: 'sqlite',
    match(query) {
      const fts = ftsTable(query);
      return {
        from: matchFrom(query),
        score: query.titleOnly ? sql<number>`(-bm25(${fts}))` : sql<number>`(-bm25(${fts}, ${WEIGHTS}))`,
      };
    },
    countAll(query, cap) {
      const fts = ftsTable(query);
      return sql<{ n: number }>`select count(*) as n from (select 1 from ${fts} where ${fts} match ${matchExpression(query)} limit ${cap + 1})`;
    },
    newestIds(query, limit, offset, options = {}) {
      // The full-text index walks its matches in rowid order, so a LIMIT stops early: `share` does not matter.
      const fts = ftsTable(query);
      if (options.filter) return sql<{ id: number }>`select d.id ${matchFrom(query)} and ${options.filter} order by ${fts}.rowid desc limit ${limit} offset ${offset}`;
      // Without the join, FTS5 sees the LIMIT and stops after that many matches (with it, it merges far more).
      return sql<{ id: number }>`select rowid as id from ${fts} where ${fts} match ${matchExpression(query)} order by rowid desc limit ${limit} offset ${offset}`;
    },
    phrase(terms) {
      return sql<boolean>`d.id in (select rowid from search_fts where search_fts match ${`"${terms.join(' ')}"`})`;
    },
    async added(db: Q, id: number, t: StoreTerms) {
      await sql`insert into search_fts (rowid, title_terms, summary_terms, body_terms) values (${id}, ${t.title_terms}, ${t.summary_terms}, ${t.body_terms})`.execute(db);
      await sql`insert into search_title_fts (rowid, title_terms) values (${id}, ${t.title_terms})`.execute(db);
    },
    async removing(db: Q, id: number, t: StoreTerms) {
      await sql`insert into search_fts (search_fts, rowid, title_terms, summary_terms, body_terms) values ('delete', ${id}, ${t.title_terms}, ${t.summary_terms}, ${t.body_terms})`.execute(
        db,
      );
      await sql`insert into search_title_fts (search_title_fts, rowid, title_terms) values ('delete', ${id}, ${t.title_terms})`.execute(db);
    },
    // SQLite has one writer at a time: a write transaction holds the whole database.
    async lockForWrite() {},
    async clearForRebuild(db: Q) {
      // The full-text tables hold external content: 'rebuild' (after the load) starts them afresh.
      await sql`delete from search_facets`.execute(db);
      await sql`delete from search_documents`.execute(db);
      await sql`delete from search_terms`.execute(db);
    },
    async rebuild(db: Q) {
      await sql`insert into search_fts (search_fts) values ('rebuild')`.execute(db);
      await sql`insert into search_title_fts (search_title_fts) values ('rebuild')`.execute(db);
      // A rebuild leaves each term's list of documents spread over many segments, which every match
      // then merges; one segment made the full-text part of a search two to six times cheaper at
      // 100,000 documents (bench/search-profile.ts), for about 1.5 s more per reindex.
      await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
      await sql`insert into search_title_fts (search_title_fts) values ('optimize')`.execute(db);
      // Fresh planner statistics for the rebuilt tables, as the PostgreSQL store takes them. Statistics
      // from when they were nearly empty (an `analyze` on a new installation) made every search after
      // pick worse plans: 6.2 ms CPU per search at 100,000 documents instead of 2.6. A sample (the
      // analysis limit) is enough for the planner and keeps this to a fraction of a second.
      await sql`pragma analysis_limit = 1000`.execute(db);
      for (const table of ['search_documents', 'search_facets', 'search_terms']) await sql`analyze ${sql.id(table)}`.execute(db);
      await sql`pragma analysis_limit = 0`.execute(db);
    },
    async sizeBytes(db: Q) {
      try {
        const r = await sql<{ n: number }>`select coalesce(sum(pgsize), 0) as n from dbstat where name like 'search_%' or name like 'sqlite_autoindex_search_%'`.execute(db);
        return Number(r.rows[0]?.n ?? 0);
      } catch {
        return 0; // dbstat not compiled in
      }
    },
  };
}
