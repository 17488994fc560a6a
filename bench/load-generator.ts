/**
 * The load generator of bench/load.bench.ts and bench/search.bench.ts: wrk (C, one thread) with
 * bench/load.wrk.lua when it is installed, else autocannon in the bench's own Node process.
 * autocannon costs a lot of CPU per request: on a 2-core machine it took most of a core, the cores
 * the server under test needs, so the figures measured the generator as much as the server.
 * Every request, from whichever connection, takes the next path of the list.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What one run gave, whichever load generator made it. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** connection errors and time-outs */
  errors: number;
  non2xx: number;
  requests: number;
  /** CPU seconds the load generator itself used (wrk's process, or this process for autocannon) */
  generatorCpu: number;
}

export interface LoadRun {
  url: string;
  /** the paths, asked in turn from `start` */
  paths: string[];
  start?: number;
  connections: number;
  seconds: number;
  /** seconds before a request counts as timed out */
  timeout?: number;
  /**
   * Every connection goes through the list from its start instead (autocannon only): the connections
   * then move in step, and each path arrives once per connection at the same time.
   */
  inStep?: boolean;
}

/** wrk on the PATH (or WRK), unless LOAD_GENERATOR=autocannon; null means autocannon. */
function findWrk(): string | null {
  const choice = process.env.LOAD_GENERATOR ?? '';
  if (choice && choice !== 'wrk' && choice !== 'autocannon') throw new Error(`LOAD_GENERATOR must be wrk or autocannon (got "${choice}")`);
  if (choice === 'autocannon') return null;
  const candidates = process.env.WRK ? [process.env.WRK] : (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'wrk'));
  const found = candidates.find((c) => {
    try {
      fs.accessSync(c, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found && choice === 'wrk') throw new Error('LOAD_GENERATOR=wrk but wrk is not installed (apt-get install -y wrk, or set WRK)');
  return found ?? null;
}

const WRK = findWrk();
const WRK_THREADS = 1;
/** Which generator the runs use, for the output. */
export const GENERATOR = WRK ? `wrk (${WRK}, ${WRK_THREADS} thread)` : 'autocannon (in the bench process)';

/** Which generator a run uses, for the output. */
export function generatorOf(run: Pick<LoadRun, 'inStep'>): string {
  return run.inStep ? 'autocannon (in the bench process)' : GENERATOR;
}

export function runLoad(run: LoadRun): Promise<LoadResult> {
  return WRK && !run.inStep ? loadWithWrk(WRK, run) : loadWithAutocannon(run);
}

async function loadWithAutocannon(run: LoadRun): Promise<LoadResult> {
  let next = run.start ?? 0;
  const setupRequest = (req: { path?: string }) => ({ ...req, path: run.paths[next++ % run.paths.length]! });
  const requests = run.inStep ? run.paths.map((p) => ({ method: 'GET' as const, path: p })) : [{ method: 'GET' as const, setupRequest }];
  const cpu = process.cpuUsage();
  const r = await autocannon({ url: run.url, connections: run.connections, duration: run.seconds, timeout: run.timeout ?? 10, requests });
  const used = process.cpuUsage(cpu);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total, generatorCpu: (used.user + used.system) / 1e6 };
}

/**
 * wrk with bench/load.wrk.lua, which prints the figures as one JSON line. It runs under `sh` so that
 * the shell's `times` can report wrk's own CPU time after it exits.
 */
async function loadWithWrk(wrk: string, run: LoadRun): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-load-wrk-'));
  try {
    const list = path.join(dir, 'paths.txt');
    fs.writeFileSync(list, run.paths.join('\n') + '\n');
    const args = [
      `-t${WRK_THREADS}`,
      `-c${run.connections}`,
      `-d${run.seconds}s`,
      '--timeout',
      `${run.timeout ?? 10}s`,
      '-s',
      path.join(ROOT, 'bench/load.wrk.lua'),
      run.url,
      '--',
      list,
      String(run.start ?? 0),
      String(WRK_THREADS),
    ];
    const child = spawn('sh', ['-c', '"$0" "$@"; status=$?; times; exit $status', wrk, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', (c) => resolve(c)));
    const line = out.split('\n').find((l) => l.startsWith('WRK_RESULT '));
    if (code !== 0 || !line) throw new Error(`wrk failed (exit code ${code}): ${out.slice(-2000)}`);
    const r = JSON.parse(line.slice('WRK_RESULT '.length)) as Record<string, number>;
    // `times` prints the shell's own user and system time, then its children's: "0m1.234s 0m0.567s".
    const t = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(out);
    const generatorCpu = t ? Number(t[1]) * 60 + Number(t[2]) + Number(t[3]) * 60 + Number(t[4]) : NaN;
    return {
      rps: r.requests! / (r.duration_us! / 1e6),
      p50: r.p50_us! / 1000,
      p99: r.p99_us! / 1000,
      errors: r.connect! + r.read! + r.write! + r.timeout!,
      non2xx: r.non2xx!,
      requests: r.requests!,
      generatorCpu,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
