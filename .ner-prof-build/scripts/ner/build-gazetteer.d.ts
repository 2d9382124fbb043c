/**
 * Gazetteer categories. The lists come from npm packages (world-countries) and from our own
 * lexicons under lexicons/ner/<category>.txt (one phrase a line, # comments).
 */
export declare const GAZETTEER_CATEGORIES: readonly ["COUNTRY", "CAPITAL", "DEMONYM", "FIRSTNAME", "TITLE", "ORGWORD", "ORGSUFFIX", "PLACEWORD", "MONTH", "WEEKDAY", "NUMBER", "CURRENCY", "UNIT", "LANGUAGE", "ORG", "SURNAME"];
export declare function buildGazetteer(): [string, string][];
