/**
 * The knowledge base: cross-document persons and organisations, offices over time (Popolo),
 * near-duplicate stories, cross-document events and country-pair summaries. Pure functions over
 * document records; the store persists their outputs.
 *
 * @example
 * const obs = records.flatMap(personObservations);
 * const { persons, personOf } = resolvePersons(obs);
 * const events = clusterEvents(records.flatMap((r) => eventObservations(r, personOf)));
 * const dossier = summariseDyad(events, 'KAZ', 'RUS');
 */
export * from './contact-levels.js';
export * from './dyads.js';
export * from './event-clusters.js';
export * from './knowledge-base.js';
export * from './near-duplicates.js';
export * from './observations.js';
export * from './offices.js';
export * from './organisation-resolution.js';
export * from './person-names.js';
export * from './person-resolution.js';
export * from './person-rules.js';
export * from './plover-weights.js';
export * from './popolo.js';
