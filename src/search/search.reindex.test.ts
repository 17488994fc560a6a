/**
 * A full reindex while the site is in use, on both databases: a change indexed during the rebuild
 * is kept, and a failed rebuild leaves the old index. On PostgreSQL the rebuild also must not block
 * searches: the reindex is held half-way (a source that waits) and a search with a lock timeout
 * answers from the old index meanwhile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';
import type { Db } from '../db/database.js';
import * as search from './search.service.js';
import { allSearchSources } from './search.sources.js';
import type { SearchDocument, SearchSource } from './search.model.js';

function doc(refId: number, title: string): SearchDocument {
  return {
    kind: 'reindex-test',
    refId,
    url: `/test/${refId}`,
    type: 'article',
    title,
    summary: 'Een pagina voor de test van het herindexeren.',
    body: 'Deze pagina bestaat alleen in de test.',
    audiences: ['mantelzorgers'],
    themes: ['werk'],
    lastReviewedAt: '2026-06-01',
    validUntil: null,
  };
}

const NEW_DOCS = [doc(1, 'Zwubbelkaart aanvragen'), doc(2, 'Zwubbelkaart verlengen'), doc(3, 'Zwubbelkaart verloren')];

/** A source whose second batch, while indexing (not while building the vocabulary), waits until released. */
function heldSource(): { source: SearchSource; reached: Promise<void>; release: () => void } {
  let reach!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let passes = 0;
  const source: SearchSource = {
    kind: 'reindex-test',
    count: async () => NEW_DOCS.length,
    async *documents() {
      passes++;
      yield NEW_DOCS.slice(0, 1);
      if (passes === 2) {
        reach();
        await released;
      }
      yield NEW_DOCS.slice(1);
    },
  };
  return { source, reached, release };
}

const failingSource: SearchSource = {
  kind: 'reindex-test',
  count: async () => 1,
  async *documents() {
    yield [doc(9, 'Zwubbelkaart mislukt')];
    throw new Error('bron kapot');
  },
};

async function countDocuments(db: Db): Promise<number> {
  return Number((await db.selectFrom('search_documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

const urls = (r: search.SearchResult) => r.hits.map((h) => h.url);

/** The names of the index tables' indexes and constraints, and the columns' statistics targets (PostgreSQL), which a rebuild must keep. */
async function schemaNames(db: Db): Promise<string[]> {
  const r = await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename in ('search_documents', 'search_facets', 'search_terms')
    union all select conname from pg_constraint where conrelid in ('search_documents'::regclass, 'search_facets'::regclass, 'search_terms'::regclass)
    union all select pg_get_serial_sequence('search_documents', 'id')
    union all select attname || ' statistics ' || attstattarget from pg_attribute where attrelid = 'search_documents'::regclass and attstattarget >= 0`.execute(db);
  return r.rows.map((row) => row.name).sort();
}

forEachDialect('full reindex while the site is in use', (ctx) => {
  test('a failed reindex leaves the old index as it was', async () => {
    const before = await search.search(ctx.db, { q: 'mantelzorgverlof' });
    const documents = await countDocuments(ctx.db);
    await assert.rejects(search.reindex(ctx.db, [...allSearchSources(), failingSource]), /bron kapot/);
    assert.equal(await countDocuments(ctx.db), documents);
    assert.deepEqual(urls(await search.search(ctx.db, { q: 'mantelzorgverlof' })), urls(before));
    assert.equal((await search.search(ctx.db, { q: 'zwubbelkaart' })).total, 0);
    if (ctx.dialect === 'postgres') {
      const left = await sql<{ n: number }>`select count(*) as n from pg_tables where schemaname = 'search_rebuild'`.execute(ctx.db);
      assert.equal(Number(left.rows[0]!.n), 0);
    }
  });

  test('a record indexed while a reindex runs is in the new index', async () => {
    const held = heldSource();
    const names = ctx.dialect === 'postgres' ? await schemaNames(ctx.db) : [];
    const rebuilding = search.reindex(ctx.db, [...allSearchSources(), held.source]);
    await held.reached;
    // An editor saves a record meanwhile: its index write waits for the reindex (the index's write lock), then lands in the new index.
    const writing = search.indexDocument(ctx.db, doc(4, 'Zwubbelkaart tijdens het herindexeren'));
    if (ctx.dialect === 'postgres') {
      // Only release the reindex once the write is waiting for it (not before it started).
      for (;;) {
        const waiting = await sql<{ n: number }>`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(ctx.db);
        if (Number(waiting.rows[0]!.n) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    held.release();
    const result = await rebuilding;
    await writing;
    assert.equal(await countDocuments(ctx.db), result.documents + 1);
    const found = await search.search(ctx.db, { q: 'zwubbelkaart' });
    assert.deepEqual(urls(found).sort(), ['/test/1', '/test/2', '/test/3', '/test/4']);
    if (ctx.dialect === 'postgres') {
      assert.deepEqual(await schemaNames(ctx.db), names);
      assert.ok(names.includes('tsv statistics 1000') && names.includes('body statistics 0'));
    }
  });

  if (ctx.dialect === 'sqlite') {
    test('a reindex leaves the planner statistics of the full index, not of an empty one', async () => {
      // An `analyze` while the index was nearly empty made every later search pick worse plans.
      // A new installation: statistics taken while the index is empty (the reindex rebuilds the full-text tables).
      for (const table of ['search_facets', 'search_documents', 'search_terms']) await sql`delete from ${sql.id(table)}`.execute(ctx.db);
      await sql`analyze`.execute(ctx.db);
      const result = await search.reindex(ctx.db, allSearchSources());
      const stat = await sql<{ stat: string }>`select stat from sqlite_stat1 where tbl = 'search_documents' order by idx limit 1`.execute(ctx.db);
      const rows = Number(stat.rows[0]?.stat.split(' ')[0] ?? 0);
      assert.ok(rows >= result.documents * 0.5, `statistics say ${rows} rows for ${result.documents} documents`);
      assert.ok((await search.search(ctx.db, { q: 'mantelzorgverlof' })).total > 0);
    });
  }

  if (ctx.dialect === 'postgres') {
    test('searches answer from the old index while a reindex runs, and from the new one after it', async () => {
      await search.reindex(ctx.db, allSearchSources());
      const documents = await countDocuments(ctx.db);
      const before = await search.search(ctx.db, { q: 'mantelzorgverlof' });
      assert.ok(before.total > 0);
      const held = heldSource();
      const rebuilding = search.reindex(ctx.db, [...allSearchSources(), held.source]);
      await held.reached;
      // A search that would wait for a lock fails within a second instead of hanging (the old
      // reindex truncated the tables and held them until it committed).
      const during = await ctx.db.transaction().execute(async (tx) => {
        await sql`set local lock_timeout = '1s'`.execute(tx);
        await sql`set local statement_timeout = '10s'`.execute(tx);
        return { verlof: await search.search(tx, { q: 'mantelzorgverlof' }), nieuw: await search.search(tx, { q: 'zwubbelkaart' }), documents: await countDocuments(tx as unknown as Db) };
      });
      assert.deepEqual(urls(during.verlof), urls(before));
      assert.equal(during.nieuw.total, 0);
      assert.equal(during.documents, documents);
      held.release();
      const result = await rebuilding;
      assert.equal(result.documents, documents + NEW_DOCS.length);
      assert.equal(await countDocuments(ctx.db), result.documents);
      assert.deepEqual(urls(await search.search(ctx.db, { q: 'zwubbelkaart' })).sort(), ['/test/1', '/test/2', '/test/3']);
      assert.deepEqual(urls(await search.search(ctx.db, { q: 'mantelzorgverlof' })), urls(before));
    });
  }
});
