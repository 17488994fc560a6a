/** All SQL of the knowledge library. Every function takes the db or a transaction first and returns rows. */
import type { Db, Tx } from '../db/database.js';
import type { AudienceRow, ItemRow, NewItemRow, PageRow, ThemeRow } from './content.table.js';

type Q = Db | Tx;

const CARD_COLUMNS = [
  'items.id',
  'items.type',
  'items.slug',
  'items.title',
  'items.summary',
  'items.published_at',
  'items.updated_at',
  'items.last_reviewed_at',
  'items.valid_from',
  'items.valid_until',
] as const;

export type CardRow = Pick<ItemRow, 'id' | 'type' | 'slug' | 'title' | 'summary' | 'published_at' | 'updated_at' | 'last_reviewed_at' | 'valid_from' | 'valid_until'>;

export function listAudiences(db: Q): Promise<AudienceRow[]> {
  return db.selectFrom('audiences').selectAll().orderBy('position').orderBy('id').execute();
}

export function listThemes(db: Q): Promise<ThemeRow[]> {
  return db.selectFrom('themes').selectAll().orderBy('position').orderBy('name').execute();
}

export function findItemBySlug(db: Q, slug: string): Promise<ItemRow | undefined> {
  return db.selectFrom('items').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listItemAudiences(db: Q, itemId: number): Promise<AudienceRow[]> {
  return db
    .selectFrom('audiences')
    .innerJoin('item_audiences', 'item_audiences.audience_id', 'audiences.id')
    .selectAll('audiences')
    .where('item_audiences.item_id', '=', itemId)
    .orderBy('audiences.position')
    .execute();
}

export function listItemThemes(db: Q, itemId: number): Promise<ThemeRow[]> {
  return db
    .selectFrom('themes')
    .innerJoin('item_themes', 'item_themes.theme_id', 'themes.id')
    .selectAll('themes')
    .where('item_themes.item_id', '=', itemId)
    .orderBy('themes.position')
    .execute();
}

export function listItemSources(db: Q, itemId: number) {
  return db.selectFrom('item_sources').select(['title', 'url']).where('item_id', '=', itemId).orderBy('position').execute();
}

export function listRelatedCards(db: Q, itemId: number): Promise<CardRow[]> {
  return db
    .selectFrom('item_relations')
    .innerJoin('items', 'items.id', 'item_relations.related_id')
    .select(CARD_COLUMNS)
    .where('item_relations.item_id', '=', itemId)
    .where('items.status', '=', 'published')
    .orderBy('item_relations.position')
    .execute();
}

export interface CardQuery {
  type?: string;
  audienceId?: number;
  themeIds?: number[];
  limit: number;
  offset: number;
}

function publishedCards(db: Q, q: Omit<CardQuery, 'limit' | 'offset'>) {
  let query = db.selectFrom('items').where('items.status', '=', 'published');
  if (q.type) query = query.where('items.type', '=', q.type);
  if (q.audienceId !== undefined) {
    const audienceId = q.audienceId;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('item_audiences').select('item_audiences.item_id').whereRef('item_audiences.item_id', '=', 'items.id').where('item_audiences.audience_id', '=', audienceId)),
    );
  }
  if (q.themeIds) {
    const themeIds = q.themeIds.length > 0 ? q.themeIds : [-1];
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('item_themes').select('item_themes.item_id').whereRef('item_themes.item_id', '=', 'items.id').where('item_themes.theme_id', 'in', themeIds)),
    );
  }
  return query;
}

export async function listPublishedCards(db: Q, q: CardQuery): Promise<{ rows: CardRow[]; total: number }> {
  const base = publishedCards(db, q);
  const [rows, count] = await Promise.all([
    base.select(CARD_COLUMNS).orderBy('items.published_at', 'desc').orderBy('items.id', 'desc').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function listPublishedSlugs(db: Q) {
  return db.selectFrom('items').select(['slug', 'updated_at']).where('status', '=', 'published').orderBy('id').execute();
}

export function countItemsPerAudience(db: Q) {
  return db
    .selectFrom('item_audiences')
    .innerJoin('items', 'items.id', 'item_audiences.item_id')
    .select(['item_audiences.audience_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('items.status', '=', 'published')
    .groupBy('item_audiences.audience_id')
    .execute();
}

export function countItems(db: Q) {
  return db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
}

export async function insertItem(db: Q, row: NewItemRow): Promise<number> {
  const { id } = await db.insertInto('items').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function replaceItemLinks(
  db: Q,
  itemId: number,
  links: { audienceIds: number[]; themeIds: number[]; sources: { title: string; url: string }[] },
): Promise<void> {
  await db.deleteFrom('item_audiences').where('item_id', '=', itemId).execute();
  await db.deleteFrom('item_themes').where('item_id', '=', itemId).execute();
  await db.deleteFrom('item_sources').where('item_id', '=', itemId).execute();
  if (links.audienceIds.length) await db.insertInto('item_audiences').values(links.audienceIds.map((audience_id) => ({ item_id: itemId, audience_id }))).execute();
  if (links.themeIds.length) await db.insertInto('item_themes').values(links.themeIds.map((theme_id) => ({ item_id: itemId, theme_id }))).execute();
  if (links.sources.length) await db.insertInto('item_sources').values(links.sources.map((s, position) => ({ item_id: itemId, title: s.title, url: s.url, position }))).execute();
}

export async function replaceItemRelations(db: Q, itemId: number, relatedIds: number[]): Promise<void> {
  await db.deleteFrom('item_relations').where('item_id', '=', itemId).execute();
  if (relatedIds.length) await db.insertInto('item_relations').values(relatedIds.map((related_id, position) => ({ item_id: itemId, related_id, position }))).execute();
}

export function findItemIdsBySlugs(db: Q, slugs: string[]) {
  if (slugs.length === 0) return Promise.resolve([]);
  return db.selectFrom('items').select(['id', 'slug']).where('slug', 'in', slugs).execute();
}

export async function insertTheme(db: Q, row: { slug: string; name: string; description: string; parent_id: number | null; position: number }): Promise<number> {
  const { id } = await db.insertInto('themes').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findPageBySlug(db: Q, slug: string): Promise<PageRow | undefined> {
  return db.selectFrom('pages').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function upsertPage(db: Q, row: Omit<PageRow, 'id'>): Promise<void> {
  const existing = await findPageBySlug(db, row.slug);
  if (existing) await db.updateTable('pages').set(row).where('id', '=', existing.id).execute();
  else await db.insertInto('pages').values(row).execute();
}

export function listPublishedOfTypeWithDetails(db: Q, type: string): Promise<(CardRow & { details: string })[]> {
  return db.selectFrom('items').select([...CARD_COLUMNS, 'items.details']).where('items.status', '=', 'published').where('items.type', '=', type).orderBy('items.title').execute();
}
