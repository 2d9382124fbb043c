const participant = (p) => p.entity_text || p.code || '?';
/**
 * A few readable lines about one analysed document: who is in it, what happened, who said what.
 * For `communique start` and quick looks; the document record is the full form.
 */
export function summarizeRecord(r) {
    const head = [r.date, r.source].filter((x) => Boolean(x)).join(', ');
    const lines = [`${r.id}${head ? ` (${head})` : ''}${r.title ? ` ${JSON.stringify(r.title)}` : ''}`];
    lines.push(`  ${r.sentences.length} sentences, ${r.paragraphs.length} paragraphs, ${r.tokens} tokens`);
    const persons = r.entities.filter((e) => e.type === 'PERSON');
    if (persons.length) {
        lines.push('  persons:');
        for (const p of persons) {
            const facts = [p.titles.join('; '), p.country, p.sector].filter((x) => Boolean(x));
            lines.push(`    ${p.name}${facts.length ? ` (${facts.join(', ')})` : ''}`);
        }
    }
    const others = r.entities.filter((e) => e.type !== 'PERSON');
    if (others.length)
        lines.push(`  other entities: ${others.map((e) => `${e.name} [${e.type}]`).join(', ')}`);
    if (r.events.length) {
        lines.push('  events:');
        for (const e of r.events) {
            const who = e.actor.map(participant).join(' + ');
            const whom = e.recipient.length ? ` -> ${e.recipient.map(participant).join(' + ')}` : '';
            const mode = e.mode.length ? ` [${e.mode.join(', ')}]` : '';
            lines.push(`    ${e.event.join('/')}${mode}: ${who || '?'}${whom}${e.date ? ` (${e.date})` : ''}`);
        }
    }
    if (r.quotes.length) {
        lines.push('  quotes:');
        for (const q of r.quotes) {
            const text = q.text.length > 90 ? `${q.text.slice(0, 87)}...` : q.text;
            lines.push(`    ${q.speaker?.name ?? '(unattributed)'}${q.direct ? '' : ' (reported)'}: "${text}"`);
        }
    }
    if (r.topics.length)
        lines.push(`  topics: ${r.topics.join(', ')}`);
    return lines;
}
//# sourceMappingURL=record-summary.js.map