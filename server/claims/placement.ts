import type { Trx } from '../db/knex';
import { touchesClutter, type Span } from '../articles/highlight';
import { locateQuote, QUOTE_SEARCH_RADIUS, typedQuoteKey } from './quote-text';
import { articleText, claimOverlapping, type ClaimPatch, type ClaimRow } from './repository';
import { claimViewHelpers } from './present';

/**
 * Where in an article a claim may stand, the same whether an editor adds it or moves its quote: in the article's own
 * text, and on words no other claim holds.
 */

export const MAX_QUOTE = 5000;

type Refusal = { invalid: Record<string, string> };

/**
 * Why a claim of `kind` cannot stand on `span`, or null: it touches a paragraph of site clutter, or shares words with
 * another claim of the article (`except`: the claim being moved, whose own place does not count), unless one is a
 * reported claim holding the other, a quotation, whole.
 */
export async function placementProblem(trx: Trx, article: { id: number; body: string; boilerplate: Span[] }, span: Span, kind: ClaimRow['kind'], except?: number): Promise<string | null> {
  if (touchesClutter(article.body, article.boilerplate, span)) {
    return 'Those words are in a paragraph marked [site clutter], which is not part of the article: a claim is taken from the article’s own text.';
  }
  const taken = await claimOverlapping(trx, article.id, span, kind, except);
  if (!taken) return null;
  if (taken.start_offset === span.start && taken.end_offset === span.end) return `Claim ${taken.id} is already these words.`;
  // why: one stretch of text is one claim; a claim cut too short or too long is corrected on its own page
  return `Those words overlap claim ${taken.id}, “${claimViewHelpers.shorten(taken.quote)}”. Choose words outside it, or correct where that claim starts and ends on its page.`;
}

export type Bounds = Pick<ClaimPatch, 'start_offset' | 'end_offset' | 'quote'>;

/**
 * The quote's new place in the article, if the correction moves it: from the quote as the editor typed it (found in
 * the article near where it is now), or from character positions. The quote as it stands, sent back unchanged, moves
 * nothing. A new place follows the rules of a new claim (`placementProblem`).
 */
export async function quoteBounds(trx: Trx, claim: ClaimRow, input: { quote?: string | null; wasQuote?: string | null; start: number | null; end: number | null }): Promise<Bounds | Refusal> {
  const { start, end } = input;
  // moved only if the editor changed the box against what it showed: a form built on another version is refused anyway
  const retyped = input.quote != null && typedQuoteKey(input.quote) !== typedQuoteKey(input.wasQuote ?? claim.quote);
  if (retyped && (start !== null || end !== null)) {
    return { invalid: { quote: 'Correct the quote either by its words or by character positions, not both at once.' } };
  }
  if (!retyped && start === null && end === null) return {};
  const article = { id: claim.article_id, ...(await articleText(trx, claim.article_id)) };
  const field = retyped ? 'quote' : 'start';
  const span = retyped ? quoteFromText(article.body, claim, input.quote!) : spanFromPositions(article.body, claim, start, end);
  if ('invalid' in span) return span;
  const problem = await placementProblem(trx, article, span, claim.kind, claim.id);
  if (problem) return { invalid: { [field]: problem } };
  return { start_offset: span.start, end_offset: span.end, quote: article.body.slice(span.start, span.end) };
}

function spanFromPositions(body: string, claim: ClaimRow, start: number | null, end: number | null): Span | Refusal {
  const s = start ?? claim.start_offset;
  const e = end ?? claim.end_offset;
  if (s > body.length) return { invalid: { start: `The article has ${body.length} characters; start must be within it.` } };
  if (e > body.length) return { invalid: { end: `The article has ${body.length} characters; end must be within it.` } };
  if (e <= s) return { invalid: { end: 'The end must come after the start.' } };
  if (e - s > MAX_QUOTE) return { invalid: { end: `A quote can be at most ${MAX_QUOTE} characters long.` } };
  if (body.slice(s, e).trim() === '') return { invalid: { start: 'Those boundaries hold no text.' } };
  return { start: s, end: e };
}

function quoteFromText(body: string, claim: ClaimRow, typed: string): Span | Refusal {
  if (typedQuoteKey(typed) === '') return { invalid: { quote: 'The quote needs at least one word.' } };
  const found = locateQuote(body, typed, { start: claim.start_offset, end: claim.end_offset });
  if (!found) {
    return { invalid: { quote: `The article does not have that text within ${QUOTE_SEARCH_RADIUS.toLocaleString('en')} characters of this quote ` +
      '(line breaks and the style of quotation marks aside). Copy the words from the article as it writes them.' } };
  }
  if (found === 'ambiguous') return { invalid: { quote: 'Those words occur more than once in this quote: type more of them, so that it is clear which part is meant.' } };
  if (found.end - found.start > MAX_QUOTE) return { invalid: { quote: `A quote can be at most ${MAX_QUOTE.toLocaleString('en')} characters long.` } };
  return found;
}
