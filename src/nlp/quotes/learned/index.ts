export { learnedQuotes, mergeQuotes, spokenByPerson, LEARNED_RULE } from './quotes.js';
export { loadQuoteModel, loadQuoteModelFrom, useQuoteModel, DEFAULT_QUOTE_MODEL, type QuoteModelManifest } from './model-loader.js';
export { LearnedQuoteModel, type LearnedAttribution } from './model.js';
