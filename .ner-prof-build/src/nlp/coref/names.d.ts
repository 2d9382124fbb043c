import type { PersonMention } from '../actors/person-rules.js';
import type { Scan } from '../roles/scan.js';
import { type PersonCluster } from './clusters.js';
/**
 * Groups the name mentions found by the person rules into people, then links every other run of
 * name words that is a part or a spelling variant of a known name ("Ashimbayev", "Ashymbayev").
 */
export declare function clusterNames(scan: Scan, persons: readonly PersonMention[], countryOf: (roles: PersonMention['roles']) => string | null): PersonCluster[];
