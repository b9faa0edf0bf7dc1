import type { Paragraph, Repair } from '../types';
import type { Mark } from './marks';
import { afterAttributionSentence } from './intro';
import { isLower, isWordChar } from './chars';
import { endsSentence, startsSentence, voice, wordCount } from './lines';
import { attributionOnly, namesSpeakerOf, rebuildBackwards, SHORT_LINE_WORDS } from './rebuild';
import { REPAIRS } from './repairs';

/** A quotation as the marks delimit it, before it is trimmed and classified. */
export interface RawQuote {
  start: number;
  end: number;
  open: Mark | null;
  close: Mark | null;
  repairs: Repair[];
}

/** How many single marks nested in a line a lone double mark looks past for the mark that closes it. */
const MAX_NESTED_SKIP = 8;

/**
 * Pairs the marks of speech in one pass. Position decides what a mark does; where the marks contradict each other
 * (a lost mark, a swapped one), the pass repairs the quotation and records the repair.
 */
export function pairMarks(text: string, paragraphs: Paragraph[], marks: Mark[]): RawQuote[] {
  const out: RawQuote[] = [];
  let open: Mark | null = null;
  let openRepairs: Repair[] = [];
  const emit = (o: Mark, end: number, close: Mark | null, repairs: Repair[]) => {
    // Marks on lines of their own are the scraper's damage, worth a reviewer's look at the boundaries.
    const detached = o.atEnd || !!close?.atStart;
    out.push({ start: o.end, end, open: o, close, repairs: detached ? [REPAIRS.detached, ...repairs] : repairs });
  };
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
      // A pair in another glyph style inside the quotation ('"… “Shark Tank.” …"') is a quotation within it.
      const pairedInside = m.para <= c && m.role === 'open' && next?.para === m.para && next.role === 'close';
      if (pairedInside && glyphStyle(text, m) !== glyphStyle(text, o) && glyphStyle(text, next!) === glyphStyle(text, m)) {
        k++;
        continue;
      }
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
      // why: a single mark in an article of typewriter marks, or a pair of marks inside the next line, is a quotation
      // within this one ("the day I said, 'No new tolls,' I meant …"), no boundary of it; the next mark that counts
      // comes after them (looked for nearby)
      let nk = k + 1;
      while (!m.weak && nk < marks.length && nk - k <= MAX_NESTED_SKIP && marks[nk]!.para <= m.para + 2) {
        if (marks[nk]!.weak) nk++;
        // a pair of marks inside the next line ('the analyst said “They haven’t,” and …') is a quotation within it
        else if (nestedPair(marks, nk, m.para + 1)) nk += 2;
        else break;
      }
      const next = marks[nk];
      const closable = next && next.role !== 'open' && (next.para === m.para + 2 || (next.para === m.para + 1 && !next.atStart));
      // Between two lone marks, the line before or the line after may be the quotation: the one that speaks in
      // the first or second person is.
      const prevLine = paragraphs[m.para - 1];
      const nextLine = paragraphs[m.para + 1];
      const closesBefore = closable && next!.atStart && next!.atEnd && !!prevLine && !!nextLine && (marks[k - 1]?.para !== m.para - 1
        ? (voice(text, prevLine) > 0 && voice(text, nextLine) === 0) || resumesAfterAttribution(text, paragraphs, marks[k - 1], m.para - 1) ||
          cutFragment(text, paragraphs, m.para - 1)
        : resumesInLine(text, prevLine, marks[k - 1]!));
      if (closable && !closesBefore) startOpen(m);
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

/**
 * '…,” / ” said Ana Ruiz, a lawyer. / The rest of it. / ”': the line at `line` follows a short attribution line
 * that opens on the mark closing the quotation's first half, so it is the second half, cut onto a line of its own
 * with its opening mark lost; the lone mark after it closes it. Not when the line goes on about the speaker by name
 * ("Ms. Ruiz, a lawyer, worked …"): that is the reporter again.
 */
function resumesAfterAttribution(text: string, paragraphs: Paragraph[], before: Mark | undefined, line: number): boolean {
  const cue = paragraphs[line - 1];
  const q = paragraphs[line]!;
  if (!cue || !before || before.para !== line - 1 || before.role === 'open' || cue.boilerplate || q.boilerplate) return false;
  // why: what follows the first half's closing mark is the attribution ("” said Ana Ruiz, a lawyer.", "…,” Ruiz said.")
  return attributionOnly(text, { ...cue, start: before.end }) && !namesSpeakerOf(text, cue, q);
}

/**
 * '…,” / ” Ruiz said. The rest of it. / ”': the second half went onto the attribution's own line, after its sentence,
 * with its opening mark lost; the lone mark after the line closes it (the quotation is rebuilt from the introducer).
 */
function resumesInLine(text: string, line: Paragraph, before: Mark): boolean {
  if (before.role === 'open' || line.boilerplate) return false;
  const start = afterAttributionSentence(text, before.end, line.end);
  return start > before.end && wordCount(text, before.end, start, SHORT_LINE_WORDS + 1) <= SHORT_LINE_WORDS &&
    wordCount(text, start, line.end, 3) >= 3;
}

/**
 * 'that Ruiz is \n\na good sort.\n\n"\n\nThe board …': the line at `line` is a phrase cut out of the sentence before
 * it (that one breaks off without a stop, this one opens in lower case) with its opening mark lost, and the line
 * after the lone mark opens a sentence of its own: the mark closes the phrase.
 */
function cutFragment(text: string, paragraphs: Paragraph[], line: number): boolean {
  const before = paragraphs[line - 1];
  const q = paragraphs[line]!;
  const after = paragraphs[line + 2];
  return !!before && !!after && !before.boilerplate && !q.boilerplate && isLower(firstLetter(text, q)) &&
    !endsSentence(text, before) && startsSentence(text, after);
}

function firstLetter(text: string, p: Paragraph): string | undefined {
  let i = p.start;
  while (i < p.end && !isWordChar(text[i])) i++;
  return text[i];
}

/** Marks `i` and `i + 1` open and close a quotation inside paragraph `para`, neither at its edge. */
function nestedPair(marks: Mark[], i: number, para: number): boolean {
  const a = marks[i]!;
  const b = marks[i + 1];
  return !!b && a.para === para && b.para === para && a.role === 'open' && b.role !== 'open' && !a.atStart && !b.atEnd;
}

/** Straight typewriter marks versus typographic ones: a quotation and the one nested in it differ. */
function glyphStyle(text: string, m: Mark): 'straight' | 'typographic' {
  const c = text[m.start];
  return c === '"' || c === "'" ? 'straight' : 'typographic';
}

/** The paragraph where a quotation's words begin: the next one when the opening mark ends its line. */
function contentParagraph(open: Mark, paragraphs: Paragraph[]): number {
  return open.atEnd && open.para + 1 < paragraphs.length ? open.para + 1 : open.para;
}
