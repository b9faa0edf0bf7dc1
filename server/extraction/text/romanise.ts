/**
 * Cyrillic names in Latin letters. Translations of Russian-language news leave a name in Cyrillic where they copy it
 * and write it in Latin letters elsewhere ("Арсен Курбанов … said Kurbanov"); both spellings are one name.
 */

/** A letter of the Cyrillic alphabet. */
export const CYRILLIC = /[\u0400-\u04ff]/;

/** How news in English writes each Cyrillic letter of a name (Russian's usual romanisation; Ukrainian's own letters). */
const ROMAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** A lower-case word written in Cyrillic, in Latin letters ("курбанов" → "kurbanov"); other letters as they are. */
export function romanised(word: string): string {
  let out = '';
  for (const c of word) out += ROMAN[c] ?? c;
  return out;
}
