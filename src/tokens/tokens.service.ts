/**
 * Partner API tokens: an admin (for any organisation) or a partner (for its own) creates a named
 * token for one directory organisation. The secret is shown once and kept only as a SHA-256 hash;
 * a revoked token stays listed. Creation and revocation go to the audit log in the same transaction.
 * A token acts as a partner of its organisation: can() decides what it may write.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '../db/database.js';
import { inTransaction } from '../db/database.js';
import { AppError, NotFoundError, ValidationError } from '../errors.js';
import { can, type User } from '../accounts/accounts.model.js';
import { recordChange, type Actor } from '../audit/audit.service.js';
import * as directory from '../directory/directory.service.js';
import * as repo from './tokens.repository.js';
import type { ApiTokenRow } from './tokens.table.js';

type Q = Db | Tx;

/** Every secret starts with this, so a leaked one is easy to recognise (and to search for). */
export const TOKEN_PREFIX = 'ept_';

export interface ApiToken {
  id: number;
  organisationId: string;
  name: string;
  /** the secret's first characters */
  prefix: string;
  createdBy: number | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** What a valid token lets the API do: write as a partner of its organisation. */
export interface TokenPrincipal {
  token: ApiToken;
  user: Pick<User, 'role' | 'organisationId' | 'disabled'>;
  actor: Actor;
}

export class TokenForbiddenError extends AppError {
  constructor() {
    super('forbidden', 403, 'Je mag alleen sleutels van je eigen organisatie beheren.');
  }
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function toToken(r: ApiTokenRow): ApiToken {
  return { id: r.id, organisationId: r.organisation_id, name: r.name, prefix: r.prefix, createdBy: r.created_by, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at };
}

type Who = { user: Pick<User, 'role' | 'organisationId' | 'disabled'>; actor: Actor };

/** Creates a token; returns it with its secret, which is never shown again. */
export async function createToken(db: Q, who: Who, input: { organisationId: string; name: string }, now = new Date()): Promise<{ token: ApiToken; secret: string }> {
  const fields: Record<string, string> = {};
  const name = input.name.trim();
  if (!name) fields.name = 'Geef de sleutel een naam, bv. "Website agenda".';
  if (name.length > 200) fields.name = 'Een naam is hoogstens 200 tekens lang.';
  if (!input.organisationId) fields.organisationId = 'Kies een organisatie.';
  else if (!can(who.user, 'token.manage', { organisationId: input.organisationId })) throw new TokenForbiddenError();
  else {
    try {
      await directory.getOrganizationById(db, input.organisationId, { drafts: true });
    } catch {
      fields.organisationId = 'Deze organisatie staat niet in de gids.';
    }
  }
  if (Object.keys(fields).length) throw new ValidationError('De sleutel is niet volledig.', fields);
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const at = now.toISOString();
  return inTransaction(db, async (tx) => {
    const id = await repo.insertToken(tx, { organisation_id: input.organisationId, name, token_hash: hashSecret(secret), prefix: secret.slice(0, 10), created_by: who.actor.id, created_at: at });
    const token = toToken((await repo.findTokenById(tx, id))!);
    await recordChange(tx, who.actor, { action: 'token.create', entityType: 'api_token', entityId: id, after: { name, organisationId: input.organisationId, prefix: token.prefix } }, now);
    return { token, secret };
  });
}

export async function revokeToken(db: Q, who: Who, id: number, now = new Date()): Promise<ApiToken> {
  return inTransaction(db, async (tx) => {
    const row = await repo.findTokenById(tx, id);
    if (!row) throw new NotFoundError('token_not_found', 'Deze sleutel bestaat niet.');
    if (!can(who.user, 'token.manage', { organisationId: row.organisation_id })) throw new TokenForbiddenError();
    if (row.revoked_at) return toToken(row);
    await repo.revokeToken(tx, id, now.toISOString());
    await recordChange(tx, who.actor, { action: 'token.revoke', entityType: 'api_token', entityId: id, before: { name: row.name, organisationId: row.organisation_id, prefix: row.prefix } }, now);
    return toToken((await repo.findTokenById(tx, id))!);
  });
}

/** Tokens this user may see: all for an admin (or one organisation's), a partner's own. */
export async function listTokens(db: Q, user: Pick<User, 'role' | 'organisationId' | 'disabled'>, organisationId?: string): Promise<ApiToken[]> {
  if (user.role === 'partner') return user.organisationId ? (await repo.listTokens(db, user.organisationId)).map(toToken) : [];
  if (!can(user, 'token.manage')) throw new TokenForbiddenError();
  return (await repo.listTokens(db, organisationId)).map(toToken);
}

/** The principal for an `Authorization: Bearer <secret>` header, or null for none, an unknown or a revoked token. */
export async function authenticate(db: Q, authorization: string | undefined, now = new Date()): Promise<TokenPrincipal | null> {
  const m = /^Bearer\s+(\S{10,200})\s*$/i.exec(authorization ?? '');
  if (!m) return null;
  const row = await repo.findTokenByHash(db, hashSecret(m[1]!));
  if (!row || row.revoked_at) return null;
  // At most once a minute, so reads of the list stay cheap.
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) await repo.touchToken(db, row.id, now.toISOString());
  const token = toToken(row);
  return { token, user: { role: 'partner', organisationId: token.organisationId, disabled: false }, actor: { id: null, label: `API-sleutel "${token.name}" (#${token.id})` } };
}

// ---------------------------------------------------------------------------------------------
// Services (listings) written through the API, with the directory's own save (which keeps search in step)

/** The directory's service fields a partner may send, plus terms and municipalities by slug and NIS code. */
export type PartnerServiceInput = Pick<directory.ServiceInput, 'name' | 'description'> &
  Partial<Pick<directory.ServiceInput, 'slug' | 'status' | 'url' | 'email' | 'applicationProcess' | 'feesDescription' | 'eligibilityDescription' | 'minimumAge' | 'maximumAge'>> & {
    kinds?: string[];
    audiences?: string[];
    /** NIS codes */
    municipalities?: string[];
  };

function serviceSnapshot(s: directory.Service) {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    status: s.status,
    url: s.url,
    email: s.email,
    organisationId: s.organization.id,
    kinds: s.kinds.map((t) => t.slug),
    audiences: s.audiences.map((t) => t.slug),
    areas: s.areas.map((a) => a.value),
  };
}

/**
 * Creates (id absent) or updates a service of the principal's organisation; 403 for another's.
 * Kinds, audiences and municipalities are added to those the service has (the directory's save
 * never deletes). Audited in the same transaction.
 */
export async function writeService(db: Q, who: Who, id: string | null, input: PartnerServiceInput, now = new Date()): Promise<directory.Service> {
  const organisationId = who.user.organisationId;
  if (!organisationId) throw new TokenForbiddenError();
  const result = await inTransaction(db, async (tx) => {
    let before: directory.Service | undefined;
    if (id) {
      before = await directory.getServiceById(tx, id, { drafts: true });
      if (!can(who.user, 'organisation.edit', { organisationId: before.organization.id })) throw new AppError('forbidden', 403, 'Deze dienst hoort bij een andere organisatie.');
    } else if (!can(who.user, 'organisation.edit', { organisationId })) throw new TokenForbiddenError();
    const organisation = await directory.getOrganizationById(tx, organisationId, { drafts: true });
    const serviceId = id ?? directory.newUuid();
    const fields: Record<string, string> = {};
    if (input.minimumAge != null && input.maximumAge != null && input.minimumAge > input.maximumAge) fields.maximumAge = 'De maximumleeftijd ligt onder de minimumleeftijd.';
    const known = await directory.listTerms(tx);
    for (const k of input.kinds ?? []) if (!known.kinds.some((t) => t.slug === k)) fields.kinds = `Soort "${k}" bestaat niet.`;
    for (const a of input.audiences ?? []) if (!known.audiences.some((t) => t.slug === a)) fields.audiences = `Doelgroep "${a}" bestaat niet.`;
    if (Object.keys(fields).length) throw new ValidationError('De dienst is niet volledig.', fields);
    await directory.saveDirectory(
      tx,
      {
        organizations: [],
        locations: [],
        services: [
          {
            id: serviceId,
            organizationId: before?.organization.id ?? organisationId,
            slug: input.slug ?? before?.slug,
            name: input.name,
            description: input.description,
            status: input.status ?? 'active',
            url: input.url ?? null,
            email: input.email ?? null,
            applicationProcess: input.applicationProcess ?? null,
            feesDescription: input.feesDescription ?? null,
            eligibilityDescription: input.eligibilityDescription ?? null,
            minimumAge: input.minimumAge ?? null,
            maximumAge: input.maximumAge ?? null,
            sourceTitle: `Opgegeven door ${organisation.name}`,
            lastVerifiedOn: now.toISOString().slice(0, 10),
            updatedAt: now.toISOString(),
            terms: [
              ...(input.kinds ?? []).map((slug) => ({ id: directory.stableUuid(`${serviceId}:kind:${slug}`), taxonomy: 'kind' as const, slug })),
              ...(input.audiences ?? []).map((slug) => ({ id: directory.stableUuid(`${serviceId}:audience:${slug}`), taxonomy: 'audience' as const, slug })),
            ],
            areas: (input.municipalities ?? []).map((nis) => ({ id: directory.stableUuid(`${serviceId}:area:${nis}`), scope: 'municipality' as const, value: nis })),
          },
        ],
      },
      now,
    );
    const after = await directory.getServiceById(tx, serviceId, { drafts: true });
    await recordChange(tx, who.actor, { action: before ? 'service.update' : 'service.create', entityType: 'service', entityId: serviceId, before: before ? serviceSnapshot(before) : undefined, after: serviceSnapshot(after) }, now);
    return after;
  });
  directory.directoryChanges.emit('changed');
  return result;
}
