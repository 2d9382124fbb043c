import { PhraseMatcher, type PhraseEntry } from './phrase-matcher.js';
/** A title head ("Minister", "Speaker", "head of state") and the sector it gives (lexicons/titles.json). */
export interface TitleHead extends PhraseEntry {
    readonly id: string;
    readonly sector: string | null;
    /** Only a title with an of-phrase after it ("head of state"). */
    readonly needsOf?: boolean;
    /** Sector and country come from the other side ("counterpart"). */
    readonly inherit?: boolean;
    /** Only a title right before a name ("General Smith"). */
    readonly beforeNameOnly?: boolean;
    /** A verb whose object names the office ("who heads the Ministry of …"); a title only after "who". */
    readonly verbal?: boolean;
    /** The phrase is itself a plural ("heads of state", "deputies"). */
    readonly pluralForm?: boolean;
    /** Takes its sector from an institution in the title ("Chairman of the Senate" is LEG). */
    readonly generic?: boolean;
}
export interface Honorific extends PhraseEntry {
    readonly id: string;
    readonly country?: string;
}
export interface Institution extends PhraseEntry {
    readonly id: string;
    readonly country: string | null;
    readonly sector: string;
}
export interface Qualifier extends PhraseEntry {
    readonly id: string;
    readonly past: boolean;
}
export interface RoleLexicon {
    readonly heads: PhraseMatcher<TitleHead>;
    readonly qualifiers: PhraseMatcher<Qualifier>;
    readonly honorifics: PhraseMatcher<Honorific>;
    readonly institutions: PhraseMatcher<Institution>;
    /** Lower-case words allowed before a head ("political", "opposition"). */
    readonly modifiers: ReadonlySet<string>;
    /** Every word of every qualifier, lower-cased ("first", "deputy", "newly", "appointed"). */
    readonly qualifierWords: ReadonlySet<string>;
    /** Qualifiers that mark a role no longer held ("former", "late"). */
    readonly pastQualifiers: ReadonlySet<string>;
    /** Capitalised words of office and institution names ("Affairs", "Committee"). */
    readonly vocabulary: ReadonlySet<string>;
    /** Sector preference when a person holds several current roles. */
    readonly sectorRank: readonly string[];
}
export declare function roleLexicon(): RoleLexicon;
