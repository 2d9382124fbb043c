import type { GazetteerMatcher } from './features.js';
/**
 * Rules applied after the tagger, for name patterns of diplomatic news that the training corpus
 * (mostly US news) hardly shows. Each rule has an id; the component records it as provenance.
 * Lists live in lexicons/ner/name-rules.json.
 */
export interface NameRuleResult {
    readonly tags: string[];
    /** Rule id per token that a rule changed (undefined where the model's tag stands). */
    readonly ruleOf: (string | undefined)[];
}
/**
 * Applies, in order:
 * - `trailing-person`: an ORG/GPE/FAC/LOC span that ends with a two- or three-word person name
 *   ("the Republic of Uzbekistan Bakhtiyor Saidov", long titles before names) is split: the name
 *   becomes PERSON when its last word has a surname ending (-ov, -yev, -enko, ...) and either its
 *   first word is a known given name or the word before it ends a country or institution name.
 *   (Without the surname ending, "Radio Free Europe" and "Happy Mountain Colony" were split.)
 * - `patronymic-particle`: a PERSON span followed by a patronymic word (Kyrgyz "uulu", ...) takes it in.
 */
export declare function applyNameRules(words: readonly string[], tags: readonly string[], model: {
    readonly labels: readonly string[];
    readonly resources: {
        readonly gazetteer: GazetteerMatcher | null;
    };
}): NameRuleResult;
