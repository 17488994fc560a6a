import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';

interface ServiceJson {
  slug: string;
  kinds: { slug: string }[];
  audiences: { slug: string }[];
  distanceKm: number | null;
}

forEachDialect('open API: directory, activities, municipalities', (ctx) => {
  test('/api/v1/services with a postcode: the same services as /ondersteuning, nearest first, filters and pages', async () => {
    const app = await ctx.app();
    const res = await app.inject('/api/v1/services?postcode=2440&pageSize=100');
    assert.equal(res.statusCode, 200);
    const body = res.json() as { total: number; municipality: { slug: string }; services: ServiceJson[] };
    assert.equal(body.municipality.slug, 'geel');
    const $ = cheerio.load((await app.inject('/ondersteuning?postcode=2440')).body);
    const site = $('.service-list h3 a').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(
      body.services.map((s) => `/ondersteuning/${s.slug}`),
      site,
      'same order as the site',
    );
    const located = body.services.filter((s) => s.distanceKm !== null).map((s) => s.distanceKm!);
    assert.deepEqual(located, [...located].sort((a, b) => a - b));

    const filtered = (await app.inject('/api/v1/services?municipality=geel&kind=dagopvang&audience=ouderen')).json() as { total: number; services: ServiceJson[] };
    assert.ok(filtered.total > 0 && filtered.total < body.total);
    assert.ok(filtered.services.every((s) => s.kinds.some((k) => k.slug === 'dagopvang') && s.audiences.some((a) => a.slug === 'ouderen')));

    const page = (await app.inject('/api/v1/services?postcode=2440&pageSize=2&page=2')).json() as { page: number; pageCount: number; services: ServiceJson[] };
    assert.equal(page.page, 2);
    assert.deepEqual(
      page.services.map((s) => s.slug),
      body.services.slice(2, 4).map((s) => s.slug),
    );
    const all = (await app.inject('/api/v1/services?kind=dagopvang')).json() as { total: number; municipality: null; services: ServiceJson[] };
    assert.equal(all.municipality, null);
    assert.ok(all.total >= filtered.total);
  });

  test('bad parameters: 400 with fields in the API’s own names and a stable code; unknown slugs 404', async () => {
    const app = await ctx.app();
    const cases: [string, string, string][] = [
      ['/api/v1/services?kind=katten', 'invalid_input', 'kind'],
      ['/api/v1/services?postcode=2440&audience=katten', 'invalid_input', 'audience'],
      ['/api/v1/services?postcode=2999', 'invalid_input', 'postcode'],
      ['/api/v1/services?postcode=4000', 'invalid_input', 'postcode'],
      ['/api/v1/services?postcode=1050', 'invalid_input', 'postcode'],
      ['/api/v1/services?municipality=atlantis', 'invalid_input', 'municipality'],
      ['/api/v1/activities?postcode=9999', 'invalid_input', 'postcode'],
      ['/api/v1/activities?audience=katten', 'invalid_input', 'audience'],
      ['/api/v1/activities?from=2026-12-10&to=2026-12-01', 'invalid_input', 'to'],
      ['/api/v1/activities?kind=feest', 'invalid_request', 'kind'],
      ['/api/v1/activities?from=morgen', 'invalid_request', 'from'],
      ['/api/v1/municipalities?pageSize=500', 'invalid_request', 'pageSize'],
    ];
    for (const [url, code, field] of cases) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 400, url);
      const error = res.json().error;
      assert.equal(error.code, code, url);
      assert.ok(error.fields?.[field], `${url}: ${JSON.stringify(error)}`);
    }
    for (const [url, code] of [
      ['/api/v1/organisations/bestaat-niet', 'organization_not_found'],
      ['/api/v1/services/bestaat-niet', 'service_not_found'],
      ['/api/v1/municipalities/atlantis', 'municipality_not_found'],
      ['/api/v1/activities/bestaat-niet', 'activity_not_found'],
    ]) {
      const res = await app.inject(url!);
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.json().error.code, code);
    }
  });

  test('/api/v1/activities: filters like /activiteiten, upcoming only, pages, and an ETag of the answer', async () => {
    const app = await ctx.app();
    const now = Date.now();
    const list = (await app.inject('/api/v1/activities?pageSize=100')).json() as { total: number; activities: { start: string; end: string; kind: string }[] };
    assert.ok(list.total >= 40);
    assert.ok(list.activities.every((a) => new Date(a.end).getTime() > now - 60000), 'nothing that ended');
    assert.deepEqual(
      list.activities.map((a) => a.start),
      list.activities.map((a) => a.start).sort(),
    );
    const url = '/api/v1/activities?kind=lotgenotencontact&postcode=2440&distance=30&audience=mantelzorgers';
    const near = (await app.inject(url)).json() as { total: number; activities: { kind: string; distanceKm: number | null; audiences: string[] }[] };
    assert.ok(near.total > 0);
    assert.ok(near.activities.every((a) => a.kind === 'lotgenotencontact' && a.distanceKm !== null && a.distanceKm <= 30 && a.audiences.includes('mantelzorgers')));
    const $ = cheerio.load((await app.inject('/activiteiten?soort=lotgenotencontact&postcode=2440&afstand=30&doelgroep=mantelzorgers')).body);
    assert.equal($('.activity').length, Math.min(20, near.total), 'the same count as the site');

    const first = await app.inject(url);
    assert.ok(first.headers.etag);
    assert.equal(first.headers['cache-control'], 'no-cache');
    assert.equal((await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304);

    const one = (await app.inject('/api/v1/activities/praatcafe-mantelzorg-geel')).json() as { upcoming: { start: string }[]; recurrence: string | null };
    assert.ok(one.recurrence);
    assert.ok(one.upcoming.length > 1);
  });

  test('/api/v1/municipalities: every municipality, premium where known, services serving it', async () => {
    const app = await ctx.app();
    const list = (await app.inject('/api/v1/municipalities?pageSize=100&page=1')).json() as { total: number; pageCount: number; municipalities: { slug: string; carerPremium: string }[] };
    assert.ok(list.total >= 300);
    assert.equal(list.pageCount, Math.ceil(list.total / 100));
    const geel = (await app.inject('/api/v1/municipalities/geel')).json() as { premium: { status: string } | null; services: ServiceJson[]; carerPremium: string };
    assert.equal(geel.premium?.status, 'premium');
    assert.equal(geel.carerPremium, 'premium');
    const viaServices = (await app.inject('/api/v1/services?municipality=geel&pageSize=100')).json() as { services: ServiceJson[] };
    assert.deepEqual(
      geel.services.map((s) => s.slug),
      viaServices.services.map((s) => s.slug),
    );
    const org = (await app.inject('/api/v1/organisations/samana')).json() as { services: { slug: string }[] };
    assert.ok(org.services.length > 0);
    const orgs = (await app.inject('/api/v1/organisations?pageSize=5')).json() as { organisations: unknown[]; total: number };
    assert.equal(orgs.organisations.length, Math.min(5, orgs.total));
    const etag = (await app.inject('/api/v1/municipalities/geel')).headers.etag;
    assert.equal((await app.inject({ url: '/api/v1/municipalities/geel', headers: { 'if-none-match': String(etag) } })).statusCode, 304);
  });
});

forEachDialect('open API: the calendar follows the clock', (ctx) => {
  test('with "now" half a year ahead, nothing that ended before it is listed', async () => {
    const later = new Date(Date.now() + 180 * 86400000);
    const app = await ctx.app({ now: () => later });
    const list = (await app.inject('/api/v1/activities?pageSize=100')).json() as { total: number; activities: { end: string }[] };
    assert.ok(list.activities.every((a) => new Date(a.end) > later));
    const all = (await app.inject('/api/v1/activities?from=' + later.toISOString().slice(0, 10))).json() as { total: number };
    assert.equal(all.total, list.total);
  });
});
