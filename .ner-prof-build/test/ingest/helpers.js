import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
/** A temporary directory the test writes its input files into. */
export async function tempDir() {
    const dir = await mkdtemp(join(tmpdir(), 'communique-ingest-'));
    return {
        dir,
        async write(name, data) {
            const path = join(dir, name);
            await mkdir(dirname(path), { recursive: true });
            await writeFile(path, data);
            return path;
        },
        remove: () => rm(dir, { recursive: true, force: true }),
    };
}
export async function readAll(inputs, options) {
    const results = [];
    for await (const r of readInputs(inputs, options))
        results.push(r);
    return split(results);
}
export function split(results) {
    const docs = [];
    const problems = [];
    for (const r of results) {
        if (r.kind === 'document')
            docs.push(r.doc);
        else
            problems.push(r.problem);
    }
    return { docs, problems, results };
}
//# sourceMappingURL=helpers.js.map