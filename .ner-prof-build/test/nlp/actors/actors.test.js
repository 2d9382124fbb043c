import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../src/core/paths.js';
import { actorsComponent } from '../../../src/nlp/actors/index.js';
import { actorsOf, person, personsOf } from './helpers.js';
const ner = (text, phrase, type = 'PERSON') => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, type, tokenStart: 0, tokenEnd: 0, by: { component: 'ner', rule: 'test' } };
};
describe('actors', () => {
    it('actors: the component needs names and sentences and provides entities', () => {
        const c = actorsComponent();
        expect(c.name).toBe('actors');
        expect(c.needs).toEqual(['names', 'sentences']);
        expect(c.provides).toEqual(['entities']);
    });
    it('actors: an NER span that includes a title and honorific is split', () => {
        const text = "Today Deputy Speaker Datuk Seri Hamid Osman opened the sitting.";
        const [p] = personsOf(text, { names: [ner(text, "Deputy Speaker Datuk Seri Hamid Osman")] });
        expect(p?.name).toBe('Hamid Osman');
        expect(p?.honorifics).toEqual(['Datuk Seri']);
        expect(p?.titles).toEqual(['Deputy Speaker']);
        expect(p?.sector).toBe('LEG');
    });
    it('actors: an NER name with no title is kept, its country from the article', () => {
        const text = 'Askar Zhumabekov and Dana Serikova visited the plant on Friday.';
        const found = personsOf(text, { names: [ner(text, 'Askar Zhumabekov')], source: 'Kazinform' });
        expect(found.map((p) => p.name)).toEqual(['Askar Zhumabekov', 'Dana Serikova']);
        expect(found[0]?.country).toBe('KAZ');
        expect(found[0]?.sector).toBe('UNK');
    });
    it('actors: a lone NER word with no support is not a person', () => {
        const text = 'Reports from Globnews confirmed the date.';
        expect(personsOf(text, { names: [ner(text, 'Globnews')] })).toEqual([]);
    });
    it('actors: a byline names journalists of no stated country', () => {
        const text = 'Talks end in Astana\n\nBy Aliya Nurova and Peter Grant\n\nASTANA (Reuters) - President Timur Bekov said on Monday the talks ended.';
        const a = person(text, 'Aliya Nurova');
        expect(a?.sector).toBe('JRN');
        expect(a?.country).toBeNull();
        expect(person(text, 'Peter Grant')?.sector).toBe('JRN');
    });
    it('actors: a reporting verb makes a two-word run a person', () => {
        expect(person('Gulnara Ibraeva said the plan was ready.', 'Gulnara Ibraeva')).toBeDefined();
    });
    it('actors: a run glued to a place name is an organisation, not a speaker', () => {
        expect(personsOf('Kazakhstan Temir Zholy announced new freight routes.')).toEqual([]);
    });
    it('actors: a surname that is also a nationality word closes the name', () => {
        expect(person('The businessman Mark Cuban said the plan was weak.', 'Mark Cuban')?.sector).toBe('BUS');
    });
    it('actors: abbreviated titles are split off ("Gov.", "Sen.")', () => {
        expect(person('Gov. Maria Lopez signed the bill.', 'Maria Lopez')?.sector).toBe('GOV');
        expect(person('Sen. John Hale objected.', 'John Hale')?.sector).toBe('LEG');
    });
    it('actors: an occupation before a name is a title with its sector', () => {
        expect(person('Economist Aigul Sarsenova said inflation slowed.', 'Aigul Sarsenova')?.sector).toBe('EDU');
    });
    it('actors: a lawyer is a private citizen (CVL)', () => {
        expect(person('The verdict was appealed, his lawyer Arman Seitov said.', 'Arman Seitov')?.sector).toBe('CVL');
    });
    it('actors: a delegation sentence gives its members the delegation\'s country', () => {
        const text = 'The Canadian delegation included Ambassador Mark Ellis; advisor Julie Roy; and advisor Tom Hill.';
        expect(person(text, 'Julie Roy', { source: 'Kabar' })?.country).toBe('CAN');
    });
    it('actors: an unqualified domestic title takes the dateline\'s country', () => {
        const text = 'BISHKEK: Prime Minister Adylbek Kasymaliev chaired the meeting.';
        expect(person(text, 'Adylbek Kasymaliev')?.country).toBe('KGZ');
    });
    it('actors: places and organisations become GPE, NORP and ORG entities with codes', () => {
        const text = 'The Kazakh minister flew to Malaysia for an ASEAN meeting and then to the United Nations.';
        const others = actorsOf(text).filter((e) => e.type !== 'PERSON').map((e) => [e.type, e.name, e.country]);
        expect(others).toEqual([['NORP', 'Kazakh', 'KAZ'], ['GPE', 'Malaysia', 'MYS'], ['ORG', 'ASEAN', 'IGO'], ['ORG', 'United Nations', 'UNO']]);
    });
    it('actors: every mention records the rule that produced it', () => {
        const text = 'Foreign Minister Rustam Aliyev arrived. Aliyev said he was pleased.';
        for (const e of actorsOf(text))
            for (const m of e.mentions)
                expect(m.by.rule).toBeTruthy();
    });
});
describe('actors: the seed article', () => {
    const file = sharedPath('data', 'seed', 'seed.json');
    const gold = sharedPath('data', 'seed', 'seed.gold.json');
    it.skipIf(!existsSync(file))('actors: the seed\'s four people with their countries and sectors', () => {
        const doc = JSON.parse(readFileSync(file, 'utf8'));
        const want = JSON.parse(readFileSync(gold, 'utf8')).persons;
        const got = personsOf(doc.text, doc.source ? { source: doc.source } : {});
        for (const g of want) {
            const p = got.find((x) => x.name === g.name);
            expect(p, g.name).toBeDefined();
            expect([p?.country, p?.sector], g.name).toEqual([g.country, g.sector]);
        }
    });
    if (!existsSync(file))
        console.log('actors: ../shared/data/seed is absent; the seed test is skipped');
});
//# sourceMappingURL=actors.test.js.map