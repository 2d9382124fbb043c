import type { ClusterTable } from './features.js';
/** Bit-prefix lengths used as features (Ratinov & Roth 2009 use 4, 6, 10, 20). */
export declare const CLUSTER_PREFIXES: readonly [2, 4, 6, 8, 10, 12, 16, 20];
/** Reads "word<TAB>bitpath" lines into word -> hashed prefixes of its path. */
export declare function clusterTable(text: string): ClusterTable;
