/**
 * A partner in a real Chromium without JavaScript: signs in, edits its own service's description,
 * sees it on its public /organisatie page, and gets a 403 for another organisation's edit page.
 * Then axe-core on the directory's back-office pages, as that partner and as an editor (with a form
 * that came back with errors).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, axeViolations, browserSkipReason, formatViolations, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';
import { createUser, PASSWORD } from '../test/backoffice.js';
import * as accounts from '../src/accounts/accounts.service.js';
import { SYSTEM_ACTOR } from '../src/audit/audit.service.js';

async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/beheer/aanmelden`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  assert.equal(new URL(page.url()).pathname, '/beheer');
}

for (const dialect of dialects()) {
  describe(`directory back office in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let noJs: Browser;
    let axeBrowser: Browser;
    let own: { id: string; slug: string };
    let other: { id: string; service: string };

    before(async () => {
      server = await startServer(dialect);
      noJs = await launchBrowser({ javaScriptEnabled: false });
      axeBrowser = await launchBrowser({ javaScriptEnabled: true, bypassCSP: true });
      own = await server.db.selectFrom('directory_organizations').select(['id', 'slug']).where('slug', '=', 'samen-zorgen-kempen').executeTakeFirstOrThrow();
      const linde = await server.db.selectFrom('directory_services').select(['id', 'organization_id']).where('name', '=', 'Dagopvang voor ouderen in De Linde').executeTakeFirstOrThrow();
      assert.notEqual(linde.organization_id, own.id);
      other = { id: linde.organization_id, service: linde.id };
      const partner = await createUser(server.db, 'partner@kempen.example.org', 'partner');
      await accounts.updateUser(server.db, SYSTEM_ACTOR, partner.id, { organisationId: own.id });
      await createUser(server.db, 'redactie@example.be', 'editor');
    });
    after(async () => {
      await noJs?.close();
      await axeBrowser?.close();
      await server?.close();
    });

    test("without JavaScript: a partner edits its own service, sees it on the site, and cannot open another organisation's", async () => {
      const page = await noJs.context.newPage();
      const base = server.url;
      await signIn(page, base, 'partner@kempen.example.org');
      const menu = page.getByRole('navigation', { name: 'Beheermenu' });
      assert.equal(await menu.getByRole('link', { name: 'Items' }).count(), 0, 'no library pages in a partner menu');
      await menu.getByRole('link', { name: 'Organisaties' }).click();
      assert.equal(await page.locator('h1').innerText(), 'Je organisatie');
      assert.equal(await page.locator('tbody tr').count(), 1);
      await page.getByRole('link', { name: 'Praatgroep Samen Zorgen Kempen' }).click();
      assert.equal(new URL(page.url()).pathname, `/beheer/organisaties/${own.id}`);
      await page.locator('section[aria-labelledby="h-aanbod"]').getByRole('link', { name: 'Lotgenotengroep voor mantelzorgers in Geel' }).click();

      const text = 'Elke eerste dinsdag praten we bij over zorg en werk. Nieuw: ook op zaterdagvoormiddag.';
      await page.getByLabel('Beschrijving').fill(text);
      await page.getByRole('button', { name: 'Opslaan' }).click();
      assert.match(await page.locator('[role="status"]').innerText(), /opgeslagen/);
      assert.equal(await page.getByLabel('Beschrijving').inputValue(), text);
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('beheer-aanbod'), fullPage: true });

      await page.goto(`${base}/organisatie/${own.slug}`);
      assert.match(await page.locator('section[aria-labelledby="h-aanbod"]').innerText(), /ook op zaterdagvoormiddag/);

      for (const url of [`/beheer/organisaties/${other.id}`, `/beheer/aanbod/${other.service}`]) {
        const res = await page.goto(base + url);
        assert.equal(res?.status(), 403, url);
        assert.match(await page.locator('main').innerText(), /geen toegang/);
      }
      await closePage(page);
    });

    test('axe-core finds no violations on the directory back-office pages', async () => {
      const page = await axeBrowser.context.newPage();
      const problems: string[] = [];
      const check = async (url: string) => {
        const res = await page.goto(server.url + url);
        assert.equal(res?.status(), 200, url);
        const violations = await axeViolations(page);
        if (violations.length) problems.push(formatViolations(url, violations));
      };
      await signIn(page, server.url, 'partner@kempen.example.org');
      await check('/beheer');
      await check('/beheer/organisaties');
      await page.context().clearCookies();
      await signIn(page, server.url, 'redactie@example.be');
      await check('/beheer');
      await check(`/beheer/organisaties/${other.id}`);
      await check(`/beheer/aanbod/${other.service}`);
      await check(`/beheer/organisaties/${other.id}/locaties/nieuw`);
      await check('/beheer/premies');
      // A service form that came back with errors.
      await page.goto(`${server.url}/beheer/organisaties/${other.id}/aanbod/nieuw`);
      await page.getByLabel('Naam', { exact: true }).fill('Proef');
      await page.getByLabel('Beschrijving').fill(' ');
      await page.getByLabel('Werkgebied').fill('Atlantis');
      await page.getByLabel('Telefoonnummer 1').fill('bel ons');
      await page.getByRole('button', { name: 'Aanbod aanmaken' }).click();
      assert.equal(await page.locator('.error-summary').count(), 1);
      assert.equal(await page.getByLabel('Telefoonnummer 1').inputValue(), 'bel ons');
      const violations = await axeViolations(page);
      if (violations.length) problems.push(formatViolations('service form with errors', violations));
      assert.equal(problems.join('\n'), '');
      await closePage(page);
    });
  });
}
