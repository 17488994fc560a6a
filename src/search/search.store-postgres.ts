/** PostgreSQL store: a generated tsvector ('simple' config over the analyzer's terms) with a GIN index. */
import { sql } from 'kysely';
import type { SearchStore, TermQuery } from './search.store.js';

function tsquery(query: TermQuery): string {
  const groups = query.groups.map((g) => `(${g.map((t) => `'${t}'`).join(' | ')})`);
  return groups.join(query.mode === 'all' ? ' & ' : ' | ');
}

/** Titles have a tsvector and GIN index of their own: a weight (:A) in the query is checked row by row. */
function column(query: TermQuery) {
  return sql.raw(query.titleOnly ? 'd.title_tsv' : 'd.tsv');
}

export function createPostgresStore(): SearchStore {
  return {
    dialect: 'postgres',
    match(query) {
      const q = tsquery(query);
      const tsv = column(query);
      return {
        from: sql`from search_documents d where ${tsv} @@ to_tsquery('simple', ${q})`,
        // Weights {D, C, B, A}: body 0.1, summary 0.4, title 1.0 (the same order as bm25's column weights);
        // normalisation 1 divides by 1 + log(length), as bm25 does not favour long pages.
        score: sql<number>`ts_rank('{0, 0.1, 0.4, 1.0}', ${tsv}, to_tsquery('simple', ${q}), 1)`,
        newest: sql`d.id desc`,
      };
    },
    countAll(query, cap) {
      return sql<{ n: number }>`select count(*) as n from (select 1 from search_documents d where ${column(query)} @@ to_tsquery('simple', ${tsquery(query)}) limit ${cap + 1}) m`;
    },
    newestIds(query, limit, offset) {
      return sql<{ id: number }>`select d.id from search_documents d where ${column(query)} @@ to_tsquery('simple', ${tsquery(query)}) order by d.id desc limit ${limit} offset ${offset}`;
    },
    phrase(terms) {
      return sql<boolean>`d.tsv @@ to_tsquery('simple', ${terms.map((t) => `'${t}'`).join(' <-> ')})`;
    },
    async added() {},
    async removing() {},
    async lockForWrite(db) {
      await sql`select version from search_state where id = 1 for update`.execute(db);
    },
    async clearForRebuild(db) {
      // Truncating is instant where deleting 100,000 rows is not, and a GIN index built once at the
      // end costs a fraction of keeping it up to date row by row. Both take the table's exclusive
      // lock until the reindex commits: searches wait for it (a minute at 100,000 records).
      await sql`truncate search_facets, search_documents, search_terms`.execute(db);
      await sql`drop index if exists search_documents_tsv_idx`.execute(db);
      await sql`drop index if exists search_documents_title_tsv_idx`.execute(db);
    },
    async rebuild(db) {
      await sql`create index if not exists search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
      await sql`create index if not exists search_documents_title_tsv_idx on search_documents using gin (title_tsv)`.execute(db);
      await sql`analyze search_documents`.execute(db);
      await sql`analyze search_facets`.execute(db);
    },
    async sizeBytes(db) {
      const r = await sql<{ n: string }>`select (pg_total_relation_size('search_documents') + pg_total_relation_size('search_facets') + pg_total_relation_size('search_terms'))::text as n`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  };
}
