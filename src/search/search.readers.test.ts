import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../test/dialects.js';
import * as content from '../content/content.service.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import * as search from './search.service.js';
import fs from 'node:fs';
import { createSearchReaders, READER_NICE, searchReadersOf } from './search.readers.js';

const itemInput = (slug: string, title: string): content.ItemInput => ({
  type: 'tip',
  slug,
  title,
  summary: 'Een korte samenvatting voor de test.',
  body: 'Een tekst over plofkraantjes.',
  status: 'published',
  details: {},
  audiences: ['mantelzorgers'],
  themes: ['dementie'],
  sources: [{ title: 'Bron', url: 'https://example.org/bron' }],
});

// SEARCH_READERS=2: on SQLite, searches outside a transaction run on reader threads with their own
// read-only connection. A write on the main connection must be in their results at once.
forEachDialect(
  'search readers',
  (ctx) => {
    test('SQLite searches run on the readers, and every committed change is found at once', async () => {
      const app = await ctx.app();
      assert.equal(searchReadersOf(ctx.db) !== undefined, ctx.dialect === 'sqlite', 'readers only on SQLite');
      const api = async (q: string) => ((await app.inject({ url: '/api/v1/search', query: { q } })).json() as { total: number }).total;
      assert.equal(await api('plofkraantjes'), 0);
      const id = await content.createItem(ctx.db, itemInput('test-lezer', 'Over plofkraantjes'));
      // Many at once: they spread over both readers, and every one sees the new item.
      assert.deepEqual(await Promise.all(Array.from({ length: 8 }, () => api('plofkraantjes'))), Array(8).fill(1));
      assert.deepEqual((await search.search(ctx.db, { q: 'plofkraantjes' })).hits.map((h) => h.url), ['/kennis/test-lezer']);
      await content.deleteItem(ctx.db, SYSTEM_ACTOR, id);
      assert.equal(await api('plofkraantjes'), 0, 'a removed item is gone at once');
      // Inside a transaction the search runs on the transaction (which the readers cannot see).
      await ctx.db.transaction().execute(async (tx) => {
        await content.createItem(tx, itemInput('test-lezer-2', 'Nog eens plofkraantjes'));
        assert.equal((await search.search(tx, { q: 'plofkraantjes' })).total, 1);
      });
      assert.equal(await api('plofkraantjes'), 1);
    });

    // Readers exist on SQLite only (the PostgreSQL pool runs searches side by side already).
    if (ctx.dialect === 'sqlite') test('readers take searches from one queue, and closing answers every search already asked', async () => {
      const readers = createSearchReaders(ctx.config.databaseUrl, 2);
      const request = (q: string) => ({ query: q, filter: {}, page: 1, pageSize: 10, day: '2026-12-04', facets: false });
      // Twelve at once on two readers: ten wait in the queue when close() is called.
      const asked = Array.from({ length: 12 }, (_, i) => readers.run(request(i % 2 ? 'plofkraantjes' : 'mantelzorg')));
      const closed = readers.close();
      const results = await Promise.allSettled(asked);
      assert.deepEqual(results.map((r) => r.status), Array(12).fill('fulfilled'), 'a graceful shutdown answers the searches in progress');
      assert.ok((results[0] as PromiseFulfilledResult<search.SearchResult>).value.total > 0);
      await closed;
      await assert.rejects(readers.run(request('mantelzorg')), /closed/, 'no search is taken after close');
    });

    // Linux keeps a nice value per thread: the readers' must be above the main thread's.
    if (ctx.dialect === 'sqlite' && process.platform === 'linux') test('reader threads run at a lower CPU priority than the main thread', async () => {
      const readers = createSearchReaders(ctx.config.databaseUrl, 1);
      try {
        await readers.run({ query: 'mantelzorg', filter: {}, page: 1, pageSize: 10, day: '2026-12-04', facets: false });
        // Field 19 of stat, counted after the command name in parentheses.
        const niceOf = (tid: string | number) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
        const nices = fs.readdirSync('/proc/self/task').flatMap((tid) => {
          try {
            return [niceOf(tid)];
          } catch {
            return []; // a thread that ended meanwhile
          }
        });
        const main = niceOf(process.pid);
        assert.ok(nices.includes(main + READER_NICE), `a thread at nice ${main + READER_NICE} (threads: ${nices.join(', ')})`);
      } finally {
        await readers.close();
      }
    });
  },
  { env: { SEARCH_READERS: '2' } },
);
