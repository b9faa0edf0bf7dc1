import { isWordAt } from './chars';
import type { MarkList } from './mark-list';
import { unclosedEnd, type RawQuote } from './pairing';
import { NO_REPAIRS, REPAIRS } from './repairs';
import type { Paragraph } from '../types';

/**
 * Quotations in single marks ('…', ‘…’): headline style and British style. A single mark opens only where a
 * quotation can start and closes within the same line; inside a double-quoted quotation it is nesting, which
 * belongs to the outer quotation, and is skipped.
 */
export function pairSingles(text: string, paragraphs: Paragraph[], singles: MarkList, outer: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  let o = 0;
  // The open mark's index, or -1.
  let open = -1;
  for (let k = 0; k < singles.length; k++) {
    const start = singles.start(k);
    while (o < outer.length && outer[o]!.end <= start) o++;
    const nested = o < outer.length && outer[o]!.start <= start;
    if (nested) continue;
    if (open >= 0 && singles.para(open) !== singles.para(k)) {
      unclosed(text, paragraphs, singles, open, out);
      open = -1;
    }
    if (singles.role(k) === 'open') {
      open = k;
      continue;
    }
    if (open < 0) continue;
    const words = singles.end(open);
    if (hasWord(text, words, start)) out.push({ start: words, end: start, openAt: singles.start(open), closeEnd: singles.end(k), repairs: NO_REPAIRS });
    open = -1;
  }
  if (open >= 0) unclosed(text, paragraphs, singles, open, out);
  return out;
}

/**
 * "'Every crack has a date. …, they can come and read it, says the 67-year-old.": a single mark that opens its
 * paragraph and is never closed, the paragraph ending on an attribution, opened a quotation whose closing mark was
 * lost; it runs to the attribution's comma. Anywhere else an unclosed single mark is as likely an apostrophe.
 */
function unclosed(text: string, paragraphs: Paragraph[], singles: MarkList, open: number, out: RawQuote[]): void {
  const para = paragraphs[singles.para(open)];
  if (!para || !singles.atStart(open) || singles.weak(open)) return;
  const words = singles.end(open);
  const end = unclosedEnd(text, words, para.end);
  if (end < para.end && hasWord(text, words, end)) out.push({ start: words, end, openAt: singles.start(open), closeEnd: -1, repairs: [REPAIRS.closeLost] });
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordAt(text, i)) return true;
  return false;
}
