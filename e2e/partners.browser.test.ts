/**
 * A partner in a real Chromium with JavaScript off: signs in, creates a recurring activity in
 * /beheer/activiteiten, makes an API token, pushes an activity with it, revokes it (then 401).
 * Then axe-core on the new back-office pages as the partner, including a form with errors.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, axeViolations, browserSkipReason, formatViolations, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';
import { PASSWORD } from '../test/backoffice.js';
import * as accounts from '../src/accounts/accounts.service.js';
import * as directory from '../src/directory/directory.service.js';
import { SYSTEM_ACTOR } from '../src/audit/audit.service.js';

const ORG = directory.stableUuid('e2e:partner-org');

async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/beheer/aanmelden`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

for (const dialect of dialects()) {
  describe(`partner back office in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let noJs: Browser;
    let axeBrowser: Browser;

    before(async () => {
      server = await startServer(dialect);
      await directory.saveDirectory(server.db, { organizations: [{ id: ORG, name: 'Mantelzorgvereniging Kempen', description: 'Test', kind: 'carer_association', sourceTitle: 'e2e' }], locations: [], services: [] });
      const mailer = { kind: 'outbox' as const, send: async () => {}, close: () => {} };
      await accounts.createUser(server.db, { mailer, baseUrl: server.url }, SYSTEM_ACTOR, { email: 'partner@kempen.be', name: 'Partner Kempen', role: 'partner', organisationId: ORG, password: PASSWORD });
      noJs = await launchBrowser({ javaScriptEnabled: false });
      axeBrowser = await launchBrowser({ javaScriptEnabled: true, bypassCSP: true });
    });
    after(async () => {
      await noJs?.close();
      await axeBrowser?.close();
      await server?.close();
    });

    test('without JavaScript: create an activity, make a token, push with it, revoke it', async () => {
      const page = await noJs.context.newPage();
      const base = server.url;
      await signIn(page, base, 'partner@kempen.be');
      const menu = page.getByRole('navigation', { name: 'Beheermenu' });
      await menu.getByRole('link', { name: 'Activiteiten' }).click();
      await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
      await page.getByLabel('Soort activiteit').selectOption('peer_support');
      await page.getByLabel('Titel', { exact: true }).fill('Praatavond mantelzorgers Kempen');
      await page.getByLabel('Samenvatting').fill('Elke eerste dinsdag praten we samen.');
      await page.getByLabel('Naam van de plaats').fill('Zaal Den Engel');
      await page.getByLabel('Postcode').fill('2440');
      await page.getByLabel('Datum (eerste keer)').fill('2027-02-02');
      await page.getByLabel('Beginuur').fill('19:30');
      await page.getByLabel('Einduur').fill('21:30');
      await page.getByLabel('Hoe vaak').selectOption('monthly');
      await page.getByRole('button', { name: 'Activiteit aanmaken' }).click();
      assert.match(await page.locator('[role="status"]').innerText(), /aangemaakt/);
      await page.screenshot({ path: screenshotPath(`partner-activity-${dialect}`), fullPage: true });
      await page.getByRole('link', { name: 'Bekijk op de site' }).click();
      assert.equal(await page.locator('h1').innerText(), 'Praatavond mantelzorgers Kempen');

      await page.goto(`${base}/beheer`);
      await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'API-sleutels' }).click();
      await page.getByLabel('Naam van de sleutel').fill('Agenda op onze website');
      await page.getByRole('button', { name: 'Maak sleutel' }).click();
      const secret = await page.getByLabel('Sleutel', { exact: true }).inputValue();
      assert.match(secret, /^ept_/);
      await page.screenshot({ path: screenshotPath(`partner-token-${dialect}`), fullPage: true });

      const push = () =>
        fetch(`${base}/api/v1/activities`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'info_session', title: 'Infoavond premie', summary: 'Uitleg over de mantelzorgpremie.', postcode: '2440', start: '2027-03-04T19:00', end: '2027-03-04T21:00' }),
        });
      const pushed = await push();
      assert.equal(pushed.status, 201);
      const { slug } = (await pushed.json()) as { slug: string };
      await page.goto(`${base}/activiteiten?postcode=2440`);
      assert.equal(await page.locator(`a[href="/activiteiten/${slug}"]`).count() > 0, true);

      await page.goto(`${base}/beheer/sleutels`);
      await page.getByRole('button', { name: /Trek in.*Agenda op onze website/ }).click();
      assert.match(await page.locator('[role="status"]').innerText(), /ingetrokken/);
      assert.equal((await push()).status, 401);
      await closePage(page);
    });

    test('axe-core finds no violations on the new back-office pages (as a partner)', async () => {
      const page = await axeBrowser.context.newPage();
      await signIn(page, server.url, 'partner@kempen.be');
      const own = await server.db.selectFrom('activities').select('id').where('organisation_id', '=', ORG).orderBy('id').executeTakeFirstOrThrow();
      const problems: string[] = [];
      for (const url of ['/beheer/activiteiten', '/beheer/activiteiten?toon=alle', '/beheer/activiteiten/nieuw', `/beheer/activiteiten/${own.id}`, '/beheer/activiteiten/importeren', '/beheer/sleutels']) {
        const res = await page.goto(server.url + url);
        assert.equal(res?.status(), 200, url);
        const violations = await axeViolations(page);
        if (violations.length) problems.push(formatViolations(url, violations));
      }
      await page.goto(`${server.url}/beheer/activiteiten/nieuw`);
      await page.getByLabel('Titel', { exact: true }).fill('Zonder datum');
      await page.getByLabel('Samenvatting').fill(' ');
      await page.getByLabel('Datum (eerste keer)').fill('2027-01-01');
      await page.getByLabel('Beginuur').fill('19:00');
      await page.getByRole('button', { name: 'Activiteit aanmaken' }).click();
      assert.equal(await page.locator('.error-summary').count(), 1);
      const violations = await axeViolations(page);
      if (violations.length) problems.push(formatViolations('activity form with errors', violations));
      assert.equal(problems.join('\n'), '');
      await closePage(page);
    });
  });
}
