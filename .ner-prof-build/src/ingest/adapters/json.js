import { problem } from '../../core/errors.js';
import { idFromName } from '../build-document.js';
import { extensionOf } from './extension.js';
import { documentFromJson, jsonErrorLine } from './json-record.js';
/**
 * A `.json` file: one article object, or an array of them. Objects without an id take the file
 * name, and in an array the file name and the item number ("<file>-<n>").
 */
export const jsonAdapter = {
    name: 'json',
    accepts: (name, head) => extensionOf(name) === 'json' || (extensionOf(name) === '' && /^[[{]/u.test(head)),
    *read({ name, origin, text }) {
        let value;
        try {
            value = JSON.parse(text.replace(/^\uFEFF/u, ''));
        }
        catch (e) {
            const line = jsonErrorLine(text, e);
            yield { kind: 'problem', problem: problem('INPUT_JSON_INVALID', e.message, { path: origin, ...(line ? { line } : {}) }) };
            return;
        }
        const base = idFromName(name);
        if (!Array.isArray(value)) {
            yield documentFromJson(value, { origin, fallbackId: base, dates: 'iso' });
            return;
        }
        if (value.length === 0) {
            yield { kind: 'problem', problem: problem('INPUT_EMPTY', 'the JSON array holds no articles', { path: origin }) };
            return;
        }
        for (const [i, item] of value.entries()) {
            yield documentFromJson(item, { origin, fallbackId: base ? `${base}-${i + 1}` : undefined, dates: 'iso' });
        }
    },
};
//# sourceMappingURL=json.js.map