import type { Writable } from 'node:stream';
/** Writes to a stream and waits when its buffer is full, so a large export keeps memory flat. */
export declare function writeOut(chunk: string, stream?: Writable): Promise<void>;
