import type { Paragraph } from '../types';
import { isQuoteAt, isSpaceAt, isUpper, isWordAt } from './chars';

/* Line-level tests the quote scanners share; each looks at a bounded stretch or stops early. */

export function startsSentence(text: string, p: Paragraph): boolean {
  let i = p.start;
  while (i < p.end && !isWordAt(text, i)) i++;
  const c = text[i];
  return isUpper(c) || (c !== undefined && c >= '0' && c <= '9');
}

export function endsSentence(text: string, p: Paragraph): boolean {
  let e = p.end;
  while (e > p.start && (isSpaceAt(text, e - 1) || isQuoteAt(text, e - 1))) e--;
  return '.?!…'.includes(text[e - 1] ?? '');
}

/** Start of the paragraph's last sentence (after the last ". " before it), looked for within a bounded stretch. */
export function lastSentenceStart(text: string, p: Paragraph): number {
  const floor = Math.max(p.start, p.end - 600);
  for (let i = p.end - 2; i > floor; i--) {
    if ('.?!'.includes(text[i]!) && isSpaceAt(text, i + 1) && !isUpper(text[i - 1])) return i + 1;
  }
  return floor;
}

export function hasWords(text: string, p: Paragraph): boolean {
  for (let i = p.start; i < p.end; i++) if (isWordAt(text, i)) return true;
  return false;
}

/** Words in text[from, to), counting no further than limit. */
export function wordCount(text: string, from: number, to: number, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < limit; i++) {
    const w = !isSpaceAt(text, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

export function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

const PERSONAL = new Set(['i', 'we', 'you', 'my', 'our', 'us', 'me', "i'm", 'i’m', "we're", 'we’re', "don't", 'don’t']);

/** How many first- or second-person words a line holds within its first stretch: the voice of speech. */
export function voice(text: string, p: Paragraph): number {
  const words = text.slice(p.start, Math.min(p.end, p.start + 300)).toLowerCase().split(/[^\p{L}'’]+/u);
  let n = 0;
  for (const w of words) if (PERSONAL.has(w)) n++;
  return n;
}
