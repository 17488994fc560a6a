/** The carer in Geel in a real Chromium without JavaScript: home → support finder → 2440 → services → an organisation; and the printout. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, browserSkipReason, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';

for (const dialect of dialects()) {
  describe(`support near you in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
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

    test('without JavaScript: home → support finder → 2440 → services → organisation → municipality', async () => {
      const page = await noJs.context.newPage();
      assert.equal((await page.goto(server.url + '/'))?.status(), 200);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp in de buurt' }).click();
      assert.equal(new URL(page.url()).pathname, '/ondersteuning');
      assert.equal(await page.locator('h1').innerText(), 'Hulp in de buurt');

      await page.getByLabel('Postcode of gemeente').fill('2440');
      await page.getByLabel('Soort hulp').selectOption('');
      await page.getByRole('button', { name: 'Zoek hulp' }).click();
      const url = new URL(page.url());
      assert.equal(url.pathname, '/ondersteuning');
      assert.equal(url.searchParams.get('postcode'), '2440', 'the URL carries the search');
      assert.equal(await page.locator('h1').innerText(), 'Hulp in de buurt van Geel');
      const titles = await page.locator('.service-card h3').allInnerTexts();
      assert.equal(titles[0], 'Dagopvang voor ouderen in De Linde');
      assert.equal(titles[1], 'Lotgenotengroep voor mantelzorgers in Geel');
      assert.match(await page.locator('.service-card').first().innerText(), /op minder dan 1 km van Geel/);
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('support-geel'), fullPage: true });

      await page.getByLabel('Soort hulp').selectOption('lotgenotencontact');
      await page.getByRole('button', { name: 'Zoek hulp' }).click();
      assert.equal(new URL(page.url()).searchParams.get('soort'), 'lotgenotencontact');
      const filtered = await page.locator('.service-card h3').allInnerTexts();
      assert.ok(filtered.includes('Lotgenotengroep voor mantelzorgers in Geel'));
      assert.ok(!filtered.includes('Dagopvang voor ouderen in De Linde'));

      await page.locator('.service-card').first().getByRole('link', { name: 'Praatgroep Samen Zorgen Kempen' }).click();
      assert.equal(new URL(page.url()).pathname, '/organisatie/samen-zorgen-kempen');
      assert.equal(await page.locator('h1').innerText(), 'Praatgroep Samen Zorgen Kempen');
      assert.match(await page.locator('.item-meta').innerText(), /Laatst gecontroleerd/);
      assert.match(await page.locator('.sources').innerText(), /Bron: Fictief voorbeeld/);

      await page.getByRole('link', { name: 'Meer hulp in Geel' }).click();
      assert.equal(new URL(page.url()).pathname, '/gemeente/geel');
      assert.match(await page.locator('section.premium').innerText(), /€ 200 per jaar/);
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('municipality-geel'), fullPage: true });
      await closePage(page);
    });

    test('an unknown postcode keeps what was typed and says what is wrong', async () => {
      const page = await noJs.context.newPage();
      await page.goto(server.url + '/ondersteuning');
      await page.getByLabel('Postcode of gemeente').fill('2999');
      await page.getByRole('button', { name: 'Zoek hulp' }).click();
      assert.equal(await page.getByLabel('Postcode of gemeente').inputValue(), '2999');
      assert.match(await page.locator('#f-postcode-error').innerText(), /We kennen postcode 2999 niet/);
      await closePage(page);
    });

    test('a narrow phone screen needs no sideways scrolling on the finder and a municipality', async () => {
      const page = await noJs.context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      for (const url of ['/ondersteuning?postcode=2440', '/gemeente/geel', '/gemeente', '/organisatie/samana', '/ondersteuning/dagopvang-de-linde-geel']) {
        await page.goto(server.url + url);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${url} scrolls sideways by ${overflow}px`);
      }
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('support-phone'), fullPage: true });
      await closePage(page);
    });

    test('the results print without the form and with the address of the search', async () => {
      const page = await noJs.context.newPage();
      await page.goto(server.url + '/ondersteuning?postcode=2440&soort=dagopvang');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.finder-form').isVisible(), false);
      assert.equal(await page.locator('.site-header').isVisible(), false);
      assert.equal(await page.locator('.service-card').first().isVisible(), true);
      assert.match(await page.locator('.print-only').innerText(), /\/ondersteuning\?postcode=2440&soort=dagopvang/);
      if (dialect === 'sqlite') await page.pdf({ path: screenshotPath('support-print').replace(/\.png$/, '.pdf') });
      await closePage(page);
    });
  });
}
