import type { Paragraph } from '../types';
import { isClosingContext, isDoubleMarkAt, isLinePunctuation, isLinePunctuationAt, isLower, isOpeningContext, isQuoteAt, isSpace, isSpaceAt, isUpper, isWordAt, isWordChar } from './chars';
import { isSpeechVerb } from './intro';
import { voice } from './lines';
import { MarkList, type MarkRole } from './mark-list';

/** Every quote glyph, and the `<` that may open markup. */
const MARK_OR_TAG = /["“”„‟«»「」『』'‘’‚‛‹›<]/;

/** Tags are short; a `<` not closed within this many characters is text ("a < b"). */
const MAX_TAG_LENGTH = 400;

export interface ScannedMarks {
  /** Double marks, and single marks a scraper left at a line's edge: the marks of speech. */
  primary: MarkList;
  /** Single marks inside lines: nested quotations, or quotations in headline style. */
  single: MarkList;
}

/** One linear pass over the article's non-clutter paragraphs. */
export function scanMarks(text: string, paragraphs: Paragraph[]): ScannedMarks {
  const primary = new MarkList();
  const single = new MarkList();
  // Typewriter style writes a double mark as two apostrophes (''); scrapers drop one of them, so in such an
  // article a lone apostrophe-mark stands for a double mark.
  const typewriter = text.includes("''");
  // One pass of a one-character class over the whole text: the engine jumps natively from mark to mark, and
  // a pointer follows the paragraphs, so the scan stays linear however the text is cut.
  const next = new RegExp(MARK_OR_TAG.source, 'g');
  let pi = 0;
  // why: test() moves lastIndex past the one-character match without building a match array for every mark
  while (next.test(text)) {
    const i = next.lastIndex - 1;
    while (pi < paragraphs.length && paragraphs[pi]!.end <= i) pi++;
    const p = paragraphs[pi];
    if (!p) break;
    if (i < p.start || p.boilerplate) continue;
    // Marks inside markup (`<tweet author="…">`) delimit attribute values, not speech.
    // why: what is no quote mark is the `<` (read by its code unit: a mark's character would be a new string)
    if (!isQuoteAt(text, i)) {
      if (isTagStart(text[i + 1])) {
        const close = tagEnd(text, i, p.end);
        if (close > 0) next.lastIndex = close;
      }
      continue;
    }
    if (isAcronymMark(text, i)) continue;
    // A run of marks (`''`, `,”'`, `"'`) is one boundary: typewriter doubles and nested closes together.
    let j = i + 1;
    while (j < p.end && isQuoteAt(text, j)) j++;
    next.lastIndex = j;
    const atStart = onlyPunctuationBefore(text, p, i);
    const atEnd = onlyPunctuationAfter(text, p, j);
    const isSingle = j - i === 1 && !isDoubleMarkAt(text, i);
    if (!isSingle) primary.add(i, j, p.index, roleOf(text, p, i, j, atStart, atEnd), atStart, atEnd, false);
    else if (isApostrophe(text, i)) {
      // "don't", "Jonas’ appeal": inside or after a word, a single mark is usually an apostrophe; kept aside
      // as a possible closer only for the single-quote pass.
      if (!isWordAt(text, i + 1)) (typewriter ? primary : single).add(i, j, p.index, 'close', atStart, atEnd, typewriter);
    } else {
      const role = roleOf(text, p, i, j, atStart, atEnd);
      if (isDetached(text, i, j, atStart, atEnd)) primary.add(i, j, p.index, role, atStart, atEnd, false);
      else if (closesDoubleOpen(text, p, primary, j)) primary.add(i, j, p.index, 'close', atStart, atEnd, false);
      else if (typewriter) primary.add(i, j, p.index, role, atStart, atEnd, true);
      else single.add(i, j, p.index, role, atStart, atEnd, false);
    }
  }
  return { primary, single };
}

/** Most characters between a single mark and the speech verb after its comma read. */
const SINGLE_CLOSE_REACH = 24;

/**
 * '"Since yesterday I sit in the truck, the vegetables are rotting', said truck driver X': a single mark right before a
 * comma and a speech verb, when the paragraph's only double mark so far opened a quotation and none follows in the
 * paragraph to close it, is that quotation's closing mark typed as the wrong glyph. (`j` is the offset after the mark;
 * the paragraph is read past it once at most, as the mark closes its only open double mark.)
 */
function closesDoubleOpen(text: string, p: Paragraph, primary: MarkList, j: number): boolean {
  const last = primary.length - 1;
  if (last < 0 || primary.para(last) !== p.index || primary.role(last) === 'close' || (last > 0 && primary.para(last - 1) === p.index)) return false;
  const after = /^,\s*[-–—]?\s*(\p{Ll}+)/u.exec(text.slice(j, j + SINGLE_CLOSE_REACH));
  if (!after || !isSpeechVerb(after[1]!)) return false;
  for (let i = j; i < p.end; i++) if (isQuoteAt(text, i) && isDoubleMarkAt(text, i)) return false;
  return true;
}

/** Longest capitalised stem before an acronym's mark ("Tsa" of `Tsa"hal`). */
const ACRONYM_STEM_MAX = 4;

/**
 * `Nat"a`, `Tsa"hal`: Hebrew writes its acronyms with a gershayim before the last letters, and transliterations keep
 * it as a straight double mark inside the word. A mark with a short capitalised stem right before it and one to three
 * lower-case letters right after it, ending the word, is that sign, not a quotation's mark (a scraper's lost space,
 * `said"We`, has neither shape).
 */
function isAcronymMark(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 34) return false;
  let s = i;
  while (s > 0 && i - s <= ACRONYM_STEM_MAX && isWordAt(text, s - 1)) s--;
  if (s === i || i - s > ACRONYM_STEM_MAX || !isUpper(text[s]) || isQuoteAt(text, s - 1)) return false;
  let e = i + 1;
  while (e < text.length && e - i <= 4 && isLower(text[e])) e++;
  return e > i + 1 && e - i <= 4 && !isWordAt(text, e) && !isQuoteAt(text, e);
}

function isTagStart(c: string | undefined): boolean {
  return c === '/' || (c !== undefined && /[a-zA-Z]/.test(c));
}

/** The offset after a tag's `>`, or -1 when the line holds no well-formed tag there. */
function tagEnd(text: string, from: number, to: number): number {
  let inValue: string | null = null;
  for (let i = from + 1; i < to && i - from < MAX_TAG_LENGTH; i++) {
    const c = text[i]!;
    // A new tag, or a line break outside a value, before the end: this `<` was text ("a <b"), not markup.
    if (c === '<' || (c === '\n' && !inValue)) return -1;
    if (inValue) {
      if (c === inValue) inValue = null;
    } else if (c === '"' || c === "'") {
      if (text[i - 1] === '=') inValue = c;
    } else if (c === '>') return i + 1;
  }
  return -1;
}

function isApostrophe(text: string, i: number): boolean {
  return (isWordAt(text, i - 1) && (isWordAt(text, i + 1) || (text[i - 1] === 's' && isSpaceAt(text, i + 1)))) || isYearElision(text, i);
}

/** "the '90s", "class of '08": a mark before two digits that end a word stands for a century's digits. */
function isYearElision(text: string, i: number): boolean {
  return isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3]) && !isWordAt(text, i - 1) &&
    (text[i + 3] === 's' ? !isWordAt(text, i + 4) : !isWordAt(text, i + 3));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** A plus, minus, hyphen or en dash (typeset as a minus) at `i`, a digit right after it: a signed figure ("-5", "+3"). */
function signedFigureAt(text: string, i: number, end: number): boolean {
  return i + 1 < end && '-+\u2212\u2013'.includes(text[i]!) && isDigit(text[i + 1]);
}

/** A single mark cut off from its words by a line break is a scraper's leftover of a quotation's mark. */
function isDetached(text: string, start: number, end: number, atStart: boolean, atEnd: boolean): boolean {
  return (atStart && atEnd) || (atStart && isSpaceAt(text, end)) || (atEnd && isSpaceAt(text, start - 1));
}

/** Only spaces and punctuation between the paragraph's start and `start`. */
function onlyPunctuationBefore(text: string, p: Paragraph, start: number): boolean {
  let a = start;
  while (a > p.start && (isSpaceAt(text, a - 1) || isLinePunctuationAt(text, a - 1))) a--;
  return a === p.start;
}

/** Only spaces and punctuation between `end` and the paragraph's end. */
function onlyPunctuationAfter(text: string, p: Paragraph, end: number): boolean {
  let b = end;
  while (b < p.end && (isSpaceAt(text, b) || isLinePunctuationAt(text, b))) b++;
  return b === p.end;
}

/**
 * What a quote mark's surroundings say it does. Scrapers swap glyphs, so the position decides, not the glyph:
 * a mark followed by text opens, a mark after text closes, a mark alone on its line can do either.
 */
function roleOf(text: string, p: Paragraph, start: number, end: number, atStart: boolean, atEnd: boolean): MarkRole {
  const prev = start > p.start ? text[start - 1] : undefined;
  const next = end < p.end ? text[end] : undefined;
  // why: corner brackets come in one form each way and no scraper swaps them: alone on a line, 「 still opens and 」
  // still closes (a lone 」 on the line after the words, "he emphasized" in the next paragraph); so does the low mark
  // „ that opens a quotation in German, Polish, Ukrainian …, never one that closes
  if (atStart && end === start + 1 && (next === undefined || next === '\n' || next === '\r' || atEnd)) {
    const c = text.charCodeAt(start);
    if (c === 0x300c || c === 0x300e || c === 0x201e) return 'open';
    if (c === 0x300d || c === 0x300f) return 'close';
  }
  // (inside a line too: '…the pressure drops.」he appealed.' closes, glued to the attribution as Chinese and Japanese
  // typography writes it)
  if (end === start + 1) {
    const c = text.charCodeAt(start);
    if (c === 0x300d || c === 0x300f) return 'close';
    if ((c === 0x300c || c === 0x300e) && !atEnd) return 'open';
  }
  if (atStart && atEnd) return 'either';
  // why: “-5 percent is a cut,”: a sign glued to a figure is the first character of the words, where a dash or
  // hyphen after a closing mark never is one
  if (!atEnd && (atStart || isOpeningContext(prev)) && signedFigureAt(text, end, p.end)) return 'open';
  // French typography spaces guillemets from their words (« Nous gagnerons », a déclaré …): a space inside a
  // guillemet at a line's edge is that convention, not the slipped space of a closing mark leading a line
  if (atStart && text[start] === '«' && isSpace(next) && isWordChar(afterSpaces(text, end, p.end))) return 'open';
  if (atEnd && text[end - 1] === '»' && isSpace(prev) && closesWords(beforeSpaces(text, start, p.start))) return 'close';
  // Leading a line: followed by text it opens; followed by a space or comma it closes ("" he said").
  // An elision or an editor's bracket after it ("“… they still", "“[He] said") is the start of the words.
  // A mark alone on its paragraph's first line, the words on the lines below, opens them when another mark alone on a
  // line closes them further down ('"⏎We cannot …,⏎"⏎said Ana Ruiz'); without one it closes what came before.
  // (or when the one other mark of the paragraph closes its last line: "«⏎The minister has had two years … », has
  // hammered the deputy.")
  if (atStart && (next === '\n' || next === '\r')) return loneMarkLineAfter(text, end, p.end) || closedInParagraph(text, start, end, p.end) ? 'open' : 'close';
  if (atStart) return isSpace(next) || (isLinePunctuation(next) && !'…[('.includes(next!)) ? 'close' : 'open';
  // Ending a line: after a space it opens the next line's quotation ("calling him “"), after text it closes.
  if (atEnd) return prev === undefined || isSpace(prev) ? 'open' : 'close';
  const opens = isOpeningContext(prev);
  const closes = isClosingContext(next);
  return opens && !closes ? 'open' : closes && !opens ? 'close' : 'either';
}

/**
 * Whether a line after `from` in the paragraph ending at `end` holds nothing but a quote mark (spaces and punctuation
 * beside it) and words follow it in the paragraph: a mark closing the lines above, before the attribution below.
 * A lone mark on the paragraph's last line opens the next paragraph instead. Read once per paragraph at most: only a
 * mark on a paragraph's first line asks.
 */
function loneMarkLineAfter(text: string, from: number, end: number): boolean {
  let marks = 0;
  let other = false;
  let lone = false;
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      if (lone && other) return true;
      if (marks === 1 && !other && i > from + 1) lone = true;
      else if (other) lone = false;
      marks = 0;
      other = false;
    } else if (isQuoteAt(text, i)) marks++;
    else if (!isSpaceAt(text, i) && !isLinePunctuationAt(text, i)) other = true;
  }
  return lone && other;
}

/** How far into a paragraph `closedInParagraph` looks for the mark that closes a lone opening mark. */
const CLOSED_IN_PARAGRAPH_CHARS = 3000;

/**
 * Whether the lone mark at [start, end) opening its paragraph's first line has exactly one other mark in the paragraph
 * (within reach), on a later line, after words and before a space, a punctuation mark or the paragraph's end, in the
 * glyph that closes it: the quotation is the lines between.
 */
function closedInParagraph(text: string, start: number, end: number, paraEnd: number): boolean {
  const opener = text[start]!;
  // (a single mark alone on the first line is closed by a single one; apostrophes, between letters, close nothing, and
  // double marks inside are a quotation within: "‘⏎Every year … the “Drainage” project, but where is it?’ — asked …")
  const single = opener === '‘' || opener === "'";
  let close = -1;
  const to = Math.min(paraEnd, end + CLOSED_IN_PARAGRAPH_CHARS);
  for (let i = end; i < to; i++) {
    if (!isQuoteAt(text, i)) continue;
    if (single ? isDoubleMarkAt(text, i) || (isWordAt(text, i - 1) && isWordAt(text, i + 1)) : !isDoubleMarkAt(text, i)) continue;
    if (close >= 0) return false;
    close = i;
  }
  if (close < 0 || !CLOSERS[opener]?.includes(text[close]!)) return false;
  const after = close + 1 < paraEnd ? text[close + 1] : undefined;
  // (glued to the words it closes; only French guillemets stand a space apart: "… the bill », has hammered"; or alone
  // on the paragraph's last line, as the opening mark is on its first, around words in someone's own voice: '"⏎For nine
  // days my mother did not eat …⏎"'; scrapers also strand marks around the reporter's lines, which speak of others)
  if (text[close - 1] === '\n' && onlySpacesUntil(text, close + 1, paraEnd)) {
    return closesWords(beforeSpaces(text, close - 1, end)) && voice(text, { start: end, end: close, index: -1, boilerplate: false }) > 0;
  }
  const before = text[close] === '»' ? beforeSpaces(text, close, end) : text[close - 1];
  return closesWords(before) && (after === undefined || isSpace(after) || isLinePunctuation(after));
}

function onlySpacesUntil(text: string, i: number, end: number): boolean {
  while (i < end && isSpaceAt(text, i)) i++;
  return i >= end;
}

/** The marks that close each opening mark, as newsrooms and scrapers write them. */
const CLOSERS: Record<string, string> = { '«': '»"', '"': '"”', '“': '”"', '„': '“”"', '‘': '’\'', "'": "'’" };

/** The first character after a run of spaces on one line (a line break ends the look). */
function afterSpaces(text: string, i: number, end: number): string | undefined {
  while (i < end && text[i] !== '\n' && isSpaceAt(text, i)) i++;
  return i < end ? text[i] : undefined;
}

/** The last character before a run of spaces on one line. */
function beforeSpaces(text: string, i: number, start: number): string | undefined {
  while (i > start && text[i - 1] !== '\n' && isSpaceAt(text, i - 1)) i--;
  return i > start ? text[i - 1] : undefined;
}

/** A character that can end a quotation's words: a letter or digit, or the punctuation that ends a phrase. */
function closesWords(c: string | undefined): boolean {
  return isWordChar(c) || (c !== undefined && '.,;!?…)'.includes(c));
}
