import type { Analysis } from '../../core/analysis.js';
import type { Entity } from '../../core/annotations.js';
import type { Component } from '../pipeline.js';
export { PERSON_RULES } from './person-rules.js';
/**
 * People and the other named entities of a document: PERSON entities with their fullest name, country,
 * PLOVER sector, titles, roles, honorifics and every mention (names, titles, pronouns, groups), then
 * ORG / GPE / NORP / LOC entities with their country or organisation code.
 */
export declare function analyseActors(a: Analysis): Entity[];
/** Provides 'entities': people with roles and coreference, and the other named entities. */
export declare function actorsComponent(): Component;
