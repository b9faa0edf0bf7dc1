/** Finds the mentions of people and organisations in the narrative: names, pronouns, descriptions. */
import * as lexiconModule from './lexicon';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import type { View } from './view';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { DETERMINERS, FEMALE_WORDS, MALE_WORDS, NAME_CONNECTORS, NOT_NAME, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, PLACE_WORDS, SPEECH_VERBS, TITLES, VERB_FILLERS } = lexiconModule;
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
  /** Role nouns the mention carries ("Sen." → senator; "billionaire Donald Trump" → billionaire). */
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

const PRONOUN_KEYS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'him', 'her', 'his', 'its', 'their', 'them', 'who']);
const PP_HEADS = new Set(['of', 'for', 'at', 'to']);
const NOT_VERB = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'the', 'a', 'an', 'as', 'than', 'about', 'against', 'into', 'over', 'under', 'after', 'before', 'who', 'which', 'that', 'whose']);
const NEVER_SUBJECT_BEFORE = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'against', 'into', 'over', 'under', 'after', 'before', 'than', 'like', 'between', 'among', 'toward', 'towards', 'vs', 'versus', 'behind', 'beat', 'defeat', 'defeated', 'beating', 'attacked', 'criticized', 'praised']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'that', 'when', 'while', 'because', 'as', 'if', 'since', 'although', 'though', 'so', 'then', 'after', 'before', 'where', 'whereas', 'until', 'once', 'also', 'now', 'later', 'yet', 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'ago', 'earlier']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const ABBREV_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'st', 'jr', 'sr', 'prof', 'rev', 'capt', 'sgt', 'adm', 'pres']);

export const isWord = (t: Tok | undefined): t is Tok => !!t && t.k === K.Word;
export const isPunct = (t: Tok | undefined, chars: string): boolean => !!t && t.k === K.Punct && chars.includes(t.key);

export function sentenceStart(v: View, i: number): boolean {
  if (i === 0) return true;
  const p = v.toks[i - 1]!;
  return v.sent[i - 1] !== v.sent[i] || p.k === K.Mark || p.k === K.Quote || p.k === K.Break || (p.k === K.Punct && '(:—–-'.includes(p.key));
}

/** A capitalised word that can open a name here. */
function nameStart(v: View, i: number, asModifier = false): boolean {
  const t = v.toks[i]!;
  if (t.k !== K.Word || !t.cap || NOT_NAME.has(t.key) || /^\d/.test(t.key)) return false;
  const next = v.toks[i + 1];
  const nextCap = isWord(next) && next.cap;
  // why: a capitalised common word opening a sentence ("Traveling", "Everything") is not a name unless the
  // article capitalises it elsewhere too, or it speaks
  if (sentenceStart(v, i) && !nextCap && !TITLES.has(t.key) && (v.lowerSeen.has(t.key) || !v.capMid.has(t.key)) && !speaksNext(v, i + 1)) return false;
  // why: "the Burmese junta", "this Russian-Burmese rapprochement": a capitalised modifier, not a name
  const prev = v.toks[i - 1];
  if (!asModifier && isWord(prev) && DETERMINERS.has(prev.key) && !nextCap && isWord(next) && !next.cap && !SPEECH_VERBS.has(next.key) && !VERB_FILLERS.has(next.key)) return false;
  return true;
}

function speaksNext(v: View, k: number): boolean {
  for (let f = 0; f < 4 && isWord(v.toks[k]) && VERB_FILLERS.has(v.toks[k]!.key); f++) k++;
  return isWord(v.toks[k]) && SPEECH_VERBS.has(v.toks[k]!.key);
}

/** Common verbs that end a noun phrase ("the general went further"). */
const VERBISH = new Set(['went', 'made', 'took', 'gave', 'came', 'was', 'is', 'has', 'had', 'did', 'does', 'got', 'held', 'met', 'left', 'saw', 'thought', 'felt', 'became', 'began', 'ran', 'won', 'lost', 'sent', 'spent', 'kept', 'brought', 'bought', 'stood', 'sat', 'knew', 'led', 'paid', 'heard', 'found', 'meant', 'would', 'will', 'can', 'could', 'should', 'may', 'might', 'must', 'are', 'were', 'be', 'been', 'who', 'which', 'that', 'himself', 'herself', 'itself']);
const AMBIGUOUS_HEADS = new Set(['general', 'chief', 'head', 'executive', 'deputy', 'master', 'official', 'representative', 'source', 'member', 'counsel', 'principal', 'major', 'star', 'host', 'chair', 'partner']);
/** "officials", "lawmakers": the plural of a person noun. */
const isPluralOf = (key: string): boolean => key.endsWith('s') && PERSON_NOUNS.has(key.slice(0, -1));
const endsPhrase = (t: Tok | undefined): boolean => !isWord(t) || t.cap || VERBISH.has(t.key) || SPEECH_VERBS.has(t.key) || VERB_FILLERS.has(t.key) || NOT_VERB.has(t.key) || t.key.endsWith('s') || t.key.endsWith('ed');

function nameRun(v: View, i: number): number {
  const toks = v.toks;
  let j = i + 1;
  let titled = TITLES.has(toks[i]!.key) || ORG_WORDS.has(toks[i]!.key);
  // why: a real name has a handful of words; a capitalised wall of text is not one
  while (j < toks.length && j < i + 12) {
    const t = toks[j]!;
    const prev = toks[j - 1]!;
    // why: headlines capitalise verbs ("Hillary Clinton Calls ISIS Violence …"); a speech verb ends the name
    if (t.k === K.Word && t.cap && !NOT_NAME.has(t.key) && !prev.possessive && !SPEECH_VERBS.has(t.key)) {
      titled ||= TITLES.has(t.key) || ORG_WORDS.has(t.key);
      j++;
    } else if (t.k === K.Punct && t.key === '.' && prev.k === K.Word && (ABBREV_TITLES.has(prev.key) || (prev.e - prev.s === 1 && prev.cap)) && toks[j + 1]?.k === K.Word && toks[j + 1]!.cap && t.s === prev.e) {
      j++;
    } else if (t.k === K.Word && !t.cap && (NAME_CONNECTORS.has(t.key) || (t.key === 'of' && titled)) && toks[j + 1]?.k === K.Word && toks[j + 1]!.cap && !NOT_NAME.has(toks[j + 1]!.key)) {
      j++;
    } else break;
  }
  // why: a run never ends on a connector or a dot
  while (j > i + 1 && (toks[j - 1]!.k !== K.Word || !toks[j - 1]!.cap)) j--;
  return j;
}

function nameMention(v: View, i: number, j: number): Mention {
  if (j === i + 1) return singleName(v, i);
  const toks = v.toks.slice(i, j).filter((t) => t.k === K.Word);
  const keys = toks.map((t) => t.key);
  let cut = -1;
  const org = keys.some((k) => ORG_WORDS.has(k));
  // why: a title or a capitalised role noun leads the name ("Gov. John Kasich", "Anchor Ruth Adler")
  const titleLike = (k: string): boolean => TITLES.has(k) || PERSON_NOUNS.has(k);
  if (!org) for (let p = 0; p < keys.length - 1; p++) if (titleLike(keys[p]!) && !titleLike(keys[p + 1]!)) cut = p;
  const nameToks = toks.slice(cut + 1);
  const roles = toks.slice(0, cut + 1).map((t) => TITLES.get(t.key) || (PERSON_NOUNS.has(t.key) ? t.key : '')).filter((r) => !!r);
  const before = v.toks[i - 1];
  if (isWord(before) && !before.cap && PERSON_NOUNS.has(before.key)) roles.push(before.key);
  const last = toks.at(-1)!;
  const names = nameToks.map((t) => t.key).filter((k) => !SUFFIXES.has(k));
  const first = nameToks[0]!;
  let surface = v.text.slice(first.s, last.e);
  if (last.possessive) surface = surface.replace(/['’]s?$/, '');
  const raw = v.text.slice(first.s, first.e);
  let kind: EntityKind = 'unknown';
  if (org || keys.every((k) => TITLES.has(k))) kind = 'organization';
  else if (names.length === 1 && raw.length >= 2 && raw.length <= 6 && raw === raw.toUpperCase() && /\p{L}/u.test(raw)) kind = 'organization';
  else if (cut >= 0 && roles.length + toks.slice(0, cut + 1).length > 0) kind = 'person';
  else if (keys.some((k) => PLACE_WORDS.has(k))) kind = 'place';
  else if (names.length >= 2) kind = 'person';
  return {
    type: 'name', vi: i, vj: j, s: v.toks[i]!.s, e: last.e, words: names.length ? names : keys, surface, roles, kind,
    possessive: last.possessive, subject: false, plural: false, sent: v.sent[i]!, para: v.toks[i]!.para, owner: null,
    gender: genderOf(toks.slice(0, cut + 1).map((t) => t.key).concat(isWord(before) && PERSON_NOUNS.has(before.key) ? [before.key] : [])), entity: -1,
  };
}

/** The common case, a one-word name ("Trump", "Reuters"). */
function singleName(v: View, i: number): Mention {
  const t = v.toks[i]!;
  const before = v.toks[i - 1];
  const roleBefore = isWord(before) && !before.cap && PERSON_NOUNS.has(before.key);
  const raw = v.text.slice(t.s, t.e);
  const surface = t.possessive ? raw.replace(/['’]s?$/, '') : raw;
  let kind: EntityKind = 'unknown';
  if (ORG_WORDS.has(t.key) || TITLES.has(t.key)) kind = 'organization';
  else if (raw.length >= 2 && raw.length <= 6 && raw === raw.toUpperCase()) kind = 'organization';
  else if (PLACE_WORDS.has(t.key)) kind = 'place';
  return {
    type: 'name', vi: i, vj: i + 1, s: t.s, e: t.e, words: [t.key], surface, roles: roleBefore ? [before.key] : [], kind,
    possessive: t.possessive, subject: false, plural: false, sent: v.sent[i]!, para: t.para, owner: null,
    gender: roleBefore ? genderOf([before.key]) : null, entity: -1,
  };
}

/** "the minister", "a spokesman for the campaign", "the master of the Kremlin". */
function descMention(v: View, i: number): Mention | null {
  const toks = v.toks;
  let head = -1;
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k]!;
    if (t.k !== K.Word || SPEECH_VERBS.has(t.key) || VERB_FILLERS.has(t.key) || NOT_VERB.has(t.key)) break;
    if (PERSON_NOUNS.has(t.key) || ORG_NOUNS.has(t.key) || isPluralOf(t.key)) head = k;
    else if (head >= 0) break;
  }
  if (head < 0) return speakingPhrase(v, i);
  // why: "a more general movement": an ambiguous head followed by another noun is an adjective
  if (AMBIGUOUS_HEADS.has(toks[head]!.key) && !endsPhrase(toks[head + 1]) && !PP_HEADS.has(toks[head + 1]!.key)) return null;
  let end = head + 1;
  let owner: Mention | null = null;
  // why: the prepositional tail names the organisation or office ("a spokesman for X", "the head of the junta")
  if (isWord(toks[end]) && PP_HEADS.has(toks[end]!.key) && toks[end]!.key !== 'to') {
    let k = end + 1;
    if (isWord(toks[k]) && DETERMINERS.has(toks[k]!.key)) k++;
    let stop = k;
    if (isWord(toks[k]) && toks[k]!.cap) {
      if (nameStart(v, k)) {
        stop = nameRun(v, k);
        owner = nameMention(v, k, stop);
      }
    } else while (stop < Math.min(toks.length, k + 3) && isWord(toks[stop]) && !toks[stop]!.cap && !endsPhrase(toks[stop])) stop++;
    if (stop > k) end = stop;
  }
  const h = toks[head]!;
  const key = PERSON_NOUNS.has(h.key) || ORG_NOUNS.has(h.key) ? h.key : h.key.replace(/s$/, '');
  for (let k = i + 1; k < head && !owner; k++) if (toks[k]!.cap && nameStart(v, k, true)) owner = nameMention(v, k, nameRun(v, k));
  return {
    type: 'desc', vi: i, vj: end, s: toks[i]!.s, e: toks[end - 1]!.e, words: [key], surface: v.text.slice(toks[i]!.s, toks[end - 1]!.e),
    roles: toks.slice(i + 1, head + 1).map((t) => t.key), kind: PERSON_NOUNS.has(key) ? 'person' : 'organization',
    possessive: toks[end - 1]!.possessive, subject: false, plural: key !== h.key || (/[^s]s$/.test(h.key) && PERSON_NOUNS.has(h.key.slice(0, -1))),
    sent: v.sent[i]!, para: toks[i]!.para, owner, gender: genderOf(toks.slice(i + 1, head + 1).map((t) => t.key)), entity: -1,
  };
}

/** "the assailant said", "said the 43-year-old": any short noun phrase that speaks is a description. */
function speakingPhrase(v: View, i: number): Mention | null {
  const toks = v.toks;
  let k = i + 1;
  while (k < i + 4 && isWord(toks[k]) && !toks[k]!.cap && !endsPhrase(toks[k]) || (k < i + 4 && isWord(toks[k]) && /^\d|-/.test(toks[k]!.key) && !SPEECH_VERBS.has(toks[k]!.key))) k++;
  if (k === i + 1) return null;
  const before = toks[i - 1];
  // why: "in the past has called": a phrase after a preposition is no speaker
  if (isWord(before) && NEVER_SUBJECT_BEFORE.has(before.key)) return null;
  const speaksAfter = speaksNext(v, k);
  const spokenBefore = isWord(before) && SPEECH_VERBS.has(before.key) && !before.cap;
  if (!speaksAfter && !spokenBefore) return null;
  const head = toks[k - 1]!;
  return {
    type: 'desc', vi: i, vj: k, s: toks[i]!.s, e: head.e, words: [head.key], surface: v.text.slice(toks[i]!.s, head.e), roles: [],
    kind: 'person', possessive: false, subject: false, plural: false, sent: v.sent[i]!, para: toks[i]!.para, owner: null,
    gender: null, entity: -1,
  };
}

const NO_ROLES: string[] = [];
const PRONOUN_WORDS = new Map([...PRONOUN_KEYS].map((k) => [k, [k]]));
const PRONOUN_GENDER = new Map([...PRONOUN_KEYS].map((k) => [k, genderOf([k])]));

function pronounMention(v: View, i: number): Mention {
  const t = v.toks[i]!;
  return {
    type: 'pronoun', vi: i, vj: i + 1, s: t.s, e: t.e, words: PRONOUN_WORDS.get(t.key)!, surface: t.key, roles: NO_ROLES, kind: 'unknown',
    possessive: t.key === 'his' || t.key === 'its' || t.key === 'their', subject: false, plural: t.key === 'they' || t.key === 'their' || t.key === 'them',
    sent: v.sent[i]!, para: t.para, owner: null, gender: PRONOUN_GENDER.get(t.key) ?? null, entity: -1,
  };
}

/** Opens a clause: after a sentence start, a comma, a conjunction or a time word, not in the middle of a phrase. */
export function opensClause(v: View, m: Mention): boolean {
  const before = v.toks[m.vi - 1];
  return !isWord(before) || CLAUSE_OPENERS.has(before.key) || (before.cap && NOT_NAME.has(before.key)) || /^\d/.test(before.key);
}

/** A mention is a clause subject when nothing but a clause boundary precedes it and a verb-like word follows. */
function isSubject(v: View, m: Mention): boolean {
  if (m.possessive || (m.type === 'pronoun' && ['him', 'her', 'them', 'his', 'its', 'their'].includes(m.words[0]!))) return false;
  const before = v.toks[m.vi - 1];
  if (isWord(before) && NEVER_SUBJECT_BEFORE.has(before.key)) return false;
  let k = m.vj;
  for (let f = 0; f < 4 && isWord(v.toks[k]) && VERB_FILLERS.has(v.toks[k]!.key); f++) k++;
  const next = v.toks[k];
  // why: a name set off by a comma opens a sentence as its subject ("Murphy, the head of X, said")
  if (isPunct(next, ',(') && m.type === 'name') return !before || sentenceStart(v, m.vi) || (isWord(before) && (PERSON_NOUNS.has(before.key) || before.cap));
  // why: "Russian soldiers", "Trump supporters": the name modifies the noun that follows
  if (isWord(next) && m.type === 'name' && (PERSON_NOUNS.has(next.key) || ORG_NOUNS.has(next.key) || isPluralOf(next.key))) return false;
  return isWord(next) && !next.cap && !NOT_VERB.has(next.key);
}

/** All mentions in view order, each view token pointing to at most one mention. */
export function findMentions(v: View): Mention[] {
  const out: Mention[] = [];
  const toks = v.toks;
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (t.k !== K.Word || v.boiler[t.para]) {
      i++;
      continue;
    }
    let m: Mention | null = null;
    if (PRONOUN_KEYS.has(t.key) && !(t.key === 'i' && !t.cap)) m = pronounMention(v, i);
    else if (DETERMINERS.has(t.key)) {
      m = descMention(v, i);
      // why: "the Harbour Authority" is a name; its article belongs to the mention, so cues find it right after "to"
      if (!m && t.key === 'the' && isWord(toks[i + 1]) && toks[i + 1]!.cap && nameStart(v, i + 1)) {
        m = nameMention(v, i + 1, nameRun(v, i + 1));
        m.vi = i;
        m.s = t.s;
      }
    }
    else if (nameStart(v, i)) {
      m = nameMention(v, i, nameRun(v, i));
      // why: "Clinton's campaign", "Trump's spokeswoman" describe someone through the named owner
      const after = toks[m.vj];
      if (m.possessive && isWord(after) && (PERSON_NOUNS.has(after.key) || ORG_NOUNS.has(after.key))) {
        const d = descMention(v, m.vj - 1);
        if (d) m = { ...d, vi: m.vi, s: m.s, owner: m };
      }
    }
    if (!m) {
      i++;
      continue;
    }
    m.subject = isSubject(v, m);
    out.push(m);
    i = Math.max(m.vj, i + 1);
  }
  return out;
}
