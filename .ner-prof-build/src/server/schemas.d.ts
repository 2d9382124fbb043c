import { z } from 'zod';
/**
 * Request schemas shared by the routes. Zod parses (and coerces) query strings and path
 * parameters; the same schemas become the OpenAPI document (src/server/openapi.ts).
 */
export declare const PageQuery: z.ZodObject<{
    limit: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
    offset: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
}, z.core.$strip>;
export declare const DateBound: z.ZodString;
export declare const DateRangeQuery: z.ZodObject<{
    from: z.ZodOptional<z.ZodString>;
    to: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
/** English name of a country code, or null for a code no list knows. */
export declare const countryName: (code: string) => string | null;
/** Three letters, upper-cased ("kaz" is read as "KAZ"). Whether the code exists is the route's 404. */
export declare const CountryCode: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodString>;
/** "KAZ,MYS": two different country codes. */
export declare const CountryPair: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>, z.ZodTuple<[z.ZodString, z.ZodString], null>>;
export declare const PLOVER_CATEGORIES: readonly ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
export declare const Category: z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>, z.ZodEnum<{
    AGREE: "AGREE";
    CONSULT: "CONSULT";
    SUPPORT: "SUPPORT";
    CONCEDE: "CONCEDE";
    COOPERATE: "COOPERATE";
    AID: "AID";
    RETREAT: "RETREAT";
    REQUEST: "REQUEST";
    ACCUSE: "ACCUSE";
    REJECT: "REJECT";
    THREATEN: "THREATEN";
    PROTEST: "PROTEST";
    SANCTION: "SANCTION";
    MOBILIZE: "MOBILIZE";
    COERCE: "COERCE";
    ASSAULT: "ASSAULT";
}>>;
/** A free-text filter or an id: trimmed, at least one character, bounded. */
export declare const Text: z.ZodString;
/** The envelope of every list response. */
export declare const pageOf: <T extends z.ZodType>(item: T) => z.ZodObject<{
    items: z.ZodArray<T>;
    total: z.ZodNumber;
    limit: z.ZodNumber;
    offset: z.ZodNumber;
}, z.core.$strip>;
export interface PageBody<T> {
    items: T[];
    total: number;
    limit: number;
    offset: number;
}
/** A list held in memory cut to one page. */
export declare function slicePage<T>(all: readonly T[], page: {
    limit: number;
    offset: number;
}): PageBody<T>;
/** Date filters of a query in the store's names. */
export declare function rangeOf(q: {
    from?: string | undefined;
    to?: string | undefined;
}): {
    dateFrom?: string;
    dateTo?: string;
};
/** An object without its undefined fields (exactOptionalPropertyTypes: the store's filters take absent, not undefined). */
export declare function defined<T extends Record<string, unknown>>(o: T): {
    [K in keyof T]?: Exclude<T[K], undefined>;
};
