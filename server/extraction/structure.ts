import type { ArticleDocument, Paragraph } from './types';

/** Cuts the text into paragraphs (blank-line separated) and reads the article's facts. */
export function analyseDocument(text: string, _html?: string): ArticleDocument {
  const paragraphs: Paragraph[] = [];
  const breaks = /\n[ \t\u00a0]*\n/g;
  let from = 0;
  for (const m of text.matchAll(breaks)) {
    if (m.index > from) paragraphs.push({ start: from, end: m.index, index: paragraphs.length, boilerplate: false });
    from = m.index + m[0].length;
  }
  if (from < text.length) paragraphs.push({ start: from, end: text.length, index: paragraphs.length, boilerplate: false });
  return {
    text,
    paragraphs,
    facts: { title: null, publishedAt: null, outlet: null, author: null, language: null, translated: false, republishedBy: null },
  };
}
