/**
 * Messages to every other app process, for cache invalidation: Redis pub/sub when REDIS_URL is
 * set, else PostgreSQL LISTEN/NOTIFY, else (SQLite: one process) nothing leaves the process.
 * A process never receives its own messages. After a lost connection, subscribers are called
 * with `null`: messages may have been missed, so caches should be dropped.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../config.js';
import { createRedis, type RedisLogger } from './redis.js';

export type BroadcastListener = (message: string | null) => void;

export interface Broadcast {
  readonly kind: 'local' | 'postgres' | 'redis';
  /** sends to every other process; never throws (a failure is logged) */
  publish(topic: string, message?: string): Promise<void>;
  subscribe(topic: string, listener: BroadcastListener): void;
  close(): Promise<void>;
}

export interface BroadcastLogger extends RedisLogger {
  error(obj: object, msg: string): void;
}

const PG_CHANNEL = 'expertisepunt_broadcast';

interface Envelope {
  origin: string;
  topic: string;
  message: string;
}

function createListeners() {
  const listeners = new Map<string, BroadcastListener[]>();
  return {
    add(topic: string, listener: BroadcastListener) {
      listeners.set(topic, [...(listeners.get(topic) ?? []), listener]);
    },
    deliver(topic: string, message: string | null) {
      for (const l of listeners.get(topic) ?? []) l(message);
    },
    deliverAll(message: null) {
      for (const topic of listeners.keys()) this.deliver(topic, message);
    },
  };
}

/** `pool`: the app's PostgreSQL pool, to send NOTIFY through (else the broadcast opens its own). */
export async function createBroadcast(config: Pick<Config, 'dialect' | 'databaseUrl' | 'redisUrl' | 'redisPrefix'>, log: BroadcastLogger, pool?: pg.Pool): Promise<Broadcast> {
  const origin = randomUUID();
  const listeners = createListeners();
  const receive = (raw: string) => {
    try {
      const env = JSON.parse(raw) as Envelope;
      if (env.origin !== origin) listeners.deliver(env.topic, env.message);
    } catch {
      log.warn({ raw: raw.slice(0, 200) }, 'unreadable broadcast message ignored');
    }
  };
  const envelope = (topic: string, message: string) => JSON.stringify({ origin, topic, message } satisfies Envelope);

  if (config.redisUrl) {
    const pub = createRedis(config, log)!;
    const sub = pub.duplicate();
    sub.on('error', () => {});
    const channel = `${config.redisPrefix}broadcast`;
    let subscribedOnce = false;
    sub.on('ready', () => {
      if (subscribedOnce) listeners.deliverAll(null);
      subscribedOnce = true;
    });
    sub.on('message', (_channel: string, raw: string) => receive(raw));
    await sub.subscribe(channel);
    return {
      kind: 'redis',
      async publish(topic, message = '') {
        await pub.publish(channel, envelope(topic, message)).catch((err) => log.error({ err }, 'broadcast over Redis failed'));
      },
      subscribe: listeners.add,
      async close() {
        sub.disconnect();
        await pub.quit().catch(() => pub.disconnect());
      },
    };
  }

  if (config.dialect === 'postgres') {
    let client: pg.Client | null = null;
    let closed = false;
    let retry: NodeJS.Timeout | null = null;
    const connect = async (): Promise<void> => {
      const c = new pg.Client({ connectionString: config.databaseUrl, application_name: 'expertisepunt-listen' });
      c.on('notification', (n) => {
        if (n.channel === PG_CHANNEL && n.payload) receive(n.payload);
      });
      const lost = (err?: Error) => {
        if (closed || client !== c) return;
        client = null;
        log.warn({ err }, 'PostgreSQL LISTEN connection lost; reconnecting');
        c.end().catch(() => {});
        reconnect(1000);
      };
      c.on('error', lost);
      c.on('end', () => lost());
      await c.connect();
      await c.query(`listen ${PG_CHANNEL}`);
      client = c;
    };
    const reconnect = (delay: number) => {
      retry = setTimeout(() => {
        retry = null;
        if (closed) return;
        connect().then(
          () => listeners.deliverAll(null),
          () => reconnect(Math.min(delay * 2, 10_000)),
        );
      }, delay);
    };
    await connect();
    // NOTIFY goes through a pool connection, so a busy LISTEN client never delays it.
    const ownPool = pool ? null : new pg.Pool({ connectionString: config.databaseUrl, max: 1, idleTimeoutMillis: 10_000, application_name: 'expertisepunt-notify' });
    ownPool?.on('error', () => {});
    const notifier = pool ?? ownPool!;
    return {
      kind: 'postgres',
      async publish(topic, message = '') {
        await notifier.query('select pg_notify($1, $2)', [PG_CHANNEL, envelope(topic, message)]).catch((err) => log.error({ err }, 'broadcast over PostgreSQL failed'));
      },
      subscribe: listeners.add,
      async close() {
        closed = true;
        if (retry) clearTimeout(retry);
        const c = client;
        client = null;
        await Promise.all([c?.end().catch(() => {}), ownPool?.end().catch(() => {})]);
      },
    };
  }

  return {
    kind: 'local',
    async publish() {},
    subscribe: listeners.add,
    async close() {},
  };
}
