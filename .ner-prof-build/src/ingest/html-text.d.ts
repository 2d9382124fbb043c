interface NodeLike {
    nodeType: number;
    nodeName: string;
    textContent: string | null;
    childNodes: ArrayLike<NodeLike>;
}
/**
 * The text of an HTML fragment with its paragraph structure: block elements become paragraphs
 * separated by a blank line, <br> a line break, runs of white space inside a paragraph one space.
 */
export declare function htmlToText(html: string): string;
export declare function nodeText(root: NodeLike): string;
export {};
