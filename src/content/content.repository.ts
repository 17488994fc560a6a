/** All SQL of the knowledge library. Every function takes the db or a transaction first and returns rows. */
import type { Db, Tx } from '../db/database.js';
import type { AttachmentRow, AudienceRow, ItemRow, NewItemRow, PageRow, ThemeRow } from './content.table.js';

type Q = Db | Tx;

/** Published items are public once their publication time has come (scheduled publication). */
function nowIso(): string {
  return new Date().toISOString();
}

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
    .where('items.published_at', '<=', nowIso())
    .orderBy('item_relations.position')
    .execute();
}

export interface CardQuery {
  type?: string;
  audienceId?: number;
  themeIds?: number[];
  /** newest first by publication (default) or by last update (feeds) */
  sort?: 'published' | 'updated';
  limit: number;
  offset: number;
}

function publishedCards(db: Q, q: Omit<CardQuery, 'limit' | 'offset' | 'sort'>) {
  let query = db.selectFrom('items').where('items.status', '=', 'published').where('items.published_at', '<=', nowIso());
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
    base
      .select(CARD_COLUMNS)
      .orderBy(q.sort === 'updated' ? 'items.updated_at' : 'items.published_at', 'desc')
      .orderBy('items.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function listPublishedSlugs(db: Q) {
  return db.selectFrom('items').select(['slug', 'updated_at']).where('status', '=', 'published').where('published_at', '<=', nowIso()).orderBy('id').execute();
}

export function countItemsPerAudience(db: Q) {
  return db
    .selectFrom('item_audiences')
    .innerJoin('items', 'items.id', 'item_audiences.item_id')
    .select(['item_audiences.audience_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('items.status', '=', 'published')
    .where('items.published_at', '<=', nowIso())
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

/** Every public item with its links, in five queries whatever the number of items (open data). */
export async function listPublishedItemsWithLinks(db: Q) {
  const now = nowIso();
  const published = (qb: Q) => qb.selectFrom('items').select('items.id').where('items.status', '=', 'published').where('items.published_at', '<=', now);
  const [items, audiences, themes, sources, relations] = await Promise.all([
    db.selectFrom('items').selectAll().where('status', '=', 'published').where('published_at', '<=', now).orderBy('id').execute(),
    db
      .selectFrom('item_audiences')
      .innerJoin('audiences', 'audiences.id', 'item_audiences.audience_id')
      .select(['item_audiences.item_id', 'audiences.id', 'audiences.slug', 'audiences.name', 'audiences.description', 'audiences.position'])
      .where('item_audiences.item_id', 'in', published(db))
      .orderBy('audiences.position')
      .execute(),
    db
      .selectFrom('item_themes')
      .innerJoin('themes', 'themes.id', 'item_themes.theme_id')
      .select(['item_themes.item_id', 'themes.id', 'themes.slug', 'themes.name', 'themes.description', 'themes.parent_id', 'themes.position'])
      .where('item_themes.item_id', 'in', published(db))
      .orderBy('themes.position')
      .execute(),
    db.selectFrom('item_sources').select(['item_id', 'title', 'url']).where('item_id', 'in', published(db)).orderBy('position').execute(),
    db
      .selectFrom('item_relations')
      .innerJoin('items', 'items.id', 'item_relations.related_id')
      .select(['item_relations.item_id', 'items.id'])
      .where('items.status', '=', 'published')
      .where('items.published_at', '<=', now)
      .orderBy('item_relations.position')
      .execute(),
  ]);
  return { items, audiences, themes, sources, relations };
}

export async function deleteItem(db: Q, id: number): Promise<void> {
  await db.deleteFrom('item_relations').where((eb) => eb.or([eb('item_id', '=', id), eb('related_id', '=', id)])).execute();
  await replaceItemLinks(db, id, { audienceIds: [], themeIds: [], sources: [] });
  await db.deleteFrom('items').where('id', '=', id).execute();
}

// ---- editing (back office) ----

export function findItemById(db: Q, id: number): Promise<ItemRow | undefined> {
  return db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Public items with an id above `afterId`, in id order: a page of the search reindex. */
export function listPublishedItemsAfter(db: Q, afterId: number, limit: number): Promise<ItemRow[]> {
  return db.selectFrom('items').selectAll().where('status', '=', 'published').where('published_at', '<=', nowIso()).where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

export function countPublishedItems(db: Q) {
  return db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').where('published_at', '<=', nowIso()).executeTakeFirstOrThrow();
}

export function listAudienceSlugsOf(db: Q, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('item_audiences')
    .innerJoin('audiences', 'audiences.id', 'item_audiences.audience_id')
    .select(['item_audiences.item_id', 'audiences.slug'])
    .where('item_audiences.item_id', 'in', itemIds)
    .execute();
}

export function listThemeIdsOf(db: Q, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('item_themes').select(['item_id', 'theme_id']).where('item_id', 'in', itemIds).execute();
}

export async function listItemsForEditing(db: Q, q: { status?: string; type?: string; limit: number; offset: number }) {
  let query = db.selectFrom('items');
  if (q.status) query = query.where('status', '=', q.status);
  if (q.type) query = query.where('type', '=', q.type);
  const [rows, count] = await Promise.all([
    query.select(['id', 'type', 'slug', 'title', 'status', 'updated_at', 'published_at', 'review_by']).orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function updateItemRow(db: Q, id: number, set: Partial<Omit<ItemRow, 'id'>>): Promise<void> {
  await db.updateTable('items').set(set).where('id', '=', id).execute();
}

export async function insertRevision(db: Q, row: { item_id: number; snapshot: string; user_id: number | null; user_label: string; note: string; created_at: string }): Promise<number> {
  const last = await db.selectFrom('item_revisions').select((eb) => eb.fn.max('number').as('n')).where('item_id', '=', row.item_id).executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  await db.insertInto('item_revisions').values({ ...row, number }).execute();
  return number;
}

export function listRevisions(db: Q, itemId: number) {
  return db.selectFrom('item_revisions').select(['number', 'user_label', 'note', 'created_at']).where('item_id', '=', itemId).orderBy('number', 'desc').execute();
}

export function findRevision(db: Q, itemId: number, number: number) {
  return db.selectFrom('item_revisions').selectAll().where('item_id', '=', itemId).where('number', '=', number).executeTakeFirst();
}

export function findRedirect(db: Q, oldSlug: string) {
  return db
    .selectFrom('item_redirects')
    .innerJoin('items', 'items.id', 'item_redirects.item_id')
    .select(['items.slug', 'items.status', 'items.published_at'])
    .where('item_redirects.old_slug', '=', oldSlug)
    .executeTakeFirst();
}

export async function upsertRedirect(db: Q, oldSlug: string, itemId: number, nowIsoText: string): Promise<void> {
  await db.deleteFrom('item_redirects').where('old_slug', '=', oldSlug).execute();
  await db.insertInto('item_redirects').values({ old_slug: oldSlug, item_id: itemId, created_at: nowIsoText }).execute();
}

export async function deleteRedirect(db: Q, oldSlug: string): Promise<void> {
  await db.deleteFrom('item_redirects').where('old_slug', '=', oldSlug).execute();
}

export function findThemeById(db: Q, id: number): Promise<ThemeRow | undefined> {
  return db.selectFrom('themes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateThemeRow(db: Q, id: number, set: Partial<Omit<ThemeRow, 'id'>>): Promise<void> {
  await db.updateTable('themes').set(set).where('id', '=', id).execute();
}

export async function deleteThemeRow(db: Q, id: number): Promise<void> {
  await db.deleteFrom('themes').where('id', '=', id).execute();
}

export async function countThemeUse(db: Q, id: number): Promise<{ items: number; children: number }> {
  const [items, children] = await Promise.all([
    db.selectFrom('item_themes').select((eb) => eb.fn.countAll<number>().as('n')).where('theme_id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('themes').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow(),
  ]);
  return { items: Number(items.n), children: Number(children.n) };
}

export function listAttachments(db: Q, itemId: number): Promise<AttachmentRow[]> {
  return db.selectFrom('attachments').selectAll().where('item_id', '=', itemId).orderBy('id').execute();
}

export function findAttachment(db: Q, id: number): Promise<AttachmentRow | undefined> {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAttachment(db: Q, row: Omit<AttachmentRow, 'id'>): Promise<number> {
  const { id } = await db.insertInto('attachments').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function deleteAttachment(db: Q, id: number): Promise<void> {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}

/** Published items with the fields the link checker reads. */
export async function listItemsForLinkCheck(db: Q) {
  const items = await db.selectFrom('items').select(['id', 'body']).where('status', '=', 'published').orderBy('id').execute();
  const sources = await db.selectFrom('item_sources').innerJoin('items', 'items.id', 'item_sources.item_id').select(['item_sources.item_id', 'item_sources.url']).where('items.status', '=', 'published').execute();
  return { items, sources };
}

export async function replaceLinkChecks(db: Q, itemId: number, rows: { url: string; ok: number; status_code: number | null; error: string | null; checked_at: string }[]): Promise<void> {
  await db.deleteFrom('link_checks').where('item_id', '=', itemId).execute();
  if (rows.length) await db.insertInto('link_checks').values(rows.map((r) => ({ ...r, item_id: itemId }))).execute();
}

export function listBrokenLinks(db: Q) {
  return db
    .selectFrom('link_checks')
    .innerJoin('items', 'items.id', 'link_checks.item_id')
    .select(['items.id', 'items.title', 'link_checks.url', 'link_checks.status_code', 'link_checks.error', 'link_checks.checked_at'])
    .where('link_checks.ok', '=', 0)
    .orderBy('items.title')
    .execute();
}

export function listPastReview(db: Q, today: string) {
  return db.selectFrom('items').select(['id', 'title', 'review_by', 'type']).where('status', '=', 'published').where('review_by', '<', today).orderBy('review_by').execute();
}

export function listRightsEnding(db: Q, today: string, until: string) {
  return db
    .selectFrom('items')
    .select(['id', 'title', 'valid_until', 'type'])
    .where('status', '=', 'published')
    .where('type', '=', 'right')
    .where('valid_until', '>=', today)
    .where('valid_until', '<=', until)
    .orderBy('valid_until')
    .execute();
}

export function listItemsWithStatus(db: Q, status: string) {
  return db.selectFrom('items').select(['id', 'title', 'type', 'updated_at']).where('status', '=', status).orderBy('updated_at').execute();
}

/** Items whose publication time fell between two moments (they just became public). */
export function listBecamePublic(db: Q, sinceIso: string, untilIso: string): Promise<{ id: number }[]> {
  return db.selectFrom('items').select('id').where('status', '=', 'published').where('published_at', '>', sinceIso).where('published_at', '<=', untilIso).execute();
}

export function listPublishedOfTypeWithDetails(db: Q, type: string): Promise<(CardRow & { details: string })[]> {
  return db
    .selectFrom('items')
    .select([...CARD_COLUMNS, 'items.details'])
    .where('items.status', '=', 'published')
    .where('items.published_at', '<=', nowIso())
    .where('items.type', '=', type)
    .orderBy('items.title')
    .execute();
}

export async function updateAudienceRow(db: Q, id: number, set: { name: string; description: string }): Promise<void> {
  await db.updateTable('audiences').set(set).where('id', '=', id).execute();
}

/** Revisions whose author label holds this text (an erased account's address), and renaming them. */
export async function relabelRevisions(db: Q, userId: number, label: string): Promise<number> {
  const r = await db.updateTable('item_revisions').set({ user_label: label }).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
