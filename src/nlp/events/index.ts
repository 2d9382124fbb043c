import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function eventsComponent(): Component {
  return { name: 'events', needs: ['sentences', 'entities', 'dates'], provides: ['events'], run: () => {} };
}
