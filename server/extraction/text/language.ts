/**
 * Guesses the article's language from its most frequent function words: short, closed-class words that every
 * sentence of a language uses and that rarely overlap between languages.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'that', 'is', 'was', 'with', 'for', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'que', 'dans', 'pour'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'auf'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'una', 'por', 'con', 'para', 'la', 'en', 'se', 'al', 'lo', 'es', 'su'],
  // (articles two languages share count for both: "la" is French, Spanish and Italian)
  it: ['il', 'gli', 'della', 'che', 'non', 'una', 'per', 'sono', 'con', 'nel', 'la', 'le', 'di', 'del', 'dei', 'delle', 'alla', 'ha', 'è', 'lo'],
  pt: ['o', 'os', 'da', 'do', 'que', 'não', 'uma', 'para', 'com', 'em', 'das', 'dos', 'no', 'na', 'ao', 'é', 'foi', 'pela', 'pelo', 'seu', 'sua'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'он'],
  uk: ['і', 'у', 'не', 'на', 'що', 'з', 'та', 'це', 'як', 'до'],
};

/** The languages `detectLanguage` tells, by name, for a reader. */
const NAMES: Record<string, string> = {
  en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese', ru: 'Russian', uk: 'Ukrainian',
};

/** A language tag's name in English ("fr", "fr-CA" → "French"), else the tag as given. */
export function languageName(tag: string): string {
  return NAMES[tag.toLowerCase().split('-')[0]!] ?? tag;
}

/** Whether a language tag says English ("en", "en-GB"); no tag says nothing either way. */
export const isEnglish = (tag: string): boolean => /^en(?:-|$)/i.test(tag);

/** Languages whose articles the engine reads through English glosses of their words for speaking, titles and
 * "according to" (attribution/gloss.ts), less surely than English. */
export const GLOSSED_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt']);

/** Whether an article in the language of BCP 47 tag `tag` ("fr", "es-MX") is read through glosses. */
export const readsThroughGlosses = (tag: string): boolean => GLOSSED_LANGUAGES.has(tag.split('-')[0]!.toLowerCase());

const SAMPLE = 800;

const LANGUAGE_OF = new Map<string, string[]>();
let longest = 0;
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    LANGUAGE_OF.set(w, [...(LANGUAGE_OF.get(w) ?? []), lang]);
    longest = Math.max(longest, w.length);
  }
}

/** A letter of the sample's words: a–z, U+00E0–U+00FF but ÷, or a Cyrillic small letter (the sample is lower case). */
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff && c !== 0xf7) || (c >= 0x430 && c <= 0x45f);

export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  const sample = text.slice(0, SAMPLE).toLowerCase();
  // why: one pass over the characters; only a word as short as a function word is cut out and looked up
  for (let i = 0; i < sample.length; ) {
    if (!isLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sample.length && isLetter(sample.charCodeAt(j))) j++;
    if (j - i <= longest) for (const lang of LANGUAGE_OF.get(sample.slice(i, j)) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    i = j;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  // Too few function words to tell (a headline, a list of names): say nothing rather than guess.
  return bestCount >= 3 ? best : null;
}
