/**
 * Accepted "Doe je mee?" suggestions become a draft activity or a draft service (of a new draft
 * organisation): on no public channel (pages, iCalendar, search, open API, HSDS, open data, widgets,
 * sitemap, municipality pages, support finder) until an editor publishes them from the back office.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, csrfOf, form, logIn } from '../../test/backoffice.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import * as directory from '../directory/directory.service.js';
import * as events from '../events/events.service.js';
import * as contributions from './contributions.service.js';

const ACTIVITY = 'Zorgzaamheidsavond Kwakkelbeek';
const SERVICE = 'Oppasdienst Ruisvoorn';
const NO_MAIL = { mailer: { kind: 'outbox' as const, send: async () => {}, close: () => {} }, baseUrl: 'http://localhost:3000', dataDir: '' };
const spam = { honeypot: '', formAgeSeconds: 60 };

/** Every public channel that could show an activity or a service: [address, does it mention the name?]. */
async function publicChannels(app: FastifyInstance, a: { slug: string }, s: { slug: string; id: string }, orgSlug: string) {
  const get = async (url: string) => {
    const res = await app.inject(url);
    return { url, status: res.statusCode, body: res.body };
  };
  return {
    activityPage: await get(`/activiteiten/${a.slug}`),
    activityIcs: await get(`/activiteiten/${a.slug}.ics`),
    servicePage: await get(`/ondersteuning/${s.slug}`),
    organisationPage: await get(`/organisatie/${orgSlug}`),
    apiActivity: await get(`/api/v1/activities/${a.slug}`),
    apiService: await get(`/api/v1/services/${s.slug}`),
    apiOrganisation: await get(`/api/v1/organisations/${orgSlug}`),
    hsdsService: await get(`/api/hsds/services/${s.id}`),
    lists: [
      { ...(await get('/activiteiten?van=2027-03-01&tot=2027-03-31')), shows: 'A' },
      { ...(await get('/activiteiten.ics')), shows: 'A' },
      { ...(await get('/activiteiten?postcode=2440')), shows: 'A' },
      { ...(await get('/api/v1/activities?from=2027-03-01&to=2027-03-31')), shows: 'A' },
      { ...(await get('/api/v1/activities?postcode=2440')), shows: 'A' },
      { ...(await get('/api/v1/services?postcode=2440&pageSize=100')), shows: 'S' },
      { ...(await get('/api/v1/services?pageSize=100')), shows: 'S' },
      { ...(await get('/api/v1/organisations?pageSize=100')), shows: 'S' },
      { ...(await get('/api/v1/municipalities/geel')), shows: 'S' },
      { ...(await get('/api/hsds/services?per_page=100&search=ruisvoorn')), shows: 'S' },
      { ...(await get('/api/hsds/organizations?per_page=100&search=ruisvoorn')), shows: 'S' },
      { ...(await get('/open-data/activiteiten.ics')), shows: 'A' },
      { ...(await get('/open-data/ondersteuning.hsds.json')), shows: 'S' },
      // The widget and the municipality page show only the next few activities: checked for drafts, not for this one.
      { ...(await get('/widget/activiteiten?gemeente=geel')), shows: '' },
      { ...(await get('/widget/ondersteuning?gemeente=geel')), shows: 'S' },
      { ...(await get('/sitemap.xml')), shows: 'AS' },
      { ...(await get('/gemeente/geel')), shows: 'S' },
      { ...(await get('/ondersteuning?postcode=2440')), shows: 'S' },
      { ...(await get('/zoeken?q=kwakkelbeek')), shows: 'A' },
      { ...(await get('/zoeken?q=ruisvoorn')), shows: 'S' },
      { ...(await get('/api/v1/search?q=kwakkelbeek')), shows: 'A' },
      { ...(await get('/api/v1/search?q=ruisvoorn')), shows: 'S' },
    ],
  };
}

forEachDialect('accepted suggestions become drafts', (ctx) => {
  let app: FastifyInstance;
  let editor: string;

  before(async () => {
    app = await ctx.app();
    await createUser(ctx.db, 'redactie-klad@example.be', 'editor');
    editor = await logIn(app, 'redactie-klad@example.be');
  });

  test('a draft activity and a draft service are on no public channel; after "Publiceren" (audited) they are on every one', async () => {
    const env = { ...NO_MAIL, dataDir: ctx.config.dataDir };
    const act = await contributions.submitContribution(ctx.db, env, { kind: 'activity', title: ACTIVITY, body: 'Een avond over zorgzaamheid in de buurt.', details: { date: '2027-03-16', time: '19:30', place: 'Zaal De Linde, Lindestraat 4, 2440 Geel', organiser: 'Buurtwerk Kwakkelbeek', link: 'https://example.be/kwakkelbeek' }, name: '', email: '', consent: false }, { ip: null, spam });
    const lst = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: SERVICE, body: 'Vrijwilligers passen op bij mensen met dementie.', details: { municipality: 'Geel', website: 'https://example.be/ruisvoorn', phone: '014 12 34 56', address: 'Markt 1, 2440 Geel' }, name: '', email: '', consent: false }, { ip: null, spam });
    const accepted = await contributions.acceptContribution(ctx.db, env, SYSTEM_ACTOR, act.id, { ...contributions.acceptDefaults(await contributions.getContribution(ctx.db, act.id)) });
    assert.equal(accepted.record!.type, 'activity');
    const acceptedListing = await contributions.acceptContribution(ctx.db, env, SYSTEM_ACTOR, lst.id, { ...contributions.acceptDefaults(await contributions.getContribution(ctx.db, lst.id)), organisationId: '' });
    assert.equal(acceptedListing.record!.type, 'service');

    // Prefilled from the submission, linked to it, both drafts.
    const activityId = Number(accepted.record!.id);
    const a = (await events.findActivityByUid(ctx.db, (await ctx.db.selectFrom('activities').select('uid').where('id', '=', activityId).executeTakeFirstOrThrow()).uid, { drafts: true }))!;
    assert.equal(a.draft, true);
    assert.equal(a.title, ACTIVITY);
    assert.equal(a.startLocal, '2027-03-16T19:30:00');
    assert.equal(a.endLocal, '2027-03-16T21:30:00');
    assert.equal(a.place?.postcode, '2440');
    assert.equal(a.organiser, 'Buurtwerk Kwakkelbeek');
    assert.equal(a.infoUrl, 'https://example.be/kwakkelbeek');
    const s = await directory.getServiceById(ctx.db, acceptedListing.record!.id, { drafts: true });
    assert.equal(s.draft, true);
    assert.equal(s.name, SERVICE);
    assert.equal(s.url, 'https://example.be/ruisvoorn');
    assert.deepEqual(s.phones.map((p) => p.number), ['014 12 34 56']);
    assert.deepEqual(s.areas.map((x) => x.label), ['Geel']);
    const org = await directory.getOrganizationById(ctx.db, s.organization.id, { drafts: true });
    assert.equal(org.draft, true, 'a new organisation is a draft too');
    assert.equal(org.locations[0]?.address?.postalCode, '2440');
    assert.equal((await contributions.getContribution(ctx.db, act.id)).record!.url, `/beheer/activiteiten/${activityId}`);
    assert.equal((await contributions.getContribution(ctx.db, lst.id)).record!.url, `/beheer/aanbod/${s.id}`);
    // The status page still says "aanvaard".
    assert.equal((await contributions.getContribution(ctx.db, lst.id)).status, 'accepted');

    // Give the service what the finder needs (a kind), as the editor would, without publishing it.
    await ctx.db.insertInto('directory_service_terms').values({ id: directory.newUuid(), service_id: s.id, term_id: (await ctx.db.selectFrom('directory_terms').select('id').where('taxonomy', '=', 'kind').executeTakeFirstOrThrow()).id }).execute();

    const hidden = await publicChannels(app, a, s, org.slug);
    for (const one of [hidden.activityPage, hidden.activityIcs, hidden.servicePage, hidden.organisationPage, hidden.apiActivity, hidden.apiService, hidden.apiOrganisation, hidden.hsdsService]) {
      assert.equal(one.status, 404, `${one.url} answers 404 for a draft`);
    }
    // A search page repeats the words searched for: there the records' addresses tell.
    const mentions = (one: { url: string; body: string }, what: 'A' | 'S') =>
      /^\/(zoeken|api\/v1\/search)\?/.test(one.url) ? one.body.includes(what === 'A' ? `/activiteiten/${a.slug}` : `/ondersteuning/${s.slug}`) : (what === 'A' ? /Kwakkelbeek/i : /Ruisvoorn/i).test(one.body);
    for (const one of hidden.lists) {
      assert.ok(one.status < 400, `${one.url}: ${one.status}`);
      assert.ok(!mentions(one, 'A') && !mentions(one, 'S'), `${one.url} shows no draft`);
    }

    // The back office shows the draft state and publishes.
    for (const url of [`/beheer/activiteiten/${activityId}`, `/beheer/aanbod/${s.id}`, `/beheer/organisaties/${org.id}`]) {
      const page = await app.inject({ url, headers: { cookie: editor } });
      assert.equal(page.statusCode, 200, url);
      const $ = cheerio.load(page.body);
      assert.equal($('#h-draft').text(), 'Klad: nog niet op de site', url);
      assert.equal($('form[action$="/publiceer"] button').text(), 'Publiceren', url);
    }
    const activityPage = await app.inject({ url: `/beheer/activiteiten/${activityId}`, headers: { cookie: editor } });
    const pub1 = await app.inject({ method: 'POST', url: `/beheer/activiteiten/${activityId}/publiceer`, ...form({ _csrf: csrfOf(activityPage.body, 'form[action$="/publiceer"]') }, editor) });
    assert.equal(pub1.statusCode, 303);
    const servicePage = await app.inject({ url: `/beheer/aanbod/${s.id}`, headers: { cookie: editor } });
    const pub2 = await app.inject({ method: 'POST', url: `/beheer/aanbod/${s.id}/publiceer`, ...form({ _csrf: csrfOf(servicePage.body, 'form[action$="/publiceer"]') }, editor) });
    assert.equal(pub2.statusCode, 303);
    const after = await app.inject({ url: `/beheer/aanbod/${s.id}`, headers: { cookie: editor } });
    assert.equal(cheerio.load(after.body)('#h-draft').length, 0);
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', 'in', ['activity.publish', 'service.publish', 'organisation.publish']).execute();
    assert.deepEqual(audit.map((x) => x.action).sort(), ['activity.publish', 'organisation.publish', 'service.publish'], 'publishing the service published its draft organisation too');

    const shown = await publicChannels(app, a, s, org.slug);
    for (const one of [shown.activityPage, shown.activityIcs, shown.servicePage, shown.organisationPage, shown.apiActivity, shown.apiService, shown.apiOrganisation, shown.hsdsService]) {
      assert.equal(one.status, 200, `${one.url} answers 200 once published`);
    }
    for (const one of shown.lists) {
      if (one.shows.includes('A')) assert.ok(mentions(one, 'A'), `${one.url} shows the activity once published`);
      if (one.shows.includes("S")) assert.ok(mentions(one, "S"), `${one.url} shows the service once published`);
    }
  });

  test('a partner cannot publish another organisation\'s draft service (403)', async () => {
    const env = { ...NO_MAIL, dataDir: ctx.config.dataDir };
    const lst = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: 'Dienst Zilverreiger', body: 'Hulp thuis.', details: {}, name: '', email: '', consent: false }, { ip: null, spam });
    const { record } = await contributions.acceptContribution(ctx.db, env, SYSTEM_ACTOR, lst.id, contributions.acceptDefaults(await contributions.getContribution(ctx.db, lst.id)));
    const other = directory.stableUuid('test:drafts-partner');
    await directory.saveDirectory(ctx.db, { organizations: [{ id: other, name: 'Andere vzw', description: 'x', kind: 'other', sourceTitle: 'test' }], locations: [], services: [] });
    const { createUser: make } = await import('../../test/backoffice.js');
    const user = await make(ctx.db, 'partner-klad@example.be', 'partner');
    await ctx.db.updateTable('users').set({ organisation_id: other }).where('id', '=', user.id).execute();
    const partner = await logIn(app, 'partner-klad@example.be');
    const own = await app.inject({ url: `/beheer/organisaties/${other}`, headers: { cookie: partner } });
    const res = await app.inject({ method: 'POST', url: `/beheer/aanbod/${record!.id}/publiceer`, ...form({ _csrf: csrfOf(own.body) }, partner) });
    assert.equal(res.statusCode, 403);
    assert.equal((await directory.getServiceById(ctx.db, record!.id, { drafts: true })).draft, true);
  });
});
