/**
 * Feature hashing (Weinberger et al. 2009): features are never stored as strings; a template id
 * and the hashes of the words it reads are mixed into one 32-bit number and masked to a bucket.
 */
/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s, seed = 0x811c9dc5) {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** Mixes one more 32-bit value into a running hash (murmur3 style step). */
export function mix(h, v) {
    let k = Math.imul(v, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
/** murmur3 finaliser: spreads the bits before masking. */
export function finish(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
//# sourceMappingURL=hash.js.map