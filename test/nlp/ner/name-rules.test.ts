import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../src/nlp/ner/gazetteer.js';
import { bioLabels } from '../../../src/nlp/ner/labels.js';
import { applyNameRules } from '../../../src/nlp/ner/name-rules.js';

const gazetteer = new Gazetteer(['COUNTRY', 'FIRSTNAME', 'ORGWORD'], [
  ['COUNTRY', 'Uzbekistan'], ['FIRSTNAME', 'Timur'], ['ORGWORD', 'Radio'],
]);
const model = { labels: bioLabels(['GPE', 'ORG', 'PERSON']), resources: { gazetteer } };

describe('ner name rules', () => {
  it('ner name rules: splits an invented name off the country span it follows', () => {
    const words = 'Foreign Minister of the Republic of Uzbekistan Rustam Qodirov arrived'.split(' ');
    const tags = ['O', 'O', 'O', 'B-GPE', 'I-GPE', 'I-GPE', 'I-GPE', 'I-GPE', 'I-GPE', 'O'];
    const r = applyNameRules(words, tags, model);
    expect(r.tags).toEqual(['O', 'O', 'O', 'B-GPE', 'I-GPE', 'I-GPE', 'I-GPE', 'B-PERSON', 'I-PERSON', 'O']);
    expect(r.ruleOf[7]).toBe('trailing-person');
  });

  it('ner name rules: leaves institution names without a surname-like ending alone', () => {
    const words = 'listeners of Radio Free Europe said'.split(' ');
    const tags = ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(applyNameRules(words, tags, model).tags).toEqual(tags);
  });

  it('ner name rules: a Kyrgyz patronymic word joins the person span', () => {
    const words = 'said Timur Asanbek uulu .'.split(' ');
    const r = applyNameRules(words, ['O', 'B-PERSON', 'I-PERSON', 'O', 'O'], model);
    expect(r.tags).toEqual(['O', 'B-PERSON', 'I-PERSON', 'I-PERSON', 'O']);
  });
});
