import type { Span } from '../../core/span.js';
import { type CueLexicon } from './lexicon.js';
import type { QuoteRuleId } from './rules.js';
import { type SpeakerContext, type SpeakerPhrase } from './speaker.js';
import { type TextUnits } from './text-units.js';
/** A quote before its speaker is resolved to an entity. */
export interface QuoteDraft extends Span {
    readonly direct: boolean;
    readonly cue: Span | null;
    speaker: SpeakerPhrase | null;
    /** Shares the speaker of an earlier draft (split quotation, continuation, participial clause). */
    readonly sameSpeakerAs?: QuoteDraft;
    readonly rule: QuoteRuleId;
    readonly style?: string;
}
export declare class QuoteExtractor {
    private readonly ctx;
    private readonly lex;
    private readonly units;
    private readonly text;
    private readonly passages;
    readonly drafts: QuoteDraft[];
    private readonly usedCues;
    constructor(ctx: SpeakerContext, lex: CueLexicon, units: TextUnits);
    run(): QuoteDraft[];
    private inPassage;
    /** True when every word of [start, end) lies inside quotation marks. */
    private allQuoted;
    private cuesIn;
    /** Trims white space, dashes and end punctuation; drops a leading "that". */
    private content;
    private add;
    private draftCovering;
    private isPersonLike;
    /** Offsets in the sentence where a participial continuation starts (", noting that …"). */
    private participles;
    /**
     * End of a content that starts at `from`: the sentence end, the next participial continuation, or
     * the clause where another source starts speaking (", but he said …", "— and she noted …").
     */
    private contentEnd;
    /** Where a later clause with its own speaker and cue begins, within [from, to). */
    private nextAttribution;
    private framesIn;
    /** Interview transcripts: a paragraph opening "WALLACE: …" or "Mr. Lee: …" is that speaker's words. */
    private transcripts;
    /** True when [from, to) starts with its own speaker and cue ("Aliyev stressed …"). */
    private opensWithAttribution;
    /** "P, X said." / "P, said X." / "P, X said, Q." — and the first-person passages whose marks were lost. */
    private tailIn;
    /** A first-person passage ending "…, said X." starts at its paragraph's start, or after the last sentence with marks or a draft. */
    private lostMarksStart;
    /** X said (that) P. / X told Y that P. / X noted the importance of P. */
    private verbsIn;
    /** The first word after `from` that is a cue or looks like a finite verb: where a clause subject ends. */
    private firstVerbAfter;
    /** ", noting that P" / ", adding P" after a statement: same speaker as the clause before it. */
    private participialIn;
    private directQuotes;
    /**
     * A quotation continued over paragraphs is one record per paragraph (the gold guideline's "one
     * record per contiguous quoted passage"), every part with the first part's speaker.
     */
    private splitByParagraph;
    private startsSentence;
    private startsUnit;
    private paragraphGap;
    /** “…,” X said. / “…,” said X. / “….” He added. */
    private attributionAfter;
    /** X said: “…” / X told reporters, “…” / a sentence ending "X said:" before the quotation. */
    private attributionBefore;
    /** "called the meeting ‘historic’": a cue with a speaker earlier in the sentence. */
    private framingCue;
}
