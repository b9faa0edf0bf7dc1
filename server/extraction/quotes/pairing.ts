import type { Paragraph, Repair } from '../types';
import type { MarkList } from './mark-list';
import { afterAttributionSentence, isSpeechVerb, startsWithAttribution } from './intro';
import { isLower, isSpaceAt, isWordAt } from './chars';
import { endsSentence, startsSentence, voice, wordCount } from './lines';
import { attributionOnly, namesSpeakerOf, rebuildBackwards, SHORT_LINE_WORDS } from './rebuild';
import { NO_REPAIRS, REPAIRS } from './repairs';

/** A quotation as the marks delimit it, before it is trimmed and classified. */
export interface RawQuote {
  start: number;
  end: number;
  /** Where the opening mark starts, -1 without one. */
  openAt: number;
  /** Where the closing mark ends, -1 without one. */
  closeEnd: number;
  repairs: Repair[];
}

/** How many single marks nested in a line a lone double mark looks past for the mark that closes it. */
const MAX_NESTED_SKIP = 8;

/**
 * Pairs the marks of speech in one pass. Position decides what a mark does; where the marks contradict each other
 * (a lost mark, a swapped one), the pass repairs the quotation and records the repair.
 */
export function pairMarks(text: string, paragraphs: Paragraph[], marks: MarkList): RawQuote[] {
  const out: RawQuote[] = [];
  // The open mark's index, or -1.
  let open = -1;
  let openRepairs: Repair[] = NO_REPAIRS;
  // The mark that closes a lone opening mark's quotation of several lines, found when that mark was read, or -1.
  let closesLater = -1;

  for (let k = 0; k < marks.length; k++) {
    const para = marks.para(k);
    const role = marks.role(k);
    const next = k + 1 < marks.length ? k + 1 : -1;
    if (open >= 0 && k === closesLater) {
      emit(out, marks, open, marks.start(k), k, openRepairs);
      open = -1;
      closesLater = -1;
      continue;
    }
    if (open >= 0) {
      const o = open;
      const c = contentParagraph(marks, o, paragraphs);
      // A single mark inside a double-marked quotation is a quotation within it.
      if (marks.weak(k) && !marks.weak(o) && para <= c) continue;
      // A pair in another glyph style inside the quotation ('"… “Shark Tank.” …"') is a quotation within it.
      const pairedInside = para <= c && role === 'open' && next >= 0 && marks.para(next) === para && marks.role(next) === 'close';
      // ("«The owner, LLP „Rudny Energy“, received …»": guillemets around low or curly marks, as Russian, Ukrainian and
      // Kazakh typography nests them, and the other way round)
      const nestedStyle = glyphStyle(text, marks, k) !== glyphStyle(text, marks, o) && glyphStyle(text, marks, next) === glyphStyle(text, marks, k);
      const nestedGuillemets = isGuillemet(text, marks, o) !== isGuillemet(text, marks, k) && isGuillemet(text, marks, next) === isGuillemet(text, marks, k);
      // ("「… will according to 『Food Safety Act』 impose a fine.」": Chinese and Japanese set a title or a quotation inside
      // a quotation in the double corner brackets, inside the single ones, and the other way round)
      const nestedCorners = cornerKind(text, marks, o) !== 0 && cornerKind(text, marks, k) !== 0 && cornerKind(text, marks, o) !== cornerKind(text, marks, k) &&
        cornerKind(text, marks, next) === cornerKind(text, marks, k);
      // ("‘⏎… the “Drainage” project …’": double marks inside a quotation a single mark opened are a quotation within it)
      const nestedInSingle = isSingleMark(text, marks, o) && !isSingleMark(text, marks, k) && !isSingleMark(text, marks, next);
      // ("„The word „kiram“ means guest“, said X": a translation that set the inner quotation in the outer one's low
      // marks, which no typography uses to close; with the inner quotation's closing mark and then the outer one's after
      // it in the paragraph, a second „ nests rather than closing with a slipped space. US news nests “ in “ the same
      // way, but its convention counts the pieces around such an inner quotation as quotations of their own.)
      const nestedSame = pairedInside && text.charCodeAt(marks.start(o)) === LOW_DOUBLE && text.charCodeAt(marks.start(k)) === LOW_DOUBLE &&
        next + 1 < marks.length && marks.para(next + 1) === para && marks.role(next + 1) !== 'open';
      if (pairedInside && (nestedStyle || nestedGuillemets || nestedCorners || nestedInSingle || nestedSame)) {
        k++;
        continue;
      }
      // why: '“A driver earns 10 dollars a day.\n“Now they say pay 15 more,” said X.': a line of the paragraph that opens on
      // an opening mark, after a line that ended a sentence, with its own closing mark after it, opens a quotation of its
      // own; the line before was a quotation whose closing mark the newsroom convention leaves out
      if (para === c && role === 'open' && next >= 0 && marks.para(next) === para && marks.role(next) !== 'open' && !marks.atEnd(k) &&
        text.charCodeAt(marks.start(k) - 1) === 10 && '.?!'.includes(text[lastNonSpace(text, marks.start(k) - 1, marks.end(o))] ?? '')) {
        emit(out, marks, o, lastNonSpace(text, marks.start(k) - 1, marks.end(o)) + 1, -1, openRepairs);
        open = k;
        openRepairs = NO_REPAIRS;
        continue;
      }
      if (para <= c) {
        // Inside one paragraph parity wins: an opening-looking mark here is a closing mark with a slipped space.
        // (a mark alone on the paragraph's last line, under words that a lone mark opened, was cut onto its own line)
        const repair = text.charCodeAt(marks.start(k) - 1) === 10 ? REPAIRS.detached : REPAIRS.turnedClose;
        emit(out, marks, o, marks.start(k), k, role === 'open' ? [...openRepairs, repair] : openRepairs);
        open = -1;
        continue;
      }
      const following = para === c + 1 && !paragraphs[c + 1]!.boilerplate;
      if (following && role !== 'open' && !repeatedGuillemet(text, marks, o, k)) {
        emit(out, marks, o, marks.start(k), k, openRepairs);
        open = -1;
        continue;
      }
      // why: 'he explained on the radio:\n\n"Plenty of complaints came to the council.\n\nWe do not want to close the
      // bars.\n\nSo the council decided that ten is enough."': a quotation over several paragraphs that a translation
      // opened once and closed once, the paragraphs between with no mark, runs from one mark to the other, when the
      // first paragraph is all of it (opened at its start, after a colon) and the last closes on the mark
      // ('«My father was fishing … Now again.\n\nThe young ones of our village went to Irkutsk …\n\nI am not against the
      // science … how we are living», — said the 63-year-old.': with no colon before it, the quotation still runs from
      // the one mark to the other when its first paragraph and every one between speak in the first or second person,
      // as the speaker does and the reporter does not, and the closing mark is followed by the attribution)
      if (role === 'close' && para > c + 1 && para <= c + LONG_QUOTE_PARAGRAPHS && marks.atStart(o) && everyContent(paragraphs, c + 1, para) &&
        ((marks.atEnd(k) && introducedByColon(text, paragraphs, c)) || (spokenBetween(text, paragraphs, c, para - 1) &&
          startsWithAttribution(text, marks.end(k), paragraphs[para]!.end)))) {
        emit(out, marks, o, marks.start(k), k, openRepairs);
        open = -1;
        continue;
      }
      // why: '“We made efforts.\n\nTo discover\n\nAnd in return, we are punished,” says …': site clutter the scraper
      // put inside a quotation is skipped; the quotation is the lines on either side of it, the clutter no part of it
      const across = role !== 'open' ? pastClutter(paragraphs, c) : -1;
      if (across === para) {
        emit(out, marks, o, paragraphs[c]!.end, -1, openRepairs);
        out.push({ start: paragraphs[para]!.start, end: marks.start(k), openAt: -1, closeEnd: marks.end(k), repairs: NO_REPAIRS });
        open = -1;
        continue;
      }
      // A paragraph opening with a mark continues the quotation (the newsroom convention for long quotes).
      if (following && marks.atStart(k)) {
        // why: '«If we wait, we lose the harvest, underlined the director. According to her, the cuts start today.⏎⏎«The
        // tourists …»': a paragraph the newsroom convention runs on into the next has no attribution of its own inside
        // it; an inverted cue after a comma there closes the speaker's words, whose closing mark was lost before it
        const cut = invertedAttribution(text, marks.end(o), paragraphs[c]!.end);
        if (cut < paragraphs[c]!.end) emit(out, marks, o, cut, -1, [...openRepairs, REPAIRS.closeLost]);
        else emit(out, marks, o, paragraphs[c]!.end, -1, openRepairs);
        open = k;
        openRepairs = NO_REPAIRS;
        continue;
      }
      if (!marks.weak(o)) emitUnclosed(out, text, marks, o, paragraphs[c]!.end, openRepairs);
      open = -1;
    }
    // An apostrophe-like mark with nothing open is an apostrophe ("the studios' end").
    if (marks.weak(k) && role !== 'open') continue;
    // why: '…I am not going to give up\n”\nsaid Ayanda, holding her books.': a mark alone on a line inside its paragraph,
    // with the next line opening on a speech verb in lower case, closes the line before it, whose opening mark was lost
    const line = role === 'either' ? lineClosedBefore(text, paragraphs[para]!, marks, k) : -1;
    if (line >= 0) out.push({ start: line, end: lastNonSpace(text, marks.start(k), line) + 1, openAt: -1, closeEnd: marks.end(k), repairs: [REPAIRS.openLost] });
    else if (role === 'open' || (role === 'either' && !marks.atEnd(k))) {
      open = k;
      openRepairs = NO_REPAIRS;
    } else if (role === 'either') {
      // Alone on its line: it opens when a closing mark follows the next line or the one after, else it closes.
      // Two marks on consecutive lines enclose nothing: then this one closes.
      // why: a single mark in an article of typewriter marks, or a pair of marks inside the next line, is a quotation
      // within this one ("the day I said, 'No new tolls,' I meant …"), no boundary of it; the next mark that counts
      // comes after them (looked for nearby)
      let nk = k + 1;
      while (!marks.weak(k) && nk < marks.length && nk - k <= MAX_NESTED_SKIP && marks.para(nk) <= para + 2) {
        if (marks.weak(nk)) nk++;
        // a pair of marks inside the next line ('the analyst said “They haven’t,” and …') is a quotation within it
        else if (nestedPair(marks, nk, para + 1)) nk += 2;
        else break;
      }
      const closable = nk < marks.length && marks.role(nk) !== 'open' &&
        (marks.para(nk) === para + 2 || (marks.para(nk) === para + 1 && !marks.atStart(nk)));
      // Between two lone marks, the line before or the line after may be the quotation: the one that speaks in
      // the first or second person is.
      const prevLine = paragraphs[para - 1];
      const nextLine = paragraphs[para + 1];
      const closesBefore = closable && marks.atStart(nk) && marks.atEnd(nk) && !!prevLine && !!nextLine && (k === 0 || marks.para(k - 1) !== para - 1
        ? (voice(text, prevLine) > 0 && voice(text, nextLine) === 0) || resumesAfterAttribution(text, paragraphs, marks, k - 1, para - 1) ||
          cutFragment(text, paragraphs, para - 1)
        : resumesInLine(text, prevLine, marks, k - 1));
      // why: '…\n\n“\n\nThe budget was cut.\n\nWe could not plan\n\n,” confides a violinist.': a lone mark after a
      // finished sentence, and a mark two or three lines on that opens its line on the attribution, enclose those lines
      const later = !closable && !closesBefore ? laterClose(text, paragraphs, marks, k, nk) : -1;
      if ((closable && !closesBefore) || later >= 0) {
        open = k;
        openRepairs = NO_REPAIRS;
        closesLater = later;
      } else rebuildBackwards(text, paragraphs, marks, k, out);
    } else if (next >= 0 && marks.para(next) === para && marks.role(next) !== 'open' && !marks.atEnd(k) && !marks.atStart(k)) {
      // Two closing-looking marks in a row on one line: the first is an opening mark whose space slipped.
      open = k;
      openRepairs = [REPAIRS.turnedOpen];
    } else if (marks.atEnd(k) && next >= 0 && marks.atStart(next) && marks.role(next) !== 'open' && marks.para(next) === para + 2) {
      // Ends a line, and a closing mark leads the line after next: it opens the line between.
      open = k;
      openRepairs = [REPAIRS.turnedOpen];
    } else {
      rebuildBackwards(text, paragraphs, marks, k, out);
    }
  }
  if (open >= 0) {
    const c = contentParagraph(marks, open, paragraphs);
    if (c < paragraphs.length && !marks.weak(open)) emitUnclosed(out, text, marks, open, paragraphs[c]!.end, openRepairs);
  }
  return out;
}

const RAQUO = 0xbb;
const LOW_DOUBLE = 0x201e;
const LAQUO = 0xab;

/**
 * Whether the mark `k`, opening the paragraph after the one the guillemet `o` opened, is the guillemet French
 * typography repeats at the start of each paragraph a quotation runs on into ("«We have the money.⏎⏎» Nobody will be
 * left without water», declared the mayor."), not the quotation's closing mark: a » with words after it on its line,
 * followed by the mark that closes its own paragraph or by the same repeated » on the next.
 */
function repeatedGuillemet(text: string, marks: MarkList, o: number, k: number): boolean {
  // (the quotation was opened by « or, over its third paragraph on, by the » repeated before)
  const opener = text.charCodeAt(marks.start(o));
  if ((opener !== LAQUO && opener !== RAQUO) || text.charCodeAt(marks.start(k)) !== RAQUO || !marks.atStart(k) || marks.atEnd(k)) return false;
  // (words, not the attribution's comma: '», he declared' closes)
  let w = marks.end(k);
  while (w < text.length && isSpaceAt(text, w)) w++;
  if (!isWordAt(text, w)) return false;
  const next = k + 1;
  if (next >= marks.length || text.charCodeAt(marks.start(next)) !== RAQUO) return false;
  const para = marks.para(k);
  if (marks.para(next) === para) return true;
  return marks.para(next) === para + 1 && marks.atStart(next) && !marks.atEnd(next);
}

/** Most clutter lines a quotation is read across. */
const CLUTTER_LINES = 3;

/** The first line after line `c` past one to three clutter lines right after it; -1 when no clutter follows `c`. */
function pastClutter(paragraphs: Paragraph[], c: number): number {
  let p = c + 1;
  while (p < paragraphs.length && p <= c + CLUTTER_LINES && paragraphs[p]!.boilerplate) p++;
  return p > c + 1 && p < paragraphs.length && !paragraphs[p]!.boilerplate ? p : -1;
}

/** Most lines a quotation between a lone opening mark and a mark opening its attribution line may take. */
const LATER_CLOSE_LINES = 3;

/**
 * The mark `nk` when it closes, several lines on, the quotation the lone mark `k` opens: it opens its line and the
 * attribution follows it there (',” confides a violinist.'), the lines between are prose of no clutter, and the line
 * before `k` ends its sentence; else -1.
 */
function laterClose(text: string, paragraphs: Paragraph[], marks: MarkList, k: number, nk: number): number {
  if (nk >= marks.length || marks.weak(k) || marks.role(nk) === 'open') return -1;
  const para = marks.para(k);
  // (a line before with a mark of its own may be the quotation this mark closes)
  if (k > 0 && marks.para(k - 1) >= para - 1) return -1;
  const last = marks.para(nk);
  if (last <= para + 2 || last > para + 1 + LATER_CLOSE_LINES) return -1;
  for (let p = para + 1; p < last; p++) if (paragraphs[p]!.boilerplate) return -1;
  const before = paragraphs[para - 1];
  if (before && !endsSentence(text, before)) return -1;
  // (the mark opens its line, or only the quotation's own comma or stop stands before it: ',” confides …')
  const line = paragraphs[last]!;
  if (!/^[\s,.;!?]*$/.test(text.slice(line.start, marks.start(nk)))) return -1;
  return startsWithAttribution(text, marks.end(nk), line.end) ? nk : -1;
}

/** Most words of an attribution that closes a paragraph after a quotation whose closing mark was lost. */
const TAIL_WORDS = 10;
/** How far back from the paragraph's end that attribution's comma is looked for. */
const TAIL_REACH = 120;

/**
 * Where a quotation whose closing mark was lost ends in text[start, end): before the attribution that closes its
 * paragraph ('"We need growth, said the minister.' ends before ", said"; '"…, he added.' before ", he"), else at
 * the paragraph's end. The attribution is a comma, then a speech verb first or after at most three words of its
 * subject, then at most ten words in all.
 */
export function unclosedEnd(text: string, start: number, end: number): number {
  // (only the last comma can open it: the attribution holds no comma of its own)
  const floor = Math.max(start, end - TAIL_REACH);
  let comma = end - 1;
  while (comma > floor && text.charCodeAt(comma) !== 44) comma--;
  if (comma <= floor) return invertedAttribution(text, start, end);
  const tail = text.slice(comma + 1, end);
  if (/[;:!?]/.test(tail.replace(/[.!?\s]+$/, ''))) return invertedAttribution(text, start, end);
  const words = tail.match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length > TAIL_WORDS) return invertedAttribution(text, start, end);
  const verb = words.findIndex((w) => isSpeechVerb(w));
  return verb >= 0 && verb <= 3 ? comma : invertedAttribution(text, start, end);
}

/** How far into a quotation whose closing mark was lost an inverted attribution is looked for. */
const INVERTED_REACH = 600;

/**
 * The first comma (or line break before a dash) in text[start, end) right after which a speech verb comes before its
 * subject, as the
 * attribution that closes speech is written (', said laughing the young Pape Fall, 17 years, a pupil …': the
 * attribution there runs on with appositions and commas of its own), else `end`. A verb followed by "that" or
 * "to" reports what was said inside the quotation rather than closing it.
 */
function invertedAttribution(text: string, start: number, end: number): number {
  const stop = Math.min(end, start + INVERTED_REACH);
  let words = false;
  for (let i = start; i < stop; i++) {
    // why: '„\nMy pension is 8,000 som …\n– said Toktosun ata.': a line that opens on a dash and a speech verb closes the
    // quotation above it, as the comma does
    // ('«We will rebuild the school – declared Banda.': and a dash set off by spaces inside the line, as typographies
    // that set speech off with dashes close it, with or without the comma before it)
    const c = text.charCodeAt(i);
    const dash = (c === 10 || c === 32 || c === 44) && words ? skipSpaces(text, i + 1, stop) : -1;
    const dashed = dash >= 0 && isDash(text.charCodeAt(dash)) && text.charCodeAt(dash + 1) === 32;
    const dashLine = c === 10 && dashed;
    if (c !== 44 && !dashLine && !(c === 32 && dashed)) {
      words ||= isWordAt(text, i);
      continue;
    }
    if (!words) continue;
    const verbStart = skipSpaces(text, dashed ? dash + 1 : i + 1, stop);
    const verbEnd = wordEnd(text, verbStart, stop);
    // (only a lower-case word can be the verb: "…, Said Ali …" names someone)
    if (verbEnd - verbStart < 3 || !isLower(text[verbStart]) || !isSpeechVerb(text.slice(verbStart, verbEnd))) continue;
    const nextStart = skipSpaces(text, verbEnd, stop);
    const nextEnd = wordEnd(text, nextStart, stop);
    if (nextStart > verbEnd && nextEnd > nextStart && !REPORTING_AFTER.has(text.slice(nextStart, nextEnd).toLowerCase())) return i;
  }
  return end;
}

const isDash = (c: number): boolean => c === 0x2013 || c === 0x2014;

/** Words after a speech verb that make it report rather than attribute ("…, said that the fees …"). */
const REPORTING_AFTER = new Set(['that', 'to', 'it', 'so', 'nothing', 'something']);

/**
 * Where the line closed by mark `k` starts, when the mark stands alone on a line inside paragraph `p` and the line
 * after it opens on a speech verb in lower case ("said Ayanda, …"); else -1. Not before an earlier mark of the paragraph.
 */
function lineClosedBefore(text: string, p: Paragraph, marks: MarkList, k: number): number {
  const s = marks.start(k);
  const e = marks.end(k);
  if (text.charCodeAt(s - 1) !== 10 || text.charCodeAt(e) !== 10) return -1;
  const verb = e + 1;
  if (verb >= p.end || !isLower(text[verb]) || !isSpeechVerb(text.slice(verb, wordEnd(text, verb, p.end)))) return -1;
  const floor = k > 0 && marks.para(k - 1) === marks.para(k) ? marks.end(k - 1) : p.start;
  const start = Math.max(floor, text.lastIndexOf('\n', s - 2) + 1);
  return start < s - 1 && isWordAt(text, skipSpaces(text, start, s)) ? skipSpaces(text, start, s) : -1;
}

/** The offset of the last character before `i` that is no white space, not before `floor`. */
function lastNonSpace(text: string, i: number, floor: number): number {
  let k = i - 1;
  while (k > floor && /\s/.test(text[k]!)) k--;
  return k;
}

function skipSpaces(text: string, i: number, stop: number): number {
  while (i < stop && text.charCodeAt(i) === 32) i++;
  return i;
}

function wordEnd(text: string, i: number, stop: number): number {
  while (i < stop && isWordAt(text, i)) i++;
  return i;
}

/**
 * The quotation opened by mark `open` that no mark of speech closes before `paraEnd`. One a single mark opened ends at
 * the paragraph's last single closing mark glued to its words ("‘⏎… where is it?’ — asked the councillor"), which the
 * scan keeps aside among the apostrophes; any other ends where `unclosedEnd` says, its closing mark lost.
 */
/** Most paragraphs a quotation opened and closed once may run over. */
const LONG_QUOTE_PARAGRAPHS = 3;

/** Whether the paragraph before paragraph `c` ends on a colon, as the line that introduces a long quotation does. */
function introducedByColon(text: string, paragraphs: Paragraph[], c: number): boolean {
  const before = paragraphs[c - 1];
  return !!before && text[lastNonSpace(text, before.end, before.start)] === ':';
}

/** Whether paragraphs [from, to] all speak in the first or second person (see `voice`). */
function spokenBetween(text: string, paragraphs: Paragraph[], from: number, to: number): boolean {
  for (let p = from; p <= to; p++) if (voice(text, paragraphs[p]!) === 0) return false;
  return true;
}

/** Whether paragraphs [from, to] are all article text, none of them site clutter. */
function everyContent(paragraphs: Paragraph[], from: number, to: number): boolean {
  for (let p = from; p <= to; p++) if (paragraphs[p]!.boilerplate) return false;
  return true;
}

function emitUnclosed(out: RawQuote[], text: string, marks: MarkList, open: number, paraEnd: number, repairs: Repair[]): void {
  const close = isSingleMark(text, marks, open) ? singleCloseBefore(text, marks.end(open), paraEnd) : -1;
  if (close >= 0) {
    out.push({ start: marks.end(open), end: close, openAt: marks.start(open), closeEnd: close + 1, repairs: marks.atEnd(open) ? [REPAIRS.detached, ...repairs] : repairs });
    return;
  }
  emit(out, marks, open, unclosedEnd(text, marks.end(open), paraEnd), -1, [...repairs, REPAIRS.closeLost]);
}

/** How far into a paragraph its single closing mark is looked for. */
const SINGLE_CLOSE_REACH = 3000;

/**
 * The single closing mark ’ or ' in text[from, to) that ends the words: the first one after a stop or a comma ("… where
 * is it?’ — asked"), else the last one after a letter; never one before a letter (an apostrophe: "it’s"). -1 when none.
 */
function singleCloseBefore(text: string, from: number, to: number): number {
  let afterLetter = -1;
  for (let i = from + 1; i < to && i <= from + SINGLE_CLOSE_REACH; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 0x2019 && c !== 39) || isWordAt(text, i + 1)) continue;
    if ('.,;!?…'.includes(text[i - 1]!)) return i;
    if (isWordAt(text, i - 1)) afterLetter = i;
  }
  return afterLetter;
}

/** The quotation opened by mark `open` up to `end`, closed by mark `close` (-1 when its closing mark was lost). */
function emit(out: RawQuote[], marks: MarkList, open: number, end: number, close: number, repairs: Repair[]): void {
  // Marks on lines of their own are the scraper's damage, worth a reviewer's look at the boundaries.
  const detached = marks.atEnd(open) || (close >= 0 && marks.atStart(close));
  out.push({
    start: marks.end(open),
    end,
    openAt: marks.start(open),
    closeEnd: close >= 0 ? marks.end(close) : -1,
    repairs: detached ? [REPAIRS.detached, ...repairs] : repairs,
  });
}

/**
 * '…,” / ” said Ana Ruiz, a lawyer. / The rest of it. / ”': the line at `line` follows a short attribution line
 * that opens on the mark closing the quotation's first half, so it is the second half, cut onto a line of its own
 * with its opening mark lost; the lone mark after it closes it. Not when the line goes on about the speaker by name
 * ("Ms. Ruiz, a lawyer, worked …"): that is the reporter again.
 */
function resumesAfterAttribution(text: string, paragraphs: Paragraph[], marks: MarkList, before: number, line: number): boolean {
  const cue = paragraphs[line - 1];
  const q = paragraphs[line]!;
  if (!cue || before < 0 || marks.para(before) !== line - 1 || marks.role(before) === 'open' || cue.boilerplate || q.boilerplate) return false;
  // why: what follows the first half's closing mark is the attribution ("” said Ana Ruiz, a lawyer.", "…,” Ruiz said.")
  return attributionOnly(text, { ...cue, start: marks.end(before) }) && !namesSpeakerOf(text, cue, q);
}

/**
 * '…,” / ” Ruiz said. The rest of it. / ”': the second half went onto the attribution's own line, after its sentence,
 * with its opening mark lost; the lone mark after the line closes it (the quotation is rebuilt from the introducer).
 */
function resumesInLine(text: string, line: Paragraph, marks: MarkList, before: number): boolean {
  if (marks.role(before) === 'open' || line.boilerplate) return false;
  const after = marks.end(before);
  const start = afterAttributionSentence(text, after, line.end);
  return start > after && wordCount(text, after, start, SHORT_LINE_WORDS + 1) <= SHORT_LINE_WORDS &&
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
  while (i < p.end && !isWordAt(text, i)) i++;
  return text[i];
}

/** Marks `i` and `i + 1` open and close a quotation inside paragraph `para`, neither at its edge. */
function nestedPair(marks: MarkList, i: number, para: number): boolean {
  const b = i + 1;
  return b < marks.length && marks.para(i) === para && marks.para(b) === para && marks.role(i) === 'open' && marks.role(b) !== 'open' &&
    !marks.atStart(i) && !marks.atEnd(b);
}

/** Straight typewriter marks versus typographic ones: a quotation and the one nested in it differ. */
function glyphStyle(text: string, marks: MarkList, k: number): 'straight' | 'typographic' {
  const c = text[marks.start(k)];
  return c === '"' || c === "'" ? 'straight' : 'typographic';
}

/** Whether mark `k` is a single quote mark (‘ ’ ' ‚), around which double marks nest. */
function isSingleMark(text: string, marks: MarkList, k: number): boolean {
  if (k < 0) return false;
  const c = text.charCodeAt(marks.start(k));
  return marks.end(k) - marks.start(k) === 1 && (c === 0x2018 || c === 0x2019 || c === 39 || c === 0x201a);
}

/** 1 for the single corner brackets 「 」, 2 for the double ones 『 』, 0 for any other mark (or none, `k` < 0). */
function cornerKind(text: string, marks: MarkList, k: number): number {
  if (k < 0) return 0;
  const c = text.charCodeAt(marks.start(k));
  return c === 0x300c || c === 0x300d ? 1 : c === 0x300e || c === 0x300f ? 2 : 0;
}

/** Whether mark `k` is a guillemet («, », ‹, ›), which other marks nest inside or around. */
function isGuillemet(text: string, marks: MarkList, k: number): boolean {
  const c = text.charCodeAt(marks.start(k));
  return c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}

/** The paragraph where a quotation's words begin: the next one when the opening mark ends its line. */
function contentParagraph(marks: MarkList, open: number, paragraphs: Paragraph[]): number {
  const para = marks.para(open);
  return marks.atEnd(open) && para + 1 < paragraphs.length ? para + 1 : para;
}
