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
    phrase(terms) {
      return sql<boolean>`d.tsv @@ to_tsquery('simple', ${terms.map((t) => `'${t}'`).join(' <-> ')})`;
    },
    async added() {},
    async removing() {},
    async rebuild(db) {
      await sql`analyze search_documents`.execute(db);
    },
    async sizeBytes(db) {
      const r = await sql<{ n: string }>`select (pg_total_relation_size('search_documents') + pg_total_relation_size('search_facets') + pg_total_relation_size('search_terms'))::text as n`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    },
  };
}
