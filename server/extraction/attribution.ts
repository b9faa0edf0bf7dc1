/** The attribution stage: who said each quotation, the reported claims without marks, and the article's speakers. */
import type { Local } from './attribution/cues';
import * as evidenceModule from './attribution/evidence';
import * as indirectModule from './attribution/indirect';
import * as analysisModule from './attribution/analysis';
import type { Analysis } from './attribution/analysis';
import type { Entity } from './attribution/entities';
import type { View } from './attribution/view';
import type { Mention } from './attribution/mentions';
import * as mentionsModule from './attribution/mentions';
import * as namesModule from './attribution/names';
import * as entitiesModule from './attribution/entities';
import * as resolveModule from './attribution/resolve';
import * as neighboursModule from './attribution/neighbours';
import * as cuesModule from './attribution/cues';
import * as tokensModule from './attribution/tokens';
import * as lexiconModule from './attribution/lexicon';
import type { ArticleDocument, Attribution, IndirectClaim, QuoteCandidate, Speaker } from './types';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { describe, namedAfter, otherNamesakes, shownAsPerson, onAirAfterQuote, platformOfQuote, postedBy, sourceNear, talkedTo, speakerList, venueOfIntro, withAcronym } = evidenceModule;
const { findIndirect } = indirectModule;
const { genderOfEntity, isUnnamed } = entitiesModule;
const { UNRESOLVED } = resolveModule;
const { analyse, entityOf, viewOf } = analysisModule;
const { answerLabel, questionAnswer, cueAhead, cueEndingBefore, gap, introducedBefore, localCue, newGap, topic, transcriptLabel, whatCue } = neighboursModule;
const { accordingToIn, asks, isSpeech, passiveAsker, speakerMention } = cuesModule;
const { inLex, K, keyIdOf, LEX } = tokensModule;
const { isPunct, isWord } = mentionsModule;
const { isSettlementNoun } = namesModule;
const { BODY_PLACES, ISSUED_DOCUMENTS, ORG_WORDS, PLATFORMS, SOURCE_NOUNS, withOwnTitles } = lexiconModule;

export interface AttributionResult {
  /** One entry per quote, in the same order (null when nobody is named). */
  attributions: (Attribution | null)[];
  indirect: IndirectClaim[];
  speakers: Speaker[];
}

/** How a quotation got its speaker: its own cue, or a neighbour's. */
export interface Assignment extends Local {
  /** Set when the speaker was carried over from another quotation. */
  via: 'previous' | 'next' | 'container' | 'topic' | null;
}

/** Finds who said each quote, and the reported claims without quote marks. */
export function attribute(doc: ArticleDocument, quotes: QuoteCandidate[]): AttributionResult {
  const { view, titles } = viewOf(doc, quotes);
  return withOwnTitles(titles, () => attributeView(doc, quotes, view), view.abbreviated);
}

function attributeView(doc: ArticleDocument, quotes: QuoteCandidate[], view: View): AttributionResult {
  const a = analyse(view);
  const assigned = assign(a, quotes);
  const indirect = findIndirect(a);
  // why: lists are filled by loops, not spread from mapped arrays, whose layouts differ when one is empty; and made
  // at their size, not pushed: an article of short quotations has hundreds of thousands
  const used = new Array<Local | null>(assigned.length + indirect.length);
  for (let i = 0; i < assigned.length; i++) used[i] = assigned[i]!;
  for (let i = 0; i < indirect.length; i++) used[assigned.length + i] = indirect[i]!.local;
  for (let i = 0; i < used.length; i++) {
    const x = used[i];
    if (!x) continue;
    x.mention = issuerOf(a, x.mention);
    const named = x.cue >= 0 ? conveyedBy(a, x.mention, x.cue) : -1;
    if (named >= 0) x.mention = named;
    const quoted = i >= assigned.length ? quotedBefore(a, quotes, assigned, x.mention) : -1;
    if (quoted >= 0) a.ix.mentions[x.mention]!.entity = quoted;
    else entityOf(a, x.mention);
    if (pressOwner(a, x.mention)) a.ix.mentions[x.mention]!.entity = UNRESOLVED;
  }
  const { speakers, keyOf } = speakerList(a, used);
  // (once speakers are known: only one no name was found for is shown by the description a "who" stands for)
  for (let i = 0; i < used.length; i++) {
    const x = used[i];
    const described = x && !keyOf.has(a.ix.mentions[x.mention]!.entity) ? relativeAntecedent(a, x.mention) : -1;
    if (described >= 0) x!.mention = described;
  }
  const attributions = new Array<Attribution | null>(assigned.length);
  for (let i = 0; i < assigned.length; i++) {
    const x = assigned[i];
    if (!x) {
      attributions[i] = null;
      continue;
    }
    const at = toAttribution(a, x, keyOf, a.view.quoteAt[i]!);
    // ("“The port will reopen,” the ministry said in a statement": as for a reported claim)
    if (at.speakerKey === null && at.source === null) unnamedSource(a, x.mention, at);
    attributions[i] = at;
  }
  const reported: IndirectClaim[] = [];
  for (let i = 0; i < indirect.length; i++) {
    const c = indirect[i]!;
    const at = toAttribution(a, assignment(c.local, null, c.local.confidence), keyOf);
    if (at.speakerKey === null && at.source === null) unnamedSource(a, c.local.mention, at);
    reported.push({ start: c.start, end: c.end, attribution: at, verbatim: c.verbatim === true });
  }
  partialsOfReported(quotes, assigned, attributions, reported);
  carrySources(a, quotes, assigned, attributions, indirect, reported);
  carryVenue(a, quotes, assigned, attributions, reported);
  carryRun(a.view.text, quotes, assigned, attributions);
  headlineEchoes(a, doc, quotes, assigned, attributions);
  return { attributions, indirect: reported, speakers };
}

/**
 * The description a relative "who" stands for when no name does, the last before it in its sentence ("A resident who
 * asked not to be named said", "The dockers met the mayor, who said"), or -1. A "who" at the cue is its speaker's
 * evidence as the subject of the verb, and a named speaker is shown by name beside it; a speaker never named is shown
 * by the evidence alone, and "who" says nothing to a reviewer.
 */
function relativeAntecedent(a: Analysis, mi: number): number {
  const m = a.ix.mentions[mi]!;
  if (m.type !== 'pronoun' || (m.words[0] !== 'who' && m.words[0] !== 'whom') || mi === 0) return -1;
  if (m.entity < 0) {
    // ("As the women were leaving, one of them, who did not want her name written, shouted": a description the "who"
    // follows right after, or after a comma, that no entity was made of)
    const prev = a.ix.mentions[mi - 1]!;
    const gap = m.vi - prev.vj;
    const next = gap === 0 || (gap === 1 && isPunct(a.view.toks[prev.vj], ','));
    return next && prev.type === 'desc' && prev.kind === 'person' && prev.sent === m.sent ? mi - 1 : -1;
  }
  for (let j = mi - 1; j >= 0 && a.ix.mentions[j]!.sent === m.sent && m.vi - a.ix.mentions[j]!.vj <= RELATIVE_REACH; j--) {
    const c = a.ix.mentions[j]!;
    if (c.entity === m.entity && c.type !== 'pronoun') return c.kind === 'person' ? j : -1;
  }
  return -1;
}
/** Most tokens between a relative "who" and the mention of the one it stands for. */
const RELATIVE_REACH = 30;

/** Demonstratives that open a sentence naming who said the words before it ("This was conveyed by X"). */
const CONVEYED = new Set(['this', 'that', 'it']);

/**
 * why: "“We are committed,” he explained. This was conveyed by the Governor of Central Java Ganjar Pranowo on
 * Tuesday.": Indonesian and Malaysian news close a statement with a passive sentence naming who made it ("Hal ini
 * disampaikan oleh …"); the pronoun at the cue stands for that person, named after "by", whoever was named before. The
 * mention after "by" when the sentence right after the cue's (in its paragraph or the next) reads so, else -1.
 */
function conveyedBy(a: Analysis, mi: number, cue: number): number {
  const { toks, sent, sentStart } = a.view;
  if (a.ix.mentions[mi]!.type !== 'pronoun') return -1;
  const s = sent[cue]! + 1;
  if (s >= sentStart.length) return -1;
  let n = sentStart[s]!;
  // (past the break when the sentence is a paragraph of its own)
  while (toks[n]?.k === K.Break) n++;
  const t = toks[n];
  if (!isWord(t) || !t.cap || !CONVEYED.has(t.key) || t.para > toks[cue]!.para + 1) return -1;
  if (toks[n + 1]?.key !== 'was' || !isSpeech(toks[n + 2]) || !toks[n + 2]!.key.endsWith('ed') || toks[n + 3]?.key !== 'by') return -1;
  const by = a.ix.startAt[n + 4] ?? -1;
  return by >= 0 && a.ix.mentions[by]!.type !== 'pronoun' && speakerMention(a.ix, by) ? by : -1;
}

/**
 * why: "The police said that two men were arrested", "The prefecture said that it will respond", "According to the
 * residents, …", "Some residents said that …": a body, or a group of people, that the article never names, only
 * describes, stays no speaker (one article's "the police" is not the next one's), but its reported claim came from it
 * as much as one "according to the police" does, which names it as the source: the description as written is the
 * claim's source, as there. A single person's description ("the official said") names no one to look up. (A place
 * noun that speaks is its council: "the prefecture said", "the municipality said".)
 */
function unnamedBodySource(a: Analysis, mi: number, at: Attribution): void {
  const m = a.ix.mentions[mi]!;
  if (m.type !== 'desc' || m.entity < 0) return;
  // ("«…», it says in the statement of the ministry": a document, named with whose it is, is where the words stand)
  const body = !m.plural && (ORG_WORDS.has(m.words[0]!) || BODY_PLACES.has(m.words[0]!) || (ISSUED_DOCUMENTS.has(m.words[0]!) && / (of|from) /.test(m.surface)));
  if (!body && !m.plural) return;
  if (!isUnnamed(a.entities[m.entity]!)) return;
  // (whom the words were told to is no source: "told the journalists that …")
  const before = a.view.toks[m.vi - 1];
  if (before && (before.key === 'to' || before.key === 'told') && a.view.toks[m.vi - 2]?.key !== 'according') return;
  at.source = m.surface.replace(/^(the|a|an|some|several|many)\s+/i, '');
  at.sourceSpan = { start: m.s, end: m.e };
}

/** The source of a claim whose speaker the article does not name: the body or group described, or the agency whose
 * reporter carried the words. */
function unnamedSource(a: Analysis, mi: number, at: Attribution): void {
  unnamedBodySource(a, mi, at);
  if (at.source === null) pressSource(a, mi, at);
}

/**
 * why: "“…,” said a statement from the Harbour Board", "…, reads a press release by the ministry": a document that
 * speaks, described by its kind alone, speaks for whoever issued it, named right after "from" or "by" (as "according
 * to a statement from X" is X's). The issuer's mention, else the document's.
 */
function issuerOf(a: Analysis, mi: number): number {
  const m = a.ix.mentions[mi]!;
  const toks = a.view.toks;
  // ("a report published by the ministry said …": a participle of issuing may stand before "by")
  const j = isWord(toks[m.vj]) && ISSUING_PARTICIPLES.has(toks[m.vj]!.key) && toks[m.vj + 1]?.key === 'by' ? m.vj + 1 : m.vj;
  const by = toks[j];
  if (m.type !== 'desc' || m.possessive || m.plural || !ISSUED_DOCUMENTS.has(m.words[0]!) || !by || by.k !== K.Word || (by.key !== 'from' && by.key !== 'by')) return mi;
  // (a document whose maker is named in it, "a New Jersey Watchdog report", is that maker's, whoever handed it out)
  for (let k = m.vi; k < m.vj; k++) if (isWord(toks[k]) && toks[k]!.cap && k > m.vi) return mi;
  let maker = a.ix.startAt[j + 1] ?? -1;
  if (maker < 0 && toks[j + 1]?.key === 'the') maker = a.ix.startAt[j + 2] ?? -1;
  const d = maker >= 0 ? a.ix.mentions[maker]! : null;
  return d && d.type !== 'pronoun' && d.sent === m.sent && d.kind !== 'place' ? maker : mi;
}

/** Participles that name who issued a document after "by" ("a report published by the ministry"); not those of
 * handing out ("a report released by the governor's office" may be anyone's). */
const ISSUING_PARTICIPLES = new Set(['published', 'issued', 'prepared', 'drafted', 'written', 'signed']);
/** Participles that name who saw a document after "by" ("a memo seen by Reuters"): the paper, not the document's maker. */
const SEEN_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'accessed']);

/**
 * why: "A memo seen by Reuters said …", "The letter, obtained by The Times, says …": a document speaks for itself, and
 * the paper or agency that saw it is where its words were reported; its name's mention, as the claim's source.
 */
function seenBy(a: Analysis, mi: number): { name: string; span: { start: number; end: number } } | null {
  const m = a.ix.mentions[mi]!;
  const toks = a.view.toks;
  if (m.type !== 'desc' || m.kind !== 'organization' || m.plural) return null;
  let j = m.vj;
  if (isPunct(toks[j], ',')) j++;
  if (!isWord(toks[j]) || !SEEN_PARTICIPLES.has(toks[j]!.key) || toks[j + 1]?.key !== 'by') return null;
  let seer = a.ix.startAt[j + 2] ?? -1;
  if (seer < 0 && toks[j + 2]?.key === 'the') seer = a.ix.startAt[j + 3] ?? -1;
  const d = seer >= 0 ? a.ix.mentions[seer]! : null;
  if (!d || d.type !== 'name' || d.sent !== m.sent || d.entity < 0 || a.entities[d.entity]!.kind === 'person' || a.entities[d.entity]!.kind === 'place') return null;
  return { name: a.entities[d.entity]!.name, span: { start: d.s, end: d.e } };
}

/** Nouns of those who report for a paper, an agency or a station, and of those who speak to one unnamed. */
const UNNAMED_PRESS = new Set(['source', 'interlocutor', 'insider']);
const PRESS_NOUNS = new Set(['correspondent', 'reporter', 'journalist', 'stringer', ...UNNAMED_PRESS]);

/**
 * why: "…, reports the correspondent of Kazinform", "…, reports a BBC correspondent": the reporter of a named agency or
 * station carried the words, the agency is where they were reported, and the reporter, whom the article does not name,
 * is no speaker; read as a name ("correspondent of Kazinform") the reporter became one. So with the agency's unnamed
 * source ("RIA Novosti's source said", "the interlocutor of Interfax said"). The agency's name mention, else null.
 */
function pressOwner(a: Analysis, mi: number): Mention | null {
  const m = a.ix.mentions[mi]!;
  if (m.type !== 'desc' || !PRESS_NOUNS.has(m.words[0]!) || m.owner === null || m.owner.type !== 'name') return null;
  const owner = m.owner.entity >= 0 ? a.entities[m.owner.entity]! : null;
  // (an agency's name of two capitalised words reads as a person's until the article says otherwise)
  return owner !== null && owner.kind === 'person' && (!UNNAMED_PRESS.has(m.words[0]!) || shownAsPerson(owner, m.owner)) ? null : m.owner;
}

/** The agency whose reporter the mention is, as the claim's source (see `pressOwner`). */
function pressSource(a: Analysis, mi: number, at: Attribution): void {
  const owner = pressOwner(a, mi);
  if (!owner) return;
  at.source = owner.entity >= 0 ? a.entities[owner.entity]!.name : owner.surface;
  at.sourceSpan = { start: owner.s, end: owner.e };
}

/** Person pronouns whose reported claim may go on from the quotation before it. */
const CLAIM_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
/** Most quotations read back, past those with no speaker, for the one a pronoun's claim goes on from. */
const QUOTED_BEFORE_READ = 3;

/**
 * why: "“…,” declared the chairman of the union, Stoyan Vaklinov. ¶ According to him, 300 drivers are missing": a
 * claim whose source is a pronoun ("According to him, …", "He added that …"), right after someone's quotation, goes on
 * with what that someone said, as "he said" after a quotation does: the pronoun, not resolved yet, stands for the
 * speaker of the last quotation before it, in its paragraph or the one before, one person named, of its gender, when
 * no other person is named between ("his parents told him: “…” ¶ he says …" is no one's going on). -1 when none.
 */
function quotedBefore(a: Analysis, quotes: QuoteCandidate[], assigned: (Assignment | null)[], mi: number): number {
  const m = a.ix.mentions[mi]!;
  if (m.type !== 'pronoun' || !CLAIM_PRONOUNS.has(m.words[0]!)) return -1;
  const order = a.view.quoteOrder;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[order[mid]!]!.end <= m.s) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo - 1; n >= 0 && n >= lo - QUOTED_BEFORE_READ; n--) {
    const qi = order[n]!;
    const x = assigned[qi];
    if (!x || quotes[qi]!.end > m.s) continue;
    if (m.para - a.view.toks[a.view.quoteAt[qi]!]!.para > 1) return -1;
    const e = a.ix.mentions[x.mention]!.entity;
    if (e < 0 || a.entities[e]!.kind !== 'person' || a.entities[e]!.plural || isUnnamed(a.entities[e]!) || m.entity !== UNRESOLVED) return -1;
    const g = genderOfEntity(a.entities[e]!);
    if (m.gender && g && g !== m.gender) return -1;
    // ("“…” – said the mayor Ana Ruiz. ¶ At six arrived the minister Tomas Berg. As he informed …": a person named
    // since the quotation is who the pronoun goes on with; a crowd or someone unnamed, "8,412 residents", is not)
    for (let j = mi - 1; j >= 0 && mi - j <= QUOTED_BEFORE_MENTIONS && a.ix.mentions[j]!.s >= quotes[qi]!.end; j--) {
      const c = a.ix.mentions[j]!;
      if (c.type === 'pronoun' || c.entity === e || c.plural) continue;
      const other = c.entity >= 0 ? a.entities[c.entity]! : null;
      // (but someone unnamed who opens the pronoun's own sentence is whom it takes up: "One old man at Kaisenik he said")
      if (c.type === 'name' ? c.kind === 'person' || other?.kind === 'person' : other !== null && other.kind === 'person' && !other.plural && (!isUnnamed(other) || c.sent === m.sent)) return -1;
    }
    return e;
  }
  return -1;
}
/** Most mentions read back from the pronoun to its quotation for a person named between. */
const QUOTED_BEFORE_MENTIONS = 30;

/** Fewest words a headline's quotation must share with the article's own for the two to be one quotation. */
const ECHO_WORDS = 3;

/**
 * 'Power demand breaks a record … Government "No concern of supply"': a headline quotes words the article quotes in
 * full further on, where their speaker is named. A quotation of the title line with no cue of its own takes the
 * speaker of the first quotation after it that holds its words (or that its words hold), with that one's evidence.
 */
function headlineEchoes(a: Analysis, doc: ArticleDocument, quotes: QuoteCandidate[], assigned: (Assignment | null)[], attributions: (Attribution | null)[]): void {
  // (the title line the view found: the article's title among its first lines)
  const title = a.view.titlePara >= 0 ? doc.paragraphs[a.view.titlePara]! : null;
  if (!title) return;
  const words = (q: QuoteCandidate) => doc.text.slice(q.start, q.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (let i = 0; i < quotes.length && quotes[i]!.start < title.end; i++) {
    const q = quotes[i]!;
    // why: 'Flood in Demak, BPBD: "Embankment broke again"': a headline gives a body the words the article quotes from
    // the person who spoke for it; the person is who said them
    // why: 'Labé: the traders they cry „…“', 'the coach he says »…«': a place a headline opens on before its colon, or a
    // pronoun in the headline, names no one; the article's quotation of the same words names who said them
    const body = assigned[i] && assigned[i]!.cue >= 0 && (bodyName(a, assigned[i]!.mention) || namesNoOne(a, assigned[i]!));
    // ('Flood in Bago: "The water came at midnight" – residents' … "…, the Department said": a cue the title line ran
    // on into, past its own line, is no cue of the headline's)
    const cue = assigned[i] && assigned[i]!.cue >= 0 && a.view.toks[assigned[i]!.cue]!.para === a.view.titlePara ? assigned[i]!.cue : -1;
    if (q.start < title.start || (cue >= 0 && !bareNoun(a, assigned[i]!.mention) && !body)) continue;
    const own = words(q);
    const short = own.split(' ').length < ECHO_WORDS;
    // (a word or two in marks with no one before them is a headline's scare quote, repeated as such)
    if (short && cue < 0) continue;
    for (let j = i + 1; j < quotes.length; j++) {
      const at = attributions[j];
      if (quotes[j]!.start < title.end || !at || at.speakerKey === null) continue;
      const other = words(quotes[j]!);
      // (a word or two only when the article quotes just those words: 'Minister speaks of «irresponsibility»')
      if (short ? other !== own : !other.includes(own) && !own.includes(other) && !shortened(own, other)) continue;
      if (body && !(assigned[j] && personSpeaks(a, assigned[j]!.mention))) break;
      attributions[i] = { ...at, evidence: `the headline repeats a quotation of the article: ${at.evidence}` };
      break;
    }
  }
}


/** Share of a headline quotation's words its article's quotation must hold for the headline to have shortened it. */
const SHORTENED_SHARE = 0.8;

/**
 * 'Water Resources Agency: 「reservoir storage lowest in 20 years」' … 「reservoir storage is the lowest in 20 years for
 * the same period」: a headline shortens the quotation it takes from the article, dropping or changing a word or two;
 * nearly every word of three letters or more it keeps (at least ECHO_WORDS of them) is in the article's quotation.
 */
function shortened(own: string, other: string): boolean {
  const mine = own.split(' ').filter((w) => w.length >= 3);
  if (mine.length < ECHO_WORDS) return false;
  const theirs = new Set(other.split(' '));
  let kept = 0;
  for (const w of mine) if (theirs.has(w)) kept++;
  return kept >= SHORTENED_SHARE * mine.length;
}

/**
 * Whether mention `mi` is one capitalised common noun and nothing more, as a headline names a body or an office
 * ("Association speaks of «…»", "Minister warns"): the article's quotation of the same words names who it is.
 */
function bareNoun(a: Analysis, mi: number): boolean {
  const m = mi >= 0 ? a.ix.mentions[mi]! : null;
  if (m === null || m.vj - m.vi > HEADLINE_OFFICE_WORDS) return false;
  // why: "Preah Sihanouk Governor: «…»", "Kherson Police: «…»": a headline's office or body after the place it serves
  // ends on the role noun, and names no one either
  const t = a.view.toks[m.vj - 1]!;
  return (m.vj - m.vi === 1 || m.type === 'name') && inLex(t, LEX.orgNoun | LEX.title | LEX.personNoun);
}

/** Whether mention `mi` is a body's name ("BPBD", "Ministry of Health"). */
function bodyName(a: Analysis, mi: number): boolean {
  const m = mi >= 0 ? a.ix.mentions[mi]! : null;
  if (m === null || m.type !== 'name') return false;
  const e = m.entity >= 0 ? a.entities[m.entity] : undefined;
  return (e?.kind ?? m.kind) === 'organization';
}

/** Whether a headline's cue names no one: a pronoun, or a label before a colon that is one word the article never
 * makes a person ("Kayanza: …", the province). */
function namesNoOne(a: Analysis, x: Assignment): boolean {
  const m = a.ix.mentions[x.mention]!;
  if (m.type === 'pronoun') return true;
  if (x.how !== 'colon' || m.type !== 'name') return false;
  const e = m.entity >= 0 ? a.entities[m.entity]! : null;
  // ('Ighil Ameqran: «…»' over "the village Ighil Ameqran": a label the article writes after a settlement's noun is a place)
  if (m.words.length !== 1) return e !== null && !e.titled && e.roles.size === 0 && m.words.length <= HEADLINE_PLACE_WORDS && settledIn(a, e.id);
  return (e?.kind ?? m.kind) === 'place' || (e !== null && e.kind === 'unknown' && e.nameWords === 1 && !e.titled && e.roles.size === 0);
}

/** Most words of a place's name a headline opens on before its colon. */
const HEADLINE_PLACE_WORDS = 3;

/** Whether the article names entity `e` right after a settlement's noun in lower case ("the village Ighil Ameqran"). */
function settledIn(a: Analysis, e: number): boolean {
  for (const m of a.ix.mentions) if (m.entity === e && m.type === 'name' && isSettlementNoun(a.view.toks[m.vi - 1])) return true;
  return false;
}

/** Whether mention `mi` stands for a person the article names. */
function personSpeaks(a: Analysis, mi: number): boolean {
  const e = mi >= 0 ? entityOf(a, mi) : -1;
  return e >= 0 && a.entities[e]!.kind === 'person' && a.entities[e]!.nameWords > 0;
}

/** Most words of a headline's office after its place ("Preah Sihanouk Provincial Governor"). */
const HEADLINE_OFFICE_WORDS = 4;

/** How many claims back a source is carried over from (see `carrySources`). */
const CARRY_CLAIMS = 4;

/**
 * "X told Ukrinform: «…». …, the deputy minister assured in the same interview"; "X told the Middle East News Agency:
 * «…». …, she specified to the agency": a claim set in "the same interview", or given to a press noun alone, was reported
 * where the same speaker's claim before it was, when that one names its source ("told a local newspaper" is a new one).
 */
function carrySources(a: Analysis, quotes: QuoteCandidate[], assigned: (Assignment | null)[], attributions: (Attribution | null)[],
  indirect: { start: number; local: Local }[], reported: IndirectClaim[]): void {
  const text = a.view.text;
  // (read only in an article that writes "same" at all: most never do)
  const sameKey = keyIdOf('same');
  const same = sameKey >= 0 && a.view.keyUse[sameKey] !== 0;
  const carries = (cue: number, at: Attribution | null): boolean =>
    at !== null && cue >= 0 && (anaphoric(text, at) || (same && at.source === null && sameSetting(a, cue)));
  // why: most articles have no claim that carries a source; they pay neither the list nor its sort (a wall of short
  // quotations would allocate an entry for each)
  let any = false;
  for (let i = 0; i < quotes.length && !any; i++) any = carries(anchorOf(a, assigned[i] ?? null, i), attributions[i] ?? null);
  for (let i = 0; i < indirect.length && !any; i++) any = carries(indirect[i]!.local.cue, reported[i]!.attribution);
  if (!any) return;
  const claims: { start: number; cue: number; at: Attribution | null }[] = [];
  for (let i = 0; i < quotes.length; i++) claims.push({ start: quotes[i]!.start, cue: anchorOf(a, assigned[i] ?? null, i), at: attributions[i] ?? null });
  for (let i = 0; i < indirect.length; i++) claims.push({ start: indirect[i]!.start, cue: indirect[i]!.local.cue, at: reported[i]!.attribution });
  claims.sort((p, q) => p.start - q.start);
  for (let i = 0; i < claims.length; i++) {
    const { at } = claims[i]!;
    if (at === null || at.speakerKey === null) continue;
    if (!carries(claims[i]!.cue, claims[i]!.at)) continue;
    for (let j = i - 1; j >= 0 && j >= i - CARRY_CLAIMS; j--) {
      const before = claims[j]!.at;
      if (before === null || before.speakerKey !== at.speakerKey) continue;
      // why: "X, talking to Geo News, rejected …. According to him, …. In the same conversation X termed …": a claim of
      // the speaker's between that names no source of its own leaves the setting where it was
      if (before.source === null) continue;
      if (before.source !== before.source.toLowerCase()) {
        at.source = before.source;
        at.sourceSpan = before.sourceSpan;
      }
      break;
    }
  }
}

/** The view token a quotation's setting is read around: its cue, or the quotation itself when no cue attributes it
 * ("In the same conversation X termed the sit-in “a show”"); -1 when it has no speaker. */
function anchorOf(a: Analysis, x: Assignment | null, qi: number): number {
  if (x === null) return -1;
  return x.cue >= 0 ? x.cue : a.view.quoteAt[qi]!;
}

/** Most characters between a claim that went out on a platform and a quotation that goes on with the same post. */
const POST_GAP = 300;

/**
 * why: "Ruiz on her page in Facebook wrote that … ¶ “…”", "The club wrote on Telegram that … «…», – is written in the
 * post": a quotation with no cue of its own after that claim (none, or one that came before it), right after its
 * speaker's reported claim that names the platform it was written on, goes on with the same post, and went out there
 * too. Only the first quotation after the claim, with nothing claimed between.
 * why: "Ruiz in the programme «Noon» of Radio Vale assessed that … ¶ «…» – said the deputy mayor", "explained in
 * interview with Canal Sur that …, «…»": a quotation whose own cue names no venue, right after its speaker's claim
 * reported from a station, a programme or an agency, goes on with the same interview, as translations set the
 * interview up in the reported sentence and give its words after
 */
function carryVenue(a: Analysis, quotes: QuoteCandidate[], assigned: (Assignment | null)[], attributions: (Attribution | null)[],
  reported: IndirectClaim[]): void {
  let i = 0;
  for (let r = 0; r < reported.length; r++) {
    const post = reported[r]!;
    const at = post.attribution;
    // (most reported claims name no source: one test each)
    if (at === null || at.source === null || at.speakerKey === null) continue;
    const platform = PLATFORMS.has(at.source.toLowerCase());
    // (a body's own claims "according to" it name no venue its next words went out on)
    if (!platform && at.cue === 'according to') continue;
    // (claims and quotations both run in the text's order: the search goes on from where the last one stopped)
    while (i < quotes.length && quotes[i]!.start < post.end) i++;
    if (i >= quotes.length || quotes[i]!.start - post.end > POST_GAP) continue;
    const next = reported[r + 1];
    if (next !== undefined && next.start < quotes[i]!.start) continue;
    const own = attributions[i];
    const cue = assigned[i]?.cue ?? -1;
    if (own === null || own === undefined || own.speakerKey !== at.speakerKey || own.source !== null) continue;
    if (platform && cue >= 0 && a.view.toks[cue]!.s >= post.start) continue;
    own.source = at.source;
    own.sourceSpan = at.sourceSpan;
  }
}

/** Most characters between two quotations of a run (marks, spaces and a line's break). */
const RUN_GAP = 8;

/**
 * why: "In declarations to Radio Sol, Vidal was harder: «…» ¶ «…»": a quotation with no cue of its own that follows
 * its speaker's quotation with nothing between but marks and spaces goes on with the same words, and went out where
 * they did. Only a named source (not "the agency"), carried in the text's order so a run of three keeps it.
 */
/**
 * why: 'The maire, quoted by the Agence Bénin Presse (ABP), recognised that the commune has "delays of payment" with the
 * SBEE': a phrase in marks inside a reported claim is part of what that claim's speaker said; when no cue of its own
 * attributed it, it takes the claim's attribution (speaker, cue and source), not the paragraph's subject or another
 * sentence's venue. Quotations and claims are both in text order, read side by side once.
 */
function partialsOfReported(quotes: QuoteCandidate[], assigned: (Assignment | null)[], attributions: (Attribution | null)[], reported: IndirectClaim[]): void {
  let r = 0;
  for (let i = 0; i < quotes.length && r < reported.length; i++) {
    const q = quotes[i]!;
    while (r < reported.length && reported[r]!.end < q.end) r++;
    const claim = reported[r];
    if (claim === undefined || q.kind !== 'partial' || claim.start > q.start || claim.attribution.cue === null) continue;
    const x = assigned[i];
    if (x && x.cue >= 0) continue;
    attributions[i] = { ...claim.attribution };
  }
}

function carryRun(text: string, quotes: QuoteCandidate[], assigned: (Assignment | null)[], attributions: (Attribution | null)[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const own = attributions[i];
    const before = attributions[i - 1];
    if (!own || !before || own.source !== null || own.speakerKey === null || before.speakerKey !== own.speakerKey) continue;
    if (before.source === null || before.source === before.source.toLowerCase() || (assigned[i]?.cue ?? -1) >= 0) continue;
    const from = quotes[i - 1]!.end;
    const to = quotes[i]!.start;
    if (to < from || to - from > RUN_GAP || RUN_WORD.test(text.slice(from, to))) continue;
    own.source = before.source;
    own.sourceSpan = before.sourceSpan;
  }
}
const RUN_WORD = /[\p{L}\p{N}]/u;

/** A source that is a definite press noun alone ("the agency", "the news agency"): one named before, not a new one
 * ("a local newspaper"). */
const anaphoric = (text: string, at: Attribution): boolean =>
  at.source !== null && at.sourceSpan !== null && at.source === at.source.toLowerCase() && /^the\s/i.test(text.slice(at.sourceSpan.start, at.sourceSpan.end));

/** Words after "same" that say a claim comes from the setting of the one before ("in the same interview"). */
const SETTINGS = new Set(['interview', 'conversation', 'statement', 'broadcast', 'programme', 'program', 'press', 'briefing',
  // why: "wrote on his Facebook page … In the same post, he warned": a post is a setting as an interview is, and the
  // platform the speaker's claim before it went out on is where it was published
  'post', 'message', 'video', 'tweet']);

/** Whether the sentence holding view token `cue` says "the same interview" (or conversation, briefing …). */
function sameSetting(a: Analysis, cue: number): boolean {
  const { toks, sent, sentStart } = a.view;
  const s = sent[cue]!;
  for (let k = sentStart[s]!; k < toks.length && sent[k] === s; k++) {
    if (toks[k]!.key === 'same' && SETTINGS.has(toks[k + 1]?.key ?? '')) return true;
  }
  return false;
}

function toAttribution(a: Analysis, x: Assignment, keyOf: Map<number, string>, quoteAt = -1): Attribution {
  const m = a.ix.mentions[x.mention]!;
  const cueTok = x.cue >= 0 ? a.view.toks[x.cue]! : null;
  const doubts = { namedAfter: namedAfter(a, x.mention), namesakes: otherNamesakes(a, x.mention) };
  // why: what is reported "according to" a source was reported by that source; and when the sentence names both
  // who spoke and the source ("…," Ruiz said, according to a recording), the words stay the speaker's and the
  // source is where they were reported
  // ("She added that these, according to her, will help": a pronoun after "according to" is the speaker again, no source)
  const via = x.how !== 'according-to' && x.cue >= 0 ? accordingToIn(a.ix, x.cue) : -1;
  // ("…, according to Amayas Tighilt, member of the committee, who spoke in an interview with BRTV:": nor the speaker)
  const through = via >= 0 && (a.ix.mentions[via]!.type === 'pronoun' || (m.entity >= 0 && a.ix.mentions[via]!.entity === m.entity)) ? -1 : via;
  // (a person is who the words are from, never the agency or venue they were reported through: "according to the
  // health minister, Ana Ruiz," leaves the source to the article's outlet)
  const source = withAcronym(a.view.text, x.how === 'according-to' ? (m.entity >= 0 && a.entities[m.entity]!.kind !== 'person' ? { name: a.entities[m.entity]!.name, span: { start: m.s, end: m.e } } : null)
    : through >= 0 && through !== x.mention ? reportedThrough(a, through)
    // why: "'…,' Patel said. ¶ In a live on Facebook, Patel the offer "a joke" called": a quotation whose cue stands in
    // another sentence went out on the platform its own sentence names, before anything near that cue
    : x.cue >= 0 ? (quoteAt >= 0 && a.view.sent[quoteAt] !== a.view.sent[x.cue] ? platformOfQuote(a, quoteAt) : null) ?? sourceNear(a, x.cue, m.entity) ?? seenBy(a, x.mention)
    // (a quotation no cue attributes: only a platform its own sentence names, or a venue set up before its speaker)
    : platformOfQuote(a, quoteAt) ?? venueOfIntro(a, x.mention, quoteAt) ?? onAirAfterQuote(a, quoteAt) ?? postedBy(a, x.mention) ?? talkedTo(a, x.mention));
  return {
    speakerKey: m.entity >= 0 ? (keyOf.get(m.entity) ?? null) : null,
    mention: { start: m.s, end: m.e },
    cue: cueTok ? (cueTok.key === 'according' ? 'according to' : a.view.text.slice(cueTok.s, cueTok.e)) : null,
    cueSpan: cueTok ? { start: cueTok.s, end: cueTok.e } : null,
    source: source?.name ?? null,
    sourceSpan: source?.span ?? null,
    // why: a description resolved to the next name written after it is a guess, whatever its cue; and so is a name
    // word alone that people named before it share, resolved to the one named last
    confidence: doubts.namedAfter ? Math.min(x.confidence, AHEAD_CONFIDENCE)
      : doubts.namesakes.length > 0 ? Math.min(x.confidence, NAMESAKE_CONFIDENCE) : x.confidence,
    evidence: describe(a, x, doubts),
  };
}

/** The most a claim is trusted whose speaker is a description resolved to a name written only after it. */
const AHEAD_CONFIDENCE = 0.6;
/** The most a claim is trusted whose speaker is a name word alone that people named before it share (see otherNamesakes). */
const NAMESAKE_CONFIDENCE = 0.7;

/** The source named by mention `mi` after "according to": its entity's name, or the description as written. */
function reportedThrough(a: Analysis, mi: number): { name: string; span: { start: number; end: number } } {
  const r = a.ix.mentions[mi]!;
  // why: "…," she said, according to the newspaper El Watan: the name right after a press noun is the source's own
  const next = a.ix.mentions[mi + 1];
  if (r.type === 'desc' && next !== undefined && next.vi === r.vj && next.type === 'name' && next.entity >= 0 && SOURCE_NOUNS.has(r.words.at(-1) ?? '')) {
    return { name: a.entities[next.entity]!.name, span: { start: r.s, end: next.e } };
  }
  const name = r.entity >= 0 && r.type === 'name' ? a.entities[r.entity]!.name : r.surface.replace(/^(the|a|an)\s+/i, '');
  return { name, span: { start: r.s, end: r.e } };
}

/** Longest quotation read for the names it holds: a pronoun's speaker is decided near the cue, not pages away. */
const NAMES_IN_QUOTE_MAX = 2000;

/**
 * Whether quotation `q` names entity `e` as a person, by its last name after a title or a given name ("Secretary
 * Ruiz", "Ana Ruiz") or standing alone before a sign ("Ruiz."): a name before another word modifies it
 * ("Ruiz supporters", "the Ruiz Foundation") and says nothing of who is talking. Read once, in lower case.
 */
function namedIn(text: string, q: QuoteCandidate): (e: Entity) => boolean {
  const end = Math.min(q.end, q.start + NAMES_IN_QUOTE_MAX);
  let lower: string | null = null;
  return (e) => {
    lower ??= text.slice(q.start, end).toLowerCase();
    const w = e.last;
    if (w.length < 3) return false;
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const s = q.start + at;
      const t = s + w.length;
      if (isLetterCode(lower.charCodeAt(at - 1)) || isLetterCode(lower.charCodeAt(at + w.length))) continue;
      if (capitalisedWordBefore(text, s, q.start) || !wordAfter(text, t, end)) return true;
    }
    return false;
  };
}

/** A lower-case letter or digit of the Latin scripts; an apostrophe or a quote mark is none ("Ruiz’s" ends the name). */
const isLetterCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Whether a capitalised word ends right before offset `s` (one space between), not before `floor`. */
function capitalisedWordBefore(text: string, s: number, floor: number): boolean {
  let k = s - 1;
  if (k < floor || text[k] !== ' ') return false;
  k--;
  if (k >= floor && text[k] === '.') k--;
  while (k >= floor && isLetterCode(text.charCodeAt(k) | 32)) k--;
  const first = text.charCodeAt(k + 1);
  return k + 1 < s - 1 && first >= 65 && first <= 90 && text.slice(k + 1, s - 1) !== 'The';
}

/** Whether a word follows offset `t` after one space ("Ruiz supporters"), before `end`. */
function wordAfter(text: string, t: number, end: number): boolean {
  return t + 1 < end && text[t] === ' ' && isLetterCode(text.charCodeAt(t + 1) | 32);
}

/** How many paragraphs of quotations alone a credit after the last of them reaches back over. */
const CREDITED_RUN_PARAGRAPHS = 4;
/** Most tokens (marks) before a quotation that opens its paragraph. */
const RUN_OPENING_TOKENS = 4;

/**
 * The credit after the last of a run of paragraphs that hold a quotation each and nothing else, opened by the
 * quotation `order[n]`, when that is in a paragraph of its own too: '«Who will pay the school fees?» ¶ «I have the
 * boat, I have the debt.» ¶ «The Mea is my cousin …» ¶ So was saying Baraniko Tioti, 47 years, who …'. A block of
 * someone's words is credited where it ends; null when the run ends without a credit after its last quotation.
 */
function creditAfterRun(a: Analysis, order: Uint32Array | Int32Array | number[], n: number, out: (Assignment | null)[]): Assignment | null {
  const { toks, quoteAt } = a.view;
  // (no word and no other quotation among the tokens [from, to))
  const bare = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (toks[k]!.k === K.Word || toks[k]!.k === K.Quote) return false;
    return true;
  };
  const first = quoteAt[order[n]!]!;
  // (only marks may open its paragraph before it; read back a few tokens at most, as a paragraph may hold thousands)
  let lo = first;
  while (lo > 0 && toks[lo - 1]!.para === toks[first]!.para && first - lo < RUN_OPENING_TOKENS) lo--;
  if ((lo > 0 && toks[lo - 1]!.para === toks[first]!.para) || !bare(lo, first)) return null;
  for (let m = n + 1; m < order.length && m <= n + CREDITED_RUN_PARAGRAPHS; m++) {
    const from = quoteAt[order[m - 1]!]!;
    const to = quoteAt[order[m]!]!;
    // (the next quotation opens the next paragraph, with nothing but marks and breaks between the two)
    if (toks[to]!.para !== toks[from]!.para + 1 || !bare(from + 1, to)) return null;
    const x = out[order[m]!];
    if (x) return x.cue > to && (x.how === 'after' || x.how === 'after-inverted') && toks[x.cue]!.para === toks[to]!.para + 1 ? x : null;
  }
  return null;
}

/** Local cues first; then quotations without one borrow from their neighbours. */
function assign(a: Analysis, quotes: QuoteCandidate[]): (Assignment | null)[] {
  const { ix, view } = a;
  const order = view.quoteOrder;
  // why: made at its size, not pushed: an article of short quotations has hundreds of thousands
  const out = new Array<Assignment | null>(quotes.length).fill(null);
  /** Quotations put as questions to the cue's subject by someone unnamed ("Ruiz was asked, '…?'"): nobody's. */
  const unnamed = new Uint8Array(quotes.length);
  for (let n = 0; n < order.length; n++) {
    const qi = order[n]!;
    const l = transcriptLabel(a, quotes[qi]!, view.quoteAt[qi]!) ?? answerLabel(a, quotes[qi]!, view.quoteAt[qi]!) ??
      localCue(ix, view.quoteAt[qi]!, quotes[qi]!, a.view.text) ?? questionAnswer(a, quotes[qi]!);
    if (!l) continue;
    const asker = l.cue >= 0 ? passiveAsker(ix, l.cue) : null;
    if (asker === -1) unnamed[qi] = 1;
    else out[qi] = assignment(l, null, l.confidence);
    if (asker !== null && asker >= 0) out[qi]!.mention = asker;
  }
  let previous = -1;
  let previousPara = -1e9;
  for (let n = 0; n < order.length; n++) {
    const qi = order[n]!;
    const x = out[qi];
    const para = view.toks[view.quoteAt[qi]!]!.para;
    if (!x) continue;
    // why: "he said" after a run of someone's quotations is that someone, if nothing says otherwise
    // (a quotation seldom names its own speaker: only a pronoun that speaks weighs that, not "her campaign")
    const pronounSpeaks = ix.mentions[x.mention]!.type === 'pronoun' && ix.mentions[x.mention]!.subject;
    const e = entityOf(a, x.mention, para - previousPara <= 3 ? previous : -1, pronounSpeaks ? namedIn(view.text, quotes[qi]!) : undefined);
    // why: '“Is the pier safe?” the reporter asked. “It is,” she said': the one asked answers, so a question's
    // asker is not whom the next "he said" continues
    if (e >= 0 && !(x.cue >= 0 && asks(ix, x.cue))) {
      previous = e;
      previousPara = para;
    }
  }
  // why: the gaps between neighbours are filled in place, two per quotation: objects made for each would be most of
  // what a megabyte of short quotations allocates here
  const g = newGap();
  const prevGap = newGap();
  const nextGap = newGap();
  // why: a quotation run over several paragraphs (each opening on the same mark, none closed but the last) is
  // attributed where it ends ('…," Ruiz said in a statement'): every paragraph of the run before takes that cue, not
  // the narrative's subject before the run. Walked from the end, so the cue reaches back over the whole run. A
  // paragraph opening on another mark is a quotation of its own (a quoted report, then “…,” King said, inside it).
  // Kept apart from `out`, which the neighbours below read as it was before they borrow (few quotations run on).
  const runOn = new Map<number, Assignment>();
  const localOf = (qi: number): Assignment | null => out[qi] ?? runOn.get(qi) ?? null;
  for (let n = order.length - 2; n >= 0; n--) {
    const qi = order[n]!;
    const next = order[n + 1]!;
    if (localOf(qi) || unnamed[qi] || !localOf(next) || !continuedBy(a.view.text, quotes[qi]!, quotes[next]!)) continue;
    gap(a, view.quoteAt[qi]!, view.quoteAt[next]!, null, g);
    if (g.words === 0 && g.paras === 1) runOn.set(qi, carry(localOf(next)!, 'next', 0.75));
  }
  for (let n = 0; n < order.length; n++) {
    const qi = order[n]!;
    if (out[qi] || unnamed[qi]) continue;
    const qv = view.quoteAt[qi]!;
    const prev = n > 0 ? order[n - 1]! : -1;
    const next = n + 1 < order.length ? order[n + 1]! : -1;
    const prevA = prev >= 0 ? (out[prev] ?? null) : null;
    // (`out` of the next quotation is still its own cue's: it is filled after this one)
    const nextA = next >= 0 ? localOf(next) : null;
    // why: measured even when the neighbour has no speaker, since measuring resolves the pronouns in between, and
    // later readings depend on which were resolved first; read only where the neighbour has one
    if (prev >= 0) gap(a, view.quoteAt[prev]!, qv, prevA, prevGap);
    if (next >= 0) gap(a, qv, view.quoteAt[next]!, null, nextGap);
    // why: '"…" / This is what chief physician Line Bech Thomsen told DR News.': a sentence that points back at the
    // quotation names its speaker, whoever spoke before
    const pointed = whatCue(a, qv);
    if (pointed) out[qi] = assignment(pointed, null, pointed.confidence);
    // why: a quotation right after another one, with nothing but the first one's cue between, continues it
    else if (prevA && prevGap.words === 0 && prevGap.paras <= 2) out[qi] = carry(prevA, 'previous', 0.8);
    // why: a quotation cut off from the next one only by a paragraph break shares its cue ("…\n\nLike X," said Y),
    // unless it closes its own sentence after a paragraph that has someone tell something (see introducedBefore)
    else if (nextA && nextGap.words === 0 && nextGap.paras <= 1) {
      // (a paragraph left open, run on into the next, is one quotation with it: see runOn)
      const introduced = nextGap.paras === 1 && !runOn.has(qi) ? introducedBefore(ix, qv, quotes[qi]!, view.text) : null;
      out[qi] = introduced ? assignment(introduced, null, introduced.confidence) : carry(nextA, 'next', 0.75);
    }
    // why: '"…" but necessary "…," he said': a few words joining two quotations in one sentence
    else if (nextA && nextGap.words <= 3 && !nextGap.otherSpeaker && view.sent[qv] === view.sent[view.quoteAt[next]!]) out[qi] = carry(nextA, 'next', 0.7);
    // why: narrative between two quotations that names no other speaker keeps the first one talking, unless the
    // quotation's own sentence opens on someone else ('"…," Ruiz said. The board's memo sets out a "…" timetable')
    else if (prevA && !prevGap.otherSpeaker && prevGap.paras <= 1 && !ownOpener(a, qv, prevA.mention)) out[qi] = carry(prevA, 'previous', 0.6);
    else {
      // why: an article may open on a pull quote whose speaker the next sentence introduces, unless the sentence
      // before announced it ("X, a nurse, testifies.")
      const announced = cueEndingBefore(a.ix, qv);
      if (announced) {
        out[qi] = assignment(announced, null, announced.confidence);
        continue;
      }
      const ahead = prev < 0 ? cueAhead(a, qv) : null;
      if (ahead) {
        out[qi] = assignment(ahead, null, ahead.confidence);
        continue;
      }
      // why: with no cue at all, the passage's subject is the likeliest speaker, then the nearest quotation's
      const t = topic(a, qv);
      const credit = t < 0 ? creditAfterRun(a, order, n, out) : null;
      if (t >= 0) out[qi] = { mention: t, cue: -1, how: 'sentence-subject', confidence: 0.45, via: 'topic' };
      else if (credit) out[qi] = carry(credit, 'next', 0.5);
      else if (prevA && prevGap.paras <= 3) out[qi] = carry(prevA, 'previous', 0.4);
      else if (nextA && nextGap.paras <= 1) out[qi] = carry(nextA, 'next', 0.4);
    }
  }
  // why: a quotation carried over from elsewhere is evidenced best by its own sentence's subject when that is the same
  // speaker ("… he keeps talking about the '…'"): the reviewer sees who is speaking where the quotation is
  for (let n = 0; n < order.length; n++) {
    const qi = order[n]!;
    const x = out[qi];
    if (x && (x.via !== null || x.how === 'sentence-subject')) x.mention = sameSubjectInSentence(a, view.quoteAt[qi]!, x.mention);
  }
  // why: a quotation nested in another is reported by the same speaker
  for (let qi = 0; qi < quotes.length; qi++) {
    const c = view.container[qi]!;
    if (c >= 0 && out[c]) out[qi] = carry(out[c]!, 'container', out[c]!.confidence);
  }
  return out;
}

/** Whether quotation `q` is left open at its paragraph's end and `next` opens on the same mark: one quotation's paragraphs. */
function continuedBy(text: string, q: QuoteCandidate, next: QuoteCandidate): boolean {
  // (lines of dialogue each open on a dash and close on none: each is a turn of its own, "— And the school? asked a
  // resident" is not the mayor's line before it)
  return q.closeEnd < 0 && q.openAt >= 0 && next.openAt >= 0 && text[q.openAt] === text[next.openAt] && !DIALOGUE_DASH.test(text[q.openAt]!);
}
const DIALOGUE_DASH = /[—–-]/;

/** Whether the sentence of view token `qv` opens, before it, on a mention of someone other than `mention`'s entity
 * ("The board's memo sets out a '…' timetable"). */
function ownOpener(a: Analysis, qv: number, mention: number): boolean {
  const { ix, view } = a;
  const start = view.sentStart[view.sent[qv]!]!;
  if (start >= qv) return false;
  const mi = ix.startAt[start]!;
  if (mi < 0) return false;
  const m = ix.mentions[mi]!;
  if (m.type === 'pronoun' || m.kind === 'place' || m.entity < 0 || a.entities[m.entity]!.kind === 'place') return false;
  return m.entity !== entityOf(a, mention);
}

/** The subject mention nearest before view token `qv` in its sentence that stands for the same entity as `mention`;
 * an earlier one that opens a reporting clause outranks it ("He says he respects her and calls her '…'"). */
function sameSubjectInSentence(a: Analysis, qv: number, mention: number): number {
  const { ix, view } = a;
  const s = view.sent[qv];
  const entity = entityOf(a, mention);
  if (entity < 0) return mention;
  let found = -1;
  for (let k = qv - 1; k >= 0 && k >= qv - 80 && view.sent[k] === s; k--) {
    const mi = ix.startAt[k]!;
    if (mi < 0 || !ix.mentions[mi]!.subject || ix.mentions[mi]!.type === 'desc' || !speakerMention(ix, mi) || entityOf(a, mi, entity) !== entity) continue;
    if (found < 0 || reports(a, mi)) found = mi;
  }
  return found >= 0 ? found : mention;
}

/** Whether a speech verb follows mention `mi` ("Ruiz (also) said"). */
function reports(a: Analysis, mi: number): boolean {
  const { toks } = a.view;
  let k = a.ix.mentions[mi]!.vj;
  for (let n = 0; n < 4 && toks[k]?.filler; n++) k++;
  return isSpeech(toks[k]);
}

// why: built field by field rather than spread, so every assignment has one shape and costs no property copy loop
const assignment = (x: Local, via: Assignment['via'], confidence: number): Assignment => ({ mention: x.mention, cue: x.cue, how: x.how, confidence, via });
const carry = (x: Assignment, via: Assignment['via'], confidence: number): Assignment => assignment(x, via, Math.min(confidence, x.confidence));
