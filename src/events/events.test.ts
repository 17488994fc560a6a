/** The activities calendar on both databases: daylight saving, recurrence, filters, past activities, bad input, JSON-LD. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import * as events from './events.service.js';
import * as places from '../places/places.service.js';
import { activityInput } from '../../test/activities.js';

const NOW = new Date('2026-12-01T10:00:00Z');

const base = activityInput;

const utc = (os: { start: string }[]) => os.map((o) => o.start);

forEachDialect(
  'activities: time, recurrence and filters (fixed clock)',
  (ctx) => {
    test('19:00 in Brussels stays 19:00 on both sides of the March and October changes, with the right UTC', async () => {
      // Last Sunday of March 2027 is the 28th, of October the 31st: weekly on Thursday across each.
      await events.saveActivity(ctx.db, base('dst-maart', { startLocal: '2027-03-18T19:00', endLocal: '2027-03-18T21:00', rrule: 'FREQ=WEEKLY;COUNT=4' }), NOW);
      await events.saveActivity(ctx.db, base('dst-oktober', { startLocal: '2027-10-21T19:00', endLocal: '2027-10-21T21:00', rrule: 'FREQ=WEEKLY;COUNT=3' }), NOW);
      await events.saveActivity(ctx.db, base('dst-zaterdag', { startLocal: '2027-03-27T19:00', endLocal: '2027-03-27T21:00' }), NOW);
      await events.saveActivity(ctx.db, base('dst-maandag', { startLocal: '2027-03-29T19:00', endLocal: '2027-03-29T21:00' }), NOW);

      const march = await events.getActivity(ctx.db, 'dst-maart');
      const m = events.nextOccurrences(march, NOW, 10);
      assert.deepEqual(utc(m), ['2027-03-18T18:00:00.000Z', '2027-03-25T18:00:00.000Z', '2027-04-01T17:00:00.000Z', '2027-04-08T17:00:00.000Z']);
      assert.deepEqual(m.map((o) => o.startLocal.slice(11)), ['19:00:00', '19:00:00', '19:00:00', '19:00:00']);
      assert.deepEqual(m.map((o) => o.end), ['2027-03-18T20:00:00.000Z', '2027-03-25T20:00:00.000Z', '2027-04-01T19:00:00.000Z', '2027-04-08T19:00:00.000Z']);

      const october = events.nextOccurrences(await events.getActivity(ctx.db, 'dst-oktober'), NOW, 10);
      assert.deepEqual(utc(october), ['2027-10-21T17:00:00.000Z', '2027-10-28T17:00:00.000Z', '2027-11-04T18:00:00.000Z']);

      const saturday = await events.getActivity(ctx.db, 'dst-zaterdag');
      const monday = await events.getActivity(ctx.db, 'dst-maandag');
      assert.equal(saturday.startsAt, '2027-03-27T18:00:00.000Z');
      assert.equal(monday.startsAt, '2027-03-29T17:00:00.000Z');
      assert.equal(saturday.timeZone, 'Europe/Brussels');

      // The page shows local time and a machine-readable time with the right offset.
      const app = await ctx.app({ now: () => NOW });
      const $ = cheerio.load((await app.inject('/activiteiten/dst-maart')).body);
      const times = $('.dates time').map((_, t) => $(t).attr('datetime')).get();
      assert.deepEqual(times, ['2027-03-18T19:00:00+01:00', '2027-03-25T19:00:00+01:00', '2027-04-01T19:00:00+02:00', '2027-04-08T19:00:00+02:00']);
      for (const text of $('.dates time').map((_, t) => $(t).text()).get()) assert.match(text, /19\.00 tot 21\.00 uur/);
    });

    test('"every first Tuesday" with an exception, a moved date and a cancelled date', async () => {
      await events.saveActivity(
        ctx.db,
        base('eerste-dinsdag', {
          rrule: 'FREQ=MONTHLY;BYDAY=1TU',
          exdates: ['2027-02-02T19:00'],
          overrides: [
            { recurrenceLocal: '2027-03-02T19:00', startLocal: '2027-03-03T20:00', endLocal: '2027-03-03T22:00', title: 'Uitzonderlijk op woensdag', description: null, venue: 'Zaal Sint-Jan', cancelled: false },
            { recurrenceLocal: '2027-04-06T19:00', startLocal: '2027-04-06T19:00', endLocal: '2027-04-06T21:00', title: null, description: null, venue: null, cancelled: true },
          ],
        }),
        NOW,
      );
      const a = await events.getActivity(ctx.db, 'eerste-dinsdag');
      const next = events.nextOccurrences(a, NOW, 5);
      assert.deepEqual(
        next.map((o) => [o.startLocal, o.title]),
        [
          ['2027-01-05T19:00:00', a.title],
          ['2027-03-03T20:00:00', 'Uitzonderlijk op woensdag'],
          ['2027-05-04T19:00:00', a.title],
          ['2027-06-01T19:00:00', a.title],
          ['2027-07-06T19:00:00', a.title],
        ],
      );
      const app = await ctx.app({ now: () => NOW });
      const $ = cheerio.load((await app.inject('/activiteiten/eerste-dinsdag')).body);
      assert.match($('#h-when').next('p').text(), /Elke eerste dinsdag van de maand/);
      assert.match($('.dates li').eq(1).text(), /woensdag 3 maart 2027, 20\.00 tot 22\.00 uur \(Uitzonderlijk op woensdag\)/);
    });

    test('past activities drop out of the list; their page says they are over', async () => {
      await events.saveActivity(ctx.db, base('al-voorbij', { startLocal: '2026-11-30T19:00', endLocal: '2026-11-30T21:00' }), NOW);
      await events.saveActivity(ctx.db, base('reeks-voorbij', { startLocal: '2026-10-01T19:00', endLocal: '2026-10-01T21:00', rrule: 'FREQ=WEEKLY;COUNT=3' }), NOW);
      // Ends an hour after NOW: still on, so still listed.
      await events.saveActivity(ctx.db, base('nog-bezig', { startLocal: '2026-12-01T10:00', endLocal: '2026-12-01T12:00' }), NOW);
      const app = await ctx.app({ now: () => NOW });
      const $ = cheerio.load((await app.inject('/activiteiten?tot=2027-12-31')).body);
      const hrefs = $('.activity h4 a').map((_, a) => $(a).attr('href')).get();
      assert.ok(!hrefs.includes('/activiteiten/al-voorbij'));
      assert.ok(!hrefs.includes('/activiteiten/reeks-voorbij'));
      assert.ok(hrefs.includes('/activiteiten/nog-bezig'));
      assert.equal($('.group-label').first().text(), 'Vandaag');
      const past = await app.inject('/activiteiten/al-voorbij');
      assert.equal(past.statusCode, 200);
      assert.match(cheerio.load(past.body)('.notice-warning').text(), /voorbij/);
      const docs = await events.listActivitySearchDocuments(ctx.db, NOW);
      assert.ok(!docs.some((d) => d.url === '/activiteiten/al-voorbij'));
      const doc = docs.find((d) => d.url === '/activiteiten/nog-bezig');
      assert.ok(doc);
      assert.equal(doc.kind, 'activity');
      assert.deepEqual(doc.audiences, ['mantelzorgers']);
      assert.match(doc.body, /Samana/);
    });

    test('filters: date range (van/tot) in Brussels days', async () => {
      const app = await ctx.app({ now: () => NOW });
      const $ = cheerio.load((await app.inject('/activiteiten?van=2027-03-01&tot=2027-03-31')).body);
      const starts = $('.activity time').map((_, t) => $(t).attr('datetime')).get();
      assert.ok(starts.length >= 5, `March 2027 has the DST and recurring activities (got ${starts.length})`);
      for (const s of starts) assert.ok(s >= '2027-03-01' && s < '2027-04-01', s);
      assert.equal($('#f-van').attr('value'), '2027-03-01');
    });

    test('an invalid activity is refused with the fields named', async () => {
      await assert.rejects(
        events.saveActivity(ctx.db, base('kapot', { endLocal: '2027-01-05T18:00', rrule: 'FREQ=NOOIT', registrationUrl: 'javascript:alert(1)', place: { postcode: '4000' } }), NOW),
        (err: Error & { fields?: Record<string, string> }) => {
          assert.ok(err.fields?.endLocal && err.fields.rrule && err.fields.registrationUrl && err.fields.place, JSON.stringify(err.fields));
          return true;
        },
      );
    });
  },
  { seed: false },
);

forEachDialect('activities: the demo calendar', (ctx) => {
  test('at least 40 upcoming activities of every kind, some recurring, across the provinces and Brussels', async () => {
    const now = new Date();
    const all = await events.listAllOccurrences(ctx.db, { from: now, to: new Date(now.getTime() + 365 * 86400000) });
    const activities = new Map(all.map((o) => [o.activity.id, o.activity]));
    assert.ok(activities.size >= 40, `${activities.size} upcoming activities`);
    for (const kind of events.ACTIVITY_KINDS) assert.ok([...activities.values()].some((a) => a.kind === kind), kind);
    assert.ok([...activities.values()].filter((a) => a.rrule).length >= 8);
    const provinces = new Set<string>();
    for (const a of activities.values()) {
      if (!a.place?.nisCode) continue;
      const m = await places.findMunicipalityByNisCode(ctx.db, a.place.nisCode);
      provinces.add(m?.province ?? m?.region ?? '?');
    }
    for (const p of ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'West-Vlaanderen', 'Vlaams-Brabant', 'Brussel']) assert.ok(provinces.has(p), `${p} in ${[...provinces].join(', ')}`);
    assert.ok([...activities.values()].every((a) => a.description.includes('fictieve')));
  });

  test('/activiteiten: upcoming list with kind filter and pagination', async () => {
    const app = await ctx.app();
    const res = await app.inject('/activiteiten');
    assert.equal(res.statusCode, 200);
    const $ = cheerio.load(res.body);
    assert.equal($('h1').length, 1);
    assert.equal($('.main-nav a[href="/activiteiten"]').length, 1);
    assert.equal($('.activity').length, 20);
    assert.equal($('.pagination a[rel="next"]').attr('href'), '/activiteiten?pagina=2');
    const page2 = cheerio.load((await app.inject('/activiteiten?pagina=2')).body);
    assert.ok(page2('.activity').length > 0);

    const holidays = cheerio.load((await app.inject('/activiteiten?soort=zorgvakantie')).body);
    const labels = holidays('.activity .type-label').map((_, s) => holidays(s).text()).get();
    assert.ok(labels.length >= 5);
    assert.ok(labels.every((l) => l === 'Zorgvakantie'));
    assert.equal(holidays('#f-soort option[selected]').attr('value'), 'zorgvakantie');
  });

  test('postcode and distance: only activities within reach of Geel, nearest data shown', async () => {
    const app = await ctx.app();
    const $ = cheerio.load((await app.inject('/activiteiten?postcode=2440&afstand=20')).body);
    assert.match($('main h2').first().text(), /tot 20 km van 2440 Geel/);
    const slugs = new Set($('.activity h4 a').map((_, a) => $(a).attr('href')!.replace('/activiteiten/', '')).get());
    assert.ok(slugs.has('praatcafe-mantelzorg-geel'));
    assert.ok(slugs.has('lotgenoten-dementie-herentals'));
    assert.ok(!slugs.has('praatgroep-brugge'));
    assert.ok(!slugs.has('webinar-mantelzorgverlof'), 'online activities have no place');
    const geel = (await places.getMunicipality(ctx.db, 'geel'))!;
    for (const slug of slugs) {
      const a = await events.getActivity(ctx.db, slug);
      assert.ok(places.distanceKm(geel, { lat: a.place!.lat!, lon: a.place!.lon! }) <= 20, slug);
    }
    // A place name works too; a smaller radius shows fewer.
    const near = cheerio.load((await app.inject('/activiteiten?postcode=Geel&afstand=5')).body);
    const nearSlugs = near('.activity h4 a').map((_, a) => near(a).attr('href')).get();
    assert.ok(nearSlugs.length > 0 && new Set(nearSlugs).size < slugs.size);
    assert.ok(!nearSlugs.includes('/activiteiten/lotgenoten-dementie-herentals'));
  });

  test('audience filter', async () => {
    const app = await ctx.app();
    const $ = cheerio.load((await app.inject('/activiteiten?doelgroep=werkgevers')).body);
    const slugs = [...new Set($('.activity h4 a').map((_, a) => $(a).attr('href')!.replace('/activiteiten/', '')).get())];
    assert.ok(slugs.length >= 2);
    for (const slug of slugs) assert.ok((await events.getActivity(ctx.db, slug)).audiences.includes('werkgevers'), slug);
  });

  test('bad parameters get a 400 with the form kept, never a 500', async () => {
    const app = await ctx.app();
    for (const url of [
      '/activiteiten?afstand=abc',
      '/activiteiten?afstand=500',
      '/activiteiten?soort=onzin',
      '/activiteiten?van=2026-02-30',
      '/activiteiten?van=gisteren',
      '/activiteiten?van=2027-02-01&tot=2027-01-01',
      '/activiteiten?pagina=0',
      '/activiteiten?doelgroep=katten',
      '/activiteiten?postcode=9999',
      '/activiteiten?postcode=4000',
      '/activiteiten.ics?afstand=abc',
      '/activiteiten.ics?postcode=9999',
      '/activiteiten/Hoofd_Letters',
      '/activiteiten?postcode=' + 'x'.repeat(500),
    ]) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 400, url);
    }
    const $ = cheerio.load((await app.inject('/activiteiten?postcode=9999&soort=vorming')).body);
    assert.equal($('#f-postcode').attr('value'), '9999');
    assert.equal($('#f-postcode').attr('aria-invalid'), 'true');
    assert.match($('#e-postcode').text(), /kennen deze postcode/);
    assert.equal($('#f-soort option[selected]').attr('value'), 'vorming');
    const wallonia = cheerio.load((await app.inject('/activiteiten?postcode=4000')).body);
    assert.match(wallonia('#e-postcode').text(), /Wallonië/);
    assert.equal((await app.inject('/activiteiten/bestaat-niet')).statusCode, 404);
    assert.equal((await app.inject('/activiteiten/bestaat-niet.ics')).statusCode, 404);
  });

  test('an activity page: details, next dates, .ics link and schema.org Event', async () => {
    const app = await ctx.app();
    const a = await events.getActivity(ctx.db, 'vorming-tillen-en-verplaatsen-geel');
    const $ = cheerio.load((await app.inject(`/activiteiten/${a.slug}`)).body);
    assert.equal($('h1').text(), a.title);
    assert.match($('.notice').first().text(), /fictieve/);
    assert.match($('dl.details').text(), /€ 10,00 \(gratis voor leden\)/);
    assert.match($('dl.details').text(), /Nog 8 plaatsen vrij/);
    assert.match($('dl.details').text(), /rolstoeltoegankelijk/);
    assert.equal($('a[href$=".ics"]').attr('href'), `/activiteiten/${a.slug}.ics`);
    const ld = $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).text())).get();
    const ev = ld.find((d) => d['@type'] === 'Event');
    assert.equal(ev.name, a.title);
    assert.equal(ev.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.equal(ev.location['@type'], 'Place');
    assert.equal(ev.location.address.postalCode, '2440');
    assert.equal(ev.location.address.addressLocality, 'Geel');
    assert.equal(ev.offers.price, '10.00');
    assert.equal(ev.offers.priceCurrency, 'EUR');
    assert.equal(ev.organizer.name, 'Samana');
    assert.match(ev.startDate, /^\d{4}-\d{2}-\d{2}T13:30:00\+0[12]:00$/);

    const webinar = cheerio.load((await app.inject('/activiteiten/webinar-mantelzorgverlof')).body);
    const wld = webinar('script[type="application/ld+json"]').map((_, s) => JSON.parse(webinar(s).text())).get().find((d) => d['@type'] === 'Event');
    assert.equal(wld.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
    assert.equal(wld.location['@type'], 'VirtualLocation');
    assert.equal(wld.isAccessibleForFree, true);
  });

  test('listActivitiesNear: the next date of activities around a municipality, nearest first', async () => {
    const geel = await places.getMunicipality(ctx.db, 'geel');
    const near = await events.listActivitiesNear(ctx.db, geel, { limit: 5 });
    assert.ok(near.length >= 3);
    assert.equal(near[0]!.activity.place?.municipality, 'Geel');
    const distances = near.map((o) => Math.round(o.distanceKm!));
    assert.deepEqual(distances, [...distances].sort((x, y) => x - y));
    assert.equal(new Set(near.map((o) => o.activity.id)).size, near.length, 'one date per activity');
    for (const o of near) assert.ok(o.end > new Date().toISOString());
  });
});

test('recurrence rules in plain Dutch', async () => {
  const { describeRule } = await import('./events.pages.js');
  assert.equal(describeRule('FREQ=MONTHLY;BYDAY=1TU'), 'Elke eerste dinsdag van de maand');
  assert.equal(describeRule('FREQ=MONTHLY;BYDAY=-1MO'), 'Elke laatste maandag van de maand');
  assert.equal(describeRule('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'), 'Elke maandag, dinsdag, woensdag, donderdag en vrijdag');
  assert.equal(describeRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'), 'Om de 2 weken op vrijdag');
  assert.equal(describeRule('FREQ=YEARLY;BYMONTH=5'), 'Elk jaar');
  assert.equal(describeRule(null), null);
});
