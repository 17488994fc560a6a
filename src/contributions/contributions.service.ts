/**
 * "Doe je mee?": visitors send in information, activities, good practices, organisations and
 * corrections without an account; editors moderate them in /beheer (edit, ask a question, accept into a
 * draft, decline with a reason), and the submitter follows it on a private status link. Personal data
 * (name, email, address) is optional, kept out of the audit log, and erased on request or a set time
 * after the submission was handled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { inTransaction, type Db, type Tx } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import { recordChange, SYSTEM_ACTOR, type Actor } from '../audit/audit.service.js';
import type { Mailer } from '../mail/mail.service.js';
import * as content from '../content/content.service.js';
import * as directory from '../directory/directory.service.js';
import * as events from '../events/events.service.js';
import * as places from '../places/places.service.js';
import { DateTime } from 'luxon';

const { slugify } = directory;
import { normaliseEmail, type PersonalDataSource } from '../privacy/personal-data.js';
import * as repo from './contributions.repository.js';
import type { ContributionRow } from './contributions.table.js';
import {
  CONTRIBUTION_KINDS,
  CONTRIBUTION_STATUSES,
  CORRECTABLE_PATH,
  KIND_INFO,
  STATUS_INFO,
  type AcceptInput,
  type Contribution,
  type ContributionEdit,
  type ContributionInput,
  type ContributionKind,
  type ContributionMessage,
  type ContributionStatus,
  type ContributionStatusView,
  type SpamSignals,
} from './contributions.model.js';

export * from './contributions.model.js';

type Q = Db | Tx;

export interface ContributionEnv {
  mailer: Mailer;
  baseUrl: string;
  dataDir: string;
  /** where a mail that could not be sent is reported (the change itself stands) */
  log?: (message: string, err?: unknown) => void;
}

/** People need a few seconds to fill in a form; a robot posts at once. */
export const MIN_FILL_SECONDS = 3;
export const MAX_TITLE = 300;
export const MAX_BODY = 10_000;
export const MAX_FIELD = 2000;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^https?:\/\/\S+$/;

/** A submission stopped by the spam rules: told why, the form shown again with its input. */
export class SpamError extends AppError {
  constructor(message: string) {
    super('spam_suspected', 400, message);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function contributionUploadsDir(dataDir: string): string {
  return path.join(content.uploadsDir(dataDir), 'contributions');
}

export function statusUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/doe-mee/status/${token}`;
}

function parseDetails(text: string): Record<string, string> {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function toMessage(r: Awaited<ReturnType<typeof repo.listMessages>>[number]): ContributionMessage {
  return { id: r.id, kind: r.kind as ContributionMessage['kind'], body: r.body, authorLabel: r.author_label, mailed: r.mailed === 1, createdAt: r.created_at };
}

function recordUrl(type: string, id: string): string {
  if (type === 'item') return `/beheer/items/${id}`;
  if (type === 'activity') return `/beheer/activiteiten/${id}`;
  if (type === 'service') return `/beheer/aanbod/${id}`;
  return id;
}

async function toContribution(db: Q, row: ContributionRow): Promise<Contribution> {
  const messages = (await repo.listMessages(db, row.id)).map(toMessage);
  return {
    id: row.id,
    kind: row.kind as ContributionKind,
    status: row.status as ContributionStatus,
    title: row.title,
    body: row.body,
    details: parseDetails(row.details),
    file: row.file_stored_name ? { name: row.file_name ?? 'bestand', type: row.file_type ?? '', size: row.file_size ?? 0 } : null,
    name: row.name,
    email: row.email,
    ip: row.ip,
    contactErasedAt: row.contact_erased_at,
    record: row.record_type && row.record_id ? { type: row.record_type, id: row.record_id, url: recordUrl(row.record_type, row.record_id) } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    handledAt: row.handled_at,
    messages,
  };
}

/**
 * What the audit log keeps of a submission: its content and state, never the submitter's name,
 * email or address (those are erased later; the log is not).
 */
function auditView(row: Pick<ContributionRow, 'kind' | 'status' | 'title' | 'body' | 'details' | 'record_type' | 'record_id'>) {
  return { kind: row.kind, status: row.status, title: row.title, body: row.body, details: parseDetails(row.details), record: row.record_type ? `${row.record_type}:${row.record_id}` : null };
}

// ---- checking what comes in ----

function checkSpam(spam: SpamSignals): void {
  if (spam.honeypot.trim() !== '') {
    throw new SpamError('We hebben je bijdrage niet bewaard: een verborgen veld dat alleen computerprogramma’s invullen, was ingevuld. Ben je een mens? Laat het veld “Laat dit veld leeg” leeg en verstuur opnieuw.');
  }
  if (spam.formAgeSeconds === null || spam.formAgeSeconds < MIN_FILL_SECONDS) {
    throw new SpamError(`We hebben je bijdrage niet bewaard: het formulier werd sneller verstuurd dan een mens kan typen (binnen ${MIN_FILL_SECONDS} seconden). Kijk je tekst na en verstuur opnieuw.`);
  }
}

function checkKindFields(kind: ContributionKind, details: Record<string, string>, fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of KIND_INFO[kind].fields) {
    const value = (details[f.key] ?? '').trim();
    if (!value) continue;
    if (value.length > MAX_FIELD) fields[`d_${f.key}`] = `Hoogstens ${MAX_FIELD} tekens.`;
    else if (f.type === 'url' && !URL_RE.test(value)) fields[`d_${f.key}`] = 'Een link begint met http:// of https://.';
    else if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) fields[`d_${f.key}`] = 'Geef een datum, bijvoorbeeld 2026-12-15.';
    else if (f.type === 'time' && !/^\d{2}:\d{2}$/.test(value)) fields[`d_${f.key}`] = 'Geef een uur, bijvoorbeeld 19:30.';
    else if (f.options && !f.options.some((o) => o.value === value)) fields[`d_${f.key}`] = 'Kies een van de mogelijkheden.';
    out[f.key] = value;
  }
  return out;
}

function checkInput(input: ContributionInput): { details: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (!CONTRIBUTION_KINDS.includes(input.kind)) throw new AppError('invalid_kind', 400, 'Onbekende soort bijdrage.');
  const info = KIND_INFO[input.kind];
  if (!input.title.trim()) fields.title = `Vul “${info.titleLabel}” in.`;
  else if (input.title.length > MAX_TITLE) fields.title = `Hoogstens ${MAX_TITLE} tekens.`;
  if (!input.body.trim()) fields.body = `Vul “${info.bodyLabel}” in.`;
  else if (input.body.length > MAX_BODY) fields.body = `Hoogstens ${MAX_BODY} tekens.`;
  const details = checkKindFields(input.kind, input.details, fields);
  if (input.kind === 'correction') {
    const about = (input.details.aboutPath ?? '').trim();
    if (about && !CORRECTABLE_PATH.test(about)) fields.body = 'We weten niet over welke pagina dit gaat. Open het formulier via de link “Klopt er iets niet?” op die pagina.';
    if (about) {
      details.aboutPath = about;
      details.aboutTitle = (input.details.aboutTitle ?? '').trim().slice(0, MAX_TITLE);
    }
  }
  if (input.name.length > 200) fields.name = 'Hoogstens 200 tekens.';
  const email = input.email.trim();
  if (email && (email.length > 254 || !EMAIL_RE.test(email))) fields.email = 'Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.be.';
  if ((email || input.name.trim()) && !input.consent) fields.consent = 'Vink aan dat we je naam en e-mailadres mogen bewaren, of laat ze leeg.';
  if (input.file?.truncated) fields.file = 'Dit bestand is te groot.';
  if (input.file && input.kind !== 'info') fields.file = 'Bij dit formulier kan je geen bestand meesturen.';
  if (Object.keys(fields).length) throw new ValidationError('Een paar velden kloppen nog niet.', fields);
  return { details };
}

// ---- mail ----

async function mailSubmitter(db: Q, env: ContributionEnv, row: ContributionRow, token: string | null, message: { subject: string; lines: string[] }, messageId?: number): Promise<boolean> {
  if (!row.email) return false;
  const link = token ? statusUrl(env.baseUrl, token) : null;
  const text = [
    row.name ? `Beste ${row.name},` : 'Beste,',
    '',
    ...message.lines,
    '',
    ...(link ? ['Volg je bijdrage op deze persoonlijke link (geef hem aan niemand door):', link, ''] : ['Je vindt alles ook op de persoonlijke link uit onze eerste mail.', '']),
    'Vriendelijke groet,',
    'De redactie van het Expertisepunt Mantelzorg',
    '',
    `Waarom krijg je deze mail? Je stuurde op ${env.baseUrl}/doe-mee een bijdrage in en gaf dit e-mailadres op. Wat we bewaren en hoe lang: ${env.baseUrl}/privacy`,
  ].join('\n');
  try {
    await env.mailer.send({ to: row.email, subject: message.subject, text });
    if (messageId) await repo.markMessageMailed(db, messageId);
    return true;
  } catch (err) {
    env.log?.(`contribution ${row.id}: mail "${message.subject}" could not be sent`, err);
    return false;
  }
}

// ---- the public side ----

/**
 * Saves a submission in one transaction (the file, if any, is written first and removed again if the
 * save fails), then mails the status link when an email was given. Returns the private status token.
 */
export async function submitContribution(
  db: Q,
  env: ContributionEnv,
  input: ContributionInput,
  meta: { ip: string | null; spam: SpamSignals },
  now = new Date(),
): Promise<{ id: number; token: string; mailed: boolean }> {
  checkSpam(meta.spam);
  const { details } = checkInput(input);
  const stored = input.file && input.file.data.length > 0 ? await content.storeUpload(contributionUploadsDir(env.dataDir), input.file.name, input.file.data) : null;
  const token = randomBytes(24).toString('base64url');
  const nowIso = now.toISOString();
  const withContact = Boolean(input.email.trim() || input.name.trim());
  let id: number;
  try {
    id = await inTransaction(db, (tx) =>
      repo.insertContribution(tx, {
        kind: input.kind,
        status: 'new',
        title: input.title.trim(),
        body: input.body.replace(/\r\n/g, '\n').trim(),
        details: JSON.stringify(details),
        file_name: stored?.fileName ?? null,
        file_stored_name: stored?.storedName ?? null,
        file_type: stored?.contentType ?? null,
        file_size: stored?.size ?? null,
        name: withContact && input.name.trim() ? input.name.trim() : null,
        email: withContact && input.email.trim() ? input.email.trim() : null,
        ip: meta.ip,
        contact_erased_at: null,
        token_hash: hashToken(token),
        record_type: null,
        record_id: null,
        created_at: nowIso,
        updated_at: nowIso,
        handled_at: null,
      }),
    );
  } catch (err) {
    if (stored) fs.rmSync(stored.file, { force: true });
    throw err;
  }
  const row = (await repo.findContribution(db, id))!;
  const mailed = await mailSubmitter(db, env, row, token, {
    subject: 'We ontvingen je bijdrage',
    lines: [`Dank je wel voor je bijdrage “${row.title}”.`, 'Een redacteur bekijkt ze zo snel mogelijk. Je krijgt een mail als er een vraag is of als we beslist hebben.'],
  });
  return { id, token, mailed };
}

/** The status page of a private link: what it is, where it stands, and the editors' messages. */
export async function getStatusByToken(db: Q, token: string): Promise<ContributionStatusView> {
  const row = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await repo.findContributionByTokenHash(db, hashToken(token)) : undefined;
  if (!row) throw new NotFoundError('contribution_not_found', 'Deze link kennen we niet. Kijk na of je de volledige link uit je mail gebruikte.');
  const c = await toContribution(db, row);
  return { kind: c.kind, title: c.title, status: c.status, createdAt: c.createdAt, handledAt: c.handledAt, messages: c.messages };
}

/**
 * The submitter answers an editor's question on the status page: the answer is kept with the
 * submission, which goes back to the editors' queue as new.
 */
export async function replyToQuestion(db: Q, token: string, text: string, now = new Date()): Promise<void> {
  const body = checkMessage(text, 'reply', 'je antwoord');
  await inTransaction(db, async (tx) => {
    const row = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await repo.findContributionByTokenHash(tx, hashToken(token)) : undefined;
    if (!row) throw new NotFoundError('contribution_not_found', 'Deze link kennen we niet.');
    if (row.status !== 'question') throw new AppError('no_question', 409, 'Er staat geen vraag open over deze bijdrage.');
    await repo.insertMessage(tx, { contribution_id: row.id, kind: 'reply', body, author_label: 'De indiener', mailed: 0, created_at: now.toISOString() });
    await repo.updateContribution(tx, row.id, { status: 'new', updated_at: now.toISOString() });
  });
}

// ---- moderation ----

export async function listQueue(db: Q, filter: { status?: ContributionStatus; page?: number } = {}) {
  const status = filter.status ?? 'new';
  const pageSize = 50;
  const page = Math.max(filter.page ?? 1, 1);
  const counts = await repo.countByStatus(db);
  const rows = await repo.listContributions(db, { status, limit: pageSize, offset: (page - 1) * pageSize });
  const total = counts.get(status) ?? 0;
  return {
    status,
    counts: Object.fromEntries(CONTRIBUTION_STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<ContributionStatus, number>,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => ({ id: r.id, kind: r.kind as ContributionKind, status: r.status as ContributionStatus, title: r.title, createdAt: r.created_at, handledAt: r.handled_at, hasEmail: r.email !== null })),
  };
}

async function findRow(db: Q, id: number): Promise<ContributionRow> {
  const row = await repo.findContribution(db, id);
  if (!row) throw new NotFoundError('contribution_not_found', 'Deze bijdrage bestaat niet (meer).');
  return row;
}

export async function getContribution(db: Q, id: number): Promise<Contribution> {
  return toContribution(db, await findRow(db, id));
}

/** The uploaded file of a submission, for editors only. */
export async function getContributionFile(db: Q, id: number, options: { dataDir: string }): Promise<{ path: string; name: string; type: string }> {
  const row = await findRow(db, id);
  if (!row.file_stored_name) throw new NotFoundError('file_not_found', 'Deze bijdrage heeft geen bestand.');
  return { path: path.join(contributionUploadsDir(options.dataDir), row.file_stored_name), name: row.file_name ?? 'bestand', type: row.file_type ?? 'application/octet-stream' };
}

function openOnly(row: ContributionRow): void {
  if (row.status === 'accepted' || row.status === 'declined') {
    throw new AppError('contribution_handled', 409, `Over deze bijdrage is al beslist (${STATUS_INFO[row.status as ContributionStatus].label.toLowerCase()}).`);
  }
}

/** An editor tidies a submission before deciding (spelling, a missing field). */
export async function editContribution(db: Q, actor: Actor, id: number, edit: ContributionEdit, now = new Date()): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await findRow(tx, id);
    openOnly(row);
    const input: ContributionInput = { kind: row.kind as ContributionKind, title: edit.title, body: edit.body, details: { ...parseDetails(row.details), ...edit.details }, name: '', email: '', consent: true };
    const { details } = checkInput(input);
    const set = { title: edit.title.trim(), body: edit.body.replace(/\r\n/g, '\n').trim(), details: JSON.stringify(details), updated_at: now.toISOString() };
    await repo.updateContribution(tx, id, set);
    await recordChange(tx, actor, { action: 'contribution.update', entityType: 'contribution', entityId: id, before: auditView(row), after: auditView({ ...row, ...set }) }, now);
  });
}

function checkMessage(text: string, field: string, what: string): string {
  const t = text.replace(/\r\n/g, '\n').trim();
  if (!t) throw new ValidationError(`Schrijf ${what}.`, { [field]: `Schrijf ${what}.` });
  if (t.length > 5000) throw new ValidationError('Dit bericht is te lang.', { [field]: 'Hoogstens 5000 tekens.' });
  return t;
}

/** Asks the submitter a question by mail; the question is kept on the submission and shown on the status page. */
export async function askQuestion(db: Q, env: ContributionEnv, actor: Actor, id: number, question: string, now = new Date()): Promise<{ mailed: boolean }> {
  const body = checkMessage(question, 'question', 'je vraag');
  const { row, messageId } = await inTransaction(db, async (tx) => {
    const row = await findRow(tx, id);
    openOnly(row);
    if (!row.email) throw new ValidationError('Deze indiener gaf geen e-mailadres.', { question: 'We kunnen geen vraag mailen: de indiener gaf geen e-mailadres.' });
    const messageId = await repo.insertMessage(tx, { contribution_id: id, kind: 'question', body, author_label: 'De redactie', mailed: 0, created_at: now.toISOString() });
    await repo.updateContribution(tx, id, { status: 'question', updated_at: now.toISOString() });
    await recordChange(tx, actor, { action: 'contribution.question', entityType: 'contribution', entityId: id, before: { status: row.status }, after: { status: 'question', question: body } }, now);
    return { row, messageId };
  });
  const mailed = await mailSubmitter(db, env, row, null, { subject: 'Een vraag over je bijdrage', lines: [`We hebben een vraag over je bijdrage “${row.title}”:`, '', body, '', 'Je kan antwoorden op de persoonlijke pagina van je bijdrage: gebruik de link uit onze eerste mail.'] }, messageId);
  return { mailed };
}

/** The draft item an accepted submission becomes: its text and the kind's fields (text the item type has no field for goes in the body). */
function draftOf(row: ContributionRow, input: AcceptInput): content.ItemEdit {
  const details = parseDetails(row.details);
  const kind = row.kind as ContributionKind;
  const type = input.itemType as content.ItemType;
  const itemDetails: Record<string, unknown> = {};
  for (const f of content.DETAIL_FIELDS[type] ?? []) if (details[f.key]) itemDetails[f.key] = details[f.key];
  const lines = [row.body];
  // Fields the item type has no place for are written into the text, so nothing is lost.
  const extra = KIND_INFO[kind].fields.filter((f) => details[f.key] && !(f.key in itemDetails) && f.key !== 'itemType');
  if (extra.length) lines.push('', ...extra.map((f) => `- **${f.label}:** ${details[f.key]}`));
  const link = details.link || details.website;
  return {
    type,
    slug: input.slug.trim(),
    title: input.title,
    summary: input.summary,
    body: lines.join('\n'),
    details: itemDetails,
    audiences: input.audiences,
    themes: input.themes,
    sources: link && URL_RE.test(link) ? [{ title: link, url: link }] : [],
    reviewBy: null,
  };
}

/** The item type an accepted submission becomes by default. */
export function defaultItemType(c: Pick<Contribution, 'kind' | 'details'>): content.ItemType {
  if (c.kind === 'practice') return 'practice';
  if (c.kind === 'info' && content.isItemType(c.details.itemType ?? '')) return c.details.itemType as content.ItemType;
  return 'article';
}

/** Whether a kind becomes a draft activity or service rather than an item. */
export function acceptsInto(kind: ContributionKind): 'item' | 'activity' | 'service' | 'page' {
  return kind === 'activity' ? 'activity' : kind === 'listing' ? 'service' : kind === 'correction' ? 'page' : 'item';
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^\d{2}:\d{2}$/;

/**
 * The draft activity a suggested one becomes: title, summary, text, date and hour, place, organiser
 * and link as far as the visitor gave them. Without a date it is put on the day of accepting (all day)
 * and without an hour it lasts the whole day: the editor sets both before publishing.
 */
async function draftActivityOf(db: Q, row: ContributionRow, input: AcceptInput, now: Date): Promise<events.ActivityInput> {
  const d = parseDetails(row.details);
  const zone = events.HOME_ZONE;
  const date = d.date && DATE_RE.test(d.date) && DateTime.fromISO(d.date, { zone }).isValid ? d.date : DateTime.fromJSDate(now, { zone }).toISODate()!;
  const time = d.time && TIME_RE.test(d.time) ? d.time : null;
  let startLocal = date;
  let endLocal = date;
  if (time) {
    const start = DateTime.fromISO(`${date}T${time}`, { zone });
    // Two hours, within the same day.
    const end = DateTime.min(start.plus({ hours: 2 }), start.endOf('day').startOf('minute'));
    startLocal = `${date}T${time}`;
    endLocal = end.toFormat("yyyy-LL-dd'T'HH:mm");
  }
  const link = d.link && URL_RE.test(d.link) ? d.link : null;
  const where = (d.place ?? '').trim();
  const online = /^online$/i.test(where) || URL_RE.test(where);
  let place: events.ActivityInput['place'] = null;
  if (where && !online) {
    const postcode = /\b([1-9]\d{3})\b/.exec(where)?.[1];
    const match = postcode ? await places.resolvePlace(db, postcode) : undefined;
    place = { venue: where.slice(0, 300), postcode: match?.kind === 'postcode' ? postcode : null };
  }
  return {
    slug: input.slug.trim() || slugify(input.title),
    kind: 'info_session',
    title: input.title,
    summary: input.summary,
    description: row.body,
    organiser: (d.organiser ?? '').trim().slice(0, 300) || 'Nog aan te vullen',
    place,
    onlineUrl: online ? (URL_RE.test(where) ? where : link) : null,
    allDay: !time,
    startLocal,
    endLocal,
    infoUrl: link,
    audiences: input.audiences,
    source: 'editor',
    draft: true,
  };
}

/** The accept form's starting values. */
export function acceptDefaults(c: Contribution): AcceptInput {
  return { itemType: defaultItemType(c), organisationId: '', slug: slugify(c.title), title: c.title, summary: c.body.split(/\n\s*\n/)[0]!.slice(0, 300), audiences: c.kind === 'activity' ? ['mantelzorgers'] : [], themes: [] };
}

/**
 * Accepts a submission. Information, tips, publications and practices become a draft item, an activity
 * a draft activity, a listing a draft service (of the organisation the editor chose, or of a new draft
 * organisation), each prefilled and linked to the submission; a correction is marked as handled and
 * linked to its page. Drafts are on no public channel until an editor publishes them. All in one
 * transaction; the submitter is mailed afterwards.
 */
export async function acceptContribution(db: Q, env: ContributionEnv, actor: Actor, id: number, input: AcceptInput | null, now = new Date()): Promise<{ record: { type: string; id: string } | null; mailed: boolean }> {
  const { row, record, messageId } = await inTransaction(db, async (tx) => {
    const row = await findRow(tx, id);
    openOnly(row);
    let record: { type: string; id: string } | null = null;
    if (row.kind === 'correction') {
      const about = parseDetails(row.details).aboutPath;
      if (about) record = { type: 'page', id: about };
    } else if (row.kind === 'activity' || row.kind === 'listing') {
      if (!input) throw new ValidationError('Vul de gegevens in.');
      if (!input.title.trim()) throw new ValidationError('Geef een titel.', { title: 'Geef een titel.' });
      if (row.kind === 'activity') {
        const { id: activityId } = await events.saveActivity(tx, await draftActivityOf(tx, row, input, now), now);
        await recordChange(tx, actor, { action: 'activity.create', entityType: 'activity', entityId: activityId, after: { title: input.title.trim(), draft: true, contribution: row.id } }, now);
        record = { type: 'activity', id: String(activityId) };
      } else {
        const d = parseDetails(row.details);
        const { serviceId } = await directory.createDraftListing(
          tx,
          actor,
          { organisationId: input.organisationId || null, organisationName: input.title, name: input.title, description: row.body.startsWith(input.summary.trim()) ? row.body : [input.summary.trim(), row.body].filter(Boolean).join('\n\n'), website: d.website || null, phone: d.phone || null, email: null, area: d.municipality || null, address: d.address || null, sourceTitle: `Voorstel van een bezoeker (bijdrage ${row.id})` },
          now,
        );
        record = { type: 'service', id: serviceId };
      }
    } else {
      if (!input) throw new ValidationError('Vul de gegevens van het nieuwe item in.');
      if (!content.isItemType(input.itemType)) throw new ValidationError('Kies een soort item.', { itemType: 'Kies een soort item.' });
      const itemId = await content.createDraft(tx, actor, draftOf(row, input), now);
      if (row.file_stored_name && content.TYPES_WITH_ATTACHMENTS.includes(input.itemType as content.ItemType)) {
        const data = fs.readFileSync(path.join(contributionUploadsDir(env.dataDir), row.file_stored_name));
        await content.addAttachment(tx, actor, { itemId, fileName: row.file_name ?? 'bestand', title: row.file_name ?? '', data }, { dataDir: env.dataDir }, now);
      }
      record = { type: 'item', id: String(itemId) };
    }
    const set = { status: 'accepted', handled_at: now.toISOString(), updated_at: now.toISOString(), record_type: record?.type ?? null, record_id: record?.id ?? null };
    await repo.updateContribution(tx, id, set);
    const messageId = await repo.insertMessage(tx, { contribution_id: id, kind: 'accepted', body: 'We gebruiken je bijdrage. Een redacteur werkt ze af voor ze op de site verschijnt.', author_label: 'De redactie', mailed: 0, created_at: now.toISOString() });
    await recordChange(tx, actor, { action: 'contribution.accept', entityType: 'contribution', entityId: id, before: auditView(row), after: auditView({ ...row, ...set }) }, now);
    return { row, record, messageId };
  });
  const mailed = await mailSubmitter(db, env, row, null, { subject: 'Je bijdrage is aanvaard', lines: [`Goed nieuws: we gebruiken je bijdrage “${row.title}”.`, 'Een redacteur werkt ze nog af voor ze op de site verschijnt. Dank je wel om mee te doen!'] }, messageId);
  return { record, mailed };
}

/** Declines a submission with a reason, which the submitter reads in the mail and on the status page. */
export async function declineContribution(db: Q, env: ContributionEnv, actor: Actor, id: number, reason: string, now = new Date()): Promise<{ mailed: boolean }> {
  const body = checkMessage(reason, 'reason', 'waarom je de bijdrage niet opneemt');
  const { row, messageId } = await inTransaction(db, async (tx) => {
    const row = await findRow(tx, id);
    openOnly(row);
    const set = { status: 'declined', handled_at: now.toISOString(), updated_at: now.toISOString() };
    await repo.updateContribution(tx, id, set);
    const messageId = await repo.insertMessage(tx, { contribution_id: id, kind: 'declined', body, author_label: 'De redactie', mailed: 0, created_at: now.toISOString() });
    await recordChange(tx, actor, { action: 'contribution.decline', entityType: 'contribution', entityId: id, before: auditView(row), after: { ...auditView({ ...row, ...set }), reason: body } }, now);
    return { row, messageId };
  });
  const mailed = await mailSubmitter(db, env, row, null, { subject: 'Je bijdrage is niet opgenomen', lines: [`Dank je wel voor je bijdrage “${row.title}”. We nemen ze niet op, om deze reden:`, '', body] }, messageId);
  return { mailed };
}

// ---- personal data ----

/**
 * Removes name, email and address from submissions handled at least `days` days ago (the scheduled job).
 * The audit entry holds only the count.
 */
export async function forgetOldContacts(db: Q, days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return inTransaction(db, async (tx) => {
    const n = await repo.eraseContactHandledBefore(tx, cutoff, now.toISOString());
    if (n > 0) await recordChange(tx, SYSTEM_ACTOR, { action: 'contribution.forget-contacts', entityType: 'contribution', after: { erased: n, handledBefore: cutoff } }, now);
    return n;
  });
}

export const contributionsPersonalData: PersonalDataSource = {
  name: 'contributions',
  async export(db, email) {
    const rows = await repo.listByEmail(db, normaliseEmail(email));
    return Promise.all(
      rows.map(async (row) => {
        const c = await toContribution(db, row);
        return { id: c.id, kind: c.kind, status: c.status, title: c.title, body: c.body, details: c.details, name: c.name, email: c.email, ip: c.ip, createdAt: c.createdAt, handledAt: c.handledAt, messages: c.messages.map((m) => ({ kind: m.kind, body: m.body, createdAt: m.createdAt })) };
      }),
    );
  },
  async erase(tx, email) {
    const n = await repo.eraseContactByEmail(tx, normaliseEmail(email), new Date().toISOString());
    if (n > 0) await recordChange(tx, SYSTEM_ACTOR, { action: 'contribution.erase-contact', entityType: 'contribution', after: { erased: n } });
    return n;
  },
};
