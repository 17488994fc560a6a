/** A partner website on another origin embeds our widgets in an <iframe>, in a real Chromium without JavaScript. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, skipReason } from '../test/dialects.js';
import { startServer, type RunningServer } from '../test/server.js';
import { closePage, browserSkipReason, launchBrowser, screenshotPath, type Browser } from '../test/browser.js';

for (const dialect of dialects()) {
  describe(`widgets on a partner website in Chromium [${dialect}]`, { skip: browserSkipReason() || skipReason(dialect) }, () => {
    let server: RunningServer;
    let partner: http.Server;
    let partnerUrl: string;
    let noJs: Browser;

    before(async () => {
      server = await startServer(dialect);
      // The partner's own site: another loopback origin (another port), with its own page around our iframes.
      partner = http.createServer((_req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Geel</title></head><body>
<h1>Gemeente Geel: mantelzorg</h1>
<iframe id="activiteiten" src="${server.url}/widget/activiteiten?gemeente=geel&amp;kleur=0b4f5c" title="Activiteiten" style="width:100%;height:480px;border:0"></iframe>
<iframe id="zoeken" src="${server.url}/widget/zoeken" title="Zoeken" style="width:100%;height:220px;border:0"></iframe>
<iframe id="site" src="${server.url}/kennis" title="Niet toegelaten" style="width:100%;height:200px"></iframe>
</body></html>`);
      });
      await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
      partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
      noJs = await launchBrowser({ javaScriptEnabled: false });
    });
    after(async () => {
      await noJs?.close();
      await new Promise((resolve) => partner?.close(resolve));
      await server?.close();
    });

    test('the widgets render inside the partner page; other pages refuse to be framed; search opens our site in a new tab', async () => {
      const page = await noJs.context.newPage();
      assert.notEqual(new URL(partnerUrl).origin, new URL(server.url).origin);
      assert.equal((await page.goto(partnerUrl + '/'))?.status(), 200);

      const widget = page.frameLocator('#activiteiten');
      assert.equal(await widget.locator('h1').innerText(), 'Activiteiten voor mantelzorgers in de buurt van Geel');
      const titles = await widget.locator('ul.widget-list h2').allInnerTexts();
      assert.ok(titles.length > 0 && titles.length <= 5, `${titles.length} activities`);
      // The partner colour with white text (computed by the browser from the colour stylesheet).
      const head = widget.locator('.widget-head');
      assert.equal(await head.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(11, 79, 92)');
      assert.equal(await head.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 255, 255)');
      assert.equal(await widget.locator('a[target="_blank"][rel="noopener"]').count(), await widget.locator('a').count());
      if (dialect === 'sqlite') await page.screenshot({ path: screenshotPath('widget-on-partner-site'), fullPage: true });

      // Any other page keeps frame-ancestors 'self': Chromium does not show it in the partner's frame. The frame
      // ends on Chromium's own error page (which has a heading of its own), never on our page with its header.
      const siteFrame = await (await page.locator('#site').elementHandle())!.contentFrame();
      assert.ok(siteFrame, 'the partner page has its third frame');
      await siteFrame.waitForLoadState('load');
      assert.notEqual(siteFrame.url(), `${server.url}/kennis`, `the site's own page is not shown in a foreign frame (${siteFrame.url()})`);
      assert.equal(await siteFrame.locator('header.site-header, a.skip-link').count(), 0, 'none of our page is rendered in the frame');

      const search = page.frameLocator('#zoeken');
      await search.getByLabel('Waar zoek je info over?').fill('mantelzorgpremie');
      const [tab] = await Promise.all([noJs.context.waitForEvent('page'), search.getByRole('button', { name: 'Zoeken' }).click()]);
      await tab.waitForLoadState();
      const opened = new URL(tab.url());
      assert.equal(opened.origin, new URL(server.url).origin);
      assert.equal(opened.pathname, '/zoeken');
      assert.equal(opened.searchParams.get('q'), 'mantelzorgpremie');
      assert.equal(new URL(page.url()).origin, new URL(partnerUrl).origin, 'the partner page stays where it was');
      await closePage(tab);
      await closePage(page);
    });
  });
}
