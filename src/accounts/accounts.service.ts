/**
 * Accounts of the back office: users and roles, scrypt passwords, sessions kept in the database
 * (only a hash of each token), invitations and password resets by single-use mailed links, and a
 * lockout after repeated failed sign-ins with a notice to the user.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './passwords.js';
import { inTransaction, type Db, type Tx } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import type { Mailer } from '../mail/mail.service.js';
import { recordChange, SYSTEM_ACTOR, type Actor } from '../audit/audit.service.js';
import * as repo from './accounts.repository.js';
import type { UserRow } from './accounts.table.js';
import { ROLES, type Role, type User } from './accounts.model.js';

export * from './accounts.model.js';

type Q = Db | Tx;

/** What the service needs to send mail with links back to the site. */
export interface AccountsEnv {
  mailer: Mailer;
  baseUrl: string;
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
export const INVITE_DAYS = 7;
export const RESET_MINUTES = 60;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export { hashPassword };

// Verifying against a fixed hash when the e-mail is unknown keeps the answer time the same.
let dummyHash: Promise<string> | undefined;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    organisationId: row.organisation_id,
    disabled: row.disabled === 1,
    hasPassword: row.password_hash !== null,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
  };
}

export function actorOf(user: Pick<User, 'id' | 'name' | 'email'>): Actor {
  return { id: user.id, label: `${user.name} <${user.email}>` };
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function auditView(u: User) {
  return { email: u.email, name: u.name, role: u.role, organisationId: u.organisationId, disabled: u.disabled };
}

export function checkPassword(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Een wachtwoord is hoogstens ${MAX_PASSWORD_LENGTH} tekens lang.`;
  return undefined;
}

export async function listUsers(db: Q): Promise<User[]> {
  return (await repo.listUsers(db)).map(toUser);
}

export async function getUser(db: Q, id: number): Promise<User> {
  const row = await repo.findUserById(db, id);
  if (!row) throw new NotFoundError('user_not_found', 'Deze gebruiker bestaat niet.');
  return toUser(row);
}

export async function findUserByEmail(db: Q, email: string): Promise<User | undefined> {
  const row = await repo.findUserByEmail(db, normaliseEmail(email));
  return row ? toUser(row) : undefined;
}

export interface NewUserInput {
  email: string;
  name?: string;
  role: string;
  organisationId?: string | null;
  /** set now (command line); without it the user gets an invitation by mail */
  password?: string;
}

/** Creates a user with a password, or sends an invitation link to choose one. */
export async function createUser(db: Q, env: AccountsEnv, actor: Actor, input: NewUserInput, now = new Date()): Promise<User> {
  const email = normaliseEmail(input.email);
  const fields: Record<string, string> = {};
  if (!EMAIL_RE.test(email) || email.length > 254) fields.email = 'Geef een geldig e-mailadres.';
  if (!ROLES.includes(input.role as Role)) fields.role = 'Kies een rol: admin, editor of partner.';
  const name = (input.name ?? '').trim() || email.split('@')[0]!;
  if (name.length > 200) fields.name = 'Een naam is hoogstens 200 tekens lang.';
  if (input.password !== undefined) {
    const problem = checkPassword(input.password);
    if (problem) fields.password = problem;
  }
  if (Object.keys(fields).length) throw new ValidationError('De gegevens van de gebruiker kloppen niet.', fields);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  let inviteToken: string | undefined;
  const user = await inTransaction(db, async (tx) => {
    if (await repo.findUserByEmail(tx, email)) throw new ValidationError('Dit e-mailadres heeft al een account.', { email: 'Dit e-mailadres heeft al een account.' });
    const id = await repo.insertUser(tx, { email, name, role: input.role, organisation_id: input.role === 'partner' ? (input.organisationId ?? null) : null, created_at: now.toISOString() });
    if (passwordHash) await repo.updateUser(tx, id, { password_hash: passwordHash });
    else inviteToken = await issueToken(tx, id, 'invite', INVITE_DAYS * 24 * 60, now);
    const created = toUser((await repo.findUserById(tx, id))!);
    await recordChange(tx, actor, { action: passwordHash ? 'user.create' : 'user.invite', entityType: 'user', entityId: id, after: auditView(created) }, now);
    return created;
  });
  if (inviteToken) {
    await env.mailer.send({
      to: email,
      subject: 'Je account voor Expertisepunt Mantelzorg',
      text:
        `Dag ${name},\n\n${actor === SYSTEM_ACTOR || actor.id === null ? 'Er is' : `${actor.label.replace(/ <.*$/, '')} heeft`} een account voor je gemaakt in het beheer van Expertisepunt Mantelzorg.\n\n` +
        `Kies je wachtwoord via deze link (hij werkt ${INVITE_DAYS} dagen en één keer):\n${env.baseUrl}/beheer/wachtwoord/${inviteToken}\n\n` +
        `Verwachtte je deze mail niet? Dan mag je hem negeren.\n`,
    });
  }
  return user;
}

async function issueToken(db: Q, userId: number, purpose: 'invite' | 'reset', minutes: number, now: Date): Promise<string> {
  const token = newToken();
  await repo.insertAuthToken(db, {
    token_hash: hashToken(token),
    user_id: userId,
    purpose,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + minutes * 60_000).toISOString(),
  });
  return token;
}

/** `organisationId` (a partner's directory organisation) is kept only for partners; other roles have none. */
export async function updateUser(db: Q, actor: Actor, id: number, input: { name?: string; role?: string; disabled?: boolean; organisationId?: string | null }, now = new Date()): Promise<User> {
  if (input.role !== undefined && !ROLES.includes(input.role as Role)) throw new ValidationError('Onbekende rol.', { role: 'Kies een rol.' });
  if (input.name !== undefined && (!input.name.trim() || input.name.length > 200)) throw new ValidationError('Geef een naam.', { name: 'Geef een naam (hoogstens 200 tekens).' });
  return inTransaction(db, async (tx) => {
    const before = await getUser(tx, id);
    if (actor.id === id && (input.disabled || (input.role && input.role !== before.role))) {
      throw new AppError('cannot_change_self', 400, 'Je kan je eigen rol niet wijzigen of je eigen account niet uitschakelen.');
    }
    await repo.updateUser(tx, id, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled ? 1 : 0 } : {}),
      ...(input.organisationId !== undefined || (input.role && input.role !== 'partner') ? { organisation_id: (input.role ?? before.role) === 'partner' ? (input.organisationId ?? null) : null } : {}),
      updated_at: now.toISOString(),
    });
    // A disabled account or a changed role signs out everywhere.
    if (input.disabled || (input.role && input.role !== before.role)) await repo.deleteSessionsOfUser(tx, id);
    const after = await getUser(tx, id);
    await recordChange(tx, actor, { action: input.disabled && !before.disabled ? 'user.disable' : 'user.update', entityType: 'user', entityId: id, before: auditView(before), after: auditView(after) }, now);
    return after;
  });
}

export async function disableUser(db: Q, actor: Actor, email: string): Promise<User> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError('user_not_found', `Geen gebruiker met e-mailadres ${email}.`);
  return updateUser(db, actor, user.id, { disabled: true });
}

export type LoginResult = { ok: true; user: User; token: string } | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks e-mail and password. After MAX_FAILED_LOGINS wrong passwords in a row the account is locked
 * for LOCKOUT_MINUTES and the user gets a mail; an unknown e-mail gives the same answer as a wrong password.
 * On success a new session is created (and the previous one, if any, ended: rotation).
 */
export async function logIn(
  db: Q,
  env: AccountsEnv,
  input: { email: string; password: string; previousToken?: string; sessionHours: number },
  now = new Date(),
): Promise<LoginResult> {
  const row = await repo.findUserByEmail(db, normaliseEmail(input.email));
  const password = input.password.slice(0, MAX_PASSWORD_LENGTH);
  if (!row || !row.password_hash || row.disabled === 1) {
    dummyHash ??= hashPassword('not a real password');
    await verifyPassword(await dummyHash, password);
    return { ok: false, reason: 'invalid' };
  }
  if (row.locked_until && row.locked_until > now.toISOString()) return { ok: false, reason: 'locked' };
  const good = await verifyPassword(row.password_hash, password);
  if (!good) {
    const failures = row.failed_logins + 1;
    if (failures >= MAX_FAILED_LOGINS) {
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
      await repo.updateUser(db, row.id, { failed_logins: 0, locked_until: lockedUntil });
      await recordChange(db, SYSTEM_ACTOR, { action: 'user.lock', entityType: 'user', entityId: row.id, after: { lockedUntil } }, now);
      await env.mailer.send({
        to: row.email,
        subject: 'Je account is tijdelijk vergrendeld',
        text:
          `Dag ${row.name},\n\nIemand probeerde ${MAX_FAILED_LOGINS} keer na elkaar aan te melden op je account met een fout wachtwoord. ` +
          `Daarom is je account ${LOCKOUT_MINUTES} minuten vergrendeld.\n\nWas jij dat niet? Kies dan een nieuw wachtwoord:\n${env.baseUrl}/beheer/wachtwoord-vergeten\n`,
      });
      return { ok: false, reason: 'locked' };
    }
    await repo.updateUser(db, row.id, { failed_logins: failures });
    return { ok: false, reason: 'invalid' };
  }
  const token = newToken();
  await inTransaction(db, async (tx) => {
    if (input.previousToken) await repo.deleteSession(tx, hashToken(input.previousToken));
    await repo.updateUser(tx, row.id, { failed_logins: 0, locked_until: null });
    await repo.insertSession(tx, {
      token_hash: hashToken(token),
      user_id: row.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + input.sessionHours * 3_600_000).toISOString(),
    });
    await repo.deleteExpiredSessions(tx, now.toISOString());
  });
  return { ok: true, user: toUser(row), token };
}

/** The user of a session token, or undefined when it is unknown, expired or the account is disabled. */
export async function userForSession(db: Q, token: string, now = new Date()): Promise<User | undefined> {
  if (!token || token.length > 100) return undefined;
  const row = await repo.findSessionWithUser(db, hashToken(token));
  if (!row || row.expires_at <= now.toISOString() || row.disabled === 1) return undefined;
  return toUser(row);
}

export async function logOut(db: Q, token: string): Promise<void> {
  await repo.deleteSession(db, hashToken(token));
}

/** Ends every session of the user, on every device. */
export async function logOutEverywhere(db: Q, userId: number): Promise<number> {
  return repo.deleteSessionsOfUser(db, userId);
}

/** Mails a reset link when the address has an active account; says nothing either way. */
export async function requestPasswordReset(db: Q, env: AccountsEnv, email: string, now = new Date()): Promise<void> {
  const row = await repo.findUserByEmail(db, normaliseEmail(email));
  if (!row || row.disabled === 1) return;
  const token = await issueToken(db, row.id, 'reset', RESET_MINUTES, now);
  await env.mailer.send({
    to: row.email,
    subject: 'Een nieuw wachtwoord kiezen',
    text:
      `Dag ${row.name},\n\nJe vroeg een nieuw wachtwoord voor het beheer van Expertisepunt Mantelzorg. Kies het via deze link ` +
      `(hij werkt ${RESET_MINUTES} minuten en één keer):\n${env.baseUrl}/beheer/wachtwoord/${token}\n\nVroeg je niets? Dan mag je deze mail negeren; je wachtwoord blijft hetzelfde.\n`,
  });
}

/** What a password link is for, or undefined when it is unknown, used or expired. */
export async function checkPasswordToken(db: Q, token: string, now = new Date()): Promise<{ purpose: 'invite' | 'reset'; user: User } | undefined> {
  if (!token || token.length > 100) return undefined;
  const row = await repo.findAuthToken(db, hashToken(token));
  if (!row || row.used_at !== null || row.expires_at <= now.toISOString()) return undefined;
  const user = await repo.findUserById(db, row.user_id);
  if (!user || user.disabled === 1) return undefined;
  return { purpose: row.purpose as 'invite' | 'reset', user: toUser(user) };
}

/** Sets the password through an invitation or reset link (once), ends all sessions and unlocks the account. */
export async function setPasswordWithToken(db: Q, token: string, password: string, now = new Date()): Promise<User> {
  const problem = checkPassword(password);
  if (problem) throw new ValidationError('Het wachtwoord is niet goed.', { password: problem });
  const hash = await hashPassword(password);
  return inTransaction(db, async (tx) => {
    const found = await checkPasswordToken(tx, token, now);
    const row = found ? await repo.findAuthToken(tx, hashToken(token)) : undefined;
    if (!found || !row || !(await repo.useAuthToken(tx, row.id, now.toISOString()))) {
      throw new AppError('token_invalid', 400, 'Deze link werkt niet meer. Vraag een nieuwe aan.');
    }
    await repo.updateUser(tx, found.user.id, { password_hash: hash, failed_logins: 0, locked_until: null, updated_at: now.toISOString() });
    await repo.expireAuthTokensOfUser(tx, found.user.id, now.toISOString());
    await repo.deleteSessionsOfUser(tx, found.user.id);
    await recordChange(tx, actorOf(found.user), { action: found.purpose === 'invite' ? 'user.accept_invite' : 'user.reset_password', entityType: 'user', entityId: found.user.id }, now);
    return found.user;
  });
}

/** A secret the app generated once and keeps in the database, so every process signs alike. */
export async function appSecret(db: Q, name: string): Promise<string> {
  const existing = await repo.findSecret(db, name);
  if (existing) return existing.value;
  await repo.insertSecretIfMissing(db, name, randomBytes(32).toString('base64url'));
  return (await repo.findSecret(db, name))!.value;
}
