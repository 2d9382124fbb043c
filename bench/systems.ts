import type { SourceDocument } from '../src/core/document.js';

/** What one system measured on one corpus, in one process of its own. */
export interface SystemResult {
  system: string;
  /** Time to import the library and load its model(s), ms, including a first tiny document. */
  loadMs: number;
  /** Wall time per stage over the whole corpus, ms (systems without stages report one). */
  stages: Record<string, number>;
  /** Wall time of the whole analysis over the corpus, ms. */
  totalMs: number;
  /** Peak resident set size of the process, bytes (process.resourceUsage().maxRSS). */
  peakRssBytes: number;
  /** What the system did per document, in words. */
  work: string;
}

type Run = (docs: readonly SourceDocument[]) => Promise<SystemResult>;

const now = (): number => performance.now();
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
const WARMUP_DOCS = 10;

/** Ours: each component timed on its own, then the whole pipeline (record included) end to end. */
const communique: Run = async (docs) => {
  const t0 = now();
  const { defaultPipeline } = await import('../src/nlp/default-pipeline.js');
  const { newAnalysis } = await import('../src/core/analysis.js');
  const pipeline = defaultPipeline();
  pipeline.record({ id: 'load', text: 'The minister met the ambassador on Monday.', date: null, url: null, source: null, title: null, meta: {} });
  const loadMs = now() - t0;
  for (const d of docs.slice(0, WARMUP_DOCS)) pipeline.record(d);

  const stages: Record<string, number> = {};
  for (const c of pipeline.components) stages[c.name] = 0;
  for (const d of docs) {
    const a = newAnalysis(d);
    for (const c of pipeline.components) {
      const s = now();
      c.run(a);
      stages[c.name] = (stages[c.name] ?? 0) + now() - s;
    }
  }
  const s = now();
  for (const d of docs) pipeline.record(d);
  const totalMs = now() - s;
  return {
    system: 'communique', loadMs, stages, totalMs, peakRssBytes: peakRss(),
    work: `full pipeline (${pipeline.components.map((c) => c.name).join(' > ')}) and the document record`,
  };
};

/** Warms a baseline up on the first documents, then times `work` over all of them: total ms and what it found. */
function timeBaseline(docs: readonly { text: string }[], work: (text: string) => number): { totalMs: number; found: number } {
  for (const d of docs.slice(0, WARMUP_DOCS)) work(d.text);
  const s = now();
  let found = 0;
  for (const d of docs) found += work(d.text);
  return { totalMs: now() - s, found };
}

/** compromise: its own parse plus people, places and organizations (its named-entity views). */
const compromise: Run = async (docs) => {
  const t0 = now();
  const nlp = (await import('compromise')).default;
  nlp('The minister met the ambassador on Monday.').people().out('array');
  const loadMs = now() - t0;
  const work = (text: string): number => {
    const doc = nlp(text);
    return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  };
  const { totalMs, found } = timeBaseline(docs, work);
  return {
    system: 'compromise', loadMs, stages: { 'parse+entities': totalMs }, totalMs, peakRssBytes: peakRss(),
    work: `nlp(text) then .people()/.places()/.organizations() (${found} found)`,
  };
};

/** wink-nlp with wink-eng-lite-web-model: readDoc and its entities. */
const wink: Run = async (docs) => {
  const t0 = now();
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  nlp.readDoc('The minister met the ambassador on Monday.').entities().out();
  const loadMs = now() - t0;
  const work = (text: string): number => nlp.readDoc(text).entities().out().length;
  const { totalMs, found } = timeBaseline(docs, work);
  return {
    system: 'wink-nlp', loadMs, stages: { 'readDoc+entities': totalMs }, totalMs, peakRssBytes: peakRss(),
    work: `nlp.readDoc(text).entities() with wink-eng-lite-web-model (${found} found)`,
  };
};

export const SYSTEMS: Record<string, Run> = { communique, compromise, 'wink-nlp': wink };
