import { isQuoteChar, isSpace, isWordChar } from './quotes/chars';
import { isNotSpeech, quoteConfidence, quoteKind } from './quotes/classify';
import { scanMarks } from './quotes/marks';
import { pairMarks, type RawQuote } from './quotes/pairing';
import { pairSingles } from './quotes/single';
import { findUnmarked } from './quotes/unmarked';
import type { ArticleDocument, Paragraph, QuoteCandidate } from './types';

/**
 * Finds every quotation in the document: marked ones in any glyph, those a scraper broke across lines or whose
 * marks it lost or swapped, and lines that lost their marks altogether. Linear in the text's length.
 */
export function findQuotes(doc: ArticleDocument): QuoteCandidate[] {
  const { text, paragraphs } = doc;
  const { primary, single } = scanMarks(text, paragraphs);
  const marked = pairMarks(text, paragraphs, primary);
  const singles = pairSingles(text, single, marked);
  const covered = new Array<boolean>(paragraphs.length).fill(false);
  const hasMark = new Array<boolean>(paragraphs.length).fill(false);
  for (const m of primary) hasMark[m.para] = true;
  for (const q of marked) markCovered(paragraphs, q, covered);
  // why: a single-quoted phrase inside a line ("… quiet the ‘Never Trump’ crowd,") was nested in the quotation the
  // scraper unmarked, as it is in any quotation; only a line's own double marks rule it out
  const unmarked = findUnmarked(text, paragraphs, covered, hasMark);

  const out: QuoteCandidate[] = [];
  // why: filled by loops rather than spread from mapped arrays, whose layouts differ when one of them is empty; the
  // few single-mark quotations are told apart by a set rather than a wrapper object around every quotation
  const all: RawQuote[] = [];
  for (const q of marked) all.push(q);
  for (const q of singles) all.push(q);
  for (const q of unmarked) all.push(q);
  const singleMarked = new Set(singles);
  all.sort((a, b) => a.start - b.start);
  for (const q of all) {
    for (const piece of pieces(text, paragraphs, q)) {
      if (isNotSpeech(text, q, piece.start, piece.end)) continue;
      const kind = quoteKind(text, q, piece.start);
      out.push({
        start: piece.start,
        end: piece.end,
        kind,
        // the marks' own spans (a mark carries more, which nothing downstream reads)
        openMark: piece.first ? q.open : null,
        closeMark: piece.last ? q.close : null,
        repairs: q.repairs,
        confidence: quoteConfidence(q, kind, singleMarked.has(q)),
      });
    }
  }
  return out;
}

/**
 * A quotation's text, trimmed of spaces and marks, and cut where a line inside it holds no word (a stranded
 * mark or full stop): such lines are layout debris, not speech.
 */
function pieces(text: string, paragraphs: Paragraph[], q: RawQuote): { start: number; end: number; first: boolean; last: boolean }[] {
  const runs: { start: number; end: number; first: boolean; last: boolean }[] = [];
  let run: (typeof runs)[number] | null = null;
  for (let i = paragraphAt(paragraphs, q.start); i < paragraphs.length && paragraphs[i]!.start < q.end; i++) {
    const p = paragraphs[i]!;
    const s = Math.max(p.start, q.start);
    const e = Math.min(p.end, q.end);
    const [ts, te] = trim(text, s, e);
    // Clutter lines never carry claims, even when a broken quotation runs into them.
    if (p.boilerplate || !hasWord(text, ts, te)) {
      run = null;
      continue;
    }
    if (run) run.end = te;
    else runs.push((run = { start: ts, end: te, first: !runs.length, last: false }));
  }
  if (runs.length) runs[runs.length - 1]!.last = true;
  return runs;
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && (isSpace(text[s]) || isQuoteChar(text[s]!))) s++;
  while (e > s && (isSpace(text[e - 1]) || isQuoteChar(text[e - 1]!))) e--;
  return [s, e];
}

function hasWord(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isWordChar(text[i])) return true;
  return false;
}

function markCovered(paragraphs: Paragraph[], q: RawQuote, covered: boolean[]): void {
  for (let i = paragraphAt(paragraphs, q.start); i < paragraphs.length && paragraphs[i]!.start < q.end; i++) covered[i] = true;
}

/** Index of the paragraph holding offset, or of the first one after it. */
function paragraphAt(paragraphs: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
