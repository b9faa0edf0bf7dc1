import type { Paragraph } from '../types';
import { isLinePunctuation, isLower, isSpace, isUpper, isWordChar } from './chars';
import { afterAttributionSentence, afterIntroducer, endsWithIntroducer, isSpeechVerb, startsWithAttribution } from './intro';
import { countNewlines, endsSentence, hasWords, lastSentenceStart, startsSentence, voice, wordCount } from './lines';
import type { Mark } from './marks';
import type { RawQuote } from './pairing';
import { REPAIRS } from './repairs';

/** A quotation rebuilt backwards over whole lines covers at most this many paragraphs. */
const MAX_REBUILT_PARAGRAPHS = 3;
/** A fragment line this short between two marks is a quoted phrase even without its opening mark. */
const SHORT_FRAGMENT_WORDS = 8;
/** Lines a rebuilt quotation extends back over are this short at most. */
export const SHORT_LINE_WORDS = 15;

/** A closing mark with no opening mark: the quotation is rebuilt backwards from it. */
export function rebuildBackwards(text: string, paragraphs: Paragraph[], marks: Mark[], k: number, out: RawQuote[]): void {
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
    // The line holds an earlier mark: only what follows that mark's introducer can be this quotation; after an
    // attribution sentence ('” Ruiz said. The rest …”'), all that follows it, whatever verbs the quotation holds.
    const resumed = prevMark.role === 'open' ? -1 : afterAttributionSentence(text, prevMark.end, q.end);
    // 'of trying to sink / " the budget': when the reporter's sentence goes on after the mark, the quotation is a
    // phrase inside it; as below, only a comma or colon introducer places it, else the words back to one introducing it
    const inSentence = continuesSentence(text, m, paragraphs[m.para]!);
    let after = resumed >= 0 ? resumed : afterIntroducer(text, prevMark.end, q.end, inSentence ? Infinity : prevMark.end);
    if (after < 0 && inSentence) after = phraseStart(text, prevMark.end, m.start);
    if (after >= 0 && after < q.end) out.push({ start: after, end: m.start, open: null, close: m, repairs });
    return;
  }
  // '…,” / “ Ruiz said. / The rest of it. / ”': the scraper cut an interrupted quotation's second half onto a line of its
  // own and lost its opening mark; a short attribution line right before it is where it starts
  // (unless the line after it goes on about the speaker by name: "… said Ana Ruiz. / Ms. Ruiz, a lawyer, worked …")
  const cue = paragraphs[first - 1];
  if (cue && !cue.boilerplate && cue.end > lastCovered && attributionOnly(text, cue) && !namesSpeakerOf(text, cue, q)) {
    out.push({ start: q.start, end: m.start, open: null, close: m, repairs });
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
  if (midSentence) {
    // 'what she called the old Harbour Board, / ” voiced at …': the mark and its line break went, the phrase stayed on
    // the reporter's line; it is the words right before the mark, back to the word that introduces them
    const start = phraseStart(text, q.start, m.start);
    if (start >= 0) out.push({ start, end: m.start, open: null, close: m, repairs });
    return;
  }
  if (!endsQuotedSentence(text, m, q)) return;
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
    // why: a short line that tells in the third person and the past tense ("Turnout was low.") is the reporter's
    // narrative; one in the speaker's own voice ("We moved the animals first.") or without a past ("Possibly a
    // naval base.") is taken into the quotation
    if (voice(text, r) === 0 && narratesPast(text, r)) break;
    first--;
  }
  out.push({ start: paragraphs[first]!.start, end: m.start, open: null, close: m, repairs });
}

/** The longest phrase `phraseStart` takes back from a closing mark whose opening mark was lost mid-sentence. */
const PHRASE_WORDS = 6;
/**
 * Words that introduce a quoted phrase rather than belong to it: articles, prepositions, forms of "be", pronouns,
 * conjunctions and the verbs that name what follows ("called", "dubbed").
 */
const PHRASE_BOUNDARIES = new Set([
  'a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'about', 'into', 'than', 'like',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', "it's", 'it’s', 'it', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that',
  'these', 'those', 'and', 'or', 'but', 'him', 'them', 'us', 'me', 'whom', 'which', 'who', 'what', 'called', 'calling', 'call',
  'calls', 'dubbed', 'named', 'labeled', 'labelled', 'termed', 'describes', 'described', 'describing',
]);

/** Small words inside a name ("Gang of Eight", "Friends of the Pier"). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for']);
/** Longer "words" are no words of a phrase (a link, a run without spaces). */
const MAX_WORD = 60;

/**
 * Where a quoted phrase that lost its opening mark starts, in text[from, end) before its closing mark: the words back
 * to the first one that introduces a phrase (PHRASE_BOUNDARIES), at most PHRASE_WORDS of them; small words between
 * capitalised ones belong to a name ("Gang of Eight"). -1 when no such word comes within reach, or a sentence ends first.
 */
function phraseStart(text: string, from: number, end: number): number {
  // The words before the mark, last first: their starts and their bare lower-case forms.
  const starts: number[] = [];
  const words: string[] = [];
  let e = end;
  while (starts.length < PHRASE_WORDS + 4) {
    while (e > from && isSpace(text[e - 1])) e--;
    if (e <= from) break;
    let s = e;
    // why: bounded, so a line without spaces costs no more than a long word
    while (s > from && !isSpace(text[s - 1]) && e - s < MAX_WORD) s--;
    if (s > from && !isSpace(text[s - 1])) return -1;
    starts.push(s);
    words.push(text.slice(s, e));
    e = s;
  }
  const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '').toLowerCase();
  for (let k = 0; k < words.length && k <= PHRASE_WORDS; k++) {
    const w = bare(words[k]!);
    if (w === '' || (k > 0 && /[.!?;:]$/.test(words[k]!))) return -1;
    if (!PHRASE_BOUNDARIES.has(w)) continue;
    if (k === 0) return -1;
    // A run of small words between capitals is part of a name: skip over it when a capitalised word precedes it.
    let j = k;
    while (j < words.length && NAME_JOINERS.has(bare(words[j]!))) j++;
    if (isUpper(words[k - 1]![0]) && j < words.length && j - k <= 2 && isUpper(words[j]![0]) && !PHRASE_BOUNDARIES.has(bare(words[j]!))) {
      k = j;
      continue;
    }
    return starts[k - 1]!;
  }
  return -1;
}

/** Past forms a reporter's narrative runs on, besides the regular "-ed". */
const PAST_FORMS = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'held', 'made', 'went', 'came', 'took', 'gave', 'got', 'saw', 'began', 'became', 'won', 'lost', 'left', 'met', 'ran', 'sent', 'spent', 'kept', 'found', 'brought', 'thought', 'wrote']);

/** Whether a line holds a verb in the past tense: "-ed" (but not "need", "speed") or a common irregular past form. */
function narratesPast(text: string, p: Paragraph): boolean {
  for (const w of text.slice(p.start, Math.min(p.end, p.start + 300)).toLowerCase().split(/[^\p{L}]+/u)) {
    if (PAST_FORMS.has(w) || (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed'))) return true;
  }
  return false;
}

/** A line that only attributes ("“ Ruiz said.", "said Ana Ruiz, a strategist in Lisbon."): short, one sentence. */
export function attributionOnly(text: string, p: Paragraph): boolean {
  return wordCount(text, p.start, p.end, SHORT_LINE_WORDS + 1) <= SHORT_LINE_WORDS && endsSentence(text, p) && startsWithAttribution(text, p.start, p.end);
}

/** Whether paragraph `q` names, by surname, the speaker the attribution line `cue` names ("Ruiz said.", "said Ana Ruiz, …"). */
export function namesSpeakerOf(text: string, cue: Paragraph, q: Paragraph): boolean {
  const words = text.slice(cue.start, cue.end).match(/[\p{L}\p{M}'’.-]+|,/gu) ?? [];
  const verb = words.findIndex((w) => isSpeechVerb(w));
  if (verb < 0) return false;
  const capitalised = (w: string | undefined): boolean => w !== undefined && isUpper(w[0]);
  let surname = capitalised(words[verb - 1]) ? words[verb - 1]! : '';
  for (let k = verb + 1; !surname && k < words.length && capitalised(words[k]); k++) if (!capitalised(words[k + 1])) surname = words[k]!;
  surname = surname.replace(/[.'’]+$/, '');
  if (surname.length < 2) return false;
  const body = text.slice(q.start, q.end);
  for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
    const before = body[at - 1];
    const after = body[at + surname.length];
    if ((before === undefined || !isWordChar(before)) && (after === undefined || !isWordChar(after))) return true;
  }
  return false;
}

function continuesSentence(text: string, m: Mark, p: Paragraph): boolean {
  let i = m.end;
  while (i < p.end && isSpace(text[i])) i++;
  const c = text[i];
  if (c === undefined || !(isLower(c) || c === '-' || c === '—' || c === '–')) return false;
  return !startsWithAttribution(text, m.end, p.end);
}

/** The closing line carries the quotation's own end (`,”`, `”.`) or the quoted line ends a sentence. */
function endsQuotedSentence(text: string, m: Mark, q: Paragraph): boolean {
  if (m.atEnd || isLinePunctuation(text[m.start - 1]) || text[m.end] === ',') return true;
  let e = q.end;
  while (e > q.start && isSpace(text[e - 1])) e--;
  return '.?!…,'.includes(text[e - 1] ?? '');
}
