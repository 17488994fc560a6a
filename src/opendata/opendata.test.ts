import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { forEachDialect } from '../../test/dialects.js';
import * as content from '../content/content.service.js';

forEachDialect('open data downloads', (ctx) => {
  test('the library as JSON: every published item in full, with licence and date', async () => {
    const app = await ctx.app();
    const res = await app.inject('/open-data/kennis.json');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    const data = res.json();
    const published = await content.listPublishedItems(ctx.db, { pageSize: 1 });
    assert.equal(data.count, published.total);
    assert.equal(data.items.length, published.total);
    assert.equal(data.licence.name, 'CC BY 4.0');
    const slug = 'erkenning-als-mantelzorger';
    const expected = await content.getPublishedItem(ctx.db, slug);
    const got = data.items.find((i: { slug: string }) => i.slug === slug);
    assert.equal(got.url, `${ctx.config.baseUrl}/kennis/${slug}`);
    assert.equal(got.body, expected.body);
    assert.deepEqual(got.details, expected.details);
    assert.deepEqual(got.audiences, expected.audiences.map((a) => a.slug));
    assert.deepEqual(got.themes, expected.themes.map((t) => t.slug));
    assert.deepEqual(got.sources, expected.sources);
    assert.deepEqual(got.related, expected.related.map((r) => r.slug));
    assert.equal(data.updatedAt, data.items.map((i: { updatedAt: string }) => i.updatedAt).sort().at(-1));
  });

  test('the library as CSV parses back to the same items, accents and line breaks intact', async () => {
    const app = await ctx.app();
    const res = await app.inject('/open-data/kennis.csv');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /attachment/);
    const rows: Record<string, string>[] = parse(res.body, { columns: true, bom: true });
    const json = (await app.inject('/open-data/kennis.json')).json();
    assert.equal(rows.length, json.items.length);
    for (const [i, row] of rows.entries()) {
      const item = json.items[i];
      assert.equal(row.slug, item.slug);
      assert.equal(row.title, item.title);
      assert.equal(row.body_markdown, item.body);
      assert.equal(row.audiences, item.audiences.join(';'));
      assert.deepEqual(JSON.parse(row.details_json!), item.details);
    }
  });

  test('a content change gives a fresh file', async () => {
    const app = await ctx.app();
    const before = (await app.inject('/open-data/kennis.json')).json();
    await content.createItem(ctx.db, {
      type: 'tip',
      slug: 'open-data-testtip',
      title: 'Een tip voor de open data',
      summary: 'Kort.',
      body: 'Tekst.',
      status: 'published',
      details: {},
      audiences: ['mantelzorgers'],
      themes: ['zorg-voor-jezelf'],
      sources: [{ title: 'Bron', url: 'https://example.org/bron' }],
      publishedAt: '2026-11-29T08:00:00.000Z',
    });
    const after = (await app.inject('/open-data/kennis.json')).json();
    assert.equal(after.count, before.count + 1);
    assert.ok(after.items.some((i: { slug: string }) => i.slug === 'open-data-testtip'));
  });

  test('/open-data lists the downloads with licence and date', async () => {
    const app = await ctx.app();
    const $ = cheerio.load((await app.inject('/open-data')).body);
    const links = $('main table a[href^="/open-data/"]').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(links, ['/open-data/kennis.json', '/open-data/kennis.csv', '/open-data/ondersteuning.hsds.json', '/open-data/activiteiten.ics']);
    assert.equal($('main table tbody tr').first().find('a[href*="creativecommons"]').text(), 'CC BY 4.0');
    assert.ok($('main table time[datetime]').length === 4);
    for (const href of links) assert.equal((await app.inject(href)).statusCode, 200);
  });
});
