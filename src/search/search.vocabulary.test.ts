/**
 * Indexing splits compounds against the index's vocabulary. Every index write changes the index
 * version; a batch of writes (the announce job, an import) must not read the whole vocabulary again
 * for each record: at 150,000 records that made a hundred writes block the app for minutes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KyselyPlugin } from 'kysely';
import { forEachDialect } from '../../test/dialects.js';
import * as search from './search.service.js';
import type { SearchDocument } from './search.model.js';

function doc(refId: number, title: string): SearchDocument {
  return {
    kind: 'vocabulary-test',
    refId,
    url: `/test/${refId}`,
    type: 'article',
    title,
    summary: 'Een pagina voor de test van de woordenlijst.',
    body: 'Mantelzorgpremie en zorgverlof in een tekst die alleen in de test bestaat.',
    audiences: [],
    themes: [],
    lastReviewedAt: null,
    validUntil: null,
  };
}

/** Counts the statements that read search_terms (the vocabulary). */
function vocabularyReads(): { plugin: KyselyPlugin; count: () => number } {
  let n = 0;
  return {
    plugin: {
      transformQuery(args) {
        if (args.node.kind === 'SelectQueryNode' && JSON.stringify(args.node.from).includes('"search_terms"')) n++;
        return args.node;
      },
      async transformResult(args) {
        return args.result;
      },
    },
    count: () => n,
  };
}

forEachDialect('search: the vocabulary for indexing', (ctx) => {
  test('a batch of index writes in one transaction reads the vocabulary at most once, and every record is found', async () => {
    const reads = vocabularyReads();
    const db = ctx.db.withPlugin(reads.plugin);
    await db.transaction().execute(async (tx) => {
      for (let i = 1; i <= 6; i++) await search.indexDocument(tx, doc(i, `Woordenlijstproef nummer ${i}`));
    });
    assert.ok(reads.count() <= 1, `the vocabulary was read ${reads.count()} times for 6 writes`);
    const found = await search.search(ctx.db, { q: 'woordenlijstproef' });
    assert.equal(found.hits.filter((r) => r.url.startsWith('/test/')).length, 6);
    for (let i = 1; i <= 6; i++) await search.removeDocument(ctx.db, 'vocabulary-test', i);
  });
});
