import { buildPipeline } from '../../src/nlp/pipeline.js';
import { nerComponent } from '../../src/nlp/ner/index.js';
import { sentencesComponent } from '../../src/nlp/sentences/index.js';
import { tokenizerComponent } from '../../src/nlp/tokenize/index.js';
const p = buildPipeline([tokenizerComponent(), sentencesComponent(), nerComponent()]);
for (const text of [
    'Chairman of the Senate of Kazakhstan Kairat Mami met with the Speaker of the State Douma of the Russian Federation Sergey Naryshkin.',
    'Acting Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov met with Minister of Foreign Affairs of Pakistan.',
    'It owes much to the friendship of the Heads of State Kassym-Jomart Tokayev and Sadyr Zhaparov, said Nurlanbek Turgunbek uulu.',
    'Mongolian Foreign Minister B.Battsetseg and D.Tsogtbaatar attended.',
]) {
    const a = p.analyze({ id: 'x', text, date: null, url: null, source: null, title: null, meta: {} });
    console.log(a.names.map((n) => `[${text.slice(n.start, n.end)}]/${n.type}`).join('  '));
}
//# sourceMappingURL=_dbg.js.map