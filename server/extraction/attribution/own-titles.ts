/**
 * Titles an article teaches by its own use. Translation leaves a language's titles and honorifics as they are
 * ("Wethâlder Durk van der Meer", "the Gup of Chhoekhor gewog, Sangay Dorji", "The Dzongdag of Bumthang"); no
 * word list holds them all, but the article shows what they are:
 *
 * - it writes the word in lower case as the head of "the …" ("the wethâlder said"), so the capitalised word before a
 *   name is a common noun, not the name's first word;
 * - it sets a name off after "the …" ("The Dzongdag of Bumthang, Dasho Ugyen Namgyel, as reported"), as it does after
 *   an office;
 *
 * While that article is read, such a word is a title and a noun for a person (`withOwnTitles` in the lexicon), so
 * "the Gup said" is the Gup named in the apposition, as "the mayor said" is the mayor.
 */
import * as lexiconModule from './lexicon';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import * as viewModule from './view';
import type { View } from './view';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { DEMONYMS, FEMALE_NAMES, MALE_NAMES, NAME_CONNECTORS, OFFICE_WORDS, PLACE_WORDS, SETTLEMENT_NOUNS, SPEECH_VERBS } = lexiconModule;
const { isGlottal, K, LEX, QUOTE_MARKS } = tokensModule;
const { KEY } = viewModule;

/** Shortest title read in another of its forms. */
const INFLECTED_STEM = 6;
/** The key of `heads` that `key` is, with one or two letters more at its end ("borgmesteri" for "borgmester"). */
function inflectionOf(heads: ReadonlySet<string>, key: string): string | null {
  for (let cut = 1; cut <= 2 && key.length - cut >= INFLECTED_STEM; cut++) if (heads.has(key.slice(0, -cut))) return key.slice(0, -cut);
  return null;
}
/** Conjunctions that open a sentence before its subject ("But the konsehal …"). */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'meanwhile', 'however']);
/** A letter of a script other than Latin. */
const OTHER_SCRIPT = /(?!\p{Script=Latin})\p{L}/u;
/** Arabic's article joined to a word ("al-", "el-"). */
const ARABIC_ARTICLE = /^[ae]l-\p{L}/u;
/** Most titles one article may teach: past that, the article is no news prose and nothing is learnt. */
const MAX_OWN_TITLES = 8;
/** Most tokens from a title's "of" to the comma that sets its holder's name off ("The Gup of Chhoekhor gewog,"): the
 * place the office serves, in a word or two; a longer complement names a body, whose name the word opens ("the Order of
 * the Doctors of Portugal, …"). */
const OFFICE_TOKENS = 3;
/** The same after "for", which opens a portfolio rather than a place, often of two fields ("for Fishing and Hunting"). */
const PORTFOLIO_TOKENS = 4;
/** Most tokens of a ministry's portfolios listed after "of" ("Youth, Gender, Sport and Culture"). */
const PORTFOLIO_LIST_TOKENS = 12;
/** Most tokens more after "of" when the title is written capitalised after "the" elsewhere, up to a body's word ("of
 * the Abemama Island Council"). */
const BODY_OFFICE_TOKENS = 3;
/** Most words of one title the article keeps from its language ("Pule Fakavahe"). */
const TITLE_WORDS = 3;
/** Most words of the name set off after the title. */
const HOLDER_WORDS = 4;

const KNOWN = LEX.title | LEX.personNoun | LEX.orgWord | LEX.orgNoun | LEX.notName | LEX.speechVerb | LEX.pronoun | LEX.determiner;

const NONE: ReadonlySet<string> = new Set();

/** Words after which "the …" is the complement of another noun or a preposition, not a phrase of its own. */
const LINKS = new Set(['of', 'and', 'or', 'for', 'in', 'at', 'to', 'from', 'with', 'by', 'on', 'into', 'under']);

/** Whether the word at `i` stands free: not in marks ("«Clean Air»"), not after a title ("Mr. Chaminda Wijesinghe"). */
function free(v: View, i: number): boolean {
  const toks = v.toks;
  const before = toks[i - 1];
  if (before === undefined) return true;
  if (QUOTE_MARKS.includes(v.text[toks[i]!.s - 1] ?? '') || before.k === K.Mark) return false;
  if (isWord(before)) return (before.lex & LEX.title) === 0;
  return !(isPunct(before, '.') && isWord(toks[i - 2]) && (toks[i - 2]!.lex & LEX.title) !== 0);
}

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.k === K.Word;
const isPunct = (t: Tok | undefined, key: string): boolean => t !== undefined && t.k === K.Punct && t.key === key;
/** Capitalised and not written in capitals throughout ("Gup", not "GMN"). */
const capitalised = (v: View, t: Tok | undefined): t is Tok => {
  if (!isWord(t) || !t.cap) return false;
  // (past a glottal stop written before the capital: "ʻOfa")
  const s = isGlottal(v.text.charCodeAt(t.s)) ? t.s + 1 : t.s;
  return t.e - s < 2 || v.text.charCodeAt(s + 1) < 65 || v.text.charCodeAt(s + 1) > 90;
};
/** Two tokens written next to each other with one space between them, on one line. */
const adjacent = (v: View, a: Tok, b: Tok): boolean => b.s === a.e + 1 && v.text.charCodeAt(a.e) === 32;

/** A capitalised word no list knows, which may be a title of the article's language. */
function unknownWord(v: View, t: Tok | undefined): t is Tok {
  if (!capitalised(v, t) || t.key.length < 2 || (t.lex & KNOWN) !== 0) return false;
  const k = t.key;
  return !PLACE_WORDS.has(k) && !FEMALE_NAMES.has(k) && !MALE_NAMES.has(k) && !DEMONYMS.has(k) && !NAME_CONNECTORS.has(k) && !SETTLEMENT_NOUNS.has(k) && !SPEECH_VERBS.has(k);
}

/** A word of a person's name: capitalised, no list's title, body or place word. */
const nameWord = (v: View, t: Tok | undefined): t is Tok =>
  capitalised(v, t) && (t.lex & (LEX.title | LEX.orgWord | LEX.orgNoun | LEX.notName | LEX.speechVerb)) === 0 && !PLACE_WORDS.has(t.key);

export function ownTitles(v: View): ReadonlySet<string> {
  const toks = v.toks;
  const n = toks.length;
  // why: most articles teach nothing; the nouns that speak are gathered in one pass and the patterns read only at
  // their candidates
  // (keys written in lower case as the head of "the …" that speaks: "the wethâlder said", "emphasised the wethâlder")
  const heads = new Set<number>();
  // (keys written capitalised after "the", for the Arabic article: "the Mu'tamad" and "Al-Mu'tamad Hassan …")
  let capitalHeads: Set<string> | null = null;
  // (the same heads' spellings, for a title written before a name in another of its forms: "Borgmesteri Ineqi
  // Davidsen" and "the borgmester he said")
  let headKeys: Set<string> | null = null;
  for (let i = 1; i < n; i++) {
    const t = toks[i]!;
    if (t.k !== K.Word) continue;
    const before = toks[i - 1]!;
    if (before.k !== K.Word || before.key !== 'the') continue;
    if (t.cap) {
      (capitalHeads ??= new Set()).add(t.key);
      continue;
    }
    const after = toks[i + 1];
    // ("the borgmester he said": or with the subject pronoun a translation repeats before the verb)
    const repeated = isWord(after) && (after.key === 'he' || after.key === 'she') && isWord(toks[i + 2]) && toks[i + 2]!.speech;
    if ((isWord(after) && after.speech) || repeated || (isWord(toks[i - 2]) && toks[i - 2]!.speech && !(isWord(after) && !after.cap)) || restatesCue(toks, i - 2)) {
      heads.add(t.kid);
      if (t.key.length >= INFLECTED_STEM) (headKeys ??= new Set()).add(t.key);
    }
  }
  let out: Set<string> | null = null;
  for (let i = 2; i < n - 1; i++) {
    const w = toks[i]!;
    // why: "At the press meeting, the venjari of KB, Bárður Dalsgaard, was not in a good mood": a word of the article's
    // language left in lower case heads "the … of X," with a name set off after it, as an office does; opening the
    // clause (after a comma, or the sentence's start), where "After the end of the match, Ana Ruiz …" is a setting
    // (the frame first, which nearly every token fails, before the word lists are asked)
    // ("The tāvana, Heimana Teriitahi, said": or set off right after the word, the name closed by a comma too)
    // ("The barangay kapitan, Rodolfo Abarquez, who …": or with a word of the place before it, in lower case too, when the
    // article also has the word speak as the head of "the …": "the kapitan he said")
    // (the frame's tokens before the set of heads: this runs at every token)
    const modified = i > 2 && toks[i - 2]!.key === 'the' && isPunct(toks[i + 1], ',') && w.k === K.Word && !w.cap && isWord(toks[i - 2]) &&
      isWord(toks[i - 1]) && !toks[i - 1]!.cap && (toks[i - 1]!.lex & KNOWN) === 0 && heads.has(w.kid) && commaSetOff(v, i + 1);
    if (!modified && (w.k !== K.Word || w.cap || toks[i - 1]!.key !== 'the' || !isWord(toks[i - 1]) ||
      !(isWord(toks[i + 1]) ? toks[i + 1]!.key === 'of' || toks[i + 1]!.key === 'for' : isPunct(toks[i + 1], ',') && commaSetOff(v, i + 1)))) continue;
    if (w.key.length < 4 || (w.lex & KNOWN) !== 0 || !/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(w.key) || PLACE_WORDS.has(w.key) || SETTLEMENT_NOUNS.has(w.key) ||
      DEMONYMS.has(w.key) || out?.has(w.key) || v.boiler[w.para] || v.headline[w.para]) continue;
    const opener = toks[modified ? i - 3 : i - 2]!;
    // ("But the konsehal of the banwa, Hon. Gloria Villanueva —": or after a conjunction opening the sentence)
    const conjunction = isWord(opener) && CLAUSE_CONJUNCTIONS.has(opener.key) && (i < 3 || v.sent[i - 3] !== v.sent[i - 2]);
    if (!(isPunct(opener, ',') || opener.k === K.Break || isPunct(opener, '.') || v.sent[i - 1] !== v.sent[i - 2] || conjunction) || !setsNameOff(v, i)) continue;
    (out ??= new Set()).add(w.key);
    if (out.size > MAX_OWN_TITLES) return NONE;
  }
  for (let i = 0; i < n - 1; i++) {
    const w = toks[i]!;
    // (a site's name or a headline in title case teaches nothing: "© Asomiya Pratidin.", "Guizhou Taijiang: …")
    if (!unknownWord(v, w) || v.boiler[w.para] || v.headline[w.para]) continue;
    if (out?.has(w.key)) continue;
    const next = toks[i + 1]!;
    const before = toks[i - 1];
    const the = isWord(before) && before.key === 'the';
    let title = false;
    // ("Wethâlder Durk van der Meer" and "the wethâlder said"), unless the run names a body ("Air Quality Control Company")
    // (the name after the word is read only for a noun that speaks, and only as far as a name goes: a wall of
    // capitalised words must not be read again from each of them)
    const inflected = headKeys !== null && !heads.has(w.kid) ? inflectionOf(headKeys, w.key) : null;
    if ((heads.has(w.kid) || inflected !== null) && nameWord(v, next) && adjacent(v, w, next) && free(v, i)) {
      if (inflected !== null) (out ??= new Set()).add(inflected);
      let j = i + 1;
      while (j < i + HOLDER_WORDS && nameWord(v, toks[j + 1]) && adjacent(v, toks[j]!, toks[j + 1]!)) j++;
      const after = toks[j + 1];
      title = !(isWord(after) && (after.lex & (LEX.orgWord | LEX.orgNoun)) !== 0);
    }
    // ("The Gup of Chhoekhor gewog, Sangay Dorji,"), where "the" opens the phrase ("the president of the Community of
    // Irrigators, Antonio …" names a body, whose officer the name is)
    // ("The Pule Fakavahe of Neiafu, ʻOfa Vea,": a title of two or three words, each one no list knows)
    // ("Al-Mu'tamad Hassan Abdelgadir Mahjoub" and "it said the Mu'tamad": Arabic's article, "al-", before a title the
    // translation writes elsewhere with "the")
    if (!title && capitalHeads !== null && ARABIC_ARTICLE.test(w.key) && capitalHeads.has(w.key.slice(3)) && nameWord(v, next) && adjacent(v, w, next) && free(v, i)) {
      title = true;
      out ??= new Set();
      out.add(w.key.slice(3));
    }
    let last = i;
    if (!title && the && !(isWord(toks[i - 2]) && LINKS.has(toks[i - 2]!.key))) {
      while (last < i + TITLE_WORDS - 1 && unknownWord(v, toks[last + 1]) && adjacent(v, toks[last]!, toks[last + 1]!)) last++;
      // ("The Mea of the Abemama Island Council, Taaite Bwebwetaake," with "the Mea Bwebwetaake" elsewhere: a word the
      // article also writes capitalised after "the" heads an office of a body named at length, whose name ends on a
      // body's word)
      title = setsNameOff(v, last, capitalHeads !== null && last === i && capitalHeads.has(w.key) ? BODY_OFFICE_TOKENS : 0);
      // (the name's own words are no list's either: the shortest title before a name of two words or more)
      for (let t = i; !title && t <= last; t++) if (resumedHolder(v, t)) [title, last] = [true, t];
    }
    if (!title) continue;
    out ??= new Set();
    for (let k = i; k <= last; k++) out.add(toks[k]!.key);
    if (out.size > MAX_OWN_TITLES) return NONE;
  }
  return out ?? NONE;
}

/** Whether the comma at `c` sets off a name of two words or more closed by another comma ("…, Heimana Teriitahi,"). */
function commaSetOff(v: View, c: number): boolean {
  const toks = v.toks;
  let j = c + 1;
  while (j < c + 1 + HOLDER_WORDS && nameWord(v, toks[j]) && (j === c + 1 || adjacent(v, toks[j - 1]!, toks[j]!))) j++;
  return j - (c + 1) >= 2 && isPunct(toks[pastBracketedAge(toks, j)], ',');
}

/** Whether the word at `j` joins two words of a name in lower case ("Jugah anak Luyoh", "Ana de Souza"). */
function joinsName(v: View, toks: Tok[], j: number, from: number): boolean {
  const t = toks[j];
  return j > from && isWord(t) && !t.cap && NAME_CONNECTORS.has(t.key) && nameWord(v, toks[j + 1]) && adjacent(v, t, toks[j + 1]!);
}

/** Past an age in brackets at view token `j` ("Taira Seikō (67),"): the token after the bracket, else `j`. */
function pastBracketedAge(toks: Tok[], j: number): number {
  return isPunct(toks[j], '(') && isWord(toks[j + 1]) && /^\d{1,3}$/.test(toks[j + 1]!.key) && isPunct(toks[j + 2], ')') ? j + 3 : j;
}

/** Most capitalised words of a settlement's name after its noun. */
const SETTLEMENT_NAME_WORDS = 3;
/** Past "[the] province of [the] Bazèga" from `k`: the token after the settlement's name, else -1. */
function settlementEnd(toks: Tok[], k: number): number {
  let j = isWord(toks[k]) && toks[k]!.key === 'the' ? k + 1 : k;
  if (!isWord(toks[j]) || toks[j]!.cap || !SETTLEMENT_NOUNS.has(toks[j]!.key) || !isWord(toks[j + 1]) || toks[j + 1]!.key !== 'of') return -1;
  j += 2;
  if (isWord(toks[j]) && toks[j]!.key === 'the') j++;
  const from = j;
  while (j < from + SETTLEMENT_NAME_WORDS && isWord(toks[j]) && toks[j]!.cap) j++;
  return j > from ? j : -1;
}

/** Whether the word at `i`, after "the", runs straight into a name that a comma and a pronoun or a verb of speech take
 * up ("The Sámediggeráđđi Biret Elle Buljo, she wrote"): translations keep the subject so repeated, and a name after
 * "the" is a title's holder. */
function resumedHolder(v: View, i: number): boolean {
  const toks = v.toks;
  let j = i + 1;
  while (j < i + 1 + HOLDER_WORDS && nameWord(v, toks[j]) && adjacent(v, toks[j - 1]!, toks[j]!)) j++;
  if (j - (i + 1) < 2 || !isPunct(toks[j], ',')) return false;
  const after = toks[j + 1];
  return isWord(after) && (after.key === 'he' || after.key === 'she' || (after.speech && !after.cap));
}

/** Whether token `c` is the comma of "said he, the …" or "he said, the …", which sets off who the pronoun is. */
function restatesCue(toks: readonly Tok[], c: number): boolean {
  if (!isPunct(toks[c], ',')) return false;
  const a = toks[c - 1];
  const b = toks[c - 2];
  const pronoun = (t: Tok | undefined) => isWord(t) && (t.key === 'he' || t.key === 'she');
  return (pronoun(a) && isWord(b) && b.speech) || (isWord(a) && a.speech && pronoun(b));
}

/** The comma after capitalised portfolios listed from `from` ("Youth, Gender, Sport and Culture,"), or -1. */
function portfoliosEnd(toks: readonly Tok[], from: number): number {
  const portfolio = (t: Tok | undefined) => isWord(t) && t.cap && OFFICE_WORDS.has(t.key);
  let k = from;
  while (k < from + PORTFOLIO_LIST_TOKENS && (portfolio(toks[k]) || ((isPunct(toks[k], ',') || toks[k]?.key === 'and') && k > from && portfolio(toks[k + 1])))) k++;
  return k > from && isPunct(toks[k], ',') ? k : -1;
}

/** Whether the word at `i`, after "the", is followed by ", Name Name," or by "of …, Name Name," ("for …"): a title its
 * holder's name is set off after. */
function setsNameOff(v: View, i: number, longer = 0): boolean {
  const toks = v.toks;
  let k = i + 1;
  // ("The Naalakkersuisoq for Fishing and Hunting, Ane Sofie Lyberth,": or "for" the portfolio it holds)
  // ("The Tona of Youth, Gender, Sport and Culture, Dineo Mmolawa,": or a ministry's portfolios, listed)
  const listed = isWord(toks[k]) && toks[k]!.key === 'of' ? portfoliosEnd(toks, k + 1) : -1;
  // ("The haut-commissaire of the province of the Bazèga, Clarisse Zongo,": or a settlement's noun and its name)
  const placed = listed < 0 && isWord(toks[k]) && toks[k]!.key === 'of' ? settlementEnd(toks, k + 1) : -1;
  if (listed >= 0) k = listed;
  else if (placed >= 0) k = placed;
  else if (isWord(toks[k]) && (toks[k]!.key === 'of' || toks[k]!.key === 'for')) {
    // ("The хистæр of the village nykhas, Taimuraz Gabaraev,": after a word the translation left in its own script, which
    // is no English noun ("The closure of the main road, Ana Ruiz said"), the article "the" after "of" is no word of
    // the place)
    const from = k;
    const stop = k + (toks[k]!.key === 'for' ? PORTFOLIO_TOKENS : OFFICE_TOKENS) +
      (isWord(toks[k + 1]) && toks[k + 1]!.key === 'the' && OTHER_SCRIPT.test(toks[i]!.key) ? 1 : 0);
    while (k < stop + longer && k < toks.length && !isPunct(toks[k], ',') && (toks[k]!.k === K.Word)) k++;
    // (past the usual reach only up to a body's word: "of the Abemama Island Council")
    if (k > stop && !(isWord(toks[k - 1]) && (toks[k - 1]!.lex & LEX.orgWord) !== 0 && k - from > 1)) return false;
  }
  if (!isPunct(toks[k], ',')) return false;
  let j = k + 1;
  // (past a courtesy title of the holder's: "…, Dasho Ugyen Namgyel,", "…, Dr. Ana Ruiz,")
  while (isWord(toks[j]) && toks[j]!.cap && (toks[j]!.lex & LEX.title) !== 0) j += isPunct(toks[j + 1], '.') ? 2 : 1;
  const from = j;
  while (j < from + HOLDER_WORDS && (nameWord(v, toks[j]) || joinsName(v, toks, j, from)) && (j === from || adjacent(v, toks[j - 1]!, toks[j]!))) j++;
  if (j - from < 2) return false;
  // ("The ku-chō, Taira Seikō (67), to the gathering said": past the holder's age in brackets)
  const after = toks[pastBracketedAge(toks, j)];
  // ("the konsehal of the banwa, Hon. Gloria Villanueva — not relative of the kapitan —": or a dash)
  return isPunct(after, ',') || isPunct(after, '—') || isPunct(after, '–') || (isWord(after) && after.speech);
}
