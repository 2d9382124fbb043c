import { api, type EventSummary } from '../api.js';
import { networkFigure, type NetEdge, type NetNode } from '../charts/network.js';
import { empty, h, section } from '../dom.js';
import type { Page } from '../router.js';
import { table } from '../views.js';

const keyOf = (p: EventSummary['actors'][number]): string => `${p.text.toLowerCase()}|${p.code ?? ''}`;

/**
 * Who met whom (#/network): named participants of CONSULT events (PLOVER manual: meetings,
 * visits and calls are CONSULT), one tie per pair weighted by the number of reports.
 */
export const networkPage: Page = async (main) => {
  const page = await api.events({ category: 'CONSULT' });
  const nodes = new Map<string, NetNode>();
  const ties = new Map<string, NetEdge>();
  for (const e of page.items) {
    const named = (ps: EventSummary['actors']) => ps.filter((p) => p.entity !== null);
    for (const a of named(e.actors)) {
      for (const r of named(e.recipients)) {
        const [ka, kr] = [keyOf(a), keyOf(r)];
        if (ka === kr) continue;
        for (const [k, p] of [[ka, a], [kr, r]] as const) nodes.set(k, { id: k, label: p.code ? `${p.text} (${p.code})` : p.text });
        const tie = [ka, kr].sort().join('~');
        const edge = ties.get(tie) ?? { source: ka, target: kr, weight: 0 };
        edge.weight += 1;
        ties.set(tie, edge);
      }
    }
  }
  const edges = [...ties.values()].sort((x, y) => y.weight - x.weight);
  const label = (k: string): string => nodes.get(k)?.label ?? k;
  main.append(h('h1', {}, 'Who met whom'),
    h('p', { class: 'muted' }, `${nodes.size} participants and ${edges.length} ties from ${page.items.length} reported meetings.`),
    ...(edges.length
      ? [section('Network', networkFigure('Participants of meetings, visits and calls', [...nodes.values()], edges, 520)),
        section('Ties', table('Ties by number of reports', ['Participant', 'Participant', 'Reports'], edges.map((e) => [label(e.source), label(e.target), String(e.weight)])))]
      : [empty('No meeting between named participants yet.')]));
};
