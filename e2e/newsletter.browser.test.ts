/**
 * The newsletter in a real Chromium with JavaScript off, on both databases, mail through a local
 * SMTP server: subscribe (no cookie) -> opt-in mail -> confirm -> an editor composes and sends an
 * edition (the job queue sends it) -> it arrives as HTML + text with List-Unsubscribe headers ->
 * one-click unsubscribe (RFC 8058 POST, as a mail client does it) -> the next edition does not come.
 * Then axe-core on the public newsletter and privacy pages.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, axeViolations, browserSkipReason, formatViolations, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';
import { createUser, PASSWORD, startSmtp, type LocalSmtp, type ReceivedMail } from '../test/backoffice.js';

function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1]?.trim();
}

function linkIn(mail: ReceivedMail, path: string): string {
  const m = new RegExp(`https?://[^\\s"<>]+?(${path}/[A-Za-z0-9_-]+)`).exec(mail.text);
  if (!m) throw new Error(`no ${path} link in:\n${mail.text}`);
  return m[1]!;
}

async function waitUntil(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/beheer/aanmelden`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

async function composeAndSend(page: Page, base: string, title: string) {
  await page.goto(`${base}/beheer/nieuwsbrief/nieuw`);
  await page.getByLabel('Titel (ook het onderwerp van de mail)').fill(title);
  await page.getByLabel('Inleiding').fill('Dag lezer.\n\nDit is nieuw deze maand.');
  await page.getByRole('group', { name: /^Items/ }).getByRole('checkbox').first().check();
  await page.getByRole('group', { name: /^Activiteiten/ }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  assert.match(await page.locator('[role="status"]').innerText(), /bewaard/);
  await page.getByRole('button', { name: 'Versturen naar de abonnees' }).click();
  assert.match(await page.locator('[role="status"]').innerText(), /wordt verstuurd/);
}

for (const dialect of dialects()) {
  describe(`newsletter in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let smtp: LocalSmtp;
    let noJs: Browser;
    let axeBrowser: Browser;

    before(async () => {
      smtp = await startSmtp();
      server = await startServer(dialect, { env: { NEWSLETTER_RATE_PER_MINUTE: '6000' } }, { mailer: smtp.mailer, jobPollingIntervalSeconds: 1 });
      await server.app.jobs.start();
      await createUser(server.db, 'redactie@example.be', 'editor');
      noJs = await launchBrowser({ javaScriptEnabled: false });
      axeBrowser = await launchBrowser({ javaScriptEnabled: true, bypassCSP: true });
    });
    after(async () => {
      await noJs?.close();
      await axeBrowser?.close();
      await server?.app.jobs.stop();
      await server?.close();
      await smtp?.close();
    });

    test('subscribe, confirm, receive an edition, unsubscribe with one click, receive nothing more (JavaScript off)', async () => {
      const base = server.url;
      const reader = 'lezer@example.be';
      const page = await noJs.context.newPage();

      // A visitor subscribes; a wrong address first comes back with its error and the input kept.
      await page.goto(`${base}/nieuwsbrief`);
      await page.getByLabel('Je e-mailadres').fill('lezer@example');
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      assert.match(await page.locator('.error-summary').innerText(), /geen geldig e-mailadres/);
      assert.equal(await page.getByLabel('Je e-mailadres').inputValue(), 'lezer@example');
      await page.getByLabel('Je e-mailadres').fill(reader);
      await page.getByRole('group', { name: 'Voor wie?' }).getByLabel('Mantelzorgers').check();
      await page.getByLabel('Activiteiten in welke buurt?').selectOption('provincie:Antwerpen');
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Kijk in je mailbox');
      assert.deepEqual(await noJs.context.cookies(), [], 'an anonymous visitor gets no cookie');

      // The opt-in mail; confirming takes one button.
      const optIn = await smtp.waitFor(reader);
      await page.goto(base + linkIn(optIn, '/nieuwsbrief/bevestigen'));
      await page.getByRole('button', { name: 'Ja, ik wil de nieuwsbrief' }).click();
      assert.match(await page.locator('[role="status"]').innerText(), /inschrijving is bevestigd/);
      assert.equal(await page.getByRole('group', { name: 'Voor wie?' }).getByLabel('Mantelzorgers').isChecked(), true);
      assert.deepEqual(await noJs.context.cookies(), []);
      await page.screenshot({ path: screenshotPath(`newsletter-preferences-${dialect}`), fullPage: true });

      // An editor composes and sends; the job queue delivers.
      await signIn(page, base, 'redactie@example.be');
      await composeAndSend(page, base, 'Nieuwsbrief van december');
      const edition = await smtp.waitFor(reader, 2);
      assert.match(edition.raw, /^Subject: Nieuwsbrief van december/m);
      assert.match(edition.raw, /multipart\/alternative/);
      assert.match(edition.raw, /Content-Type: text\/plain/);
      assert.match(edition.raw, /Content-Type: text\/html/);
      assert.match(edition.text, /<html lang=3D"nl-BE"|<html lang="nl-BE"/);
      assert.match(edition.text, /<h1[^>]*>Nieuwsbrief van december<\/h1>/);
      assert.doesNotMatch(edition.text, /<img/i);
      const unsubscribe = /^<(http:\/\/[^>]+)>$/.exec(header(edition.raw, 'List-Unsubscribe') ?? '')?.[1];
      assert.ok(unsubscribe, 'List-Unsubscribe header');
      assert.equal(header(edition.raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      await page.screenshot({ path: screenshotPath(`newsletter-admin-${dialect}`), fullPage: true });

      // The archive shows it.
      await page.goto(`${base}/nieuwsbrief/archief`);
      await page.getByRole('link', { name: 'Nieuwsbrief van december' }).click();
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Nieuwsbrief van december');

      // One click in the mail client: a POST to the header's URL, no cookie, no form token.
      const res = await fetch(unsubscribe.replace('http://localhost:3000', base), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('set-cookie'), null);
      const prefs = await fetch(base + linkIn(edition, '/nieuwsbrief/voorkeuren'));
      assert.equal(prefs.status, 404, 'the subscription is gone');

      // The next edition goes out, but not to the reader.
      const before = smtp.mails.length;
      await composeAndSend(page, base, 'Nieuwsbrief van januari');
      await waitUntil('the second edition to be sent', async () => {
        const row = await server.db.selectFrom('newsletter_editions').select('status').where('title', '=', 'Nieuwsbrief van januari').executeTakeFirst();
        return row?.status === 'sent';
      });
      assert.equal(smtp.mails.slice(before).filter((m) => m.to.includes(reader)).length, 0);
      await closePage(page);
    });

    test('axe-core: newsletter and privacy pages', async () => {
      const page = await axeBrowser.context.newPage();
      const urls = ['/nieuwsbrief', '/nieuwsbrief/bijna-klaar', '/nieuwsbrief/archief', '/privacy'];
      const slug = (await server.db.selectFrom('newsletter_editions').select('slug').where('status', '=', 'sent').where('kind', '=', 'edition').executeTakeFirst())?.slug;
      if (slug) urls.push(`/nieuwsbrief/archief/${slug}`);
      const problems: string[] = [];
      for (const url of urls) {
        await page.goto(server.url + url);
        const v = await axeViolations(page);
        if (v.length) problems.push(formatViolations(url, v));
      }
      // The bad-input page too.
      await page.goto(`${server.url}/nieuwsbrief`);
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      const v = await axeViolations(page);
      if (v.length) problems.push(formatViolations('/nieuwsbrief (errors)', v));
      // The back office's newsletter and privacy pages, signed in as an admin.
      await createUser(server.db, 'beheer-axe@example.be', 'admin');
      await signIn(page, server.url, 'beheer-axe@example.be');
      const edition = await server.db.selectFrom('newsletter_editions').select('id').orderBy('id').executeTakeFirstOrThrow();
      for (const url of ['/beheer/nieuwsbrief', '/beheer/nieuwsbrief/nieuw', `/beheer/nieuwsbrief/${edition.id}`, '/beheer/privacy']) {
        await page.goto(server.url + url);
        const found = await axeViolations(page);
        if (found.length) problems.push(formatViolations(url, found));
      }
      await page.goto(`${server.url}/beheer/privacy`);
      await page.getByLabel('E-mailadres').fill('redactie@example.be');
      await page.getByRole('button', { name: 'Opzoeken' }).click();
      const lookup = await axeViolations(page);
      if (lookup.length) problems.push(formatViolations('/beheer/privacy (look-up)', lookup));
      assert.equal(problems.join('\n'), '');
      await closePage(page);
    });
  });
}
