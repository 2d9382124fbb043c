import { pino } from 'pino';
/**
 * Diagnostic log on standard error (JSON lines, pino). Quiet by default: the commands print
 * their own human-readable output; `--verbose` turns on debug detail for bug reports.
 */
export function createLogger(verbose) {
    return pino({ name: 'communique', level: verbose ? 'debug' : 'warn', base: null }, pino.destination({ dest: 2, sync: true }));
}
//# sourceMappingURL=logger.js.map