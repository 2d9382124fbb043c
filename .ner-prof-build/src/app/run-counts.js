/**
 * Process exit codes, one meaning each: 0 every input stored (or already there),
 * 2 some inputs were rejected, 1 the tool itself failed.
 */
export const EXIT_OK = 0;
export const EXIT_TOOL_FAILURE = 1;
export const EXIT_SOME_REJECTED = 2;
export function exitCodeFor(counts) {
    if (counts.failed > 0)
        return EXIT_TOOL_FAILURE;
    if (counts.rejected > 0)
        return EXIT_SOME_REJECTED;
    return EXIT_OK;
}
/** Keeps the first problems of a run in full and counts the rest, so memory stays flat. */
export class ProblemLog {
    limit;
    kept = [];
    dropped = 0;
    constructor(limit) {
        this.limit = limit;
    }
    add(p) {
        if (this.kept.length < this.limit)
            this.kept.push(p);
        else
            this.dropped++;
    }
}
//# sourceMappingURL=run-counts.js.map