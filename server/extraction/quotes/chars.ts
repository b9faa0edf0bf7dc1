/** Character classes the quote scanners decide on. All checks are single-character: scans stay linear. */

/** Marks that open or close a quotation of speech, in every glyph newsrooms and translators use. */
export const DOUBLE_MARKS = '"“”„‟«»「」『』';
export const SINGLE_MARKS = '\'‘’‚‛‹›';

/**
 * Rarer glyphs of quotation marks and the common mark each is read as: the fullwidth mark and the CJK double prime
 * marks of Chinese and Japanese texts (＂…＂, 〝…〞), halfwidth corner brackets (｢…｣), a double prime typed for a
 * mark (″…″), ornamental marks (❝…❞, ❛…❜). Each is one UTF-16 code unit, as its replacement is, so every offset into
 * the read text is an offset into the original.
 */
const RARE_MARKS: Readonly<Record<string, string>> = {
  '＂': '"', '″': '"', '‶': '“', '〝': '“', '〞': '”', '〟': '”', '❝': '“', '❞': '”', '❛': '‘', '❜': '’', '｢': '「', '｣': '」', '＇': "'",
};
const RARE_MARK = /[＂″‶〝〞〟❝❞❛❜｢｣＇]/;
const RARE_MARKS_ALL = new RegExp(RARE_MARK.source, 'g');

/**
 * The text with rarer quote glyphs written as the common marks they stand for; the same length, the same offsets. A
 * double prime after a digit is what the glyph is for, a unit ("a 55″ screen", "12′ 30″"), and stays.
 */
export function withCommonMarks(text: string): string {
  if (!RARE_MARK.test(text)) return text;
  return text.replace(RARE_MARKS_ALL, (c, at: number) => {
    if (c === '″') {
      const before = text.charCodeAt(at - 1);
      if (before >= 48 && before <= 57) return c;
    }
    return RARE_MARKS[c]!;
  });
}

/*
 * The tests come in two forms: of a character (`isSpace(c)`), and of the text's code unit at an offset
 * (`isSpaceAt(text, i)`, false past either end). Scans use the second: `text[i]` makes a new string for every
 * character outside Latin-1, and a wall of typographic marks would make one for every mark it looks at.
 */
const QUOTE = 1;
const DOUBLE = 2;
const LINE_PUNCTUATION = 4;
const CLASS = new Uint8Array(0x10000);
// (the three sets share no character)
for (const c of DOUBLE_MARKS) CLASS[c.charCodeAt(0)] = QUOTE | DOUBLE;
for (const c of SINGLE_MARKS) CLASS[c.charCodeAt(0)] = QUOTE;
for (const c of '.,;:!?…)]-–—') CLASS[c.charCodeAt(0)] = LINE_PUNCTUATION;

export function isQuoteChar(c: string): boolean {
  return c.length === 1 && isQuoteAt(c, 0);
}

export function isQuoteAt(text: string, i: number): boolean {
  return (CLASS[text.charCodeAt(i)]! & QUOTE) !== 0;
}

export function isDoubleMarkAt(text: string, i: number): boolean {
  return (CLASS[text.charCodeAt(i)]! & DOUBLE) !== 0;
}

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && isSpaceAt(c, 0);
}

export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Punctuation that may sit beside a mark on a line of its own (`",`, `”.`) without being quoted text. */
export function isLinePunctuation(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && isLinePunctuationAt(c, 0);
}

export function isLinePunctuationAt(text: string, i: number): boolean {
  return (CLASS[text.charCodeAt(i)]! & LINE_PUNCTUATION) !== 0;
}

/** Whether each UTF-16 code unit is a letter or digit, filled in as the text meets them: 1 yes, 2 no, 0 not yet. */
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  // A character is one code unit here (text[i]); a longer one (a surrogate pair) is tested whole, as the pattern would.
  return c.length === 1 || c.charCodeAt(0) <= 127 ? isWordAt(c, 0) : LETTER_OR_DIGIT.test(c);
}

export function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  // why: also false for NaN, past the text's ends
  if (!(code > 127)) return false;
  let known = WORD_UNIT[code]!;
  if (!known) WORD_UNIT[code] = known = LETTER_OR_DIGIT.test(text[i]!) ? 1 : 2;
  return known === 1;
}

export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  // ASCII needs no case mapping: only A–Z change when lower-cased.
  if (c.length === 1 && c.charCodeAt(0) < 128) return c >= 'A' && c <= 'Z';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Characters after which a mark opens: nothing, a space, a bracket or a dash. */
export function isOpeningContext(c: string | undefined): boolean {
  return c === undefined || isSpace(c) || '([{—–-/'.includes(c);
}

/** Characters before which a mark closes: nothing, a space, or punctuation that ends a phrase. */
export function isClosingContext(c: string | undefined): boolean {
  return c === undefined || isSpace(c) || '.,;:!?…)]}—–-/'.includes(c);
}

export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c.length === 1 && c.charCodeAt(0) < 128) return c >= 'a' && c <= 'z';
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
