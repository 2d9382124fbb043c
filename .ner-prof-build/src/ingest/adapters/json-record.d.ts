import { z } from 'zod';
import { type BuildContext } from '../build-document.js';
import type { IngestResult } from '../types.js';
/** The JSON article of OUTPUT.md: `{id,url,source,title,date,text}`; other fields are ignored. */
export declare const JsonArticle: z.ZodObject<{
    id: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
    url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    source: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    title: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    date: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    text: z.ZodString;
}, z.core.$strip>;
/** Checks one parsed JSON value against the article shape and builds the document. */
export declare function documentFromJson(value: unknown, ctx: BuildContext): IngestResult;
/** The 1-based line of a JSON.parse error, from the position its message gives. */
export declare function jsonErrorLine(text: string, error: unknown): number | undefined;
