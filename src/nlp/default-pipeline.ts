import { actorsComponent } from './actors/index.js';
import { datesComponent } from './dates/index.js';
import { eventsComponent } from './events/index.js';
import { nerComponent } from './ner/index.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { quotesComponent, type QuoteOptions } from './quotes/index.js';
import { sentencesComponent } from './sentences/index.js';
import { tokenizerComponent } from './tokenize/index.js';
import { topicsComponent } from './topics/index.js';

export interface PipelineOptions {
  /**
   * Which quotation sources to keep. 'persons' (default) keeps statements by people, as an
   * analyst's record and the gold guideline want ("a statement by an institution with no person
   * is skipped"); 'all' also keeps institutions and unnamed sources, as PolNeAR annotates them.
   * See docs/decisions/quote-speakers.md.
   */
  readonly quoteSpeakers?: NonNullable<QuoteOptions['speakers']>;
}

const cache = new Map<string, Pipeline>();

/** The full pipeline: tokens -> sentences -> names -> dates -> actors -> quotes -> events -> topics. */
export function defaultPipeline(options: PipelineOptions = {}): Pipeline {
  const quoteSpeakers = options.quoteSpeakers ?? 'persons';
  let pipeline = cache.get(quoteSpeakers);
  if (!pipeline) {
    pipeline = buildPipeline([
      tokenizerComponent(),
      sentencesComponent(),
      nerComponent(),
      datesComponent(),
      actorsComponent(),
      quotesComponent({ speakers: quoteSpeakers }),
      eventsComponent(),
      topicsComponent(),
    ]);
    cache.set(quoteSpeakers, pipeline);
  }
  return pipeline;
}
