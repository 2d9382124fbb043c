import { type Place, type PlaceEntry } from './lexicon.js';
export type { Place, PlaceEntry } from './lexicon.js';
export { normalisePhrase, placeLexicon } from './lexicon.js';
/**
 * The country a phrase names: a country name ("Kazakhstan", "the Kyrgyz Republic"), a short form
 * ("the US", "UK"), a demonym or adjective ("Kazakh", "Malaysian"), a capital or an unambiguous
 * region ("Tatarstan"). Returns the ISO 3166-1 alpha-3 code, or null.
 *
 * @example resolveCountry("Kazakhstan's") // { code: 'KAZ', name: 'Kazakhstan' }
 */
export declare function resolveCountry(phrase: string): Place | null;
/**
 * The code of an international organisation (GUIDELINE.md): UNO for the United Nations, EUR for the
 * European Union and its institutions, IGO for other intergovernmental bodies (SCO, CIS, OSCE, …).
 *
 * @example resolveOrganisation('the UN') // { code: 'UNO', name: 'United Nations' }
 */
export declare function resolveOrganisation(phrase: string): Place | null;
/** A country, region or organisation phrase found in a text. */
export interface PlaceMatch extends PlaceEntry {
    readonly start: number;
    readonly end: number;
}
/**
 * Every place phrase in `text`, longest match first, at word boundaries ("Kazakh Senate" gives
 * "Kazakh"; "the Russian Federation" gives "Russian Federation"). Organisations come before countries
 * when both match the same words ("European Union" is EUR, not a demonym).
 */
export declare function scanPlaces(text: string): PlaceMatch[];
/**
 * Is the phrase a demonym or nationality adjective ("Kazakh", "Malaysian", "Emirati") rather than the
 * name of a place? NORP in OntoNotes terms. world-countries demonyms, else a one-word alias with a
 * nationality ending that is not a country or capital name.
 */
export declare function isDemonym(phrase: string): boolean;
