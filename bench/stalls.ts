/**
 * Long tasks in a V8 CPU profile (`node --cpu-prof`, or `LOAD_CPU_PROF=DIR npm run bench:load`):
 *
 *   npx tsx bench/stalls.ts FILE.cpuprofile [MIN_MS=50]
 *
 * A task here is a stretch of consecutive samples under the same top-level call (the first frame
 * below the profile's root: a timer, an I/O callback, a promise continuation); garbage collection
 * and `(program)` stretches count as their own tasks. Prints the stretches longer than MIN_MS with
 * their start (seconds into the profile), the deepest frame all their samples share, and the
 * frames that took most of their time. Back-to-back promise continuations with no sample in
 * between merge into one stretch, so a stretch whose deepest shared frame is generic
 * (processTicksAndRejections) may be several short tasks; the heaviest frames tell.
 */
import fs from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, minText] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/stalls.ts FILE.cpuprofile [MIN_MS=50]');
  process.exit(2);
}
const minMs = Number(minText ?? 50);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** root first */
const pathCache = new Map<number, number[]>();
function pathOf(id: number): number[] {
  let p = pathCache.get(id);
  if (!p) {
    const up = parent.get(id);
    p = up === undefined ? [id] : [...pathOf(up), id];
    pathCache.set(id, p);
  }
  return p;
}
const label = (id: number) => {
  const f = byId.get(id)!.callFrame;
  const where = f.url ? ` ${path.basename(f.url)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'}${where}`;
};
const isOurs = (id: number) => {
  const url = byId.get(id)!.callFrame.url;
  return !url.includes('node_modules') && (url.includes('/dist/') || url.includes('/src/'));
};
/** A sample summed under its innermost frames of our own code (not a library's or Node's), then its leaf. */
const summaryOf = (p: number[]) => {
  const ours = p.filter(isOurs).slice(-3);
  const leaf = p[p.length - 1]!;
  return [...ours, ...(ours.includes(leaf) ? [] : [leaf])].map(label).join(' > ');
};

interface Stretch {
  start: number;
  ms: number;
  common: number[];
  frames: Map<string, number>;
}
const stretches: Stretch[] = [];
let current: Stretch | null = null;
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]!;
  // A sample's time runs until the next one.
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const p = pathOf(profile.samples[i]!);
  const top = p[1];
  const idle = top !== undefined && byId.get(top)!.callFrame.functionName === '(idle)';
  if (idle || top === undefined) {
    current = null;
    continue;
  }
  if (current && current.common[1] === top) {
    let k = 0;
    while (k < current.common.length && current.common[k] === p[k]) k++;
    current.common = current.common.slice(0, k);
  } else {
    current = { start: (t - profile.startTime) / 1e6, ms: 0, common: p, frames: new Map() };
    stretches.push(current);
  }
  current.ms += ms;
  const key = summaryOf(p);
  current.frames.set(key, (current.frames.get(key) ?? 0) + ms);
}

const long = stretches.filter((s) => s.ms >= minMs).sort((a, b) => a.start - b.start);
const total = (profile.samples.length && profile.timeDeltas.reduce((a, b) => a + b, 0)) / 1e6;
console.log(`${path.basename(file)}: ${total.toFixed(1)} s profiled, ${long.length} stretches of ${minMs} ms or more (${long.reduce((s, x) => s + x.ms, 0).toFixed(0)} ms)`);
for (const s of long) {
  const heavy = [...s.frames].sort((a, b) => b[1] - a[1]).slice(0, 4);
  console.log(`\n${s.start.toFixed(2)} s  ${s.ms.toFixed(0)} ms  in ${s.common.slice(1).map(label).slice(-3).join(' > ')}`);
  for (const [key, ms] of heavy) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${key}`);
}
