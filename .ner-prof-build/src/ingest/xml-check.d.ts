/**
 * A small well-formedness check for XML: tags balance and nest, comments, CDATA and processing
 * instructions are closed. linkedom's parser repairs broken markup silently, so a truncated feed
 * would read as a shorter feed; this check lets the feed adapter report it instead.
 * Returns null when well formed, else what was expected and the 1-based line.
 */
export declare function xmlWellFormedError(xml: string): {
    message: string;
    line: number;
} | null;
