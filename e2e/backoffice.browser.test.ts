/**
 * The editor's full cycle in a real Chromium, with JavaScript off and on: invitation mail → password →
 * write a publication with an attachment → review → publish → on the site → edit → diff → restore.
 * Then axe-core on every back-office page type, signed in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, axeViolations, browserSkipReason, formatViolations, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';
import { backofficePageUrls } from '../test/pages.js';
import { createUser, passwordLink, PASSWORD, startSmtp, type LocalSmtp } from '../test/backoffice.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/beheer/aanmelden`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

for (const dialect of dialects()) {
  describe(`back office in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let smtp: LocalSmtp;
    let noJs: Browser;
    let withJs: Browser;
    let axeBrowser: Browser;
    const pdfPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ep-e2e-')), 'folder respijtzorg.pdf');

    before(async () => {
      smtp = await startSmtp();
      server = await startServer(dialect, {}, { mailer: smtp.mailer });
      await createUser(server.db, 'chef@example.be', 'admin');
      fs.writeFileSync(pdfPath, PDF);
      noJs = await launchBrowser({ javaScriptEnabled: false });
      // CSP enforced: the editor script must work as an external file.
      withJs = await launchBrowser({ javaScriptEnabled: true, bypassCSP: false });
      axeBrowser = await launchBrowser({ javaScriptEnabled: true, bypassCSP: true });
    });
    after(async () => {
      await noJs?.close();
      await withJs?.close();
      await axeBrowser?.close();
      await server?.close();
      await smtp?.close();
      fs.rmSync(path.dirname(pdfPath), { recursive: true, force: true });
    });

    for (const js of [false, true]) {
      test(`the full editor cycle with JavaScript ${js ? 'on' : 'off'}`, async () => {
        const browser = js ? withJs : noJs;
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        const base = server.url;
        const who = js ? 'js' : 'nojs';
        const email = `redacteur-${who}@example.be`;
        const slug = `folder-respijtzorg-${who}`;

        // An admin invites the editor.
        await signIn(page, base, 'chef@example.be', PASSWORD);
        assert.equal(new URL(page.url()).pathname, '/beheer');
        await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Gebruikers' }).click();
        await page.getByLabel('Naam').fill(`Redacteur ${who}`);
        await page.getByLabel('E-mailadres').fill(email);
        await page.getByLabel('Rol').selectOption('editor');
        await page.getByRole('button', { name: 'Uitnodigen' }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /uitnodiging is verstuurd/);
        await page.getByRole('button', { name: 'Afmelden' }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /afgemeld/);

        // The editor follows the link from the mail and chooses a password.
        const link = passwordLink(await smtp.waitFor(email));
        await page.goto(base + link);
        assert.equal(await page.locator('h1').innerText(), 'Kies je wachtwoord');
        await page.getByLabel('Nieuw wachtwoord').fill('mijn eigen lange zin');
        await page.getByLabel('Herhaal het wachtwoord').fill('mijn eigen lange zin');
        await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /wachtwoord is ingesteld/);
        await signIn(page, base, email, 'mijn eigen lange zin');
        assert.equal(new URL(page.url()).pathname, '/beheer');

        // A new publication.
        await page.getByRole('main').getByRole('link', { name: 'Nieuw item' }).click();
        await page.getByLabel('Welke soort item?').selectOption('publication');
        await page.getByRole('button', { name: 'Verder' }).click();
        await page.getByLabel('Titel', { exact: true }).fill(`Folder over respijtzorg (${who})`);
        await page.getByLabel('Slug (adres)').fill(slug);
        await page.getByLabel('Samenvatting').fill('Een folder die uitlegt wat respijtzorg is.');
        const body = page.getByLabel('Tekst (Markdown)');
        await body.fill('## Wat is respijtzorg?\n\nEven op adem komen terwijl iemand anders de zorg overneemt.\n\n');
        if (js) {
          // Toolbar and live preview (rendered by the server).
          await body.press('End');
          await page.getByRole('toolbar', { name: 'Opmaak van de tekst' }).getByRole('button', { name: 'Vet' }).click();
          await page.locator('.md-preview strong').waitFor();
          assert.equal(await page.locator('.md-preview strong').innerText(), 'vette tekst');
          assert.equal(await page.locator('.md-preview h2').innerText(), 'Wat is respijtzorg?');
        } else {
          assert.equal(await page.locator('.md-toolbar').count(), 0, 'no toolbar without JavaScript');
        }
        await page.getByLabel('Auteurs').fill('Expertisepunt');
        await page.getByLabel('Jaar').fill('2026');
        await page.getByRole('group', { name: 'Voor wie' }).getByLabel('Mantelzorgers').check();
        await page.getByRole('group', { name: "Thema's" }).getByLabel('Dementie', { exact: true }).check();
        await page.getByLabel('Bronnen').fill('Vlaamse overheid | https://www.vlaanderen.be/respijtzorg');
        await page.getByRole('button', { name: 'Klad aanmaken' }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /aangemaakt als klad/);
        const itemPath = new URL(page.url()).pathname;

        // The attachment.
        await page.getByLabel('Titel van de bijlage').fill('De folder als PDF');
        await page.getByLabel('Bestand').setInputFiles(pdfPath);
        await page.getByRole('button', { name: 'Bijlage toevoegen' }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /bijlage is toegevoegd/);

        // Review and publish.
        await page.getByRole('button', { name: 'Klaar voor nalezing' }).click();
        assert.match(await page.locator('#h-status + p').innerText(), /Ter nalezing/);
        await page.getByRole('button', { name: 'Publiceren' }).click();
        assert.match(await page.locator('#h-status + p').innerText(), /Gepubliceerd/);
        if (!js && dialect === 'sqlite') await page.screenshot({ path: screenshotPath('beheer-item'), fullPage: true });

        // On the public site, with its attachment.
        await page.getByRole('link', { name: 'Bekijk op de site' }).click();
        assert.equal(new URL(page.url()).pathname, `/kennis/${slug}`);
        assert.equal(await page.locator('h1').innerText(), `Folder over respijtzorg (${who})`);
        const download = page.locator('.attachments a');
        assert.equal(await download.innerText(), 'De folder als PDF');
        const file = await page.request.get(base + (await download.getAttribute('href')));
        assert.equal(file.headers()['content-type'], 'application/pdf');
        assert.deepEqual(Buffer.from(await file.body()), PDF);

        // And in the site search, through the search box in the header.
        await page.goto(`${base}/`);
        await page.locator('#header-q').fill(`Folder over respijtzorg ${who}`);
        await page.locator('form.header-search').getByRole('button').click();
        assert.equal(new URL(page.url()).pathname, '/zoeken');
        assert.equal(await page.locator(`main a[href$="/kennis/${slug}"]`).count() >= 1, true, 'the new item is found');

        // Edit, see the diff, restore.
        await page.goto(base + itemPath);
        await page.getByLabel('Samenvatting').fill('Een folder met de nieuwe regels voor respijtzorg.');
        await page.getByRole('button', { name: 'Opslaan' }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /opgeslagen/);
        await page.getByRole('main').getByRole('link', { name: 'Versies' }).click();
        const versions = page.locator('tbody tr');
        assert.ok((await versions.count()) >= 4);
        await versions.first().getByRole('link').click();
        assert.match(await page.locator('.diff ins').innerText(), /\+ Samenvatting: Een folder met de nieuwe regels/);
        assert.match(await page.locator('.diff del').innerText(), /− Samenvatting: Een folder die uitlegt/);
        if (js && dialect === 'sqlite') await page.screenshot({ path: screenshotPath('beheer-diff'), fullPage: true });
        await page.getByRole('link', { name: 'Alle versies' }).click();
        await versions.nth(1).getByRole('link').click();
        await page.getByRole('button', { name: /Zet versie \d+ terug/ }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /teruggezet/);
        assert.equal(await page.getByLabel('Samenvatting').inputValue(), 'Een folder die uitlegt wat respijtzorg is.');
        await page.goto(`${base}/kennis/${slug}`);
        assert.equal(await page.locator('.lead').innerText(), 'Een folder die uitlegt wat respijtzorg is.');

        await page.goto(`${base}/beheer`);
        await page.getByRole('button', { name: 'Afmelden' }).click();
        assert.match(await page.locator('[role="status"]').innerText(), /afgemeld/);
        assert.deepEqual(errors, []);
        await closePage(page);
      });
    }

    test('axe-core finds no violations on any back-office page type (signed in)', async () => {
      const page = await axeBrowser.context.newPage();
      const problems: string[] = [];
      const check = async (url: string, status = 200) => {
        const res = await page.goto(server.url + url);
        assert.equal(res?.status(), status, url);
        const violations = await axeViolations(page);
        if (violations.length) problems.push(formatViolations(url, violations));
      };
      await check('/beheer/aanmelden');
      await signIn(page, server.url, 'chef@example.be', PASSWORD);
      for (const { url } of await backofficePageUrls(server.db)) await check(url);
      // A form that came back with errors.
      await page.goto(`${server.url}/beheer/items/nieuw?type=tool`);
      // Blanks pass the browser's own checks but not ours.
      await page.getByLabel('Titel', { exact: true }).fill(' ');
      await page.getByLabel('Slug (adres)').fill('Geen Slug');
      await page.getByLabel('Samenvatting').fill(' ');
      await page.getByRole('button', { name: 'Klad aanmaken' }).click();
      assert.equal(await page.locator('.error-summary').count(), 1);
      const violations = await axeViolations(page);
      if (violations.length) problems.push(formatViolations('item form with errors', violations));
      assert.equal(problems.join('\n'), '');
      await closePage(page);
    });
  });
}
