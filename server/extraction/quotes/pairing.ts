import type { Paragraph, Repair } from '../types';
import { isLinePunctuation, isLower, isQuoteChar, isSpace, isUpper, isWordChar } from './chars';
import { afterIntroducer, endsWithIntroducer, startsWithAttribution } from './intro';
import type { Mark } from './marks';
import { REPAIRS } from './repairs';

/** A quotation as the marks delimit it, before it is trimmed and classified. */
export interface RawQuote {
  start: number;
  end: number;
  open: Mark | null;
  close: Mark | null;
  repairs: Repair[];
}

/** A quotation rebuilt backwards over whole lines covers at most this many paragraphs. */
const MAX_REBUILT_PARAGRAPHS = 3;
/** A fragment line this short between two marks is a quoted phrase even without its opening mark. */
const SHORT_FRAGMENT_WORDS = 8;
/** Lines a rebuilt quotation extends back over are this short at most. */
const SHORT_LINE_WORDS = 15;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Pairs the marks of speech in one pass. Position decides what a mark does; where the marks contradict each other
 * (a lost mark, a swapped one), the pass repairs the quotation and records the repair.
 */
export function pairMarks(text: string, paragraphs: Paragraph[], marks: Mark[]): RawQuote[] {
  const out: RawQuote[] = [];
  let open: Mark | null = null;
  let openRepairs: Repair[] = [];
  const emit = (o: Mark, end: number, close: Mark | null, repairs: Repair[]) =>
    out.push({ start: o.end, end, open: o, close, repairs });
  const startOpen = (m: Mark, repairs: Repair[] = []) => {
    open = m;
    openRepairs = repairs;
  };

  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const next = marks[k + 1];
    if (open) {
      const o: Mark = open;
      const c = contentParagraph(o, paragraphs);
      // A single mark inside a double-marked quotation is a quotation within it.
      if (m.weak && !o.weak && m.para <= c) continue;
      if (m.para <= c) {
        // Inside one paragraph parity wins: an opening-looking mark here is a closing mark with a slipped space.
        emit(o, m.start, m, m.role === 'open' ? [...openRepairs, REPAIRS.turnedClose] : openRepairs);
        open = null;
        continue;
      }
      const following = m.para === c + 1 && !paragraphs[c + 1]!.boilerplate;
      if (following && m.role !== 'open') {
        emit(o, m.start, m, openRepairs);
        open = null;
        continue;
      }
      // A paragraph opening with a mark continues the quotation (the newsroom convention for long quotes).
      if (following && m.atStart) {
        emit(o, paragraphs[c]!.end, null, openRepairs);
        startOpen(m);
        continue;
      }
      if (!o.weak) emit(o, paragraphs[c]!.end, null, [...openRepairs, REPAIRS.closeLost]);
      open = null;
    }
    // An apostrophe-like mark with nothing open is an apostrophe ("the studios' end").
    if (m.weak && m.role !== 'open') continue;
    if (m.role === 'open' || (m.role === 'either' && !m.atEnd)) {
      startOpen(m);
    } else if (m.role === 'either') {
      // Alone on its line: it opens when a closing mark follows the next line or the one after, else it closes.
      // Two marks on consecutive lines enclose nothing: then this one closes.
      if (next && next.role !== 'open' && (next.para === m.para + 2 || (next.para === m.para + 1 && !next.atStart))) startOpen(m);
      else rebuildBackwards(text, paragraphs, marks, k, out);
    } else if (next && next.para === m.para && next.role !== 'open' && !m.atEnd && !m.atStart) {
      // Two closing-looking marks in a row on one line: the first is an opening mark whose space slipped.
      startOpen(m, [REPAIRS.turnedOpen]);
    } else if (m.atEnd && next && next.atStart && next.role !== 'open' && next.para === m.para + 2) {
      // Ends a line, and a closing mark leads the line after next: it opens the line between.
      startOpen(m, [REPAIRS.turnedOpen]);
    } else {
      rebuildBackwards(text, paragraphs, marks, k, out);
    }
  }
  if (open) {
    const o: Mark = open;
    const c = contentParagraph(o, paragraphs);
    if (c < paragraphs.length && !o.weak) emit(o, paragraphs[c]!.end, null, [...openRepairs, REPAIRS.closeLost]);
  }
  return out;
}

/** The paragraph where a quotation's words begin: the next one when the opening mark ends its line. */
function contentParagraph(open: Mark, paragraphs: Paragraph[]): number {
  return open.atEnd && open.para + 1 < paragraphs.length ? open.para + 1 : open.para;
}

/** A closing mark with no opening mark: the quotation is rebuilt backwards from it. */
function rebuildBackwards(text: string, paragraphs: Paragraph[], marks: Mark[], k: number, out: RawQuote[]): void {
  const m = marks[k]!;
  const prevMark = marks[k - 1];
  const repairs = [REPAIRS.openLost];
  const p = paragraphs[m.para]!;
  if (!m.atStart) {
    // Inline: the quotation starts after its introducer ("…, saying, There is …"), within the same line.
    const floor = prevMark && prevMark.para === m.para ? prevMark.end : p.start;
    const start = afterIntroducer(text, floor, m.start);
    if (start >= 0) out.push({ start, end: m.start, open: null, close: m, repairs });
    return;
  }
  const lastCovered = out.length ? out[out.length - 1]!.end : -1;
  let first = m.para - 1;
  const q = paragraphs[first];
  if (!q || q.boilerplate || q.end <= lastCovered) return;
  if (prevMark && prevMark.para === first) {
    // The line holds an earlier mark: only what follows that mark's introducer can be this quotation.
    const after = afterIntroducer(text, prevMark.end, q.end, prevMark.end);
    if (after >= 0 && after < q.end) out.push({ start: after, end: m.start, open: null, close: m, repairs });
    return;
  }
  // Closing mark followed by the rest of the reporter's sentence ("” contribution, …"): a quoted phrase whose
  // start the lost mark took with it; only a comma or colon introducer can still place it.
  const midSentence = continuesSentence(text, m, paragraphs[m.para]!);
  const inner = afterIntroducer(text, q.start, q.end, midSentence ? Infinity : lastSentenceStart(text, q));
  if (inner >= 0 && inner < q.end) {
    out.push({ start: inner, end: m.start, open: null, close: m, repairs });
    return;
  }
  // A fragment cut out of a sentence ("a total stiff", "and not a smart man") is the quoted phrase itself.
  const cutFromSentence = first > 0 && !endsSentence(text, paragraphs[first - 1]!);
  const short = wordCount(text, q.start, q.end, SHORT_FRAGMENT_WORDS + 1) <= SHORT_FRAGMENT_WORDS;
  if (!startsSentence(text, q) || (cutFromSentence && short)) {
    out.push({ start: q.start, end: m.start, open: null, close: m, repairs });
    return;
  }
  if (midSentence || !endsQuotedSentence(text, m, q)) return;
  // A lost opening mark inside a line of several sentences: the quotation is most likely its last sentence,
  // since a quotation opening the line would have left its mark on a line of its own.
  const last = lastSentenceStart(text, q);
  if (last > q.start && last < q.end && isSpace(text[last - 1])) {
    out.push({ start: last, end: m.start, open: null, close: m, repairs });
    return;
  }
  // Whole sentences before the mark, back to the line that introduces them, a gap, a mark or a quotation.
  while (first - 1 >= 0 && m.para - (first - 1) <= MAX_REBUILT_PARAGRAPHS) {
    const r = paragraphs[first - 1]!;
    const rGap = text.slice(r.end, paragraphs[first]!.start);
    if (r.boilerplate || r.end <= lastCovered || !hasWords(text, r) || (prevMark && prevMark.para >= first - 1)) break;
    // The scraper cuts a quotation's sentences into short lines; a long line is the reporter's narrative.
    if (countNewlines(rGap) > 2 || endsWithIntroducer(text, r.start, r.end) || !endsSentence(text, r)) break;
    if (wordCount(text, r.start, r.end, SHORT_LINE_WORDS + 1) > SHORT_LINE_WORDS) break;
    first--;
  }
  out.push({ start: paragraphs[first]!.start, end: m.start, open: null, close: m, repairs });
}

function continuesSentence(text: string, m: Mark, p: Paragraph): boolean {
  let i = m.end;
  while (i < p.end && isSpace(text[i])) i++;
  const c = text[i];
  if (c === undefined || !(isLower(c) || c === '-' || c === '—' || c === '–')) return false;
  return !startsWithAttribution(text, m.end, p.end);
}

function startsSentence(text: string, p: Paragraph): boolean {
  let i = p.start;
  while (i < p.end && !isWordChar(text[i])) i++;
  return isUpper(text[i]) || isDigit(text[i]);
}

function endsSentence(text: string, p: Paragraph): boolean {
  let e = p.end;
  while (e > p.start && (isSpace(text[e - 1]) || isQuoteChar(text[e - 1]!))) e--;
  return '.?!…'.includes(text[e - 1] ?? '');
}

/** Start of the paragraph's last sentence (after the last ". " before it), looked for within a bounded stretch. */
function lastSentenceStart(text: string, p: Paragraph): number {
  const floor = Math.max(p.start, p.end - 600);
  for (let i = p.end - 2; i > floor; i--) {
    if ('.?!'.includes(text[i]!) && isSpace(text[i + 1]) && !isUpper(text[i - 1])) return i + 1;
  }
  return floor;
}

/** The closing line carries the quotation's own end (`,”`, `”.`) or the quoted line ends a sentence. */
function endsQuotedSentence(text: string, m: Mark, q: Paragraph): boolean {
  if (m.atEnd || isLinePunctuation(text[m.start - 1]) || text[m.end] === ',') return true;
  let e = q.end;
  while (e > q.start && isSpace(text[e - 1])) e--;
  return '.?!…,'.includes(text[e - 1] ?? '');
}

function hasWords(text: string, p: Paragraph): boolean {
  for (let i = p.start; i < p.end; i++) if (isWordChar(text[i])) return true;
  return false;
}

/** Words in text[from, to), counting no further than limit. */
export function wordCount(text: string, from: number, to: number, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < limit; i++) {
    const w = !isSpace(text[i]);
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
