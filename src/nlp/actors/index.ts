import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function actorsComponent(): Component {
  return { name: 'actors', needs: ['names', 'sentences'], provides: ['entities'], run: () => {} };
}
