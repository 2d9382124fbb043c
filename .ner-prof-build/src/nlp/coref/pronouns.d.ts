import type { Span } from '../../core/span.js';
import type { PersonCluster } from './clusters.js';
/**
 * Pronouns (COREF_RULES 'pronoun-subject'): the first person named earlier in the same sentence (the
 * subject, which "his" most often refers to), else the first person named in the nearest earlier
 * sentence that names one; a person whose honorific or title gives a gender ("Ms", "Sheikh",
 * "spokeswoman") takes only the matching pronouns. Groups ('group'): every person named in the nearest earlier sentence that
 * names two or more.
 */
export declare function linkPronouns(text: string, clusters: readonly PersonCluster[], sentenceOf: (o: number) => number, skip: readonly Span[]): void;
