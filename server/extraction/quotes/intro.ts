import { isLower, isQuoteAt, isQuoteChar, isSpace, isSpaceAt, isUpper, isWordAt, isWordChar } from './chars';

/**
 * Verbs that introduce speech ("…, saying, …", "he told reporters: …"), in all their forms. Used only to find
 * where a quotation starts when its opening mark was lost; attributing the quote is another stage's job.
 */
const STEMS: Record<string, string[]> = {
  say: ['says', 'said', 'saying'], tell: ['tells', 'told', 'telling'], add: ['adds', 'added', 'adding'],
  ask: ['asks', 'asked', 'asking'], answer: [], write: ['writes', 'wrote', 'writing'], reply: ['replies', 'replied', 'replying'],
  declare: [], state: [], explain: [], insist: [], argue: [], assert: [], note: [], claim: [], continue: [],
  warn: [], respond: [], retort: [], exclaim: [], tweet: [], announce: [], recall: [], quip: ['quipped'],
  joke: [], suggest: [], affirm: [], remark: [], shout: [], urge: [], conclude: [], admit: ['admitted'],
  acknowledge: [], observe: [], predict: [], promise: [], vow: [], boast: [], complain: [],
  // the verbs translated news puts after a quotation ("…,” confides a violinist)
  confide: [], assure: [], stress: [], emphasize: [], emphasise: [], indicate: [], specify: ['specifies', 'specified'],
  testify: ['testifies', 'testified'], recount: [], deplore: [], denounce: [], regret: ['regretted'], hammer: [], underline: [],
};

const SPEECH_VERBS = new Set<string>();
for (const [stem, forms] of Object.entries(STEMS)) {
  const base = stem;
  SPEECH_VERBS.add(base);
  for (const f of forms) SPEECH_VERBS.add(f);
  const e = base.endsWith('e');
  SPEECH_VERBS.add(base + 's');
  SPEECH_VERBS.add(e ? base + 'd' : base + 'ed');
  SPEECH_VERBS.add(e ? base.slice(0, -1) + 'ing' : base + 'ing');
}

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}

/** Forms of "go" that, followed by "on", mean speaking on ("he went on"). */
const GOING = new Set(['went', 'goes', 'go', 'going']);

/** "Senate Majority Leader Ann Roe said": the verb comes within this many words of a line's start. */
const ATTRIBUTION_WORDS = 10;

/** Longest look-back for an introducer, so one endless paragraph cannot make every mark rescan it. */
const MAX_LOOKBACK = 600;

/**
 * Where a quotation starts after its introducer in text[from, to): just after the last "said," / "saying:" /
 * plain colon; from `bareFrom` on, also after a speech verb without a comma ("he vowed that …", "declares …").
 * Returns -1 when the stretch has none.
 */
export function afterIntroducer(text: string, from: number, to: number, bareFrom = Infinity): number {
  const floor = Math.max(from, to - MAX_LOOKBACK);
  for (let i = to - 1; i >= floor; i--) {
    const c = text[i];
    const bare = i >= bareFrom;
    if (bare && isSpace(c) && isWordAt(text, i - 1)) {
      let w = i;
      while (w > floor && isWordAt(text, w - 1)) w--;
      const word = text.slice(w, i).toLowerCase();
      if (word === 'that' || isSpeechVerb(word)) {
        const verb = word === 'that' ? wordEndingAt(text, w - 1, floor) : word;
        const start = skipSpaces(text, i + 1, to);
        if (verb && isSpeechVerb(verb) && !isNounForm(text, word, start, to) && !spokenVerb(text, word === 'that' ? startOfWordBefore(text, w, floor) : w, floor)) {
          // why: '…” said a harbour official. The rest …”': the words after an inverted verb, up to its sentence's end,
          // name the speaker; the quotation whose opening mark was lost starts after them
          return word === 'that' ? start : pastInvertedSubject(text, start, to);
        }
      }
    }
    // "3:40 p.m." is a time, not an introducer: only a colon followed by a space introduces.
    if (c === ':' && isSpaceAt(text, i + 1)) return skipSpaces(text, i + 1, to);
    // "…, Ruiz said. This is …": a sentence that ends on its speech verb introduces the next one.
    if (bare && c === '.' && isSpaceAt(text, i + 1)) {
      const verb = wordEndingAt(text, i, floor);
      if (verb && isSpeechVerb(verb)) return skipSpaces(text, i + 1, to);
    }
    if (c !== ',') continue;
    let w = i;
    while (w > floor && isWordAt(text, w - 1)) w--;
    if (w < i && isSpeechVerb(text.slice(w, i))) return skipSpaces(text, i + 1, to);
  }
  return -1;
}

/**
 * A line that carries the attribution of a quotation next to it: it continues a sentence (opens with a space, a
 * lower-case word or the mark itself, as in `" he exclaimed.` or ` said the senator.`) and names a speech verb
 * among its first words.
 */
export function startsWithAttribution(text: string, from: number, to: number): boolean {
  const first = text[from];
  if (!(isSpace(first) || isQuoteChar(first ?? '') || ',.'.includes(first ?? '') || isLower(first))) return false;
  let words = 0;
  let i = from;
  let lastWord = '';
  while (i < to && words < ATTRIBUTION_WORDS) {
    while (i < to && !isWordAt(text, i)) {
      // A sentence ends here unless the stop closes an abbreviation ("R-Ky.", "Gov.").
      if ('.?!'.includes(text[i]!) && isSpaceAt(text, i + 1) && !(lastWord.length <= 3 && isUpper(lastWord[0]))) return false;
      i++;
    }
    const s = i;
    while (i < to && (isWordAt(text, i) || text[i] === '-')) i++;
    if (i === s) break;
    const previous = lastWord;
    lastWord = text.slice(s, i);
    // why: after an article or a possessive the form is a noun ("in his remarks", "the claims")
    if (isSpeechVerb(lastWord) && !NOUN_MARKERS.has(previous.toLowerCase())) return true;
    // why: "… that we ended that, \n\n he went on.": going on is speaking on
    if (lastWord.toLowerCase() === 'on' && GOING.has(previous.toLowerCase())) return true;
    words++;
  }
  return false;
}

/**
 * Where the words after an attribution sentence begin (`…,” Ruiz said on Sunday. The rest …` → `The rest`): the
 * stretch text[from, to) must follow a quotation that broke off on a comma, open on an attribution
 * (startsWithAttribution) and end that sentence with a stop after its speech verb, before `to`; -1 otherwise. A stop
 * after a title or an initial ("said Sen. Ana Ruiz", "John F. Kennedy") ends no sentence; one after a place's short
 * form does ("said in Salem, Ore. It would …").
 */
export function afterAttributionSentence(text: string, from: number, to: number): number {
  // why: only after a quotation that breaks off on a comma ('…,” Ruiz said.') do the words that follow attribute it
  // for sure; after a stop they may open the reporter's next sentence ('….” Some fans have said they …')
  if (!startsWithAttribution(text, from, to)) return -1;
  let c = from - 1;
  // why: bounded, so a wall of marks and blank lines costs no more than a mark's own line break
  const floor = Math.max(0, from - 12);
  while (c > floor && (isSpaceAt(text, c) || isQuoteAt(text, c))) c--;
  if (text[c] !== ',') return -1;
  let lastWord = '';
  let verb = false;
  const end = Math.min(to, from + MAX_LOOKBACK);
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if (isWordChar(c)) {
      const s = i;
      while (i < end && isWordAt(text, i)) i++;
      lastWord = text.slice(s, i);
      // why: "said the old one was rotten." — a verb after the speech verb makes its words a clause, not a speaker
      if (verb && CLAUSE_VERBS.has(lastWord.toLowerCase())) return -1;
      verb ||= isSpeechVerb(lastWord);
      i--;
    } else if ('.?!'.includes(c) && isSpaceAt(text, i + 1) && verb && !closesTitle(lastWord)) {
      const next = skipSpaces(text, i + 1, to);
      // why: a line break after the attribution ends its paragraph; what follows is the reporter's next one
      return next < to && !text.slice(i + 1, next).includes('\n') ? next : -1;
    }
  }
  return -1;
}

/** Titles written short before a name ("said Sen. Ana Ruiz"), and initials ("John F. Kennedy"): their stop ends no sentence. */
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'st', 'prof', 'rev', 'capt', 'sgt', 'adm', 'pres', 'sens', 'reps']);

function closesTitle(word: string): boolean {
  return (word.length === 1 && isUpper(word)) || TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

/** Words after which a speech verb's form is a noun. */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'such', 'whose']);

/** "He says," / "retorted:": the stretch text[from, to) ends on an introducer. */
export function endsWithIntroducer(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpaceAt(text, e - 1)) e--;
  const last = text[e - 1];
  // ("… said:-", as South Asian English writes the colon that introduces speech)
  if (last === ':' || ((last === '-' || last === '–') && text[e - 2] === ':')) return true;
  if (last !== ',') return false;
  const verb = wordEndingAt(text, e - 1, Math.max(from, e - 30));
  return !!verb && isSpeechVerb(verb);
}

/** Words an inverted speaker opens on ("said a …", "said the …", "said one …"). */
const SPEAKER_OPENERS = new Set(['a', 'an', 'the', 'one', 'another']);
/** Verbs that make the words after a speech verb a clause ("said the pier was rotten"), not its speaker. */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does', 'do']);
/** The longest inverted speaker, with an apposition and a relative clause ("said Ana Ruiz, a senior aide to the
 * mayor, who runs the port authority."). */
const INVERTED_SUBJECT_WORDS = 24;

/** Where the text after an inverted speech verb at `start` goes on past a speaker phrase that ends its sentence
 * ("a harbour official. The rest …"); `start` itself when the words there are no such phrase. */
function pastInvertedSubject(text: string, start: number, to: number): number {
  const first = text[start];
  if (first === undefined || !(isUpper(first) || SPEAKER_OPENERS.has(wordAt(text, start, Math.min(to, start + 8))))) return start;
  let words = 0;
  let lastWord = '';
  let i = start;
  // why: bounded in characters too, so a wall of punctuation after a verb costs no more than a short phrase
  const end = Math.min(to, start + 300);
  while (i < end && words <= INVERTED_SUBJECT_WORDS) {
    const s = i;
    while (i < end && isWordAt(text, i)) i++;
    if (i > s) {
      lastWord = text.slice(s, i);
      words++;
      if (isSpeechVerb(lastWord) || CLAUSE_VERBS.has(lastWord.toLowerCase())) return start;
    }
    const c = text[i];
    if (c === undefined || i >= end) return start;
    // why: a stop ends the phrase unless it closes an abbreviation ("Sen.", "R-Ky.")
    if ((c === '.' || c === '!' || c === '?') && isSpaceAt(text, i + 1) && !(lastWord.length <= 3 && isUpper(lastWord[0]))) {
      const next = skipSpaces(text, i + 1, end);
      return next < end && isUpper(text[next]) ? next : start;
    }
    i++;
  }
  return start;
}

/**
 * Words before a speech verb that make it part of what is said rather than the reporter's introduction: a modal or
 * a negation ("can't argue with it", "won't say"), "to" ("wants to tell"), or a speaker in the first or second person
 * ("I said", "you know").
 */
const SPOKEN_SUBJECTS = new Set(['i', 'we', 'you', 'can', 'cannot', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'to', 'not', 'never']);

/** Whether the word before the speech verb at `verbStart` makes it part of what is said (SPOKEN_SUBJECTS, or "n't"). */
function spokenVerb(text: string, verbStart: number, floor: number): boolean {
  let e = verbStart;
  while (e > floor && isSpaceAt(text, e - 1)) e--;
  let s = e;
  while (s > floor && isWordAt(text, s - 1)) s--;
  const word = text.slice(s, e).toLowerCase();
  // why: "can't argue", "won’t say": the apostrophe splits the negation off as a word "t"
  if (word === 't' && (text[s - 1] === "'" || text[s - 1] === '’')) return true;
  return SPOKEN_SUBJECTS.has(word);
}

/**
 * "states have to trim their payrolls", "the state of the port": a speech verb's form followed by an auxiliary or
 * by "of" is a noun. `start` is where the words after `word` begin.
 */
function isNounForm(text: string, word: string, start: number, to: number): boolean {
  if (word === 'that') return false;
  const following = wordAt(text, start, Math.min(to, start + 12));
  return CLAUSE_VERBS.has(following) || following === 'of';
}

/** Where the word before text[w] starts (w itself when none). */
function startOfWordBefore(text: string, w: number, floor: number): number {
  let e = w;
  while (e > floor && !isWordAt(text, e - 1)) e--;
  let s = e;
  while (s > floor && isWordAt(text, s - 1)) s--;
  return s;
}

function wordAt(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && isWordAt(text, e)) e++;
  return text.slice(start, e).toLowerCase();
}

function wordEndingAt(text: string, end: number, floor: number): string | null {
  while (end > floor && isSpaceAt(text, end - 1)) end--;
  let w = end;
  while (w > floor && isWordAt(text, w - 1)) w--;
  return w < end ? text.slice(w, end).toLowerCase() : null;
}

function skipSpaces(text: string, i: number, to: number): number {
  while (i < to && isSpaceAt(text, i)) i++;
  return i;
}
