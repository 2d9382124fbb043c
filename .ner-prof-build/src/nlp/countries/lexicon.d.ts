/** What a phrase resolves to: an ISO 3166-1 alpha-3 code (or UNO / EUR / IGO) and a display name. */
export interface Place {
    readonly code: string;
    readonly name: string;
}
/** A phrase of the lexicon and what it resolves to; `kind` says which table it came from. */
export interface PlaceEntry extends Place {
    readonly phrase: string;
    readonly kind: 'country' | 'region' | 'organisation';
    /** Lexicon rule id, for provenance. */
    readonly rule: string;
    readonly caseSensitive: boolean;
}
/** Lower-cased capital cities (world-countries), to tell "Tbilisi" from a demonym. */
export declare function capitalNames(): string[];
/** Apostrophes and dashes unified, so "People’s" and "People's" are one key. */
export declare const normalisePhrase: (s: string) => string;
export declare const foldKey: (s: string) => string;
/** Every phrase we know for a country, a region of one, or an international organisation. */
export declare function placeLexicon(): {
    countries: PlaceEntry[];
    organisations: PlaceEntry[];
    names: Map<string, string>;
};
