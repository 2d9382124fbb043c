import type { Component } from '../pipeline.js';

// Placeholder until the component is built: provides the layer empty.
export function sentencesComponent(): Component {
  return { name: 'sentences', needs: ['tokens'], provides: ['paragraphs', 'sentences'], run: () => {} };
}
