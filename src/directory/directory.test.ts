import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { createApp } from '../app.js';
import * as content from '../content/content.service.js';
import * as places from '../places/places.service.js';
import * as directory from './directory.service.js';

const TODAY = '2026-11-29';

function parse(body: string) {
  return cheerio.load(body);
}

function jsonLd($: cheerio.CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()) as unknown)
    .get() as Record<string, unknown>[];
}

/** The service pages linked from the result cards, in order. */
function cardHrefs($: cheerio.CheerioAPI): string[] {
  return $('.service-card h3 a')
    .map((_, a) => $(a).attr('href'))
    .get();
}

/** Distances in km written on the cards, in order (cards without a place nearby give none). */
function cardDistances($: cheerio.CheerioAPI): number[] {
  return $('.service-card .distance')
    .map((_, p) => {
      const text = $(p).text();
      if (/minder dan 1 km/.test(text)) return 0;
      const m = /op (\d+) km/.exec(text);
      return m ? Number(m[1]) : null;
    })
    .get()
    .filter((n): n is number => n !== null);
}

forEachDialect('directory: support near you', (ctx) => {
  const app = () => ctx.app({ today: () => TODAY });

  test('the carer in Geel: /ondersteuning?postcode=2440 lists the day-care centre and the peer-support group nearest first', async () => {
    const res = await (await app()).inject('/ondersteuning?postcode=2440');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['set-cookie'], undefined);
    const $ = parse(res.body);
    assert.equal($('h1').text(), 'Hulp in de buurt van Geel');
    assert.equal($('#f-postcode').attr('value'), '2440', 'the typed postcode stays in the form');
    const hrefs = cardHrefs($);
    const geel = await places.getMunicipality(ctx.db, 'geel');
    const expected = await directory.listServicesServing(ctx.db, geel);
    assert.deepEqual(hrefs, expected.map((m) => `/ondersteuning/${m.service.slug}`));
    assert.deepEqual(hrefs.slice(0, 2), ['/ondersteuning/dagopvang-de-linde-geel', '/ondersteuning/lotgenotengroep-mantelzorgers-geel']);
    assert.ok(hrefs.includes('/ondersteuning/samana-info-en-steun-voor-mantelzorgers'), 'the carer associations serve all of Flanders');
    assert.ok(!hrefs.includes('/ondersteuning/kortverblijf-de-duinen-brugge'), 'a service in Brugge does not serve Geel');
    assert.ok(!hrefs.includes('/ondersteuning/onthaal-en-gesprekken-brussel'), 'a Brussels-only service does not serve Geel');
    const distances = cardDistances($);
    assert.ok(distances.length >= 3);
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b), 'nearest first');
    assert.match($('.service-card').first().find('.distance').text(), /Voorbeeldstraat 12, 2440 Geel: op minder dan 1 km/);
    $('.service-card').each((_, card) => {
      assert.match($(card).text(), /Bron: /, 'every listing names its source');
      assert.match($(card).text(), /Laatst gecontroleerd: \d+ \w+ \d{4}/, 'and its last verification');
    });
    const ld = jsonLd($).find((d) => d['@type'] === 'ItemList') as { itemListElement: { url: string }[] };
    assert.equal(ld.itemListElement.length, hrefs.length);
    // A name finds the same answer as the postcode.
    assert.deepEqual(cardHrefs(parse((await (await app()).inject('/ondersteuning?postcode=Geel')).body)), hrefs);
  });

  test('a published service of an organisation that is a draft stays out of the finder and of reads by id', async () => {
    const geel = await places.getMunicipality(ctx.db, 'geel');
    const service = await directory.getService(ctx.db, 'dagopvang-de-linde-geel');
    const serving = async () => (await directory.listServicesServing(ctx.db, geel)).map((m) => m.service.slug);
    assert.ok((await serving()).includes(service.slug));
    await ctx.db.updateTable('directory_organizations').set({ draft: 1 }).where('id', '=', service.organization.id).execute();
    try {
      assert.ok(!(await serving()).includes(service.slug), 'not in the finder');
      assert.ok((await serving()).includes('lotgenotengroep-mantelzorgers-geel'), "another organisation's service still is");
      assert.deepEqual(await directory.loadServices(ctx.db, [service.id]), []);
      assert.deepEqual((await directory.loadServices(ctx.db, [service.id], { drafts: true })).map((s) => s.slug), [service.slug], 'the back office still reads it');
    } finally {
      await ctx.db.updateTable('directory_organizations').set({ draft: 0 }).where('id', '=', service.organization.id).execute();
    }
  });

  test('the carer in Geel: /gemeente/geel shows the premium, the support, the rights that apply everywhere', async () => {
    const res = await (await app()).inject('/gemeente/geel');
    assert.equal(res.statusCode, 200);
    const $ = parse(res.body);
    assert.equal($('h1').text(), 'Hulp voor mantelzorgers in Geel');
    assert.match($('.lead').text(), /provincie Antwerpen.*2440/);
    const premium = $('section.premium');
    const facts = new Map(premium.find('dt').map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]]).get() as [string, string][]);
    assert.equal(facts.get('Bedrag'), '€ 200 per jaar');
    assert.match(facts.get('Voorwaarden') ?? '', /hetzelfde adres/);
    assert.match(facts.get('Hoe aanvragen?') ?? '', /31 oktober/);
    assert.equal(facts.get('Geldt sinds'), '1 september 2019');
    assert.equal(premium.find('dd a').attr('href'), 'https://www.geel.be/product/17/mantelzorgpremie');
    assert.match(facts.get('Nagekeken') ?? '', /Nog niet door ons nagekeken/);
    const support = cardHrefs($);
    assert.deepEqual(support.slice(0, 2), ['/ondersteuning/dagopvang-de-linde-geel', '/ondersteuning/lotgenotengroep-mantelzorgers-geel']);
    const rights = await content.listRightsByLevel(ctx.db, ['federaal', 'vlaams']);
    assert.ok(rights.length >= 5);
    const shown = $('section[aria-labelledby="h-rechten"] .card h3 a').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(shown.sort(), rights.map((r) => `/kennis/${r.slug}`).sort());
    const municipal = await ctx.db.selectFrom('items').select('slug').where('type', '=', 'right').where('details', 'like', '%gemeentelijk%').execute();
    for (const m of municipal) assert.ok(!shown.includes(`/kennis/${m.slug}`), 'municipal rules are not "everywhere"');
    // The calendar is wired in: Geel's demo activities show up nearby.
    assert.ok($('.nearby-activities a[href^="/activiteiten/"]').length >= 1, 'activities nearby from the calendar');
    assert.equal(jsonLd($).find((d) => d['@type'] === 'AdministrativeArea')?.name, 'Geel');
  });

  test('a municipality without a known premium says so plainly; one that abolished it too', async () => {
    const $gent = parse((await (await app()).inject('/gemeente/gent')).body);
    assert.match($gent('.premium-unknown').text(), /We kennen geen mantelzorgpremie in Gent.*Vraag bij je gemeente/s);
    const $hz = parse((await (await app()).inject('/gemeente/heusden-zolder')).body);
    assert.match($hz('.premium-none').text(), /geen mantelzorgpremie/);
    assert.match($hz('section.premium').text(), /afgeschaft/);
    assert.equal((await (await app()).inject('/gemeente/atlantis')).statusCode, 404);
  });

  test('the "activities nearby" slot renders what the calendar passes in', async () => {
    const seen: string[] = [];
    const withCalendar = await createApp(ctx.config, ctx.handle, {
      logger: false,
      nearbyActivities: {
        version: async () => '1',
        list: async (_db, m) => {
          seen.push(m.slug);
          return { items: [{ title: `Praatcafé in ${m.name}`, url: '/activiteiten/praatcafe', startsAt: '2026-12-01T18:30:00.000Z', place: 'Geel', distanceKm: 0.4 }] };
        },
      },
    });
    try {
      const $ = parse((await withCalendar.inject('/gemeente/geel')).body);
      assert.deepEqual(seen, ['geel']);
      const section = $('.nearby-activities');
      assert.equal(section.find('h2').text(), 'Activiteiten in de buurt');
      assert.equal(section.find('a').attr('href'), '/activiteiten/praatcafe');
      assert.match(section.text(), /1 december.*19:30.*Geel.*minder dan 1 km/s, 'shown in Brussels time');
    } finally {
      await withCalendar.close();
    }
  });

  test('filters for kind of support and audience; the URL is the state', async () => {
    const a = await app();
    const $day = parse((await a.inject('/ondersteuning?postcode=2440&soort=dagopvang')).body);
    const day = cardHrefs($day);
    assert.ok(day.includes('/ondersteuning/dagopvang-de-linde-geel'));
    assert.ok(!day.includes('/ondersteuning/lotgenotengroep-mantelzorgers-geel'));
    $day('.service-card .type-label').each((_, l) => assert.match($day(l).text(), /Dagopvang/));
    assert.equal($day('#f-soort option[selected]').attr('value'), 'dagopvang');
    assert.match($day('#h-resultaten').text(), /resulta\w* voor Geel: dagopvang/);

    const $young = parse((await a.inject('/ondersteuning?postcode=2440&doelgroep=jonge-mantelzorgers')).body);
    const young = cardHrefs($young);
    assert.ok(young.length >= 1);
    for (const href of young) {
      const service = await directory.getService(ctx.db, href.split('/').pop()!);
      assert.ok(service.audiences.some((x) => x.slug === 'jonge-mantelzorgers'), href);
    }
    assert.equal($young('#f-doelgroep option[selected]').attr('value'), 'jonge-mantelzorgers');

    const $none = parse((await a.inject('/ondersteuning?postcode=2440&soort=kortverblijf&doelgroep=jonge-mantelzorgers')).body);
    assert.equal($none('.service-card').length, 0);
    assert.match($none('#h-resultaten').parent().text(), /We vinden geen aanbod met deze keuzes/);
    assert.equal($none('#h-resultaten').parent().find('a[href="/ondersteuning?postcode=2440"]').length, 1);

    for (const url of ['/ondersteuning?postcode=2440&soort=onzin', '/ondersteuning?postcode=2440&doelgroep=%3Cscript%3E', `/ondersteuning?postcode=${'9'.repeat(101)}`]) {
      const res = await a.inject(url);
      assert.equal(res.statusCode, 400, url);
      assert.ok(parse(res.body)('h1').text().length > 0);
    }
  });

  test('unknown postcode, Walloon postcode, empty form, a postcode of two municipalities, an old name', async () => {
    const a = await app();
    const unknown = await a.inject('/ondersteuning?postcode=2999&soort=dagopvang');
    assert.equal(unknown.statusCode, 400);
    const $u = parse(unknown.body);
    assert.match($u('#f-postcode-error').text(), /We kennen postcode 2999 niet/);
    assert.equal($u('#f-postcode').attr('aria-invalid'), 'true');
    assert.equal($u('#f-postcode').attr('aria-describedby'), 'f-postcode-error');
    assert.equal($u('#f-postcode').attr('value'), '2999');
    assert.equal($u('#f-soort option[selected]').attr('value'), 'dagopvang', 'choices are kept');
    assert.equal($u('.service-card').length, 0);
    const $name = parse((await a.inject('/ondersteuning?postcode=Atlantis')).body);
    assert.match($name('#f-postcode-error').text(), /geen gemeente "Atlantis"/);

    const walloon = await a.inject('/ondersteuning?postcode=4000');
    assert.equal(walloon.statusCode, 200);
    const $w = parse(walloon.body);
    assert.match($w('.notice h2').text(), /Postcode 4000 ligt in Wallonië/);
    assert.equal($w('.service-card').length, 0);

    for (const url of ['/ondersteuning', '/ondersteuning?postcode=', '/ondersteuning?postcode=++&soort=']) {
      const res = await a.inject(url);
      assert.equal(res.statusCode, 200, url);
      const $e = parse(res.body);
      assert.equal($e('.service-card').length, 0);
      assert.equal($e('#f-postcode-error').length, 0);
      assert.ok($e('dl.kinds dt').length >= 10, 'the empty form explains the kinds of support');
    }

    const $two = parse((await a.inject('/ondersteuning?postcode=1050')).body);
    const choices = $two('section[aria-labelledby="h-kies"] a').map((_, x) => [[$two(x).text(), $two(x).attr('href')]]).get() as [string, string][];
    assert.deepEqual(choices.map(([name]) => name), ['Brussel', 'Elsene']);
    const $elsene = parse((await a.inject(choices[1]![1])).body);
    assert.equal($elsene('h1').text(), 'Hulp in de buurt van Elsene');
    assert.ok(cardHrefs($elsene).includes('/ondersteuning/onthaal-en-gesprekken-brussel'), 'a Brussels-wide service serves Elsene');
    assert.ok(!cardHrefs($elsene).includes('/ondersteuning/dagopvang-de-linde-geel'));
    assert.equal($elsene('form.finder-form input[type="hidden"][name="gemeente"]').attr('value'), 'elsene', 'filtering again keeps the chosen municipality');

    const wrongChoice = await a.inject('/ondersteuning?gemeente=atlantis');
    assert.equal(wrongChoice.statusCode, 400);
    assert.match(parse(wrongChoice.body)('#f-postcode-error').text(), /geen gemeente "atlantis"/);

    const $old = parse((await a.inject('/ondersteuning?postcode=Kortessem')).body);
    assert.equal($old('h1').text(), 'Hulp in de buurt van Hasselt', 'a pre-merger name finds its municipality');
    assert.ok(cardHrefs($old).includes('/ondersteuning/gesprekken-voor-mantelzorgers-limburg'), 'a province-wide service');
  });

  test('organisation page: services, contact, source, last verified, Organization JSON-LD', async () => {
    const a = await app();
    const res = await a.inject('/organisatie/liever-thuis-lm');
    assert.equal(res.statusCode, 200);
    const $ = parse(res.body);
    assert.equal($('h1').text(), 'Liever Thuis LM');
    assert.equal($('.type-label').first().text(), 'Vereniging voor mantelzorgers');
    assert.equal($('a[href="tel:025428709"]').text(), '02 542 87 09');
    assert.equal($('a[href="mailto:lieverthuis@lm.be"]').length >= 1, true);
    assert.deepEqual(cardHrefs($), ['/ondersteuning/liever-thuis-lm-info-en-vorming']);
    assert.equal($('.sources a').attr('href'), 'http://lieverthuislm.be/');
    assert.match($('.item-meta').text(), /Laatst gecontroleerd: 15 september 2026/);
    const org = jsonLd($).find((d) => d['@type'] === 'Organization') as Record<string, unknown>;
    assert.equal(org.name, 'Liever Thuis LM');
    assert.equal(org.telephone, '02 542 87 09');
    assert.equal(org.email, 'lieverthuis@lm.be');
    assert.ok(Array.isArray(org.makesOffer) && org.makesOffer.length === 1);

    const $fict = parse((await a.inject('/organisatie/dvc-de-linde-geel')).body);
    assert.match($fict('.lead').text(), /^Fictief voorbeeld/);
    assert.match($fict('.sources').text(), /Bron: Fictief voorbeeld/);
    const address = (jsonLd($fict).find((d) => d['@type'] === 'Organization') as { address: Record<string, string> }).address;
    assert.deepEqual(address, { '@type': 'PostalAddress', streetAddress: 'Voorbeeldstraat 12', postalCode: '2440', addressLocality: 'Geel', addressCountry: 'BE' });
    assert.equal((await a.inject('/organisatie/bestaat-niet')).statusCode, 404);
  });

  test('service page: hours in Brussels time, place, fees, how to apply, Service JSON-LD', async () => {
    const a = await app();
    const $ = parse((await a.inject('/ondersteuning/dagopvang-de-linde-geel')).body);
    assert.equal($('h1').text(), 'Dagopvang voor ouderen in De Linde');
    assert.match($('section[aria-labelledby="h-uren"]').text(), /maandag tot vrijdag, van 08\.30 tot 17\.00 uur/);
    assert.match($('section[aria-labelledby="h-waar"]').text(), /Voorbeeldstraat 12\s*2440 Geel/);
    assert.match($('dl.details').text(), /Kostprijs.*zorgkas/s);
    const service = jsonLd($).find((d) => d['@type'] === 'Service') as Record<string, unknown>;
    assert.deepEqual(service.serviceType, ['Respijtzorg', 'Dagopvang'], 'in the order of the managed list');
    assert.equal((service.provider as { name: string }).name, 'Dagverzorgingscentrum De Linde');
    assert.ok((service.areaServed as { name: string }[]).some((x) => x.name === 'Geel'));
    const $monthly = parse((await a.inject('/ondersteuning/lotgenotengroep-mantelzorgers-geel')).body);
    assert.match($monthly('section[aria-labelledby="h-uren"]').text(), /elke eerste dinsdag van de maand, van 19\.30 tot 21\.30 uur/);
    assert.equal((await a.inject('/ondersteuning/bestaat-niet')).statusCode, 404);
    assert.equal((await a.inject('/ondersteuning/Hoofd_Letters')).statusCode, 400);
  });

  test('listings not verified for 12 months are flagged', async () => {
    const stale = await directory.listStaleListings(ctx.db, TODAY);
    assert.deepEqual(stale.map((s) => s.slug).sort(), ['jonge-mantelzorgers-oostende', 'jonge-zorgers-kust']);
    assert.ok(stale.every((s) => s.lastVerifiedOn === '2025-05-10'));
    assert.deepEqual(await directory.listStaleListings(ctx.db, '2026-05-09'), [], 'not yet a year old on 9 May 2026');
    const $ = parse((await (await app()).inject('/ondersteuning/jonge-mantelzorgers-oostende')).body);
    assert.match($('.item-meta .stale').text(), /meer dan een jaar geleden/);
    const $fresh = parse((await (await app()).inject('/ondersteuning/dagopvang-de-linde-geel')).body);
    assert.equal($fresh('.stale').length, 0);
  });

  test('/gemeente: every municipality by province, and a lookup by postcode or name', async () => {
    const a = await app();
    const res = await a.inject('/gemeente');
    assert.equal(res.statusCode, 200);
    const $ = parse(res.body);
    const sections = $('main section').map((_, s) => $(s).find('h2').text()).get();
    assert.deepEqual(sections, ['Provincie Antwerpen', 'Provincie Limburg', 'Provincie Oost-Vlaanderen', 'Provincie Vlaams-Brabant', 'Provincie West-Vlaanderen', 'Brussels Hoofdstedelijk Gewest']);
    assert.equal($('.municipality-list a').length, 304);
    assert.equal($('#brussel').next('ul').find('a').length, 19);
    const toGeel = await a.inject('/gemeente?plaats=2440');
    assert.equal(toGeel.statusCode, 303);
    assert.equal(toGeel.headers.location, '/gemeente/geel');
    assert.equal((await a.inject('/gemeente?plaats=Sint-Niklaas')).headers.location, '/gemeente/sint-niklaas');
    const $two = parse((await a.inject('/gemeente?plaats=1050')).body);
    assert.deepEqual($two('section[aria-labelledby="h-kies"] a').map((_, x) => $two(x).attr('href')).get(), ['/gemeente/brussel', '/gemeente/elsene']);
    const unknown = await a.inject('/gemeente?plaats=9999');
    assert.equal(unknown.statusCode, 400);
    assert.match(parse(unknown.body)('#f-plaats-error').text(), /9999/);
    assert.match(parse((await a.inject('/gemeente?plaats=4000')).body)('.notice').text(), /Wallonië/);
  });

  test('home page and menu lead to the support finder', async () => {
    const $ = parse((await (await app()).inject('/')).body);
    assert.equal($('.main-nav a[href="/ondersteuning"]').text(), 'Hulp in de buurt');
    const form = $('form[action="/ondersteuning"]');
    assert.equal(form.find('input[name="postcode"]').attr('id'), 'home-postcode');
    assert.equal($('label[for="home-postcode"]').length, 1);
  });

  test('directory records as search documents and sitemap paths, each pointing at a page that exists', async () => {
    const docs = await directory.listSearchDocuments(ctx.db);
    const counts = await directory.countDirectory(ctx.db);
    assert.equal(docs.filter((d) => d.kind === 'organisation').length, counts.organizations);
    assert.equal(docs.filter((d) => d.kind === 'service').length, counts.services);
    const linde = docs.find((d) => d.url === '/ondersteuning/dagopvang-de-linde-geel');
    assert.ok(linde);
    assert.equal(linde.title, 'Dagopvang voor ouderen in De Linde');
    assert.match(linde.body, /Dagverzorgingscentrum De Linde/);
    assert.match(linde.body, /Geel/);
    assert.deepEqual(linde.audiences, ['mantelzorgers', 'ouderen', 'personen-met-dementie']);
    const a = await app();
    for (const d of docs) assert.equal((await a.inject(d.url)).statusCode, 200, d.url);
    const paths = await directory.listSitemapPaths(ctx.db);
    assert.equal(paths.length, 2 + 304 + counts.organizations + counts.services);
    for (const p of paths.filter((x) => !x.path.startsWith('/gemeente/') || x.path === '/gemeente/geel')) assert.equal((await a.inject(p.path)).statusCode, 200, p.path);
  });

  test('the demo data: the six associations, all provinces and Brussels, the premiums from the facts', async () => {
    const orgs = await directory.listOrganizationCards(ctx.db);
    assert.deepEqual(
      orgs.filter((o) => o.kind === 'carer_association').map((o) => o.name).sort(),
      ['Coponcho', 'Liever Thuis LM', 'Mantelzorgnetwerk', 'OKRA-ZORGRECHT', 'Samana', 'Steunpunt Mantelzorg'],
    );
    for (const o of orgs.filter((x) => x.kind !== 'carer_association')) assert.match(o.sourceTitle, /^Fictief/, `${o.name} is marked fictional`);
    const { services } = await directory.loadWholeDirectory(ctx.db);
    const located = new Set(services.flatMap((s) => s.locations.map((l) => places.findMunicipalityByNisCode(ctx.db, l.location.nisCode ?? ''))));
    const provinces = new Set((await Promise.all(located)).map((m) => m?.province ?? m?.region));
    assert.deepEqual([...provinces].sort(), ['Antwerpen', 'Brussel', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen']);
    const premiums = await directory.listCarerPremiums(ctx.db);
    assert.equal(premiums.length, 8);
    assert.ok(premiums.every((p) => p.checkedOn === null && /^https:\/\//.test(p.sourceUrl)));
  });

  test('a change to the directory shows at once on cached pages', async () => {
    const a = await app();
    const first = await a.inject('/ondersteuning?postcode=2440');
    const etag = first.headers.etag as string;
    assert.equal((await a.inject({ url: '/ondersteuning?postcode=2440', headers: { 'if-none-match': etag } })).statusCode, 304);
    const orgId = directory.stableUuid('test:organization:nieuw');
    await directory.saveDirectory(ctx.db, {
      organizations: [{ id: orgId, name: 'Nieuwe testorganisatie', description: 'Test.', kind: 'other', sourceTitle: 'Test', lastVerifiedOn: TODAY }],
      locations: [],
      services: [
        {
          id: directory.stableUuid('test:service:nieuw'),
          organizationId: orgId,
          name: 'Nieuwe oppas in Geel',
          description: 'Test.',
          status: 'active',
          sourceTitle: 'Test',
          lastVerifiedOn: TODAY,
          terms: [{ id: directory.stableUuid('test:attr:nieuw'), taxonomy: 'kind', slug: 'oppas' }],
          areas: [{ id: directory.stableUuid('test:area:nieuw'), scope: 'municipality', value: (await places.getMunicipality(ctx.db, 'geel')).nisCode }],
        },
      ],
    });
    const again = await a.inject({ url: '/ondersteuning?postcode=2440', headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 200);
    assert.ok(cardHrefs(parse(again.body)).includes('/ondersteuning/nieuwe-oppas-in-geel'));
    assert.ok(!cardHrefs(parse((await a.inject('/ondersteuning?postcode=9000')).body)).includes('/ondersteuning/nieuwe-oppas-in-geel'));
  });
});
