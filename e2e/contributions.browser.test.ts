/**
 * "Doe je mee?" in a real Chromium with JavaScript off: a visitor sends a tip with an email, an editor
 * accepts it into a draft item and publishes it; a suggested activity becomes a draft activity that only
 * shows on /activiteiten once published; the visitor gets the mail and sees it on the status
 * page; another submission is declined with a reason and that mail arrives too. Then axe-core on the
 * forms (also with errors), the status page and the moderation pages.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, axeViolations, browserSkipReason, formatViolations, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';
import { createUser, PASSWORD, startSmtp, type LocalSmtp } from '../test/backoffice.js';
import { MIN_FILL_SECONDS } from '../src/contributions/contributions.service.js';

function statusLink(mail: { text: string }): string {
  const m = /https?:\/\/[^\s]+(\/doe-mee\/status\/[A-Za-z0-9_-]+)/.exec(mail.text);
  if (!m) throw new Error(`no status link in mail:\n${mail.text}`);
  return m[1]!;
}

/** People take a few seconds to fill in a form; the form refuses anything faster. */
const humanPause = (page: Page) => page.waitForTimeout(MIN_FILL_SECONDS * 1000 + 200);

for (const dialect of dialects()) {
  describe(`Doe je mee? in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let smtp: LocalSmtp;
    let noJs: Browser;
    let axeBrowser: Browser;

    before(async () => {
      smtp = await startSmtp();
      server = await startServer(dialect, {}, { mailer: smtp.mailer });
      await createUser(server.db, 'moderator@example.be', 'editor');
      noJs = await launchBrowser({ javaScriptEnabled: false });
      axeBrowser = await launchBrowser({ javaScriptEnabled: true, bypassCSP: true });
    });
    after(async () => {
      await noJs?.close();
      await axeBrowser?.close();
      await server?.close();
      await smtp?.close();
    });

    test('a tip is accepted and published, another submission declined; both submitters get the right mail', async () => {
      const base = server.url;
      const visitor = await noJs.context.newPage();

      // The visitor sends a tip.
      await visitor.goto(`${base}/doe-mee`);
      await visitor.getByRole('link', { name: 'Deel informatie, een tip of een publicatie' }).click();
      await visitor.getByLabel('Wat deel je?').selectOption('tip');
      await visitor.getByLabel('Waarover gaat het?').fill('Vraag de mantelzorgpremie ook in je nieuwe gemeente aan');
      await visitor.getByLabel('Vertel het ons').fill('Na een verhuis moet je de premie opnieuw aanvragen bij je nieuwe gemeente.\n\nDat wist ik niet.');
      await visitor.getByLabel('Je naam').fill('Lotte');
      await visitor.getByLabel('Je e-mailadres').fill('lotte@example.be');
      await visitor.getByLabel(/mogen mijn naam en e-mailadres bewaren/).check();
      await humanPause(visitor);
      await visitor.getByRole('button', { name: 'Verstuur je bijdrage' }).click();
      assert.equal(await visitor.locator('h1').innerText(), 'Dank je wel voor je bijdrage');
      assert.equal(await visitor.locator('.contribution-status').innerText(), 'Nieuw');
      assert.deepEqual(await visitor.context().cookies(), [], 'no cookie for the visitor');
      const link = statusLink(await smtp.waitFor('lotte@example.be'));

      // The editor accepts it into a draft, then publishes the item.
      const editor = await noJs.context.newPage();
      await editor.goto(`${base}/beheer/aanmelden`);
      await editor.getByLabel('E-mailadres').fill('moderator@example.be');
      await editor.getByLabel('Wachtwoord').fill(PASSWORD);
      await editor.getByRole('button', { name: 'Aanmelden' }).click();
      await editor.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Bijdragen' }).click();
      await editor.getByRole('link', { name: 'Vraag de mantelzorgpremie ook in je nieuwe gemeente aan' }).click();
      assert.equal(await editor.getByLabel('Soort item').inputValue(), 'tip');
      await editor.getByLabel('Slug (adres)').fill('mantelzorgpremie-na-verhuis');
      await editor.getByLabel('Samenvatting').fill('Verhuisd? Vraag de mantelzorgpremie opnieuw aan bij je nieuwe gemeente.');
      await editor.getByRole('group', { name: 'Doelgroepen' }).getByLabel('Mantelzorgers').check();
      await editor.getByRole('group', { name: "Thema's" }).getByLabel('Rechten en geld', { exact: true }).check();
      await editor.getByRole('button', { name: 'Aanvaarden' }).click();
      assert.match(await editor.locator('[role="status"]').innerText(), /aanvaard/);
      if (dialect === 'sqlite') await editor.screenshot({ path: screenshotPath('beheer-bijdrage'), fullPage: true });
      await editor.getByRole('link', { name: /\(klad\)/ }).click();
      await editor.getByRole('button', { name: 'Klaar voor nalezing' }).click();
      await editor.getByRole('button', { name: 'Publiceren' }).click();
      assert.match(await editor.locator('#h-status + p').innerText(), /Gepubliceerd/);
      await visitor.goto(`${base}/kennis/mantelzorgpremie-na-verhuis`);
      assert.equal(await visitor.locator('h1').innerText(), 'Vraag de mantelzorgpremie ook in je nieuwe gemeente aan');

      // The submitter is told, by mail and on the status page.
      const accepted = await smtp.waitFor('lotte@example.be', 2);
      assert.match(accepted.raw, /^Subject: Je bijdrage is aanvaard/m);
      await visitor.goto(base + link);
      assert.equal(await visitor.locator('.contribution-status').innerText(), 'Aanvaard');
      if (dialect === 'sqlite') await visitor.screenshot({ path: screenshotPath('doe-mee-status'), fullPage: true });

      // Another visitor announces an activity; the editor declines it with a reason.
      await visitor.goto(`${base}/doe-mee/activiteit`);
      await visitor.getByLabel('Naam van de activiteit').fill('Opendeurdag van onze winkel');
      await visitor.getByLabel('Wat gebeurt er op de activiteit?').fill('Kortingen op rolstoelen.');
      await visitor.getByLabel('Je e-mailadres').fill('winkel@example.be');
      await visitor.getByLabel(/mogen mijn naam en e-mailadres bewaren/).check();
      await humanPause(visitor);
      await visitor.getByRole('button', { name: 'Verstuur je bijdrage' }).click();
      assert.equal(await visitor.locator('h1').innerText(), 'Dank je wel voor je bijdrage');
      await smtp.waitFor('winkel@example.be');
      await editor.goto(`${base}/beheer/bijdragen`);
      await editor.getByRole('link', { name: 'Opendeurdag van onze winkel' }).click();
      await editor.getByLabel('Waarom nemen we ze niet op?').fill('We vermelden geen verkoopacties.');
      await editor.getByRole('button', { name: 'Weigeren' }).click();
      assert.match(await editor.locator('[role="status"]').innerText(), /geweigerd/);
      const declined = await smtp.waitFor('winkel@example.be', 2);
      assert.match(declined.raw, /^Subject: Je bijdrage is niet opgenomen/m);
      assert.ok(declined.text.includes('We vermelden geen verkoopacties.'));
      await closePage(visitor);
      await closePage(editor);
    });

    test('a suggested activity is accepted into a draft activity, hidden until the editor publishes it, then on /activiteiten', async () => {
      const base = server.url;
      const visitor = await noJs.context.newPage();
      await visitor.goto(`${base}/doe-mee/activiteit`);
      await visitor.getByLabel('Naam van de activiteit').fill('Wandeling voor mantelzorgers in het Kwakkelbos');
      await visitor.getByLabel('Wat gebeurt er op de activiteit?').fill('We wandelen een uur en drinken daarna samen koffie.');
      await visitor.getByLabel('Datum (niet verplicht)').fill('2027-04-14');
      await visitor.getByLabel('Uur (niet verplicht)').fill('14:00');
      await visitor.getByLabel(/^Waar\?/).fill('Parking Kwakkelbos, 2440 Geel');
      await visitor.getByLabel(/^Wie organiseert\?/).fill('Buurtzorg Geel');
      await humanPause(visitor);
      await visitor.getByRole('button', { name: 'Verstuur je bijdrage' }).click();
      assert.equal(await visitor.locator('h1').innerText(), 'Dank je wel voor je bijdrage');

      const editor = await noJs.context.newPage();
      await editor.goto(`${base}/beheer/bijdragen`);
      // The browser may still be signed in from the test before.
      if (new URL(editor.url()).pathname === '/beheer/aanmelden') {
        await editor.getByLabel('E-mailadres').fill('moderator@example.be');
        await editor.getByLabel('Wachtwoord').fill(PASSWORD);
        await editor.getByRole('button', { name: 'Aanmelden' }).click();
        await editor.goto(`${base}/beheer/bijdragen`);
      }
      await editor.getByRole('link', { name: 'Wandeling voor mantelzorgers in het Kwakkelbos' }).click();
      assert.equal(await editor.getByLabel('Titel van de activiteit').inputValue(), 'Wandeling voor mantelzorgers in het Kwakkelbos');
      await editor.getByLabel('Slug (adres)').fill('wandeling-kwakkelbos');
      await editor.getByRole('button', { name: 'Aanvaarden' }).click();
      assert.match(await editor.locator('[role="status"]').innerText(), /aanvaard/);
      await editor.getByRole('link', { name: /^Activiteit \d+ \(klad\)$/ }).click();
      assert.equal(await editor.locator('#h-draft').innerText(), 'Klad: nog niet op de site');
      assert.equal(await editor.getByLabel('Datum (eerste keer)').inputValue(), '2027-04-14');
      assert.equal(await editor.getByLabel('Beginuur').inputValue(), '14:00');
      assert.equal(await editor.getByLabel('Naam van de organisator').inputValue(), 'Buurtzorg Geel');

      // Not on the site while it is a draft.
      const hidden = await visitor.goto(`${base}/activiteiten/wandeling-kwakkelbos`);
      assert.equal(hidden?.status(), 404);
      await visitor.goto(`${base}/activiteiten?van=2027-04-14&tot=2027-04-14`);
      assert.equal(await visitor.getByText('Wandeling voor mantelzorgers in het Kwakkelbos').count(), 0);

      // The editor completes it and publishes it.
      await editor.getByRole('button', { name: 'Opslaan' }).click();
      assert.match(await editor.locator('[role="status"]').innerText(), /opgeslagen/);
      await editor.getByRole('button', { name: 'Publiceren' }).click();
      assert.match(await editor.locator('[role="status"]').innerText(), /staat nu op de site/);
      await visitor.goto(`${base}/activiteiten?van=2027-04-14&tot=2027-04-14`);
      await visitor.getByRole('link', { name: 'Wandeling voor mantelzorgers in het Kwakkelbos' }).first().click();
      assert.equal(await visitor.locator('h1').innerText(), 'Wandeling voor mantelzorgers in het Kwakkelbos');
      await closePage(visitor);
      await closePage(editor);
    });

    test('a refused form keeps what was typed, with the errors announced', async () => {
      const page = await noJs.context.newPage();
      await page.goto(`${server.url}/doe-mee/goede-praktijk`);
      await page.getByLabel('Aanpak (niet verplicht)').fill('Elke maand een wandeling.');
      await page.getByLabel('Je e-mailadres').fill('geen-adres');
      await humanPause(page);
      await page.getByRole('button', { name: 'Verstuur je bijdrage' }).click();
      assert.match(await page.locator('.error-summary').innerText(), /Er klopt iets niet/);
      assert.equal(await page.getByLabel('Aanpak (niet verplicht)').inputValue(), 'Elke maand een wandeling.');
      assert.equal(await page.getByLabel('Je e-mailadres').inputValue(), 'geen-adres');
      await closePage(page);
    });

    test('axe-core: no violations on the forms, a form with errors, the status page and the moderation pages', async () => {
      const page = await axeBrowser.context.newPage();
      const problems: string[] = [];
      const check = async (url: string) => {
        const v = await axeViolations(page);
        if (v.length) problems.push(formatViolations(url, v));
      };
      for (const slug of ['', '/informatie', '/activiteit', '/goede-praktijk', '/organisatie', '/correctie?over=/organisatie/samana&titel=Samana']) {
        await page.goto(`${server.url}/doe-mee${slug}`);
        await check(`/doe-mee${slug}`);
      }
      await page.goto(`${server.url}/doe-mee/informatie`);
      await page.getByLabel('Je naam').fill('Iemand');
      await page.getByRole('button', { name: 'Verstuur je bijdrage' }).click();
      await check('/doe-mee/informatie (errors)');
      await page.goto(`${server.url}/doe-mee/informatie`);
      await page.getByLabel('Waarover gaat het?').fill('Een tip');
      await page.getByLabel('Vertel het ons').fill('Tekst');
      await humanPause(page);
      await page.getByRole('button', { name: 'Verstuur je bijdrage' }).click();
      assert.equal(await page.locator('h1').innerText(), 'Dank je wel voor je bijdrage');
      await check('/doe-mee/status');
      await page.goto(`${server.url}/beheer/aanmelden`);
      await page.getByLabel('E-mailadres').fill('moderator@example.be');
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.goto(`${server.url}/beheer/bijdragen`);
      await check('/beheer/bijdragen');
      await page.getByRole('link', { name: 'Een tip' }).click();
      await check('/beheer/bijdragen/:id');
      // The accept forms of an activity and a listing, and the draft pages they lead to.
      for (const [slug, title, body] of [
        ['activiteit', 'Naam van de activiteit', 'Wat gebeurt er op de activiteit?'],
        ['organisatie', 'Naam van de organisatie of dienst', 'Wat doet ze voor mantelzorgers?'],
      ] as const) {
        await page.goto(`${server.url}/doe-mee/${slug}`);
        await page.getByLabel(title).fill(`Axe-voorstel ${slug}`);
        await page.getByLabel(body).fill('Tekst');
        await humanPause(page);
        await page.getByRole('button', { name: 'Verstuur je bijdrage' }).click();
        await page.goto(`${server.url}/beheer/bijdragen`);
        await page.getByRole('link', { name: `Axe-voorstel ${slug}` }).click();
        await check(`/beheer/bijdragen/:id (${slug})`);
        await page.getByRole('button', { name: 'Aanvaarden' }).click();
        await page.getByRole('link', { name: /\(klad\)$/ }).click();
        await check(slug === 'activiteit' ? '/beheer/activiteiten/:id (klad)' : '/beheer/aanbod/:id (klad)');
      }
      await closePage(page);
      assert.equal(problems.join('\n'), '');
    });
  });
}
