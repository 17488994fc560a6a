/** The page cache: a burst of requests for a page not yet cached renders it once; a change during the render is not served to later requests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { h } from 'preact';
import { registerWeb } from './web.plugin.js';
import { createPageCache } from './page-cache.js';

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
