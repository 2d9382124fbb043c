import { extname } from 'node:path';

/** The lower-case extension of a file name or URL path, without the dot: "json", "html", "". */
export const extensionOf = (name: string): string => extname(name.replace(/[?#].*$/u, '')).slice(1).toLowerCase();

/** The first characters after a byte-order mark and leading white space: what sniffing looks at. */
export const headOf = (text: string, length = 1024): string => text.replace(/^\uFEFF/u, '').trimStart().slice(0, length);
