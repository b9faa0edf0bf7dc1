import type { Paragraph } from '../types';
import { isLinePunctuationAt, isLower, isSpaceAt, isUpper, isWordChar } from './chars';
import { afterAttributionSentence, afterIntroducer, endsWithIntroducer, isSpeechVerb, startsWithAttribution } from './intro';
import { countNewlines, endsSentence, hasWords, lastSentenceStart, startsSentence, voice, wordCount } from './lines';
import type { MarkList } from './mark-list';
import type { RawQuote } from './pairing';
import { REPAIRS } from './repairs';

/** A quotation rebuilt backwards over whole lines covers at most this many paragraphs. */
const MAX_REBUILT_PARAGRAPHS = 3;
/** A fragment line this short between two marks is a quoted phrase even without its opening mark. */
const SHORT_FRAGMENT_WORDS = 8;
/** Lines a rebuilt quotation extends back over are this short at most. */
export const SHORT_LINE_WORDS = 15;

/** A closing mark with no opening mark: the quotation is rebuilt backwards from it. */
export function rebuildBackwards(text: string, paragraphs: Paragraph[], marks: MarkList, k: number, out: RawQuote[]): void {
  const para = marks.para(k);
  const markStart = marks.start(k);
  // The mark before this one, or -1.
  const prevMark = k - 1;
  const p = paragraphs[para]!;
  if (!marks.atStart(k)) {
    // Inline: the quotation starts after its introducer ("…, saying, There is …"), within the same line.
    const floor = prevMark >= 0 && marks.para(prevMark) === para ? marks.end(prevMark) : p.start;
    let start = afterIntroducer(text, floor, markStart);
    if (start >= 0) {
      // why: 'The director responded, the city has opened ten wells. Do not store water, you only lower the pressure,”
      // he appealed.': a translated introducer may report first; the speaker's own last sentence is the quotation
      const last = lastSentenceStart(text, { ...p, start, end: markStart - 1 });
      if (last > start && isSpaceAt(text, last) && spokenAfterNarration(text, { ...p, start, end: markStart }, last)) start = skipSpacesFrom(text, last, markStart);
      out.push(rebuilt(start, marks, k));
    }
    // why: 'It could fail,” suggests Ana Ruiz.': with no introducer and no mark before it in its line, a closing mark
    // after the quotation's own comma or stop, with the attribution right after it, closes words that opened the line
    // (from the start of the sentence the mark ends: 'Yavuzer rejected the criticism. Those who speak …,” he said.')
    // (the comma may stand after the mark, as British and translated news place it: '…of Erbil", Kak Rebwar said.')
    // After a line that introduces it ("…, and added:"), or when the line's first sentence already speaks in the first
    // or second person ("I have nothing to say to him. Let the commission speak”, he said"), the whole line is the
    // quotation
    else if (floor === p.start && (',.!?'.includes(text[markStart - 1] ?? '') || text[marks.end(k)] === ',') && startsWithAttribution(text, marks.end(k), p.end)) {
      const before = paragraphs[para - 1];
      // ("…stored wheat in his house.⏎My daughter's marriage is in November, …,” he said": a line break inside the
      // paragraph, where the scraper dropped the opening mark, starts the line that speaks in the first person)
      const lineBreak = text.lastIndexOf('\n', markStart - 1);
      const lineStart = lineBreak >= p.start ? lineBreak + 1 : p.start;
      const introduced = lineStart === p.start && !!before && !before.boilerplate && endsWithIntroducer(text, before.start, before.end);
      const whole = introduced || voice(text, { ...p, start: lineStart, end: firstSentenceEnd(text, lineStart, markStart) }) > 0;
      const reported = whole ? -1 : afterReportedThat(text, lineStart, markStart);
      const start = whole ? lineStart : reported >= 0 ? reported : skipSpacesFrom(text, lastSentenceStart(text, { ...p, end: markStart - 1 }), markStart);
      out.push(rebuilt(start, marks, k));
    } else if (floor === p.start && '.!?…'.includes(text[markStart - 1] ?? '') && skipSpacesFrom(text, marks.end(k), p.end) >= p.end) {
      // why: 'The old man spoke from his chair, slowly:⏎⏎I was four years old when they put us in the wagon. …»': a
      // closing mark that ends its line after a stop, with no mark before it there, after a line that introduces it,
      // closes the whole line, whose opening mark was lost
      const before = paragraphs[para - 1];
      if (before && !before.boilerplate && endsWithIntroducer(text, before.start, before.end)) out.push(rebuilt(p.start, marks, k));
    }
    return;
  }
  const lastCovered = out.length ? out[out.length - 1]!.end : -1;
  let first = para - 1;
  const q = paragraphs[first];
  if (!q || q.boilerplate || q.end <= lastCovered) return;
  if (prevMark >= 0 && marks.para(prevMark) === first) {
    const prevEnd = marks.end(prevMark);
    // The line holds an earlier mark: only what follows that mark's introducer can be this quotation; after an
    // attribution sentence ('” Ruiz said. The rest …”'), all that follows it, whatever verbs the quotation holds.
    const resumed = marks.role(prevMark) === 'open' ? -1 : afterAttributionSentence(text, prevEnd, q.end);
    // 'of trying to sink / " the budget': when the reporter's sentence goes on after the mark, the quotation is a
    // phrase inside it; as below, only a comma or colon introducer places it, else the words back to one introducing it
    const inSentence = continuesSentence(text, marks.end(k), p);
    let after = resumed >= 0 ? resumed : afterIntroducer(text, prevEnd, q.end, inSentence ? Infinity : prevEnd);
    if (after < 0 && inSentence) after = phraseStart(text, prevEnd, markStart);
    if (after >= 0 && after < q.end) out.push(rebuilt(after, marks, k));
    return;
  }
  // '…,” / “ Ruiz said. / The rest of it. / ”': the scraper cut an interrupted quotation's second half onto a line of its
  // own and lost its opening mark; a short attribution line right before it is where it starts
  // (unless the line after it goes on about the speaker by name: "… said Ana Ruiz. / Ms. Ruiz, a lawyer, worked …")
  const cue = paragraphs[first - 1];
  if (cue && !cue.boilerplate && cue.end > lastCovered && attributionOnly(text, cue) && !namesSpeakerOf(text, cue, q)) {
    out.push(rebuilt(q.start, marks, k));
    return;
  }
  // Closing mark followed by the rest of the reporter's sentence ("” contribution, …"): a quoted phrase whose
  // start the lost mark took with it; only a comma or colon introducer can still place it.
  const midSentence = continuesSentence(text, marks.end(k), p);
  const inner = afterIntroducer(text, q.start, q.end, midSentence ? Infinity : lastSentenceStart(text, q));
  if (inner >= 0 && inner < q.end) {
    out.push(rebuilt(inner, marks, k));
    return;
  }
  // A fragment cut out of a sentence ("a total stiff", "and not a smart man") is the quoted phrase itself.
  const cutFromSentence = first > 0 && !endsSentence(text, paragraphs[first - 1]!);
  const short = wordCount(text, q.start, q.end, SHORT_FRAGMENT_WORDS + 1) <= SHORT_FRAGMENT_WORDS;
  if (!startsSentence(text, q) || (cutFromSentence && short)) {
    out.push(rebuilt(q.start, marks, k));
    return;
  }
  if (midSentence) {
    // 'what she called the old Harbour Board, / ” voiced at …': the mark and its line break went, the phrase stayed on
    // the reporter's line; it is the words right before the mark, back to the word that introduces them
    const start = cutPhraseStart(text, q.start, q.end, markStart);
    if (start >= 0) out.push(rebuilt(start, marks, k));
    return;
  }
  if (!endsQuotedSentence(text, marks, k, q)) return;
  // A lost opening mark inside a line of several sentences: when the line's last sentence speaks in the first person
  // and the sentence before it narrates in the reporter's voice ("Ruiz said that he backed the plan. I prefer the old
  // one,” he said."), the quotation is that last sentence; otherwise the line's sentences are taken as below
  const last = lastSentenceStart(text, q);
  if (last > q.start && last < q.end && isSpaceAt(text, last) && spokenAfterNarration(text, q, last)) {
    out.push(rebuilt(skipSpacesFrom(text, last, q.end), marks, k));
    return;
  }
  // Whole sentences before the mark, back to the line that introduces them, a gap, a mark or a quotation.
  while (first - 1 >= 0 && para - (first - 1) <= MAX_REBUILT_PARAGRAPHS) {
    const r = paragraphs[first - 1]!;
    const rGap = text.slice(r.end, paragraphs[first]!.start);
    if (r.boilerplate || r.end <= lastCovered || !hasWords(text, r) || (prevMark >= 0 && marks.para(prevMark) >= first - 1)) break;
    // The scraper cuts a quotation's sentences into short lines; a long line is the reporter's narrative.
    if (countNewlines(rGap) > 2 || endsWithIntroducer(text, r.start, r.end) || !endsSentence(text, r)) break;
    if (wordCount(text, r.start, r.end, SHORT_LINE_WORDS + 1) > SHORT_LINE_WORDS) break;
    // why: a short line that tells in the third person and the past tense ("Turnout was low.") is the reporter's
    // narrative; one in the speaker's own voice ("We moved the animals first.") or without a past ("Possibly a
    // naval base.") is taken into the quotation
    if (voice(text, r) === 0 && narratesPast(text, r)) break;
    first--;
  }
  out.push(rebuilt(paragraphs[first]!.start, marks, k));
}

/** A word of the first or second person, as a whole word ("I", "I'm", "we", "our", "me", "you"). */
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|we|We|my|My|our|Our|us|me|you|You)(?!\p{L})/u;
/** A sentence that opens on a pronoun of the third person tells about someone ("He then praised your work."). */
const THIRD_PERSON_OPENING = /^\s*(?:He|She|They|It)\b/;
/** How much of the last sentence is read for the first person. */
const LAST_SENTENCE_REACH = 300;

/**
 * why: 'Ana Ruiz said that she backed the plan until the vote. We never saw the figures,” she said.': a last sentence in
 * the first or second person (not opening on "he", "she", "they", "it") after a stop, right after a sentence in the
 * third person and the past tense (the reporter's narrative), is where the speaker's words start; a line whose earlier sentences ask, or already speak in the first
 * person, or tell no past, is taken whole. `last` is the space that opens the line's last sentence.
 */
function spokenAfterNarration(text: string, q: Paragraph, last: number): boolean {
  const said = text.slice(last, Math.min(q.end, last + LAST_SENTENCE_REACH));
  if (text[last - 1] !== '.' || !FIRST_PERSON.test(said) || THIRD_PERSON_OPENING.test(said)) return false;
  const before = { ...q, start: lastSentenceStart(text, { ...q, end: last }), end: last };
  return voice(text, before) === 0 && narratesPast(text, before);
}

/** How many words back from a lost opening mark's phrase a bare verb of speech may stand ("said there is love"). */
const SPOKEN_PHRASE_WORDS = 10;
/**
 * Words after which a phrase cut back to them is the quoted words themselves: a noun phrase's article ("a realistic")
 * or a form of "be" before the quoted predicate ("the plan was simply unworkable").
 */
const PHRASE_KEEPERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those',
  'is', 'was', 'are', 'were', 'be', 'been', 'being']);

/**
 * Where a quoted phrase whose opening mark was lost starts, the reporter's sentence going on after its closing mark:
 * the words back to the word that introduces them (`phraseStart`); but when that word is "to" or a preposition inside
 * the clause rather than an article or a form of "be", the words right after a verb of speech within reach.
 * why: 'Ruiz said the fund is too small to cover\n\n" the repairs': the quotation is the clause the verb introduces
 * ("the fund is too small to cover"), not the word after "to"; 'said they pay a fair\n\n" price' keeps "fair".
 */
function cutPhraseStart(text: string, from: number, to: number, markStart: number): number {
  const phrase = phraseStart(text, from, markStart);
  if (phrase >= 0 && PHRASE_KEEPERS.has(lowerWordBefore(text, phrase))) return phrase;
  const spoken = afterIntroducer(text, from, to, wordsBack(text, from, to, SPOKEN_PHRASE_WORDS));
  return spoken >= 0 && spoken < to ? spoken : phrase;
}

/** The word right before offset `i` (past spaces), in lower case; '' when there is none. */
function lowerWordBefore(text: string, i: number): string {
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  let s = i;
  while (s > 0 && i - s < 30 && isWordChar(text[s - 1]!)) s--;
  return text.slice(s, i).toLowerCase();
}

/** The start of the `n`th word back from `to` within text[from, to), not past the stop of a sentence before. */
function wordsBack(text: string, from: number, to: number, n: number): number {
  let i = to;
  for (let k = 0; k < n; k++) {
    let e = i;
    while (e > from && isSpaceAt(text, e - 1)) e--;
    if (e <= from || (k > 0 && '.!?'.includes(text[e - 1]!))) return i;
    while (e > from && !isSpaceAt(text, e - 1)) e--;
    i = e;
  }
  return i;
}

/** Where the sentence opening at `from` ends (after its stop), within `to`; `to` when it runs on. */
function firstSentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to - 1; i++) if ('.?!'.includes(text[i]!) && isSpaceAt(text, i + 1) && !isUpper(text[i - 1])) return i + 1;
  return to;
}

/** Longest stretch of a line read for a sentence that reports before a closing mark whose opening mark was lost. */
const REPORTED_REACH = 600;

/**
 * why: 'Siti Rahma (45), his neighbour, admitted that her house was flooded again. Every year it is the same, the
 * promises are only promises. We are tired," she said.': a sentence in the line that reports the speaker's claim with
 * "that" is the reporter's; the sentences after it, up to the closing mark, are the speaker's words, whose opening mark
 * was lost. Returns where the first of them starts, else -1 (no such sentence, or only the mark's own one after it).
 */
function afterReportedThat(text: string, from: number, to: number): number {
  const floor = Math.max(from, to - REPORTED_REACH);
  let start = floor;
  let found = -1;
  let sentences = 0;
  for (let i = floor; i < to - 1; i++) {
    if (!'.?!'.includes(text[i]!) || !isSpaceAt(text, i + 1) || isUpper(text[i - 1])) continue;
    const next = skipSpacesFrom(text, i + 1, to);
    if (reportsThat(text, start, i)) {
      found = next;
      sentences = 0;
    } else if (found >= 0) sentences++;
    start = next;
  }
  return found >= 0 && sentences >= 1 ? found : -1;
}

/** Whether text[from, to) holds a verb of speech followed by "that" ("admitted that", "said that"). */
function reportsThat(text: string, from: number, to: number): boolean {
  const word = /[\p{L}]+/gu;
  const s = text.slice(from, to);
  let prev = '';
  for (let m = word.exec(s); m; m = word.exec(s)) {
    if (m[0] === 'that' && isSpeechVerb(prev)) return true;
    prev = m[0];
  }
  return false;
}

/** The quotation from `start` to the closing mark `close`, whose opening mark was lost. */
function rebuilt(start: number, marks: MarkList, close: number): RawQuote {
  return { start, end: marks.start(close), openAt: -1, closeEnd: marks.end(close), repairs: [REPAIRS.openLost] };
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
    while (e > from && isSpaceAt(text, e - 1)) e--;
    if (e <= from) break;
    let s = e;
    // why: bounded, so a line without spaces costs no more than a long word
    while (s > from && !isSpaceAt(text, s - 1) && e - s < MAX_WORD) s--;
    if (s > from && !isSpaceAt(text, s - 1)) return -1;
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

/** The reporter's sentence goes on after the closing mark ending at `markEnd`. */
function continuesSentence(text: string, markEnd: number, p: Paragraph): boolean {
  let i = markEnd;
  while (i < p.end && isSpaceAt(text, i)) i++;
  const c = text[i];
  if (c === undefined || !(isLower(c) || c === '-' || c === '—' || c === '–')) return false;
  return !startsWithAttribution(text, markEnd, p.end);
}

/** The closing line carries the quotation's own end (`,”`, `”.`) or the quoted line ends a sentence. */
function endsQuotedSentence(text: string, marks: MarkList, k: number, q: Paragraph): boolean {
  if (marks.atEnd(k) || isLinePunctuationAt(text, marks.start(k) - 1) || text[marks.end(k)] === ',') return true;
  let e = q.end;
  while (e > q.start && isSpaceAt(text, e - 1)) e--;
  return '.?!…,'.includes(text[e - 1] ?? '');
}

/** The first offset at or after `i`, before `to`, that is no space. */
function skipSpacesFrom(text: string, i: number, to: number): number {
  while (i < to && isSpaceAt(text, i)) i++;
  return i;
}
