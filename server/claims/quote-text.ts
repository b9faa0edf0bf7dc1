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

const isSpace = (c: string) => /\s/.test(c);

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
 * does not hold the text there.
 */
export function locateQuote(body: string, typed: string, current: { start: number; end: number }, radius = QUOTE_SEARCH_RADIUS): { start: number; end: number } | null {
  const key = typedQuoteKey(typed);
  if (key === '') return null;
  const { flat, origin } = flatten(body, Math.max(0, current.start - radius), Math.min(body.length, current.end + radius));
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (let at = flat.indexOf(key); at >= 0; at = flat.indexOf(key, at + 1)) {
    const start = origin[at]!;
    const end = origin[at + key.length - 1]! + 1;
    const distance = end > current.start && start < current.end ? 0 : Math.min(Math.abs(start - current.start), Math.abs(end - current.end));
    if (distance < bestDistance) {
      best = { start, end };
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/**
 * Where the typed quote stands anywhere in the article, the same way: the first `most` places it occurs, so that a
 * caller can tell one from several.
 */
export function quoteOccurrences(body: string, typed: string, most = 2): { start: number; end: number }[] {
  const key = typedQuoteKey(typed);
  if (key === '') return [];
  const { flat, origin } = flatten(body, 0, body.length);
  const found: { start: number; end: number }[] = [];
  for (let at = flat.indexOf(key); at >= 0 && found.length < most; at = flat.indexOf(key, at + 1)) {
    found.push({ start: origin[at]!, end: origin[at + key.length - 1]! + 1 });
  }
  return found;
}

/** body[from, to) with its runs of spaces collapsed and its marks folded, and where each of its characters came from. */
function flatten(body: string, from: number, to: number): { flat: string; origin: number[] } {
  let flat = '';
  const origin: number[] = [];
  for (let i = from; i < to; i++) {
    const c = body[i]!;
    if (isSpace(c)) {
      if (flat.endsWith(' ') || flat === '') continue;
      flat += ' ';
    } else flat += fold(c);
    origin.push(i);
  }
  return { flat, origin };
}
