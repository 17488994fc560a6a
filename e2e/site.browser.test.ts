/** The public site in a real Chromium: the no-JavaScript journey, keyboard use, and axe-core on every page type. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, axeViolations, browserSkipReason, formatViolations, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';
import { pageTypeUrls } from '../test/pages.js';

for (const dialect of dialects()) {
  describe(`public site in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let noJs: Browser;
    let withJs: Browser;

    before(async () => {
      server = await startServer(dialect);
      noJs = await launchBrowser({ javaScriptEnabled: false });
      withJs = await launchBrowser({ javaScriptEnabled: true, bypassCSP: true });
    });
    after(async () => {
      await noJs?.close();
      await withJs?.close();
      await server?.close();
    });

    test('without JavaScript: home → audience → theme → item, and the filter form', async () => {
      const page = await noJs.context.newPage();
      const response = await page.goto(server.url + '/');
      assert.equal(response?.status(), 200);
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('home'), fullPage: true });

      await page.getByRole('link', { name: 'Ik zorg voor iemand' }).click();
      assert.equal(new URL(page.url()).pathname, '/voor/mantelzorgers');
      assert.equal(await page.locator('h1').innerText(), 'Voor mantelzorgers');

      await page.getByRole('main').getByRole('link', { name: 'Dementie', exact: true }).first().click();
      assert.equal(new URL(page.url()).pathname, '/thema/dementie');
      assert.equal(await page.locator('h1').innerText(), 'Dementie');

      const firstItem = page.locator('.card h3 a').first();
      const title = await firstItem.innerText();
      await firstItem.click();
      assert.match(new URL(page.url()).pathname, /^\/kennis\/[a-z0-9-]+$/);
      assert.equal(await page.locator('h1').innerText(), title);
      assert.ok((await page.locator('.sources a[href^="http"]').count()) >= 1, 'the item names its source');
      assert.match(await page.locator('.item-meta').innerText(), /Laatst nagekeken/);
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('item'), fullPage: true });

      await page.goto(server.url + '/kennis');
      await page.getByLabel('Soort').selectOption('recht');
      await page.getByLabel('Voor wie').selectOption('werkgevers');
      await page.getByRole('button', { name: 'Toon' }).click();
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('type'), 'recht');
      assert.equal(url.searchParams.get('doelgroep'), 'werkgevers');
      assert.match(await page.locator('main h2').first().innerText(), /resulta/);
      await closePage(page);
    });

    test('keyboard: the skip link comes first and moves focus to the content', async () => {
      const page = await noJs.context.newPage();
      await page.goto(server.url + '/');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
      assert.equal(focused.text?.trim(), 'Naar de inhoud');
      assert.notEqual(focused.outline, 'none', 'focus is visible');
      await page.keyboard.press('Enter');
      assert.equal(new URL(page.url()).hash, '#inhoud');
      await closePage(page);
    });

    test('a narrow phone screen needs no sideways scrolling', async () => {
      const page = await noJs.context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      for (const path of ['/', '/kennis', '/thema/rechten-en-geld']) {
        await page.goto(server.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
      }
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('home-phone'), fullPage: true });
      await closePage(page);
    });

    test('an item prints without menus, with its source addresses written out', async () => {
      const page = await noJs.context.newPage();
      const slug = (await server.db.selectFrom('items').select('slug').where('type', '=', 'right').orderBy('id').executeTakeFirstOrThrow()).slug;
      await page.goto(`${server.url}/kennis/${slug}`);
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.site-header').isVisible(), false);
      assert.equal(await page.locator('.site-footer').isVisible(), false);
      assert.equal(await page.locator('h1').isVisible(), true);
      const after = await page.locator('.sources a').first().evaluate((a) => getComputedStyle(a, '::after').content);
      assert.match(after, /http/);
      if (dialect === 'sqlite') await page.pdf({ path: screenshotPath('item-print').replace(/\.png$/, '.pdf') });
      await closePage(page);
    });

    test('sharing: a mail link and the address without JavaScript; copy and print buttons with it', async () => {
      const slug = (await server.db.selectFrom('items').select('slug').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow()).slug;
      const plain = await noJs.context.newPage();
      await plain.goto(`${server.url}/kennis/${slug}`);
      const mail = new URL((await plain.getByRole('link', { name: 'Mail deze pagina' }).getAttribute('href'))!);
      assert.equal(mail.protocol, 'mailto:');
      assert.equal(mail.searchParams.get('subject'), await plain.locator('h1').innerText());
      assert.ok(mail.searchParams.get('body')?.endsWith(`/kennis/${slug}`));
      // The public address (BASE_URL), not the loopback one the test server listens on.
      assert.equal(new URL(await plain.getByLabel('Link naar deze pagina').inputValue()).pathname, `/kennis/${slug}`);
      assert.equal(await plain.getByRole('button', { name: 'Kopieer de link' }).isVisible(), false);
      await closePage(plain);

      await withJs.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const page = await withJs.context.newPage();
      await page.goto(`${server.url}/kennis/${slug}`);
      await page.getByRole('button', { name: 'Kopieer de link' }).click();
      await page.getByText('De link is gekopieerd.').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.getByLabel('Link naar deze pagina').inputValue());
      assert.equal(await page.getByRole('button', { name: 'Print deze pagina' }).isVisible(), true);
      await closePage(page);
    });

    test('axe-core finds no violations on any page type', async () => {
      const page = await withJs.context.newPage();
      const problems: string[] = [];
      for (const { url, status } of await pageTypeUrls(server.db)) {
        const res = await page.goto(server.url + url);
        assert.equal(res?.status(), status ?? 200, url);
        const violations = await axeViolations(page);
        if (violations.length) problems.push(formatViolations(url, violations));
      }
      assert.equal(problems.join('\n'), '');
      await closePage(page);
    });
  });
}
