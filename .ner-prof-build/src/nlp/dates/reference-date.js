import * as chrono from 'chrono-node';
/**
 * The date that relative expressions ("today", "on Tuesday", "last week") are resolved against:
 * the article date; else the dateline's date; else the first full date (day, month and year)
 * in the text. Null when none of these gives a year.
 */
export function referenceDate(doc) {
    const fromIso = (iso) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso ?? '');
        return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
    };
    const fromDoc = fromIso(doc.date) ?? fromIso(doc.meta.dateline?.date);
    if (fromDoc)
        return fromDoc;
    for (const r of chrono.en.parse(doc.text, { instant: new Date(0), timezone: 0 })) {
        // Only a written year counts: with no reference chrono calls the year of "today" certain too.
        if (/\b\d{4}\b/u.test(r.text) && r.start.isCertain('month') && r.start.isCertain('day')) {
            const d = r.start.date();
            return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12));
        }
    }
    return null;
}
export const isoDay = (d) => d.toISOString().slice(0, 10);
//# sourceMappingURL=reference-date.js.map