/** What a mention is, and the token tests every attribution step shares. */
import * as lexiconModule from './lexicon';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import type { View } from './view';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { FEMALE_WORDS, MALE_WORDS } = lexiconModule;
const { K } = tokensModule;

export type MentionType = 'name' | 'pronoun' | 'desc';
export type EntityKind = 'person' | 'organization' | 'place' | 'unknown';

export interface Mention {
  type: MentionType;
  /** View token range [vi, vj). */
  vi: number;
  vj: number;
  s: number;
  e: number;
  /** Name words in lower case, titles removed (names); the head noun (descriptions); the pronoun itself. */
  words: string[];
  /** The name as written without title and possessive; the description as written. */
  surface: string;
  /** Role nouns the mention carries ("Sen." → senator; "billionaire Ana Ruiz" → billionaire). */
  roles: string[];
  kind: EntityKind;
  possessive: boolean;
  subject: boolean;
  plural: boolean;
  sent: number;
  para: number;
  /** For "a spokesman for X" and "X's campaign": the mention of X. */
  owner: Mention | null;
  /** Gender the mention itself states ("Mrs.", "spokeswoman", "he"). */
  gender: 'f' | 'm' | null;
  /** Entity index once resolved. */
  entity: number;
}

export function genderOf(keys: string[]): 'f' | 'm' | null {
  for (const k of keys) if (FEMALE_WORDS.has(k)) return 'f';
  for (const k of keys) if (MALE_WORDS.has(k)) return 'm';
  return null;
}

export const isWord = (t: Tok | undefined): t is Tok => !!t && t.k === K.Word;
export const isPunct = (t: Tok | undefined, chars: string): boolean => !!t && t.k === K.Punct && chars.includes(t.key);

export function sentenceStart(v: View, i: number): boolean {
  if (i === 0) return true;
  const p = v.toks[i - 1]!;
  return v.sent[i - 1] !== v.sent[i] || p.k === K.Mark || p.k === K.Quote || p.k === K.Break || (p.k === K.Punct && '(:—–-'.includes(p.key));
}

/** Whether the comma at token `comma` closes "For his part," / "On her side," / "For its part,": a phrase that opens a
 * sentence before its subject, whose possessive points ahead to that subject. Where the sentence starts is the
 * caller's to check, at `comma - 3`. */
export function closesPartPhrase(toks: Tok[], comma: number): boolean {
  if (comma < 3) return false;
  const [c, p, o, n] = [toks[comma], toks[comma - 3], toks[comma - 2], toks[comma - 1]];
  return isPunct(c, ',') && isWord(p) && (p.key === 'for' || p.key === 'on') && isWord(o) && PART_OWNERS.has(o.key) &&
    isWord(n) && (n.key === 'part' || n.key === 'side');
}
const PART_OWNERS = new Set(['his', 'her', 'its', 'their', 'our']);
