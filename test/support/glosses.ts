import { extract } from '../../server/extraction';
import { glossTokens } from '../../server/extraction/attribution/gloss';
import { K, recycleTokens, tokenize } from '../../server/extraction/attribution/tokens';

/** Each claim as [its words, its speaker, its source]. */
export const claimsOf = (text: string) => extract({ text }).claims.map((c) => [c.text, c.speaker, c.source]);

/** The keys of the text's words after glossing in `language`, with the words they were read from ("secondo=according"). */
export function glossed(text: string, language: string): string[] {
  recycleTokens(text.length, 0);
  return glossTokens(text, tokenize(text, () => 0), language)
    .filter((t) => t.k === K.Word)
    .map((t) => `${text.slice(t.s, t.e)}=${t.key}`);
}
