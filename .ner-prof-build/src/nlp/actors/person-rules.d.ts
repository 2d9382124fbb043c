import type { NameSpan } from '../../core/annotations.js';
import { type RoleInfo } from '../roles/describe.js';
import type { Scan } from '../roles/scan.js';
import type { TitlePhrase } from '../roles/title-phrase.js';
import { type NameRun } from './name-run.js';
/** What a rule knows about a person besides roles: a byline names a journalist of no stated country. */
export interface PersonHint {
    readonly sector: string;
    readonly noDefaultCountry: boolean;
}
/** A span that names a person, with the roles and honorifics found around it. */
export interface PersonMention extends NameRun {
    /** The rule that found it (see PERSON_RULES). */
    readonly rule: string;
    readonly roles: RoleInfo[];
    readonly honorifics: string[];
    hint?: PersonHint;
}
/** The rules that find a person's name, as data: id and what evidence each one reads. */
export declare const PERSON_RULES: readonly [{
    readonly id: "title-before-name";
    readonly evidence: "a title phrase right before a capitalised run, honorifics between (\"Speaker of the Senate Maulen …\")";
}, {
    readonly id: "title-comma-name";
    readonly evidence: "a title, a comma or dash, then a run not followed by another capitalised word (\"the Secretary for Strategic Affairs, Ana Ruiz,\")";
}, {
    readonly id: "title-list";
    readonly evidence: "a plural title, then names after \":\" / \"like\" / \"such as\" / \"including\" (\"deputies: A B, C D and E F\")";
}, {
    readonly id: "ner";
    readonly evidence: "an NER PERSON span, titles and honorifics split off";
}, {
    readonly id: "honorific";
    readonly evidence: "an honorific before a run (\"Dato' Sri Ahmad Yusof\", \"Mr Smith\")";
}, {
    readonly id: "apposition";
    readonly evidence: "a run followed by \", TITLE\" and further titles joined by commas or \"and\" (\"Ana Ruiz, Minister of …\")";
}, {
    readonly id: "predicate-title";
    readonly evidence: "a known person followed by \"served as\", \"became\", \"is\", \"was\" + titles (\"Ruiz became Prime Minister\")";
}, {
    readonly id: "byline";
    readonly evidence: "\"By First Last (and First Last)\" opening a line: journalists";
}, {
    readonly id: "signature";
    readonly evidence: "a closing line that is only a name of two or three words: the reporter";
}, {
    readonly id: "repeated-surname";
    readonly evidence: "a run of two or three name words whose last word stands alone elsewhere in the text";
}, {
    readonly id: "speech-verb";
    readonly evidence: "a run of two or more name words before a reporting verb (\"Ana Ruiz said\")";
}, {
    readonly id: "coordination";
    readonly evidence: "a run of two or more name words joined by \"and\" or a comma to a person";
}];
/** Offices predicated of a pronoun ("he would remain head of …"). */
export interface PronounRoles {
    readonly start: number;
    readonly end: number;
    readonly roles: RoleInfo[];
}
export declare function findPersonMentions(scan: Scan, titles: readonly TitlePhrase[], ner: readonly NameSpan[]): {
    persons: PersonMention[];
    pronounRoles: PronounRoles[];
};
