/**
 * The newsletter on both databases: subscribing without a cookie, 400 with the input back, the
 * opt-in mail through a local SMTP server, confirming, preferences, one-click unsubscribe (RFC 8058),
 * editions composed and sent in batches, a crash in the middle of a batch and the resume (nobody
 * gets a mail twice), retries, interest matching, the digest and the archive.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, form, logIn, sessionCsrf, startSmtp, type LocalSmtp, type ReceivedMail } from '../../test/backoffice.js';
import type { Mailer, MailMessage } from '../mail/mail.service.js';
import * as newsletter from './newsletter.service.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';

const BASE = 'http://localhost:3000';

function link(mail: ReceivedMail, path: string): string {
  const m = new RegExp(`https?://[^\\s"<>]+(${path}/[A-Za-z0-9_-]+)`).exec(mail.text);
  if (!m) throw new Error(`no ${path} link in mail:\n${mail.text}`);
  return m[1]!;
}

/** A header of a raw message, unfolded. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1]?.trim();
}

/** A mailer that only records what it was given. */
function recordingMailer(sent: MailMessage[], behaviour: (m: MailMessage, n: number) => Promise<void> = async () => {}): Mailer {
  return {
    kind: 'smtp',
    async send(m) {
      await behaviour(m, sent.length + 1);
      sent.push(m);
    },
    close() {},
  };
}

async function addConfirmed(db: Parameters<typeof newsletter.confirm>[0], email: string, interests: newsletter.InterestsInput = {}): Promise<string> {
  const sent: MailMessage[] = [];
  await newsletter.subscribe(db, { mailer: recordingMailer(sent), baseUrl: BASE }, { email, ...interests });
  const token = /bevestigen\/([A-Za-z0-9_-]+)/.exec(sent[0]!.text)![1]!;
  await newsletter.confirm(db, token);
  return token;
}

forEachDialect('newsletter', (ctx) => {
  let smtp: LocalSmtp;
  before(async () => {
    smtp = await startSmtp();
  });
  after(async () => {
    await smtp.close();
  });
  const app = () => ctx.app({ mailer: smtp.mailer });
  const fast = { batchSize: 50, ratePerMinute: 60_000, sleep: async () => {} };

  test('subscribe: no cookie, bad input gives 400 with field errors and the input back', async () => {
    const a = await app();
    const page = await a.inject({ url: '/nieuwsbrief' });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['set-cookie'], undefined);
    const $ = cheerio.load(page.body);
    const csrf = $('main form input[name=_csrf]').attr('value')!;
    assert.ok($('input[name=audiences]').length > 0 && $('input[name=themes]').length > 0);
    assert.ok($('select[name=region] option[value="provincie:Antwerpen"]').length === 1);
    assert.ok($('select[name=region] option[value="gemeente:geel"]').length === 1);

    const bad = await a.inject({ method: 'POST', url: '/nieuwsbrief', remoteAddress: '10.9.0.1', ...form({ _csrf: csrf, email: 'geen-adres', audiences: ['mantelzorgers', 'bestaat-niet'], region: 'gemeente:atlantis' }) });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.headers['set-cookie'], undefined);
    const $b = cheerio.load(bad.body);
    assert.equal($b('input[name=email]').attr('value'), 'geen-adres');
    assert.match($b('#e-email').text(), /geen geldig e-mailadres/);
    assert.match($b('#e-audiences').text(), /doelgroepen/);
    assert.match($b('#e-region').text(), /provincie of gemeente/);
    assert.ok($b('input[name=audiences][value=mantelzorgers]').attr('checked') !== undefined);

    const noToken = await a.inject({ method: 'POST', url: '/nieuwsbrief', remoteAddress: '10.9.0.1', ...form({ email: 'x@example.be' }) });
    assert.equal(noToken.statusCode, 403);
  });

  test('opt-in mail (HTML + text, unsubscribe headers), confirm, preferences, already subscribed', async () => {
    const a = await app();
    const page = await a.inject({ url: '/nieuwsbrief' });
    const csrf = cheerio.load(page.body)('main form input[name=_csrf]').attr('value')!;
    const res = await a.inject({
      method: 'POST',
      url: '/nieuwsbrief',
      remoteAddress: '10.9.0.2',
      ...form({ _csrf: csrf, email: '  Lezer@Example.be ', audiences: ['mantelzorgers'], themes: ['rechten-en-geld'], region: 'provincie:Antwerpen' }),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/nieuwsbrief/bijna-klaar');
    const mail = await smtp.waitFor('lezer@example.be');
    assert.match(mail.raw, /multipart\/alternative/);
    assert.match(mail.raw, /text\/html/);
    assert.match(header(mail.raw, 'List-Unsubscribe') ?? '', /^<http:\/\/localhost:3000\/nieuwsbrief\/uitschrijven\/[A-Za-z0-9_-]+>$/);
    assert.equal(header(mail.raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    assert.match(mail.text, /<html lang=3D"nl-BE"|<html lang="nl-BE"/);
    const confirmPath = link(mail, '/nieuwsbrief/bevestigen');
    const token = confirmPath.split('/').pop()!;

    // Nothing goes out before the confirmation.
    assert.equal((await newsletter.findByToken(ctx.db, token)).status, 'pending');
    const confirmPage = await a.inject({ url: confirmPath });
    assert.equal(confirmPage.statusCode, 200);
    assert.equal(confirmPage.headers['cache-control'], 'no-store');
    const confirmed = await a.inject({ method: 'POST', url: confirmPath });
    assert.equal(confirmed.statusCode, 303);
    const s = await newsletter.findByToken(ctx.db, token);
    assert.equal(s.status, 'confirmed');
    assert.deepEqual([s.audiences, s.themes, s.region], [['mantelzorgers'], ['rechten-en-geld'], 'provincie:Antwerpen']);

    const prefs = await a.inject({ url: `/nieuwsbrief/voorkeuren/${token}?gelukt=bevestigd` });
    assert.match(prefs.body, /inschrijving is bevestigd/);
    const badPrefs = await a.inject({ method: 'POST', url: `/nieuwsbrief/voorkeuren/${token}`, ...form({ themes: ['onzin'] }) });
    assert.equal(badPrefs.statusCode, 400);
    const okPrefs = await a.inject({ method: 'POST', url: `/nieuwsbrief/voorkeuren/${token}`, ...form({ themes: ['rechten-en-geld'], region: 'gemeente:geel' }) });
    assert.equal(okPrefs.statusCode, 303);
    const changed = await newsletter.findByToken(ctx.db, token);
    assert.deepEqual([changed.audiences, changed.region], [[], 'gemeente:geel']);

    // Subscribing again with a confirmed address changes nothing and says so by mail only.
    const again = await a.inject({ method: 'POST', url: '/nieuwsbrief', remoteAddress: '10.9.0.3', ...form({ _csrf: csrf, email: 'lezer@example.be' }) });
    assert.equal(again.statusCode, 303);
    const second = await smtp.waitFor('lezer@example.be', 2);
    assert.match(second.text, /al ingeschreven/);
    assert.equal((await newsletter.findByToken(ctx.db, token)).status, 'confirmed');

    const unknown = await a.inject({ url: '/nieuwsbrief/voorkeuren/ditbestaatnietditbestaatniet' });
    assert.equal(unknown.statusCode, 404);
  });

  test('an editor composes, previews, tests and sends an edition; it arrives; one-click unsubscribe stops the next one', async () => {
    const a = await app();
    await createUser(ctx.db, 'redactie-nb@example.be', 'editor');
    await createUser(ctx.db, 'partner-nb@example.be', 'partner');
    const partner = await logIn(a, 'partner-nb@example.be');
    assert.equal((await a.inject({ url: '/beheer/nieuwsbrief', headers: { cookie: partner } })).statusCode, 403);
    assert.equal((await a.inject({ url: '/beheer/nieuwsbrief' })).statusCode, 303);

    const token = await addConfirmed(ctx.db, 'ontvanger@example.be');
    const cookie = await logIn(a, 'redactie-nb@example.be');
    const csrf = await sessionCsrf(a, cookie, '/beheer/nieuwsbrief/nieuw');
    const pool = await newsletter.candidates(ctx.db);
    assert.ok(pool.items.length > 2 && pool.activities.length > 0);

    const empty = await a.inject({ method: 'POST', url: '/beheer/nieuwsbrief/nieuw', ...form({ _csrf: csrf, title: '', intro: 'Hallo' }, cookie) });
    assert.equal(empty.statusCode, 400);
    assert.equal(cheerio.load(empty.body)('textarea[name=intro]').text(), 'Hallo');

    const created = await a.inject({
      method: 'POST',
      url: '/beheer/nieuwsbrief/nieuw',
      ...form({ _csrf: csrf, title: 'Nieuwsbrief december', intro: 'Dag lezer.\n\nDit is nieuw.', items: [pool.items[0]!.slug, pool.items[1]!.slug], activities: [pool.activities[0]!.slug] }, cookie),
    });
    assert.equal(created.statusCode, 303);
    const id = Number(/\/beheer\/nieuwsbrief\/(\d+)/.exec(created.headers.location as string)![1]);
    const preview = await a.inject({ url: `/beheer/nieuwsbrief/${id}/voorbeeld`, headers: { cookie } });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /<h1[^>]*>Nieuwsbrief december<\/h1>/);
    assert.doesNotMatch(preview.body, /<img/i);
    const text = await a.inject({ url: `/beheer/nieuwsbrief/${id}/voorbeeld.txt`, headers: { cookie } });
    assert.match(text.body, new RegExp(`/kennis/${pool.items[0]!.slug}`));

    const testSend = await a.inject({ method: 'POST', url: `/beheer/nieuwsbrief/${id}/test`, ...form({ _csrf: csrf }, cookie) });
    assert.equal(testSend.statusCode, 303);
    assert.match((await smtp.waitFor('redactie-nb@example.be')).text, /\[Test\] Nieuwsbrief december/);

    const send = await a.inject({ method: 'POST', url: `/beheer/nieuwsbrief/${id}/versturen`, ...form({ _csrf: csrf }, cookie) });
    assert.equal(send.statusCode, 303);
    const again = await a.inject({ method: 'POST', url: `/beheer/nieuwsbrief/${id}/versturen`, ...form({ _csrf: csrf }, cookie) });
    assert.equal(again.statusCode, 400);
    const result = await newsletter.sendBatch(ctx.db, { mailer: smtp.mailer, baseUrl: BASE }, id, fast);
    assert.equal(result.done, true);
    const mail = await smtp.waitFor('ontvanger@example.be');
    assert.match(mail.raw, /multipart\/alternative/);
    assert.equal(header(mail.raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    assert.match(mail.text, /Nieuwsbrief december/);
    assert.doesNotMatch(mail.text, /<img/i);
    assert.equal((await newsletter.getEdition(ctx.db, id)).status, 'sent');

    // The archive shows it.
    const edition = await newsletter.getEdition(ctx.db, id);
    const archive = await a.inject({ url: '/nieuwsbrief/archief' });
    assert.match(archive.body, /Nieuwsbrief december/);
    const archived = await a.inject({ url: `/nieuwsbrief/archief/${edition.slug}` });
    assert.equal(archived.statusCode, 200);
    assert.match(archived.body, new RegExp(pool.items[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match((await a.inject({ url: '/sitemap.xml' })).body, new RegExp(`/nieuwsbrief/archief/${edition.slug}<`));

    // RFC 8058 one-click: a POST with List-Unsubscribe=One-Click, no cookie, no CSRF token.
    const unsubscribeUrl = /^<http:\/\/localhost:3000([^>]+)>$/.exec(header(mail.raw, 'List-Unsubscribe')!)![1]!;
    assert.equal(unsubscribeUrl, `/nieuwsbrief/uitschrijven/${token}`);
    const one = await a.inject({ method: 'POST', url: unsubscribeUrl, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(one.statusCode, 200);
    assert.match(one.body, /uitgeschreven/);
    await assert.rejects(newsletter.findByToken(ctx.db, token));

    const next = await newsletter.saveEdition(ctx.db, SYSTEM_ACTOR, null, { title: 'Volgende', intro: '', items: [pool.items[0]!.slug], activities: [], onlyMatching: false });
    await newsletter.startSending(ctx.db, SYSTEM_ACTOR, next);
    await newsletter.sendBatch(ctx.db, { mailer: smtp.mailer, baseUrl: BASE }, next, fast);
    assert.equal(smtp.mails.filter((m) => m.to.includes('ontvanger@example.be')).length, 1);
  });

  test('a crash in the middle of a batch: resuming sends the rest, nobody gets a mail twice', async () => {
    await ctx.db.deleteFrom('newsletter_subscribers').execute();
    const emails = Array.from({ length: 7 }, (_, i) => `crash${i}@example.be`);
    for (const e of emails) await addConfirmed(ctx.db, e);
    const items = (await newsletter.candidates(ctx.db)).items;
    const id = await newsletter.saveEdition(ctx.db, SYSTEM_ACTOR, null, { title: 'Crashtest', intro: '', items: [items[0]!.slug], activities: [], onlyMatching: false });
    await newsletter.startSending(ctx.db, SYSTEM_ACTOR, id);
    const delivered: MailMessage[] = [];
    let crashed!: () => void;
    const crashPoint = new Promise<void>((resolve) => (crashed = resolve));
    // The fourth mail is handed to the mail server, and then the process "dies": the promise never settles.
    const dying = recordingMailer(delivered, async (m, n) => {
      if (n === 4) {
        delivered.push(m);
        crashed();
        await new Promise(() => {});
      }
    });
    void newsletter.sendBatch(ctx.db, { mailer: dying, baseUrl: BASE }, id, { ...fast, batchSize: 5 });
    await crashPoint;
    assert.equal(delivered.length, 4);
    const mid = await newsletter.sendCounts(ctx.db, id);
    assert.equal(mid.sent, 3);
    assert.equal(mid.sending, 1, 'one row at a time is claimed');

    // The resume job finds the interrupted edition; a new process resumes later, and the row
    // claimed by the dead one is never sent again.
    assert.ok((await newsletter.editionsToResume(ctx.db)).includes(id));
    const later = () => new Date(Date.now() + 30 * 60_000);
    const resumed: MailMessage[] = [];
    const r1 = await newsletter.sendBatch(ctx.db, { mailer: recordingMailer(resumed), baseUrl: BASE }, id, { ...fast, batchSize: 5, now: later });
    assert.equal(r1.done, true);
    const all = [...delivered, ...resumed].map((m) => m.to).filter((to) => emails.includes(to));
    const perAddress = new Map<string, number>();
    for (const to of all) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    assert.ok([...perAddress.values()].every((n) => n === 1), `a mail went out twice: ${JSON.stringify([...perAddress])}`);
    const counts = await newsletter.sendCounts(ctx.db, id);
    assert.equal(counts.unknown, 1, 'the row claimed and not sent before the crash is reported, not resent');
    assert.equal(counts.sent + counts.unknown, emails.length);
    assert.equal(perAddress.size, emails.length);
    assert.equal((await newsletter.getEdition(ctx.db, id)).status, 'sent');
  });

  test('a failing mail server: retried later', async () => {
    await ctx.db.deleteFrom('newsletter_subscribers').execute();
    await addConfirmed(ctx.db, 'wankel@example.be');
    const items = (await newsletter.candidates(ctx.db)).items;
    const id = await newsletter.saveEdition(ctx.db, SYSTEM_ACTOR, null, { title: 'Retry', intro: '', items: [items[0]!.slug], activities: [], onlyMatching: false });
    await newsletter.startSending(ctx.db, SYSTEM_ACTOR, id);
    const sent: MailMessage[] = [];
    let failFor = 'wankel@example.be';
    const flaky = recordingMailer(sent, async (m) => {
      if (m.to === failFor) throw new Error('451 try again later');
    });
    const env = { mailer: flaky, baseUrl: BASE };
    const r1 = await newsletter.sendBatch(ctx.db, env, id, fast);
    assert.equal(r1.retry, 1);
    assert.equal(r1.done, false);
    // Not due again before the retry delay.
    const r2 = await newsletter.sendBatch(ctx.db, env, id, fast);
    assert.equal(r2.sent + r2.retry, 0);
    failFor = '';
    const r3 = await newsletter.sendBatch(ctx.db, env, id, { ...fast, now: () => new Date(Date.now() + 5 * 60_000) });
    assert.equal(r3.sent, 1);
    assert.equal(r3.done, true);
    assert.equal(sent.filter((m) => m.to === 'wankel@example.be').length, 1);
  });

  test('only matching interests, and the digest per interest', async () => {
    await ctx.db.deleteFrom('newsletter_subscribers').execute();
    await addConfirmed(ctx.db, 'werkgever@example.be', { audiences: ['werkgevers'] });
    await addConfirmed(ctx.db, 'alles@example.be');
    const itemFor = async (audience: string) =>
      (await ctx.db.selectFrom('items').innerJoin('item_audiences', 'item_audiences.item_id', 'items.id').innerJoin('audiences', 'audiences.id', 'item_audiences.audience_id').select('items.slug').where('audiences.slug', '=', audience).where('items.status', '=', 'published').executeTakeFirstOrThrow()).slug;
    const onlyOthers = await ctx.db
      .selectFrom('items')
      .select('slug')
      .where('status', '=', 'published')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('item_audiences').innerJoin('audiences', 'audiences.id', 'item_audiences.audience_id').select('audiences.id').whereRef('item_audiences.item_id', '=', 'items.id').where('audiences.slug', '=', 'werkgevers'))))
      .executeTakeFirstOrThrow();
    const forEmployers = await itemFor('werkgevers');
    const id = await newsletter.saveEdition(ctx.db, SYSTEM_ACTOR, null, { title: 'Gericht', intro: '', items: [onlyOthers.slug, forEmployers], activities: [], onlyMatching: true });
    assert.equal(await newsletter.startSending(ctx.db, SYSTEM_ACTOR, id), 2);
    const sent: MailMessage[] = [];
    await newsletter.sendBatch(ctx.db, { mailer: recordingMailer(sent), baseUrl: BASE }, id, fast);
    const employer = sent.find((m) => m.to === 'werkgever@example.be')!;
    assert.match(employer.text, new RegExp(`/kennis/${forEmployers}`));
    // The whole slug: one slug can start another (erkenning-als-mantelzorger, erkenning-als-mantelzorger-met-...).
    assert.doesNotMatch(employer.text, new RegExp(`/kennis/${onlyOthers.slug}(?![\\w-])`));
    assert.match(sent.find((m) => m.to === 'alles@example.be')!.text, new RegExp(`/kennis/${onlyOthers.slug}`));

    // Digest: what was published since the last one, each subscriber only what fits their interests.
    const now = new Date();
    await ctx.db.updateTable('items').set({ published_at: new Date(now.getTime() - 3600_000).toISOString() }).where('slug', '=', forEmployers).execute();
    await ctx.db.insertInto('newsletter_editions').values({ kind: 'digest', slug: 'overzicht-vorig', title: 'Vorig overzicht', intro: '', status: 'sent', only_matching: 1, created_at: new Date(now.getTime() - 2 * 3600_000).toISOString(), updated_at: now.toISOString(), sent_at: now.toISOString() }).execute();
    const digest = await newsletter.createDigest(ctx.db, now);
    assert.ok(digest !== null, 'an item published since the last digest makes a digest');
    const d = await newsletter.getEdition(ctx.db, digest);
    assert.equal(d.kind, 'digest');
    assert.equal(d.status, 'sending');
    assert.ok(d.entries.some((e) => e.ref === forEmployers));
    const digestMails: MailMessage[] = [];
    await newsletter.sendBatch(ctx.db, { mailer: recordingMailer(digestMails), baseUrl: BASE }, digest, fast);
    assert.match(digestMails.find((m) => m.to === 'werkgever@example.be')!.text, new RegExp(`/kennis/${forEmployers}`));
    assert.ok(digestMails.every((m) => !new RegExp(`/kennis/${onlyOthers.slug}(?![\\w-])`).test(m.text) || m.to === 'alles@example.be'));
    assert.equal(await newsletter.createDigest(ctx.db, new Date(now.getTime() + 1000)), null, 'nothing new: no digest');
    // Digests are not in the public archive.
    assert.ok((await newsletter.listArchive(ctx.db)).every((e) => e.kind === 'edition'));
  });

  test('unconfirmed subscriptions are wiped after a week', async () => {
    await newsletter.subscribe(ctx.db, { mailer: recordingMailer([]), baseUrl: BASE }, { email: 'vergeten@example.be' });
    assert.equal(await newsletter.removeUnconfirmed(ctx.db, new Date()), 0);
    assert.equal(await newsletter.removeUnconfirmed(ctx.db, new Date(Date.now() + 8 * 86_400_000)), 1);
  });
});
