/**
 * Cost of signing in: one scrypt hash at our parameters, and sign-in requests end to end
 * (form token, password check, new session) through app.inject on SQLite. Prints figures.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createApp } from '../src/app.js';
import * as accounts from '../src/accounts/accounts.service.js';
import { SYSTEM_ACTOR } from '../src/audit/audit.service.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-bench-accounts-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
const handle = createDb(config);
await migrateToLatest(handle.db);
const mailer = { kind: 'outbox' as const, send: async () => {}, close: () => {} };
const password = 'een lange zin als wachtwoord';
await accounts.createUser(handle.db, { mailer, baseUrl: config.baseUrl }, SYSTEM_ACTOR, { email: 'bench@example.be', role: 'editor', password });

const hashes: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await accounts.hashPassword(password);
  hashes.push(performance.now() - t);
}
const app = await createApp(config, handle, { logger: false, mailer });
const page = await app.inject('/beheer/aanmelden');
const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
const logins: number[] = [];
for (let i = 0; i < 40; i++) {
  const t = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/beheer/aanmelden',
    remoteAddress: `10.0.${i}.1`,
    payload: new URLSearchParams({ _csrf: token, email: 'bench@example.be', password }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  logins.push(performance.now() - t);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
console.log(`scrypt hash (N=2^15, r=8, p=3: 32 MiB): median ${median(hashes)} ms over ${hashes.length}`);
console.log(`sign-in request (verify + new session, SQLite): median ${median(logins)} ms over ${logins.length}`);
console.log(`memory rss after: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
await app.close();
await handle.destroy();
fs.rmSync(dir, { recursive: true, force: true });
