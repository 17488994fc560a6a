/** "Doe je mee?" on both databases: the public forms, spam rules, moderation, mails, personal data. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, csrfOf, form, logIn, startSmtp, type LocalSmtp } from '../../test/backoffice.js';
import { createApp } from '../app.js';
import { createCsrf } from '../web/csrf.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { allPersonalDataSources } from '../privacy/personal-data.sources.js';
import { FORM_ID, HONEYPOT_FIELD } from './contributions.pages.js';
import * as contributions from './contributions.service.js';
import { defineContributionJobs, FORGET_CONTACTS_JOB } from './contributions.jobs.js';
import type { JobQueue } from '../jobs/jobs.service.js';

const SECRET = 'contributions-test-secret-0123456789abcdef';
const csrf = createCsrf(SECRET);
/** A form token issued `secondsAgo` ago (a person took that long to fill in the form). */
const tokenAged = (secondsAgo = 10) => csrf.forForm(FORM_ID, Date.now() - secondsAgo * 1000);

let nextIp = 0;
const freshIp = () => `10.61.${Math.floor(++nextIp / 250)}.${nextIp % 250}`;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function multipart(fields: Record<string, string>, file?: { name: string; type: string; data: Buffer }) {
  const boundary = `----ep${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Kysely plugin that makes every insert into `contributions` fail, as a broken database would. */
class FailContributionInserts implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node as RootOperationNode & { into?: { table?: { identifier?: { name?: string } } } };
    if (node.kind === 'InsertQueryNode' && node.into?.table?.identifier?.name === 'contributions') throw new Error('forced failure: database refused the insert');
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const TIP = { title: 'Respijtzorg aanvragen via het ziekenfonds', body: 'Bij mijn ziekenfonds kon ik snel een aanvraag doen.\n\nDat wist ik eerst niet.', d_itemType: 'tip', d_link: 'https://example.be/respijt' };

forEachDialect(
  'contributions',
  (ctx) => {
    let smtp: LocalSmtp;
    let app: FastifyInstance;
    let editorCookie: string;
    before(async () => {
      smtp = await startSmtp();
      app = await ctx.app({ mailer: smtp.mailer });
      await createUser(ctx.db, 'redacteur@example.be', 'editor');
      editorCookie = await logIn(app, 'redacteur@example.be');
    });
    after(async () => {
      await smtp.close();
    });

    const submit = (soort: string, fields: Record<string, string>, ip = freshIp()) =>
      app.inject({ method: 'POST', url: `/doe-mee/${soort}`, remoteAddress: ip, ...form({ _csrf: tokenAged(), [HONEYPOT_FIELD]: '', ...fields }) });
    const count = async () => Number((await ctx.db.selectFrom('contributions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const tokenOf = (location: string) => /^\/doe-mee\/status\/([A-Za-z0-9_-]+)\?nieuw=ja$/.exec(location)?.[1];
    const editorPage = async (url: string) => {
      const res = await app.inject({ url, headers: { cookie: editorCookie } });
      assert.equal(res.statusCode, 200, url);
      return res.body;
    };
    const editorPost = async (url: string, page: string, fields: Record<string, string | string[]>) =>
      app.inject({ method: 'POST', url, ...form({ _csrf: csrfOf(page, `form[action="${url}"]`), ...fields }, editorCookie) });

    test('/doe-mee explains the forms; every form works without an account and sets no cookie', async () => {
      const home = await app.inject('/doe-mee');
      assert.equal(home.statusCode, 200);
      assert.equal(home.headers['set-cookie'], undefined);
      const $ = cheerio.load(home.body);
      assert.equal($('h1').text(), 'Doe je mee?');
      const links = $('main a').map((_, a) => $(a).attr('href')).get();
      for (const slug of ['informatie', 'activiteit', 'goede-praktijk', 'organisatie', 'correctie']) assert.ok(links.includes(`/doe-mee/${slug}`), slug);
      assert.ok(links.includes('/privacy'));
      for (const slug of ['informatie', 'activiteit', 'goede-praktijk', 'organisatie', 'correctie']) {
        const res = await app.inject(`/doe-mee/${slug}`);
        assert.equal(res.statusCode, 200, slug);
        assert.equal(res.headers['set-cookie'], undefined, slug);
        const f = cheerio.load(res.body)('main form[method="post"]');
        assert.equal(f.attr('action'), `/doe-mee/${slug}`);
        assert.ok(f.find('input[name="_csrf"]').attr('value')?.startsWith('f.'), 'a signed, time-stamped token instead of a cookie');
        assert.equal(f.find(`input[name="${HONEYPOT_FIELD}"]`).length, 1);
        assert.match(f.find('label[for="f-consent"]').text(), /naam en e-mailadres bewaren/);
        assert.equal(f.find('a[href="/privacy"]').length, 1);
      }
      const practice = cheerio.load((await app.inject('/doe-mee/goede-praktijk')).body);
      for (const key of ['organisation', 'setting', 'targetGroup', 'goal', 'approach', 'results', 'evidenceLevel', 'region', 'contact']) {
        assert.equal(practice(`[name="d_${key}"]`).length, 1, `practice field ${key}`);
      }
      assert.equal((await app.inject('/doe-mee/onbekend')).statusCode, 400);
    });

    test('a tip with email: confirmation page, a mail with the private status link, the status page', async () => {
      const res = await submit('informatie', { ...TIP, name: 'Els Peeters', email: 'els@example.be', consent: 'ja' });
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers['set-cookie'], undefined);
      const token = tokenOf(String(res.headers.location));
      assert.ok(token && token.length >= 32, 'an unguessable token');
      const confirm = await app.inject(String(res.headers.location));
      assert.equal(confirm.statusCode, 200);
      assert.equal(confirm.headers['cache-control'], 'no-store');
      assert.equal(confirm.headers['referrer-policy'], 'no-referrer');
      const $ = cheerio.load(confirm.body);
      assert.equal($('h1').text(), 'Dank je wel voor je bijdrage');
      assert.equal($('.contribution-status').text(), 'Nieuw');
      assert.doesNotMatch(confirm.body, /els@example\.be/, 'the status page shows nothing personal');
      const mail = await smtp.waitFor('els@example.be');
      assert.match(mail.raw, /^Subject: We ontvingen je bijdrage/m);
      assert.ok(mail.text.includes(`http://localhost:3000/doe-mee/status/${token}`));
      assert.equal((await app.inject('/doe-mee/status/bestaat-niet-bestaat-niet-123')).statusCode, 404);
    });

    test('bad input: 400, each field its error, everything typed comes back', async () => {
      const before = await count();
      const res = await submit('activiteit', { title: '', body: 'Een praatcafé in Mol', d_date: '15/12', d_link: 'www.example.be', email: 'niet-een-adres', name: 'Jan' });
      assert.equal(res.statusCode, 400);
      const $ = cheerio.load(res.body);
      assert.ok($('#e-title').text().length > 0);
      assert.ok($('#e-d_date').text().length > 0);
      assert.ok($('#e-d_link').text().length > 0);
      assert.ok($('#e-email').text().length > 0);
      assert.ok($('#e-consent').text().length > 0, 'a name or email needs the consent box');
      assert.equal($('#f-body').text(), 'Een praatcafé in Mol');
      assert.equal($('#f-d_date').attr('value'), '15/12');
      assert.equal($('#f-name').attr('value'), 'Jan');
      assert.equal($('.error-summary a').length, 5);
      assert.equal(await count(), before, 'nothing stored');
    });

    test('spam: the honeypot and a form sent too fast are stopped, told why, input back; nothing stored', async () => {
      const before = await count();
      const trap = await submit('informatie', { ...TIP, [HONEYPOT_FIELD]: 'https://spam.example' });
      assert.equal(trap.statusCode, 400);
      let $ = cheerio.load(trap.body);
      assert.match($('.notice-warning').text(), /verborgen veld/);
      assert.equal($('#f-title').attr('value'), TIP.title);
      const page = await app.inject('/doe-mee/informatie');
      const fast = await app.inject({ method: 'POST', url: '/doe-mee/informatie', remoteAddress: freshIp(), ...form({ _csrf: csrfOf(page.body), ...TIP }) });
      assert.equal(fast.statusCode, 400);
      $ = cheerio.load(fast.body);
      assert.match($('.notice-warning').text(), /sneller verstuurd dan een mens/);
      assert.equal($('#f-body').text(), TIP.body);
      const forged = await app.inject({ method: 'POST', url: '/doe-mee/informatie', remoteAddress: freshIp(), ...form({ _csrf: 'f.1.abc', ...TIP }) });
      assert.equal(forged.statusCode, 403, 'a token that is not ours');
      const expired = await app.inject({ method: 'POST', url: '/doe-mee/informatie', remoteAddress: freshIp(), ...form({ _csrf: tokenAged(5 * 3600), ...TIP }) });
      assert.equal(expired.statusCode, 403, 'a form left open for five hours');
      $ = cheerio.load(expired.body);
      assert.match($('.notice-warning').text(), /te lang open/);
      assert.equal($('#f-body').text(), TIP.body, 'its text is not lost');
      assert.equal(await count(), before);
    });

    test('rate limit per address: over the limit the form comes back with its input and says why (429)', async () => {
      const ip = freshIp();
      for (let i = 0; i < 10; i++) assert.equal((await submit('organisatie', { title: '', body: 'x' }, ip)).statusCode, 400, `attempt ${i + 1}`);
      const res = await submit('organisatie', { title: 'Dagcentrum De Klaproos', body: 'Dagopvang in Lier', d_municipality: 'Lier' }, ip);
      assert.equal(res.statusCode, 429);
      const $ = cheerio.load(res.body);
      assert.match($('.notice-warning').text(), /te veel bijdragen/);
      assert.equal($('#f-title').attr('value'), 'Dagcentrum De Klaproos');
      assert.equal($('#f-d_municipality').attr('value'), 'Lier');
      assert.equal((await submit('organisatie', { title: 'Ander adres', body: 'ok' })).statusCode, 303, 'another address is not limited');
    });

    test('a file: the type is sniffed from the bytes; a fake one is refused with the input back', async () => {
      const ok = await app.inject({ method: 'POST', url: '/doe-mee/informatie', remoteAddress: freshIp(), ...multipart({ _csrf: tokenAged(), ...TIP, d_itemType: 'publication' }, { name: 'folder.png', type: 'image/png', data: PNG }) });
      assert.equal(ok.statusCode, 303, ok.body);
      const row = await ctx.db.selectFrom('contributions').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(row.file_type, 'image/png');
      assert.equal(row.file_name, 'folder.png');
      const fake = await app.inject({ method: 'POST', url: '/doe-mee/informatie', remoteAddress: freshIp(), ...multipart({ _csrf: tokenAged(), ...TIP }, { name: 'virus.pdf', type: 'application/pdf', data: Buffer.from('MZ this is no pdf') }) });
      assert.equal(fake.statusCode, 400);
      const $ = cheerio.load(fake.body);
      assert.ok($('#e-file').text().includes('geen PDF'));
      assert.equal($('#f-title').attr('value'), TIP.title);
      // The editor can download it; the public cannot.
      const file = await app.inject({ url: `/beheer/bijdragen/${row.id}/bestand`, headers: { cookie: editorCookie } });
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'image/png');
      assert.equal((await app.inject(`/beheer/bijdragen/${row.id}/bestand`)).statusCode, 303);
    });

    test('nothing is lost: when the save fails, the form comes back with its content and says so', async () => {
      const broken = await createApp(ctx.config, { ...ctx.handle, db: ctx.db.withPlugin(new FailContributionInserts()) }, { logger: false, mailer: smtp.mailer });
      try {
        await broken.ready();
        const before = await count();
        const res = await broken.inject({ method: 'POST', url: '/doe-mee/goede-praktijk', remoteAddress: freshIp(), ...form({ _csrf: tokenAged(), title: 'Buddywerking', body: 'Vrijwilligers bezoeken mantelzorgers.', d_approach: 'Elke week een bezoek.' }) });
        assert.equal(res.statusCode, 500);
        const $ = cheerio.load(res.body);
        assert.match($('.notice-warning').text(), /NIET bewaard/);
        assert.equal($('#f-title').attr('value'), 'Buddywerking');
        assert.equal($('#f-body').text(), 'Vrijwilligers bezoeken mantelzorgers.');
        assert.equal($('#f-d_approach').text(), 'Elke week een bezoek.');
        assert.ok($('input[name="_csrf"]').attr('value'), 'a fresh token to send again');
        assert.equal(await count(), before);
      } finally {
        await broken.close();
      }
    });

    test('"Klopt er iets niet?" on item, activity, service and organisation pages leads to a prefilled correction form', async () => {
      const item = await ctx.db.selectFrom('items').select(['slug', 'title']).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      for (const url of [`/kennis/${item.slug}`, '/activiteiten/praatcafe-mantelzorg-geel', '/ondersteuning/dagopvang-de-linde-geel', '/organisatie/samana']) {
        const page = cheerio.load((await app.inject(url)).body);
        const href = page('a').filter((_, a) => page(a).text().startsWith('Klopt er iets niet?')).attr('href');
        assert.ok(href, url);
        const u = new URL(href, 'http://x');
        assert.equal(u.pathname, '/doe-mee/correctie');
        assert.equal(u.searchParams.get('over'), url);
      }
      const form$ = cheerio.load((await app.inject(`/doe-mee/correctie?over=/kennis/${item.slug}&titel=${encodeURIComponent(item.title)}`)).body);
      assert.equal(form$('input[name="aboutPath"]').attr('value'), `/kennis/${item.slug}`);
      assert.equal(form$('main form a').first().attr('href'), `/kennis/${item.slug}`);
      assert.match(String(form$('#f-title').attr('value')), new RegExp(item.title.slice(0, 10)));
      const bad = cheerio.load((await app.inject('/doe-mee/correctie?over=https://evil.example/x')).body);
      assert.equal(bad('input[name="aboutPath"]').length, 0, 'only our own pages');
      const res = await submit('correctie', { aboutPath: `/kennis/${item.slug}`, aboutTitle: item.title, title: 'Bedrag klopt niet', body: 'Het bedrag is sinds januari hoger.' });
      assert.equal(res.statusCode, 303);
      const row = await ctx.db.selectFrom('contributions').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(JSON.parse(row.details).aboutPath, `/kennis/${item.slug}`);
      assert.equal(row.email, null);
    });

    test('moderation: list, edit, question by mail, accept into a draft item, decline with a reason; audited without personal data', async () => {
      const res = await submit('informatie', { ...TIP, title: 'Tip over het zorgbudget', name: 'Mira', email: 'mira@example.be', consent: 'ja' });
      const token = tokenOf(String(res.headers.location))!;
      await smtp.waitFor('mira@example.be');
      const id = (await ctx.db.selectFrom('contributions').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;

      const list = cheerio.load(await editorPage('/beheer/bijdragen'));
      assert.ok(list(`a[href="/beheer/bijdragen/${id}"]`).length, 'new submissions are listed');
      assert.equal((await app.inject({ url: '/beheer/bijdragen' })).statusCode, 303, 'anonymous: to sign-in');
      await createUser(ctx.db, 'partner-bijdragen@example.be', 'partner');
      const partner = await logIn(app, 'partner-bijdragen@example.be');
      assert.equal((await app.inject({ url: '/beheer/bijdragen', headers: { cookie: partner } })).statusCode, 403);

      let page = await editorPage(`/beheer/bijdragen/${id}`);
      let r = await editorPost(`/beheer/bijdragen/${id}`, page, { title: 'Tip: zorgbudget aanvragen', body: TIP.body, d_itemType: 'tip', d_link: TIP.d_link });
      assert.equal(r.statusCode, 303);
      page = await editorPage(`/beheer/bijdragen/${id}`);
      r = await editorPost(`/beheer/bijdragen/${id}/vraag`, page, { question: 'Bij welk ziekenfonds was dat?' });
      assert.equal(r.statusCode, 303);
      const q = await smtp.waitFor('mira@example.be', 2);
      assert.match(q.raw, /^Subject: Een vraag over je bijdrage/m);
      assert.ok(q.text.includes('Bij welk ziekenfonds was dat?'));
      let status = cheerio.load((await app.inject(`/doe-mee/status/${token}`)).body);
      assert.equal(status('.contribution-status').text(), 'Vraag gesteld');
      assert.ok(status('.messages').text().includes('Bij welk ziekenfonds was dat?'));

      // The submitter answers on the status page (no account, no cookie); the submission is back in the queue.
      const statusHtml = (await app.inject(`/doe-mee/status/${token}`)).body;
      const replyForm = (fields: Record<string, string>) =>
        app.inject({ method: 'POST', url: `/doe-mee/status/${token}`, remoteAddress: freshIp(), ...form({ _csrf: csrfOf(statusHtml, `form[action="/doe-mee/status/${token}"]`), ...fields }) });
      const empty = await replyForm({ reply: ' ' });
      assert.equal(empty.statusCode, 400);
      assert.ok(cheerio.load(empty.body)('#e-reply').text().length > 0);
      const answered = await replyForm({ reply: 'Bij de Christelijke Mutualiteit.' });
      assert.equal(answered.statusCode, 303);
      assert.equal(answered.headers['set-cookie'], undefined);
      status = cheerio.load((await app.inject(String(answered.headers.location))).body);
      assert.equal(status('.contribution-status').text(), 'Nieuw');
      assert.ok(status('.messages').text().includes('Bij de Christelijke Mutualiteit.'));
      assert.equal(status('form[method="post"]').length, 0, 'no question open: no answer form');
      assert.equal((await replyForm({ reply: 'Nog iets' })).statusCode, 409);
      assert.ok(cheerio.load(await editorPage(`/beheer/bijdragen/${id}`))('.messages').text().includes('Antwoord van de indiener'));

      page = await editorPage(`/beheer/bijdragen/${id}`);
      const $p = cheerio.load(page);
      assert.equal($p('#f-itemType option[selected]').attr('value'), 'tip', 'the type the submitter chose');
      assert.equal($p('#f-itemTitle').attr('value'), 'Tip: zorgbudget aanvragen');
      r = await editorPost(`/beheer/bijdragen/${id}/aanvaard`, page, { itemType: 'tip', itemTitle: 'Tip: zorgbudget aanvragen', itemSlug: 'tip-zorgbudget-aanvragen', itemSummary: 'Vraag het zorgbudget aan via je zorgkas.', audiences: [] });
      assert.equal(r.statusCode, 400, 'an item needs an audience and a theme');
      assert.ok(cheerio.load(r.body)('#e-audiences').text().length > 0);
      assert.equal(cheerio.load(r.body)('#f-itemSummary').text(), 'Vraag het zorgbudget aan via je zorgkas.');
      const audience = (await ctx.db.selectFrom('audiences').select('slug').orderBy('id').executeTakeFirstOrThrow()).slug;
      const theme = (await ctx.db.selectFrom('themes').select('slug').orderBy('id').executeTakeFirstOrThrow()).slug;
      r = await editorPost(`/beheer/bijdragen/${id}/aanvaard`, page, { itemType: 'tip', itemTitle: 'Tip: zorgbudget aanvragen', itemSlug: 'tip-zorgbudget-aanvragen', itemSummary: 'Vraag het zorgbudget aan via je zorgkas.', audiences: [audience], themes: [theme] });
      assert.equal(r.statusCode, 303);
      const row = await ctx.db.selectFrom('contributions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'accepted');
      assert.equal(row.record_type, 'item');
      const item = await ctx.db.selectFrom('items').selectAll().where('id', '=', Number(row.record_id)).executeTakeFirstOrThrow();
      assert.equal(item.type, 'tip');
      assert.equal(item.status, 'draft');
      assert.ok(item.body.startsWith('Bij mijn ziekenfonds'));
      assert.doesNotMatch(item.body, /mira/i, 'no personal data copied into the item');
      const accepted = await smtp.waitFor('mira@example.be', 3);
      assert.match(accepted.raw, /^Subject: Je bijdrage is aanvaard/m);
      status = cheerio.load((await app.inject(`/doe-mee/status/${token}`)).body);
      assert.equal(status('.contribution-status').text(), 'Aanvaard');
      assert.equal((await editorPost(`/beheer/bijdragen/${id}/weiger`, page, { reason: 'Toch niet' })).statusCode, 400, 'decided once');

      // Decline another, with a reason.
      const other = await submit('activiteit', { title: 'Verkoop van zorgbedden', body: 'Kom naar onze winkel', email: 'winkel@example.be', consent: 'ja' });
      const otherToken = tokenOf(String(other.headers.location))!;
      const otherId = (await ctx.db.selectFrom('contributions').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
      page = await editorPage(`/beheer/bijdragen/${otherId}`);
      assert.equal((await editorPost(`/beheer/bijdragen/${otherId}/weiger`, page, { reason: '  ' })).statusCode, 400, 'a reason is needed');
      r = await editorPost(`/beheer/bijdragen/${otherId}/weiger`, page, { reason: 'We vermelden geen verkoop of reclame.' });
      assert.equal(r.statusCode, 303);
      const declined = await smtp.waitFor('winkel@example.be', 2);
      assert.match(declined.raw, /^Subject: Je bijdrage is niet opgenomen/m);
      assert.ok(declined.text.includes('We vermelden geen verkoop of reclame.'));
      status = cheerio.load((await app.inject(`/doe-mee/status/${otherToken}`)).body);
      assert.equal(status('.contribution-status').text(), 'Niet opgenomen');
      assert.ok(status('.messages').text().includes('We vermelden geen verkoop of reclame.'));

      const log = await ctx.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'contribution').execute();
      const actions = log.map((l) => l.action);
      for (const a of ['contribution.update', 'contribution.question', 'contribution.accept', 'contribution.decline']) assert.ok(actions.includes(a), a);
      const text = JSON.stringify(log);
      assert.doesNotMatch(text, /mira@example\.be|winkel@example\.be|Mira/, 'no name or email in the audit log');
    });

    test('accept: a practice keeps its structured fields; an activity becomes a draft activity, a listing a draft service of the chosen organisation', async () => {
      const env = { mailer: smtp.mailer, baseUrl: 'http://localhost:3000', dataDir: ctx.config.dataDir };
      const spam = { honeypot: '', formAgeSeconds: 60 };
      const practice = await contributions.submitContribution(ctx.db, env, { kind: 'practice', title: 'Mantelzorgcafé Lier', body: 'Een café voor mantelzorgers.', details: { approach: 'Maandelijks samenkomen', targetGroup: 'Mantelzorgers', region: 'Lier' }, name: '', email: '', consent: false }, { ip: null, spam });
      const activity = await contributions.submitContribution(ctx.db, env, { kind: 'activity', title: 'Infoavond dementie', body: 'Uitleg over dementie.', details: { date: '2027-01-20', time: '19:30', place: 'Zaal De Kroon, Mol' }, name: '', email: '', consent: false }, { ip: null, spam });
      const listing = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: 'Praatgroep Noord', body: 'Een praatgroep voor mantelzorgers.', details: { municipality: 'Mol', website: 'https://example.be/noord' }, name: '', email: '', consent: false }, { ip: null, spam });
      const audience = (await ctx.db.selectFrom('audiences').select('slug').orderBy('id').executeTakeFirstOrThrow()).slug;
      const theme = (await ctx.db.selectFrom('themes').select('slug').orderBy('id').executeTakeFirstOrThrow()).slug;
      const base = { audiences: [audience], themes: [theme], summary: 'Samenvatting' };
      const p = await contributions.acceptContribution(ctx.db, env, SYSTEM_ACTOR, practice.id, { ...base, itemType: 'practice', slug: 'mantelzorgcafe-lier-bijdrage', title: 'Mantelzorgcafé Lier' });
      const pItem = await ctx.db.selectFrom('items').selectAll().where('id', '=', Number(p.record!.id)).executeTakeFirstOrThrow();
      assert.equal(pItem.type, 'practice');
      assert.deepEqual(JSON.parse(pItem.details), { approach: 'Maandelijks samenkomen', targetGroup: 'Mantelzorgers', region: 'Lier' });

      const items = await ctx.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const a = await contributions.acceptContribution(ctx.db, env, SYSTEM_ACTOR, activity.id, { ...base, itemType: 'article', slug: 'infoavond-dementie-bijdrage', title: 'Infoavond dementie' });
      assert.equal(a.record!.type, 'activity');
      const row = await ctx.db.selectFrom('activities').selectAll().where('id', '=', Number(a.record!.id)).executeTakeFirstOrThrow();
      assert.equal(row.draft, 1);
      assert.deepEqual([row.title, row.slug, row.starts_local, row.venue, row.description], ['Infoavond dementie', 'infoavond-dementie-bijdrage', '2027-01-20T19:30:00', 'Zaal De Kroon, Mol', 'Uitleg over dementie.']);

      // A listing for an organisation that is in the guide already: a draft service of it, no new organisation.
      const orgs = await ctx.db.selectFrom('directory_organizations').select(['id']).orderBy('name').execute();
      const l = await contributions.acceptContribution(ctx.db, env, SYSTEM_ACTOR, listing.id, { ...base, itemType: '', organisationId: orgs[0]!.id, slug: '', title: 'Praatgroep Noord' });
      assert.equal(l.record!.type, 'service');
      const service = await ctx.db.selectFrom('directory_services').selectAll().where('id', '=', l.record!.id).executeTakeFirstOrThrow();
      assert.deepEqual([service.draft, service.organization_id, service.name, service.url], [1, orgs[0]!.id, 'Praatgroep Noord', 'https://example.be/noord']);
      assert.equal((await ctx.db.selectFrom('directory_organizations').select('id').execute()).length, orgs.length, 'no new organisation');
      const after = await ctx.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(items.n), 'no draft article any more');

      // An unknown organisation is refused, nothing is written.
      const other = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: 'Dienst X', body: 'x', details: {}, name: '', email: '', consent: false }, { ip: null, spam });
      await assert.rejects(contributions.acceptContribution(ctx.db, env, SYSTEM_ACTOR, other.id, { ...base, itemType: '', organisationId: 'bestaat-niet', slug: '', title: 'Dienst X' }), { code: 'organization_not_found' });
      assert.equal((await contributions.getContribution(ctx.db, other.id)).status, 'new');

      // The moderation page offers the organisations for a listing and says a draft activity comes.
      const page = cheerio.load((await app.inject({ url: `/beheer/bijdragen/${other.id}`, headers: { cookie: editorCookie } })).body);
      assert.equal(page('select[name="organisationId"] option').first().text(), 'Nieuwe organisatie (klad)');
      assert.equal(page('select[name="itemType"]').length, 0);
    });

    test('personal data: export by email, erase removes name, email and address everywhere; the retention job after handling', async () => {
      const env = { mailer: smtp.mailer, baseUrl: 'http://localhost:3000', dataDir: ctx.config.dataDir };
      const spam = { honeypot: '', formAgeSeconds: 60 };
      const long = new Date(Date.now() - 200 * 86_400_000);
      const one = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: 'Thuiszorg Noord', body: 'Thuiszorg in Antwerpen-Noord', details: {}, name: 'Karel', email: 'Karel@Example.be', consent: true }, { ip: '10.9.9.9', spam }, long);
      await contributions.declineContribution(ctx.db, env, SYSTEM_ACTOR, one.id, 'Staat al op de kaart.', long);
      const source = allPersonalDataSources().find((s) => s.name === 'contributions');
      assert.ok(source, 'listed in personal-data.sources.ts');
      const exported = (await source.export(ctx.db, ' karel@example.BE ')) as { title: string; name: string; ip: string }[];
      assert.equal(exported.length, 1);
      assert.equal(exported[0]!.name, 'Karel');
      assert.equal(exported[0]!.ip, '10.9.9.9');
      const n = await ctx.db.transaction().execute((tx) => source.erase(tx, 'karel@example.be'));
      assert.equal(n, 1);
      const row = await ctx.db.selectFrom('contributions').selectAll().where('id', '=', one.id).executeTakeFirstOrThrow();
      assert.deepEqual([row.name, row.email, row.ip], [null, null, null]);
      assert.ok(row.contact_erased_at);
      assert.deepEqual(await source.export(ctx.db, 'karel@example.be'), []);
      for (const table of ['audit_log', 'contribution_messages', 'items', 'item_revisions'] as const) {
        const dump = JSON.stringify(await ctx.db.selectFrom(table).selectAll().execute());
        assert.doesNotMatch(dump, /karel@example\.be|Karel/i, table);
      }

      // The scheduled job: handled 200 days ago → erased at 180; handled now → kept.
      const old = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: 'Dienst A', body: 'x', details: {}, name: 'An', email: 'an@example.be', consent: true }, { ip: '10.9.9.8', spam }, long);
      await contributions.declineContribution(ctx.db, env, SYSTEM_ACTOR, old.id, 'Dubbel.', long);
      const recent = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: 'Dienst B', body: 'x', details: {}, name: 'Bo', email: 'bo@example.be', consent: true }, { ip: '10.9.9.7', spam });
      await contributions.declineContribution(ctx.db, env, SYSTEM_ACTOR, recent.id, 'Dubbel.');
      const waiting = await contributions.submitContribution(ctx.db, env, { kind: 'listing', title: 'Dienst C', body: 'x', details: {}, name: 'Cis', email: 'cis@example.be', consent: true }, { ip: '10.9.9.6', spam }, long);
      assert.equal(await contributions.forgetOldContacts(ctx.db, ctx.config.contributionRetentionDays), 1);
      const rows = await ctx.db.selectFrom('contributions').select(['id', 'email', 'ip']).where('id', 'in', [old.id, recent.id, waiting.id]).orderBy('id').execute();
      assert.deepEqual(
        rows.map((r) => r.email),
        [null, 'bo@example.be', 'cis@example.be'],
        'only what was handled long enough ago; an open one keeps its contact',
      );
      assert.equal(rows[0]!.ip, null);

      // The job on the queue: daily, with the configured number of days.
      const defined: { name: string; handler: (p: unknown, j: unknown) => Promise<unknown>; cron?: string }[] = [];
      const queue = { defineJob: (name: string, handler: never, def?: { cron?: string }) => defined.push({ name, handler, cron: def?.cron }) } as unknown as JobQueue;
      defineContributionJobs(queue, ctx.db, { retentionDays: 1 });
      assert.equal(defined.length, 1);
      assert.equal(defined[0]!.name, FORGET_CONTACTS_JOB);
      assert.match(defined[0]!.cron!, /^\d+ \d+ \* \* \*$/, 'once a day');
      assert.deepEqual(await defined[0]!.handler({}, {}), { erased: 0 }, 'handled today: kept even at one day');
      await ctx.db.updateTable('contributions').set({ handled_at: new Date(Date.now() - 2 * 86_400_000).toISOString() }).where('id', '=', recent.id).execute();
      assert.deepEqual(await defined[0]!.handler({}, {}), { erased: 1 });
    });
  },
  { env: { SESSION_SECRET: SECRET } },
);
