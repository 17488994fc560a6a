/**
 * Where a load run's CPU went, from /proc (Linux only): the machine's busy share of all its cores, and
 * the CPU time of each group of processes (the app processes, PostgreSQL, nginx, Redis). It shows
 * whether a run was limited by the machine rather than by the app: a second app process cannot add
 * throughput when the cores are already busy with the first one and its helpers.
 */
import fs from 'node:fs';
import os from 'node:os';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** process groups by the command name in /proc/PID/stat, plus the app processes by pid */
const GROUPS: Record<string, (comm: string) => boolean> = {
  postgres: (c) => c === 'postgres',
  nginx: (c) => c === 'nginx',
  redis: (c) => c.startsWith('redis-server'),
};

export interface CpuSnapshot {
  at: number;
  /** busy and total ticks of all cores */
  busy: number;
  total: number;
  /** CPU ms per group */
  groups: Map<string, number>;
}

function machineTicks(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const n = line.trim().split(/\s+/).slice(1).map(Number);
  const total = n.reduce((a, b) => a + b, 0);
  const idle = (n[3] ?? 0) + (n[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** user + system CPU ms of one process (with its waited-for children), or 0 when it is gone */
function processMs(pid: number): { comm: string; ms: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const f = text.slice(close + 2).split(' ');
    // fields after the name: state is f[0]; utime f[11], stime f[12] (fields 14 and 15 of stat)
    return { comm, ms: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return null;
  }
}

/** `apps`: the pids of the app processes, counted as the group "app" */
export function cpuSnapshot(apps: number[]): CpuSnapshot {
  const groups = new Map<string, number>();
  const add = (g: string, ms: number) => groups.set(g, (groups.get(g) ?? 0) + ms);
  const appSet = new Set(apps);
  for (const name of fs.readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const p = processMs(pid);
    if (!p) continue;
    if (appSet.has(pid)) {
      add('app', p.ms);
      continue;
    }
    for (const [g, match] of Object.entries(GROUPS)) if (match(p.comm)) add(g, p.ms);
  }
  return { at: performance.now(), ...machineTicks(), groups };
}

/**
 * "machine 96% of 2 cores; app 98%, postgres 41%, nginx 23%, redis 5%": the
 * share of one core each group used between the two snapshots (processes that started or ended in
 * between are counted for the part seen).
 */
export function cpuUsed(before: CpuSnapshot, after: CpuSnapshot): string {
  const wallMs = after.at - before.at;
  const machine = (after.busy - before.busy) / Math.max(1, after.total - before.total);
  const parts = [...after.groups.entries()]
    .map(([g, ms]) => [g, (ms - (before.groups.get(g) ?? 0)) / wallMs] as const)
    .filter(([, share]) => share >= 0.005)
    .sort((a, b) => b[1] - a[1])
    .map(([g, share]) => `${g} ${Math.round(share * 100)}%`);
  return `machine ${Math.round(machine * 100)}% of ${os.cpus().length} cores; ${parts.join(', ')}`;
}
