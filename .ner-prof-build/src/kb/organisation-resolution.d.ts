import { type OrganisationObservation } from './observations.js';
/**
 * Organisations across documents: one organisation by normalised name or acronym ("Shanghai
 * Cooperation Organisation" / "SCO") and compatible country. Blocking by name key and acronym.
 */
export declare const ORGANISATION_RULES: readonly [{
    readonly id: "org.same-name";
    readonly kind: "merge";
    readonly description: "Same name once folded, without \"the\" and punctuation.";
}, {
    readonly id: "org.acronym";
    readonly kind: "merge";
    readonly description: "One name is the acronym of the other (initials of its capitalised words).";
}, {
    readonly id: "org.new";
    readonly kind: "new";
    readonly description: "No known organisation with that name or acronym.";
}, {
    readonly id: "org.apart-country";
    readonly kind: "apart";
    readonly description: "Same name, different known countries: two bodies (the Senate of two states).";
}, {
    readonly id: "org.apart-generic";
    readonly kind: "apart";
    readonly description: "A generic name (\"the Senate\", \"Ministry of Foreign Affairs\") without a country on both sides: every state has one.";
}];
export type OrganisationRuleId = (typeof ORGANISATION_RULES)[number]['id'];
export interface ResolvedOrganisation {
    readonly id: string;
    name: string;
    otherNames: string[];
    country: string | null;
    documents: string[];
    sightings: Array<OrganisationObservation & {
        rule: OrganisationRuleId;
    }>;
}
/** A name made only of generic institution words ("the Senate", "Ministry of Foreign Affairs", "MFA"). */
export declare const isGenericName: (name: string) => boolean;
/** Folded name without punctuation and "the": the form names are compared in. */
export declare const orgNameKey: (name: string) => string;
/** The acronym of a multi-word name: initials of its words except function words ("SCO"). */
export declare function acronymOf(name: string): string | null;
/** A name written as an acronym ("SCO", "U.N."): its letters, folded. */
export declare function asAcronym(name: string): string | null;
export declare class OrganisationResolver {
    private readonly orgs;
    /** name key -> ids, acronym -> ids */
    private readonly byKey;
    private readonly byEntity;
    add(o: OrganisationObservation): {
        organisation: string;
        rule: OrganisationRuleId;
    };
    organisationOf(document: string, entity: string): string | undefined;
    organisations(): ResolvedOrganisation[];
    private create;
    private index;
}
/** Resolves organisation observations in a fixed order (long names first, then date, document). */
export declare function resolveOrganisations(observations: readonly OrganisationObservation[]): ResolvedOrganisation[];
