/** The lower-case extension of a file name or URL path, without the dot: "json", "html", "". */
export declare const extensionOf: (name: string) => string;
/** The first characters after a byte-order mark and leading white space: what sniffing looks at. */
export declare const headOf: (text: string, length?: number) => string;
/**
 * Document and media formats Communique does not read: named as unsupported rather than
 * reported as binary, so the message says what to do (convert to text or HTML first).
 */
export declare const UNSUPPORTED_EXTENSIONS: ReadonlySet<string>;
