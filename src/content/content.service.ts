/**
 * The knowledge library: items of seven types (articles, tips, publications, tools, rights,
 * methods, good practices), grouped by audience and by a nestable list of themes.
 * HTML pages and the JSON API both read through these functions.
 */
import { EventEmitter } from 'node:events';
import { inTransaction, type Db, type Tx } from '../db/database.js';
import { NotFoundError, ValidationError } from '../errors.js';
import * as search from '../search/search.service.js';
import * as repo from './content.repository.js';
import type { CardRow } from './content.repository.js';
import type { AudienceRow, ItemRow, ThemeRow } from './content.table.js';
import {
  ITEM_TYPES,
  type Audience,
  type Item,
  type ItemCard,
  type ItemFilter,
  type ItemInput,
  type ItemList,
  type ItemStatus,
  type ItemType,
  type Page,
  type Theme,
} from './content.model.js';

export * from './content.model.js';
export * from './content.editing.js';
export * from './content.attachments.js';
export * from './content.links.js';

type Q = Db | Tx;

/** Emits 'changed' after a committed write, so caches (rendered pages) can be dropped. */
export const contentChanges = new EventEmitter();

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function toAudience(row: AudienceRow): Audience {
  return { id: row.id, slug: row.slug, name: row.name, description: row.description };
}

function toCard(row: CardRow): ItemCard {
  return {
    id: row.id,
    type: row.type as ItemType,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    lastReviewedAt: row.last_reviewed_at,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

export function buildThemeTree(rows: ThemeRow[]): { roots: Theme[]; bySlug: Map<string, Theme>; byId: Map<number, Theme> } {
  const byId = new Map<number, Theme>();
  for (const r of rows) byId.set(r.id, { id: r.id, slug: r.slug, name: r.name, description: r.description, parentId: r.parent_id, children: [] });
  const roots: Theme[] = [];
  for (const t of byId.values()) {
    const parent = t.parentId !== null ? byId.get(t.parentId) : undefined;
    if (parent) parent.children.push(t);
    else roots.push(t);
  }
  const bySlug = new Map([...byId.values()].map((t) => [t.slug, t]));
  return { roots, bySlug, byId };
}

function descendantIds(theme: Theme): number[] {
  return [theme.id, ...theme.children.flatMap(descendantIds)];
}

export async function listAudiences(db: Q): Promise<Audience[]> {
  return (await repo.listAudiences(db)).map(toAudience);
}

export async function getAudience(db: Q, slug: string): Promise<Audience> {
  const audience = (await listAudiences(db)).find((a) => a.slug === slug);
  if (!audience) throw new NotFoundError('audience_not_found', 'Deze doelgroep kennen we niet.');
  return audience;
}

/** Themes as a tree (top level first, children nested). */
export async function listThemes(db: Q): Promise<Theme[]> {
  return buildThemeTree(await repo.listThemes(db)).roots;
}

export async function getTheme(db: Q, slug: string): Promise<{ theme: Theme; parent: Theme | null }> {
  const { bySlug, byId } = buildThemeTree(await repo.listThemes(db));
  const theme = bySlug.get(slug);
  if (!theme) throw new NotFoundError('theme_not_found', 'Dit thema bestaat niet (meer).');
  return { theme, parent: theme.parentId !== null ? (byId.get(theme.parentId) ?? null) : null };
}

export async function getPublishedItem(db: Q, slug: string): Promise<Item> {
  const row = await repo.findItemBySlug(db, slug);
  if (!row || !isPublic(row)) throw new NotFoundError('item_not_found', 'Deze pagina bestaat niet (meer).');
  return loadItem(db, row);
}

/** Published, and its publication time has come (a scheduled item stays hidden until then). */
export function isPublic(row: Pick<ItemRow, 'status' | 'published_at'>, now = new Date()): boolean {
  return row.status === 'published' && row.published_at !== null && row.published_at <= now.toISOString();
}

export async function loadItem(db: Q, row: ItemRow): Promise<Item> {
  const [audiences, themes, sources, related] = await Promise.all([
    repo.listItemAudiences(db, row.id),
    repo.listItemThemes(db, row.id),
    repo.listItemSources(db, row.id),
    repo.listRelatedCards(db, row.id),
  ]);
  return toItem(row, audiences, themes, sources, related.map(toCard));
}

function toItem(row: ItemRow, audiences: AudienceRow[], themes: ThemeRow[], sources: { title: string; url: string }[], related: ItemCard[]): Item {
  return {
    ...toCard(row),
    body: row.body,
    status: row.status as ItemStatus,
    details: JSON.parse(row.details) as Record<string, unknown>,
    createdAt: row.created_at,
    reviewBy: row.review_by,
    audiences: audiences.map(toAudience),
    themes: themes.map((t) => ({ id: t.id, slug: t.slug, name: t.name, description: t.description, parentId: t.parent_id, children: [] })),
    sources: sources.map((s) => ({ title: s.title, url: s.url })),
    related,
  };
}

/** Every published item in full, with its audiences, themes, sources and related items (open data). */
export async function exportPublishedItems(db: Q): Promise<Item[]> {
  const { items, audiences, themes, sources, relations } = await repo.listPublishedItemsWithLinks(db);
  const group = <T extends { item_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) map.set(r.item_id, [...(map.get(r.item_id) ?? []), r]);
    return map;
  };
  const [byAudience, byTheme, bySource, byRelation] = [group(audiences), group(themes), group(sources), group(relations)];
  const cards = new Map(items.map((row) => [row.id, toCard(row)]));
  return items.map((row) =>
    toItem(row, byAudience.get(row.id) ?? [], byTheme.get(row.id) ?? [], bySource.get(row.id) ?? [], (byRelation.get(row.id) ?? []).flatMap((r) => cards.get(r.id) ?? [])),
  );
}

export async function listPublishedItems(db: Q, filter: ItemFilter = {}): Promise<ItemList> {
  const pageSize = Math.min(Math.max(filter.pageSize ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const page = Math.max(filter.page ?? 1, 1);
  let audienceId: number | undefined;
  let themeIds: number[] | undefined;
  if (filter.audience) {
    const audience = (await listAudiences(db)).find((a) => a.slug === filter.audience);
    if (!audience) throw new ValidationError('Deze doelgroep kennen we niet.', { doelgroep: 'Onbekende doelgroep.' });
    audienceId = audience.id;
  }
  if (filter.theme) {
    const theme = buildThemeTree(await repo.listThemes(db)).bySlug.get(filter.theme);
    if (!theme) throw new ValidationError('Dit thema kennen we niet.', { thema: 'Onbekend thema.' });
    themeIds = descendantIds(theme);
  }
  const { rows, total } = await repo.listPublishedCards(db, { type: filter.type, audienceId, themeIds, sort: filter.sort, limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map(toCard), total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Number of published items per audience slug. */
export async function countPerAudience(db: Q): Promise<Map<string, number>> {
  const [audiences, counts] = await Promise.all([repo.listAudiences(db), repo.countItemsPerAudience(db)]);
  const byId = new Map(counts.map((c) => [c.audience_id, Number(c.n)]));
  return new Map(audiences.map((a) => [a.slug, byId.get(a.id) ?? 0]));
}

export async function listSitemapEntries(db: Q): Promise<{ slug: string; updatedAt: string }[]> {
  return (await repo.listPublishedSlugs(db)).map((r) => ({ slug: r.slug, updatedAt: r.updated_at }));
}

export async function getPage(db: Q, slug: string): Promise<Page> {
  const row = await repo.findPageBySlug(db, slug);
  if (!row) throw new NotFoundError('page_not_found');
  return { slug: row.slug, title: row.title, summary: row.summary, body: row.body, updatedAt: row.updated_at };
}

export async function savePage(db: Q, page: Page): Promise<void> {
  await repo.upsertPage(db, { slug: page.slug, title: page.title, summary: page.summary, body: page.body, updated_at: page.updatedAt });
  contentChanges.emit('changed');
}

export async function countItems(db: Q): Promise<number> {
  return Number((await repo.countItems(db)).n);
}

export async function createTheme(db: Q, input: { slug: string; name: string; description: string; parent?: string; position?: number }): Promise<number> {
  if (!SLUG_RE.test(input.slug)) throw new ValidationError('Ongeldige slug', { slug: 'Gebruik kleine letters, cijfers en koppeltekens.' });
  let parentId: number | null = null;
  if (input.parent) parentId = (await getTheme(db, input.parent)).theme.id;
  const id = await repo.insertTheme(db, { slug: input.slug, name: input.name, description: input.description, parent_id: parentId, position: input.position ?? 0 });
  contentChanges.emit('changed');
  return id;
}

export function checkItemInput(input: ItemInput): void {
  const fields: Record<string, string> = {};
  if (!ITEM_TYPES.includes(input.type)) fields.type = 'Kies een type.';
  if (!SLUG_RE.test(input.slug) || input.slug.length > 200) fields.slug = 'Gebruik kleine letters, cijfers en koppeltekens (max. 200 tekens).';
  if (!input.title.trim()) fields.title = 'Geef een titel.';
  if (!input.summary.trim()) fields.summary = 'Geef een korte samenvatting.';
  if (input.audiences.length === 0) fields.audiences = 'Kies minstens één doelgroep.';
  if (input.themes.length === 0) fields.themes = 'Kies minstens één thema.';
  for (const s of input.sources) if (!/^https?:\/\//.test(s.url)) fields.sources = 'Een bron heeft een link nodig die met http:// of https:// begint.';
  if (Object.keys(fields).length) throw new ValidationError('Het item is niet volledig.', fields);
}

/** Audience and theme slugs to ids; an unknown one is a validation error on that field. */
export async function resolveLinks(tx: Q, input: Pick<ItemInput, 'audiences' | 'themes'>): Promise<{ audienceIds: number[]; themeIds: number[] }> {
  const audiences = await repo.listAudiences(tx);
  const { bySlug } = buildThemeTree(await repo.listThemes(tx));
  const audienceIds = input.audiences.map((slug) => {
    const a = audiences.find((x) => x.slug === slug);
    if (!a) throw new ValidationError('Onbekende doelgroep', { audiences: `Doelgroep "${slug}" bestaat niet.` });
    return a.id;
  });
  const themeIds = input.themes.map((slug) => {
    const t = bySlug.get(slug);
    if (!t) throw new ValidationError('Onbekend thema', { themes: `Thema "${slug}" bestaat niet.` });
    return t.id;
  });
  return { audienceIds, themeIds };
}

function itemColumns(input: ItemInput) {
  const details = input.details;
  return {
    type: input.type,
    slug: input.slug,
    title: input.title.trim(),
    summary: input.summary.trim(),
    body: input.body,
    status: input.status,
    details: JSON.stringify(details),
    valid_from: typeof details.validFrom === 'string' ? details.validFrom : null,
    valid_until: typeof details.validUntil === 'string' ? details.validUntil : null,
    last_reviewed_at: input.lastReviewedAt ?? null,
    review_by: input.reviewBy ?? null,
  };
}

/**
 * Creates an item with its audiences, themes, sources and relations in one transaction.
 * Related slugs that do not exist (yet) are skipped; call linkRelatedItems after a bulk load.
 * A published item enters the search index in the same transaction.
 */
export async function createItem(db: Q, input: ItemInput, now = new Date()): Promise<number> {
  checkItemInput(input);
  const id = await inTransaction(db, async (tx) => {
    const { audienceIds, themeIds } = await resolveLinks(tx, input);
    if (await repo.findItemBySlug(tx, input.slug)) throw new ValidationError('Deze slug is al in gebruik.', { slug: 'Deze slug is al in gebruik.' });
    const nowIso = now.toISOString();
    const itemId = await repo.insertItem(tx, {
      ...itemColumns(input),
      published_at: input.status === 'published' ? (input.publishedAt ?? nowIso) : (input.publishedAt ?? null),
      created_at: input.publishedAt ?? nowIso,
      updated_at: input.updatedAt ?? nowIso,
    });
    await repo.replaceItemLinks(tx, itemId, { audienceIds, themeIds, sources: input.sources });
    if (input.related?.length) await linkRelatedItems(tx, input.slug, input.related);
    await syncItemSearch(tx, itemId, now);
    return itemId;
  });
  contentChanges.emit('changed');
  return id;
}

// ---------------------------------------------------------------------------------------------
// Search index: items are documents of kind 'item'

/** Text of the type-specific fields (who qualifies, amount, how to apply …), searchable with the body. */
function detailsText(details: string): string {
  const values = Object.values(JSON.parse(details) as Record<string, unknown>);
  return values.flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [])).join('\n');
}

function searchDocumentOf(row: ItemRow, audiences: string[], themes: string[]): search.SearchDocument {
  return {
    kind: 'item',
    refId: row.id,
    url: `/kennis/${row.slug}`,
    type: row.type,
    title: row.title,
    summary: row.summary,
    body: `${row.body}\n\n${detailsText(row.details)}`,
    audiences,
    themes,
    lastReviewedAt: row.last_reviewed_at,
    validUntil: row.valid_until,
  };
}

/** Search documents for a batch of item rows: audience slugs, and theme slugs with their parents. */
async function searchDocumentsOf(tx: Q, rows: ItemRow[]): Promise<search.SearchDocument[]> {
  const ids = rows.map((r) => r.id);
  const [audiences, themeLinks, themeRows] = await Promise.all([repo.listAudienceSlugsOf(tx, ids), repo.listThemeIdsOf(tx, ids), repo.listThemes(tx)]);
  const { byId } = buildThemeTree(themeRows);
  const withParents = (id: number): string[] => {
    const t = byId.get(id);
    if (!t) return [];
    return [t.slug, ...(t.parentId !== null ? withParents(t.parentId) : [])];
  };
  return rows.map((row) =>
    searchDocumentOf(
      row,
      audiences.filter((a) => a.item_id === row.id).map((a) => a.slug),
      [...new Set(themeLinks.filter((t) => t.item_id === row.id).flatMap((t) => withParents(t.theme_id)))],
    ),
  );
}

/**
 * Puts an item in the search index when the public can see it (published, its moment come), and
 * takes it out otherwise. Every write to an item calls this inside its own transaction.
 */
export async function syncItemSearch(tx: Q, itemId: number, now = new Date()): Promise<boolean> {
  const row = await repo.findItemById(tx, itemId);
  if (row && isPublic(row, now)) return search.indexDocument(tx, (await searchDocumentsOf(tx, [row]))[0]!);
  return search.removeDocument(tx, 'item', itemId);
}

const REINDEX_BATCH = 500;

/** The published items, for a full rebuild of the search index (`expertisepunt search reindex`). */
export const itemSearchSource: search.SearchSource = {
  kind: 'item',
  async count(db) {
    return Number((await repo.countPublishedItems(db)).n);
  },
  async *documents(db) {
    let afterId = 0;
    for (;;) {
      const rows = await repo.listPublishedItemsAfter(db, afterId, REINDEX_BATCH);
      if (rows.length === 0) return;
      yield await searchDocumentsOf(db, rows);
      afterId = rows.at(-1)!.id;
    }
  },
};

/** Sets an item's related items by slug, in the given order; unknown slugs are skipped. */
export async function linkRelatedItems(db: Q, slug: string, relatedSlugs: string[]): Promise<void> {
  await inTransaction(db, async (tx) => {
    const rows = await repo.findItemIdsBySlugs(tx, [slug, ...relatedSlugs]);
    const ids = new Map(rows.map((r) => [r.slug, r.id]));
    const itemId = ids.get(slug);
    if (itemId === undefined) throw new NotFoundError('item_not_found');
    const relatedIds = relatedSlugs.map((s) => ids.get(s)).filter((id): id is number => id !== undefined && id !== itemId);
    await repo.replaceItemRelations(tx, itemId, [...new Set(relatedIds)]);
  });
  contentChanges.emit('changed');
}

/** Published rights and regulations of the given levels (e.g. 'federaal', 'vlaams': the ones that apply in every municipality). */
export async function listRightsByLevel(db: Q, levels: readonly string[]): Promise<ItemCard[]> {
  const rows = await repo.listPublishedOfTypeWithDetails(db, 'right');
  return rows.filter((r) => levels.includes(String((JSON.parse(r.details) as { level?: unknown }).level))).map(toCard);
}
