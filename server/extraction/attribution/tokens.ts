/** A linear tokenizer for the narrative around quotes: words, punctuation, quote marks, paragraph breaks. */

import * as lexiconModule from './lexicon';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { CLAUSE_BREAK, DETERMINERS, INVERTED_ONLY, isPersonNoun, NOT_NAME, ORG_NOUNS, ORG_WORDS, PHRASAL, PRONOUNS, SPEECH_VERBS, TITLES, VERB_FILLERS } = lexiconModule;

/** Token kinds. */
export const K = {
  Word: 0,
  Punct: 1,
  Mark: 2,
  Break: 3,
  /** A whole quotation, collapsed into one token of the narrative view. */
  Quote: 4,
} as const;
export type Kind = (typeof K)[keyof typeof K];

export interface Tok {
  s: number;
  e: number;
  k: Kind;
  /** Lower case, dots removed ("U.S." → "us"), possessive removed ("Ruiz's" → "ruiz"). */
  key: string;
  /** Starts with a capital letter. */
  cap: boolean;
  possessive: boolean;
  /** A speech verb ("said", "Says"), looked up once here rather than in every scan. */
  speech: boolean;
  /** A word that may sit between a speaker and the verb ("also", "has", "repeatedly"). */
  filler: boolean;
  /** The lexicon's word classes the key belongs to, as `LEX` bits. */
  lex: number;
  /** The key's number, the same for every spelling of it ("Said", "said"), below `keyCount()`; -1 for a non-word. */
  kid: number;
  /** Index of the quotation (for `K.Quote`), else -1. */
  q: number;
  /** Index of the paragraph the token starts in. */
  para: number;
}

export const QUOTE_MARKS = '"\'“”„‟«»‹›‘’‚‛「」『』';

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
/** Character classes of the first 0x250 code points: 1 letter or digit, 2 space, 0 other. */
const CLASS = new Uint8Array(0x250);
for (let c = 0; c < CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = LETTER.test(ch) ? 1 : SPACE.test(ch) ? 2 : 0;
}
const classOf = (c: number): number => {
  if (c < 0x250) return CLASS[c]!;
  if (c === 0x200b || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) return 2;
  if (c >= 0x2010 && c <= 0x206f) return 0;
  return LETTER.test(String.fromCharCode(c)) ? 1 : 0;
};
/** Punctuation that attribution reads; other signs (#, *, /, &…) are skipped. */
const MEANINGFUL = ',.;:!?()[]—–-…';

/** Word-internal joiners: apostrophes, hyphens and dots between letters ("don't", "al-Assad", "U.S"). */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 0x2011;

/** Word classes of the lexicon, as bits of `Tok.lex`. */
export const LEX = {
  speechVerb: 1,
  filler: 2,
  personNoun: 4,
  orgNoun: 8,
  notName: 16,
  title: 32,
  determiner: 64,
  orgWord: 128,
  pronoun: 256,
  /** The plural of a person noun ("residents", "marchers"). */
  personPlural: 512,
  /** The verb of a cue of several words ("pointed" of "pointed out"). */
  phrasal: 1024,
  /** A word that opens a new clause ("but", "while", "although"). */
  clauseBreak: 2048,
} as const;

/** Whether the token's key is in the lexicon's word class `bit`. */
export const inLex = (t: Tok, bit: number): boolean => (t.lex & bit) !== 0;

/**
 * Whether a capitalised word is a verb of speech in the present, third person ("Informs", "Writes", "Reports"): the
 * form Russian translations open a sentence on before the source they name ("Informs RIA Novosti.").
 */
export const presentSpeechCap = (t: Tok): boolean =>
  t.k === K.Word && t.cap && ((t.lex & LEX.speechVerb) !== 0 || INVERTED_ONLY.has(t.key)) && t.key.endsWith('s') && !t.key.endsWith('ss');

/** A vocabulary, not the batch: emptied between articles once it outgrows the words any article set needs. */
const VOCABULARY_MAX = 50_000;
/** Characters the vocabulary may hold before it is emptied, so one article of endless unique words is not kept. */
const VOCABULARY_CHARS_MAX = 1 << 21;

/** The lexicon's word classes of a key; looked up once per spelling, not per token. */
function lexOf(key: string): number {
  return (
    (SPEECH_VERBS.has(key) ? LEX.speechVerb : 0) |
    (VERB_FILLERS.has(key) ? LEX.filler : 0) |
    (isPersonNoun(key) ? LEX.personNoun : 0) |
    (ORG_NOUNS.has(key) ? LEX.orgNoun : 0) |
    (NOT_NAME.has(key) ? LEX.notName : 0) |
    (TITLES.has(key) ? LEX.title : 0) |
    (DETERMINERS.has(key) ? LEX.determiner : 0) |
    (ORG_WORDS.has(key) ? LEX.orgWord : 0) |
    (PRONOUNS.has(key) ? LEX.pronoun : 0) |
    (PHRASAL.has(key) ? LEX.phrasal : 0) |
    (CLAUSE_BREAK.has(key) ? LEX.clauseBreak : 0) |
    (key.length > 3 && key.endsWith('s') && (isPersonNoun(key.slice(0, -1)) || (key.endsWith('es') && isPersonNoun(key.slice(0, -2)))) ? LEX.personPlural : 0)
  );
}

/** Token objects are reused from one article to the next: attribution reads them only while it runs, and an
 * article's worth of objects allocated afresh each time is most of the engine's garbage. */
const pool: Tok[] = [];
let used = 0;

/** Starts a new article of `chars` characters and `quotes` quotations: every pooled token may be overwritten. */
export function recycleTokens(chars: number, quotes: number): void {
  used = 0;
  // why: the pool keeps no more tokens than this article could need (a token spans a character or more, but for an
  // empty quotation), so a huge article's tokens go with the next ordinary one instead of staying for the batch
  if (pool.length > chars + quotes) pool.length = chars + quotes;
  // why: key numbers must hold for a whole article, so the vocabulary is only ever emptied between articles
  if (spellingCount >= VOCABULARY_MAX || charsUsed >= VOCABULARY_CHARS_MAX) clearVocabulary();
}

/** A token that is not a word (punctuation, a paragraph break, a quotation): no word list holds its key. */
/** A digit, then two or three capitals and nothing else: a broadcaster's call sign ("2AP", "5FM", "3AW"). */
const CALL_SIGN = /^\d[A-Z]{2,3}$/;

export function token(s: number, e: number, k: Kind, key: string, cap: boolean, possessive: boolean, q: number, para: number): Tok {
  return fill(s, e, k, key, cap, possessive, 0, false, false, -1, q, para);
}

function fill(s: number, e: number, k: Kind, key: string, cap: boolean, possessive: boolean, lex: number, speech: boolean, filler: boolean, kid: number, q: number, para: number): Tok {
  let t = pool[used];
  if (!t) {
    t = { s, e, k, key, cap, possessive, lex, kid, q, para, speech, filler };
    pool.push(t);
  } else {
    t.lex = lex;
    t.kid = kid;
    t.speech = speech;
    t.filler = filler;
    t.s = s;
    t.e = e;
    t.k = k;
    t.key = key;
    t.cap = cap;
    t.possessive = possessive;
    t.q = q;
    t.para = para;
  }
  used++;
  return t;
}

/** The key number of `key`, added to the vocabulary when no word had it yet. */
function internKey(key: string): number {
  let kid = keyIds.get(key);
  if (kid === undefined) {
    keyIds.set(key, (kid = keyIds.size));
    keys.push(key);
  }
  return kid;
}

/**
 * Gives the word token `t` the key `key` (a gloss: see gloss.ts) and the span `[s, e)`, with the word classes that key
 * has; its case, paragraph and possessive stay. Returns `t`.
 */
export function regloss(t: Tok, key: string, s: number, e: number): Tok {
  const lex = lexOf(key);
  t.key = key;
  t.kid = internKey(key);
  t.lex = lex;
  t.speech = (lex & LEX.speechVerb) !== 0 && (!t.cap || key.endsWith('s'));
  t.filler = !t.cap && ((lex & LEX.filler) !== 0 || (key.length > 4 && key.endsWith('ly')));
  t.s = s;
  t.e = e;
  return t;
}

/** A new word token of key `key` over `[s, e)` (a gloss's second word, or the word an elision is written onto). */
export function wordToken(s: number, e: number, key: string, cap: boolean, para: number): Tok {
  return regloss(fill(s, e, K.Word, key, cap, false, 0, false, false, -1, -1, para), key, s, e);
}

/**
 * Every distinct spelling of a word, with what the tokenizer derives from it, found by a hash of its characters
 * taken while scanning: a repeated word costs no new string, no key derivation and no hashing of a fresh string.
 * A vocabulary, not the batch: emptied when it outgrows the words any article set needs. The table starts small
 * and doubles at half load, so a batch's vocabulary stays in the processor's cache.
 */
const SLOT_BITS_MIN = 13;
let slotBits = SLOT_BITS_MIN;
/**
 * Each slot is six numbers: the spelling's hash, where its characters start in `chars` plus one (0: empty), its
 * length, then what a token takes from it: its key number, its lexicon bits and its `SPELLING` flags. A probe reads
 * one slot and compares packed characters, never a string; a hit fills its token from the slot it has just read.
 */
const SLOT = 6;
const SPELLING = { cap: 1, possessive: 2, speech: 4, filler: 8 } as const;
let slots = new Int32Array(SLOT << slotBits);
const CHARS_MIN = 1 << 16;
/** The characters of every spelling, back to back. */
let chars = new Uint16Array(CHARS_MIN);
let charsUsed = 0;
/** How many spellings the table holds. */
let spellingCount = 0;

/** The key of each key number. */
const keys: string[] = [];
const keyIds = new Map<string, number>();

/** The key number of a key the article's words have (`Tok.kid`), or -1 when no word of it was seen. */
export const keyIdOf = (key: string): number => keyIds.get(key) ?? -1;

/**
 * The key number of `key` when some token of `toks` has it (in any case, a headline's and a shouted run's too), else -1:
 * whether an article writes a word at all, asked once an article before a look-up that only that word can answer.
 */
export function keyWritten(toks: readonly Tok[], key: string): number {
  const id = keyIdOf(key);
  for (let i = 0; id >= 0 && i < toks.length; i++) if (toks[i]!.kid === id) return id;
  return -1;
}

/** How many distinct keys the vocabulary holds: one more than the largest `Tok.kid`. */
export const keyCount = (): number => keyIds.size;

/** The index of the first of `toks[0, to)` that starts at or after offset `at`, or `to` when none does (tokens are in
 * text order: found by halving). */
export function firstTokenFrom(toks: readonly Tok[], at: number, to = toks.length): number {
  let lo = 0;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.s < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const slotOf = (h: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - slotBits);

function clearVocabulary(): void {
  slotBits = SLOT_BITS_MIN;
  slots = new Int32Array(SLOT << slotBits);
  if (chars.length > CHARS_MIN) chars = new Uint16Array(CHARS_MIN);
  charsUsed = 0;
  spellingCount = 0;
  keys.length = 0;
  keyIds.clear();
}

function growSlots(): void {
  const old = slots;
  slotBits++;
  slots = new Int32Array(SLOT << slotBits);
  const mask = (1 << slotBits) - 1;
  for (let from = 0; from < old.length; from += SLOT) {
    if (old[from + 1] === 0) continue;
    let slot = slotOf(old[from]!);
    while (slots[SLOT * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots.set(old.subarray(from, from + SLOT), SLOT * slot);
  }
}

/** Copies `text[s, e)` to the end of `chars`; returns where it starts. */
function storeChars(text: string, s: number, e: number): number {
  const at = charsUsed;
  if (at + (e - s) > chars.length) {
    const grown = new Uint16Array(Math.max(2 * chars.length, at + (e - s)));
    grown.set(chars.subarray(0, at));
    chars = grown;
  }
  for (let i = s; i < e; i++) chars[charsUsed++] = text.charCodeAt(i);
  return at;
}

/** Where in `slots` the spelling of the word `text[s, e)` whose characters hash to `h` is, added on first sight. */
function spellingOf(text: string, s: number, e: number, h: number, plain: boolean): number {
  const mask = (1 << slotBits) - 1;
  let slot = slotOf(h);
  const len = e - s;
  for (;;) {
    const base = SLOT * slot;
    const start = slots[base + 1]! - 1;
    if (start < 0) break;
    if (slots[base] === h && slots[base + 2] === len) {
      let k = 0;
      while (k < len && chars[start + k] === text.charCodeAt(s + k)) k++;
      if (k === len) return base;
    }
    slot = (slot + 1) & mask;
  }
  return addSpelling(text, s, e, h, plain, slot);
}

/**
 * Adds the spelling of the word `text[s, e)` at the empty `slot` its probe ended on; returns where in `slots` it is.
 * why: a function apart from `spellingOf`, so the engine compiles the look-up of a spelling already seen, which runs at
 * every word, without this rarer work around it.
 */
function addSpelling(text: string, s: number, e: number, h: number, plain: boolean, slot: number): number {
  if (2 * spellingCount >= 1 << slotBits) {
    growSlots();
    return spellingOf(text, s, e, h, plain);
  }
  const len = e - s;
  const raw = text.slice(s, e);
  const c = raw.charCodeAt(0);
  // why: "Radio 2AP", "5FM": a station's call sign opens on its digit, and its capitals go on the name before it
  // why: "ʻOfa Vea", "ʻAna Taufa": Polynesian languages write the glottal stop (ʻokina) as a letter before the capital;
  // the word is as capitalised as the letter after it
  const cap = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && CALL_SIGN.test(raw)) : UPPER.test(raw[isGlottal(c) && len > 1 ? 1 : 0]!);
  const key = wordKey(raw, plain);
  const lex = lexOf(key);
  let kid = keyIds.get(key);
  if (kid === undefined) {
    keyIds.set(key, (kid = keyIds.size));
    keys.push(key);
  }
  // why: capitalised, only the headline form counts ("Says", "Calls"); "Wonder" or "Read" may be a name
  const speech = (lex & LEX.speechVerb) !== 0 && (!cap || key.endsWith('s'));
  const filler = !cap && ((lex & LEX.filler) !== 0 || (key.length > 4 && key.endsWith('ly')));
  const base = SLOT * slot;
  slots[base] = h;
  slots[base + 1] = storeChars(text, s, e) + 1;
  slots[base + 2] = len;
  slots[base + 3] = kid;
  slots[base + 4] = lex;
  slots[base + 5] = (cap ? SPELLING.cap : 0) | (possessiveKey ? SPELLING.possessive : 0) | (speech ? SPELLING.speech : 0) | (filler ? SPELLING.filler : 0);
  spellingCount++;
  return base;
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
/** Whether a letter outside ASCII is in lower case ("ó", "ñ"; not "Ó"). */
const isLowerLetter = (ch: string): boolean => ch !== ch.toUpperCase();
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** The ʻokina and the modifier apostrophes that write a glottal stop as a word's first letter (ʻ ʼ ʽ). */
export const isGlottal = (c: number): boolean => c === 0x2bb || c === 0x2bc || c === 0x2bd;

let possessiveKey = false;

/** Lower case, dots and possessive removed; sets `possessiveKey`. */
function wordKey(raw: string, plain: boolean): string {
  possessiveKey = false;
  // why: most words are plain lower-case letters; they are their own key
  if (plain) return raw;
  let w = raw.toLowerCase();
  if (w.indexOf('.') >= 0) w = w.replace(/\./g, '');
  if (w.indexOf('’') < 0 && w.indexOf("'") < 0) return w;
  w = w.replace(/’/g, "'");
  // why: "Ruiz's" and "Jones'" name the same person as "Ruiz" and "Jones"
  if (w.endsWith("'s")) {
    possessiveKey = true;
    return w.slice(0, -2);
  }
  return w;
}

/** Fewest letters of a capitalised word whose stop, run into the next capitalised word, ends a sentence. */
const JOINED_CAPITALISED = 6;
/** Fewest capitals of an acronym whose stop, run into a capitalised word, ends a sentence ("on the ORTB.Contacted"). */
const JOINED_CAPITALS = 4;

/** Tokenizes `text[from, to)` in one linear pass onto `out`. `paraOf` gives the paragraph of an offset (called in order). */
export function tokenize(text: string, paraOf: (offset: number) => number, out: Tok[] = [], from = 0, to = text.length): Tok[] {
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === 2) {
      let j = i + 1;
      let newlines = c === 10 ? 1 : 0;
      while (j < n && classOf(text.charCodeAt(j)) === 2) if (text.charCodeAt(j++) === 10) newlines++;
      if (newlines >= 2) out.push(token(i, j, K.Break, '\n', false, false, -1, paraOf(j)));
      i = j;
    } else if (cls === 1) {
      let j = i + 1;
      let plain = c >= 97 && c <= 122;
      // (a capital, then lower case only: "November" in "in November.Her Honour …"; or capitals only: "ORTB" in "on the
      // ORTB.Contacted by …")
      let capitalised = isAsciiUpper(c);
      let capitals = capitalised;
      // (in lower case throughout, accented letters too: "camión" in "… by camión.The seremi …")
      let lower = plain || (c >= 128 && isLowerLetter(text[i]!));
      let h = c;
      // why: "uMnu Lwazi Ntshinga", "uSiyabonga Mazwi": isiXhosa and isiZulu write the personal prefix u- onto a name,
      // which is the capitalised word after it; the prefix is skipped like a mark, so the name reads as in English
      if (c === 117 && j + 1 < n && isAsciiUpper(text.charCodeAt(j)) && isAsciiLower(text.charCodeAt(j + 1)) &&
        (i === from || classOf(text.charCodeAt(i - 1)) !== 1)) {
        i = j;
        continue;
      }
      for (;;) {
        if (j >= n) break;
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) {
          capitals = false;
          h = (Math.imul(h, 31) + d) | 0;
          j++;
        } else if (classOf(d) === 1) {
          plain = false;
          capitalised = false;
          capitals &&= isAsciiUpper(d);
          lower &&= d >= 128 ? isLowerLetter(text[j]!) : false;
          h = (Math.imul(h, 31) + d) | 0;
          j++;
        } else if (isJoiner(d) && j + 1 < n && classOf(text.charCodeAt(j + 1)) === 1) {
          // why: "… they are already going.The District Officer …": two paragraphs a scraper joined leave a stop between
          // a word in lower case and a capitalised word, with no space; that stop ends a sentence, as no abbreviation
          // or address is written so
          // ("… served in November.Her Honour …": so does a capitalised word longer than any title written short before
          // a name, "Gov.", "Prof.", "Supt.")
          if (d === 46 && (plain || lower ? j - i >= 2 : (capitalised && j - i >= JOINED_CAPITALISED) || (capitals && j - i >= JOINED_CAPITALS)) && j + 2 < n &&
            isAsciiUpper(text.charCodeAt(j + 1)) &&
            isAsciiLower(text.charCodeAt(j + 2))) break;
          plain = false;
          h = (Math.imul(Math.imul(h, 31) + d, 31) + text.charCodeAt(j + 1)) | 0;
          j += 2;
        } else if (d === 47 && j === i + 1 && c >= 65 && c <= 90 && j + 1 < n && text.charCodeAt(j + 1) >= 97 && text.charCodeAt(j + 1) <= 122) {
          // why: "W/ro Tigist Haile", "W/t Hana": Amharic and Tigrinya courtesy titles are written short with a slash
          // after their capital, which split there was read as a name of its own
          plain = false;
          h = (Math.imul(Math.imul(h, 31) + d, 31) + text.charCodeAt(j + 1)) | 0;
          j += 2;
        } else break;
      }
      const w = spellingOf(text, i, j, h, plain);
      const kid = slots[w + 3]!;
      const flags = slots[w + 5]!;
      // why: "Harbour News’ Lena Ortiz", "the Joneses' house": an apostrophe after a final s makes the word possessive
      const apostrophe = j < n && (text.charCodeAt(j) === 0x2019 || text.charCodeAt(j) === 39) && (j + 1 >= n || classOf(text.charCodeAt(j + 1)) !== 1) &&
        (text.charCodeAt(j - 1) | 32) === 115 && j - i > 1;
      out.push(fill(i, j, K.Word, keys[kid]!, (flags & SPELLING.cap) !== 0, (flags & SPELLING.possessive) !== 0 || apostrophe, slots[w + 4]!,
        (flags & SPELLING.speech) !== 0, (flags & SPELLING.filler) !== 0, kid, -1, paraOf(i)));
      i = j;
    } else {
      // why: a run of one mark or sign (a wall of marks, "!!!!", "----") is one token, so it costs one object
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === c) j++;
      const ch = text[i]!;
      // why: stray quote marks outside any quotation carry nothing attribution reads; they are skipped like spaces
      if (MEANINGFUL.includes(ch)) {
        const key = c === 0x2026 ? '...' : j - i > 1 && (c === 45 || c === 46 || c === 33 || c === 63) ? text.slice(i, Math.min(j, i + 3)) : ch;
        out.push(token(i, j, K.Punct, key, false, false, -1, paraOf(i)));
      }
      i = j;
    }
  }
  return out;
}

/**
 * Whether `toks[j]` is a name's particle abbreviated with a dot between two capitalised words, one space each side
 * ("br." in "Rosdiana br. Simanjuntak"): two or three letters in lower case with no vowel, as no English word is.
 */
export function particleAbbreviation(text: string, toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  const dot = toks[j + 1];
  const next = toks[j + 2];
  return t !== undefined && t.k === K.Word && !t.cap && t.e - t.s >= 2 && t.e - t.s <= 3 && !/[aeiouy]/.test(t.key) && /^[a-z]+$/.test(t.key) &&
    prev !== undefined && prev.k === K.Word && prev.cap && t.s === prev.e + 1 && dot !== undefined && dot.k === K.Punct && dot.key === '.' && dot.s === t.e &&
    next !== undefined && next.k === K.Word && next.cap && next.s === dot.e + 1 && text.charCodeAt(dot.e) === 32;
}
