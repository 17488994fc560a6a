/**
 * The activities calendar in a real Chromium without JavaScript: list -> filter by postcode -> activity -> .ics.
 * axe-core and the Nu checker cover its page types through test/pages.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, browserSkipReason, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';

for (const dialect of dialects()) {
  describe(`activities calendar in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let noJs: Browser;

    before(async () => {
      server = await startServer(dialect);
      noJs = await launchBrowser({ javaScriptEnabled: false });
    });
    after(async () => {
      await noJs?.close();
      await server?.close();
    });

    test('without JavaScript: /activiteiten -> postcode 2440 -> an activity -> its .ics answers text/calendar', async () => {
      const page = await noJs.context.newPage();
      await page.goto(server.url + '/');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
      assert.equal(new URL(page.url()).pathname, '/activiteiten');
      assert.equal(await page.locator('h1').innerText(), 'Activiteiten voor mantelzorgers');

      await page.getByLabel('Postcode of gemeente').fill('2440');
      await page.getByLabel('Afstand').selectOption('20');
      await page.getByRole('button', { name: 'Toon' }).click();
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('postcode'), '2440');
      assert.match(await page.locator('main h2').first().innerText(), /tot 20 km van 2440 Geel/);
      assert.equal(await page.getByLabel('Postcode of gemeente').inputValue(), '2440', 'the filter is kept');
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('activities-2440'), fullPage: true });

      const first = page.locator('.activity h4 a').first();
      const title = await first.innerText();
      await first.click();
      assert.match(new URL(page.url()).pathname, /^\/activiteiten\/[a-z0-9-]+$/);
      assert.equal(await page.locator('h1').innerText(), title);
      assert.match(await page.locator('dl.details').innerText(), /Organisator/);
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('activity'), fullPage: true });

      const href = await page.getByRole('link', { name: 'Zet in je agenda' }).getAttribute('href');
      assert.match(href ?? '', /\.ics$/);
      const ics = await page.request.get(new URL(href!, page.url()).toString());
      assert.equal(ics.status(), 200);
      assert.equal(ics.headers()['content-type'], 'text/calendar; charset=utf-8');
      assert.match(await ics.text(), /^BEGIN:VCALENDAR\r\n/);
      await closePage(page);
    });

    test('a wrong postcode comes back with the field marked and the input kept', async () => {
      const page = await noJs.context.newPage();
      await page.goto(server.url + '/activiteiten');
      await page.getByLabel('Postcode of gemeente').fill('9999');
      await page.getByRole('button', { name: 'Toon' }).click();
      assert.equal(await page.getByLabel('Postcode of gemeente').inputValue(), '9999');
      assert.match(await page.locator('#e-postcode').innerText(), /kennen deze postcode/);
      await closePage(page);
    });
  });
}
