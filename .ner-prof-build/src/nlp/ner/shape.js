/**
 * Word shapes (Collins 2002; spaCy's `shape_`): X for upper case, x for lower case, d for digits,
 * other characters kept; runs longer than four are cut to four ("Xxxxx" for "Kazakhstan").
 */
export function wordShape(word) {
    let out = '';
    let last = '';
    let run = 0;
    for (const ch of word) {
        const c = shapeChar(ch);
        run = c === last ? run + 1 : 1;
        last = c;
        if (run <= 4)
            out += c;
    }
    return out;
}
/** Shape with every run collapsed to one character ("Xx-Xx" for "Franco-German"). */
export function shortShape(word) {
    let out = '';
    let last = '';
    for (const ch of word) {
        const c = shapeChar(ch);
        if (c !== last)
            out += c;
        last = c;
    }
    return out;
}
function shapeChar(ch) {
    if (ch >= '0' && ch <= '9')
        return 'd';
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== upper)
        return ch === upper ? 'X' : 'x';
    return ch;
}
export function capClass(word) {
    let upper = 0;
    let lower = 0;
    for (const ch of word) {
        const l = ch.toLowerCase();
        const u = ch.toUpperCase();
        if (l === u)
            continue;
        if (ch === u)
            upper++;
        else
            lower++;
    }
    if (upper === 0 && lower === 0)
        return 4 /* CapClass.NoLetters */;
    if (upper === 0)
        return 0 /* CapClass.Lower */;
    if (lower === 0)
        return 2 /* CapClass.Upper */;
    const first = word.charAt(0);
    if (upper === 1 && first === first.toUpperCase() && first !== first.toLowerCase())
        return 1 /* CapClass.Title */;
    return 3 /* CapClass.Mixed */;
}
//# sourceMappingURL=shape.js.map