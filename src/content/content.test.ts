import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import * as content from './content.service.js';

function parse(body: string) {
  return cheerio.load(body);
}

function assertPageBasics($: cheerio.CheerioAPI) {
  assert.equal($('h1').length, 1, 'exactly one h1');
  assert.equal($('html').attr('lang'), 'nl-BE');
  assert.equal($('main#inhoud').length, 1);
  assert.equal($('a.skip-link').attr('href'), '#inhoud');
  // Nothing is loaded from another host.
  $('script[src], link[href], img[src], iframe[src]').each((_, el) => {
    const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
    if ($(el).is('link[rel="canonical"]')) return;
    assert.ok(url.startsWith('/'), `resource from another host: ${url}`);
  });
}

forEachDialect('knowledge library pages', (ctx) => {
  test('home: five audience entries, themes, search form, what is new; no cookie', async () => {
    const app = await ctx.app();
    const res = await app.inject('/');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['set-cookie'], undefined);
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.doesNotMatch(String(res.headers['content-security-policy']), /unsafe-inline/);
    const $ = parse(res.body);
    assertPageBasics($);
    const audienceLinks = $('.audience-grid a').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(audienceLinks, ['/voor/mantelzorgers', '/voor/professionals', '/voor/onderwijs', '/voor/werkgevers', '/voor/gemeenten']);
    assert.ok($('.theme-grid a[href^="/thema/"]').length >= 10);
    const search = $('form[action="/zoeken"] input[name="q"]#home-q');
    assert.equal(search.length, 1);
    assert.equal($('label[for="home-q"]').length, 1);
    // What is new: six cards; the news: the three latest news messages under their own heading.
    assert.equal($('section[aria-labelledby="h-nieuws"] ~ .card-list .card').length, 6);
    assert.equal($('section[aria-labelledby="h-nieuws"] .card-list .card').length, 3);
    assert.equal($('.card-list .card').length, 9);
  });

  test('every audience page lists exactly that audience\'s items', async () => {
    const app = await ctx.app();
    for (const audience of await content.listAudiences(ctx.db)) {
      const res = await app.inject(`/voor/${audience.slug}`);
      assert.equal(res.statusCode, 200, audience.slug);
      const $ = parse(res.body);
      assertPageBasics($);
      const expected = await content.listPublishedItems(ctx.db, { audience: audience.slug });
      assert.ok(expected.total >= 3, `${audience.slug} has demo content`);
      assert.ok(res.body.includes(`${expected.total} artikels`));
      const shown = $('.card h3 a').map((_, a) => $(a).attr('href')).get();
      assert.deepEqual(shown, expected.items.map((i) => `/kennis/${i.slug}`));
    }
    assert.equal((await app.inject('/voor/katten')).statusCode, 404);
  });

  test('a parent theme shows the items of its sub-themes too', async () => {
    const app = await ctx.app();
    const { theme } = await content.getTheme(ctx.db, 'rechten-en-geld');
    assert.ok(theme.children.length > 0);
    const child = await content.listPublishedItems(ctx.db, { theme: theme.children[0]!.slug, pageSize: 100 });
    const parent = await content.listPublishedItems(ctx.db, { theme: theme.slug, pageSize: 100 });
    assert.ok(child.total > 0);
    const parentSlugs = new Set(parent.items.map((i) => i.slug));
    for (const i of child.items) assert.ok(parentSlugs.has(i.slug), `${i.slug} under the parent theme`);
    const res = await app.inject('/thema/rechten-en-geld');
    assert.equal(res.statusCode, 200);
    const $ = parse(res.body);
    assertPageBasics($);
    assert.equal($('h1').text(), theme.name);
    assert.ok($('.tags a[href^="/thema/"]').length === theme.children.length);
    assert.equal((await app.inject('/thema/bestaat-niet')).statusCode, 404);
  });

  test('a right shows its source, last review, valid-from, details, related items and JSON-LD', async () => {
    const app = await ctx.app();
    const right = await ctx.db.selectFrom('items').select('slug').where('type', '=', 'right').where('valid_from', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
    const item = await content.getPublishedItem(ctx.db, right.slug);
    const res = await app.inject(`/kennis/${right.slug}`);
    assert.equal(res.statusCode, 200);
    const $ = parse(res.body);
    assertPageBasics($);
    assert.equal($('h1').text(), item.title);
    const sourceLinks = $('.sources a').map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(sourceLinks, item.sources.map((s) => s.url));
    assert.match($('.item-meta').text(), /Laatst nagekeken:/);
    assert.match($('.item-meta').text(), /Geldig vanaf:/);
    assert.ok($('dl.details dt').length >= 3);
    const ld = $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).text())).get();
    const webPage = ld.find((d) => d['@type'] === 'WebPage');
    assert.equal(webPage.name, item.title);
    assert.equal(webPage.inLanguage, 'nl-BE');
    assert.equal(webPage.lastReviewed, item.lastReviewedAt?.slice(0, 10));
    assert.equal(webPage.mainEntity['@type'], 'GovernmentService', 'a right is a government service');
    assert.equal(webPage.mainEntity.name, item.title);
    assert.deepEqual(webPage.citation.map((c: { url: string }) => c.url), item.sources.map((s) => s.url));
    assert.ok(ld.some((d) => d['@type'] === 'BreadcrumbList'));
    if (item.related.length) assert.equal($('#h-related').length, 1);
  });

  test('an expired right says so', async () => {
    const app = await ctx.app({ today: () => '2026-11-23' });
    const expired = await ctx.db.selectFrom('items').select('slug').where('valid_until', '<', '2026-11-23').executeTakeFirst();
    assert.ok(expired, 'demo content has an expired right');
    const $ = parse((await app.inject(`/kennis/${expired.slug}`)).body);
    assert.match($('.notice-warning').text(), /geldt niet meer/);
  });

  test('/kennis filters by type, audience and theme, and paginates', async () => {
    const app = await ctx.app();
    const all = await content.listPublishedItems(ctx.db, { pageSize: 100 });
    assert.ok(all.total >= 60, `at least 60 demo items (got ${all.total})`);
    const $rights = parse((await app.inject('/kennis?type=recht')).body);
    const rightHrefs = $rights('.card h3 a').map((_, a) => $rights(a).attr('href')).get();
    assert.ok(rightHrefs.length > 0);
    for (const label of $rights('.card .type-label').map((_, s) => $rights(s).text()).get()) assert.equal(label, 'Recht of regeling');
    assert.equal($rights('#f-type option[selected]').attr('value'), 'recht');

    const combined = await content.listPublishedItems(ctx.db, { audience: 'werkgevers', theme: 'werk-en-mantelzorg' });
    const $c = parse((await app.inject('/kennis?doelgroep=werkgevers&thema=werk-en-mantelzorg&onbekend=1')).body);
    assert.equal($c('.card').length, combined.items.length);

    const page1 = parse((await app.inject('/kennis')).body)('.card h3 a').map((_, a) => a.attribs.href).get();
    const page2 = parse((await app.inject('/kennis?pagina=2')).body)('.card h3 a').map((_, a) => a.attribs.href).get();
    assert.equal(page1.length, 20);
    assert.ok(page2.length > 0);
    assert.equal(page1.filter((h) => page2.includes(h)).length, 0, 'pages do not overlap');
    const $p = parse((await app.inject('/kennis?pagina=2')).body);
    assert.equal($p('.pagination [aria-current="page"]').text().replace(/\D/g, ''), '2');
    const far = parse((await app.inject('/kennis?pagina=99')).body);
    assert.equal(far('.card').length, 0);
  });

  test('wrong filter values get a Dutch 400, never a 500', async () => {
    const app = await ctx.app();
    for (const url of ['/kennis?type=onzin', '/kennis?pagina=0', '/kennis?pagina=abc', '/kennis?thema=bestaat-niet', '/kennis?doelgroep=katten', '/kennis?thema=%3Cscript%3E', '/thema/rechten-en-geld?pagina=-1']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 400, url);
      const $ = parse(res.body);
      assert.equal($('h1').text(), 'Dat begrijpen we niet', url);
    }
  });

  test('unknown pages get a Dutch 404 with a way on', async () => {
    const app = await ctx.app();
    for (const url of ['/kennis/bestaat-niet', '/nergens', '/kennis/Hoofd_Letters']) {
      const res = await app.inject(url);
      assert.ok(res.statusCode === 404 || res.statusCode === 400, url);
      const $ = parse(res.body);
      assert.ok($('h1').text().length > 0);
    }
    const $ = parse((await app.inject('/nergens')).body);
    assert.equal($('h1').text(), 'Deze pagina vinden we niet');
    assert.equal($('main form[action="/zoeken"]').length, 1);
  });

  test('ETag answers 304, and a change shows at once', async () => {
    const app = await ctx.app();
    const first = await app.inject('/kennis');
    const etag = first.headers.etag as string;
    assert.ok(etag);
    const second = await app.inject({ url: '/kennis', headers: { 'if-none-match': etag } });
    assert.equal(second.statusCode, 304);
    assert.equal(second.body, '');

    await content.createItem(ctx.db, {
      type: 'tip',
      slug: 'tip-test-verse-inhoud',
      title: 'Een gloednieuwe testtip',
      summary: 'Nieuw.',
      body: 'Tekst.',
      status: 'published',
      details: {},
      audiences: ['mantelzorgers'],
      themes: ['zorg-voor-jezelf'],
      sources: [{ title: 'Bron', url: 'https://example.org/' }],
      // Now is later than every demo item, so it heads the list (a future moment would be scheduled, not shown).
      publishedAt: new Date().toISOString(),
    });
    const third = await app.inject({ url: '/kennis', headers: { 'if-none-match': etag } });
    assert.equal(third.statusCode, 200);
    assert.match(third.body, /Een gloednieuwe testtip/);
    assert.notEqual(third.headers.etag, etag);
  });

  test('Over ons, privacy, sitemap.xml and robots.txt', async () => {
    const app = await ctx.app();
    for (const url of ['/over-ons', '/privacy']) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 200, url);
      assertPageBasics(parse(res.body));
    }
    const sitemap = await app.inject('/sitemap.xml');
    assert.equal(sitemap.statusCode, 200);
    assert.match(String(sitemap.headers['content-type']), /application\/xml/);
    const $ = cheerio.load(sitemap.body, { xml: true });
    const locs = $('url > loc').map((_, l) => $(l).text()).get();
    const items = await content.listSitemapEntries(ctx.db);
    for (const i of items) assert.ok(locs.includes(`http://localhost:3000/kennis/${i.slug}`));
    const robots = await app.inject('/robots.txt');
    assert.match(robots.body, /Sitemap: http:\/\/localhost:3000\/sitemap.xml/);
  });

  test('item bodies cannot inject HTML', async () => {
    await content.createItem(ctx.db, {
      type: 'article',
      slug: 'test-html-injectie',
      title: 'Titel <script>alert(1)</script>',
      summary: 'Samenvatting <img src=x onerror=alert(1)>',
      body: 'Tekst <script>alert(2)</script> en [link](javascript:alert(3))',
      status: 'published',
      details: {},
      audiences: ['mantelzorgers'],
      themes: ['dementie'],
      sources: [{ title: 'Bron', url: 'https://example.org/' }],
    });
    const app = await ctx.app();
    const res = await app.inject('/kennis/test-html-injectie');
    const $ = parse(res.body);
    assert.equal($('main script').length, 0);
    assert.equal($('main img').length, 0);
    assert.equal($('main a[href^="javascript:"]').length, 0);
    assert.match($('h1').text(), /<script>/);
  });
});

forEachDialect('sharing an item', (ctx) => {
  test('an item page offers a mail link and its public address, with no third-party button', async () => {
    const app = await ctx.app();
    const $ = parse((await app.inject('/kennis/erkenning-als-mantelzorger')).body);
    const share = $('section.share');
    assert.equal(share.length, 1);
    const url = `${ctx.config.baseUrl}/kennis/erkenning-als-mantelzorger`;
    assert.equal(share.find('input#share-url').attr('value'), url);
    const mail = new URL(share.find('a[href^="mailto:"]').attr('href')!);
    assert.equal(mail.searchParams.get('body'), `${$('h1').text()}\n${url}`);
    assert.equal(share.find('a[href^="http"], iframe, img').length, 0, 'no share button of another site');
    assert.equal($('script[src="/assets/share.js"]').length, 1);
  });
});
