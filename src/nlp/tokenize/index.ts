import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function tokenizerComponent(): Component {
  return { name: 'tokenize', needs: [], provides: ['tokens'], run: () => {} };
}
