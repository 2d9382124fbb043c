import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function datesComponent(): Component {
  return { name: 'dates', needs: ['sentences'], provides: ['dates'], run: () => {} };
}
