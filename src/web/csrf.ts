/**
 * CSRF protection for every state-changing form, checked in a preHandler (after the body is parsed).
 * Two kinds of token, both stateless HMACs under one secret:
 *  - signed-in users: bound to the session (an HMAC of the session's key), so it dies with the session;
 *  - anonymous forms (sign-in, password reset, later contributions and newsletter): bound to a form id
 *    and a time stamp, valid for FORM_TOKEN_HOURS, so no cookie is needed to show or check the form.
 * A request with an Origin header from another site is refused as well.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export const CSRF_FIELD = '_csrf';
const FORM_TOKEN_HOURS = 4;

declare module 'fastify' {
  interface FastifyRequest {
    /** set by the accounts feature when a valid session came with the request */
    csrfSubject: string | null;
    /** a token for a form on this page: bound to the session when signed in, else to formId */
    csrfToken(formId?: string): string;
  }
  interface FastifyContextConfig {
    /** false: no check (the route protects itself); { form }: anonymous posts with a token of this form are accepted */
    csrf?: false | { form: string };
  }
}

export class CsrfError extends AppError {
  constructor() {
    super('csrf_invalid', 403, 'Dit formulier is verlopen of kwam niet van onze site. Laad de pagina opnieuw en probeer het nog eens.');
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createCsrf(secret: string) {
  const mac = (text: string) => createHmac('sha256', secret).update(text).digest('base64url');
  return {
    /** false when no secret could be read */
    ready: secret.length > 0,
    forSession: (subject: string) => `s.${mac(`session:${subject}`)}`,
    verifySession: (subject: string, token: string) => same(token, `s.${mac(`session:${subject}`)}`),
    forForm(formId: string, now = Date.now()) {
      const issued = Math.floor(now / 1000).toString(36);
      return `f.${issued}.${mac(`form:${formId}:${issued}`)}`;
    },
    verifyForm(formId: string, token: string, now = Date.now()) {
      const [kind, issued, sig] = token.split('.');
      if (kind !== 'f' || !issued || !sig) return false;
      const age = now / 1000 - Number.parseInt(issued, 36);
      if (!(age >= -60 && age <= FORM_TOKEN_HOURS * 3600)) return false;
      return same(sig, mac(`form:${formId}:${issued}`));
    },
  };
}

/**
 * Seconds since an anonymous form token was issued (its signed time stamp), or null for another kind of
 * token. Only meaningful after the CSRF check passed (which verified the signature): public forms use it
 * as the minimum fill time against robots.
 */
export function formTokenAge(token: string, now = Date.now()): number | null {
  const [kind, issued] = token.split('.');
  if (kind !== 'f' || !issued) return null;
  const at = Number.parseInt(issued, 36);
  return Number.isFinite(at) ? now / 1000 - at : null;
}

/** The _csrf field of a parsed body (urlencoded or multipart). */
export function csrfFieldOf(body: unknown): string {
  return fieldValue(body);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function fieldValue(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const v = (body as Record<string, unknown>)[CSRF_FIELD];
  // multipart bodies (attachFieldsToBody) hold { value } objects
  const text = v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v;
  return typeof text === 'string' && text.length < 300 ? text : '';
}

function originAllowed(request: FastifyRequest, baseUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin !== 'null';
  try {
    const o = new URL(origin);
    return o.origin === new URL(baseUrl).origin || o.host === request.headers.host;
  } catch {
    return false;
  }
}

/** Checks every unsafe request outside /api (the API will use its own tokens, not cookies). */
export function registerCsrf(app: FastifyInstance, options: { secret: string | (() => Promise<string>); baseUrl: string }): void {
  const secret = options.secret;
  let csrf = typeof secret === 'string' ? createCsrf(secret) : null;
  if (typeof secret === 'function') {
    // Read once, on the first request: the app starts even while the database is down (/readyz says so).
    app.addHook('onRequest', async () => {
      if (!csrf) csrf = createCsrf(await secret().catch(() => ''));
      if (!csrf.ready) csrf = null;
    });
  }
  const ready = () => {
    if (!csrf) throw new AppError('service_unavailable', 503, 'De site is even niet bereikbaar. Probeer het zo opnieuw.');
    return csrf;
  };
  app.decorateRequest('csrfSubject', null);
  app.decorateRequest('csrfToken', function (this: FastifyRequest, formId = 'default') {
    return this.csrfSubject ? ready().forSession(this.csrfSubject) : ready().forForm(formId);
  });
  app.addHook('preHandler', async (request) => {
    if (!UNSAFE.has(request.method) || request.url.startsWith('/api/')) return;
    const rule = request.routeOptions.config.csrf;
    if (rule === false) return;
    if (!originAllowed(request, options.baseUrl)) throw new CsrfError();
    const token = fieldValue(request.body);
    if (request.csrfSubject && ready().verifySession(request.csrfSubject, token)) return;
    if (rule && ready().verifyForm(rule.form, token)) return;
    throw new CsrfError();
  });
}
