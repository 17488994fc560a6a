/** Accounts and security on both databases: sign-in, sessions, lockout, password links, CSRF, rate limits, audit log, cookies. */
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { pageTypeUrls } from '../../test/pages.js';
import { cookieValue, createUser, csrfOf, form, logIn, passwordLink, PASSWORD, sessionCsrf, startSmtp, type LocalSmtp } from '../../test/backoffice.js';
import { createApp } from '../app.js';
import { createMailer, outboxDir } from '../mail/mail.service.js';
import { createCsrf } from '../web/csrf.js';
import * as audit from '../audit/audit.service.js';
import * as accounts from './accounts.service.js';

test('can(): admins everything, editors content, partners only their own organisation', () => {
  const admin = { role: 'admin' as const, organisationId: null, disabled: false };
  const editor = { role: 'editor' as const, organisationId: null, disabled: false };
  const partner = { role: 'partner' as const, organisationId: 'org-7', disabled: false };
  assert.equal(accounts.can(admin, 'user.manage'), true);
  assert.equal(accounts.can(editor, 'item.publish'), true);
  assert.equal(accounts.can(editor, 'user.manage'), false);
  assert.equal(accounts.can(editor, 'audit.view'), false);
  assert.equal(accounts.can(editor, 'newsletter.manage'), true);
  assert.equal(accounts.can(editor, 'privacy.manage'), false);
  assert.equal(accounts.can(partner, 'newsletter.manage'), false);
  assert.equal(accounts.can(partner, 'backoffice.enter'), true);
  assert.equal(accounts.can(partner, 'item.edit'), false);
  assert.equal(accounts.can(partner, 'organisation.edit', { organisationId: 'org-7' }), true);
  assert.equal(accounts.can(partner, 'organisation.edit', { organisationId: 'org-8' }), false);
  assert.equal(accounts.can(partner, 'organisation.edit'), false, 'a partner needs the record to be its own');
  assert.equal(accounts.can(partner, 'directory.edit'), true);
  assert.equal(accounts.can({ ...partner, organisationId: null }, 'directory.edit'), false, 'a partner without an organisation has nothing to edit');
  assert.equal(accounts.can(partner, 'directory.manage'), false);
  assert.equal(accounts.can(editor, 'organisation.edit', { organisationId: 'org-8' }), true);
  assert.equal(accounts.can(editor, 'directory.manage'), true);
  assert.equal(accounts.organisationScope(partner), 'org-7');
  assert.equal(accounts.organisationScope(editor), null);
  assert.equal(accounts.can({ ...admin, disabled: true }, 'backoffice.enter'), false);
  assert.equal(accounts.can(null, 'backoffice.enter'), false);
});

test('anonymous form tokens are bound to their form and expire; session tokens to their session', () => {
  const csrf = createCsrf('a'.repeat(40));
  const t = csrf.forForm('login', Date.parse('2026-11-29T10:00:00Z'));
  assert.equal(csrf.verifyForm('login', t, Date.parse('2026-11-29T10:30:00Z')), true);
  assert.equal(csrf.verifyForm('reset', t, Date.parse('2026-11-29T10:30:00Z')), false);
  assert.equal(csrf.verifyForm('login', t, Date.parse('2026-11-29T15:00:00Z')), false, 'expired after 4 hours');
  assert.equal(csrf.verifyForm('login', t.slice(0, -2) + 'xx', Date.parse('2026-11-29T10:30:00Z')), false);
  assert.equal(createCsrf('b'.repeat(40)).verifyForm('login', t, Date.parse('2026-11-29T10:30:00Z')), false, 'another secret');
  const s = csrf.forSession('session-a');
  assert.equal(csrf.verifySession('session-a', s), true);
  assert.equal(csrf.verifySession('session-b', s), false);
});

test('without SMTP_URL mail is written to DATA_DIR/outbox as .eml, and the log says so', async () => {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'ep-outbox-'));
  const logged: string[] = [];
  const mailer = createMailer({ smtpUrl: '', mailFrom: 'Expertisepunt <noreply@example.be>', dataDir: dir, log: (m) => logged.push(m) });
  assert.equal(mailer.kind, 'outbox');
  await mailer.send({ to: 'iemand@example.be', subject: 'Hallo', text: 'Een link: https://example.be/beheer/wachtwoord/abc' });
  const files = fs.readdirSync(outboxDir(dir));
  assert.equal(files.length, 1);
  assert.match(files[0]!, /\.eml$/);
  const eml = fs.readFileSync(path.join(outboxDir(dir), files[0]!), 'utf8');
  assert.match(eml, /^To: iemand@example\.be$/m);
  assert.match(eml, /^Subject: Hallo$/m);
  assert.match(logged.join('\n'), /no SMTP_URL set.*outbox/);
  fs.rmSync(dir, { recursive: true, force: true });
});

forEachDialect('accounts and security', (ctx) => {
  let smtp: LocalSmtp;
  before(async () => {
    smtp = await startSmtp();
  });
  after(async () => {
    await smtp.close();
  });
  const app = () => ctx.app({ mailer: smtp.mailer });

  test('no cookie for anonymous visitors on any public page, nor on the sign-in page', async () => {
    const a = await app();
    const urls = [...(await pageTypeUrls(ctx.db)).map((p) => p.url), '/beheer/aanmelden', '/beheer/wachtwoord-vergeten', '/sitemap.xml', '/robots.txt'];
    for (const url of urls) {
      const res = await a.inject(url);
      assert.equal(res.headers['set-cookie'], undefined, url);
    }
  });

  test('sign in: cookie HttpOnly, SameSite=Lax, Path=/beheer; a new session each time (rotation); sign out ends it', async () => {
    const a = await app();
    await createUser(ctx.db, 'rotatie@example.be', 'editor');
    const page = await a.inject('/beheer/aanmelden');
    const res = await a.inject({ method: 'POST', url: '/beheer/aanmelden?terug=%2Fbeheer%2Fitems', ...form({ _csrf: csrfOf(page.body), email: 'Rotatie@Example.be', password: PASSWORD }) });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/beheer/items');
    const setCookie = String(res.headers['set-cookie']);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    assert.match(setCookie, /Path=\/beheer/);
    assert.doesNotMatch(setCookie, /Secure/, 'no Secure flag on plain http');
    const first = `ep_sessie=${cookieValue(res.headers['set-cookie'])}`;
    assert.equal((await a.inject({ url: '/beheer/items', headers: { cookie: first } })).statusCode, 200);

    // Signing in again with the old cookie present ends that session and starts a new one.
    const again = await a.inject({ method: 'POST', url: '/beheer/aanmelden', ...form({ _csrf: csrfOf(page.body), email: 'rotatie@example.be', password: PASSWORD }, first) });
    const second = `ep_sessie=${cookieValue(again.headers['set-cookie'])}`;
    assert.notEqual(second, first);
    assert.equal((await a.inject({ url: '/beheer/items', headers: { cookie: first } })).statusCode, 303, 'the old session is gone');
    assert.equal((await a.inject({ url: '/beheer/items', headers: { cookie: second } })).statusCode, 200);

    // Only a hash of the token is stored.
    const token = second.split('=')[1]!;
    const rows = await ctx.db.selectFrom('sessions').select('token_hash').execute();
    assert.ok(rows.every((r) => r.token_hash !== token));
    assert.ok(rows.some((r) => r.token_hash === accounts.hashToken(token)));

    // The session ends after SESSION_HOURS (12 by default).
    assert.equal((await accounts.userForSession(ctx.db, token, new Date(Date.now() + 11 * 3_600_000)))?.email, 'rotatie@example.be');
    assert.equal(await accounts.userForSession(ctx.db, token, new Date(Date.now() + 13 * 3_600_000)), undefined);

    const out = await a.inject({ method: 'POST', url: '/beheer/afmelden', ...form({ _csrf: await sessionCsrf(a, second) }, second) });
    assert.equal(out.statusCode, 303);
    assert.match(String(out.headers['set-cookie']), /ep_sessie=;/);
    assert.equal((await a.inject({ url: '/beheer/items', headers: { cookie: second } })).statusCode, 303);
  });

  test('the cookie gets Secure when BASE_URL is https', async () => {
    const secureApp = await createApp({ ...ctx.config, baseUrl: 'https://mantelzorg.example' }, ctx.handle, { logger: false, mailer: smtp.mailer });
    try {
      await createUser(ctx.db, 'secure@example.be', 'editor');
      const page = await secureApp.inject('/beheer/aanmelden');
      const res = await secureApp.inject({ method: 'POST', url: '/beheer/aanmelden', ...form({ _csrf: csrfOf(page.body), email: 'secure@example.be', password: PASSWORD }) });
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers['set-cookie']), /; Secure/);
    } finally {
      await secureApp.close();
    }
  });

  test('a wrong password keeps the e-mail, says nothing about which was wrong, and gives a 400', async () => {
    const a = await app();
    await createUser(ctx.db, 'fout@example.be', 'editor');
    const page = await a.inject('/beheer/aanmelden');
    for (const email of ['fout@example.be', 'onbekend@example.be']) {
      const res = await a.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: '10.1.1.1', ...form({ _csrf: csrfOf(page.body), email, password: 'verkeerd wachtwoord' }) });
      assert.equal(res.statusCode, 400);
      assert.equal(res.headers['set-cookie'], undefined);
      const $ = cheerio.load(res.body);
      assert.equal($('#f-email').attr('value'), email);
      assert.match($('.error-summary').text(), /horen niet bij elkaar/);
    }
  });

  test('lockout after 5 failures, with a notice mail; even the right password is refused until it ends', async () => {
    const a = await app();
    const user = await createUser(ctx.db, 'slot@example.be', 'editor');
    const page = await a.inject('/beheer/aanmelden');
    const attempt = (password: string) =>
      a.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: '10.2.2.2', ...form({ _csrf: csrfOf(page.body), email: 'slot@example.be', password }) });
    for (let i = 0; i < 4; i++) assert.match((await attempt('fout')).body, /horen niet bij elkaar/);
    const fifth = await attempt('fout');
    assert.match(fifth.body, /tijdelijk vergrendeld/);
    const mail = await smtp.waitFor('slot@example.be');
    assert.match(mail.raw, /Subject: Je account is tijdelijk vergrendeld/);
    const locked = await attempt(PASSWORD);
    assert.equal(locked.statusCode, 400);
    assert.match(locked.body, /tijdelijk vergrendeld/);
    // Once the lock has passed, the right password works again.
    const later = new Date(Date.now() + (accounts.LOCKOUT_MINUTES + 1) * 60_000);
    const ok = await accounts.logIn(ctx.db, { mailer: smtp.mailer, baseUrl: '' }, { email: 'slot@example.be', password: PASSWORD, sessionHours: 1 }, later);
    assert.equal(ok.ok, true);
    const entries = await audit.listChanges(ctx.db, { entityType: 'user', entityId: String(user.id) });
    assert.ok(entries.entries.some((e) => e.action === 'user.lock'));
  });

  test('invitation by mail → choose a password → sign in; the link works once', async () => {
    const a = await app();
    await createUser(ctx.db, 'beheerder@example.be', 'admin');
    const admin = await logIn(a, 'beheerder@example.be');
    const usersPage = await a.inject({ url: '/beheer/gebruikers', headers: { cookie: admin } });
    const invite = await a.inject({ method: 'POST', url: '/beheer/gebruikers', ...form({ _csrf: csrfOf(usersPage.body), name: 'Nieuwe Redacteur', email: 'nieuw@example.be', role: 'editor' }, admin) });
    assert.equal(invite.statusCode, 303);
    const mail = await smtp.waitFor('nieuw@example.be');
    const link = passwordLink(mail);

    const setPage = await a.inject(link);
    assert.equal(setPage.statusCode, 200);
    assert.match(cheerio.load(setPage.body)('h1').text(), /Kies je wachtwoord/);
    const short = await a.inject({ method: 'POST', url: link, ...form({ _csrf: csrfOf(setPage.body), password: 'kort', password2: 'kort' }) });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /minstens 12 tekens/);
    const set = await a.inject({ method: 'POST', url: link, ...form({ _csrf: csrfOf(setPage.body), password: 'mijn nieuwe lange zin', password2: 'mijn nieuwe lange zin' }) });
    assert.equal(set.statusCode, 303);
    assert.equal(set.headers.location, '/beheer/aanmelden?gelukt=wachtwoord');
    await logIn(a, 'nieuw@example.be', 'mijn nieuwe lange zin');

    const reused = await a.inject(link);
    assert.equal(reused.statusCode, 404);
    assert.match(reused.body, /werkt niet \(meer\)/);
    const reusedPost = await a.inject({ method: 'POST', url: link, ...form({ _csrf: csrfOf(setPage.body), password: 'nog een andere zin', password2: 'nog een andere zin' }) });
    assert.equal(reusedPost.statusCode, 400);

    // Only hashes of the links are stored.
    const token = link.split('/').pop()!;
    const stored = await ctx.db.selectFrom('auth_tokens').select('token_hash').execute();
    assert.ok(stored.every((t) => t.token_hash !== token));
  });

  test('password reset: same answer for unknown addresses, the link works once and expires after an hour', async () => {
    const a = await app();
    await createUser(ctx.db, 'vergeten@example.be', 'editor');
    const page = await a.inject('/beheer/wachtwoord-vergeten');
    const unknown = await a.inject({ method: 'POST', url: '/beheer/wachtwoord-vergeten', remoteAddress: '10.3.3.3', ...form({ _csrf: csrfOf(page.body), email: 'niemand@example.be' }) });
    const known = await a.inject({ method: 'POST', url: '/beheer/wachtwoord-vergeten', remoteAddress: '10.3.3.3', ...form({ _csrf: csrfOf(page.body), email: 'vergeten@example.be' }) });
    assert.equal(unknown.statusCode, 200);
    assert.equal(cheerio.load(unknown.body)('main [role="status"]').text(), cheerio.load(known.body)('main [role="status"]').text());
    const link = passwordLink(await smtp.waitFor('vergeten@example.be'));
    const token = link.split('/').pop()!;

    const found = await accounts.checkPasswordToken(ctx.db, token);
    assert.equal(found?.purpose, 'reset');
    assert.equal(await accounts.checkPasswordToken(ctx.db, token, new Date(Date.now() + 61 * 60_000)), undefined, 'expired after 60 minutes');
    await assert.rejects(accounts.setPasswordWithToken(ctx.db, token, 'een zin die te laat komt', new Date(Date.now() + 61 * 60_000)), /werkt niet meer/);

    const before = await logIn(a, 'vergeten@example.be');
    const setPage = await a.inject(link);
    const set = await a.inject({ method: 'POST', url: link, ...form({ _csrf: csrfOf(setPage.body), password: 'een gloednieuwe zin', password2: 'een gloednieuwe zin' }) });
    assert.equal(set.statusCode, 303);
    assert.equal((await a.inject({ url: '/beheer', headers: { cookie: before } })).statusCode, 303, 'a reset ends every session');
    await logIn(a, 'vergeten@example.be', 'een gloednieuwe zin');
    const second = await a.inject({ method: 'POST', url: link, ...form({ _csrf: csrfOf(setPage.body), password: 'nog een gloednieuwe zin', password2: 'nog een gloednieuwe zin' }) });
    assert.equal(second.statusCode, 400, 'single use');
  });

  test('log out everywhere ends every session of the user', async () => {
    const a = await app();
    await createUser(ctx.db, 'overal@example.be', 'editor');
    const one = await logIn(a, 'overal@example.be');
    const two = await logIn(a, 'overal@example.be');
    const res = await a.inject({ method: 'POST', url: '/beheer/afmelden-overal', ...form({ _csrf: await sessionCsrf(a, one) }, one) });
    assert.equal(res.statusCode, 303);
    for (const cookie of [one, two]) assert.equal((await a.inject({ url: '/beheer', headers: { cookie } })).statusCode, 303);
  });

  test('CSRF: missing, forged, foreign-session and cross-site posts are refused with a Dutch 403', async () => {
    const a = await app();
    await createUser(ctx.db, 'csrf1@example.be', 'admin');
    await createUser(ctx.db, 'csrf2@example.be', 'admin');
    const mine = await logIn(a, 'csrf1@example.be');
    const other = await logIn(a, 'csrf2@example.be');
    const otherToken = await sessionCsrf(a, other);
    const good = await sessionCsrf(a, mine);
    const anonymousLoginToken = csrfOf((await a.inject('/beheer/aanmelden')).body);
    const fields = { name: 'Gestolen', email: 'gestolen@example.be', role: 'admin' };
    const cases: [string, ReturnType<typeof form>][] = [
      ['missing', form(fields, mine)],
      ['forged', form({ ...fields, _csrf: 's.' + 'A'.repeat(43) }, mine)],
      ["another session's token", form({ ...fields, _csrf: otherToken }, mine)],
      ['an anonymous form token', form({ ...fields, _csrf: anonymousLoginToken }, mine)],
    ];
    for (const [why, payload] of cases) {
      const res = await a.inject({ method: 'POST', url: '/beheer/gebruikers', ...payload });
      assert.equal(res.statusCode, 403, why);
      assert.match(cheerio.load(res.body)('h1').text(), /Geen toegang/, why);
    }
    const crossSite = await a.inject({ method: 'POST', url: '/beheer/gebruikers', ...form({ ...fields, _csrf: good }, mine), headers: { ...form({}, mine).headers, origin: 'https://evil.example' } });
    assert.equal(crossSite.statusCode, 403, 'another origin');
    assert.equal(await accounts.findUserByEmail(ctx.db, 'gestolen@example.be'), undefined);
    // The sign-in form needs its own token too.
    const noToken = await a.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: '10.4.4.4', ...form({ email: 'csrf1@example.be', password: PASSWORD }) });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.headers['set-cookie'], undefined);
    // With the right token it works.
    const ok = await a.inject({ method: 'POST', url: '/beheer/gebruikers', ...form({ ...fields, email: 'echt@example.be', _csrf: good }, mine) });
    assert.equal(ok.statusCode, 303);
  });

  test('rate limit: the 11th sign-in within a minute gets a Dutch 429 page', async () => {
    const a = await app();
    const page = await a.inject('/beheer/aanmelden');
    let last;
    for (let i = 0; i < 11; i++) {
      last = await a.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: '10.5.5.5', ...form({ _csrf: csrfOf(page.body), email: 'x@example.be', password: 'y' }) });
      if (i < 10) assert.equal(last.statusCode, 400, `attempt ${i + 1}`);
    }
    assert.equal(last!.statusCode, 429);
    assert.equal(cheerio.load(last!.body)('h1').text(), 'Even geduld');
    assert.ok(last!.headers['retry-after']);
    // A made-up X-Forwarded-For from a client that is not a trusted proxy changes nothing.
    const spoofed = await a.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: '10.5.5.5', ...form({ _csrf: csrfOf(page.body), email: 'x@example.be', password: 'y' }), headers: { ...form({}).headers, 'x-forwarded-for': '192.0.2.77' } });
    assert.equal(spoofed.statusCode, 429);
    // Another address is not affected.
    const other = await a.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: '10.5.5.6', ...form({ _csrf: csrfOf(page.body), email: 'x@example.be', password: 'y' }) });
    assert.equal(other.statusCode, 400);
  });

  test('users admin: role change and disabling sign the user out, are in the audit log, and admins cannot lock themselves out', async () => {
    const a = await app();
    const admin = await createUser(ctx.db, 'chef@example.be', 'admin');
    const editor = await createUser(ctx.db, 'redactie@example.be', 'editor');
    const adminCookie = await logIn(a, 'chef@example.be');
    const editorCookie = await logIn(a, 'redactie@example.be');
    const csrf = await sessionCsrf(a, adminCookie);
    const res = await a.inject({ method: 'POST', url: `/beheer/gebruikers/${editor.id}`, ...form({ _csrf: csrf, name: 'Redactie', role: 'editor', disabled: 'ja' }, adminCookie) });
    assert.equal(res.statusCode, 303);
    assert.equal((await a.inject({ url: '/beheer', headers: { cookie: editorCookie } })).statusCode, 303, 'signed out');
    const page = await a.inject({ method: 'POST', url: '/beheer/aanmelden', remoteAddress: '10.6.6.6', ...form({ _csrf: csrfOf((await a.inject('/beheer/aanmelden')).body), email: 'redactie@example.be', password: PASSWORD }) });
    assert.equal(page.statusCode, 400, 'a disabled account cannot sign in');

    const self = await a.inject({ method: 'POST', url: `/beheer/gebruikers/${admin.id}`, ...form({ _csrf: csrf, name: 'Chef', role: 'editor' }, adminCookie) });
    assert.equal(self.statusCode, 400);
    assert.match(self.body, /eigen rol/);

    const log = await a.inject({ url: '/beheer/audit', headers: { cookie: adminCookie } });
    assert.equal(log.statusCode, 200);
    const $ = cheerio.load(log.body);
    const row = $('tbody tr').filter((_, tr) => $(tr).text().includes('user.disable')).first();
    assert.match(row.text(), /chef@example\.be/);
    assert.match(row.find('td').eq(3).text(), /"disabled": false/);
    assert.match(row.find('td').eq(4).text(), /"disabled": true/);
    await createUser(ctx.db, 'lezer@example.be', 'editor');
    const editorLog = await a.inject({ url: '/beheer/audit', headers: { cookie: await logIn(a, 'lezer@example.be') } });
    assert.equal(editorLog.statusCode, 403, 'editors do not read the audit log');
  });

  test('private pages are never cached and carry the security headers', async () => {
    const a = await app();
    const res = await a.inject('/beheer/aanmelden');
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-robots-tag'], 'noindex');
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    assert.doesNotMatch(String(res.headers['content-security-policy']), /unsafe-inline/);
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
});
