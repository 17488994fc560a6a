/** /beheer/activiteiten on both databases: every role, the form's recurrence in Brussels time, a partner kept to its own organisation, the iCalendar import, the audit log. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, filledForm, form, logIn, PASSWORD, sessionCsrf } from '../../test/backoffice.js';
import * as accounts from '../accounts/accounts.service.js';
import { listChanges, SYSTEM_ACTOR } from '../audit/audit.service.js';
import * as directory from '../directory/directory.service.js';
import * as events from './events.service.js';
import * as editing from './events.editing.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const ORG_A = directory.stableUuid('test:partner-a');
const ORG_B = directory.stableUuid('test:partner-b');
const NO_MAIL = { mailer: { kind: 'outbox' as const, send: async () => {}, close: () => {} }, baseUrl: 'http://localhost:3000' };

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Partner A//Agenda//NL',
  'BEGIN:VEVENT',
  'UID:praatgroep-a@partner-a.be',
  'DTSTAMP:20261120T100000Z',
  'DTSTART;TZID=Europe/Brussels:20270105T190000',
  'DTEND;TZID=Europe/Brussels:20270105T210000',
  'RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6',
  'EXDATE;TZID=Europe/Brussels:20270202T190000',
  'SUMMARY:Praatgroep jonge mantelzorgers',
  'DESCRIPTION:Elke eerste dinsdag.',
  'LOCATION:Zaal De Linde\\, Lindestraat 4\\, 2440 Geel',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

export async function createPartnerOrganisations(db: Parameters<typeof directory.saveDirectory>[0]): Promise<void> {
  await directory.saveDirectory(db, {
    organizations: [
      { id: ORG_A, name: 'Partner A vzw', description: 'Testorganisatie A', kind: 'carer_association', sourceTitle: 'test' },
      { id: ORG_B, name: 'Partner B vzw', description: 'Testorganisatie B', kind: 'carer_association', sourceTitle: 'test' },
    ],
    locations: [],
    services: [],
  });
}

function multipart(fields: Record<string, string>, file?: { name: string; content: string }, cookie?: string) {
  const boundary = '----eptest' + Math.random().toString(16).slice(2);
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  if (file) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/calendar\r\n\r\n${file.content}\r\n`);
  parts.push(`--${boundary}--\r\n`);
  return { payload: parts.join(''), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(cookie ? { cookie } : {}) } };
}

forEachDialect('activities in the back office', (ctx) => {
  let app: FastifyInstance;
  let admin: string;
  let editor: string;
  let partnerA: string;
  let partnerB: string;

  before(async () => {
    app = await ctx.app({ now: () => NOW });
    await createPartnerOrganisations(ctx.db);
    await createUser(ctx.db, 'admin@example.be', 'admin');
    await createUser(ctx.db, 'redactie@example.be', 'editor');
    await accounts.createUser(ctx.db, NO_MAIL, SYSTEM_ACTOR, { email: 'a@partner-a.be', role: 'partner', organisationId: ORG_A, password: PASSWORD });
    await accounts.createUser(ctx.db, NO_MAIL, SYSTEM_ACTOR, { email: 'b@partner-b.be', role: 'partner', organisationId: ORG_B, password: PASSWORD });
    admin = await logIn(app, 'admin@example.be');
    editor = await logIn(app, 'redactie@example.be');
    partnerA = await logIn(app, 'a@partner-a.be');
    partnerB = await logIn(app, 'b@partner-b.be');
  });

  test('anonymous visitors are sent to sign in; every role with a right sees the list', async () => {
    const anon = await app.inject('/beheer/activiteiten');
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /^\/beheer\/aanmelden/);
    for (const cookie of [admin, editor, partnerA]) {
      const res = await app.inject({ url: '/beheer/activiteiten', headers: { cookie } });
      assert.equal(res.statusCode, 200);
      assert.equal(cheerio.load(res.body)('h1').text(), 'Activiteiten');
    }
  });

  test('a monthly "first Tuesday" activity from the form: Brussels wall clock across the clock change, an exception date, audited', async () => {
    const page = await app.inject({ url: '/beheer/activiteiten/nieuw', headers: { cookie: partnerA } });
    assert.equal(page.statusCode, 200);
    const $ = cheerio.load(page.body);
    assert.equal($('select[name="organisationId"]').length, 0, 'a partner does not choose the organisation');
    const payload = filledForm(page.body, 'form.activity-form', {
      kind: 'peer_support',
      title: 'Praatcafé dementie',
      summary: 'Lotgenoten praten bij een kop koffie.',
      postcode: '2440',
      venue: 'Zaal De Linde',
      startDate: '2027-01-05',
      startTime: '19:00',
      endTime: '21:00',
      repeat: 'monthly',
      until: '2027-06-30',
      exdates: '2027-02-02',
      price: '2,50',
      placesLeft: '12',
      accessibility: 'Rolstoeltoegankelijk',
    });
    const res = await app.inject({ method: 'POST', url: '/beheer/activiteiten', payload, headers: { cookie: partnerA, 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
    const id = Number(/\/beheer\/activiteiten\/(\d+)/.exec(String(res.headers.location))![1]);
    const a = await editing.getActivityById(ctx.db, id);
    assert.equal(a.organisationId, ORG_A);
    assert.equal(a.organiser, 'Partner A vzw', 'an empty organiser is the organisation');
    assert.match(a.rrule!, /^FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270630T215959Z$/);
    assert.equal(a.priceCents, 250);
    assert.equal(a.placesLeft, 12);
    const starts = events.nextOccurrences(a, NOW, 10).map((o) => o.start);
    // January–March at 18:00 UTC (CET), April–June at 17:00 UTC (CEST); February is cancelled.
    assert.deepEqual(starts, ['2027-01-05T18:00:00.000Z', '2027-03-02T18:00:00.000Z', '2027-04-06T17:00:00.000Z', '2027-05-04T17:00:00.000Z', '2027-06-01T17:00:00.000Z']);
    const log = await listChanges(ctx.db, { entityType: 'activity', entityId: String(id) });
    assert.equal(log.entries[0]!.action, 'activity.create');
    assert.match(log.entries[0]!.userLabel, /a@partner-a\.be/);

    // The form shows it back as it was entered.
    const edit = cheerio.load((await app.inject({ url: `/beheer/activiteiten/${id}`, headers: { cookie: partnerA } })).body);
    assert.equal(edit('select[name="repeat"] option[selected]').attr('value'), 'monthly');
    assert.equal(edit('input[name="until"]').attr('value'), '2027-06-30');
    assert.equal(edit('textarea[name="exdates"]').text(), '2027-02-02');
    assert.equal(edit('input[name="price"]').attr('value'), '2,50');
    // And on the public calendar.
    const pub = await app.inject(`/activiteiten/${a.slug}`);
    assert.equal(pub.statusCode, 200);
  });

  test('bad input comes back with field errors and the values, as a 400', async () => {
    const csrf = await sessionCsrf(app, editor);
    const res = await app.inject({ method: 'POST', url: '/beheer/activiteiten', ...form({ _csrf: csrf, kind: 'webinar', title: 'Webinar zonder datum', summary: '', startDate: '05-01-2027', startTime: '25u', endTime: '21:00', onlineUrl: 'ftp://x', repeat: 'none', price: 'veel' }, editor) });
    assert.equal(res.statusCode, 400);
    const $ = cheerio.load(res.body);
    const linked = $('.error-summary a').map((_, el) => $(el).attr('href')).get();
    for (const f of ['summary', 'startDate', 'startTime', 'price']) assert.ok(linked.includes(`#f-${f}`), `${f} in ${linked.join(',')}`);
    assert.equal($('input[name="title"]').attr('value'), 'Webinar zonder datum');
  });

  test("a partner cannot open, change or delete another organisation's activity, even with a valid CSRF token", async () => {
    const other = await editing.createActivity(ctx.db, { user: { role: 'partner', organisationId: ORG_B, disabled: false }, actor: SYSTEM_ACTOR }, { slug: 'van-partner-b', kind: 'training', title: 'Vorming van B', summary: 'B', organiser: 'Partner B vzw', place: { postcode: '2000' }, startLocal: '2027-02-10T14:00', endLocal: '2027-02-10T16:00', audiences: ['mantelzorgers'], source: 'editor' }, NOW);
    assert.equal((await app.inject({ url: `/beheer/activiteiten/${other.id}`, headers: { cookie: partnerA } })).statusCode, 403);
    const csrf = await sessionCsrf(app, partnerA);
    const forged = await app.inject({ method: 'POST', url: `/beheer/activiteiten/${other.id}`, ...form({ _csrf: csrf, kind: 'training', title: 'Overgenomen', summary: 'x', postcode: '2000', startDate: '2027-02-10', startTime: '14:00', endTime: '16:00', repeat: 'none' }, partnerA) });
    assert.equal(forged.statusCode, 403);
    const del = await app.inject({ method: 'POST', url: `/beheer/activiteiten/${other.id}/verwijder`, ...form({ _csrf: csrf }, partnerA) });
    assert.equal(del.statusCode, 403);
    assert.equal((await editing.getActivityById(ctx.db, other.id)).title, 'Vorming van B');
    // Choosing another organisation in a forged create lands in the partner's own.
    const created = await app.inject({ method: 'POST', url: '/beheer/activiteiten', ...form({ _csrf: csrf, organisationId: ORG_B, kind: 'training', title: 'Niet voor B', summary: 'x', postcode: '2000', startDate: '2027-03-10', startTime: '14:00', endTime: '16:00', repeat: 'none' }, partnerA) });
    assert.equal(created.statusCode, 303);
    const mine = await editing.getActivityById(ctx.db, Number(/(\d+)/.exec(String(created.headers.location))![1]));
    assert.equal(mine.organisationId, ORG_A);
    // Partner B can delete its own; the deletion is audited and it leaves the site.
    const csrfB = await sessionCsrf(app, partnerB);
    const own = await app.inject({ method: 'POST', url: `/beheer/activiteiten/${other.id}/verwijder`, ...form({ _csrf: csrfB }, partnerB) });
    assert.equal(own.statusCode, 303);
    assert.equal((await app.inject('/activiteiten/van-partner-b')).statusCode, 404);
    assert.equal((await listChanges(ctx.db, { entityType: 'activity', entityId: String(other.id) })).entries[0]!.action, 'activity.delete');
  });

  test('lists: a partner sees its own by default, all on request; past ones apart', async () => {
    const own = cheerio.load((await app.inject({ url: '/beheer/activiteiten', headers: { cookie: partnerA } })).body);
    const titles = own('table tbody tr td:first-child').text();
    assert.match(titles, /Praatcafé dementie/);
    assert.doesNotMatch(titles, /Praatcafé mantelzorg Geel/, 'demo activities are not the partner’s');
    const all = cheerio.load((await app.inject({ url: '/beheer/activiteiten?toon=alle', headers: { cookie: partnerA } })).body);
    assert.ok(all('table tbody tr').length > own('table tbody tr').length);
    assert.ok(all('table tbody tr td:first-child > a[href^="/beheer/activiteiten/"]').length < all('table tbody tr').length, 'others’ activities are not editable links');
    const past = await app.inject({ url: '/beheer/activiteiten?wanneer=voorbij', headers: { cookie: admin } });
    assert.equal(past.statusCode, 200);
  });

  test('Importeer iCalendar: a partner’s file lands in its own organisation, again updates; bad files and URLs get clear errors', async () => {
    const csrf = await sessionCsrf(app, partnerA);
    const first = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ _csrf: csrf, url: '', organiser: '', organisationId: ORG_B }, { name: 'agenda.ics', content: ICS }, partnerA) });
    assert.equal(first.statusCode, 200, first.body.slice(0, 1500));
    assert.match(cheerio.load(first.body)('[role="status"]').text(), /1 activiteit nieuw, 0 bijgewerkt/);
    const imported = await events.findActivityByUid(ctx.db, 'praatgroep-a@partner-a.be');
    assert.equal(imported?.organisationId, ORG_A);
    assert.equal(imported?.organiser, 'Partner A vzw');
    const again = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ _csrf: csrf, url: '' }, { name: 'agenda.ics', content: ICS }, partnerA) });
    assert.match(cheerio.load(again.body)('[role="status"]').text(), /0 activiteiten nieuw, 1 bijgewerkt/);
    // Partner B cannot take over A's UID by importing it.
    const csrfB = await sessionCsrf(app, partnerB);
    const takeover = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ _csrf: csrfB, url: '' }, { name: 'agenda.ics', content: ICS.replace('Praatgroep jonge', 'Gekaapte') }, partnerB) });
    assert.match(cheerio.load(takeover.body)('[role="status"]').text(), /andere organisatie/);
    assert.equal((await events.findActivityByUid(ctx.db, 'praatgroep-a@partner-a.be'))?.title, 'Praatgroep jonge mantelzorgers');

    const bad = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ _csrf: csrf, url: '' }, { name: 'x.ics', content: 'dit is geen agenda' }, partnerA) });
    assert.equal(bad.statusCode, 400);
    assert.match(cheerio.load(bad.body)('.error-summary').text(), /geen geldig iCalendar-bestand/);
    const none = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ _csrf: csrf, url: '' }, undefined, partnerA) });
    assert.equal(none.statusCode, 400);
    const badUrl = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ _csrf: csrf, url: 'ftp://agenda' }, undefined, partnerA) });
    assert.equal(badUrl.statusCode, 400);
    assert.match(cheerio.load(badUrl.body)('.error-summary').text(), /http/);
    // A URL on the internal network is not fetched.
    const internal = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ _csrf: csrf, url: 'http://127.0.0.1:9/agenda.ics' }, undefined, partnerA) });
    assert.equal(internal.statusCode, 400);
    assert.match(cheerio.load(internal.body)('.error-summary').text(), /intern netwerk/);
    const log = await listChanges(ctx.db, { entityType: 'activity' });
    assert.ok(log.entries.some((e) => e.action === 'activity.import' && (e.after as { organisationId: string }).organisationId === ORG_A));
    // Without a CSRF token the upload is refused.
    const noCsrf = await app.inject({ method: 'POST', url: '/beheer/activiteiten/importeren', ...multipart({ url: '' }, { name: 'agenda.ics', content: ICS }, partnerA) });
    assert.equal(noCsrf.statusCode, 403);
  });

  test('an editor chooses the organisation and may edit any activity; a partner without an organisation has no access', async () => {
    const demo = (await editing.listActivitiesForEditing(ctx.db, { when: 'upcoming', now: NOW }))[0]!;
    const page = await app.inject({ url: `/beheer/activiteiten/${demo.id}`, headers: { cookie: editor } });
    assert.equal(page.statusCode, 200);
    const payload = filledForm(page.body, 'form.activity-form', { organisationId: ORG_B, accessibility: 'Ringleiding aanwezig' });
    const res = await app.inject({ method: 'POST', url: `/beheer/activiteiten/${demo.id}`, payload, headers: { cookie: editor, 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.statusCode, 303, res.body.slice(0, 1500));
    const after = await editing.getActivityById(ctx.db, demo.id);
    assert.equal(after.organisationId, ORG_B);
    assert.equal(after.accessibility, 'Ringleiding aanwezig');
    assert.equal(after.rrule, demo.rrule, 'a rule the form cannot say is kept as it was');
    assert.deepEqual(events.nextOccurrences(after, NOW, 3).map((o) => o.start), events.nextOccurrences(demo, NOW, 3).map((o) => o.start));
    await accounts.createUser(ctx.db, NO_MAIL, SYSTEM_ACTOR, { email: 'los@example.be', role: 'partner', password: PASSWORD });
    const loose = await logIn(app, 'los@example.be');
    assert.equal((await app.inject({ url: '/beheer/activiteiten', headers: { cookie: loose } })).statusCode, 403);
  });
});
