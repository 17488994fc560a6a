/** Generated items for the search bench: SEARCH_BENCH_ITEMS records varied from the demo content. */
import type { Db } from '../src/db/database.js';
import { demoItems } from '../src/db/seed/items/index.js';

const PLACES = ['Aalst', 'Brugge', 'Genk', 'Gent', 'Hasselt', 'Kortrijk', 'Leuven', 'Mechelen', 'Mol', 'Ninove', 'Oostende', 'Roeselare', 'Tienen', 'Turnhout', 'Vilvoorde', 'Zottegem'];
const ANGLES = ['in de praktijk', 'voor beginners', 'stap voor stap', 'kort uitgelegd', 'vragen en antwoorden', 'voor werkende mantelzorgers', 'in de buurt', 'checklist'];

function paragraphs(body: string): string[] {
  return body.split(/\n{2,}/).filter((p) => p.trim().length > 0);
}

/** Deterministic pseudo-random numbers, so every run indexes the same text. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Inserts `count` published items made from the demo items: a place or angle in the title, a mix of paragraphs. */
export async function generateItems(db: Db, count: number): Promise<void> {
  const rnd = random(42);
  const audiences = await db.selectFrom('audiences').select(['id']).execute();
  const themes = await db.selectFrom('themes').select(['id']).execute();
  const sources = demoItems.map((d) => paragraphs(d.body));
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const base = demoItems[i % demoItems.length]!;
      const other = sources[Math.floor(rnd() * sources.length)]!;
      const own = sources[i % demoItems.length]!;
      const keep = own.filter(() => rnd() < 0.6);
      const body = [...(keep.length ? keep : own.slice(0, 2)), other[Math.floor(rnd() * other.length)] ?? ''].join('\n\n');
      const variant = rnd() < 0.5 ? PLACES[Math.floor(rnd() * PLACES.length)]! : ANGLES[Math.floor(rnd() * ANGLES.length)]!;
      const reviewed = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 1000) * 86_400_000).toISOString();
      rows.push({
        type: base.type,
        slug: `gen-${i}-${base.slug}`.slice(0, 200),
        title: `${base.title} (${variant})`,
        summary: base.summary,
        body,
        status: 'published',
        details: JSON.stringify(base.details ?? {}),
        valid_from: null,
        valid_until: rnd() < 0.02 ? '2024-12-31' : null,
        published_at: reviewed,
        created_at: reviewed,
        updated_at: reviewed,
        last_reviewed_at: reviewed,
        review_by: null,
      });
    }
    const ids = await db.insertInto('items').values(rows).returning('id').execute();
    await db
      .insertInto('item_audiences')
      .values(ids.map(({ id }) => ({ item_id: id, audience_id: audiences[Math.floor(rnd() * audiences.length)]!.id })))
      .execute();
    await db
      .insertInto('item_themes')
      .values(ids.map(({ id }) => ({ item_id: id, theme_id: themes[Math.floor(rnd() * themes.length)]!.id })))
      .execute();
  }
}

