/**
 * Capitalised words that are never part of a person's name or of a title's modifiers: function words
 * that open sentences, calendar words, pronouns. Lower-cased.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'and', 'but', 'or', 'as', 'by', 'with', 'from', 'to', 'into',
  'during', 'after', 'before', 'while', 'since', 'until', 'this', 'that', 'these', 'those', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'also', 'among', 'besides', 'according', 'meanwhile', 'however', 'earlier', 'later', 'last', 'next', 'both',
  'each', 'all', 'some', 'many', 'several', 'there', 'here', 'what', 'when', 'where', 'who', 'whom', 'whose',
  'why', 'how', 'if', 'although', 'though', 'then', 'thus', 'so', 'such', 'other', 'another', 'during', 'following',
  'under', 'over', 'about', 'against', 'between', 'within', 'without', 'through', 'upon', 'amid', 'despite',
  'photo', 'video', 'source', 'read', 'more', 'note', 'update', 'updated', 'exclusive', 'breaking', 'news',
  'mr', 'mrs', 'ms', 'dr', 'minister', 'president', 'please', 'thank', 'thanks', 'dear', 'ladies', 'gentlemen',
  'we\'re', 'it\'s', 'let', 'one', 'two', 'three', 'first', 'second', 'third', 'new', 'no', 'not', 'yes',
  'sources', 'officials', 'delegation', 'delegations', 'talks', 'meeting', 'visit', 'agreement', 'memorandum',
]);

/** Prepositions that open a title's of-phrase ("Minister of …", "Ambassador to …", "Committee on …"). */
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'on', 'at']);

/** Lower-case nouns allowed inside a title's of-phrase ("co-chair of the Mongolian part of the Council"). */
export const TITLE_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'part', 'side', 'state', 'states', 'government', 'parliament', 'house', 'chamber', 'country', 'nation', 'republic',
  'people', 'ministry', 'committee', 'commission', 'department', 'office', 'delegation', 'party', 'group',
  'upper', 'lower', 'affairs', 'foreign', 'council', 'assembly', 'administration', 'region', 'province', 'city',
  'security', 'defence', 'defense', 'staff', 'cabinet', 'army', 'forces', 'armed', 'general', 'board', 'bank',
  'embassy', 'mission', 'secretariat', 'organization', 'organisation', 'union', 'agency', 'service', 'presidential',
  'national', 'federal', 'central', 'supreme', 'constitutional', 'court', 'senate', 'legislature',
]);

/** Reporting and speech verbs: "X said" makes X a speaker, usually a person. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'noted', 'stressed', 'added', 'emphasized', 'emphasised', 'underlined', 'underscored',
  'stated', 'declared', 'announced', 'remarked', 'explained', 'pointed', 'highlighted', 'expressed', 'thanked',
  'welcomed', 'congratulated', 'urged', 'called', 'praised', 'wrote', 'tweeted', 'recalled', 'believes', 'reported',
  'met', 'received', 'visited', 'held', 'discussed', 'signed', 'invited', 'confirmed', 'informed', 'briefed', 'asked',
]);
