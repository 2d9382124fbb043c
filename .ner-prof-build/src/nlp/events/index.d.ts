import type { Component } from '../pipeline.js';
export { codeEvents } from './code-events.js';
export { findTriggers, triggerRules } from './trigger-lexicon.js';
/**
 * PLOVER events (16 categories, with mode and context) from trigger rules over sentences, with
 * participants from the actors layer and dates from the dates layer. Uses quotations when the
 * quotes component ran before it (events only stated inside a quotation are not coded).
 */
export declare function eventsComponent(): Component;
