import { describe, expect, it } from 'vitest';
import { isDemonym, resolveCountry, resolveOrganisation, scanPlaces } from '../../../src/nlp/countries/index.js';
describe('countries', () => {
    it('countries: resolves names, official names and possessives', () => {
        expect(resolveCountry('Kazakhstan')?.code).toBe('KAZ');
        expect(resolveCountry("Kazakhstan's")?.code).toBe('KAZ');
        expect(resolveCountry('Kyrgyzstan’s')?.code).toBe('KGZ');
        expect(resolveCountry('the Kyrgyz Republic')?.code).toBe('KGZ');
        expect(resolveCountry('the Russian Federation')?.code).toBe('RUS');
        expect(resolveCountry('People’s Republic of China')?.code).toBe('CHN');
        expect(resolveCountry('Türkiye')?.code).toBe('TUR');
    });
    it('countries: resolves short forms case-sensitively', () => {
        expect(resolveCountry('the US')?.code).toBe('USA');
        expect(resolveCountry('U.S.')?.code).toBe('USA');
        expect(resolveCountry('UK')?.code).toBe('GBR');
        expect(resolveCountry('DPRK')?.code).toBe('PRK');
        expect(resolveCountry('us')).toBeNull();
    });
    it('countries: resolves demonyms and adjectives', () => {
        for (const [p, code] of [['Kazakh', 'KAZ'], ['Kazakhstani', 'KAZ'], ['Malaysian', 'MYS'], ['Uzbek', 'UZB'], ['Emirati', 'ARE'], ['Azeri', 'AZE']]) {
            expect(resolveCountry(p)?.code, p).toBe(code);
        }
    });
    it('countries: a region gives its state', () => {
        expect(resolveCountry('Tatarstan')?.code).toBe('RUS');
        expect(resolveCountry('Minsk Oblast')?.code).toBe('BLR');
    });
    it('countries: unknown phrases are null', () => {
        expect(resolveCountry('Atlantis')).toBeNull();
        expect(resolveCountry('')).toBeNull();
    });
    it('countries: international organisations get UNO, EUR or IGO', () => {
        expect(resolveOrganisation('the UN')?.code).toBe('UNO');
        expect(resolveOrganisation('United Nations')?.code).toBe('UNO');
        expect(resolveOrganisation('EU')?.code).toBe('EUR');
        expect(resolveOrganisation('European Commission')?.code).toBe('EUR');
        for (const p of ['SCO', 'CIS', 'OSCE', 'CICA', 'ASEAN', 'NATO', 'CSTO'])
            expect(resolveOrganisation(p)?.code, p).toBe('IGO');
        expect(resolveOrganisation('Kazakhstan')).toBeNull();
    });
    it('countries: scans places at word boundaries, longest first', () => {
        const text = 'The Kazakh envoy met the US delegation and us at the United Nations in Uzbekistan’s capital.';
        const found = scanPlaces(text).map((p) => [text.slice(p.start, p.end), p.code]);
        expect(found).toEqual([['Kazakh', 'KAZ'], ['US', 'USA'], ['United Nations', 'UNO'], ['Uzbekistan', 'UZB']]);
    });
    it('countries: tells demonyms from place names', () => {
        expect(isDemonym('Kazakh')).toBe(true);
        expect(isDemonym('Malaysian')).toBe(true);
        expect(isDemonym('Kazakhstan')).toBe(false);
        expect(isDemonym('Tbilisi')).toBe(false);
    });
});
//# sourceMappingURL=countries.test.js.map