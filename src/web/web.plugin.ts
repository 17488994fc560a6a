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
     * sends it with an ETag. The render may set the page's status and when it stops being true (see PageRender).
     * `keep`: instead, keep the page in the caller's own cache under the caller's key (dropped like the
     * page cache when content changes); for pages whose URL alone does not say what they show.
     */
    html(render: (page: PageRender) => VNode | Promise<VNode>, options?: HtmlOptions): Promise<FastifyReply>;
    /** Sends text (XML, plain) with an ETag and a 304 when the client has it already. */
    sendCachedText(contentType: string, render: () => string | Promise<string>): Promise<FastifyReply>;
  }
}

/** What a render may say about its page. */
export interface PageRender {
  /** the status to send (starts as the option's, default 200); only a 200 is kept */
  status: number;
  /** the moment (ms, by the `now` option's clock) the page stops being true: kept until then, never after */
  expiresAt?: number;
}

export interface HtmlOptions {
  status?: number;
  /** false: never kept */
  cache?: boolean;
  /** what else the page depends on besides its URL (a version, a day): part of the cache key */
  key?: string;
  /** the clock a page's `expiresAt` is checked against (default: Date.now()) */
  now?: number;
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

  // Cacheable pages being rendered: a request for the same URL waits for that render instead of
  // starting its own (a burst of visitors on a page not yet cached renders it once).
  const rendering = new Map<string, { generation: number; page: Promise<{ page: CachedPage; status: number }> }>();

  async function cachedOrRender(
    request: FastifyRequest,
    contentType: string,
    options: { cache: boolean; status: number; key?: string; now?: number },
    render: (page: PageRender) => Promise<string>,
  ): Promise<{ page: CachedPage; status: number }> {
    const cache = options.cache ? pageCache : null;
    const key = options.key === undefined ? request.url : `${request.url}\n${options.key}`;
    const hit = cache?.get(key);
    if (hit && (hit.expiresAt === undefined || (options.now ?? Date.now()) < hit.expiresAt)) return { page: hit, status: 200 };
    const startGeneration = generation;
    const pending = cache ? rendering.get(key) : undefined;
    if (pending && pending.generation === startGeneration) return pending.page;
    const rendered = (async () => {
      const meta: PageRender = { status: options.status };
      const text = await render(meta);
      // Kept as bytes: a cached page is written as it is, not encoded again for every request.
      const body = Buffer.from(text, 'utf8');
      const page: CachedPage = { body, etag: etagOf(body), contentType, ...(meta.expiresAt !== undefined ? { expiresAt: meta.expiresAt } : {}) };
      // A change committed while rendering makes this page stale: do not keep it; nor one already expired.
      const expired = meta.expiresAt !== undefined && meta.expiresAt <= (options.now ?? Date.now());
      if (cache && meta.status === 200 && !expired && startGeneration === generation) cache.set(key, page);
      return { page, status: meta.status };
    })();
    if (cache) {
      const entry = { generation: startGeneration, page: rendered };
      rendering.set(key, entry);
      const done = () => {
        if (rendering.get(key) === entry) rendering.delete(key);
      };
      rendered.then(done, done);
    }
    return rendered;
  }

  app.decorateReply('html', async function (this: FastifyReply, render: (page: PageRender) => VNode | Promise<VNode>, opts: HtmlOptions = {}) {
    const status = opts.status ?? 200;
    if (opts.keep && status === 200) {
      // The generation in the key: a page kept before a content change is never found again.
      const startGeneration = generation;
      const key = `${startGeneration}\n${opts.keep.key}`;
      let page = opts.keep.pages.get(key);
      if (!page) {
        const body = Buffer.from(renderDocument(await render({ status })), 'utf8');
        page = { body, etag: etagOf(body), contentType: HTML };
        if (startGeneration === generation) opts.keep.pages.set(key, page);
      }
      return send(this.request, this, page, status);
    }
    const cache = opts.cache !== false && status === 200 && this.request.method !== 'POST' && !this.request.url.startsWith(PRIVATE_PREFIX);
    const answer = await cachedOrRender(this.request, HTML, { cache, status, key: opts.key, now: opts.now }, async (page) => renderDocument(await render(page)));
    return send(this.request, this, answer.page, answer.status);
  });

  app.decorateReply('sendCachedText', async function (this: FastifyReply, contentType: string, render: () => string | Promise<string>) {
    const answer = await cachedOrRender(this.request, contentType, { cache: true, status: 200 }, async () => render());
    return send(this.request, this, answer.page, 200);
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
