import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { contrastRatio, partnerColour } from './channels.colour.js';
import { createUser, logIn } from '../../test/backoffice.js';

test('partner colours: white or dark text, whichever meets AA; mid tones and malformed values refused', () => {
  const teal = partnerColour('0b4f5c');
  assert.ok(teal.ok && teal.text === '#ffffff' && teal.contrast >= 4.5);
  const yellow = partnerColour('#FFD100');
  assert.ok(yellow.ok && yellow.text === '#1d2327' && yellow.contrast >= 4.5);
  assert.equal(partnerColour('808080').ok, false, 'mid grey: neither white nor dark text is readable enough');
  assert.equal(partnerColour('e00').ok, false);
  assert.equal(partnerColour('zzzzzz').ok, false);
  assert.equal(Math.round(contrastRatio('#000000', '#ffffff')), 21);
});

forEachDialect('widgets for partner websites', (ctx) => {
  test('/widget/activiteiten: upcoming activities near the municipality, links to a new window, embeddable, no cookie', async () => {
    const app = await ctx.app();
    const res = await app.inject('/widget/activiteiten?gemeente=geel');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors \*/);
    assert.equal(res.headers['x-frame-options'], undefined);
    assert.equal(res.headers['set-cookie'], undefined);
    const $ = cheerio.load(res.body);
    assert.equal($('html').attr('lang'), 'nl-BE');
    assert.equal($('h1').text(), 'Activiteiten voor mantelzorgers in de buurt van Geel');
    assert.match($('title').text(), /Geel/);
    assert.equal($('.site-header').length, 0, 'no site header');
    assert.equal($('link[rel="stylesheet"]').attr('href'), '/assets/widget.css');
    const items = $('ul.widget-list li');
    assert.ok(items.length > 0 && items.length <= 5);
    $('a').each((_, a) => {
      assert.equal($(a).attr('target'), '_blank');
      assert.equal($(a).attr('rel'), 'noopener');
      assert.match(String($(a).attr('href')), /^\//, 'relative: it opens the site that served the frame');
    });
    const api = (await app.inject('/api/v1/activities?postcode=geel&distance=20&pageSize=5')).json() as { activities: { title: string }[] };
    assert.deepEqual(
      items.find('h2').map((_, h) => $(h).text()).get(),
      api.activities.map((a) => a.title),
      'the same as the API and the calendar',
    );
  });

  test('every other page still refuses to be framed by others', async () => {
    const app = await ctx.app();
    for (const url of ['/', '/widgets', '/activiteiten']) {
      const res = await app.inject(url);
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'self'/, url);
      assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN', url);
    }
  });

  test('/widget/ondersteuning in a partner colour; /widget/zoeken opens results in a new window', async () => {
    const app = await ctx.app();
    const res = await app.inject('/widget/ondersteuning?gemeente=geel&kleur=0B4F5C');
    assert.equal(res.statusCode, 200);
    const $ = cheerio.load(res.body);
    assert.equal($('h1').text(), 'Hulp voor mantelzorgers in Geel');
    const site = cheerio.load((await app.inject('/gemeente/geel')).body);
    assert.equal($('ul.widget-list h2 a').first().text(), site('.service-list h3 a').first().text());
    const colourCss = $('link[rel="stylesheet"]').eq(1).attr('href');
    assert.equal(colourCss, '/widget/kleur/0b4f5c.css');
    const css = await app.inject(colourCss!);
    assert.equal(css.statusCode, 200);
    assert.match(css.body, /--brand: #0b4f5c; --on-brand: #ffffff;/);
    assert.equal((await app.inject('/widget/kleur/808080.css')).statusCode, 400);

    const search = cheerio.load((await app.inject('/widget/zoeken?kleur=ffd100')).body);
    const form = search('form');
    assert.equal(form.attr('action'), '/zoeken');
    assert.equal(form.attr('method'), 'get');
    assert.equal(form.attr('target'), '_blank');
    assert.equal(form.attr('rel'), 'noopener');
    assert.equal(search('label[for="w-q"]').length, 1);
    assert.equal(search('input#w-q').attr('name'), 'q');
  });

  test('a widget set up wrongly says what to fix, inside the frame, with a 400', async () => {
    const app = await ctx.app();
    for (const [url, text] of [
      ['/widget/activiteiten', /Geef een gemeente mee/],
      ['/widget/ondersteuning?gemeente=atlantis', /We kennen de gemeente "atlantis" niet/],
      ['/widget/ondersteuning?gemeente=geel&kleur=808080', /niet leesbaar genoeg/],
      ['/widget/zoeken?kleur=blauw', /zes hexadecimale tekens/],
    ] as const) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, 400, url);
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors \*/);
      const $ = cheerio.load(res.body);
      assert.match($('main').text(), text, url);
      assert.equal($('.site-header').length, 0);
    }
  });

  test('/widgets: explains and generates the snippet with a GET form; errors per field, input kept', async () => {
    const app = await ctx.app();
    const empty = cheerio.load((await app.inject('/widgets')).body);
    assert.equal(empty('h1').text(), 'Widgets voor je website');
    assert.equal(empty('form[method="get"]').last().find('select[name="widget"]').length, 1);
    assert.equal(empty('pre.snippet').length, 0);

    const res = await app.inject('/widgets?widget=ondersteuning&gemeente=2440&kleur=0b4f5c');
    assert.equal(res.statusCode, 200);
    const $ = cheerio.load(res.body);
    const snippet = $('pre.snippet code').text();
    assert.match(snippet, /^<iframe src="http[^"]+\/widget\/ondersteuning\?gemeente=geel&amp;kleur=0b4f5c" title="Hulp voor mantelzorgers in Geel"/);
    assert.doesNotMatch(snippet, /<script/);
    assert.match(String($('iframe.widget-preview').attr('src')), /\/widget\/ondersteuning\?gemeente=geel&kleur=0b4f5c$/);

    const bad = await app.inject('/widgets?widget=activiteiten&gemeente=1050&kleur=777777');
    assert.equal(bad.statusCode, 400);
    const $bad = cheerio.load(bad.body);
    assert.match($bad('#e-gemeente').text(), /meer dan één gemeente/);
    assert.match($bad('#e-kleur').text(), /niet leesbaar genoeg/);
    assert.equal($bad('#f-kleur').attr('value'), '777777');
    assert.equal($bad('pre.snippet').length, 0);
  });

  test('/beheer/widgets: the same snippet generator in the back office, for any signed-in role', async () => {
    const app = await ctx.app();
    const anon = await app.inject('/beheer/widgets');
    assert.equal(anon.statusCode, 303);
    await createUser(ctx.db, 'widgets-partner@example.be', 'partner');
    const cookie = await logIn(app, 'widgets-partner@example.be');
    const query = 'widget=ondersteuning&gemeente=2440&kleur=0b4f5c';
    const inside = cheerio.load((await app.inject({ url: `/beheer/widgets?${query}`, headers: { cookie } })).body);
    const outside = cheerio.load((await app.inject(`/widgets?${query}`)).body);
    assert.equal(inside('h1').text(), 'Widgets');
    assert.match(inside('pre.snippet code').text(), /^<iframe src="http[^"]+\/widget\/ondersteuning\?gemeente=geel&amp;kleur=0b4f5c"/);
    assert.equal(inside('pre.snippet code').text(), outside('pre.snippet code').text());
    const bad = await app.inject({ url: '/beheer/widgets?widget=activiteiten&gemeente=Atlantis', headers: { cookie } });
    assert.equal(bad.statusCode, 400);
    assert.equal(cheerio.load(bad.body)('input[name="gemeente"]').attr('value'), 'Atlantis');
  });
});
