import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
export interface ServeOptions {
    db: string;
    port: string;
    host: string;
    verbose?: boolean;
}
/** Starts the server for `communique serve` and says where it listens; the caller closes it. */
export declare function runServe(opts: ServeOptions): Promise<FastifyInstance>;
/** `communique serve`: the REST API (and the explorer, once built) over a database, read-only. */
export declare function registerServeCommand(program: Command): void;
