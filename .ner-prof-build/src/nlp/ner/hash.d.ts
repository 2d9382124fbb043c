/**
 * Feature hashing (Weinberger et al. 2009): features are never stored as strings; a template id
 * and the hashes of the words it reads are mixed into one 32-bit number and masked to a bucket.
 */
/** FNV-1a over the UTF-16 code units of a string. */
export declare function hashString(s: string, seed?: number): number;
/** Mixes one more 32-bit value into a running hash (murmur3 style step). */
export declare function mix(h: number, v: number): number;
/** murmur3 finaliser: spreads the bits before masking. */
export declare function finish(h: number): number;
