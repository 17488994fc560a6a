/**
 * The directory's back office on both databases: partners limited to their own organisation (403 for
 * every page and every forged post of another's), editing with field errors and the input kept,
 * rows removed from a form deleted, postcode → municipality, search and public pages in step,
 * verification and the dashboard's stale listings, carer premiums, deletes, the audit log.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, csrfOf, filledForm, form, formFields, logIn } from '../../test/backoffice.js';
import * as audit from '../audit/audit.service.js';
import * as directory from './directory.service.js';

const FORM = 'form.directory-form';

forEachDialect('directory back office', (ctx) => {
  const cookies: Record<string, string> = {};
  /** two organisations that each have a service and an address */
  let own: { id: string; service: string; location: string };
  let other: { id: string; service: string; location: string };

  before(async () => {
    const app = await ctx.app();
    const rows = await ctx.db
      .selectFrom('directory_organizations as o')
      .innerJoin('directory_services as s', 's.organization_id', 'o.id')
      .innerJoin('directory_locations as l', 'l.organization_id', 'o.id')
      .select(['o.id', 's.id as service', 'l.id as location'])
      .orderBy('o.name')
      .orderBy('s.name')
      .execute();
    const byOrg = [...new Map(rows.map((r) => [r.id, r])).values()];
    assert.ok(byOrg.length >= 2, 'the demo data has organisations with services and addresses');
    [own, other] = [byOrg[0]!, byOrg[1]!];
    for (const role of ['partner', 'editor', 'admin'] as const) await createUser(ctx.db, `${role}@example.be`, role);
    cookies.admin = await logIn(app, 'admin@example.be');
    cookies.editor = await logIn(app, 'editor@example.be');
    // The admin links the partner to its organisation in the user pages.
    const partner = await ctx.db.selectFrom('users').select('id').where('email', '=', 'partner@example.be').executeTakeFirstOrThrow();
    const page = await app.inject({ url: `/beheer/gebruikers/${partner.id}`, headers: { cookie: cookies.admin } });
    assert.ok(cheerio.load(page.body)(`#f-organisationId option[value="${own.id}"]`).length, 'organisations to choose from');
    const bad = await app.inject({ method: 'POST', url: `/beheer/gebruikers/${partner.id}`, payload: filledForm(page.body, 'main form', { organisationId: '00000000-0000-4000-8000-000000000000' }), headers: { cookie: cookies.admin, 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(bad.statusCode, 400);
    assert.ok(cheerio.load(bad.body)('#e-organisationId').text());
    const saved = await app.inject({ method: 'POST', url: `/beheer/gebruikers/${partner.id}`, payload: filledForm(page.body, 'main form', { organisationId: own.id }), headers: { cookie: cookies.admin, 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(saved.statusCode, 303);
    cookies.partner = await logIn(app, 'partner@example.be');
  });

  async function get(url: string, who: string) {
    return (await ctx.app()).inject({ url, headers: { cookie: cookies[who]! } });
  }

  async function post(url: string, who: string, body: string | Record<string, string | string[]>) {
    const payload = typeof body === 'string' ? body : form(body).payload;
    return (await ctx.app()).inject({ method: 'POST', url, payload, headers: { cookie: cookies[who]!, 'content-type': 'application/x-www-form-urlencoded' } });
  }

  test('a partner sees and edits only its own organisation; everything of another answers 403, also a forged post with a valid token', async () => {
    const dash = cheerio.load((await get('/beheer', 'partner')).body);
    assert.equal(dash('main a[href="/beheer/organisaties"]').length, 1, 'the dashboard leads to its organisation');
    const list = cheerio.load((await get('/beheer/organisaties', 'partner')).body);
    assert.deepEqual(list('tbody a').map((_, a) => list(a).attr('href')).get(), [`/beheer/organisaties/${own.id}`]);
    assert.equal(list('a[href="/beheer/organisaties/nieuw"]').length, 0);
    for (const url of [`/beheer/organisaties/${own.id}`, `/beheer/aanbod/${own.service}`, `/beheer/locaties/${own.location}`, `/beheer/organisaties/${own.id}/aanbod/nieuw`, `/beheer/organisaties/${own.id}/locaties/nieuw`]) {
      assert.equal((await get(url, 'partner')).statusCode, 200, url);
    }
    for (const url of [
      `/beheer/organisaties/${other.id}`,
      `/beheer/aanbod/${other.service}`,
      `/beheer/locaties/${other.location}`,
      `/beheer/organisaties/${other.id}/aanbod/nieuw`,
      `/beheer/organisaties/${other.id}/locaties/nieuw`,
      '/beheer/organisaties/nieuw',
      '/beheer/premies',
      '/beheer/items',
      '/beheer/gebruikers',
      '/beheer/audit',
      '/beheer/themas',
      '/beheer/zoeken',
    ]) {
      assert.equal((await get(url, 'partner')).statusCode, 403, url);
    }

    // A valid token and a complete form of its own service, sent to the other organisation's records.
    const mine = await get(`/beheer/aanbod/${own.service}`, 'partner');
    const ownBefore = await directory.getServiceById(ctx.db, own.service);
    const forged = filledForm(mine.body, FORM, { description: 'Overgenomen door een andere partner.' });
    const token = csrfOf(mine.body, FORM);
    const otherBefore = await directory.getServiceById(ctx.db, other.service);
    const orgBefore = await directory.getOrganizationById(ctx.db, other.id);
    const auditBefore = (await audit.listChanges(ctx.db)).total;
    const attempts: [string, string | Record<string, string>][] = [
      [`/beheer/aanbod/${other.service}`, forged],
      [`/beheer/aanbod/${other.service}/nagekeken`, { _csrf: token }],
      [`/beheer/aanbod/${other.service}/verwijder`, { _csrf: token, bevestig: 'ja' }],
      [`/beheer/organisaties/${other.id}`, filledForm((await get(`/beheer/organisaties/${own.id}`, 'partner')).body, FORM, { name: 'Gekaapt' })],
      [`/beheer/organisaties/${other.id}/nagekeken`, { _csrf: token }],
      [`/beheer/organisaties/${other.id}/aanbod`, forged],
      [`/beheer/organisaties/${other.id}/locaties`, filledForm((await get(`/beheer/locaties/${own.location}`, 'partner')).body, FORM, {})],
      [`/beheer/locaties/${other.location}`, filledForm((await get(`/beheer/locaties/${own.location}`, 'partner')).body, FORM, { address1: 'Kaapstraat 1' })],
      [`/beheer/locaties/${other.location}/verwijder`, { _csrf: token, bevestig: 'ja' }],
      [`/beheer/organisaties/${own.id}/verwijder`, { _csrf: token, bevestig: 'ja' }],
      ['/beheer/organisaties', filledForm((await get(`/beheer/organisaties/${own.id}`, 'partner')).body, FORM, { name: 'Nieuwe van partner' })],
      ['/beheer/premies', { _csrf: token, place: 'Geel', status: 'premium', name: 'x', sourceUrl: 'https://example.org' }],
    ];
    for (const [url, body] of attempts) assert.equal((await post(url, 'partner', body)).statusCode, 403, url);
    assert.deepEqual(await directory.getServiceById(ctx.db, other.service), otherBefore, 'the other service is untouched');
    assert.deepEqual(await directory.getOrganizationById(ctx.db, other.id), orgBefore, 'the other organisation is untouched');
    assert.equal((await audit.listChanges(ctx.db)).total, auditBefore, 'nothing was written');
    // Its own service: saved, audited, on the public page and in the search.
    const res = await post(`/beheer/aanbod/${own.service}`, 'partner', filledForm(mine.body, FORM, { description: 'Wij bieden nu ook zwemlessen voor mantelzorgers, elke woensdag.' }));
    assert.equal(res.statusCode, 303);
    const service = await directory.getServiceById(ctx.db, own.service);
    assert.equal(service.description, 'Wij bieden nu ook zwemlessen voor mantelzorgers, elke woensdag.');
    assert.deepEqual(service.organization.id, own.id);
    const entry = (await audit.listChanges(ctx.db, { entityType: 'service', entityId: own.service })).entries[0]!;
    assert.equal(entry.action, 'service.update');
    assert.equal(entry.userLabel, 'Test partner <partner@example.be>');
    assert.equal((entry.before as { description: string }).description, ownBefore.description);
    assert.equal((entry.after as { description: string }).description, service.description);
    const app = await ctx.app();
    const page = cheerio.load((await app.inject(`/ondersteuning/${service.slug}`)).body);
    assert.match(page('main').text(), /zwemlessen voor mantelzorgers/);
    const found = cheerio.load((await app.inject({ url: '/zoeken', query: { q: 'zwemlessen' } })).body);
    assert.ok(found(`main a[href$="/ondersteuning/${service.slug}"]`).length >= 1, 'the site search has the new text');
  });

  test('an editor creates an organisation, an address (postcode → municipality) and a service; bad input comes back with errors', async () => {
    const blank = await get('/beheer/organisaties/nieuw', 'editor');
    assert.equal(blank.statusCode, 200);
    const noToken = new URLSearchParams(filledForm(blank.body, FORM, { name: 'Zonder token', description: 'x' }));
    noToken.delete('_csrf');
    assert.equal((await post('/beheer/organisaties', 'editor', noToken.toString())).statusCode, 403, 'a form without its CSRF token is refused');
    assert.equal((await ctx.db.selectFrom('directory_organizations').select('id').where('name', '=', 'Zonder token').execute()).length, 0);
    const bad = await post('/beheer/organisaties', 'editor', filledForm(blank.body, FORM, { name: 'Oppasdienst De Wieg', description: '', email: 'geen-mail', website: 'www.zonder-http.be', kind: 'sitting_service', phoneNumber: 'bel maar' }));
    assert.equal(bad.statusCode, 400);
    const $bad = cheerio.load(bad.body);
    assert.equal($bad('#f-name').attr('value'), 'Oppasdienst De Wieg', 'input kept');
    assert.equal($bad('#f-email').attr('value'), 'geen-mail');
    assert.equal($bad('#f-phoneNumber-0').attr('value'), 'bel maar');
    for (const field of ['description', 'email', 'website', 'phones']) assert.ok($bad(`.error-summary a[href="#f-${field}"]`).length, field);
    assert.equal($bad('#f-email').attr('aria-invalid'), 'true');

    const created = await post(
      '/beheer/organisaties',
      'editor',
      filledForm(blank.body, FORM, { name: 'Oppasdienst De Wieg', description: 'Vrijwilligers passen op bij je naaste thuis.', kind: 'sitting_service', email: 'info@dewieg.example.org', phoneNumber: '014 12 34 56', phoneDescription: 'Onthaal' }),
    );
    assert.equal(created.statusCode, 303);
    const orgId = /\/beheer\/organisaties\/([0-9a-f-]{36})/.exec(String(created.headers.location))![1]!;
    const org = await directory.getOrganizationById(ctx.db, orgId);
    assert.equal(org.kind, 'sitting_service');
    assert.deepEqual(org.phones.map((p) => [p.number, p.description]), [['014 12 34 56', 'Onthaal']]);
    assert.equal(org.lastVerifiedOn, new Date().toISOString().slice(0, 10), 'new listings are checked today');

    const newLocation = await get(`/beheer/organisaties/${orgId}/locaties/nieuw`, 'editor');
    const unknownPostcode = await post(`/beheer/organisaties/${orgId}/locaties`, 'editor', filledForm(newLocation.body, FORM, { address1: 'Voorbeeldstraat 1', postalCode: '9999' }));
    assert.equal(unknownPostcode.statusCode, 400);
    assert.match(cheerio.load(unknownPostcode.body)('#e-postalCode').text(), /9999/);
    assert.equal(cheerio.load(unknownPostcode.body)('#f-address1').attr('value'), 'Voorbeeldstraat 1');
    const addedLocation = await post(`/beheer/organisaties/${orgId}/locaties`, 'editor', filledForm(newLocation.body, FORM, { address1: 'Voorbeeldstraat 1', postalCode: '2440', hoursDays: 'ma, wo', hoursOpens: '09:00', hoursCloses: '12:00' }));
    assert.equal(addedLocation.statusCode, 303);
    const locationId = /\/beheer\/locaties\/([0-9a-f-]{36})/.exec(String(addedLocation.headers.location))![1]!;
    const location = await directory.getLocationById(ctx.db, locationId);
    assert.equal(location.municipality?.name, 'Geel');
    assert.equal(location.address?.city, 'Geel', 'the city follows from the postcode');
    assert.equal(location.coordinatesFrom, 'municipality');
    assert.deepEqual(location.schedules.map((s) => [s.byday, s.opensAt, s.closesAt]), [['MO,WE', '09:00', '12:00']]);
    // What the form does not show (here an end date an import gave) survives a save of the form.
    await ctx.db.updateTable('directory_schedules').set({ valid_to: '2027-06-30' }).where('location_id', '=', locationId).execute();
    const locationPage = await get(`/beheer/locaties/${locationId}`, 'editor');
    assert.equal((await post(`/beheer/locaties/${locationId}`, 'editor', filledForm(locationPage.body, FORM, { name: 'Lokaal De Wieg' }))).statusCode, 303);
    const resaved = await directory.getLocationById(ctx.db, locationId);
    assert.deepEqual([resaved.name, resaved.schedules[0]!.validTo, resaved.schedules[0]!.id], ['Lokaal De Wieg', '2027-06-30', location.schedules[0]!.id]);

    const newService = await get(`/beheer/organisaties/${orgId}/aanbod/nieuw`, 'editor');
    const badService = await post(`/beheer/organisaties/${orgId}/aanbod`, 'editor', filledForm(newService.body, FORM, { name: 'Oppas overdag', description: 'Een vrijwilliger komt een namiddag.', areas: 'Geel\nAtlantis', hoursDays: 'maandag, feestdag', minimumAge: 'oud' }));
    assert.equal(badService.statusCode, 400);
    const $s = cheerio.load(badService.body);
    assert.match($s('#e-areas').text(), /Atlantis/);
    assert.match($s('#e-hours').text(), /feestdag/);
    assert.ok($s('#e-kinds').text());
    assert.ok($s('#e-minimumAge').text());
    assert.equal($s('#f-areas').text(), 'Geel\nAtlantis', 'input kept');
    const body = new URLSearchParams(filledForm(newService.body, FORM, { name: 'Oppas overdag', description: 'Een vrijwilliger komt een namiddag.', areas: 'Geel\n2200\nprovincie limburg\nheel Brussel', hoursDays: '1di', hoursOpens: '13:00', hoursCloses: '17:00' }));
    body.append('kinds', 'oppas');
    body.append('audiences', 'mantelzorgers');
    const kinds = await directory.listTerms(ctx.db);
    if (!kinds.kinds.some((k) => k.slug === 'oppas')) body.set('kinds', kinds.kinds[0]!.slug);
    const addedService = await post(`/beheer/organisaties/${orgId}/aanbod`, 'editor', body.toString());
    assert.equal(addedService.statusCode, 303, cheerio.load(addedService.body)('.error-summary').text());
    const serviceId = /\/beheer\/aanbod\/([0-9a-f-]{36})/.exec(String(addedService.headers.location))![1]!;
    const service = await directory.getServiceById(ctx.db, serviceId);
    assert.deepEqual(service.areas.map((a) => a.label).sort(), ['Geel', 'Herentals', 'heel Brussel', 'provincie Limburg'].sort());
    assert.deepEqual(service.locations.map((l) => l.location.id), [locationId], 'the only address is chosen by default');
    assert.deepEqual(service.schedules.map((s) => [s.freq, s.byday]), [['MONTHLY', '1TU']]);
    const geel = cheerio.load((await (await ctx.app()).inject('/ondersteuning?postcode=2440')).body);
    assert.ok(geel(`a[href="/ondersteuning/${service.slug}"]`).length, 'found by the support finder in Geel');

    // Leaving a row empty deletes it; a row id of another record is a new row, never a move.
    const foreignPhone = await ctx.db.selectFrom('directory_phones').selectAll().where('organization_id', 'is not', null).where('organization_id', '!=', orgId).orderBy('id').executeTakeFirstOrThrow();
    const editPage = await get(`/beheer/organisaties/${orgId}`, 'editor');
    // Row 1 emptied; row 2 (an empty one) filled in with the id of another organisation's phone.
    const fields = formFields(editPage.body, FORM);
    const nth = (name: string, n: number) => fields.filter(([k]) => k === name)[n]!;
    nth('phoneNumber', 0)[1] = '';
    nth('phoneId', 1)[1] = foreignPhone.id;
    nth('phoneNumber', 1)[1] = '011 22 33 44';
    nth('phoneDescription', 1)[1] = 'Nieuw';
    const edited = new URLSearchParams(fields);
    assert.equal((await post(`/beheer/organisaties/${orgId}`, 'editor', edited.toString())).statusCode, 303);
    const after = await directory.getOrganizationById(ctx.db, orgId);
    assert.deepEqual(after.phones.map((p) => [p.number, p.description]), [['011 22 33 44', 'Nieuw']], 'the emptied row is gone, the added one is there');
    assert.notEqual(after.phones[0]!.id, foreignPhone.id);
    assert.deepEqual(await ctx.db.selectFrom('directory_phones').selectAll().where('id', '=', foreignPhone.id).executeTakeFirst(), foreignPhone, "the other organisation's phone is untouched");
    const actions = (await audit.listChanges(ctx.db, { entityId: orgId })).entries.map((e) => e.action);
    assert.deepEqual(actions, ['organisation.update', 'organisation.create']);
  });

  test('listings not verified for 12 months are on the dashboard; "checked today" takes them off', async () => {
    const stale = await directory.listStaleListings(ctx.db, new Date().toISOString().slice(0, 10));
    const service = stale.find((l) => l.kind === 'service');
    assert.ok(service, 'the demo data has a stale service');
    const dash = cheerio.load((await get('/beheer', 'editor')).body);
    const links = dash('section[aria-labelledby="h-stale"] a').map((_, a) => dash(a).attr('href')).get();
    assert.equal(links[0], `/beheer/${stale[0]!.kind === 'service' ? 'aanbod' : 'organisaties'}/${stale[0]!.id}`, 'the oldest listing first');
    await ctx.db.updateTable('directory_services').set({ last_verified_on: '2020-01-01' }).where('id', '=', service.id).execute();
    const before = cheerio.load((await get('/beheer', 'editor')).body);
    assert.equal(before('section[aria-labelledby="h-stale"] li a').first().attr('href'), `/beheer/aanbod/${service.id}`, 'oldest first');
    const page = await get(`/beheer/aanbod/${service.id}`, 'editor');
    assert.match(cheerio.load(page.body)('.status-stale').text(), /12 maanden/);
    const res = await post(`/beheer/aanbod/${service.id}/nagekeken`, 'editor', { _csrf: csrfOf(page.body, `form[action="/beheer/aanbod/${service.id}/nagekeken"]`) });
    assert.equal(res.statusCode, 303);
    assert.equal((await directory.getServiceById(ctx.db, service.id)).lastVerifiedOn, new Date().toISOString().slice(0, 10));
    const after = cheerio.load((await get('/beheer', 'editor')).body);
    assert.ok(!after('section[aria-labelledby="h-stale"] a').map((_, a) => after(a).attr('href')).get().includes(`/beheer/aanbod/${service.id}`));
    const entry = (await audit.listChanges(ctx.db, { entityType: 'service', entityId: service.id })).entries[0]!;
    assert.deepEqual([entry.action, entry.before], ['service.verify', { lastVerifiedOn: '2020-01-01' }]);
  });

  test('carer premiums: add one for a municipality, refuse bad input with the input kept, edit and delete', async () => {
    const list = await get('/beheer/premies', 'editor');
    assert.equal(list.statusCode, 200);
    const token = csrfOf(list.body, FORM);
    const premium = { _csrf: token, place: 'Hoogstraten', status: 'premium', name: 'Mantelzorgtoelage', amount: '€ 20 per maand', sourceUrl: 'niet-een-link' };
    const bad = await post('/beheer/premies', 'editor', premium);
    assert.equal(bad.statusCode, 400);
    assert.equal(cheerio.load(bad.body)('#f-place').attr('value'), 'Hoogstraten');
    assert.ok(cheerio.load(bad.body)('#e-sourceUrl').text());
    const unknown = await post('/beheer/premies', 'editor', { ...premium, place: 'Atlantis', sourceUrl: 'https://www.hoogstraten.be' });
    assert.ok(cheerio.load(unknown.body)('#e-place').text());
    const created = await post('/beheer/premies', 'editor', { ...premium, sourceUrl: 'https://www.hoogstraten.be' });
    assert.equal(created.statusCode, 303);
    const nis = /\/beheer\/premies\/(\d{5})/.exec(String(created.headers.location))![1]!;
    assert.equal((await directory.getCarerPremium(ctx.db, nis))?.amount, '€ 20 per maand');
    const again = await post('/beheer/premies', 'editor', { ...premium, sourceUrl: 'https://www.hoogstraten.be' });
    assert.equal(again.statusCode, 400, 'one premium per municipality');
    const page = await get(`/beheer/premies/${nis}`, 'editor');
    assert.equal((await post(`/beheer/premies/${nis}`, 'editor', filledForm(page.body, FORM, { amount: '€ 25 per maand' }))).statusCode, 303);
    assert.equal((await directory.getCarerPremium(ctx.db, nis))?.amount, '€ 25 per maand');
    const municipality = (await (await ctx.app()).inject(`/gemeente/hoogstraten`)).body;
    assert.match(cheerio.load(municipality)('main').text(), /€ 25 per maand/);
    assert.equal((await post(`/beheer/premies/${nis}/verwijder`, 'editor', { _csrf: token })).statusCode, 400, 'asks to confirm');
    assert.equal((await post(`/beheer/premies/${nis}/verwijder`, 'editor', { _csrf: token, bevestig: 'ja' })).statusCode, 303);
    assert.equal(await directory.getCarerPremium(ctx.db, nis), null);
    assert.deepEqual((await audit.listChanges(ctx.db, { entityType: 'carer_premium', entityId: nis })).entries.map((e) => e.action), ['premium.delete', 'premium.update', 'premium.create']);
  });

  test('deleting: a service with its rows, out of the search; an organisation only once it has no services', async () => {
    const page = await get(`/beheer/organisaties/${other.id}`, 'editor');
    const token = csrfOf(page.body, FORM);
    const refused = await post(`/beheer/organisaties/${other.id}/verwijder`, 'editor', { _csrf: token, bevestig: 'ja' });
    assert.equal(refused.statusCode, 400);
    assert.match(cheerio.load(refused.body)('#e-bevestig').text(), /aanbod/);
    const service = await directory.getServiceById(ctx.db, other.service);
    assert.equal((await post(`/beheer/aanbod/${other.service}/verwijder`, 'editor', { _csrf: token })).statusCode, 400, 'asks to confirm');
    assert.equal((await post(`/beheer/aanbod/${other.service}/verwijder`, 'editor', { _csrf: token, bevestig: 'ja' })).statusCode, 303);
    assert.equal((await get(`/beheer/aanbod/${other.service}`, 'editor')).statusCode, 404);
    assert.equal((await (await ctx.app()).inject(`/ondersteuning/${service.slug}`)).statusCode, 404);
    const left = await ctx.db.selectFrom('directory_service_areas').select('id').where('service_id', '=', other.service).execute();
    assert.deepEqual(left, []);
    const found = cheerio.load((await (await ctx.app()).inject({ url: '/zoeken', query: { q: service.name } })).body);
    assert.equal(found(`main a[href$="/ondersteuning/${service.slug}"]`).length, 0, 'gone from the search');
  });
});
