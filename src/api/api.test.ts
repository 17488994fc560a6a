import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { forEachDialect } from '../../test/dialects.js';

/** Values for path parameters, so every documented route can be called. */
const SAMPLE_PARAMS: Record<string, string> = { slug: 'erkenning-als-mantelzorger' };
/** Path parameters for routes whose {slug} is not an item's. */
const SAMPLE_PATH_PARAMS: Record<string, Record<string, string>> = {
  '/api/v1/organisations/{slug}': { slug: 'samana' },
  '/api/v1/services/{slug}': { slug: 'dagopvang-de-linde-geel' },
  '/api/v1/municipalities/{slug}': { slug: 'geel' },
  '/api/v1/activities/{slug}': { slug: 'praatcafe-mantelzorg-geel' },
};
/** Query strings for routes that need one. */
const SAMPLE_QUERIES: Record<string, string> = { '/api/v1/search': 'q=mantelzorgpremie', '/api/v1/search/suggest': 'q=mantel' };

interface Spec {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components?: { schemas?: Record<string, unknown> };
}

forEachDialect('open API description', (ctx) => {
  async function spec(): Promise<Spec> {
    const res = await (await ctx.app()).inject('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    return res.json() as Spec;
  }

  test('the description is valid OpenAPI 3.1 and documents every /api route, nothing else', async () => {
    const app = await ctx.app();
    const s = await spec();
    assert.equal(s.openapi, '3.1.0');
    const result = await new Validator().validate(s as never);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1));
    const documented = Object.entries(s.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const served = app.apiRoutes.filter((r) => r !== 'GET /api/openapi.json');
    assert.deepEqual([...documented].sort(), [...served].sort());
    assert.ok(documented.includes('GET /api/v1/items/:slug'));
    assert.ok(documented.every((r) => r.split(' ')[1]!.startsWith('/api/')));
  });

  test('every documented read answers what its schema says', async () => {
    const app = await ctx.app();
    const s = await spec();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    for (const [name, schema] of Object.entries(s.components?.schemas ?? {})) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
    for (const [path, ops] of Object.entries(s.paths)) {
      const op = ops.get;
      if (!op) continue;
      // An {id} is taken from the list one level up (the first record it returns).
      let id: string | undefined;
      if (path.endsWith('/{id}')) {
        const list = (await app.inject(path.slice(0, -'/{id}'.length))).json() as { contents?: { id: string }[]; items?: { id: string }[] };
        id = String((list.contents ?? list.items ?? [])[0]?.id ?? '');
      }
      const url = path.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'id' && id ? id : (SAMPLE_PATH_PARAMS[path]?.[p] ?? SAMPLE_PARAMS[p] ?? assert.fail(`no sample value for {${p}} in ${path}`))));
      const res = await app.inject(SAMPLE_QUERIES[path] ? `${url}?${SAMPLE_QUERIES[path]}` : url);
      assert.equal(res.statusCode, 200, url);
      const schema = op.responses['200']?.content?.['application/json']?.schema;
      assert.ok(schema, `${path} documents its 200 answer`);
      const validate = ajv.compile(schema as object);
      assert.ok(validate(res.json()), `${url}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  test('wrong parameters get a 400 and unknown items a 404, both with a stable code', async () => {
    const app = await ctx.app();
    for (const url of ['/api/v1/items?type=recept', '/api/v1/items?page=0', '/api/v1/items?pageSize=1000', '/api/v1/items/Not_A_Slug']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 400, url);
      assert.equal(res.json().error.code, 'invalid_request', url);
    }
    const unknownAudience = await app.inject('/api/v1/items?audience=katten');
    assert.equal(unknownAudience.statusCode, 400);
    assert.equal(unknownAudience.json().error.code, 'invalid_input');
    assert.ok(unknownAudience.json().error.fields);
    const missing = await app.inject('/api/v1/items/bestaat-niet');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'item_not_found');
    assert.equal((await app.inject('/api/v1/onbekend')).json().error.code, 'not_found');
  });

  test('filters match the site, pages are bounded, ETags give 304, reads are open to other websites', async () => {
    const app = await ctx.app();
    const list = (await app.inject('/api/v1/items?type=right&audience=werkgevers&pageSize=5')).json();
    assert.ok(list.total > 0);
    assert.ok(list.items.length <= 5);
    assert.ok(list.items.every((i: { type: string }) => i.type === 'right'));
    const site = cheerio.load((await app.inject('/kennis?type=recht&doelgroep=werkgevers')).body);
    assert.ok(site('h2[aria-live]').text().startsWith(`${list.total} `), 'the same count as the site');

    const first = await app.inject({ url: '/api/v1/items', headers: { origin: 'https://www.gemeente.be' } });
    assert.equal(first.headers['access-control-allow-origin'], '*');
    assert.equal(first.headers['set-cookie'], undefined);
    const again = await app.inject({ url: '/api/v1/items', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
    const page = await app.inject({ url: '/', headers: { origin: 'https://www.gemeente.be' } });
    assert.equal(page.headers['access-control-allow-origin'], undefined, 'pages are not opened up');
  });

  test('/api documents every route in readable Dutch', async () => {
    const app = await ctx.app();
    const s = await spec();
    const $ = cheerio.load((await app.inject('/api')).body);
    assert.equal($('h1').text(), 'Open API');
    const shown = $('section.api-route h3').map((_, h) => $(h).text().trim()).get();
    const documented = Object.entries(s.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual(shown.sort(), documented.sort());
    assert.equal($('a[href="/api/openapi.json"]').length, 1);
  });
});
