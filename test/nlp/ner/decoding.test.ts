import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bioLabels, iob1ToBio, labelSet, mapToConll } from '../../../src/nlp/ner/labels.js';
import { bioToSpans } from '../../../src/nlp/ner/spans.js';
import { transposed, viterbi } from '../../../src/nlp/ner/viterbi.js';

const set = labelSet(bioLabels(['GPE', 'ORG', 'PERSON']));
const L = set.count;

describe('ner decoding', () => {
  it('ner decoding: a transposed transition table gives the same path as the plain one', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 12 * L + L * L + L, maxLength: 12 * L + L * L + L }),
      (n, xs) => {
        const emit = Int32Array.from(xs.slice(0, n * L));
        const trans = Int32Array.from(xs.slice(12 * L, 12 * L + L * L));
        const start = Int32Array.from(xs.slice(12 * L + L * L));
        const plain = new Int32Array(n);
        const fast = new Int32Array(n);
        viterbi(emit, n, trans, start, set, plain);
        viterbi(emit, n, trans, start, set, fast, transposed(trans, L));
        // Integer scores tie often: equal paths also show that ties break the same way.
        expect(Array.from(fast)).toEqual(Array.from(plain));
      },
    ), { numRuns: 300 });
  });

  it('ner decoding: Viterbi never emits I-X after O, after B-Y or at the start', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: 12 * L + L * L + L, maxLength: 12 * L + L * L + L }),
      (n, xs) => {
        const emit = Float64Array.from(xs.slice(0, n * L));
        const trans = Float64Array.from(xs.slice(12 * L, 12 * L + L * L));
        const start = Float64Array.from(xs.slice(12 * L + L * L));
        const out = new Int32Array(n);
        viterbi(emit, n, trans, start, set, out);
        const tags = Array.from(out, (y) => set.labels[y]!);
        tags.forEach((t, i) => {
          if (!t.startsWith('I-')) return;
          const prev = i > 0 ? tags[i - 1]! : 'O';
          expect(prev === 'O' ? 'bad' : prev.slice(2)).toBe(t.slice(2));
        });
      },
    ), { numRuns: 300 });
  });

  it('ner decoding: picks the best legal path when the emission scores alone are illegal', () => {
    // Token 1 prefers I-ORG, but token 0 prefers O: O I-ORG is illegal, so Viterbi must change one.
    const n = 2;
    const emit = new Float64Array(n * L);
    const idx = (l: string): number => set.labels.indexOf(l);
    emit[idx('O')] = 5;
    emit[idx('B-ORG')] = 4;
    emit[L + idx('I-ORG')] = 10;
    const out = new Int32Array(n);
    viterbi(emit, n, new Float64Array(L * L), new Float64Array(L), set, out);
    expect(Array.from(out, (y) => set.labels[y])).toEqual(['B-ORG', 'I-ORG']);
  });

  it('ner decoding: IOB1 converts to BIO and spans read back', () => {
    expect(iob1ToBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
    expect(bioToSpans(['B-GPE', 'I-GPE', 'O', 'B-PERSON'])).toEqual([{ start: 0, end: 2, type: 'GPE' }, { start: 3, end: 4, type: 'PERSON' }]);
  });

  it('ner decoding: OntoNotes types map to CoNLL types and dropped spans leave valid BIO', () => {
    expect(mapToConll(['B-GPE', 'I-GPE', 'B-DATE', 'I-DATE', 'B-NORP', 'B-FAC', 'I-FAC', 'B-PERSON']))
      .toEqual(['B-LOC', 'I-LOC', 'O', 'O', 'B-MISC', 'B-LOC', 'I-LOC', 'B-PER']);
  });
});
