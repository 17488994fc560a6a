import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, form, logIn, sessionCsrf } from '../../test/backoffice.js';

forEachDialect('audiences in the back office', (ctx) => {
  test('an editor renames an audience: the site follows, the address stays, the audit log keeps it; a blank name is refused', async () => {
    const app = await ctx.app();
    await createUser(ctx.db, 'redactie-doelgroep@example.org', 'editor');
    const cookie = await logIn(app, 'redactie-doelgroep@example.org');
    const werkgevers = (await ctx.db.selectFrom('audiences').select('id').where('slug', '=', 'werkgevers').executeTakeFirstOrThrow()).id;
    const csrf = await sessionCsrf(app, cookie, '/beheer/doelgroepen');
    const bad = await app.inject({ method: 'POST', url: `/beheer/doelgroepen/${werkgevers}`, ...form({ _csrf: csrf, [`name-${werkgevers}`]: '  ', [`description-${werkgevers}`]: 'Uitleg blijft staan.' }, cookie) });
    assert.equal(bad.statusCode, 400);
    const $bad = cheerio.load(bad.body);
    assert.equal($bad(`#f-description-${werkgevers}`).text(), 'Uitleg blijft staan.');
    assert.ok($bad(`#e-name-${werkgevers}`).text().length > 0, 'the error stands next to the field');

    const ok = await app.inject({ method: 'POST', url: `/beheer/doelgroepen/${werkgevers}`, ...form({ _csrf: csrf, [`name-${werkgevers}`]: 'Werkgevers en HR', [`description-${werkgevers}`]: 'Je helpt werknemers die mantelzorger zijn.' }, cookie) });
    assert.equal(ok.statusCode, 303);
    const $ = cheerio.load((await app.inject('/voor/werkgevers')).body);
    assert.match($('h1').text(), /werkgevers en hr/i);
    assert.equal($('.lead').first().text(), 'Je helpt werknemers die mantelzorger zijn.');
    const audit = await ctx.db.selectFrom('audit_log').select(['before_json', 'after_json']).where('action', '=', 'audience.update').execute();
    assert.equal(audit.length, 1);
    assert.match(String(audit[0]!.before_json), /"Werkgevers"/);
  });
});
