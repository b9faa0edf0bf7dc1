/**
 * Finding a quote an editor typed (or cut down, or lengthened) in the article's text, so that correcting where a quote
 * starts and ends means editing its words, not counting characters.
 */

/** How far from a claim's current place its corrected text is looked for: a boundary moves, the quote stays. */
export const QUOTE_SEARCH_RADIUS = 10_000;

const QUOTE_MARK_OR_SPACE = /^[\s"'“”„‟«»‘’‚‛‹›「」『』]+|[\s"'“”„‟«»‘’‚‛‹›「」『』]+$/g;

/**
 * One character per character, so offsets survive: curly and straight quotation marks and apostrophes read alike, as
 * do dashes and hyphens, which a keyboard types one way and an article prints another.
 */
function fold(c: string): string {
  switch (c) {
    case '‘': case '’': case '‚': case '‛': case '‹': case '›': return "'";
    case '“': case '”': case '„': case '‟': case '«': case '»': return '"';
    case '‐': case '‑': case '‒': case '–': case '—': case '−': return '-';
    default: return c;
  }
}

const SPACE = /\s/;
const isSpace = (c: string) => SPACE.test(c);

/**
 * The words of a typed quote, ready to look for: the marks and spaces around it dropped (a claim's span leaves its
 * quotation marks out), every run of spaces and line breaks one space, marks and dashes folded. Empty when no word is left.
 */
export function typedQuoteKey(typed: string): string {
  const words = typed.replace(QUOTE_MARK_OR_SPACE, '').split(/\s+/).filter(Boolean);
  let key = '';
  for (const c of words.join(' ')) key += fold(c);
  return key;
}

/**
 * Where the typed quote stands in the article: the occurrence that overlaps the claim's current span, else the one
 * nearest to it, within QUOTE_SEARCH_RADIUS characters. Spaces and line breaks need not match (a scraper breaks quotes
 * over lines; a text box joins them), nor the style of quotation marks, apostrophes or dashes. Null when the article
 * does not hold the text there; 'ambiguous' when it occurs more than once inside the claim's current span.
 */
export function locateQuote(body: string, typed: string, current: { start: number; end: number }, radius = QUOTE_SEARCH_RADIUS): { start: number; end: number } | 'ambiguous' | null {
  const keys = typedKeys(typed);
  if (keys.length === 0) return null;
  const { flat, origin } = flatten(body, Math.max(0, current.start - radius), Math.min(body.length, current.end + radius));
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  let overlapping = 0;
  for (const key of keys) {
    for (let at = flat.indexOf(key); at >= 0; at = flat.indexOf(key, at + 1)) {
      const start = origin[at]!;
      const end = origin[at + key.length - 1]! + 1;
      const distance = end > current.start && start < current.end ? 0 : Math.min(Math.abs(start - current.start), Math.abs(end - current.end));
      if (distance === 0) overlapping++;
      if (distance < bestDistance) {
        best = { start, end };
        bestDistance = distance;
      }
    }
    if (best) break;
  }
  // words that occur twice in the quote itself ("the leader" of "…not the leader of Russia, but the leader of the world")
  // do not say which part is meant
  return overlapping > 1 ? 'ambiguous' : best;
}

/**
 * The keys to look for: the words as typed, composed, and decomposed, since an article may store "ğ" as one character
 * or as "g" and a combining breve, and a keyboard gives the other.
 */
function typedKeys(typed: string): string[] {
  const keys = [typedQuoteKey(typed.normalize('NFC')), typedQuoteKey(typed.normalize('NFD'))].filter((k) => k !== '');
  return [...new Set(keys)];
}

/**
 * Where the typed quote stands anywhere in the article, the same way: the first `most` places it occurs, so that a
 * caller can tell one from several.
 */
export function quoteOccurrences(body: string, typed: string, most = 2): { start: number; end: number }[] {
  const keys = typedKeys(typed);
  if (keys.length === 0) return [];
  const { flat, origin } = flatten(body, 0, body.length);
  for (const key of keys) {
    const found: { start: number; end: number }[] = [];
    for (let at = flat.indexOf(key); at >= 0 && found.length < most; at = flat.indexOf(key, at + 1)) {
      found.push({ start: origin[at]!, end: origin[at + key.length - 1]! + 1 });
    }
    if (found.length) return found;
  }
  return [];
}

/**
 * body[from, to) with its runs of spaces collapsed and its marks folded, and where each of its characters came from.
 * Built in pieces and joined once: appending to one growing string and asking it for its last character made each
 * step copy the string (70 s on a million characters).
 */
function flatten(body: string, from: number, to: number): { flat: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let afterSpace = true;
  for (let i = from; i < to; i++) {
    const c = body[i]!;
    if (isSpace(c)) {
      if (afterSpace) continue;
      parts.push(' ');
      afterSpace = true;
    } else {
      parts.push(fold(c));
      afterSpace = false;
    }
    origin.push(i);
  }
  return { flat: parts.join(''), origin };
}
