import { parseHTML } from 'linkedom';
/** Elements that end a paragraph: their text is set apart by a blank line. */
const BLOCKS = new Set([
    'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
    'table', 'tr', 'ul',
]);
/** Elements whose text is not article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'select']);
/**
 * The text of an HTML fragment with its paragraph structure: block elements become paragraphs
 * separated by a blank line, <br> a line break, runs of white space inside a paragraph one space.
 */
export function htmlToText(html) {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    return nodeText(document.body);
}
export function nodeText(root) {
    const parts = [];
    const walk = (node) => {
        if (node.nodeType === 3) {
            parts.push((node.textContent ?? '').replace(/\s+/gu, ' '));
            return;
        }
        if (node.nodeType !== 1)
            return;
        const tag = node.nodeName.toLowerCase();
        if (SKIP.has(tag))
            return;
        if (tag === 'br') {
            parts.push('\n');
            return;
        }
        const block = BLOCKS.has(tag);
        if (block)
            parts.push('\n\n');
        for (let i = 0; i < node.childNodes.length; i++) {
            const child = node.childNodes[i];
            if (child)
                walk(child);
        }
        if (block)
            parts.push('\n\n');
    };
    walk(root);
    return parts
        .join('')
        .replace(/[ \t]*\n[ \t]*/gu, '\n')
        .replace(/\n{3,}/gu, '\n\n')
        .trim();
}
//# sourceMappingURL=html-text.js.map