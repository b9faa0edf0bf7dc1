/** Why every claim of a machine-translated article is worth a look at the original; other reasons follow it after "; and ". */
export const TRANSLATED_HINT = 'the article was machine-translated by an aggregator; check the wording against the original';
