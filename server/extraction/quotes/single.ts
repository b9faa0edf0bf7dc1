import { isWordAt } from './chars';
import type { MarkList } from './mark-list';
import type { RawQuote } from './pairing';

/**
 * Quotations in single marks ('…', ‘…’): headline style and British style. A single mark opens only where a
 * quotation can start and closes within the same line; inside a double-quoted quotation it is nesting, which
 * belongs to the outer quotation, and is skipped.
 */
export function pairSingles(text: string, singles: MarkList, outer: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  let o = 0;
  // The open mark's index, or -1.
  let open = -1;
  for (let k = 0; k < singles.length; k++) {
    const start = singles.start(k);
    while (o < outer.length && outer[o]!.end <= start) o++;
    const nested = o < outer.length && outer[o]!.start <= start;
    if (nested) continue;
    if (open >= 0 && singles.para(open) !== singles.para(k)) open = -1;
    if (singles.role(k) === 'open') {
      open = k;
      continue;
    }
    if (open < 0) continue;
    const words = singles.end(open);
    if (hasWord(text, words, start)) out.push({ start: words, end: start, openAt: singles.start(open), closeEnd: singles.end(k), repairs: [] });
    open = -1;
  }
  return out;
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordAt(text, i)) return true;
  return false;
}
