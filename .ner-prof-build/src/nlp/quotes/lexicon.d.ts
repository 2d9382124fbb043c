/** How a cue verb takes its content: a clause ("said that …"), a noun phrase ("noted the importance of …"), or either. */
export type Complement = 'clause' | 'object' | 'both';
export interface CueVerb {
    readonly id: string;
    readonly forms: readonly string[];
    readonly complement: Complement;
    /** Verbs of saying; verbs of thinking ("believe", "hope") need a person-like speaker. */
    readonly speech: boolean;
    /** "told reporters that …": a listener may stand between the verb and its content. */
    readonly takesListener?: boolean;
    /** "called the meeting ‘historic’": only a quotation makes it a cue. */
    readonly needsQuote?: boolean;
    /** Only with a that-clause ("a study found that …"; not "found the documents"). */
    readonly requiresThat?: boolean;
    /** When set, the object must start with one of these heads ("shared views …"). */
    readonly objectHeads?: readonly string[];
}
export interface CueLexicon {
    readonly verbs: readonly CueVerb[];
    /** Every form (lower case, single spaces) -> its verb. */
    readonly byForm: ReadonlyMap<string, CueVerb>;
    /** Matches any cue form as whole words, longest first ("pointed out" before "pointed"). */
    readonly cuePattern: RegExp;
    /** Nouns for institutions and documents ("the ministry", "the report"): kept as unnamed sources. */
    readonly sourceNouns: ReadonlySet<string>;
    /** Nouns for people ("the minister", "a senior official"): resolved like titles. */
    readonly personNouns: ReadonlySet<string>;
    readonly titleWords: ReadonlySet<string>;
}
interface CueFile {
    verbs: CueVerb[];
    sourceNouns: string[];
    personNouns: string[];
    titleWords: string[];
}
export declare function buildCueLexicon(file: CueFile): CueLexicon;
/** The project's cue lexicon, lexicons/cues.json. */
export declare function cueLexicon(): CueLexicon;
export declare const cueForm: (s: string) => string;
export {};
