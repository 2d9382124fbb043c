import type { ObservedOffice } from './offices.js';
import type { ResolvedOrganisation } from './organisation-resolution.js';
import type { ResolvedPerson } from './person-resolution.js';
/**
 * Export in the shape of the Popolo standard (https://www.popoloproject.com/specs/): Person,
 * Organization, Membership, Post. Popolo's start_date/end_date are tenure; the knowledge base
 * only knows when an office was seen, so those go in the extra fields first_seen/last_seen and
 * the sources list names the documents (Popolo Link: url + note).
 */
export interface PopoloLink {
    url: string;
    note?: string;
}
export interface PopoloPerson {
    id: string;
    name: string;
    other_names: Array<{
        name: string;
    }>;
    national_identity?: string;
    sources: PopoloLink[];
}
export interface PopoloOrganization {
    id: string;
    name: string;
    classification: string;
    area_id?: string;
    other_names?: Array<{
        name: string;
    }>;
    sources?: PopoloLink[];
}
export interface PopoloPost {
    id: string;
    label: string;
    role: string;
    organization_id: string;
    area_id?: string;
}
export interface PopoloMembership {
    id: string;
    person_id: string;
    organization_id: string;
    post_id: string;
    role: string;
    first_seen?: string;
    last_seen?: string;
    /** Observed as a former office somewhere. */
    former?: boolean;
    sources: PopoloLink[];
}
export interface PopoloExport {
    persons: PopoloPerson[];
    organizations: PopoloOrganization[];
    posts: PopoloPost[];
    memberships: PopoloMembership[];
}
/**
 * Persons, their observed offices and the organisations as Popolo JSON. An office with no named
 * institution belongs to its country's state ("state-kaz"); one with neither is left out.
 */
export declare function toPopolo(persons: readonly ResolvedPerson[], offices: readonly ObservedOffice[], organisations?: readonly ResolvedOrganisation[]): PopoloExport;
