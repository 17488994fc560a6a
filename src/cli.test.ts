/** The command line as a newcomer runs it: real processes, on both databases. */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../test/dialects.js';

const BIN = path.resolve('bin/expertisepunt.js');

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8', timeout: 120_000 });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

test('a wrong configuration stops with a readable list', () => {
  const r = run(['migrate'], { PORT: 'x', DATABASE_URL: 'mysql://db/x' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Configuratie klopt niet/);
  assert.match(r.stderr, /PORT/);
  assert.match(r.stderr, /DATABASE_URL/);
});

test('an unknown command shows the help', () => {
  const r = run(['vlieg'], {});
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Onbekend commando: vlieg/);
  assert.match(r.stderr, /serve/);
});

forEachDialect(
  'command line',
  (ctx) => {
    test('migrate, seed, then serve answers on its port and stops cleanly', async () => {
      const env = { DATA_DIR: ctx.config.dataDir, DATABASE_URL: ctx.config.databaseUrl };
      const migrated = run(['migrate'], env);
      assert.equal(migrated.status, 0, migrated.stderr);
      assert.match(migrated.stdout, /gemigreerd: 2026-11-23T1000-create-content/);
      assert.match(run(['migrate'], env).stdout, /al up-to-date/);

      const seeded = run(['seed'], env);
      assert.equal(seeded.status, 0, seeded.stderr);
      assert.match(seeded.stdout, /Demo-inhoud geladen/);
      assert.match(run(['seed'], env).stdout, /bevat al inhoud/);

      const port = await freePort();
      const server = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore' });
      try {
        let status = 0;
        // Up to a minute: under a full parallel test run on two cores, booting through tsx can take over 20 s.
        for (let i = 0; i < 300 && status !== 200; i++) {
          await new Promise((r) => setTimeout(r, 200));
          status = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.status, () => 0);
        }
        assert.equal(status, 200);
        const item = await fetch(`http://127.0.0.1:${port}/kennis?type=recht`);
        assert.equal(item.status, 200);
      } finally {
        server.kill('SIGTERM');
      }
      const exited = server.exitCode !== null || server.signalCode !== null;
      const [code] = exited ? [server.exitCode] : ((await once(server, 'exit')) as [number | null]);
      assert.equal(code, 0);
    });
  },
  { migrate: false },
);
