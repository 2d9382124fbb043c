/**
 * A small well-formedness check for XML: tags balance and nest, comments, CDATA and processing
 * instructions are closed. linkedom's parser repairs broken markup silently, so a truncated feed
 * would read as a shorter feed; this check lets the feed adapter report it instead.
 * Returns null when well formed, else what was expected and the 1-based line.
 */
export function xmlWellFormedError(xml) {
    const stack = [];
    const lineAt = (i) => xml.slice(0, i).split('\n').length;
    let i = 0;
    let sawRoot = false;
    while (i < xml.length) {
        const lt = xml.indexOf('<', i);
        if (lt < 0)
            break;
        const closeOf = (marker, what) => {
            const end = xml.indexOf(marker, lt);
            return end < 0 ? { message: `${what} opened here is never closed`, line: lineAt(lt) } : end + marker.length;
        };
        let next;
        if (xml.startsWith('<!--', lt))
            next = closeOf('-->', 'a comment');
        else if (xml.startsWith('<![CDATA[', lt))
            next = closeOf(']]>', 'a CDATA section');
        else if (xml.startsWith('<?', lt))
            next = closeOf('?>', 'a processing instruction');
        else if (xml.startsWith('<!', lt))
            next = closeOf('>', 'a declaration');
        else {
            const m = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/u.exec(xml.slice(lt, lt + 4096));
            if (!m)
                return { message: 'expected a well-formed tag', line: lineAt(lt) };
            const [whole, closing, name = '', , selfClosing] = m;
            if (closing) {
                const open = stack.pop();
                if (!open)
                    return { message: `unexpected closing tag </${name}>`, line: lineAt(lt) };
                if (open.name !== name)
                    return { message: `expected </${open.name}> (opened on line ${lineAt(open.at)}), got </${name}>`, line: lineAt(lt) };
            }
            else if (!selfClosing) {
                if (stack.length === 0 && sawRoot)
                    return { message: `a second root element <${name}>`, line: lineAt(lt) };
                stack.push({ name, at: lt });
            }
            sawRoot = true;
            next = lt + whole.length;
        }
        if (typeof next !== 'number')
            return next;
        i = next;
    }
    const open = stack.pop();
    if (open)
        return { message: `<${open.name}> is never closed (the document is truncated?)`, line: lineAt(open.at) };
    if (!sawRoot)
        return { message: 'no root element', line: 1 };
    return null;
}
//# sourceMappingURL=xml-check.js.map