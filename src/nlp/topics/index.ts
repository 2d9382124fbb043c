import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function topicsComponent(): Component {
  return { name: 'topics', needs: ['sentences'], provides: ['topics'], run: () => {} };
}
