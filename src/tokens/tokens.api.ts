/**
 * The partners' write API: POST /api/v1/activities, PUT and DELETE /api/v1/activities/{ref}, POST
 * /api/v1/services and PUT /api/v1/services/{id}, with `Authorization: Bearer <token>`. A token acts
 * as a partner of its organisation (401 without a valid one, 403 for another organisation's record),
 * is rate-limited on its own counter (Redis when REDIS_URL is set), and every write is audited by the
 * services it calls. Not opened to other websites: CORS on /api allows only reads.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Db } from '../db/database.js';
import { AppError, ValidationError } from '../errors.js';
import { ApiError } from '../api/api.schemas.js';
import { RATE_LIMITS } from '../web/web.plugin.js';
import * as editing from '../events/events.editing.js';
import type { ActivityInput } from '../events/events.service.js';
import * as directory from '../directory/directory.service.js';
import * as tokens from './tokens.service.js';
import { ApiActivityRefParams, ApiActivityWrite, ApiActivityWritten, ApiServiceIdParams, ApiServiceWrite, ApiServiceWritten } from './tokens.schemas.js';

export interface TokensApiOptions {
  db: Db;
  baseUrl: string;
  now?: () => Date;
  /** requests per minute per token (default RATE_LIMITS.apiWrite) */
  rateLimitMax?: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    partner: tokens.TokenPrincipal | null;
  }
}

/** The service's field names -> the API's. */
const API_FIELD: Record<string, string> = { startLocal: 'start', endLocal: 'end', place: 'postcode', timeZone: 'start' };

/** Every problem of a refused body at once, per field, in plain Dutch. */
function schemaFields(schema: TSchema, body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { body: 'Stuur een JSON-object.' };
  for (const e of Value.Errors(schema, body)) {
    const field = e.path.replace(/^\//, '').replace(/\//g, '.') || 'body';
    if (fields[field]) continue;
    const missing = e.value === undefined;
    // TypeBox names additional properties by their path too.
    fields[field] = missing ? 'Dit veld is verplicht.' : e.type === 7 /* ObjectAdditionalProperties */ || /additional/i.test(e.message) ? 'Dit veld kennen we niet.' : `Deze waarde klopt niet (${e.message}).`;
  }
  return fields;
}

function renameFields(err: unknown): never {
  if (err instanceof AppError && err.status === 400 && err.fields) throw new AppError(err.code, 400, err.message, Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [API_FIELD[k] ?? k, v])));
  throw err;
}

const writeErrors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError, 429: ApiError } as const;
const security = [{ partnerToken: [] }];

export async function registerTokensApi(app: FastifyInstance, options: TokensApiOptions): Promise<void> {
  const { db, baseUrl } = options;
  const now = options.now ?? (() => new Date());
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  app.decorateRequest('partner', null);

  const rateLimit = {
    max: options.rateLimitMax ?? RATE_LIMITS.apiWrite.max,
    timeWindow: RATE_LIMITS.apiWrite.timeWindow,
    // One counter per token (its hash, never the secret); without a token, per address.
    keyGenerator: (request: FastifyRequest) => {
      const m = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '');
      return m ? `token:${tokens.hashSecret(m[1]!)}` : `ip:${request.ip}`;
    },
  };

  /** onRequest: a valid, unrevoked token or a 401. */
  async function requireToken(request: FastifyRequest): Promise<void> {
    const principal = await tokens.authenticate(db, request.headers.authorization, now());
    if (!principal) throw new AppError('unauthorized', 401, 'Stuur een geldige API-sleutel mee: Authorization: Bearer <sleutel>.');
    request.partner = principal;
  }

  /** The body checked against its schema, with every wrong field named. */
  function checked<T>(request: FastifyRequest & { validationError?: Error }, schema: TSchema): T {
    const error = request.validationError as (Error & { validationContext?: string }) | undefined;
    if (error) {
      if (error.validationContext && error.validationContext !== 'body') throw new AppError('invalid_request', 400, `Het adres klopt niet: ${error.message}`);
      throw new ValidationError('De gegevens kloppen niet.', schemaFields(schema, request.body));
    }
    return request.body as T;
  }

  const toInput = (b: ApiActivityWrite, organiser: string): ActivityInput => ({
    uid: b.uid,
    slug: b.slug ?? editing.newActivitySlug(b.title),
    kind: b.kind,
    title: b.title,
    summary: b.summary,
    description: b.description,
    organiser: b.organiser?.trim() || organiser,
    place: b.venue || b.address || b.postcode ? { venue: b.venue ?? null, address: b.address ?? null, postcode: b.postcode ?? null } : null,
    onlineUrl: b.onlineUrl ?? null,
    allDay: b.allDay ?? false,
    startLocal: b.start,
    endLocal: b.end,
    rrule: b.rrule ?? null,
    exdates: b.exdates ?? [],
    priceCents: b.priceCents ?? null,
    priceNote: b.priceNote ?? null,
    registrationUrl: b.registrationUrl ?? null,
    placesLeft: b.placesLeft ?? null,
    accessibility: b.accessibility ?? null,
    infoUrl: b.infoUrl ?? null,
    audiences: b.audiences ?? ['mantelzorgers'],
    source: 'editor',
  });

  const organisationName = async (id: string) => (await directory.getOrganizationById(db, id, { drafts: true })).name;
  const writtenActivity = (a: { id: number; uid: string; slug: string; organisationId: string | null }) => ({ id: a.id, uid: a.uid, slug: a.slug, url: `${baseUrl}/activiteiten/${a.slug}`, organisationId: a.organisationId });
  const writtenService = (s: directory.Service) => ({ id: s.id, slug: s.slug, url: `${baseUrl}/ondersteuning/${s.slug}`, organisationId: s.organization.id });

  const base = { attachValidation: true, onRequest: requireToken, config: { rateLimit } };
  const tags = ['schrijven (partners)'];

  r.post(
    '/api/v1/activities',
    {
      ...base,
      schema: { summary: "Maak een activiteit van de organisatie van je sleutel", tags, security, body: ApiActivityWrite, response: { 201: ApiActivityWritten, ...writeErrors } },
    },
    async (request, reply) => {
      const body = checked<ApiActivityWrite>(request, ApiActivityWrite);
      const who = request.partner!;
      const saved = await editing.createActivity(db, who, toInput(body, await organisationName(who.token.organisationId)), now()).catch(renameFields);
      return reply.code(201).header('location', `/api/v1/activities/${saved.slug}`).send(writtenActivity(saved));
    },
  );

  r.put(
    '/api/v1/activities/:ref',
    {
      ...base,
      schema: { summary: 'Vervang een activiteit (op id, UID of slug) van je organisatie', tags, security, params: ApiActivityRefParams, body: ApiActivityWrite, response: { 200: ApiActivityWritten, ...writeErrors } },
    },
    async (request, reply) => {
      const body = checked<ApiActivityWrite>(request, ApiActivityWrite);
      const who = request.partner!;
      const before = await editing.findActivityByRef(db, request.params.ref);
      if (body.uid && body.uid !== before.uid) throw new ValidationError('De UID kan je niet wijzigen.', { uid: 'De UID kan je niet wijzigen.' });
      const input = toInput(body, await organisationName(who.token.organisationId));
      if (!body.slug) input.slug = before.slug;
      const saved = await editing.updateActivity(db, who, String(before.id), input, now()).catch(renameFields);
      return reply.send(writtenActivity(saved));
    },
  );

  r.delete(
    '/api/v1/activities/:ref',
    { onRequest: requireToken, config: { rateLimit }, schema: { summary: 'Verwijder een activiteit van je organisatie', tags, security, params: ApiActivityRefParams, response: { 204: Type.Null({ description: 'verwijderd' }), ...writeErrors } } },
    async (request, reply) => {
      await editing.deleteActivity(db, request.partner!, request.params.ref, now());
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/v1/services',
    { ...base, schema: { summary: 'Maak een dienst (aanbod) van de organisatie van je sleutel', tags, security, body: ApiServiceWrite, response: { 201: ApiServiceWritten, ...writeErrors } } },
    async (request, reply) => {
      const body = checked<ApiServiceWrite>(request, ApiServiceWrite);
      const saved = await tokens.writeService(db, request.partner!, null, body, now());
      return reply.code(201).header('location', `/api/v1/services/${saved.slug}`).send(writtenService(saved));
    },
  );

  r.put(
    '/api/v1/services/:id',
    { ...base, schema: { summary: 'Werk een dienst van je organisatie bij (op HSDS-id)', tags, security, params: ApiServiceIdParams, body: ApiServiceWrite, response: { 200: ApiServiceWritten, ...writeErrors } } },
    async (request, reply) => {
      const body = checked<ApiServiceWrite>(request, ApiServiceWrite);
      const saved = await tokens.writeService(db, request.partner!, request.params.id, body, now());
      return reply.send(writtenService(saved));
    },
  );
}
