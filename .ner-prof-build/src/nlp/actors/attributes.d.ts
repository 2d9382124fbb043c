import type { RoleInfo } from '../roles/describe.js';
import type { PersonCluster } from '../coref/clusters.js';
/** The article-level context that decides a person's country when the roles do not. */
export interface AttributeContext {
    readonly defaultCountry: string | null;
    readonly dominantOrganisation: string | null;
    /** Sector order when a person holds several current roles (lexicons/sectors.json). */
    readonly sectorRank: readonly string[];
}
/**
 * A generic head with no institution ("co-chair of the Commission", "official") says little about the
 * sector: a specific office ("Senate Vice Speaker") decides before it.
 */
export declare const isWeakRole: (r: RoleInfo) => boolean;
/** Country of a role, with the article-level rules for offices that name none. */
export declare function roleCountry(r: RoleInfo, ctx: AttributeContext | null): string | null;
export declare function personCountry(c: Pick<PersonCluster, 'roles' | 'linkedRoles' | 'hint' | 'contextCountry'>, ctx: AttributeContext | null): {
    code: string | null;
    rule: string;
};
export declare function personSector(c: Pick<PersonCluster, 'roles' | 'linkedRoles' | 'hint'>, ctx: AttributeContext | null, inherited: string | null): {
    code: string | null;
    rule: string;
};
