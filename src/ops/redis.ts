/** createRedis(config): an ioredis client when REDIS_URL is set, otherwise null (everything then stays in process). */
import { Redis } from 'ioredis';
import type { Config } from '../config.js';

export interface RedisLogger {
  warn(obj: object, msg: string): void;
}

export function createRedis(config: Pick<Config, 'redisUrl'>, log?: RedisLogger): Redis | null {
  if (!config.redisUrl) return null;
  const client = new Redis(config.redisUrl, {
    // Commands wait for a reconnect a little, then fail, so a request never hangs on a dead Redis.
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  // Without a listener, a connection error would crash the process; ioredis reconnects by itself.
  let warned = false;
  client.on('error', (err) => {
    if (!warned) log?.warn({ err }, 'Redis connection problem; reconnecting');
    warned = true;
  });
  client.on('ready', () => {
    warned = false;
  });
  return client;
}
