/**
 * The directory's organisations and services and the calendar's activities in the site search, on
 * both databases: they are found, labelled in Dutch, counted in the type facet, kept in step with
 * every write (and rollback), and listed in the sitemap.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { inTransaction } from '../db/database.js';
import { createApp } from '../app.js';
import * as directory from '../directory/directory.service.js';
import * as events from '../events/events.service.js';
import * as search from './search.service.js';

interface ApiResult {
  total: number;
  results: { title: string; url: string; type: string; kind: string; label: string; summary: string; snippet: string; expired?: boolean }[];
}

const paths = (body: ApiResult) => body.results.map((r) => new URL(r.url).pathname);

function activity(slug: string, title: string, overrides: Partial<events.ActivityInput> = {}): events.ActivityInput {
  return {
    uid: `${slug}@test`,
    slug,
    kind: 'info_session',
    title,
    summary: 'Een infosessie voor de test.',
    organiser: 'Samana',
    place: { venue: 'Zaal De Linde', postcode: '2440' },
    startLocal: '2030-01-10T19:00',
    endLocal: '2030-01-10T21:00',
    audiences: ['mantelzorgers'],
    source: 'editor',
    ...overrides,
  };
}

function listing(key: string, orgName: string, serviceName: string, status: 'active' | 'inactive' = 'active'): directory.DirectoryInput {
  const orgId = directory.stableUuid(`test:search:${key}:org`);
  return {
    organizations: [{ id: orgId, name: orgName, description: 'Een organisatie voor de test.', kind: 'other', sourceTitle: 'Test', lastVerifiedOn: '2026-11-01' }],
    locations: [],
    services: [
      {
        id: directory.stableUuid(`test:search:${key}:service`),
        organizationId: orgId,
        name: serviceName,
        description: 'Een dienst voor de test.',
        status,
        sourceTitle: 'Test',
        lastVerifiedOn: '2026-11-01',
        terms: [{ id: directory.stableUuid(`test:search:${key}:term`), taxonomy: 'audience', slug: 'mantelzorgers' }],
      },
    ],
  };
}

forEachDialect('site search: organisations, services and activities', (ctx) => {
  async function api(query: Record<string, string>): Promise<ApiResult> {
    const res = await (await ctx.app()).inject({ url: '/api/v1/search', query });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as ApiResult;
  }

  test('"dagopvang geel" finds the day-care listing in the top 3, labelled as help', async () => {
    const body = await api({ q: 'dagopvang geel' });
    const top = body.results.slice(0, 3);
    const hit = top.find((r) => new URL(r.url).pathname === '/ondersteuning/dagopvang-de-linde-geel');
    assert.ok(hit, `top 3: ${paths(body).slice(0, 3).join(', ')}`);
    assert.equal(hit.kind, 'service');
    assert.equal(hit.type, 'service');
    assert.equal(hit.label, 'Hulp/dienst');
  });

  test('"praatcafe" and a demo activity title find the activity', async () => {
    for (const q of ['praatcafe', 'Praatcafé voor mantelzorgers in Geel']) {
      const body = await api({ q });
      const hit = body.results.slice(0, 3).find((r) => new URL(r.url).pathname === '/activiteiten/praatcafe-mantelzorg-geel');
      assert.ok(hit, `top 3 for "${q}": ${paths(body).slice(0, 3).join(', ')}`);
      assert.equal(hit.label, 'Activiteit');
    }
  });

  test('"Steunpunt Mantelzorg" finds the organisation first', async () => {
    const body = await api({ q: 'Steunpunt Mantelzorg' });
    const first = body.results[0];
    assert.ok(first);
    assert.equal(first.title, 'Steunpunt Mantelzorg');
    assert.match(new URL(first.url).pathname, /^\/organisatie\/[a-z0-9-]+$/);
    assert.equal(first.label, 'Organisatie');
    const page = await (await ctx.app()).inject(new URL(first.url).pathname);
    assert.equal(page.statusCode, 200);
  });

  test('/zoeken labels each kind in Dutch and counts the new kinds in the type facet', async () => {
    const app = await ctx.app();
    const $ = cheerio.load((await app.inject({ url: '/zoeken', query: { q: 'mantelzorgers' } })).body);
    const labels = new Set($('.search-hit .type-label').map((_, e) => $(e).text()).get());
    assert.ok(labels.size >= 2, [...labels].join(', '));
    const facet = new Map(
      $('.facet')
        .first()
        .find('a')
        .map((_, a) => [[$(a).contents().first().text().trim(), $(a).attr('href')!]])
        .get() as unknown as [string, string][],
    );
    for (const name of ['Organisaties', 'Hulp en diensten', 'Activiteiten']) assert.ok(facet.has(name), `facet has ${name}: ${[...facet.keys()].join(', ')}`);
    const counts = $('.facet').first().find('a').map((_, a) => $(a).text()).get().join(' | ');
    assert.match(counts, /Activiteiten \((\d+)\)/);

    // The facet filters: only activities, each linked to its page and labelled.
    const href = facet.get('Activiteiten')!;
    assert.match(href, /type=activiteit/);
    const only = cheerio.load((await app.inject(href)).body);
    const count = Number(/Activiteiten \((\d+)\)/.exec(counts)![1]);
    assert.match(only('#h-results').text(), new RegExp(`^${count} resultat`));
    only('.search-hit').each((_, e) => {
      assert.equal(only(e).find('.type-label').text(), 'Activiteit');
      assert.match(only(e).find('h3 a').attr('href')!, /^\/activiteiten\/[a-z0-9-]+$/);
    });
    const facets = (await search.search(ctx.db, { q: 'mantelzorgers', facets: true })).facets!;
    assert.equal(facets.type.find((f) => f.value === 'activity')?.count, count);
    assert.ok((facets.type.find((f) => f.value === 'service')?.count ?? 0) > 0);
    assert.ok((facets.type.find((f) => f.value === 'organisation')?.count ?? 0) > 0);
  });

  test('the API filters on the new types and still refuses an unknown one', async () => {
    const body = await api({ q: 'mantelzorgers', type: 'organisation' });
    assert.ok(body.total > 0);
    for (const r of body.results) assert.equal(r.kind, 'organisation');
    const bad = await (await ctx.app()).inject({ url: '/api/v1/search', query: { q: 'x', type: 'vereniging' } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'unknown_type');
  });

  test('creating, updating and stopping a directory listing changes the results at once', async () => {
    await directory.saveDirectory(ctx.db, listing('zw', 'Vzw Zwaluwnest', 'Zwaluwnest oppas aan huis'));
    let body = await api({ q: 'zwaluwnest' });
    assert.deepEqual(body.results.map((r) => r.kind).sort(), ['organisation', 'service']);

    // Renamed: the old name finds nothing, the new one finds both (the organisation lists its service).
    await directory.saveDirectory(ctx.db, listing('zw', 'Vzw Kraaiennest', 'Kraaiennest oppas aan huis'));
    assert.ok(!(await api({ q: 'zwaluwnest' })).results.some((r) => /Zwaluwnest/.test(r.title)));
    body = await api({ q: 'kraaiennest' });
    assert.deepEqual(body.results.map((r) => r.kind).sort(), ['organisation', 'service']);

    // A service that stopped leaves the index (and the organisation's text).
    await directory.saveDirectory(ctx.db, listing('zw', 'Vzw Kraaiennest', 'Kraaiennest oppas aan huis', 'inactive'));
    body = await api({ q: 'kraaiennest' });
    assert.deepEqual(body.results.map((r) => r.kind), ['organisation']);
    assert.match(body.results[0]!.url, /\/organisatie\/vzw-zwaluwnest$/, 'the page keeps its address');
  });

  test('creating, updating and deleting an activity changes the results at once', async () => {
    await events.saveActivity(ctx.db, activity('test-zoek-infoavond', 'Infoavond over de zorgkluis'));
    assert.deepEqual(paths(await api({ q: 'zorgkluis' })), ['/activiteiten/test-zoek-infoavond']);
    await events.saveActivity(ctx.db, activity('test-zoek-infoavond', 'Infoavond over de thuisapotheek'));
    assert.ok(!paths(await api({ q: 'zorgkluis' })).includes('/activiteiten/test-zoek-infoavond'));
    assert.deepEqual(paths(await api({ q: 'thuisapotheek' })), ['/activiteiten/test-zoek-infoavond']);
    await events.deleteActivity(ctx.db, 'test-zoek-infoavond');
    assert.ok(!paths(await api({ q: 'thuisapotheek' })).includes('/activiteiten/test-zoek-infoavond'));
  });

  test('a rolled-back transaction leaves the index unchanged', async () => {
    const before = await search.search(ctx.db, { q: 'mantelzorgers', facets: true });
    await assert.rejects(
      inTransaction(ctx.db, async (tx) => {
        await events.saveActivity(tx, activity('test-zoek-teruggedraaid', 'Workshop over de pilootkoffer'));
        await directory.saveDirectory(tx, listing('rb', 'Vzw Pilootkoffer', 'Pilootkoffer aan huis'));
        const inside = (await search.search(tx, { q: 'pilootkoffer' })).hits.map((h) => h.kind).sort();
        assert.deepEqual(inside, ['activity', 'organisation', 'service'], 'inside the transaction all three are found');
        throw new Error('rollback');
      }),
      /rollback/,
    );
    assert.ok(!paths(await api({ q: 'pilootkoffer' })).some((p) => /pilootkoffer|teruggedraaid/.test(p)));
    const after = await search.search(ctx.db, { q: 'mantelzorgers', facets: true });
    assert.equal(after.total, before.total);
    assert.deepEqual(after.facets!.type, before.facets!.type);
  });

  test('an activity that has ended is not indexed; one that ends later ranks last, then leaves', async () => {
    const now = new Date('2029-06-01T10:00:00Z');
    await events.saveActivity(ctx.db, activity('test-zoek-voorbij', 'Vorming over de trapliftpremie', { startLocal: '2029-05-01T19:00', endLocal: '2029-05-01T21:00' }), now);
    assert.ok(!paths(await api({ q: 'trapliftpremie' })).includes('/activiteiten/test-zoek-voorbij'));
    assert.ok(!(await search.search(ctx.db, { q: 'trapliftpremie', kinds: ['activity'] })).hits.some((h) => h.url === '/activiteiten/test-zoek-voorbij'));

    await events.saveActivity(ctx.db, activity('test-zoek-straks', 'Vorming over de rolstoeltaxi', { startLocal: '2029-07-01T19:00', endLocal: '2029-07-01T21:00' }), now);
    await events.saveActivity(ctx.db, activity('test-zoek-later', 'Rolstoeltaxi in de regio', { startLocal: '2030-07-01T19:00', endLocal: '2030-07-01T21:00' }), now);
    // The day after the first ends: it still matches, but ranks last and says it is over.
    const result = await search.search(ctx.db, { q: 'rolstoeltaxi', today: '2029-07-02' });
    assert.deepEqual(result.hits.map((h) => [h.url, h.expired]), [
      ['/activiteiten/test-zoek-later', false],
      ['/activiteiten/test-zoek-straks', true],
    ]);
    const later = await createApp(ctx.config, ctx.handle, { logger: false, today: () => '2029-07-02' });
    try {
      const $ = cheerio.load((await later.inject({ url: '/zoeken', query: { q: 'rolstoeltaxi' } })).body);
      assert.match($('.search-hit').last().find('.meta').text(), /Voorbij sinds/);
      assert.doesNotMatch($('.search-hit').first().find('.meta').text(), /Voorbij/);
    } finally {
      await later.close();
    }
    // The hourly job takes it out.
    assert.ok((await events.removeEndedActivitiesFromSearch(ctx.db, new Date('2029-07-02T10:00:00Z'))) >= 1);
    assert.deepEqual(paths(await api({ q: 'rolstoeltaxi' })), ['/activiteiten/test-zoek-later']);
  });

  test('the sitemap lists organisations, services, municipalities and activities', async () => {
    const res = await (await ctx.app()).inject('/sitemap.xml');
    assert.equal(res.statusCode, 200);
    const locs = cheerio.load(res.body, { xml: true })('loc').map((_, l) => new URL(cheerio.load(l, { xml: true }).text()).pathname).get();
    for (const p of ['/ondersteuning', '/ondersteuning/dagopvang-de-linde-geel', '/gemeente/geel', '/activiteiten', '/activiteiten/praatcafe-mantelzorg-geel', '/kennis/mantelzorgverlof']) {
      assert.ok(locs.includes(p), `sitemap has ${p}`);
    }
    assert.ok(locs.some((p) => p.startsWith('/organisatie/')));
    assert.equal(new Set(locs).size, locs.length, 'no path twice');
  });
});
