/**
 * Finding a quote an editor typed (or cut down, or lengthened) in the article's text, so that correcting where a quote
 * starts and ends means editing its words, not counting characters.
 */

/** How far from a claim's current place its corrected text is looked for: a boundary moves, the quote stays. */
export const QUOTE_SEARCH_RADIUS = 10_000;

const QUOTE_MARK_OR_SPACE = /^[\s"'“”„‟«»‘’‚‛‹›「」『』]+|[\s"'“”„‟«»‘’‚‛‹›「」『』]+$/g;

/**
 * A character as it is looked for: curly and straight quotation marks and apostrophes read alike, as do dashes and
 * hyphens, and an ellipsis and three full stops, which a keyboard types one way and an article prints another.
 */
function fold(c: string): string {
  switch (c) {
    case '‘': case '’': case '‚': case '‛': case '‹': case '›': return "'";
    case '“': case '”': case '„': case '‟': case '«': case '»': return '"';
    case '‐': case '‑': case '‒': case '–': case '—': case '−': return '-';
    case '…': return '...';
    default: return c;
  }
}

const SPACE = /\s/;
const PUNCTUATION = /\p{P}/u;
// why: asked of every character of an article of up to a million; printable ASCII is answered without a pattern
const isSpace = (c: string) => (c > ' ' && c <= '~' ? false : SPACE.test(c));
const isPunctuation = (c: string) => PUNCTUATION.test(c);

/**
 * The words of a typed quote, ready to look for: the marks and spaces around it dropped (a claim's span leaves its
 * quotation marks out), then read as `flatten` reads the article. Empty when no word is left.
 */
export function typedQuoteKey(typed: string): string {
  const trimmed = typed.replace(QUOTE_MARK_OR_SPACE, '');
  return flatten(trimmed, 0, trimmed.length).flat;
}

/**
 * Where the typed quote stands in the article: the occurrence that overlaps the claim's current span, else the one
 * nearest to it, within QUOTE_SEARCH_RADIUS characters. Spaces and line breaks need not match (a scraper breaks quotes
 * over lines and strands their marks; a text box joins them), nor the style of quotation marks, apostrophes, dashes or
 * ellipses. Null when the article does not hold the text there; 'ambiguous' when it occurs more than once inside the
 * claim's current span.
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
  // words that occur twice in the quote itself ("the mayor" of "…not the mayor of a town, but the mayor of a region")
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
 * text[from, to) as it is looked for, and where each of its characters came from. Marks are folded, and a run of
 * spaces and line breaks is one space between two words and nothing beside punctuation: a scraper leaves a quotation
 * mark on a line of its own (`Kremlin.\n\n"\n\nYou`) where an editor types `Kremlin. "You`, while "you control" is
 * never "youcontrol". Built in pieces and joined once: appending to one growing string and asking it for its last
 * character made each step copy the string (70 s on a million characters).
 */
function flatten(text: string, from: number, to: number): { flat: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let before = '';
  for (let i = from; i < to;) {
    if (isSpace(text[i]!)) {
      const run = i;
      while (i < to && isSpace(text[i]!)) i++;
      if (before !== '' && !isPunctuation(before) && i < to && !isPunctuation(fold(text[i]!)[0]!)) {
        parts.push(' ');
        origin.push(run);
      }
      continue;
    }
    const folded = fold(text[i]!);
    parts.push(folded);
    // an ellipsis read as three stops: each comes from it, so a match starting or ending on one takes it whole
    for (let k = 0; k < folded.length; k++) origin.push(i);
    before = folded[folded.length - 1]!;
    i++;
  }
  return { flat: parts.join(''), origin };
}
