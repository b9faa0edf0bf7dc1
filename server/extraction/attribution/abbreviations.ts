/**
 * Titles a language abbreviates with a dot, which no list holds ("PLtCol.", "Kgd."), found from the article's own use
 * before its sentences are cut, so their dot ends none.
 */
import * as lexiconModule from './lexicon';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { PLACE_WORDS, SHORT_TITLES } = lexiconModule;
const { K, LEX } = tokensModule;

/** Longest abbreviated title ("PLtCol", "Kgd"). */
const ABBREVIATION_CHARS = 7;
const VOWELS = /[aeiouyà-ÿ]/u;
/** Words a title or a name never is. */
const KNOWN = LEX.title | LEX.personNoun | LEX.orgWord | LEX.orgNoun | LEX.notName | LEX.speechVerb | LEX.pronoun | LEX.determiner;
const NONE: ReadonlySet<string> = new Set();

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.k === K.Word;
/** A word of a person's name: capitalised, no list's title, body or place word. */
const nameWord = (t: Tok | undefined): t is Tok =>
  isWord(t) && t.cap && (t.lex & (LEX.title | LEX.orgWord | LEX.orgNoun | LEX.notName | LEX.speechVerb)) === 0 && !PLACE_WORDS.has(t.key);
/** The word at `i` is glued to a dot that one space parts from a name word. */
const beforeDotAndName = (text: string, toks: Tok[], i: number): boolean => {
  const dot = toks[i + 1];
  const name = toks[i + 2];
  return dot !== undefined && dot.k === K.Punct && dot.key === '.' && dot.s === toks[i]!.e && nameWord(name) && name.s === dot.e + 1 && text.charCodeAt(dot.e) === 32;
};

/**
 * why: "According to PLtCol. Rodelio Agcaoili, …", "said ni PLtCol. Agcaoili", "Her son, Kgd. Arnel Tabije,": ranks and
 * offices a language abbreviates with a dot. A short capitalised word written without a vowel ("Kgd", as "Sgt" is) or
 * with a capital inside it ("PLtCol", as "LtCol" is) that the article writes only before a dot and a name, once at
 * least before a name of two words, is such a title. (A surname closing a sentence before the next one's name, "said
 * DeSantis. Ana Ruiz …", is written elsewhere too; a word with a vowel and no capital inside may be any surname.)
 */
export function abbreviatedTitles(text: string, toks: Tok[]): ReadonlySet<string> {
  let seen: Map<string, boolean> | null = null;
  for (let i = 0; i < toks.length - 2; i++) {
    const t = toks[i]!;
    if (t.k !== K.Word || !t.cap || t.e - t.s > ABBREVIATION_CHARS || t.e - t.s < 2 || (t.lex & KNOWN) !== 0 || SHORT_TITLES.has(t.key) || !beforeDotAndName(text, toks, i)) continue;
    const raw = text.slice(t.s, t.e);
    if (VOWELS.test(t.key) && !/^\p{Lu}\p{L}*\p{Ll}\p{Lu}/u.test(raw) && !/^\p{Lu}\p{Lu}\p{Ll}/u.test(raw)) continue;
    const full = nameWord(toks[i + 3]) && toks[i + 3]!.s === toks[i + 2]!.e + 1;
    seen ??= new Map();
    seen.set(t.key, (seen.get(t.key) ?? false) || full);
  }
  if (seen === null) return NONE;
  // (every use of the word is such a use)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k === K.Word && seen.has(t.key) && !beforeDotAndName(text, toks, i)) seen.set(t.key, false);
  }
  let out: Set<string> | null = null;
  for (const [key, ok] of seen) if (ok) (out ??= new Set()).add(key);
  return out ?? NONE;
}
