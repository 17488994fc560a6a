/** SQLite store: an FTS5 table with external content (search_documents), ranked with bm25. */
import { sql } from 'kysely';
import type { Q, SearchStore, StoreTerms, TermQuery } from './search.store.js';

// Column weights for bm25: title over summary over body.
const WEIGHTS = sql.raw('10.0, 4.0, 1.0');

function matchExpression(query: TermQuery): string {
  const groups = query.groups.map((g) => `(${g.map((t) => `"${t}"`).join(' OR ')})`);
  const expression = groups.join(query.mode === 'all' ? ' AND ' : ' OR ');
  return query.titleOnly ? `title_terms : (${expression})` : expression;
}

export function createSqliteStore(): SearchStore {
  return {
    dialect: 'sqlite',
    match(query) {
      return {
        // The narrow covering index, not the table: ordering and filtering thousands of matches then
        // never reads a document's long text (see search_documents_rank_idx).
        from: sql`from search_fts join search_documents d indexed by search_documents_rank_idx on d.id = search_fts.rowid where search_fts match ${matchExpression(query)}`,
        score: sql<number>`(-bm25(search_fts, ${WEIGHTS}))`,
        // The full-text index walks its matches in rowid order, so a LIMIT stops early.
        newest: sql`search_fts.rowid desc`,
      };
    },
    countAll(query) {
      return sql<{ n: number }>`select count(*) as n from search_fts where search_fts match ${matchExpression(query)}`;
    },
    phrase(terms) {
      return sql<boolean>`d.id in (select rowid from search_fts where search_fts match ${`"${terms.join(' ')}"`})`;
    },
    async added(db: Q, id: number, t: StoreTerms) {
      await sql`insert into search_fts (rowid, title_terms, summary_terms, body_terms) values (${id}, ${t.title_terms}, ${t.summary_terms}, ${t.body_terms})`.execute(db);
    },
    async removing(db: Q, id: number, t: StoreTerms) {
      await sql`insert into search_fts (search_fts, rowid, title_terms, summary_terms, body_terms) values ('delete', ${id}, ${t.title_terms}, ${t.summary_terms}, ${t.body_terms})`.execute(
        db,
      );
    },
    async rebuild(db: Q) {
      await sql`insert into search_fts (search_fts) values ('rebuild')`.execute(db);
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
