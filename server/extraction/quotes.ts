import { isQuoteAt, isSpaceAt, isWordAt } from './quotes/chars';
import { isNotSpeech, quoteConfidence, quoteKind } from './quotes/classify';
import { scanMarks } from './quotes/marks';
import { pairMarks, type RawQuote } from './quotes/pairing';
import { pairSingles } from './quotes/single';
import { dashedAside, findDashed, findUnmarked } from './quotes/unmarked';
import type { ArticleDocument, Paragraph, QuoteCandidate, Span } from './types';

/**
 * Finds every quotation in the document: marked ones in any glyph, those a scraper broke across lines or whose
 * marks it lost or swapped, and lines that lost their marks altogether. Linear in the text's length. The stretches in
 * marks that only name something are left in `doc.names`.
 */
export function findQuotes(doc: ArticleDocument): QuoteCandidate[] {
  const { text, paragraphs } = doc;
  const { primary, single } = scanMarks(text, paragraphs);
  const marked = pairMarks(text, paragraphs, primary);
  const singles = pairSingles(text, paragraphs, single, marked);
  const covered = new Array<boolean>(paragraphs.length).fill(false);
  const hasMark = new Array<boolean>(paragraphs.length).fill(false);
  for (let i = 0; i < primary.length; i++) hasMark[primary.para(i)] = true;
  for (let i = 0; i < marked.length; i++) markCovered(paragraphs, marked[i]!, covered);
  // why: a single-quoted phrase inside a line ("… calm the ‘Save the Pier’ crowd,") was nested in the quotation the
  // scraper unmarked, as it is in any quotation; only a line's own double marks rule it out
  // (less those a single-marked quotation holds whole: "'We have been called …, the 31-year-old told X." lost only its
  // closing mark, and is that quotation, not a second one)
  const unmarked = withoutHeld(findUnmarked(text, paragraphs, covered, hasMark, marked), singles);
  // why: translations keep the dash that opens a line of dialogue in Finnish, Spanish, Russian …, where English has marks
  const dashed = findDashed(text, paragraphs, covered, marked);
  for (let i = 0; i < dashed.length; i++) unmarked.push(dashed[i]!);
  // why: '– The word "better" fools nobody – said the director.': marks inside a line of dialogue quote a word of the
  // speech, which the line's quotation holds already
  const held = dashed.length ? marked.filter((q) => !insideAny(dashed, q)) : marked;

  const out: QuoteCandidate[] = [];
  const names: Span[] = [];
  // (the short names' words, looked up as a set: a wall of short names in marks is not compared pairwise)
  const shortNames = new Set<string>();
  // (a section label over the title is a name no one speaks by, as a name in marks; put in order when the loop is done)
  if (doc.labels) for (const label of doc.labels) names.push(label);
  doc.names = names;
  const all = inOrder(held, singles, unmarked);
  // why: the few single-mark quotations are told apart by a set rather than a wrapper object around every quotation
  const singleMarked = new Set(singles);
  for (let i = 0; i < all.length; i++) {
    const q = all[i]!;
    const n = cutPieces(text, paragraphs, q);
    for (let j = 0; j < n; j++) {
      const start = pieceStarts[j]!;
      const end = pieceEnds[j]!;
      if (isNotSpeech(text, q, start, end) || namedBefore(text, shortNames, q, start, end)) {
        names.push({ start, end });
        if (end - start <= REPEATED_NAME_CHARS) shortNames.add(text.slice(start, end));
        continue;
      }
      const kind = quoteKind(text, q, start, paragraphs);
      const confidence = quoteConfidence(q, kind, singleMarked.has(q));
      // why: „The lake – said the director – will recover": an attribution set off by dashes inside the marks is the
      // reporter's, between two pieces of the speaker's words (only in marked words: a dialogue line's own is cut above)
      const aside = q.openAt >= 0 && hasDash(text, start, end) ? dashedAside(text, start, end) : null;
      if (aside) {
        let resume = aside.end;
        while (resume < end && (isSpaceAt(text, resume) || text[resume] === ',')) resume++;
        let stop = aside.start;
        while (stop > start && (isSpaceAt(text, stop - 1) || text[stop - 1] === ',')) stop--;
        if (stop > start && resume < end && hasWord(text, start, stop) && hasWord(text, resume, end)) {
          out.push({ start, end: stop, kind, openAt: j === 0 ? q.openAt : -1, closeEnd: -1, repairs: q.repairs, confidence });
          out.push({ start: resume, end, kind, openAt: -1, closeEnd: j === n - 1 ? q.closeEnd : -1, repairs: q.repairs, confidence });
          continue;
        }
      }
      out.push({
        start,
        end,
        kind,
        openAt: j === 0 ? q.openAt : -1,
        closeEnd: j === n - 1 ? q.closeEnd : -1,
        repairs: q.repairs,
        confidence,
      });
    }
  }
  if (doc.labels) names.sort((a, b) => a.start - b.start);
  return out;
}

/** Longest name in marks whose repetition is read as the same name (a nickname, a scheme's name). */
const REPEATED_NAME_CHARS = 40;

/**
 * why: 'the villagers call her "Embroidery Queen". … The "Embroidery Queen" smiled and answered: "…"': a name given in
 * marks is the same name when the marks hold it again, word for word, though the sentence around it no longer says
 * it is one (a stretch in marks that repeats someone's words is no name the first time either)
 */
function namedBefore(text: string, shortNames: ReadonlySet<string>, q: RawQuote, start: number, end: number): boolean {
  return shortNames.size > 0 && q.openAt >= 0 && q.closeEnd >= 0 && end - start <= REPEATED_NAME_CHARS && shortNames.has(text.slice(start, end));
}

/** The quotations of the three passes in the order of their starts. */
function inOrder(marked: RawQuote[], singles: RawQuote[], unmarked: RawQuote[]): RawQuote[] {
  // why: most articles hold only double-marked quotations, found in order; a wall of them is neither copied nor sorted
  if (!singles.length && !unmarked.length && isSorted(marked)) return marked;
  // why: filled by loops rather than spread from mapped arrays, whose layouts differ when one of them is empty
  const all: RawQuote[] = [];
  for (let i = 0; i < marked.length; i++) all.push(marked[i]!);
  for (let i = 0; i < singles.length; i++) all.push(singles[i]!);
  for (let i = 0; i < unmarked.length; i++) all.push(unmarked[i]!);
  return all.sort((a, b) => a.start - b.start);
}

function isSorted(quotes: RawQuote[]): boolean {
  for (let i = 1; i < quotes.length; i++) if (quotes[i]!.start < quotes[i - 1]!.start) return false;
  return true;
}

/**
 * The pieces `cutPieces` cut from the last quotation, as offsets. Reused from one quotation to the next (the engine
 * is synchronous): an article of short quotations would otherwise allocate a list and a piece for each of them.
 */
const pieceStarts: number[] = [];
const pieceEnds: number[] = [];

const BACKSLASH = 0x5c;

/**
 * Cuts a quotation's text, trimmed of spaces and marks, where a line inside it holds no word (a stranded mark or
 * full stop): such lines are layout debris, not speech. Returns how many pieces it left in pieceStarts/pieceEnds.
 */
function cutPieces(text: string, paragraphs: Paragraph[], q: RawQuote): number {
  let n = 0;
  let running = false;
  for (let i = paragraphAt(paragraphs, q.start); i < paragraphs.length && paragraphs[i]!.start < q.end; i++) {
    const p = paragraphs[i]!;
    let s = Math.max(p.start, q.start);
    let e = Math.min(p.end, q.end);
    while (s < e && (isSpaceAt(text, s) || isQuoteAt(text, s))) s++;
    // (a backslash right before a closing mark escapes it, as text taken from JSON or code keeps it: '\"…,\" she said')
    while (e > s && (isSpaceAt(text, e - 1) || isQuoteAt(text, e - 1) || (text.charCodeAt(e - 1) === BACKSLASH && isQuoteAt(text, e)))) e--;
    // Clutter lines never carry claims, even when a broken quotation runs into them.
    if (p.boilerplate || !hasWord(text, s, e)) {
      running = false;
      continue;
    }
    if (running) pieceEnds[n - 1] = e;
    else {
      pieceStarts[n] = s;
      pieceEnds[n] = e;
      n++;
      running = true;
    }
  }
  return n;
}

/** Whether a spaced dialogue dash stands in `text[s, e)` (asked first: most quotations hold none). */
function hasDash(text: string, s: number, e: number): boolean {
  for (let i = s + 1; i < e - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2013 || c === 0x2014 || c === 0x2015) && text.charCodeAt(i - 1) === 32) return true;
  }
  return false;
}

function hasWord(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isWordAt(text, i)) return true;
  return false;
}

function markCovered(paragraphs: Paragraph[], q: RawQuote, covered: boolean[]): void {
  for (let i = paragraphAt(paragraphs, q.start); i < paragraphs.length && paragraphs[i]!.start < q.end; i++) covered[i] = true;
}

/** Whether `q`, marks and all, lies inside one of `quotes` (few: the lines of dialogue an article holds). */
/** The quotations of `found` (in text order) no quotation of `holders` holds whole; one walk over both, sorted. */
function withoutHeld(found: RawQuote[], holders: readonly RawQuote[]): RawQuote[] {
  if (!holders.length || !found.length) return found;
  // (a holder from its opening mark on: the quotation found without marks takes the lone mark in)
  const from = (q: RawQuote): number => (q.openAt >= 0 ? q.openAt : q.start);
  const sorted = holders.slice().sort((a, b) => from(a) - from(b));
  const out: RawQuote[] = [];
  let h = 0;
  let reach = -1;
  for (let i = 0; i < found.length; i++) {
    const q = found[i]!;
    while (h < sorted.length && from(sorted[h]!) <= q.start) reach = Math.max(reach, sorted[h++]!.end);
    if (reach < q.end) out.push(q);
  }
  return out;
}

function insideAny(quotes: readonly RawQuote[], q: RawQuote): boolean {
  const from = q.openAt >= 0 ? q.openAt : q.start;
  const to = Math.max(q.end, q.closeEnd);
  for (let i = 0; i < quotes.length; i++) if (quotes[i]!.start <= from && to <= quotes[i]!.end) return true;
  return false;
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
