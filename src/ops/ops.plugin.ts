/**
 * Operations endpoints and request bookkeeping: /healthz (the process answers), /readyz (the
 * database answers and every migration has run; 503 otherwise), /metrics (Prometheus, optionally
 * behind a bearer token) and request ids (an incoming X-Request-Id is kept, else one is made;
 * it is logged with every line and returned in the response header).
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { DbHandle } from '../db/database.js';
import { migrations } from '../db/migrate.js';
import { createJobQueue, definePingJob, type JobQueue } from '../jobs/jobs.service.js';
import { createBroadcast, type Broadcast } from './broadcast.js';
import { createMetrics, watchEventLoopStalls } from './metrics.js';
import { createRedis } from './redis.js';
import type { Redis } from 'ioredis';

declare module 'fastify' {
  interface FastifyInstance {
    /** background jobs: define at registration, enqueue from routes; started by the server */
    jobs: JobQueue;
    /** messages to the other app processes (cache invalidation) */
    broadcast: Broadcast;
    /** the shared Redis client when REDIS_URL is set (rate limits), else null */
    redis: Redis | null;
  }
}

const REQUEST_ID_RE = /^[\w.:@/+=-]{1,128}$/;

/** Fastify options: ids come from a well-formed X-Request-Id or are generated (never trusted blindly into logs). */
export const requestIdOptions = {
  requestIdHeader: false as const,
  genReqId(req: IncomingMessage): string {
    const incoming = req.headers['x-request-id'];
    return typeof incoming === 'string' && REQUEST_ID_RE.test(incoming) ? incoming : randomUUID();
  },
};

export interface OpsOptions {
  config: Config;
  handle: DbHandle;
  /** how long /readyz waits for the database before it answers 503 */
  readyTimeoutMs?: number;
  /** job polling interval (tests use a short one) */
  jobPollingIntervalSeconds?: number;
}

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function pendingMigrations(handle: DbHandle): Promise<string[]> {
  let done;
  try {
    done = await sql<{ name: string }>`select name from kysely_migration`.execute(handle.db);
  } catch (err) {
    // A reachable database without the migration table was never migrated.
    if (/no such table|does not exist/.test(String((err as Error).message))) return Object.keys(migrations);
    throw err;
  }
  const names = new Set(done.rows.map((r) => r.name));
  return Object.keys(migrations).filter((name) => !names.has(name));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export async function registerOps(app: FastifyInstance, options: OpsOptions): Promise<void> {
  const { config, handle } = options;
  const { metricsToken } = config;
  const readyTimeoutMs = options.readyTimeoutMs ?? 2000;

  const jobs = createJobQueue(handle, { log: app.log, pollingIntervalSeconds: options.jobPollingIntervalSeconds });
  definePingJob(jobs);
  const broadcast = await createBroadcast(config, app.log, handle.pool);
  const metrics = createMetrics({ pool: handle.pool, jobEvents: jobs.events });
  const stopWatching = watchEventLoopStalls(app.log);
  app.decorate('jobs', jobs);
  app.decorate('broadcast', broadcast);
  const redis = createRedis(config, app.log);
  app.decorate('redis', redis);
  app.addHook('onClose', async () => {
    stopWatching();
    // Requests in flight have finished by now; running jobs finish next, then the connections go.
    await jobs.stop();
    await broadcast.close();
    if (redis) await redis.quit().catch(() => redis.disconnect());
  });

  // While shutting down, a keep-alive connection is closed after its last answer: Node only
  // closes the connections that are idle at the moment close() is called.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // One hook for both (each hook costs a little on every request).
  app.addHook('onSend', (request, reply, _payload, done) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the URL, keeps the number of label values bounded.
    const route = request.routeOptions.url ?? (reply.statusCode === 404 ? 'not_found' : 'unmatched');
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  app.get('/healthz', async (_request, reply) => noStore(reply).send({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    noStore(reply);
    try {
      const pending = await withTimeout(pendingMigrations(handle), readyTimeoutMs);
      if (pending.length > 0) return reply.code(503).send({ status: 'unavailable', database: 'ok', migrations: 'pending', pending });
      return reply.send({ status: 'ok', database: 'ok', migrations: 'ok' });
    } catch (err) {
      request.log.warn({ err }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable', migrations: 'unknown' });
    }
  });

  app.get('/metrics', async (request, reply) => {
    noStore(reply);
    if (metricsToken && !tokenMatches(request.headers.authorization, metricsToken)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').type('text/plain; charset=utf-8').send('Unauthorized\n');
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
