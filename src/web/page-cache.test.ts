/** The page cache: a burst of requests for a page not yet cached renders it once; a change during the render is not served to later requests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { h } from 'preact';
import { registerWeb } from './web.plugin.js';
import { createPageCache, etagOf } from './page-cache.js';

async function appWithSlowPage() {
  const app = Fastify({ logger: false });
  await registerWeb(app, { baseUrl: 'http://localhost', pageCache: createPageCache(), csrfSecret: 'test-secret-test-secret-test-secret' });
  let renders = 0;
  const waiting: (() => void)[] = [];
  app.get('/traag', (_request, reply) =>
    reply.html(async () => {
      const n = ++renders;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return h('p', null, `versie ${n}`);
    }),
  );
  await app.ready();
  return { app, renders: () => renders, release: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

test('concurrent requests for a page being rendered share that render', async () => {
  const { app, renders, release } = await appWithSlowPage();
  const answers = Array.from({ length: 10 }, () => app.inject({ method: 'GET', url: '/traag' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  const bodies = (await Promise.all(answers)).map((r) => r.body);
  assert.equal(renders(), 1);
  assert.ok(bodies.every((b) => b.includes('versie 1')));
  await app.close();
});

test('a request after a change during a render does not wait for that stale render', async () => {
  const { app, renders, release } = await appWithSlowPage();
  const first = app.inject({ method: 'GET', url: '/traag' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  app.invalidatePages();
  const second = app.inject({ method: 'GET', url: '/traag' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  assert.ok((await first).body.includes('versie 1'));
  assert.ok((await second).body.includes('versie 2'));
  assert.equal(renders(), 2);
  // Neither is kept stale: the second render (after the change) is the cached one.
  assert.ok((await app.inject({ method: 'GET', url: '/traag' })).body.includes('versie 2'));
  await app.close();
});

/** A page of "today" on a fixed clock: each render says which render it is and the clock's day. */
async function appWithDayPage() {
  let clock = new Date('2026-12-04T12:00:00Z');
  const app = Fastify({ logger: false });
  await registerWeb(app, { baseUrl: 'http://localhost', pageCache: createPageCache(), csrfSecret: 'test-secret-test-secret-test-secret', now: () => clock });
  let renders = 0;
  app.get('/vandaag', (_request, reply) => reply.html(async () => h('p', null, `render ${++renders}`), { day: true }));
  app.get('/koekje', (_request, reply) => {
    reply.header('set-cookie', 'x=1');
    return reply.html(async () => h('p', null, `render ${++renders}`));
  });
  await app.ready();
  const get = async (url = '/vandaag') => (await app.inject(url)).body.match(/render \d+/)![0];
  return { app, get, at: (iso: string) => (clock = new Date(iso)) };
}

test('a page of today is kept until midnight in Brussels and rendered anew at 00:00, also on the days the clocks change', async () => {
  const { app, get, at } = await appWithDayPage();
  // [cached at, the last moment it is still served, the first moment it is rendered anew] (UTC), in time order.
  const days = [
    // 29 March 2026, 23 hours: cached at 00:30 Brussels (before the change, UTC+1), true until 00:00 (UTC+2)
    ['2026-03-28T23:30:00Z', '2026-03-29T21:59:59.999Z', '2026-03-29T22:00:00Z'],
    // a summer day (UTC+2): 23:59 Brussels is 21:59 UTC
    ['2026-07-01T21:59:00Z', '2026-07-01T21:59:59.999Z', '2026-07-01T22:00:00Z'],
    // 25 October 2026, 25 hours: cached at 00:30 Brussels (UTC+2), true until 00:00 (UTC+1)
    ['2026-10-24T22:30:00Z', '2026-10-25T22:59:59.999Z', '2026-10-25T23:00:00Z'],
    // an ordinary winter day (UTC+1): cached at 23:59 Brussels, 22:59 UTC
    ['2026-12-04T22:59:00Z', '2026-12-04T22:59:59.999Z', '2026-12-04T23:00:00Z'],
  ];
  for (const [cached, last, next] of days) {
    at(cached!);
    const first = await get();
    at(last!);
    assert.equal(await get(), first, `still the page of ${cached} at ${last}`);
    at(next!);
    const anew = await get();
    assert.notEqual(anew, first, `rendered anew at ${next}`);
    assert.equal(await get(), anew, 'and kept again');
  }
  await app.close();
});

test('a page that sets a cookie is never kept', async () => {
  const { app, get } = await appWithDayPage();
  assert.notEqual(await get('/koekje'), await get('/koekje'));
  await app.close();
});

test("a page kept in the caller's own cache: one render for concurrent requests, a new one after a content change", async () => {
  const app = Fastify({ logger: false });
  await registerWeb(app, { baseUrl: 'http://localhost', pageCache: createPageCache(), csrfSecret: 'test-secret-test-secret-test-secret' });
  const own = createPageCache();
  let renders = 0;
  app.get('/eigen', (request, reply) =>
    reply.html(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return h('p', null, `render ${++renders}`);
      },
      { cache: false, keep: { pages: own, key: 'vraag' } },
    ),
  );
  await app.ready();
  const bodies = (await Promise.all(Array.from({ length: 5 }, () => app.inject('/eigen')))).map((r) => r.body);
  assert.equal(renders, 1);
  assert.ok(bodies.every((b) => b.includes('render 1')));
  assert.equal(own.size, 1, "kept in the caller's cache");
  assert.ok((await app.inject('/eigen')).body.includes('render 1'));
  app.invalidatePages();
  assert.ok((await app.inject('/eigen')).body.includes('render 2'));
  await app.close();
});

test('the cache keeps at most so many pages and so many bytes, dropping the oldest first', () => {
  const page = (size: number) => {
    const body = Buffer.alloc(size, 'x');
    return { body, etag: etagOf(body), contentType: 'text/calendar' };
  };
  const cache = createPageCache(3, 1000);
  cache.set('a', page(400));
  cache.set('b', page(400));
  assert.equal(cache.bytes, 800);
  // 400 more would make 1,200 bytes: the oldest goes.
  cache.set('c', page(400));
  assert.deepEqual([cache.get('a'), !!cache.get('b'), !!cache.get('c')], [undefined, true, true]);
  assert.equal(cache.bytes, 800);
  // The same key again replaces its bytes.
  cache.set('c', page(100));
  assert.equal(cache.bytes, 500);
  cache.set('d', page(10));
  cache.set('e', page(10));
  assert.equal(cache.size, 3, 'and at most three pages');
  assert.equal(cache.get('b'), undefined);
  // One page larger than the whole budget is not kept (nor does it empty the cache).
  cache.set('huge', page(2000));
  assert.equal(cache.get('huge'), undefined);
  assert.equal(cache.size, 3);
  cache.clear();
  assert.equal(cache.bytes, 0);
});
