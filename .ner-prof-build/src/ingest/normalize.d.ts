export declare function normalizeText(raw: string): string;
