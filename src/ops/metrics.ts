/**
 * Prometheus metrics for one app: HTTP requests by route, method and status, a latency histogram,
 * the PostgreSQL pool, background jobs, and Node's default process metrics (among them the event
 * loop's delay, nodejs_eventloop_lag_*: prom-client starts its histogram afresh at every scrape, so
 * max and p99 cover the time since the last one). One registry per app, so tests and several apps
 * in one process never share counters.
 */
import type { EventEmitter } from 'node:events';
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  observeRequest(method: string, route: string, status: number, seconds: number): void;
}

export function createMetrics(options: { pool?: pg.Pool; jobEvents?: EventEmitter }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to response, by route pattern and method',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const { pool, jobEvents } = options;
  if (pool) {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    gauge('db_pool_connections', 'PostgreSQL connections open in the pool', () => pool.totalCount);
    gauge('db_pool_idle_connections', 'PostgreSQL connections idle in the pool', () => pool.idleCount);
    gauge('db_pool_waiting_requests', 'Queries waiting for a free PostgreSQL connection', () => pool.waitingCount);
  }

  if (jobEvents) {
    const jobs = new Counter({
      name: 'jobs_total',
      help: 'Background jobs by name and outcome (enqueued, completed, failed)',
      labelNames: ['name', 'outcome'] as const,
      registers: [registry],
    });
    for (const outcome of ['enqueued', 'completed', 'failed'] as const) {
      jobEvents.on(outcome, (event: { name: string }) => jobs.inc({ name: event.name, outcome }));
    }
  }

  // Label children cached by a plain string key: prom-client would otherwise hash the label
  // object on every request.
  const children = new Map<string, { count: Counter.Internal; time: Histogram.Internal<'method' | 'route'> }>();
  return {
    registry,
    observeRequest(method, route, status, seconds) {
      const key = `${method} ${status} ${route}`;
      let child = children.get(key);
      if (!child) {
        child = { count: requests.labels(method, route, String(status)), time: duration.labels(method, route) };
        children.set(key, child);
      }
      child.count.inc();
      child.time.observe(seconds);
    },
  };
}

/** Event-loop stalls at least this long are logged (the site's target is p99 < 100 ms under load). */
export const STALL_LOG_MS = 200;
const STALL_CHECK_MS = 50;

/**
 * Logs (warn) every time the event loop was blocked for STALL_LOG_MS or more: a timer that should
 * fire every STALL_CHECK_MS and notes how late it came. A stall delays every request in progress,
 * so the line gives the time to look for in the request log. Returns a function that stops it.
 */
export function watchEventLoopStalls(log: { warn(obj: object, msg: string): void }, thresholdMs = STALL_LOG_MS): () => void {
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const blockedMs = now - last - STALL_CHECK_MS;
    last = now;
    if (blockedMs >= thresholdMs) log.warn({ blockedMs: Math.round(blockedMs) }, 'event loop blocked: every request in progress waited');
  }, STALL_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
