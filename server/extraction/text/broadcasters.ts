/** Last words of a broadcaster's name ("Harbour News Channel", "Coast Radio"). */
const BROADCASTER_WORDS = new Set(['news', 'channel', 'network', 'radio', 'tv', 'television', 'broadcasting']);

/**
 * What a word makes of the name it ends, as a broadcaster's: `acronym` for 2 to 6 capitals ("HBN"), `name` for a last
 * word such as News, Channel or Radio ("Harbour News Channel"), null for any other ("Ana Ruiz", "the Act").
 */
export function broadcasterWord(word: string): 'acronym' | 'name' | null {
  if (BROADCASTER_WORDS.has(word.toLowerCase())) return 'name';
  const first = word.charCodeAt(0);
  return word.length >= 2 && word.length <= 6 && first >= 65 && first <= 90 && word === word.toUpperCase() ? 'acronym' : null;
}

/**
 * why: "on bTV", "on nTV": some stations write their initials after a small letter; a word of one small letter and
 * two to five capitals is such a station's name, which no name list reads since it opens in lower case.
 */
export function smallLetterAcronym(word: string): boolean {
  return /^\p{Ll}\p{Lu}{2,5}$/u.test(word);
}
