import type { FastifyInstance } from 'fastify';
import type { DocumentRecord } from '../../src/core/record.js';
import { type ServerOptions } from '../../src/server/index.js';
import type { Repository } from '../../src/store/repository.js';
import { type RecordSpec } from '../contract/make-record.js';
/**
 * A real SQLite store in a temporary file, filled with hand-made records (invented officials,
 * real countries), reopened read-only as the server opens it, and a server over it.
 */
/** makeRecord plus the Senate as an organisation entity, so /api/organisations has data. */
export declare function recordWithSenate(spec: RecordSpec): DocumentRecord;
/**
 * Four documents: three with the Kazakh Senate Speaker (two meetings with a Malaysian envoy, one
 * with a Russian), and one undated French-German meeting from another source.
 */
export declare const FIXTURE_RECORDS: DocumentRecord[];
export interface Fixture {
    app: FastifyInstance;
    repository: Repository;
    close: () => Promise<void>;
}
export declare function serverOver(records: readonly DocumentRecord[], options?: Omit<ServerOptions, 'repository'>): Promise<Fixture>;
export interface Answer {
    status: number;
    body: any;
    headers: Record<string, unknown>;
    text: string;
}
export declare function get(app: FastifyInstance, url: string): Promise<Answer>;
/** Asserts the shape of an error answer and returns its code. */
export declare function errorCode(a: Answer): string;
