/** The narrative view: the article's tokens with each quotation collapsed into one token, cut into sentences. */
import type { ArticleDocument, QuoteCandidate, Span } from '../types';
import * as abbreviationsModule from './abbreviations';
import * as glossModule from './gloss';
import * as lexiconModule from './lexicon';
import * as mentionModule from './mention';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { abbreviatedTitles } = abbreviationsModule;
const { glossesLanguage, glossTokens } = glossModule;
const { ORG_NOUNS, SHORT_TITLES, SPEECH_VERBS } = lexiconModule;
const { isPunct, isWord } = mentionModule;
const { inLex, K, keyCount, LEX, particleAbbreviation, QUOTE_MARKS, recycleTokens, token, tokenize } = tokensModule;

/** How an article uses a word, as bits of `View.keyUse`. */
export const KEY = {
  /** Capitalised inside a sentence (a name, not a sentence opener). */
  capMid: 1,
  /** Capitalised at the start of a sentence. */
  opener: 2,
  /** Written in lower case. */
  lower: 4,
} as const;

/** The article writes the word in lower case too, so a capitalised one at a sentence start is no name. */
export const seenLower = (v: View, t: Tok): boolean => (v.keyUse[t.kid]! & (KEY.opener | KEY.lower)) === (KEY.opener | KEY.lower);
/** The article capitalises the word inside a sentence. */
export const capitalisedMid = (v: View, t: Tok): boolean => (v.keyUse[t.kid]! & KEY.capMid) !== 0;

export interface View {
  /** A number no other view of this process has had. What is worked out once an article is kept under it: kept under
   * the view itself, it would keep a finished article's text and tokens alive until another article asked again. */
  serial: number;
  text: string;
  toks: Tok[];
  /** Sentence number of each view token. */
  sent: Int32Array;
  /** View index of the first token of each sentence. */
  sentStart: Int32Array;
  /** View index of each quotation's token (-1 when nested inside another quotation). */
  quoteAt: Int32Array;
  /** The quotations that have a token (none nested), in the order of their tokens. */
  quoteOrder: Int32Array;
  /** For a nested quotation, the quotation that contains it. */
  container: Int32Array;
  /** Whether the paragraph is site clutter. */
  boiler: boolean[];
  /** `KEY` bits of each key number (`Tok.kid`): how the article uses the word. */
  keyUse: Uint8Array;
  /** Whether the paragraph is written in title case or capitals, as headlines are ("Ruiz Wins Delaware"). */
  headline: Uint8Array;
  /** Per view token: a word in capitals next to another ("EDGAR ALLEN POE WAS"), whose capitals mark no name. */
  shouted: Uint8Array;
  /** The paragraph that is the article's title line, or -1. */
  titlePara: number;
  /** Titles the article abbreviates with a dot that no list holds ("PLtCol."), from `abbreviatedTitles`. */
  abbreviated: ReadonlySet<string>;
  /** Stretches in marks that name something (`ArticleDocument.names`), in order. */
  names: Span[];
  /** The language the article's own words are in (`detectLanguage`): an article left in French or Russian has that
   * language's subject pronouns ("il", "он"), read as "he" and "she" are. */
  language: string | null;
}

/** Abbreviations that close a company's name ("Acme Corp.", "Tarvo Inc."). */
const COMPANY_ENDINGS = new Set(['inc', 'corp', 'co']);
const ABBREVIATIONS = new Set(['jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'vs', 'no', 'ft', 'mt', 'dept', 'univ', 'ave', 'gop', ...SHORT_TITLES]);

/** Words after which a speech verb's form reads as a noun. */
const ARTICLES = new Set(['a', 'an', 'the']);
const DEMONSTRATIVES = new Set(['that', 'this', 'so']);
const isDeterminer = (t: Tok | undefined): boolean => t !== undefined && t.k === K.Word && !t.cap && inLex(t, LEX.determiner);
/** Speech verbs that say no words were spoken when "to" follows them. */
const NOT_SPEECH_BEFORE_TO = new Set(['agree', 'disagree', 'object', 'plead', 'beg', 'protest', 'continue']);
/** Speech verbs of beginning and ending, which say nothing before "with" ("concluded with footage"). */
const BOUNDARY_VERBS = new Set(['conclude', 'open', 'close', 'begin', 'start', 'end', 'finish']);
/** Verbs that, before "to", refuse the speaking that follows ("declined to say"). */
const REFUSING = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refuse', 'refusing']);
/** Forms of speech verbs that are also plural nouns ('remarks', 'claims'). */
const NOUN_FORMS = new Set(['remarks', 'comments', 'claims', 'calls', 'reports', 'notes', 'replies', 'statements', 'words']);
/** "He's said": a pronoun's "'s" is a verb, not a possessive. */
const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'this', 'here', 'where', 'let']);

/** Code units of the quote marks. */
const MARK_CODES = new Set(Array.from(QUOTE_MARKS, (ch) => ch.charCodeAt(0)));

/** Whether the character at `i` is white space (as `trim` removes it) or a quote mark.
 * why: read as a code, since a mark such as “ is no one-letter string the engine keeps: reading it as a string
 * would make one for every mark around every quotation. */
function spaceOrMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13) || MARK_CODES.has(c)) return true;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// A quotation's region, extended to its marks and the spaces around them so the narrative meets the cue directly.
// why: scrapers leave marks alone on their own lines; they belong to the quotation, not to the narrative (bounded,
// so that a megabyte of marks costs no more than a short run of them). Two functions rather than a pair, which
// would be an array for every quotation.
function regionStart(text: string, q: QuoteCandidate, floor: number): number {
  let s = q.openAt >= 0 ? Math.min(q.start, q.openAt) : q.start;
  while (s > floor && s > q.start - 200 && spaceOrMarkAt(text, s - 1)) s--;
  return Math.max(s, floor);
}

function regionEnd(text: string, q: QuoteCandidate): number {
  let e = Math.max(q.end, q.closeEnd);
  while (e < text.length && e < q.end + 200 && spaceOrMarkAt(text, e)) e++;
  return e;
}

/** Quotation numbers by start, the longer of two that start together first (so a container precedes what it holds). */
function byStart(quotes: QuoteCandidate[]): Int32Array {
  const order = new Int32Array(quotes.length);
  let sorted = true;
  for (let i = 0; i < quotes.length; i++) {
    order[i] = i;
    if (i > 0 && byStartThenLength(quotes, i - 1, i) > 0) sorted = false;
  }
  // why: quotations almost always arrive in this order already; a wall of them is not sorted again
  return sorted ? order : order.sort((a, b) => byStartThenLength(quotes, a, b));
}

const byStartThenLength = (quotes: QuoteCandidate[], a: number, b: number): number => quotes[a]!.start - quotes[b]!.start || quotes[b]!.end - quotes[a]!.end;

const NO_NAMES: Span[] = [];
let lastSerial = 0;

export function buildView(doc: ArticleDocument, quotes: QuoteCandidate[]): View {
  const { text, paragraphs } = doc;
  recycleTokens(text.length, quotes.length);
  let pi = 0;
  const paraOf = (offset: number): number => {
    // why: offsets arrive in increasing order, so a moving pointer keeps this linear
    while (pi + 1 < paragraphs.length && offset >= paragraphs[pi + 1]!.start) pi++;
    return pi;
  };
  const order = byStart(quotes);
  // why: one number per quotation, so typed arrays: an article of short quotations has hundreds of thousands
  const quoteAt = new Int32Array(quotes.length).fill(-1);
  const container = new Int32Array(quotes.length).fill(-1);
  const quoteOrder = new Int32Array(quotes.length);
  let tokenCount = 0;
  let toks: Tok[] = [];
  let floor = 0;
  let lastQ = -1;
  let lastEnd = 0;
  for (let n = 0; n < order.length; n++) {
    const qi = order[n]!;
    const q = quotes[qi]!;
    if (lastQ >= 0 && q.start < lastEnd && q.start >= quotes[lastQ]!.start && q.end <= Math.max(lastEnd, quotes[lastQ]!.end)) {
      container[qi] = lastQ;
      continue;
    }
    const s = regionStart(text, q, floor);
    const e = regionEnd(text, q);
    // why: only the narrative between quotations is read word by word; a quotation is one token
    tokenize(text, paraOf, toks, floor, s);
    quoteAt[qi] = toks.length;
    quoteOrder[tokenCount++] = qi;
    toks.push(token(s, Math.max(e, s), K.Quote, '', false, false, qi, paraOf(Math.max(s, Math.min(q.start, e)))));
    floor = Math.max(floor, e);
    lastQ = qi;
    lastEnd = Math.max(e, s);
  }
  tokenize(text, paraOf, toks, floor, text.length);
  if (glossesLanguage(doc.language)) {
    // (an article left in French or Spanish: its words read as their English glosses; splitting a word moves the
    // quotations' tokens along)
    toks = glossTokens(text, toks, doc.language);
    for (let i = 0; i < toks.length; i++) if (toks[i]!.k === K.Quote) quoteAt[toks[i]!.q] = i;
  }
  const boiler: boolean[] = [];
  for (const p of paragraphs) boiler.push(p.boilerplate);
  const abbreviated = abbreviatedTitles(text, toks);
  const sent = sentences(text, toks, quotes, boiler, abbreviated);
  const keyUse = new Uint8Array(keyCount());
  const shouted = new Uint8Array(toks.length);
  // what `headlines` reads, gathered in the same pass: long lower-case words per paragraph, and the capitalised ones
  const lower = new Int32Array(paragraphs.length);
  const capitalised: number[] = [];
  readCase(text, toks, keyUse, shouted, lower, capitalised);
  const titlePara = titleParagraph(doc);
  const headline = headlines(toks, capitalised, lower, keyUse, titlePara);
  readUse(toks, sent, headline, shouted, keyUse);
  const sentStart = new Int32Array(toks.length ? sent[toks.length - 1]! + 1 : 0);
  for (let i = toks.length - 1; i >= 0; i--) sentStart[sent[i]!] = i;
  return { serial: ++lastSerial, text, toks, sent, sentStart, quoteAt, quoteOrder: quoteOrder.subarray(0, tokenCount), container, boiler, keyUse, headline, shouted, titlePara, abbreviated, names: withWorkTitles(text, doc.names ?? NO_NAMES),
    language: doc.language };
}

// why: the two passes over an article's words below are functions of their own, so the engine compiles these loops alone
// rather than the whole of `buildView` around them (which runs once an article and was compiled again and again)

/**
 * What `headlines` reads, gathered in one pass: the key of each word in lower case (`KEY.lower`), the words shouted in
 * capitals, long lower-case words per paragraph, and the capitalised ones.
 */
/** The radio bands a station's initials are written with ("KTN FM"). (With "TV" too, "GMN TV" read as one name cost
 * two named sources on the blind sets: left out.) */
const BROADCAST_MEDIA = new Set(['fm', 'am']);

function readCase(text: string, toks: Tok[], keyUse: Uint8Array, shouted: Uint8Array, lower: Int32Array, capitalised: number[]): void {
  let prevCaps = false;
  let prevPara = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k === K.Word) {
      const first = t.para !== prevPara;
      prevPara = t.para;
      if (!t.cap) {
        keyUse[t.kid] = KEY.lower;
        if (t.e - t.s >= 4) lower[t.para]!++;
      } else if (!first && t.e - t.s >= 4 && !inLex(t, LEX.title) && !inLex(t, LEX.orgWord)) capitalised.push(i);
    }
    // why: words in capitals next to another such word ("TURNS OUT TOMAS BERG", "RUIZ FOCUSED") are a lead-in
    // or a heading shouted in capitals, where a capital says nothing about a name; an acronym between words in
    // lower case ("the FBI said") is not one (the second letter rules most words out before the whole is read)
    const caps = t.k === K.Word && t.cap && t.e - t.s >= 2 && text.charCodeAt(t.s + 1) < 97 && inCapitals(text, t.s, t.e);
    // ("told KTN FM": a station's initials and its band are one name, not a shouted heading)
    // (only between words in lower case: "TURNS OUT KTN FM LIED" is still shouted)
    const station = caps && BROADCAST_MEDIA.has(t.key) && i > 1 && toks[i - 1]!.k === K.Word && toks[i - 1]!.e - toks[i - 1]!.s <= 5 && !shouted[i - 1] &&
      !(toks[i - 2]!.k === K.Word && toks[i - 2]!.cap && inCapitals(text, toks[i - 2]!.s, toks[i - 2]!.e)) &&
      !(toks[i + 1]?.k === K.Word && toks[i + 1]!.cap && inCapitals(text, toks[i + 1]!.s, toks[i + 1]!.e));
    if (caps && prevCaps && !station) shouted[i] = shouted[i - 1] = 1;
    prevCaps = caps || (prevCaps && t.k === K.Punct && t.key !== '.');
  }
}

/** Which speech verbs speak here, and how the article writes each key (`keyUse`), once the headlines are known. */
function readUse(toks: Tok[], sent: Int32Array, headline: Uint8Array, shouted: Uint8Array, keyUse: Uint8Array): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== K.Word) continue;
    const p = toks[i - 1];
    if (t.speech) t.speech = spokenHere(toks, sent, i);
    // why: "Calling the plan “a disgrace,” Ruiz left": a participle opening a sentence of prose is a verb, though
    // capitalised (a headline's capitals count only in the forms headlines write, "Says", "Calls")
    else if (t.cap && inLex(t, LEX.speechVerb) && t.key.endsWith('ing') && !headline[t.para] && (!p || sent[i - 1] !== sent[i] || p.k === K.Break))
      t.speech = spokenHere(toks, sent, i);
    // why: a headline's capitals, or a run of words in capitals, say nothing of how the article writes a word
    const use = !t.cap ? KEY.lower
      : headline[t.para] || shouted[i] ? 0
      : p && sent[i - 1] === sent[i] && (p.k === K.Word || (p.k === K.Punct && (p.key === ',' || p.key === ';'))) ? KEY.capMid
      : KEY.opener;
    keyUse[t.kid] = keyUse[t.kid]! | use;
  }
}

/** Longest title of a work between book-title marks that is read as one ("《Have Something to Say》"). */
const WORK_TITLE_CHARS = 120;

/**
 * `names` with the titles of works in Chinese book-title marks added, in order: "the programme 《Have Something to
 * Say》 again said" names a programme, and its capitalised words ("Say") are nobody who speaks, as the words of a name in
 * quotation marks are not. The marks hold no speech, so they are no quotation either. Most texts hold no such mark.
 */
function withWorkTitles(text: string, names: Span[]): Span[] {
  let open = text.indexOf('《');
  if (open < 0) return names;
  const titles: Span[] = [];
  while (open >= 0) {
    // (a bounded look for the closing mark, on the same line, with no other title opening first)
    let close = -1;
    for (let k = open + 1; k < text.length && k <= open + 1 + WORK_TITLE_CHARS; k++) {
      const c = text[k];
      if (c === '》') close = k;
      if (c === '》' || c === '《' || c === '\n') break;
    }
    if (close > open + 1) titles.push({ start: open + 1, end: close });
    open = text.indexOf('《', open + 1);
  }
  if (!titles.length) return names;
  return [...names, ...titles].sort((a, b) => a.start - b.start);
}

/** Whether `text[s, e)` has two letters or more and no lower-case letter ("ALLEN", "EB-5"). */
function inCapitals(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) letters++;
    else if ((c >= 97 && c <= 122) || (c > 127 && text[k] !== text[k]!.toUpperCase())) return false;
  }
  return letters >= 2;
}


/** Capitalised common words a paragraph needs to read as a headline. */
const HEADLINE_COMMON = 2;
/** The same for the article's title line, which is known to be a title: "Ruiz Addresses Lisbon Summit" has one. */
const TITLE_COMMON = 1;
/** How far into the article its title line is looked for. */
const TITLE_PARAGRAPHS = 8;

/** The paragraph that is the article's title line, or -1. */
function titleParagraph(doc: ArticleDocument): number {
  const title = doc.facts.title;
  if (!title) return -1;
  for (let p = 0; p < Math.min(doc.paragraphs.length, TITLE_PARAGRAPHS); p++) {
    const { start, end } = doc.paragraphs[p]!;
    if (end - start < title.length) continue;
    // (or its first line, in a header block with the date and the source under it)
    const block = doc.text.slice(start, end).trim();
    if (block === title || (block.startsWith(title) && block.charCodeAt(title.length) === 10)) return p;
  }
  return -1;
}

/**
 * Paragraphs in title case or capitals: every word of four letters or more after the first is capitalised (`lower`
 * counts those that are not, per paragraph; `capitalised` lists the rest, titles and organisation words aside), and at
 * least `HEADLINE_COMMON` of them, titles aside, are words the article also writes in lower case ("Ruiz Wins Delaware
 * Race, Makes History"). A line of names alone ("Sen. Ana Ruiz, Tomas Berg") is no headline, nor is a sentence that
 * names an institution ("said Ana Ruiz, Chair in Economic Policy at the Porto Institute"). There a capital says
 * nothing about a name.
 */
function headlines(toks: Tok[], capitalised: number[], lower: Int32Array, keyUse: Uint8Array, titlePara: number): Uint8Array {
  const paragraphs = lower.length;
  const common = new Int32Array(paragraphs);
  for (let c = 0; c < capitalised.length; c++) {
    const t = toks[capitalised[c]!]!;
    if ((keyUse[t.kid]! & KEY.lower) !== 0) common[t.para]!++;
  }
  const out = new Uint8Array(paragraphs);
  for (let p = 0; p < paragraphs; p++) out[p] = common[p]! >= (p === titlePara ? TITLE_COMMON : HEADLINE_COMMON) && lower[p] === 0 ? 1 : 0;
  return out;
}

/** How many words a noun phrase opened by "a" or "an" may run before a naming "called" ("a new harbour fund"). */
const NAMED_PHRASE_WORDS = 4;

/** Whether `toks[k]` closes a noun phrase that "a" or "an" opens a few words before, in the same sentence. */
function indefiniteBefore(toks: Tok[], sent: Int32Array, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - NAMED_PHRASE_WORDS && sent[j] === sent[k]; j--) {
    const w = toks[j]!;
    if (w.k !== K.Word) return false;
    if (w.key === 'a' || w.key === 'an') return true;
    if (inLex(w, LEX.determiner) || inLex(w, LEX.speechVerb) || inLex(w, LEX.pronoun)) return false;
  }
  return false;
}

/** Modals before a speech verb that put the speaking in the future or in doubt. */
const FORESEEING = new Set(['will', 'shall', 'may', 'might', 'could', 'can', 'should', 'must']);

/** How far back a clause's "that" is looked for before a verb, and its own speech verb before it. */
const CLAUSE_REACH = 12;

/** Whether `toks[i]` stands in a that-clause of an earlier speech verb of its sentence ("noted that Moscow will …"). */
function reportedClause(toks: Tok[], sent: Int32Array, i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - CLAUSE_REACH && sent[j] === sent[i]; j--) {
    if (toks[j]!.k !== K.Word || toks[j]!.key !== 'that') continue;
    const verb = toks[j - 1]!;
    return sent[j - 1] === sent[i] && verb.k === K.Word && SPEECH_VERBS.has(verb.key);
  }
  return false;
}

/** Whether the speech verb `toks[i]` reports words where it stands. */
/** Nouns a form in -ing modifies as a compound ("warning signs", "a calling card"), where it speaks no words. */
const ING_COMPOUND_HEADS = new Set(['sign', 'signs', 'shot', 'shots', 'light', 'lights', 'label', 'labels', 'siren', 'sirens', 'system',
  'systems', 'bell', 'bells', 'card', 'cards', 'level', 'levels', 'flag', 'flags', 'notice', 'notices']);

/** Prepositions whose object a noun phrase is ("for the night calls", "in the phone calls"). */
const OBJECT_OF = new Set(['for', 'in', 'on', 'at', 'about', 'during', 'after', 'before']);

function spokenHere(toks: Tok[], sent: Int32Array, i: number): boolean {
  const t = toks[i]!;
  const p = toks[i - 1];
  const next = toks[i + 1];
  const sameSentence = p !== undefined && sent[i - 1] === sent[i];
  // why: after an article or a possessive name a speech verb's form is a noun ("a call for", "Ruiz's remarks")
  if (sameSentence && p.k === K.Word && (ARTICLES.has(p.key) || (p.possessive && p.cap && !PRONOUN_WORDS.has(p.key)))) return false;
  // why: "Berg and other officials haven't said the board is 'reopening' it", "she declined to say": a speech verb
  // that is denied reports no words of the subject's
  if (sameSentence && p.k === K.Word && !p.cap && (p.key === 'not' || p.key === 'never' || p.key.endsWith("n't"))) return false;
  if (sameSentence && p.k === K.Word && p.key === 'to' && i >= 2 && sent[i - 2] === sent[i] && REFUSING.has(toks[i - 2]!.key)) return false;
  // why: "noted that Moscow will respond “in a mirror manner”": what someone will or may say, in a clause another
  // speaker's verb reports, is that speaker's forecast; the quotation is the forecaster's ("“…,” the president will
  // say, according to excerpts" still quotes the president)
  if (sameSentence && p.k === K.Word && FORESEEING.has(p.key) && reportedClause(toks, sent, i - 1)) return false;
  if (t.key.endsWith('ing')) {
    // why: "a public speaking coach": a form in -ing before a person noun is what the person does, not a cue
    // ("telling reporters" still is: a verb takes people as its object in the plural)
    if (next !== undefined && next.k === K.Word && !next.cap && inLex(next, LEX.personNoun) && !inLex(next, LEX.personPlural)) return false;
    // why: "had placed warning signs": before the head of a compound noun for a thing, the form is its modifier
    if (next !== undefined && next.k === K.Word && !next.cap && ING_COMPOUND_HEADS.has(next.key)) return false;
    // why: "a job posting on the site said", "a name suggesting there are …": after an article and a noun for no
    // one who could speak, the form is part of that noun, or says what the thing means; "a man writing on X" still
    // speaks, and so does a thing whose words follow at once ("a sign reading “…”", "her ads asking, “…”")
    if (sameSentence && next !== undefined && next.k === K.Word && p.k === K.Word && !p.cap && i >= 2 && sent[i - 2] === sent[i] && isDeterminer(toks[i - 2]) &&
      !inLex(p, LEX.personNoun) && !inLex(p, LEX.personPlural) && !inLex(p, LEX.orgNoun) && !(p.key.endsWith('s') && ORG_NOUNS.has(p.key.slice(0, -1))) &&
      !inLex(p, LEX.determiner) && !inLex(p, LEX.pronoun)) return false;
  }
  // why: "For the night calls, he said, …", "in the phone calls": a plural form after a preposition, an article and a
  // noun is that noun phrase's head; a preposition's object has no verb
  if (sameSentence && NOUN_FORMS.has(t.key) && p.k === K.Word && !p.cap && i >= 3 && sent[i - 3] === sent[i] && isDeterminer(toks[i - 2]) &&
    toks[i - 3]!.k === K.Word && OBJECT_OF.has(toks[i - 3]!.key)) return false;
  // why: "Calls Berg's Lisbon Remarks 'Troubling'": a form that is also a plural noun, after a name that a possessive
  // name opens, is the head of that noun phrase ("Ruiz's Lisbon Remarks", "Berg's Harbour Claims")
  if (sameSentence && NOUN_FORMS.has(t.key) && p.k === K.Word && p.cap && !p.possessive && i >= 2 && sent[i - 2] === sent[i]) {
    const o = toks[i - 2]!;
    if (o.k === K.Word && o.cap && o.possessive && !PRONOUN_WORDS.has(o.key)) return false;
  }
  // why: "both oppose a formula called the “chained index”", "a fund called Tide First ran ads": "called" after a thing
  // introduced with "a" gives its name; nobody speaks the words that follow
  if (sameSentence && (t.key === 'called' || t.key === 'dubbed') && p.k === K.Word && !inLex(p, LEX.personNoun) && !inLex(p, LEX.personPlural) &&
    indefiniteBefore(toks, sent, i - 1) && next !== undefined && (next.k === K.Quote || (next.k === K.Word && next.cap) ||
      (next.key === 'the' && (toks[i + 2]?.k === K.Quote || toks[i + 2]?.cap === true)))) return false;
  if (next !== undefined && next.key === 'to') {
    const lemma = SPEECH_VERBS.get(t.key)!;
    // why: "agreed to pay", "objected to the plan": these verbs take a to-phrase when they report no words
    if (NOT_SPEECH_BEFORE_TO.has(lemma)) return false;
    // why: "added to her lead" adds nothing said; "added to reporters" or "to People" still reports words
    if (lemma === 'add' && isDeterminer(toks[i + 2])) return false;
  }
  // why: "the video concludes with a clip of Berg saying …", "opened with a call for": a verb of beginning or ending
  // followed by "with" tells how something went, not what anyone said
  if (next !== undefined && next.key === 'with' && BOUNDARY_VERBS.has(SPEECH_VERBS.get(t.key)!)) return false;
  // why: "Berg reported from Lisbon." is a reporter's credit line at the foot of a story, naming where the
  // reporting was done; it quotes nobody, so it is no cue for the quotation that ends the story above it
  if (next !== undefined && next.key === 'from' && SPEECH_VERBS.get(t.key) === 'report' && toks[i + 2]?.cap && sent[i + 2] === sent[i]) return false;
  if (t.key === 'said' && p !== undefined && p.k === K.Word) {
    // why: "Having said that, …", "That said, …" are discourse markers: nobody is reported speaking
    if (p.key === 'that' && sameSentence && isPunct(next, ',') && (i < 2 || sent[i - 2] !== sent[i] || !isWord(toks[i - 2]))) return false;
    if (p.key === 'having' && isWord(next) && DEMONSTRATIVES.has(next.key) && isPunct(toks[i + 2], ',')) return false;
  }
  return true;
}

/** Numbers sentences: a stop, a paragraph break that scraping did not insert, or a quotation ending one. */
function sentences(text: string, toks: Tok[], quotes: QuoteCandidate[], boiler: boolean[], abbreviated: ReadonlySet<string>): Int32Array {
  const sent = new Int32Array(toks.length);
  let id = 0;
  for (let i = 0; i < toks.length; i++) {
    sent[i] = id;
    const t = toks[i]!;
    const next = toks[i + 1];
    if (!next) break;
    // why: "2024-02-09T12:03:44.900Z\nThe president of the opposition … announced that …": a header line pasted without a
    // blank line is a paragraph of its own (see structure.ts), and no sentence of the article runs out of it
    const header = t.para !== next.para && t.k !== K.Break && next.k !== K.Break && boiler[t.para] !== boiler[next.para];
    // why: one count for both reasons; counted in a branch of its own, the rare header's count was an operation the
    // compiled loop had never run, and meeting it sent the loop back to the interpreter to be compiled again
    if (header || endsSentence(text, toks, i, t, next, quotes, abbreviated)) id++;
  }
  return sent;
}

/** Words a line may end on with its sentence going on after a break: verbs of being, prepositions, conjunctions,
 * determiners and the words that introduce what follows ("that", "as", "saying"). */
const OPEN_ENDED = new Set(['that', 'as', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'the', 'a', 'an', 'of', 'to', 'in',
  'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'called', 'saying', 'its', 'his', 'her', 'their', 'our', 'this',
  'these', 'those', 'about', 'like', 'than', 'into', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'whether', 'if', 'so',
  'because', 'while', 'after', 'before', 'under', 'over', 'against', 'without', 'through', 'during', 'toward', 'towards', 'not']);

/** Whether the quotation's first letter is in lower case. */
function opensLower(text: string, q: QuoteCandidate): boolean {
  let i = q.start;
  while (i < q.end && i < q.start + 16 && !/\p{L}/u.test(text[i]!)) i++;
  return i < q.end && text[i] !== text[i]!.toUpperCase();
}

function endsSentence(text: string, toks: Tok[], i: number, t: Tok, next: Tok, quotes: QuoteCandidate[], abbreviated: ReadonlySet<string>): boolean {
  if (t.k === K.Break) {
    // why: a paragraph that goes on in lower case (or with a comma) was cut by a scraper, not by the author
    if (next.k === K.Word && !next.cap) return false;
    if (next.k === K.Punct && /^[,;)]/.test(next.key)) return false;
    const prev = toks[i - 1];
    return !(prev && prev.k === K.Punct && (prev.key === ':' || prev.key === ','));
  }
  if (t.k === K.Punct && (t.key === '.' || t.key === '!' || t.key === '?' || t.key === '...')) {
    const prev = toks[i - 1];
    // why: an abbreviation or an initial goes on with a word ("Mr. Ruiz", "John F. Kennedy") or a quotation in its
    // line ("the U.S. “clearly” needed"); before a quotation that opens the next paragraph ("she wrote on X.\n\n“It
    // is …”") its stop ends the sentence
    // (a quotation in lower case there was cut from its line by a scraper: "said the U.S.\n\n“clearly”")
    // ("… the director of Acme Corp. “We will fix the bridge,” he said": a company's abbreviation closes its name, and
    // a quotation opening on a capital after it opens a sentence of its own)
    const lower = next.k === K.Quote && opensLower(text, quotes[next.q]!);
    const goesOn = next.k !== K.Quote || lower || (!text.slice(t.e, Math.min(text.length, next.s + 2)).includes('\n') && !(prev !== undefined && COMPANY_ENDINGS.has(prev.key)));
    if (goesOn && t.key === '.' && prev && prev.k === K.Word && (ABBREVIATIONS.has(prev.key) || (prev.e - prev.s === 1 && prev.cap) || (abbreviated.size !== 0 && abbreviated.has(prev.key)))) return false;
    if (goesOn && t.key === '.' && prev && prev.k === K.Word && prev.key.length <= 3 && text.slice(prev.s, prev.e).includes('.')) return false;
    // ("Rosdiana br. Simanjuntak": a name's particle abbreviated between its words)
    if (t.key === '.' && particleAbbreviation(text, toks, i - 1)) return false;
    if (next.k === K.Word && !next.cap) return false;
    // why: no sentence opens on a comma: "Rep. Ana Ruiz, D-N.M., said" ends an abbreviation, not a sentence
    if (t.key === '.' && next.k === K.Punct && /^[,;)]/.test(next.key)) return false;
    return true;
  }
  // why: "…, says Marie Kerjean\n\n“Half of the boats …”, estimates Yann Le Gall": a line that ends on a name or a noun
  // without its stop (a headline, a scraped line) still ends its sentence before a quotation opening the next
  // paragraph; one ending on a verb or a function word ("he declared\n\n“…", "were\n\n“justified”") goes on into it
  if (t.k === K.Word && next.k === K.Quote && !inLex(t, LEX.speechVerb) && !inLex(t, LEX.filler) && !OPEN_ENDED.has(t.key) &&
    text.slice(t.e, Math.min(text.length, next.s + 2)).includes('\n') && !opensLower(text, quotes[next.q]!)) return true;
  if (t.k === K.Quote) {
    const q = quotes[t.q]!;
    // why: the stop may sit inside an inner quotation ("… ‘We're here.’")
    let end = q.end;
    while (end > q.start && spaceOrMarkAt(text, end - 1)) end--;
    const last = text[end - 1];
    if (!last || !'.!?'.includes(last)) return next.k === K.Break && !(toks[i + 2]?.k === K.Word && !toks[i + 2]!.cap);
    // why: "…!" she exclaimed — the quotation's stop does not end the sentence when the cue follows
    if (next.k === K.Word && !next.cap) return false;
    // why: a full stop closes the sentence ('"…." He added'); "!" and "?" may still take a cue ('"…?" Ruiz asked')
    // ('…: "How do I live?" ¶ MP Halima Kaakour called on the government to …': not a new paragraph's sentence that
    // goes on past its verb, which says something of its own)
    return last === '.' || !cueFollows(toks, i + 1) || (next.para !== t.para && goesOnPastCue(toks, i + 1));
  }
  return false;
}


/** Whether the sentence opening at view index `k` on a named subject's cue goes on past its verb with words of its own
 * ("MP Ana Ruiz called on the government to …"), where a cue closing a quotation ends on its speaker ("Ruiz asked."). */
function goesOnPastCue(toks: Tok[], k: number): boolean {
  // ('"Too forced?" ¶ He tweeted when Clinton …': a pronoun's cue goes on with the words it closes)
  if (toks[k]?.k !== K.Word || inLex(toks[k]!, LEX.pronoun)) return false;
  let j = k;
  while (j < k + 6 && toks[j]?.k === K.Word && !inLex(toks[j]!, LEX.speechVerb)) j++;
  if (toks[j]?.k !== K.Word || j === k) return false;
  const after = toks[j + 1];
  return after !== undefined && after.k === K.Word && !after.cap && !inLex(after, LEX.filler);
}

/** `Ruiz said`, `Sen. Ana Ruiz told`, `he added`, `said Ruiz`, `according to` right at view index `k`. */
function cueFollows(toks: Tok[], k: number): boolean {
  const first = toks[k];
  if (!first || first.k !== K.Word) return false;
  if (inLex(first, LEX.speechVerb) || first.key === 'according') return true;
  let j = k;
  while (j < k + 5 && toks[j] && (toks[j]!.k === K.Word && (toks[j]!.cap || j === k) || (toks[j]!.k === K.Punct && toks[j]!.key === '.'))) j++;
  return !!toks[j] && toks[j]!.k === K.Word && inLex(toks[j]!, LEX.speechVerb);
}

/** The view token after the name in marks that view token `k` opens ("„Carpații Vii”", whose marks the view
 * leaves out); `k` when it opens none. */
export function pastNameInMarks(v: View, k: number): number {
  const toks = v.toks;
  const at = toks[k]!;
  // (the last name starting at or before the token, by halving: the names are in order)
  let lo = 0;
  let hi = v.names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.names[mid]!.start <= at.s) lo = mid + 1;
    else hi = mid;
  }
  const span = lo > 0 ? v.names[lo - 1]! : null;
  if (!span || at.e > span.end) return k;
  let j = k;
  while (j < toks.length && toks[j]!.e <= span.end) j++;
  return j;
}
