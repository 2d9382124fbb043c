import { Redis } from 'ioredis';
import { CommuniqueError } from '../core/errors.js';

/** `redis://user:secret@host:6379/0` -> `host:6379`: messages never show a password. */
export function describeRedisUrl(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'redis (unparsable URL)';
  }
}

/**
 * Connects to Redis for BullMQ, failing fast with QUEUE_UNAVAILABLE when the first connection
 * cannot be made (a CLI must not hang on a wrong URL). Once connected, the client reconnects
 * with backoff for as long as it takes: a worker outlives a Redis restart.
 * `maxRetriesPerRequest: null` is what BullMQ requires for its blocking commands.
 */
export async function connectRedis(url: string, options: { connectTimeoutMs?: number } = {}): Promise<Redis> {
  if (!/^rediss?:\/\//iu.test(url)) {
    throw new CommuniqueError('QUEUE_UNAVAILABLE', `expected a redis:// or rediss:// URL, got "${url.split(':')[0] ?? ''}:…"`);
  }
  let connected = false;
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    retryStrategy: (times) => (connected ? Math.min(times * 200, 2000) : null),
  });
  // Errors surface through the commands that fail; an 'error' event without a listener would
  // crash the process on every reconnect attempt. The last one says why a first connect failed
  // (ioredis itself only says "Connection is closed").
  let lastError: Error | undefined;
  client.on('error', (e: Error) => {
    lastError = e;
  });
  try {
    await client.connect();
    connected = true;
  } catch (e) {
    client.disconnect();
    const reason = lastError?.message ?? (e as Error).message;
    throw new CommuniqueError('QUEUE_UNAVAILABLE', `${describeRedisUrl(url)}: ${reason}`, {}, { cause: lastError ?? e });
  }
  return client;
}
