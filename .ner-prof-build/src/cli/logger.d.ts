import { type Logger } from 'pino';
/**
 * Diagnostic log on standard error (JSON lines, pino). Quiet by default: the commands print
 * their own human-readable output; `--verbose` turns on debug detail for bug reports.
 */
export declare function createLogger(verbose: boolean): Logger;
