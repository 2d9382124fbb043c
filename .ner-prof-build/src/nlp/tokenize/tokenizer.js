import { abbreviationClass } from './abbreviations.js';
import * as chars from './char-classes.js';
// Local bindings: hot paths then read module constants, not live export bindings (which some
// loaders compile to getters, and const enums that isolated-module compilers do not inline).
const { DIGIT, LETTER, LOWER, MARK, SPACE, UPPER, WORD } = chars;
const { flagsOf, isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, wordCharLength } = chars;
const K_WORD = 0 /* TokenKind.Word */;
const K_NUMBER = 1 /* TokenKind.Number */;
const K_PUNCT = 2 /* TokenKind.Punct */;
const K_QUOTE = 3 /* TokenKind.Quote */;
const K_DASH = 4 /* TokenKind.Dash */;
const K_URL = 5 /* TokenKind.Url */;
const K_EMAIL = 6 /* TokenKind.Email */;
const K_SYMBOL = 7 /* TokenKind.Symbol */;
const K_ELLIPSIS = 8 /* TokenKind.Ellipsis */;
const K_ABBREVIATION = 9 /* TokenKind.Abbreviation */;
/**
 * An offset-preserving tokenizer that scans char codes once, left to right, and writes tokens to
 * typed arrays. Conventions follow the Penn Treebank / OntoNotes tokenization: clitics split off
 * ("do" "n't", "Kazakhstan" "'s"), hyphenated words kept whole (OntoNotes), punctuation and
 * quotation marks as tokens of their own, abbreviations keep their period ("Mr.", "U.S.").
 */
const APOSTROPHE = 0x27;
const RIGHT_SINGLE = 0x2019;
const LEFT_SINGLE = 0x2018;
const PERIOD = 0x2e;
const HYPHEN = 0x2d;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
    ASCII_WORD[c] = flagsOf(c) & WORD ? 1 : 0;
const isApostrophe = (c) => c === APOSTROPHE || c === RIGHT_SINGLE;
const isHyphen = (c) => c === HYPHEN || c === 0x2010 || c === 0x2011;
/** Double quotation marks and guillemets of every style (Unicode General Punctuation block). */
function isDoubleQuote(c) {
    return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f) || c === 0x2e42
        || (c >= 0x300c && c <= 0x300f) || c === 0xff02 || c === 0x301d || c === 0x301e || c === 0x301f;
}
/** Single quotation marks other than the apostrophe characters, handled on their own. */
const isOtherSingleQuote = (c) => c === LEFT_SINGLE || c === 0x201a || c === 0x201b || c === 0x2039 || c === 0x203a;
/** Dashes: figure, en, em, horizontal bar, two- and three-em, small and full-width hyphen-minus. */
const isDashChar = (c) => (c >= 0x2010 && c <= 0x2015) || c === 0x2e3a || c === 0x2e3b || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
/** Sentence and clause punctuation, brackets: single-character Punct tokens. */
function isPunct(c) {
    switch (c) {
        case 0x2c:
        case 0x3b:
        case 0x3a:
        case 0x21:
        case 0x3f: // , ; : ! ?
        case 0x28:
        case 0x29:
        case 0x5b:
        case 0x5d:
        case 0x7b:
        case 0x7d: // ( ) [ ] { }
        case 0xa1:
        case 0xbf:
        case 0x3001:
        case 0x3002: // ¡ ¿ 、 。
        case 0xff0c:
        case 0xff1a:
        case 0xff1b:
        case 0xff01:
        case 0xff1f:
        case 0xff08:
        case 0xff09:
        case 0x203c:
        case 0x2047:
        case 0x2048:
        case 0x2049: // ‼ ⁇ ⁈ ⁉
            return true;
        default:
            return false;
    }
}
/** English clitics split off as PTB does: 's 're 've 'll 'd 'm (n't is handled apart). */
function isClitic(text, from, to) {
    const len = to - from;
    const a = text.charCodeAt(from) | 0x20;
    if (len === 1)
        return a === 0x73 || a === 0x64 || a === 0x6d; // s d m
    if (len !== 2)
        return false;
    const b = text.charCodeAt(from + 1) | 0x20;
    return (a === 0x72 && b === 0x65) || (a === 0x76 && b === 0x65) || (a === 0x6c && b === 0x6c); // re ve ll
}
const URL_PREFIXES = ['http://', 'https://', 'ftp://', 'www.'];
/** Whether text at i starts with an ASCII lowercase prefix, ignoring case (no string copies). */
function startsWithLower(text, i, to, prefix) {
    if (i + prefix.length >= to)
        return false;
    for (let k = 0; k < prefix.length; k++) {
        const c = text.charCodeAt(i + k);
        const p = prefix.charCodeAt(k);
        if (c !== p && (c | 0x20) !== p)
            return false;
    }
    return true;
}
function startsUrl(text, i, to) {
    const c = text.charCodeAt(i) | 0x20;
    if (c !== 0x68 && c !== 0x66 && c !== 0x77)
        return false; // h f w
    const d = text.charCodeAt(i + 1) | 0x20;
    if (d !== 0x74 && d !== 0x77)
        return false; // t w
    for (const p of URL_PREFIXES)
        if (startsWithLower(text, i, to, p))
            return true;
    return false;
}
/** Characters that end a URL, and those stripped from its end (sentence punctuation, closers). */
const endsUrl = (c) => isSpaceCode(c) || isDoubleQuote(c) || c === 0x3c || c === 0x3e || c === LEFT_SINGLE;
const trailsUrl = (c) => c === PERIOD || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || isApostrophe(c)
    || c === 0x29 || c === 0x5d || c === 0x7d;
/** End of the run of word characters starting at j; ASCII is tested against a table directly. */
function wordRunEnd(text, j, to) {
    while (j < to) {
        const c = text.charCodeAt(j);
        if (c < 128) {
            if (ASCII_WORD[c]) {
                j++;
                continue;
            }
            return j;
        }
        const n = wordCharLength(text, j, to);
        if (!n)
            return j;
        j += n;
    }
    return j;
}
const isRegionalIndicator = (cp) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isEmojiModifier = (cp) => (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
/**
 * End of the symbol starting at i: the code point plus what Unicode (UAX #29) keeps with it in
 * one grapheme: combining marks and variation selectors, skin-tone and tag modifiers,
 * zero-width-joiner sequences (family emoji), and the second regional indicator of a flag.
 */
function symbolEnd(text, i, to) {
    const first = text.codePointAt(i) ?? 0;
    let k = i + (first > 0xffff ? 2 : 1);
    if (k > to)
        return to;
    let flagHalf = isRegionalIndicator(first);
    while (k < to) {
        const c = text.charCodeAt(k);
        if (c < 0x300)
            break;
        const cp = text.codePointAt(k) ?? 0;
        const len = cp > 0xffff ? 2 : 1;
        if (k + len > to)
            break;
        if (flagHalf && isRegionalIndicator(cp)) {
            k += len;
            flagHalf = false;
            continue;
        }
        if (isEmojiModifier(cp) || (len === 1 && flagsOf(c) & MARK)) {
            k += len;
            continue;
        }
        if (c === 0x200d && k + 1 < to && !isSpaceCode(text.charCodeAt(k + 1))) {
            const nx = text.codePointAt(k + 1) ?? 0;
            const nlen = nx > 0xffff ? 2 : 1;
            if (k + 1 + nlen > to)
                break;
            k += 1 + nlen;
            continue;
        }
        break;
    }
    return k;
}
class TokenBuilder {
    count = 0;
    start;
    end;
    kind;
    constructor(capacity) {
        this.start = new Uint32Array(capacity);
        this.end = new Uint32Array(capacity);
        this.kind = new Uint8Array(capacity);
    }
    push(start, end, kind) {
        if (this.count === this.start.length)
            this.grow();
        this.start[this.count] = start;
        this.end[this.count] = end;
        this.kind[this.count] = kind;
        this.count++;
    }
    grow() {
        const n = this.start.length * 2 + 16;
        const s = new Uint32Array(n);
        s.set(this.start);
        this.start = s;
        const e = new Uint32Array(n);
        e.set(this.end);
        this.end = e;
        const k = new Uint8Array(n);
        k.set(this.kind);
        this.kind = k;
    }
    finish() {
        const n = this.count;
        return { count: n, start: this.start.subarray(0, n), end: this.end.subarray(0, n), kind: this.kind.subarray(0, n) };
    }
}
class Scanner {
    text;
    from;
    to;
    b;
    /** A single quotation mark is open in this paragraph: a later ’ after "s" closes it. */
    singleOpen = false;
    constructor(text, from, to) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.b = new TokenBuilder(((to - from) >>> 2) + 16);
    }
    run() {
        const { text, to } = this;
        let i = this.from;
        while (i < to) {
            const c = text.charCodeAt(i);
            if (c < 128 && ASCII_WORD[c]) {
                i = this.word(i);
                continue;
            }
            if (c === 0x20) {
                i++;
                continue;
            }
            const f = flagsOf(c);
            if (f & SPACE) {
                if (c === 0x0a || c === 0x2029)
                    this.singleOpen = false;
                i++;
            }
            else if (f & WORD || wordCharLength(text, i, to)) {
                i = this.word(i);
            }
            else {
                i = this.other(i, c);
            }
        }
        return this.b.finish();
    }
    code(i) {
        return i < this.to ? this.text.charCodeAt(i) : 0;
    }
    /** A word, number, abbreviation, e-mail or URL starting at i; pushes its token(s). */
    word(i) {
        const { text, to, b } = this;
        if (startsUrl(text, i, to))
            return this.url(i);
        const start = i;
        let j = i;
        let segment = i; // start of the part after the last internal period or hyphen
        let dots = 0;
        let shortSegments = true; // every period-separated part is 1-3 letters (U.S., e.g., Ph.D.)
        let hyphenated = false;
        for (;;) {
            j = wordRunEnd(text, j, to);
            if (j >= to)
                break;
            const c = text.charCodeAt(j);
            const prev = text.charCodeAt(j - 1);
            const next = this.code(j + 1);
            if (isHyphen(c)) {
                if (wordCharLength(text, j + 1, to)) {
                    j++;
                    hyphenated = true;
                    segment = j;
                    continue;
                } // D-N.J.
                break;
            }
            if (c === PERIOD) {
                if (!wordCharLength(text, j + 1, to))
                    break;
                const segLen = j - segment;
                if (this.periodJoins(j, prev, next, segLen)) {
                    if (segLen > 3 || !(flagsOf(prev) & LETTER))
                        shortSegments = false;
                    dots++;
                    j++;
                    segment = j;
                    continue;
                }
                break;
            }
            if ((c === 0x2c || c === 0x3a || c === 0x2f) && flagsOf(prev) & DIGIT && flagsOf(next) & DIGIT) {
                j++; // 1,000,000  12:30  13/06/2024
                continue;
            }
            if (c === 0x40 && wordCharLength(text, j + 1, to)) {
                const k = this.emailDomainEnd(j + 1);
                if (k > 0) {
                    b.push(start, k, K_EMAIL);
                    return k;
                }
                break;
            }
            if (c === 0x26 && flagsOf(prev) & UPPER && flagsOf(next) & UPPER) {
                j++;
                continue;
            } // AT&T, S&P
            if (isApostrophe(c)) {
                if (flagsOf(next) & LETTER) {
                    let k = j + 1;
                    while (k < to && flagsOf(text.charCodeAt(k)) & LETTER)
                        k++;
                    if (this.wordEndsAt(k)) {
                        if (isClitic(text, j + 1, k)) {
                            b.push(start, j, this.wordKind(start, j, hyphenated));
                            b.push(j, k, K_WORD);
                            return k;
                        }
                        // n't: "don't" -> "do" "n't", "can't" -> "ca" "n't" (PTB)
                        if (k === j + 2 && (next | 0x20) === 0x74 && (prev | 0x20) === 0x6e && j - 1 > start) {
                            b.push(start, j - 1, K_WORD);
                            b.push(j - 1, k, K_WORD);
                            return k;
                        }
                    }
                    j++; // O'Brien, d'Ivoire, Shi'ite
                    continue;
                }
                if (this.keepsFinalApostrophe(start, j))
                    j++;
                break;
            }
            break;
        }
        // The period after a word: part of the token for abbreviations and initials.
        if (this.code(j) === PERIOD && this.code(j + 1) !== PERIOD) {
            const cls = this.periodClass(dots ? start : segment, j, dots && shortSegments && j - segment <= 3 ? 'acronym' : dots ? 'none' : '');
            if (cls === 'acronym' && isHyphen(this.code(j + 1)) && wordCharLength(text, j + 2, to)) {
                // U.S.-led, U.N.-backed: one hyphenated word (OntoNotes keeps hyphenated words whole).
                const k = wordRunEnd(text, j + 2, to);
                b.push(start, k, K_WORD);
                return k;
            }
            if (cls) {
                b.push(start, j + 1, K_ABBREVIATION);
                return j + 1;
            }
        }
        b.push(start, j, this.wordKind(start, j, hyphenated));
        return j;
    }
    /** Whether a period between word characters stays inside the token. */
    periodJoins(j, prev, next, segLen) {
        const pf = flagsOf(prev);
        const nf = flagsOf(next);
        if (pf & DIGIT && nf & DIGIT)
            return true; // 1,000.50  3.5
        if (nf & LOWER && pf & WORD)
            return true; // e.g  a.m  akorda.kz
        if (nf & UPPER && pf & LETTER && segLen <= 2) {
            // U.S  U.N  Ph.D: the next part is short too, so "A.Smith" is an initial and a name.
            let k = j + 1;
            while (k < this.to && flagsOf(this.text.charCodeAt(k)) & LETTER)
                k++;
            return k - (j + 1) <= 2;
        }
        return false;
    }
    /**
     * Why the period at j belongs to the word [start, j), or '' when it does not. For a hyphenated
     * word `start` is the last part's start (R-Fla.).
     */
    periodClass(start, j, internal) {
        // U.S.  e.g.  a.m.  Ph.D. — but not akorda.kz or 3.5 at a sentence end.
        if (internal)
            return internal === 'acronym' && isLetterCode(this.text.charCodeAt(j - 1)) ? 'acronym' : '';
        const len = j - start;
        const first = this.text.charCodeAt(start);
        if (len === 1 && isUpperCode(first))
            return 'initial';
        if (len > 6)
            return '';
        const cls = abbreviationClass(this.text.slice(start, j));
        if (!cls || cls === 'elision')
            return '';
        if (cls === 'numeric') {
            let k = j + 1;
            while (k < this.to && isSpaceCode(this.text.charCodeAt(k)))
                k++;
            return isDigitCode(this.code(k)) ? cls : '';
        }
        return cls;
    }
    /** True when position k ends the word (no further word character or joined hyphen). */
    wordEndsAt(k) {
        if (k >= this.to)
            return true;
        if (wordCharLength(this.text, k, this.to))
            return false;
        const c = this.text.charCodeAt(k);
        if (isHyphen(c) || isApostrophe(c))
            return !wordCharLength(this.text, k + 1, this.to);
        return true;
    }
    /**
     * A final apostrophe stays with the word when it marks an elided letter: a word of the
     * lexicon's elision class (Dato'), or a capitalised word not ending in s followed by another
     * capitalised word (honorific + name), while no single quotation is open. After an s it is
     * the plural possessive (countries' leaders) and becomes a token of its own.
     */
    keepsFinalApostrophe(start, j) {
        const { text } = this;
        if (abbreviationClass(text.slice(start, j)) === 'elision')
            return true;
        if (this.singleOpen || !isUpperCode(text.charCodeAt(start)))
            return false;
        const last = text.charCodeAt(j - 1) | 0x20;
        if (last === 0x73 || last === 0x7a || last === 0x78 || !isLowerCode(text.charCodeAt(j - 1)))
            return false;
        return this.code(j + 1) === 0x20 && isUpperCode(this.code(j + 2));
    }
    wordKind(start, end, hyphenated) {
        const f = flagsOf(this.text.charCodeAt(start));
        if (f & DIGIT && !hyphenated)
            return K_NUMBER;
        if (f & DIGIT && hyphenated) {
            // 2024-06-13 is a number; 20-year-old is a word.
            for (let k = start; k < end; k++)
                if (flagsOf(this.text.charCodeAt(k)) & LETTER)
                    return K_WORD;
            return K_NUMBER;
        }
        return K_WORD;
    }
    /** End of an e-mail's domain starting at i, or 0 when it has no dot (then it is no e-mail). */
    emailDomainEnd(i) {
        const { text, to } = this;
        let k = i;
        let dots = 0;
        for (;;) {
            for (let n = wordCharLength(text, k, to); n; n = wordCharLength(text, k, to))
                k += n;
            const c = this.code(k);
            if ((c === PERIOD || c === HYPHEN) && wordCharLength(text, k + 1, to)) {
                if (c === PERIOD)
                    dots++;
                k++;
                continue;
            }
            break;
        }
        return dots ? k : 0;
    }
    url(i) {
        const { text, to } = this;
        let k = i;
        while (k < to && !endsUrl(text.charCodeAt(k)))
            k++;
        let open = 0;
        for (let m = i; m < k; m++) {
            const c = text.charCodeAt(m);
            if (c === 0x28)
                open++;
            else if (c === 0x29)
                open--;
        }
        while (k > i + 1) {
            const c = text.charCodeAt(k - 1);
            if (!trailsUrl(c))
                break;
            if (c === 0x29 && open >= 0)
                break; // a balanced ")" belongs to the URL (Wikipedia links)
            if (c === 0x29)
                open++;
            k--;
        }
        this.b.push(i, k, K_URL);
        return k;
    }
    /** Punctuation, quotation marks, dashes and symbols. */
    other(i, c) {
        const { text, to, b } = this;
        if (c === PERIOD || c === 0x2026) {
            let k = i + 1;
            while (k < to && text.charCodeAt(k) === c)
                k++;
            b.push(i, k, c === PERIOD && k - i === 1 ? K_PUNCT : K_ELLIPSIS);
            return k;
        }
        if (isPunct(c)) {
            b.push(i, i + 1, K_PUNCT);
            return i + 1;
        }
        if (c === HYPHEN || isDashChar(c)) {
            let k = i + 1;
            while (k < to && text.charCodeAt(k) === c)
                k++;
            b.push(i, k, K_DASH);
            return k;
        }
        if (isDoubleQuote(c)) {
            b.push(i, i + 1, K_QUOTE);
            return i + 1;
        }
        if (c === 0x60) { // `` (PTB opening quote) or a single `
            const k = this.code(i + 1) === 0x60 ? i + 2 : i + 1;
            b.push(i, k, K_QUOTE);
            this.singleOpen = k === i + 1;
            return k;
        }
        if (isApostrophe(c) || isOtherSingleQuote(c))
            return this.single(i, c);
        // Anything else is a symbol: one code point ($, %, €) or one emoji cluster.
        const k = symbolEnd(text, i, to);
        b.push(i, k, K_SYMBOL);
        return k;
    }
    /** A single quotation mark or an apostrophe not inside a word. */
    single(i, c) {
        const { text, to, b } = this;
        if (c === APOSTROPHE && this.code(i + 1) === APOSTROPHE) {
            b.push(i, i + 2, K_QUOTE);
            return i + 2;
        } // PTB ''
        const prev = i > this.from ? text.charCodeAt(i - 1) : 0x20;
        const prevSpace = i === this.from || isSpaceCode(prev);
        const next = this.code(i + 1);
        if (c !== 0x201a && c !== 0x2039 && c !== 0x203a) {
            // '90s: an elided century, a word of its own.
            if (prevSpace && isDigitCode(next) && isDigitCode(this.code(i + 2)) && !isDigitCode(this.code(i + 3))) {
                let k = i + 3;
                if ((this.code(k) | 0x20) === 0x73 && this.wordEndsAt(k + 1))
                    k++;
                if (this.wordEndsAt(k)) {
                    b.push(i, k, K_NUMBER);
                    return k;
                }
            }
            // A clitic after a closing mark: ”'s
            if (!prevSpace && isApostrophe(c) && flagsOf(next) & LETTER) {
                let k = i + 1;
                while (k < to && flagsOf(text.charCodeAt(k)) & LETTER)
                    k++;
                if (isClitic(text, i + 1, k) && this.wordEndsAt(k)) {
                    b.push(i, k, K_WORD);
                    return k;
                }
            }
            // Plural possessive: countries' leaders.
            if (isApostrophe(c) && !this.singleOpen && (prev | 0x20) === 0x73 && flagsOf(prev) & LETTER) {
                b.push(i, i + 1, K_WORD);
                return i + 1;
            }
        }
        b.push(i, i + 1, K_QUOTE);
        // Opening when it cannot close: a left mark, or a straight mark after a space or an opening
        // bracket and before a non-space.
        const nextSpace = i + 1 >= to || isSpaceCode(next);
        const afterOpener = prevSpace || prev === 0x28 || prev === 0x5b || isDoubleQuote(prev) || isDashChar(prev);
        this.singleOpen = c === LEFT_SINGLE || c === 0x201a || c === 0x201b || c === 0x2039
            || (c !== 0x203a && afterOpener && !nextSpace);
        return i + 1;
    }
}
/**
 * Tokens of text[from, to): half-open UTF-16 ranges in document coordinates, in order, never
 * empty, never containing white space; the text between tokens is white space only.
 */
export function tokenize(text, from = 0, to = text.length) {
    return new Scanner(text, from, to).run();
}
//# sourceMappingURL=tokenizer.js.map