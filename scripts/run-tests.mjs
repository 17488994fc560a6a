#!/usr/bin/env node
// Runs every test file with node's test runner (through tsx). Says which suites it skips and
// why (no PostgreSQL, no Chromium, no Java); with CI=true a missing service fails the run instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const ci = /^(1|true)$/i.test(process.env.CI ?? '');
const args = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : findTests(full);
    return /\.test\.tsx?$/.test(e.name) ? [path.relative(root, full)] : [];
  });
}

const files = args.length ? args : ['src', 'test', 'e2e'].flatMap((d) => findTests(path.join(root, d))).sort();
const env = { ...process.env };
const skipped = [];
const problems = [];

const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
try {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  await client.end();
} catch (err) {
  const why = `PostgreSQL not reachable at ${pgUrl.replace(/\/\/[^@]*@/, '//')} (${err.message})`;
  if (ci) problems.push(why);
  else {
    env.EP_SKIP_POSTGRES = why;
    skipped.push(`every [postgres] suite: ${why}`);
  }
}

const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const redisOk = await new Promise((resolve) => {
  const socket = net.connect(Number(redisUrl.port || 6379), redisUrl.hostname);
  socket.setTimeout(3000, () => socket.destroy());
  socket.once('connect', () => socket.write('PING\r\n'));
  socket.once('data', (d) => {
    socket.destroy();
    resolve(d.toString().startsWith('+PONG'));
  });
  socket.once('error', () => resolve(false));
  socket.once('close', () => resolve(false));
});
if (!redisOk) {
  const why = `Redis not reachable at ${redisUrl.host} (apt-get install -y redis-server)`;
  if (ci) problems.push(why);
  else {
    env.EP_SKIP_REDIS = why;
    skipped.push(`Redis suites (broadcast over Redis, two processes): ${why}`);
  }
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  const why = `no Chromium at ${chromium} (apt-get install -y chromium)`;
  if (ci) problems.push(why);
  else {
    env.EP_SKIP_BROWSER = why;
    skipped.push(`browser suites in e2e/: ${why}`);
  }
}

if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  const why = 'no Java for the Nu HTML checker (apt-get install -y default-jre-headless)';
  if (ci) problems.push(why);
  else {
    env.EP_SKIP_VNU = why;
    skipped.push(`HTML validity suite: ${why}`);
  }
}

if (problems.length) {
  console.error(`CI=true and a required service is missing, so nothing may be skipped:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
if (skipped.length) console.log(`Skipping (not under CI):\n${skipped.map((s) => `  - ${s}`).join('\n')}\n`);

/** Runs the given files with node's test runner; resolves with the counts and the files that had failures. */
function runFiles(list) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=600000', ...list], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const counts = {};
    const failedFiles = new Set();
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const text = chunk.toString();
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^\s*test at (\S+?):\d+:\d+/.exec(line);
        if (m) failedFiles.add(path.relative(root, path.resolve(root, m[1])));
        // The runner's closing counts (the failure details that follow them can be long).
        const c = /^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)\s*$/.exec(line);
        if (c) counts[c[1]] = Number(c[2]);
      }
    });
    child.on('close', (code) => {
      const count = (label) => counts[label] ?? 0;
      resolve({ code: code ?? 1, pass: count('pass'), fail: count('fail') + count('cancelled'), skip: count('skipped') + count('todo'), failedFiles: [...failedFiles] });
    });
  });
}

const first = await runFiles(files);
let { pass, fail, skip, code } = first;
// A test that fails on the first run is run once more, with its file, and reported as flaky when it then
// passes: a real failure fails twice. Only for a few files; many failing files mean something is broken.
const retryable = first.failedFiles.filter((f) => /\.test\.tsx?$/.test(f) && fs.existsSync(path.join(root, f)));
if (fail > 0 && fail <= 5 && retryable.length > 0 && retryable.length <= 3) {
  console.log(`\n== ${fail} failed on the first run, in ${retryable.join(', ')}: running ${retryable.length === 1 ? 'that file' : 'those files'} once more\n`);
  const again = await runFiles(retryable);
  const total = first.pass + first.fail;
  fail = again.fail;
  pass = total - fail;
  skip = Math.max(skip, again.skip);
  code = again.code;
  if (again.fail === 0) console.log(`\nFLAKY (failed once, passed on the re-run; fix them): ${retryable.join(', ')}`);
}
if (skipped.length) console.log(`\nSkipped suites:\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
console.log(`\n${pass} passed, ${fail} failed${skip ? `, ${skip} skipped` : ''}`);
if (ci && skip > 0) {
  console.error('CI=true: skipped tests are not allowed.');
  process.exit(1);
}
process.exit(fail > 0 ? code || 1 : code);
