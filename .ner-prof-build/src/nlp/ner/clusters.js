import { hashString } from './hash.js';
/** Bit-prefix lengths used as features (Ratinov & Roth 2009 use 4, 6, 10, 20). */
export const CLUSTER_PREFIXES = [2, 4, 6, 8, 10, 12, 16, 20];
/** Reads "word<TAB>bitpath" lines into word -> hashed prefixes of its path. */
export function clusterTable(text) {
    const table = new Map();
    for (const line of text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        const word = line.slice(0, tab);
        const path = line.slice(tab + 1).trim();
        table.set(word, CLUSTER_PREFIXES.map((k) => hashString(path.slice(0, k) + '/' + Math.min(k, path.length))));
    }
    return table;
}
//# sourceMappingURL=clusters.js.map