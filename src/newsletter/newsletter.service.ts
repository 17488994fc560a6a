/**
 * The newsletter's rules: subscribing with double opt-in, preferences and unsubscribing by the
 * subscriber's private token, composing editions from published items and upcoming activities,
 * digests of what is new, and sending in batches. Each recipient has one send row that is claimed
 * (status 'sending') in a transaction before the mail goes out and marked 'sent' after: a crash in
 * between leaves the row 'sending', which is never sent again (reported as 'unknown').
 */
import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { MailEnv } from '../mail/mail.service.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import * as content from '../content/content.service.js';
import * as events from '../events/events.service.js';
import * as places from '../places/places.service.js';
import { slugify } from '../directory/directory.service.js';
import { normaliseEmail, type PersonalDataSource } from '../privacy/personal-data.js';
import * as repo from './newsletter.repository.js';
import type { NewsletterEditionRow, NewsletterEntryRow, NewsletterSubscriberRow } from './newsletter.table.js';
import { entryMatches, type Edition, type EditionInput, type Entry, type Interests, type SendCounts, type Subscriber } from './newsletter.model.js';
import { alreadySubscribedMail, confirmMail, editionMail, subscriberLinks } from './newsletter.mail.js';

export * from './newsletter.model.js';

type Q = Db | Tx;

export type { MailEnv };

/** Unconfirmed subscriptions are wiped after this many days. */
export const PENDING_DAYS = 7;
const EMAIL_RE = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;
const parseList = (json: string): string[] => {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

function toSubscriber(row: NewsletterSubscriberRow): Subscriber {
  return {
    id: row.id,
    email: row.email,
    token: row.token,
    status: row.status === 'confirmed' ? 'confirmed' : 'pending',
    audiences: parseList(row.audiences),
    themes: parseList(row.themes),
    region: row.region,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
  };
}

function toEntry(row: NewsletterEntryRow): Entry {
  return {
    kind: row.kind === 'activity' ? 'activity' : 'item',
    ref: row.ref,
    title: row.title,
    summary: row.summary,
    url: row.url,
    startsAt: row.starts_at,
    place: row.place,
    audiences: parseList(row.audiences),
    themes: parseList(row.themes),
    regions: parseList(row.regions),
  };
}

function toEdition(row: NewsletterEditionRow, entries: NewsletterEntryRow[]): Edition {
  return {
    id: row.id,
    kind: row.kind === 'digest' ? 'digest' : 'edition',
    slug: row.slug,
    title: row.title,
    intro: row.intro,
    status: row.status === 'sent' ? 'sent' : row.status === 'sending' ? 'sending' : 'draft',
    onlyMatching: row.only_matching === 1,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    entries: entries.map(toEntry),
  };
}

// ---------------------------------------------------------------- interests

export interface InterestOptions {
  audiences: { value: string; label: string }[];
  themes: { value: string; label: string; depth?: number }[];
  regions: { value: string; label: string }[];
}

export async function interestOptions(db: Q): Promise<InterestOptions> {
  const [audiences, themes, municipalities] = await Promise.all([content.listAudiences(db), content.listThemes(db), places.listMunicipalities(db)]);
  const provinces = [...new Set(municipalities.map((m) => m.province).filter((p): p is string => Boolean(p)))].sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    audiences: audiences.map((a) => ({ value: a.slug, label: a.name })),
    themes: themes.map((t) => ({ value: t.slug, label: t.name })),
    regions: [
      { value: '', label: 'Heel Vlaanderen en Brussel' },
      ...provinces.map((p) => ({ value: `provincie:${p}`, label: `Provincie ${p}` })),
      { value: 'gewest:Brussel', label: 'Brussels Hoofdstedelijk Gewest' },
      ...[...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((m) => ({ value: `gemeente:${m.slug}`, label: `Gemeente ${m.name}` })),
    ],
  };
}

export interface InterestsInput {
  audiences?: string[];
  themes?: string[];
  region?: string;
}

/** Checks chosen interests against what exists; unknown values are field errors (400). */
export async function checkInterests(db: Q, input: InterestsInput, errors: Record<string, string>): Promise<Interests> {
  const options = await interestOptions(db);
  const pick = (values: string[] | undefined, known: { value: string }[], field: string, message: string) => {
    const list = [...new Set(values ?? [])];
    if (list.some((v) => !known.some((k) => k.value === v))) errors[field] = message;
    return list.filter((v) => known.some((k) => k.value === v));
  };
  const audiences = pick(input.audiences, options.audiences, 'audiences', 'Kies doelgroepen uit de lijst.');
  const themes = pick(input.themes, options.themes, 'themes', "Kies thema's uit de lijst.");
  const region = input.region?.trim() || null;
  if (region && !options.regions.some((r) => r.value === region)) errors.region = 'Kies een provincie of gemeente uit de lijst.';
  return { audiences, themes, region: region && options.regions.some((r) => r.value === region) ? region : null };
}

// ---------------------------------------------------------------- subscribers

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Subscribes (or refreshes a pending subscription) and mails the opt-in link. An address that is
 * already confirmed gets a mail saying so: the page never tells anyone whether an address is known.
 */
export async function subscribe(db: Db, env: MailEnv, input: InterestsInput & { email: string }, now = new Date()): Promise<void> {
  const errors: Record<string, string> = {};
  const email = normaliseEmail(input.email ?? '');
  if (!email) errors.email = 'Vul je e-mailadres in.';
  else if (email.length > 254 || !EMAIL_RE.test(email)) errors.email = 'Dit is geen geldig e-mailadres. Kijk het na, bijvoorbeeld naam@voorbeeld.be.';
  const interests = await checkInterests(db, input, errors);
  if (Object.keys(errors).length) throw new ValidationError('Niet alles is goed ingevuld.', errors);
  const iso = now.toISOString();
  const mail = await inTransaction(db, async (tx) => {
    const existing = await repo.findSubscriberByEmail(tx, email);
    if (existing?.status === 'confirmed') return alreadySubscribedMail(env.baseUrl, email, existing.token);
    const token = newToken();
    const values = { token, status: 'pending', audiences: JSON.stringify(interests.audiences), themes: JSON.stringify(interests.themes), region: interests.region, updated_at: iso };
    if (existing) await repo.updateSubscriber(tx, existing.id, { ...values, created_at: iso });
    else await repo.insertSubscriber(tx, { ...values, email, created_at: iso, confirmed_at: null });
    return confirmMail(env.baseUrl, email, token);
  });
  await env.mailer.send(mail);
}

function checkToken(token: string): void {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw new NotFoundError('Deze link werkt niet (meer). Misschien ben je al uitgeschreven.');
}

export async function findByToken(db: Q, token: string): Promise<Subscriber> {
  checkToken(token);
  const row = await repo.findSubscriberByToken(db, token);
  if (!row) throw new NotFoundError('Deze link werkt niet (meer). Misschien ben je al uitgeschreven.');
  return toSubscriber(row);
}

export async function confirm(db: Db, token: string, now = new Date()): Promise<Subscriber> {
  return inTransaction(db, async (tx) => {
    const s = await findByToken(tx, token);
    if (s.status === 'confirmed') return s;
    await repo.updateSubscriber(tx, s.id, { status: 'confirmed', confirmed_at: now.toISOString(), updated_at: now.toISOString() });
    return { ...s, status: 'confirmed', confirmedAt: now.toISOString() };
  });
}

export async function updatePreferences(db: Db, token: string, input: InterestsInput, now = new Date()): Promise<Subscriber> {
  const errors: Record<string, string> = {};
  const interests = await checkInterests(db, input, errors);
  if (Object.keys(errors).length) throw new ValidationError('Niet alles is goed ingevuld.', errors);
  return inTransaction(db, async (tx) => {
    const s = await findByToken(tx, token);
    await repo.updateSubscriber(tx, s.id, { audiences: JSON.stringify(interests.audiences), themes: JSON.stringify(interests.themes), region: interests.region, updated_at: now.toISOString() });
    return { ...s, ...interests };
  });
}

/** Unsubscribing erases the subscriber: the address, the interests and the link to every send. */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  checkToken(token);
  return inTransaction(db, async (tx) => {
    const row = await repo.findSubscriberByToken(tx, token);
    if (!row) return false;
    await repo.deleteSubscriber(tx, row.id);
    return true;
  });
}

export async function removeUnconfirmed(db: Q, now = new Date()): Promise<number> {
  return repo.deleteUnconfirmedBefore(db, new Date(now.getTime() - PENDING_DAYS * 86_400_000).toISOString());
}

export async function subscriberCounts(db: Q): Promise<{ pending: number; confirmed: number }> {
  const rows = await repo.countSubscribers(db);
  return { pending: rows.find((r) => r.status === 'pending')?.n ?? 0, confirmed: rows.find((r) => r.status === 'confirmed')?.n ?? 0 };
}

// ---------------------------------------------------------------- editions

export interface Candidates {
  items: { slug: string; title: string; publishedAt: string | null }[];
  activities: { slug: string; title: string; startsAt: string }[];
}

/** What an editor can pick: recent published items and the activities of the next 90 days. */
export async function candidates(db: Q, now = new Date()): Promise<Candidates> {
  const items = await content.listPublishedItems(db, { sort: 'published', pageSize: 100 });
  const occurrences = await events.listAllOccurrences(db, { from: now, to: new Date(now.getTime() + 90 * 86_400_000) });
  const seen = new Set<string>();
  const activities = occurrences.flatMap((o) => {
    if (seen.has(o.activity.slug)) return [];
    seen.add(o.activity.slug);
    return [{ slug: o.activity.slug, title: o.title, startsAt: o.start }];
  });
  return { items: items.items.map((i) => ({ slug: i.slug, title: i.title, publishedAt: i.publishedAt })), activities };
}

async function itemEntry(db: Q, slug: string, parents: Map<string, string>): Promise<Entry> {
  const item = await content.getPublishedItem(db, slug);
  const themes = [...new Set(item.themes.flatMap((t) => [t.slug, ...(parents.has(t.slug) ? [parents.get(t.slug)!] : [])]))];
  return { kind: 'item', ref: item.slug, title: item.title, summary: item.summary, url: `/kennis/${item.slug}`, startsAt: null, place: null, audiences: item.audiences.map((a) => a.slug), themes, regions: [] };
}

async function activityEntry(db: Q, slug: string, now: Date): Promise<Entry> {
  const activity = await events.getActivity(db, slug);
  const next = events.nextOccurrences(activity, now, 1)[0];
  const regions: string[] = [];
  const municipality = activity.place?.nisCode ? await places.findMunicipalityByNisCode(db, activity.place.nisCode) : undefined;
  if (municipality) regions.push(`gemeente:${municipality.slug}`, municipality.province ? `provincie:${municipality.province}` : 'gewest:Brussel');
  const place = activity.place ? [activity.place.venue, activity.place.municipality].filter(Boolean).join(', ') : 'online';
  return {
    kind: 'activity',
    ref: activity.slug,
    title: next?.title ?? activity.title,
    summary: activity.summary,
    url: `/activiteiten/${activity.slug}`,
    startsAt: next?.start ?? activity.startsAt,
    place,
    audiences: activity.audiences,
    themes: [],
    regions,
  };
}

async function themeParents(db: Q): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const walk = (t: content.Theme, root: string) => {
    map.set(t.slug, root);
    t.children.forEach((c) => walk(c, root));
  };
  for (const t of await content.listThemes(db)) t.children.forEach((c) => walk(c, t.slug));
  return map;
}

async function buildEntries(db: Q, input: Pick<EditionInput, 'items' | 'activities'>, now: Date, errors: Record<string, string>): Promise<Entry[]> {
  const parents = await themeParents(db);
  const entries: Entry[] = [];
  for (const slug of [...new Set(input.items)]) {
    try {
      entries.push(await itemEntry(db, slug, parents));
    } catch {
      errors.items = 'Een gekozen item bestaat niet (meer) of is niet gepubliceerd.';
    }
  }
  for (const slug of [...new Set(input.activities)]) {
    try {
      entries.push(await activityEntry(db, slug, now));
    } catch {
      errors.activities = 'Een gekozen activiteit bestaat niet (meer).';
    }
  }
  return entries;
}

async function freeEditionSlug(db: Q, title: string, now: Date): Promise<string> {
  const base = `${now.toISOString().slice(0, 10)}-${slugify(title)}`.slice(0, 120);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(db, candidate))) return candidate;
  }
}

function entryRows(entries: Entry[]) {
  return entries.map((e) => ({
    kind: e.kind,
    ref: e.ref,
    title: e.title,
    summary: e.summary,
    url: e.url,
    starts_at: e.startsAt,
    place: e.place,
    audiences: JSON.stringify(e.audiences),
    themes: JSON.stringify(e.themes),
    regions: JSON.stringify(e.regions),
  }));
}

function checkEditionInput(input: EditionInput, errors: Record<string, string>): void {
  if (!input.title.trim()) errors.title = 'Geef de nieuwsbrief een titel.';
  else if (input.title.length > 200) errors.title = 'De titel mag hoogstens 200 tekens lang zijn.';
  if (input.intro.length > 5000) errors.intro = 'De inleiding mag hoogstens 5000 tekens lang zijn.';
}

/** Saves a new draft edition (id null) or changes a draft; returns its id. */
export async function saveEdition(db: Db, actor: Actor, id: number | null, input: EditionInput, now = new Date()): Promise<number> {
  const errors: Record<string, string> = {};
  checkEditionInput(input, errors);
  const entries = await buildEntries(db, input, now, errors);
  if (!errors.items && !errors.activities && entries.length === 0) errors.items = 'Kies minstens één item of activiteit.';
  if (Object.keys(errors).length) throw new ValidationError('Niet alles is goed ingevuld.', errors);
  const iso = now.toISOString();
  return inTransaction(db, async (tx) => {
    let editionId = id;
    const before = id === null ? undefined : await getEdition(tx, id);
    if (before && before.status !== 'draft') throw new ValidationError('Een verstuurde nieuwsbrief kun je niet meer wijzigen.');
    const values = { title: input.title.trim(), intro: input.intro.trim(), only_matching: input.onlyMatching ? 1 : 0, updated_at: iso };
    if (editionId === null) {
      editionId = await repo.insertEdition(tx, { ...values, kind: 'edition', slug: await freeEditionSlug(tx, input.title, now), status: 'draft', created_at: iso, sent_at: null });
    } else await repo.updateEdition(tx, editionId, values);
    await repo.replaceEntries(tx, editionId, entryRows(entries));
    const after = { title: values.title, intro: values.intro, onlyMatching: input.onlyMatching, entries: entries.map((e) => `${e.kind}:${e.ref}`) };
    await recordChange(tx, actor, { action: id === null ? 'newsletter.create' : 'newsletter.update', entityType: 'newsletter_edition', entityId: editionId, before: before ? { title: before.title, intro: before.intro } : undefined, after }, now);
    return editionId;
  });
}

export async function getEdition(db: Q, id: number): Promise<Edition> {
  const row = await repo.findEdition(db, id);
  if (!row) throw new NotFoundError('Deze nieuwsbrief bestaat niet.');
  return toEdition(row, await repo.listEntries(db, id));
}

export async function listEditions(db: Q): Promise<(Edition & { counts: SendCounts })[]> {
  const rows = await repo.listEditions(db);
  return Promise.all(rows.map(async (r) => ({ ...toEdition(r, []), counts: await sendCounts(db, r.id) })));
}

/** The public archive: composed editions that went out. */
export async function listArchive(db: Q): Promise<Edition[]> {
  return (await repo.listEditions(db, { kind: 'edition' })).filter((r) => r.status !== 'draft').map((r) => toEdition(r, []));
}

/** The newsletter's pages for the sitemap. */
export async function listSitemapPaths(db: Q): Promise<{ path: string; lastmod?: string }[]> {
  const editions = await listArchive(db);
  return [{ path: '/nieuwsbrief' }, { path: '/nieuwsbrief/archief' }, ...editions.map((e) => ({ path: `/nieuwsbrief/archief/${e.slug}`, lastmod: e.sentAt?.slice(0, 10) }))];
}

export async function getArchivedEdition(db: Q, slug: string): Promise<Edition> {
  const row = await repo.findEditionBySlug(db, slug);
  if (!row || row.kind !== 'edition' || row.status === 'draft') throw new NotFoundError('Deze nieuwsbrief bestaat niet.');
  return toEdition(row, await repo.listEntries(db, row.id));
}

export async function sendCounts(db: Q, editionId: number): Promise<SendCounts> {
  const counts: SendCounts = { pending: 0, sending: 0, sent: 0, failed: 0, unknown: 0, skipped: 0 };
  for (const r of await repo.countSends(db, editionId)) if (r.status in counts) counts[r.status as keyof SendCounts] = r.n;
  return counts;
}

export function listSends(db: Q, editionId: number) {
  return repo.listSends(db, editionId);
}

/** The entries one subscriber gets: all of them, or (only_matching) those that meet their interests. */
export function entriesFor(edition: Pick<Edition, 'onlyMatching' | 'entries'>, interests: Interests): Entry[] {
  return edition.onlyMatching ? edition.entries.filter((e) => entryMatches(e, interests)) : edition.entries;
}

/** The mail as a recipient would get it, for the preview page (links point nowhere real). */
export function previewMail(baseUrl: string, edition: Edition) {
  return editionMail(baseUrl, edition, edition.entries, 'voorbeeld@example.invalid', subscriberLinks(baseUrl, 'voorbeeld'));
}

/** A test to the editor's own address, right away; the links in it do nothing. */
export async function sendTest(db: Db, env: MailEnv, actor: Actor, editionId: number, to: string, now = new Date()): Promise<void> {
  const edition = await getEdition(db, editionId);
  const mail = editionMail(env.baseUrl, edition, edition.entries, to, subscriberLinks(env.baseUrl, 'test'));
  await env.mailer.send({ ...mail, subject: `[Test] ${mail.subject}` });
  await recordChange(db, actor, { action: 'newsletter.test', entityType: 'newsletter_edition', entityId: editionId }, now);
}

/**
 * Starts sending: one pending send row per confirmed subscriber (who has something to read in it),
 * in the same transaction as the status change. The caller then enqueues the send job.
 */
export async function startSending(db: Q, actor: Actor, editionId: number, now = new Date()): Promise<number> {
  return inTransaction(db, async (tx) => {
    const edition = await getEdition(tx, editionId);
    if (edition.status !== 'draft') throw new ValidationError('Deze nieuwsbrief is al verstuurd of wordt verstuurd.');
    const subscribers = (await repo.listConfirmedSubscribers(tx)).map(toSubscriber).filter((s) => entriesFor(edition, s).length > 0);
    await repo.insertSends(tx, editionId, subscribers.map((s) => s.id), now.toISOString());
    await repo.updateEdition(tx, editionId, { status: 'sending', updated_at: now.toISOString() });
    await recordChange(tx, actor, { action: 'newsletter.send', entityType: 'newsletter_edition', entityId: editionId, after: { recipients: subscribers.length } }, now);
    return subscribers.length;
  });
}

export interface SendOptions {
  batchSize: number;
  ratePerMinute: number;
  /** a claimed row older than this (seconds) belonged to a process that died (default 900) */
  staleClaimSeconds?: number;
  /** tries per recipient before giving up (default 3) */
  maxAttempts?: number;
  /** seconds before a failed recipient is tried again (default 60) */
  retryDelaySeconds?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  log?: (entry: { editionId: number; sendId: number; status: string; error?: string }) => void;
}

export interface BatchResult {
  sent: number;
  failed: number;
  retry: number;
  /** rows still pending after this batch */
  remaining: number;
  done: boolean;
}

/**
 * One batch: up to batchSize recipients, one by one at the configured rate. Each row is claimed
 * (in a transaction) before its mail leaves and marked after: if the process dies in between, the
 * row stays 'sending', is reported as 'unknown' once stale, and is never sent again.
 */
export async function sendBatch(db: Db, env: MailEnv, editionId: number, options: SendOptions): Promise<BatchResult> {
  const clock = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxAttempts = options.maxAttempts ?? 3;
  const start = clock();
  const edition = await getEdition(db, editionId);
  await repo.markStaleClaims(db, editionId, new Date(start.getTime() - (options.staleClaimSeconds ?? 900) * 1000).toISOString(), start.toISOString());
  const result: BatchResult = { sent: 0, failed: 0, retry: 0, remaining: 0, done: false };
  const gap = 60_000 / options.ratePerMinute;
  const notBefore = new Date(start.getTime() - (options.retryDelaySeconds ?? 60) * 1000).toISOString();
  for (let i = 0; i < options.batchSize; i++) {
    if (i > 0) await sleep(gap);
    const now = () => clock().toISOString();
    // Each recipient's row is claimed in its own transaction just before the mail goes out, so a
    // crash leaves at most one row whose mail may or may not have left: it is never sent again.
    const [row] = await inTransaction(db, (tx) => repo.claimSends(tx, editionId, 1, now(), notBefore));
    if (!row) break;
    const subscriber = row.subscriber_id === null ? undefined : await repo.findSubscriberById(db, row.subscriber_id);
    if (!subscriber || subscriber.status !== 'confirmed') {
      await repo.markSend(db, row.id, { status: 'skipped', error: 'niet meer ingeschreven' }, now());
      options.log?.({ editionId, sendId: row.id, status: 'skipped' });
      continue;
    }
    const s = toSubscriber(subscriber);
    const entries = entriesFor(edition, s);
    try {
      await env.mailer.send(editionMail(env.baseUrl, edition, entries, s.email, subscriberLinks(env.baseUrl, s.token)));
    } catch (err) {
      const message = String((err as Error).message ?? err).slice(0, 500);
      const giveUp = row.attempts >= maxAttempts;
      await repo.markSend(db, row.id, { status: giveUp ? 'failed' : 'pending', error: message }, now());
      options.log?.({ editionId, sendId: row.id, status: giveUp ? 'failed' : 'retry', error: message });
      if (giveUp) result.failed++;
      else result.retry++;
      continue;
    }
    await repo.markSend(db, row.id, { status: 'sent', sent_at: now(), error: null }, now());
    options.log?.({ editionId, sendId: row.id, status: 'sent' });
    result.sent++;
  }
  const counts = await sendCounts(db, editionId);
  result.remaining = counts.pending;
  result.done = counts.pending === 0 && counts.sending === 0;
  if (result.done && edition.status === 'sending') await repo.updateEdition(db, editionId, { status: 'sent', sent_at: clock().toISOString(), updated_at: clock().toISOString() });
  return result;
}

export function editionsToResume(db: Q): Promise<number[]> {
  return repo.editionsWithPendingSends(db);
}

// ---------------------------------------------------------------- digest

/**
 * The digest of what is new: items published and activities added since the previous digest (a
 * week back the first time), as one 'digest' edition that each subscriber gets filtered to their
 * interests. Returns the edition id, or null when nothing is new or nobody would get anything.
 */
export async function createDigest(db: Db, now = new Date()): Promise<number | null> {
  const last = await repo.lastDigest(db);
  const since = last?.created_at ?? new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const pool = await candidates(db, now);
  const items = pool.items.filter((i) => i.publishedAt && i.publishedAt > since && i.publishedAt <= now.toISOString()).map((i) => i.slug);
  const recent = await Promise.all(pool.activities.map(async (a) => ((await events.getActivity(db, a.slug)).updatedAt > since ? a.slug : null)));
  const activities = recent.filter((s): s is string => s !== null);
  if (!items.length && !activities.length) return null;
  const entries = await buildEntries(db, { items, activities }, now, {});
  const title = `Nieuw bij het Expertisepunt Mantelzorg (${new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(now)})`;
  return inTransaction(db, async (tx) => {
    const iso = now.toISOString();
    const id = await repo.insertEdition(tx, { kind: 'digest', slug: `overzicht-${iso.slice(0, 16).replace(/[:T]/g, '-')}`, title, intro: 'Dit is nieuw op de site sinds ons vorige overzicht, gekozen volgens jouw interesses.', status: 'draft', only_matching: 1, created_at: iso, updated_at: iso, sent_at: null });
    await repo.replaceEntries(tx, id, entryRows(entries));
    await startSending(tx, { id: null, label: 'systeem' }, id, now);
    return id;
  });
}

// ---------------------------------------------------------------- personal data

export const newsletterPersonalData: PersonalDataSource = {
  name: 'newsletter',
  async export(db, email) {
    const row = await repo.findSubscriberByEmail(db, normaliseEmail(email));
    if (!row) return null;
    const s = toSubscriber(row);
    return {
      email: s.email,
      status: s.status,
      interests: { audiences: s.audiences, themes: s.themes, region: s.region },
      subscribedAt: s.createdAt,
      confirmedAt: s.confirmedAt,
      mails: await repo.listSendsOfSubscriber(db, s.id),
    };
  },
  async erase(tx, email) {
    const row = await repo.findSubscriberByEmail(tx, normaliseEmail(email));
    return row ? repo.deleteSubscriber(tx, row.id) : 0;
  },
};
