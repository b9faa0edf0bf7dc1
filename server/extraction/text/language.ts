/**
 * Guesses the article's language from its most frequent function words: short, closed-class words that every
 * sentence of a language uses and that rarely overlap between languages.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'that', 'is', 'was', 'with', 'for', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'que', 'dans', 'pour'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'auf'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'una', 'por', 'con', 'para'],
  it: ['il', 'gli', 'della', 'che', 'non', 'una', 'per', 'sono', 'con', 'nel'],
  pt: ['o', 'os', 'da', 'do', 'que', 'não', 'uma', 'para', 'com', 'em'],
};

const SAMPLE = 800;

const LANGUAGE_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LANGUAGE_OF.set(w, [...(LANGUAGE_OF.get(w) ?? []), lang]);
}

export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  const sample = text.slice(0, SAMPLE).toLowerCase();
  const word = /[a-zà-öø-ÿ]+/g;
  for (let m = word.exec(sample); m; m = word.exec(sample)) {
    for (const lang of LANGUAGE_OF.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
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
