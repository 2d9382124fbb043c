import { extname } from 'node:path';
/** The lower-case extension of a file name or URL path, without the dot: "json", "html", "". */
export const extensionOf = (name) => extname(name.replace(/[?#].*$/u, '')).slice(1).toLowerCase();
/** The first characters after a byte-order mark and leading white space: what sniffing looks at. */
export const headOf = (text, length = 1024) => text.replace(/^\uFEFF/u, '').trimStart().slice(0, length);
/**
 * Document and media formats Communique does not read: named as unsupported rather than
 * reported as binary, so the message says what to do (convert to text or HTML first).
 */
export const UNSUPPORTED_EXTENSIONS = new Set([
    'pdf', 'doc', 'docx', 'odt', 'rtf', 'epub', 'xls', 'xlsx', 'ods', 'ppt', 'pptx',
    'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar', 'tar',
    'png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'tif', 'tiff', 'bmp', 'ico', 'mp3', 'mp4', 'wav', 'avi', 'mov', 'webm',
    'sqlite', 'db', 'exe', 'bin', 'so', 'dll', 'class', 'jar', 'wasm',
]);
//# sourceMappingURL=extension.js.map