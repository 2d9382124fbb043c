import { z } from 'zod';
import { CommuniqueError, ERRORS } from '../core/errors.js';
export const ErrorBodySchema = z.object({
    error: z.object({
        code: z.string().describe('A code of the error catalog (docs/errors.md)'),
        message: z.string(),
        details: z.unknown().optional(),
    }),
}).describe('Error');
/** HTTP status of each code the API answers with; anything else is a 500. */
const STATUS = { REQUEST_INVALID: 400, NOT_FOUND: 404 };
export const statusOf = (code) => STATUS[code] ?? 500;
/** A 404 for a resource that does not exist: `notFound('document', id)`. */
export const notFound = (kind, id) => new CommuniqueError('NOT_FOUND', `no ${kind} "${id}"`);
/** A 400 for parameters that are each valid but do not make sense together. */
export const invalid = (detail) => new CommuniqueError('REQUEST_INVALID', detail);
/** Zod issues as `{path, message}` pairs, with the request part ("querystring.limit"). */
export function issueDetails(error, part) {
    return error.issues.map((i) => ({ path: [part, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}
export function errorBody(code, message = ERRORS[code], details) {
    return { error: details === undefined ? { code, message } : { code, message, details } };
}
//# sourceMappingURL=http-errors.js.map