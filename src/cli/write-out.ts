import type { Writable } from 'node:stream';

/** Writes to a stream and waits when its buffer is full, so a large export keeps memory flat. */
export function writeOut(chunk: string, stream: Writable = process.stdout): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (e: Error): void => {
      stream.off('drain', onDrain);
      reject(e);
    };
    const onDrain = (): void => {
      stream.off('error', onError);
      resolve();
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
