/** Character classes the quote scanners decide on. All checks are single-character: scans stay linear. */

/** Marks that open or close a quotation of speech, in every glyph newsrooms and translators use. */
export const DOUBLE_MARKS = '"“”„‟«»「」『』';
export const SINGLE_MARKS = '\'‘’‚‛‹›';

const QUOTE_CHARS = new Set([...DOUBLE_MARKS, ...SINGLE_MARKS]);
const DOUBLE_CHARS = new Set(DOUBLE_MARKS);
const LINE_PUNCTUATION = new Set('.,;:!?…)]-–—');

export function isQuoteChar(c: string): boolean {
  return QUOTE_CHARS.has(c);
}

export function isDoubleMark(c: string): boolean {
  return DOUBLE_CHARS.has(c);
}

export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

/** Punctuation that may sit beside a mark on a line of its own (`",`, `”.`) without being quoted text. */
export function isLinePunctuation(c: string | undefined): boolean {
  return c !== undefined && LINE_PUNCTUATION.has(c);
}

/** Whether each UTF-16 code unit is a letter or digit, filled in as the text meets them: 1 yes, 2 no, 0 not yet. */
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code <= 127) return false;
  // A character is one code unit here (text[i]); a longer string is tested whole, as the pattern would.
  if (c.length !== 1) return LETTER_OR_DIGIT.test(c);
  let known = WORD_UNIT[code]!;
  if (!known) WORD_UNIT[code] = known = LETTER_OR_DIGIT.test(c) ? 1 : 2;
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
