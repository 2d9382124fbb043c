import cytoscape from 'cytoscape';
import { h } from '../dom.js';

export interface NetNode { id: string; label: string; href?: string; group?: string; focus?: boolean }
export interface NetEdge { source: string; target: string; weight: number; label?: string }

/**
 * A who-met-whom graph drawn by cytoscape. Nodes with an `href` open their page on tap or on
 * Enter when the graph has the focus (Tab moves between nodes); the same links are listed
 * below the graph for screen readers.
 */
export function networkFigure(caption: string, nodes: NetNode[], edges: NetEdge[], height = 420): HTMLElement {
  const box = h('div', { class: 'network', style: `height:${height}px`, tabindex: '0', role: 'application', 'aria-label': `${caption}. Tab to the graph, arrow keys choose a person, Enter opens.` });
  const figure = h('figure', {}, box, h('figcaption', {}, caption));
  requestAnimationFrame(() => {
    const maxW = Math.max(1, ...edges.map((e) => e.weight));
    const cy = cytoscape({
      container: box,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, href: n.href ?? '', group: n.group ?? '' }, classes: n.focus ? 'focus' : '' })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, w: 1 + (4 * e.weight) / maxW, label: e.label ?? '' } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#3a6ea5', width: 18, height: 18, color: '#222', 'text-wrap': 'wrap', 'text-max-width': '120px' } },
        { selector: 'node.focus', style: { 'background-color': '#c07a2a', width: 26, height: 26 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
        { selector: 'edge', style: { width: 'data(w)', 'line-color': '#9bb3cc', 'curve-style': 'bezier' } },
      ],
      layout: { name: nodes.length > 40 ? 'cose' : 'circle', animate: false, padding: 24 } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    const open = (id: string): void => {
      const href = cy.getElementById(id).data('href') as string;
      if (href) location.hash = href;
    };
    cy.on('tap', 'node', (e) => open(e.target.id()));
    // Keyboard: arrows walk the nodes in order, Enter opens the chosen one.
    let index = -1;
    const ordered = cy.nodes().sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
    box.addEventListener('keydown', (e) => {
      if (!ordered.length) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') index = (index + 1) % ordered.length;
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') index = (index - 1 + ordered.length) % ordered.length;
      else if (e.key === 'Enter' && index >= 0) { open(ordered[index]!.id()); return; }
      else return;
      e.preventDefault();
      cy.nodes().unselect();
      ordered[index]!.select();
      box.setAttribute('aria-label', `Selected: ${String(ordered[index]!.data('label'))}. Enter opens.`);
    });
  });
  return figure;
}
