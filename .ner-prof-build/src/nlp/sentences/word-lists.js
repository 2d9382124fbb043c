/**
 * Capitalised words that begin sentences far more often than they continue a name: after an
 * abbreviation or initial that could end a sentence ("the U.S. He said"), one of these ends it.
 * Function words and pronouns only: a capitalised content word after "U.S." is most often part of
 * a title or name ("U.S. Secretary of State").
 */
export const SENTENCE_STARTERS = new Set([
    'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'We',
    'They', 'I', 'You', 'His', 'Her', 'Our', 'Their', 'My', 'Your', 'In', 'On', 'At', 'As', 'By', 'For',
    'From', 'With', 'Without', 'Since', 'After', 'Before', 'During', 'While', 'When', 'Where', 'If',
    'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Also',
    'According', 'Earlier', 'Later', 'Last', 'Next', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow',
    'Both', 'Each', 'All', 'Some', 'Many', 'Most', 'Other', 'Such', 'No', 'Not', 'What', 'Who',
    'Which', 'Why', 'How', 'To', 'Under', 'Over', 'Despite', 'Although', 'Though', 'Because',
    'Following', 'Speaking', 'Addressing', 'Among', 'Between', 'Thus', 'Therefore', 'Still',
]);
/**
 * Reporting verbs that follow a quotation in news style ("“Why?” Tokayev asked."): when a name
 * and one of these follow a closing quotation mark, the quotation and its attribution stay one
 * sentence (PolNeAR and PTB treat the attribution as part of the quoting sentence).
 */
export const SPEECH_VERBS = new Set([
    'said', 'says', 'asked', 'asks', 'added', 'adds', 'noted', 'notes', 'stressed', 'stresses', 'told', 'tells',
    'wrote', 'writes', 'explained', 'explains', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
    'stated', 'states', 'replied', 'replies', 'continued', 'continues', 'concluded', 'declared', 'announced',
    'remarked', 'insisted', 'insists', 'argued', 'argues', 'warned', 'warns', 'recalled', 'underlined',
    'underscored', 'pointed', 'commented', 'answered', 'responded', 'tweeted', 'posted', 'quipped', 'urged',
]);
//# sourceMappingURL=word-lists.js.map