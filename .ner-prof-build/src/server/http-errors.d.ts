import { z } from 'zod';
import { CommuniqueError, type ErrorCode } from '../core/errors.js';
/** The body of every error response: a code from the catalog (src/core/errors.ts), a message, details. */
export interface ErrorBody {
    error: {
        code: ErrorCode;
        message: string;
        details?: unknown;
    };
}
export declare const ErrorBodySchema: z.ZodObject<{
    error: z.ZodObject<{
        code: z.ZodString;
        message: z.ZodString;
        details: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const statusOf: (code: ErrorCode) => number;
/** A 404 for a resource that does not exist: `notFound('document', id)`. */
export declare const notFound: (kind: string, id: string) => CommuniqueError;
/** A 400 for parameters that are each valid but do not make sense together. */
export declare const invalid: (detail: string) => CommuniqueError;
/** Zod issues as `{path, message}` pairs, with the request part ("querystring.limit"). */
export declare function issueDetails(error: z.ZodError, part: string | undefined): Array<{
    path: string;
    message: string;
}>;
export declare function errorBody(code: ErrorCode, message?: string, details?: unknown): ErrorBody;
