import { newAnalysis } from '../core/analysis.js';
import { CommuniqueError } from '../core/errors.js';
import { toRecord } from '../core/record.js';
export const PIPELINE_VERSION = '0.1.0';
export function buildPipeline(components, version = PIPELINE_VERSION) {
    const have = new Set();
    for (const c of components) {
        const missing = c.needs.filter((l) => !have.has(l));
        if (missing.length) {
            throw new CommuniqueError('PIPELINE_INVALID', `component "${c.name}" needs ${missing.join(', ')}, which no earlier component provides`);
        }
        for (const l of c.provides)
            have.add(l);
    }
    const names = components.map((c) => c.name);
    const analyze = (doc) => {
        const a = newAnalysis(doc);
        for (const c of components)
            c.run(a);
        return a;
    };
    return {
        version,
        components,
        analyze,
        record: (doc) => toRecord(analyze(doc), { version, components: names }),
    };
}
//# sourceMappingURL=pipeline.js.map