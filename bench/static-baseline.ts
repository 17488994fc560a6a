/**
 * The baseline for bench/site.bench.ts: a plain node:http server that answers fixed HTML bytes
 * from memory, i.e. the fastest this machine can serve those pages from one Node process.
 *
 *   node --import tsx bench/static-baseline.ts <manifest.json>
 *
 * The manifest maps URL paths to files ({ "/": "/tmp/.../page-0.html", ... }); every file is read
 * once at startup. Listens on HOST (default 127.0.0.1) and PORT (default 0 = a free port) and
 * prints `LISTENING <port>` on stdout when ready.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const manifestFile = process.argv[2];
if (!manifestFile) {
  console.error('usage: static-baseline.ts <manifest.json>');
  process.exit(2);
}

const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, string>;
const pages = new Map<string, Buffer>();
for (const [urlPath, file] of Object.entries(manifest)) pages.set(urlPath, fs.readFileSync(file));

const server = http.createServer((req, res) => {
  const body = pages.get(req.url ?? '');
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(body);
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST || '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
