import type { ArticleDocument, QuoteCandidate } from './types';

/** Finds every quotation in the document. */
export function findQuotes(_doc: ArticleDocument): QuoteCandidate[] {
  return [];
}
