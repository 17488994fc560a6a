/**
 * Editing the library in the back office: drafts, the review workflow (draft → in review →
 * published → archived, publication possibly scheduled), a revision for every save with a readable
 * diff and restore, old slugs that keep working, themes, and the editors' dashboard.
 * Every change is written to the audit log in the same transaction.
 */
import { diffLines } from 'diff';
import { inTransaction, type Db, type Tx } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import * as repo from './content.repository.js';
import type { ItemRow } from './content.table.js';
import { DETAIL_FIELDS, ITEM_TYPES, type ItemInput, type ItemStatus, type ItemType, type Source } from './content.model.js';
import { buildThemeTree, checkItemInput, contentChanges, createItem, loadItem, resolveLinks, SLUG_RE, syncItemSearch } from './content.service.js';
import * as search from '../search/search.service.js';

type Q = Db | Tx;

export const STATUS_LABELS: Record<ItemStatus, string> = { draft: 'Klad', in_review: 'Ter nalezing', published: 'Gepubliceerd', archived: 'Gearchiveerd' };

/** Which status changes exist, and their button label. */
export const TRANSITIONS: { from: ItemStatus; to: ItemStatus; label: string }[] = [
  { from: 'draft', to: 'in_review', label: 'Klaar voor nalezing' },
  { from: 'in_review', to: 'draft', label: 'Terug naar klad' },
  { from: 'in_review', to: 'published', label: 'Publiceren' },
  { from: 'published', to: 'archived', label: 'Archiveren' },
  { from: 'archived', to: 'draft', label: 'Terug naar klad' },
];

/** Everything an editor can change on an item, as kept in a revision. */
export interface ItemSnapshot {
  type: ItemType;
  slug: string;
  title: string;
  summary: string;
  body: string;
  details: Record<string, unknown>;
  audiences: string[];
  themes: string[];
  sources: Source[];
  reviewBy: string | null;
  lastReviewedAt: string | null;
}

export interface EditableItem extends ItemSnapshot {
  id: number;
  status: ItemStatus;
  publishedAt: string | null;
  updatedAt: string;
  createdAt: string;
}

/** What the edit form sends (the type is fixed once the item exists). */
export type ItemEdit = Omit<ItemSnapshot, 'lastReviewedAt'> & { reviewedNow?: boolean };

/** The editable fields of an item, as the edit form would send them back unchanged. */
export function editOf(item: EditableItem): ItemEdit {
  const { type, slug, title, summary, body, details, audiences, themes, sources, reviewBy } = item;
  return { type, slug, title, summary, body, details, audiences, themes, sources, reviewBy };
}

async function snapshotOf(db: Q, row: ItemRow): Promise<ItemSnapshot> {
  const item = await loadItem(db, row);
  return {
    type: item.type,
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    body: item.body,
    details: item.details,
    audiences: item.audiences.map((a) => a.slug),
    themes: item.themes.map((t) => t.slug),
    sources: item.sources.map((s) => ({ title: s.title, url: s.url })),
    reviewBy: item.reviewBy,
    lastReviewedAt: item.lastReviewedAt,
  };
}

async function findRow(db: Q, id: number): Promise<ItemRow> {
  const row = await repo.findItemById(db, id);
  if (!row) throw new NotFoundError('item_not_found', 'Dit item bestaat niet (meer).');
  return row;
}

export async function getItemForEditing(db: Q, id: number): Promise<EditableItem> {
  const row = await findRow(db, id);
  return { ...(await snapshotOf(db, row)), id: row.id, status: row.status as ItemStatus, publishedAt: row.published_at, updatedAt: row.updated_at, createdAt: row.created_at };
}

export async function listItemsForEditing(db: Q, filter: { status?: ItemStatus; type?: ItemType; page?: number } = {}) {
  const pageSize = 50;
  const page = Math.max(filter.page ?? 1, 1);
  const { rows, total } = await repo.listItemsForEditing(db, { status: filter.status, type: filter.type, limit: pageSize, offset: (page - 1) * pageSize });
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => ({ id: r.id, type: r.type as ItemType, slug: r.slug, title: r.title, status: r.status as ItemStatus, updatedAt: r.updated_at, publishedAt: r.published_at, reviewBy: r.review_by })),
  };
}

/** Checks the type's own fields and keeps only known, non-empty ones. */
function cleanDetails(type: ItemType, details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fields: Record<string, string> = {};
  for (const { key } of DETAIL_FIELDS[type]) {
    const value = details[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' && value.length > 2000) fields[`d_${key}`] = 'Hoogstens 2000 tekens.';
    if ((key === 'validFrom' || key === 'validUntil') && !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))) fields[`d_${key}`] = 'Geef een datum.';
    if (key === 'link' && !(typeof value === 'string' && /^https?:\/\//.test(value))) fields[`d_${key}`] = 'Een link begint met http:// of https://.';
    if (key === 'year' && typeof value === 'string') {
      if (!/^\d{4}$/.test(value)) fields[`d_${key}`] = 'Geef een jaartal van vier cijfers.';
      out[key] = Number(value);
      continue;
    }
    out[key] = value;
  }
  if (Object.keys(fields).length) throw new ValidationError('Een veld klopt niet.', fields);
  return out;
}

function checkEdit(input: ItemEdit): void {
  const fields: Record<string, string> = {};
  try {
    checkItemInput({ ...input, status: 'draft' });
  } catch (err) {
    if (err instanceof ValidationError) Object.assign(fields, err.fields);
    else throw err;
  }
  if (input.title.length > 300) fields.title = 'Een titel is hoogstens 300 tekens lang.';
  if (input.summary.length > 1000) fields.summary = 'Een samenvatting is hoogstens 1000 tekens lang.';
  if (input.body.length > 100_000) fields.body = 'De tekst is te lang (hoogstens 100 000 tekens).';
  if (input.reviewBy && !/^\d{4}-\d{2}-\d{2}$/.test(input.reviewBy)) fields.reviewBy = 'Geef een datum.';
  if (Object.keys(fields).length) throw new ValidationError('Het item is niet volledig.', fields);
}

async function saveRevision(tx: Tx, actor: Actor, itemId: number, note: string, now: Date): Promise<number> {
  const snapshot = await snapshotOf(tx, await findRow(tx, itemId));
  return repo.insertRevision(tx, { item_id: itemId, snapshot: JSON.stringify(snapshot), user_id: actor.id, user_label: actor.label, note, created_at: now.toISOString() });
}

/** A new item, always a draft; revision 1. */
export async function createDraft(db: Q, actor: Actor, input: ItemEdit, now = new Date()): Promise<number> {
  checkEdit(input);
  const details = cleanDetails(input.type, input.details);
  return inTransaction(db, async (tx) => {
    if (await repo.findRedirect(tx, input.slug)) throw new ValidationError('Deze slug is al in gebruik.', { slug: 'Deze slug was vroeger het adres van een ander item.' });
    const full: ItemInput = { ...input, details, status: 'draft', publishedAt: null, updatedAt: now.toISOString(), lastReviewedAt: input.reviewedNow ? now.toISOString() : null };
    const id = await createItem(tx, full, now);
    await repo.updateItemRow(tx, id, { created_at: now.toISOString() });
    await saveRevision(tx, actor, id, 'aangemaakt', now);
    await recordChange(tx, actor, { action: 'item.create', entityType: 'item', entityId: id, after: await snapshotOf(tx, await findRow(tx, id)) }, now);
    return id;
  });
}

/** Saves an edit: a new revision, an audit entry, and a redirect from the old slug when it changed. */
export async function updateItem(db: Q, actor: Actor, id: number, input: ItemEdit, now = new Date(), note = ''): Promise<void> {
  checkEdit(input);
  await inTransaction(db, async (tx) => {
    const row = await findRow(tx, id);
    if (input.type !== row.type) throw new ValidationError('Het type van een item kan niet veranderen.', { type: 'Het type kan niet veranderen.' });
    const details = cleanDetails(row.type as ItemType, input.details);
    const before = await snapshotOf(tx, row);
    // Items from before revisions existed (the demo content) get their current state as version 1.
    if ((await repo.listRevisions(tx, id)).length === 0) await saveRevision(tx, actor, id, 'stand vóór de eerste bewerking', now);
    if (input.slug !== row.slug) {
      const other = await repo.findItemBySlug(tx, input.slug);
      const redirect = await repo.findRedirect(tx, input.slug);
      if (other || (redirect && redirect.slug !== row.slug)) throw new ValidationError('Deze slug is al in gebruik.', { slug: 'Deze slug is al in gebruik door een ander item.' });
      // Back to an earlier slug: that old address is the item's own again.
      await repo.deleteRedirect(tx, input.slug);
      await repo.upsertRedirect(tx, row.slug, id, now.toISOString());
    }
    const { audienceIds, themeIds } = await resolveLinks(tx, input);
    await repo.updateItemRow(tx, id, {
      slug: input.slug,
      title: input.title.trim(),
      summary: input.summary.trim(),
      body: input.body,
      details: JSON.stringify(details),
      valid_from: typeof details.validFrom === 'string' ? details.validFrom : null,
      valid_until: typeof details.validUntil === 'string' ? details.validUntil : null,
      review_by: input.reviewBy || null,
      updated_at: now.toISOString(),
      ...(input.reviewedNow ? { last_reviewed_at: now.toISOString() } : {}),
    });
    await repo.replaceItemLinks(tx, id, { audienceIds, themeIds, sources: input.sources });
    await syncItemSearch(tx, id, now);
    await saveRevision(tx, actor, id, note, now);
    await recordChange(tx, actor, { action: 'item.update', entityType: 'item', entityId: id, before, after: await snapshotOf(tx, await findRow(tx, id)) }, now);
  });
  contentChanges.emit('changed');
}

/**
 * Moves an item along the workflow. Publishing takes an optional moment in the future (scheduled):
 * until then the item is published but not shown on the site.
 */
export async function changeItemStatus(db: Q, actor: Actor, id: number, to: ItemStatus, options: { publishAt?: string | null } = {}, now = new Date()): Promise<void> {
  let publishAt: string | null = null;
  if (to === 'published' && options.publishAt) {
    const d = new Date(options.publishAt);
    if (Number.isNaN(d.getTime())) throw new ValidationError('Geef een geldig moment.', { publishAt: 'Geef een geldige datum en tijd.' });
    publishAt = d.toISOString();
  }
  await inTransaction(db, async (tx) => {
    const row = await findRow(tx, id);
    const from = row.status as ItemStatus;
    const step = TRANSITIONS.find((t) => t.from === from && t.to === to);
    if (!step) throw new AppError('invalid_transition', 400, `Een item met status "${STATUS_LABELS[from]}" kan niet naar "${STATUS_LABELS[to] ?? to}".`);
    const set: Partial<ItemRow> = { status: to, updated_at: now.toISOString() };
    if (to === 'published') set.published_at = publishAt ?? now.toISOString();
    await repo.updateItemRow(tx, id, set);
    await syncItemSearch(tx, id, now);
    await saveRevision(tx, actor, id, `status: ${STATUS_LABELS[to]}`, now);
    await recordChange(
      tx,
      actor,
      { action: 'item.status', entityType: 'item', entityId: id, before: { status: from, publishedAt: row.published_at }, after: { status: to, publishedAt: set.published_at ?? row.published_at } },
      now,
    );
  });
  contentChanges.emit('changed');
}

export async function listRevisions(db: Q, itemId: number) {
  await findRow(db, itemId);
  return (await repo.listRevisions(db, itemId)).map((r) => ({ number: r.number, userLabel: r.user_label, note: r.note, createdAt: r.created_at }));
}

async function revisionSnapshot(db: Q, itemId: number, number: number): Promise<ItemSnapshot> {
  const row = await repo.findRevision(db, itemId, number);
  if (!row) throw new NotFoundError('revision_not_found', 'Deze versie bestaat niet.');
  return JSON.parse(row.snapshot) as ItemSnapshot;
}

/** A snapshot as plain text, one field per line, so a line diff reads like the form. */
export function snapshotText(s: ItemSnapshot): string {
  const lines = [`Titel: ${s.title}`, `Adres: /kennis/${s.slug}`, `Samenvatting: ${s.summary}`, `Doelgroepen: ${s.audiences.join(', ')}`, `Thema's: ${s.themes.join(', ')}`];
  for (const f of DETAIL_FIELDS[s.type]) if (s.details[f.key] !== undefined) lines.push(`${f.label}: ${Array.isArray(s.details[f.key]) ? (s.details[f.key] as unknown[]).join(', ') : String(s.details[f.key])}`);
  lines.push(`Nakijken tegen: ${s.reviewBy ?? ''}`);
  lines.push('Bronnen:', ...s.sources.map((src) => `- ${src.title} (${src.url})`));
  lines.push('Tekst:', ...s.body.split('\n'));
  return lines.join('\n') + '\n';
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What changed from the version before `number` to `number` (version 1: against nothing). */
export async function revisionDiff(db: Q, itemId: number, number: number): Promise<{ parts: DiffPart[]; previous: number | null }> {
  const current = await revisionSnapshot(db, itemId, number);
  const previous = number > 1 ? await revisionSnapshot(db, itemId, number - 1).catch(() => null) : null;
  const parts = diffLines(previous ? snapshotText(previous) : '', snapshotText(current)).map((p) => ({
    kind: p.added ? ('added' as const) : p.removed ? ('removed' as const) : ('same' as const),
    text: p.value,
  }));
  return { parts, previous: previous ? number - 1 : null };
}

/** Puts an earlier version's content back (the status stays); that is a new revision itself. */
export async function restoreRevision(db: Q, actor: Actor, itemId: number, number: number, now = new Date()): Promise<void> {
  const snapshot = await revisionSnapshot(db, itemId, number);
  const { lastReviewedAt: _ignored, ...rest } = snapshot;
  await updateItem(db, actor, itemId, { ...rest, reviewedNow: false }, now, `hersteld van versie ${number}`);
}

/** The current slug of an item that used to live at oldSlug, when that item is public. */
export async function findRedirect(db: Q, oldSlug: string): Promise<string | undefined> {
  const r = await repo.findRedirect(db, oldSlug);
  if (!r || r.status !== 'published' || !r.published_at || r.published_at > new Date().toISOString()) return undefined;
  return r.slug;
}

/**
 * Scheduled items whose moment passed since sinceIso enter the search index, and cached pages are
 * dropped. The job looks back further than its interval, so an item is due on several runs: only the
 * run that put it in the index drops the pages (in every process). Returns the number of due items.
 */
export async function announceDueItems(db: Q, sinceIso: string, now = new Date()): Promise<number> {
  const { due, changed } = await inTransaction(db, async (tx) => {
    const rows = await repo.listBecamePublic(tx, sinceIso, now.toISOString());
    let changed = 0;
    for (const r of rows) if (await syncItemSearch(tx, r.id, now)) changed++;
    return { due: rows.length, changed };
  });
  if (changed > 0) contentChanges.emit('changed');
  return due;
}

/** Deletes an item for good (revisions, links and old addresses go with it) and takes it out of search. */
export async function deleteItem(db: Q, actor: Actor, id: number, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await snapshotOf(tx, await findRow(tx, id));
    await repo.deleteItem(tx, id);
    await search.removeDocument(tx, 'item', id);
    await recordChange(tx, actor, { action: 'item.delete', entityType: 'item', entityId: id, before }, now);
  });
  contentChanges.emit('changed');
}

// ---- themes ----

export interface ThemeInput {
  slug: string;
  name: string;
  description: string;
  parentId: number | null;
  position: number;
}

async function checkTheme(tx: Q, input: ThemeInput, id: number | null): Promise<void> {
  const fields: Record<string, string> = {};
  if (!SLUG_RE.test(input.slug) || input.slug.length > 100) fields.slug = 'Gebruik kleine letters, cijfers en koppeltekens (hoogstens 100 tekens).';
  if (!input.name.trim() || input.name.length > 200) fields.name = 'Geef een naam (hoogstens 200 tekens).';
  if (input.description.length > 2000) fields.description = 'Hoogstens 2000 tekens.';
  const rows = await repo.listThemes(tx);
  if (rows.some((t) => t.slug === input.slug && t.id !== id)) fields.slug = 'Deze slug is al in gebruik.';
  if (input.parentId !== null) {
    const { byId } = buildThemeTree(rows);
    // A theme cannot sit under itself or under one of its own sub-themes.
    let cursor = byId.get(input.parentId);
    if (!cursor) fields.parentId = 'Dit bovenliggende thema bestaat niet.';
    while (cursor && id !== null) {
      if (cursor.id === id) {
        fields.parentId = 'Een thema kan niet onder zichzelf of een eigen deelthema staan.';
        break;
      }
      cursor = cursor.parentId !== null ? byId.get(cursor.parentId) : undefined;
    }
  }
  if (Object.keys(fields).length) throw new ValidationError('Het thema klopt niet.', fields);
}

/**
 * An audience's name and description (the five audiences and their slugs are fixed: /voor/<slug>
 * addresses and the API depend on them).
 */
export async function updateAudience(db: Q, actor: Actor, id: number, input: { name: string; description: string }, now = new Date()): Promise<void> {
  const name = input.name.trim();
  const description = input.description.trim();
  const fields: Record<string, string> = {};
  if (!name || name.length > 60) fields.name = 'Geef een naam van hoogstens 60 tekens.';
  if (!description || description.length > 300) fields.description = 'Geef een korte uitleg van hoogstens 300 tekens.';
  if (Object.keys(fields).length) throw new ValidationError('De doelgroep is niet volledig.', fields);
  await inTransaction(db, async (tx) => {
    const before = (await repo.listAudiences(tx)).find((a) => a.id === id);
    if (!before) throw new NotFoundError('audience_not_found', 'Deze doelgroep bestaat niet.');
    await repo.updateAudienceRow(tx, id, { name, description });
    await recordChange(tx, actor, { action: 'audience.update', entityType: 'audience', entityId: id, before: { name: before.name, description: before.description }, after: { name, description } }, now);
  });
  contentChanges.emit('changed');
}

export async function addTheme(db: Q, actor: Actor, input: ThemeInput, now = new Date()): Promise<number> {
  const id = await inTransaction(db, async (tx) => {
    await checkTheme(tx, input, null);
    const themeId = await repo.insertTheme(tx, { slug: input.slug, name: input.name.trim(), description: input.description.trim(), parent_id: input.parentId, position: input.position });
    await recordChange(tx, actor, { action: 'theme.create', entityType: 'theme', entityId: themeId, after: input }, now);
    return themeId;
  });
  contentChanges.emit('changed');
  return id;
}

export async function updateTheme(db: Q, actor: Actor, id: number, input: ThemeInput, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await repo.findThemeById(tx, id);
    if (!before) throw new NotFoundError('theme_not_found', 'Dit thema bestaat niet (meer).');
    await checkTheme(tx, input, id);
    await repo.updateThemeRow(tx, id, { slug: input.slug, name: input.name.trim(), description: input.description.trim(), parent_id: input.parentId, position: input.position });
    const was: ThemeInput = { slug: before.slug, name: before.name, description: before.description, parentId: before.parent_id, position: before.position };
    await recordChange(tx, actor, { action: 'theme.update', entityType: 'theme', entityId: id, before: was, after: input }, now);
  });
  contentChanges.emit('changed');
}

/** Only an unused theme (no items, no sub-themes) can go. */
export async function deleteTheme(db: Q, actor: Actor, id: number, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await repo.findThemeById(tx, id);
    if (!before) throw new NotFoundError('theme_not_found', 'Dit thema bestaat niet (meer).');
    const use = await repo.countThemeUse(tx, id);
    if (use.items > 0 || use.children > 0) throw new AppError('theme_in_use', 400, `Dit thema heeft nog ${use.items} items en ${use.children} deelthema's. Verplaats die eerst.`);
    await repo.deleteThemeRow(tx, id);
    await recordChange(tx, actor, { action: 'theme.delete', entityType: 'theme', entityId: id, before }, now);
  });
  contentChanges.emit('changed');
}

export async function listThemeRows(db: Q) {
  return (await repo.listThemes(db)).map((t) => ({ id: t.id, slug: t.slug, name: t.name, description: t.description, parentId: t.parent_id, position: t.position }));
}

// ---- dashboard ----

export async function dashboard(db: Q, today: string) {
  const in60 = new Date(new Date(`${today}T12:00:00Z`).getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  const [pastReview, rightsEnding, inReview, drafts, brokenLinks] = await Promise.all([
    repo.listPastReview(db, today),
    repo.listRightsEnding(db, today, in60),
    repo.listItemsWithStatus(db, 'in_review'),
    repo.listItemsWithStatus(db, 'draft'),
    repo.listBrokenLinks(db),
  ]);
  return {
    pastReview: pastReview.map((r) => ({ id: r.id, title: r.title, type: r.type as ItemType, reviewBy: r.review_by })),
    rightsEnding: rightsEnding.map((r) => ({ id: r.id, title: r.title, validUntil: r.valid_until })),
    inReview: inReview.map((r) => ({ id: r.id, title: r.title, type: r.type as ItemType, updatedAt: r.updated_at })),
    drafts: drafts.map((r) => ({ id: r.id, title: r.title, type: r.type as ItemType, updatedAt: r.updated_at })),
    brokenLinks: brokenLinks.map((r) => ({ itemId: r.id, title: r.title, url: r.url, statusCode: r.status_code, error: r.error, checkedAt: r.checked_at })),
  };
}

export function isItemType(value: string): value is ItemType {
  return (ITEM_TYPES as readonly string[]).includes(value);
}


/** Personal data: an erased account's revisions keep their place in the history under a neutral name. */
export async function relabelRevisionsOfUser(db: Q, userId: number, label: string): Promise<number> {
  return repo.relabelRevisions(db, userId, label);
}
