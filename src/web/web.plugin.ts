/**
 * The web layer every feature uses: security headers, static assets, rendering pages with a
 * page cache and ETags, and one error handler (JSON under /api, a Dutch page elsewhere).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { VNode } from 'preact';
import { AppError } from '../errors.js';
import { renderDocument } from './render.js';
import { etagOf, type CachedPage, type PageCache } from './page-cache.js';
import { brusselsDay } from './day.js';
import { BadRequestPage, ForbiddenPage, NotFoundPage, ServerErrorPage, TooManyRequestsPage } from './error-pages.js';
import { registerCsrf } from './csrf.js';

/** Pages under this prefix belong to signed-in users: never cached, never stored by a browser or proxy. */
export const PRIVATE_PREFIX = '/beheer';
/** Widgets for partner websites: the only pages any site may show in an <iframe>. */
export const WIDGET_PREFIX = '/widget/';

/**
 * Rate limits per client address, for a route's config.rateLimit: sign-in and password links, and
 * every public form (contributions, newsletter). Over the limit: a Dutch 429 page.
 */
export const RATE_LIMITS = {
  login: { max: 10, timeWindow: '1 minute' },
  passwordReset: { max: 5, timeWindow: '15 minutes' },
  publicForm: { max: 10, timeWindow: '10 minutes' },
  /** the partners' write API, per token */
  apiWrite: { max: 60, timeWindow: '1 minute' },
} as const;

declare module 'fastify' {
  interface FastifyReply {
    /**
     * Renders a page (cached by URL, and `key` when given, when its status is 200 and caching is on) and
     * sends it with an ETag. The render may set the page's status and when it stops being true (see PageRender);
     * `day`: it stops being true at the next midnight in Brussels at the latest.
     * `keep`: instead, keep the page in the caller's own cache under the caller's key (dropped like the
     * page cache when content changes); for pages whose URL alone does not say what they show.
     */
    html(render: (page: PageRender) => VNode | Promise<VNode>, options?: HtmlOptions): Promise<FastifyReply>;
    /** Sends text (XML, plain, iCalendar) with an ETag and a 304 when the client has it already; cached like html(). */
    sendCachedText(contentType: string, render: (page: PageRender) => string | Promise<string>, options?: CacheOptions): Promise<FastifyReply>;
  }
}

/** What a render may say about its page. */
export interface PageRender {
  /** the status to send (starts as the option's, default 200); only a 200 is kept */
  status: number;
  /** the moment (ms, by the `now` option's clock) the page stops being true: kept until then, never after (see also `day`) */
  expiresAt?: number;
}

/** How an answer is cached (in the page cache under its URL, while true). */
export interface CacheOptions {
  /** false: never kept */
  cache?: boolean;
  /** what else the answer depends on besides its URL (a version): part of the cache key */
  key?: string;
  /**
   * The answer shows something of today (a "checked more than a year ago" flag, upcoming activities):
   * kept until the next midnight in Brussels at the latest, so each day renders it anew.
   */
  day?: boolean;
  /** the moment (ms) the route works with: `expiresAt` and `day` are checked against it (default: the app's clock) */
  now?: number;
}

export interface HtmlOptions extends CacheOptions {
  status?: number;
  /** keep the page in the caller's own cache under the caller's key instead (see html()) */
  keep?: { pages: PageCache; key: string };
}

const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');
const HTML = 'text/html; charset=utf-8';

function send(request: FastifyRequest, reply: FastifyReply, page: CachedPage, status: number): FastifyReply {
  reply.header('etag', page.etag).header('content-type', page.contentType);
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
  const inm = request.headers['if-none-match'];
  if (status === 200 && inm && inm.split(/\s*,\s*/).includes(page.etag)) return reply.code(304).send();
  return reply.code(status).send(page.body);
}

/**
 * Security headers computed once with helmet (its middleware rebuilds the CSP on every call, a few
 * per cent of a cached page's cost). A CSP without 'unsafe-inline': pages carry no inline script or style.
 */
function computeSecurityHeaders(options: { embeddable?: boolean } = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': options.embeddable ? ['*'] : ["'self'"],
      },
    },
    xFrameOptions: options.embeddable ? false : undefined,
    // HSTS only makes sense behind HTTPS; the proxy in front of us sets it (docs/OPERATIONS.md).
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })(res as never, res as never, () => {});
  return headers;
}

export interface WebOptions {
  baseUrl: string;
  pageCache: PageCache | null;
  /** signs CSRF tokens */
  /** the key for CSRF tokens, or a function that reads it (once, on the first request) */
  csrfSecret: string | (() => Promise<string>);
  /** rate-limit counters shared by every process (REDIS_URL); null: in this process's memory */
  redis?: { client: import('ioredis').Redis; prefix: string } | null;
  /** the current instant (tests fix it): what cached pages' `expiresAt` and `day` are checked against */
  now?: () => Date;
}

export async function registerWeb(app: FastifyInstance, options: WebOptions): Promise<void> {
  const { baseUrl, pageCache } = options;
  let generation = 0;
  const invalidate = () => {
    generation++;
    pageCache?.clear();
  };
  app.decorate('invalidatePages', invalidate);

  const securityHeaders = computeSecurityHeaders();
  const widgetHeaders = computeSecurityHeaders({ embeddable: true });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith(WIDGET_PREFIX) ? widgetHeaders : securityHeaders);
    if (request.url.startsWith(PRIVATE_PREFIX)) reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    done();
  });

  await app.register(fastifyCookie);
  await app.register(rateLimit, {
    global: false,
    // With Redis, every process counts in the same keys; if Redis is unreachable a request is let
    // through rather than refused (a sign-in still has the per-account lockout in the database).
    ...(options.redis ? { redis: options.redis.client, nameSpace: `${options.redis.prefix}rate-limit:`, skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Te veel pogingen. Probeer het opnieuw over ${context.after}.`), { statusCode: 429 }),
  });
  registerCsrf(app, { secret: options.csrfSecret, baseUrl });

  await app.register(fastifyStatic, {
    root: ASSETS_DIR,
    prefix: '/assets/',
    maxAge: '1d',
    etag: true,
    lastModified: true,
  });

  // Cacheable pages being rendered (per cache and key): a request for the same page waits for that
  // render instead of starting its own (a burst of visitors on a page not yet cached renders it once).
  const rendering = new WeakMap<PageCache, Map<string, { generation: number; page: Promise<{ page: CachedPage; status: number }> }>>();
  const clock = () => options.now?.().getTime() ?? Date.now();

  /**
   * The one path of every cached answer: from `store` (the page cache under the URL, or a caller's own
   * cache under its key) while true, else rendered (once for concurrent requests) and kept when it is a
   * 200, no change committed meanwhile, it set no cookie and it is still true.
   */
  async function cachedOrRender(
    reply: FastifyReply,
    contentType: string,
    options: { store: { pages: PageCache; key: string } | null; status: number; now?: number; day?: boolean },
    render: (page: PageRender) => Promise<string>,
  ): Promise<{ page: CachedPage; status: number }> {
    const { store } = options;
    const now = options.now ?? clock();
    const hit = store?.pages.get(store.key);
    if (hit && (hit.expiresAt === undefined || now < hit.expiresAt)) return { page: hit, status: 200 };
    const startGeneration = generation;
    let pending = store ? rendering.get(store.pages) : undefined;
    if (store && !pending) rendering.set(store.pages, (pending = new Map()));
    const inFlight = store ? pending!.get(store.key) : undefined;
    if (inFlight && inFlight.generation === startGeneration) return inFlight.page;
    const rendered = (async () => {
      const meta: PageRender = { status: options.status };
      const text = await render(meta);
      // Kept as bytes: a cached page is written as it is, not encoded again for every request.
      const body = Buffer.from(text, 'utf8');
      // A page of today is true until the next midnight in Brussels at the latest.
      const expiresAt = Math.min(meta.expiresAt ?? Infinity, options.day ? brusselsDay(now).to : Infinity);
      const page: CachedPage = { body, etag: etagOf(body), contentType, ...(expiresAt !== Infinity ? { expiresAt } : {}) };
      // A change committed while rendering makes this page stale: do not keep it; nor one already expired,
      // nor one that sets a cookie (personal).
      const keep = meta.status === 200 && startGeneration === generation && expiresAt > now && !reply.hasHeader('set-cookie');
      if (store && keep) store.pages.set(store.key, page);
      return { page, status: meta.status };
    })();
    if (store) {
      const entry = { generation: startGeneration, page: rendered };
      pending!.set(store.key, entry);
      const done = () => {
        if (pending!.get(store.key) === entry) pending!.delete(store.key);
      };
      rendered.then(done, done);
    }
    return rendered;
  }

  /** Where an answer is kept: the caller's own cache (with the content generation in its key), else the page cache under the URL. */
  function storeFor(request: FastifyRequest, opts: CacheOptions & { keep?: HtmlOptions['keep'] }, status: number) {
    if (status !== 200 || request.method === 'POST' || request.url.startsWith(PRIVATE_PREFIX)) return null;
    // The generation in the key: a page kept before a content change is never found again.
    if (opts.keep) return { pages: opts.keep.pages, key: `${generation}\n${opts.keep.key}` };
    if (opts.cache === false || !pageCache) return null;
    return { pages: pageCache, key: opts.key === undefined ? request.url : `${request.url}\n${opts.key}` };
  }

  app.decorateReply('html', async function (this: FastifyReply, render: (page: PageRender) => VNode | Promise<VNode>, opts: HtmlOptions = {}) {
    const status = opts.status ?? 200;
    const answer = await cachedOrRender(this, HTML, { store: storeFor(this.request, opts, status), status, now: opts.now, day: opts.day }, async (page) => renderDocument(await render(page)));
    return send(this.request, this, answer.page, answer.status);
  });

  app.decorateReply('sendCachedText', async function (this: FastifyReply, contentType: string, render: (page: PageRender) => string | Promise<string>, opts: CacheOptions = {}) {
    const answer = await cachedOrRender(this, contentType, { store: storeFor(this.request, opts, 200), status: 200, now: opts.now, day: opts.day }, async (page) => render(page));
    return send(this.request, this, answer.page, answer.status);
  });

  const isApi = (url: string) => url === '/api' || url.startsWith('/api/');

  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request.url)) return reply.code(404).send({ error: { code: 'not_found', message: 'Deze route bestaat niet.' } });
    return reply.html(() => NotFoundPage({ baseUrl, path: request.url.split('?')[0] ?? '/' }), { status: 404 });
  });

  app.setErrorHandler(async (error: Error & { statusCode?: number; validation?: unknown; code?: string }, request, reply) => {
    let status = 500;
    let code = 'internal_error';
    let message = 'Er ging iets mis aan onze kant.';
    let fields: Record<string, string> | undefined;
    if (error instanceof AppError) {
      status = error.status;
      code = error.code;
      message = error.message;
      fields = error.fields;
    } else if (error.validation) {
      status = 400;
      code = 'invalid_request';
      const first = (error.validation as { instancePath?: string; params?: { missingProperty?: string } }[])[0];
      const field = (first?.instancePath ?? '').replace(/^\//, '') || first?.params?.missingProperty || '';
      message = field ? `De waarde van "${field}" klopt niet.` : 'Een waarde in je vraag klopt niet.';
      if (field) fields = { [field]: error.message };
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      code = status === 429 ? 'rate_limited' : status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request';
      message =
        status === 429
          ? 'Te veel vragen na elkaar. Probeer het over een minuut opnieuw.'
          : status === 413
            ? 'Het bestand of formulier is te groot.'
            : status === 415
              ? 'Dit soort inhoud aanvaarden we hier niet.'
              : error.message;
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code, status }, 'request refused');

    if (isApi(request.url)) return reply.code(status).send({ error: { code, message, ...(fields ? { fields } : {}) } });
    const pagePath = request.url.split('?')[0] ?? '/';
    if (status === 404) return reply.html(() => NotFoundPage({ baseUrl, path: pagePath }), { status });
    if (status === 429) return reply.html(() => TooManyRequestsPage({ baseUrl, path: pagePath }), { status });
    if (status === 403) return reply.html(() => ForbiddenPage({ baseUrl, path: pagePath, message }), { status });
    if (status >= 500) return reply.html(() => ServerErrorPage({ baseUrl, path: pagePath, status }), { status });
    return reply.html(() => BadRequestPage({ baseUrl, path: pagePath, message }), { status });
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Drops every cached page; called when content changes. */
    invalidatePages(): void;
  }
}
