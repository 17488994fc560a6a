/** Partner API tokens and the write API on both databases: /beheer/sleutels, 401/403/400, rate limit, CORS, audit, and a pushed activity on /activiteiten and in the .ics. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, form, logIn, PASSWORD, sessionCsrf } from '../../test/backoffice.js';
import * as accounts from '../accounts/accounts.service.js';
import { listChanges, SYSTEM_ACTOR } from '../audit/audit.service.js';
import * as directory from '../directory/directory.service.js';
import * as events from '../events/events.service.js';
import * as tokens from './tokens.service.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const ORG_A = directory.stableUuid('test:token-a');
const ORG_B = directory.stableUuid('test:token-b');
const NO_MAIL = { mailer: { kind: 'outbox' as const, send: async () => {}, close: () => {} }, baseUrl: 'http://localhost:3000' };
const RATE = 25;

const activity = (over: Record<string, unknown> = {}) => ({
  uid: 'lotgenoten-17@partner-a.be',
  kind: 'peer_support',
  title: 'Lotgenotengroep jonge mantelzorgers',
  summary: 'Samen praten over zorgen voor een ouder.',
  venue: 'Ontmoetingscentrum De Brug',
  postcode: '2440',
  start: '2027-01-12T19:30',
  end: '2027-01-12T21:30',
  rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
  exdates: ['2027-01-19T19:30'],
  priceCents: 0,
  placesLeft: 8,
  audiences: ['mantelzorgers'],
  ...over,
});

forEachDialect('partner API tokens', (ctx) => {
  let app: FastifyInstance;
  let secretA = '';
  let secretB = '';
  let partnerA: string;
  let admin: string;
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}`, 'content-type': 'application/json' });

  before(async () => {
    app = await ctx.app({ now: () => NOW, apiWriteRateLimit: RATE });
    await directory.saveDirectory(ctx.db, {
      organizations: [
        { id: ORG_A, name: 'Token A vzw', description: 'A', kind: 'carer_association', sourceTitle: 'test' },
        { id: ORG_B, name: 'Token B vzw', description: 'B', kind: 'carer_association', sourceTitle: 'test' },
      ],
      locations: [],
      services: [],
    });
    await createUser(ctx.db, 'beheer@example.be', 'admin');
    await createUser(ctx.db, 'redactie@example.be', 'editor');
    await accounts.createUser(ctx.db, NO_MAIL, SYSTEM_ACTOR, { email: 'a@token-a.be', role: 'partner', organisationId: ORG_A, password: PASSWORD });
    admin = await logIn(app, 'beheer@example.be');
    partnerA = await logIn(app, 'a@token-a.be');
  });

  test('/beheer/sleutels: a partner makes a token for its own organisation, shown once and stored as a hash; an admin for any; an editor not', async () => {
    const csrf = await sessionCsrf(app, partnerA);
    const res = await app.inject({ method: 'POST', url: '/beheer/sleutels', ...form({ _csrf: csrf, name: 'Website agenda', organisationId: ORG_B }, partnerA) });
    assert.equal(res.statusCode, 200);
    const $ = cheerio.load(res.body);
    secretA = String($('#nieuwe-sleutel').attr('value'));
    assert.match(secretA, /^ept_[A-Za-z0-9_-]{40,}$/);
    const row = await ctx.db.selectFrom('api_tokens').selectAll().where('name', '=', 'Website agenda').executeTakeFirstOrThrow();
    assert.equal(row.organisation_id, ORG_A, 'a partner’s token is for its own organisation, whatever the form says');
    assert.equal(row.token_hash, tokens.hashSecret(secretA));
    assert.ok(!JSON.stringify(row).includes(secretA.slice(12)), 'the secret itself is not stored');
    const list = await app.inject({ url: '/beheer/sleutels', headers: { cookie: partnerA } });
    assert.ok(!list.body.includes(secretA), 'never shown again');
    assert.match(cheerio.load(list.body)('table').text(), /Website agenda/);

    const adminCsrf = await sessionCsrf(app, admin);
    const forB = await app.inject({ method: 'POST', url: '/beheer/sleutels', ...form({ _csrf: adminCsrf, name: 'Koppeling B', organisationId: ORG_B }, admin) });
    secretB = String(cheerio.load(forB.body)('#nieuwe-sleutel').attr('value'));
    assert.match(secretB, /^ept_/);
    const noOrg = await app.inject({ method: 'POST', url: '/beheer/sleutels', ...form({ _csrf: adminCsrf, name: '', organisationId: '' }, admin) });
    assert.equal(noOrg.statusCode, 400);
    assert.equal(cheerio.load(noOrg.body)('.error-summary li').length, 2);
    const editor = await logIn(app, 'redactie@example.be');
    assert.equal((await app.inject({ url: '/beheer/sleutels', headers: { cookie: editor } })).statusCode, 403);
    const log = await listChanges(ctx.db, { entityType: 'api_token' });
    assert.deepEqual(log.entries.map((e) => e.action), ['token.create', 'token.create']);
    // A partner cannot revoke another organisation's token, even with a valid CSRF token.
    const idB = (await ctx.db.selectFrom('api_tokens').select('id').where('name', '=', 'Koppeling B').executeTakeFirstOrThrow()).id;
    const forged = await app.inject({ method: 'POST', url: `/beheer/sleutels/${idB}/intrekken`, ...form({ _csrf: csrf }, partnerA) });
    assert.equal(forged.statusCode, 403);
  });

  test('a token pushes an activity: it appears on /activiteiten, its page and in /activiteiten.ics; the write is audited', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/activities', headers: bearer(secretA), payload: JSON.stringify(activity()) });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.uid, 'lotgenoten-17@partner-a.be');
    assert.equal(body.organisationId, ORG_A);
    const a = (await events.findActivityByUid(ctx.db, body.uid))!;
    assert.equal(a.organiser, 'Token A vzw');
    assert.deepEqual(events.nextOccurrences(a, NOW, 10).map((o) => o.start), ['2027-01-12T18:30:00.000Z', '2027-01-26T18:30:00.000Z', '2027-02-02T18:30:00.000Z']);

    const list = cheerio.load((await app.inject('/activiteiten?postcode=2440')).body);
    assert.ok(list(`a[href="/activiteiten/${body.slug}"]`).length > 0, 'on /activiteiten');
    assert.equal((await app.inject(`/activiteiten/${body.slug}`)).statusCode, 200);
    const ics = await app.inject('/activiteiten.ics');
    const vevents = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent');
    const mine = vevents.find((v) => v.getFirstPropertyValue('uid') === body.uid);
    assert.ok(mine, 'in the .ics');
    assert.equal(String(mine.getFirstPropertyValue('summary')), 'Lotgenotengroep jonge mantelzorgers');

    const log = await listChanges(ctx.db, { entityType: 'activity', entityId: String(body.id) });
    assert.equal(log.entries[0]!.action, 'activity.create');
    assert.match(log.entries[0]!.userLabel, /API-sleutel "Website agenda"/);

    // PUT by UID replaces it; the same UID again with POST is a conflict.
    const put = await app.inject({ method: 'PUT', url: `/api/v1/activities/${encodeURIComponent(body.uid)}`, headers: bearer(secretA), payload: JSON.stringify(activity({ title: 'Lotgenotengroep (nieuw uur)', start: '2027-01-12T20:00', end: '2027-01-12T22:00', exdates: [] })) });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().slug, body.slug, 'the address stays');
    assert.equal((await events.findActivityByUid(ctx.db, body.uid))!.startLocal, '2027-01-12T20:00:00');
    assert.equal((await app.inject({ method: 'POST', url: '/api/v1/activities', headers: bearer(secretA), payload: JSON.stringify(activity()) })).statusCode, 409);
  });

  test("401 without a valid token, 403 for another organisation's activity or service", async () => {
    const none = await app.inject({ method: 'POST', url: '/api/v1/activities', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(activity({ uid: 'x@y' })) });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json().error.code, 'unauthorized');
    assert.equal((await app.inject({ method: 'POST', url: '/api/v1/activities', headers: bearer('ept_bestaatniet1234567890'), payload: '{}' })).statusCode, 401);

    const byB = await app.inject({ method: 'PUT', url: '/api/v1/activities/lotgenoten-17@partner-a.be', headers: bearer(secretB), payload: JSON.stringify(activity({ title: 'Overgenomen' })) });
    assert.equal(byB.statusCode, 403);
    assert.equal(byB.json().error.code, 'forbidden');
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/v1/activities/lotgenoten-17@partner-a.be', headers: { authorization: `Bearer ${secretB}` } })).statusCode, 403);
    // Creating with another organisation's UID is refused too (it would otherwise overwrite it).
    assert.equal((await app.inject({ method: 'POST', url: '/api/v1/activities', headers: bearer(secretB), payload: JSON.stringify(activity()) })).statusCode, 403);
    // A demo activity belongs to no partner.
    assert.equal((await app.inject({ method: 'PUT', url: '/api/v1/activities/praatcafe-mantelzorg-geel', headers: bearer(secretA), payload: JSON.stringify(activity({ uid: undefined })) })).statusCode, 403);
    assert.equal((await events.findActivityByUid(ctx.db, 'lotgenoten-17@partner-a.be'))!.title, 'Lotgenotengroep (nieuw uur)');

    // Services: create for the own organisation, update it, not another's.
    const svc = await app.inject({ method: 'POST', url: '/api/v1/services', headers: bearer(secretA), payload: JSON.stringify({ name: 'Oppasdienst Token A', description: 'Een vrijwilliger past op.', kinds: ['respijtzorg'], municipalities: ['13008'] }) });
    assert.equal(svc.statusCode, 201, svc.body);
    const id = svc.json().id as string;
    assert.equal((await directory.getServiceById(ctx.db, id)).organization.id, ORG_A);
    const upd = await app.inject({ method: 'PUT', url: `/api/v1/services/${id}`, headers: bearer(secretA), payload: JSON.stringify({ name: 'Oppasdienst Token A', description: 'Nu ook in het weekend.' }) });
    assert.equal(upd.statusCode, 200, upd.body);
    assert.equal((await directory.getServiceById(ctx.db, id)).description, 'Nu ook in het weekend.');
    assert.equal((await app.inject({ method: 'PUT', url: `/api/v1/services/${id}`, headers: bearer(secretB), payload: JSON.stringify({ name: 'Van B', description: 'x' }) })).statusCode, 403);
    const log = await listChanges(ctx.db, { entityType: 'service', entityId: id });
    assert.deepEqual(log.entries.map((e) => e.action), ['service.update', 'service.create']);
  });

  test('invalid payloads answer 400 with every wrong field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/activities', headers: bearer(secretA), payload: JSON.stringify({ kind: 'feest', title: '', start: 'morgen', end: '2027-01-12T21:30', placesLeft: -1, colour: 'rood' }) });
    assert.equal(res.statusCode, 400);
    const error = res.json().error;
    assert.equal(error.code, 'invalid_input');
    for (const f of ['kind', 'title', 'summary', 'start', 'placesLeft', 'colour']) assert.ok(error.fields[f], `${f} in ${JSON.stringify(error.fields)}`);
    const rules = await app.inject({ method: 'POST', url: '/api/v1/activities', headers: bearer(secretA), payload: JSON.stringify(activity({ uid: 'ander@a', postcode: '9999', end: '2027-01-12T18:00', audiences: ['katten'] })) });
    assert.equal(rules.statusCode, 400);
    assert.ok(rules.json().error.fields.end && rules.json().error.fields.audiences, JSON.stringify(rules.json().error.fields));
    const notJson = await app.inject({ method: 'POST', url: '/api/v1/services', headers: bearer(secretA), payload: '[1,2]' });
    assert.equal(notJson.statusCode, 400);
    assert.equal((await app.inject({ method: 'PUT', url: '/api/v1/services/geen-uuid', headers: bearer(secretA), payload: '{}' })).statusCode, 400);
  });

  test('writes are not opened to other websites; reads stay open', async () => {
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/v1/activities', headers: { origin: 'https://elders.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    assert.ok(!String(preflight.headers['access-control-allow-methods'] ?? '').includes('POST'));
    assert.equal(preflight.headers['access-control-allow-credentials'], undefined);
    const write = await app.inject({ method: 'POST', url: '/api/v1/activities', headers: { ...bearer(secretA), origin: 'https://elders.example' }, payload: '{}' });
    assert.equal(write.headers['access-control-allow-origin'], undefined);
    const read = await app.inject({ url: '/api/v1/activities', headers: { origin: 'https://elders.example' } });
    assert.equal(read.headers['access-control-allow-origin'], '*');
  });

  test('the OpenAPI description has the write routes with a bearer scheme', async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    assert.equal(spec.components.securitySchemes.partnerToken.scheme, 'bearer');
    for (const [path, method] of [['/api/v1/activities', 'post'], ['/api/v1/activities/{ref}', 'put'], ['/api/v1/activities/{ref}', 'delete'], ['/api/v1/services', 'post'], ['/api/v1/services/{id}', 'put']] as const) {
      assert.deepEqual(spec.paths[path][method].security, [{ partnerToken: [] }], `${method} ${path}`);
    }
    assert.ok(spec.paths['/api/v1/activities'].post.requestBody);
  });

  test('each token has its own rate limit', async () => {
    let last = 0;
    for (let i = 0; i < RATE + 1; i++) last = (await app.inject({ method: 'POST', url: '/api/v1/services', headers: bearer(secretB), payload: '{}' })).statusCode;
    assert.equal(last, 429);
    const other = await app.inject({ method: 'POST', url: '/api/v1/services', headers: bearer(secretA), payload: '{}' });
    assert.equal(other.statusCode, 400, 'another token is not held up');
  });

  test('a revoked token gets 401; revocation is audited; DELETE removes the activity', async () => {
    const del = await app.inject({ method: 'DELETE', url: '/api/v1/activities/lotgenoten-17@partner-a.be', headers: { authorization: `Bearer ${secretA}` } });
    assert.equal(del.statusCode, 204);
    assert.equal(await events.findActivityByUid(ctx.db, 'lotgenoten-17@partner-a.be'), undefined);
    const id = (await ctx.db.selectFrom('api_tokens').select('id').where('name', '=', 'Website agenda').executeTakeFirstOrThrow()).id;
    const csrf = await sessionCsrf(app, partnerA);
    const res = await app.inject({ method: 'POST', url: `/beheer/sleutels/${id}/intrekken`, ...form({ _csrf: csrf }, partnerA) });
    assert.equal(res.statusCode, 303);
    const after = await app.inject({ method: 'POST', url: '/api/v1/activities', headers: bearer(secretA), payload: JSON.stringify(activity({ uid: 'na-intrekken@a' })) });
    assert.equal(after.statusCode, 401);
    assert.equal((await listChanges(ctx.db, { entityType: 'api_token', entityId: String(id) })).entries[0]!.action, 'token.revoke');
  });
});
