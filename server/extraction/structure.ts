import { isClutterParagraph, isListHeading, isTeaserLine } from './text/clutter';
import { dateLine, isTranslationNotice, readFacts } from './text/facts';
import { withCommonMarks } from './quotes/chars';
import { detectLanguage } from './text/language';
import { splitParagraphs } from './text/paragraphs';
import type { ArticleDocument, Paragraph, Span } from './types';

/** Footer lines are short; a long paragraph ends the footer block when scanning up from the end. */
const FOOTER_LINE_MAX = 60;

/**
 * Cuts the text into paragraphs, marks site clutter and reads the article's facts. Offsets always point into the
 * original text: clutter is flagged, never removed.
 */
export function analyseDocument(original: string, html?: string): ArticleDocument {
  // (the engine reads every quote glyph as one of the common marks; offsets stay the original's)
  const text = withCommonMarks(original);
  const paragraphs = splitHeaderBlock(text, splitParagraphs(text));
  for (const p of paragraphs) p.boilerplate = isClutterParagraph(text, p.start, p.end);
  markTeasers(text, paragraphs);
  markFooter(text, paragraphs);
  const language = detectLanguage(text);
  const labels: Span[] = [];
  const facts = readFacts(text, paragraphs, language, html, labels);
  if (text !== original) {
    facts.title = asWritten(facts.title, text, original);
    facts.author = asWritten(facts.author, text, original);
  }
  return labels.length ? { text, paragraphs, facts, language, labels } : { text, paragraphs, facts, language };
}

/** A fact read from the text with common marks, given back with the glyphs the original wrote where it is found. */
function asWritten(value: string | null, text: string, original: string): string | null {
  const at = value === null ? -1 : text.indexOf(value);
  return at < 0 ? value : original.slice(at, at + value!.length);
}

/** Most paragraphs of headlines read under a list heading. */
const TEASER_PARAGRAPHS = 6;

/**
 * why: "Trends 24h ¶ Fruit prices drop, traders complain of no buyers ¶ Mr. X said that …": a list heading standing
 * alone in its paragraph heads the other articles' headlines set as paragraphs of their own after it, each one short
 * line with no sentence end and no quotation marks; they are clutter as the heading is, up to the first paragraph that
 * is not such a line.
 */
function markTeasers(text: string, paragraphs: Paragraph[]): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!p.boilerplate || p.end - p.start > 40 || !isListHeading(text.slice(p.start, p.end))) continue;
    for (let j = i + 1; j < paragraphs.length && j <= i + TEASER_PARAGRAPHS; j++) {
      const q = paragraphs[j]!;
      if (q.boilerplate) break;
      const line = text.slice(q.start, q.end);
      if (!isTeaserLine(line) || /["“”«»„‘’「」]/.test(line)) break;
      q.boilerplate = true;
    }
  }
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

/** How many paragraphs from the top a header block pasted without blank lines is looked for in. */
const HEADER_BLOCK_PARAGRAPHS = 3;
/** Most lines such a block holds. */
const HEADER_BLOCK_LINES = 12;

/**
 * A page pasted with its header lines one under the other, no blank line between ("Polyglot Press / Now you can see
 * non-English news … / The title / 2025-04-03 / The first sentence …"), is cut at its line breaks, so the aggregator's
 * name, its notice, the title and the date are lines of their own as when blank lines part them. Only a block near
 * the top that holds a translation notice or a date line is cut; the body's paragraphs stay as they are.
 */
function splitHeaderBlock(text: string, paragraphs: Paragraph[]): Paragraph[] {
  // why: only the top paragraphs are read, and the list is copied only when one of them is cut: a megabyte of short
  // lines makes a quarter of a million paragraphs
  let out: Paragraph[] | null = null;
  const top = Math.min(HEADER_BLOCK_PARAGRAPHS, paragraphs.length);
  for (let i = 0; i < top; i++) {
    const lines = headerLines(text, paragraphs[i]!);
    if (lines === null && out === null) continue;
    out ??= paragraphs.slice(0, i);
    out.push(...(lines ?? [paragraphs[i]!]));
  }
  if (out === null) return paragraphs;
  for (let i = top; i < paragraphs.length; i++) out.push(paragraphs[i]!);
  for (let k = 0; k < out.length; k++) out[k]!.index = k;
  return out;
}

/** The paragraph's lines when it is a header block (several lines, one a translation notice or a date); else null. */
function headerLines(text: string, p: Paragraph): Paragraph[] | null {
  const lines = linesOf(text, p);
  if (lines === null || lines.length < 2) return null;
  return lines.some((l) => { const line = text.slice(l.start, l.end).trim(); return isTranslationNotice(line) || dateLine(line) !== null; }) ? lines : null;
}

/** The paragraph's non-blank lines, as spans; null past HEADER_BLOCK_LINES of them. */
function linesOf(text: string, p: Paragraph): Paragraph[] | null {
  const lines: Paragraph[] = [];
  let from = p.start;
  while (from < p.end) {
    let nl = text.indexOf('\n', from);
    if (nl < 0 || nl > p.end) nl = p.end;
    let end = nl;
    while (end > from && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--;
    if (end > from) lines.push({ start: from, end, index: 0, boilerplate: false });
    if (lines.length > HEADER_BLOCK_LINES) return null;
    from = nl + 1;
  }
  return lines;
}
