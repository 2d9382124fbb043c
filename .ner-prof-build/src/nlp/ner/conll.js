import { CommuniqueError } from '../../core/errors.js';
/** Splits on tabs when the line has one (OntoNotes .bio), else on spaces (CoNLL-2003). */
export function parseConllLine(line, lineNo, path) {
    if (line.startsWith('-DOCSTART-'))
        return { kind: 'docstart', raw: line };
    if (line.trim() === '')
        return { kind: 'blank' };
    const columns = line.includes('\t') ? line.split('\t') : line.trim().split(/ +/u);
    const word = columns[0] ?? '';
    if (word === '')
        throw new CommuniqueError('CONLL_INVALID', `line ${lineNo}: empty first column`, path ? { path, line: lineNo } : { line: lineNo });
    return { kind: 'token', word, columns };
}
export function parseConll(text, path) {
    const lines = text.split(/\r?\n/u);
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l, i) => parseConllLine(l, i + 1, path));
}
/** Groups lines into documents (split at -DOCSTART-) of sentences (split at blank lines). */
export function conllDocuments(lines) {
    const docs = [];
    let doc = [];
    let sent = { words: [], tags: [] };
    const endSentence = () => {
        if (sent.words.length)
            doc.push(sent);
        sent = { words: [], tags: [] };
    };
    const endDoc = () => {
        endSentence();
        if (doc.length)
            docs.push({ sentences: doc });
        doc = [];
    };
    for (const l of lines) {
        if (l.kind === 'docstart')
            endDoc();
        else if (l.kind === 'blank')
            endSentence();
        else {
            sent.words.push(l.word);
            sent.tags.push(l.columns.length > 1 ? (l.columns[l.columns.length - 1] ?? 'O').trim() : 'O');
        }
    }
    endDoc();
    return docs;
}
//# sourceMappingURL=conll.js.map