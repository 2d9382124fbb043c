/**
 * Time expressions chrono-node misreads or splits, as data with ids. Each rule turns a match
 * into a value relative to the reference date. chrono reads "in May this year" as two
 * expressions ("May", "this year") and ignores a bare year ("in 2022"); news uses both often.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export function monthNumber(name) {
    const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
    return i >= 0 ? i + 1 : null;
}
const MONTH_NAME = '(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const yearShift = (rel) => (/^(last|previous|past)$/i.test(rel) ? -1 : /^next$/i.test(rel) ? 1 : 0);
export const DATE_RULES = [
    {
        // "in May this year", "in November last year", "in March of next year"
        id: 'month-of-relative-year',
        pattern: new RegExp(`\\b${MONTH_NAME}\\s+(?:of\\s+)?(?<rel>this|last|next|previous|the\\s+current)\\s+year\\b`, 'giu'),
        relative: true,
        resolve(m, ref) {
            const month = monthNumber(m.groups?.m ?? '');
            if (!ref || !month)
                return null;
            return { year: ref.getUTCFullYear() + yearShift(m.groups?.rel ?? 'this'), month, precision: 'month' };
        },
    },
    {
        // "last year", "this year", "next year": year precision (chrono would invent a day).
        id: 'relative-year',
        pattern: /\b(?<rel>this|last|next|previous|past)\s+year\b/giu,
        relative: true,
        resolve(m, ref) {
            if (!ref)
                return null;
            return { year: ref.getUTCFullYear() + yearShift(m.groups?.rel ?? 'this'), precision: 'year' };
        },
    },
    {
        // "this month", "earlier this month", "last month", "next month": month precision.
        id: 'relative-month',
        pattern: /\b(?<rel>this|last|next|previous|past)\s+month\b/giu,
        relative: true,
        resolve(m, ref) {
            if (!ref)
                return null;
            const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + yearShift(m.groups?.rel ?? 'this'), 1));
            return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, precision: 'month' };
        },
    },
    {
        // "last week", "this week", "next week": the day is not stated, so month precision.
        id: 'relative-week',
        pattern: /\b(?<rel>this|last|next|previous|past)\s+week\b/giu,
        relative: true,
        resolve(m, ref) {
            if (!ref)
                return null;
            const d = new Date(ref.getTime() + 7 * 86_400_000 * yearShift(m.groups?.rel ?? 'this'));
            return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, precision: 'month' };
        },
    },
    {
        // "in 2022", "since 2015", "of 2019": a year alone has year precision. The preposition keeps
        // numbers such as "2022 participants" out.
        id: 'bare-year',
        pattern: /\b(?:in|since|of|during|from|until|by|early|late|mid-?)\s+(?<y>(?:19|20)\d{2})\b(?![-–/]\d)/giu,
        relative: false,
        resolve(m) {
            return { year: Number(m.groups?.y), precision: 'year' };
        },
    },
];
//# sourceMappingURL=date-rules.js.map