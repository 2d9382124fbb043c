/**
 * Datelines and source attributions, as data. Each rule has an id (recorded in the metadata it
 * produces) and a regular expression with named groups: `place`, `date`, `source`, and `paren`
 * (a bracketed part that is either a date or an agency, decided when matched).
 *
 * A dateline is the place (and often date and agency) that opens a wire story; the AP
 * Stylebook's "dateline" entry and the house styles of Reuters, TASS, Xinhua and Kazinform give
 * the shapes below. The text is never changed: the dateline becomes a span in doc.meta that the
 * sentence splitter leaves out of the first sentence.
 */

/** An all-capitals place name: "NUR-SULTAN", "KUALA LUMPUR", "ABU DHABI", "ST. PETERSBURG". */
const CAPS_PLACE = String.raw`[A-Z][A-Z'’.\-]*[A-Z.](?: [A-Z][A-Z'’.\-]*[A-Z.]){0,3}`;
/** A place in title case, optionally with a US-style abbreviation or a bracketed country: "Washington D. C. [USA]". */
const TITLE_PLACE = String.raw`[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}(?: (?:[A-Z]\. ?){1,2}[A-Z]\.?)?(?: \[[A-Z]{2,5}\])?`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/** A day name is never a place: "Accra, Ghana, Tuesday 14 March 2023" ends its places at "Ghana". */
const PLACE = String.raw`(?!${WEEKDAY}\b)(?:${CAPS_PLACE}|${TITLE_PLACE})`;
/** "June 13", "Jan. 24, 2024", "13 June 2024", "Tuesday 14 March 2023", "14.09.2023". */
const DATE = String.raw`(?:(?:${WEEKDAY},? )?(?:${MONTH}\.? \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH}\.?(?: \d{4})?)|\d{1,2}\.\d{1,2}\.\d{4})`;
/** An agency name inside brackets or slashes: "Reuters", "AP", "NIAT Khovar", "TASS". */
const AGENCY = String.raw`[A-Z][A-Za-z0-9&.' \-]{0,28}[A-Za-z.]`;
const DASH = String.raw`(?:--|[–—-])`;

export interface DatelineRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly example: string;
  /** A further check on the text after the match (end = the match's end). */
  readonly accept?: (text: string, end: number) => boolean;
}

const paragraphEnd = (text: string, from: number): number => {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
};

/**
 * A lead paragraph is long; a headline is short. Measured on 840 PolNeAR headlines of the form
 * "Speaker: what they said": all are under 100 characters, wire leads are longer.
 */
const MIN_LEAD_CHARS = 100;

/** Tried in order; the first that matches at the start of the text wins. Most specific first. */
export const DATELINE_RULES: readonly DatelineRule[] = [
  {
    id: 'place-date-bracket-agency',
    example: 'ASTANA, June 13 (Reuters) -',
    // PTI and IANS leave the separator out: "NEW DELHI, June 13 (PTI) Prime Minister ...".
    pattern: new RegExp(String.raw`^(?<place>${PLACE}(?:, ${PLACE})?), (?<date>${DATE}) \((?<source>${AGENCY})\)(?: ?(?:${DASH}|:)|(?= [A-Z"“]))`, 'u'),
  },
  {
    id: 'place-date-colon',
    example: 'NEW DELHI, June 13:',
    pattern: new RegExp(String.raw`^(?<place>${PLACE}(?:, ${PLACE})?), (?<date>${DATE}):(?= [A-Z"“‘«])`, 'u'),
  },
  {
    id: 'places-date-dot',
    // Trend and APA: "BAKU, Azerbaijan, June 13. Azerbaijani President ...". A place in capitals
    // is required: "Also, June 13." must not pass.
    example: 'BAKU, Azerbaijan, June 13.',
    pattern: new RegExp(String.raw`^(?<place>${CAPS_PLACE}(?:, ${PLACE})?), (?<date>${DATE})\.(?= [A-Z"“‘«])`, 'u'),
  },
  {
    id: 'place-date-slash-agency',
    example: 'MOSCOW, March 3. /TASS/.',
    pattern: new RegExp(String.raw`^(?<place>${PLACE}), (?<date>${DATE})\.? /(?<source>${AGENCY})/(?:\.| ?${DASH})?`, 'u'),
  },
  {
    id: 'place-date-agency-dash',
    example: 'Astana. July 4. KazTAG -',
    pattern: new RegExp(String.raw`^(?<place>${PLACE})\. (?<date>${DATE})\. (?<source>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?) ${DASH}`, 'u'),
  },
  {
    id: 'place-dot-agency',
    // The agency is in capitals; the dash is sometimes left out ("ASTANA. KAZINFORM Foreign Ministers ...").
    example: 'NUR-SULTAN. KAZINFORM –',
    pattern: new RegExp(String.raw`^(?<place>${CAPS_PLACE})\. (?<source>[A-Z][A-Z]{2,}(?: [A-Z]{2,})?)(?: ${DASH}|(?= [A-Z]))`, 'u'),
  },
  {
    id: 'place-slash-agency',
    example: 'Ulaanbaatar /MONTSAME/.',
    pattern: new RegExp(String.raw`^(?<place>${PLACE}) /(?<source>${AGENCY})/(?:\.| ?${DASH})?`, 'u'),
  },
  {
    id: 'place-bracket',
    // The bracket holds the agency ("WASHINGTON (AP) —") or the date ("KUALA LUMPUR (April 25):").
    example: 'WASHINGTON (AP) —',
    // AP adds the state or country: "BAKU, Azerbaijan (AP) —".
    pattern: new RegExp(String.raw`^(?<place>${PLACE}(?:, ${PLACE})?) \((?<paren>${DATE}|${AGENCY})\) ?(?:${DASH}|:)`, 'u'),
  },
  {
    id: 'places-date-dash',
    example: 'Government House, Accra, Ghana, Tuesday 14 March 2023 –',
    pattern: new RegExp(String.raw`^(?<place>${PLACE}(?:, ${PLACE}){0,3}),? (?<date>${DATE})\.? ?${DASH}`, 'u'),
  },
  {
    id: 'place-date-lines',
    // A press-release heading: the place on one line, the date on the next.
    example: 'New York\n\n21 September 2017\n',
    pattern: new RegExp(String.raw`^(?<place>${PLACE})\n+(?<date>${DATE})(?=\n)`, 'u'),
  },
  {
    id: 'caps-place-dash',
    example: 'ABU DHABI -',
    pattern: new RegExp(String.raw`^(?<place>${CAPS_PLACE}) ${DASH}(?= )`, 'u'),
  },
  {
    id: 'place-colon',
    // A colon also follows a headline's speaker ("Graham: Trump's remarks ..."), so the colon must
    // open a full lead paragraph, ending like a sentence.
    example: 'KUALA LUMPUR: The foreign ministers of Kazakhstan and Malaysia met in the Malaysian capital today to discuss trade and investment.',
    pattern: new RegExp(String.raw`^(?<place>${PLACE}):(?= [A-Z"“‘«][^\n]*[.!?"”’»)]\s*(?:\n|$))`, 'u'),
    accept: (text, end) => paragraphEnd(text, end) - end >= MIN_LEAD_CHARS,
  },
];

/**
 * Words that can open an article followed by a colon or a dash without being a place
 * ("UPDATE:", "EXCLUSIVE -", "Note:"), so a dateline rule must not take them.
 */
export const NOT_PLACES: ReadonlySet<string> = new Set(
  // organisations and countries written as acronyms open headlines ("EU - Kazakhstan ..."); datelines name cities
  ['eu', 'un', 'us', 'usa', 'uk', 'uae', 'nato', 'asean', 'cis', 'sco', 'brics', 'opec', 'g7', 'g20', 'osce', 'csto', 'eaeu', 'imf', 'who', 'wto',
  'update', 'updated', 'exclusive', 'breaking', 'note', 'editor', "editor's note", 'correction', 'analysis', 'opinion', 'interview', 'video', 'photo', 'watch', 'live', 'the', 'a', 'an', 'president', 'minister', 'summary', 'factbox', 'explainer'],
);

/** House names of agencies as they are usually written, for agencies datelines print in capitals. */
export const AGENCY_NAMES: Readonly<Record<string, string>> = {
  KAZINFORM: 'Kazinform',
  KAZTAG: 'KazTAG',
  XINHUA: 'Xinhua',
  REUTERS: 'Reuters',
  BERNAMA: 'Bernama',
  MONTSAME: 'MONTSAME',
  TASS: 'TASS',
  AP: 'AP',
  AFP: 'AFP',
  BELTA: 'BelTA',
  TREND: 'Trend',
  AKIPRESS: 'AKIpress',
  KABAR: 'Kabar',
  UZA: 'UzA',
  ANADOLU: 'Anadolu',
};

export interface AttributionRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly example: string;
}

/** A reporting agency in an attribution clause: "Kazinform", "Kazinform News Agency", "BelTA". */
const REPORTER = String.raw`[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}`;
const AGENCY_REPORTER = String.raw`[A-Z][A-Za-z]+(?: (?:News |Information |Press )?Agency| News| Press| Times| Post| Today| Daily| Telegraph)?`;
/** Who is cited: up to the end of the clause. */
const CITED = String.raw`[^.!?\n]{3,120}?`;
/** The end of the clause: the sentence's full stop (or the end of the paragraph). */
const CLAUSE_END = String.raw`(?=\.(?:\s|$)|\n|$)`;

/**
 * Trailing attribution clauses, a comma then the clause to the end of the sentence. Kazinform,
 * TASS and BelTA close their lead sentence with one ("…, Kazinform cites the press service of the
 * Senate"). The span starts after the comma and ends before the full stop.
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  {
    id: 'agency-cites-source',
    example: ', Kazinform cites the press service of the Senate.',
    pattern: new RegExp(String.raw`, (?<span>(?<source>${REPORTER}) (?:cites|quotes|reports citing|reports,? citing|reports with reference to|learned from|learnt from|reports via|informs with reference to) (?<cited>${CITED}))${CLAUSE_END}`, 'u'),
  },
  {
    id: 'source-press-service-reports',
    example: ", the ministry's press service reports.",
    pattern: new RegExp(String.raw`, (?<span>(?<cited>(?:the |[A-Z][A-Za-z]+'s )?(?:[A-Za-z’' \-]{0,60} )?press (?:service|office)(?: of (?:the )?[^,.!?\n]{2,80}?)?) (?:reports|reported|said|says|informs|informed|added|announced|stated))${CLAUSE_END}`, 'u'),
  },
  {
    id: 'agency-reports',
    example: ', Kazinform News Agency reports.',
    // A one-word name or one ending like an agency's: "Meridian reported" is an attribution,
    // "Erbol Kuanyshbayev reported" is reported speech and left to the quote component.
    pattern: new RegExp(String.raw`, (?<span>(?<source>${AGENCY_REPORTER}) (?:reports|reported|informs|writes))${CLAUSE_END}`, 'u'),
  },
  {
    id: 'reports-source',
    example: ', reports Akorda.',
    pattern: new RegExp(String.raw`, (?<span>(?:reports|informs|writes) (?<cited>(?:the )?${REPORTER}(?: press (?:service|office))?))${CLAUSE_END}`, 'u'),
  },
  {
    id: 'according-to-press-service',
    example: ', according to the press service of the President.',
    pattern: new RegExp(String.raw`, (?<span>according to (?<cited>(?:the )?(?:[A-Za-z’' \-]{0,40} )?press (?:service|office)(?: of (?:the )?[^,.!?\n]{2,80}?)?))${CLAUSE_END}`, 'u'),
  },
];

/** Words that end an agency name but are not part of the name the source goes by. */
export const AGENCY_SUFFIX = /\s+(?:News Agency|Information Agency|news agency|Agency|agency)$/u;
