/**
 * Personal data across features: export everything held about an email address (JSON), and erase
 * it in one transaction over every source (personal-data.sources.ts). The audit entry of an erasure
 * keeps no address, only a keyed hash (HMAC-SHA256 under this installation's own secret), so an admin
 * can later check that a given address was erased but nobody can read it from the log.
 * Mail written to DATA_DIR/outbox (the stand-in for a mail server when SMTP_URL is empty) counts as
 * data we hold: an erasure deletes the .eml files addressed to or mentioning the address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import { ValidationError } from '../errors.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import { appSecret } from '../accounts/accounts.service.js';
import { outboxDir } from '../mail/mail.service.js';
import { normaliseEmail } from './personal-data.js';
import { allPersonalDataSources } from './personal-data.sources.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(input: string): string {
  const email = normaliseEmail(input ?? '');
  if (!email || email.length > 254 || !EMAIL_RE.test(email)) throw new ValidationError('Vul een geldig e-mailadres in.', { email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.' });
  return email;
}

export async function emailHash(db: Db, email: string): Promise<string> {
  // 160 of the HMAC's 256 bits: enough to tell addresses apart, and it fits the audit log's entity id.
  return createHmac('sha256', await appSecret(db, 'privacy')).update(normaliseEmail(email)).digest('hex').slice(0, 40);
}

export interface PersonalDataExport {
  email: string;
  exportedAt: string;
  /** per source: what it holds (null or [] when nothing) */
  sources: Record<string, unknown>;
}

export async function exportPersonalData(db: Db, input: string, now = new Date()): Promise<PersonalDataExport> {
  const email = checkEmail(input);
  const sources: Record<string, unknown> = {};
  for (const source of allPersonalDataSources()) sources[source.name] = await source.export(db, email);
  return { email, exportedAt: now.toISOString(), sources };
}

/** Which sources hold anything (for the admin's look-up page). */
export async function findPersonalData(db: Db, input: string): Promise<{ email: string; found: { name: string; holds: boolean }[] }> {
  const data = await exportPersonalData(db, input);
  const holds = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
  return { email: data.email, found: Object.entries(data.sources).map(([name, v]) => ({ name, holds: holds(v) })) };
}

function eraseOutbox(dataDir: string, email: string): number {
  const dir = outboxDir(dataDir);
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.eml')) continue;
    const file = path.join(dir, name);
    if (fs.readFileSync(file, 'utf8').toLowerCase().includes(email)) {
      fs.rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

export interface ErasureReport {
  /** records touched per source */
  counts: Record<string, number>;
  outboxFiles: number;
  hash: string;
}

/** Erases the address from every source in one transaction, audited by hash only; then from the outbox. */
export async function erasePersonalData(db: Db, actor: Actor, input: string, options: { dataDir?: string } = {}, now = new Date()): Promise<ErasureReport> {
  const email = checkEmail(input);
  const hash = await emailHash(db, email);
  const counts = await inTransaction(db, async (tx) => {
    const counts: Record<string, number> = {};
    for (const source of allPersonalDataSources()) counts[source.name] = await source.erase(tx, email);
    await recordChange(tx, actor, { action: 'privacy.erase', entityType: 'personal_data', entityId: hash, after: { counts } }, now);
    return counts;
  });
  const outboxFiles = options.dataDir ? eraseOutbox(options.dataDir, email) : 0;
  return { counts, outboxFiles, hash };
}
