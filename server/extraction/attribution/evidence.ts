/** What a reviewer sees: the speaker list, the source a claim was reported through, and the evidence line. */
import type { Span, Speaker } from '../types';
import type { Analysis } from './analysis';
import type { Local } from './cues';
import * as glossModule from './gloss';
import * as lexiconModule from './lexicon';
import * as mentionsModule from './mentions';
import * as entitiesModule from './entities';
import type { Entity } from './entities';
import type { Mention } from './mention';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import type { Assignment } from '../attribution';
import { GIVEN_NOUNS } from '../quotes/classify';
import { isWordAt } from '../quotes/chars';
import { broadcasterWord, smallLetterAcronym } from '../text/broadcasters';
import * as resolveModule from './resolve';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { ANSWER_NOUNS, DEMONYMS, FEMALE_NAMES, MALE_NAMES, mastheadWord, ON_AIR, PLATFORMS, POSTED_OFFICES, REPORTED_BY, SOURCE_NOUNS, SPEECH_VERBS, TOLD_FORMS } = lexiconModule;
const { isPunct, isWord, pressHead } = mentionsModule;
const { firstOf, genderOfEntity, isPersonLike, isUnnamed, withoutPossessive } = entitiesModule;
const { firstTokenFrom, K, LEX, inLex, keyIdOf, keyWritten } = tokensModule;
const { repeatsSubject, UNRESOLVED, resolvePronoun } = resolveModule;
const { glossesLanguage } = glossModule;

/** "This" or "our" opening a press noun: the article's own outlet ("this newspaper", "o nosso jornal"). */
const OWN_PAPER = /^(?:this|our|nosso|nossa|nostro|nostra|notre|nuestro|nuestra|este|esta|questo|questa|ce|cette)\s/i;

/**
 * How a mention reads as another name for its speaker: "the president’s" as "the president"; none for a phrase cut
 * short at a possessive after "of" ("the chair of Ruiz’s", whose noun followed).
 */
function aliasOf(surface: string): string | null {
  const plain = withoutPossessive(surface);
  if (plain === surface) return surface;
  return / of /.test(plain) ? null : plain;
}

/** Speakers that at least one claim is attributed to, keyed s1, s2, … in order of first attribution. */
export function speakerList(a: Analysis, used: (Local | null)[]): { speakers: Speaker[]; keyOf: Map<number, string> } {
  const keyOf = new Map<number, string>();
  const speakers: Speaker[] = [];
  let quoted: QuotedNames | undefined;
  for (let i = 0; i < used.length; i++) {
    const l = used[i];
    if (!l) continue;
    const id = a.ix.mentions[l.mention]!.entity;
    if (id < 0 || keyOf.has(id)) continue;
    const e = a.entities[id]!;
    // why: "the spokesman" of one article is not the one of the next; an unnamed description stays the claim's evidence
    if (isUnnamed(e)) continue;
    const key = `s${speakers.length + 1}`;
    keyOf.set(id, key);
    if (e.nameWords === 1 && isPersonLike(e)) completeFromQuotes(a, e, (quoted ??= quotedNames(a)));
    speakers.push({ key, name: e.name, aliases: [], descriptions: [], kind: e.kind === 'organization' || e.kind === 'place' ? 'organization' : 'person', role: e.role });
  }
  // why: the names and descriptions the article used for each speaker, so a reviewer sees "the minister" is the named minister
  // (keyed in lower case: "The senator" opening a sentence is "the senator" again)
  // (a description is told apart by its mention, for the app, which keeps names only: "the general" of one article
  // is nobody's name in the next)
  const aliases = new Map<number, Map<string, string>>();
  const described = new Set<string>();
  const describedKey = (entity: number, alias: string) => `${entity} ${alias}`;
  for (const m of a.ix.mentions) {
    if (m.entity < 0 || m.type === 'pronoun' || !keyOf.has(m.entity)) continue;
    const seen = aliases.get(m.entity) ?? new Map<string, string>();
    const alias = aliasOf(m.surface);
    if (alias && seen.size < 12 && !seen.has(alias.toLowerCase())) {
      seen.set(alias.toLowerCase(), alias);
      if (m.type !== 'name') described.add(describedKey(m.entity, alias));
    }
    aliases.set(m.entity, seen);
  }
  for (const [id, key] of keyOf) {
    const s = speakers[Number(key.slice(1)) - 1]!;
    const found = aliases.get(id);
    s.aliases = [...(found ? found.values() : a.entities[id]!.aliases)].filter((x) => x !== s.name);
    s.descriptions = found ? s.aliases.filter((x) => described.has(describedKey(id, x))) : [];
  }
  return { speakers, keyOf };
}

/** Where quotations write capitalised words after a space, read once per article: each single-surname speaker looks
 * its surname up here instead of searching the whole text and walking every token again (an article of a thousand
 * such speakers would read itself a thousand times). */
interface QuotedNames {
  /** capitalised word (a capital, then small letters) → where each one starts, with the start of its quotation */
  at: Map<string, { at: number; floor: number }[]>;
  /** surname → how many people (not organisations or places) bear it */
  bearers: Map<string, number>;
}

const CAPITALISED_WORD = /\p{Lu}\p{Ll}+/uy;

function quotedNames(a: Analysis): QuotedNames {
  const { text, toks } = a.view;
  const at = new Map<string, { at: number; floor: number }[]>();
  let read = 0;
  for (const t of toks) {
    if (t.k !== K.Quote) continue;
    // (a quotation's region may close inside the one before it: each offset belongs to the first region holding it)
    for (let k = Math.max(t.s + 2, read); k < t.e; k++) {
      if (text.charCodeAt(k - 1) !== 32) continue;
      CAPITALISED_WORD.lastIndex = k;
      const word = CAPITALISED_WORD.exec(text)?.[0];
      if (word === undefined) continue;
      const list = at.get(word);
      if (list) list.push({ at: k, floor: t.s });
      else at.set(word, [{ at: k, floor: t.s }]);
      k += word.length - 1;
    }
    read = Math.max(read, t.e);
  }
  const bearers = new Map<string, number>();
  for (const e of a.entities) if (e.kind !== 'organization' && e.kind !== 'place') bearers.set(e.last, (bearers.get(e.last) ?? 0) + 1);
  return { at, bearers };
}

/**
 * A person the article's own sentences name by surname alone, while a quotation names in full ("Do not hand the
 * port to a Daniel Berg administration," Ana Ruiz said … Berg told supporters): the quotation gives the given name.
 * Only a given name the name lists know, of the person's gender where the article shows one, the only one the
 * quotations give that surname, and for a surname no other person in the article bears.
 */
function completeFromQuotes(a: Analysis, e: Entity, quoted: QuotedNames): void {
  const surname = e.name;
  if (surname.length < 3 || surname.indexOf(' ') >= 0 || !/^\p{Lu}\p{Ll}+$/u.test(surname)) return;
  const self = e.kind !== 'organization' && e.kind !== 'place' ? 1 : 0;
  if ((quoted.bearers.get(e.last) ?? 0) > self) return;
  const { text } = a.view;
  const gender = genderOfEntity(e);
  let found: string | null = null;
  for (const { at, floor } of quoted.at.get(surname) ?? []) {
    const given = givenNameBefore(text, at, floor, surname.length);
    if (given === null) continue;
    const g = FEMALE_NAMES.has(given.key) ? 'f' : 'm';
    if (gender !== null && g !== gender) return;
    if (found !== null && found !== given.name) return;
    found = given.name;
  }
  if (found === null) return;
  e.name = `${found} ${surname}`;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * The known given name, with a middle initial if any, written right before a surname at `at` ("Daniel Berg",
 * "Jonas A. Pell"), not before `floor`; null when the surname goes on into another capitalised word ("Berg Tower").
 */
function givenNameBefore(text: string, at: number, floor: number, length: number): { name: string; key: string } | null {
  const after = at + length;
  if (after < text.length && (isLower(text.charCodeAt(after)) || isUpper(text.charCodeAt(after)))) return null;
  if (text.charCodeAt(after) === 32 && isUpper(text.charCodeAt(after + 1))) return null;
  let end = at - 1;
  if (end <= floor || text.charCodeAt(end) !== 32) return null;
  // "James A. Lewis": a middle initial between the given name and the surname
  if (text.charCodeAt(end - 1) === 46 && isUpper(text.charCodeAt(end - 2)) && text.charCodeAt(end - 3) === 32) end -= 3;
  let start = end;
  while (start > floor && isLower(text.charCodeAt(start - 1))) start--;
  if (start <= floor || !isUpper(text.charCodeAt(start - 1))) return null;
  start--;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (isLower(before) || isUpper(before)) return null;
  const key = text.slice(start, end).toLowerCase();
  if (!FEMALE_NAMES.has(key) && !MALE_NAMES.has(key)) return null;
  return { name: text.slice(start, at - 1), key };
}

/** Most words after a name that a credit line's station name may go on with ("Polynésie la 1ère"). */
const CREDIT_NAME_TAIL = 2;
/** Most tokens of a credit line under a quotation ("— Dr. Ningombam Bijoy Singh, Chairman, LDA, to AIR Imphal"). */
const CREDIT_LINE_TOKENS = 24;

/**
 * why: "— Dr. Ningombam Bijoy Singh, Chairman, LDA, to AIR Imphal": a credit line under a quotation ends on whom the
 * words were given to, a station or a paper whatever its name holds ("AIR" is All India Radio, no press word); the
 * name after the line's last "to", running to the line's end, is the source. Null when the cue is no dash opening such
 * a line.
 */
function creditLineTo(a: Analysis, cue: number): { name: string; span: Span } | null {
  const { toks, text } = a.view;
  const dash = toks[cue];
  if (dash === undefined || dash.k !== K.Punct || (dash.key !== '—' && dash.key !== '–')) return null;
  // (the line's end is looked for only as far as a credit line goes: a megabyte of dashes on one line must not be read
  // to its end from each of them)
  const reach = toks[Math.min(toks.length - 1, cue + CREDIT_LINE_TOKENS + 1)]!.e;
  let lineEnd = dash.e;
  while (lineEnd < reach && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  if (lineEnd === reach && reach < text.length && text.charCodeAt(reach) !== 10) return null;
  let to = -1;
  let k = cue + 1;
  // ("— Vasili Kara, for GRT": or "for" right after the credit's comma, as translations give words for a paper)
  for (; k < toks.length && toks[k]!.s < lineEnd && k <= cue + CREDIT_LINE_TOKENS; k++) {
    const t = toks[k]!;
    if (t.k === K.Word && !t.cap && (t.key === 'to' || (t.key === 'for' && isPunct(toks[k - 1], ',')))) to = k;
  }
  if (to < 0 || (k < toks.length && toks[k]!.s < lineEnd)) return null;
  const mi = a.ix.startAt[to + 1] ?? -1;
  const m = mi >= 0 ? a.ix.mentions[mi]! : null;
  // (the name runs to the line's end, past a stop at most, and is no person's: "to Ana Ruiz" tells whom the words were for)
  // ("to Polynésie la 1ère": a station's name may go on in lower case and numbers past what reads as a name)
  let last = k - 1;
  if (toks[last]!.k === K.Punct && last > to) last--;
  if (m === null || m.type !== 'name' || m.vj - 1 > last || last - (m.vj - 1) > CREDIT_NAME_TAIL) return null;
  for (let j = m.vj; j <= last; j++) if (toks[j]!.k !== K.Word) return null;
  // (nothing makes it a person's: no title, role, known given name or words of its own; a surname's ending is no proof)
  const e = m.entity >= 0 ? a.entities[m.entity]! : null;
  if (e === null || e.titled || e.roles.size > 0 || e.speaks || givenName(m.words[0]!)) return null;
  return last < m.vj ? { name: m.surface, span: { start: m.s, end: m.e } } : { name: text.slice(m.s, toks[last]!.e), span: { start: m.s, end: toks[last]!.e } };
}

/** How many tokens after a cue its venue is looked for: past an inverted speaker and the apposition that describes
 * them ("said Maître Youssef El Alami, the lawyer of the victims, in a statement to the Maghreb Arab Press Agency").
 * (A programme within reach names its station past it: "… in the programme «La Tierra al Día» of Onda Cero".) */
const VENUE_AFTER = 24;

/** Words before a venue's name: where or to whom words were given ("told Reuters", "in an interview with CNN"), and
 * "assured", as Russian translations give the agency the words were assured to ("«…», Petrov assured TASS"; not
 * "informed": "As he informed the PAP agency, …" carried the agency on to his next quotation, given elsewhere). */
const SOURCE_LEADS = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'to', 'with', 'on', 'in', 'according', 'for', 'against', 'opposite']);


/** Speech verbs after which "for" is no venue's lead: "spoke for the union", "called for Ruiz", "argued for X". */
const NOT_GIVEN_FOR = new Set(['speak', 'call', 'argue', 'plead', 'beg', 'ask', 'appeal', 'lobby', 'campaign', 'vouch', 'answer']);

/** The agency or venue named near the cue ("told CNN", "in an interview with the national press agency"), or in an
 * interview the sentence before mentions ("… said in an interview with X. '…,' he said"). */
export function sourceNear(a: Analysis, cue: number, speaker: number): { name: string; span: Span } | null {
  const { toks, sent } = a.view;
  const credited = creditLineTo(a, cue);
  if (credited) return credited;
  const programmes = writesProgramme(a);
  // why: "declared the chairman of the federation in CITUB, X, quoted by BTA": the agency that quoted the words is where
  // they were reported, whatever body the sentence names before it (looked for only in an article that writes "by")
  for (let k = cue + 2; usesBy(a) && k < toks.length && k <= cue + 24 && sent[k] === sent[cue]; k++) {
    if (isWord(toks[k - 1]) && toks[k - 1]!.key === 'by' && reportedBy(toks, k - 1)) {
      const quoted = venueAt(a, k);
      if (quoted) return quoted;
    }
  }
  // why: '"…", told EL TIEMPO Yeison Mosquera': a masthead in capitals right after "told" is where the words went
  const masthead = toldInCapitals(a, cue);
  if (masthead) return masthead;
  for (let k = cue; k < toks.length && k <= cue + VENUE_AFTER && sent[k] === sent[cue]; k++) {
    // why: "said that the removal is done according to the order of the High Court": the reported clause's "that" opens
    // what was said, and a body it names is the clause's, not where the words went
    if (k > cue && toks[k]!.k === K.Word && toks[k]!.key === 'that' && !toks[k]!.cap) break;
    if (!mayOpenVenue(a, k, programmes)) continue;
    // (a broadcaster's possessive first: "told HBN's Early Tide" went out on HBN, whatever the programme is called)
    const found = broadcasterAt(a, k) ?? venueAt(a, k) ?? onAirInMarks(a, k) ?? (programmes ? programmeInMarks(a, k) : null);
    if (found) return found;
  }
  const relayed = relayedAfter(a, cue, speaker) ?? relayedFirst(a, cue, speaker);
  if (relayed) return relayed;
  // why: "Wednesday on Harbour News Channel's 'Tidewatch,' Ruiz said": a broadcaster's programme before the cue, in its
  // sentence, is where the words were said
  // why: "Contacted by Le Monde, the researcher said": whoever reached the speaker reported the words
  const toldLast = toldBeforeCue(a, cue, speaker);
  if (toldLast) return toldLast;
  for (let k = cue - 1; k >= 0 && k >= cue - 25 && sent[k] === sent[cue]; k--) {
    const mi = a.ix.startAt[k] ?? -1;
    const m = mi >= 0 ? a.ix.mentions[mi]! : null;
    // ("In an interview with Le Monde, the minister said", "Speaking to the AFP agency, she said": venueAt reads the lead)
    // ("for the television TA3 stated": a press-named venue ending right at the cue, read by venueAt's lead)
    const reached = m !== null && (setUpBefore(toks, k) || (m.vj === cue && pressBefore(toks, k)));
    // ("in the program "Masada Bu Akşam" broadcast on Habertürk TV, the mayor said")
    const found = (m !== null && ((m.possessive && m.type === 'name') || reached) ? (programmes ? programmeBeforeStation(a, k) : null) ?? venueAt(a, k) : null) ??
      (programmes ? programmeInMarks(a, k) : null);
    if (found) return found;
  }
  const issued = documentIn(a, cue) ?? platformBefore(a, cue, speaker);
  if (issued) return issued;
  // why: a quotation often follows the sentence that sets up the interview it comes from
  for (let k = cue - 1; writesInterview(a) && k >= 0 && k >= cue - 60 && sent[cue]! - sent[k]! <= 2; k--) {
    if (toks[k]!.key !== 'interview' || toks[k + 1]?.key !== 'with') continue;
    // why: only an interview the same speaker gave ("the admiral spoke in an interview with …", "In an interview with
    // X, the admiral went further")
    let same = false;
    for (let j = k - 1; j >= 0 && sent[j] === sent[k] && !same; j--) same = (a.ix.mentions[a.ix.startAt[j]!]?.entity ?? -1) === speaker && speaker >= 0;
    for (let j = k + 1; j < cue && sent[j] === sent[k] && !same; j++) same = (a.ix.mentions[a.ix.startAt[j]!]?.entity ?? -1) === speaker && speaker >= 0;
    // ("an interview with the daily El Mundo": the paper's name may follow its press noun)
    let found: { name: string; span: Span } | null = null;
    for (let j = k + 2; same && !found && j <= k + 2 + PRESS_MODIFIERS && j < toks.length && isWord(toks[j]); j++) found = venueAt(a, j);
    if (found) return found;
  }
  return venueBefore(a, cue, speaker);
}

/**
 * Whether view token `k` can open what sourceNear's look-ups after a cue read: a mention (venueAt), a capitalised word
 * (a broadcaster's possessive, a name in marks given to), "the" (a paper before its press noun, a site given to), "on"
 * or "at" (the air of a programme), or a programme's noun. Each look-up returns null at any other token. why: asked at
 * each of the 24 tokens after every cue, the four of them cost a megabyte of short attributed quotations a tenth of
 * its time, though most tokens are none of these.
 */
function mayOpenVenue(a: Analysis, k: number, programmes: boolean): boolean {
  if ((a.ix.startAt[k] ?? -1) >= 0) return true;
  const t = a.view.toks[k];
  if (!isWord(t)) return false;
  return t.cap || t.key === 'the' || t.key === 'on' || t.key === 'at' || (programmes && NAMED_PROGRAMME_NOUNS.has(t.key));
}

/** Verbs by which a body passes on what a sentence reports, at the sentence's end ("…, RIA Novosti reports."). */
const RELAYS = new Set(['reports', 'reported', 'writes', 'wrote', 'informs', 'informed']);
/** Most tokens from the comma to a sentence's end for the words after it to be a body's name and its verb. */
const RELAY_TOKENS = 12;

/**
 * why: "«…», said the minister Anton Kirov, RIA Novosti reports.", "…, writes Kommersant.", and as a sentence of its
 * own right after ("Informs Interfax."), as Russian and Ukrainian translations close a report ("сообщает РИА
 * Новости"): the words are the speaker's, and the body that passes them on, named by a verb of reporting that closes
 * the sentence or stands alone with it in the next one, is where they were reported. Not anyone the article shows
 * to be a person (a columnist's "…, writes Anna Petrova" is no outlet), and not the speaker.
 */
function relayedAfter(a: Analysis, cue: number, speaker: number): { name: string; span: Span } | null {
  const { toks, sent, sentStart } = a.view;
  const endOf = (k: number) => (sent[k]! + 1 < sentStart.length ? sentStart[sent[k]! + 1]! : toks.length) - 1;
  const end = endOf(cue);
  // ("…, RIA Novosti reports." or "…, reports RIA Novosti.": the sentence's full stop is its last token)
  const last = isPunct(toks[end], '.!') ? end - 1 : end;
  const relayAt = (verb: number, name: number, stop: number): { name: string; span: Span } | null => {
    if (!RELAYS.has(wordKey(toks, verb))) return null;
    let mi = a.ix.startAt[name] ?? -1;
    let m = mi >= 0 ? a.ix.mentions[mi]! : null;
    // ("…, reported the Russian agency TASS.": the press noun and the name after it)
    if (m !== null && m.type === 'desc' && m.kind === 'organization' && m.vj <= stop && SOURCE_NOUNS.has(wordKey(toks, m.vj - 1))) {
      mi = a.ix.startAt[m.vj] ?? -1;
      m = mi >= 0 ? a.ix.mentions[mi]! : null;
    }
    // ("…, reported the Xinhua agency.", "…, the agency Xinhua reported.": a press body with its article and its noun, read
    // as where words were told to is; the noun may close the phrase after the venue's name)
    if (m !== null && m.type === 'desc' && m.kind === 'organization' && m.vj - 1 === stop) return pressNamedIn(a.view.text, toks, m);
    if (m === null || m.type !== 'name' || m.vj - 1 !== stop) return null;
    const e = m.entity >= 0 ? a.entities[m.entity]! : null;
    if (e === null || shownAsPerson(e, m) || (m.entity === speaker && speaker >= 0)) return null;
    return { name: e.name, span: { start: m.s, end: m.e } };
  };
  // (the comma stands right before the name or the verb that ends the sentence: a few tokens back at most)
  for (let k = last; k > cue + 1 && k >= last - RELAY_TOKENS; k--) {
    if (!isPunct(toks[k - 1], ',—–')) continue;
    return relayAt(k, k + 1, last) ?? relayAt(last, k, last - 1);
  }
  // the next sentence, verb first: "Reports TASS." in the claim's paragraph or in one of its own right after
  let next = end + 1;
  while (toks[next]?.k === K.Break) next++;
  if (next >= toks.length || !isWord(toks[next]) || !toks[next]!.cap) return null;
  const stop = endOf(next);
  const lastNext = isPunct(toks[stop], '.!') ? stop - 1 : stop;
  const ownParagraph = toks[next]!.para !== toks[end]!.para && (toks[stop + 1] === undefined || toks[stop + 1]!.para !== toks[next]!.para);
  if (toks[next]!.para !== toks[end]!.para && !ownParagraph) return null;
  return relayAt(next, next + 1, lastNext);
}

/**
 * why: "As El País reports, the government «will not raise taxes»", "As the newspaper El País reports, the minister
 * promised that …", "As reported by Interfax, …": a sentence opened by the body that passes it on, with a verb of
 * reporting and a comma, was reported there, whoever speaks in it. Read as relayedAfter reads a body closing the
 * sentence: not anyone the article shows to be a person, and not the speaker.
 */
function relayedFirst(a: Analysis, cue: number, speaker: number): { name: string; span: Span } | null {
  const { toks, sent, sentStart } = a.view;
  let k = sentStart[sent[cue]!]!;
  while (k < cue && !isWord(toks[k])) k++;
  if (!isWord(toks[k]) || toks[k]!.key !== 'as' || !toks[k]!.cap) return null;
  // ("As reported by Interfax, …": the passive, the body after "by")
  const passive = RELAYS.has(wordKey(toks, k + 1)) && wordKey(toks, k + 2) === 'by';
  let mi = a.ix.startAt[passive ? k + 3 : k + 1] ?? -1;
  let m = mi >= 0 ? a.ix.mentions[mi]! : null;
  // ("As the newspaper El País reports": the name after the press noun)
  if (m !== null && m.type === 'desc' && SOURCE_NOUNS.has(m.words.at(-1) ?? '') && (a.ix.startAt[m.vj] ?? -1) >= 0) {
    mi = a.ix.startAt[m.vj]!;
    m = a.ix.mentions[mi]!;
  }
  if (m === null || m.type !== 'name' || m.vj >= cue) return null;
  const verbAt = passive ? m.vj : m.vj + 1;
  if (!passive && !RELAYS.has(wordKey(toks, m.vj))) return null;
  if (!isPunct(toks[verbAt], ',')) return null;
  const e = m.entity >= 0 ? a.entities[m.entity]! : null;
  if (e === null || e.kind === 'place' || shownAsPerson(e, m) || (m.entity === speaker && speaker >= 0)) return null;
  return { name: e.name, span: { start: m.s, end: m.e } };
}

/** Most tokens between such an office and its "to" ("ambassador of the Russian Federation to"). */
const OFFICE_TO_REACH = 5;

/** Whether the "to" or "in" at view token `at` follows a diplomat's office in a few words ("the ambassador of Russia to"). */
function postedTo(toks: Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - OFFICE_TO_REACH && isWord(toks[k]); k--) if (POSTED_OFFICES.has(toks[k]!.key)) return true;
  return false;
}

/**
 * The name in a press body's description ("the Xinhua agency", "the agency Xinhua", "the TASS news agency"): its one run
 * of capitalised words beside a press noun in lower case; null when the description has no such noun or not one run.
 */
function pressNamedIn(text: string, toks: Tok[], m: Mention): { name: string; span: Span } | null {
  let from = -1;
  let to = -1;
  let press = false;
  for (let k = m.vi; k < m.vj; k++) {
    const t = toks[k]!;
    if (!isWord(t)) return null;
    // ("the Russian agency TASS": a demonym before the press noun says whose the body is, no part of its name)
    if (t.cap && !inLex(t, LEX.determiner) && !(from < 0 && DEMONYMS.has(t.key))) {
      if (to >= 0 && to !== k) return null;
      if (from < 0) from = k;
      to = k + 1;
    } else if (SOURCE_NOUNS.has(t.key)) press = true;
  }
  if (!press || from < 0) return null;
  const span = { start: toks[from]!.s, end: toks[to - 1]!.e };
  return { name: text.slice(span.start, span.end), span };
}

/** Longest acronym in brackets a source's name keeps after it ("(APA)", "(ITV)"). */
const SOURCE_ACRONYM_MAX = 8;

/**
 * The source with the acronym the article writes in brackets right after it: "told the Austria Press Agency (APA)" is
 * reported as "Austria Press Agency (APA)". Translations name an agency or a channel in full once and by its acronym
 * after, so the source keeps both names as the article gives them.
 */
export function withAcronym(text: string, source: { name: string; span: Span } | null): { name: string; span: Span } | null {
  if (source === null) return null;
  source = withChannelNumber(text, source);
  let i = source.span.end;
  if (text.charCodeAt(i) === 32) i++;
  // (ruled out at the first characters: most sources are followed by a comma, a space and a word, or a stop)
  if (text.charCodeAt(i) !== 40 || !isUpper(text.charCodeAt(i + 1))) return source;
  // (the closing bracket is looked for only as far as the longest acronym: a text with no ")" after a source would
  // otherwise be read to its end once per source)
  let close = -1;
  for (let k = i + 2; k <= i + 1 + SOURCE_ACRONYM_MAX && k < text.length; k++) {
    if (text.charCodeAt(k) === 41) {
      close = k;
      break;
    }
  }
  if (close < 0) return source;
  const acronym = text.slice(i + 1, close);
  // (nor after a name that ends in brackets already, a programme's station: "Ahịa Taa (Anambra Broadcasting Service)")
  if (!/^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(acronym) || source.name.includes(acronym) || source.name.endsWith(')')) return source;
  return { name: `${source.name} (${acronym})`, span: { start: source.span.start, end: close + 1 } };
}

/** Longest number or code a station's name ends on ("Channel 4", "Radio 2AP"). */
const CHANNEL_NUMBER_MAX = 4;

/**
 * why: "In an interview with Radio 2AP, she said", "told Channel 4": a station's name that ends on its number or its
 * call sign keeps it, though no name list reads a number as part of a name. Only after a broadcaster's own word
 * (Radio, Channel, TV …), for a number or a code that opens on a digit; and a plus sign right after any source's name.
 */
function withChannelNumber(text: string, source: { name: string; span: Span }): { name: string; span: Span } {
  const end = source.span.end;
  // ("told Canal+", "on Apple TV+": a plus sign closing a channel's or a service's name is part of it; the words of a
  // name stop before it)
  if (text.charCodeAt(end) === 43 && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '') && source.name.endsWith(text.slice(end - 1, end))) {
    return { name: `${source.name}+`, span: { start: source.span.start, end: end + 1 } };
  }
  const c = text.charCodeAt(end + 1);
  // (ruled out at two characters: most sources are followed by a comma, a stop or a word)
  if (text.charCodeAt(end) !== 32 || c < 48 || c > 57) return source;
  let j = end + 1;
  while (j < text.length && j - end - 1 <= CHANNEL_NUMBER_MAX && /[0-9A-Z]/.test(text[j]!)) j++;
  if (j - end - 1 > CHANNEL_NUMBER_MAX || /[\p{L}\p{N}]/u.test(text[j] ?? '') || (text[j] === '.' && /[0-9]/.test(text[j + 1] ?? ''))) return source;
  const last = source.name.slice(source.name.lastIndexOf(' ') + 1);
  // ("told to Zou Infos 24.": or any press name whose number closes the clause, as a site's or a channel's may)
  const closes = j === text.length || /[.,;:!?)\n]/.test(text[j]!);
  if ((broadcasterWord(last) !== 'name' && !closes) || !source.name.endsWith(text.slice(source.span.start, end).split(' ').pop()!)) return source;
  return { name: `${source.name} ${text.slice(end + 1, j)}`, span: { start: source.span.start, end: j } };
}

/**
 * why: "Patel, who has polished stones for 22 years, to TV9 Gujarati told: ¶ "…"", "to Radio Sur said that …":
 * translations from languages that put the verb last (Gujarati, Hindi, Turkish, Japanese) give the words "to" the
 * station or paper right before the verb. Only a verb with nothing after it but a colon or "that" (in English "told"
 * takes its listener after it: "who moved to Kyiv told reporters"), and a name that is no one's: not the speaker, not
 * a place, no title, role or given name.
 */
function toldBeforeCue(a: Analysis, cue: number, speaker: number): { name: string; span: Span } | null {
  const { toks } = a.view;
  if (isPunct(toks[cue], ':')) return givenBeforeColon(a, cue, speaker);
  // ("Elle a détaillé ses reproches à La Marseillaise :": or the verb's object, then the paper, before the colon)
  if (isWord(toks[cue]) && inLex(toks[cue]!, LEX.speechVerb)) {
    for (let k = cue + 2; k <= cue + GIVEN_BEFORE_COLON && k < toks.length && a.view.sent[k] === a.view.sent[cue]; k++) {
      if (!isPunct(toks[k], ':')) continue;
      const given = givenBeforeColon(a, k, speaker);
      if (given) return given;
      break;
    }
  }
  const after = toks[cue + 1];
  if (!isWord(toks[cue]) || !inLex(toks[cue]!, LEX.speechVerb) || !after || !((after.k === K.Punct && after.key === ':') || (isWord(after) && after.key === 'that'))) return null;
  let mi = a.ix.endAt[cue - 1] ?? -1;
  // ("To Verapaz Visión he said: «…»": or before the subject pronoun, the recipient fronted)
  const pronoun = mi >= 0 ? a.ix.mentions[mi]! : null;
  if (pronoun !== null && pronoun.type === 'pronoun' && pronoun.subject) mi = a.ix.endAt[pronoun.vi - 1] ?? -1;
  const m = mi >= 0 ? a.ix.mentions[mi]! : null;
  if (m === null || m.type !== 'name' || m.entity < 0 || m.entity === speaker || wordKey(toks, m.vi - 1) !== 'to') return null;
  const e = a.entities[m.entity]!;
  if (e.kind === 'place' || e.titled || e.roles.size > 0 || givenName(m.words[0]!)) return null;
  return { name: e.name, span: { start: m.s, end: m.e } };
}

/** Nouns of what someone said that, given "to" a paper before a colon, make it where the words went ("his reply to"). */
const SAYING_NOUNS = new Set<string>([...ANSWER_NOUNS, 'statement', 'statements', 'comments', 'remarks', 'message']);

/** Most tokens between a verb of speech and the name the words were given to before a colon. */
const GIVEN_BEFORE_COLON = 8;

/**
 * why: "Elle a détaillé ses reproches à La Marseillaise :", "habló por teléfono con RPP:", "She detailed her complaints
 * to La Marseillaise:": the paper or the station named "to" or "with" right before the colon that opens the words,
 * after a verb of speech in the sentence, is where they were given; a name that is no one's, as above.
 */
function givenBeforeColon(a: Analysis, colon: number, speaker: number): { name: string; span: Span } | null {
  const { toks, sent } = a.view;
  const mi = a.ix.endAt[colon - 1] ?? -1;
  const m = mi >= 0 ? a.ix.mentions[mi]! : null;
  if (m === null || m.type !== 'name' || m.entity < 0 || m.entity === speaker) return null;
  const lead = wordKey(toks, m.vi - 1) === 'the' ? m.vi - 2 : m.vi - 1;
  if (wordKey(toks, lead) !== 'to' && wordKey(toks, lead) !== 'with') return null;
  let spoken = false;
  // ("Gallo gave his reply to Tuttosport:", "ha affidato la sua replica a Tuttosport:": or a noun of what was said)
  for (let k = lead - 1; k >= 0 && k >= lead - GIVEN_BEFORE_COLON && sent[k] === sent[colon] && !spoken; k--) {
    spoken = isWord(toks[k]) && !toks[k]!.cap && (inLex(toks[k]!, LEX.speechVerb) || SAYING_NOUNS.has(toks[k]!.key));
  }
  const e = a.entities[m.entity]!;
  if (!spoken || e.kind === 'place' || e.titled || e.roles.size > 0 || givenName(m.words[0]!)) return null;
  return { name: e.name, span: { start: m.s, end: m.e } };
}

/** Most words in capitals a masthead right after "told" runs over. */
const CAPS_MASTHEAD_WORDS = 3;

/** The masthead written in capitals right after a cue "told" (no mention of its own, two letters a word or more). */
function toldInCapitals(a: Analysis, cue: number): { name: string; span: Span } | null {
  const { toks, sent, text } = a.view;
  if (!isWord(toks[cue]) || SPEECH_VERBS.get(toks[cue]!.key) !== 'tell') return null;
  let k = cue + 1;
  while (k <= cue + CAPS_MASTHEAD_WORDS && isWord(toks[k]) && sent[k] === sent[cue] && (a.ix.startAt[k] ?? -1) < 0 &&
    /^\p{Lu}{2,6}$/u.test(text.slice(toks[k]!.s, toks[k]!.e))) k++;
  if (k === cue + 1 || !((a.ix.startAt[k] ?? -1) >= 0)) return null;
  const span = { start: toks[cue + 1]!.s, end: toks[k - 1]!.e };
  return { name: text.slice(span.start, span.end), span };
}

/** How many sentences before a cue the same speaker's venue may be named ("X told Radio Mogadishu that …. ¶ “…,” the
 * Colonel added"). */
const VENUE_SENTENCES_BACK = 2;

/**
 * The venue the same speaker gave words to in a sentence just before the cue's, or earlier in its own: "Colonel X told
 * Radio Mogadishu that …. “…,” the Colonel added", "Minister X, talking to Asianet News, said that …. '…,' the Minister
 * said", "… and in an interview with Rudaw said: “…”". Only when the speaker is named (or described) in that sentence
 * and the venue is one words are given to (a lead such as "told", "to", "with", "on" before it).
 */
function venueBefore(a: Analysis, cue: number, speaker: number): { name: string; span: Span } | null {
  const { toks, sent } = a.view;
  const programmes = writesProgramme(a);
  if (speaker < 0) return null;
  // (bounded in tokens too: one endless sentence must not make every cue read it again; and the speaker is looked for
  // only around a venue, which few sentences hold)
  const stop = Math.max(0, cue - VENUE_REACH);
  const floor = sentencesBack(a, cue, VENUE_SENTENCES_BACK, stop);
  // (only the tokens that can open a venue, listed once an article, are read: walking every token of the reach for
  // every claim cost a megabyte of short attributed quotations a tenth of its time)
  const at = venueOpenings(a);
  let nearFloor: number | undefined;
  let n = firstBelow(at, cue);
  for (let k = n >= 0 ? at[n]! : -1; k >= stop && sent[k]! >= floor; k = --n >= 0 ? at[n]! : -1) {
    const found = (programmes ? programmeBeforeStation(a, k) : null) ?? broadcasterAt(a, k) ?? venueAt(a, k) ?? (programmes ? programmeInMarks(a, k) : null);
    if (!found || (a.ix.mentions[a.ix.startAt[k]!]?.entity ?? -1) === speaker) continue;
    let same = false;
    // (a pronoun only in the sentence right before the cue's, or in its own: further back, what the speaker said in
    // between may have been said elsewhere)
    const near = sent[k]! >= (nearFloor ??= sentencesBack(a, cue, 1, stop));
    for (let j = k - 1; j >= stop && sent[j] === sent[k] && !same; j--) same = speakerAt(a, j, near) === speaker;
    for (let j = k + 1; j < cue && sent[j] === sent[k] && !same; j++) same = speakerAt(a, j, near) === speaker;
    if (same) return found;
  }
  return null;
}

/**
 * The entity of the mention that starts at view token `j`, -1 for none. why: "The mayor of Tarvo, Liina Saar, did not agree.
 * Speaking to TRK's radio news, she found that …. ¶ „…“, said Saar": the sentence that names the venue may name its
 * speaker by a subject pronoun only, which is resolved on demand; read here without keeping the reading, so the
 * pronoun's own claims resolve it as they would have.
 */
function speakerAt(a: Analysis, j: number, pronouns: boolean): number {
  const mi = a.ix.startAt[j] ?? -1;
  if (mi < 0) return -1;
  const m = a.ix.mentions[mi]!;
  if (m.type !== 'pronoun' || m.entity !== UNRESOLVED) return m.entity;
  if (!m.subject || !pronouns) return -1;
  const e = resolvePronoun(a.ix.mentions, a.entities, mi, -1, a.view.toks);
  m.entity = UNRESOLVED;
  return e;
}

/**
 * The number of the sentence `back` sentences before the cue's, not counting a paragraph's break, which the view makes
 * a sentence of its own. why: "Speaking on Radio Tal, the mayor said that …. ¶ “…,” she said. ¶ She added that …": the
 * venue two sentences back stands three paragraphs up, and breaks between paragraphs are no sentences of the text.
 */
function sentencesBack(a: Analysis, cue: number, back: number, stop: number): number {
  const { toks, sent, sentStart } = a.view;
  let s = sent[cue]!;
  let seen = 0;
  // (read sentence by sentence, from their first tokens: a few looks a claim, however long the sentences)
  for (let t = s - 1; t >= 0; t--) {
    const first = sentStart[t]!;
    if (toks[first]!.k === K.Break && sentStart[t + 1] === first + 1) continue;
    s = t;
    if (++seen >= back || first < stop) break;
  }
  return s;
}

/**
 * The tokens, in order, that can open a venue after its lead: a mention or a capitalised word right after "on", "to",
 * "with" … (`VENUE_LEADS`). Most tokens are neither, and an article has few. Made once an article.
 */
function venueOpenings(a: Analysis): Int32Array {
  if (openingsOf !== a.view.serial) {
    const { toks } = a.view;
    const found: number[] = [];
    // (the programme nouns' numbers, asked once here rather than a word list at every token; -1 for one not written)
    // why: a loop onto an array literal, not a spread mapped and filtered, whose arrays V8 lays out differently when
    // no noun is written and made the compiled scan start over
    const programmeIds: number[] = [];
    for (const noun of NAMED_PROGRAMME_NOUNS) {
      const id = keyIdOf(noun);
      if (id >= 0) programmeIds.push(id);
    }
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (!isWord(t)) continue;
      // (a programme's noun, whose name in marks may follow: "in the program "Masada Bu Akşam" broadcast on …")
      if (programmeIds.length > 0 && !t.cap && programmeIds.includes(t.kid)) {
        found.push(k);
        continue;
      }
      if (!t.cap && (a.ix.startAt[k] ?? -1) < 0) continue;
      const lead = toks[k - 1];
      // ("for the television TA3": a name after its press noun in lower case, whatever the lead before the noun)
      if (isWord(lead) && (VENUE_LEADS.has(lead.key) || (!lead.cap && SOURCE_NOUNS.has(lead.key)))) found.push(k);
    }
    openingsOf = a.view.serial;
    openings = Int32Array.from(found);
  }
  return openings;
}
let openingsOf = 0;
let openings = new Int32Array(0);

/** The index in sorted `at` of its last value below `k`, or -1. */
function firstBelow(at: Int32Array, k: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Most tokens before a cue its speaker's earlier venue is looked for in. */
const VENUE_REACH = 120;

/** Words right before a venue the words were given to ("told Radio X", "talking to X", "an interview with X", "on X"). */
const VENUE_LEADS = new Set(['told', 'tells', 'tell', 'telling', 'to', 'with', 'on', 'the', 'of']);

/** Whether the article writes `word` anywhere (in any case). */
function usesWord(a: Analysis, word: string): boolean {
  const id = keyIdOf(word);
  return id >= 0 && a.view.keyUse[id] !== 0;
}

/** Whether the article writes "by" (read once an article: asked for every claim). */
function usesBy(a: Analysis): boolean {
  if (byOf !== a.view.serial) {
    byOf = a.view.serial;
    byUsed = usesWord(a, 'by');
  }
  return byUsed;
}
let byOf = 0;
let byUsed = false;

/** Whether some word of the article is "interview" (read once an article, token by token, whatever its case: asked
 * for every claim, and most articles never write it). */
function writesInterview(a: Analysis): boolean {
  if (interviewOf !== a.view.serial) {
    interviewOf = a.view.serial;
    interviewUsed = keyWritten(a.view.toks, 'interview') >= 0;
  }
  return interviewUsed;
}
let interviewOf = 0;
let interviewUsed = false;

/** Whether the article writes any of `words`, read once an article (asked for every claim). */
function writesAnyOf(words: Iterable<string>): (a: Analysis) => boolean {
  let of = 0;
  let used = false;
  return (a) => {
    if (of !== a.view.serial) {
      of = a.view.serial;
      used = false;
      for (const w of words) if (usesWord(a, w)) used = true;
    }
    return used;
  };
}

/** Whether the article names a platform anywhere: most name none, and their claims need not look for one. */
const namesPlatform = writesAnyOf(PLATFORMS);

/** Nouns of a post or an account before "on X" or "of X" ("a post on X", "its account of X"). */
const POST_NOUNS = new Set(['post', 'posts', 'account', 'page', 'message', 'tweet']);

/**
 * Whether the "X" at view token `k` is the platform: after "network" or "platform", or after "a post on", "its account
 * of"; or after "on" when the cue is a verb of writing (`writing`).
 */
function platformX(toks: Tok[], k: number, writing: boolean): boolean {
  const prev = toks[k - 1];
  if (isWord(prev) && (prev.key === 'network' || prev.key === 'platform')) return true;
  // why: "in a post on the X platform", "on the X network", "in a post on her X page": the kind of thing named after
  // the letter says it too
  const next = toks[k + 1];
  if (isWord(next) && !next.cap && (next.key === 'platform' || next.key === 'network' || POST_NOUNS.has(next.key))) return true;
  // why: "In a reaction on X she writes that …": words written "on" the letter went out there
  if (writing && isWord(prev) && prev.key === 'on') return true;
  const noun = toks[k - 2];
  // why: "the message it posted on X", "tweeted on X": a verb of posting right before "on" publishes on the platform
  return isWord(prev) && (prev.key === 'on' || prev.key === 'of') && isWord(noun) && (POST_NOUNS.has(noun.key) || (prev.key === 'on' && POSTED.has(noun.key)));
}

/** Forms of posting verbs that put words "on" a platform ("posted on X"). */
const POSTED = new Set(['posted', 'posts', 'post', 'tweeted', 'published', 'publishes', 'shared', 'shares', 'wrote', 'writes', 'written']);

/** Words that may stand between "on" and the platform ("on his Facebook page", "on the social network X", "on the social media platform X"). */
const PLATFORM_LEAD_WORDS = 5;
/** How far from the cue, in tokens of its sentence, a platform is looked for. */
const PLATFORM_REACH = 20;

/**
 * The platform the cue's sentence, or the sentence before it in its paragraph, says the words were published on
 * ("In a post on Facebook, the mayor has written", "wrote in his Telegram channel", "reacted on the social network
 * Facebook. He wrote that …"): a platform's name a few words after "on", "in" or "via". "X" counts only after
 * "network" or "platform", where it is no letter. A statement or release with no platform is the speaker's own form
 * and names no venue: the outlet that reported it stays the source.
 */
function documentIn(a: Analysis, cue: number, own = false): { name: string; span: Span } | null {
  const { toks, sent } = a.view;
  if (!namesPlatform(a)) return null;
  const para = toks[cue]!.para;
  const writing = WRITING.has(SPEECH_VERBS.get(toks[cue]!.key) ?? '');
  // (`own`: only the sentence of `cue`, for a quotation with no cue of its own)
  const first = own ? sent[cue]! : sent[cue]! - 1;
  for (let k = Math.max(0, cue - PLATFORM_REACH * 2); k < toks.length && k <= cue + PLATFORM_REACH; k++) {
    const t = toks[k]!;
    if (!isWord(t) || !t.cap || !PLATFORMS.has(t.key) || t.para !== para || sent[k]! < first || sent[k]! > sent[cue]!) continue;
    const prev = toks[k - 1];
    if (t.key === 'x' && !platformX(toks, k, writing)) continue;
    let lead = false;
    // ("In her Facebook post she wrote": the lead may open the sentence)
    for (let j = k - 1; j >= 0 && j >= k - PLATFORM_LEAD_WORDS && isWord(toks[j]) && !lead; j--) {
      lead = (!toks[j]!.cap || sent[j - 1] !== sent[j]) && (toks[j]!.key === 'on' || toks[j]!.key === 'in' || toks[j]!.key === 'via');
    }
    if (lead) return { name: a.view.text.slice(t.s, t.e), span: { start: t.s, end: t.e } };
  }
  return null;
}

/**
 * why: "In a live on Facebook in the evening, Patel the offer "an insult" called", "made a share from his account on
 * the social media platform X: “…”": a quotation whose speaker no cue names (a verb no list reads, or none before a
 * colon) went out on the platform its own sentence says it was published on. `at` is the quotation's view token.
 */
export function platformOfQuote(a: Analysis, at: number): { name: string; span: Span } | null {
  return at >= 0 ? documentIn(a, at, true) : null;
}

/** Most tokens before its speaker's name a venue that sets the words up is looked for ("In declarations to the
 * regional station Radio Sol, the president of the growers, Nuria Vidal, was …"). */
const INTRO_VENUE_REACH = 25;

/**
 * why: "In declarations to Radio Sol, Vidal was even harder: «…» ¶ «…»": a quotation no cue attributes, given to the
 * speaker named in a sentence that opens by setting up where the words went (an interview, declarations, "Speaking
 * to", "Contacted by"), went out there. Only a venue set up before that very name in its own sentence, and a name
 * within reach before the quotation.
 */
export function venueOfIntro(a: Analysis, mention: number, at: number): { name: string; span: Span } | null {
  const m = a.ix.mentions[mention];
  if (m === undefined || at < 0 || m.vi > at || at - m.vi > VENUE_REACH) return null;
  const { toks, sent } = a.view;
  for (let k = m.vi - 1; k >= 0 && k >= m.vi - INTRO_VENUE_REACH && sent[k] === sent[m.vi]; k--) {
    if ((a.ix.startAt[k] ?? -1) < 0 || !setUpBefore(toks, k)) continue;
    // why: "In the program Dalan ba Agrikultura of the Radio Timor-Leste, the coordinator was more clear: «…»": the
    // station a programme is "of" is where the words went; the programme's own name, unmarked, is none
    if (PROGRAMME_NOUNS.has(toks[k - 1]?.key ?? '')) continue;
    const found = venueAt(a, k) ?? stationOfProgramme(a, k);
    if (found) return found;
  }
  return null;
}

/** Most tokens from a speaker's name to the platform the sentence posts on ("Ba Mulenga posted a long letter on the
 * Facebook page of the club"). */
const POSTED_REACH = 12;

/**
 * why: "On Monday, Ba Mulenga posted a long letter on the Facebook page of the club. ¶ «To the supporters …»": a quotation
 * no cue attributes, given to a speaker whose sentence says they posted or published something on a platform, went out
 * there. Only a verb of posting right after the name (a word or two between) and the platform within reach after it.
 */
export function postedBy(a: Analysis, mention: number): { name: string; span: Span } | null {
  const m = a.ix.mentions[mention];
  if (m === undefined || !namesPlatform(a)) return null;
  const { toks, sent } = a.view;
  let k = m.vj;
  while (k < m.vj + 2 && isWord(toks[k]) && !POSTED.has(toks[k]!.key)) k++;
  if (!isWord(toks[k]) || !POSTED.has(toks[k]!.key)) return null;
  for (let j = k + 1; j < toks.length && j <= k + POSTED_REACH && sent[j] === sent[k]; j++) {
    const t = toks[j]!;
    if (!isWord(t) || !t.cap || !PLATFORMS.has(t.key) || (t.key === 'x' && !platformX(toks, j, true))) continue;
    const lead = toks[j - 1]!.key === 'the' ? toks[j - 2] : toks[j - 1];
    return isWord(lead) && (lead.key === 'on' || lead.key === 'in') ? { name: a.view.text.slice(t.s, t.e), span: { start: t.s, end: t.e } } : null;
  }
  return null;
}

/** Verbs of talking to someone that end a sentence setting up the quotation after it ("the Togbui talked to Radio X."). */
const TALKED = new Set(['talked', 'spoke', 'speaks', 'talks', 'said', 'explained', 'declared']);
/** Most tokens from the verb past "to" (and "the") to the station's name; most tokens after the speaker read for it. */
const TALKED_REACH = 3;
const TALKED_SCAN = 120;

/**
 * why: "But coming out, the Togbui talked to Radio Zio FM. ¶ «A mother and her son do not go to the tribunal …»": a
 * quotation no cue attributes, given to a speaker whose sentence says they talked to a station or a paper, was said
 * there. Only the verb right after the name (a word or two between) and the venue right after its "to".
 */
export function talkedTo(a: Analysis, mention: number): { name: string; span: Span } | null {
  const m = a.ix.mentions[mention];
  if (m === undefined || m.entity < 0) return null;
  const { toks, sent } = a.view;
  const words = a.entities[m.entity]!.words;
  // ("The customary chief, Togbui X, received the two sides. … Coming out, the Togbui talked to Radio Zio FM.": the
  // speaker's name or one of its words, in any sentence of the paragraph after it)
  for (let k = m.vj; k < toks.length && k <= m.vj + TALKED_SCAN && toks[k]!.para === toks[m.vi]!.para; k++) {
    const t = toks[k]!;
    if (!isWord(t) || t.cap || !TALKED.has(t.key) || !isWord(toks[k + 1]) || toks[k + 1]!.key !== 'to') continue;
    let b = k - 1;
    while (b > k - 3 && isWord(toks[b]) && !toks[b]!.cap) b--;
    if (!isWord(toks[b]) || !toks[b]!.cap || !words.has(toks[b]!.key) || sent[b] !== sent[k]) continue;
    for (let j = k + 2; j < toks.length && j <= k + 1 + TALKED_REACH && sent[j] === sent[k]; j++) {
      if ((a.ix.startAt[j] ?? -1) >= 0) return venueAt(a, j);
    }
  }
  return null;
}

const PROGRAMME_NOUNS = new Set(['program', 'programme']);
/** Most tokens from a programme's noun to the "of" before its station. */
const PROGRAMME_TITLE_TOKENS = 6;

/** The station named at view token `k` after "of [the]" that closes "the programme … of", when its name holds a
 * broadcaster's word ("of the Radio Timor-Leste", "of TV Imedi"); else null. */
function stationOfProgramme(a: Analysis, k: number): { name: string; span: Span } | null {
  const { toks } = a.view;
  const m = a.ix.mentions[a.ix.startAt[k]!]!;
  const of = k - 1;
  if (!isWord(toks[of]) || toks[of]!.key !== 'of') return null;
  let noun = false;
  for (let j = of - 1; j >= 0 && j >= of - PROGRAMME_TITLE_TOKENS && !noun; j--) noun = isWord(toks[j]) && PROGRAMME_NOUNS.has(toks[j]!.key);
  if (!noun || m.entity < 0) return null;
  const e = a.entities[m.entity]!;
  if (e.kind !== 'organization' || ![...e.words].some((w) => broadcasterWord(w) === 'name' || SOURCE_NOUNS.has(w))) return null;
  return { name: e.name, span: { start: m.s, end: m.e } };
}

/** Most tokens after a quotation its own sentence's station is looked for in ("», has she let fall at the microphone of
 * Radio Nord"). */
const ON_AIR_AFTER = 16;

/**
 * why: "« … », has she let fall at the microphone of Radio Nord", "…, he slipped on the set of TVM": a quotation no cue
 * attributes (a verb of speech no list reads) whose own sentence goes on to the part of a station the words went out
 * on ("at the microphone of", "on the antenna of", "on the set of") went out on that station. Only those parts: any
 * other name after the quotation may be whom it speaks of. `at` is the quotation's view token.
 */
export function onAirAfterQuote(a: Analysis, at: number): { name: string; span: Span } | null {
  if (at < 0) return null;
  const { toks, sent } = a.view;
  for (let k = at + 4; k < toks.length && k <= at + ON_AIR_AFTER && sent[k] === sent[at]; k++) {
    if (wordKey(toks, k - 1) !== 'of' || wordKey(toks, k - 3) !== 'the') continue;
    const part = wordKey(toks, k - 2);
    if (!ON_AIR.has(part) && !PRESS_PARTS.has(part)) continue;
    return venueAt(a, k);
  }
  return null;
}

/** Verbs of writing, whose words may have gone out on the platform an earlier sentence named. */
const WRITING = new Set(['write', 'post', 'tweet', 'share', 'publish']);
/** How many sentences before a writing cue the platform it went out on may be named. */
const PLATFORM_SENTENCES_BACK = 2;

/**
 * The platform the same speaker was said to write on a sentence or two before a cue of writing, in an earlier
 * paragraph too: "X wrote in his Telegram channel that … ¶ «…», – wrote the official", "a statement he posted on his
 * Facebook page. ¶ "…," wrote the governor". Only when the speaker is named in that sentence, so another writer's
 * platform is not taken.
 */
function platformBefore(a: Analysis, cue: number, speaker: number): { name: string; span: Span } | null {
  const { toks, sent } = a.view;
  if (speaker < 0 || !namesPlatform(a) || !WRITING.has(SPEECH_VERBS.get(toks[cue]!.key) ?? '')) return null;
  const floor = sent[cue]! - PLATFORM_SENTENCES_BACK;
  // (bounded in tokens: one endless sentence must not make every cue read it again)
  const stop = Math.max(0, cue - VENUE_REACH);
  let k = cue - 1;
  while (k >= stop && sent[k] === sent[cue]) k--;
  for (; k >= stop && sent[k]! >= floor; k--) {
    const t = toks[k]!;
    if (!isWord(t) || !t.cap || !PLATFORMS.has(t.key) || (t.key === 'x' && !platformX(toks, k, true))) continue;
    let lead = false;
    for (let j = k - 1; j >= 0 && j >= k - PLATFORM_LEAD_WORDS && isWord(toks[j]) && !lead; j--) {
      lead = toks[j]!.key === 'on' || toks[j]!.key === 'in' || toks[j]!.key === 'via';
    }
    if (!lead) continue;
    let same = false;
    for (let j = k - 1; j >= 0 && j >= k - VENUE_REACH && sent[j] === sent[k] && !same; j--) same = (a.ix.mentions[a.ix.startAt[j]!]?.entity ?? -1) === speaker;
    for (let j = k + 1; j < toks.length && j <= k + VENUE_REACH && sent[j] === sent[k] && !same; j++) same = (a.ix.mentions[a.ix.startAt[j]!]?.entity ?? -1) === speaker;
    if (same) return { name: a.view.text.slice(t.s, t.e), span: { start: t.s, end: t.e } };
    // (one platform is read, the nearest: another before it is no likelier)
    return null;
  }
  return null;
}

/** Most words a broadcaster's name takes ("Harbour News Channel"). */
const BROADCASTER_MAX_WORDS = 4;

/**
 * A broadcaster named by its possessive right after a lead ("told HBN's Early Tide", "on Coast Radio's Morning Desk",
 * "told HBN's Lena Ortiz"): whatever follows the possessive, a programme or a presenter, the words went out on that
 * broadcaster; an office after it ("NATO's Secretary General") makes it an organisation's officer instead. A broadcaster is an acronym (2 to 6 capitals) or a name ending in News, Channel, Radio …; a person's
 * or a paper's possessive ("told Ana Ruiz's aide") is none.
 */
function broadcasterAt(a: Analysis, k: number): { name: string; span: Span } | null {
  const { toks, text } = a.view;
  let lead = toks[k - 1];
  if (isWord(lead) && lead.key === 'the') lead = toks[k - 2];
  if (!isWord(lead) || (!TOLD_FORMS.has(lead.key) && lead.key !== 'on' && lead.key !== 'to' && lead.key !== 'with')) return null;
  let j = k;
  while (j < k + BROADCASTER_MAX_WORDS && isWord(toks[j]) && toks[j]!.cap && !toks[j]!.possessive) j++;
  const last = toks[j];
  const next = toks[j + 1];
  if (!isWord(last) || !last.cap || !last.possessive || !isWord(next) || !next.cap) return null;
  // why: "told NATO's Secretary General …": an office after the possessive is the organisation's officer, not a show
  if (inLex(next, LEX.title | LEX.personNoun)) return null;
  const end = last.s + withoutPossessive(text.slice(last.s, last.e)).length;
  const kind = broadcasterWord(text.slice(last.s, end));
  // (an acronym only alone: "Tomas HBN's" is no broadcaster's name)
  if (kind === null || (kind === 'acronym' && j !== k)) return null;
  return { name: text.slice(toks[k]!.s, end), span: { start: toks[k]!.s, end } };
}

/** Whether a body's name holds a press noun ("Girona Agency of News", "National Radio of Tarvo"). */
const pressWordIn = (e: Entity): boolean => {
  for (const w of e.words) if (SOURCE_NOUNS.has(w)) return true;
  return false;
};

/** A word without its accents ("país" → "pais"). */
const unaccented = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
// ("Corriere della Sera", "El País": any word of the name, accents aside)
const masthead = (e: Entity) => !e.titled && e.female === 0 && e.male === 0 && e.roles.size === 0 && [...e.words].some(mastheadWord);

const givenName = (word: string) => FEMALE_NAMES.has(word) || MALE_NAMES.has(word);

/**
 * Whether the article shows the entity a name mention stands for to be a person: a title, a role or a known given
 * name. A capitalised name that speaks or reports ("RIA Novosti reports") is taken for a person by default; where a
 * body is as likely, only these say it is one.
 */
export const shownAsPerson = (e: Entity, m: Mention): boolean => e.titled || e.roles.size > 0 || givenName(m.words[0]!);

const firstWord = (name: string): string => {
  const space = name.indexOf(' ');
  return (space < 0 ? name : name.slice(0, space)).toLowerCase();
};

/** Words that set up where the speaker's words went before the speaker is named ("Contacted by Le Monde, …", "In an
 * interview with the daily Le Courrier, …", "Speaking to the AFP agency, …"). */
const VENUE_SETUPS = new Set(['contacted', 'interviewed', 'questioned', 'interrogated', 'reached', 'asked', 'quoted', 'cited', 'interview',
  'conversation', 'speaking', 'talking',
  // ("In the program Dalan ba Agrikultura of the Radio Timor-Leste, the coordinator was more clear: «…»")
  'program', 'programme',
  // why: "In declarations to Radio Sol, Vidal was even harder: «…»": Spanish, Catalan and Portuguese translations
  // ("en declaraciones a", "em declarações à") set up the words' station before the speaker as an interview does
  'declarations', 'statements',
  // ("X è stato netto ai microfoni di Rai Radio1: «…»", "Ai microfoni della RSI ha poi aggiunto: «…»": Italian and
  // French set up the station after the microphones, the cameras or the antenna the words went out on)
  'microphone', 'microphones', 'cameras', 'antenna']);
/** How many tokens before a venue's name its setting-up word may stand ("interview with the Spanish daily El País"). */
const SETUP_REACH = 6;

function setUpBefore(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - SETUP_REACH; j--) if (isWord(toks[j]) && VENUE_SETUPS.has(toks[j]!.key)) return true;
  return false;
}


/** Whether a press noun in lower case stands right before view token `k` ("the television TA3", "the daily SME"). */
const pressBefore = (toks: Tok[], k: number): boolean => isWord(toks[k - 1]) && !toks[k - 1]!.cap && SOURCE_NOUNS.has(toks[k - 1]!.key);

/** Parts of a paper or a channel the words appear on, with the preposition before them ("in the columns of", "on the set of"). */
const PRESS_PARTS = new Map([['columns', 'in'], ['pages', 'in'], ['set', 'on'], ['plateau', 'on']]);

/** Nouns for the outlet's own people the words are given to, before "of" and the outlet ("the reporter of IRNA"). */
const REPORTERS = new Set(['reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists',
  // ("questioned by our colleagues of the RFM": French "nos confrères de" for another outlet's reporters)
  'colleagues']);

/** Finite verbs that make a name after a press noun the subject of a clause rather than the paper ("on radio Moscow was"). */
const FINITE_AFTER = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);

/** Most modifiers between the determiner and a press noun before a paper's name ("the Spanish daily El País"). */
const PRESS_MODIFIERS = 3;

/** Whether a capitalised word of a broadcaster's name ("Broadcasting", "Radio", "Television") stands in tokens [from, to). */
function broadcastingIn(toks: Tok[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isWord(toks[j]) && toks[j]!.cap && broadcasterWord(toks[j]!.key) === 'name') return true;
  return false;
}

/** Small words no initials spell ("Agence congolaise d'information", "Agência de Informação de Moçambique"). */
const UNSPELLED = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'of', 'the', 'and', 'et', 'e', 'y', 'da', 'do', 'das', 'dos', 'del', 'di', 'per', 'for']);
/** Words of a paper's, an agency's or a station's name in the languages whose names are so written. */
const PRESS_WORDS_ELSEWHERE = new Set(['agence', 'agencia', 'agência', 'agenzia', 'agentur', 'radio', 'rádio', 'radiodiffusion', 'télévision', 'televisión',
  'televisão', 'televisione', 'presse', 'prensa', 'imprensa', 'journal', 'jornal', 'diario', 'diário', 'periódico', 'information', 'información', 'informação', 'notícias', 'noticias']);
/** Most words of a body's name before its acronym in brackets. */
const SPELLED_WORDS = 7;

/**
 * why: "quoted by the Agence congolaise d'information (ACI)": French and Spanish write a body's name in lower case after
 * its first word, which no name run reads whole; the words up to an acronym in brackets that spells their initials
 * (small words aside, an elided "d'" too) are the body's name. From view token `k`, after a lead of where words were
 * given ("by", "to", "told"); else null.
 */
function spelledByAcronym(a: Analysis, k: number): { name: string; span: Span } | null {
  const { toks, text } = a.view;
  if (wordKey(toks, k) === 'the') k++;
  const first = toks[k];
  if (!isWord(first) || !first.cap) return null;
  const lead = wordKey(toks, k - 1) === 'the' ? k - 2 : k - 1;
  if (!isWord(toks[lead]) || !(TOLD_FORMS.has(toks[lead]!.key) || toks[lead]!.key === 'to' || reportedBy(toks, lead))) return null;
  let initials = '';
  // (a paper's, an agency's or a station's: "according to the Ministry of Health (MOH)" names who speaks, not where)
  let press = false;
  for (let j = k; j < k + SPELLED_WORDS && j < toks.length; j++) {
    const t = toks[j]!;
    if (isPunct(t, '(')) {
      const acronym = toks[j + 1];
      if (j === k + 1 || !isWord(acronym) || !isPunct(toks[j + 2], ')') || acronym.key !== initials) return null;
      const word = text.slice(acronym.s, acronym.e);
      return press && word.length >= 2 && word === word.toUpperCase() ? { name: text.slice(first.s, toks[j + 2]!.e), span: { start: first.s, end: toks[j + 2]!.e } } : null;
    }
    if (!isWord(t)) return null;
    const key = t.key.replace(/^[dl]['’]/, '');
    press ||= SOURCE_NOUNS.has(key) || PRESS_WORDS_ELSEWHERE.has(key) || broadcasterWord(key) === 'name';
    if (!UNSPELLED.has(key)) initials += key[0];
  }
  return null;
}

function venueAt(a: Analysis, k: number): { name: string; span: Span } | null {
  const spelled = spelledByAcronym(a, k);
  if (spelled !== null) return spelled;
  const mi = a.ix.startAt[k] ?? -1;
  if (mi < 0) return pressBeforeNoun(a, k) ?? nameInMarksGivenTo(a, k) ?? siteGivenTo(a, k) ?? broadcastNamedBefore(a, k);
  const m = a.ix.mentions[mi]!;
  const toks = a.view.toks;
  // why: "she told the Vanuatu Daily Post": a paper's name that ends on its press noun is read as a description of the
  // paper (see descMention); after a lead it is where the words went
  const paper = m.type === 'desc' ? m.owner : null;
  // ("told the Malawi Broadcasting Corporation (MBC)": or a body whose name holds a broadcaster's word, whatever its last)
  if (paper !== null && paper.type === 'name' && paper.kind === 'organization' && paper.vj === m.vj && toks[m.vj - 1]!.cap &&
    (pressHead(toks[m.vj - 1]!.key) || broadcastingIn(toks, paper.vi, paper.vj)) && isWord(toks[k - 1]) && SOURCE_LEADS.has(toks[k - 1]!.key)) {
    return { name: paper.surface, span: { start: paper.s, end: paper.e } };
  }
  // why: "wrote in an op-ed for The Harbour Times", "in a column for Público": the piece written for a paper reads as a
  // description its owner after "for" completes; the paper is where the words appeared
  const written = m.type === 'desc' ? m.owner : null;
  const forAt = written === null ? -1 : wordKey(toks, written.vi - 1) === 'the' ? written.vi - 2 : written.vi - 1;
  if (written !== null && written.type === 'name' && written.kind !== 'person' && wordKey(toks, forAt) === 'for' && GIVEN_NOUNS.has(wordKey(toks, forAt - 1))) {
    return { name: written.surface, span: { start: written.s, end: written.e } };
  }
  let at = k - 1;
  const e = m.entity >= 0 ? a.entities[m.entity]! : null;
  // a name with nothing that makes it a person's: no title, role or known given name, never the subject of a cue
  const nameOnly = m.type === 'name' && e !== null && !e.titled && e.roles.size === 0 && !givenName(m.words[0]!);
  const plain = nameOnly && !e.speaks;
  // why: "told the daily Le Parisien", "to the Spanish daily El País": a plain name right after a press noun in lower
  // case is the paper's or the channel's own, whatever the name lists make of its words; the lead stands before the
  // phrase's determiner
  // ("to the Cadena SER radio": the press noun after the name says so as well)
  const pressAfter = plain && isWord(toks[m.vj]) && !toks[m.vj]!.cap && SOURCE_NOUNS.has(toks[m.vj]!.key);
  // ("for the television TA3 stated": a paper or a station named after its press noun is no one who speaks, though the
  // verb follows it)
  const pressNamed = (nameOnly && isWord(toks[at]) && !toks[at]!.cap && SOURCE_NOUNS.has(toks[at]!.key)) || pressAfter;
  if (pressAfter) {
    if (isWord(toks[at]) && inLex(toks[at]!, LEX.determiner)) at--;
  } else if (pressNamed) {
    let j = k - 2;
    while (j > k - 2 - PRESS_MODIFIERS && isWord(toks[j]) && !inLex(toks[j]!, LEX.determiner) && !SOURCE_LEADS.has(toks[j]!.key)) j--;
    // ("told public broadcaster NHK", "told French daily Le Monde": English news drops the article, and the lead stands
    // right before the modifiers)
    // (not a clause's subject after the noun: "said on radio Moscow was ready")
    at = isWord(toks[j]) && inLex(toks[j]!, LEX.determiner) ? j - 1
      : isWord(toks[j]) && SOURCE_LEADS.has(toks[j]!.key) && j < k - 1 && !FINITE_AFTER.has(wordKey(toks, m.vj)) ? j : -1;
  } else if (m.type === 'name' && e !== null && e.kind === 'organization' && wordKey(toks, at) === 'the' && pressWordIn(e)) {
    // why: "explained to the Girona Agency of News (GAN) that …": Romance translations keep the order of "Agència …
    // de Notícies", a body's name with its press noun inside, after "the"; the lead stands before the determiner
    at--;
  }
  const lead = at >= 0 ? toks[at] : undefined;
  if (!isWord(lead)) return null;
  // why: "In the station Vilarinho, the cleaner waited": a station one is in or at is a bus's or a train's; words go out
  // "on" a station or are given "to" it
  if (pressNamed && (lead.key === 'in' || lead.key === 'at') && wordKey(toks, pressAfter ? m.vj : k - 1) === 'station') return null;
  // why: "insisted the minister on the antenna of RTBF", "spoke on the air of the telethon", "at the microphone of
  // France Inter": translations from French and Ukrainian name the station after the part of it the words went out on
  const part = lead.key === 'of' && isWord(toks[at - 2]) && toks[at - 2]!.key === 'the' && isWord(toks[at - 3]) ? wordKey(toks, at - 1) : '';
  const airPart = ON_AIR.has(part);
  // why: "said before the cameras of the channel Telefe Sur", "in front of the microphones of Radio Tal": Spanish,
  // Portuguese and Italian translations ("ante las cámaras de", "davanti alle telecamere di") name the station after
  // the cameras the words were said before
  const faced = airPart && (toks[at - 3]!.key === 'before' || (toks[at - 3]!.key === 'of' && wordKey(toks, at - 4) === 'front'));
  // ("declared the minister to the microphone of Radio Nacional": French "au micro de"; Italian "ai microfoni di")
  // why: "in the columns of Le Soleil", "on the set of LCI": French translations ("dans les colonnes de", "sur le plateau
  // de") name the paper after its columns and the channel after its set
  const onAir = (airPart && (toks[at - 3]!.key === 'on' || toks[at - 3]!.key === 'at' || (toks[at - 3]!.key === 'to' && (part === 'microphone' || part === 'microphones')) || faced)) ||
    (PRESS_PARTS.get(part) === toks[at - 3]?.key);
  // why: "explained the mayor in the air of the channel «Vesti-Altai»", "in the air of RTR": Russian and Ukrainian
  // translations write "in the air of" ("в эфире"); only a body or a station's press noun follows it so ("in the air
  // of the city" is the air)
  const inAir = airPart && toks[at - 3]!.key === 'in' && toks[at - 1]!.key === 'air';
  const programme = programmeOf(a, lead.key === 'the' ? at - 1 : at);
  const onProgramme = programme >= 0;
  // ("of the Anambra Broadcasting Service": read as a body's description, which names it)
  if ((onAir || onProgramme || inAir) && e !== null && e.kind !== 'place' &&
    ((m.type === 'name' && (inAir ? e.kind === 'organization' || masthead(e) : plain || e.kind === 'organization' || masthead(e))) ||
      (onProgramme && m.type === 'desc' && e.kind === 'organization' && e.nameWords > 0))) {
    // why: "in the programme «Temat Dnia» of Radio Łódź": the programme named in marks and its station together say where
    // the words went out, as the press cites them ("Temat Dnia (Radio Łódź)")
    const title = onProgramme ? markedNameAfter(a, toks[programme]!.e) : null;
    return { name: title ? `${title} (${e.name})` : e.name, span: { start: m.s, end: m.e } };
  }
  // ("in the programme «Shahr-e Ma» of the Tehran channel": a station its press noun describes, the programme named)
  if (onProgramme && m.type === 'desc' && SOURCE_NOUNS.has(m.words.at(-1) ?? '')) {
    const title = markedNameAfter(a, toks[programme]!.e);
    if (title) return { name: `${title} (${m.surface.replace(/^(the|a|an)\s+/i, '')})`, span: { start: m.s, end: m.e } };
  }
  // (a venue after "by" only where the verb before says the words were reported there, not "was hit by a bus")
  const by = reportedBy(toks, at);
  // ("on the air of the channel «Vesti-Altai»": a station described by its press noun, named in marks after it)
  const airedOn = (onAir || inAir) && m.type === 'desc' && SOURCE_NOUNS.has(m.words.at(-1) ?? '');
  // why: "„…” – said KNA the chairman of the union": Polish, Czech and Slovak translations keep the dative right after
  // the verb ("powiedział PAP"), an agency before the inverted speaker's description; English puts no body there
  if (m.type === 'name' && e !== null && e.kind === 'organization' && SPEECH_VERBS.get(lead.key) === 'say' && wordKey(toks, m.vj) === 'the' &&
    (a.ix.startAt[m.vj] ?? -1) >= 0) {
    return { name: e.name, span: { start: m.s, end: m.e } };
  }
  // why: "said at Jurnal TV", "in a broadcast at Radio Moldova": Romanian translations ("la Jurnal TV") say the words
  // were said "at" a station; only a name a broadcaster's word ends, after a speech verb or a broadcast's noun
  const atStation = lead.key === 'at' && m.type === 'name' && broadcasterWord(m.surface.slice(m.surface.lastIndexOf(' ') + 1)) === 'name' &&
    isWord(toks[at - 1]) && (inLex(toks[at - 1]!, LEX.speechVerb) || PROGRAMMES.has(toks[at - 1]!.key));
  if (atStation) return { name: e!.name, span: { start: m.s, end: m.e } };
  // why: "ha detto Russo ospite di Buongiorno Regione, su Rai 3", "said as a guest on Morning Region": a programme or a
  // station someone was the guest of is where the words went out, whatever the name lists make of its words (not a
  // person's name: "the guest of Ana Ruiz")
  if ((lead.key === 'of' || lead.key === 'on') && wordKey(toks, at - 1) === 'guest' && m.type === 'name' && m.vi === at + 1 &&
    !(e !== null && e.kind === 'person' && (e.titled || e.roles.size > 0 || givenName(m.words[0]!)))) {
    // ("ospite di Porta a Porta": a programme's name may hold a small word between its capitalised ones)
    let end = m.vj;
    while (isWord(toks[end]) && !toks[end]!.cap && toks[end]!.e - toks[end]!.s <= 3 && isWord(toks[end + 1]) && toks[end + 1]!.cap) {
      end += 2;
      while (isWord(toks[end]) && toks[end]!.cap) end++;
    }
    if (end > m.vj) return { name: a.view.text.slice(m.s, toks[end - 1]!.e), span: { start: m.s, end: toks[end - 1]!.e } };
    return { name: e?.name ?? m.surface, span: { start: m.s, end: m.e } };
  }
  // why: "the physician accepted interview of Central News Agency (CNA) reporter, said …": Chinese translations
  // ("接受中央社記者採訪") give the interview "of" the agency; only a body whose name holds a press noun ("an interview
  // of the minister" is the minister's)
  if (lead.key === 'of' && wordKey(toks, at - 1) === 'interview' && m.type === 'name' && e !== null && e.kind === 'organization' && pressWordIn(e)) {
    return { name: e.name, span: { start: m.s, end: m.e } };
  }
  if (!by && !airedOn && !SOURCE_LEADS.has(lead.key)) return null;
  // why: "The ambassador of Russia to the USA, Anatoly Antonov, said": the country or body a diplomat is posted to is
  // where the office is held, not whom the words were told to
  if ((lead.key === 'to' || lead.key === 'in') && postedTo(toks, at)) return null;
  // why: "said for ČTK the hejtman", "has declared for Digi24": translations give the words "for" the agency, right
  // after the verb only ("fought for Porto", "a plan for Harbour Post" are no venue; "spoke for" or "called for" a body
  // speaks in its name or demands it)
  // ("described from the hospital bed for the daily SME": past a setting of common words after the verb)
  // why: "he says against RTV Noord": Dutch and German translations say words "against" whom they were told to ("zegt
  // tegen"); only right after "say" ("warned against NATO" is no venue)
  if (lead.key === 'against' && !(isWord(toks[at - 1]) && SPEECH_VERBS.get(toks[at - 1]!.key) === 'say')) return null;
  // why: "said he opposite Radio Tal", "said Frei opposite the news agency": German translations render "gegenüber"
  // (said to) as "opposite"; only after "say" or its inverted speaker ("sat opposite the mayor" is no venue)
  if (lead.key === 'opposite') {
    const inverted = a.ix.endAt[at - 1] ?? -1;
    const v = inverted >= 0 && a.ix.mentions[inverted]!.kind !== 'organization' ? a.ix.mentions[inverted]!.vi - 1 : at - 1;
    if (!(isWord(toks[v]) && SPEECH_VERBS.get(toks[v]!.key) === 'say')) return null;
  }
  // why: "The mayor however for the television TA3 stated that …": Slovak and Czech translations give the words "for"
  // a paper or a station its press noun names, right before the verb ("a spokesman for Acme said" names no press)
  const forPressBeforeVerb = lead.key === 'for' && pressNamed && isWord(toks[m.vj]) && inLex(toks[m.vj]!, LEX.speechVerb) &&
    !NOT_GIVEN_FOR.has(SPEECH_VERBS.get(toks[m.vj]!.key) ?? '');
  // why: "In an interview for Radio Tal, the mayor said": Albanian, Romanian and Slavic translations give the interview
  // "for" the station; the noun of the words given right before "for" makes it a venue, with no verb before it
  const forGivenNoun = lead.key === 'for' && isWord(toks[at - 1]) && GIVEN_NOUNS.has(toks[at - 1]!.key);
  if (lead.key === 'for' && !forPressBeforeVerb && !forGivenNoun) {
    let v = at - 1;
    // ("said Stojanoski for TV Telma": past the speaker of an inverted verb, too)
    const inverted = a.ix.endAt[v] ?? -1;
    if (inverted >= 0 && a.ix.mentions[inverted]!.type === 'name' && a.ix.mentions[inverted]!.kind !== 'organization') {
      v = a.ix.mentions[inverted]!.vi - 1;
      if (!isWord(toks[v]) || toks[v]!.cap) return null;
    } else while (v > at - 6 && isWord(toks[v]) && !toks[v]!.cap && !inLex(toks[v]!, LEX.speechVerb)) v--;
    if (!(isWord(toks[v]) && inLex(toks[v]!, LEX.speechVerb) && !NOT_GIVEN_FOR.has(SPEECH_VERBS.get(toks[v]!.key) ?? ''))) return null;
  }
  // why: "quoted by France Info", "interviewed by Radio Tide", "told Handelsblatt", "declared to Público", "in an
  // interview with Expresso": a plain name the words were given to or reported by is a venue too (not a person's name:
  // one the article gives a given name, a title or a role anywhere is none)
  // ("said the Minister of Health Jonas Kragh to Ritzau": after an inverted verb's speaker, too)
  const speaker = a.ix.endAt[at - 1] ?? -1;
  const sm = speaker >= 0 ? a.ix.mentions[speaker]! : null;
  // ("said ni PLtCol. Agcaoili to Bombo Radyo Laoag": past a particle of the source language that marks the speaker,
  // as Tagalog and Ilocano "ni" does, kept by translation between the verb and the name)
  const verbAt = sm === null ? -1 : isWord(toks[sm.vi - 1]) && !toks[sm.vi - 1]!.cap && toks[sm.vi - 1]!.key.length <= 2 && !inLex(toks[sm.vi - 1]!, LEX.speechVerb) ? sm.vi - 2 : sm.vi - 1;
  const spokenTo = (isWord(toks[at - 1]) && inLex(toks[at - 1]!, LEX.speechVerb)) ||
    (sm !== null && (sm.type === 'name' || sm.kind === 'person') && isWord(toks[verbAt]) && inLex(toks[verbAt]!, LEX.speechVerb));
  // why: "in declarations to the SIC Notícias", "told the Canal Tres": a name of two words the article writes after
  // "the" is guessed a place or a body (the article writes no "the" before a person); words are given to a body, so
  // after a lead of giving it is the station or the paper, not a place (Portuguese and Spanish translations keep the
  // article of "à SIC", "al Canal" before a station's own name)
  const bodyAfterThe = e !== null && e.kind === 'place' && m.type === 'name' && isWord(toks[m.vi]) && toks[m.vi]!.key === 'the';
  // ("said to RNZ Pacific", "told BBC Africa": a name that opens on an acronym and ends on a region's word is the
  // broadcaster's service for that region, not the region)
  const acronymFirst = e !== null && e.kind === 'place' && m.type === 'name' && m.words.length === 2 && ACRONYM_WORD.test(m.surface);
  const givenTo = plain && (e.kind !== 'place' || bodyAfterThe || acronymFirst) && !givenName(firstWord(e.name)) && (TOLD_FORMS.has(lead.key) ||
    ((lead.key === 'to' || lead.key === 'for' || lead.key === 'against' || lead.key === 'opposite') && spokenTo) || forPressBeforeVerb ||
    // ("in an interview to Kan Reshet Bet": translations give an interview "to" the station)
    // ("declared the governor in dialogue with RPP Sur": Latin American Spanish "en diálogo con" the station)
    ((lead.key === 'with' || lead.key === 'to') && isWord(toks[at - 1]) &&
      (toks[at - 1]!.key === 'interview' || toks[at - 1]!.key === 'conversation' || toks[at - 1]!.key === 'dialogue')) ||
    // why: "said in declarations to Canal Tres", "in statements to Radio Sur": Spanish and Portuguese translations
    // ("en declaraciones a", "em declarações à") give the words' own noun "to" the station or paper they went to
    // ("said in an interview for ZdG": Romanian and Slavic translations give the interview "for" the paper)
    ((lead.key === 'to' || lead.key === 'for') && isWord(toks[at - 1]) && GIVEN_NOUNS.has(toks[at - 1]!.key)));
  // why: "told the reporter of Kano Zemen", "in conversation with the correspondent of Radio Tal": translations from
  // Persian, Amharic and Russian give the words to the outlet's reporter, named in capitals after "of"; the outlet is
  // the venue
  if (m.type === 'desc' && REPORTERS.has(wordKey(toks, k + 1)) && wordKey(toks, k + 2) === 'of' &&
    (TOLD_FORMS.has(lead.key) || lead.key === 'with' || (lead.key === 'to' && spokenTo) || by)) {
    let j = k + 3;
    if (wordKey(toks, j) === 'the') j++;
    const first = toks[j];
    if (j < m.vj && isWord(first) && first.cap && (a.ix.endAt[m.vj - 1] ?? -1) === mi) {
      let end = j;
      while (end + 1 < m.vj && isWord(toks[end + 1]) && toks[end + 1]!.cap) end++;
      if (end === m.vj - 1) {
        const span = { start: first.s, end: toks[end]!.e };
        return { name: a.view.text.slice(span.start, span.end), span };
      }
    }
  }
  // why: "speaking on Kaya FM", "told Jacaranda FM": a name ending in the band a radio station broadcasts on is the
  // station's, whatever the name lists make of the words before it
  const onBand = m.type === 'name' && m.e - m.s > 3 && a.view.text.endsWith(' FM', m.e);
  const venue = pressNamed || givenTo || onBand || (by && plain) || (m.type === 'name' && (e?.kind === 'organization' || (e !== null && masthead(e)))) ||
    (m.type === 'desc' && m.words.some((w) => SOURCE_NOUNS.has(w)));
  if (!venue) return null;
  // why: "explained to this newspaper": the article's own outlet, which the claim falls back to (as written in the
  // languages read through glosses too: "ao nosso jornal", "al nostro giornale", "à notre journal", "a este diario")
  if (m.type === 'desc' && OWN_PAPER.test(m.surface)) return null;
  // why: "speaking to the radio station «Kanali 6»", "in declarations to the newspaper «El Pueblo»": translations
  // write the paper's or the station's name in marks right after its press noun; the name is what the marks hold
  if (m.type === 'desc' && SOURCE_NOUNS.has(m.words.at(-1) ?? '')) {
    const inMarks = markedName(a, m.e) ?? addressAfter(a.view.text, m.e);
    if (inMarks) return inMarks;
  }
  // why: "the Nordic agency NTB News" is reported as NTB News; a bare description as written
  const named = a.ix.mentions[mi + 1]?.vi === m.vj && a.ix.mentions[mi + 1]!.entity === m.entity;
  // why: "on the channel" is the one the article named with that noun and a name in marks before ("the channel «Altyn
  // Asyr»")
  // why: "he told the agency" is the one the article named with that noun before ("spoke to the Anadolu agency", "the
  // news agency Xinhua"): a press noun after "the" and nothing else points back, as a pronoun does
  const bare = m.type === 'desc' && !named && toks[k]?.key === 'the' && m.words.every((w) => SOURCE_NOUNS.has(w));
  // ("señaló la dirigente a la agencia": in an article read through glosses, the noun is looked for as written,
  // "agencia", where "la agencia EFE" named it)
  const head = m.type === 'desc' ? toks[m.vj - 1] : undefined;
  const asWritten = head !== undefined && head.key === m.words.at(-1) && glossesLanguage(a.view.language) ? a.view.text.slice(head.s, head.e).toLowerCase() : null;
  const inMarks = m.type === 'desc' && !named && SOURCE_NOUNS.has(m.words[0]!)
    ? (pressNamedBefore(a, m.words[0]!, m.s) ?? (bare ? pressNamedBeside(a, m.words.at(-1)!, m.s) ?? (asWritten !== null && asWritten !== m.words.at(-1) ?
      pressNamedBeside(a, asWritten, m.s) : null) : null)) : null;
  // why: "He said to the agency dpa that …": an agency that writes its own name in lower case ("dpa", "afp") is named by
  // the short word no list knows right after its press noun
  const lower = m.type === 'desc' && !named && inMarks === null ? lowerNameAfter(a, m) : null;
  if (lower !== null) return lower;
  const name = e && (m.type === 'name' || named) ? e.name : (inMarks ?? pressName(m.surface.replace(/^(the|a|an)\s+/i, '')));
  return { name, span: { start: m.s, end: m.e } };
}

/** Most letters of an agency's name written in lower case after its press noun ("dpa", "apa", "belga" is written so too). */
const LOWER_PRESS_NAME_LETTERS = 5;

/** The short word in lower case no list knows right after a description ending on a press noun, as the press's name. */
function lowerNameAfter(a: Analysis, m: Mention): { name: string; span: Span } | null {
  const toks = a.view.toks;
  const noun = toks[m.vj - 1];
  const t = toks[m.vj];
  if (!isWord(noun) || !SOURCE_NOUNS.has(noun.key) || !isWord(t) || t.cap || t.lex !== 0 || t.e - t.s < 2 || t.e - t.s > LOWER_PRESS_NAME_LETTERS) return null;
  const next = toks[m.vj + 1];
  if (isWord(next) && next.key !== 'that') return null;
  return { name: a.view.text.slice(t.s, t.e), span: { start: t.s, end: t.e } };
}

/** A name's first word written as an acronym of two to five capitals ("RNZ Pacific"). */
const ACRONYM_WORD = /^[A-Z]{2,5}\s/;

/** Press nouns that are no mention of their own ("the radio" is the medium as often as a station). */
const BROADCAST_NOUNS = new Set(['radio', 'television']);

/**
 * why: 'in the interview to radio "Buryaad FM" … «…», — she said to the radio.': "the radio" or "the television" the
 * words were given to, closing the clause, is the station the article named with that noun before (as "told the
 * channel" is; see venueAt). `k` is the determiner after the lead.
 */
function broadcastNamedBefore(a: Analysis, k: number): { name: string; span: Span } | null {
  const toks = a.view.toks;
  const noun = toks[k + 1];
  if (!isWord(toks[k]) || toks[k]!.key !== 'the' || !isWord(noun) || noun.cap || !BROADCAST_NOUNS.has(noun.key)) return null;
  if (!isWord(toks[k - 1]) || !(toks[k - 1]!.key === 'to' || TOLD_FORMS.has(toks[k - 1]!.key)) || !(toks[k + 2] === undefined || toks[k + 2]!.k === K.Break || isPunct(toks[k + 2], '.,;'))) return null;
  const name = pressNamedBefore(a, noun.key, noun.s) ?? pressNamedBeside(a, noun.key, noun.s);
  return name === null ? null : { name, span: { start: toks[k]!.s, end: noun.e } };
}

/**
 * why: "„…,“ he told the server iROZHLAS.cz": Czech and Slovak translations call a news site a "server" (and others a
 * "page" or a "medium"), a noun no press list holds; a web address right after the one noun the words were told to
 * is the site's name. `k` is the determiner after "told" (or after "to" that a speech verb's words are given to).
 */
function siteGivenTo(a: Analysis, k: number): { name: string; span: Span } | null {
  const toks = a.view.toks;
  const noun = toks[k + 1];
  if (!isWord(toks[k]) || toks[k]!.key !== 'the' || !isWord(noun) || noun.cap) return null;
  const lead = toks[k - 1];
  if (!isWord(lead) || !(TOLD_FORMS.has(lead.key) || (lead.key === 'to' && isWord(toks[k - 2]) && inLex(toks[k - 2]!, LEX.speechVerb)))) return null;
  return addressAfter(a.view.text, noun.e);
}

/**
 * A paper's or a channel's name in marks the words were given to, at view token `k`: "explained to “Okaz” that …",
 * "said in a statement to “Okaz”:", "told «Kommersant»". The name in marks is no mention, so it is read from the
 * stretches in marks that name something.
 */
function nameInMarksGivenTo(a: Analysis, k: number): { name: string; span: Span } | null {
  const { toks, names, text } = a.view;
  const t = toks[k];
  const lead = toks[k - 1];
  if (!isWord(t) || !t.cap || !isWord(lead)) return null;
  const before = toks[k - 2];
  const given = TOLD_FORMS.has(lead.key) || (lead.key === 'to' && isWord(before) && (inLex(before, LEX.speechVerb) || GIVEN_NOUNS.has(before.key)));
  if (!given) return null;
  let lo = 0;
  let hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = names[mid]!;
    if (n.start < t.s) lo = mid + 1;
    else if (n.start > t.s) hi = mid - 1;
    else return { name: text.slice(n.start, n.end), span: { start: n.start, end: n.end } };
  }
  return null;
}

/** Nouns for what a station airs, whose station follows "of" ("in the programme «Ahịa Taa» of the ABS"). */
const PROGRAMMES = new Set(['program', 'programme', 'show', 'broadcast', 'bulletin', 'news', 'newscast', 'edition', 'debate', 'interview']);
/** Most tokens between such a noun and its "of" (a programme's name in marks, "of the evening"). */
const PROGRAMME_REACH = 8;

/**
 * Whether the "of" at `at` names the station of a programme the words went out in: "speaking in the program
 * “Dusangire Ijambo” of Radio Rwanda", "read in the news of the evening of the RTS", "in the talk show ‘Nagar Kotha’ of
 * Independent Television", "in the interview with the radio programme of CBS". The programme noun follows "in", "on" or
 * "during" (or "with" after an interview) and its determiner, with at most a kind or an owner between them ("talk
 * show", "radio programme"); only its name, in marks or capitals, or a phrase of time stands between it and "of".
 */
function programmeOf(a: Analysis, at: number): number {
  const toks = a.view.toks;
  const of = toks[at];
  if (!isWord(of) || of.key !== 'of') return -1;
  for (let j = at - 1; j >= 0 && j >= at - PROGRAMME_REACH; j--) {
    const t = toks[j]!;
    if (t.k === K.Word && PROGRAMMES.has(t.key) && !t.cap) {
      let d = j - 1;
      while (d >= j - PROGRAMME_KINDS && isWord(toks[d]) && !inLex(toks[d]!, LEX.determiner) && !PROGRAMME_LEADS.has(toks[d]!.key)) d--;
      const l = isWord(toks[d]) && inLex(toks[d]!, LEX.determiner) ? d - 1 : d;
      const lead = toks[l];
      if (!isWord(lead)) return -1;
      // ("In an interview to the programme «Grande Entrevista» of RTP3", "interviewed by the programme «Radio anch'io» of
      // Radio1": an interview given to a programme, or one it made)
      const aired = PROGRAMME_LEADS.has(lead.key) || ((lead.key === 'with' || lead.key === 'to') && wordKey(toks, l - 1) === 'interview') ||
        reportedBy(toks, l);
      return aired ? j : -1;
    }
    // (a name in marks keeps its own language's case: "the programme «La Tierra al Día» of Onda Cero")
    if (t.k === K.Word ? !(t.cap || t.key === 'of' || t.key === 'the' || TIMES_OF_DAY.has(t.key) || inMarkedName(a, t.s)) : !(t.k === K.Quote || t.k === K.Mark)) return -1;
  }
  return -1;
}

/** Most characters between a programme's noun and the name in marks after it (a space, a mark and a space). */
const TITLE_GAP = 4;

/** The name in marks that opens right after offset `at` ("the programme «Temat Dnia»"), as written; null when none. */
function markedNameAfter(a: Analysis, at: number): string | null {
  const names = a.view.names;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const n = names[lo];
  return n !== undefined && n.start - at <= TITLE_GAP ? a.view.text.slice(n.start, n.end).trim() : null;
}
/** Words before a programme's noun and its determiner that say the words went out in it. */
const PROGRAMME_LEADS = new Set(['in', 'on', 'during']);
/** Most words between a programme's determiner and its noun ("the political commentary programme"). */
const PROGRAMME_KINDS = 2;

/** Whether offset `at` lies inside a stretch in marks that names something. */
function inMarkedName(a: Analysis, at: number): boolean {
  const names = a.view.names;
  let lo = 0;
  let hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = names[mid]!;
    if (n.end <= at) lo = mid + 1;
    else if (n.start > at) hi = mid - 1;
    else return true;
  }
  return false;
}
const TIMES_OF_DAY = new Set(['morning', 'evening', 'night', 'afternoon', 'noon', 'midday']);

/** How far back the article's earlier naming of a press noun in marks is looked for. */
const PRESS_NAMED_BEFORE = 1000;

/** Where an article writes a press noun, found once per article and noun, with what each place names (computed when
 * first read): every claim looks back over the same stretch, and a text that never writes the noun so would
 * otherwise be searched to its start once per claim. */
interface NounPlaces {
  at: Int32Array;
  /** the name as written, or the entity whose name it is (read when asked: a speaker's name may still be completed) */
  named: (string | number | null | undefined)[];
}

const nounPlaces = new WeakMap<Analysis, Map<string, NounPlaces>>();

function placesOf(a: Analysis, needle: string): NounPlaces {
  let byNeedle = nounPlaces.get(a);
  if (!byNeedle) nounPlaces.set(a, (byNeedle = new Map()));
  let places = byNeedle.get(needle);
  if (!places) {
    const text = a.view.text;
    const at: number[] = [];
    for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) at.push(k);
    places = { at: Int32Array.from(at), named: new Array<string | number | null | undefined>(at.length) };
    byNeedle.set(needle, places);
  }
  return places;
}

/** The name `name(at)` gives at the last place of `needle` that starts before `start` and within `PRESS_NAMED_BEFORE`
 * of it, or null. */
function lastNamedBefore(a: Analysis, needle: string, start: number, name: (at: number) => string | number | null): string | null {
  const places = placesOf(a, needle);
  const floor = Math.max(0, start - PRESS_NAMED_BEFORE);
  let lo = 0;
  let hi = places.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (places.at[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && places.at[i]! >= floor; i--) {
    let found = places.named[i];
    if (found === undefined) places.named[i] = found = name(places.at[i]!);
    if (found !== null) return typeof found === 'number' ? a.entities[found]!.name : found;
  }
  return null;
}

/**
 * The name the article gave press noun `noun` in marks before `start`, the last time it wrote the noun so ("the channel
 * «Altyn Asyr»" … "on the channel"); null when it never did.
 */
function pressNamedBefore(a: Analysis, noun: string, start: number): string | null {
  const text = a.view.text;
  // (the noun as the article writes it in a sentence, in lower case)
  return lastNamedBefore(a, `${noun} `, start, (at) => (at > 0 && isWordAt(text, at - 1) ? null : markedName(a, at + noun.length)?.name ?? null));
}

/**
 * The name the article gave press noun `noun` beside it before `start`, the last time it wrote the noun so: capitalised
 * words between "the" and the noun ("the Anadolu agency") or a body's name right after it ("the news agency Xinhua");
 * null when it never did. A nationality alone ("the Turkish agency") names none.
 */
function pressNamedBeside(a: Analysis, noun: string, start: number): string | null {
  return lastNamedBefore(a, noun, start, (at) => namedBeside(a, noun, at));
}

/** The name written beside press noun `noun` at offset `at` (see `pressNamedBeside`), or the entity named right after
 * it, or null. */
function namedBeside(a: Analysis, noun: string, at: number): string | number | null {
  const { text, toks } = a.view;
  if ((at > 0 && isWordAt(text, at - 1)) || isWordAt(text, at + noun.length)) return null;
  const j = tokenStartingAt(toks, at);
  if (j < 0) return null;
  const before = pressBeforeNoun(a, capitalisedRunStart(toks, j) - 1, true);
  if (before && before.span.end === toks[j - 1]!.e) return before.name;
  const mi = a.ix.startAt[j + 1] ?? -1;
  const after = mi >= 0 ? a.ix.mentions[mi]! : null;
  const e = after !== null && after.type === 'name' && after.entity >= 0 ? a.entities[after.entity]! : null;
  if (e !== null && (e.kind === 'organization' || masthead(e) || (!e.titled && e.roles.size === 0 && !givenName(after!.words[0]!) && e.kind !== 'place'))) return after!.entity;
  return null;
}

/** Index of the token that starts at offset `at`, or -1. */
function tokenStartingAt(toks: Tok[], at: number): number {
  const k = firstTokenFrom(toks, at);
  return k < toks.length && toks[k]!.s === at ? k : -1;
}

/** The first of the capitalised words right before token `j` (at most a press name's modifiers), or `j`. */
function capitalisedRunStart(toks: Tok[], j: number): number {
  let i = j;
  while (i > j - PRESS_MODIFIERS && isWord(toks[i - 1]) && toks[i - 1]!.cap && !toks[i - 1]!.possessive) i--;
  return i;
}

/** Programme nouns whose name in marks follows them ("the programme «Tazi sutrin»"): fewer than the programme and
 * station nouns `cues.ts` reads past before a station's name, since "radio" or "channel" before marks name a station. */
const NAMED_PROGRAMME_NOUNS = new Set(['program', 'programme', 'show']);
/** Whether the article writes a programme's noun at all: most write none, and their claims need not look for a
 * programme at every word. */
const writesProgramme = writesAnyOf(NAMED_PROGRAMME_NOUNS);
/** Words before a programme's determiner that give it the words ("said … to the rbb programme", "in an interview with the CCTV programme"). */
const GIVEN_TO_PROGRAMME = new Set(['in', 'on', 'at', 'to', 'with', 'for', 'during']);
/** Kinds of programme before its noun that say it is aired ("the radio programme", "the talk show"). */
const AIRED_KINDS = new Set(['radio', 'television', 'tv', 'talk', 'news', 'morning', 'evening', 'breakfast', 'current-affairs']);
/** Words of a station in a programme's own name ("«El matí de Ràdio Sol»"), accents aside. */
const TITLE_STATION_WORDS = new Set(['radio', 'tv', 'television', 'televisio', 'televisao', 'televizija', 'channel']);
/** Whether a programme's name in marks holds a station's word. */
const titleAired = (title: string): boolean => title.split(' ').some((w) => TITLE_STATION_WORDS.has(unaccented(w).toLowerCase()));

/** Participles between a programme's name and its station ("«Masada Bu Akşam» broadcast on Habertürk TV"). */
const AIRED = new Set(['broadcast', 'broadcasted', 'aired', 'airing', 'shown', 'transmitted']);

/**
 * The programme named in marks after its noun at view token `j`, where the words went out: "said Marinchev on the
 * programme „Tazi sutrin“ on bTV", "said the minister to the rbb programme „Brandenburg aktuell“", "in an interview
 * with the CCTV programme 《Village Story》", "in the program "Masada Bu Akşam" broadcast on Habertürk TV". A programme
 * noun is a scheme's as often ("under the programme «Green Sofia»"), so something must say it is aired: a station after
 * the name ("on bTV", "broadcast on the channel …"), an acronym or a kind of broadcast before the noun ("the CCTV
 * programme", "the radio programme"), or a speech verb or an interview the programme was given to. The station, when
 * named, follows in brackets ("Tazi sutrin (bTV)").
 */
function programmeInMarks(a: Analysis, j: number): { name: string; span: Span } | null {
  const { toks, text } = a.view;
  const noun = toks[j];
  // (asked at every token near a cue: the noun rules nearly all out before anything is read)
  if (!isWord(noun) || noun.cap || !NAMED_PROGRAMME_NOUNS.has(noun.key)) return null;
  const title = markedNameAfter(a, noun.e);
  if (title === null) return null;
  let d = j - 1;
  let owner: Tok | null = null;
  let aired = false;
  while (d >= j - PROGRAMME_KINDS && isWord(toks[d]) && !inLex(toks[d]!, LEX.determiner)) {
    const t = toks[d]!;
    if (t.cap && broadcasterWord(text.slice(t.s, t.e)) === 'acronym') owner = t;
    else if (AIRED_KINDS.has(t.key)) aired = true;
    else if (t.cap) return null;
    d--;
  }
  if (!isWord(toks[d]) || !inLex(toks[d]!, LEX.determiner)) return null;
  const lead = toks[d - 1];
  if (!isWord(lead) || !GIVEN_TO_PROGRAMME.has(lead.key)) return null;
  // the station after the name: "„Tazi sutrin“ on bTV", "«…» broadcast on the channel "Sada El Balad""
  const nameEnd = text.indexOf(title, noun.e) + title.length;
  let k = j + 1;
  while (k < toks.length && toks[k]!.s < nameEnd) k++;
  while (k < toks.length && !isWord(toks[k]) && toks[k]!.k !== K.Break && k < j + PROGRAMME_REACH) k++;
  if (isWord(toks[k]) && AIRED.has(toks[k]!.key)) {
    aired = true;
    k++;
  }
  // ("«Grande Entrevista» of RTP3": the station after "of" is read as programmeOf reads it, or there is none: "the
  // programme «Bright School» of the government")
  if (wordKey(toks, k) === 'of') return venueAt(a, wordKey(toks, k + 1) === 'the' && (a.ix.startAt[k + 1] ?? -1) < 0 ? k + 2 : k + 1);
  let station: string | null = null;
  // ("«Emisiunea» from TVR", "«…» at Jurnal TV": Romanian translations air a programme "from" or "at" its station)
  const stationLead = wordKey(toks, k);
  if (stationLead === 'on' || stationLead === 'from' || stationLead === 'at') {
    let s = k + 1;
    if (wordKey(toks, s) === 'the') s++;
    while (isWord(toks[s]) && !toks[s]!.cap && SOURCE_NOUNS.has(toks[s]!.key)) s++;
    const mi = a.ix.startAt[s] ?? -1;
    const m = mi >= 0 ? a.ix.mentions[mi]! : null;
    const e = m !== null && m.type === 'name' && m.entity >= 0 ? a.entities[m.entity]! : null;
    if (e !== null && !e.titled && e.roles.size === 0 && e.kind !== 'place') station = e.name;
    else if (isWord(toks[s])) {
      const word = text.slice(toks[s]!.s, toks[s]!.e);
      station = markedNameAfter(a, toks[s - 1]!.e) ?? ((toks[s]!.cap && broadcasterWord(word)) || smallLetterAcronym(word) ? word : null);
    }
  }
  if (station === null && owner !== null) station = text.slice(owner.s, owner.e);
  // (words given "to" or "with" a programme nothing says is aired: a speech verb or an interview before the lead)
  const given = (lead.key === 'to' || lead.key === 'with') && givenBefore(toks, d - 1);
  // why: "affirmed the director on the programme «El matí de Ràdio Sol»", "«Radio Tal at Noon»": a programme whose own
  // name holds a station's word is aired, as no scheme's name is
  if (station === null && !aired && !given && !titleAired(title)) return null;
  const span = { start: noun.s, end: nameEnd };
  return { name: station ? `${title} (${station})` : title, span };
}

/**
 * The programme in marks whose station starts at view token `k` ("in the program "Masada Bu Akşam" broadcast on
 * Habertürk TV"): a look read backwards meets the station first, and the programme before it names the venue better.
 */
function programmeBeforeStation(a: Analysis, k: number): { name: string; span: Span } | null {
  const toks = a.view.toks;
  let on = k - 1;
  if (wordKey(toks, on) === 'the') on--;
  // (asked of every venue a look back finds: only one after "broadcast on" goes further)
  if (wordKey(toks, on) !== 'on' || !AIRED.has(wordKey(toks, on - 1))) return null;
  for (let j = on - 2; j >= 0 && j >= on - PROGRAMME_REACH; j--) {
    if (isWord(toks[j]) && NAMED_PROGRAMME_NOUNS.has(toks[j]!.key)) return programmeInMarks(a, j);
  }
  return null;
}

/** Most words between a speech verb and the "to" that gives its words ("said the minister Anna Weber to"). */
const GIVEN_REACH = 6;

/** Whether a speech verb, or an interview, stands a few words before the lead at `l` ("said the minister to …"). */
function givenBefore(toks: Tok[], l: number): boolean {
  for (let v = l - 1; v >= 0 && v >= l - GIVEN_REACH && isWord(toks[v]); v--) {
    if (inLex(toks[v]!, LEX.speechVerb) || GIVEN_NOUNS.has(toks[v]!.key)) return true;
  }
  return false;
}

/** "on the waves of the program « Région matin »" at `k`: the programme named in marks is where the words went out. */
function onAirInMarks(a: Analysis, k: number): { name: string; span: Span } | null {
  const toks = a.view.toks;
  // (asked at every token after a cue: the first test rules nearly all of them out, before anything is built)
  const first = toks[k];
  if (!isWord(first) || (first.key !== 'on' && first.key !== 'at')) return null;
  if (wordKey(toks, k + 1) !== 'the' || !ON_AIR.has(wordKey(toks, k + 2)) || wordKey(toks, k + 3) !== 'of') return null;
  let p = k + 4;
  if (wordKey(toks, p) === 'the') p++;
  if (!PROGRAMMES.has(wordKey(toks, p))) return null;
  return markedName(a, toks[p]!.e);
}

/** The key of view token `j` when it is a word, else ''. */
const wordKey = (toks: Tok[], j: number): string => (isWord(toks[j]) ? toks[j]!.key : '');

/** Most words a name in marks after a press noun may have ("«Kanali 6»", "«La Voz de Galicia»"). */
const MARKED_NAME_WORDS = 5;

/** Marks that open a name in marks, and the ones that may close it. */
const NAME_OPENERS = '«„“"‚‘‹\'';
const NAME_CLOSERS = '»“”"‘’›\'';

/** The name in marks written right after offset `at` ("the radio station «Kanali 6»"): a short one in capitals. */
function markedName(a: Analysis, at: number): { name: string; span: Span } | null {
  const text = a.view.text;
  let i = at;
  if (text.charCodeAt(i) === 32) i++;
  if (i >= text.length || !NAME_OPENERS.includes(text[i]!)) return null;
  let j = i + 1;
  while (j < text.length && j <= i + 60 && !NAME_CLOSERS.includes(text[j]!) && text[j] !== '\n') j++;
  if (j >= text.length || !NAME_CLOSERS.includes(text[j]!)) return null;
  const inner = text.slice(i + 1, j).trim();
  if (!inner || !/^\p{Lu}/u.test(inner) || /[.!?,;:]/.test(inner) || inner.split(/\s+/).length > MARKED_NAME_WORDS) return null;
  const start = text.indexOf(inner, i + 1);
  return { name: inner, span: { start, end: start + inner.length } };
}

/** A site's address right after offset `at`: a word, a dot and a domain of two to four letters ("iDNES.cz"). */
const ADDRESS = /^ ([\p{L}\p{N}-]{2,30}(?:\.[a-z]{2,4}){1,2})(?![\p{L}\p{N}])/u;

/**
 * why: "told the portal iDNES.cz", "for the website tvn24.pl": translations name a news site by its address after the
 * press noun, often in lower case or opening on a small letter, which no name list reads as a name; the address is the
 * site's name as the press cites it.
 */
function addressAfter(text: string, at: number): { name: string; span: Span } | null {
  // (ruled out at one character: a press noun is mostly followed by a stop, a comma or a word in capitals)
  if (text.charCodeAt(at) !== 32) return null;
  const found = ADDRESS.exec(text.slice(at, at + 40));
  if (!found) return null;
  const start = at + 1;
  return { name: found[1]!, span: { start, end: start + found[1]!.length } };
}

/** "Tide Courier newspaper" → "Tide Courier", "DPA agency" → "DPA": capitalised words before a press noun are the name
 * (not a nationality: "Spanish newspaper" stays as written). */
function pressName(described: string): string {
  const m = /^((?:\p{Lu}[\p{L}'’.-]*\s+)+)(\p{Ll}+)$/u.exec(described);
  if (!m || !SOURCE_NOUNS.has(m[2]!)) return described;
  const name = m[1]!.trim();
  return name.split(/\s+/).every((w) => DEMONYMS.has(w.toLowerCase())) ? described : name;
}

/** Whether `toks[at]` is a "by" after a verb saying the words were reported there ("quoted by", "cited by", "was
 * quoted as saying by"). */
const reportedBy = (toks: Tok[], at: number): boolean =>
  isWord(toks[at]) && toks[at]!.key === 'by' && isWord(toks[at - 1]) &&
  (REPORTED_BY.has(toks[at - 1]!.key) || (toks[at - 1]!.key === 'saying' && toks[at - 2]?.key === 'as' && REPORTED_BY.has(toks[at - 3]?.key ?? '')));

/**
 * "told the Kommersant newspaper", "quoted by the Bild daily": a paper named by capitalised words before a press noun,
 * which the mention finder reads as modifiers; `k` is the determiner. Its name is the capitalised words.
 */
function pressBeforeNoun(a: Analysis, k: number, anyLead = false): { name: string; span: Span } | null {
  const toks = a.view.toks;
  if (!isWord(toks[k]) || toks[k]!.key !== 'the') return null;
  let j = k + 1;
  while (j < k + 1 + PRESS_MODIFIERS && isWord(toks[j]) && toks[j]!.cap && !toks[j]!.possessive) j++;
  const noun = toks[j];
  if (j === k + 1 || !isWord(noun) || noun.cap || !SOURCE_NOUNS.has(noun.key)) return null;
  // ("the Portuguese weekly Der Hafen": a nationality before the noun, and the name after it)
  if (DEMONYMS.has(toks[k + 1]!.key) || (isWord(toks[j + 1]) && toks[j + 1]!.cap)) return null;
  if (!anyLead && (!isWord(toks[k - 1]) || !(SOURCE_LEADS.has(toks[k - 1]!.key) || reportedBy(toks, k - 1)))) return null;
  const span = { start: toks[k + 1]!.s, end: toks[j - 1]!.e };
  return { name: a.view.text.slice(span.start, span.end), span };
}

const HOW: Record<string, string> = {
  after: 'named right after the quote',
  'after-inverted': 'named right after the quote',
  before: 'named before the quote',
  'before-inverted': 'named before the quote',
  'according-to': '"according to"',
  colon: 'introduces the quote with a colon',
  'sentence-subject': 'subject of the sentence',
  lead: 'opens the sentence',
};

/** How many mentions back a description looks for its person's name (as far as resolving it looked). */
const NAMED_WITHIN = 60;

/**
 * Whether description mention `mi` stands for a person the article names only after it ("The leader said …", then
 * "… said the spokesman Ahmed Ali"): a guess from the name that comes next, which the reviewer must be told of.
 */
export function namedAfter(a: Analysis, mi: number): boolean {
  const m = a.ix.mentions[mi]!;
  // why: a description that named no one else ("the institute" as its own speaker) is read no further
  if (m.type !== 'desc' || m.entity < 0 || !a.entities[m.entity]!.nameWords) return false;
  let later = false;
  for (let j = mi + 1; j < a.ix.mentions.length && j <= mi + NAMED_WITHIN && !later; j++) {
    const n = a.ix.mentions[j]!;
    if (n.type !== 'name' || n.entity !== m.entity) continue;
    // why: "the harbour master, Jon Vik" names him in the description's own sentence: no guess
    if (n.sent === m.sent) return false;
    later = true;
  }
  if (!later) return false;
  for (let j = mi - 1; j >= 0 && j >= mi - NAMED_WITHIN; j--) if (a.ix.mentions[j]!.type === 'name' && a.ix.mentions[j]!.entity === m.entity) return false;
  return true;
}

/** A person named in full, and the mention that first named them. */
interface Namesake {
  entity: number;
  first: number;
}

/** Most namesakes kept a name word: a reviewer needs to know there are others, not every one of them. */
const NAMESAKES_KEPT = 3;

const namesakesOf = new WeakMap<Analysis, Map<string, Namesake[]>>();

/**
 * The people the article names in full, by the first and by the last word of their names ("f:kim", "l:miliband"), each
 * with the mention that first named them; built once an analysis.
 */
function namesakes(a: Analysis): Map<string, Namesake[]> {
  let byWord = namesakesOf.get(a);
  if (byWord) return byWord;
  const found = new Map<string, Namesake[]>();
  const keep = (key: string, n: Namesake) => {
    const list = found.get(key);
    if (!list) found.set(key, [n]);
    else if (list.length < NAMESAKES_KEPT) list.push(n);
  };
  const seen = new Set<number>();
  const mentions = a.ix.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'name' || m.entity < 0 || seen.has(m.entity)) continue;
    seen.add(m.entity);
    const e = a.entities[m.entity]!;
    // (only someone the article shows to be a person, by a gendered given name, title or pronoun, or by their words: a
    // headline's capitalised phrase ending in a surname, "Endorsed Trump", is no one)
    if (e.nameWords < 2 || !isPersonLike(e) || (e.female + e.male === 0 && !e.speaks)) continue;
    keep(`l:${e.last}`, { entity: e.id, first: i });
    keep(`f:${firstOf(e.words)}`, { entity: e.id, first: i });
  }
  namesakesOf.set(a, (byWord = found));
  return byWord;
}

/**
 * The other people named before mention `mi` whose names have, in the same place, the one word it is written with
 * ("Ed Miliband and David Miliband … Miliband added"; "Kim Jong Un … Kim Yo Jong … Kim said"), when nothing written with
 * it told them apart (a role, a title of the other gender): the engine took the one named last, which a reviewer should
 * check.
 */
export function otherNamesakes(a: Analysis, mi: number): Entity[] {
  const m = a.ix.mentions[mi]!;
  if (m.type !== 'name' || m.entity < 0 || m.words.length !== 1 || m.roles.length > 0) return [];
  const e = a.entities[m.entity]!;
  const word = m.words[0]!;
  if (e.nameWords < 2 || !isPersonLike(e)) return [];
  const key = e.last === word ? `l:${word}` : firstOf(e.words) === word ? `f:${word}` : null;
  if (key === null) return [];
  const others: Entity[] = [];
  for (const n of namesakes(a).get(key) ?? []) {
    if (n.entity === e.id || n.first >= mi) continue;
    const o = a.entities[n.entity]!;
    const gender = m.gender === null ? null : genderOfEntity(o);
    if (gender === null || gender === m.gender) others.push(o);
  }
  return others;
}

/** ' (Ed Miliband, named earlier, shares it)' */
function namesakeNote(others: readonly Entity[]): string {
  if (others.length === 0) return '';
  const names = others.map((o) => o.name);
  return names.length === 1 ? ` (${names[0]}, named earlier, shares it)` : ` (${names.slice(0, -1).join(', ')} and ${names.at(-1)}, named earlier, share it)`;
}

/** What makes an attribution a guess, worked out once for its confidence and its reason (see toAttribution). */
export interface Doubts {
  /** A description resolved to a name written only after it (`namedAfter`). */
  namedAfter: boolean;
  /** Others named before who share the one name word it is written with (`otherNamesakes`). */
  namesakes: readonly Entity[];
}

/** One line a reviewer can check: `pronoun "he" → Ana Ruiz (last named subject), cue "said"`. */
export function describe(a: Analysis, x: Assignment, doubts: Doubts): string {
  const m = a.ix.mentions[x.mention]!;
  const e = m.entity >= 0 ? a.entities[m.entity]! : null;
  const surface = a.view.text.slice(m.s, m.e);
  const cue = x.cue >= 0 ? `, cue "${a.view.text.slice(a.view.toks[x.cue]!.s, a.view.toks[x.cue]!.e)}"` : '';
  // a pronoun or a description standing for no one the article names
  const nameless = m.type !== 'name' && !!e && isUnnamed(e);
  let who: string;
  if (m.type === 'pronoun') who = `pronoun "${surface}" → ${!e ? 'unresolved' : nameless ? `${e.name} (no name found for it)` : `${e.name} (${repeatsSubject(m) ? 'the subject it repeats' : 'last named subject'})`}`;
  else if (m.type === 'desc' && (!e || nameless)) who = `description "${surface}" (no name found for it)`;
  else if (m.type === 'desc') who = `description "${surface}"${e!.name !== m.surface.replace(/^(the|a|an)\s+/i, '') ? ` → ${e!.name}${doubts.namedAfter ? ' (named only after it)' : ''}` : ''}`;
  else who = `name "${surface}"${e && e.name !== surface ? ` → ${e.name}${namesakeNote(doubts.namesakes)}` : ''}`;
  const via = x.via === 'previous' ? '; continues the previous quote' : x.via === 'next' ? '; shares the next quote\'s cue' : x.via === 'topic' ? '; no cue: the paragraph\'s subject' : x.via === 'container' ? '; quoted inside a longer quote' : '';
  // ("named right after the quote" of words that name no one reads "right after the quote")
  const how = HOW[x.how] ?? x.how;
  return `${who}, ${nameless || (m.type === 'desc' && !e) ? how.replace(/^named /, '') : how}${cue}${via}`;
}
