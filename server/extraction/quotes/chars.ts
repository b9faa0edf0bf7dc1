/** Character classes the quote scanners decide on. All checks are single-character: scans stay linear. */

/** Marks that open or close a quotation of speech, in every glyph newsrooms and translators use. */
export const DOUBLE_MARKS = '"“”„‟«»「」『』';
export const SINGLE_MARKS = '\'‘’‚‛‹›';

/** Glyphs that are typographically opening; used as a weak hint, since scrapers swap them. */
export const OPENING_GLYPHS = '“„‟«「『‘‚‛‹';
export const CLOSING_GLYPHS = '”»」』’›';

export function isQuoteChar(c: string): boolean {
  return DOUBLE_MARKS.includes(c) || SINGLE_MARKS.includes(c);
}

export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

/** Punctuation that may sit beside a mark on a line of its own (`",`, `”.`) without being quoted text. */
export function isLinePunctuation(c: string | undefined): boolean {
  return c !== undefined && '.,;:!?…)]-–—'.includes(c);
}

export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /[\p{L}\p{N}]/u.test(c);
}

export function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
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
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}
