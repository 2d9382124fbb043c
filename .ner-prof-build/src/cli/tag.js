import { readFileSync } from 'node:fs';
import { CommuniqueError } from '../core/errors.js';
import { DEFAULT_NER_MODEL, loadNerModel } from '../nlp/ner/model-loader.js';
import { tagConllText } from '../nlp/ner/tag-conll.js';
/**
 * `communique tag --conll FILE [--labels conll] [--model NAME]` (docs: spec/OUTPUT.md): tags the
 * tokens of a CoNLL-style file as given and prints token<TAB>tag lines, BIO.
 * With --labels conll and no --model, the dedicated CoNLL-2003 model is used when it is installed,
 * else the OntoNotes model's types are mapped to PER/LOC/ORG/MISC.
 */
export function registerTagCommand(program) {
    program
        .command('tag')
        .description('tag the tokens of a CoNLL-style file with named-entity labels (BIO)')
        .requiredOption('--conll <file>', 'CoNLL-style input: first column = token, blank line = sentence end')
        .option('--labels <set>', 'label set: ontonotes (default) or conll (PER/LOC/ORG/MISC)', 'ontonotes')
        .option('--model <name>', 'model folder models/ner-<name>')
        .action((opts) => {
        if (opts.labels !== 'ontonotes' && opts.labels !== 'conll') {
            throw new CommuniqueError('CLI_USAGE', `--labels must be ontonotes or conll, got "${opts.labels}"`);
        }
        let text;
        try {
            text = readFileSync(opts.conll, 'utf8');
        }
        catch (e) {
            throw new CommuniqueError('INPUT_NOT_FOUND', opts.conll, { path: opts.conll }, { cause: e });
        }
        const model = pickModel(opts.labels, opts.model);
        const lines = tagConllText(model, text, { labels: opts.labels }, opts.conll);
        process.stdout.write(lines.join('\n') + '\n');
    });
}
function pickModel(labels, name) {
    if (name)
        return loadNerModel(name);
    if (labels === 'conll') {
        try {
            return loadNerModel('conll');
        }
        catch (e) {
            if (!(e instanceof CommuniqueError) || e.code !== 'MODEL_MISSING')
                throw e;
        }
    }
    return loadNerModel(DEFAULT_NER_MODEL);
}
//# sourceMappingURL=tag.js.map