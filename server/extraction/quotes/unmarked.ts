import type { Paragraph } from '../types';
import { isSpaceAt, isWordAt } from './chars';
import { endsWithIntroducer, isSpeechVerb, startsWithAttribution } from './intro';
import { countNewlines, endsSentence } from './lines';
import type { RawQuote } from './pairing';
import { REPAIRS } from './repairs';

/** Unmarked quotations rebuilt from a lone punctuation line cover at most this many paragraphs. */
const MAX_UNMARKED_PARAGRAPHS = 3;
const MIN_WORDS = 3;
/** How far back from a line's end its attribution sentence is looked for. */
const ATTRIBUTION_TAIL = 80;

/**
 * Quotations whose marks a scraper dropped altogether (they were set in italics): a line of their own that an
 * extra blank line or a lone punctuation line cuts from the text around it, next to the words that introduce or
 * attribute it. Only lines no marked quotation covers, and that hold no mark, are considered.
 */
export function findUnmarked(text: string, paragraphs: Paragraph[], covered: boolean[], hasMark: boolean[]): RawQuote[] {
  const out: RawQuote[] = [];
  const candidate = (i: number) => {
    const p = paragraphs[i];
    return !!p && !p.boilerplate && !covered[i] && !hasMark[i] && wordsAtLeast(text, p, MIN_WORDS);
  };
  // why: the last line's gap runs to the end of the text, where a cut-out block at the article's end leaves its blank lines
  const gapAfter = (i: number) => countNewlines(text.slice(paragraphs[i]!.end, i + 1 < paragraphs.length ? paragraphs[i + 1]!.start : text.length));
  for (let i = 0; i < paragraphs.length; i++) {
    if (!candidate(i)) continue;
    const p = paragraphs[i]!;
    const after = paragraphs[i + 1];
    const before = paragraphs[i - 1];
    // The italic block's own full stop, stranded on a line of its own when the block was cut out: the line
    // before it lacks that stop.
    if (after && !hasMark[i + 1] && isPunctuationLine(text, after) && !endsSentence(text, p)) {
      let first = i;
      while (i - first + 1 < MAX_UNMARKED_PARAGRAPHS && candidate(first - 1) && gapAfter(first - 1) <= 2 && !introduces(text, paragraphs[first - 1]!)) first--;
      // why: lines before the block belong to it only when the walk back reached the line that introduces it ("For the
      // researcher, …"); otherwise they are the article's own prose, its title and lead included
      if (first < i && !(paragraphs[first - 1] && introduces(text, paragraphs[first - 1]!))) first = i;
      out.push({ start: paragraphs[first]!.start, end: p.end, open: null, close: null, repairs: [REPAIRS.unmarked] });
      continue;
    }
    // A cut-out element leaves marks of the cut: an extra blank line, or a space left before or after the break.
    const trailingSpaceBefore = !!before && isSpaceAt(text, before.end - 1);
    const cutBefore = !!before && (gapAfter(i - 1) > 2 || trailingSpaceBefore);
    const cutAfter = !!after && (gapAfter(i) > 2 || isSpaceAt(text, after.start));
    if (startsWithAttributionLine(text, p)) continue;
    // The quotation, then the rest of its sentence: "\n\n said the senator."
    const attributed = cutBefore && !!after && startsWithAttributionLine(text, after);
    // Its introducer, then the quotation: "He says, \n\n…".
    const introduced = !!before && introduces(text, before) && (cutBefore || cutAfter);
    // Speech going on after an attribution line: "\" she said. \n\n…\n\n\n\n".
    const continued = !!before && trailingSpaceBefore && gapAfter(i) > 2 && (startsWithAttributionLine(text, before) || endsWithAttribution(text, before));
    if (attributed || introduced || continued) out.push({ start: p.start, end: p.end, open: null, close: null, repairs: [REPAIRS.unmarked] });
  }
  return out;
}

/** "He says," / "retorted:": a line ending in an introducer announces the next line's quotation. */
function introduces(text: string, p: Paragraph): boolean {
  if (endsWithIntroducer(text, p.start, p.end)) return true;
  // "For the researcher, …" / "According to …": a line attributing what follows it.
  const head = text.slice(p.start, Math.min(p.end, p.start + 40)).toLowerCase();
  return head.startsWith('according to') || /^for (the|this) [\p{L}-]+,/u.test(head);
}

/** `" she said.` / ` Gorka declared in an interview.`: a line that opens with an attribution. */
function startsWithAttributionLine(text: string, p: Paragraph): boolean {
  return startsWithAttribution(text, p.start, p.end);
}

/** `…,” said Tomas Berg, a strategist.`: the line's last sentence attributes speech. */
function endsWithAttribution(text: string, p: Paragraph): boolean {
  const from = Math.max(p.start, p.end - ATTRIBUTION_TAIL);
  const tail = text.slice(from, p.end);
  const word = /[\p{L}]+/gu;
  for (let m = word.exec(tail); m; m = word.exec(tail)) if (isSpeechVerb(m[0])) return true;
  return false;
}

/** A line holding a single stop or comma, what is left of a block's end ("…" is an elision, not that). */
function isPunctuationLine(text: string, p: Paragraph): boolean {
  const line = text.slice(p.start, Math.min(p.end, p.start + 8)).trim();
  return line.length === 1 && '.,;!?'.includes(line);
}

function wordsAtLeast(text: string, p: Paragraph, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = p.start; i < p.end && count < n; i++) {
    const w = isWordAt(text, i);
    if (w && !inWord) count++;
    inWord = w;
  }
  return count >= n;
}
