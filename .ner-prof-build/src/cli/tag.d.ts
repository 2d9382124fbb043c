import type { Command } from 'commander';
/**
 * `communique tag --conll FILE [--labels conll] [--model NAME]` (docs: spec/OUTPUT.md): tags the
 * tokens of a CoNLL-style file as given and prints token<TAB>tag lines, BIO.
 * With --labels conll and no --model, the dedicated CoNLL-2003 model is used when it is installed,
 * else the OntoNotes model's types are mapped to PER/LOC/ORG/MISC.
 */
export declare function registerTagCommand(program: Command): void;
