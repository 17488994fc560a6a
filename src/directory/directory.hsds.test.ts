/** HSDS 3.0 conformance: the export, the API and the import, checked against the specification's own schemas and examples. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { forEachDialect } from '../../test/dialects.js';
import * as directory from './directory.service.js';
import { brusselsOffsetHours } from './directory.hsds.js';

const STANDARD = path.resolve('../shared/standards/hsds-3.0');
const SCHEMAS = path.join(STANDARD, 'schema');
const EXAMPLES = path.join(STANDARD, 'examples');
const BIN = path.resolve('bin/expertisepunt.js');

// The specification's schemas, loaded straight from shared/standards (not our copy).
const ajv = new Ajv({ strict: false, allErrors: true });
(((addFormatsModule as unknown as { default?: (a: Ajv) => void }).default ?? (addFormatsModule as unknown as (a: Ajv) => void)))(ajv);
for (const file of fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
  ajv.addSchema({ ...JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')), $id: file });
}
const compiled = (name: string): ValidateFunction => ajv.compile({ ...JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'compiled', `${name}.json`), 'utf8')), $id: `compiled/${name}.json` });
const compiledSchemas = { organization: compiled('organization'), service: compiled('service'), service_list: compiled('service_list'), organization_list: compiled('organization_list') };

// Which schema each nested key holds.
const NESTED: Record<string, string> = {
  phones: 'phone',
  schedules: 'schedule',
  service_areas: 'service_area',
  service_at_locations: 'service_at_location',
  contacts: 'contact',
  locations: 'location',
  location: 'location',
  addresses: 'address',
  attributes: 'attribute',
  metadata: 'metadata',
  taxonomy_term: 'taxonomy_term',
  taxonomy_detail: 'taxonomy',
  services: 'service',
  organization: 'organization',
};

/** Validates an object and every object nested in it against its own schema file; returns how many it checked. */
function validateDeep(type: string, value: unknown, where: string, problems: string[], seen: Map<string, number>): void {
  const validate = ajv.getSchema(`${type}.json`)!;
  if (!validate(value)) problems.push(`${where} (${type}): ${ajv.errorsText(validate.errors)}`);
  seen.set(type, (seen.get(type) ?? 0) + 1);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childType = NESTED[key];
    if (!childType) continue;
    const list = Array.isArray(child) ? child : [child];
    list.forEach((c, i) => validateDeep(childType, c, `${where}.${key}[${i}]`, problems, seen));
  }
}

function walk(value: unknown, fn: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, fn));
  else if (value && typeof value === 'object') {
    fn(value as Record<string, unknown>);
    Object.values(value).forEach((v) => walk(v, fn));
  }
}

const EXAMPLE_FILES = ['organization_full', 'organization_list', 'service_full', 'service_list', 'service_at_location_full', 'service_at_location_list', 'location'];

test('our copy of the HSDS schemas is the specification, unchanged', () => {
  for (const file of fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    const ours = fs.readFileSync(new URL(`./hsds-schema/${file}`, import.meta.url), 'utf8');
    assert.equal(ours, fs.readFileSync(path.join(SCHEMAS, file), 'utf8'), file);
  }
});

test('Europe/Brussels offsets: +1 in winter, +2 in summer, across the change', () => {
  assert.equal(brusselsOffsetHours(new Date('2026-01-15T12:00:00Z')), 1);
  assert.equal(brusselsOffsetHours(new Date('2026-07-15T12:00:00Z')), 2);
  assert.equal(brusselsOffsetHours(new Date('2026-03-29T00:30:00Z')), 1, 'before 02:00 on the last Sunday of March');
  assert.equal(brusselsOffsetHours(new Date('2026-03-29T01:30:00Z')), 2, 'after');
});

forEachDialect('directory: HSDS 3.0', (ctx) => {
  test('the export: every object (and every object nested in it) validates against the HSDS schemas', async () => {
    const doc = await directory.exportHsds(ctx.db, 'http://localhost:3000', new Date('2026-11-29T10:00:00Z'));
    const counts = await directory.countDirectory(ctx.db);
    assert.equal(doc.version, '3.0');
    assert.equal(doc.organizations.length, counts.organizations);
    assert.equal(doc.services.length, counts.services);
    const problems: string[] = [];
    const seen = new Map<string, number>();
    doc.organizations.forEach((o, i) => validateDeep('organization', o, `organizations[${i}]`, problems, seen));
    doc.services.forEach((s, i) => validateDeep('service', s, `services[${i}]`, problems, seen));
    doc.locations.forEach((l, i) => validateDeep('location', l, `locations[${i}]`, problems, seen));
    assert.equal(problems.join('\n'), '');
    for (const type of ['organization', 'service', 'location', 'address', 'phone', 'contact', 'schedule', 'service_area', 'service_at_location', 'attribute', 'taxonomy_term', 'taxonomy', 'metadata']) {
      assert.ok((seen.get(type) ?? 0) > 0, `the export has ${type} objects`);
    }
    // The compiled (fully inlined) schemas agree.
    for (const o of doc.organizations) assert.ok(compiledSchemas.organization(o), ajv.errorsText(compiledSchemas.organization.errors));
    for (const s of doc.services) assert.ok(compiledSchemas.service(s), ajv.errorsText(compiledSchemas.service.errors));

    // The traps: a UTC offset as time zone, only WEEKLY/MONTHLY, times with their offset.
    walk(doc, (o) => {
      if ('opens_at' in o) {
        assert.ok(o.timezone === 1 || o.timezone === 2, `timezone ${String(o.timezone)}`);
        assert.ok(o.freq === 'WEEKLY' || o.freq === 'MONTHLY');
        assert.match(String(o.opens_at), /^\d{2}:\d{2}\+0[12]:00$/);
      }
    });
    // Stable ids: exporting again gives the same document.
    const again = await directory.exportHsds(ctx.db, 'http://localhost:3000', new Date('2026-11-29T10:00:00Z'));
    assert.deepEqual(again, doc);
    const linde = doc.services.find((s) => s.name === 'Dagopvang voor ouderen in De Linde');
    assert.equal(linde?.id, directory.stableUuid('demo:service:dagopvang-de-linde-geel'));
    assert.equal(linde?.assured_date, '2026-10-28');
    assert.ok((linde?.service_areas as { name: string }[]).some((a) => a.name === 'Geel'));
  });

  test('the HSDS API: version info, paginated lists, details, 404s and bad parameters', async () => {
    const app = await ctx.app();
    const base = await app.inject('/api/hsds');
    assert.equal(base.statusCode, 200);
    assert.deepEqual(Object.keys(base.json()).sort(), ['openapi_url', 'profile', 'version']);
    assert.equal(base.json().version, '3.0');

    const counts = await directory.countDirectory(ctx.db);
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const res = await app.inject(`/api/hsds/services?per_page=5&page=${page}`);
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.total_items, counts.services);
      assert.equal(body.total_pages, Math.ceil(counts.services / 5));
      assert.equal(body.page_number, page);
      assert.equal(body.first_page, page === 1);
      assert.equal(body.size, body.contents.length);
      for (const s of body.contents as { id: string; phones?: unknown }[]) {
        assert.ok(compiledSchemas.service_list(s), ajv.errorsText(compiledSchemas.service_list.errors));
        assert.equal(s.phones, undefined, 'the list has one-to-one fields only');
        ids.push(s.id);
      }
      if (body.last_page) {
        assert.equal(page, body.total_pages);
        break;
      }
      assert.equal(body.size, 5);
    }
    assert.equal(ids.length, counts.services);
    assert.equal(new Set(ids).size, ids.length, 'no service on two pages');
    const beyond = (await app.inject('/api/hsds/services?page=99')).json();
    assert.equal(beyond.empty, true);
    assert.deepEqual(beyond.contents, []);

    const full = (await app.inject('/api/hsds/services?per_page=100&full=true')).json();
    for (const s of full.contents as unknown[]) assert.ok(compiledSchemas.service(s), ajv.errorsText(compiledSchemas.service.errors));

    const one = await app.inject(`/api/hsds/services/${ids[0]}`);
    assert.equal(one.statusCode, 200);
    assert.ok(compiledSchemas.service(one.json()), ajv.errorsText(compiledSchemas.service.errors));
    assert.equal(one.json().organization.id, one.json().organization_id);

    const orgs = (await app.inject('/api/hsds/organizations?per_page=100')).json();
    assert.equal(orgs.total_items, counts.organizations);
    assert.equal(orgs.last_page, true);
    for (const o of orgs.contents) assert.ok(compiledSchemas.organization_list(o), ajv.errorsText(compiledSchemas.organization_list.errors));
    const samana = orgs.contents.find((o: { name: string }) => o.name === 'Samana');
    const org = await app.inject(`/api/hsds/organizations/${samana.id}?full_service=true`);
    assert.ok(compiledSchemas.organization(org.json()), ajv.errorsText(compiledSchemas.organization.errors));
    assert.equal(org.json().services.length, 2);
    assert.ok(org.json().services[0].service_areas, 'full_service nests the services fully');
    const basic = (await app.inject(`/api/hsds/organizations/${samana.id}`)).json() as { services: { service_areas?: unknown }[] };
    assert.ok(compiledSchemas.organization(basic), ajv.errorsText(compiledSchemas.organization.errors));
    assert.equal(basic.services.length, 2);
    assert.equal(basic.services[0]?.service_areas, undefined, 'without full_service the services have their one-to-one fields');
    const ofSamana = (await app.inject(`/api/hsds/services?organization_id=${samana.id}`)).json();
    assert.equal(ofSamana.total_items, 2);
    const searched = (await app.inject('/api/hsds/services?search=dagopvang')).json();
    assert.ok(searched.total_items >= 3 && searched.total_items < counts.services);

    for (const url of ['/api/hsds/services/00000000-0000-4000-8000-000000000000', '/api/hsds/services/nonsense', '/api/hsds/organizations/00000000-0000-4000-8000-000000000000']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.json().error.code, /_not_found$/);
    }
    for (const url of ['/api/hsds/services?page=0', '/api/hsds/services?per_page=1000', '/api/hsds/services?page=abc', '/api/hsds/services?organization_id=x']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 400, url);
      assert.equal(res.json().error.code, 'invalid_request');
    }
  });

  test("the specification's examples import, again without duplicates, and export valid", async () => {
    for (const name of EXAMPLE_FILES) {
      const doc = JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.json`), 'utf8'));
      const result = await directory.importHsds(ctx.db, doc, { sourceTitle: `HSDS-voorbeeld ${name}` });
      assert.ok(result.organizations + result.services + result.locations > 0, name);
    }
    const before = await directory.countDirectory(ctx.db);
    await directory.importHsds(ctx.db, JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'organization_full.json'), 'utf8')), { sourceTitle: 'opnieuw' });
    assert.deepEqual(await directory.countDirectory(ctx.db), before, 'importing again updates, it does not duplicate');

    const service = await directory.getServiceById(ctx.db, 'ac148810-d857-441c-9679-408f346de14b');
    assert.equal(service.name, 'Community Counselling');
    assert.equal(service.organization.name, 'Example Organization Inc.');
    assert.equal(service.lastVerifiedOn, '2005-01-01', 'assured_date is the last verification');
    assert.equal(service.locations[0]?.location.address?.city, 'MyCity');
    assert.equal(service.locations[0]?.location.latitude, null, 'coordinates off the earth are not taken over');
    assert.equal(service.schedules[0]?.opensAt, '10:00');
    const app = await ctx.app();
    assert.equal((await app.inject(`/ondersteuning/${service.slug}`)).statusCode, 200);

    const doc = await directory.exportHsds(ctx.db, 'http://localhost:3000');
    const problems: string[] = [];
    doc.services.forEach((s, i) => validateDeep('service', s, `services[${i}]`, problems, new Map()));
    doc.organizations.forEach((o, i) => validateDeep('organization', o, `organizations[${i}]`, problems, new Map()));
    doc.locations.forEach((l, i) => validateDeep('location', l, `locations[${i}]`, problems, new Map()));
    assert.equal(problems.join('\n'), '');
    assert.ok(doc.locations.some((l) => l.id === '3a19ff88-4620-4d17-9830-ac1d859eb5d5') || doc.organizations.some((o) => (o.locations as { id: string }[] | undefined)?.some((l) => l.id === '3a19ff88-4620-4d17-9830-ac1d859eb5d5')));
  });

  test('our own export imports back unchanged', async () => {
    const doc = await directory.exportHsds(ctx.db, 'http://localhost:3000', new Date('2026-11-29T10:00:00Z'));
    const before = await directory.countDirectory(ctx.db);
    await directory.importHsds(ctx.db, JSON.parse(JSON.stringify(doc)), { sourceTitle: 'eigen export' });
    assert.deepEqual(await directory.countDirectory(ctx.db), before);
    const after = await directory.exportHsds(ctx.db, 'http://localhost:3000', new Date('2026-11-29T10:00:00Z'));
    assert.deepEqual(after.services, doc.services);
    assert.deepEqual(after.organizations, doc.organizations);
    const linde = await directory.getOrganization(ctx.db, 'dvc-de-linde-geel');
    assert.equal(linde.kind, 'day_care_centre', 'a known organisation keeps its kind');
    const samana = await directory.getOrganization(ctx.db, 'samana');
    assert.deepEqual([samana.sourceTitle, samana.sourceUrl, samana.lastVerifiedOn], ['Samana: voor mantelzorgers', 'https://www.samana.be/mantelzorger/', '2026-11-02'], 'sources survive the round trip');
    const service = await directory.getService(ctx.db, 'dagopvang-de-linde-geel');
    assert.deepEqual([service.sourceTitle, service.sourceUrl, service.url], ['Fictief voorbeeld voor de demo (geen bestaande organisatie)', null, null]);
  });

  test('an invalid file is refused with the list of problems, and nothing is written', async () => {
    const before = await directory.countDirectory(ctx.db);
    const doc = {
      organizations: [
        { id: '11111111-1111-4111-8111-111111111111', name: 'Goede organisatie', description: 'Deze is in orde.' },
        { id: 'geen-uuid', name: 'Slechte organisatie' },
      ],
      services: [
        { id: '22222222-2222-4222-8222-222222222222', organization_id: '11111111-1111-4111-8111-111111111111', name: 'Aanbod', status: 'open' },
        { id: '33333333-3333-4333-8333-333333333333', organization_id: '44444444-4444-4444-8444-444444444444', name: 'Wees', status: 'active' },
        { id: '55555555-5555-4555-8555-555555555555', organization_id: '11111111-1111-4111-8111-111111111111', name: 'Slechte dienst', status: 'active', schedules: [{ id: '66666666-6666-4666-8666-666666666666', freq: 'DAILY', timezone: 'Europe/Brussels' }] },
      ],
    };
    await assert.rejects(directory.importHsds(ctx.db, doc, { sourceTitle: 'test' }), (err: unknown) => {
      assert.ok(err instanceof directory.HsdsImportError);
      assert.equal(err.code, 'hsds_invalid');
      const text = err.problems.join('\n');
      assert.match(text, /organizations\[1\]\.id: geen geldige uuid/);
      assert.match(text, /organizations\[1\]: het veld "description" ontbreekt/);
      assert.match(text, /services\[0\]\.status: moet een van active/);
      assert.match(text, /services\[2\]\.schedules\[0\]\.freq/);
      assert.match(text, /services\[2\]\.schedules\[0\]\.timezone: moet van het type number/);
      return true;
    });
    // Only the orphan service wrong: the organisation check against the database refuses it too.
    await assert.rejects(directory.importHsds(ctx.db, { services: [doc.services[1]] }, { sourceTitle: 'test' }), /niet ingelezen/);
    for (const bad of [[1, 2], 'tekst', { version: '3.0', profile: 'x' }, { id: '77777777-7777-4777-8777-777777777777' }]) {
      await assert.rejects(directory.importHsds(ctx.db, bad, { sourceTitle: 'test' }), directory.HsdsImportError);
    }
    assert.deepEqual(await directory.countDirectory(ctx.db), before, 'nothing was written');
  });

  test('a failure while writing rolls the whole import back', async () => {
    const before = await directory.countDirectory(ctx.db);
    const orgId = '88888888-8888-4888-8888-888888888888';
    await assert.rejects(
      directory.saveDirectory(ctx.db, {
        organizations: [{ id: orgId, name: 'Halverwege', description: 'x', kind: 'other', sourceTitle: 'test' }],
        locations: [],
        services: [{ id: '99999999-9999-4999-8999-999999999999', organizationId: orgId, name: 'Fout', description: '', status: 'active', sourceTitle: 'test', terms: [{ id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', taxonomy: 'kind', slug: 'bestaat-niet' }] }],
      }),
      { code: 'invalid_input' },
    );
    assert.deepEqual(await directory.countDirectory(ctx.db), before);
  });

  test('the command line exports and imports as a real process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-hsds-'));
    try {
      const env = { ...process.env, DATA_DIR: ctx.config.dataDir, DATABASE_URL: ctx.config.databaseUrl, LOG_LEVEL: 'warn' };
      const out = path.join(dir, 'export.json');
      const exported = spawnSync(process.execPath, [BIN, 'export', 'hsds', out], { env, encoding: 'utf8', timeout: 120_000 });
      assert.equal(exported.status, 0, exported.stderr);
      assert.match(exported.stdout, /HSDS-export geschreven/);
      const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.ok(doc.services.length >= 20);
      const imported = spawnSync(process.execPath, [BIN, 'import', 'hsds', path.join(EXAMPLES, 'service_full.json')], { env, encoding: 'utf8', timeout: 120_000 });
      assert.equal(imported.status, 0, imported.stderr);
      assert.match(imported.stdout, /Ingelezen/);
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, JSON.stringify({ services: [{ id: 'x', name: 'y', status: 'z' }] }));
      const refused = spawnSync(process.execPath, [BIN, 'import', 'hsds', bad], { env, encoding: 'utf8', timeout: 120_000 });
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /Er is niets opgeslagen/);
      assert.match(refused.stderr, /services\[0\]\.id: geen geldige uuid/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
