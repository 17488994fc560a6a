/**
 * The link checker: every external link of the published items (their sources and the links in
 * their body) is asked for politely (HEAD, then GET when HEAD is not allowed; a timeout; one request
 * at a time per host with a pause between them), and the outcome kept for the editors' dashboard.
 * checkLinks() is one run; a job runner (or the simple interval in src/jobs) calls it on a schedule.
 */
import { isPrivateHost } from '../web/net.js';
import type { Db } from '../db/database.js';
import * as repo from './content.repository.js';

export interface LinkCheckOptions {
  timeoutMs?: number;
  /** pause between two requests to the same host */
  perHostDelayMs?: number;
  /** hosts checked at the same time */
  concurrency?: number;
  userAgent?: string;
  now?: () => Date;
  /** ask hosts on loopback and private networks too (tests); off by default so links cannot probe the internal network */
  allowPrivateHosts?: boolean;
}

export interface LinkCheckResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`)\]]+/g;

/** External links in a Markdown body: [text](url), <url> and bare URLs. */
export function linksInBody(body: string): string[] {
  return [...new Set((body.match(URL_IN_TEXT) ?? []).map((u) => u.replace(/[.,;:!?]+$/, '')))];
}

export async function checkOneLink(url: string, options: LinkCheckOptions = {}): Promise<LinkCheckResult> {
  const headers = { 'user-agent': options.userAgent ?? 'expertisepunt-linkchecker/1.0 (+controle van bronnen)' };
  // Redirects are followed by hand (at most 5), so every hop is checked against private addresses.
  const ask = async (method: 'HEAD' | 'GET') => {
    let target = url;
    for (let hop = 0; hop <= 5; hop++) {
      const u = new URL(target);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw Object.assign(new Error('geen http(s)-link'), { code: 'not_http' });
      if (!options.allowPrivateHosts && (await isPrivateHost(u.hostname))) throw Object.assign(new Error('intern adres, niet gecontroleerd'), { code: 'private_address' });
      const response = await fetch(target, { method, headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
      await response.body?.cancel().catch(() => {});
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        target = new URL(location, target).toString();
        continue;
      }
      return response.status;
    }
    throw Object.assign(new Error('te veel doorverwijzingen'), { code: 'too_many_redirects' });
  };
  try {
    let status = await ask('HEAD');
    if (status === 405 || status === 501 || status === 403) status = await ask('GET');
    return { ok: status < 400, statusCode: status, error: status < 400 ? null : `HTTP ${status}` };
  } catch (err) {
    const e = err as Error & { code?: string; cause?: { code?: string } };
    const why = e.name === 'TimeoutError' ? 'geen antwoord binnen de tijd' : e.code ? e.message : (e.cause?.code ?? e.message);
    return { ok: false, statusCode: null, error: String(why).slice(0, 300) };
  }
}

/** Checks every link once and stores the outcome per item. Returns how many links it asked and how many are broken. */
export async function checkLinks(db: Db, options: LinkCheckOptions = {}): Promise<{ checked: number; broken: number }> {
  const now = options.now ?? (() => new Date());
  const { items, sources } = await repo.listItemsForLinkCheck(db);
  const perItem = new Map<number, Set<string>>();
  for (const item of items) perItem.set(item.id, new Set(linksInBody(item.body)));
  for (const s of sources) if (/^https?:\/\//.test(s.url)) perItem.get(s.item_id)?.add(s.url);

  const byHost = new Map<string, string[]>();
  for (const url of new Set([...perItem.values()].flatMap((s) => [...s]))) {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      continue;
    }
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }

  const results = new Map<string, LinkCheckResult & { checkedAt: string }>();
  const hosts = [...byHost.values()];
  const delay = options.perHostDelayMs ?? 1000;
  const worker = async () => {
    for (let urls = hosts.shift(); urls; urls = hosts.shift()) {
      for (const [i, url] of urls.entries()) {
        if (i > 0 && delay > 0) await new Promise((r) => setTimeout(r, delay));
        results.set(url, { ...(await checkOneLink(url, options)), checkedAt: now().toISOString() });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));

  let broken = 0;
  for (const [itemId, urls] of perItem) {
    const rows = [...urls].flatMap((url) => {
      const r = results.get(url);
      return r ? [{ url, ok: r.ok ? 1 : 0, status_code: r.statusCode, error: r.error, checked_at: r.checkedAt }] : [];
    });
    broken += rows.filter((r) => r.ok === 0).length;
    await repo.replaceLinkChecks(db, itemId, rows);
  }
  return { checked: results.size, broken };
}
