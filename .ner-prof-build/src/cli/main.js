#!/usr/bin/env node
import { EXIT_TOOL_FAILURE } from '../app/run-counts.js';
import { isCommuniqueError } from '../core/errors.js';
import { buildProgram } from './program.js';
/**
 * Entry point of the `communique` bin. Bad inputs are reported by the commands and give exit
 * code 2; anything thrown to here is a failure of the tool itself (model, store, pipeline): exit 1.
 */
// A reader that stops early (`communique export ... | head`) is not a failure: end quietly.
process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE')
        process.exit(0);
    throw e;
});
try {
    await buildProgram().parseAsync(process.argv);
}
catch (e) {
    const verbose = process.argv.includes('--verbose');
    if (isCommuniqueError(e)) {
        process.stderr.write(`error ${e.code}: ${e.message}\n`);
        if (verbose && e.cause)
            process.stderr.write(`cause: ${String(e.cause.stack ?? e.cause)}\n`);
    }
    else {
        process.stderr.write(`error: ${e instanceof Error ? (verbose ? e.stack : e.message) : String(e)}\n`);
    }
    process.exitCode = EXIT_TOOL_FAILURE;
}
//# sourceMappingURL=main.js.map