/**
 * PLOVER categories in the manual's order, grouped by quad class (PLOVER manual: cooperation
 * vs conflict, verbal vs material), with one colour each so that charts and tags agree.
 */
export const CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const COLOURS: Record<string, string> = {
  AGREE: '#2f7d4f', CONSULT: '#3a6ea5', SUPPORT: '#4b9a8f', CONCEDE: '#7aa35a',
  COOPERATE: '#1f5f3a', AID: '#5a8f2f', RETREAT: '#9aa84a', REQUEST: '#8a7a3a',
  ACCUSE: '#c07a2a', REJECT: '#b5652d', THREATEN: '#b04a3a', PROTEST: '#a5533f',
  SANCTION: '#8f3a3a', MOBILIZE: '#7a2f4f', COERCE: '#6b2a2a', ASSAULT: '#4a1a1a',
};

export const categoryColour = (c: string): string => COLOURS[c] ?? '#666';

const CONFLICT = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

export const categoryClass = (c: string): string => (CONFLICT.has(c) ? 'cat-conflict' : 'cat-coop');

/** Levels of contact in the order the dossier lists them (src/kb dyad summary). */
export const LEVEL_LABELS: Record<string, string> = {
  head_of_state: 'Heads of state', 'head-of-state': 'Heads of state', state: 'Heads of state',
  government: 'Heads of government', head_of_government: 'Heads of government', 'head-of-government': 'Heads of government',
  parliament: 'Parliament', minister: 'Ministers', ministers: 'Ministers', ambassador: 'Ambassadors', ambassadors: 'Ambassadors',
  official: 'Other officials', officials: 'Other officials', unknown: 'Office not stated',
};

export const levelLabel = (level: string): string => LEVEL_LABELS[level] ?? level.replace(/[_-]/gu, ' ');
