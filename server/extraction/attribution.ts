import type { ArticleDocument, Attribution, IndirectClaim, QuoteCandidate, Speaker } from './types';

export interface AttributionResult {
  /** One entry per quote, in the same order (null when nobody is named). */
  attributions: (Attribution | null)[];
  indirect: IndirectClaim[];
  speakers: Speaker[];
}

/** Finds who said each quote, and the reported claims without quote marks. */
export function attribute(_doc: ArticleDocument, quotes: QuoteCandidate[]): AttributionResult {
  return { attributions: quotes.map(() => null), indirect: [], speakers: [] };
}
