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

export function createPageCache(maxEntries = 2000) {
  const entries = new Map<string, CachedPage>();
  return {
    get(key: string): CachedPage | undefined {
      return entries.get(key);
    },
    set(key: string, page: CachedPage): void {
      // Oldest-first eviction keeps memory bounded when many filter combinations are asked.
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(key, page);
    },
    clear(): void {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
