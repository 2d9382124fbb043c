/** One problem as a line a person (and grep) reads: `CODE path:line: message`. */
export function formatProblem(p) {
    const where = p.path === undefined ? '' : ` ${p.path}${p.line === undefined ? '' : `:${p.line}`}`;
    return `${p.code}${where}: ${p.message}`;
}
/** Writes a line to standard error. */
export const warn = (line) => {
    process.stderr.write(line + '\n');
};
/** Writes a line to standard output. */
export const say = (line) => {
    process.stdout.write(line + '\n');
};
/** "failed" for a fault of the tool on a document, "rejected" for a bad input. */
export const problemKind = (p) => (p.code === 'ANALYSIS_FAILED' ? 'failed' : 'rejected');
/** Lists the first problems (at most `limit`) and says how many more there were. */
export function printProblems(problems, notKept, limit = 100) {
    for (const p of problems.slice(0, limit))
        warn(`  ${problemKind(p)} ${formatProblem(p)}`);
    const more = notKept + Math.max(0, problems.length - limit);
    if (more > 0)
        warn(`  … and ${more} more`);
}
/** Aligned `label  value` lines. */
export function table(rows) {
    const width = Math.max(...rows.map(([label]) => label.length));
    return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
//# sourceMappingURL=report.js.map