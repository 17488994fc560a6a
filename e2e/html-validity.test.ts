/** Every page type is valid HTML for the W3C Nu checker (vnu-jar, run with the machine's Java), the back office's signed in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../test/dialects.js';
import { backofficePageUrls, pageTypeUrls } from '../test/pages.js';
import { vnuErrors, vnuSkipReason } from '../test/vnu.js';
import { createUser, logIn } from '../test/backoffice.js';
import * as content from '../src/content/content.service.js';
import { SYSTEM_ACTOR } from '../src/audit/audit.service.js';
import * as contributions from '../src/contributions/contributions.service.js';

forEachDialect('HTML validity (Nu checker)', (ctx) => {
  test('every page type has zero errors', { skip: vnuSkipReason() }, async () => {
    const app = await ctx.app();
    const documents: { name: string; html: string }[] = [];
    for (const { name, url, status } of await pageTypeUrls(ctx.db)) {
      const res = await app.inject(url);
      assert.equal(res.statusCode, status ?? 200, url);
      documents.push({ name, html: res.body });
    }
    await createUser(ctx.db, 'html@example.be', 'admin');
    // One edit, so there are versions and a diff to check.
    const first = await ctx.db.selectFrom('items').select('id').orderBy('id').executeTakeFirstOrThrow();
    const edit = content.editOf(await content.getItemForEditing(ctx.db, first.id));
    await content.updateItem(ctx.db, SYSTEM_ACTOR, first.id, { ...edit, body: `${edit.body}\n\nEen extra alinea.` });
    // A visitor's submission, so the moderation page with its forms is checked too.
    await contributions.submitContribution(
      ctx.db,
      { mailer: { kind: 'outbox', send: async () => {}, close: () => {} }, baseUrl: ctx.config.baseUrl, dataDir: ctx.config.dataDir },
      { kind: 'practice', title: 'Buddywerking', body: 'Vrijwilligers bezoeken mantelzorgers.', details: { approach: 'Wekelijks bezoek' }, name: 'Ann', email: 'ann@example.be', consent: true },
      { ip: null, spam: { honeypot: '', formAgeSeconds: 60 } },
    );
    const cookie = await logIn(app, 'html@example.be');
    for (const { name, url } of await backofficePageUrls(ctx.db)) {
      const res = await app.inject({ url, headers: { cookie } });
      assert.equal(res.statusCode, 200, url);
      documents.push({ name: `beheer-${name}`, html: res.body });
    }
    assert.equal(vnuErrors(documents), '');
  });
});
