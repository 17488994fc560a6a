/** Search in a real Chromium: the form without JavaScript from the home page, and suggestions with it. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, browserSkipReason, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';

for (const dialect of dialects()) {
  describe(`search in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let noJs: Browser;
    let withJs: Browser;

    before(async () => {
      server = await startServer(dialect);
      noJs = await launchBrowser({ javaScriptEnabled: false });
      // The real CSP stays on: the suggestion script must work without 'unsafe-inline'.
      withJs = await launchBrowser({ javaScriptEnabled: true });
    });
    after(async () => {
      await noJs?.close();
      await withJs?.close();
      await server?.close();
    });

    test('without JavaScript: search from the home page and open an item', async () => {
      const page = await noJs.context.newPage();
      await page.goto(server.url + '/');
      await page.getByLabel('Waar zoek je info over?').fill('zorgbudet');
      await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
      const url = new URL(page.url());
      assert.equal(url.pathname, '/zoeken');
      assert.equal(url.searchParams.get('q'), 'zorgbudet');
      assert.match(await page.locator('#h-results').innerText(), /^\d+ resultaten voor/);
      assert.equal(await page.locator('.did-you-mean a').innerText(), 'zorgbudget');
      assert.ok((await page.locator('.search-hit mark').count()) > 0);
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('search'), fullPage: true });
      // Activities and listings share the results now (an info session on care budgets may come first):
      // open the first knowledge item.
      const first = page.locator('.search-hit h3 a[href*="/kennis/"]').first();
      const title = await first.innerText();
      await first.click();
      assert.match(new URL(page.url()).pathname, /^\/kennis\/zorgbudget-/);
      assert.equal(await page.locator('h1').innerText(), title);

      // A facet link narrows the results, also without JavaScript.
      await page.goto(server.url + '/zoeken?q=verlof');
      await page.locator('.facets a[href*="type=recht"]').click();
      assert.equal(new URL(page.url()).searchParams.get('type'), 'recht');
      assert.ok((await page.locator('.search-hit').count()) > 0);
      await closePage(page);
    });

    test('with JavaScript: suggestions appear while typing and the keyboard opens one', async () => {
      const page = await withJs.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(server.url + '/');
      const input = page.locator('#home-q');
      assert.equal(await input.getAttribute('role'), 'combobox');
      await input.pressSequentially('mantelzorgpr', { delay: 30 });
      const options = page.locator('#suggesties-1 [role="option"]');
      await options.first().waitFor({ state: 'visible', timeout: 5000 });
      assert.ok((await options.count()) >= 2);
      assert.match(await options.first().innerText(), /mantelzorg/i);
      assert.equal(await input.getAttribute('aria-expanded'), 'true');
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('search-suggestions') });
      await input.press('ArrowDown');
      assert.equal(await input.getAttribute('aria-activedescendant'), 'suggesties-1-0');
      await Promise.all([page.waitForURL(/\/kennis\//), input.press('Enter')]);
      assert.deepEqual(errors, []);
      await closePage(page);
    });
  });
}
