import type { EventParticipant, PloverCategory } from '../../core/annotations.js';
export declare function eventContext(event: PloverCategory, sentence: string, participants: readonly EventParticipant[]): string[];
