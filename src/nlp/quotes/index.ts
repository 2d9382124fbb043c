import type { Quote, QuoteSpeaker } from '../../core/annotations.js';
import type { Analysis } from '../../core/analysis.js';
import type { Component } from '../pipeline.js';
import { QuoteExtractor, type QuoteDraft } from './extract.js';
import { learnedQuotes, loadQuoteModel, mergeQuotes, spokenByPerson } from './learned/index.js';
import { withLayoutQuotes } from './layouts.js';
import { cueLexicon } from './lexicon.js';
import { isPluralSource, resolveSpeaker, speakerContext, type SpeakerPhrase, type SpeakerState } from './speaker.js';
import { withoutHeadlineRepeats } from './duplicates.js';
import { textUnits } from './text-units.js';

export { QUOTE_CONSTRAINTS, QUOTE_RULES } from './rules.js';

/**
 * Quotations and reported speech with their speakers. Extraction works on the text, paragraphs and
 * sentences alone; only the speaker resolution reads the entities (pronouns and titles resolve to
 * the entity whose mention they are, else to the nearest person before them).
 */
export interface QuoteOptions {
  /**
   * 'all' (default) keeps every source, named or not ("officials", "the ministry"), as PolNeAR
   * annotates them; 'persons' keeps only statements by people, as the gold guideline does
   * (../shared/eval/GUIDELINE.md: "a statement by an institution with no person is skipped").
   */
  readonly speakers?: 'all' | 'persons';
  /**
   * Also run the learned attribution model (models/quotes-polnear, src/nlp/quotes/learned) and add
   * its attributions where no rule quote overlaps them: rule quotes win, the model fills the gaps
   * of the cue lexicon; 'prefer': the model's quotes win on overlap and the rules fill its gaps.
   * Default: 'prefer' in the explicit 'all' mode, which PolNeAR measures (there the model alone beats
   * the rules: content/attribution F1 72.3/66.5 with 'prefer' vs 71.8/65.1 with rules first, PolNeAR
   * dev, model 1.0.0; 75.2/69.2 with 'prefer' and model 1.2.0); off otherwise (on the gold dev
   * articles the model's broad cues cost precision).
   */
  readonly learned?: boolean | 'prefer';
  /**
   * Words in marks inside a reported clause ("X said the visit opened “a new page”"): a direct record
   * of their own, as the gold guideline counts them ('split'), or part of the clause's content, as
   * PolNeAR annotates them ('within'). Default: 'split' in persons mode, 'within' in 'all' mode.
   * See docs/decisions/embedded-quotes.md.
   */
  readonly embedded?: 'split' | 'within';
}

/** A source that is not one person: an institution, a document, a group ("they", "the two sides", "X and Y"). */
function isCollective(text: string, phrase: SpeakerPhrase | null, speaker: QuoteSpeaker | null): boolean {
  if (!phrase || !speaker || speaker.entity) return false;
  const words = text.slice(phrase.start, phrase.end);
  if (phrase.kind === 'source') return true;
  if (isPluralSource(cueLexicon(), words)) return true;
  return /\b(?:and|both|sides|parties|leaders|officials|ministers|presidents|delegations)\b/iu.test(words);
}

export function extractQuotes(a: Analysis, options: QuoteOptions = {}): Quote[] {
  const lex = cueLexicon();
  const units = textUnits(a);
  const ctx = speakerContext(a.text, lex, a.entities, a.names, units.sentences);
  const split = (options.embedded ?? (options.speakers === 'all' ? 'within' : 'split')) === 'split';
  const drafts = new QuoteExtractor(ctx, lex, units, split).run();
  const state: SpeakerState = { lastNamed: null, said: [] };
  const resolved = new Map<QuoteDraft, QuoteSpeaker | null>();
  const out: Quote[] = [];
  for (const d of drafts) {
    const inherited = d.sameSpeakerAs ? resolved.get(d.sameSpeakerAs) : undefined;
    const speaker = inherited !== undefined ? inherited : d.speaker ? resolveSpeaker(ctx, d.speaker, state) : null;
    resolved.set(d, speaker);
    const phrase = d.sameSpeakerAs?.speaker ?? d.speaker;
    if (speaker && phrase) {
      state.said?.push({ start: Math.min(d.start, d.cue?.start ?? d.start), end: Math.max(d.end, d.cue?.end ?? d.end), phrase, speaker });
    }
    // GUIDELINE: a statement is kept when it is attributed to a person; none found ('unattributed-dropped'),
    // or a group ('collective-speaker'), is skipped.
    if (options.speakers === 'persons' && (!speaker || isCollective(a.text, d.sameSpeakerAs?.speaker ?? d.speaker, speaker))) continue;
    out.push({
      start: d.start, end: d.end, text: a.text.slice(d.start, d.end), direct: d.direct,
      cue: d.cue ? { start: d.cue.start, end: d.cue.end, text: a.text.slice(d.cue.start, d.cue.end) } : null,
      speaker,
      by: { component: 'quotes', rule: d.style ? `${d.rule}:${d.style}` : d.rule },
    });
  }
  const rules = withoutHeadlineRepeats(out, units.paragraphs[0]?.end ?? 0);
  if (!(options.learned ?? options.speakers === 'all')) return rules;
  let learned = learnedQuotes(a, loadQuoteModel());
  if (options.speakers === 'persons') learned = learned.filter((q) => spokenByPerson(a, q));
  const prefer = options.learned === 'prefer' || (options.learned === undefined && options.speakers === 'all');
  // A speaker label or a dash attribution (layouts.ts) names the speaker of the whole passage: it survives the model.
  return withLayoutQuotes(mergeQuotes(rules, learned, prefer ? 'learned' : 'rules'), rules);
}

export function quotesComponent(options: QuoteOptions = {}): Component {
  return {
    name: 'quotes',
    needs: ['sentences', 'entities'],
    provides: ['quotes'],
    run: (a) => { a.quotes = extractQuotes(a, options); },
  };
}
