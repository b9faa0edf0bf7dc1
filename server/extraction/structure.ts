import { isClutterParagraph } from './text/clutter';
import { readFacts } from './text/facts';
import { splitParagraphs } from './text/paragraphs';
import type { ArticleDocument, Paragraph } from './types';

/** Footer lines are short; a long paragraph ends the footer block when scanning up from the end. */
const FOOTER_LINE_MAX = 60;

/**
 * Cuts the text into paragraphs, marks site clutter and reads the article's facts. Offsets always point into the
 * original text: clutter is flagged, never removed.
 */
export function analyseDocument(text: string, html?: string): ArticleDocument {
  const paragraphs = splitParagraphs(text);
  for (const p of paragraphs) p.boilerplate = isClutterParagraph(text, p.start, p.end);
  markFooter(text, paragraphs);
  const facts = readFacts(text, paragraphs, html);
  return { text, paragraphs, facts };
}

/**
 * A scraped page ends with a block of site lines ("Source: …", "You may like", "Latest", "© …"). Short lines
 * between two clutter lines of that block are clutter too, even when no stock phrase names them.
 */
function markFooter(text: string, paragraphs: Paragraph[]): void {
  let firstClutter = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.boilerplate) firstClutter = i;
    else if (!isShortPlainLine(text.slice(p.start, p.end))) break;
  }
  if (firstClutter < 0) return;
  for (let i = firstClutter; i < paragraphs.length; i++) paragraphs[i]!.boilerplate = true;
}

/** A short line with no quote mark and no sentence end: a heading or a link label, not a piece of speech. */
function isShortPlainLine(line: string): boolean {
  const l = line.trim();
  if (l.length > FOOTER_LINE_MAX) return false;
  for (let i = 0; i < l.length; i++) if ('"“”«»„‘’\'.!?'.includes(l[i]!)) return false;
  return true;
}
