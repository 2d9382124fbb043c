/**
 * Scale-out ingest: a producer (`ingest --queue`) puts documents on a Redis queue (BullMQ), and
 * any number of workers (`communique worker`) analyse them and store them in a shared store,
 * usually Postgres. See the README's "Scale-out" section.
 */
export { runQueuedIngest, type QueuedIngestOptions, type QueuedIngestStep, type QueuedIngestSummary } from './ingest-producer.js';
export { startIngestWorker, type IngestWorker, type IngestWorkerOptions, type WorkerJobEvent, type WorkerKnowledgeOptions } from './ingest-worker.js';
export { DEFAULT_QUEUE_NAME, jobIdFor, readJobData, type IngestJobData, type IngestJobResult } from './ingest-job.js';
export { connectRedis } from './redis-connection.js';
export { KnowledgeUpdater, type KnowledgeUpdaterOptions } from './knowledge-updater.js';
