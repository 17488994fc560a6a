/**
 * Rendered pages kept in memory, keyed by URL, with a strong ETag so browsers and proxies get a
 * 304. The whole cache is dropped when content changes (see app.ts), so nothing stale is served.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface CachedPage {
  body: Buffer;
  etag: string;
  contentType: string;
  /** when set: the page is true until then (ms), and answered from the cache only before */
  expiresAt?: number;
}

export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * For answers that depend on the clock (upcoming activities) and so never come from the cache:
 * an ETag of the bytes, a 304 when the client has them already, no-cache.
 */
export function sendWithEtag(request: FastifyRequest, reply: FastifyReply, contentType: string, text: string): FastifyReply {
  const body = Buffer.from(text, 'utf8');
  const etag = etagOf(body);
  reply.header('etag', etag).header('content-type', contentType).header('cache-control', 'no-cache');
  const inm = request.headers['if-none-match'];
  if (inm && inm.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
  return reply.send(body);
}

/**
 * At most `maxEntries` pages and `maxBytes` of bodies (feeds of a large calendar weigh megabytes each, and
 * every filter combination is its own entry); the oldest are dropped first.
 */
export function createPageCache(maxEntries = 2000, maxBytes = 256 * 1024 * 1024) {
  const entries = new Map<string, CachedPage>();
  let bytes = 0;
  const drop = (key: string) => {
    const page = entries.get(key);
    if (page) bytes -= page.body.length;
    entries.delete(key);
  };
  return {
    get(key: string): CachedPage | undefined {
      return entries.get(key);
    },
    set(key: string, page: CachedPage): void {
      if (page.body.length > maxBytes) return;
      drop(key);
      while (entries.size > 0 && (entries.size >= maxEntries || bytes + page.body.length > maxBytes)) drop(entries.keys().next().value!);
      entries.set(key, page);
      bytes += page.body.length;
    },
    clear(): void {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    /** the bodies' bytes kept */
    get bytes() {
      return bytes;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
