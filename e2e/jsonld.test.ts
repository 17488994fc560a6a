/** schema.org JSON-LD on every page type, checked against the schema.org vocabulary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../test/dialects.js';
import { pageTypeUrls } from '../test/pages.js';
import { schemaOrgProblems } from '../test/schema-org.js';

forEachDialect('schema.org JSON-LD', (ctx) => {
  test('every page type carries JSON-LD that conforms to schema.org', async () => {
    const app = await ctx.app();
    const problems: string[] = [];
    const typesSeen = new Set<string>();
    for (const { url, status } of await pageTypeUrls(ctx.db)) {
      if (status && status !== 200) continue;
      const $ = cheerio.load((await app.inject(url)).body);
      const blocks = $('script[type="application/ld+json"]').map((_, s) => $(s).text()).get();
      for (const text of blocks) {
        const doc = JSON.parse(text) as Record<string, unknown>;
        assert.equal(doc['@context'], 'https://schema.org', url);
        typesSeen.add(String(doc['@type']));
        problems.push(...schemaOrgProblems(doc).map((p) => `${url} ${p}`));
      }
    }
    assert.deepEqual(problems, []);
    for (const t of ['WebPage', 'BreadcrumbList']) assert.ok(typesSeen.has(t), `some page has ${t}`);
  });

  test('the checker itself rejects what schema.org does not know', () => {
    assert.deepEqual(schemaOrgProblems({ '@type': 'Article', headline: 'x' }), []);
    assert.match(schemaOrgProblems({ '@type': 'Article', lastReviewed: '2026-01-01' }).join(), /Article has no property "lastReviewed"/);
    assert.match(schemaOrgProblems({ '@type': 'Artikel' }).join(), /not a schema.org class/);
    assert.match(schemaOrgProblems({ '@type': 'WebPage', mainEntity: { '@type': 'Event', startDate: 5 } }).join(), /startDate/);
    assert.deepEqual(schemaOrgProblems({ '@type': 'Event', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', eventStatus: 'https://schema.org/EventScheduled' }), []);
    assert.match(schemaOrgProblems({ '@type': 'Event', eventStatus: 'https://schema.org/EventMaybe' }).join(), /not a schema.org term/);
  });
});
