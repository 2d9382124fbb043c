export const PLOVER_WEIGHTS = [
    { category: 'AID', weight: 7, source: 'CAMEO 07 provide aid (+7.0)' },
    { category: 'COOPERATE', weight: 6, source: 'CAMEO 06 engage in material cooperation (+6.0)' },
    { category: 'CONCEDE', weight: 5, source: 'CAMEO 08 yield (+5.0)' },
    { category: 'RETREAT', weight: 4.5, source: 'CAMEO 08 yield: de-escalation, withdrawal (+5.0), slightly below concessions' },
    { category: 'AGREE', weight: 4, source: 'CAMEO 03 express intent to cooperate (+4.0)' },
    { category: 'SUPPORT', weight: 3.5, source: 'CAMEO 05 engage in diplomatic cooperation (+3.5)' },
    { category: 'CONSULT', weight: 1, source: 'CAMEO 04 consult (+1.0)' },
    { category: 'REQUEST', weight: -1, source: 'mean of CAMEO 02 appeal (+3.0) and 10 demand (-5.0)' },
    { category: 'ACCUSE', weight: -2, source: 'CAMEO 11 disapprove (-2.0)' },
    { category: 'REJECT', weight: -4, source: 'CAMEO 12 reject (-4.0)' },
    { category: 'SANCTION', weight: -4.5, source: 'CAMEO 16 reduce relations (-4.0), with embargoes toward -5' },
    { category: 'THREATEN', weight: -6, source: 'CAMEO 13 threaten (-6.0)' },
    { category: 'PROTEST', weight: -6.5, source: 'CAMEO 14 protest (-6.5)' },
    { category: 'COERCE', weight: -7, source: 'CAMEO 17 coerce (-7.0)' },
    { category: 'MOBILIZE', weight: -7.2, source: 'CAMEO 15 exhibit force posture (-7.2)' },
    { category: 'ASSAULT', weight: -9.5, source: 'mean of CAMEO 18 assault (-9.0), 19 fight (-10.0), 20 mass violence (-10.0)' },
];
const BY_CATEGORY = new Map(PLOVER_WEIGHTS.map((w) => [w.category, w.weight]));
/** The weight of a category (0 for an unknown one). */
export const ploverWeight = (c) => BY_CATEGORY.get(c) ?? 0;
//# sourceMappingURL=plover-weights.js.map