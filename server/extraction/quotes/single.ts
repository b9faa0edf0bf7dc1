import { isWordChar } from './chars';
import type { Mark } from './marks';
import type { RawQuote } from './pairing';

/**
 * Quotations in single marks ('…', ‘…’): headline style and British style. A single mark opens only where a
 * quotation can start and closes within the same line; inside a double-quoted quotation it is nesting, which
 * belongs to the outer quotation, and is skipped.
 */
export function pairSingles(text: string, singles: Mark[], outer: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  let o = 0;
  let open: Mark | null = null;
  for (const m of singles) {
    while (o < outer.length && outer[o]!.end <= m.start) o++;
    const nested = o < outer.length && outer[o]!.start <= m.start;
    if (nested) continue;
    if (open && open.para !== m.para) open = null;
    if (!open) {
      if (m.role === 'open') open = m;
      continue;
    }
    if (m.role === 'open') {
      open = m;
      continue;
    }
    if (hasWord(text, open.end, m.start)) out.push({ start: open.end, end: m.start, open, close: m, repairs: [] });
    open = null;
  }
  return out;
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordChar(text[i])) return true;
  return false;
}
