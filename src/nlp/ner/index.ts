import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function nerComponent(): Component {
  return { name: 'ner', needs: ['tokens', 'sentences'], provides: ['names'], run: () => {} };
}
