/** Clusters name mentions into entities (people, organisations), with gender and role from appositions. */
import * as lexiconModule from './lexicon';
import * as mentionsModule from './mentions';
import type { EntityKind, Mention } from './mentions';
import * as namesModule from './names';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import * as viewModule from './view';
import type { View } from './view';
import * as romaniseModule from '../text/romanise';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { DEMONYMS, FEMALE_NAMES, FEMALE_WORDS, GIVEN_NAME_SPELLINGS, HONORIFICS, MALE_NAMES, MALE_WORDS, NAME_CONNECTORS, NAMING_VERBS, ORG_NOUNS, ORG_WORDS, isPersonNoun, PERSON_NOUNS, TITLES } = lexiconModule;
const { isSettlementNoun, pastAge, pastAgeIn } = namesModule;
const { genderOf, isPunct, isWord, partOpening, sentenceStart } = mentionsModule;
const { inLex, K, keyIdOf, LEX, QUOTE_MARKS } = tokensModule;
const { KEY, pastNameInMarks } = viewModule;
const { CYRILLIC, romanised } = romaniseModule;

export interface Entity {
  id: number;
  kind: EntityKind;
  words: Set<string>;
  last: string;
  /** The fullest name used ("Ruiz" → "Ana Ruiz"). */
  name: string;
  nameWords: number;
  aliases: Set<string>;
  /** Role nouns that descriptions of this entity may use ("senator", "billionaire", "professor"). */
  roles: Set<string>;
  /** The first apposition, as written ("professor of law at Leiden"). */
  role: string | null;
  female: number;
  male: number;
  /** Index of the last mention seen while clustering (recency for short-name matches). */
  lastSeen: number;
  /** Named as the subject of a speech verb somewhere: a speaker even when its kind is unknown. */
  speaks: boolean;
  /** Stands for several people ("the two lawmakers"). */
  plural: boolean;
  /** Named with a personal title or a role ("Mrs.", "spokeswoman"): a person even if the name alone says nothing. */
  titled: boolean;
}

/** Could stand for a person: a person, or an unknown name that speaks or carries a gendered title. */
export const isPersonLike = (e: Entity): boolean => !e.plural && (e.kind === 'person' || (e.kind === 'unknown' && (e.speaks || e.titled)));

/** Words ending in "man" that say nothing of a person's gender. */
const UNGENDERED_MAN = new Set(['human', 'german', 'roman', 'shaman', 'ottoman', 'norman']);

const KIND_RANK: Record<EntityKind, number> = { unknown: 0, place: 1, organization: 2, person: 3 };

function newEntity(id: number, m: Mention): Entity {
  return {
    id, kind: m.kind, words: new Set(m.words), last: m.words.at(-1)!, name: m.surface, nameWords: m.words.length,
    aliases: new Set([m.surface]), roles: new Set(m.roles), role: null, female: 0, male: 0, lastSeen: 0, speaks: false, plural: false, titled: false,
  };
}

/**
 * The first of two surnames closing a Spanish name of four words or more ("Antonio Jesús Parejo Lora" is "Parejo" for
 * short): the word before the last, unless it is a given name; else undefined.
 */
function paternalSurname(e: Entity): string | undefined {
  let before: string | undefined;
  let prev: string | undefined;
  for (const w of e.words) {
    // why: "Marta Oller i Vila": Catalan joins the two surnames with "i", which is no surname of its own
    if (w === 'i') continue;
    before = prev;
    prev = w;
  }
  return before !== undefined && before.length > 2 && !FEMALE_NAMES.has(before) && !MALE_NAMES.has(before) ? before : undefined;
}

/** The first word a set was given, without copying the set into an array. */
export function firstOf(words: Set<string>): string | undefined {
  for (const w of words) return w;
  return undefined;
}

/** Whether every word of the set is in the list. */
function everyIn(words: Set<string>, list: string[]): boolean {
  for (const w of words) if (!list.includes(w)) return false;
  return true;
}

/** What a gendered title given with a name ("Mr.", "Sen." with "she" after it) adds to the entity's gender evidence. */
const TITLE_GENDER = 3;
/** How much a surname's gendered ending counts (a known given name counts 1.5). */
const SURNAME_GENDER = 1;
/** Surname endings of one gender in Czech, Slovak, Polish, Russian, Bulgarian and Lithuanian. */
// why: "-ova", "-eva" end a surname only after a stem of two letters or more ("Orlova", "Zueva"); a word of four,
// "Nova", "Neva", is a place's ("Vila Nova", "Casa Nova"), which the Romance languages name with it
const FEMALE_SURNAME = /(?:ová|aitė|ytė|ienė|utė|ūtė|[sc]ka|dzka|\p{L}{2}[oe]va|skaya|tskaya)$/u;
// (Lithuanian men's -as, -is, -us, -ys only with a Lithuanian letter in the name: "Jurkšas", not "Harris" or "Rojas")
const MALE_SURNAME = /(?:[^aeiouy][oe]v|yev|[sc]ki|dzki|sky|skiy|aitis|[ae]vičius|[ąčęėįšųūž]\p{L}*(?:as|is|us|ys))$/u;

/** A word in Latin letters: romanised when written in Cyrillic. */
const inLatin = (word: string): string => (CYRILLIC.test(word) ? romanised(word) : word);

/** The gender a surname's ending says (`last` is the name's last word, in lower case), or null. */
function surnameGender(last: string): 'f' | 'm' | null {
  return FEMALE_SURNAME.test(last) ? 'f' : MALE_SURNAME.test(last) ? 'm' : null;
}

/** The one person among `people` whose surname is `last` and who holds one of `roles`; null when none or several do. */
function roleHolder(people: Entity[] | undefined, roles: string[], last: string): Entity | null {
  let holder: Entity | null = null;
  for (const e of people ?? []) {
    // (the surname may open the name, as Chinese and Hungarian names are written: "Hsu Mei-ling")
    const named = e.last === last || (e.nameWords <= 3 && firstOf(e.words) === last);
    if (!named || e.kind === 'organization' || e.kind === 'place' || !roles.some((r) => e.roles.has(r))) continue;
    if (holder) return null;
    holder = e;
  }
  return holder;
}

/** The bare surnames whose role waits for the appositions (see `sharedSurname`), for the one document clustered. */
const unsettled = new Set<Mention>();

/** Whether a bare surname written with a role (`m`) is shared by two people or more, none of whom holds that role yet. */
function sharedSurname(people: Entity[] | undefined, m: Mention, last: string): boolean {
  if (m.words.length !== 1 || m.roles.length === 0 || !people) return false;
  let named = 0;
  for (const e of people) if (e.last === last && e.kind !== 'organization' && e.kind !== 'place' && e.nameWords >= 2) named++;
  return named >= 2 && roleHolder(people, m.roles, last) === null;
}

/** Whether `name` opens on `words` (lower case), its first word allowed another spelling of the same given name. */
function opensAsSpelt(name: string, words: readonly string[]): boolean {
  const own = name.toLowerCase().split(/\s+/);
  if (own.length <= words.length) return false;
  const canon = (w: string) => GIVEN_NAME_SPELLINGS.get(w.replace(/\.$/, '')) ?? w;
  for (let i = 0; i < words.length; i++) if (i === 0 ? canon(own[0]!) !== canon(words[0]!) : own[i] !== words[i]) return false;
  return true;
}

/** Which entity a name mention joins: the same name, or the most recent one sharing its last word. */
/** Per entity, whether its last mention so far followed "of" (see `match`); filled by `clusterNames`. */
const ofComplement: boolean[] = [];
/** Most mentions between two people of one surname for the one named after "of" to yield to the other. */
const COMPLEMENT_REACH = 3;

/** Whether `later`, named after `earlier`, was named only as the complement of the other's description, close after it. */
function complementOf(later: Entity, earlier: Entity): boolean {
  return ofComplement[later.id] === true && !ofComplement[earlier.id] && later.lastSeen - earlier.lastSeen <= COMPLEMENT_REACH;
}

/** Whether `last` is the entity's last name word, or that word in Latin letters when the article wrote it in Cyrillic. */
const sameLast = (e: Entity, last: string): boolean => e.last === last || (CYRILLIC.test(e.last) && romanised(e.last) === last);
/** The same for the entity's first name word. */
const sameFirst = (e: Entity, word: string): boolean => {
  const first = firstOf(e.words);
  return first === word || (first !== undefined && CYRILLIC.test(first) && romanised(first) === word);
};

function match(v: View, byWord: Map<string, Entity[]>, byKey: Map<string, Entity>, m: Mention, key: string): Entity | null {
  const exact = byKey.get(key);
  // why: "Dorothy Ruiz, whose husband, Charles Ruiz, … Ruiz said she", "Mr. Berg" after Peter and Laura Berg: of people
  // sharing a surname, the title or the pronoun the sentence goes on with says which one a bare surname is, when their
  // given names tell them apart; so it may overrule the one the same surname stood for last time
  const pronoun = m.words.length === 1 ? (m.gender ?? genderAfter(v, m)) : null;
  const last = m.words.at(-1)!;
  // why: "Director Hsu" after the director Hsu Mei-ling and the physician Hsu Chih-hung: of people sharing a surname, the
  // office written with it says which one it is, whoever the surname stood for last
  if (m.words.length === 1 && m.roles.length) {
    const holder = roleHolder(byWord.get(last), m.roles, last);
    if (holder && holder !== exact) return holder;
  }
  // ("Madame Salamata Ouédraogo … the director Adama Ouédraogo … Madame Ouédraogo, the presidente, said": a title's
  // gender on the surname goes to the one of that gender, over one whose gender the article never showed)
  const titledOther = m.gender !== null && exact !== undefined && givenGender(exact) === null && otherOfGender(byWord.get(last), exact, last, m.gender);
  if (exact && !titledOther && (pronoun === null || givenGender(exact) !== (pronoun === 'f' ? 'm' : 'f'))) return exact;
  let best: Entity | null = null;
  const given = m.words.length > 1 ? (FEMALE_NAMES.has(m.words[0]!) ? 'f' : MALE_NAMES.has(m.words[0]!) ? 'm' : null) : null;
  let bestFit = -1;
  for (const e of byWord.get(last) ?? []) {
    if (m.words.length === 1) {
      // why: a bare surname ("Ruiz") stands for the most recently named person with that surname
      // ("Malik Sahib warned" after "Malik Nasir Khan Shinwari": a person of four names or more goes by the first too)
      const ok = sameLast(e, last) || (e.kind !== 'organization' && m.kind !== 'organization' && (e.nameWords <= 3 || e.kind === 'person') && sameFirst(e, last)) ||
        (e.kind === 'person' && m.kind !== 'organization' && e.nameWords >= 4 && paternalSurname(e) === last);
      if (!ok) continue;
      // why: "Houéfa Ahouansou, the midwife … Dah Cyprien Ahouansou … explained Madame Ahouansou": one whose given name
      // or titles say the other gender than the title written with the surname is the last it stands for, after one the
      // article never gave a gender, however recently that one was named (a pronoun after the surname is weaker
      // evidence: "Grayson giving her the same line" is about someone else's gender)
      const known = pronoun === null ? null : givenGender(e);
      const fit = known === pronoun && known !== null ? 2 : known !== null && m.gender !== null ? 0 : 1;
      // why: "Nezîr Tekin, the father of Rênas Tekin of 9 years, … spoke. Tekin he said:": of two people of one surname
      // named close together, the one named only as the complement of the other's description is not who goes on
      const recent = best === null ? false : e.lastSeen > best.lastSeen ? !complementOf(e, best) : complementOf(best, e);
      if (!best || fit > bestFit || (fit === bestFit && recent)) {
        best = e;
        bestFit = fit;
      }
    } else if (sameLast(e, last) && e.kind !== 'organization' && m.kind !== 'organization') {
      // why: "Ana Ruiz" extends "Ruiz"; "Luis Ruiz" is someone else than "Ana Ruiz"
      const sub = everyIn(e.words, m.words) || m.words.every((w) => e.words.has(w));
      // why: "Maria Ruiz" after "President Ruiz … Mr. Ruiz" is someone else: a given name of the other gender
      // than every title the bare surname was written with
      if (sub && e.nameWords === 1 && given !== null && (given === 'f' ? e.male >= TITLE_GENDER && e.female === 0 : e.female >= TITLE_GENDER && e.male === 0)) continue;
      // ("Rachid Ait Hamou, who is not of the family of Dda Lounès … Ait Hamou, the mayor,": as for a bare surname, the
      // one named only as a complement just after the other is not who goes on)
      if (sub && (!best || (e.lastSeen > best.lastSeen ? !complementOf(e, best) : complementOf(best, e)))) best = e;
    }
  }
  // why: "Worawut signed …" before "Worawut Srisuk": where people go by their given name (Thai, Indonesian, Icelandic
  // news), the one word met first is the full name's first
  if (!best && m.words.length === 2 && m.kind !== 'organization') {
    const first = byKey.get(m.words[0]!);
    if (first && first.nameWords === 1 && first.kind !== 'organization' && first.kind !== 'place' && first.last === m.words[0]) return first;
  }
  // why: "Olena Vasylivna" after "Olena Vasylivna Kravets", "Maria Theresa" after "Maria Theresa Alcantara": the given
  // name and patronymic (or both given names) alone, as Ukrainian and Russian news address someone, are the one full
  // name that opens on them
  // (only a surname after them, one word the article never writes in lower case: "Maria Hinojosa Explained", "Dorothy
  // Woods Defends Trump" are headlines run into a name)
  // ("Mohamad Hisham" after "Mohd Hisham Yusof": the given name may be spelt otherwise, see GIVEN_NAME_SPELLINGS)
  if (!best && m.words.length >= 2 && m.kind !== 'organization' && m.kind !== 'place') {
    const opening = `${m.surface.toLowerCase()} `;
    const spelt = GIVEN_NAME_SPELLINGS.has(m.words[0]!);
    for (const e of byWord.get(spelt ? m.words[1]! : m.words[0]!) ?? []) {
      // ("Manang Teresita" after "Manang Teresita Dela Cruz": or two words more, a surname opening on its particle)
      if (e.nameWords < m.words.length + 1 || e.nameWords > m.words.length + 2 || e.kind === 'organization' || e.kind === 'place') continue;
      if (e.nameWords === m.words.length + 2 && !NAME_CONNECTORS.has(e.name.toLowerCase().split(/\s+/)[m.words.length] ?? '')) continue;
      if (!e.name.toLowerCase().startsWith(opening) && !(spelt && opensAsSpelt(e.name, m.words))) continue;
      const kid = keyIdOf(e.last);
      if (kid >= 0 && (v.keyUse[kid]! & KEY.lower) !== 0) continue;
      if (best) return null;
      best = e;
    }
  }
  // why: "Tomchou said" after "Laishram Tomchou Singh": Meitei names put the family's name first and a "Singh" or "Devi"
  // last, and the given name between them is what the person goes by; a word inside one person's full name of three
  // words or more, and no one else's, is that person
  if (!best && m.words.length === 1 && m.kind !== 'organization' && m.kind !== 'place') {
    for (const e of byWord.get(last) ?? []) {
      // (not a given name the lists know: "Luisa" after "Ana Maria Luisa Ruiz" may be anyone so called)
      if (e.nameWords < 3 || e.kind !== 'person' || e.last === last || firstOf(e.words) === last || FEMALE_NAMES.has(last) || MALE_NAMES.has(last)) continue;
      if (best && best !== e) return null;
      best = e;
    }
  }
  // why: "Ima Ibemhal" after "Ima Khumanthem Ibemhal Devi", "Pabung Joykumar" after "Pabung Laishram Joykumar Singh":
  // a courtesy title no list knows (Meitei "Ima", mother; "Pabung", father) opens the full name and the short one, whose
  // other word is one inside the full name, past the word after the title ("Dorothy Woods" is no short form of a
  // headline's "Dorothy Woods Defends Trump"); the one such full name (four words or more) is who it is
  if (!best && m.words.length === 2 && m.kind !== 'organization' && m.kind !== 'place') {
    for (const e of byWord.get(m.words[1]!) ?? []) {
      if (e.nameWords < 4 || e.kind !== 'person' || e.last === m.words[1] || !e.words.has(m.words[0]!) ||
        !e.name.toLowerCase().startsWith(`${m.words[0]!} `) || e.name.toLowerCase().startsWith(`${m.words[0]!} ${m.words[1]!} `)) continue;
      if (best && best !== e) return null;
      best = e;
    }
  }
  // why: "said CDO Adhikari", "DSP Thapa": an office's acronym before the surname of someone named before, as South
  // Asian news writes officials, is that person's office, not a name of its own
  if (!best && m.words.length === 2 && ACRONYM_BEFORE_SURNAME.test(m.surface) && !isPersonNoun(last) && !isPersonNoun(last.replace(/s$/, ''))) {
    for (const e of byWord.get(last) ?? []) {
      if (e.kind === 'person' && e.last === last && e.nameWords >= 2 && (!best || e.lastSeen > best.lastSeen)) best = e;
    }
  }
  return best;
}

/** Prepositions of place before "the" and a name of a place ("at the Thanga Keithel", "near the Rione Terra"). */
const LOCATIVES = new Set(['at', 'in', 'near', 'into', 'inside', 'outside', 'around', 'behind', 'across', 'towards', 'toward']);

/** A patronymic as Russian, Ukrainian and Belarusian write one after the given name ("Vasilyevich", "Ivanovna"). */
const PATRONYMIC = /^\p{L}{3,}(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$/u;

/**
 * why: "The head of Alnash district, Aleksandr Shklyaev, … — Aleksandr Vasilyevich, why close the school?": addressed
 * politely by given name and patronymic, a person the article named in full is that person; the one person named
 * before with that given name, else null.
 */
function byPatronymic(m: Mention, byWord: Map<string, Entity[]>): Entity | null {
  if (m.kind === 'organization' || m.kind === 'place' || !PATRONYMIC.test(m.words[1]!)) return null;
  let found: Entity | null = null;
  for (const e of byWord.get(m.words[0]!) ?? []) {
    if ((e.kind !== 'person' && e.kind !== 'unknown') || e.nameWords < 2 || e.words.has(m.words[1]!)) continue;
    if (!e.name.toLowerCase().startsWith(`${m.words[0]!} `)) continue;
    if (found !== null && found !== e) return null;
    found = e;
  }
  return found;
}

/** Whether someone other than `exact` bears surname `last` with given names or titles of `gender`. */
function otherOfGender(people: Entity[] | undefined, exact: Entity, last: string, gender: 'f' | 'm'): boolean {
  for (const e of people ?? []) if (e !== exact && e.last === last && givenGender(e) === gender) return true;
  return false;
}

/** An acronym of two to five capitals and a capitalised word after it ("CDO Adhikari"). */
const ACRONYM_BEFORE_SURNAME = /^[A-Z]{2,5} \p{Lu}\p{Ll}/u;

/** The gender of the first he/she a few words after a mention, in its sentence ("Ruiz said she"), else null. */
function genderAfter(v: View, m: Mention): 'f' | 'm' | null {
  for (let k = m.vj; k < m.vj + 4 && k < v.toks.length && v.sent[k] === m.sent; k++) {
    const key = v.toks[k]!.key;
    if (key === 'she' || key === 'her') return 'f';
    if (key === 'he' || key === 'his' || key === 'him') return 'm';
  }
  // why: "For her part, Ruiz said": a possessive in a short phrase opening the sentence before the name
  // is the name's own ("…after his defeat, Ruiz's rival …" is someone else's)
  const before = v.toks[m.vi - 1];
  const opening = v.sentStart[m.sent]!;
  if (before?.k === K.Punct && before.key === ',' && m.vi - opening <= 5) {
    for (let k = m.vi - 2; k >= opening; k--) {
      const key = v.toks[k]!.key;
      if (key === 'her') return 'f';
      if (key === 'his') return 'm';
    }
  }
  return null;
}

const SPACE = /\s/;

/** The first word of a name that is not a title, in lower case ("Mrs. Ana Ruiz" → "ana"); '' when there is none. */
function givenNameOf(name: string): string {
  for (let from = 0; from < name.length; ) {
    let to = from;
    while (to < name.length && !SPACE.test(name[to]!)) to++;
    if (to > from) {
      const w = name.slice(from, to).toLowerCase();
      if (!TITLES.has(w.indexOf('.') >= 0 ? w.replace(/\./g, '') : w)) return w;
    }
    from = to + 1;
  }
  return '';
}

/** The gender a person's given name suggests ("Dorothy Ruiz" f, "Ty Ruiz" unknown), else null. */
function givenGender(e: Entity): 'f' | 'm' | null {
  if (e.nameWords < 2) return null;
  const first = givenNameOf(e.name);
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  // why: "Gogo Thokozile Ngcobo … said Mr Ngcobo": a given name no list knows takes the gender of the titles it was
  // written with, when they all agree
  return e.female >= TITLE_GENDER && e.male === 0 ? 'f' : e.male >= TITLE_GENDER && e.female === 0 ? 'm' : null;
}

/** A name written as two to six capitals ("DNC", "PPIC"). */
function isAcronym(m: Mention): boolean {
  return m.words.length === 1 && m.surface.length >= 2 && m.surface.length <= 6 && /^[A-Z]+$/.test(m.surface);
}

/** The initials of a name's capitalised words, in lower case ("Civic Research Institute of Porto" → "crip"). */
function initialsOf(surface: string): string {
  let out = '';
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c >= 65 && c <= 90 && (i === 0 || surface.charCodeAt(i - 1) === 32)) out += String.fromCharCode(c + 32);
  }
  return out.length >= 2 ? out : '';
}

/**
 * Whether `acronym` (in lower case) is made of the first letters of each capitalised word of `name`, one or more of
 * each, in order ("atop" of "Agence Togolaise de Presse"; a word in lower case gives none). At least three letters,
 * and more than the name's initials alone would give.
 */
function prefixAcronym(acronym: string, name: string): boolean {
  const words: string[] = [];
  for (const w of name.split(' ')) if (w.length > 0 && w[0] !== w[0]!.toLowerCase()) words.push(w.toLowerCase());
  if (acronym.length < 3 || words.length < 2 || words.length >= acronym.length) return false;
  const from = (a: number, wi: number): boolean => {
    if (wi === words.length) return a === acronym.length;
    const w = words[wi]!;
    for (let n = 1; n <= w.length && a + n <= acronym.length && w.charCodeAt(n - 1) === acronym.charCodeAt(a + n - 1); n++) if (from(a + n, wi + 1)) return true;
    return false;
  };
  return from(0, 0);
}

/** A phrase without the possessive mark it ends on ("Reuters’", "the ad's" → "Reuters", "the ad"). */
export function withoutPossessive(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  return last === 39 || last === 0x2019 || last === 115 ? s.replace(/['’]s?$/, '') : s;
}

/** The first and last words of every name of three words or more ("dena grayson" for "Dena Minning Grayson"). */
function fullNamesOpened(mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (m.type === 'name' && m.words.length >= 3) out.add(`${m.words[0]} ${m.words.at(-1)}`);
  return out;
}

/** Words that open an apposition after a name ("Bean Moireasdan, the owner"): a name so described is introduced. */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'who', 'whose', 'which', 'one', 'aged']);

/**
 * why: "Lina Payet … Madanm Payet told the agency", "Yotamu Msiska … Ba Msiska said", "Sìne Moireasdan … said Bean
 * Moireasdan": translations keep the courtesy word of their language ("Madanm", "Ba", "Bean", "Minis") before the
 * surname of someone named in full before. A name of two words that matches no one, whose first word no list knows
 * (no given name, title or noun), at a verb of speech and with nothing introducing it (no apposition after it), whose
 * last word is the surname of the one person named in full with it (with another first word), is that person. Not
 * when the first word opens a longer name with that surname too ("Dena Minning Grayson … Dena Grayson": a given
 * name). Null otherwise.
 */
function courtesyBeforeSurname(v: View, m: Mention, byWord: Map<string, Entity[]>, opened: Set<string>): Entity | null {
  if (m.type !== 'name' || m.possessive || m.kind === 'organization' || m.kind === 'place') return null;
  const toks = v.toks;
  const [first, last] = [m.words[0]!, m.words[1]!];
  const w = toks[m.vi]!;
  if (w.k !== K.Word || w.key !== first || !w.cap || (w.lex & (LEX.title | LEX.personNoun | LEX.orgWord | LEX.orgNoun | LEX.notName | LEX.determiner)) !== 0 ||
    FEMALE_NAMES.has(first) || MALE_NAMES.has(first) || DEMONYMS.has(first) || opened.has(`${first} ${last}`)) return null;
  // (an acronym in capitals opens a body's name: "quoted by РИА Дагестан")
  const written = v.text.slice(w.s, w.e);
  if (written.length >= 2 && written === written.toUpperCase()) return null;
  const before = toks[m.vi - 1];
  const after = toks[m.vj];
  const speaks = (isWord(before) && before.speech) || (isWord(after) && (after.speech || ((after.key === 'he' || after.key === 'she') && isWord(toks[m.vj + 1]) && toks[m.vj + 1]!.speech)));
  if (!speaks || (isPunct(after, ',') && isWord(toks[m.vj + 1]) && APPOSITION_OPENERS.has(toks[m.vj + 1]!.key)) || isPunct(after, '(')) return null;
  // (only when one person of the article bears the surname: where a family is named, "Lolita Grayson" after "Alan
  // Grayson" and "Dena Minning Grayson", a word no list knows is as likely another given name)
  let found: Entity | null = null;
  for (const e of byWord.get(last) ?? []) {
    if (e.kind !== 'person' || e.last !== last || e.nameWords < 2) continue;
    // (not a body's name an acronym opens, "РИА Дагестан", which the name lists may leave a person's)
    const opener = e.name.slice(0, e.name.indexOf(' '));
    if (found !== null || e.words.has(first) || (opener.length >= 2 && opener === opener.toUpperCase())) return null;
    found = e;
  }
  return found;
}

export function clusterNames(v: View, mentions: Mention[]): Entity[] {
  namesSomeoneRead.clear();
  aliasWritten = aliasWordsIn(v);
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const byWord = new Map<string, Entity[]>();
  const byInitials = new Map<string, Entity>();
  const index = (e: Entity, w: string): void => {
    const list = byWord.get(w);
    if (!list) byWord.set(w, [e]);
    else if (!list.includes(e) && list.length < 50) list.push(e);
  };
  // (the person last named with each honorific before the name: "Alhaji" → Rasheed Akinyemi)
  const byTitle = new Map<string, Entity>();
  // (bare surnames written with a role while several people share the surname: settled once appositions give roles)
  const byRole: Mention[] = [];
  unsettled.clear();
  ofComplement.length = 0;
  let opened: Set<string> | null = null;
  // (an entity known only by another name a person is later given, merged into that person's)
  const knownBy = new Map<number, number>();
  mentions.forEach((desc, mi) => {
    // why: the owner inside a description ("a spokesman for the Rail Company") is a name like any other
    const m = desc.type === 'desc' && desc.owner?.type === 'name' ? desc.owner : desc;
    if (m.type !== 'name') return;
    const key = m.words.length === 1 ? m.words[0]! : m.words.join(' ');
    // why: "Alhaji Rasheed Akinyemi … said Alhaji", "Inkosi Sibusiso Mchunu … said Inkosi": an honorific alone stands
    // for the person last named with it
    // ("Lok Chumteav Chhun Sreypov … Lok Chumteav wrote": so does an honorific of two words written before the name)
    const honorific = (m.words.length === 1 && HONORIFICS.has(key)) || (m.words.length === 2 && HONORIFICS.has(m.words[1]!) && byTitle.has(key));
    // why: "Gogo Thokozile Ngcobo … said Gogo Ngcobo" in an article that also names Themba Ngcobo: the honorific a
    // surname is written with tells whom it means
    const lead = v.toks[m.vi]!;
    const titled = !honorific && lead.k === K.Word && HONORIFICS.has(lead.key) && !m.words.includes(lead.key) ? byTitle.get(lead.key) : undefined;
    let e = honorific ? (byTitle.get(key) ?? match(v, byWord, byKey, m, key)) :
      titled !== undefined && m.words.every((w) => titled.words.has(w)) ? titled : (calledBy(v, mentions, mi, entities) ?? calledAfter(v, mentions, mi, entities) ?? match(v, byWord, byKey, m, key));
    if (!e && m.words.length === 2) e = courtesyBeforeSurname(v, m, byWord, (opened ??= fullNamesOpened(mentions))) ?? byPatronymic(m, byWord);
    // why: "the Harbour Workers Federation … the HWF": an acronym of an organisation's name, either way round, is it
    const acronym = isAcronym(m) ? key : m.words.length >= 2 && m.kind === 'organization' ? initialsOf(m.surface) : '';
    if (!e && acronym) e = byInitials.get(acronym) ?? null;
    // ("Contacted by the Agence Togolaise de Presse, … he told ATOP": or the first letters of each of its words)
    // (a bounded look: a wall of new acronyms among many bodies reads each against a few dozen of them at most)
    if (!e && acronym && isAcronym(m)) {
      let n = 0;
      for (const b of byInitials.values()) {
        if (++n > ACRONYM_BODIES) break;
        if (b.kind === 'organization' && prefixAcronym(acronym, b.name)) {
          e = b;
          break;
        }
      }
    }
    if (!e) {
      e = newEntity(entities.length, m);
      entities.push(e);
    } else {
      e.aliases.add(m.surface);
      if (sharedSurname(byWord.get(key), m, key)) {
        byRole.push(m);
        unsettled.add(m);
      }
      else for (const r of m.roles) e.roles.add(r);
      if (m.words.length > e.nameWords) {
        e.name = m.surface;
        e.nameWords = m.words.length;
        e.last = m.words.at(-1)!;
      }
      if (KIND_RANK[m.kind] > KIND_RANK[e.kind]) e.kind = m.kind;
    }
    for (const w of m.words) {
      e.words.add(w);
      index(e, w);
      // why: "Арсен Курбанов … said Kurbanov": a translation leaves a name in Cyrillic where it first copies it and writes
      // it in Latin letters elsewhere; the Latin spelling of each Cyrillic word reaches the same person
      const latin = CYRILLIC.test(w) ? romanised(w) : null;
      if (latin !== null) {
        e.words.add(latin);
        index(e, latin);
      }
    }
    byKey.set(key, e);
    if (CYRILLIC.test(key)) byKey.set(m.words.map(romanised).join(' '), e);
    if (e.kind !== 'organization' && e.kind !== 'place') {
      for (let k = Math.max(0, m.vi - TITLE_REACH); k < m.vj; k++) {
        const t = v.toks[k]!;
        if (t.k === K.Word && t.cap && HONORIFICS.has(t.key) && !m.words.includes(t.key)) {
          byTitle.set(t.key, e);
          const before = v.toks[k - 1];
          if (k > m.vi - TITLE_REACH && before !== undefined && before.k === K.Word && before.cap && !m.words.includes(before.key)) byTitle.set(`${before.key} ${t.key}`, e);
        }
      }
      // why: "Mrs. Buppha Kaewmanee, age 54 years, or “Pa Pha”, …": the name she also goes by, later written alone
      // ("“…,” Pa Pha said"), is hers
      const alias = aliasOf(v, mentions, mi, m);
      const held = alias === null ? undefined : byKey.get(alias.key);
      if (alias !== null && held === undefined) {
        byKey.set(alias.key, e);
        e.aliases.add(alias.surface);
      } else if (alias !== null && held !== undefined && held !== e && knownOnlyBy(held, alias.key)) {
        // why: 'Quarry case: "…," Miss Icy tells court' over "Miss Icilda Campbell, …, that the whole district know as
        // "Miss Icy"": a headline or a lead may write a person by the other name the body gives later; the person known
        // until then only by that name is the one the body names in full
        byKey.set(alias.key, e);
        for (const a of held.aliases) e.aliases.add(a);
        e.aliases.add(alias.surface);
        e.female += held.female;
        e.male += held.male;
        for (const w of held.words) index(e, w);
        knownBy.set(held.id, e.id);
      }
    }
    if (acronym && e.kind === 'organization') byInitials.set(acronym, e);
    e.lastSeen = mi;
    // (whether that mention is the complement of a description, "the father of Rênas Tekin")
    // ("who is not of the family of Dda Lounès": past a courtesy title before the name too)
    const ofAt = isWord(v.toks[m.vi - 1]) && v.toks[m.vi - 1]!.cap && inLex(v.toks[m.vi - 1]!, LEX.title) ? m.vi - 2 : m.vi - 1;
    ofComplement[e.id] = v.toks[ofAt]?.key === 'of' && v.toks[ofAt]!.k === K.Word;
    m.entity = e.id;
    if (m.gender === 'f') e.female += TITLE_GENDER;
    if (m.gender === 'm') e.male += TITLE_GENDER;
    if (m.gender || m.roles.length) e.titled = true;
  });
  if (knownBy.size !== 0) for (const m of mentions) if (m.entity >= 0 && knownBy.has(m.entity)) m.entity = knownBy.get(m.entity)!;
  // why: a single word that is a known person's surname is a person ("Ruiz" after "Ana Ruiz")
  for (const e of entities) if (e.kind === 'unknown' && e.nameWords >= 2) e.kind = 'person';
  // why: "the area of the Campi Flegrei,", "in the Rione Terra.": English writes no article before a person's name; a
  // name of two words or more that the article writes after "the", ending its phrase, is a place or a body, however
  // much it looks like a given name and a surname (a title or a known given name still says a person)
  for (const m of mentions) {
    if (m.type !== 'name' || m.entity < 0 || m.words.length < 2 || m.roles.length || m.gender !== null || m.possessive) continue;
    const e = entities[m.entity]!;
    if (e.kind !== 'person' || e.titled || e.roles.size) continue;
    const the = v.toks[m.vi]!;
    const after = v.toks[m.vj];
    // ("Floods in Keur Massar:", "the programme has remained on paper in Keur Massar,": so after "in")
    const before = v.toks[m.vi - 1];
    const within = the.key !== 'the' && isWord(before) && before.key === 'in' && !before.cap;
    // ("have gathered yesterday at the Thanga Keithel and have said": after a preposition of place and "the", whatever
    // follows the phrase)
    const at = the.key === 'the' && isWord(v.toks[m.vi - 1]) && !v.toks[m.vi - 1]!.cap && LOCATIVES.has(v.toks[m.vi - 1]!.key);
    if ((the.key !== 'the' && !within) || (!at && after !== undefined && after.k !== K.Break && !isPunct(after, '.,;:)'))) continue;
    if (FEMALE_NAMES.has(m.words[0]!) || MALE_NAMES.has(m.words[0]!)) continue;
    e.kind = 'place';
  }
  placesByPreposition(v, mentions, entities);
  // why: a common given name is a prior for he/she, weaker than a title or the article's own pronouns
  for (const e of entities) {
    if (e.kind !== 'person' && !(e.kind === 'unknown' && e.nameWords === 1)) continue;
    // ("Ольга Смирнова": a name left in Cyrillic is looked up in Latin letters, as the lists write it)
    const first = inLatin(givenNameOf(e.name));
    const female = FEMALE_NAMES.has(first);
    if (!female && !MALE_NAMES.has(first)) {
      // why: Slavic and Baltic surnames say the gender the given-name lists miss ("Aušra Petrauskaitė", "Jana
      // Nováková", "Petar Ivanov"): a weaker vote than a known given name, and only for a name of two words or more
      const byEnding = e.kind === 'person' && e.nameWords >= 2 ? surnameGender(inLatin(e.last)) : null;
      if (byEnding === 'f') e.female += SURNAME_GENDER;
      else if (byEnding === 'm') e.male += SURNAME_GENDER;
      continue;
    }
    if (female) e.female += 1.5;
    else e.male += 1.5;
    // why: a lone given name ("his wife, Jane, said") is a person
    e.titled = true;
  }
  for (const m of mentions) if (m.type === 'name' && m.entity >= 0 && speaks(v, m)) entities[m.entity]!.speaks = true;
  for (const e of entities) if (e.nameWords >= 3 && e.aliases.size > 1) dropHeadlineWords(v, e);
  for (const m of mentions) if (m.type === 'name' && m.entity >= 0) bareRole(v, m, entities[m.entity]!);
  const owned = appositions(v, mentions, entities);
  electedAs(v, mentions, entities);
  for (let mi = 0; mi < mentions.length; mi++) openingOffice(v, mentions, mi, entities);
  for (const m of mentions) if (m.type === 'name' && m.entity >= 0 && m.roles.length) officeRole(v, m, entities[m.entity]!);
  // why: "the mayor of Portvik, Edon Krasniqi, … the hoteliers' chairman, Besnik Krasniqi, … the mayor Krasniqi
  // answered": of people sharing a surname, the role written in lower case before it says which one it is, once the
  // appositions have given each person a role; the most recent one with the surname only when none holds it
  for (const m of byRole) {
    const holder = roleHolder(entities.filter((e) => e.last === m.words[0]), m.roles, m.words[0]!);
    if (holder && holder.id !== m.entity) {
      // (the role's description right before the surname goes with it)
      for (const d of mentions) if (d.type === 'desc' && d.vj === m.vi && d.entity === m.entity) d.entity = holder.id;
      m.entity = holder.id;
    }
    for (const r of m.roles) entities[m.entity]!.roles.add(r);
  }
  unsettled.clear();
  genderVotes(v, mentions, entities);
  bodiesWithStaff(v, mentions, entities);
  officesByAcronym(v, mentions, entities);
  officesSpelledShort(v, mentions, entities);
  // why: last, so an office written before the name elsewhere ("Senate Majority Leader Tomas Ferrer" before "her
  // chief rival, Ferrer,") or an apposition after it says more than a role whose owner is only a pronoun
  for (const o of owned) ownedRole(o, entities);
  civilNames(v, mentions, entities);
  return entities;
}

/** Verbs that put someone in an office ("elected X to be the chairman", "appointed X as the new director"). */
const INSTALLING = new Set(['elected', 'appointed', 'named', 'chose', 'chosen', 'installed', 'nominated', 'voted']);
/** Most words in lower case between such a verb and the name ("the young", "the new"). */
const INSTALLED_MODIFIERS = 3;

/**
 * why: "the farmers elected the young Kevin Maina, 31, to be the chairman, … The young chairman already has the list":
 * the office someone is elected or appointed to, after "to be" or "as", is that person's role, and the description of
 * it there stands for them (not for an unnamed holder of the office).
 */
function electedAs(v: View, mentions: Mention[], entities: Entity[]): void {
  const toks = v.toks;
  for (let mi = 0; mi + 1 < mentions.length; mi++) {
    const m = mentions[mi]!;
    const d = mentions[mi + 1]!;
    if (m.type !== 'name' || m.entity < 0 || d.type !== 'desc' || d.kind !== 'person' || d.plural || d.owner !== null) continue;
    // (past an article and a word or two in lower case before the name: "elected the young Kevin Maina")
    let b = m.vi - 1;
    while (b > m.vi - 1 - INSTALLED_MODIFIERS && isWordTok(toks[b]) && !toks[b]!.cap && !INSTALLING.has(toks[b]!.key)) b--;
    const verb = toks[b];
    if (!isWordTok(verb) || !INSTALLING.has(verb.key) || entities[m.entity]!.kind !== 'person') continue;
    // (past an age set off after the name: ", 31,")
    const k = pastAgeIn(toks, m.vj);
    const lead = toks[k]?.key === 'to' && toks[k + 1]?.key === 'be' ? k + 2 : toks[k]?.key === 'as' ? k + 1 : -1;
    if (lead < 0 || d.vi !== lead) continue;
    d.entity = m.entity;
    entities[m.entity]!.roles.add(d.words[0]!);
  }
}

/** Prepositions after which a name of one word is where someone is, or comes from. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from']);

/**
 * why: "he is coming to the dialysis three times in the week from Laura, thirty miles on the road … the weto in Laura":
 * a name of one word that the article writes only after a preposition of place, at least once after "in" or "at", is a
 * place, even when it is also a given name; a person is written so ("a letter from Laura") but also elsewhere.
 */
function placesByPreposition(v: View, mentions: Mention[], entities: Entity[]): void {
  // (per entity: 1 when every mention so far was placed, 2 when one of them after "in" or "at"; -1 once one was not)
  const placed = new Map<number, number>();
  for (const m of mentions) {
    if (m.type !== 'name' || m.entity < 0) continue;
    const e = entities[m.entity]!;
    if (e.nameWords !== 1 || e.kind === 'organization' || e.kind === 'place' || e.titled || e.roles.size !== 0) continue;
    const was = placed.get(e.id) ?? 1;
    if (was < 0) continue;
    const lead = v.toks[m.vi - 1];
    const at = isWordTok(lead) && !lead.cap && PLACE_PREPOSITIONS.has(lead.key) && !m.possessive && m.words.length === 1;
    placed.set(e.id, !at ? -1 : lead.key === 'in' || lead.key === 'at' ? 2 : was);
  }
  for (const [id, state] of placed) if (state === 2) entities[id]!.kind = 'place';
}

/** Phrases after a second name that make it the first one's name in the civil register ("by the civil state"). */
const CIVIL_STATE = /^\s*(?:by|at|in|of|to) (?:the )?civil (?:state|status|register|registry|life)\b/i;

/**
 * why: "The chief of the village, Naaba Saaga, Boukary Sawadogo by the civil state, gave the blessing": a chief or a
 * religious leader goes by a title-name, and translations of French news ("à l'état civil") give the register's name
 * after it; the two are one person, named by the register's name, the title-name an alias of it.
 */
function civilNames(v: View, mentions: Mention[], entities: Entity[]): void {
  const toks = v.toks;
  // (the title-name's entity, merged into the register's; the mentions are moved in one pass at the end)
  let into: Map<number, number> | null = null;
  for (let mi = 1; mi < mentions.length; mi++) {
    const b = mentions[mi]!;
    const a = mentions[mi - 1]!;
    if (b.type !== 'name' || a.type !== 'name' || a.entity < 0 || b.entity < 0 || a.entity === b.entity || b.vi !== a.vj + 1 || !isPunct(toks[a.vj], ',') ||
      !CIVIL_STATE.test(v.text.slice(toks[b.vj - 1]!.e, toks[b.vj - 1]!.e + 40))) continue;
    const from = entities[a.entity]!;
    const to = entities[b.entity]!;
    if (from.kind === 'organization' || from.kind === 'place' || to.kind === 'organization' || to.kind === 'place') continue;
    if (into?.has(from.id) || into?.has(to.id)) continue;
    (into ??= new Map()).set(from.id, to.id);
    to.aliases.add(from.name);
    for (const al of from.aliases) to.aliases.add(al);
    for (const r of from.roles) to.roles.add(r);
    to.role ??= from.role;
    to.kind = 'person';
  }
  if (into !== null) for (const m of mentions) if (m.entity >= 0 && into.has(m.entity)) m.entity = into.get(m.entity)!;
}

/** Most tokens of an office without an article that opens a sentence before the holder's name set off after it. */
const OPENING_OFFICE_TOKENS = 24;

/**
 * why: "Head of the Executing Element of the Regional Disaster Management Agency (BPBD) Demak, Agus Sulistyo Wibowo,
 * said …": Indonesian, Chinese and other translations open a sentence on the holder's office without an article, its
 * bodies and places after "of", then the name set off by a comma; the office's noun is that person's role, so "the head
 * of BPBD" later is that person. Only the first name of the sentence, right after the office's comma.
 */
function openingOffice(v: View, mentions: Mention[], mi: number, entities: Entity[]): void {
  const m = mentions[mi]!;
  if (m.type !== 'name' || m.entity < 0 || m.possessive) return;
  const toks = v.toks;
  const start = v.sentStart[m.sent]!;
  if (m.vi - start > OPENING_OFFICE_TOKENS || m.vi - start < 3 || !isPunct(toks[m.vi - 1], ',')) return;
  const office = toks[start]!;
  if (!isWord(office) || !office.cap || !inLex(office, LEX.personNoun) || !isWord(toks[start + 1]) || toks[start + 1]!.key !== 'of') return;
  // (no verb of speech, no pronoun and no holder set off by a comma between the office and the name)
  for (let k = start + 2; k < m.vi - 1; k++) if (inLex(toks[k]!, LEX.speechVerb) || isPunct(toks[k], '.;:')) return;
  for (let j = mi - 1; j >= 0 && mentions[j]!.vi >= start; j--) {
    const c = mentions[j]!;
    if (c.type === 'pronoun' || (c.type === 'name' && c.kind === 'person' && isPunct(toks[c.vi - 1], ','))) return;
  }
  const e = entities[m.entity]!;
  if (e.kind === 'organization' || e.kind === 'place') return;
  e.roles.add(office.key);
  if (e.kind === 'unknown') e.kind = 'person';
  e.role ??= v.text.slice(office.s, toks[m.vi - 2]!.e);
}

/** How many lower-case words may stand between "its" and the role it owns ("its longtime chief executive"). */
const STAFF_REACH = 3;
/** Words that end the phrase "its" opens: the role after them is not what "its" owns ("its appeal to voters"). */
const PHRASE_BREAKS = new Set(['to', 'of', 'for', 'with', 'by', 'on', 'in', 'at', 'from', 'about', 'and', 'or', 'but', 'than', 'among']);

/**
 * "Northwind Energy announced layoffs. Its chief executive, Maria Lopez, …": a name that "its" goes back to, owning
 * people by their role (a chief executive, a founder, its members), is a body, never the "she" or "he" who speaks
 * later. Only a name whose being a person rests on its two capitalised words alone is changed: a title, a role, a
 * known given name or a he/she that followed it says otherwise. "Its" goes back to the name only when that is the
 * nearest mention before it, in its sentence or the one before ("The firm …" in between is what "its" is).
 */
function bodiesWithStaff(v: View, mentions: Mention[], entities: Entity[]): void {
  const toks = v.toks;
  // (the last mention that is no pronoun, kept as the walk goes: a wall of pronouns is not walked back over for each)
  let n: Mention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!;
    if (p.type !== 'pronoun') {
      n = p;
      continue;
    }
    if (p.words[0] !== 'its' || p.vj !== p.vi + 1) continue;
    let k = p.vj;
    while (k < p.vj + STAFF_REACH && isWord(toks[k]) && !toks[k]!.cap && !PHRASE_BREAKS.has(toks[k]!.key) && !inLex(toks[k]!, LEX.personNoun | LEX.personPlural)) k++;
    const role = toks[k];
    if (!isWord(role) || role.cap || !inLex(role, LEX.personNoun | LEX.personPlural)) continue;
    if (!n || n.type !== 'name' || n.entity < 0 || p.sent - n.sent > 1) continue;
    const e = entities[n.entity]!;
    if ((e.kind === 'person' || e.kind === 'unknown') && !e.titled && e.roles.size === 0 && e.female === 0 && e.male === 0) e.kind = 'organization';
  }
}

/**
 * "Senator defends 'historic' deal", "Minister hails …": a capitalised title or role word standing alone as the subject
 * that opens a headline, which the article never writes as part of a longer name, names nobody: it is a description,
 * as "the senator" is, resolved to the person the article names in that role, or to no one. In prose a title alone
 * is a surname ('"…," King said'), and before a noun a modifier ("Democrat politicians").
 */
function bareRole(v: View, m: Mention, e: Entity): void {
  // ('Governor: "beyond all assumption"', 'Governor 「…」': or as the label a headline's quotation is given after)
  const label = isPunct(v.toks[m.vj], ':') || v.toks[m.vj]?.k === K.Quote;
  if (m.vj !== m.vi + 1 || m.possessive || !(m.subject || label) || e.nameWords !== 1 || e.aliases.size !== 1) return;
  const t = v.toks[m.vi]!;
  if (!(sentenceStart(v, m.vi) || (label && isPunct(v.toks[m.vi - 1], ','))) || !headlineLike(v, m.vi)) return;
  if (!t.cap || inLex(t, LEX.orgWord)) return;
  const role = TITLES.get(t.key) || (inLex(t, LEX.personNoun) ? t.key : '');
  if (!role) return;
  m.type = 'desc';
  m.words = [role];
  m.roles = [t.key];
  m.kind = 'person';
  m.gender = genderOf([t.key]);
  m.entity = -1;
}

/** Words a line may have and still read as a headline when it has no stop at its end ("Minister hails 'new era'"). */
const HEADLINE_WORDS = 14;

/** How many tokens of a line `headlineLike` reads at most, either way from where it starts: bounded, so a megabyte
 * of "Senator says" lines costs a step per line. */
const HEADLINE_TOKENS = 3 * HEADLINE_WORDS;

/** Whether the paragraph of view token `vi` is the article's title line, a line in title case, or a short line with
 * no stop at its end, as headlines and subheadings are. */
function headlineLike(v: View, vi: number): boolean {
  const { toks } = v;
  const para = toks[vi]!.para;
  if (para === v.titlePara || v.headline[para] === 1) return true;
  let words = 0;
  for (let k = vi - 1; k >= 0 && toks[k]!.para === para; k--) if (vi - k > HEADLINE_TOKENS || (toks[k]!.k === K.Word && ++words > HEADLINE_WORDS)) return false;
  let last = vi;
  for (let k = vi; k < toks.length && toks[k]!.para === para && toks[k]!.k !== K.Break; k++) {
    if (k - vi > HEADLINE_TOKENS || (toks[k]!.k === K.Word && ++words > HEADLINE_WORDS)) return false;
    last = k;
  }
  const t = toks[last]!;
  return !(t.k === K.Punct && (t.key === '.' || t.key === '!' || t.key === '?'));
}

/**
 * Title-case headlines capitalise common words ("Nine Strange Things Ana Ruiz Has Said"): when the fullest name opens
 * on capitalised words, no title among them and one the article also writes in lower case, and the rest of it is a name
 * the article uses on its own, the rest is the name ("Black Lives Matter", never written "Lives Matter", stays whole).
 */
function dropHeadlineWords(v: View, e: Entity): void {
  const words = e.name.split(' ');
  let common = false;
  for (let k = 1; k + 2 <= words.length; k++) {
    const w = words[k - 1]!.toLowerCase();
    if (TITLES.has(w) || PERSON_NOUNS.has(w) || ORG_WORDS.has(w)) return;
    const kid = keyIdOf(w);
    common ||= kid >= 0 && (v.keyUse[kid]! & KEY.lower) !== 0;
    const rest = words.slice(k).join(' ');
    if (common && e.aliases.has(rest)) {
      e.name = rest;
      e.nameWords = words.length - k;
      return;
    }
  }
}

/**
 * The office written before a name ("Senate Majority Leader Tomas Ferrer", "Gov. Ana Ruiz") is the person's role when
 * no apposition or description gave one: an apposition ("Ruiz, the former state treasurer") says more.
 */
function officeRole(v: View, m: Mention, e: Entity): void {
  if (e.role !== null || e.kind !== 'person') return;
  const office = officeBefore(v, m);
  if (office) e.role = office;
}

/** The office written before the name of mention `m` ("Senate Majority Leader"), or ''. */
function officeBefore(v: View, m: Mention): string {
  if (m.roles.length === 0) return '';
  const run = v.text.slice(m.s, m.e);
  const at = run.indexOf(m.surface);
  // ("The former President of the Republic Joaquim Meireles": the office without its article)
  if (at > 0) return withoutPossessive(run.slice(0, at).trim()).replace(/^(the|a|an)\s+/i, '');
  // ("French coach Paul Girard": an office in lower case stays outside the mention; it is the role words right before
  // the name, with the nationality before them)
  let k = m.vi;
  while (k > m.vi - OFFICE_BEFORE_WORDS && isWord(v.toks[k - 1]) && v.sent[k - 1] === m.sent &&
    (m.roles.includes(v.toks[k - 1]!.key) || (v.toks[k - 1]!.cap && DEMONYMS.has(v.toks[k - 1]!.key)))) k--;
  return k < m.vi && m.roles.includes(v.toks[m.vi - 1]!.key) ? v.text.slice(v.toks[k]!.s, v.toks[m.vi - 1]!.e) : '';
}

/** Most words of an office in lower case read before a name ("French national coach"). */
const OFFICE_BEFORE_WORDS = 4;

/** "Ruiz (also) said", "said Ruiz", "Ruiz told". */
function speaks(v: View, m: Mention): boolean {
  // ("Ruiz, 54, told …": past an age set off by commas)
  let k = pastAge(v, m.vj);
  for (let f = 0; f < 4 && isWord(v.toks[k]) && inLex(v.toks[k]!, LEX.filler); f++) k++;
  // ("in an interview with Rudaw said", "in a statement to INA said": the venue before the verb is not who speaks)
  if (isWord(v.toks[k]) && inLex(v.toks[k]!, LEX.speechVerb)) return !givenVenue(v, m.vi);
  const b = v.toks[m.vi - 1];
  const bb = v.toks[m.vi - 2];
  // (after a quotation and its comma; not after a comma closing a name set off as the subject's apposition: "The
  // biologist, Dr. Amanda Reeve, told CBC North that …" gives the words to the station)
  return isWord(b) && inLex(b, LEX.speechVerb) && (!bb || bb.k === K.Quote || (isPunct(bb, ',') && !(isWord(v.toks[m.vi - 3]) && v.toks[m.vi - 3]!.cap)));
}

/** Nouns for what a speaker gives a venue: "an interview with", "a statement to", "a conversation with". */
const GIVEN_TO_NOUNS = new Set(['interview', 'interviews', 'statement', 'statements', 'conversation', 'remarks', 'comments']);

/** Whether the name at view token `vi` follows "interview with", "statement to" (and an article): a venue. */
function givenVenue(v: View, vi: number): boolean {
  let k = vi - 1;
  if (isWord(v.toks[k]) && v.toks[k]!.key === 'the') k--;
  const lead = v.toks[k];
  const noun = v.toks[k - 1];
  return isWord(lead) && (lead.key === 'with' || lead.key === 'to') && isWord(noun) && GIVEN_TO_NOUNS.has(noun.key);
}

/** Prepositions that open a phrase after a name that describes no one: "through a spokeswoman", "with his wife". */
const APPOSITION_NEVER_AFTER = new Set(['through', 'with', 'via', 'in', 'at', 'on', 'for', 'from', 'by', 'after', 'before', 'during',
  'despite', 'like', 'unlike', 'without', 'to', 'into', 'under', 'over', 'against', 'among', 'alongside', 'including', 'as']);
/** Conjunctions after a name's comma: the list or the clause goes on ("Maria Lopez, and two board members"). */
const LIST_GOES_ON = new Set(['and', 'or', 'but', 'nor']);

/** Words that open a relative clause after a name's comma. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
/** Adverbs that may stand between "who was" and the role ("who is also the port's treasurer"). */
const ROLE_ADVERBS = new Set(['also', 'now', 'then', 'once', 'still', 'formerly', 'previously', 'later']);
/** Words before which a role has ended: a clause about its holder, or when it was held ("during the 2010 race"). */
const ROLE_ENDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'during', 'since', 'until']);
/** Words after "and" that make what follows another role, held at another time ("and later its chairman"). */
const LATER_ROLES = new Set(['later', 'then', 'now', 'eventually', 'subsequently']);

/**
 * Where the role starts in a relative clause opening at `at`: after "who is", "who was" or "who served as", and an
 * adverb ("who was also …", "who served briefly as …"); -1 for any other clause, and when no noun phrase follows
 * ("who was elected in 2010", "who is not running").
 */
function relativeRole(toks: Tok[], at: number): number {
  if (toks[at]!.key !== 'who') return -1;
  let k = at + 1;
  const verb = toks[k];
  if (!isWord(verb)) return -1;
  if (verb.key === 'served') {
    k++;
    if (isWord(toks[k]) && toks[k]!.key.endsWith('ly')) k++;
    if (!isWord(toks[k]) || toks[k]!.key !== 'as') return -1;
  } else if (verb.key !== 'is' && verb.key !== 'was') return -1;
  k++;
  if (isWord(toks[k]) && ROLE_ADVERBS.has(toks[k]!.key)) k++;
  const first = toks[k];
  return isWord(first) && (first.cap || !first.key.endsWith('ed')) && first.key !== 'not' ? k : -1;
}

/** Whether a role has ended before token `k` ("a pilot who has sailed …", "its treasurer and later its chair"). */
function endsRole(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  return t.k === K.Word && !t.cap && (ROLE_ENDS.has(t.key) || (t.key === 'and' && isWord(toks[k + 1]) && LATER_ROLES.has(toks[k + 1]!.key)));
}

/** A role a possessive gave a name ("Its chief executive, Maria Lopez"), and the name "its" goes back to, if any. */
interface OwnedRole {
  holder: Entity;
  role: string;
  owner: Mention | null;
}

/**
 * "Maria Lopez, professor of economics at Porto University," and "the Green front-runner Ana Ruiz". Returns the roles
 * that a possessive before a name gives it, for `ownedRole` to give once every name's kind and office are known.
 */
/** Most words of what an office is "responsible for" before the holder's name. */
const PORTFOLIO_WORDS = 5;

/** Past "responsible for X" or "in charge of X" at `k`, up to the comma after it; else `k`. */
function pastPortfolio(toks: Tok[], k: number): number {
  const t = toks[k];
  let j: number;
  if (isWord(t) && t.key === 'responsible' && isWord(toks[k + 1]) && toks[k + 1]!.key === 'for') j = k + 2;
  else if (isWord(t) && t.key === 'in' && toks[k + 1]?.key === 'charge' && toks[k + 2]?.key === 'of') j = k + 3;
  else return k;
  const from = j;
  while (j < from + PORTFOLIO_WORDS && isWord(toks[j]) && !inLex(toks[j]!, LEX.speechVerb)) j++;
  return j > from && isPunct(toks[j], ',') ? j : k;
}

/** Most tokens of the portfolios listed after a minister's first one (", of the Civil Aviation and of the Merchant Marine,"). */
const PORTFOLIO_LIST_TOKENS = 16;
/** Words that join the portfolios of such a list. */
const PORTFOLIO_JOINS = new Set(['of', 'the', 'and']);

/** Past ", of the X and of the Y," at the comma `k`, to the comma that closes the list; else `k`. */
function pastPortfolioList(toks: Tok[], k: number): number {
  if (!isPunct(toks[k], ',') || !isWord(toks[k + 1]) || toks[k + 1]!.key !== 'of') return k;
  for (let j = k + 1; j < k + 1 + PORTFOLIO_LIST_TOKENS && j < toks.length; j++) {
    const t = toks[j]!;
    if (isPunct(t, ',')) {
      if (isWord(toks[j + 1]) && (toks[j + 1]!.key === 'of' || toks[j + 1]!.key === 'and')) continue;
      return j;
    }
    if (!isWord(t) || (!t.cap && !PORTFOLIO_JOINS.has(t.key))) return k;
  }
  return k;
}

/** Whether name mention `n` holds a courtesy title ("Mr.", "Mrs", "Ato", "Haji") right before its first own word. */
function courtesyInside(toks: Tok[], n: Mention): boolean {
  for (let k = n.vi + 1; k < n.vj; k++) {
    if (toks[k]!.key !== n.words[0]) continue;
    let t = toks[k - 1]!;
    if (t.k === K.Punct && t.key === '.' && k - 2 > n.vi) t = toks[k - 2]!;
    // ("at the exit of the audience Maître Lisandra Pietri": or a title that names a profession, a lawyer's, a doctor's)
    return t.k === K.Word && (MALE_WORDS.has(t.key) || FEMALE_WORDS.has(t.key) || HONORIFICS.has(t.key) || (TITLES.get(t.key) ?? '') !== '') && TITLES.has(t.key);
  }
  return false;
}

function appositions(v: View, mentions: Mention[], entities: Entity[]): OwnedRole[] {
  const toks = v.toks;
  const owned: OwnedRole[] = [];
  // (the last mention that is no pronoun, as in `bodiesWithStaff`: what "its" goes back to)
  let prior: Mention | null = null;
  mentions.forEach((m, mi) => {
    const before = prior;
    if (m.type !== 'pronoun') prior = m;
    if (m.type === 'desc' && m.kind === 'organization') {
      const next = mentions[mi + 1];
      // why: "the Nordic agency NTB News": a name right after an organisation noun is that organisation
      // (not a place the name's own words make one: "the social network X")
      // (nor a name with a courtesy title before the person's own words: "The Addis Ababa City Administration Transport
      // Bureau Head Ato Dawit Tesfaye" is the body's officer, Mr. Dawit Tesfaye)
      if (next && next.type === 'name' && next.entity >= 0 && next.vi === m.vj && next.kind !== 'place' && !courtesyInside(toks, next)) {
        m.entity = next.entity;
        entities[next.entity]!.kind = 'organization';
      }
      return;
    }
    if (m.type === 'desc' && m.kind === 'person') {
      let next = mentions[mi + 1];
      // why: a description right before a name, or set off by a comma, describes that name (not a possessive one:
      // "the pro-Ruiz Harbour Union Advocate, Norland's biggest newspaper," goes on to describe the advocate)
      // ("The leader of the Popular Party (PP), Ana Ruiz,": past a parenthesis after the description)
      let comma = pastParenthesis(toks, m.vj);
      // ("The deputy president of Łódź responsible for transport, Marek Jabłoński,", "the deputy minister in charge of
      // roads, Ana Ruiz,": what the office is responsible for, before the comma and the holder's name)
      comma = pastPortfolio(toks, comma);
      // ("The leader of the union of the enterprise, the driver Vasili Kara,": a second "of" and a few words in lower
      // case, up to the comma, say whose the body is)
      comma = pastLowerOf(toks, comma);
      // ("The director provincial, Mohamed Lamrani,": an adjective after its noun, as French and Spanish translations
      // keep it, before the comma)
      if (comma === m.vj && isWord(toks[comma]) && !toks[comma]!.cap && POSTPOSED_ADJECTIVE.test(toks[comma]!.key) && isPunct(toks[comma + 1], ',') &&
        next?.type === 'name' && next.vi === comma + 2) comma++;
      // ("The Executive Engineer of the PWD Champhai division, Er. Vanlalruata Hnamte,": the body's unit after its name,
      // in lower case, before the comma)
      else if (comma === m.vj && m.owner?.type === 'name' && m.owner.vj === m.vj && isWord(toks[comma]) && !toks[comma]!.cap &&
        (UNIT_NOUNS.has(toks[comma]!.key) || isSettlementNoun(toks[comma])) && isPunct(toks[comma + 1], ',') && next?.type === 'name' && next.vi === comma + 2) comma++;
      // ("The minister of the Transports, of the Civil Aviation and of the Merchant Marine, Sylvain Ndinga,": French lists
      // a minister's portfolios, each after "of", set off by commas, before the holder's name)
      const listed = pastPortfolioList(toks, comma);
      if (listed !== comma) {
        let n = mi + 1;
        while (n < mentions.length && mentions[n]!.vi <= listed) n++;
        if (mentions[n]?.type === 'name' && mentions[n]!.vi === listed + 1) {
          comma = listed;
          next = mentions[n];
        }
      }
      // ("The prefect of Harghita county, Ciprian Ardeleanu,": past the noun of the place the description ends on)
      if (isSettlementNoun(toks[comma]) && isPunct(toks[comma + 1], ',')) comma++;
      // ("the spokesperson of the association „Carpații Vii”, Oana Munteanu": past the body's name in marks)
      else if (isWord(toks[comma]) && v.names.length) comma = pastNameInMarks(v, comma);
      // ("the chairman of the Federation of Transport Trade Unions in CITUB, Stoyan Vaklinov,": past the body the
      // office sits in)
      // ("The mayoress in Iztapalapa, Rocío Medina Treviño,": or the place)
      if (next && next.type === 'name' && isWord(toks[comma]) && (toks[comma]!.key === 'in' || toks[comma]!.key === 'at') && next.vi === comma + 1 &&
        next.kind !== 'person' && isPunct(toks[next.vj], ',') && mentions[mi + 2]?.type === 'name' && mentions[mi + 2]!.vi === next.vj + 1 &&
        !mentions[mi + 2]!.possessive) {
        comma = next.vj;
        next = mentions[mi + 2];
      }
      // why: "the spokesperson of the association Carpatii Vii, Oana Munteanu": a name right after a description that
      // ends on a body's noun is that body's, and the person set off after it is whom the description describes
      const bodyNoun = toks[m.vj - 1];
      if (next && next.type === 'name' && next.vi === m.vj && isWord(bodyNoun) && !bodyNoun.cap && ORG_NOUNS.has(bodyNoun.key) && m.vj - m.vi > 2 &&
        isPunct(toks[next.vj], ',') && mentions[mi + 2]?.type === 'name' && mentions[mi + 2]!.vi === next.vj + 1 && !mentions[mi + 2]!.possessive) {
        if (next.entity >= 0 && entities[next.entity]!.kind === 'unknown') entities[next.entity]!.kind = 'organization';
        comma = next.vj;
        next = mentions[mi + 2];
      }
      // ("the former mayor of the municipality of Răchiteni, Mircea Dobrescu,", "the wife of Tomas Berg, Ana Ruiz,": a name
      // after a last "of" closes the description, and the name set off after it is whom it describes)
      // ("the mayor of the commune Sândominic, Bíró Attila", "The prefect of Harghita county, Ciprian Ardeleanu,": the
      // same with a place named after the description or before its settlement noun)
      const after = mentions[mi + 2];
      const closing = next ? next.vj + (isSettlementNoun(toks[next.vj]) ? 1 : 0) : -1;
      if (next && after && ((isWord(toks[m.vj]) && toks[m.vj]!.key === 'of' && next.vi <= m.vj + 2) || (next.vi === m.vj && next.kind === 'place')) &&
        next.type === 'name' && isPunct(toks[closing], ',') && after.type === 'name' && after.vi === closing + 1 && !after.possessive &&
        after.entity !== next.entity) {
        comma = closing;
        next = after;
      }
      // ("the vice-mayor of the city of Osh Erlan Mamatov": a settlement's name after "of", then the holder's name of
      // two words or more right after it, with no comma between, as translations write it)
      let placeThenHolder = false;
      if (next && after && next.type === 'name' && next.kind === 'place' && isWord(toks[m.vj]) && toks[m.vj]!.key === 'of' && next.vi === m.vj + 1 &&
        after.type === 'name' && after.vi === next.vj && after.words.length >= 2 && !after.possessive && after.kind === 'person') {
        placeThenHolder = true;
        next = after;
      }
      // ("the president of the Community of Irrigators of the Genil Valley, Antonio Parejo,": so with a chain of "of"
      // and a name, each naming where the one before it is)
      if (next === mentions[mi + 1]) {
        let k = pastParenthesis(toks, m.vj);
        let n = mi + 1;
        while (n < mentions.length && mentions[n]!.vi < k) n++;
        for (let links = 0; links < OF_CHAIN_LINKS && isWord(toks[k]) && toks[k]!.key === 'of' && mentions[n]?.type === 'name' &&
          (mentions[n]!.vi === k + 1 || (mentions[n]!.vi === k + 2 && toks[k + 1]!.key === 'the')); links++) {
          // ("The chair of the Comataidh Còmhdhail (transport committee) of Comhairle nan Eilean Siar, Iain Moireasdan,":
          // past a translation of a name in parentheses after it)
          k = pastParenthesis(toks, mentions[n++]!.vj);
          while (n < mentions.length && mentions[n]!.vi < k) n++;
          // ("of Comhairle nan Eilean Siar,": a body's name that a particle in lower case cuts in two is one link)
          while (isWord(toks[k]) && !toks[k]!.cap && toks[k]!.key.length <= NAME_PARTICLE_LETTERS && toks[k]!.key !== 'of' && mentions[n]?.type === 'name' &&
            mentions[n]!.vi === k + 1 && isPunct(toks[mentions[n]!.vj], ',')) k = mentions[n++]!.vj;
        }
        const named = mentions[n];
        if (n > mi + 2 && isPunct(toks[k], ',') && named?.type === 'name' && named.vi === k + 1 && !named.possessive && named.kind === 'person') {
          comma = k;
          next = named;
        }
      }
      // ("The Minister of the Environment, Waters and Forests, Adriana Moldovan": an office's portfolios listed after
      // its first one, "A and B" between commas, come before the holder's name)
      const n2 = mentions[mi + 2];
      const n3 = mentions[mi + 3];
      if (next && n2 && n3 && /\sof\s/i.test(m.surface) && next.type === 'name' && next.vi === comma + 1 && isPunct(toks[comma], ',') &&
        isWord(toks[next.vj]) && toks[next.vj]!.key === 'and' && n2.type === 'name' && n2.vi === next.vj + 1 && isPunct(toks[n2.vj], ',') &&
        n3.type === 'name' && n3.vi === n2.vj + 1 && !n3.possessive && (n3.kind === 'person' || n3.words.length > 1)) {
        comma = n2.vj;
        next = n3;
      }
      // why: "the energy expert, director of the analytical centre «Energoprostir» Andriy Lysenko": a second role set off
      // after the description, with no article, runs on to the holder's name (past a body's name in marks); both roles
      // are that person's
      let roleChain = false;
      if (next === mentions[mi + 1] && !(next?.type === 'name' && next.vi === m.vj) && isPunct(toks[m.vj], ',') && isWord(toks[m.vj + 1]) &&
        !toks[m.vj + 1]!.cap && inLex(toks[m.vj + 1]!, LEX.personNoun)) {
        for (let n = mi + 1; n < mentions.length && mentions[n]!.vi <= m.vj + ROLE_CHAIN_REACH; n++) {
          const c = mentions[n]!;
          if (c.type === 'pronoun' || c.sent !== m.sent) break;
          if (c.type === 'name' && c.kind === 'person' && !c.possessive && c.words.length >= 2) {
            let k = m.vj + 2;
            while (k < c.vi && (isWord(toks[k]) || toks[k]!.k === K.Mark || (toks[k]!.k === K.Quote && toks[k]!.e - toks[k]!.s <= NAME_IN_MARKS_CHARS)) && !inLex(toks[k]!, LEX.speechVerb)) k++;
            if (k === c.vi) {
              roleChain = true;
              next = c;
            }
            break;
          }
        }
      }
      // why: "the legal representative of the company, the engineer Héctor Larios Funes, affirmed": a second
      // description set off after the first and run straight into a name describes that name, as the first does
      let describedName = false;
      const d2 = mentions[mi + 1];
      const n2name = mentions[mi + 2];
      if (next === d2 && d2?.type === 'desc' && d2.kind === 'person' && !d2.plural && d2.vi === comma + 1 && isPunct(toks[comma], ',') &&
        n2name?.type === 'name' && n2name.vi === d2.vj && n2name.kind === 'person' && !n2name.possessive && n2name.words.length >= 2 &&
        (isPunct(toks[n2name.vj], ',') || (isWord(toks[n2name.vj]) && inLex(toks[n2name.vj]!, LEX.speechVerb)))) {
        describedName = true;
        next = n2name;
      }
      // ("Her lawyer, Ana Ruiz,", "her Spanish counterpart Tomas Berg": a pronoun's person too; but "Asked about his lawyer, Tom Hale said": a name set off after it must close the apposition)
      const owned = m.owner?.type === 'pronoun';
      const setOff = next !== undefined && next.vi === comma + 1 && isPunct(toks[comma], ',') && !next.possessive &&
        (!owned || closesApposition(v, mentions, mi + 1));
      // ("The political scientist of the Institute … dr. Mantas Jurkšas": a title in lower case between them, as
      // translations write it, is no gap)
      // ("the director of the hospital dr n. med. Barbara Olszewska": an academic title of a few abbreviations)
      const titled = isWord(toks[m.vj]) && !toks[m.vj]!.cap && inLex(toks[m.vj]!, LEX.title) && next !== undefined &&
        (next.vi === m.vj + 1 || (next.vi === m.vj + 2 && isPunct(toks[m.vj + 1], '.')) || next.vi === pastAbbreviations(toks, m.vj + 1));
      // ("the hokim of Yakkasaray district Bahodir Qodirov": the settlement's noun, then the holder's name)
      const pastSettlement = isSettlementNoun(toks[m.vj]) && next !== undefined && next.vi === m.vj + 1 && next.kind === 'person' && next.words.length >= 2;
      // why: "The suspect is Sunil Perera (54), of Kandana.", "The victim was Mara Holm, a nurse": a sentence that opens
      // on a person's description and says who that is with "is" or "was" names the person the description stands for
      let copula = next !== undefined && next === mentions[mi + 1] && next.vi === m.vj + 1 && isWord(toks[m.vj]) && (toks[m.vj]!.key === 'is' || toks[m.vj]!.key === 'was') &&
        !m.plural && !m.owner && v.sentStart[m.sent] === m.vi && next.kind === 'person' && !next.possessive;
      // ("The scientific coordinator of the project is the marine biologist Celso Machava", "O coordenador … é o biólogo
      // marinho Celso Machava": or a description of the person's own after "is", run into the name, an adjective the
      // language sets after its noun between them)
      if (copula && next!.type === 'desc') {
        const held = mentions[mi + 2];
        const gap = held ? held.vi - next!.vj : -1;
        copula = !!held && next!.kind === 'person' && !next!.plural && held.type === 'name' && held.kind === 'person' && !held.possessive &&
          (gap === 0 || (gap === 1 && v.language !== 'en' && isWord(toks[next!.vj]) && !toks[next!.vj]!.cap));
        if (copula) next = held;
      }
      // ("the chairman of the cooperative »Tulongeni Pamwe« who is known …": a name in marks right after the description is
      // the body's or the thing's it ends on, not the person it describes)
      const inMarks = next !== undefined && next.vi === m.vj && QUOTE_MARKS.includes(v.text[next.s - 1] ?? '');
      if (next && next.type === 'name' && next.entity >= 0 && ((next.vi === m.vj && !inMarks) || titled || setOff || pastSettlement || placeThenHolder || roleChain || copula || describedName)) {
        m.entity = next.entity;
        // why: "The activist of the campaign …, Ms. Leena D’Souza, in the programme of Prudent Media said that …": the
        // name set off after the subject's description is the subject too; the quotation's evidence is then the name
        if (m.subject && setOff && !next.subject && isPunct(toks[next.vj], ',')) next.subject = true;
        // (a shared surname the role settles later gives the role to no one yet)
        if (unsettled.has(next)) return;
        const e = entities[next.entity]!;
        e.roles.add(m.words[0]!);
        for (const r of m.roles) if (isPersonNoun(r)) e.roles.add(r);
        if (e.kind === 'unknown') e.kind = 'person';
        // (a pronoun's role is written in below, after any office before the name, which says more)
        if (!owned) e.role ??= m.surface.replace(/^(the|a|an)\s+/i, '');
        return;
      }
      // why: '"…," Darmawan the lawmaker said to Bali TV': a person's name run straight into "the" and a role, with no
      // comma, is described by it, as "the lawmaker Darmawan" would be
      const prev = mentions[mi - 1];
      if (prev?.type === 'name' && prev.vj === m.vi && prev.entity >= 0 && !prev.possessive && !m.plural && !m.owner && m.vj - m.vi === 2 &&
        toks[m.vi]!.key === 'the' && entities[prev.entity]!.kind === 'person') {
        m.entity = prev.entity;
        if (!unsettled.has(prev)) entities[prev.entity]!.roles.add(m.words[0]!);
      }
      return;
    }
    const role = m.type === 'name' && m.entity >= 0 ? possessiveRole(v, mentions, mi) : null;
    if (role) {
      const p = mentions[mi - 1];
      // why: "its" goes back to the name just before it, as in `bodiesWithStaff`; "his" and "her" are left to the
      // pronoun resolution, which is lazy and serves the quotations, not the roles
      const its = role.its && p?.type === 'pronoun' && p.vi === role.at && before?.type === 'name' && before.entity >= 0 &&
        before.entity !== m.entity && p.sent - before.sent <= 1;
      owned.push({ holder: entities[m.entity]!, role: role.text, owner: its ? before : null });
    }
    // ("Mbah Painem (72), a widow whose house …": past the age in brackets after the name)
    // ("Ana Ruiz, 54, a former engineer,": past the age set off by commas, as English news writes it)
    // ("Semyon Sleptsov, 67 years, fisherman,": or with its "years" and "old", before a noun for a person)
    const past = pastAgeIn(toks, m.vj);
    const years = isWordTok(toks[m.vj + 2]) && toks[m.vj + 2]!.key === 'years';
    const comma = past === m.vj || (years && !(isWordTok(toks[past]) && inLex(toks[past]!, LEX.personNoun))) ? m.vj : past - 1;
    // why: "Ana Ruiz is the harbour minister.", "Tom Hale was the pier's engineer": a sentence opening on a person's name
    // that says with "is" or "was" what the person is gives her the role, and the description is she
    if (m.type === 'name' && m.entity >= 0 && !m.possessive && comma === m.vj && v.sentStart[m.sent] === m.vi) copulaRole(v, mentions, mi, entities[m.entity]!);
    // why: "Msye Joachim Hoareau, 61, that everybody at Bel Ombre they call "Ti Zo", he is a fisherman since forty-seven
    // years.": translations take a name opening its sentence up again with "he" or "she" after the asides set off
    // behind it; what that pronoun "is" is the name's role, as if the name had said it
    else if (m.type === 'name' && m.entity >= 0 && !m.possessive && v.sentStart[m.sent] === m.vi && isPunct(toks[m.vj], ',')) {
      const p = resumingPronoun(v, mentions, mi);
      if (p >= 0) copulaRole(v, mentions, p, entities[m.entity]!);
    }
    if (m.type !== 'name' || m.entity < 0 || !isPunct(toks[comma], ',')) return;
    // why: "in Redon, the Prime minister promises …": a name right after "in" or "at" is where the sentence is set, and
    // the description after the comma opens the clause's subject
    const at = toks[m.vi - 1];
    if (at?.k === K.Word && (at.key === 'in' || at.key === 'at')) return;
    // ("in the talk show of Independent Television, the KCC chief engineer, however, assured": a body's name is no one a
    // person's role restates; the description after the comma opens the clause's subject)
    if (entities[m.entity]!.kind === 'organization') return;
    // ("the region of Dakar, the minister of …, Ousmane Diagne,": so is a name after a settlement's noun and "of")
    if (at?.k === K.Word && at.key === 'of' && isSettlementNoun(toks[m.vi - 2])) return;
    // why: "Ana Ruiz, who was the port's treasurer," says what she is after "who was"; any other clause after the
    // comma ("whose son …", "who has …", "where …") says something of someone or somewhere else, and is no role
    const clause = RELATIVES.has(toks[comma + 1]?.key ?? '');
    const from = clause ? relativeRole(toks, comma + 1) : comma + 1;
    if (from < 0) return;
    // why: "Berg, through his lawyer, refused": a phrase opening on a preposition is no apposition; nor is one opening
    // on a conjunction, which goes on with a list or a clause ("Maria Lopez, and two board members met")
    if (APPOSITION_NEVER_AFTER.has(toks[from]?.key ?? '') || LIST_GOES_ON.has(toks[from]?.key ?? '')) return;
    // why: "targeting Ana Ruiz, doubting the Porto mayor's record": a participle opens a clause about
    // something else, not a description of the name
    const opener = toks[from];
    if (opener && opener.k === K.Word && !opener.cap && opener.key.length > 4 && opener.key.endsWith('ing') && !inLex(opener, LEX.personNoun)) return;
    let k = from;
    let roleAt = -1;
    // ("Nezîr Tekin, the father of Rênas Tekin of 9 years whose leg … was broken, …": a relative after the role noun
    // opens a clause about someone else; the role ends there)
    while (k < toks.length && k < from + 14 && toks[k]!.k === K.Word && v.sent[k] === m.sent && !(clause && endsRole(toks, k)) &&
      !(roleAt >= 0 && !clause && RELATIVES.has(toks[k]!.key))) {
      // why: "In an interview with Le Monde, the minister said that …": a role noun with its own speech verb after it is
      // the subject of the clause, not a description of the name before the comma
      if (inLex(toks[k]!, LEX.speechVerb) && (roleAt < 0 || (!clause && !RELATIVES.has(toks[k - 1]!.key)))) return;
      if (roleAt < 0 && k < from + 6 && inLex(toks[k]!, LEX.personNoun)) roleAt = k;
      k++;
    }
    // ("Brian Otieno Ouma, who is the chairman of the Kaloka Beach Management Unit (BMU), was": past the acronym in
    // brackets after the body the role ends on)
    const end = roleAt >= 0 && isPunct(toks[k], '(') && isPunct(toks[pastParenthesis(toks, k)], ',') ? toks[pastParenthesis(toks, k)] : toks[k];
    // ("Halmos Péter, the president of the yacht club – who is no relative of the expert –": translations set an aside
    // off with a spaced en dash where English uses a comma or an em dash)
    // ("Ana Ruiz, the mayor: “…”": or the colon that opens her words)
    if (roleAt < 0 || !end || !(isPunct(end, ',.;:)—–') || end.k === K.Break || end.k === K.Quote || (clause && endsRole(toks, k)) ||
      (!clause && end.k === K.Word && RELATIVES.has(end.key)))) return;
    // why: "… tourists from Valdoria, Ruiz's right-hand woman addressed supporters,": a past-tense verb after the role
    // noun makes the phrase a clause of its own (a participle with its agent, "the aide appointed by Ruiz", is not one)
    const verb = toks[roleAt + 1];
    if (roleAt + 1 < k && !verb!.cap && verb!.key.endsWith('ed') && toks[roleAt + 2]?.key !== 'by') return;
    // why: "Contacted by Le Monde, the economist Paul Girard said": a description with its own name right after it
    // describes that name, and the name before the comma is someone or something else
    const described = mentions[mi + 1];
    const holder = mentions[mi + 2];
    if (described?.type === 'desc' && described.vi === from && holder?.type === 'name' && holder.vi === described.vj && holder.vi < k &&
      !QUOTE_MARKS.includes(v.text[holder.s - 1] ?? '')) return;
    const e = entities[m.entity]!;
    if (e.kind === 'unknown') e.kind = 'person';
    // why: "Ruiz, the former harbour master, is …": the description set off after the name is that name, even
    // though it shares her sentence (which rules the names of its sentence out for other descriptions)
    // ("Ana Ruiz, who is the harbour minister,": past the relative pronoun's own mention)
    const desc = mentions[mi + 1]?.type === 'pronoun' && clause ? mentions[mi + 2] : mentions[mi + 1];
    if (desc && desc.type === 'desc' && desc.kind === 'person' && desc.vi === from && desc.entity < 0 && !desc.plural) desc.entity = m.entity;
    for (let r = from; r <= roleAt; r++) if (inLex(toks[r]!, LEX.personNoun)) e.roles.add(toks[r]!.key);
    // why: "Democratic pollster Ana Ruiz, who was then a member of …": the office the writer put before the name is
    // what she is now; the clause tells what else she is or was
    if (!clause || !officeBefore(v, m)) {
      // why: "Ana Ruiz, a harbour pilot who has sailed for 20 years,": the role ends where a clause about her begins
      let stop = roleAt + 1;
      // (and before a name in marks: the body's name is no part of the person's role)
      while (stop < k && !endsRole(toks, stop) && !QUOTE_MARKS.includes(v.text[toks[stop]!.s - 1] ?? '')) stop++;
      e.role ??= v.text.slice(toks[from]!.s, toks[stop - 1]!.e).replace(/^(the|a|an)\s+/i, '');
    }
    const g: string[] = [];
    for (let r = from; r <= roleAt; r++) g.push(toks[r]!.key);
    if (g.some((x) => /woman$|wife|mother|daughter|actress/.test(x))) e.female += 3;
    // ("the chairperson", "a German doctor", "a human-rights lawyer": "son" and "man" end words of either gender)
    if (g.some((x) => /(?<!wo)man$|husband|father|^(grand|step|god)?son$|actor/.test(x) && !UNGENDERED_MAN.has(x))) e.male += 3;
  });
  return owned;
}

/**
 * The role "is"/"was" gives the name at `mi` when the description right after the verb ends its clause ("Ana Ruiz is the
 * harbour minister."): the description stands for the person, and its nouns are her roles. A description owned by
 * someone else ("is the minister's daughter") or of many ("are the owners") is none; an office of a place or a body
 * ("is the mayor of Tarvo") is hers.
 */
function copulaRole(v: View, mentions: Mention[], mi: number, e: Entity): void {
  const toks = v.toks;
  const m = mentions[mi]!;
  const verb = toks[m.vj];
  const desc = mentions[mi + 1];
  if (!isWord(verb) || (verb.key !== 'is' && verb.key !== 'was') || !desc || desc.type !== 'desc' || desc.kind !== 'person' ||
    desc.vi !== m.vj + 1 || desc.plural || (desc.owner && !placeOrBody(desc.owner)) || desc.entity >= 0) return;
  const end = toks[desc.vj];
  if (end !== undefined && !isPunct(end, ',.;') && end.k !== K.Break && !yearsHeld(toks, desc.vj) && !(m.type === 'pronoun' && yearsLong(toks, desc.vj))) return;
  desc.entity = m.entity;
  if (e.kind === 'unknown') e.kind = 'person';
  for (const w of desc.words) if (isPersonNoun(w)) e.roles.add(w);
  e.role ??= desc.surface.replace(/^(the|a|an)\s+/i, '');
}

/** Most tokens from a name opening its sentence to the "he" or "she" that takes it up again. */
const RESUMED_REACH = 30;
/** Prepositions after which a name is where or to whom, never someone a resuming pronoun may stand for. */
const ASIDE_PREPOSITIONS = new Set(['at', 'in', 'of', 'from', 'to', 'on']);

/**
 * The mention of the "he" or "she" after a comma that takes up the name at `mi`, opening its sentence, again after the
 * asides set off behind it ("X, 61, that everybody … call "Ti Zo", he is …"); -1 when another person's name comes first
 * (then "he" may be that one) or none is in reach. A pronoun of the other gender than the name's is none.
 */
function resumingPronoun(v: View, mentions: Mention[], mi: number): number {
  const m = mentions[mi]!;
  for (let j = mi + 1; j < mentions.length; j++) {
    const p = mentions[j]!;
    if (p.sent !== m.sent || p.vi > m.vj + RESUMED_REACH) return -1;
    if (p.type === 'name' && p.kind === 'person' && !ASIDE_PREPOSITIONS.has(v.toks[p.vi - 1]?.key ?? '')) return -1;
    if (p.type !== 'pronoun' || !isPunct(v.toks[p.vi - 1], ',')) continue;
    return (p.words[0] === 'he' || p.words[0] === 'she') && (m.gender === null || m.gender === p.gender) ? j : -1;
  }
  return -1;
}

/** Whether the words at view token `k` say how long a role has been held ("since forty-seven years", "for 20 years"). */
function yearsLong(toks: Tok[], k: number): boolean {
  if (!isWord(toks[k]) || (toks[k]!.key !== 'since' && toks[k]!.key !== 'for')) return false;
  for (let j = k + 1; j < toks.length && j <= k + 4; j++) if (isWord(toks[j]) && (toks[j]!.key === 'years' || toks[j]!.key === 'year')) return true;
  return false;
}

/** Whether an owner after "of" is a place or a body, named ("the mayor of Tarvo", "the director of Acme Corp"): the
 * description is an office there, which the person holds; an owner who is a person ("the daughter of Tom Hale", "the
 * minister's daughter") makes it a relation of theirs. */
const placeOrBody = (owner: Mention): boolean => owner.type === 'name' && owner.kind !== 'person' && !owner.possessive;

/** Words that open the years a role was held ("until 2020", "from 2016 to 2020", "since 2019"). */
const HELD_FROM = new Set(['until', 'till', 'since', 'from', 'between', 'in']);
/** Most tokens of those years before the clause ends. */
const YEARS_HELD_TOKENS = 5;

/**
 * Whether the words at view token `k` are the years a role was held, closing the clause: "Ana Ruiz was the transport
 * minister until 2020.", "… from 2016 to 2020,". why: a role held up to a year is still hers to be named by ("the
 * former minister said"); what else may follow a description ("was the minister's guest") goes on with no year.
 */
function yearsHeld(toks: Tok[], k: number): boolean {
  if (!isWord(toks[k]) || !HELD_FROM.has(toks[k]!.key)) return false;
  let year = false;
  for (let j = k + 1; j < toks.length && j <= k + YEARS_HELD_TOKENS; j++) {
    const t = toks[j]!;
    if (isPunct(t, ',.;') || t.k === K.Break) return year;
    if (!isWord(t)) return false;
    if (/^(1[89]|20)\d\d$/.test(t.key)) year = true;
    else if (t.key !== 'to' && t.key !== 'and') return false;
  }
  return false;
}

/** Units of a body or an administration written after its name ("the PWD Champhai division", "the Kapit branch"). */
const UNIT_NOUNS = new Set(['division', 'branch', 'unit', 'circle', 'block', 'zone', 'section', 'office', 'station', 'range', 'sector', 'chapter']);

/** Most "of" phrases naming a body or a place between a description and the name set off after it. */
const OF_CHAIN_LINKS = 3;
/** Most tokens from a description to the name a second role set off after it runs on to. */
const ROLE_CHAIN_REACH = 12;
/** Longest a body's name in marks inside a role may be. */
const NAME_IN_MARKS_CHARS = 48;

/**
 * why: "The secretary general of the union, Fulbert Loemba, … The SG, 52 years, he qualified …": "the" and an acronym
 * that spells the role an apposition gave a person stand for that person. The people by the initials of their roles,
 * read once an article; -1 for initials two people's roles share, which say no one.
 */
function holdersByInitials(entities: Entity[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entities) {
    if (e.kind !== 'person' || e.role === null) continue;
    const initials = roleInitials(e.role);
    if (initials.length < 2) continue;
    out.set(initials, out.has(initials) && out.get(initials) !== e.id ? -1 : e.id);
  }
  return out;
}

/** The person whose role the acronym (lower case) spells, by `holdersByInitials`; else undefined. */
function holderByInitials(byInitials: Map<string, number>, acronym: string): number | undefined {
  const id = byInitials.get(acronym) ?? (acronym.length > 2 ? byInitials.get(acronym.slice(0, -1)) : undefined);
  return id === undefined || id < 0 ? undefined : id;
}

/** Most tokens between an office's acronym and the comma before its holder's name ("SSP Operations of Peshawar,"). */
const ACRONYM_OFFICE_TOKENS = 8;

/**
 * "The SSP Operations of Peshawar, Sajjad Ahmad Afridi, told …. “…,” the SSP said", "the Inspector of Academy (IA) of
 * Kaolack, Cheikh Tidiane Sarr, … «…», the IA declared": an office's acronym in the phrase a person's name is set off
 * after names that person's office; "the" and the acronym alone later stand for the person, not for a body of that name.
 */
function officesByAcronym(v: View, mentions: Mention[], entities: Entity[]): void {
  const toks = v.toks;
  let holders: Map<string, number> | null = null;
  let byInitials: Map<string, number> | null = null;
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.type !== 'name') continue;
    // (the mention may hold its article, "the SSP", and the office may go on after the acronym, "SSP Operations")
    const at = toks[m.vi]?.key === 'the' ? m.vi + 1 : m.vi;
    const first = toks[at];
    // ("the P/APC of Illoula Oumalou, Rachid Ait Hamou, … said the P/APC": an office's letter joined by a slash to the
    // body's acronym is one acronym)
    const second = toks[at + 1];
    const slashed = first !== undefined && first.e - first.s === 1 && second !== undefined && second.s === first.e + 1 && v.text.charCodeAt(first.e) === 47 &&
      second.e - second.s >= 2 && second.e - second.s <= 6 && /^[A-Z]+$/.test(v.text.slice(second.s, second.e));
    if (!first || first.k !== K.Word || (!slashed && (first.e - first.s < 2 || first.e - first.s > 6)) || !/^[A-Z]+$/.test(v.text.slice(first.s, first.e))) continue;
    const key = slashed ? `${first.key}/${second!.key}` : first.key;
    let k = m.vj;
    while (k < toks.length && k < m.vj + ACRONYM_OFFICE_TOKENS && v.sent[k] === m.sent && !(toks[k]!.k === K.Punct && toks[k]!.key === ',')) k++;
    // (the mention right after the comma, among the next few: mentions are in order)
    let after = -1;
    for (let n = mi + 1; toks[k]?.k === K.Punct && toks[k]!.key === ',' && n < mentions.length && mentions[n]!.vi <= k + 1; n++) if (mentions[n]!.vi === k + 1) after = n;
    const holder = after >= 0 ? mentions[after]! : null;
    if (holder && holder.type === 'name' && holder.entity >= 0 && entities[holder.entity]!.kind !== 'organization' && entities[holder.entity]!.kind !== 'place' &&
      (entities[holder.entity]!.kind === 'person' || holder.words.length >= 2)) {
      (holders ??= new Map()).set(key, holder.entity);
      continue;
    }
    const the = (t: Tok | undefined) => t?.k === K.Word && t.key === 'the';
    const person = holders?.get(key) ??
      (!slashed && m.words.length === 1 && (the(toks[m.vi]) || the(toks[m.vi - 1])) ? holderByInitials((byInitials ??= holdersByInitials(entities)), key) : undefined);
    if (person !== undefined && m.words.length === (slashed ? 2 : 1) && (the(toks[m.vi]) || the(toks[m.vi - 1]))) m.entity = person;
  }
}

/** Words of a role that its initials skip ("chief executive of the port"). */
const INITIALS_STOP = new Set(['of', 'for', 'at', 'in', 'on', 'the', 'a', 'an', 'and']);

/** The initials of a role's leading words, up to its first small word ("secretary general of the union" → "sg"). */
export function roleInitials(role: string): string {
  let initials = '';
  for (const w of role.toLowerCase().split(/\s+/)) {
    if (INITIALS_STOP.has(w) || !/^\p{L}/u.test(w)) break;
    initials += w[0];
  }
  return initials;
}

/** Whether an acronym (lower case) spells the initials, or them and a last letter the role leaves out ("ceo" for "ce"). */
export const initialsMatch = (initials: string, acronym: string): boolean =>
  initials.length >= 2 && acronym.startsWith(initials) && acronym.length - initials.length <= 1;

/** Whether `text[s, e)` is only the capitals A to Z (read without cutting it out: asked of every name). */
function capitalsOnly(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * "Chief District Officer Hari Prasad Adhikari … said CDO Adhikari", "the Upazila Nirbahi Officer, Rafiqul Islam, … the
 * UNO said", "CDO Hari Prasad Adhikari … said the CDO": South Asian and African news write an official's office in full
 * once, or its acronym before the name, then the acronym alone or before the surname. An acronym in capitals that
 * spells the office of one person the article names (up to a word of that office naming a person's post, so "the FBI"
 * is never the FBI director) stands for that person: alone, or before a surname of several people (then the one holding
 * that office). A body the article named in full is left as it is.
 */
function officesSpelledShort(v: View, mentions: Mention[], entities: Entity[]): void {
  const toks = v.toks;
  let offices: Map<number, string[]> | null = null;
  const holders = new Map<string, number>();
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.type !== 'name' || m.entity < 0) continue;
    const at = toks[m.vi]?.key === 'the' ? m.vi + 1 : m.vi;
    const first = toks[at];
    if (!first || first.k !== K.Word || !first.cap || first.e - first.s < 2 || first.e - first.s > 5 || !capitalsOnly(v.text, first.s, first.e)) continue;
    const acronym = v.text.slice(first.s, first.e);
    const words = m.vj - at;
    if (words > 2) continue;
    const own = entities[m.entity]!;
    // (an acronym the article named a body with, or a person's name, is that body or person)
    if (words === 1 && (own.nameWords > 1 || own.kind === 'person')) continue;
    offices ??= officesOf(v, mentions, entities);
    const surname = words === 2 ? toks[at + 1]!.key : '';
    const key = `${acronym} ${surname}`;
    let holder = holders.get(key);
    if (holder === undefined) {
      holder = -1;
      for (const [id, list] of offices) {
        const e = entities[id]!;
        if ((surname && e.last !== surname) || !list.some((o) => spells(o, acronym))) continue;
        holder = holder === -1 ? id : -2;
        if (holder === -2) break;
      }
      holders.set(key, holder);
    }
    if (holder < 0) continue;
    m.entity = holder;
    // (the office said which of those sharing the surname it is: the sentences around it do not say otherwise)
    if (surname && !m.roles.includes(first.key)) m.roles.push(first.key);
  }
}

/** The offices written for each person the article names: the role an apposition gave, the office before a name, an
 * acronym opening a name ("CDO Hari Prasad Adhikari"). */
function officesOf(v: View, mentions: Mention[], entities: Entity[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (id: number, office: string): void => {
    const list = out.get(id);
    if (!list) out.set(id, [office]);
    else if (list.length < OFFICES_KEPT && !list.includes(office)) list.push(office);
  };
  for (const e of entities) if (e.kind === 'person' && e.role) add(e.id, e.role);
  for (const m of mentions) {
    if (m.type !== 'name' || m.entity < 0 || entities[m.entity]!.kind !== 'person') continue;
    const office = officeBefore(v, m);
    if (office) add(m.entity, office);
    // (the acronym right before the given name: "FBI Director James Comey" names a body before the office)
    const first = v.toks[m.vi]!;
    const next = v.toks[m.vi + 1];
    if (m.words.length >= 3 && first.e - first.s >= 2 && first.e - first.s <= 5 && /^[A-Z]+$/.test(v.text.slice(first.s, first.e)) && isWord(next) &&
      !inLex(next, LEX.title | LEX.personNoun | LEX.orgWord)) add(m.entity, v.text.slice(first.s, first.e));
  }
  return out;
}
/** Most offices kept for one person. */
const OFFICES_KEPT = 8;

/** Whether `acronym` is given in `office` or spells the capitalised words of its opening up to a word of a person's post
 * ("CDO": "Chief District Officer of Chitwan"; "DSP": "Deputy Superintendent of Police"; never "FBI": "FBI Director"). */
function spells(office: string, acronym: string): boolean {
  // ("CDO Hari Prasad Adhikari", "the Upazila Nirbahi Officer (UNO)": or the office is the acronym, or gives it)
  if (office === acronym || office.includes(`(${acronym})`)) return true;
  let letters = '';
  let post = false;
  for (const w of office.split(/[\s-]+/)) {
    const c = w.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) continue;
    letters += w[0];
    post ||= TITLES.has(w.toLowerCase()) || isPersonNoun(w.toLowerCase());
    if (letters.length === acronym.length) return post && letters === acronym;
  }
  return false;
}

/** Most letters of a particle in lower case inside a body's name ("Comhairle nan Eilean Siar"). */
const NAME_PARTICLE_LETTERS = 3;

/** Most bodies an acronym is read against for the first letters of their words. */
const ACRONYM_BODIES = 32;

/** How many tokens before a name its titles may stand ("Haji Muhammad Aslam Butt", "Alhaji Chief X"). */
const TITLE_REACH = 3;

/** Words that introduce another name a person goes by: "…, or “Pa Pha”,", "known as “Mama Omena”", "alias “El Flaco”". */
const ALIAS_LEADS = new Set(['or', 'as', 'alias', 'aka', 'nicknamed', 'dubbed', 'called', 'call', 'calls']);
/** Prepositions of a setting that may stand between a name and the other name it goes by ("…, who everybody in San
 * Jose knows as “Dodong”"). */
const ALIAS_SETTINGS = new Set(['in', 'at', 'on', 'from']);
/** Most view tokens between a name and the other name it goes by ("…, age 54 years, or"). */
const ALIAS_REACH = 12;
/** The same for a name written without marks after "known … as" ("…, 63, from Siabost, who is known to everybody on
 * the west side as Dòmhnall Ruadh"). */
const KNOWN_AS_NAME_REACH = 20;

/**
 * The other name the person named by mention `mi` goes by, given in marks after it in its sentence ("Buppha
 * Kaewmanee, age 54 years, or “Pa Pha”", "Rose Atieno, known at the beach as “Mama Omena”"): its key and surface, or
 * null. Another mention between the two, or a name in marks with no lead, is none.
 */
function aliasOf(v: View, mentions: Mention[], mi: number, m: Mention): { key: string; surface: string } | null {
  const toks = v.toks;
  if (mentions[mi]!.type !== 'name' || !aliasWritten) return null;
  let n = mi + 1;
  for (let k = m.vj + 1; k < toks.length && k <= m.vj + KNOWN_AS_NAME_REACH && v.sent[k] === m.sent; k++) {
    const next = mentions[n];
    if (next && next.vi <= k && next.vi > m.vj) {
      // why: "Rodolfo Abarquez, who everybody in San Jose they know as “Dodong”": a place the clause is set in is no
      // other person between the name and the name it goes by; nor are the pronouns of the clause ("who", "they")
      const lead = toks[next.vi - 1];
      // why: "Dòmhnall MacLeòid, 63, who is known to everybody on the west side as Dòmhnall Ruadh": the other name may
      // be written without marks after "known … as"
      // ("Омар Магомедов, 67, whom all the village call Hajji Omar": or after "call" in a relative clause)
      const called = isWordTok(lead) && CALLING.has(lead.key) && relativeBetween(toks, m.vj, next.vi - 1);
      if (next.type === 'name' && isWordTok(lead) && (called || (lead.key === 'as' && knownBefore(toks, next.vi - 2, m.vj))) && !next.possessive && next.kind !== 'organization') {
        return { key: next.words.join(' '), surface: next.surface };
      }
      // ("whom all the village call …": nor is a description of no person)
      if (next.type !== 'pronoun' && !(next.type === 'desc' && next.kind !== 'person') &&
        (next.type !== 'name' || !isWordTok(lead) || lead.cap || !ALIAS_SETTINGS.has(lead.key))) return null;
      k = next.vj - 1;
      n++;
      continue;
    }
    const t = toks[k]!;
    if (t.k !== K.Word || k > m.vj + ALIAS_REACH) continue;
    const past = pastNameInMarks(v, k);
    if (past === k) continue;
    // ("a.k.a. “El Flaco”", keyed "aka": the abbreviation's last stop stands between it and the name)
    const lead = isPunct(toks[k - 1], '.') && isWordTok(toks[k - 2]) && toks[k - 2]!.key === 'aka' ? toks[k - 2] : toks[k - 1];
    if (!isWordTok(lead) || !ALIAS_LEADS.has(lead.key)) return null;
    const surface = v.text.slice(t.s, toks[past - 1]!.e);
    let words = surface.toLowerCase().split(/\s+/);
    // (a title in the other name is no part of it, as in any name: "Mama Samaki" is keyed as "Samaki" is written after it)
    while (words.length > 1 && TITLES.has(words[0]!)) words = words.slice(1);
    return words.length <= 3 ? { key: words.length === 1 ? words[0]! : words.join(' '), surface } : null;
  }
  return null;
}

const isWordTok = (t: Tok | undefined): t is Tok => t !== undefined && t.k === K.Word;

/** Whether entity `e` was written only as the other name keyed `key`: a person's, not a body's or a place's. */
const knownOnlyBy = (e: Entity, key: string): boolean =>
  (e.kind === 'person' || e.kind === 'unknown') && !e.plural && e.words.size === key.split(' ').length && key.split(' ').every((w) => e.words.has(w));

/** Whether the article writes a name in marks, or a word that leads another name without them ("known", "call"):
 * most articles do neither, and their names are not read on for one. Set once an article by `clusterNames`. */
let aliasWritten = false;
function aliasWordsIn(v: View): boolean {
  if (v.names.length) return true;
  for (const key of ALIAS_WORDS) {
    const id = keyIdOf(key);
    if (id >= 0 && v.keyUse[id] !== 0) return true;
  }
  return false;
}

/** Verbs a relative clause gives a person's other name with ("whom all the village call Hajji Omar"). */
const CALLING = new Set(['call', 'calls', 'called', 'nicknamed', 'dubbed']);
/** The words that may lead another name without marks: "known" (before "as") and those verbs. */
const ALIAS_WORDS = ['known', ...CALLING];

/** Whether a relative pronoun ("whom", "who", "that") stands in view tokens (from, to). */
function relativeBetween(toks: Tok[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (isWordTok(toks[j]) && (toks[j]!.key === 'whom' || toks[j]!.key === 'who' || toks[j]!.key === 'that')) return true;
  return false;
}

/** Most tokens between "known" and the "as" of "known to everybody on the west side as …". */
const KNOWN_AS_REACH = 8;
/** Whether "known" stands at most KNOWN_AS_REACH tokens back from `k`, after token `from`. */
function knownBefore(toks: Tok[], k: number, from: number): boolean {
  for (let j = k; j > from && j >= k - KNOWN_AS_REACH; j--) if (isWordTok(toks[j]) && toks[j]!.key === 'known') return true;
  return false;
}

/**
 * "the witness Chan Hon-kwong walked in, the neighbours all call him Chan Pak": a name right after "call him" (or
 * "her") is what the person last named in full in that sentence goes by; that person's entity, else null.
 */
function calledBy(v: View, mentions: Mention[], mi: number, entities: Entity[]): Entity | null {
  const m = mentions[mi]!;
  const pro = v.toks[m.vi - 1];
  const verb = v.toks[m.vi - 2];
  if (m.type !== 'name' || !isWordTok(pro) || (pro.key !== 'him' && pro.key !== 'her') || !isWordTok(verb) || !NAMING_VERBS.has(verb.key)) return null;
  for (let j = mi - 1; j >= 0 && mentions[j]!.sent === m.sent; j--) {
    const c = mentions[j]!;
    if (c.type === 'name' && c.entity >= 0 && c.words.length >= 2 && entities[c.entity]!.kind === 'person') return entities[c.entity]!;
  }
  return null;
}

/** Most tokens between "as" and the naming verb of ", as the neighbours they call her". */
const CALLED_AFTER_REACH = 6;
/** Most paragraphs, and mentions, back the person such a name goes by may have been named. */
const CALLED_AFTER_PARAGRAPHS = 3;
const CALLED_AFTER_MENTIONS = 60;

/**
 * why: "Nanay Purita Cabahug, 67, … she was among them. “…,” said Nanay Puring, as the neighbours they call her.": a
 * name followed by ", as … call her" (or "him") is what people call someone named before, not a new person: the person
 * last named in full in the paragraphs before, of that gender when a title gave one. Null when the name reads otherwise.
 */
function calledAfter(v: View, mentions: Mention[], mi: number, entities: Entity[]): Entity | null {
  const m = mentions[mi]!;
  const toks = v.toks;
  if (m.type !== 'name' || !isPunct(toks[m.vj], ',') || toks[m.vj + 1]?.key !== 'as' || !isWordTok(toks[m.vj + 1])) return null;
  let pro = '';
  for (let k = m.vj + 2; k < toks.length && k <= m.vj + 1 + CALLED_AFTER_REACH && v.sent[k] === m.sent; k++) {
    if (isWordTok(toks[k]) && NAMING_VERBS.has(toks[k]!.key) && isWordTok(toks[k + 1]) && (toks[k + 1]!.key === 'her' || toks[k + 1]!.key === 'him')) {
      pro = toks[k + 1]!.key;
      break;
    }
  }
  if (pro === '') return null;
  for (let j = mi - 1; j >= 0 && j >= mi - CALLED_AFTER_MENTIONS && m.para - mentions[j]!.para <= CALLED_AFTER_PARAGRAPHS; j--) {
    const c = mentions[j]!;
    if (c.type !== 'name' || c.entity < 0 || c.words.length < 2) continue;
    const e = entities[c.entity]!;
    if (e.kind !== 'person' || (pro === 'her' ? e.male > e.female : e.female > e.male)) continue;
    return e;
  }
  return null;
}

/** Most abbreviations an academic title runs over after its first word ("dr n. med.", "prof. dr hab."). */
const TITLE_ABBREVIATIONS = 3;

/** Past the abbreviations of an academic title from `k` (". n. med.", ". dr hab."): short lower-case words with
 * their stops, the stop after the title's first word included. */
function pastAbbreviations(toks: Tok[], k: number): number {
  if (isPunct(toks[k], '.')) k++;
  for (let n = 0; n < TITLE_ABBREVIATIONS && isWord(toks[k]) && !toks[k]!.cap && toks[k]!.key.length <= 4 && isPunct(toks[k + 1], '.'); n++) k += 2;
  return k;
}

/** Adjectives of an office written after its noun ("director provincial", "delegate regional", "inspector general"). */
const POSTPOSED_ADJECTIVE = /^\p{Ll}+(?:al|ial|ional|ary|ic|ive|ent|ant)$/u;

/** Most words in lower case after the "of" that `pastLowerOf` reads past. */
const LOWER_OF_WORDS = 3;

/** Past "of the enterprise" at view token `k`, when a comma closes it within a few words in lower case; else `k`. */
function pastLowerOf(toks: Tok[], k: number): number {
  if (!isWord(toks[k]) || toks[k]!.key !== 'of') return k;
  let j = k + 1;
  if (isWord(toks[j]) && inLex(toks[j]!, LEX.determiner)) j++;
  const from = j;
  while (j < from + LOWER_OF_WORDS && isWord(toks[j]) && !toks[j]!.cap && !inLex(toks[j]!, LEX.speechVerb) && !inLex(toks[j]!, LEX.pronoun)) j++;
  return j > from && isPunct(toks[j], ',') ? j : k;
}

/** Possessives that open a description of the person apposed after it ("Its chief executive, Maria Lopez,"). */
const OWNING_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
/** Most words between the possessive and the comma ("its longtime chief financial officer"). */
const OWNED_ROLE_WORDS = 5;

/**
 * "Its chief executive, Maria Lopez, said", "His spokesman, Tom Hale,": a possessive, lower-case words holding a
 * person noun, a comma and the name, closed as an apposition is, give the name its role, the possessive dropped
 * (what it stands for is said by `ownedRole`). A list is no apposition: "Its chief executive, Maria Lopez and two
 * board members" names three people.
 */
function possessiveRole(v: View, mentions: Mention[], mi: number): { text: string; at: number; its: boolean } | null {
  const toks = v.toks;
  const m = mentions[mi]!;
  const comma = m.vi - 1;
  if (!isPunct(toks[comma], ',')) return null;
  let k = comma - 1;
  for (; k >= 0 && k >= comma - OWNED_ROLE_WORDS; k--) {
    const t = toks[k]!;
    if (t.k !== K.Word || t.cap || t.possessive || v.sent[k] !== m.sent || OWNING_PRONOUNS.has(t.key)) break;
    if (inLex(t, LEX.determiner | LEX.speechVerb | LEX.pronoun) || (PHRASE_BREAKS.has(t.key) && t.key !== 'of')) return null;
  }
  const owner = toks[k];
  if (k >= comma - 1 || !isWord(owner) || !OWNING_PRONOUNS.has(owner.key) || v.sent[k] !== m.sent) return null;
  // why: the person noun ends the phrase ("chief executive") or is what an "of" after it is about ("chief of staff");
  // a plural ("its members") is a group the name is one of
  let person = false;
  for (let r = k + 1; r < comma && !person; r++) {
    const t = toks[r]!;
    person = inLex(t, LEX.personNoun) && !inLex(t, LEX.personPlural) && (r === comma - 1 || toks[r + 1]!.key === 'of');
  }
  if (!person || !closesApposition(v, mentions, mi)) return null;
  return { text: v.text.slice(toks[k + 1]!.s, toks[comma - 1]!.e), at: k, its: owner.key === 'its' };
}

/**
 * Whether the name of mention `mi` ends an apposition: a stop, a dash, or a comma that no further name of a list
 * follows ("his wife, Ines, and his brother" closes it; "its founders, Ana Ruiz, Tom Hale and …" does not). "Maria
 * Lopez said" without the comma may be the subject after an opening phrase ("Asked about his lawyer, Maria Lopez said").
 */
function closesApposition(v: View, mentions: Mention[], mi: number): boolean {
  const toks = v.toks;
  const m = mentions[mi]!;
  const after = toks[m.vj];
  if (isPunct(after, ';.—–)')) return true;
  if (!isPunct(after, ',')) return false;
  const n = mentions[mi + 1];
  return !(n && n.type === 'name' && n.vi === m.vj + 1 && (isPunct(toks[n.vj], ',') || LIST_GOES_ON.has(toks[n.vj]?.key ?? '')));
}

/** The role a possessive gave, unless the name has one; "chief executive of Northwind Energy" when "its" went back
 * to a body or a place (a person there is a misreading of "its", and the role is left as written). */
function ownedRole(o: OwnedRole, entities: Entity[]): void {
  if (o.holder.role !== null) return;
  const owner = o.owner ? entities[o.owner.entity]! : null;
  o.holder.role = owner && (owner.kind === 'organization' || owner.kind === 'place') ? `${o.role} of ${owner.name}` : o.role;
}

/** A he/she that follows a named person in the same or next sentence votes for that person's gender. */
function genderVotes(v: View, mentions: Mention[], entities: Entity[]): void {
  let lastPerson: Mention | null = null;
  for (const m of mentions) {
    // why: "For his part, the District Commissioner, Saidi Kitumbo, told …": the possessive of a sentence's opening
    // "For his part," points ahead to the subject named after it, not back to the person before
    if (m.type === 'name' && m.subject && m.entity >= 0) {
      const g = partOwnerGender(v, m.vi);
      if (g === 'f') entities[m.entity]!.female += 1;
      else if (g === 'm') entities[m.entity]!.male += 1;
    }
    if (m.type === 'name' && m.entity >= 0 && entities[m.entity]!.kind !== 'organization' && entities[m.entity]!.kind !== 'place') {
      if (!m.possessive || !lastPerson || lastPerson.sent !== m.sent) lastPerson = m;
      continue;
    }
    if (m.type !== 'pronoun' || !m.gender || !lastPerson || m.sent - lastPerson.sent > 1) continue;
    const e = entities[lastPerson.entity]!;
    const w = lastPerson.subject ? 1 : 0.25;
    if (m.gender === 'f') e.female += w;
    else e.male += w;
  }
}

/** Most tokens between a sentence's opening "For his part," and the subject's name ("the District Commissioner of Ilala,"). */
const PART_REACH = 12;

/** The gender of "his"/"her" in a "For his part," that opens the sentence of view token `vi`, within reach; else null. */
function partOwnerGender(v: View, vi: number): 'f' | 'm' | null {
  for (let k = vi - 1; k >= 3 && k >= vi - PART_REACH && v.sent[k] === v.sent[vi]; k--) {
    if (!isPunct(v.toks[k], ',') || !partOpening(v, k)) continue;
    const key = v.toks[k - 2]!.key;
    return key === 'her' ? 'f' : key === 'his' ? 'm' : null;
  }
  return null;
}

/**
 * Whether an entity is only a description that names no one ("a spokesman", "the crowd", "one tweet", "officials",
 * "an Iowa Democrat"): nobody a reviewer could look up, so no speaker, though its words stay the claim's evidence.
 * A description holding a proper name identifies its holder when no name is found for it: "the UN special
 * rapporteur", "the State Department", "the Clinton campaign", "Ruiz’s top aide". One introduced as new and
 * indefinite ("a State Department official") does not; nor does a capitalised noun for a kind of person ("Democrat").
 */
export function isUnnamed(e: Entity): boolean {
  if (e.nameWords > 0) return false;
  for (const surface of e.aliases) if (namesSomeone(surface)) return false;
  return true;
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'few', 'most', 'all', 'any', 'each',
  'every', 'no', 'other', 'others', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** `namesSomeone` of the surfaces the article has read: it repeats its descriptions ("the institute said" at every
 * quotation), and each reading cuts the surface into words. Emptied for each article (a surface cut from the text
 * holds on to all of it) and when full. */
const namesSomeoneRead = new Map<string, boolean>();
const NAMES_SOMEONE_READ_MAX = 4096;

/** A courtesy title before one capital letter, as Korean and Chinese news keep a person unnamed ("Mr. A"), alone or
 * owning someone described in lower case ("Mr. A's lawyer", unnamed too). */
const ANONYMISED = /^(?:Mr|Mrs|Ms|Miss)\.? \p{Lu}(?:['’]s?(?: \p{Ll}+)+)?$/u;

function namesSomeone(surface: string): boolean {
  let known = namesSomeoneRead.get(surface);
  if (known === undefined) {
    if (namesSomeoneRead.size >= NAMES_SOMEONE_READ_MAX) namesSomeoneRead.clear();
    namesSomeoneRead.set(surface, (known = readsAsNamed(surface)));
  }
  return known;
}

function readsAsNamed(surface: string): boolean {
  // ("Mr. A", "Ms. B": a courtesy title before one capital letter keeps the person unnamed)
  if (ANONYMISED.test(surface)) return false;
  const words = surface.split(/\s+/).map((w) => withoutPossessive(w).replace(/[^\p{L}\p{N}-]/gu, ''));
  const first = words[0]!.toLowerCase();
  if (INDEFINITE.has(first)) return false;
  // (without a determiner, the first word's capital may be the sentence's: "Officials said"; not a possessive's)
  if (!DEFINITE.has(first) && /^\p{Lu}/u.test(words[0]!) && words[0] !== surface.split(/\s+/)[0]) return true;
  // (a nationality is no name: "the Spanish envoy" is as unnamed as "the envoy")
  for (let i = 1; i < words.length; i++) if (/^\p{Lu}/u.test(words[i]!) && !PERSON_NOUNS.has(words[i]!.toLowerCase()) && !DEMONYMS.has(words[i]!.toLowerCase())) return true;
  return false;
}

export const genderOfEntity = (e: Entity): 'f' | 'm' | null => (e.female > e.male ? 'f' : e.male > e.female ? 'm' : null);

/** The entity a transcript label ("ADLER:") or a source phrase names: a known one with that name, else a new one. */
export function entityForLabel(entities: Entity[], words: string[], surface: string, kind: EntityKind = 'person'): number {
  const last = words.at(-1)!;
  const sameKind = (e: Entity): boolean => (e.kind === 'organization') === (kind === 'organization');
  // why: "Ahmedou Ag Assaleh: …" when the article also names his brother Intahmadou Ag Assaleh: a label written in full is
  // the one whose every name word it writes, before anyone who merely shares the surname
  if (words.length > 1) {
    for (let i = entities.length - 1; i >= 0; i--) {
      const e = entities[i]!;
      if (sameKind(e) && e.last === last && words.every((w) => e.words.has(w))) return e.id;
    }
  }
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (sameKind(e) && (e.last === last || (words.length === 1 && e.words.has(last)))) return e.id;
  }
  const name = kind === 'person' ? surface.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase()) : surface;
  entities.push({
    id: entities.length, kind, words: new Set(words), last, name, nameWords: words.length, aliases: new Set([surface]),
    roles: new Set(), role: null, female: 0, male: 0, lastSeen: 0, speaks: true, plural: false, titled: false,
  });
  return entities.length - 1;
}

/** Most tokens a parenthesis after a description holds when it is skipped ("(PP)", "(D-N.M.)"). */
const PARENTHESIS_TOKENS = 6;

/** The token after a short parenthesis opening at `k`, else `k`. */
function pastParenthesis(toks: Tok[], k: number): number {
  if (!isPunct(toks[k], '(')) return k;
  for (let j = k + 1; j < toks.length && j <= k + PARENTHESIS_TOKENS; j++) if (isPunct(toks[j], ')')) return j + 1;
  return k;
}
