/** Graceful shutdown of a real server process: requests in flight finish, new connections are refused. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../test/dialects.js';
import { BIN, freePort, waitForReady } from '../../test/process.js';

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

forEachDialect('graceful shutdown', (ctx) => {
  test('on SIGTERM a request in flight completes, new connections are refused, the process exits 0', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, DATA_DIR: ctx.config.dataDir, DATABASE_URL: ctx.config.databaseUrl, PORT: String(port), LOG_LEVEL: 'info', SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let log = '';
    server.stdout!.on('data', (d) => (log += d));
    const exited = once(server, 'exit');
    try {
      await waitForReady(`http://127.0.0.1:${port}`);

      // A request whose body is still arriving when the signal comes: the server must wait for it.
      const slow = await connect(port);
      let answer = '';
      slow.on('data', (d) => (answer += d));
      const answered = once(slow, 'close');
      // Under /api/, so no CSRF check answers first: an unknown route, its 404 comes after the whole body.
      slow.write('POST /api/v1/bestaat-niet HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\nq=mantel');
      await new Promise((r) => setTimeout(r, 200));

      server.kill('SIGTERM');
      for (let i = 0; i < 100 && !log.includes('shutting down'); i++) await new Promise((r) => setTimeout(r, 50));
      assert.match(log, /"signal":"SIGTERM"/);

      await assert.rejects(connect(port), { code: 'ECONNREFUSED' });
      assert.equal(server.exitCode, null, 'the server waits for the request in flight');

      slow.write('zorg-en-werk'); // the rest of the 20 bytes
      await answered;
      assert.match(answer, /^HTTP\/1\.1 404 /, 'the request in flight got its full answer');
      assert.match(answer, /connection: close/i);
      assert.match(answer, /"code":"not_found".*\}\}\s*$/s, 'the whole answer, not cut off');
    } finally {
      if (server.exitCode === null) server.kill('SIGTERM');
    }
    const [code] = (await exited) as [number | null];
    assert.equal(code, 0);
    assert.match(log, /"msg":"stopped"/);
  });
});
