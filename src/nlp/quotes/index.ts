import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function quotesComponent(): Component {
  return { name: 'quotes', needs: ['sentences', 'entities'], provides: ['quotes'], run: () => {} };
}
