/**
 * iCalendar on both databases: our feeds checked line by line against RFC 5545 (ical.js accepts a
 * calendar without VERSION, PRODID, UID or DTSTAMP, so those are checked here) and parsed with
 * ical.js; the partner samples in ../shared/standards/icalendar/ imported and expanded.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { forEachDialect } from '../../test/dialects.js';
import * as events from './events.service.js';

const SAMPLES = path.resolve('../shared/standards/icalendar');
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');
const NOW = new Date('2026-12-01T10:00:00Z');

/** The RFC 5545 rules a lenient parser does not enforce. */
function assertRfc5545(body: string, zone = 'Europe/Brussels') {
  const bytes = Buffer.from(body, 'utf8');
  assert.ok(body.endsWith('\r\n') || body.endsWith('END:VCALENDAR'), 'ends with the calendar');
  assert.doesNotMatch(body.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends with CRLF');
  // Split the bytes, not the string: a folded line may not cut a UTF-8 character in two.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let startByte = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(startByte, i);
      assert.ok(line.length <= 75, `line longer than 75 octets: ${line.toString()}`);
      assert.doesNotThrow(() => decoder.decode(line), `a folded line splits a character: ${line.toString('hex')}`);
      startByte = i + 2;
    }
  }
  const unfolded = body.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  assert.ok(lines.some((l) => /^PRODID:-\/\/Expertisepunt Mantelzorg\/\/Activiteitenkalender\/\/NL$/.test(l)), 'PRODID');
  assert.ok(lines.includes('BEGIN:VTIMEZONE') && lines.includes(`TZID:${zone}`), `VTIMEZONE for ${zone}`);
  // Every zone a date refers to is defined in the calendar.
  for (const m of unfolded.matchAll(/;TZID=([^:;]+)[:;]/g)) assert.ok(lines.includes(`TZID:${m[1]}`), `VTIMEZONE for ${m[1]}`);
  const vevents = unfolded.split('BEGIN:VEVENT').slice(1).map((v) => v.split('END:VEVENT')[0]!.split('\r\n'));
  assert.ok(vevents.length > 0);
  for (const v of vevents) {
    assert.equal(v.filter((l) => l.startsWith('UID:')).length, 1, 'one UID per VEVENT');
    const stamp = v.find((l) => l.startsWith('DTSTAMP:'));
    assert.match(stamp ?? '', /^DTSTAMP:\d{8}T\d{6}Z$/, 'DTSTAMP in UTC');
    assert.ok(v.some((l) => l.startsWith('DTSTART')));
  }
  return { unfolded, vevents };
}

/** Expands a parsed calendar the way a calendar app would, with ical.js (overrides related to their master). */
function expandWithIcalJs(body: string, from: Date, to: Date): { uid: string; start: string; summary: string }[] {
  const root = new ICAL.Component(ICAL.parse(body));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Event[] = [];
  for (const c of root.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(c);
    if (e.isRecurrenceException()) exceptions.push(e);
    else masters.set(e.uid, e);
  }
  for (const ex of exceptions) masters.get(ex.uid)?.relateException(ex);
  const out: { uid: string; start: string; summary: string }[] = [];
  for (const e of masters.values()) {
    const it = e.iterator();
    for (let t = it.next(), n = 0; t && n < 2000; t = it.next(), n++) {
      const d = e.getOccurrenceDetails(t);
      const start = d.startDate.toJSDate();
      if (start >= to) break;
      if (d.endDate.toJSDate() > from) out.push({ uid: e.uid, start: start.toISOString(), summary: d.item.summary });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

forEachDialect(
  'iCalendar: feeds and imports',
  (ctx) => {
    test('an activity .ics: RFC 5545 lines, RRULE, EXDATE, RECURRENCE-ID, and ical.js expands it as we do', async () => {
      await events.saveActivity(
        ctx.db,
        {
          slug: 'praatcafe-met-uitzonderingen',
          kind: 'peer_support',
          // Accents at many offsets, so some fold lands next to a two-byte character.
          title: 'Praatcafé één keer per maand: ’s avonds samen koffie drinken, lachen en héél veel vertellen 💬',
          summary: 'Élke eerste dinsdag; één café, één thema. '.repeat(6),
          organiser: 'Samana',
          place: { venue: 'Zaal De Linde', address: 'Lindestraat 4', postcode: '2440' },
          startLocal: '2027-01-05T19:00',
          endLocal: '2027-01-05T21:00',
          rrule: 'FREQ=MONTHLY;BYDAY=1TU',
          exdates: ['2027-02-02T19:00'],
          overrides: [{ recurrenceLocal: '2027-03-02T19:00', startLocal: '2027-03-03T20:00', endLocal: '2027-03-03T22:00', title: 'Uitzonderlijk op woensdag', description: null, venue: null, cancelled: false }],
          audiences: ['mantelzorgers'],
          source: 'editor',
        },
        NOW,
      );
      const app = await ctx.app({ now: () => NOW });
      const res = await app.inject('/activiteiten/praatcafe-met-uitzonderingen.ics');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
      const { unfolded, vevents } = assertRfc5545(res.body);
      assert.ok(res.body.split('\r\n').some((l) => l.startsWith(' ')), 'long lines are folded');
      assert.equal(vevents.length, 2);
      const uid = (await events.getActivity(ctx.db, 'praatcafe-met-uitzonderingen')).uid;
      assert.ok(vevents.every((v) => v.includes(`UID:${uid}`)), 'the override shares the UID');
      assert.ok(unfolded.includes('DTSTART;TZID=Europe/Brussels:20270105T190000'));
      assert.ok(unfolded.includes('RRULE:FREQ=MONTHLY;BYDAY=1TU'));
      assert.ok(unfolded.includes('EXDATE;TZID=Europe/Brussels:20270202T190000'));
      assert.ok(unfolded.includes('RECURRENCE-ID;TZID=Europe/Brussels:20270302T190000'));
      // The UID is stable: a second request gives the same one.
      assert.ok((await app.inject('/activiteiten/praatcafe-met-uitzonderingen.ics')).body.includes(`UID:${uid}`));

      const theirs = expandWithIcalJs(res.body, NOW, new Date('2027-07-01T00:00:00Z'));
      const ours = events.nextOccurrences(await events.getActivity(ctx.db, 'praatcafe-met-uitzonderingen'), NOW, 10).filter((o) => o.start < '2027-07-01');
      assert.deepEqual(
        theirs.map((o) => [o.start, o.summary]),
        ours.map((o) => [o.start, o.title]),
      );
      assert.deepEqual(
        theirs.map((o) => o.start),
        ['2027-01-05T18:00:00.000Z', '2027-03-03T19:00:00.000Z', '2027-04-06T17:00:00.000Z', '2027-05-04T17:00:00.000Z', '2027-06-01T17:00:00.000Z'],
      );
      const title = new ICAL.Component(ICAL.parse(res.body)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary');
      assert.equal(title, 'Praatcafé één keer per maand: ’s avonds samen koffie drinken, lachen en héél veel vertellen 💬');
    });

    test('/activiteiten.ics takes the same filters as the page', async () => {
      const app = await ctx.app({ now: () => NOW });
      const all = await app.inject('/activiteiten.ics?tot=2027-12-31');
      assert.equal(all.headers['content-type'], 'text/calendar; charset=utf-8');
      assertRfc5545(all.body);
      const geel = await app.inject('/activiteiten.ics?postcode=2440&afstand=5&soort=lotgenotencontact');
      const { vevents } = assertRfc5545(geel.body);
      assert.ok(vevents.length >= 1);
      assert.ok(vevents.every((v) => v.includes('CATEGORIES:Lotgenotencontact')));
      const none = await app.inject('/activiteiten.ics?postcode=8000&afstand=5&soort=lotgenotencontact');
      assert.equal(none.statusCode, 200);
      assert.ok(!none.body.includes('praatcafe-met-uitzonderingen'));
    });

    test('every sample in shared/standards/icalendar imports, with its recurrence, exceptions and overrides', async () => {
      const organiser = 'Partnervereniging';
      const r1 = await events.importCalendar(ctx.db, sample('ical.js/recur_instances.ics'), { organiser, now: NOW });
      assert.deepEqual([r1.created, r1.updated], [1, 0]);
      const crazy = (await events.findActivityByUid(ctx.db, '623c13c0-6c2b-45d6-a12b-c33ad61c4868'))!;
      assert.equal(crazy.timeZone, 'America/Los_Angeles');
      assert.equal(crazy.organiser, organiser);
      const occ = events.nextOccurrences(crazy, new Date('2012-10-01T00:00:00Z'), 7);
      assert.deepEqual(
        occ.map((o) => o.start),
        [
          '2012-10-02T22:00:00.000Z', // moved from 10:00 to 15:00 PDT (RECURRENCE-ID)
          '2012-11-06T18:00:00.000Z', // first Tuesday, 10:00 PST after the change
          '2012-11-07T04:00:00.000Z', // the RDATE of 5 November, moved to 6 November 20:00 PST
          '2012-11-10T18:00:00.000Z', // RDATE
          '2012-11-30T18:00:00.000Z', // RDATE
          '2013-01-01T18:00:00.000Z', // 4 December and 5 February are EXDATEs
          '2013-03-05T18:00:00.000Z',
        ],
      );
      const changed = crazy.overrides.find((o) => o.recurrenceLocal === '2012-10-02T10:00:00');
      assert.equal(changed?.description, 'I HAZ CHANGED!');

      await events.importCalendar(ctx.db, sample('ical.js/daily_recur.ics'), { organiser, now: NOW });
      const daily = (await events.findActivityByUid(ctx.db, 'tgh9qho17b07pk2n2ji3gluans@google.com'))!;
      assert.deepEqual(utc(events.nextOccurrences(daily, new Date('2012-08-01T00:00:00Z'), 3)), ['2012-08-01T12:00:00.000Z', '2012-08-02T12:00:00.000Z', '2012-08-03T12:00:00.000Z']);
      // 05:00 in Los Angeles stays 05:00 after the November change.
      assert.deepEqual(utc(events.nextOccurrences(daily, new Date('2012-11-03T00:00:00Z'), 3)), ['2012-11-03T12:00:00.000Z', '2012-11-04T13:00:00.000Z', '2012-11-05T13:00:00.000Z']);

      await events.importCalendar(ctx.db, sample('ical.js/day_long_recur_yearly.ics'), { organiser, now: NOW });
      const allDay = (await events.findActivityByUid(ctx.db, '4pfh824gvims850j0gar361t04@google.com'))!;
      assert.equal(allDay.allDay, true);
      assert.deepEqual(
        events.nextOccurrences(allDay, new Date('2012-08-01T00:00:00Z'), 5).map((o) => [o.startLocal, o.endLocal]),
        [
          ['2012-08-03', '2012-08-04'],
          ['2012-08-06', '2012-08-07'],
          ['2012-08-07', '2012-08-08'],
          ['2012-08-08', '2012-08-09'],
          ['2012-08-09', '2012-08-10'],
        ],
      );

      const r4 = await events.importCalendar(ctx.db, sample('ical-generator/generate_04.ics'), { organiser, kind: 'training', now: NOW });
      assert.equal(r4.created, 3);
      const monthly = (await events.findActivityByUid(ctx.db, '1'))!;
      assert.equal(monthly.timeZone, 'UTC');
      assert.equal(monthly.kind, 'training');
      assert.deepEqual(utc(events.nextOccurrences(monthly, new Date('2013-10-01T00:00:00Z'), 2)), ['2013-10-04T22:39:30.000Z', '2013-11-04T22:39:30.000Z']);
      const berlin = (await events.findActivityByUid(ctx.db, '2'))!;
      assert.equal(berlin.timeZone, 'Europe/Berlin');
      assert.equal(berlin.title, 'repeating by day, twice');
      assert.deepEqual(utc(events.nextOccurrences(berlin, new Date('2013-10-01T00:00:00Z'), 5)), ['2013-10-04T20:39:30.000Z', '2013-10-05T20:39:30.000Z']);
      const threeWeekly = (await events.findActivityByUid(ctx.db, '3'))!;
      assert.deepEqual(utc(events.nextOccurrences(threeWeekly, new Date('2013-10-01T00:00:00Z'), 10)), [
        '2013-10-04T22:39:30.000Z',
        '2013-10-25T22:39:30.000Z',
        '2013-11-15T22:39:30.000Z',
        '2013-12-06T22:39:30.000Z',
        '2013-12-27T22:39:30.000Z',
      ]);

      await events.importCalendar(ctx.db, sample('ical-generator/generate_06.ics'), { organiser, now: NOW });
      const single = (await events.findActivityByUid(ctx.db, '123'))!;
      assert.deepEqual([single.allDay, single.startLocal, single.endLocal, single.infoUrl], [true, '2013-10-04', '2013-10-05', 'http://sebbo.net/']);

      // Our feed of an imported Berlin series carries the Berlin VTIMEZONE, and ical.js agrees on the dates.
      const app = await ctx.app({ now: () => NOW });
      const feed = (await app.inject(`/activiteiten/${berlin.slug}.ics`)).body;
      assert.ok(feed.includes('TZID:Europe/Berlin'));
      assert.deepEqual(
        expandWithIcalJs(feed, new Date('2013-10-01T00:00:00Z'), new Date('2013-11-01T00:00:00Z')).map((o) => o.start),
        ['2013-10-04T20:39:30.000Z', '2013-10-05T20:39:30.000Z'],
      );
      // The Los Angeles series goes out with its own VTIMEZONE, RDATEs, EXDATEs and overrides; ical.js agrees.
      const la = (await app.inject(`/activiteiten/${crazy.slug}.ics`)).body;
      assertRfc5545(la, 'America/Los_Angeles');
      assert.deepEqual(
        expandWithIcalJs(la, new Date('2012-10-01T00:00:00Z'), new Date('2013-03-06T00:00:00Z')).map((o) => o.start),
        occ.map((o) => o.start),
      );
    });

    test('re-importing updates by UID instead of adding', async () => {
      const before = await events.countActivities(ctx.db);
      const text = sample('ical.js/recur_instances.ics');
      const again = await events.importCalendar(ctx.db, text, { organiser: 'Partnervereniging', now: NOW });
      assert.deepEqual([again.created, again.updated], [0, 1]);
      const renamed = await events.importCalendar(ctx.db, text.replace(/SUMMARY:Crazy Event Thingy!/g, 'SUMMARY:Praatcafé hernoemd').replace('EXDATE;TZID=America/Los_Angeles:20130402T100000\r\n', ''), { organiser: 'Partnervereniging', now: NOW });
      assert.deepEqual([renamed.created, renamed.updated], [0, 1]);
      assert.equal(await events.countActivities(ctx.db), before);
      const a = (await events.findActivityByUid(ctx.db, '623c13c0-6c2b-45d6-a12b-c33ad61c4868'))!;
      assert.equal(a.title, 'Praatcafé hernoemd');
      assert.equal(a.overrides.length, 2);
    });

    test('a file that is no calendar is refused; an event that repeats every minute is skipped and named', async () => {
      await assert.rejects(events.importCalendar(ctx.db, 'dit is geen agenda', { organiser: 'X' }), { code: 'invalid_icalendar' });
      const flood = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//x//y//NL', 'BEGIN:VEVENT', 'UID:elke-minuut', 'DTSTAMP:20260101T000000Z', 'DTSTART:20270101T100000Z', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Te vaak', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
      const report = await events.importCalendar(ctx.db, flood, { organiser: 'X' });
      assert.equal(report.created, 0);
      assert.match(report.problems.join(' '), /elke-minuut: .*hoogstens dagelijks/);
      assert.equal(await events.findActivityByUid(ctx.db, 'elke-minuut'), undefined);
    });

    test('the command line imports a file and a URL', async () => {
      const env = { ...process.env, DATABASE_URL: ctx.config.databaseUrl, DATA_DIR: ctx.config.dataDir, LOG_LEVEL: 'warn' };
      const bin = path.resolve('bin/expertisepunt.js');
      // Asynchronous: the URL is served by this very process.
      const run = (args: string[]) =>
        new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
          execFile(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) => resolve({ status: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
        });
      const r = await run(['import', 'ical', path.join(SAMPLES, 'ical-generator/generate_06.ics'), '--organiser', 'Steunpunt Mantelzorg']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Geïmporteerd: 0 nieuw, 1 bijgewerkt/);
      assert.equal((await events.findActivityByUid(ctx.db, '123'))!.organiser, 'Steunpunt Mantelzorg');
      const fromUrl = await run(['import', 'ical', `${base}/agenda.ics`, '--organiser', 'Coponcho', '--soort', 'webinar']);
      assert.equal(fromUrl.status, 0, fromUrl.stderr);
      assert.match(fromUrl.stdout, /Geïmporteerd: 0 nieuw, 3 bijgewerkt/);
      assert.equal((await events.findActivityByUid(ctx.db, '3'))!.organiser, 'Coponcho');
      const missing = await run(['import', 'ical', '/bestaat/niet.ics']);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /Import mislukt/);
      const slow = await run(['import', 'ical', `${base}/weg.ics`]);
      assert.equal(slow.status, 1);
      assert.match(slow.stderr, /Import mislukt: Ophalen mislukt/);
    });
  },
  { seed: false },
);

const utc = (os: { start: string }[]) => os.map((o) => o.start);

// URL import against a local server: the calendar, a server that never answers, and one that sends too much.
let server: http.Server;
let base = '';
before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/agenda.ics') {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.end(sample('ical-generator/generate_04.ics'));
    } else if (req.url === '/traag.ics') {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.write('BEGIN:VCALENDAR\r\n'); // and then nothing
    } else if (req.url === '/groot.ics') {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.end('X'.repeat(300_000));
    } else {
      res.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('URL import: fetched with a time limit and a size limit', async () => {
  const text = await events.fetchCalendar(`${base}/agenda.ics`);
  assert.match(text, /repeating by 3 weeks/);
  await assert.rejects(events.fetchCalendar(`${base}/traag.ics`, { timeoutMs: 300 }), { code: 'ical_fetch_timeout' });
  await assert.rejects(events.fetchCalendar(`${base}/groot.ics`, { maxBytes: 100_000 }), { code: 'ical_too_large' });
  await assert.rejects(events.fetchCalendar(`${base}/weg.ics`), { code: 'ical_fetch_failed' });
  await assert.rejects(events.fetchCalendar('file:///etc/passwd'), { code: 'invalid_url' });
});
