import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { parseFeed } from '@rowanmanning/feed-parser';
import { forEachDialect } from '../../test/dialects.js';
import * as content from '../content/content.service.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** The rules of RFC 4287 a newsreader relies on, checked on the XML itself (a parser forgives them). */
function assertAtom(xml: string): cheerio.CheerioAPI {
  const $ = cheerio.load(xml, { xml: true });
  const feed = $('feed');
  assert.equal(feed.length, 1, 'one feed element');
  assert.equal(feed.attr('xmlns'), ATOM_NS);
  for (const el of ['id', 'title', 'updated']) assert.equal(feed.children(el).length, 1, `feed has one ${el}`);
  assert.ok(feed.children('author').children('name').text(), 'feed has an author (so entries need none)');
  assert.ok(feed.children('link[rel="self"]').attr('href')?.startsWith('http'), 'self link');
  const ids = new Set<string>();
  feed.children('entry').each((_, e) => {
    const entry = $(e);
    for (const el of ['id', 'title', 'updated']) assert.equal(entry.children(el).length, 1, `entry has one ${el}`);
    assert.ok(!Number.isNaN(Date.parse(entry.children('updated').text())), 'updated is a date');
    assert.match(entry.children('updated').text(), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, 'RFC 3339 date');
    assert.ok(entry.children('link[rel="alternate"], link:not([rel])').attr('href'), 'entry links to its page');
    const id = entry.children('id').text();
    assert.ok(!ids.has(id), `entry ids are unique: ${id}`);
    ids.add(id);
  });
  return $;
}

forEachDialect('Atom feeds', (ctx) => {
  test('the feed of all items parses, follows RFC 4287 and lists the latest changes first', async () => {
    const app = await ctx.app();
    const res = await app.inject('/feeds/kennis.atom');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
    assert.equal(res.headers['set-cookie'], undefined);
    const $ = assertAtom(res.body);
    const parsed = parseFeed(res.body);
    assert.equal(parsed.meta.type, 'atom');
    assert.equal(parsed.language, 'nl-BE');
    assert.equal(parsed.items.length, 30);
    const dates = parsed.items.map((i) => i.updated?.getTime() ?? 0);
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), 'newest update first');
    const newest = await content.listPublishedItems(ctx.db, { sort: 'updated', pageSize: 1 });
    assert.equal(parsed.items[0]?.url, `${ctx.config.baseUrl}/kennis/${newest.items[0]?.slug}`);
    assert.equal(parsed.items[0]?.description, newest.items[0]?.summary);
    assert.equal($('feed > updated').text(), new Date(newest.items[0]!.updatedAt).toISOString());
  });

  test('an audience feed has only that audience\'s items, a theme feed those of its sub-themes too', async () => {
    const app = await ctx.app();
    const audience = parseFeed((await app.inject('/feeds/voor/werkgevers.atom')).body);
    const expected = await content.listPublishedItems(ctx.db, { audience: 'werkgevers', sort: 'updated', pageSize: 30 });
    assert.deepEqual(audience.items.map((i) => i.url), expected.items.map((i) => `${ctx.config.baseUrl}/kennis/${i.slug}`));
    assert.ok(audience.items.length >= 3 && audience.items.length < 30);

    const themeRes = await app.inject('/feeds/thema/rechten-en-geld.atom');
    assertAtom(themeRes.body);
    const theme = parseFeed(themeRes.body);
    const fromTheme = await content.listPublishedItems(ctx.db, { theme: 'rechten-en-geld', sort: 'updated', pageSize: 30 });
    assert.equal(theme.items.length, Math.min(30, fromTheme.total));
    assert.ok(theme.title?.startsWith('Rechten en geld'));
  });

  test('the news feed has the news and nothing else, newest first', async () => {
    const app = await ctx.app();
    const res = await app.inject('/feeds/nieuws.atom');
    assert.equal(res.statusCode, 200);
    assertAtom(res.body);
    const parsed = parseFeed(res.body);
    const news = await content.listPublishedItems(ctx.db, { type: 'news', sort: 'updated', pageSize: 30 });
    assert.ok(news.total >= 3, 'the demo content has news');
    assert.deepEqual(parsed.items.map((i) => i.url), news.items.map((i) => `${ctx.config.baseUrl}/kennis/${i.slug}`));
    assert.ok(parsed.items.every((i) => i.categories.some((c) => c.term === 'news')), 'every entry is news');
    // The home page shows the latest news under its own heading.
    const $ = cheerio.load((await app.inject('/')).body);
    assert.equal($('#h-nieuws').text(), 'Nieuws');
    assert.ok($('section[aria-labelledby="h-nieuws"] a').map((_, a) => $(a).attr('href')).get().includes(`/kennis/${news.items[0]!.slug}`));
  });

  test('unknown audiences and themes are a 404, a malformed one a 400; a known feed answers 304 to its ETag', async () => {
    const app = await ctx.app();
    assert.equal((await app.inject('/feeds/voor/katten.atom')).statusCode, 404);
    assert.equal((await app.inject('/feeds/thema/bestaat-niet.atom')).statusCode, 404);
    assert.equal((await app.inject('/feeds/thema/Foo_Bar.atom')).statusCode, 400);
    const first = await app.inject('/feeds/kennis.atom');
    const again = await app.inject({ url: '/feeds/kennis.atom', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });

  test('pages announce the feeds that follow them', async () => {
    const app = await ctx.app();
    const feedsOn = async (url: string) => {
      const $ = cheerio.load((await app.inject(url)).body);
      return $('link[rel="alternate"][type="application/atom+xml"]').map((_, l) => $(l).attr('href')).get();
    };
    assert.deepEqual(await feedsOn('/'), ['/feeds/kennis.atom', '/feeds/nieuws.atom']);
    assert.deepEqual(await feedsOn('/kennis?type=nieuws'), ['/feeds/nieuws.atom', '/feeds/kennis.atom']);
    assert.deepEqual(await feedsOn('/voor/werkgevers'), ['/feeds/voor/werkgevers.atom', '/feeds/kennis.atom']);
    assert.deepEqual(await feedsOn('/thema/rechten-en-geld'), ['/feeds/thema/rechten-en-geld.atom', '/feeds/kennis.atom']);
    for (const href of [...(await feedsOn('/voor/werkgevers')), ...(await feedsOn('/thema/rechten-en-geld'))]) {
      assert.equal((await app.inject(href)).statusCode, 200, href);
    }
  });
});
