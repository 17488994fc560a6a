/**
 * Large result sets, on both databases: above 1,000 matches the total is an estimate (marked as
 * such in the result, the API and the page) and the first results still rank titles first; up to
 * 1,000 the count is exact. A synthetic source of 1,600 records is indexed with reindex().
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import * as search from './search.service.js';
import * as repo from './search.repository.js';
import type { SearchDocument, SearchSource } from './search.model.js';

const COUNT = 1600;

function doc(i: number): SearchDocument {
  // Every record mentions mantelzorg; every fourth a premie (400); ten have "premie" in the title.
  const premie = i % 4 === 0;
  return {
    kind: 'item',
    refId: i + 1,
    url: `/kennis/groot-${i}`,
    type: 'article',
    title: i % 160 === 0 ? `Premie voor mantelzorgers ${i}` : `Mantelzorg in de praktijk ${i}`,
    summary: 'Een pagina over mantelzorg, voor de test.',
    body: premie ? 'Mantelzorg kost tijd. Vraag de premie aan bij je gemeente.' : 'Mantelzorg kost tijd en energie.',
    audiences: ['mantelzorgers'],
    themes: i % 2 === 0 ? ['geld'] : ['werk'],
    lastReviewedAt: '2026-06-01',
    validUntil: null,
  };
}

const source: SearchSource = {
  kind: 'item',
  count: async () => COUNT,
  async *documents() {
    for (let i = 0; i < COUNT; i += 400) yield Array.from({ length: 400 }, (_, j) => doc(i + j));
  },
};

forEachDialect(
  'site search with more than 1,000 matches',
  (ctx) => {
    test('above 1,000 matches the total is an estimate, and pages stop at the matches counted', async () => {
      await search.reindex(ctx.db, [source]);
      const result = await search.search(ctx.db, { q: 'mantelzorg' });
      assert.equal(result.approximate, true);
      // One word held by every record: the estimate is the number of records, rounded.
      assert.equal(result.total, COUNT);
      assert.equal(result.pageCount, 100);
      assert.equal(result.hits.length, 10);
      const deep = await search.search(ctx.db, { q: 'mantelzorg', page: 100 });
      assert.equal(deep.hits.length, 10);
    });

    test('up to 1,000 matches the count is exact, and titles with the words come first', async () => {
      const result = await search.search(ctx.db, { q: 'mantelzorg premie' });
      assert.equal(result.approximate, undefined);
      assert.equal(result.total, 400);
      assert.ok(result.hits.slice(0, 10).every((h) => h.title.startsWith('Premie voor mantelzorgers')), result.hits.map((h) => h.title).join(' | '));
    });

    test('a filter narrows the estimate by its share of the records', async () => {
      const result = await search.search(ctx.db, { q: 'mantelzorg', theme: 'geld' });
      assert.equal(result.total, COUNT / 2);
      assert.equal(result.approximate, undefined, 'exactly 800 records, counted');
      const both = await search.search(ctx.db, { q: 'mantelzorg', audience: 'mantelzorgers' });
      assert.equal(both.approximate, true);
      assert.equal(both.total, COUNT);
    });

    test('the API and the page say the total is an estimate', async () => {
      const app = await ctx.app();
      const res = await app.inject({ url: '/api/v1/search', query: { q: 'mantelzorg' } });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { total: number; approximate?: boolean };
      assert.equal(body.approximate, true);
      assert.equal(body.total, COUNT);
      const page = cheerio.load((await app.inject({ url: '/zoeken', query: { q: 'mantelzorg' } })).body);
      assert.match(page('#h-results').text(), /^Ongeveer 1\.600 resultaten/);
    });

    test('facets of an estimated total are estimates too (from the newest matches, scaled); up to 1,000 matches they are exact', async () => {
      const large = (await search.search(ctx.db, { q: 'mantelzorg', facets: true })).facets!;
      assert.equal(large.approximate, true);
      // Every record is an article for carers; half are about money: scaled from the sample to the estimate.
      assert.deepEqual(large.type, [{ value: 'article', count: COUNT }]);
      assert.deepEqual(large.audience, [{ value: 'mantelzorgers', count: COUNT }]);
      assert.deepEqual(large.theme, [
        { value: 'geld', count: COUNT / 2 },
        { value: 'werk', count: COUNT / 2 },
      ]);
      const exact = (await search.search(ctx.db, { q: 'mantelzorg premie', facets: true })).facets!;
      assert.equal(exact.approximate, undefined);
      assert.deepEqual(exact.type, [{ value: 'article', count: 400 }]);
      assert.deepEqual(exact.theme, [{ value: 'geld', count: 400 }]);
      const filtered = (await search.search(ctx.db, { q: 'mantelzorg', theme: 'werk', facets: true })).facets!;
      assert.equal(filtered.approximate, undefined, 'exactly 800 records, counted');
      assert.deepEqual(filtered.theme, [{ value: 'werk', count: 800 }]);
      const app = await ctx.app();
      const page = cheerio.load((await app.inject({ url: '/zoeken', query: { q: 'mantelzorg' } })).body);
      assert.match(page('.facets').text(), /\(ca\. 1\.600\)/);
    });

    test('the newest matches and the facet sample are the same whichever way the store finds them (walking newest first, or collecting every match)', async () => {
      const today = '2026-12-04';
      const mantelzorg = { groups: [['mantelzorg']], mode: 'all' as const };
      const premie = { groups: [['premie']], mode: 'all' as const };
      for (const [query, filter] of [
        [mantelzorg, {}],
        [premie, {}],
        [{ ...mantelzorg, titleOnly: true }, {}],
        [mantelzorg, { theme: 'werk' }],
      ] as const) {
        // Share 1: as many matches as documents (PostgreSQL walks); share 0: hardly any (it collects them through the GIN index).
        const walked = await repo.listNewestCandidates(ctx.db, query, filter, today, 50, 20, 1);
        const collected = await repo.listNewestCandidates(ctx.db, query, filter, today, 50, 20, 0);
        assert.equal(walked.length, 50);
        assert.deepEqual(collected, walked, JSON.stringify({ query, filter }));
        const ids = walked.map((r) => r.id);
        assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first');
        assert.deepEqual(await repo.countFacets(ctx.db, query, filter, 300, 0), await repo.countFacets(ctx.db, query, filter, 300, 1));
      }
    });
  },
  { seed: false },
);
