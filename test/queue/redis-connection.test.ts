import { describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/queue/redis-connection.js';
import { freePort } from '../services/real-services.js';

describe('redis connection', () => {
  it('redis connection: nothing listening is QUEUE_UNAVAILABLE with the reason, and no password', async () => {
    const port = await freePort();
    const error = await connectRedis(`redis://someone:s3cret-pw@127.0.0.1:${port}`).then(() => null, (e: unknown) => e as Error & { code?: string });
    expect(error?.code).toBe('QUEUE_UNAVAILABLE');
    expect(error?.message).toContain('ECONNREFUSED');
    expect(error?.message).not.toContain('s3cret-pw');
  });

  it('redis connection: a URL that is not redis:// is refused before connecting', async () => {
    await expect(connectRedis('http://127.0.0.1:6379')).rejects.toMatchObject({ code: 'QUEUE_UNAVAILABLE' });
  });
});
