/**
 * Small invented articles (fictional officials, real countries and institutions) in the input
 * formats, and broken files of each kind the ingest must reject without stopping.
 */
export declare const ARTICLES: {
    readonly plain: string;
    readonly seed: string;
    readonly json: {
        readonly id: "json-article";
        readonly url: "https://example.org/news/1";
        readonly source: "Example Wire";
        readonly title: "Ministers sign a roadmap";
        readonly date: "2024-03-18";
        readonly text: string;
    };
    readonly jsonl: readonly [{
        readonly id: "line-1";
        readonly date: "2024-01-09";
        readonly text: "President Mirela Dobos of Romania spoke by phone with Chancellor Anton Weiss of Austria about energy security.";
    }, {
        readonly id: "line-2";
        readonly date: "2024-01-10";
        readonly text: "The Ministry of Foreign Affairs of Kenya summoned the ambassador of Sudan over remarks made at a briefing.";
    }];
};
/** Distinct good documents in a fixture folder: plain, seed, json and two JSONL lines. */
export declare const GOOD_DOCUMENTS = 5;
export declare function tempDir(prefix: string): string;
/**
 * Writes the good articles under `dir` with the given file-name prefix; with `badLine`, the
 * JSONL file also holds one broken line (line 2) between its two good ones.
 */
export declare function writeGoodArticles(dir: string, prefix?: string, badLine?: boolean): void;
export declare const BROKEN_KINDS: readonly ["empty", "binary", "invalid-json"];
/** Writes one broken file of a kind: an empty text, binary bytes, or a JSON file cut short. */
export declare function writeBroken(dir: string, kind: (typeof BROKEN_KINDS)[number], name: string): void;
