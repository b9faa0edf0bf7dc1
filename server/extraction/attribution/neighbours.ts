/** Where a quotation's cue lies when it has none of its own: neighbouring quotations, the passage's subject, a label. */
import type { Assignment } from '../attribution';
import { isQuoteAt } from '../quotes/chars';
import type { QuoteCandidate } from '../types';
import * as analysisModule from './analysis';
import type { Analysis } from './analysis';
import * as cuesModule from './cues';
import type { Index, Local } from './cues';
import * as entitiesModule from './entities';
import * as lexiconModule from './lexicon';
import * as mentionsModule from './mentions';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import type { Mention } from './mentions';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { entityOf } = analysisModule;
const { accordingLater, asks, possessedSpeech, cueAfter, cueBefore, FRONTED, QUOTES_CROSSED, isSpeech, sentenceLead, speakerMention, sentenceSubject, subjectOf, verbSpeaker } = cuesModule;
const { entityForLabel } = entitiesModule;
const { ANSWER_NOUNS, isPersonNoun, TITLES } = lexiconModule;
const { isPunct, opensClause } = mentionsModule;
const { firstTokenFrom, inLex, K, LEX, QUOTE_MARKS } = tokensModule;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they']);
/** Words that open a clause subordinate to the sentence's main one, or a phrase fronted before its subject. */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'once', 'until', 'if', 'whereas', 'whenever', ...FRONTED]);

export function localCue(ix: Index, qv: number, q: QuoteCandidate, text: string): Local | null {
  // why: a line under the quotation that credits it with a dash ("— Dede Saepudin, to RRI Bandung") says whose it is,
  // whatever verb the narration around it has
  const credited = dashCredited(ix, qv) ?? captionedBelow(ix, qv, q, text);
  if (credited) return credited;
  const after = cueAfter(ix, qv);
  const before = cueBefore(ix, qv);
  if (after && before) {
    // why: "The Land had promised the money „already three times“, so Pichlmaier in the ORF Radio.": a closing "so X"
    // gives the whole sentence to X, whoever its own verb's subject is
    const closer = ix.v.toks[after.cue];
    if (closer !== undefined && closer.k === K.Word && closer.key === 'so') return after;
    // why: a quotation ending on a comma waits for its cue; one ending on a stop closes a sentence whose cue came
    // before it; otherwise a verb right at the quotation wins
    const tail = text.slice(Math.max(q.start, q.end - 3), q.end).trim();
    if (tail.endsWith(',')) return after;
    // why: 'The leader said: "…", said Prime Minister Ana Ruiz': the name the sentence gives outranks a description,
    // which, in the same sentence as that name, is taken for someone else
    if (after.how === 'after-inverted' && ix.mentions[after.mention]!.type === 'name' && ix.mentions[before.mention]!.type === 'desc') return after;
    // why: 'Emergency of La Sarre: « … », promises the minister Bérubé': a colon after a topic opens the quotation, and
    // the verb set off by a comma after it names who spoke
    const next = ix.v.toks[qv + 1];
    if (before.how === 'colon' && after.how === 'after-inverted' && next !== undefined && next.k === K.Punct && next.key === ',') return after;
    // why: 'a reporter asked Ruiz, "Will you resign?" Ruiz replied, …': a question belongs to who asked it
    if (tail.endsWith('?') && asks(ix, before.cue)) return before;
    if (tail.endsWith('.')) return before;
    // why: a phrase quoted inside a clause ("he said it brought a '…' of papers") belongs to that clause's verb
    if (/[\p{L}\p{N}]$/u.test(tail) && before.how === 'before') return before;
    // why: a verb far after a phrase quoted mid-sentence belongs to another clause ("…'rigged', a charge X denied")
    if (after.confidence < 0.85) return before;
    return qv - before.cue <= 4 ? before : after;
  }
  // why: "Ruiz on the leak: 'Unethical,' 'Horrifying.' A document suggests …": a speaker the sentence opens on,
  // before a colon, outranks a bare cue sentence after the quotation
  if (after && !before && after.confidence <= 0.6) {
    const lead = sentenceLead(ix, qv);
    if (lead && lead.how === 'colon') return lead;
    // why: '… testifies.\n\n“I cannot hold on.”\n\nThe minister promised more staff.': a quotation closing on its
    // own stop, after a sentence that announced it, is that sentence's, not the one a bare cue after it opens
    const announced = /[.!?]$/.test(text.slice(Math.max(q.start, q.end - 3), q.end).trim()) ? cueEndingBefore(ix, qv) : null;
    if (announced) return announced;
  }
  // why: 'X, a fan who came by bus, told a different story. ¶ We came with three buses … ¶ The Association announced
  // that …': a quotation standing as a paragraph of its own, after a paragraph whose last sentence has someone speak,
  // is that speaker's; a paragraph after it that reports its own "that" clause opens a new matter, not the quotation's
  // cue (a quotation with no stop of its own runs on into it as one sentence)
  if (after && !before && ownsParagraph(ix, qv) && reportsOwnClause(ix, after.cue)) {
    const introduced = speakerEndingParagraphBefore(ix, qv);
    if (introduced) return introduced;
  }
  return after ?? before ?? replyFrom(ix, qv) ?? sentenceLead(ix, qv) ?? accordingLater(ix, qv) ?? possessedSpeech(ix, qv) ?? creditedAfter(ix, qv);
}

/** Nouns that name a quotation as someone's answer: "“No,” was the reply from X". */
const REPLY_NOUNS = new Set<string>([...ANSWER_NOUNS, 'retort', 'rejoinder', 'verdict']);
/** Most words describing the reply between the article and its noun ("the curt, one-word reply"). */
const REPLY_WORDS = 3;

/**
 * The speaker of "“No,” was the reply from Ana Ruiz", "“Never,” came the answer of the minister", "“Fine,” was Ruiz's
 * response": a quotation whose sentence goes on to call it someone's reply. The cue is the reply's noun.
 */
function replyFrom(ix: Index, qv: number): Local | null {
  const toks = ix.v.toks;
  let k = qv + 1;
  if (toks[k]?.k === K.Punct && toks[k]!.key === ',') k++;
  const verb = toks[k];
  if (verb === undefined || verb.k !== K.Word || (verb.key !== 'was' && verb.key !== 'came' && verb.key !== 'is' && verb.key !== 'comes')) return null;
  k++;
  // ("was Ruiz's response": the owner before the noun)
  const owner = ix.startAt[k] ?? -1;
  if (owner >= 0 && ix.mentions[owner]!.possessive) {
    const noun = ix.mentions[owner]!.vj;
    return REPLY_NOUNS.has(toks[noun]?.key ?? '') && speakerMention(ix, owner) ? { mention: owner, cue: noun, how: 'after-inverted', confidence: 0.8 } : null;
  }
  if (toks[k]?.key !== 'the' && toks[k]?.key !== 'her' && toks[k]?.key !== 'his') return null;
  for (let j = k + 1; j <= k + 1 + REPLY_WORDS && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.k !== K.Word && !(t.k === K.Punct && t.key === ',')) return null;
    if (!REPLY_NOUNS.has(t.key)) continue;
    const by = toks[j + 1];
    if (by === undefined || (by.key !== 'from' && by.key !== 'of')) return null;
    const m = ix.startAt[j + 2] ?? -1;
    return m >= 0 && ix.mentions[m]!.type !== 'pronoun' && speakerMention(ix, m) ? { mention: m, cue: j, how: 'after-inverted', confidence: 0.8 } : null;
  }
  return null;
}

/** Most tokens of a dash credit line ("— Kelepi Mahe, speaking to Kaniva Tonga"). */
const DASH_CREDIT_TOKENS = 20;

/**
 * The person a line right under the quotation credits ("…in the year. ¶— Aroha Tāwhiri, Te Araroa", "… ¶Malik Zeeb,
 * speaking to KNR Qanorooq"): the line opens on a dash and a person's name, or on the name when a credit's participle
 * follows its comma, and ends within a few words, with no stop, quotation or verb of speech of its own but that
 * participle. The cue is the dash or the participle, so the venue after the name ("to RRI Bandung", "on Facebook") is
 * read as the source.
 */
function dashCredited(ix: Index, qv: number): Local | null {
  const { toks, text } = ix.v;
  let j = qv + 1;
  while (toks[j]?.k === K.Mark || toks[j]?.k === K.Break) j++;
  const dash = toks[j];
  // ("…in the harbour. ¶Malik Zeeb, speaking to KNR Qanorooq": a credit line may open on the name itself, when it says
  // where the words were given)
  const dashed = dash !== undefined && dash.k === K.Punct && (dash.key === '—' || dash.key === '–');
  if (dash === undefined || (!dashed && (ix.startAt[j] ?? -1) < 0)) return null;
  // (the dash opens its line, or follows the quotation's closing mark on its line: "»…« — Saïd Belkacemi to Radio
  // Tizi Ouzou.")
  let b = dash.s - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  const inline = dashed && b >= 0 && QUOTE_MARKS.includes(text[b]!) && toks[qv]!.e >= b;
  if (b >= 0 && text.charCodeAt(b) !== 10 && !inline) return null;
  const mi = ix.startAt[dashed ? j + 1 : j] ?? -1;
  const m = mi >= 0 ? ix.mentions[mi]! : null;
  if (m === null || m.type !== 'name' || m.kind === 'organization' || m.kind === 'place' || m.plural || m.words.length < 2) return null;
  const nl = text.indexOf('\n', dash.s);
  const lineEnd = nl < 0 ? text.length : nl;
  let k = m.vj;
  let credit = -1;
  for (; k < toks.length && toks[k]!.s < lineEnd; k++) {
    const t = toks[k]!;
    if (k - j > DASH_CREDIT_TOKENS || t.k === K.Quote || t.k === K.Mark || (t.k === K.Word && isSpeech(t) && !CREDIT_WORDS.has(t.key))) return null;
    if (credit < 0 && t.k === K.Word && CREDIT_WORDS.has(t.key) && toks[m.vj]?.k === K.Punct && toks[m.vj]!.key === ',') credit = k;
  }
  if (!dashed && credit < 0) return null;
  const last = toks[k - 1]!;
  // (a credit after the closing mark ends its line on a stop, as a sentence would, and goes on from the name only to a
  // role or to where the words went: "— Tom Hale met Ana Ruiz on Monday." is a sentence of its own)
  // (the name may end the text: '"0"—B B')
  if (inline && !(k - 1 === m.vj || isPunct(toks[m.vj], ',') || toks[m.vj]?.key === 'to')) return null;
  if (last.k === K.Punct && '.?!:'.includes(last.key) && !(inline && last.key === '.')) return null;
  return { mention: mi, cue: dashed ? j : credit, how: 'after', confidence: 0.7 };
}

/** Most tokens and characters of a caption line under a quotation ("Felipe Coñuecar Marileo, 34 years, comunero of
 * Rukañanko"). */
const CAPTION_TOKENS = 16;
const CAPTION_CHARS = 160;

/**
 * why: '"I carry the water for my mother in bidones …" ⏎Felipe Coñuecar Marileo, 34 years, comunero of Rukañanko': a
 * quotation standing on its own line, with the line under it opening on a person's full name and a comma, then their
 * age or their role in lower case, and no verb, stop or quotation of its own, is credited by it as a caption credits a
 * picture. The cue is none: the caption only names.
 */
function captionedBelow(ix: Index, qv: number, q: QuoteCandidate, text: string): Local | null {
  if (q.openAt < 0 || q.closeEnd < 0) return null;
  // (the quotation opens its line and ends it: only spaces between, read no further than they go)
  let b = q.openAt - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  if (b >= 0 && text.charCodeAt(b) !== 10) return null;
  let nl = q.closeEnd;
  while (nl < text.length && (text.charCodeAt(nl) === 32 || text.charCodeAt(nl) === 9)) nl++;
  if (text.charCodeAt(nl) !== 10) return null;
  const { toks } = ix.v;
  let j = qv + 1;
  while (j < toks.length && (toks[j]!.k === K.Mark || toks[j]!.k === K.Break || toks[j]!.e <= nl)) j++;
  const mi = ix.startAt[j] ?? -1;
  const m = mi >= 0 ? ix.mentions[mi]! : null;
  if (m === null || m.type !== 'name' || m.kind === 'organization' || m.kind === 'place' || m.possessive || m.words.length < 2 || !isPunct(toks[m.vj], ',')) return null;
  // (the name opens the next line, or the line after a blank one)
  if (toks[j]!.s - nl > 3 || text.slice(nl, toks[j]!.s).trim() !== '') return null;
  // (the caption's line is read no further than a caption goes)
  let end = toks[j]!.s;
  const reach = Math.min(text.length, end + CAPTION_CHARS);
  while (end < reach && text.charCodeAt(end) !== 10) end++;
  if (end === reach && reach < text.length) return null;
  let k = m.vj + 1;
  let described = false;
  for (; k < toks.length && toks[k]!.s < end; k++) {
    const t = toks[k]!;
    if (k - j > CAPTION_TOKENS || t.k === K.Quote || t.k === K.Mark || (t.k === K.Word && isSpeech(t))) return null;
    if (t.k === K.Word && (/^\d{1,3}$/.test(t.key) || !t.cap)) described = true;
  }
  const last = toks[k - 1]!;
  if (!described || (last.k === K.Punct && '.?!:'.includes(last.key))) return null;
  return { mention: mi, cue: -1, how: 'after', confidence: 0.6 };
}

/** Words of a credit line that say where words were given ("speaking to BBS Radio", "in a reaction to ANP"). */
const CREDIT_WORDS = new Set(['speaking', 'talking', 'writing', 'replying', 'reacting', 'responding', 'reaction', 'interview']);
/** Most tokens of a credit line. */
const CREDIT_TOKENS = 40;

/**
 * The person a credit line under a quotation names ("The animal also has the right of living. ¶ Divisional Forest
 * Officer of Bumthang, Sonam Tobgay, speaking to BBS Radio"), as a caption credits a picture: the quotation stands
 * alone in its paragraph and the next paragraph is one short line with no sentence of its own (no stop at its end, no
 * quotation, no verb of speech but the credit's participle), whose first person named spoke. The cue is the credit's
 * word, so the venue after it is read as the source.
 */
function creditedAfter(ix: Index, qv: number): Local | null {
  const { toks } = ix.v;
  if (!ownsParagraph(ix, qv)) return null;
  let j = qv + 1;
  while (j < toks.length && toks[j]!.para === toks[qv]!.para) j++;
  if (j >= toks.length) return null;
  const para = toks[j]!.para;
  let speaker = -1;
  let credit = -1;
  let k = j;
  for (; k < toks.length && toks[k]!.para === para; k++) {
    if (k - j > CREDIT_TOKENS) return null;
    const t = toks[k]!;
    if (t.k === K.Quote || t.k === K.Mark) return null;
    // (past the credit's word only the venue follows)
    if (credit >= 0) continue;
    if (t.k === K.Word && CREDIT_WORDS.has(t.key) && speaker >= 0) credit = k;
    else if (t.k === K.Word && isSpeech(t)) return null;
    const mi = ix.startAt[k] ?? -1;
    // (a person's name of two words or more, not the office before it nor the place it serves: "Divisional Forest
    // Officer of Bumthang, Sonam Tobgay"; one word only when the line names no one else)
    const m = mi >= 0 ? ix.mentions[mi]! : null;
    if (m !== null && m.type === 'name' && m.kind !== 'organization' && m.kind !== 'place' && !isPersonNoun(m.words.at(-1)!) && !TITLES.has(m.words.at(-1)!) &&
      (speaker < 0 || (m.words.length > 1 && ix.mentions[speaker]!.words.length === 1))) speaker = mi;
  }
  const last = toks[k - 1]!;
  if (speaker < 0 || credit < 0 || (last.k === K.Punct && (last.key === '.' || last.key === '?' || last.key === '!' || last.key === ':'))) return null;
  return { mention: speaker, cue: credit, how: 'after', confidence: 0.6 };
}

/** Whether the quotation at view token `qv` is its paragraph's only content (marks and stops aside). */
function ownsParagraph(ix: Index, qv: number): boolean {
  const { toks } = ix.v;
  const para = toks[qv]!.para;
  for (let k = qv - 1; k >= 0 && toks[k]!.para === para; k--) if (toks[k]!.k === K.Word || toks[k]!.k === K.Quote) return false;
  for (let k = qv + 1; k < toks.length && toks[k]!.para === para; k++) if (toks[k]!.k === K.Word || toks[k]!.k === K.Quote) return false;
  return true;
}

/** Whether the speech verb at view token `cue` reports a "that" clause of its own ("announced that the committee …"). */
function reportsOwnClause(ix: Index, cue: number): boolean {
  const t = ix.v.toks[cue + 1];
  return t !== undefined && t.k === K.Word && t.key === 'that';
}

/** Most tokens of an aside set off by commas between a subject and its verb ("X, in a weak voice, is saying"). */
const ASIDE_REACH = 8;

/** The mention that ends right before an aside set off by commas that ends right before the verb at view token `v`
 * (its auxiliary aside), else -1. */
function beforeAside(ix: Index, v: number): number {
  const { toks } = ix.v;
  let j = v - 1;
  for (let n = 0; n < 2 && j >= 0 && toks[j]!.k === K.Word && toks[j]!.filler; n++) j--;
  if (toks[j]?.k !== K.Punct || toks[j]!.key !== ',') return -1;
  let o = j - 1;
  while (o > 0 && o >= j - ASIDE_REACH && toks[o]!.k === K.Word) o--;
  if (o === j - 1 || toks[o]?.k !== K.Punct || toks[o]!.key !== ',') return -1;
  return ix.endAt[o - 1] ?? -1;
}

/** Most tokens of the last sentence of the paragraph before a quotation read back for its verb of speech. */
const INTRODUCER_REACH = 30;

/**
 * The speaker of the paragraph right before the quotation at view token `qv`, when that paragraph's last sentence,
 * closed by a stop or a colon, has a verb of speech with a named subject ("X, a fan of Duhok, told a different story.",
 * "Haji Omar Dabo, in a weak voice, is saying:"); else null. A verb reporting its own "that" clause is not one.
 */
function speakerEndingParagraphBefore(ix: Index, qv: number): Local | null {
  const { toks, sent } = ix.v;
  const para = toks[qv]!.para;
  let k = qv - 1;
  while (k >= 0 && toks[k]!.para === para) k--;
  while (k >= 0 && toks[k]!.k === K.Break) k--;
  if (k < 0 || toks[k]!.para !== para - 1 || toks[k]!.k !== K.Punct || (toks[k]!.key !== '.' && toks[k]!.key !== ':')) return null;
  const s = sent[k - 1];
  for (let v = k - 1; v >= 0 && v >= k - INTRODUCER_REACH && sent[v] === s && toks[v]!.k !== K.Quote; v--) {
    if (!isSpeech(toks[v]) || toks[v]!.cap || reportsOwnClause(ix, v)) continue;
    // ("Haji Omar Dabo, in a weak voice, is saying:": how the words were said may stand between the subject and its verb)
    let subject = subjectOf(ix, v);
    if (subject < 0) subject = beforeAside(ix, v);
    if (subject >= 0 && ix.mentions[subject]!.type !== 'pronoun' && speakerMention(ix, subject)) return { mention: subject, cue: v, how: 'before', confidence: 0.6 };
    return null;
  }
  return null;
}

export interface Gap {
  /** Narrative words between the quotations, not counting the first one's cue sentence. */
  words: number;
  paras: number;
  /** A speech verb or a subject other than the first quotation's speaker lies between. */
  otherSpeaker: boolean;
}

/** A gap for `gap` to fill. */
/** Verbs right after a name set off by commas that make the name its clause's subject ("X, Name, was …"). */
const APPOSED_VERBS = new Set(['was', 'is', 'were', 'has', 'had', 'stood', 'came', 'went', 'sat', 'looked', 'seemed', 'did', 'does']);
const isPunctTok = (t: Tok | undefined, key: string): boolean => t !== undefined && t.k === K.Punct && t.key === key;
export const newGap = (): Gap => ({ words: 0, paras: 0, otherSpeaker: false });

/** Measures the narrative between view tokens `from` and `to` into `into` (reused: it is measured twice per quotation). */
export function gap(a: Analysis, from: number, to: number, prev: Assignment | null, into: Gap): Gap {
  const { toks, sent } = a.view;
  const cueSent = prev && prev.cue > from && prev.cue < to ? sent[prev.cue] : -1;
  const speaker = prev ? entityOf(a, prev.mention) : -1;
  let words = 0;
  let otherSpeaker = false;
  // why: site clutter a scraper put between two pieces of one quotation ("To discover") is no narrative between them
  const boiler = a.view.boiler;
  for (let k = from + 1; k < to; k++) {
    const t = toks[k]!;
    if (t.k !== K.Word || sent[k] === cueSent || boiler[t.para]) continue;
    words++;
    if (isSpeech(t)) otherSpeaker = true;
    const mi = a.ix.startAt[k]!;
    if (mi >= 0) {
      const m = a.ix.mentions[mi]!;
      // ("At the press meeting, the venjari of KB, Bárður Dalsgaard, was not in good mood.": a name set off after the
      // description that opens its clause, before the verb, is that clause's subject too)
      const apposed = !m.subject && m.type === 'name' && m.kind === 'person' && isPunctTok(toks[m.vi - 1], ',') && isPunctTok(toks[m.vj], ',') &&
        toks[m.vj + 1]?.k === K.Word && !toks[m.vj + 1]!.cap && APPOSED_VERBS.has(toks[m.vj + 1]!.key);
      if ((m.subject || apposed) && m.kind !== 'place' && entityOf(a, mi) !== speaker) otherSpeaker = true;
    }
    if (words > 400) break;
  }
  into.words = words;
  let paras = toks[to]!.para - toks[from]!.para;
  for (let p = toks[from]!.para + 1; p < toks[to]!.para; p++) if (boiler[p]) paras--;
  into.paras = paras;
  into.otherSpeaker = otherSpeaker;
  return into;
}

/** The nearest person or organisation that is a clause subject before the quotation, in its paragraph or the one before. */
export function topic(a: Analysis, qv: number): number {
  const { sent, toks } = a.view;
  // why: "As the harbour officials took the stage, Berg opened with a call to '…'": a subject inside a clause that
  // opens the sentence on a subordinator is not who the sentence is about; the one after its comma is
  let fronted = false;
  let inFronted = -1;
  /** Where the main clause opens after a fronted clause's comma. */
  let mainFrom = -1;
  // why: the sentence's opening is read from no further back than a run of other quotations (see QUOTES_CROSSED)
  let from = qv;
  for (let crossed = 0, floor = Math.max(a.view.sentStart[sent[qv]!]!, qv - 100); from > floor; from--) {
    if (toks[from - 1]!.k === K.Quote && ++crossed > QUOTES_CROSSED) break;
  }
  for (let k = from; k < qv; k++) {
    const t = toks[k]!;
    if (t.k === K.Word && SUBORDINATORS.has(t.key) && !fronted && inFronted < 0 && k - a.view.sentStart[sent[qv]!]! <= 3) fronted = true;
    else if (fronted && t.k === K.Punct && t.key === ',') {
      fronted = false;
      mainFrom = k + 1;
    }
    const mi = a.ix.startAt[k]!;
    const m = mi >= 0 ? a.ix.mentions[mi]! : null;
    // why: "When asked about Berg's absence, Ruiz 'bristled'": the name that opens the main clause is its subject
    // even where the quotation stands in for its verb
    if (m && k === mainFrom && m.vj === qv && m.entity >= 0 && m.type !== 'pronoun' && !m.possessive && m.kind !== 'place' && a.entities[m.entity]!.kind !== 'place') return mi;
    // why: "Lopez's slogan was that …": the sentence's own first named person owns its quotation
    // ("The Uyghur Cultural Association of Almaty, in a written statement, the film it welcomed: «…»": or right after
    // the article that opens it)
    const start = a.view.sentStart[sent[qv]!]!;
    const opening = k === start || (k === start + 1 && toks[start]!.k === K.Word && toks[start]!.key === 'the' && m !== null && m.type === 'name');
    // why: "He implied a judge was '…'": a pronoun opening the sentence as its subject is who the sentence is about
    if (m && m.type === 'pronoun' && opening && m.subject && SUBJECT_PRONOUNS.has(m.words[0]!) && entityOf(a, mi) >= 0) return mi;
    // why: "Harbour Board officials want the pier 'rebuilt'", "The union's leaflet promises a 'fair rent' law": an
    // organisation, a document or a group opening the sentence holds the view it quotes, as a person would, rather
    // than someone named in an earlier sentence; only a place ("Lyon was quiet, with marchers chanting '…'") is not
    // why: "HWF director Ana Ruiz declined …, even though she found '…'": a name before a title and the name of the
    // person holding it modifies the title; it opens the sentence without being what the sentence is about (unlike
    // "Harbour Board officials want …", where nobody else is named)
    const modifier = m !== null && m.type === 'name' && !m.subject && toks[m.vj]?.k === K.Word && !toks[m.vj]!.cap &&
      inLex(toks[m.vj]!, LEX.personNoun) && a.ix.mentions[a.ix.startAt[m.vj + 1] ?? -1]?.type === 'name';
    if (m && !modifier && m.entity >= 0 && m.type !== 'pronoun' && (m.subject || m.possessive || opening) && m.kind !== 'place' && a.entities[m.entity]!.kind !== 'place') {
      if (!fronted) return mi;
      if (inFronted < 0) inFronted = mi;
    }
  }
  if (inFronted >= 0) return inFronted;
  let para = a.view.toks[qv]!.para;
  let hops = 0;
  let crossed = 0;
  for (let k = qv - 1; k >= 0 && k >= qv - 150; k--) {
    const t = a.view.toks[k]!;
    if (t.k === K.Quote && ++crossed > QUOTES_CROSSED) break;
    // why: scrapers cut paragraphs; a few sentences back is still the same passage (paragraphs of nothing but quote
    // marks, which the quotation's token absorbs, are no step back)
    if (t.para !== para) {
      para = t.para;
      if (++hops > 1) break;
    }
    // why: "For the researcher, …" or "According to X, …" just before sets who is speaking
    if (k === a.view.sentStart[sent[k]!]) {
      const lead = sentenceLead(a.ix, k);
      if (lead) return lead.mention;
    }
    // why: '…, said Tomas Berg, an analyst. "…"': the last speech cue before a cue-less quotation names its speaker
    if (t.speech && !t.cap) {
      const cue = verbSpeaker(a.ix, k);
      if (cue && cue.how !== 'sentence-subject') return reporterOf(a, k) ?? cue.mention;
    }
    const mi = a.ix.startAt[k]!;
    if (mi < 0) continue;
    const m = a.ix.mentions[mi]!;
    if (m.subject && opensClause(a.view, m) && m.kind !== 'place' && entityOf(a, mi) >= 0 && a.entities[m.entity]!.kind !== 'place') {
      // why: "For Natalia Rusu, the campaign was predictable.": the person whose view the sentence gives outranks the
      // clause's subject
      const lead = m.type !== 'name' || m.kind !== 'person' ? sentenceLead(a.ix, a.view.sentStart[sent[k]!]!) : null;
      if (lead && lead.how === 'lead') return lead.mention;
      // why: "The herders of the camp also sent their representative, Hamidou Barry, of 45 years. «We are happy …»": a
      // group that no name stands for, as subject, sends someone the sentence names; that one speaks for it
      const spokesman = m.type === 'desc' && m.plural ? personSetOff(a, m) : -1;
      if (spokesman >= 0) return spokesman;
      return reporterOf(a, k) ?? mi;
    }
  }
  return -1;
}

/** Most tokens after a group's description to the person its sentence sets off by a comma. */
const SET_OFF_REACH = 20;

/** The first person named after plural description `m` in its sentence and set off by a comma ("…, Hamidou Barry,"). */
function personSetOff(a: Analysis, m: Mention): number {
  const { toks, sent } = a.view;
  for (let j = m.vj; j < toks.length && j <= m.vj + SET_OFF_REACH && sent[j] === m.sent; j++) {
    const mi = a.ix.startAt[j] ?? -1;
    const c = mi >= 0 ? a.ix.mentions[mi]! : null;
    if (c === null || c.type !== 'name' || !isPunct(toks[j - 1], ',')) continue;
    return entityOf(a, mi) >= 0 && a.entities[c.entity]!.kind === 'person' ? mi : -1;
  }
  return -1;
}

/**
 * "Berg said that for years his opponents had forecast …": a subject inside what a speech verb earlier in its
 * sentence reports is not who is talking; the first speech verb's own speaker is.
 */
function reporterOf(a: Analysis, k: number): number | null {
  const { toks, sent } = a.view;
  let reporter: number | null = null;
  for (let j = k - 1; j >= 0 && j >= k - 40 && sent[j] === sent[k]; j--) {
    if (!toks[j]!.speech || toks[j]!.cap) continue;
    const cue = verbSpeaker(a.ix, j);
    if (cue && cue.how !== 'sentence-subject') reporter = cue.mention;
  }
  return reporter;
}

/** A quotation standing alone, with its speaker's verb in the sentence that follows ("…" \n\n The general spoke to …). */
/**
 * '… Claire Dubosc, a nurse, testifies.\n\n“I cannot hold on.”': a quotation right after a sentence that ends on its
 * speech verb, with nothing said there, is what that verb announced.
 */
export function cueEndingBefore(ix: Index, qv: number): Local | null {
  const { toks, sent } = ix.v;
  const stop = toks[qv - 1];
  const k = qv - 2;
  if (!stop || stop.k !== K.Punct || stop.key !== '.' || k < 0 || sent[k] !== sent[qv]! - 1 || !isSpeech(toks[k])) return null;
  const subject = subjectOf(ix, k);
  return subject >= 0 ? { mention: subject, cue: k, how: 'before', confidence: 0.6 } : null;
}

/** Most tokens of the last sentence of the paragraph before a quotation read for the verb that introduces it. */
const INTRODUCING_REACH = 40;

/**
 * 'Mrs. X came with her husband's money. She told us that it cannot buy a big sheep.¶ "I went round the market
 * twice. …"¶ "We the young," said Y, …': a quotation standing as its own paragraph and closing on its own stop, after a
 * paragraph whose last sentence has someone tell something (even a "that" clause), continues that one's account; the
 * next paragraph's quotation, opening its own sentence, has a cue of its own. That verb's speaker, else null.
 */
export function introducedBefore(ix: Index, qv: number, q: QuoteCandidate, text: string): Local | null {
  if (!ownsParagraph(ix, qv) || !/[.!?]$/.test(text.slice(Math.max(q.start, q.end - 3), q.end).replace(/[\s"“”„‟«»「」『』'‘’‚‛‹›]+$/u, ''))) return null;
  const { toks, sent } = ix.v;
  const para = toks[qv]!.para;
  let k = qv - 1;
  while (k >= 0 && toks[k]!.para === para) k--;
  while (k >= 0 && toks[k]!.k === K.Break) k--;
  if (k < 0 || toks[k]!.para !== para - 1 || toks[k]!.k !== K.Punct || toks[k]!.key !== '.') return null;
  const s = sent[k - 1];
  let first = -1;
  for (let v = k - 1; v >= 0 && v >= k - INTRODUCING_REACH && sent[v] === s; v--) {
    if (toks[v]!.k === K.Quote) return null;
    if (isSpeech(toks[v]) && !toks[v]!.cap && !toks[v]!.key.endsWith('ing')) first = v;
  }
  if (first < 0) return null;
  const subject = subjectOf(ix, first);
  const m = subject >= 0 ? ix.mentions[subject]! : null;
  if (!m || m.plural || !speakerMention(ix, subject) || (m.type === 'pronoun' ? !SUBJECT_PRONOUNS.has(m.words[0]!) || m.words[0] === 'they' : m.kind !== 'person')) return null;
  return { mention: subject, cue: first, how: 'before', confidence: 0.55 };
}

export function cueAhead(a: Analysis, qv: number): Local | null {
  const { toks, sent } = a.view;
  let k = qv + 1;
  while (k < toks.length && k < qv + 300 && sent[k] === sent[qv]) k++;
  while (k < toks.length && toks[k]!.k === K.Break) k++;
  const s = sent[k];
  for (let j = k; j < toks.length && j < k + 30 && sent[j] === s; j++) {
    if (toks[j]!.k === K.Quote) return null;
    if (!isSpeech(toks[j])) continue;
    const subject = subjectOf(a.ix, j);
    const m = subject >= 0 ? subject : sentenceSubject(a.ix, j);
    if (m >= 0 && a.ix.mentions[m]!.type !== 'pronoun') return { mention: m, cue: j, how: 'sentence-subject', confidence: 0.45 };
  }
  return null;
}

/** Words after "this is what" or "that was what" before the speech verb, at most. */
const WHAT_REACH = 14;

/**
 * "“…” / This is what chief physician Line Bech Thomsen told DR News.": the sentence right after a quotation that opens on
 * "This/That is/was what" and a verb of speech points back at it; the verb's speaker is the quotation's.
 */
export function whatCue(a: Analysis, qv: number): Local | null {
  const { toks, sent } = a.view;
  let k = qv + 1;
  while (k < toks.length && k < qv + 4 && sent[k] === sent[qv] && toks[k]!.k === K.Punct) k++;
  while (k < toks.length && toks[k]!.k === K.Break) k++;
  // ("«…» — such a statement was made by the head of the district X": after a dash, in the quotation's sentence)
  const dashed = k < toks.length && sent[k] === sent[qv] && (isPunctTok(toks[k - 1], '—') || isPunctTok(toks[k - 1], '–')) ? statementBy(toks, k) : -1;
  if (dashed > 0) return ownerOf(a, dashed, dashed - 2);
  if (k >= toks.length || sent[k] === sent[qv]) return null;
  // ("These words belong to the head of the district X", "Such a statement was made by X": whose words they were)
  const belongs = wordsBelongTo(toks, k);
  const by = belongs > 0 ? belongs : statementBy(toks, k);
  if (by > 0) return ownerOf(a, by, by - 2);
  // ("These were the first words of Ka Ernesto Dimaculangan, the leader of …": whose words they were)
  const words = wordsOf(toks, k);
  // ("the answer of engineer Tom Hale": a role in lower case before the name)
  if (words > 0) return ownerOf(a, words, words - 2);
  if (!isPointer(toks, k)) return null;
  // ("This was revealed by the player's agent Kittipong Jaidee": the agent after "by" is the speaker)
  if (toks[k + 3]?.key === 'by') {
    const agent = a.ix.startAt[k + 4] ?? -1;
    return agent >= 0 && a.ix.mentions[agent]!.type !== 'pronoun' && speakerMention(a.ix, agent) ? { mention: agent, cue: k + 2, how: 'sentence-subject', confidence: 0.75 } : null;
  }
  for (let j = k + 3; j < toks.length && j < k + 3 + WHAT_REACH && sent[j] === sent[k]; j++) {
    if (toks[j]!.k === K.Quote) return null;
    if (!isSpeech(toks[j])) continue;
    const subject = subjectOf(a.ix, j);
    return subject >= 0 && a.ix.mentions[subject]!.type !== 'pronoun' ? { mention: subject, cue: j, how: 'sentence-subject', confidence: 0.75 } : null;
  }
  return null;
}

/** The speaker whose mention starts at view token `at` (past a role in lower case before a name), as the cue at `cue`. */
function ownerOf(a: Analysis, at: number, cue: number): Local | null {
  const toks = a.view.toks;
  const roled = (a.ix.startAt[at] ?? -1) < 0 && toks[at]?.k === K.Word && !toks[at]!.cap;
  const owner = a.ix.startAt[roled ? at + 1 : at] ?? -1;
  return owner >= 0 && a.ix.mentions[owner]!.type !== 'pronoun' && speakerMention(a.ix, owner) ? { mention: owner, cue, how: 'sentence-subject', confidence: 0.75 } : null;
}

/** Nouns for what was said that translations say was "made" by someone ("Such a statement was made by X"). */
const MADE_NOUNS = new Set(['statement', 'statements', 'remark', 'remarks', 'announcement', 'comment', 'comments', 'declaration']);

/**
 * "These words belong to X" (Russian "Эти слова принадлежат X"): where X starts after "to", else -1. `k` opens the
 * sentence.
 */
function wordsBelongTo(toks: Tok[], k: number): number {
  const t = toks[k]!;
  if (t.k !== K.Word || (t.key !== 'these' && t.key !== 'those' && t.key !== 'the')) return -1;
  const j = toks[k + 1]?.key === 'words' ? k + 2 : -1;
  return j > 0 && (toks[j]?.key === 'belong' || toks[j]?.key === 'belonged') && toks[j + 1]?.key === 'to' ? j + 2 : -1;
}

/** "Such a statement was made by X", "This statement was made by X": where X starts after "by", else -1. */
function statementBy(toks: Tok[], k: number): number {
  const t = toks[k]!;
  if (t.k !== K.Word || (t.key !== 'such' && t.key !== 'this' && t.key !== 'these' && t.key !== 'that')) return -1;
  let j = k + 1;
  if (toks[j]?.key === 'a' || toks[j]?.key === 'an') j++;
  if (!MADE_NOUNS.has(toks[j]?.key ?? '')) return -1;
  j++;
  if (toks[j]?.key !== 'was' && toks[j]?.key !== 'were') return -1;
  return toks[j + 1]?.key === 'made' && toks[j + 2]?.key === 'by' ? j + 3 : -1;
}

/** What a sentence after a quotation may call it, as someone's: "That was the answer of X". */
// (not "verdict" or "message": "the verdict of X" reads as a description owned by X, as "the statement of X" does)
const VERDICT_NOUNS = new Set(['reply', 'response', 'answer', 'conclusion', 'warning', 'assessment', 'reaction']);

/**
 * Where the owner's name starts in "These/Those/Such were/are the (first, last …) words of X", or in "That/This was/is
 * the (blunt …) answer of X" (a reply, a conclusion, a warning …), at view token `k`, else -1.
 */
function wordsOf(toks: Tok[], k: number): number {
  const t = toks[k]!;
  if (t.k !== K.Word) return -1;
  const plural = (t.key === 'these' || t.key === 'those' || t.key === 'such') && (toks[k + 1]?.key === 'were' || toks[k + 1]?.key === 'are');
  const single = (t.key === 'that' || t.key === 'this') && (toks[k + 1]?.key === 'was' || toks[k + 1]?.key === 'is');
  if (!plural && !single) return -1;
  let j = k + 2;
  if (toks[j]?.key === 'the') j++;
  const nouns = (key: string | undefined) => (plural ? key === 'words' : VERDICT_NOUNS.has(key ?? ''));
  if (toks[j]?.k === K.Word && nouns(toks[j + 1]?.key)) j++;
  return nouns(toks[j]?.key) && toks[j + 1]?.key === 'of' ? j + 2 : -1;
}

/** "This is what", "That was what", or "This was revealed by" (a verb of speech, passive) at view token `k`. */
const isPointer = (toks: Tok[], k: number): boolean =>
  (toks[k]!.key === 'this' || toks[k]!.key === 'that') && (toks[k + 1]?.key === 'is' || toks[k + 1]?.key === 'was') &&
  (toks[k + 2]?.key === 'what' || (isSpeech(toks[k + 2]) && toks[k + 3]?.key === 'by'));

const LABEL = /^\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):\s/;
/** A label written as a name ("Ana Ruiz: Honestly, …"): one to three capitalised words. */
const NAME_LABEL = /^\s*([A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}):\s/;

/** Whether only quote marks and spaces stand between the start of its line and offset `at`. */
function opensParagraph(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (isQuoteAt(text, i) || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/** Whether a person-like entity of the article has the label's last word as its surname. */
function knownPerson(a: Analysis, words: string[]): boolean {
  const last = words.at(-1)!;
  return a.entities.some((e) => e.kind === 'person' && e.last === last);
}

/** The label of an interview's answer, before the quotation's opening mark at its line's start ("A: “Yes. …”"). */
const ANSWER_LABEL = /(?:^|\n)[ \t]*(?:A|Answer):[ \t]*$/;
/** Most tokens back from an answer to the "asked" that put its question ("We asked her: ¶ Q: … ¶ A: “…”"). */
const ASKED_REACH = 60;

/**
 * why: "We asked her: ¶ Q: Did they ask you to pay something? ¶ A: “Yes. A man he told me …”": an interview set out
 * as questions and answers labels each answer "A:"; it is the words of the one the paper asked, the object of the
 * nearest "asked" before it, whom the pronoun or name there stands for. Null when the quotation carries no such label
 * or no one was asked.
 */
export function answerLabel(a: Analysis, q: QuoteCandidate, qv: number): Local | null {
  const text = a.view.text;
  const open = q.openAt >= 0 ? q.openAt : q.start;
  if (open < 2 || (text.charCodeAt(open - 2) !== 58 && text.charCodeAt(open - 1) !== 58)) return null;
  if (!ANSWER_LABEL.test(text.slice(Math.max(0, open - 12), open))) return labelledAnswer(a, q, qv);
  const { toks } = a.view;
  for (let k = qv - 1; k >= 0 && k >= qv - ASKED_REACH; k--) {
    const t = toks[k]!;
    if (t.k !== K.Word || t.cap || t.key !== 'asked') continue;
    const mi = a.ix.startAt[k + 1] ?? -1;
    return mi >= 0 && speakerMention(a.ix, mi) ? { mention: mi, cue: -1, how: 'colon', confidence: 0.7 } : null;
  }
  return null;
}

/** Most lines of questions and answers read back from an answer to the interview's opening. */
const QA_LINES = 24;
/** Most characters read back from an answer for those lines. */
const QA_CHARS = 8000;
/** Longest a question's line may be. */
const QUESTION_CHARS = 240;
/** "… talk with", "We spoke with", "in an interview with", "We asked", right before the name of the one asked. */
const INTERVIEW_WITH = /\b(?:(?:talk|talks|talked|spoke|speak|speaks|interview|interviewed|conversation|conversations)\s+with|(?:we|i)\s+asked)\s+$/i;

/**
 * why: "Omesodel Belau talk with Dr. Yimnang Kesolei, the fisheries biologist … ¶ Is the meyas really become few? ¶
 * «Yes. Our count …»": an interview set out as questions without marks, each on its line, and answers in marks on the
 * line under it, gives every answer to the one the paper talked with, named after "with" (or after "We asked") on the
 * line that opens the questions. Null when the quotation does not open its line under a question, or no such opening is in reach.
 */
export function questionAnswer(a: Analysis, q: QuoteCandidate): Local | null {
  const text = a.view.text;
  const open = q.openAt >= 0 ? q.openAt : q.start;
  if (!opensParagraph(text, open)) return null;
  let end = text.lastIndexOf('\n', open - 1);
  let questions = 0;
  for (let n = 0; n < QA_LINES && end > 0 && open - end <= QA_CHARS; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (line === '') continue;
    const question = line.endsWith('?') && line.length <= QUESTION_CHARS && !QUOTE_MARKS.includes(line[0]!);
    // (the line right above the answer must be its question)
    if (questions === 0 && !question) return null;
    if (question) {
      questions++;
      continue;
    }
    if (QUOTE_MARKS.includes(line[0]!)) continue;
    return interviewed(a, start, start + line.length);
  }
  return null;
}

/** The one named after "talk with" on the line from `from` to `to`, as an answer's speaker; else null. */
function interviewed(a: Analysis, from: number, to: number): Local | null {
  const { toks } = a.view;
  const text = a.view.text;
  for (let k = firstTokenFrom(toks, from); k < toks.length && toks[k]!.s < to; k++) {
    const mi = a.ix.startAt[k] ?? -1;
    if (mi < 0 || !INTERVIEW_WITH.test(text.slice(Math.max(from, toks[k]!.s - 40), toks[k]!.s))) continue;
    const m = a.ix.mentions[mi]!;
    return m.type === 'name' && m.entity >= 0 && a.entities[m.entity]!.kind === 'person' ? { mention: mi, cue: -1, how: 'colon', confidence: 0.7 } : null;
  }
  return null;
}

/** The label before an interview's answer that lost its marks, at its line's start ("Lanki: ", "CASTILLO: "). */
const LABEL_BEFORE = /(?:^|\n)[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}):[ \t]*$/u;

/**
 * why: "AKN: Dr. Lanki, why …? ¶Lanki: Because we order from far away …": an answer the interview labels with a name
 * the article gives a person (in any case: "CASTILLO" for Wilmer Castillo Norales) is that person's; see
 * interviewAnswers, which reads such lines as quotations without marks.
 */
function labelledAnswer(a: Analysis, q: QuoteCandidate, qv: number): Local | null {
  if (q.openAt >= 0) return null;
  const m = LABEL_BEFORE.exec(a.view.text.slice(Math.max(0, q.start - 48), q.start));
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/[ -]/);
  const last = words.at(-1)!;
  if (!a.entities.some((e) => e.kind === 'person' && e.nameWords > 1 && e.words.has(last))) return null;
  const s = q.start - m[0].length + m[0].indexOf(m[1]!);
  const entity = entityForLabel(a.entities, words, m[1]!);
  a.ix.mentions.push({
    type: 'name', vi: qv, vj: qv, s, e: s + m[1]!.length, words, surface: m[1]!, roles: [], kind: 'person', possessive: false,
    subject: true, plural: false, sent: a.view.sent[qv]!, para: a.view.toks[qv]!.para, owner: null, gender: null, entity,
  });
  return { mention: a.ix.mentions.length - 1, cue: -1, how: 'colon', confidence: 0.75 };
}

/** A transcript quotation opens on its speaker's label ("ADLER: Let's start with …", "Ana Ruiz: Honestly, …"). */
export function transcriptLabel(a: Analysis, q: QuoteCandidate, qv: number): Local | null {
  const head = a.view.text.slice(q.start, Math.min(q.end, q.start + 48));
  // why: both labels end on a colon; most quotations have none near their start
  if (head.indexOf(':') < 0) return null;
  let m = LABEL.exec(head);
  if (m && m[1]!.replace(/[^A-Z]/g, '').length < 2) m = null;
  // why: a label in the case of a name is a speaker only when the quotation opens its paragraph, as a transcript's lines
  // do, and the article names that person elsewhere; "Update: …" opens quotations too, and protesters chant "Ruiz: …"
  const named = m || !opensParagraph(a.view.text, q.start) ? null : NAME_LABEL.exec(head);
  if (named) m = knownPerson(a, named[1]!.toLowerCase().split(' ')) ? named : null;
  if (!m) return null;
  const s = q.start + m[0].indexOf(m[1]!);
  const words = m[1]!.toLowerCase().split(' ');
  const entity = entityForLabel(a.entities, words, m[1]!);
  a.ix.mentions.push({
    type: 'name', vi: qv, vj: qv, s, e: s + m[1]!.length, words, surface: m[1]!, roles: [], kind: 'person', possessive: false,
    subject: true, plural: false, sent: a.view.sent[qv]!, para: a.view.toks[qv]!.para, owner: null, gender: null, entity,
  });
  return { mention: a.ix.mentions.length - 1, cue: -1, how: 'colon', confidence: 0.8 };
}
