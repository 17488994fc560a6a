/**
 * The index version changes with every write to the index, and a new version drops every app
 * process's cached results and rendered search pages and makes each load the vocabulary again.
 * Syncing a record that did not change must therefore not change it: the announce job syncs each
 * newly public item on every run of its ten-minute look-back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../test/dialects.js';
import * as content from '../content/content.service.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import * as search from './search.service.js';
import type { SearchDocument } from './search.model.js';

const doc = (themes: string[]): SearchDocument => ({
  kind: 'version-test',
  refId: 1,
  url: '/test/versie',
  type: 'article',
  title: 'Versieproef',
  summary: 'Een record dat alleen in de test bestaat.',
  body: 'Mantelzorgpremie en zorgverlof.',
  audiences: ['mantelzorgers'],
  themes,
  lastReviewedAt: '2026-11-01T10:00:00.000Z',
  validUntil: null,
});

forEachDialect('search: the index version', (ctx) => {
  test('indexing a record as it is already indexed writes nothing and keeps the version', async () => {
    assert.equal(await search.indexDocument(ctx.db, doc(['dementie'])), true);
    const version = await search.indexVersion(ctx.db);
    assert.equal(await search.indexDocument(ctx.db, doc(['dementie'])), false);
    assert.equal(await search.indexVersion(ctx.db), version, 'the same record again');
    // A facet alone is a change.
    assert.equal(await search.indexDocument(ctx.db, doc(['dementie', 'werk-en-mantelzorg'])), true);
    assert.notEqual(await search.indexVersion(ctx.db), version);
    const found = await search.search(ctx.db, { q: 'versieproef', theme: 'werk-en-mantelzorg' });
    assert.deepEqual(found.hits.map((h) => h.url), ['/test/versie']);
    assert.equal(await search.removeDocument(ctx.db, 'version-test', 1), true);
    assert.equal(await search.removeDocument(ctx.db, 'version-test', 1), false);
  });

  test('repeated runs of the announce job change the version and drop the pages once', async () => {
    const id = await content.createItem(ctx.db, {
      type: 'tip',
      slug: 'test-versie-gepland',
      title: 'Een geplande versieproef',
      summary: 'Een korte samenvatting voor de test.',
      body: 'Een tekst over versieproeven.',
      status: 'draft',
      details: {},
      audiences: ['mantelzorgers'],
      themes: ['dementie'],
      sources: [],
    });
    const moment = new Date(Date.now() + 3_600_000);
    await content.changeItemStatus(ctx.db, SYSTEM_ACTOR, id, 'in_review');
    await content.changeItemStatus(ctx.db, SYSTEM_ACTOR, id, 'published', { publishAt: moment.toISOString() });
    let changes = 0;
    const onChange = () => changes++;
    content.contentChanges.on('changed', onChange);
    try {
      const since = new Date(moment.getTime() - 10 * 60_000).toISOString();
      const before = await search.indexVersion(ctx.db);
      // The job's ten-minute look-back: the item is due on every run after its moment.
      assert.equal(await content.announceDueItems(ctx.db, since, new Date(moment.getTime() + 60_000)), 1);
      const after = await search.indexVersion(ctx.db);
      assert.notEqual(after, before, 'the item entered the index');
      assert.equal(changes, 1);
      for (let run = 2; run <= 5; run++) {
        assert.equal(await content.announceDueItems(ctx.db, since, new Date(moment.getTime() + run * 60_000)), 1);
      }
      assert.equal(await search.indexVersion(ctx.db), after, 'later runs leave the version');
      assert.equal(changes, 1, 'later runs leave the cached pages');
      assert.equal((await search.search(ctx.db, { q: 'versieproeven' })).total, 1);
    } finally {
      content.contentChanges.off('changed', onChange);
    }
  });
});
