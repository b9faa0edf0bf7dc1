import type { Paragraph } from '../types';

/**
 * Cuts text into paragraphs at blank lines (a line holding only spaces counts as blank), the same cut the
 * evaluation and the reviewer's view use. A linear scan: no regular expression, so no input can make it slow.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    let j = nl + 1;
    while (j < n && isLineSpace(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) === 10) {
      if (nl > from) out.push({ start: from, end: nl, index: out.length, boilerplate: false });
      // Several blank lines in a row leave empty paragraphs, as the scorer's cut does; they carry no text.
      from = j + 1;
      i = j;
      continue;
    }
    i = j;
  }
  if (from < n) out.push({ start: from, end: n, index: out.length, boilerplate: false });
  return out;
}

function isLineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13;
}

/** The paragraph holding offset `i`, found by halving (paragraphs are in order); undefined between or past them. */
export function paragraphAt(paragraphs: readonly Paragraph[], i: number): Paragraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (i < p.start) hi = mid - 1;
    else if (i >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}
