/**
 * Demo content: themes, the "Over ons" and privacy pages, and the knowledge items written in our
 * own words from ../shared/facts/. Loaded through the content service, so it follows the same rules.
 */
import type { Db } from '../database.js';
import * as content from '../../content/content.service.js';
import * as search from '../../search/search.service.js';
import { allSearchSources } from '../../search/search.sources.js';
import { themes } from './themes.js';
import { pages } from './pages.js';
import { demoItems } from './items/index.js';
import { seedDemoActivities } from './events.js';
import { seedDirectory } from './directory.js';

export async function seedDemo(db: Db): Promise<{ items: number; themes: number; pages: number }> {
  await db.transaction().execute(async (tx) => {
    for (const [position, t] of themes.entries()) {
      await content.createTheme(tx, { slug: t.slug, name: t.name, description: t.description, parent: t.parent, position });
    }
    for (const p of pages) {
      await content.savePage(tx, { ...p, updatedAt: '2026-11-01T00:00:00.000Z' });
    }
    for (const item of demoItems) {
      await content.createItem(tx, {
        type: item.type,
        slug: item.slug,
        title: item.title,
        summary: item.summary,
        body: item.body,
        status: 'published',
        details: (item.details ?? {}) as Record<string, unknown>,
        audiences: item.audiences,
        themes: item.themes,
        sources: item.sources,
        publishedAt: `${item.publishedAt}T08:00:00.000Z`,
        updatedAt: `${item.updatedAt}T08:00:00.000Z`,
        lastReviewedAt: `${item.lastReviewedAt}T08:00:00.000Z`,
        reviewBy: item.reviewBy,
      });
    }
    for (const item of demoItems) {
      if (item.related?.length) await content.linkRelatedItems(tx, item.slug, item.related);
    }
    await seedDirectory(tx);
    await seedDemoActivities(tx);
    // Items were indexed one by one as they came in; with the whole vocabulary known, compound
    // words now split the same way in every item.
    await search.reindex(tx, allSearchSources());
  });
  return { items: demoItems.length, themes: themes.length, pages: pages.length };
}

/** Seeds only an empty database (first run). */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if ((await content.countItems(db)) > 0) return false;
  await seedDemo(db);
  return true;
}
