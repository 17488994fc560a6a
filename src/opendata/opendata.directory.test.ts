/** Open data of the directory (HSDS 3.0 JSON) and the calendar (iCalendar): each download parses and validates. */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { forEachDialect } from '../../test/dialects.js';
import * as directory from '../directory/directory.service.js';

// The specification's own schemas from shared/standards (the compiled ones check nested objects too).
const SCHEMAS = path.resolve('../shared/standards/hsds-3.0/schema');
const ajv = new Ajv({ strict: false, allErrors: true });
(((addFormatsModule as unknown as { default?: (a: Ajv) => void }).default ?? (addFormatsModule as unknown as (a: Ajv) => void)))(ajv);
for (const file of fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
  ajv.addSchema({ ...JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')), $id: file });
}
const compiled = (name: string): ValidateFunction => ajv.compile({ ...JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'compiled', `${name}.json`), 'utf8')), $id: `compiled/${name}.json` });
const validators = { organization: compiled('organization'), service: compiled('service'), location: ajv.getSchema('location.json')! };

forEachDialect('open data: directory and calendar', (ctx) => {
  test('the directory as HSDS 3.0 JSON: every object validates, with licence and date, and the whole directory', async () => {
    const app = await ctx.app();
    const res = await app.inject('/open-data/ondersteuning.hsds.json');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    const doc = res.json() as { licence: { name: string }; updatedAt: string; version: string; organizations: unknown[]; services: unknown[]; locations: unknown[] };
    assert.equal(doc.licence.name, 'CC BY 4.0');
    assert.equal(doc.version, '3.0');
    assert.match(doc.updatedAt, /^\d{4}-\d{2}-\d{2}T/);
    const counts = await directory.countDirectory(ctx.db);
    assert.equal(doc.organizations.length, counts.organizations);
    assert.equal(doc.services.length, counts.services);
    for (const [type, list] of [['organization', doc.organizations], ['service', doc.services], ['location', doc.locations]] as const) {
      for (const o of list) assert.ok(validators[type](o), `${type}: ${ajv.errorsText(validators[type].errors)}`);
    }
    const etag = res.headers.etag;
    assert.equal((await app.inject({ url: '/open-data/ondersteuning.hsds.json', headers: { 'if-none-match': String(etag) } })).statusCode, 304);
  });

  test('the calendar as iCalendar parses with ical.js: every upcoming activity, once, with its page', async () => {
    const app = await ctx.app();
    const res = await app.inject('/open-data/activiteiten.ics');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(res.body));
    const vevents = cal.getAllSubcomponents('vevent').filter((v) => !v.hasProperty('recurrence-id'));
    const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    assert.equal(new Set(uids).size, uids.length, 'each activity once');
    const api = (await app.inject('/api/v1/activities?pageSize=100')).json() as { total: number; activities: { slug: string }[] };
    const all: string[] = [];
    for (let page = 1; ; page++) {
      const p = (await app.inject(`/api/v1/activities?pageSize=100&page=${page}`)).json() as { pageCount: number; activities: { slug: string }[] };
      all.push(...p.activities.map((a) => a.slug));
      if (page >= p.pageCount) break;
    }
    assert.ok(api.total > 0);
    assert.equal(vevents.length, new Set(all).size, 'the same activities as the API');
    assert.ok(vevents.every((v) => String(v.getFirstPropertyValue('url')).includes('/activiteiten/')));
    const again = await app.inject({ url: '/open-data/activiteiten.ics', headers: { 'if-none-match': String(res.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });

  test('/open-data lists the four downloads with licence and date', async () => {
    const app = await ctx.app();
    const $ = cheerio.load((await app.inject('/open-data')).body);
    const rows = $('table.data-table tbody tr');
    assert.equal(rows.length, 4);
    for (const href of ['/open-data/ondersteuning.hsds.json', '/open-data/activiteiten.ics']) {
      const row = rows.filter((_, r) => $(r).find(`a[href="${href}"]`).length > 0);
      assert.equal(row.length, 1, href);
      assert.match(row.text(), /CC BY 4\.0/);
      assert.match(String(row.find('time').attr('datetime')), /^\d{4}-\d{2}-\d{2}/);
    }
  });
});

forEachDialect('open data: regenerated on change', (ctx) => {
  test('a change in the directory gives a new HSDS download (not the cached one)', async () => {
    const app = await ctx.app();
    const first = await app.inject('/open-data/ondersteuning.hsds.json');
    const doc = first.json() as { organizations: { id: string; description: string }[] };
    const org = { ...doc.organizations[0]!, description: 'Een nieuwe beschrijving, om te zien dat de download meeverandert.' };
    await directory.importHsds(ctx.db, org, { sourceTitle: 'Test' });
    const second = await app.inject({ url: '/open-data/ondersteuning.hsds.json', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(second.statusCode, 200);
    assert.notEqual(second.headers.etag, first.headers.etag);
    const changed = (second.json() as typeof doc).organizations.find((o) => o.id === org.id);
    assert.equal(changed?.description, org.description);
  });
});
