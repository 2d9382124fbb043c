import type { Component } from '../pipeline.js';
export { findDates, formatResolved } from './resolve-dates.js';
export { referenceDate, isoDay } from './reference-date.js';
/**
 * Time expressions resolved against the article date (or, when it is missing, the dateline's or
 * the first full date of the text), with day / month / year precision.
 */
export declare function datesComponent(): Component;
