export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
/**
 * Limit and offset made safe, the same for every implementation: whole numbers, limit in
 * 1..MAX_LIMIT (default DEFAULT_LIMIT), offset >= 0 (default 0).
 */
export function pageOf(page) {
    const whole = (n, fallback) => n === undefined || !Number.isFinite(n) ? fallback : Math.trunc(n);
    const limit = Math.min(MAX_LIMIT, Math.max(1, whole(page?.limit, DEFAULT_LIMIT)));
    const offset = Math.max(0, whole(page?.offset, 0));
    return { limit, offset };
}
//# sourceMappingURL=page.js.map