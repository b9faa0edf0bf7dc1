/** Resolves pronouns and descriptions to the named entity they stand for, in one forward pass. */
import * as entitiesModule from './entities';
import type { Entity } from './entities';
import type { Mention } from './mentions';
import type { Tok } from './tokens';
import * as lexiconModule from './lexicon';
import * as mentionModule from './mention';
import * as namesModule from './names';
import * as tokensModule from './tokens';
import type { View } from './view';

const NO_TOKS: Tok[] = [];

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { genderOfEntity, initialsMatch, isPersonLike, isUnnamed, roleInitials, withoutPossessive } = entitiesModule;
const { inLex, K, LEX } = tokensModule;
const { closesPartPhrase } = mentionModule;
const { pastAgeIn } = namesModule;
const { BODY_PLACES, DEMONYMS, NAME_CONNECTORS, NAMING_VERBS, ORG_WORDS, PLATFORMS, SAME_NATION, SOURCE_NOUNS, TITLES, TOLD_FORMS } = lexiconModule;

const CONTENT_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'his', 'her', 'its', 'their', 'this', 'that', 'former', 'new']);
const LETTER = /\p{L}/u;
/** Whether each UTF-16 code unit is a letter, filled in as texts meet them: 1 yes, 2 no, 0 not yet. */
const LETTER_UNIT = new Uint8Array(0x10000);
const isLetterUnit = (c: number): boolean => {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45) return true;
  if (c < 128) return false;
  let known = LETTER_UNIT[c]!;
  if (!known) LETTER_UNIT[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
};
// why: one scan instead of a Unicode-class split; descriptions are cut into words for every comparison
// (the words of the last description are kept, read-only: a wall of the same description cuts it once)
let lastSurface = '';
let lastWords: readonly string[] = [];
const contentWords = (s: string): readonly string[] => {
  if (s === lastSurface) return lastWords;
  lastSurface = s;
  lastWords = cutWords(s);
  return lastWords;
};
const cutWords = (s: string): string[] => {
  const lower = s.toLowerCase();
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isLetterUnit(c) && !(c >= 0xd800 && c <= 0xdfff)) {
      if (from < 0) from = i;
      continue;
    }
    // why: a letter outside the basic plane is two code units; the pattern took it whole
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length && LETTER.test(lower.slice(i, i + 2))) {
      if (from < 0) from = i;
      i++;
      continue;
    }
    if (from >= 0) {
      const w = lower.slice(from, i);
      if (w.length > 2 && !CONTENT_STOP.has(w)) out.push(w);
      from = -1;
    }
  }
  return out;
};


/** Entities named in the same sentence as a description cannot be what it describes ("X met the master of Y"). */
/** How far in tokens a name rules a description of its sentence out: "The former president appeared two hours after
 * Lopez, who …, gave a press briefing in which he kept up his attacks on Peter Ruiz" may still be Peter Ruiz. */
const EXCLUSION_REACH = 20;

/** Words that open a subordinate clause written before its sentence's main clause ("While …, the chief stayed"). */
const SUBORDINATORS = new Set(['after', 'when', 'while', 'as', 'since', 'though', 'although', 'because', 'before', 'once', 'until', 'whether', 'if']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/** How far, in tokens, a sentence's first word is looked for before a mention, and the clause's comma after it. */
const CLAUSE_REACH = 60;

const closesSentence = (t: Tok): boolean => t.k === K.Break || (t.k === K.Punct && (t.key === '.' || t.key === '!' || t.key === '?'));

/**
 * The comma that ends a subordinate clause opening the sentence of token `vi` ("After …, the senator said"), as a
 * token index; -1 when the sentence opens otherwise. A name on one side of that comma and a description on the other
 * may be one person, as in "While the dockers who had scorned Berg left the town, the port chief stayed": the
 * description restates the name across the clause, where inside one clause a name and a description are two people.
 */
function frontedClauseEnd(toks: Tok[], vi: number): number {
  const para = toks[vi]!.para;
  let k = vi;
  while (k > 0 && !closesSentence(toks[k - 1]!) && toks[k - 1]!.para === para) if (vi - --k >= CLAUSE_REACH) return -1;
  const first = toks[k]!;
  if (first.k !== K.Word || !first.cap || !SUBORDINATORS.has(first.key)) return -1;
  for (let j = k + 1; j < toks.length && j < k + CLAUSE_REACH; j++) {
    const t = toks[j]!;
    if (closesSentence(t) || t.k === K.Quote || (t.k === K.Punct && t.key === ';')) return -1;
    if (t.k === K.Punct && t.key === ',') return j;
    // why: "After Berg attacked her, the senator said": the clause has another person in it, whom the pronoun stands
    // for, and the description after it is as likely that one; keeping the name out is the better guess
    if (t.k === K.Word && OBJECT_PRONOUNS.has(t.key)) return -1;
  }
  return -1;
}

function exclusions(mentions: Mention[], toks: Tok[]): Map<Mention, Set<number>> {
  const out = new Map<Mention, Set<number>>();
  let from = 0;
  for (let i = 0; i <= mentions.length; i++) {
    if (i < mentions.length && mentions[i]!.sent === mentions[from]!.sent) continue;
    const group = mentions.slice(from, i);
    // why: a run-on "sentence" of hundreds of mentions is not prose; skip it to stay linear
    if (group.length > 40) group.length = 0;
    // why: each description rules out the names of its own sentence only; "the candidate enjoys them" beside
    // "Berg rallies" says nothing of "The candidate" three paragraphs on; and of those, only the names of its own
    // clause when the sentence opens with a subordinate one (see frontedClauseEnd)
    let clauseEnd: number | undefined;
    for (const d of group) {
      if (d.type !== 'desc' || d.entity >= 0) continue;
      clauseEnd ??= toks.length ? frontedClauseEnd(toks, group[0]!.vi) : -1;
      const set = new Set<number>();
      for (const n of group) {
        if (n.type !== 'name' || n.entity < 0 || n === d.owner || Math.abs(n.vi - d.vi) > EXCLUSION_REACH) continue;
        if (clauseEnd >= 0 && (n.vi < clauseEnd) !== (d.vi < clauseEnd)) continue;
        set.add(n.entity);
      }
      out.set(d, set);
    }
    from = i;
  }
  return out;
}

/** Whether the mention starting at token `vi` opens its sentence, past a title ("Mr.", "Sen."). */
function opensSentence(toks: Tok[], vi: number): boolean {
  let k = vi - 1;
  for (let n = 0; n < 3 && k >= 0; n++) {
    const t = toks[k]!;
    if (t.k === K.Punct && t.key === '.' && toks[k - 1]?.k === K.Word && inLex(toks[k - 1]!, LEX.title)) k -= 2;
    else if (t.k === K.Word && t.cap && inLex(t, LEX.title)) k--;
    else break;
  }
  // ("For his part, the District Commissioner, Saidi Kitumbo, told": past the phrase that opens before the subject)
  if (closesPartPhrase(toks, k)) k -= 4;
  const t = toks[k];
  // why: a quotation closing the paragraph before swallows the break after it; the new paragraph opens a sentence
  return !t || t.k === K.Break || t.para !== toks[vi]!.para || (t.k === K.Punct && (t.key === '.' || t.key === '!' || t.key === '?'));
}

/** How many times each entity has been named so far in the article, while descriptions are resolved. */
const named: number[] = [];
/**
 * What being named often weighs for a description ("the billionaire" in an article about
 * Berg is Berg, even just after a sentence about the mayor he called on): the log of the times named before it,
 * on top of how recent and how much of a subject each candidate is, and only for a candidate near enough to count.
 */
const SALIENCE = 0.6;
/** Role nouns that say whose someone is ("the Berg aide"), never where the person is from, as "senator" may. */
const RELATIONAL = new Set(['aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'staffer', 'supporter',
  'lawyer', 'attorney', 'surrogate', 'ally', 'friend', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother',
  'sister', 'assistant', 'deputy', 'representative', 'strategist', 'pollster', 'donor', 'loyalist', 'backer', 'critic',
  'counterpart', 'predecessor', 'successor']);
/** How many sentences back a description with an organisation before its role noun looks for a person without that role. */
const AFFILIATION_REACH = 1;
/** How many sentences back a description with a place before its role noun looks for a person without that role. */
const PLACE_REACH = 2;

/** Sets `entity` on every pronoun and description it can resolve; adds entities for unnamed descriptions. */
export function resolveMentions(mentions: Mention[], entities: Entity[], toks: Tok[] = NO_TOKS): void {
  const excluded = exclusions(mentions, toks);
  const seenDesc: Seen = new Map();
  holdersOfOffices = null;
  named.length = 0;
  namedAs.clear();
  bodies.clear();
  const ahead = guessedAhead;
  ahead.length = 0;
  unnamedRoles.length = 0;
  readAges(mentions, toks);
  byAge(mentions, entities, toks);
  reportedOnlyEntity.length = 0;
  toldToEntity.length = 0;
  placedOnlyEntity.length = 0;
  for (const m of mentions) {
    if (m.type !== 'name' || m.entity < 0) continue;
    const told = reportedAt(toks, m.vi);
    reportedOnlyEntity[m.entity] = (reportedOnlyEntity[m.entity] ?? true) && told;
    if (told) toldToEntity[m.entity] = true;
    placedOnlyEntity[m.entity] = (placedOnlyEntity[m.entity] ?? true) && m.words.length >= 2 && (placedAt(toks, m.vi) || datelineAt(toks, m));
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type === 'name' && m.entity >= 0 && ACRONYM.test(m.surface)) {
      const officer = officeInitials(mentions, entities, i, toks);
      if (officer >= 0) m.entity = officer;
    }
    if (m.type === 'name' && m.entity >= 0) named[m.entity] = (named[m.entity] ?? 0) + 1;
    // why: "the spokesperson of the Oyo State Police Command … The command said": a body named as the owner inside a
    // description is filed under its noun too, for "the command" further on
    if (m.type === 'desc' && m.owner?.type === 'name') noteBody(m.owner, entities, true);
    if (m.entity >= 0 || m.type === 'name') {
      noteBody(m, entities, true);
      // ("Mahmoud Said Eid, the official spokesman of the Ministry of Supply,": a description an apposition gave its
      // person is a precedent for the same description further on, as a resolved one is)
      if (m.type === 'desc' && m.entity >= 0 && !m.plural) {
        nameUnnamedPrecedent(seenDesc, m, entities);
        seeDesc(seenDesc, m);
      }
      continue;
    }
    // why: pronouns are resolved on demand (see `resolvePronoun`): most never carry a quotation
    if (m.type === 'pronoun') m.entity = UNRESOLVED;
    else {
      resolvedAhead = false;
      m.entity = description(mentions, entities, i, excluded.get(m), seenDesc, toks);
      if (m.kind === 'person' && m.entity >= 0) m.entity = officeHolder(mentions, entities, m.entity, toks);
      if (resolvedAhead) ahead.push(i);
    }
    noteBody(m, entities, m.owner !== null && m.owner.entity >= 0);
    // (a guess from the next name, with no role to go on, is no precedent for the same description further on)
    if (m.type === 'desc' && m.entity >= 0 && !resolvedAhead) seeDesc(seenDesc, m);
  }
  namesRevealed(mentions, entities, toks);
  if (namedAs.size > 0) for (const m of mentions) m.entity = namedAs.get(m.entity) ?? m.entity;
  if (!ahead.length && !unnamedRoles.length) return;
  // the one person holding each role, -1 when several do (read once: there may be many such descriptions)
  const holders = new Map<string, number>();
  for (const e of entities) {
    if (e.kind !== 'person' || e.plural) continue;
    for (const r of e.roles) holders.set(r, holders.has(r) ? -1 : e.id);
  }
  for (const i of ahead) restateLater(mentions, entities, holders, i);
  // why: 'Governor: "the situation beyond the assumption"' (headline) … "Governor Takeda Yōichi said": a bare role word
  // that no one near it holds is the one person the article gives that role, however far on
  for (const i of unnamedRoles) {
    const holder = holders.get(mentions[i]!.words[0]!) ?? -1;
    if (holder >= 0) mentions[i]!.entity = holder;
  }
  unnamedRoles.length = 0;
}

/** A name of two to five capitals, as initials are written ("PPC", "DC", "SP"). */
const ACRONYM = /^[A-Z]{2,5}$/;
/** Most mentions back the person an office's initials stand for is looked for. */
const INITIALS_REACH = 40;
/** Most tokens between an office written before a name and the name (titles, a comma). */
const OFFICE_GAP = 4;

/**
 * why: 'Morobe Provincial Police Commander, Chief Inspector Samson Kua, warned … "…," the PPC said': news of Papua New
 * Guinea, South Asia and Africa names an officer again by the initials of the office written before the name ("the
 * DC", "the SP", "the PPC"); the initials are no body of their own but that person. The person's entity, else -1.
 */
function officeInitials(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const m = mentions[i]!;
  const own = entities[m.entity]!;
  // (the article may be read as part of the name's mention)
  const the = toks[m.vi]?.key === 'the' ? toks[m.vi] : toks[m.vi - 1];
  if (own.nameWords !== 1 || own.words.size !== 1 || !the || the.k !== K.Word || the.key !== 'the') return -1;
  const letters = m.surface.toLowerCase();
  const spells = (k: number): boolean => {
    for (let n = 0; n < letters.length; n++) {
      const t = toks[k - (letters.length - 1 - n)];
      if (!t || t.k !== K.Word || !t.cap || t.key[0] !== letters[n]) return false;
    }
    return true;
  };
  for (let j = i - 1; j >= 0 && j >= i - INITIALS_REACH; j--) {
    const p = mentions[j]!;
    if (p.type !== 'name' || p.entity < 0 || p.entity === m.entity || entities[p.entity]!.kind !== 'person') continue;
    for (let k = p.vi - 1; k >= 0 && k >= p.vi - 1 - OFFICE_GAP && (toks[k]!.cap || isPunctTok(toks[k], ',')); k--) if (spells(k)) return p.entity;
  }
  return -1;
}

/** How many sentences back a description may say which of two people sharing a surname a bare surname is. */
const SURNAME_CONTEXT_SENTENCES = 1;
/** And how many mentions back, so one endless sentence is not read again for each of its names. */
const SURNAME_CONTEXT_MENTIONS = 30;

/**
 * "Later on Saturday the state secretary published a press release. '…,' writes De Wit there": of two people sharing a
 * surname, a bare surname goes with the one a description in its sentence or the sentence before stands for, when
 * no mention there stands for the one it was joined to (which is only whoever the surname named last).
 */
export function surnamesInContext(mentions: Mention[], entities: Entity[], toks: Tok[]): void {
  const byAgeWord = (t: Tok | undefined): boolean => t !== undefined && t.k === K.Word && (YOUNGER.has(t.key) || OLDER.has(t.key));
  let people: Map<string, Entity[]> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type === 'name' && m.entity >= 0 && m.roles.length) {
      roleOfSurname(mentions, entities, i, (people ??= peopleByWord(entities)));
      continue;
    }
    // (a title with the surname, "Mrs. Schlafly", or an age word, "Berg senior", has said which one already)
    if (m.type !== 'name' || m.entity < 0 || m.gender !== null || byAgeWord(toks[m.vi - 1]) || byAgeWord(toks[m.vj])) continue;
    const own = entities[m.entity]!;
    // (a surname alone, its particle included: "De Wit" of "Pieter de Wit")
    if (own.kind !== 'person' || own.nameWords <= m.words.length) continue;
    let other = -1;
    let ownSeen = false;
    for (let j = i - 1; j >= 0 && j >= i - SURNAME_CONTEXT_MENTIONS && m.sent - mentions[j]!.sent <= SURNAME_CONTEXT_SENTENCES; j--) {
      const c = mentions[j]!;
      if (c.entity === m.entity) ownSeen = true;
      else if (c.type === 'desc' && c.entity >= 0 && other < 0) {
        const e = entities[c.entity]!;
        if (e.kind === 'person' && e.nameWords > m.words.length && m.words.every((w) => e.words.has(w)) && e.id !== own.id) other = e.id;
      }
    }
    if (other >= 0 && !ownSeen) m.entity = other;
  }
}

/**
 * "the vice-mayor of Osh Erlan Mamatov … the deputy Kanybek Mamatov … the vice-mayor Mamatov finished": of two people
 * sharing a surname, a bare surname with a role before it goes with the one the article introduced in that role, when
 * the one it was joined to (whoever the surname named last) was introduced in another. The description right before
 * it goes along.
 */
function roleOfSurname(mentions: Mention[], entities: Entity[], i: number, people: Map<string, Entity[]>): void {
  const m = mentions[i]!;
  const own = entities[m.entity]!;
  if (own.kind !== 'person' || own.nameWords <= m.words.length || own.role === null) return;
  const role = m.roles[0]!;
  // (the office's own words, before its complement: "the uncle of the doctor" was introduced as an uncle)
  const introducedAs = (e: Entity): boolean => e.role !== null && e.role.toLowerCase().split(ROLE_COMPLEMENT)[0]!.split(/[\s,]+/).includes(role);
  if (introducedAs(own)) return;
  let other = -1;
  // (only the people whose names hold the surname: an article of many people would be read once per such mention)
  for (const e of people.get(m.words.at(-1)!) ?? []) {
    if (e.id === own.id || e.nameWords <= m.words.length || !m.words.every((w) => e.words.has(w)) || !introducedAs(e)) continue;
    if (other >= 0) return;
    other = e.id;
  }
  if (other < 0) return;
  const before = mentions[i - 1];
  if (before && before.type === 'desc' && before.vj === m.vi && before.entity === m.entity) before.entity = other;
  m.entity = other;
}

/** What opens the complement of an office ("head of …", "researcher at …", "spokesman for …"). */
const ROLE_COMPLEMENT = /\s(?:of|at|for|in|from|with|to)\s/;

/** The people of the article by each word of their names (read once: a pass that changes which entity a mention
 * names changes no entity). */
function peopleByWord(entities: Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const w of e.words) {
      const list = out.get(w);
      if (list) list.push(e);
      else out.set(w, [e]);
    }
  }
  return out;
}

/**
 * The body last introduced with a proper name, by the noun for a body that heads it: "the Porto Harbour Authority"
 * under "authority", "Portugal’s foreign ministry" under "ministry", "the Ruiz campaign" under "campaign". Filled in
 * the forward pass, so "the ministry" further on finds the latest one.
 */
const bodies = new Map<string, number>();

/** Files mention `m` under its body noun when it names a body someone could look up: a name, or a description that
 * holds one (`holdsName`: its owner, or the name set beside it); not one that only took the nearest name. */
function noteBody(m: Mention, entities: Entity[], holdsName: boolean): void {
  if (m.entity < 0 || m.plural || !holdsName) return;
  const e = entities[m.entity]!;
  if (m.type === 'name') {
    const last = m.words.at(-1)!;
    if (e.kind === 'organization' && m.words.length > 1 && ORG_WORDS.has(last)) bodies.set(last, e.id);
    // why: "The Maldives Police Service informed … “…,” the police said": a police force named as a service, a force, a
    // department or a command is "the police" further on
    if (e.kind === 'organization' && m.words.length > 2 && last !== 'police' && m.words.includes('police')) bodies.set('police', e.id);
  } else if (m.type === 'desc' && m.kind === 'organization' && ORG_WORDS.has(m.words[0]!) && !isUnnamed(e)) bodies.set(m.words[0]!, e.id);
}

/** "67-year-old", the head of a description by age. */
const AGE_HEAD = /^(\d{1,3})-year-old$/;
/** The match of AGE_HEAD on a word, asked only of words that end as an age does (a description's every word is asked). */
const ageOf = (word: string): RegExpExecArray | null => (word.endsWith('-year-old') ? AGE_HEAD.exec(word) : null);
/** "the Governor", "the Minister": a description of one capitalised word after "the". */
const CAPITAL_HEAD = /^the\s+\p{Lu}[\p{Ll}-]+$/u;
/** The person each age was given to ("Jozef Hrnčiar, 67,", "Slamet Hariyono (54)", "Amélia, 81 years,"); -1 when the
 * article gives one age to several. Filled by `resolveMentions`. */
const ages = new Map<number, number>();

function readAges(mentions: Mention[], toks: Tok[]): void {
  ages.clear();
  agedEntities.clear();
  youngEntities.clear();
  for (const m of mentions) {
    if (m.type !== 'name' || m.entity < 0) continue;
    // ("The young fisher Malik Zeeb", "the young striker Christian Ngbokoto": introduced as the young one of the family)
    if (m.words.length >= 2) {
      for (let k = m.vi - 1; k >= 0 && k >= m.vi - YOUNG_REACH && toks[k]!.k === K.Word && !toks[k]!.cap; k--) {
        // ("His son Jerome Cabahug, 34,": a son or a daughter is the younger of a family's two)
        if (toks[k]!.key === 'young' || toks[k]!.key === 'younger' || (k === m.vi - 1 && CHILDREN.has(toks[k]!.key))) {
          youngEntities.add(m.entity);
          break;
        }
      }
      // ("His son, Bato Sanzhiev,": the kin noun set off before the name)
      const kin = toks[m.vi - 2];
      if (isPunctTok(toks[m.vi - 1], ',') && kin !== undefined && kin.k === K.Word && CHILDREN.has(kin.key)) youngEntities.add(m.entity);
    }
    // ("71-year-old Fatma Sarıkaya": the age before the name; "the 84-year-old retired minibus driver Chan Hon-kwong":
    // or opening the role written before it)
    let aged: RegExpExecArray | null = null;
    // (the role's own words only: "the 38-year-old director to the agency Kazinform" gives no age to the agency)
    for (let k = m.vi - 1; !aged && k >= 0 && k >= m.vi - AGE_ROLE_WORDS && toks[k]!.k === K.Word && !toks[k]!.cap && !inLex(toks[k]!, LEX.determiner) &&
      !ROLE_BREAKS.has(toks[k]!.key); k--) aged = ageOf(toks[k]!.key);
    if (aged) noteAge(Number(aged[1]), m.entity);
    const open = toks[m.vj];
    // ("Cheung Wing-kei (張永基, 58 years old)": or in the brackets after the name, with the name in its own script)
    if (open?.k === K.Punct && open.key === '(') {
      for (let k = m.vj + 1; k < toks.length && k <= m.vj + AGE_ROLE_WORDS && toks[k]!.key !== ')'; k++) {
        if (toks[k]!.k === K.Word && /^\d{1,3}$/.test(toks[k]!.key) && toks[k + 1]?.key === 'years' && toks[k + 2]?.key === 'old') {
          noteAge(Number(toks[k]!.key), m.entity);
          break;
        }
      }
    }
    // ("Amayas Tighilt, of 27 years,": French, Spanish and Portuguese give an age with "of", as "de 27 ans" does)
    // ("Taimuraz Gabaraev, who is 82 years old,", "Ana Ruiz, aged 71,": or in a clause, or with "aged")
    const of = isPunctTok(open, ',') ? ageLead(toks, m.vj + 1) : 0;
    const num = toks[m.vj + 1 + of];
    const close = toks[m.vj + 2 + of];
    // ("…, of 27 years,": after "of" only with "years", where "…, of 27 parishes," counts something else)
    if (of && close?.key !== 'years' && toks[m.vj + 1]!.key === 'of') continue;
    if (!open || open.k !== K.Punct || (open.key !== ',' && open.key !== '(') || !num || num.k !== K.Word || !/^\d{1,3}$/.test(num.key)) continue;
    const closes = open.key === '(' ? close?.key === ')' : close?.key === ',' || close?.key === 'years' || close?.key === '.';
    if (!closes) continue;
    noteAge(Number(num.key), owner(mentions, m, toks));
  }
}

/** Prepositions before a place or a body that closes someone's role ("a fisherwoman of Karang, 63 years old"). */
const COMPLEMENT_LINKS = new Set(['of', 'from', 'in', 'at']);

/**
 * why: "Ima Khumanthem Ibemhal Devi, a fisherwoman of Karang, 63 years old,": an age after the complement that closes
 * a role set off after a name is the named person's, not the place's or the body's. The entity the age after name
 * mention `m` belongs to: the person before the role, else `m`'s own.
 */
function owner(mentions: Mention[], m: Mention, toks: Tok[]): number {
  const link = toks[m.vi - 1];
  if (!link || link.k !== K.Word || link.cap || !COMPLEMENT_LINKS.has(link.key)) return m.entity;
  let k = m.vi - 2;
  while (k >= 0 && k >= m.vi - 2 - AGE_ROLE_WORDS && toks[k]!.k === K.Word && !toks[k]!.cap) k--;
  if (k < 0 || !isPunctTok(toks[k], ',')) return m.entity;
  // (mentions are in text order: the last one opening before the comma is the only one that may end at it)
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.vi < k) lo = mid + 1;
    else hi = mid;
  }
  const n = mentions[lo - 1];
  return n !== undefined && n.vj === k && n.type === 'name' && n.entity >= 0 ? n.entity : m.entity;
}

/** The words that lead an age given after a name's comma: "of" (1), "aged" (1), "who is" or "who was" (2); else 0. */
function ageLead(toks: Tok[], k: number): number {
  const t = toks[k];
  if (t === undefined || t.k !== K.Word || t.cap) return 0;
  if (t.key === 'of' || t.key === 'aged') return 1;
  return t.key === 'who' && (toks[k + 1]?.key === 'is' || toks[k + 1]?.key === 'was') && toks[k + 1]!.k === K.Word ? 2 : 0;
}

function noteAge(age: number, entity: number): void {
  const had = ages.get(age);
  ages.set(age, had === undefined || had === entity ? entity : -1);
  agedEntities.set(entity, age);
}
/** The age the article gave each person. */
const agedEntities = new Map<number, number>();

/** Words before a surname that pick one of the family by age ("the younger Kärkkäinen", "the elder Sarr"). */
const YOUNGER = new Set(['younger', 'youngest', 'junior', 'young']);
const OLDER = new Set(['elder', 'older', 'eldest', 'oldest', 'senior', 'old']);
/** People introduced with "young" right before their full name, in lower-case words ("the young fisher Malik Zeeb"). */
const youngEntities = new Set<number>();
/** Whether view token `t` is a name's particle in lower case ("á", "van"). */
const isConnector = (t: Tok | undefined): boolean => t !== undefined && t.k === K.Word && !t.cap && NAME_CONNECTORS.has(t.key);
/** Words that no role holds between an age and a name: the phrase after them is something else's. */
const ROLE_BREAKS = new Set(['to', 'of', 'for', 'in', 'at', 'on', 'with', 'by', 'from', 'and', 'or', 'told', 'said']);
/** Most words of a role between an age and the name it is given to, or in the brackets after the name. */
const AGE_ROLE_WORDS = 5;
/**
 * Whether `roles` holds `head` with an ending of one or two letters more: a title the translation kept in two of its
 * language's forms ("Borgmesteri Ineqi Davidsen" … "the borgmester", "the directora" after "Director X").
 */
function inflectedRole(roles: ReadonlySet<string>, head: string): boolean {
  if (head.length < INFLECTED_STEM) return false;
  for (const r of roles) if (r.length > head.length && r.length <= head.length + 2 && r.startsWith(head) && /^\p{L}+$/u.test(r)) return true;
  return false;
}
/** Shortest title read in another form of itself. */
const INFLECTED_STEM = 6;
/**
 * why: "The chief executive of the SFA, Nadia Hoareau, … the CEO told SBC", "the director general, X … the DG": a
 * description written as the initials of the role an apposition gave (its leading words, a final "officer" the role
 * may leave out) is the holder of that role. `written` is the description as written; false unless its head is in
 * capitals there.
 */
function initialsOfRole(role: string | null, head: string, written: string): boolean {
  if (role === null || head.length < 2 || head.length > 4 || !written.includes(head.toUpperCase())) return false;
  return initialsMatch(roleInitials(role), head);
}
/** Words that describe someone as old ("the old man", "the elderly woman"), and the age from which someone is. */
const ELDERLY = new Set(['old', 'elderly', 'aged']);
const OLD_AGE = 60;
/** Words that describe someone as young ("the young man", "the teenage girl"), and the age under which the article's
 * people are. */
const YOUTHFUL = new Set(['young', 'teenage', 'youthful']);
const YOUNG_AGE = 35;
/** What an age on the description's side of OLD_AGE or YOUNG_AGE adds to a candidate's score. */
const YOUNG_AGE_SCORE = 2;
/** Kin nouns that name someone as the child of another ("his son X"). */
const CHILDREN = new Set(['son', 'daughter', 'grandson', 'granddaughter']);
/** Most words between "young" and the name it describes. */
const YOUNG_REACH = 3;

/**
 * "His son Eetu Kärkkäinen, 24, … the younger Kärkkäinen says": a surname shared by people whose ages the article
 * gave, with "younger" or "elder" before it, is the youngest or the oldest of them.
 */
function byAge(mentions: Mention[], entities: Entity[], toks: Tok[]): void {
  if (agedEntities.size < 2 && youngEntities.size === 0) return;
  // why: '… the older Pyrchała accompanied us to the gate. „…,“ said Pyrchała.': the surname alone, in the paragraph
  // where the elder or the younger was picked out or the next, goes on with that one, until the surname is written
  // in full again
  const picked = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'name' || m.entity < 0) continue;
    if (m.words.length !== 1) {
      picked.delete(m.words[m.words.length - 1]!);
      continue;
    }
    // ("the younger Kärkkäinen", or after it: "Nilsen senior")
    const word = (t: Tok | undefined) => (t && t.k === K.Word && !t.cap && (YOUNGER.has(t.key) || OLDER.has(t.key)) ? t : null);
    // ("the older á Lakjuni": past the surname's particle)
    const particle = isConnector(toks[m.vi - 1]) ? 1 : 0;
    // ("explained Sanzhiev the younger": or after it with its article, read only when the other two places hold none)
    const before = word(toks[m.vi - 1 - particle]) ?? word(toks[m.vj]) ?? (toks[m.vj]?.k === K.Word && toks[m.vj]!.key === 'the' ? word(toks[m.vj + 1]) : null);
    if (!before) {
      const last = picked.get(m.words[0]!);
      if (last && m.para - last.para <= 1) m.entity = last.entity;
      continue;
    }
    // why: "The young fisher Malik Zeeb … The older Zeeb he said": with no ages given, of two people of one surname the
    // one introduced as young is "the young" one, and the other "the older"
    const young = byYouth(entities, m.words[0]!, YOUNGER.has(before.key));
    if (young >= 0) {
      m.entity = young;
      picked.set(m.words[0]!, m);
      continue;
    }
    if (agedEntities.size < 2) continue;
    let pick = -1;
    let pickAge = 0;
    for (const [e, age] of agedEntities) {
      if (entities[e]!.last !== m.words[0]) continue;
      if (pick < 0 || (YOUNGER.has(before.key) ? age < pickAge : age > pickAge)) {
        pick = e;
        pickAge = age;
      }
    }
    if (pick >= 0) {
      m.entity = pick;
      picked.set(m.words[0]!, m);
    }
  }
}

/** Of the two people named in full with surname `last`, the one introduced as young (`younger`) or the other; -1 when
 * the article names more or fewer, or marks neither or both. */
function byYouth(entities: Entity[], last: string, younger: boolean): number {
  let marked = -1;
  let other = -1;
  let count = 0;
  for (const e of entities) {
    if (e.last !== last || e.kind !== 'person' || e.nameWords < 2) continue;
    if (++count > 2) return -1;
    if (youngEntities.has(e.id)) marked = e.id;
    else other = e.id;
  }
  return count === 2 && marked >= 0 && other >= 0 ? (younger ? marked : other) : -1;
}

/** How many mentions back a body named with a description's noun among its words is looked for. */
const NAMED_BODY_REACH = 120;

/** Nouns of public bodies, each a kind of its own: a ministry is no council, a court no agency. */
const PUBLIC_BODIES = new Set(['ministry', 'department', 'authority', 'council', 'commission', 'committee', 'court', 'parliament',
  'assembly', 'senate', 'government', 'office', 'agency', 'police', 'army', 'embassy', 'municipality', 'prefecture', 'directorate',
  'inspectorate', 'service', 'bureau', 'administration', 'federation']);

/** Whether an organisation's name ends on a public body's noun other than `head`'s ("Harbour Authority" for "the ministry"). */
const otherBody = (e: Entity, head: string): boolean => PUBLIC_BODIES.has(head) && PUBLIC_BODIES.has(e.last) && e.last !== head && !e.words.has(head);

/** Per entity, whether every name mention of it stands where words were reported ("told ČTK", "said for ČTK",
 * "quoted by ČTK"): an agency that only carried the news, no body that acts. Filled by `resolveMentions`. */
const reportedOnlyEntity: boolean[] = [];
/** Per entity, whether words were told to it at least once ("she has told to the RTBF"): a paper or a station, most often. */
const toldToEntity: boolean[] = [];
const reportedOnly = (mentions: Mention[], j: number): boolean => reportedOnlyEntity[mentions[j]!.entity] === true;

/** Entities whose every name of two words or more stands where a place does ("in Lúčna Dolina", "of the obec Lúčna
 * Dolina"). Filled by `resolveMentions`. */
const placedOnlyEntity: boolean[] = [];
/** Prepositions after which a name is where something is or happens, or whose place it is. */
const PLACE_LEADS = new Set(['in', 'at', 'near', 'of', 'from']);

/** Whether the name at view token `vi` follows a preposition of place, or one and "the" and a noun in lower case. */
function placedAt(toks: Tok[], vi: number): boolean {
  const lead = toks[vi - 1];
  if (lead?.k === K.Word && !lead.cap && PLACE_LEADS.has(lead.key)) return true;
  const the = toks[vi - 2];
  const before = toks[vi - 3];
  return lead?.k === K.Word && !lead.cap && the?.key === 'the' && before?.k === K.Word && PLACE_LEADS.has(before.key);
}

/** Whether name mention `m` is a dateline: in capitals, opening its paragraph ("LÚČNA DOLINA (okres Košice-okolie).").
 */
function datelineAt(toks: Tok[], m: Mention): boolean {
  const before = toks[m.vi - 1];
  return (before === undefined || before.k === K.Break) && m.surface === m.surface.toUpperCase() && m.surface !== m.surface.toLowerCase();
}

/** Whether the name at view token `vi` follows a lead that makes it where words were reported. */
function reportedAt(toks: Tok[], at: number): boolean {
  let vi = at;
  // ("told the newspaper Extra", "said to the agency Interfax": the lead stands before the press noun and its article)
  const noun = toks[vi - 1];
  if (noun?.k === K.Word && !noun.cap && SOURCE_NOUNS.has(noun.key)) vi -= toks[vi - 2]?.key === 'the' || toks[vi - 2]?.key === 'a' ? 2 : 1;
  const lead = toks[vi - 1];
  const verb = toks[vi - 2];
  if (!lead || lead.k !== K.Word) return false;
  if (TOLD_FORMS.has(lead.key)) return true;
  if (lead.key !== 'for' && lead.key !== 'to' && lead.key !== 'by') return false;
  if (verb !== undefined && verb.k === K.Word && (verb.speech || verb.key === 'quoted' || verb.key === 'cited')) return true;
  // ('„…", says Sámal á Lakjuni to Kringvarp Føroya': after an inverted verb and its speaker's name)
  let k = vi - 2;
  for (let n = 0; n < INVERTED_NAME_WORDS && toks[k]?.k === K.Word && (toks[k]!.cap || isConnector(toks[k])); n++) k--;
  return k < vi - 2 && lead.key === 'to' && toks[k]?.k === K.Word && toks[k]!.speech && !toks[k]!.cap;
}
/** Most words of a speaker's name between an inverted verb and "to" the station told. */
const INVERTED_NAME_WORDS = 4;

/** Set by `description` when it chose a name written after the description, with no role to go on. */
let resolvedAhead = false;
/** The mentions so resolved in this article, in order: guesses that `restateLater` may revise. */
const guessedAhead: number[] = [];
/** Whether a person other than entity `not` holds role `role`. */
function heldByAnother(entities: Entity[], role: string, not: number): boolean {
  for (const e of entities) if (e.id !== not && e.kind === 'person' && !e.plural && e.roles.has(role)) return true;
  return false;
}

/** Whether mention `j` is one of those guesses. */
function isGuess(j: number): boolean {
  let lo = 0;
  let hi = guessedAhead.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const g = guessedAhead[mid]!;
    if (g === j) return true;
    if (g < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
/** Bare capitalised role words no one near was found for ("Governor: «…»" in a headline), by mention index. */
const unnamedRoles: number[] = [];
/** Unnamed entities a description made (a headline's "the Prime minister") that a later one found the name of. */
const namedAs = new Map<number, number>();
/** Least score of someone named in the sentences before for whom a restated description leaves its unnamed precedent. */
const NAMED_OVER_UNNAMED = 2;
/** How many mentions back `describedFirst` reads. */
const DESCRIBED_FIRST_REACH = 200;

/**
 * Whether, before mention `i`, the unnamed entity was described before entity `named` was first named: a headline's or
 * a lead's description that the body then names ("the Prime minister promises …" before "Étienne Marchal walked …"),
 * not someone the article left unnamed beside a person it had named ("Sanders's campaign manager").
 */
function describedFirst(mentions: Mention[], i: number, unnamed: number, named: number): boolean {
  for (let j = Math.max(0, i - DESCRIBED_FIRST_REACH); j < i; j++) {
    const e = mentions[j]!.entity;
    if (e === named) return false;
    if (e === unnamed) return true;
  }
  return false;
}
/** How many mentions after a lead's description a fuller restatement of it may come. */
const RESTATED_WITHIN = 80;

/**
 * A lead's description that only the nearest name after it resolved ("the head of the rebel army and the mayor of
 * the city renewed …", then "the head of the northern rebel army met Ana Ruiz")
 * takes the person its own restatement further on was resolved to: the same head and two more shared words say more
 * than which name happens to come next.
 */
function restateLater(mentions: Mention[], entities: Entity[], holders: Map<string, number>, i: number): void {
  const d = mentions[i]!;
  const words = contentWords(d.surface);
  // why: a headline's "What says the minister" took the first person named after it, a passenger: the description
  // is the person the article gives its role to further on, when exactly one person holds it
  if (!d.plural && d.owner === null && d.entity >= 0 && !entities[d.entity]!.roles.has(d.words[0]!)) {
    const holder = holders.get(d.words[0]!) ?? -1;
    if (holder >= 0) {
      d.entity = holder;
      return;
    }
  }
  if (words.length < 2) return;
  for (let j = i + 1; j < mentions.length && j <= i + RESTATED_WITHIN; j++) {
    const c = mentions[j]!;
    if (c.type !== 'desc' || c.entity < 0 || c.entity === d.entity || c.plural !== d.plural || c.words[0] !== d.words[0]) continue;
    let shared = 0;
    for (const w of contentWords(c.surface)) if (words.includes(w)) shared++;
    if (shared >= 3 || (shared >= 2 && words.length === 2)) {
      d.entity = c.entity;
      return;
    }
  }
}

/** "As for Ruiz, she …", "For Ruiz's part, her office …": the pronoun that opens the clause after a topic phrase
 * stands for the topic's name. */
export function resolveTopics(v: View, mentions: Mention[]): void {
  const toks = v.toks;
  for (let i = 1; i < mentions.length; i++) {
    const p = mentions[i]!;
    if (p.type !== 'pronoun' || p.entity !== UNRESOLVED || !p.gender) continue;
    const c = mentions[i - 1]!;
    if (c.type !== 'name' || c.entity < 0 || c.sent !== p.sent || c.vi < 1) continue;
    // why: "for X's part" sets the topic as "as for X" does
    if (c.possessive && toks[c.vi - 1]!.key === 'for' && toks[c.vj]?.key === 'part' && toks[c.vj + 1]?.key === ',' && c.vj + 2 === p.vi) {
      p.entity = c.entity;
      continue;
    }
    // why: "as for" and "as to" set the topic the next clause talks about; other phrases before a comma ("Like Ruiz,
    // she …", "After meeting Ruiz, she …") name someone else
    if (c.vj + 1 !== p.vi || toks[c.vj]!.key !== ',' || c.vi < 2) continue;
    const a = toks[c.vi - 2]!.key;
    const b = toks[c.vi - 1]!.key;
    if (a === 'as' && (b === 'for' || b === 'to')) p.entity = c.entity;
  }
}

/** Most tokens of the description between a person's name and the "who" after it. */
const DESCRIBED_TOKENS = 30;
/** Words that make a clause of the stretch between a name and a "who": past them, the name is no longer described. */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'told']);

/**
 * The person whose name, set off by a comma, the description right before the "who" of mention `i` follows, in its
 * sentence, with no clause of the sentence's own between (a finite verb, a sentence's stop); -1 when none.
 */
function describedBefore(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const p = mentions[i]!;
  for (let j = i - 1; j >= 0 && mentions[j]!.sent === p.sent && p.vi - mentions[j]!.vj <= DESCRIBED_TOKENS; j--) {
    const c = mentions[j]!;
    if (c.type !== 'name' || c.entity < 0 || !isPunctTok(toks[c.vj], ',')) continue;
    const e = entities[c.entity]!;
    if (e.kind !== 'person' || e.plural) continue;
    for (let k = c.vj; k < p.vi; k++) {
      const t = toks[k]!;
      if ((t.k === K.Word && CLAUSE_VERBS.has(t.key)) || (t.k === K.Punct && (t.key === '.' || t.key === ';' || t.key === ':'))) return -1;
    }
    return c.entity;
  }
  return -1;
}

/** Heads of descriptions whose holder speaks in an organisation's name ("a spokesman for X"). */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'secretary']);

/** Marks a pronoun not resolved yet. */
export const UNRESOLVED = -2;

/** The entity a pronoun stands for (memoised on the mention); names and descriptions are resolved already. */
export function resolvePronoun(mentions: Mention[], entities: Entity[], i: number, prefer = -1, toks: Tok[] = NO_TOKS, namedInQuote?: (e: Entity) => boolean): number {
  const m = mentions[i]!;
  if (m.entity === UNRESOLVED) {
    m.entity = pronoun(mentions, entities, i, prefer, toks, namedInQuote);
    // why: "Governor Maria Alcantara … “…,” he said": translations from languages whose pronouns have no gender
    // (Tagalog, Turkish, Finnish, Hungarian, Persian, Chinese …) guess one; when nobody of the pronoun's gender is in
    // view, its gender is the translator's guess and the person the sentence goes on with is meant
    if (m.entity < 0 && m.gender && m.subject) m.entity = pronoun(mentions, entities, i, prefer, toks, namedInQuote, true);
  }
  return m.entity;
}

/** Pronouns resolved as the repetition of a subject next to them ("X, researcher at …, she", "he said, X,"), which the
 * evidence says instead of "last named subject". */
const repeating = new WeakSet<Mention>();
export const repeatsSubject = (m: Mention): boolean => repeating.has(m);

/** What naming a candidate inside the quotation costs it: people seldom speak of themselves by name. */
const NAMED_IN_QUOTE = 2.5;

/**
 * `prefer`: the speaker of the quotation just before, whom "he said" most often continues. `namedInQuote`: whether
 * the quotation the pronoun introduces names the candidate ("“…why Secretary Ruiz should carry the blame…,” she
 * said" is seldom Ruiz's).
 */
function pronoun(mentions: Mention[], entities: Entity[], i: number, prefer: number, toks: Tok[], namedInQuote?: (e: Entity) => boolean, anyGender = false): number {
  const p = mentions[i]!;
  const key = p.words[0]!;
  const wantOrg = key === 'it' || key === 'its';
  if (key === 'who') {
    // why: "Ana Ruiz, who mused …": the relative pronoun stands for the name right before it
    const prev = mentions[i - 1];
    // why: "José Ortega, known as «El Chato», leader of the union of the market, who announced that …", "Ana Ruiz, a
    // seller in the market of Kimironko, who said that …": after a comma, a "who" that follows a body or a place
    // closing the description set off after a person's name stands for that person
    const person = prev && isPunctTok(toks[p.vi - 1], ',') && (isPlace(prev, entities) || (prev.entity >= 0 && !isPersonLike(entities[prev.entity]!)))
      ? describedBefore(mentions, entities, i, toks) : -1;
    if (person >= 0) return person;
    // why: "workers in Lisbon and Braga who demanded …": "who" is never a place; the people before it are meant
    if (prev && isPlace(prev, entities)) return -1;
    return prev && prev.type !== 'pronoun' && (p.vi - prev.vj <= 2 || (pastAgeIn(toks, prev.vj) === p.vi && p.vi !== prev.vj)) ? prev.entity : -1;
  }
  if (key === 'they') {
    const body = bodyAround(mentions, entities, i, toks);
    return body >= 0 ? body : respectedSubject(mentions, entities, i, toks);
  }
  const restated = key === 'he' || key === 'she' ? restatedAfter(mentions, entities, i, toks) : -1;
  const resumed = restated < 0 && p.subject && (key === 'he' || key === 'she' || key === 'they') ? resumedSubject(mentions, entities, i, toks) : -1;
  if (restated >= 0 || resumed >= 0) {
    repeating.add(p);
    return restated >= 0 ? restated : resumed;
  }
  if (key === 'their' || key === 'them' || key === 'we' || key === 'i') return -1;
  // why: "He was pressed about his claim that …": a possessive goes with the subject pronoun of its own
  // sentence, when that one can be the same person (read without keeping it: its own quotation may know better)
  if ((key === 'his' || key === 'her') && !p.subject) {
    for (let j = i - 1; j >= 0 && j >= i - 40 && mentions[j]!.sent === p.sent; j--) {
      const c = mentions[j]!;
      if (c.type !== 'pronoun' || !c.subject || c.gender !== p.gender) continue;
      const e = c.entity === UNRESOLVED ? pronoun(mentions, entities, j, -1, toks) : c.entity;
      if (e >= 0) return e;
      break;
    }
  }
  if (prefer >= 0 && newSubjectSince(mentions, entities, i, prefer, toks)) prefer = -1;
  const according = (key === 'him' || key === 'her') && toks[p.vi - 1]?.key === 'to' && toks[p.vi - 2]?.key === 'according';
  let best = -1;
  let bestScore = -Infinity;
  const tried = new Set<number>();
  for (let j = i - 1, rank = 0; j >= 0 && j >= i - 40; j--) {
    const c = mentions[j]!;
    if (p.sent - c.sent > 8) break;
    // why: "In the session on Tuesday, the councillor for Tarvo, Tom Hale, he spoke hard: “…,” he said": a subject
    // pronoun of the same sentence that repeats the name right before it, not yet read, stands for that name (read
    // here without keeping it, and only so: a chain of pronouns is never followed back)
    const ce = c.type === 'pronoun' && c.subject && c.entity === UNRESOLVED && c.sent === p.sent && (c.words[0] === 'he' || c.words[0] === 'she')
      ? resumedSubject(mentions, entities, j, toks) : c.entity;
    // why: a pronoun already tied to someone ("As for Ruiz, she …") keeps that someone in view like a name would
    if (ce < 0 || (c.type === 'pronoun' && !c.subject) || tried.has(ce)) continue;
    // why: "a student's income … he said": an indefinite description is seldom what "he" points back to; it is
    // skipped before its entity counts as tried, so the same person named earlier still competes
    // ("A senior official in the ministry told Haaretz that …. “…,” he said": unless it opened the sentence before, in
    // the pronoun's paragraph, with no one named since, and the pronoun closes a quotation: the unnamed one speaks)
    if (c.type === 'desc' && /^(a|an|some|one|another)\s/i.test(c.surface)) {
      if (rank === 0 && !wantOrg && indefiniteSubject(mentions, j, i, toks)) return c.entity;
      continue;
    }
    // why: "Jansen, the harbour commissioner, looked …": a description set off after a name restates it; the name,
    // the clause's subject, is the mention that competes for that person
    if (c.type === 'desc' && !c.subject && j > 0 && inApposition(mentions[j - 1]!, c, toks)) continue;
    // why: "X, 61, that everybody at Bel Ombre they call "Ti Zo", he is …": a name right after "at", "in" or "near" is
    // where someone is, no one "he" may be, unless the article made it a person (a title, a role, words said)
    if (!wantOrg && c.type === 'name' && PRESENT_AT.has(toks[c.vi - 1]?.key ?? '') && toks[c.vi - 1]!.k === K.Word) {
      const e = entities[ce]!;
      if (!e.titled && e.roles.size === 0 && !e.speaks) continue;
    }
    // why: "The video that he shot … on Instagram 200 thousand people watched. “…,” he says": a network is where words
    // and videos go, no one "he" or "she" may be
    if (!wantOrg && c.type === 'name' && c.words.length === 1 && PLATFORMS.has(c.words[0]!)) continue;
    // why: "To Verapaz Visión he said: «…»": a name after "to" or "for" right before the subject pronoun of its clause is
    // whom the words were given to, never who gave them
    if (p.subject && c.sent === p.sent && c.vj === p.vi && c.type !== 'pronoun' && toks[c.vi - 1]?.k === K.Word && GIVEN_TO.has(toks[c.vi - 1]!.key)) continue;
    tried.add(ce);
    const e = entities[ce]!;
    // why: "'…,' the email read. It claimed that …": "it" goes back to a document or a body named by its noun even when
    // that stands for a person (the email a candidate sent)
    if (wantOrg ? e.kind !== 'organization' && !(c.type === 'desc' && c.kind === 'organization') : !isPersonLike(e) || c.plural) continue;
    const g = genderOfEntity(e);
    if (!wantOrg && p.gender && g && g !== p.gender && !anyGender) continue;
    // why: "last named subject": a subject outranks an object, a name outranks a pronoun, nearer outranks farther
    // ("The senator Paolo Rinaldini attacked": the name a subject description introduces is that subject)
    // ("Different reading had the president of the union, Dimitris Mavridis, who … . According to him, …": a person a
    // relative "who" describes is that clause's subject, as salient as a subject for the "according to him" that
    // gives his view next; a pair, "Ruiz and Berg, who", is not one person)
    const subject = c.subject || (c.type === 'name' && describedSubject(mentions, j, toks) >= 0) || apposedSpeaker(toks, c) ||
      (according && c.type === 'name' && isPunctTok(toks[c.vj], ',') && toks[c.vj + 1]?.key === 'who' && toks[c.vi - 1]?.key !== 'and');
    let score = (subject ? 2 : 0) + (c.type === 'name' ? 0.5 : 0) - 0.5 * (p.sent - c.sent) - 0.3 * rank++;
    // why: "Mr. Berg's record drew fresh attention: He was pressed …": a possessive name that opens its
    // sentence names whom the sentence is about, as a subject would
    // ("For Ruiz, the flood was predictable. “…,” he said": a view given as the sentence's opener is that person's)
    const topicOpener = !c.subject && c.type === 'name' && ((c.possessive && opensSentence(toks, c.vi)) || viewOpener(toks, c));
    if (topicOpener) score += 2;
    // why: "A reply which did not convince the deputy, Hugo Ferrand. «…», has he lashed out": a name that closes the
    // sentence right before the quotation, in its paragraph, set off after a comma as a person's name, is who the
    // pronoun right after the quotation stands for
    if (!wantOrg && e.kind === 'person' && isPunctTok(toks[c.vi - 1], ',') && introducedBefore(toks, c, p)) score += 2;
    if (!wantOrg && g && g === p.gender) score += 1;
    if (!wantOrg && e.kind === 'person') score += 0.7;
    if (e.id === prefer) score += 1.5;
    if (namedInQuote !== undefined && e.kind === 'person' && namedInQuote(e)) score -= NAMED_IN_QUOTE;
    if (c.sent === p.sent && p.subject && !c.subject && !topicOpener) score -= 1;
    // why: "Ruiz said she doubts Berg will win": the main clause's subject, named first, outranks one of the clause it
    // reports, so a "she" that follows is Ruiz
    if (c.subject && firstSubject(mentions, j, toks)) score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = e.id;
    }
  }
  return best;
}

/** Prepositions after which a name is where someone is. */
const PRESENT_AT = new Set(['at', 'in', 'near']);

/** Most adverbs between the verb and the comma after it ("Said he further, the borgmester:"). */
const RESTATED_FILLERS = 2;

/**
 * why: "»…«, he said, Babâ Hervé Yakité-Zanga, 61 years,", "asked he, Eira, further in the interview", "said he, the
 * kapitan, to Bombo Radyo": translations from languages that repeat the subject after the verb keep the repetition; a
 * name, or a description of someone the article names, set off by a comma right after "he said" or "said he" is who
 * the pronoun is. -1 when the pronoun is no such cue's, or what follows names no one.
 */
function restatedAfter(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const p = mentions[i]!;
  const next = mentions[i + 1];
  if (next === undefined || next.type === 'pronoun' || next.entity < 0 || next.plural || next.possessive) return -1;
  let k = p.vj;
  if (toks[k]?.speech && toks[k]!.k === K.Word) k++;
  else if (!(toks[p.vi - 1]?.speech && toks[p.vi - 1]!.k === K.Word)) return -1;
  for (let f = 0; f < RESTATED_FILLERS && toks[k]?.k === K.Word && !toks[k]!.cap && (toks[k]!.filler || (toks[k]!.lex & LEX.filler) !== 0); f++) k++;
  if (!isPunctTok(toks[k], ',') || next.vi !== k + 1) return -1;
  // (the mention closes the aside: a comma, a stop, a colon, or the venue or time that goes on with the cue)
  const after = toks[next.vj];
  if (after !== undefined && after.k === K.Word ? !RESTATED_TAILS.has(after.key) : after !== undefined && !isPunctTok(after, ',') && !isPunctTok(after, '.') && !isPunctTok(after, ':')) return -1;
  const e = entities[next.entity]!;
  if (!isPersonLike(e) || isUnnamed(e)) return -1;
  const g = genderOfEntity(e);
  return p.gender && g && g !== p.gender ? -1 : e.id;
}
/** Words that may go on after the name that restates the pronoun ("said he, the kapitan, to …", "asked he, Eira,
 * further in …"). */
const RESTATED_TAILS = new Set(['to', 'further', 'also', 'in', 'on', 'at', 'during', 'after']);

/** Lower-case words that may stand between a sentence's opening subject and a pronoun that takes it up again. */
const RESUMED_LINKS = new Set(['of', 'at', 'in', 'from', 'the', 'a', 'an']);
/** Most tokens between the opening subject and the pronoun. */
const RESUMED_REACH = 12;

/**
 * why: "One old man at Kaisenik he said only: …", "Ward Member of Kaisenik, Mr Nason Kaupa, he talk that …", "The police
 * they said": Tok Pisin and other creoles, and colloquial translations, take the subject up again with a pronoun right
 * after it; the pronoun is the noun phrase the sentence opened on (set off by commas, with places and titles, but no
 * verb between). Its entity, else -1.
 */
function resumedSubject(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const p = mentions[i]!;
  // why: "To the public, the chief of police he appealed": a person's name or description right before the pronoun,
  // opening its clause after a comma or the sentence's start, is the subject the pronoun repeats, however the sentence
  // opened ("told Ruiz he would" is an object: a verb stands before it)
  const prev = mentions[i - 1];
  if (prev !== undefined && prev.vj === p.vi && prev.sent === p.sent && prev.type !== 'pronoun' && prev.entity >= 0 && !prev.possessive && !prev.plural &&
    p.words[0] !== 'they' && isPersonLike(entities[prev.entity]!) && opensClauseAt(toks, describedFrom(toks, prev.vi))) {
    const g = genderOfEntity(entities[prev.entity]!);
    if (!(p.gender && g && g !== p.gender)) return prev.entity;
  }
  const apposed = apposedSubject(mentions, entities, i, toks);
  if (apposed >= 0) return apposed;
  const aside = pastRelativeAside(mentions, entities, i, toks);
  if (aside >= 0) return aside;
  let first = -1;
  for (let j = i - 1; j >= 0 && mentions[j]!.sent === p.sent && p.vi - mentions[j]!.vi <= RESUMED_REACH; j--) first = j;
  if (first < 0) return -1;
  const c = mentions[first]!;
  if (c.type === 'pronoun' || c.entity < 0 || c.possessive || c.kind === 'place' || !(opensSentence(toks, c.vi) || afterSetting(toks, c.vi))) return -1;
  // (not a body as "he" or "she", and not a cue set off inside the sentence: "The government, he said, will …")
  if (p.words[0] !== 'they' && (c.kind === 'organization' || !isPersonLike(entities[c.entity]!))) return -1;
  if (isPunctTok(toks[p.vi - 1], ',') && toks[p.vj]?.speech && isPunctTok(toks[p.vj + 1], ',')) return -1;
  for (let k = c.vj; k < p.vi; k++) {
    const t = toks[k]!;
    if (t.k === K.Punct ? t.key !== ',' : t.k !== K.Word || (!t.cap && !RESUMED_LINKS.has(t.key))) return -1;
  }
  // ("Ward Member of Kaisenik, Mr Nason Kaupa, he talk": the name set off right before the pronoun is whom the opening
  // office describes)
  const named = mentions[i - 1]!;
  if (i - 1 > first && named.type === 'name' && named.entity >= 0 && entities[named.entity]!.kind === 'person' &&
    isPunctTok(toks[named.vi - 1], ',') && isPunctTok(toks[named.vj], ',') && named.vj + 1 === p.vi)
    return named.entity;
  return c.entity;
}

/** Words that open a relative clause set off after a name ("X, that everybody calls "Ti Zo", he …"). */
const ASIDE_RELATIVES = new Set(['who', 'whom', 'whose', 'that', 'which']);
/** Most tokens from a name opening its sentence to the pronoun that takes it up past a relative clause. */
const RELATIVE_ASIDE_REACH = 30;

/**
 * why: "Msye Joachim Hoareau, 61, that everybody at Bel Ombre they call "Ti Zo", he is a fisherman": translations take
 * a person's name opening its sentence up again with "he" or "she" after a relative clause set off behind it, whatever
 * names that clause holds. The name's entity when pronoun mention `i` opens its clause after such a clause (and
 * asides of capitalised or linking words, an age), else -1.
 */
function pastRelativeAside(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const p = mentions[i]!;
  if (p.words[0] === 'they' || !isPunctTok(toks[p.vi - 1], ',')) return -1;
  let first = -1;
  for (let j = i - 1; j >= 0 && mentions[j]!.sent === p.sent && p.vi - mentions[j]!.vi <= RELATIVE_ASIDE_REACH; j--) first = j;
  if (first < 0) return -1;
  const c = mentions[first]!;
  if (c.type !== 'name' || c.entity < 0 || c.possessive || !opensSentence(toks, c.vi) || !isPunctTok(toks[c.vj], ',')) return -1;
  const e = entities[c.entity]!;
  const g = genderOfEntity(e);
  if (e.kind !== 'person' || (p.gender && g && g !== p.gender)) return -1;
  let relative = false;
  // ("Kasatpol PP Badung, I Gusti Agung Ketut Suryanegara, who is known as …, he said": the name set off after an office
  // opening the sentence is the one the relative clause and the pronoun go on with)
  let named = c.entity;
  for (let k = c.vj; k < p.vi; k++) {
    const t = toks[k]!;
    if (isPunctTok(t, ',') && t.k === K.Punct && ASIDE_RELATIVES.has(toks[k + 1]?.key ?? '') && toks[k + 1]!.k === K.Word) {
      if (!relative) {
        for (let j = first + 1; j < i && mentions[j]!.vj <= k; j++) {
          const n = mentions[j]!;
          // (past a capitalised word the name's mention leaves out: "I Gusti …", Balinese's particle before a name)
          const lead = isPunctTok(toks[n.vi - 1], ',') ? n.vi - 1 : toks[n.vi - 1]?.cap ? n.vi - 2 : -1;
          if (n.type === 'name' && n.vj === k && n.entity >= 0 && lead >= 0 && isPunctTok(toks[lead], ',') && entities[n.entity]!.kind === 'person') named = n.entity;
        }
      }
      // (the clause runs to the next comma outside marks; the pronoun's own comma closes the last)
      relative = true;
      let inMarks = false;
      for (k += 2; k < p.vi - 1; k++) {
        if (toks[k]!.k === K.Quote) inMarks = !inMarks;
        else if (!inMarks && isPunctTok(toks[k], ',')) break;
      }
      k--;
      continue;
    }
    if (t.k === K.Punct ? t.key !== ',' : t.k !== K.Word || (!t.cap && !RESUMED_LINKS.has(t.key) && !/^\d{1,3}$/.test(t.key))) return -1;
  }
  if (!relative) return -1;
  const gn = genderOfEntity(entities[named]!);
  return p.gender && gn && gn !== p.gender ? -1 : named;
}

/** Most mentions back from "Her name is X" to the description of the one it names. */
const REVEALED_REACH = 40;
/** Most paragraphs back from "Her name is X" to that description. */
const REVEALED_PARAGRAPHS = 4;

/**
 * why: "A woman with a red lesso … spoke loudly to the journalists. ‘…,’ she said. … Her name is Selina Jepchirchir
 * Kosgei, 58": a person the article first describes and only later names ("Her name is X", "His name was X") is X; the
 * description, and so every pronoun and quotation that goes back to it, is X. The one named is the last person before
 * it described with no name, of the possessive's gender.
 */
function namesRevealed(mentions: Mention[], entities: Entity[], toks: Tok[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const p = mentions[i]!;
    if (p.type !== 'pronoun' || (p.words[0] !== 'her' && p.words[0] !== 'his')) continue;
    const n = mentions[i + 1]!;
    // ("His own name is Jahoras Sitorus", "Her real name is …")
    const own = toks[p.vj]?.key === 'own' || toks[p.vj]?.key === 'real' ? 1 : 0;
    const noun = toks[p.vj + own];
    const verb = toks[p.vj + own + 1];
    if (noun?.key !== 'name' || (verb?.key !== 'is' && verb?.key !== 'was') || n.type !== 'name' || n.entity < 0 || n.vi !== p.vj + own + 2) continue;
    // ("…is hungry.’ His name is Hadley Blesam": or, capitalised, right after a quotation)
    const afterQuote = toks[p.vi - 1]?.k === K.Quote && toks[p.vi]!.cap;
    if (entities[n.entity]!.kind !== 'person' || !(opensSentence(toks, p.vi) || afterQuote)) continue;
    for (let j = i - 1; j >= 0 && j >= i - REVEALED_REACH && p.para - mentions[j]!.para <= REVEALED_PARAGRAPHS; j--) {
      const d = mentions[j]!;
      // why: "The oldest man of the huta everybody is calling Ompu Sahat, the grandfather of Sahat. His own name is
      // Jahoras Sitorus": a name the article says people call someone, just before his own name, is what they call him
      if (d.type === 'name' && d.entity >= 0 && d.entity !== n.entity && calledBefore(toks, d.vi) && entities[d.entity]!.kind !== 'organization') {
        if (!namedAs.has(d.entity)) namedAs.set(d.entity, n.entity);
        break;
      }
      if (d.type === 'name' && d.kind === 'person') break;
      if (d.type !== 'desc' || d.kind !== 'person' || d.plural || d.entity < 0 || d.entity === n.entity) continue;
      const e = entities[d.entity]!;
      if (e.nameWords !== 0 || e.plural || (d.gender !== null && d.gender !== p.gender)) continue;
      if (!namedAs.has(e.id)) namedAs.set(e.id, n.entity);
      break;
    }
  }
}

/**
 * why: "Kepala Desa Lumban Pea, Tumpal Hutapea, 52, said … ¶ “…,” the kepala desa told Antara": an office written as a
 * name no list knows, with its holder's name set off after it by commas, is held by that person; a description that
 * points to the office points to him. `e` is returned when its only mention has no such person after it.
 */
function officeHolder(mentions: Mention[], entities: Entity[], e: number, toks: Tok[]): number {
  if (entities[e]!.kind === 'organization') return e;
  // (read once an article, on first need: every description would otherwise read every mention again)
  if (holdersOfOffices === null) holdersOfOffices = officeHolders(mentions, entities, toks);
  return holdersOfOffices.get(e) ?? e;
}

/** See officeHolder: the entities named once, as an office opening its sentence, with their holder set off after them. */
function officeHolders(mentions: Mention[], entities: Entity[], toks: Tok[]): Map<number, number> {
  const holders = new Map<number, number>();
  const seen = new Set<number>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'name' || m.entity < 0) continue;
    const e = m.entity;
    if (seen.has(e)) {
      holders.delete(e);
      continue;
    }
    seen.add(e);
    const n = mentions[k + 1];
    if (!n || n.type !== 'name' || n.entity < 0 || n.entity === e || n.words.length < 2 || n.vi !== m.vj + 1 || !isPunctTok(toks[m.vj], ',') ||
      !isPunctTok(toks[n.vj], ',') || entities[n.entity]!.kind !== 'person' || !opensSentence(toks, m.vi)) continue;
    holders.set(e, n.entity);
  }
  return holders;
}

/** The holders officeHolders found for the article being resolved, or null before the first need. */
let holdersOfOffices: Map<number, number> | null = null;

/** Prepositions of whom words are given to. */
const GIVEN_TO = new Set(['to', 'for']);

/** Whether a verb of naming stands right before token `vi`, or before "him" or "her" there ("is calling X", "call him X"). */
function calledBefore(toks: Tok[], vi: number): boolean {
  const before = toks[vi - 1];
  const verb = before?.k === K.Word && (before.key === 'him' || before.key === 'her') ? toks[vi - 2] : before;
  return verb !== undefined && verb.k === K.Word && (NAMING_VERBS.has(verb.key) || verb.key === 'calling' || verb.key === 'naming');
}

/** Prepositions that open a setting fronted before the subject ("In the session of the council on Tuesday, …"). */
const SETTING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'following', 'since', 'amid', 'among', 'from']);
/** Most tokens of such a setting. */
const SETTING_TOKENS = 16;

/**
 * Whether the mention starting at token `vi` opens the clause right after a setting fronted before it: "In the session
 * of the council on Tuesday, the councillor for Tarvo, Tom Hale, he spoke": the sentence opens on a preposition, and
 * the comma before the mention is the setting's, the first of the sentence.
 */
function afterSetting(toks: Tok[], vi: number): boolean {
  if (!isPunctTok(toks[vi - 1], ',')) return false;
  for (let k = vi - 2; k >= 0 && k >= vi - 1 - SETTING_TOKENS; k--) {
    const t = toks[k]!;
    if (t.k === K.Punct && t.key === ',') return false;
    if (t.k === K.Word) {
      if (opensSentence(toks, k)) return t.cap && SETTING_PREPOSITIONS.has(t.key);
    } else if (t.k !== K.Punct) return false;
  }
  return false;
}

/** Whether the mention starting at token `vi` opens its sentence or a clause after a comma. */
const opensClauseAt = (toks: Tok[], vi: number): boolean => opensSentence(toks, vi) || isPunctTok(toks[vi - 1], ',');

/** Where "the" and up to two adjectives before the name at `vi` start ("The older Zeeb", "the young Ngbokoto"), else `vi`. */
function describedFrom(toks: Tok[], vi: number): number {
  let k = vi;
  while (k > vi - 3 && toks[k - 1]?.k === K.Word && !toks[k - 1]!.cap && !toks[k - 1]!.speech && (toks[k - 1]!.lex & LEX.determiner) === 0) k--;
  const the = toks[k - 1];
  return the !== undefined && the.k === K.Word && the.key === 'the' && k < vi ? k - 1 : vi;
}

/** Most tokens of an apposition set off between a subject and the pronoun that repeats it. */
const APPOSITION_TOKENS = 20;

/**
 * why: "In an interview with the agency ABP, Dr. Irakoze Béatrice, researcher at the Institute of the Agronomic Sciences
 * of Burundi (ISABU), she explained": a person's name opening its clause, then an apposition set off by commas, then
 * the pronoun: the pronoun repeats the name, whoever the apposition names. -1 when the pronoun follows no such name.
 */
function apposedSubject(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const p = mentions[i]!;
  if (!isPunctTok(toks[p.vi - 1], ',')) return -1;
  let comma = -1;
  for (let k = p.vi - 2; k >= 0 && k >= p.vi - APPOSITION_TOKENS; k--) {
    const t = toks[k]!;
    if (t.k === K.Quote || t.k === K.Break || (t.k === K.Punct && (t.key === '.' || t.key === ';' || t.key === ':')) || (t.k === K.Word && t.speech)) return -1;
    if (t.k === K.Punct && t.key === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0) return -1;
  // ("Kepala Desa Sukaresmi, Asep Saepudin, he said": an apposition that is a person's name, and nothing more, is whom
  // the office before it describes; the name repeats the subject, and the pronoun the name)
  const named = mentions[i - 1];
  if (named !== undefined && named.type === 'name' && named.vi === comma + 1 && named.vj + 1 === p.vi && named.entity >= 0 && entities[named.entity]!.kind === 'person') return -1;
  for (let j = i - 1; j >= 0 && mentions[j]!.vj >= comma; j--) {
    const c = mentions[j]!;
    if (c.vj !== comma) continue;
    if (c.type !== 'name' || c.entity < 0 || c.possessive || c.plural || !isPersonLike(entities[c.entity]!) || entities[c.entity]!.kind !== 'person') return -1;
    if (!opensClauseAt(toks, describedFrom(toks, c.vi))) return -1;
    const g = genderOfEntity(entities[c.entity]!);
    return p.gender && g && g !== p.gender ? -1 : c.entity;
  }
  return -1;
}

/**
 * why: "In the ministry they answered that …", "At the FSS, they said: «…»": Slavic languages report what a body said
 * with an impersonal plural set in the body ("В министерстве ответили"), and translations keep it; "they" opening
 * the clause right after a sentence's opening "in" or "at" and the body is that body.
 */
function bodyAround(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const p = mentions[i]!;
  const c = mentions[i - 1];
  if (!p.subject || !c || c.entity < 0 || c.sent !== p.sent || !(c.vj === p.vi || (c.vj + 1 === p.vi && isPunctTok(toks[c.vj], ',')))) return -1;
  if (entities[c.entity]!.kind !== 'organization' && c.kind !== 'organization') return -1;
  let k = c.vi - 1;
  if (toks[k]?.k === K.Word && toks[k]!.key === 'the') k--;
  const at = toks[k];
  return at !== undefined && at.k === K.Word && (at.key === 'in' || at.key === 'at') && opensSentence(toks, k) ? c.entity : -1;
}

/**
 * why: "W/ro Meseret Bekele, at the press conference, «…» they said": Amharic, Tigrinya, Hindi and Nepali speak of a
 * respected person in the plural, and translations keep the "they"; when the sentence opened on one person named as
 * its subject and "they" closes the quotation that person began, "they" is that person. Else a plural, never resolved.
 */
function respectedSubject(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const p = mentions[i]!;
  let k = p.vi - 1;
  if (isPunctTok(toks[k], ',')) k--;
  if (!p.subject || toks[k]?.k !== K.Quote) return -1;
  let person = -1;
  let first = -1;
  let subject = false;
  let lead = -1;
  for (let j = i - 1; j >= 0 && i - j <= RESPECTED_MENTIONS && mentions[j]!.sent === p.sent; j--) {
    const c = mentions[j]!;
    if (c.vi > k) continue;
    if (c.plural || c.type === 'pronoun') return -1;
    lead = j;
    const e = c.entity >= 0 ? entities[c.entity]! : null;
    if (e === null || e.kind === 'place' || e.kind === 'organization') continue;
    if (!isPersonLike(e) || (person >= 0 && e.id !== person)) return -1;
    person = e.id;
    first = j;
    // (a name set off by a comma before its setting, "…, at the press conference, «…»", is the sentence's subject)
    subject ||= c.subject || isPunctTok(toks[c.vj], ',');
  }
  if (!subject || !opensSentence(toks, mentions[lead]!.vi)) return -1;
  // ("The Corporation's Communication Director W/ro Meseret Bekele": past the body whose officer the person is)
  const owner = mentions[lead]!;
  return lead === first || (owner.possessive && owner.vj === mentions[lead + 1]!.vi && lead + 1 === first) ? person : -1;
}
/** Most mentions a sentence may hold between its subject and a respectful "they" after its quotation. */
const RESPECTED_MENTIONS = 6;

/** Whether indefinite description `j` is a person opening the sentence right before pronoun `i`'s, in its paragraph,
 * and speaking there, and `i` the subject of a cue right after a quotation. */
function indefiniteSubject(mentions: Mention[], j: number, i: number, toks: Tok[]): boolean {
  const c = mentions[j]!;
  const p = mentions[i]!;
  if (c.plural || c.kind !== 'person' || c.para !== p.para || p.sent - c.sent !== 1 || !p.subject || !opensSentence(toks, c.vi)) return false;
  let k = p.vi - 1;
  if (isPunctTok(toks[k], ',')) k--;
  if (toks[k]?.k !== K.Quote) return false;
  // (and spoke there: "An average farm adviser sees the problem daily" describes anyone, and "he" goes on further back)
  for (let v = c.vj; v < c.vj + INDEFINITE_VERB_REACH && v < toks.length && !closesSentence(toks[v]!); v++) if (toks[v]!.speech) return true;
  return false;
}
/** Most tokens between an unnamed speaker and the verb it speaks with ("A senior official in the Ministry of Finance told",
 * "A woman with a red lesso and a walking stick, who was standing in front of the crowd, spoke"). */
const INDEFINITE_VERB_REACH = 24;

/** Whether description `d` is set off by a comma right after name `n` and stands for the same entity ("Jansen, the
 * harbour commissioner,"). */
/** Whether name mention `c` is the person a sentence opens on as whose view it gives: "For Ruiz, …", "According to
 * Ruiz, …". */
function viewOpener(toks: Tok[], c: Mention): boolean {
  if (!isPunctTok(toks[c.vj], ',') || c.vi < 1) return false;
  const b = toks[c.vi - 1]!;
  if (b.k === K.Word && b.key === 'for') return opensSentence(toks, c.vi - 1);
  // why: "For the victim, Siti Aminah Ismail, 58, from Tumpat, this is the third flood": a person noun after "for", the
  // name set off after it, opens the sentence on that person's view as the name alone would
  if (isPunctTok(b, ',')) {
    for (let k = c.vi - 2, nouns = 0; k >= 0 && k >= c.vi - 2 - OPENER_NOUN_WORDS && toks[k]!.k === K.Word; k--) {
      if (toks[k]!.key === 'for') return nouns > 0 && k < c.vi - 2 && opensSentence(toks, k);
      if (inLex(toks[k]!, LEX.personNoun)) nouns++;
    }
  }
  return b.k === K.Word && b.key === 'to' && c.vi >= 2 && toks[c.vi - 2]!.key === 'according' && opensSentence(toks, c.vi - 2);
}
/** Most words of the description after "For" that a name set off after it restates ("For the flood victim, X,"). */
const OPENER_NOUN_WORDS = 4;
const isPunctTok = (t: Tok | undefined, key: string): boolean => t !== undefined && t.k === K.Punct && t.key === key;

/** Words that open a phrase of time or place fronted before a sentence's subject ("Back in the village, Lebona stood"). */
const FRONTING = new Set(['back', 'later', 'earlier', 'then', 'meanwhile', 'afterwards', 'there', 'here', 'now', 'today', 'yesterday',
  'tonight', 'in', 'at', 'on', 'after', 'before', 'during', 'outside', 'inside', 'from']);
/** Most tokens of a fronted phrase before the comma. */
const FRONTED_TOKENS = 8;

/**
 * Whether name mention `c` is its sentence's subject after a fronted phrase of time or place and a comma, a verb in
 * lower case after it ("Back in ha-Lejone, Morena Lebona stood in front of the kraal."): he takes over from whoever
 * spoke before, as a name opening its sentence does.
 */
function frontedSubject(toks: Tok[], c: Mention): boolean {
  if (!isPunctTok(toks[c.vi - 1], ',')) return false;
  const after = toks[c.vj];
  if (after === undefined || after.k !== K.Word || after.cap || after.key === 'and' || after.key === 'who' || after.key === 'whose') return false;
  for (let k = c.vi - 2; k >= 0 && k >= c.vi - 2 - FRONTED_TOKENS; k--) {
    const t = toks[k]!;
    if (t.k !== K.Word) return false;
    if (FRONTING.has(t.key) && opensSentence(toks, k) && (k === 0 || toks[k - 1]!.k !== K.Word)) return true;
  }
  return false;
}

/**
 * The description that is its sentence's subject and introduces name mention `j` right after it ("The senator Paolo
 * Rinaldini attacked", "The Minister of Finance, Elena Caballé, tried"), as the name's entity; else -1.
 */
function describedSubject(mentions: Mention[], j: number, toks: Tok[]): number {
  const n = mentions[j]!;
  const d = mentions[j - 1];
  if (n.type !== 'name' || !d || d.type !== 'desc' || !(d.subject || n.subject) || d.entity !== n.entity || d.sent !== n.sent) return -1;
  const adjacent = d.vj === n.vi || (d.vj + 1 === n.vi && toks[d.vj]?.k === K.Punct && toks[d.vj]!.key === ',');
  return adjacent ? j - 1 : -1;
}

function inApposition(n: Mention, d: Mention, toks: Tok[]): boolean {
  return n.type === 'name' && n.entity === d.entity && n.sent === d.sent && d.vi === n.vj + 1 && toks[n.vj]?.k === K.Punct && toks[n.vj]!.key === ',';
}

/**
 * Whether someone else was named as a sentence's subject after the last mention of `prefer`, the speaker of the
 * quotation before: "“…,” Berg said. Spokesman Omar Haddad repeated that …; “…,” he told reporters." The person a
 * reporter just introduced is whom "he" goes on with.
 */
function newSubjectSince(mentions: Mention[], entities: Entity[], i: number, prefer: number, toks: Tok[]): boolean {
  const p = mentions[i]!;
  let latest = -1;
  for (let j = i - 1; j >= 0 && j >= i - 40; j--) {
    const c = mentions[j]!;
    if (c.entity === prefer) return latest > c.sent;
    // why: "As for Lopez, he said he is calm": a pronoun the article has tied to someone takes over as a name does
    const lead = describedSubject(mentions, j, toks);
    if (c.type === 'name' && c.entity >= 0 && c.sent < p.sent && c.sent > latest && (viewOpener(toks, c) || frontedSubject(toks, c)) && entities[c.entity]!.kind === 'person') {
      latest = c.sent;
      continue;
    }
    // ("The mayor spoke last. “…,” he said": a definite description of someone named, opening its sentence as the
    // subject, takes over as his name would)
    const described = c.type === 'desc' && c.subject && c.entity >= 0 && /^the\s/i.test(c.surface) && opensSentence(toks, c.vi) && !isUnnamed(entities[c.entity]!);
    // ("Speaking on the radio, the Spokesperson of RURA, Mbabazi Diane, said …": a name set off by commas right before
    // its verb of speech is that verb's subject)
    const apposed = apposedSpeaker(toks, c) || apposedExpressing(toks, c);
    if ((c.type === 'desc' && !described) || !(c.subject || lead >= 0 || apposed) || c.entity < 0 || c.sent >= p.sent || c.sent <= latest) continue;
    const e = entities[c.entity]!;
    const g = genderOfEntity(e);
    const first = lead >= 0 ? lead : j;
    // why: only someone introduced as a main clause's subject who could be "he" or "she", and either speaking or
    // opening the sentence ("Senate Leader Ruiz was less enthusiastic."), takes over; "suggested Ruiz went too far",
    // "what if Ruiz wins?" do not
    // ("the Spokesperson of RURA, Mbabazi Diane, said": a name the article gives a role or makes speak is a person's too)
    if (apposed && isPersonLike(e) && !(p.gender && g && g !== p.gender)) {
      latest = c.sent;
      continue;
    }
    if (e.kind === 'person' && !(p.gender && g && g !== p.gender) && (speaksAfter(toks, c.vj) || opensSentence(toks, mentions[first]!.vi)) && firstSubject(mentions, first, toks)) latest = c.sent;
  }
  return false;
}

/** Whether name mention `c` is set off by commas right before its verb of speech ("…, Mbabazi Diane, said"): the
 * verb's subject, apposed to the description before it. */
function apposedSpeaker(toks: Tok[], c: Mention): boolean {
  return c.type === 'name' && isPunctTok(toks[c.vi - 1], ',') && isPunctTok(toks[c.vj], ',') && speaksAfter(toks, c.vj + 1);
}

/** Verbs of showing a feeling that translations put before a person's words ("expressed her anger", "voiced his
 * concern"), as a verb of speech would stand. */
const EXPRESSING = new Set(['expressed', 'voiced', 'showed', 'vented']);

/**
 * why: "A customer who came to buy vegetables, Smt. Sasmita Mohanty, expressed her anger. '…?' she questioned": a name
 * set off by commas before a verb of showing a feeling takes over as the subject the next "she" goes on with, as a
 * name before a verb of speech does.
 */
function apposedExpressing(toks: Tok[], c: Mention): boolean {
  const v = toks[c.vj + 1];
  return c.type === 'name' && isPunctTok(toks[c.vi - 1], ',') && isPunctTok(toks[c.vj], ',') && v !== undefined && v.k === K.Word && !v.cap && EXPRESSING.has(v.key);
}

/** Most tokens between a quotation and the pronoun of its cue ("», has he lashed out": three). */
const CUE_PRONOUN_REACH = 3;

/**
 * Whether name mention `c` closes the sentence right before a quotation of its paragraph and pronoun `p` is the
 * subject of that quotation's cue, right after it ("… the deputy, Hugo Ferrand. «…», has he lashed out").
 */
function introducedBefore(toks: Tok[], c: Mention, p: Mention): boolean {
  const q = toks[c.vj + 1];
  return c.type === 'name' && !c.possessive && isPunctTok(toks[c.vj], '.') && q !== undefined && q.k === K.Quote && q.para === c.para &&
    p.vi > c.vj + 1 && p.vi <= c.vj + 1 + CUE_PRONOUN_REACH && p.para === c.para;
}

/** Whether a speech verb follows `toks[k]`, past a few fillers ("Ruiz (also) repeated"). */
function speaksAfter(toks: Tok[], k: number): boolean {
  for (let f = 0; f < 3 && toks[k]?.filler; f++) k++;
  return toks[k]?.speech === true;
}

/** Whether mention `j` is the first subject of its sentence (a few mentions back at most), and the sentence does
 * not close on someone else's reporting clause. */
function firstSubject(mentions: Mention[], j: number, toks: Tok[]): boolean {
  const sent = mentions[j]!.sent;
  for (let k = j - 1; k >= 0 && k >= j - 12 && mentions[k]!.sent === sent; k--) if (mentions[k]!.subject) return false;
  // why: "Ruiz will struggle in the fall, Berg said": a named reporter after a comma makes the first subject part of
  // what is reported; a pronoun there ("…, he said") points back to that first subject instead
  for (let k = j + 1; k < mentions.length && k <= j + 12 && mentions[k]!.sent === sent; k++) {
    const m = mentions[k]!;
    if (!m.subject || m.type === 'pronoun' || m.vi < 1 || toks[m.vi - 1]!.key !== ',') continue;
    if (speaksAfter(toks, m.vj)) return false;
  }
  return true;
}

type Seen = Map<string, { words: readonly string[]; entity: number; plural: boolean; definite: boolean }[]>;

/** A description that opens on "the" (and so on no possessive owner). */
const DEFINITE = /^the\s/i;

/** Notes description `m`, resolved, under its head: the last twenty of each head are kept. */
function seeDesc(seen: Seen, m: Mention): void {
  const list = seen.get(m.words[0]!) ?? [];
  if (list.length >= 20) list.shift();
  list.push({ words: contentWords(m.surface), entity: m.entity, plural: m.plural, definite: DEFINITE.test(m.surface) });
  seen.set(m.words[0]!, list);
}

/**
 * why: "The mayor of Dunmore: «Roads closed»" (headline) … "declared the mayor of Dunmore, Ana Ruiz": the headline's
 * description made someone unnamed, and the apposition further on names the holder of that very description; the
 * unnamed one is that person. Only a description of two words or more (a role and what it is held for), every one of
 * them restated, is matched: "the minister" alone may be any of several ministers; and both are definite and no one's
 * ("a Carrier executive" is one of many, "Berg's aide" is someone's), as an office held for a place is.
 */
function nameUnnamedPrecedent(seen: Seen, m: Mention, entities: Entity[]): void {
  const list = seen.get(m.words[0]!);
  if (list === undefined || entities[m.entity]!.nameWords === 0 || !DEFINITE.test(m.surface)) return;
  const words = contentWords(m.surface);
  for (const s of list) {
    if (!s.definite || s.plural || s.entity === m.entity || s.words.length < 2 || namedAs.has(s.entity)) continue;
    const e = entities[s.entity]!;
    if (e.nameWords !== 0 || e.kind === 'organization' || e.kind === 'place') continue;
    if (s.words.every((w) => words.includes(w))) namedAs.set(s.entity, m.entity);
  }
}

/** Scratch of `description`, reused from call to call: the candidate entities and where each was mentioned, and
 * which entities are candidates already (marked with the call's number, so nothing needs clearing). */
const candidateIds: number[] = [];
const candidateAt: number[] = [];
let candidateSeen = new Int32Array(256);
let candidateMark = 0;

/** Marks entity `e` a candidate of the current call; false when it was one already. */
function firstSight(e: number): boolean {
  if (e >= candidateSeen.length) {
    const grown = new Int32Array(Math.max(2 * candidateSeen.length, e + 1));
    grown.set(candidateSeen);
    candidateSeen = grown;
  }
  if (candidateSeen[e] === candidateMark) return false;
  candidateSeen[e] = candidateMark;
  return true;
}

/** The nationalities among a description's words ("turkish" in "the Turkish head of state"), as one nation each. */
function nationsIn(words: Iterable<string>): string[] {
  const found: string[] = [];
  for (const w of words) if (DEMONYMS.has(w)) found.push(SAME_NATION[w] ?? w);
  return found;
}

const NO_NATIONS: string[] = [];

/** The nations the article gave entity `e`, in its role or a description of it ("Turkish president" → turkish). */
function nationsOf(e: Entity): string[] {
  let own: string[] = e.role ? nationsIn(e.role.toLowerCase().split(/[\s,]+/)) : [];
  for (const alias of e.aliases) if (alias !== e.name) own = own.concat(nationsIn(alias.toLowerCase().split(/[\s,]+/)));
  return own;
}

/** How many sentences after a description the role of someone named there still points to him. */
const AHEAD_ROLE_SENTENCES = 2;

/**
 * How many sentences on from the description `mentions[i]` the name `mentions[j]` stands, leaving out the sentences in
 * between whose only mentions are "he" or "she" for the described person. why: '«…» the headmistress said. ¶ «…,» she
 * continued. ¶ The headmistress, Karma Yangchen, …': a sentence of the described person's own words taken up by a
 * pronoun brings no one else into view, so the name after it is as close as if it followed at once.
 */
function sentencesAhead(mentions: readonly Mention[], i: number, j: number): number {
  const d = mentions[i]!;
  const end = mentions[j]!.sent;
  let skipped = 0;
  for (let k = i + 1; k < j; ) {
    const sent = mentions[k]!.sent;
    let takenUp = sent > d.sent && sent < end;
    for (; k < j && mentions[k]!.sent === sent; k++) {
      const m = mentions[k]!;
      if (m.type !== 'pronoun' || m.plural || (d.gender !== null && m.gender !== d.gender)) takenUp = false;
    }
    if (takenUp) skipped++;
  }
  return end - d.sent - skipped;
}

/** The offices "head of state" and "head of government" stand for, by the role nouns their holders are given. */
// (the head of a republic of Russia is titled Rais in Tatarstan: "the head of the republic" is he)
const HEAD_OF_STATE = ['president', 'king', 'queen', 'monarch', 'emir', 'sultan', 'rais'];
const HEAD_OF_GOVERNMENT = ['prime', 'premier', 'chancellor', 'taoiseach', 'minister'];

/** The role nouns a description naming the head of a state or a government stands for; null for any other. */
function headOf(surface: string): string[] | null {
  const lower = surface.toLowerCase();
  // why: "the host of the town" (Polish "gospodarz miasta"): Slavic translations call the mayor the town's host
  const host = lower.indexOf('host of ');
  if (host >= 0 && /^(the )?(town|city|municipality)\b/.test(lower.slice(host + 8))) return HEAD_OF_CITY;
  const at = lower.indexOf('head of ');
  if (at < 0) return null;
  const rest = lower.slice(at + 8).replace(/^the /, '');
  if (rest.startsWith('state') || rest.startsWith('republic')) return HEAD_OF_STATE;
  if (rest.startsWith('government') || rest.startsWith('the government')) return HEAD_OF_GOVERNMENT;
  // why: "the head of the provincial administration added", "the head of the city": translations from Russian, Khmer,
  // Uzbek … ("глава администрации") call a governor or a mayor the head of the place's administration
  const place = /^(provincial|regional|oblast|province|region|city|town|municipal|municipality)\b/.exec(rest);
  if (!place) return null;
  return place[1] === 'city' || place[1] === 'town' || place[1]!.startsWith('municipal') ? HEAD_OF_CITY : HEAD_OF_REGION;
}

const PRIME_MINISTER = /\bprime[ -]minister\b/i;

/** "Prime Minister Ana Ruiz … the premier added", "Premier Ana Ruiz … the prime minister said": one office, two names. */
function premierOf(d: Mention, head: string, e: Entity): boolean {
  if (head === 'premier') return e.role !== null && PRIME_MINISTER.test(e.role);
  return head === 'minister' && e.roles.has('premier') && PRIME_MINISTER.test(d.surface);
}

/** The role nouns the head of a province's or a city's administration is given. */
const HEAD_OF_REGION = ['governor', 'akim', 'hokim', 'hakim', 'prefect', 'voivode', 'kaymakam'];
const HEAD_OF_CITY = ['mayor', 'mayoress', 'burgomaster', 'akim', 'hokim', 'intendant'];

/** How many sentences back "the two" looks for the pair it goes on with. */
const PAIR_SENTENCES = 6;

/** Heads of descriptions that stand for someone the article does not name ("a source", "the agency's interlocutor"). */
const UNNAMED_SOURCES = new Set(['source', 'sources', 'interlocutor', 'interlocutors', 'insider', 'insiders']);

function description(mentions: Mention[], entities: Entity[], i: number, excluded: Set<number> | undefined, seen: Seen, toks: Tok[]): number {
  const d = mentions[i]!;
  const head = d.words[0]!;
  // why: "someone asked" is a person the writer chose not to name, never one named before
  if (head === 'someone' || head === 'somebody') return addEntity(entities, d);
  // why: "A source in the ministry told RIA Novosti … “…,” the source added", "the agency's interlocutor said" (Russian
  // "собеседник агентства"): a source the article does not name is never one it names; "the source" goes back to the
  // unnamed source described before it, if any
  if (UNNAMED_SOURCES.has(head) && !/^(a|an|one|another)\s/i.test(d.surface)) {
    for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
      const c = mentions[j]!;
      if (d.para - c.para > 2) break;
      if (c.type === 'desc' && c.entity >= 0 && UNNAMED_SOURCES.has(c.words[0]!) && c.plural === d.plural) return c.entity;
    }
  }
  if (UNNAMED_SOURCES.has(head)) return addEntity(entities, d);
  // why: "The mayor Ana Ruiz and the engineer Tom Hale inspected the bridge. “…,” said the former. “…,” said the
  // latter.": the first or the second of the last two people named side by side with "and"
  if (d.words.length === 1 && (head === 'former' || head === 'latter') && /^the\s/i.test(d.surface)) {
    const pair = pairBefore(mentions, entities, i, toks);
    if (pair !== null) return head === 'former' ? pair[0] : pair[1];
  }
  // why: "Jozef Hrnčiar, 67, … described the 67-year-old": an age stands for the one person the article gave it to
  // ("the 58-year-old woman": the age may modify the head)
  let age = ageOf(head);
  for (let k = d.vi; !age && k < d.vj && k < toks.length; k++) if (toks[k]!.k === K.Word) age = ageOf(toks[k]!.key);
  // why: '“…,” said the old man, who is 81 years old.': or in a clause right after the description, as after a name;
  // then no one the article gave another age is he
  if (!age && isPunctTok(toks[d.vj], ',')) {
    const of = ageLead(toks, d.vj + 1);
    const num = toks[d.vj + 1 + of];
    if (of > 0 && num !== undefined && num.k === K.Word && /^\d{1,3}$/.test(num.key) && (of === 1 || toks[d.vj + 2 + of]?.key === 'years')) {
      age = AGE_HEAD.exec(`${num.key}-year-old`);
    }
  }
  if (age && d.kind === 'person' && !d.plural) {
    const holder = ages.get(Number(age[1]));
    if (holder !== undefined && holder >= 0) return holder;
  }
  // why: "The two lawmakers argue … “…,” the two write": "the two" alone goes on with the pair just described, or
  // stands for the two people named together before it
  if (/^(the two|both)$/i.test(d.surface)) {
    for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
      const c = mentions[j]!;
      if (d.sent - c.sent > PAIR_SENTENCES) break;
      if (c.type === 'desc' && c.entity >= 0 && entities[c.entity]!.plural && /^(the two|both)\s/i.test(c.surface)) return c.entity;
    }
    const pair = namedPair(mentions, entities, i, toks);
    if (pair >= 0) return pair;
  }
  if (d.kind === 'organization') {
    // why: '"…", indicated the regional authority' (Spanish "la autoridad regional", French "l'autorité
    // administrative"): an authority qualified by what it governs, speaking, is the official named just before
    if (head === 'authority' && d.owner === null && !d.plural && d.roles.length >= 2 && DEFINITE.test(d.surface) && speakingAt(toks, d)) {
      const official = recentOfficial(mentions, entities, i);
      if (official >= 0) return official;
    }
    // why: "one of his ads asks": one of a set of documents is that document, not an organisation named nearby
    if (/^one of\s/i.test(d.surface)) return addEntity(entities, d);
    // why: "Portugal’s foreign ministry", "the Porto city council": a body owned by a place is no one the place
    // names; the description, which holds the place's name, is what a reviewer looks up ("the Ruiz campaign" is Ruiz's)
    // (a document or a new body, "a Pentagon readout", "a Porto paper", is still its owner's)
    if (d.owner?.entity !== undefined && d.owner.entity >= 0) {
      const own = ORG_WORDS.has(head) && !/^(a|an|one|another)\s/i.test(d.surface) && placeLike(entities[d.owner.entity]!);
      return own ? addEntity(entities, d) : d.owner.entity;
    }
    const agent = documentAgent(mentions, i, toks);
    if (agent >= 0) return agent;
    const author = authorOf(mentions, i, toks);
    if (author >= 0) return author;
    // why: "The CRIP poll shows … according to the poll": the document named with its owner before is the same one
    for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
      const c = mentions[j]!;
      if (d.para - c.para > 2) break;
      if (c.type === 'desc' && c.words[0] === head && c.owner && c.owner.entity >= 0 && !c.plural) return c.entity >= 0 ? c.entity : c.owner.entity;
    }
    // why: "The Porto Harbour Authority closed the quay … “…,” the authority said": a definite description by a body's
    // noun alone goes back to the body last introduced with a name under that noun, however far back, before the
    // nearest organisation named
    const definite = !d.plural && d.owner === null && /^the\s/i.test(d.surface);
    const body = definite ? bodies.get(head) : undefined;
    if (body !== undefined) return body;
    // why: "the council of the Moravian-Silesian Region … According to the region": a body named with the noun among
    // its words, however that name ends, is the one the noun goes back to
    if (definite) {
      for (let j = i - 1; j >= 0 && j >= i - NAMED_BODY_REACH; j--) {
        const c = mentions[j]!;
        if (c.type === 'name' && c.entity >= 0 && c.words.length > 1 && c.words.includes(head) && entities[c.entity]!.kind !== 'person') return c.entity;
      }
    }
    // (a place's noun standing for its council, "the prefecture said", goes only to a body named with it, above)
    for (let j = i - 1; j >= 0 && j >= i - 30 && !BODY_PLACES.has(head); j--) {
      const c = mentions[j]!;
      if (d.para - c.para > 2) break;
      // (a body's noun never goes to one whose name says it is another kind of body, "the ministry" is not the Harbour
      // Authority, nor to an agency that only reported the news, "said for ČTK"; a document's, "the report", may)
      if (c.type === 'name' && c.entity >= 0 && entities[c.entity]!.kind === 'organization' &&
        // ("According to the regidor, …" after "confirmed to Radio Tsinaka": nor is any other noun a station words went to)
        // ("she has told to the RTBF … the committee of the parents answered": nor is a body's noun a station words were
        // told to, however else the article names it)
        !(!SOURCE_NOUNS.has(head) && (reportedOnly(mentions, j) || (ORG_WORDS.has(head) && (otherBody(entities[c.entity]!, head) || toldToEntity[c.entity] === true)))))
        return c.entity;
    }
    return addEntity(entities, d);
  }
  const known = knownAs(mentions, i, toks);
  if (known >= 0) return known;
  const member = d.plural ? -1 : memberSent(mentions, entities, i, toks);
  if (member >= 0) return member;
  const same = seen.get(head);
  // why: the same description later in the article means the same person
  const restated = (): number => {
    const words = contentWords(d.surface);
    for (let k = same!.length - 1; k >= 0; k--) {
      const s = same![k]!;
      if (s.plural === d.plural && !excluded?.has(s.entity) && (words.length <= 1 || s.words.filter((w) => words.includes(w)).length >= 2)) return s.entity;
    }
    return -1;
  };
  if (SPEAKS_FOR.has(head) && d.owner && d.owner.entity >= 0 && entities[d.owner.entity]!.kind === 'organization' && !d.plural) {
    // why: "a spokesman for the campaign" speaks for it; he is unnamed, so the organisation is the speaker, unless the
    // article named him in that role before ("Mahmoud Said Eid, the official spokesman of the Ministry of Supply, …
    // The spokesman of the Ministry of Supply stressed")
    const named = same && /^the\s/i.test(d.surface) ? restated() : -1;
    return named >= 0 && entities[named]!.kind === 'person' ? named : d.owner.entity;
  }
  // why: "Another harbour source said": "another" sets the speaker apart from the one described before
  if (/^another\s/i.test(d.surface)) return addEntity(entities, d);
  // why: "in Redon, the Prime minister promises …" (headline) … "Étienne Marchal walked the streets. The Prime minister,
  // arrived by helicopter, …": the same description again goes back to the first, unless that one named no one and the
  // sentences just before name someone the article gave no role yet (then both are that person)
  let unnamed = -1;
  if (same) {
    const s = anchoredRestated(mentions, entities, i, same, excluded, toks) ?? restated();
    if (s >= 0 && !(entities[s]!.nameWords === 0 && d.kind === 'person' && !d.owner?.possessive && TITLES.get(head) && /^the\s/i.test(d.surface))) return s;
    unnamed = s;
  }
  if (d.plural) {
    const pair = /^(the two|both)\s/i.test(d.surface) ? namedPair(mentions, entities, i, toks) : -1;
    return pair >= 0 ? pair : addEntity(entities, d);
  }
  // why: "a senior official" introduces someone new; "the EU special envoy" too, unless a name bore that role
  const lower = d.surface.toLowerCase();
  const indefinite = /^(a|an|one|another)\s/.test(lower);
  // why: "Ruiz's chief of staff" is someone else than Ruiz, and new unless a name bore that role: the possessive owner
  // opens the phrase, so an "of" in it belongs to the role ("chief of staff"), not to an owner named after the head
  // (a place is no owner: "the New York businessman", "the former Maine governor" describe someone by where he is from)
  const modifier = d.owner !== null && d.owner.vj <= d.vj ? d.owner : null;
  const place = modifier !== null && isPlace(modifier, entities);
  const placeModifier = modifier !== null && !RELATIONAL.has(head) && likePlace(modifier, entities);
  const from = placeModifier || place ? modifier!.surface : null;
  // ("the CDU politician", "the Labour MP": an organisation before a role that is no one's aide says where the person
  // belongs, not whose the person is)
  const affiliation = modifier !== null && !modifier.possessive && modifier.kind === 'organization' && !RELATIONAL.has(head);
  const namedModifier = modifier !== null && !place && !placeModifier && !affiliation &&
    ((modifier.possessive && modifier.vi === d.vi) || (!lower.includes(' of ') && !lower.includes(' for ')));
  // why: a description points back to someone named shortly before, or (in a lead) to someone named just after
  const ids = candidateIds;
  const at = candidateAt;
  ids.length = at.length = 0;
  if (++candidateMark === 0x7fffffff) {
    candidateSeen.fill(0);
    candidateMark = 1;
  }
  for (let j = i - 1; j >= 0 && j >= i - 60; j--) {
    const e = mentions[j]!.entity;
    if (e >= 0 && firstSight(e)) {
      ids.push(e);
      at.push(j);
    }
  }
  const before = ids.length;
  for (let j = i + 1; j < mentions.length && j <= i + 30; j++) {
    const c = mentions[j]!;
    if (c.type === 'name' && c.entity >= 0 && firstSight(c.entity)) {
      ids.push(c.entity);
      at.push(j);
    }
  }
  let best = -1;
  let bestScore = 0.5;
  let bestAhead = false;
  const dash = head.indexOf('-');
  const headStem = dash < 0 ? head : head.slice(0, dash);
  const party = partyOf(d.surface);
  // (the description's every word: "the head of French diplomacy" names its nation after the head)
  const nations = nationsIn(contentWords(d.surface));
  const office = headOf(d.surface);
  const elderly = d.roles.some((r) => ELDERLY.has(r));
  const youthful = d.roles.some((r) => YOUTHFUL.has(r));
  const capitalHead = CAPITAL_HEAD.test(d.surface) && head !== 'head' && !DEMONYMS.has(head);
  const bare = bareRoleWord(d);
  const elected = d.roles.includes('elected') || ELECTED_NOUNS.has(head);
  const answered = answeredIn(mentions, i, head, toks);
  for (let n = 0; n < ids.length; n++) {
    const e = entities[ids[n]!]!;
    if (!isPersonLike(e) || excluded?.has(e.id) || e.id === unnamed || e.id === answered) continue;
    // why: "said a Porto Democrat" after "said one Lisbon Democrat": an indefinite description introduces
    // someone not met before; only a name right after it ("A harbour judge ruled … Judge Ines Moreau wrote") is who
    if (indefinite && n < before) continue;
    const g = genderOfEntity(e);
    if (d.gender && g && d.gender !== g) continue;
    // why: '„…", says Sámal á Lakjuni to Kringvarp Føroya … says the 58-year-old': a name written only where words
    // were given ("to Kringvarp Føroya") is a station or a paper, whatever its words, and no person a description is,
    // unless a given name or a role says it is a person
    if (d.kind === 'person' && reportedOnlyEntity[e.id] === true && e.roles.size === 0 && genderOfEntity(e) === null) continue;
    // why: "Starosta of the obec Lúčna Dolina, Peter Hudák, … said the mayor": a name of two words written only where
    // a place stands ("in X", "of the obec X") is a place, however often the article writes it, and no person a
    // description is, unless a given name, a title or a role says it is a person
    if (d.kind === 'person' && placedOnlyEntity[e.id] === true && e.roles.size === 0 && !e.titled && genderOfEntity(e) === null) continue;
    // why: "Rói á Lakjuni, 22 years, … says the 58-year-old": an age is no one's the article gave another age
    if (age && agedEntities.has(e.id) && agedEntities.get(e.id) !== Number(age[1])) continue;
    // ("the defendant Cheung, 58, … the witness Chan, 84, … the old man he answered": nor is "the old man" anyone the
    // article made younger than old age)
    if (elderly && (agedEntities.get(e.id) ?? OLD_AGE) < OLD_AGE) continue;
    // ("Amayas Tighilt, of 27 years, … The young man assured": and "the young man" is no one the article made old)
    if (youthful && (agedEntities.get(e.id) ?? 0) >= OLD_AGE) continue;
    // why: "The Republican mayoral nominee" is no one the article calls a Democrat, and the other way round
    if (party && e.role && partyOf(e.role) === -party) continue;
    // why: "the Turkish minister" is not "the head of Russian diplomacy" met before him: someone the article gave
    // another nation is not who the description names
    const own = nations.length ? nationsOf(e) : NO_NATIONS;
    const sameNation = own.some((n) => nations.includes(n));
    if (own.length > 0 && !sameNation) continue;
    let score = 0;
    // why: a role known of someone named only well after the description ("the socialist leader" four sentences before
    // "The leader of the Popular Party, X") is no clue to who it is: a lead names its person in the next sentences
    const near = n < before || sentencesAhead(mentions, i, at[n]!) <= AHEAD_ROLE_SENTENCES;
    // ("the head of state" is the president, not the head of a ministry)
    // why: "the ecologist deputy, Hugo Ferrand … The elected official, who …": "the elected official" (French "l'élu"),
    // "the lawmaker" stand for whoever holds an elected seat the article named
    // ("the Mu'tamad" is who was written "Al-Mu'tamad X": the Arabic article the translation turned into "the")
    const role = near && (office !== null ? office.some((r) => e.roles.has(r)) : e.roles.has(head) || e.roles.has(headStem) || e.roles.has(`al-${head}`) ||
      inflectedRole(e.roles, head) || premierOf(d, head, e) || initialsOfRole(e.role, head, d.surface) ||
      (elected && ELECTED_SEATS.some((r) => e.roles.has(r))));
    // why: "his backing for the Vermont governor" is not the "Former Maine Gov." who gives it: the office written
    // with another place is someone else's
    if (from !== null && role && e.role !== null && officeElsewhere(e.role, head, from)) continue;
    if (role) score += 4 + (modifiersIn(d, e) ? 1 : 0);
    else if (near && d.roles.some((r) => e.roles.has(r))) score += 2;
    // ("the head of French diplomacy" is likelier the French minister than anyone the article gave no nationality)
    else if (sameNation) score += 2;
    // why: "Senator says 'no'" is no one unless someone bears that role; and someone known only as working for another
    // (a spokesman, an aide, a lobbyist) is no "leader" or "senator"
    // why: '“Is the pier safe?” the reporter asked': the press puts the questions, and someone the article gave
    // another role (a mayor, a skipper) is not who "the reporter" or "the moderator" is
    else if (indefinite || namedModifier || bare || (!SERVING.has(headStem) && servesOnly(e)) || (PRESS.has(headStem) && e.roles.size > 0)) continue;
    // why: "The governor Vasily Orlov spoke. … Peskov told reporters that the president receives reports": someone the
    // article gave one office is not who another office names ("the president", "the spokesman" are not the governor)
    else if (OFFICES.has(headStem) && holdsOtherOffice(e, headStem)) continue;
    // why: "accused the Chancellor of …": an office written in capitals names its holder; someone the article gave
    // other roles is not him
    else if (capitalHead && e.roles.size > 0) continue;
    const m = mentions[at[n]!]!;
    // why: "the Florida senator" says more than "the senator": without the role on record, only someone named in the
    // last two sentences is close enough to be the one it picks out
    if (placeModifier && !role && !(n < before && d.sent - m.sent <= PLACE_REACH)) continue;
    // (and "the CDU politician" only someone named in the sentence before: "the UN special rapporteur" paragraphs after
    // an analyst spoke is someone new)
    if (affiliation && !role && !(n < before && d.sent - m.sent <= AFFILIATION_REACH)) continue;
    if (n < before) score += 3 / (1 + (d.sent - m.sent) / 2) + (m.subject ? 0.5 : 0);
    else score += 0.6 / (1 + (m.sent - d.sent) / 4);
    if (e.kind === 'person') score += 0.3;
    // (of the people in view, the one the article gave a young age is likeliest who "the young man" is)
    if (youthful && (agedEntities.get(e.id) ?? YOUNG_AGE) < YOUNG_AGE) score += YOUNG_AGE_SCORE;
    // (and the one it gave an old age who "the old man" is)
    if (elderly && (agedEntities.get(e.id) ?? 0) >= OLD_AGE) score += YOUNG_AGE_SCORE;
    // why: "the mayor of Kłodzko X … the mayor of Nysa Y … In Kłodzko, the water was still rising. «…» – admitted the
    // host of the town": of the holders of one office, the one named with a place the last sentences name again is meant
    if (role && placeAnchored(mentions, entities, i, e.id, toks)) score += PLACE_ANCHOR;
    if (score <= 0.5) continue;
    score += SALIENCE * Math.log2(1 + (named[e.id] ?? 0));
    if (score > bestScore) {
      bestScore = score;
      best = e.id;
      // why: "the minister blames the suppliers, the mayor – the Government" (headline): someone met before only as
      // another description's guess at the next name is a guess here too, when the article gives another person the
      // role; the holder replaces it (see `restateLater`)
      bestAhead = (n >= before && !role) || (n < before && !role && isGuess(at[n]!) && heldByAnother(entities, head, e.id));
    }
  }
  if (unnamed >= 0) {
    if (best < 0 || bestAhead || bestScore < NAMED_OVER_UNNAMED || entities[best]!.nameWords === 0 || entities[best]!.roles.size > 0 ||
      !describedFirst(mentions, i, unnamed, best)) return unnamed;
    namedAs.set(unnamed, best);
    for (const r of entities[unnamed]!.roles) entities[best]!.roles.add(r);
    return best;
  }
  resolvedAhead = best >= 0 && bestAhead;
  // why: a bare capitalised role word ("Senator defends …") that no one named in that role stands for names no one
  if (best < 0 && bareRoleWord(d)) {
    unnamedRoles.push(i);
    return -1;
  }
  return best >= 0 ? best : addEntity(entities, d);
}

/** Most mentions back a description looks for the group it is one of. */
const GROUP_REACH = 30;
/** Most tokens after a group's description to the person its sentence sets off by a comma. */
const SET_OFF_REACH = 20;

/**
 * why: "The herders of the camp also sent their representative, Hamidou Barry, … The herder added that …": the one of a
 * group (its noun in the plural) whom the group's sentence names, set off by a comma, is who its noun in the singular
 * stands for. -1 when no such group and person are in reach.
 */
function memberSent(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const d = mentions[i]!;
  // (both definite: "one district GOP leader" after "several district GOP leaders, State Treasurer X, …" is someone new)
  if (d.kind !== 'person' || d.words.length === 0 || !DEFINITE.test(d.surface)) return -1;
  for (let j = i - 1; j >= 0 && j >= i - GROUP_REACH; j--) {
    const g = mentions[j]!;
    // (a plural description's head is kept in the singular: "the herders" is read as "herder")
    if (g.type !== 'desc' || !g.plural || g.words[0] !== d.words[0] || !DEFINITE.test(g.surface)) continue;
    for (let k = j + 1; k < mentions.length && k < i && mentions[k]!.sent === g.sent && mentions[k]!.vi <= g.vj + SET_OFF_REACH; k++) {
      const c = mentions[k]!;
      if (c.type !== 'name' || !isPunctTok(toks[c.vi - 1], ',')) continue;
      return c.entity >= 0 && entities[c.entity]!.kind === 'person' ? c.entity : -1;
    }
    return -1;
  }
  return -1;
}

/** Most mentions back in its sentence a description looks for the description whose words it answers. */
const SENTENCE_DESCRIPTIONS = 12;
/** Nouns of someone's words, whose owner after "of" is who another answers ("the words of the governor"). */
const WORDS_OF = new Set(['words', 'statement', 'statements', 'accusations', 'accusation', 'claims', 'claim', 'remarks', 'comments', 'criticism', 'charges']);

/**
 * why: "The words of the governor about the money the top manager called «…»": a description in the sentence of the
 * words of another one ("the words of the governor") answers that one; the person whose words they are is not who the
 * second description is. The entity such a description before mention `i` in its sentence, by another head than
 * `head`, stands for; else -1.
 */
function answeredIn(mentions: Mention[], i: number, head: string, toks: Tok[]): number {
  const d = mentions[i]!;
  for (let j = i - 1; j >= 0 && j >= i - SENTENCE_DESCRIPTIONS && mentions[j]!.sent === d.sent; j--) {
    const c = mentions[j]!;
    if (c.type !== 'desc' || c.entity < 0 || c.words[0] === head || c.vj >= d.vi - 1 || c.plural || c.kind !== 'person') continue;
    const of = toks[c.vi - 1];
    const noun = toks[c.vi - 2];
    if (of?.k === K.Word && of.key === 'of' && noun?.k === K.Word && WORDS_OF.has(noun.key)) return c.entity;
  }
  return -1;
}

/**
 * why: "the mayor of the commune Sândominic, X … the mayor of the town Băile Tușnad, Y … Back in Sândominic, … has
 * warned the mayor": of two people the same description stood for before, the one named with a place the last
 * sentences name again is meant, when the latest one was not; else null.
 */
function anchoredRestated(mentions: Mention[], entities: Entity[], i: number, same: readonly { entity: number; plural: boolean }[], excluded: Set<number> | undefined, toks: Tok[]): number | null {
  const d = mentions[i]!;
  if (d.plural || same.length < 2) return null;
  const last = same[same.length - 1]!.entity;
  if (last < 0 || placeAnchored(mentions, entities, i, last, toks)) return null;
  for (let k = same.length - 2; k >= 0; k--) {
    const e = same[k]!.entity;
    if (e >= 0 && e !== last && !excluded?.has(e) && !same[k]!.plural && placeAnchored(mentions, entities, i, e, toks)) return e;
  }
  return null;
}

/** What a place named again in the last sentences weighs for an office's holder named with it. */
const PLACE_ANCHOR = 2;
/** Most mentions read back for those places, and for the sentence that named the holder with a place. */
const ANCHOR_REACH = 60;

/** How many tokens before a holder's name its office's place may stand ("the mayor of Kłodzko Grzegorz Mazur"). */
const OFFICE_PLACE_TOKENS = 6;

/**
 * Whether a place named in the sentence of description `i` or the one before it, before the description, was named in
 * a sentence that names entity `e` (its office's place: "the mayor of the commune Sândominic, Bíró Attila"), or in the
 * office read with the name ("the mayor of Kłodzko Grzegorz Mazur").
 */
function placeAnchored(mentions: Mention[], entities: Entity[], i: number, e: number, toks: Tok[]): boolean {
  const d = mentions[i]!;
  let places: string[] | null = null;
  for (let j = i - 1; j >= 0 && j >= i - ANCHOR_REACH && mentions[j]!.sent >= d.sent - 1; j--) {
    const c = mentions[j]!;
    // ("In Brzeg, meanwhile, …": a name of no known kind after "in" or "at" is a place too)
    if (c.type !== 'name') continue;
    const setting = toks[c.vi - 1]?.k === K.Word && (toks[c.vi - 1]!.key === 'in' || toks[c.vi - 1]!.key === 'at') && c.entity >= 0 && entities[c.entity]!.kind === 'unknown';
    if (isPlace(c, entities) || setting) (places ??= []).push(c.surface);
  }
  if (places === null) return false;
  for (let j = i - 1; j >= 0 && j >= i - ANCHOR_REACH; j--) {
    const c = mentions[j]!;
    if (c.entity !== e || c.type !== 'name' || c.sent >= d.sent - 1) continue;
    for (let k = j - 1; k >= 0 && mentions[k]!.sent === c.sent; k--) {
      const p = mentions[k]!;
      if (p.type === 'name' && isPlace(p, entities) && places.includes(p.surface)) return true;
    }
    for (let k = Math.max(0, c.vi - OFFICE_PLACE_TOKENS); k < c.vj && k < toks.length; k++) {
      const t = toks[k]!;
      if (t.k === K.Word && t.cap && places.some((p) => p.toLowerCase() === t.key)) return true;
    }
  }
  return false;
}

/** How many sentences back "the regional authority" looks for the official it stands for. */
const OFFICIAL_SENTENCES = 3;

/** The person with an office named last, a few sentences back from mention `i` at most; else -1. */
function recentOfficial(mentions: Mention[], entities: Entity[], i: number): number {
  const d = mentions[i]!;
  for (let j = i - 1; j >= 0 && j >= i - 30 && d.sent - mentions[j]!.sent <= OFFICIAL_SENTENCES; j--) {
    const c = mentions[j]!;
    if (c.type !== 'name' || c.entity < 0) continue;
    const e = entities[c.entity]!;
    if (e.kind === 'person' && !e.plural && (e.role !== null || e.roles.size > 0)) return e.id;
  }
  return -1;
}

/** Whether description `d` speaks: a speech verb right before it (inverted) or right after it. */
function speakingAt(toks: Tok[], d: Mention): boolean {
  let k = d.vj;
  for (let f = 0; f < 3 && toks[k]?.filler; f++) k++;
  return toks[d.vi - 1]?.speech === true || toks[k]?.speech === true;
}

/** Nouns for whoever holds an elected seat, whatever the seat ("the lawmaker", "the elected official"). */
const ELECTED_NOUNS = new Set(['lawmaker', 'legislator', 'parliamentarian']);
/** Seats a description of an elected official stands for. */
const ELECTED_SEATS = ['deputy', 'mp', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor', 'councilman', 'councilwoman',
  'alderman', 'legislator', 'lawmaker', 'parliamentarian', 'assemblyman', 'assemblywoman', 'mayor', 'mayoress'];

/**
 * Whether a word the description puts before its head ("the opposition candidate") is in the office the article gave
 * the entity ("the candidate of the opposition alliance"): of two holders of one role, that one is meant.
 */
function modifiersIn(d: Mention, e: Entity): boolean {
  if (e.role === null || d.roles.length < 2) return false;
  const office = e.role.toLowerCase();
  for (let r = 0; r < d.roles.length - 1; r++) {
    const w = d.roles[r]!;
    if (w.length >= 4 && !DEMONYMS.has(w) && office.includes(w)) return true;
  }
  return false;
}

/** Roles held in someone else's service, which a description of another role never stands for. */
const SERVING = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'assistant', 'staffer',
  'strategist', 'pollster', 'surrogate', 'lobbyist', 'consultant', 'operative']);

/** Offices one person rarely holds two of at once: a description by one is nobody the article gave another. */
const OFFICES = new Set(['president', 'governor', 'mayor', 'senator', 'chancellor', 'premier', 'prosecutor', 'judge',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'congressman', 'congresswoman', 'sheriff']);
const holdsOtherOffice = (e: Entity, office: string): boolean => {
  for (const r of e.roles) if (OFFICES.has(r) && r !== office) return true;
  return false;
};

/** Members of the press and others who put questions to the people an article is about. */
const PRESS = new Set(['reporter', 'journalist', 'correspondent', 'interviewer', 'moderator', 'questioner']);

/** Whether every role on record for entity `e` is one held in another's service ("the spokesman Ahmed Ali"). */
function servesOnly(e: Entity): boolean {
  if (e.roles.size === 0) return false;
  for (const r of e.roles) if (!SERVING.has(r)) return false;
  return true;
}

/** A description of one capitalised word and no determiner ("Senator", "Minister"): a title standing alone. */
const bareRoleWord = (d: Mention): boolean => d.vj === d.vi + 1 && !d.plural && d.kind === 'person' && d.surface.length > 0 && d.surface[0] !== d.surface[0]!.toLowerCase();

const REPUBLICAN = /\b(republicans?|gop)\b/i;
const DEMOCRAT = /\b(democrats?|democratic)\b/i;

/** The party a phrase names: 1 Republican, -1 Democratic, 0 neither or both. */
function partyOf(phrase: string): number {
  return (REPUBLICAN.test(phrase) ? 1 : 0) - (DEMOCRAT.test(phrase) ? 1 : 0);
}

/**
 * A one-word name before a role noun that the article never makes a person or an organisation ("the Florida senator",
 * "the Vermont senator"): it says where the person is from, as a place does, not whose the person is ("the Berg
 * aide": Berg speaks, or has a title, somewhere in the article).
 */
function likePlace(m: Mention, entities: Entity[]): boolean {
  if (m.type !== 'name' || m.possessive || m.words.length !== 1 || m.entity < 0) return false;
  const e = entities[m.entity]!;
  return e.kind === 'unknown' && !e.speaks && !e.titled;
}

/** Abbreviated titles of offices held for a place ("Gov. Ana Ruiz"), by the noun a description uses. */
const OFFICE_ABBREVIATIONS: Record<string, string> = { governor: 'gov', senator: 'sen', representative: 'rep', congressman: 'rep', congresswoman: 'rep' };

/** Whether a person's written office ("Former New York Gov.") holds the description's noun for a place other than `place`. */
function officeElsewhere(office: string, head: string, place: string): boolean {
  if (office.includes(place)) return false;
  const words = office.split(/[\s.,]+/);
  const abbreviation = OFFICE_ABBREVIATIONS[head];
  const at = words.findIndex((w) => {
    const key = w.toLowerCase();
    return key === head || (abbreviation !== undefined && key === abbreviation);
  });
  // a capitalised word right before the office is where it is held
  return at > 0 && /\p{Lu}/u.test(words[at - 1]![0] ?? '');
}

/** Whether an entity is a place, or a one-word name the article never makes a person or an organisation ("China",
 * "Portuguese"): what it owns is that place's. */
function placeLike(e: Entity): boolean {
  return e.kind === 'place' || (e.kind === 'unknown' && e.nameWords === 1 && !e.speaks && !e.titled);
}

/** Whether a mention names a place ("New York", "Florida"). */
function isPlace(m: Mention, entities: Entity[]): boolean {
  return m.kind === 'place' || (m.entity >= 0 && entities[m.entity]!.kind === 'place');
}

/** "Ruiz issued a report on Monday. … the report said": who issued the document an earlier sentence introduced with
 * "a" or "an" is what "the" document says later; -1 when there is no such sentence or it opens on no one named. */
function authorOf(mentions: Mention[], i: number, toks: Tok[]): number {
  const d = mentions[i]!;
  if (!d.surface.startsWith('the ') && !d.surface.startsWith('The ')) return -1;
  const head = d.words[0]!;
  for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
    const c = mentions[j]!;
    if (d.sent - c.sent > 3) break;
    if (c.type !== 'desc' || c.words[0] !== head || c.sent === d.sent) continue;
    // why: only the document's introduction names its author; "the report" again is resolved already
    if (!c.surface.startsWith('a ') && !c.surface.startsWith('an ') && !c.surface.startsWith('A ') && !c.surface.startsWith('An ')) return -1;
    let first = j;
    while (first > 0 && first > j - 20 && mentions[first - 1]!.sent === c.sent) first--;
    for (let k = first; k < j; k++) {
      const s = mentions[k]!;
      // why: "The Ruiz campaign sent supporters an email … the email read": an organisation described is an author too
      if (s.subject && (s.type === 'name' || (s.type === 'desc' && s.kind === 'organization')) && s.entity >= 0) return s.entity;
    }
    // why: "In a statement sent to the Kenya News Agency, Sirikwa Milk Processors said that …": a document fronted with
    // "in" is the subject's after the phrase, the sentence's first named subject after its comma
    if (j === first && WRITTEN_WORDS.has(head) && FRONTED_IN.has(toks[c.vi - 1]?.key ?? '') && j + 1 < mentions.length) {
      for (let k = j + 1; k < mentions.length && k <= j + AUTHOR_AFTER_MENTIONS && mentions[k]!.sent === c.sent; k++) {
        const s = mentions[k]!;
        if (s.subject && s.type === 'name' && s.entity >= 0 && isPunctTok(toks[s.vi - 1], ',')) return s.entity;
      }
    }
    return -1;
  }
  return -1;
}

/** Prepositions that front a document before its author ("In a statement …, X said", "Through a communiqué …, X"). */
const FRONTED_IN = new Set(['in', 'through', 'via']);
/** Documents that carry their author's own words (a video or a report may show others'). */
const WRITTEN_WORDS = new Set(['statement', 'communique', 'communiqué', 'release', 'letter', 'declaration', 'message', 'note']);
/** Most mentions after a fronted document to its author. */
const AUTHOR_AFTER_MENTIONS = 6;

/** Most sentences back the pair "the two", "the former" and "the latter" stand for may be named. */
const SIDE_BY_SIDE_SENTENCES = 3;

/**
 * The entities of the last two people named side by side with "and" before description `i`, each name alone or after
 * its description ("Ana Ruiz and Tom Hale", "the mayor Ana Ruiz and the engineer Tom Hale"), or null.
 */
function pairBefore(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): [number, number] | null {
  const d = mentions[i]!;
  for (let j = i - 1; j >= 1 && j >= i - 30; j--) {
    const b = mentions[j]!;
    if (d.sent - b.sent > SIDE_BY_SIDE_SENTENCES) break;
    if (b.type !== 'name' || b.entity < 0 || entities[b.entity]!.kind !== 'person') continue;
    // (past the description before the second name: "and the engineer Tom Hale")
    const described = mentions[j - 1]!.type === 'desc' && mentions[j - 1]!.vj === b.vi && mentions[j - 1]!.entity === b.entity ? j - 1 : j;
    const and = mentions[described]!.vi - 1;
    if (toks[and]?.key !== 'and') continue;
    const a = mentions[described - 1];
    if (a === undefined || a.type !== 'name' || a.vj !== and || a.entity < 0 || a.entity === b.entity || entities[a.entity]!.kind !== 'person') continue;
    return [a.entity, b.entity];
  }
  return null;
}

/**
 * "Chairman Ana Ruiz and Rep. Tomas Berg … The two lawmakers insist": "the two …" or "both …" stands for the last
 * two people named side by side with "and" a few sentences before; the pair is one speaker named after both.
 */
function namedPair(mentions: Mention[], entities: Entity[], i: number, toks: Tok[]): number {
  const pair = pairBefore(mentions, entities, i, toks);
  if (pair === null) return -1;
  const ea = entities[pair[0]]!;
  const eb = entities[pair[1]]!;
  const name = `${ea.name} and ${eb.name}`;
  const known = entityNamed(entities, name);
  if (known >= 0) return known;
  const id = addEntity(entities, mentions[i]!);
  const e = entities[id]!;
  e.name = name;
  // (the pair's names, as an alias, make it a named speaker though the description named no one)
  e.aliases.add(name);
  e.words = new Set([...ea.words, ...eb.words]);
  return id;
}

/** Each name's first entity, for the entities read so far (see `entityNamed`). */
const firstNamed = new WeakMap<Entity[], { ids: Map<string, number>; read: number }>();

/**
 * The first entity named `name`, or -1: the entities are indexed as the list grows, not read whole for each pair a
 * description names (an article of many pairs would be read once per pair). A hit whose name changed since it was
 * indexed is checked, and then the list is read as before; a miss is not, as a name "A and B" of two people is given
 * only here, when the entity is made.
 */
function entityNamed(entities: Entity[], name: string): number {
  let index = firstNamed.get(entities);
  if (!index) firstNamed.set(entities, (index = { ids: new Map(), read: 0 }));
  for (; index.read < entities.length; index.read++) {
    const e = entities[index.read]!;
    if (!index.ids.has(e.name)) index.ids.set(e.name, e.id);
  }
  const id = index.ids.get(name);
  if (id === undefined) return -1;
  if (entities[id]!.name === name) return id;
  for (const e of entities) if (e.name === name) return e.id;
  return -1;
}

/** Participles that name a document's author after them: "a statement attributed to Ruiz", "a poll conducted by X". */
const AUTHORED = new Map([['attributed', 'to'], ['written', 'by'], ['signed', 'by'], ['sent', 'by'], ['released', 'by'],
  ['issued', 'by'], ['conducted', 'by'], ['published', 'by'], ['commissioned', 'by'], ['authored', 'by'], ['posted', 'by']]);

/**
 * "the memo, which is attributed to Berg", "The survey, conducted by the Porto Institute": the named author
 * of the document a description names, or -1.
 */
function documentAgent(mentions: Mention[], i: number, toks: Tok[]): number {
  const d = mentions[i]!;
  let k = d.vj;
  if (toks[k]?.key === ',') k++;
  if ((toks[k]?.key === 'which' || toks[k]?.key === 'that') && (toks[k + 1]?.key === 'was' || toks[k + 1]?.key === 'is' || toks[k + 1]?.key === 'were')) k += 2;
  const prep = AUTHORED.get(toks[k]?.key ?? '');
  if (!prep || toks[k + 1]?.key !== prep) return -1;
  const next = mentions[i + 1];
  if (!next || next.vi !== k + 2) return -1;
  // (a description that holds a name, "the Porto Policy Institute", is resolved after this one: its name is not)
  if (next.type === 'name') return next.entity;
  return next.type === 'desc' && next.owner ? next.owner.entity : -1;
}

/** "the station chief known as Kit", "a driver identified as Tomas Berg": the name the description is given, or -1. */
function knownAs(mentions: Mention[], i: number, toks: Tok[]): number {
  const d = mentions[i]!;
  const next = mentions[i + 1];
  if (!next || d.plural) return -1;
  if (next.type !== 'name') return next.type === 'pronoun' && next.words[0] === 'who' ? askedToBeCalled(mentions, i, toks) : -1;
  if (next.entity < 0 || next.sent !== d.sent) return -1;
  let k = d.vj;
  if (toks[k]?.key === ',') k++;
  const verb = toks[k]?.key;
  if (verb === 'named') k++;
  else if ((verb === 'known' || verb === 'identified') && toks[k + 1]?.key === 'only' && toks[k + 2]?.key === 'as') k += 3;
  else if ((verb === 'known' || verb === 'identified') && toks[k + 1]?.key === 'as') k += 2;
  else return -1;
  return next.vi === k ? next.entity : -1;
}

/** Most tokens of an aside between a description and its "who" ("a young man, 26 years old, who …"). */
const NAMING_ASIDE_TOKENS = 6;
/** Participles a person asks to be called by ("who asked to be identified only as Ana"). */
const CALLED = new Set(['called', 'named', 'identified', 'known', 'quoted', 'cited']);

/**
 * why: "A young man, 26 years old, who asked to be called only by the name Andi, told …", "a nurse who asked to be
 * identified only as Maria": someone who asks to be named by a first name alone is that name; "the young man" later is
 * Andi. The name's entity, or -1. (Read only for a description a "who" clause follows, and within a few words of it.)
 */
function askedToBeCalled(mentions: Mention[], i: number, toks: Tok[]): number {
  const d = mentions[i]!;
  if (d.kind !== 'person') return -1;
  let k = d.vj;
  if (toks[k]?.key === ',') {
    let c = k + 1;
    while (c < k + 1 + NAMING_ASIDE_TOKENS && toks[c] !== undefined && toks[c]!.k === K.Word) c++;
    if (toks[c]?.key === ',') k = c + 1;
  }
  if (toks[k]?.key !== 'who' || toks[k + 1]?.key !== 'asked' || toks[k + 2]?.key !== 'to' || toks[k + 3]?.key !== 'be' || !CALLED.has(toks[k + 4]?.key ?? '')) return -1;
  k += 5;
  if (toks[k]?.key === 'only') k++;
  if (toks[k]?.key === 'as') k++;
  else if (toks[k]?.key === 'by') {
    k++;
    if (toks[k]?.key === 'the' || toks[k]?.key === 'his' || toks[k]?.key === 'her') k++;
    if (toks[k]?.key === 'first') k++;
    if (toks[k]?.key !== 'name') return -1;
    k++;
  }
  for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
    const n = mentions[j]!;
    if (n.vi === k) return n.type === 'name' && n.entity >= 0 && n.sent === d.sent ? n.entity : -1;
    if (n.vi > k) break;
  }
  return -1;
}

/** An unnamed speaker ("the EU special envoy") becomes an entity named by its description. */
function addEntity(entities: Entity[], d: Mention): number {
  // why: "the ad’s narrator says" names the ad's voice; the possessive mark is no part of the name
  const name = withoutPossessive(d.surface.replace(/^(the|a|an|one(?! of )|this|that|his|her|its|their|our)\s+/i, ''));
  const e: Entity = {
    id: entities.length, kind: d.kind, words: new Set(contentWords(name)), last: d.words[0]!, name, nameWords: 0,
    // (the description's gender is the person's: "her husband" is no "she")
    aliases: new Set([d.surface]), roles: new Set([d.words[0]!]), role: null, female: d.gender === 'f' ? 1 : 0, male: d.gender === 'm' ? 1 : 0, lastSeen: 0,
    speaks: false, plural: d.plural, titled: false,
  };
  if (d.kind === 'person' && !d.plural) e.speaks = true;
  entities.push(e);
  return e.id;
}
