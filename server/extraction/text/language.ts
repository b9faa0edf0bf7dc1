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

const SAMPLE = 4000;

export function detectLanguage(text: string): string | null {
  const words = text.slice(0, SAMPLE).toLowerCase().split(/[^\p{L}]+/u);
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    let count = 0;
    for (const w of words) if (set.has(w)) count++;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  // Too few function words to tell (a headline, a list of names): say nothing rather than guess.
  return bestCount >= 3 ? best : null;
}
