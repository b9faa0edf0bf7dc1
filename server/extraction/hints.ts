/** Why every claim of a machine-translated article is worth a look at the original; other reasons follow it after "; and ". */
export const TRANSLATED_HINT = 'the article was machine-translated by an aggregator; check the wording against the original';

/** Why every claim of an article not written in English is worth a look: the engine reads English news (its word lists
 * of speech verbs, titles and pronouns are English ones), so a speaker named the source language's way ("— заявил …")
 * may be missed or mistaken; French, Spanish, Italian and Portuguese it reads through glosses of those words
 * (attribution/gloss.ts), less surely than English. */
export const foreignLanguageHint = (language: string, glossed = false): string =>
  glossed
    ? `the article is in ${language}, which Verbatim reads less surely than English: check the quote's boundaries and its speaker against the text`
    : `the article is in ${language}, and Verbatim reads English: check the quote's boundaries and its speaker against the text`;
