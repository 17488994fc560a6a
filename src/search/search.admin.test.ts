import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, form, logIn, sessionCsrf } from '../../test/backoffice.js';
import * as search from './search.service.js';
import { parseSynonymText } from './search.admin.js';

test('synonym text: one group per line, words separated by commas, blank lines ignored', () => {
  assert.deepEqual(parseSynonymText('respijtzorg, kortverblijf,  oppashulp\n\n werkgever , HR \r\n'), [
    ['respijtzorg', 'kortverblijf', 'oppashulp'],
    ['werkgever', 'HR'],
  ]);
});

forEachDialect('search in the back office', (ctx) => {
  test('an editor changes the synonyms; the search follows at once and the audit log keeps the change', async () => {
    const app = await ctx.app();
    await createUser(ctx.db, 'redactie-zoeken@example.org', 'editor');
    const cookie = await logIn(app, 'redactie-zoeken@example.org');
    const before = await search.search(ctx.db, { q: 'plofkraan' });
    assert.equal(before.total, 0);

    const page = await app.inject({ url: '/beheer/zoeken', headers: { cookie } });
    assert.equal(page.statusCode, 200);
    const current = cheerio.load(page.body)('textarea[name="groups"]').text();
    assert.ok(current.split('\n').length >= 20, 'the starting list is shown, one group per line');

    const csrf = await sessionCsrf(app, cookie, '/beheer/zoeken');
    const saved = await app.inject({ method: 'POST', url: '/beheer/zoeken/synoniemen', ...form({ _csrf: csrf, groups: `${current}\nplofkraan, mantelzorgpremie` }, cookie) });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/beheer/zoeken?gelukt=synoniemen');
    const after = await search.search(ctx.db, { q: 'plofkraan' });
    assert.ok(after.total > 0, 'the new synonym finds the premium items');

    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'search.synonyms').execute();
    assert.equal(audit.length, 1);
    assert.match(String(audit[0]!.after_json), /plofkraan/);
    assert.doesNotMatch(String(audit[0]!.before_json), /plofkraan/);
    assert.notEqual(audit[0]!.user_id, null, 'who made the change');
  });

  test('a wrong line comes back with status 400, the text as typed and the line named', async () => {
    const app = await ctx.app();
    await createUser(ctx.db, 'redactie-fout@example.org', 'editor');
    const cookie = await logIn(app, 'redactie-fout@example.org');
    const csrf = await sessionCsrf(app, cookie, '/beheer/zoeken');
    const typed = 'respijtzorg, kortverblijf\nalleen-een-woord';
    const res = await app.inject({ method: 'POST', url: '/beheer/zoeken/synoniemen', ...form({ _csrf: csrf, groups: typed }, cookie) });
    assert.equal(res.statusCode, 400);
    const $ = cheerio.load(res.body);
    assert.equal($('textarea[name="groups"]').text(), typed);
    assert.match($('#e-groups').text(), /Regel 2/);
    assert.ok((await search.listSynonymGroups(ctx.db)).length >= 20, 'nothing was replaced');
  });

  test('searches that found nothing are listed for the editors, without anything personal', async () => {
    const app = await ctx.app();
    await app.inject({ url: '/zoeken?q=qqxzvw+onvindbaar' });
    await createUser(ctx.db, 'redactie-log@example.org', 'editor');
    const cookie = await logIn(app, 'redactie-log@example.org');
    const $ = cheerio.load((await app.inject({ url: '/beheer/zoeken', headers: { cookie } })).body);
    const rows = $('table').first().find('tbody tr').map((_, tr) => $(tr).find('td').first().text()).get();
    assert.ok(rows.includes('qqxzvw onvindbaar'), rows.join(' | '));
  });
});
