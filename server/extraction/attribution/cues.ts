/** Finds, for one quotation, the speech cue and the mention it attributes the quotation to. */
import { isQuoteAt } from '../quotes/chars';
import * as lexiconModule from './lexicon';
import * as mentionsModule from './mentions';
import type { Mention } from './mentions';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import type { View } from './view';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { ANSWER_NOUNS, FEMALE_NAMES, MALE_NAMES, mastheadWord, NAMED_BODY_NOUNS, NOT_NAME, ON_AIR, PHRASAL, PLATFORMS, REPORTED_BY, SOURCE_NOUNS, SPEECH_VERBS, TO_KNOW, TRAILING_HONORIFICS, VERB_FILLERS } = lexiconModule;
const { isPunct, isWord, sentenceStart } = mentionsModule;
const { inLex, K, keyWritten, LEX } = tokensModule;

/** Languages whose articles, read in their own words, drop a sentence's subject pronoun. */
const DROPS_SUBJECT: ReadonlySet<string> = new Set(['es', 'it', 'pt']);

export type How = 'after' | 'after-inverted' | 'before' | 'before-inverted' | 'according-to' | 'colon' | 'sentence-subject' | 'lead';

export interface Local {
  mention: number;
  /** View index of the cue word ("said", "according"), or -1. */
  cue: number;
  how: How;
  confidence: number;
}

export interface Index {
  v: View;
  mentions: Mention[];
  /** Mention starting / ending at each view token, else -1. */
  startAt: Int32Array;
  endAt: Int32Array;
  /** The view token, at or after each one, where the next mention that may speak as a subject starts (else the end). */
  nextSubject: Int32Array;
  /** `verbSpeaker` answers by view token, kept: a passage's verbs are asked about again for each quotation near them. */
  verbs: (Local | null | undefined)[];
  /** The vocabulary id of "according" when the article writes it, else -1 (most never do). */
  according: number;
}

export function buildIndex(v: View, mentions: Mention[]): Index {
  const n = v.toks.length;
  const startAt = new Int32Array(n).fill(-1);
  const endAt = new Int32Array(n).fill(-1);
  mentions.forEach((m, i) => {
    startAt[m.vi] = i;
    endAt[m.vj - 1] = i;
  });
  // why: "according to" is looked for at every token around every cue; an article that never writes it (most, and
  // every wall of quotations) answers each look-up with one comparison of numbers
  const according = keyWritten(v.toks, 'according');
  const ix: Index = { v, mentions, startAt, endAt, nextSubject: new Int32Array(n + 1), verbs: new Array<Local | null | undefined>(n), according };
  // why: a sentence's first subject is asked for at many cues; read from this table, a sentence that never ends (a
  // megabyte with no full stop) costs a step per question instead of a walk over up to eighty tokens
  ix.nextSubject[n] = n;
  for (let j = n - 1; j >= 0; j--) {
    const mi = startAt[j]!;
    ix.nextSubject[j] = mi >= 0 && mentions[mi]!.subject && speakerMention(ix, mi) ? j : ix.nextSubject[j + 1]!;
  }
  return ix;
}

/** Whether mention `mi` is a person's name set off by commas after the name of a place or a body that ends the phrase
 * it restates ("the MEC of Education in KwaZulu-Natal, Mr Thulani Mkhize,"). */
function apposedPerson(ix: Index, mi: number): boolean {
  const m = ix.mentions[mi]!;
  // ("Kepala Desa Sumberejo, Sukirno, said": a single name, as Javanese names are, after an office of three words or more)
  const single = m.words.length === 1 && m.kind === 'unknown' && (ix.endAt[m.vi - 2] ?? -1) >= 0 && ix.mentions[ix.endAt[m.vi - 2]!]!.words.length >= 3;
  if (m.type !== 'name' || m.kind === 'place' || m.kind === 'organization' || (m.kind !== 'person' && m.words.length < 2 && !single)) return false;
  const { toks } = ix.v;
  if (!isPunct(toks[m.vi - 1], ',')) return false;
  // ("the director general of commerce (DGCC), Seydou Konaté, assured": a body's initials in brackets close the phrase)
  const close = isPunct(toks[m.vi - 2], ')') && isPunct(toks[m.vi - 4], '(') ? m.vi - 3 : m.vi - 2;
  const before = ix.endAt[close] ?? -1;
  if (before < 0) return m.words.length >= 2 && lowerDescription(toks, close);
  const b = ix.mentions[before]!;
  // (not after another person's name: "Ana Ruiz, Tomas Berg, …" is a list; a description before it speaks already,
  // with the name as its restatement: "the harbour chief, Ana Ruiz, said")
  if (b.type !== 'name') return false;
  if (b.kind !== 'person') return true;
  // why: "Bupati Tanah Datar, Irwan Pribadi, said": translations keep an office and its place as written ("Bupati",
  // "Kepala Desa"), which reads as a name; two names of people set off side by side before a verb are no list (a list
  // joins its last with "and"), so the first that opens its clause and shares no word with the full name after it is
  // the office, and the name restating it speaks
  // ("Senator Charles E. Grassley, Republican of Iowa, said": a name with a word in lower case is a party and a place)
  for (let k = m.vi; k < m.vj; k++) if (isWord(toks[k]) && !toks[k]!.cap) return false;
  return (m.words.length >= 2 || single) && b.words.length >= 2 && !b.possessive && !b.words.some((w) => m.words.includes(w)) &&
    (sentenceStart(ix.v, b.vi) || (isPunct(toks[b.vi - 1], ',') && (ix.endAt[b.vi - 2] ?? -1) < 0));
}

/** Most words of a description no list knows, set off by commas before a name. */
const LOWER_DESCRIPTION_WORDS = 8;

/**
 * why: "Interrogated by Radio Onde Furlane, the assessôr regional to the instruction, Rinaldo Tessitori, said": a
 * description in words no list knows (a title kept in the source language), opened by "the" after a comma and closed by
 * the comma before the name, is set off as the name's; whether view tokens up to `close` read so.
 */
function lowerDescription(toks: Tok[], close: number): boolean {
  let k = close;
  for (let n = 0; n < LOWER_DESCRIPTION_WORDS && isWord(toks[k]) && !toks[k]!.cap; n++, k--) {
    if (toks[k]!.key === 'the' && isPunct(toks[k - 1], ',')) return k < close;
  }
  return false;
}

/** Most tokens before ", and <setting> said" its subject is looked for in. */
const AND_SUBJECT_REACH = 40;

/** Most tokens of what a subject's name is explained by in brackets ("(Center of hydrometeorological service)"). */
const BRACKETED_TOKENS = 10;

/** Adverbs that may stand between a subject and the setting before its verb ("X also in a post on Y wrote"). */
const SETTING_ADVERBS = new Set(['also', 'then', 'later', 'again', 'too', 'meanwhile']);

/**
 * The subject before a setting that ends on a platform's name right before the verb ("X on its account of X wrote",
 * "Y on her page in Facebook wrote"): the mention the clause opens on, followed by "on", "in" or "via" (after an adverb
 * at most); -1 when mention `direct` is no platform or no such subject is found.
 */
function platformSubject(ix: Index, direct: number, k: number): number {
  const { toks } = ix.v;
  const dm = ix.mentions[direct]!;
  if (dm.type !== 'name' || dm.words.length !== 1 || !PLATFORMS.has(dm.words[0]!)) return -1;
  let floor = dm.vi - 10;
  for (let c = dm.vi - 1; c >= 0 && c >= floor && ix.v.sent[c] === ix.v.sent[k]; c--) {
    // why: "Mr. X, in a post of his on Facebook spoke of …": the comma that sets the setting off is no end of the clause
    if (isPunct(toks[c], ',') && SETTING_OPENERS.has(toks[c + 1]?.key ?? '')) continue;
    // why: "The Uzgidromet (Center of hydrometeorological service) in its statement on Telegram warned": what the
    // subject's name is explained by in brackets stands between it and the setting
    if (isPunct(toks[c], ')')) {
      let o = c - 1;
      while (o > c - BRACKETED_TOKENS && o > 0 && !isPunct(toks[o], '(') && !isPunct(toks[o], ')')) o--;
      if (!isPunct(toks[o], '(')) break;
      floor -= c - o + 1;
      c = o;
      continue;
    }
    if (!isWord(toks[c])) break;
    const mi = ix.endAt[c] ?? -1;
    if (mi < 0 || mi === direct || !speakerMention(ix, mi) || (ix.mentions[mi]!.type === 'pronoun' && POSSESSIVE_PRONOUNS.has(ix.mentions[mi]!.words[0]!))) continue;
    let past = ix.mentions[mi]!.vj;
    if (isPunct(toks[past], '(')) {
      let close = past + 1;
      while (close < past + BRACKETED_TOKENS && close < toks.length && !isPunct(toks[close], ')')) close++;
      if (isPunct(toks[close], ')')) past = close + 1;
    }
    if (isWord(toks[past]) && SETTING_ADVERBS.has(toks[past]!.key)) past++;
    if (isPunct(toks[past], ',')) past++;
    if ((SETTING_OPENERS.has(toks[past]?.key ?? '') || toks[past]?.key === 'via') && (opensClauseOf(ix, mi, k) || describedOpening(ix, mi, k))) return mi;
  }
  return -1;
}

/**
 * "The opposition MP X in a post on Facebook wrote": a name led by "The" and a word or two describing the person
 * (no mention of their own) opens the clause as well.
 */
function describedOpening(ix: Index, mi: number, k: number): boolean {
  const { toks, sent } = ix.v;
  const m = ix.mentions[mi]!;
  if (m.type !== 'name' || m.kind !== 'person') return false;
  let w = m.vi - 1;
  while (w >= m.vi - 2 && isWord(toks[w]) && !toks[w]!.cap && (ix.endAt[w] ?? -1) < 0 && !isSpeech(toks[w]) && sent[w] === sent[k]) w--;
  if (w === m.vi - 1 || !isWord(toks[w]) || toks[w]!.key !== 'the' || !toks[w]!.cap || sent[w] !== sent[k]) return false;
  const before = toks[w - 1];
  return !before || sent[w - 1] !== sent[k] || before.k === K.Break || before.k === K.Quote;
}

/** Pronouns that own a noun ("his page"), never a verb's subject. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

/** Prepositions that open a setting between a subject and its verb ("X in an interview with Y called"). */
const SETTING_OPENERS = new Set(['in', 'during', 'at', 'on', 'via', 'through']);

/** Verbs whose object follows them ("described the plan as", "called him"): the noun after them is never their
 * inverted subject, as it is in '"…," said Ruiz'. */
const TAKES_OBJECT = new Set(['describe', 'call', 'tell', 'urge', 'accuse', 'praise', 'blast', 'slam', 'criticize',
  'criticise', 'mock', 'inform', 'remind', 'reassure', 'chide', 'taunt', 'hail', 'refer', 'deny', 'tout', 'promise']);
const inverts = (t: Tok): boolean => !TAKES_OBJECT.has(SPEECH_VERBS.get(t.key) ?? t.key);

/** Verbs that say who spoke only right after a quotation, next to the speaker (see cueAfter); other uses read them as
 * nouns ("estimates", "notes", "reports") or as thinking, not speaking ("believes", "considers"). */
const QUOTE_ONLY_CUES = new Set(['estimates', 'estimated', 'notes', 'noted', 'comments', 'commented', 'reports', 'reported',
  'states', 'stated', 'claims', 'claimed', 'answers', 'answered', 'replies', 'replied', 'repeats', 'repeated', 'echoes',
  'echoed', 'maintains', 'maintained', 'counters', 'countered', 'believes', 'believed', 'considers', 'considered', 'judges',
  'judged', 'analyzes', 'analyzed', 'analyses', 'analysed', 'summarizes', 'summarized', 'summarises', 'summarised',
  'hammers', 'hammered', 'launches', 'launched', 'nuances', 'nuanced', 'tempers', 'tempered', 'advances', 'advanced',
  'points', 'pointed', 'recognizes', 'recognized', 'recognises', 'recognised', 'deems', 'deemed', 'specifies', 'justifies',
  'justified',
  // (the manner of speaking, as translations give it: "…,” laughed the 67-year-old entrepreneur)
  'laughs', 'laughed', 'smiles', 'smiled', 'sighs', 'sighed', 'rejoices', 'rejoiced', 'regrets', 'regretted', 'confides',
  'confided', 'worries', 'worried', 'marvels', 'marveled', 'marvelled', 'snorts', 'snorted',
  // (a statement "transmitted" or a position "sustained": how some languages say a statement was issued)
  'transmits', 'transmitted', 'sustains', 'sustained',
  // ("«…», — shared the pensioner X": how Russian and Ukrainian say words were shared with the reporter)
  'shares', 'shared',
  // ("« … », promises the minister Bérubé": a noun elsewhere, a verb right after the quotation)
  'promises',
  // ("«…», sentenced the minister": Spanish "sentenció", a verdict given in words)
  'sentenced',
  // ("'… how will the poor man eat?' she questioned": asked, right after a question; elsewhere one questions a
  // decision, or is questioned by the police)
  'questions', 'questioned',
  // ("«…», breathes the mayor", "«…», slips the minister", "«…», fulminates the deputy": French "souffle", "glisse",
  // "fulmine", and the hopes, fears and doubts a speaker voices, as translations give them)
  'breathes', 'breathed', 'slips', 'slipped', 'fulminates', 'fulminated', 'ironizes', 'ironized', 'ironises', 'ironised',
  'welcomes', 'welcomed', 'swears', 'swore', 'rebels', 'rebelled', 'qualifies', 'qualified', 'hopes', 'hoped', 'fears',
  'feared', 'doubts', 'doubted']);

/** Verbs before how the speaker felt, right after a quotation ("«…», is indignant the mayor"). */
const FELT_VERBS = new Set(['is', 'was', 'gets', 'got']);
/** How a speaker felt, after one of those verbs: reflexive verbs of French, Spanish and Italian ("s'indigne", "se
 * molesta", "si rallegra") that translations render as "is indignant", "gets annoyed". */
const FEELINGS = new Set(['indignant', 'annoyed', 'irritated', 'alarmed', 'delighted', 'surprised', 'astonished', 'amazed', 'worried',
  'outraged', 'pleased', 'moved', 'angry', 'furious', 'satisfied', 'happy', 'glad', 'sorry', 'adamant', 'categorical', 'optimistic',
  'pessimistic', 'confident', 'enthusiastic', 'impatient', 'upset', 'offended', 'relieved', 'excited', 'concerned', 'proud']);
/** Words that open where or when something was said ("… she analyses on the radio", "… he hammered in the evening"). */
const SETTING_WORDS = new Set(['in', 'on', 'at', 'during', 'before', 'after', 'to', 'from', 'yesterday', 'today', 'again', 'later']);
const quoteOnlyCue = (t: Tok | undefined): boolean => isWord(t) && !t.cap && QUOTE_ONLY_CUES.has(t.key);
/** Whether a person's name or description starts at view token `k` and its clause ends with it (a comma, a stop, the
 * sentence's end, a setting): nothing after it is the verb's object. */
function closesClauseAfter(ix: Index, k: number): boolean {
  const mi = ix.startAt[k] ?? -1;
  if (!speakerMention(ix, mi)) return false;
  const m = ix.mentions[mi]!;
  if (m.type === 'pronoun' || m.plural || m.possessive || m.kind === 'organization' || m.kind === 'place') return false;
  const after = ix.v.toks[m.vj];
  // ("… promised the Lord-Mayor at the end of the radio interview": or a setting follows it)
  return after === undefined || ix.v.sent[m.vj] !== ix.v.sent[k] || (after.k === K.Punct && (after.key === ',' || after.key === '.')) ||
    (after.k === K.Word && !after.cap && SETTING_WORDS.has(after.key) && after.key !== 'to');
}

/** Whether quotation token `q` ends on a comma, a question or an exclamation inside its marks ('…me,” laughed'). */
function closesOnComma(text: string, q: Tok): boolean {
  let i = q.e - 1;
  while (i > q.s && (isQuoteAt(text, i) || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i--;
  const c = text.charCodeAt(i);
  return c === 44 || c === 63 || c === 33;
}

/** Most mentions read after an inverted "told" for its speaker, the last before the sentence ends. */
const TOLD_MENTIONS = 4;
/** Those the words are told to, never the speaker after "told" ("told the correspondent"). */
const PRESS_RECIPIENTS = new Set(['correspondent', 'reporter', 'journalist', 'journalists', 'reporters', 'correspondents']);

/** The end of a clause: a full stop, a break, a comma or the end of the text. */
const endsClause = (t: Tok | undefined): boolean => t === undefined || t.k === K.Break || isPunct(t, '.,;!?');

/** Participles of an impersonal passive before where the words stand: "it is said in", "it is written in". */
const PASSIVE_SAYS = new Set(['said', 'written', 'stated']);
/** Words an impersonal reader is made of before "read" or "learn": "can we", "one can", "as we". */
const READERS = new Set(['can', 'could', 'may', 'we', 'one', 'as', 'you']);

/**
 * Where the document or body starts in '…, can we read in the statement' / 'we learn from the Kremlin' after a
 * quotation's comma at `j`; -1 when the words there are no such phrase.
 */
function readerPhrase(toks: Tok[], j: number): number {
  // ('«…», it says in the statement of the ministry', '…, it is written in the report': an impersonal "it" and where
  // the words stand, as German "heißt es in" and French "peut-on lire dans" are translated)
  // ("«…», — is said in the message of the ministry": Russian "говорится в", translated with no "it" at all)
  const bare = isWord(toks[j]) && !toks[j]!.cap && (toks[j]!.key === 'is' || toks[j]!.key === 'was' || toks[j]!.key === 'says');
  if (bare || (isWord(toks[j]) && toks[j]!.key === 'it' && !toks[j]!.cap)) {
    let v = bare ? j : j + 1;
    const passive = isWord(toks[v]) && (toks[v]!.key === 'is' || toks[v]!.key === 'was');
    if (passive) v++;
    // ("…, it said in a statement" is a body's "it", read as a pronoun elsewhere: only "it says" and the passive here)
    const said = isWord(toks[v]) && (passive ? PASSIVE_SAYS.has(toks[v]!.key) : toks[v]!.key === 'says');
    return said && isWord(toks[v + 1]) && toks[v + 1]!.key === 'in' ? v + 2 : -1;
  }
  let k = j;
  while (k < j + 3 && isWord(toks[k]) && READERS.has(toks[k]!.key)) k++;
  if (k === j || !isWord(toks[k]) || !isWord(toks[k + 1])) return -1;
  const verb = toks[k]!.key;
  const prep = toks[k + 1]!.key;
  const reads = (verb === 'read' || verb === 'reads') && (prep === 'in' || prep === 'on');
  const learns = (verb === 'learn' || verb === 'learned' || verb === 'learnt') && prep === 'from';
  return reads || learns ? k + 2 : -1;
}

/** A speech verb; capitalised too, as headlines write them ("Ana Ruiz Says"). */
export const isSpeech = (t: Tok | undefined): boolean => t !== undefined && t.speech;
const isFiller = (t: Tok | undefined): boolean => t !== undefined && t.filler;

const TURN_POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);
/** An age written as one word before a name ("67-year-old"). */
const AGE_WORD = /^\d{1,3}-year-old$/;
/** Most lower-case words of what an outlet owns between "with" and "of" ("with the radio programme of CBS"). */
const OWNED_PROGRAMME_WORDS = 4;
/** Nouns of words given to someone ("in an interview with X", "in a conversation with X", "in a phone call with X"). */
const INTERVIEW_NOUNS = new Set(['interview', 'interviews', 'conversation', 'talk', 'talks', 'chat', 'call', 'calls']);
/** Verbs that speak with a reflexive pronoun ("so expressed himself", "thus pronounced herself"). */
const REFLEXIVE_SPEECH = new Set(['expressed', 'pronounced', 'manifested']);

/**
 * Past "in turn", "in his turn", "for her part", "on its part" at view token `k` (translations set them between an
 * inverted verb and its speaker: "explained in turn the general manager of SEDAPAR, …"); else `k` itself.
 */
function pastTurn(toks: Tok[], k: number): number {
  // ("added, for her part, the mayor …": or set off by commas)
  const at = isPunct(toks[k], ',') ? k + 1 : k;
  const p = toks[at];
  if (at > k) {
    const manner = pastManner(toks, at);
    if (manner > at) return manner;
  }
  if (!isWord(p) || p.cap || (p.key !== 'in' && p.key !== 'for' && p.key !== 'on')) return k;
  const n = isWord(toks[at + 1]) && TURN_POSSESSIVES.has(toks[at + 1]!.key) ? at + 2 : at + 1;
  const noun = toks[n];
  if (!isWord(noun) || !((p.key === 'in' && noun.key === 'turn') || (p.key !== 'in' && n === at + 2 && noun.key === 'part'))) return k;
  if (at > k && !isPunct(toks[n + 1], ',')) return k;
  return isPunct(toks[n + 1], ',') ? n + 2 : n + 1;
}
const SOFT = ',—–-:;';

/** Most words of how the words were said, set off between an inverted verb and its speaker. */
const SET_OFF_MANNER_WORDS = 3;
/** Words that open such a phrase besides an adverb in -ly or a participle ("in tears", "with a smile"). */
const MANNER_OPENINGS = new Set(['in', 'with', 'without']);

/**
 * why: "“We have lost everything,” says, in tears, Fatima Benali", "…, added, visibly moved, the mayor": French and
 * Spanish translations set how the words were said off by commas between the inverted verb and its speaker. Past that
 * phrase and its closing comma from view token `at` (the phrase's first word), else `at`.
 */
function pastManner(toks: Tok[], at: number): number {
  const first = toks[at];
  if (!isWord(first) || first.cap || !(MANNER_OPENINGS.has(first.key) || first.key.endsWith('ly') || first.key.endsWith('ing'))) return at;
  let j = at;
  while (j < at + SET_OFF_MANNER_WORDS && isWord(toks[j]) && !toks[j]!.cap && !isSpeech(toks[j])) j++;
  return j > at && isPunct(toks[j], ',') && isWord(toks[j + 1]) ? j + 1 : at;
}

/** Units of time that "later" may follow between an inverted verb and its speaker ("replied hours later the mayor"). */
const LATER_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'moments', 'minute', 'hour', 'day', 'week', 'month', 'moment']);
/** Words that count the units ("two hours later", "a few minutes later", "some days later"). */
const LATER_COUNTS = new Set(['a', 'few', 'some', 'several', 'two', 'three', 'four', 'five', 'many']);

/**
 * Past "hours later", "a few minutes later", "two days later" at view token `k`: Spanish and Portuguese translations
 * set the time of a reply between the inverted verb and its speaker ("replied hours later the mayor"); else `k`.
 */
function pastLater(toks: Tok[], k: number): number {
  let n = k;
  for (let c = 0; c < 2 && isWord(toks[n]) && !toks[n]!.cap && (LATER_COUNTS.has(toks[n]!.key) || /^\d{1,3}$/.test(toks[n]!.key)); c++) n++;
  if (!isWord(toks[n]) || toks[n]!.cap || !LATER_UNITS.has(toks[n]!.key)) return k;
  return isWord(toks[n + 1]) && toks[n + 1]!.key === 'later' ? n + 2 : k;
}

/**
 * Past "this Monday", "on Friday", "last night", "yesterday" at view token `k`: Romance translations keep the day of
 * the words between the inverted verb and its speaker ("«…», summarized this Monday the spokeswoman …"); else `k`.
 */
function pastDay(toks: Tok[], k: number): number {
  let n = k;
  while (n < k + 2 && isWord(toks[n]) && !toks[n]!.cap && TIME_LEADS.has(toks[n]!.key)) n++;
  if (!isWord(toks[n]) || !TIME_WORDS.has(toks[n]!.key)) return k;
  // (with no lead word, only a day's name or "today"/"yesterday" stands alone, as before a verb)
  if (n === k && !/day$/.test(toks[n]!.key)) return k;
  n++;
  if (isWord(toks[n]) && !toks[n]!.cap && TIME_WORDS.has(toks[n]!.key)) n++;
  return n;
}

// why: the verb of a cue of several words is marked in the lexicon's bits (`LEX.phrasal`), so the walks that test
// every token around a quotation ask a number, not a map
const phrasal = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  if (t === undefined || (t.lex & LEX.phrasal) === 0) return false;
  const tail = PHRASAL.get(t.key)!;
  for (let n = 0; n < tail.length; n++) if (toks[k + 1 + n]?.key !== tail[n]) return false;
  return true;
};

/** A mention usable as a speaker: not a place, not an object pronoun, not the station words went out on. */
export function speakerMention(ix: Index, mi: number): boolean {
  const m = mi >= 0 ? ix.mentions[mi] : undefined;
  if (!m || m.kind === 'place') return false;
  if (m.type === 'pronoun' && ['him', 'them', 'its', 'their'].includes(m.words[0]!)) return false;
  return !onAirOf(ix, m.vi);
}

/**
 * why: "X è stato netto ai microfoni di Rai Radio1: «…»", "Ai microfoni della RSI ha poi aggiunto: «…»", "at the
 * microphone of France Inter": the name after the microphones, the antenna or the cameras "of" is the station the words
 * went out on, never who said them.
 */
function onAirOf(ix: Index, vi: number): boolean {
  const { toks } = ix.v;
  let k = vi - 1;
  if (isWord(toks[k]) && toks[k]!.key === 'the') k--;
  return isWord(toks[k]) && toks[k]!.key === 'of' && isWord(toks[k - 1]) && ON_AIR.has(toks[k - 1]!.key);
}

/** The subject of the speech verb at `k`: "Ruiz (also) said", "Lopez, the head of X, said". */
/** Most tokens of an aside between dashes before a verb (see subjectOf). */
const DASH_ASIDE_TOKENS = 30;

export function subjectOf(ix: Index, k: number): number {
  const { toks } = ix.v;
  let j = k - 1;
  for (let n = 0; n < 4 && j >= 0 && isFiller(toks[j]); n++) j--;
  // why: "Butt Sahib told that …", "Tiwari ji said": an honorific written after a name is the name's; the name speaks
  if (isWord(toks[j]) && TRAILING_HONORIFICS.has(toks[j]!.key) && (ix.endAt[j - 1] ?? -1) >= 0 && ix.mentions[ix.endAt[j - 1]!]!.type === 'name') j--;
  if (isPunct(toks[j], ')')) {
    // why: "Rep. Ana Ruiz (D-NM) said": a parenthesis between speaker and verb
    let o = j - 1;
    while (o > 0 && o > j - 8 && !isPunct(toks[o], '(')) o--;
    if (isPunct(toks[o], '(')) j = o - 1;
    for (let n = 0; n < 4 && j >= 0 && isFiller(toks[j]); n++) j--;
  }
  // why: "which Governor Lind on Monday declared", "Ruiz last week told": a time phrase between the speaker and the
  // verb is no part of either
  const time = timeBefore(toks, j);
  if (time < j && time >= 0 && speakerMention(ix, ix.endAt[time] ?? -1)) j = time;
  // why: "The 62-year-old Lin with choked voice said", "Ruiz with tears in her eyes told": how the words were said, in a
  // phrase after "with" of a few words in lower case, may stand between the speaker and the verb
  // ("rice farmer Chen sitting beside the dry channel told": and where the speaker was, in a phrase of a participle)
  const manner = mannerBefore(toks, j);
  // (a mention ending right before the verb must be the phrase's own, after its first word: "Ruiz's building manager
  // said" is the manager's)
  const inner = ix.endAt[j] ?? -1;
  // ("in front of the court building to the reporters said": a noun in "-ing" after a body's or a place's is no
  // participle of someone's; only someone, or "with", opens such a phrase)
  if (manner < j && manner >= 0 && (inner < 0 || ix.mentions[inner]!.vi > manner + 1) && speakerMention(ix, ix.endAt[manner] ?? -1) &&
    ix.mentions[ix.endAt[manner]!]!.type !== 'pronoun' && !ix.mentions[ix.endAt[manner]!]!.possessive &&
    (toks[manner + 1]!.key === 'with' || (ix.mentions[ix.endAt[manner]!]!.kind !== 'organization' && ix.mentions[ix.endAt[manner]!]!.kind !== 'place'))) j = manner;
  const direct = ix.endAt[j] ?? -1;
  // why: "The Khyber Pakhtunkhwa Police on its account of X wrote": a platform closing the setting before the verb is
  // where the words went out; the subject stands before the setting
  const onPlatform = direct >= 0 ? platformSubject(ix, direct, k) : -1;
  if (onPlatform >= 0) return onPlatform;
  if (speakerMention(ix, direct)) {
    // why: "Ana Ruiz of Porto said", "the wife of Tomas Berg said": the one before "of" is who speaks, unless the
    // name after it carries a title of its own ("Speaker of the House Rep. Ana Ruiz said")
    const dm = ix.mentions[direct]!;
    let o = dm.vi - 1;
    // why: "Tomas Berg of the Harbour Centre wrote": an organisation's name after "of the" is no speaker either
    // ("Line Bech Thomsen from Statens Serum Institut told": a body after "from" is where the person works, too)
    const body = dm.type === 'name' && dm.kind === 'organization';
    if (body && isWord(toks[o]) && toks[o]!.key === 'the' && isWord(toks[o - 1]) && (toks[o - 1]!.key === 'of' || toks[o - 1]!.key === 'from')) o--;
    // ("in a commentary for the portal Hetq called": past the press noun the paper's name follows)
    if (dm.type === 'name' && isWord(toks[o]) && !toks[o]!.cap && SOURCE_NOUNS.has(toks[o]!.key)) {
      o--;
      while (o > dm.vi - 5 && isWord(toks[o]) && !toks[o]!.cap && !OBJECT_PREPOSITIONS.has(toks[o]!.key)) o--;
    }
    const head = isWord(toks[o]) && (toks[o]!.key === 'of' || (body && toks[o]!.key === 'from')) && dm.roles.length === 0 ? (ix.endAt[o - 1] ?? -1) : -1;
    if (head >= 0 && speakerMention(ix, head) && ix.mentions[head]!.type !== 'pronoun') return head;
    // why: "Kim Seong-hoon, director of the bureau, in a telephone interview with Yonhap News Agency said": whom an
    // interview was given to is where the words went; the sentence's subject, however far back, gave them
    // ("in the interview with the radio programme of CBS said": past the programme the outlet owns)
    let w = o;
    if (body && isWord(toks[w]) && toks[w]!.key === 'of') {
      w--;
      for (let n = 0; n < OWNED_PROGRAMME_WORDS && isWord(toks[w]) && !toks[w]!.cap && toks[w]!.key !== 'with' && toks[w]!.key !== 'to'; n++) w--;
    }
    if (isWord(toks[w]) && (toks[w]!.key === 'with' || toks[w]!.key === 'to') && isWord(toks[w - 1]) && INTERVIEW_NOUNS.has(toks[w - 1]!.key)) {
      const subject = sentenceSubject(ix, k);
      if (subject >= 0 && subject !== direct && ix.mentions[subject]!.vj <= w && speakerMention(ix, subject)) return subject;
    }
    // why: "Nodar Abuladze in the air of TV Imedi said that …": the station on whose air the words went out (as
    // translations from Russian and Georgian write "on air") is where they went; the person before the setting spoke
    // ("Ms. Leena D’Souza, in the programme of Prudent Media said that …": or in its programme)
    if (isWord(toks[o]) && toks[o]!.key === 'of' && isWord(toks[o - 1]) && (ON_AIR.has(toks[o - 1]!.key) || PROGRAMME_NOUNS.has(toks[o - 1]!.key)) &&
      dm.kind !== 'person') {
      const person = personBeforeSetting(ix, o, k);
      if (person >= 0) return person;
    }
    // why: "The son of the trader, Bilal Afridi, to Khyber News told that …": translations from languages that put the
    // verb last (Urdu, Hindi, Gujarati, Japanese, Korean, Turkish) set whom the words were told to right before it; the
    // sentence's subject told them
    // ("X, in a press conference to the journalists told that": the people the words were told to, a plural
    // description, are the audience, never the one who told them; "Engineer X, to the APP news agency told that": nor
    // is a paper or an agency described by its press noun)
    if (isWord(toks[o]) && toks[o]!.key === 'to' && (dm.type === 'name' || (dm.type === 'desc' && dm.plural && dm.kind === 'person') ||
      (dm.type === 'desc' && SOURCE_NOUNS.has(dm.words[dm.words.length - 1] ?? '')))) {
      const subject = sentenceSubject(ix, k);
      if (subject >= 0 && subject !== direct && ix.mentions[subject]!.vj <= o && speakerMention(ix, subject)) return subject;
    }
    // why: "A copy of the memo seen by Reuters said …", "a letter obtained by The Times says …": the agent of a participle
    // right before the verb saw, got or made the document; the document, before the participle, is what speaks
    if (isWord(toks[o]) && toks[o]!.key === 'by' && isWord(toks[o - 1]) && AGENT_PARTICIPLES.has(toks[o - 1]!.key)) {
      const document = ix.endAt[o - 2] ?? -1;
      if (document >= 0 && ix.mentions[document]!.type !== 'pronoun' && speakerMention(ix, document)) return document;
      const subject = sentenceSubject(ix, k);
      return subject >= 0 && subject !== direct && ix.mentions[subject]!.vj < o && speakerMention(ix, subject) ? subject : -1;
    }
    // why: "the Teachers' Union (SADTU) in KwaZulu-Natal said": a name that is no person's, after "in" and right before
    // the verb, is where the body or person before it is; they speak
    if (isWord(toks[o]) && toks[o]!.key === 'in' && dm.type === 'name' && dm.kind !== 'person') {
      let b = o - 1;
      if (isPunct(toks[b], ')')) for (let p = b - 1; p > 0 && p > b - 6; p--) if (isPunct(toks[p], '(')) {
        b = p - 1;
        break;
      }
      const before = ix.endAt[b] ?? -1;
      if (before >= 0 && ix.mentions[before]!.type !== 'pronoun' && speakerMention(ix, before)) return before;
    }
    // why: "another source speaking to Radio Porto said": a mention after a preposition is the phrase's object; the
    // subject the clause opens on, a few words before with no comma between, is who speaks
    // why: "X, in a conversation with the news agency Khovar informed", "X in the comment to Ukrinform warned": a person
    // named right before a setting that ends on the outlet told the outlet; the outlet is where the words went
    const person = isWord(toks[o]) && OBJECT_PREPOSITIONS.has(toks[o]!.key) && dm.kind !== 'person' ? personBeforeSetting(ix, o, k) : -1;
    if (person >= 0) return person;
    if (isWord(toks[o]) && OBJECT_PREPOSITIONS.has(toks[o]!.key)) {
      for (let c = o - 1; c >= 0 && c >= o - 8 && isWord(toks[c]) && ix.v.sent[c] === ix.v.sent[k]; c--) {
        const mi = ix.endAt[c] ?? -1;
        // why: '"…?" a narrator in the Ruiz ad asks': the noun the phrase follows is the subject, flagged or not
        // ("The deputy Gent Bregu in an interview with News24 called …": a subject followed by a setting before its verb)
        // ("X on his page in Facebook wrote": the owner of the setting's noun is no subject)
        // ("The Ministry also in a post …": an adverb may come before the setting)
        // why: "A person who voted at the Norland school said to X that …": the place is the object of the relative
        // clause's verb; the one the clause describes, right before "who", is the subject
        if (mi >= 0 && ix.mentions[mi]!.type === 'pronoun' && ix.mentions[mi]!.words[0] === 'who' && ix.mentions[mi]!.subject) {
          const ante = ix.endAt[ix.mentions[mi]!.vi - 1] ?? -1;
          if (ante >= 0 && ix.mentions[ante]!.kind === 'person' && ix.mentions[ante]!.type !== 'pronoun' && speakerMention(ix, ante)) return ante;
          // (someone no word list makes a person: "A passer-by who voted at X said" names no one)
          if (ante < 0 && isWord(toks[ix.mentions[mi]!.vi - 1]) && !toks[ix.mentions[mi]!.vi - 1]!.cap) return -1;
        }
        let past = mi >= 0 ? ix.mentions[mi]!.vj : -1;
        if (past >= 0 && isWord(toks[past]) && SETTING_ADVERBS.has(toks[past]!.key)) past++;
        if (mi < 0 || !(ix.mentions[mi]!.subject || ix.mentions[mi]!.vj === o || SETTING_OPENERS.has(toks[past]?.key ?? '')) || !speakerMention(ix, mi) ||
          (ix.mentions[mi]!.type === 'pronoun' && POSSESSIVE_PRONOUNS.has(ix.mentions[mi]!.words[0]!))) continue;
        // why: only the subject the clause opens on ("stolen letters of party staff leaked by X": not the staff)
        // ("The deputy Gent Bregu in …": with the description the name restates)
        const before = mi > 0 ? ix.mentions[mi - 1]! : null;
        const described = before !== null && before.vj === ix.mentions[mi]!.vi &&
          ((before.entity === ix.mentions[mi]!.entity && before.entity >= 0) || (before.type === 'desc' && before.kind === 'person'));
        // ("The Ministry also in a post on X has written": a noun of the setting itself, "a post", opens no clause; the
        // subject is further back)
        if (opensClauseOf(ix, described ? mi - 1 : mi, k)) return mi;
        if (!(ix.mentions[mi]!.type === 'desc' && ix.mentions[mi]!.kind === 'organization' && isWord(toks[ix.mentions[mi]!.vi - 1]) && SETTING_OPENERS.has(toks[ix.mentions[mi]!.vi - 1]!.key))) return direct;
      }
      // why: "X blamed the referee, and in an interview with Rudaw said": a setting after "and" stands between the verb
      // and the "and" that joins it to the verb before, whose subject speaks; the venue does not
      for (let c = o - 1; c >= 0 && c >= o - 6 && isWord(toks[c]) && ix.v.sent[c] === ix.v.sent[k]; c--) {
        if (toks[c]!.key !== 'and' || !SETTING_OPENERS.has(toks[c + 1]?.key ?? '')) continue;
        const joined = coordinatedSubject(ix, c, k);
        if (joined >= 0) return joined;
        // (", and in an interview …": the person the sentence's clause opens on, before the verb the comma closes)
        for (let t = Math.max(ix.v.sentStart[ix.v.sent[k]!]!, c - AND_SUBJECT_REACH); isPunct(toks[c - 1], ',') && t < c; t++) {
          const mi = ix.startAt[t] ?? -1;
          if (mi < 0 || mi === direct) continue;
          const m = ix.mentions[mi]!;
          const person = m.kind === 'person' || (m.type === 'name' && m.kind === 'unknown' && m.words.length >= 2);
          if (person && speakerMention(ix, mi) && opensClauseOf(ix, mi, k)) return mi;
        }
        break;
      }
    }
    return direct;
  }
  // why: "Ms. Moreau smiled and said", "Ruiz turned to the crowd and added": a verb joined by "and" shares the
  // subject of the verb before it, which the clause opens on ("Lopez thanked Ruiz and said": Lopez, not Ruiz)
  if (isWord(toks[j]) && toks[j]!.key === 'and' && !toks[j]!.cap) {
    const joined = coordinatedSubject(ix, j, k);
    if (joined >= 0) return joined;
  }
  // why: "La portavoz socialista, Lucía Ferrer —sin parentesco con el concejal—, calificó …": an aside between dashes
  // right before the verb (and its comma) is about the mention before it, who speaks; a person the aside names does not
  const dashAt = isPunct(toks[j], ',') && isPunct(toks[j - 1], '—–') ? j - 1 : isPunct(toks[j], '—–') ? j : -1;
  if (dashAt > 0) {
    let o = dashAt - 1;
    while (o > 0 && o > dashAt - DASH_ASIDE_TOKENS && ix.v.sent[o] === ix.v.sent[k] && !isPunct(toks[o], '—–') && toks[o]!.k !== K.Quote) o--;
    const before = isPunct(toks[o], '—–') && o < dashAt - 1 ? (ix.endAt[o - 1] ?? -1) : -1;
    if (before >= 0 && ix.mentions[before]!.type !== 'pronoun' && speakerMention(ix, before)) return before;
  }
  // why: ", calling for …", ", saying …": a participle after a comma belongs to the sentence's subject
  if (isPunct(toks[j], ',') && !toks[k]!.key.endsWith('ing')) {
    // why: "The chairman of the pensioners' association Seniorforum, Birthe Lund, called": a name set off right before
    // the verb that restates the sentence's opening subject is that subject; the body closing the phrase is not
    // ("the rice trader, Slamet Hariyono (54), admitted": the age in brackets after the name is no part of the phrase)
    const restating = ix.endAt[pastAgeBack(toks, j - 1)] ?? -1;
    if (restating >= 0 && ix.mentions[restating]!.type === 'name' && ix.mentions[restating]!.subject && isPunct(toks[ix.mentions[restating]!.vi - 1], ',') &&
      speakerMention(ix, restating)) return restating;
    // why: "the MEC of Education in KwaZulu-Natal, Mr Thulani Mkhize, said": a person's name set off right before the verb,
    // after the phrase it restates (which ends on a place or a body), is who speaks, subject or not
    if (restating >= 0 && apposedPerson(ix, restating)) return restating;
    // why: an apposition or a relative clause sits between the speaker and the verb
    // why: "Ruiz, during a meeting in Lyon, France, said": the speaker is the clause's subject, not the
    // nearest name before a comma
    let nearest = -1;
    let participle = false;
    for (let c = j - 1; c >= 0 && c >= j - 25 && ix.v.sent[c] === ix.v.sent[k]; c--) {
      const t = toks[c]!;
      // why: a participle that opens the clause between commas ("Ruiz, noting the cost, said") is that clause's, not
      // another speaker's verb; past it, only a subject or a person speaks ("officials … in Ithaca, N.Y., speaking on
      // condition of anonymity, said": not N.Y.)
      // why: "The minister, who spoke after meeting Ana Ruiz, said": so is the verb of a relative clause
      // why: "The Ministry of Health, asked by PAP, answered": a passive participle set off by commas tells who put the
      // question; the subject before it answers
      // ("Kamla Devi, whose son is admitted since four days, told": a passive form in the clause between is nobody's
      // speech either)
      // ("Protopopov, asked about this, said": or about what, the question put to the subject)
      const askedBy = isSpeech(t) && !t.cap && (((toks[c + 1]?.key === 'by' || (t.key === 'asked' && toks[c + 1]?.key === 'about')) && isPunct(toks[c - 1], ',')) ||
        (isWord(toks[c - 1]) && PASSIVE_AUXILIARIES.has(toks[c - 1]!.key)));
      if (t.k === K.Quote || (isSpeech(t) && !askedBy && !(t.key.endsWith('ing') && isPunct(toks[c - 1], ',')) && !relativeVerb(toks, c))) break;
      if (isSpeech(t) && !askedBy) participle = true;
      // why: "John B. Doe Jr., the head of the agency, said": the name may end on an abbreviation's dot
      let end = isPunct(toks[c - 1], '.') ? c - 2 : c - 1;
      // why: "Sen. Ana Ruiz (D-NM), noting …, said": a parenthesis after the name
      if (isPunct(toks[end], ')')) for (let o = end - 1; o > 0 && o > end - 8; o--) if (isPunct(toks[o], '(')) {
        end = o - 1;
        break;
      }
      let mi = ix.endAt[end] ?? -1;
      if (!isPunct(t, ',') || !speakerMention(ix, mi)) continue;
      // why: "Bakhtiari on Wednesday in conversation with the reporter of IRNA, referring to …, stated": the object of a
      // preposition is who the words were said to or where, never who said them
      const lead = toks[ix.mentions[mi]!.vi - 1];
      if (isWord(lead) && !lead.cap && (lead.key === 'with' || lead.key === 'to')) continue;
      // ("Political analyst Dr. Meenakshi Tripathi of the Patna University, in conversation with X, said": the body after
      // "of" is where the person works; the person speaks)
      mi = personBeforeOf(ix, mi);
      // why: "Wakil Bupati Trenggalek, Rahmat Widagdo, who came on Jumat afternoon, announced": the name set off after an
      // office written as a name, the sentence's subject, restates it (see apposedPerson); the person speaks
      if (ix.mentions[mi]!.subject) return nearest >= 0 && (ix.endAt[ix.mentions[nearest]!.vi - 2] ?? -1) === mi && apposedPerson(ix, nearest) ? nearest : mi;
      if (nearest < 0 && (!participle || ix.mentions[mi]!.kind === 'person')) nearest = mi;
    }
    if (nearest >= 0) return nearest;
    // why: "the assailant, Tom Berg, told reporters": a name set off by commas right before the verb is the speaker
    // when what it is in apposition to is no mention ("the assailant" is no known role)
    const named = ix.endAt[j - 1] ?? -1;
    if (named >= 0 && ix.mentions[named]!.type === 'name' && isPunct(toks[ix.mentions[named]!.vi - 1], ',') && speakerMention(ix, named)) return named;
  }
  // why: "Mirbagheri in the end of his speech said": a setting of common nouns between the name that opens the clause and
  // its verb holds no mention of its own
  if (isWord(toks[j]) && !toks[j]!.cap) return nameBeforeSetting(ix, j, k);
  return -1;
}

/** The name opening its clause right before a setting that ends at `j`, before the verb at `k` ("Lund in the end of her
 * speech said"); -1 when none. */
function nameBeforeSetting(ix: Index, j: number, k: number): number {
  const { toks, sent } = ix.v;
  for (let c = j; c >= 0 && c > j - SETTING_WORDS_BEFORE - 2 && isWord(toks[c]) && !toks[c]!.cap && sent[c] === sent[k]; c--) {
    if (!SETTING_OPENERS.has(toks[c]!.key)) continue;
    const mi = ix.endAt[c - 1] ?? -1;
    const m = mi >= 0 ? ix.mentions[mi]! : null;
    return m !== null && m.type === 'name' && !m.possessive && speakerMention(ix, mi) && opensClauseOf(ix, mi, k) ? mi : -1;
  }
  return -1;
}

/** Most words of a setting between a person's name and the preposition of the outlet it ends on. */
const SETTING_WORDS_BEFORE = 6;

/**
 * The person's name right before the setting whose preposition is at `o` ("X in the comment to", "X, in a conversation
 * with"), the setting opened by "in", "during", "at" or "on" and holding words only; -1 when there is none.
 */
function personBeforeSetting(ix: Index, o: number, k: number): number {
  const { toks, sent } = ix.v;
  for (let c = o - 1; c >= 0 && c >= o - SETTING_WORDS_BEFORE && isWord(toks[c]) && sent[c] === sent[k]; c--) {
    if (toks[c]!.cap || !SETTING_OPENERS.has(toks[c]!.key)) continue;
    const end = isPunct(toks[c - 1], ',') ? c - 2 : c - 1;
    const mi = ix.endAt[end] ?? -1;
    const m = mi >= 0 ? ix.mentions[mi]! : null;
    return m !== null && m.type === 'name' && !m.possessive && (m.kind === 'person' || (m.kind === 'unknown' && m.words.length >= 2)) ? mi : -1;
  }
  return -1;
}

/** The token before an age in brackets ending at `k` ("Hariyono (54)"); `k` itself when none ends there. */
function pastAgeBack(toks: Tok[], k: number): number {
  return isPunct(toks[k], ')') && /^\d{1,3}$/.test(toks[k - 1]?.key ?? '') && isPunct(toks[k - 2], '(') ? k - 3 : k;
}

/** For a body's name after "of (the)" right after a person's name ("Ana Ruiz of the Porto Institute"), that person's
 * mention; else `mi` itself. */
function personBeforeOf(ix: Index, mi: number): number {
  const { toks } = ix.v;
  const m = ix.mentions[mi]!;
  // ("One man from Auckland, who came home with his children, said", "Ana Ruiz from Harbour Foods, who …, said": a name
  // that is no person's after "from" is where the person before it comes from or works; that person speaks)
  if (m.type === 'name' && m.kind !== 'person' && isWord(toks[m.vi - 1]) && toks[m.vi - 1]!.key === 'from') {
    const from = ix.endAt[m.vi - 2] ?? -1;
    if (from >= 0 && ix.mentions[from]!.type !== 'pronoun' && ix.mentions[from]!.kind === 'person' && speakerMention(ix, from)) return from;
  }
  if (m.type !== 'name' || m.kind !== 'organization') return mi;
  let o = m.vi - 1;
  if (isWord(toks[o]) && toks[o]!.key === 'the') o--;
  if (!isWord(toks[o]) || toks[o]!.key !== 'of') return mi;
  const head = ix.endAt[o - 1] ?? -1;
  return head >= 0 && ix.mentions[head]!.type === 'name' && ix.mentions[head]!.kind === 'person' && speakerMention(ix, head) ? head : mi;
}

/** Whether the verb at `c` is a relative clause's ("who spoke", "who had also said", "which read"). */
function relativeVerb(toks: Tok[], c: number): boolean {
  let k = c - 1;
  for (let f = 0; f < 3 && isWord(toks[k]) && toks[k]!.filler; f++) k--;
  if (isWord(toks[k]) && (toks[k]!.key === 'who' || toks[k]!.key === 'which')) return true;
  // ("X, whom the drivers call «Nong Mon», said: «…»": a relative clause with a subject of its own)
  for (let w = 0; w < RELATIVE_SUBJECT_WORDS && isWord(toks[k]); w++, k--) if (toks[k]!.key === 'whom') return w > 0;
  return false;
}
/** Most words of the subject between "whom" and the verb of a relative clause. */
const RELATIVE_SUBJECT_WORDS = 4;

/** The subject of the clause that ends on "and" at `and`, when it opens with a subject mention followed by a few
 * words and no punctuation ("Ms. Sherry smiled and"), else -1. */
function coordinatedSubject(ix: Index, and: number, k: number): number {
  const { toks, sent } = ix.v;
  // why: at least one word between the mention and "and": "Ruiz and Lopez said" is a pair, not a verb joined on
  for (let c = and - 2; c >= 0 && c >= and - 10 && sent[c] === sent[k]; c--) {
    if (!isWord(toks[c + 1])) return -1;
    const mi = ix.endAt[c] ?? -1;
    if (mi < 0 || !ix.mentions[mi]!.subject || !speakerMention(ix, mi)) continue;
    // why: the clause opens on its subject: "… criticised the talks while in office and said" has no subject of its own
    return opensClauseOf(ix, mi, k) ? mi : -1;
  }
  return -1;
}

/** Whether mention `mi` opens a clause of the sentence of view token `k`: nothing before it in that sentence but a
 * break, a quotation or a comma, colon, semicolon or dash. */
function opensClauseOf(ix: Index, mi: number, k: number): boolean {
  let vi = ix.mentions[mi]!.vi;
  // ("Later Kanybek Mamatov on his page …", "The Boxing Federation on its page …": an adverb of time or an article
  // before the subject still leaves it opening the clause)
  for (let n = 0; n < 2 && isWord(ix.v.toks[vi - 1]) && CLAUSE_OPENING_WORDS.has(ix.v.toks[vi - 1]!.key) && ix.v.sent[vi - 1] === ix.v.sent[k]; n++) vi--;
  const before = ix.v.toks[vi - 1];
  return !before || ix.v.sent[vi - 1] !== ix.v.sent[k] || before.k === K.Break || before.k === K.Quote || isPunct(before, ',;:—–');
}

/** Words a clause may open on before its subject. */
const CLAUSE_OPENING_WORDS = new Set(['the', 'later', 'then', 'meanwhile', 'also', 'yesterday', 'today', 'earlier', 'now', 'afterwards', 'finally']);

/** '"…" by the mayor', '"…", as described by the mayor': the agent of a passive phrase right after a quotation. */
function passiveAgent(ix: Index, j: number): Local | null {
  const { toks, sent } = ix.v;
  let p = j;
  if (isWord(toks[p]) && toks[p]!.key === 'as') p++;
  const participle = isWord(toks[p]) && !toks[p]!.cap && (toks[p]!.key.endsWith('ed') || isSpeech(toks[p]));
  if (participle) p++;
  else if (p > j) return null;
  if (!isWord(toks[p]) || toks[p]!.key !== 'by' || sent[p + 1] !== sent[j]) return null;
  const mi = ix.startAt[p + 1] ?? -1;
  return speakerMention(ix, mi) ? { mention: mi, cue: participle ? p - 1 : p, how: 'after', confidence: 0.75 } : null;
}

/** '"…" in the first draft, as described by the mayor': an "as <participle> by" phrase later in the clause. */
function asDescribedBy(ix: Index, j: number): Local | null {
  const { toks, sent } = ix.v;
  for (let k = j + 1; k < toks.length && k <= j + 12 && sent[k] === sent[j]; k++) {
    const t = toks[k]!;
    if (t.k === K.Quote || isSpeech(t) && toks[k - 1]?.key !== 'as') return null;
    if (t.k === K.Word && t.key === 'as' && isPunct(toks[k - 1], ',—–-')) return passiveAgent(ix, k);
  }
  return null;
}

/** Possessives that own a role after "according to" ("according to its director, …"). */
const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);
/** Most words before the role a possessive owns ("its executive director"). */
const OWNED_ROLE_WORDS = 3;

/** Pronouns that name a source only after "according to". */
const OBJECT_SOURCES = new Set(['him', 'them']);

/** The speaker mention right after "according to" at view token `k` ("according to the minutes"), or -1. */
export function accordingToAt(ix: Index, k: number): number {
  const toks = ix.v.toks;
  const t = toks[k];
  if (!t || t.kid !== ix.according || t.k !== K.Word || t.key !== 'according' || toks[k + 1]?.key !== 'to') return -1;
  let mi = ix.startAt[k + 2] ?? -1;
  // ("according to the Bureau of Labor Statistics": a name's mention may start after its article)
  if (mi < 0 && toks[k + 2]?.key === 'the') mi = ix.startAt[k + 3] ?? -1;
  // why: "According to its director, Aníbal Sánchez, …", "according to her lawyer, Ana Ruiz,": a role someone's
  // possessive owns, set off before the name of who holds it, is that person
  if (mi >= 0 && ix.mentions[mi]!.type === 'pronoun' && POSSESSIVES.has(ix.mentions[mi]!.words[0]!)) {
    let r = k + 3;
    while (r < k + 3 + OWNED_ROLE_WORDS && isWord(toks[r]) && !toks[r]!.cap && !inLex(toks[r]!, LEX.personNoun)) r++;
    const holder = isWord(toks[r]) && inLex(toks[r]!, LEX.personNoun) && isPunct(toks[r + 1], ',') ? (ix.startAt[r + 2] ?? -1) : -1;
    if (holder >= 0 && ix.mentions[holder]!.type === 'name' && ix.mentions[holder]!.kind === 'person') return holder;
  }
  // why: "according to him", "according to them": the object form is the only one the phrase takes
  if (!speakerMention(ix, mi) && !(mi >= 0 && ix.mentions[mi]!.type === 'pronoun' && OBJECT_SOURCES.has(ix.mentions[mi]!.words[0]!))) return -1;
  // why: "according to calculations by Ana Ruiz", "according to a press release from the Harbour Board": a
  // document described by its kind alone is reported through whoever made it, named right after "by" or "from"
  const m = ix.mentions[mi]!;
  const by = toks[m.vj];
  // ("according to a statement from the company": the company, as it is described, when no name is given)
  if (m.type === 'desc' && !m.possessive && by !== undefined && by.k === K.Word && ix.v.sent[m.vj] === ix.v.sent[k]) {
    let maker = ix.startAt[m.vj + 1] ?? -1;
    if (maker < 0) maker = bodyNamedAt(ix, m.vj + 1);
    const d = maker >= 0 ? ix.mentions[maker]! : null;
    if (d && (by.key === 'by' || by.key === 'from') && d.type !== 'pronoun' && speakerMention(ix, maker)) return maker;
    // why: "according to a report in the Financial Times": a story is reported through the paper that ran it, named
    // after "in" ("a report in Kyiv" is a place, and no source)
    if (d && by.key === 'in' && PRESS_PIECES.has(toks[m.vj - 1]?.key ?? '') && d.type === 'name' && speakerMention(ix, maker) && paperName(d)) return maker;
  }
  // why: "according to the data of the town", "according to the first surveys of the firefighters", "according to the
  // information received from the Directorate": translations name a document by its kind and its maker after "of",
  // or after a participle and "from"; the maker is the source
  if (m.type === 'desc' && !m.possessive && DOCUMENT_NOUNS.has(toks[m.vj - 1]?.key ?? '') && by !== undefined && by.k === K.Word && ix.v.sent[m.vj] === ix.v.sent[k]) {
    let j = m.vj;
    if (DOCUMENT_PARTICIPLES.has(by.key) && (toks[j + 1]?.key === 'from' || toks[j + 1]?.key === 'by')) j++;
    else if (by.key !== 'of') return mi;
    let maker = ix.startAt[j + 1] ?? -1;
    if (maker < 0 && toks[j + 1]?.key === 'the') maker = ix.startAt[j + 2] ?? -1;
    if (maker < 0) maker = bodyNamedAt(ix, j + 1);
    // (the maker is a body or a person named: "an analysis of the state's budget by X" is X's; words are a person's
    // however the person is described: "according to the words of the head of the republic")
    if (maker >= 0 && (ix.mentions[maker]!.type === 'name' || (SPOKEN_NOUNS.has(toks[m.vj - 1]!.key) && ix.mentions[maker]!.type === 'desc') || (by.key === 'of' && bodyMaker(ix, maker))) &&
      speakerMention(ix, maker)) return maker;
  }
  return mi;
}

/**
 * "the enterprise «Velskenergo»" from view token `k`: a body's noun in lower case, after "the" or none, that the
 * mentions do not read as a description, and the body's name right after it; the name's mention, else -1.
 */
function bodyNamedAt(ix: Index, k: number): number {
  const toks = ix.v.toks;
  const n = toks[k]?.key === 'the' ? k + 1 : k;
  const noun = toks[n];
  if (!isWord(noun) || noun.cap || !NAMED_BODY_NOUNS.has(noun.key) || (ix.startAt[n] ?? -1) >= 0) return -1;
  const name = ix.startAt[n + 1] ?? -1;
  return name >= 0 && ix.mentions[name]!.type === 'name' && ix.mentions[name]!.kind !== 'place' ? name : -1;
}

/** A name that is a paper's: an organisation's, or one with a masthead's word ("Kommersant", "the Guardian"). */
const paperName = (d: Mention): boolean => d.kind === 'organization' || d.words.some(mastheadWord);

/** Participles whose agent after "by" saw, got or made a document ("a memo seen by Reuters"). */
const AGENT_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'accessed', 'published', 'issued', 'prepared', 'drafted', 'written',
  'signed', 'released', 'sent', 'circulated', 'distributed', 'leaked']);

/** Pieces a paper or a station runs, named with the outlet after "in" ("a report in the Financial Times"). */
const PRESS_PIECES = new Set(['report', 'article', 'story', 'interview', 'editorial', 'column', 'op-ed', 'investigation', 'piece']);

/**
 * why: "according to the data of the agency", "according to the plan of the county", "according to the first surveys
 * of the firefighters": a body described by its noun, after a document's "of", made the document, as a named one does;
 * the document alone is no one. Only a body or a crew (not "the state's budget", a possessive, nor a place), right
 * after "of", and no maker named after it with "by" or "from" ("a report released by the governor's office" was only
 * handed out by that office).
 */
function bodyMaker(ix: Index, mi: number): boolean {
  const d = ix.mentions[mi]!;
  if (d.type !== 'desc' || d.possessive || !/^the\s/i.test(d.surface) || !(d.kind === 'organization' || (d.kind === 'person' && d.plural))) return false;
  const after = ix.v.toks[d.vj];
  return !(after && after.k === K.Word && (after.key === 'by' || after.key === 'from'));
}

/** Nouns for documents and figures whose maker, after "of", is the source of what they say. */
const DOCUMENT_NOUNS = new Set(['data', 'information', 'figures', 'statistics', 'estimates', 'estimate', 'calculations', 'survey', 'surveys', 'plan',
  'announcement', 'communiqué', 'communique', 'statement', 'report', 'reports', 'findings', 'results', 'records', 'forecast', 'assessment', 'analysis',
  // (and what a person said, as Russian "по словам" and Spanish "según declaraciones de" are calqued: "according to the
  // words of the head of the republic", "according to the declarations of the mayor")
  'words', 'declarations', 'statements', 'explanations', 'testimony', 'version']);
/** Of those, the nouns for what someone said. */
const SPOKEN_NOUNS = new Set(['words', 'declarations', 'statements', 'explanations', 'testimony', 'version']);
/** Participles between such a noun and "from" or "by" ("the information received from …"). */
const DOCUMENT_PARTICIPLES = new Set(['received', 'published', 'released', 'provided', 'issued', 'compiled', 'presented', 'gathered']);

/**
 * `A "fair wage" is about $15 an hour, according to the labour institute`: "according to" later in the quotation's
 * sentence, with no speech verb or other quotation between, names where the words come from.
 */
export function accordingLater(ix: Index, qv: number): Local | null {
  const { toks, sent } = ix.v;
  for (let j = qv + 1; j < toks.length && j <= qv + 40 && sent[j] === sent[qv]; j++) {
    const t = toks[j]!;
    if (t.k === K.Quote || isSpeech(t)) return null;
    // (not past a paragraph that opens on a capital: "“… above the limit ¶ ” ¶ According to the Commission, the dirt …"
    // runs on as one sentence where the quotation lost its stop, and the next paragraph's source reported none of its
    // words; a scraper's cut inside a sentence, '"¶walk-in¶" at 2,000 schools, according to …', goes on in lower case)
    if (t.para !== toks[j - 1]!.para && t.k === K.Word && t.cap) return null;
    const mi = accordingToAt(ix, j);
    if (mi >= 0) return { mention: mi, cue: j, how: 'according-to', confidence: 0.7 };
  }
  return null;
}

/**
 * The mention after "according to" in the sentence of view token `k` ("According to the minutes, Ruiz said …", "…,"
 * Ruiz said, according to a recording"), or -1: where words whose speaker the sentence names were reported.
 */
export function accordingToIn(ix: Index, k: number): number {
  const { toks, sent, sentStart } = ix.v;
  if (ix.according < 0) return -1;
  const s = sent[k]!;
  const para = toks[k]!.para;
  let clause = false;
  // why: bounded on both sides, as every look-up around a cue is: text that never ends a sentence (a megabyte of
  // '… said "yes." the institute said …') made reading from the sentence's start quadratic
  for (let j = Math.max(sentStart[s]!, k - 80); j < toks.length && sent[j] === s && j <= k + 40; j++) {
    // ("Ruiz said that the removal is done according to the order of the High Court": past the cue, the "that" of a
    // reported clause opens what was said, and what it follows is no source of the words, unless it is set off by a
    // comma at the sentence's end: "Ruiz said that the removal will go on, according to Reuters.")
    if (j > k && toks[j]!.k === K.Word && toks[j]!.key === 'that' && !toks[j]!.cap) clause = true;
    // (in the cue's paragraph: "wrote on Facebook: ¶ "…" ¶ According to the ministry, …" runs on as one sentence where
    // a quotation standing alone lost its stop, and the next paragraph's source reported none of these words)
    if (toks[j]!.kid !== ix.according || toks[j]!.para !== para) continue;
    if (clause && !(toks[j - 1]?.k === K.Punct && toks[j - 1]!.key === ',' && closesSentence(ix, accordingToAt(ix, j)))) continue;
    const source = accordingToAt(ix, j);
    if (source >= 0 && !ruleFollowed(ix, source)) return source;
  }
  return -1;
}

/** Words before "that" after which it opens a clause of its own, not a relative one ("so that", "now that", "said that"). */
const THAT_LEADS = new Set(['so', 'now', 'such', 'given', 'except', 'provided', 'in', 'and', 'but', 'or', 'is', 'was', 'are', 'were', 'be', 'not',
  'fact', 'sure', 'clear', 'true', 'likely', 'possible', 'believe', 'think', 'know', 'knew', 'hope', 'feel', 'felt', 'say', 'says']);

/** Whether cue `l` is a verb of speech in the progressive ("was speaking") whose subject opens a clause with ", where",
 * after token `after`. */
function sceneAt(ix: Index, l: Local, after: number): boolean {
  const { toks } = ix.v;
  const where = ix.mentions[l.mention]!.vi - 1;
  const verb = toks[l.cue]!;
  return where > after && toks[where]?.key === 'where' && !toks[where]!.cap && isPunct(toks[where - 1], ',') && verb.key.endsWith('ing') &&
    BE_FORMS.has(toks[l.cue - 1]?.key ?? '');
}

/** Whether subject mention `mi`, a group, opens a relative clause about the noun before its "that" or "which" ("words
 * that the people repeated"): a lower-case noun, no verb of speech, no conjunction or adjective that takes a clause.
 * (One person there is as often who said the words: "charges that Rush Limbaugh called ''…''".) */
function inRelativeClause(ix: Index, mi: number): boolean {
  const { toks } = ix.v;
  const m = ix.mentions[mi]!;
  if (!m.plural && m.words[0] !== 'people') return false;
  const rel = toks[m.vi - 1];
  const noun = toks[m.vi - 2];
  return rel !== undefined && rel.k === K.Word && !rel.cap && (rel.key === 'that' || rel.key === 'which') && noun !== undefined && noun.k === K.Word &&
    !noun.cap && !noun.speech && !isSpeech(noun) && !THAT_LEADS.has(noun.key) && !noun.key.endsWith('ed') && !noun.key.endsWith('ing') && noun.key.length > 2;
}

/** Most tokens after a source that closes its sentence (", according to Reuters on Monday."). */
const CLOSING_SOURCE_TOKENS = 6;
/** Whether mention `mi` (or -1) ends its sentence within a few tokens. */
function closesSentence(ix: Index, mi: number): boolean {
  if (mi < 0) return false;
  const { toks, sent } = ix.v;
  const m = ix.mentions[mi]!;
  for (let j = m.vj; j < toks.length && j <= m.vj + CLOSING_SOURCE_TOKENS; j++) {
    if (sent[j] !== sent[m.vj - 1]) return true;
    if (toks[j]!.k === K.Punct && (toks[j]!.key === '.' || toks[j]!.key === '!' || toks[j]!.key === '?')) return true;
    if (toks[j]!.k === K.Punct && toks[j]!.key === ',') return false;
  }
  return m.vj >= toks.length;
}

/** Nouns of rules a thing is done "according to" ("handled according to the law"): the rule reports no one's words. */
const RULES = new Set(['law', 'laws', 'rules', 'regulation', 'regulations', 'procedure', 'procedures', 'constitution', 'legislation', 'norms', 'statute']);

/**
 * Whether mention `mi` after "according to" is a rule described alone ("the owner will be handled according to the
 * law"): "according to" there means "as the law requires", and the sentence's words were reported by no one named
 * in it.
 */
function ruleFollowed(ix: Index, mi: number): boolean {
  const m = ix.mentions[mi]!;
  return m.type === 'desc' && m.words.length <= 2 && RULES.has(m.words.at(-1) ?? '');
}

/** The first subject mention of the sentence containing view token `k`, before it. */
export function sentenceSubject(ix: Index, k: number): number {
  const { sent, sentStart, toks } = ix.v;
  const start = sentStart[sent[k]!]!;
  const subjectFrom = (from: number): number => {
    const j = ix.nextSubject[from]!;
    return j < k ? ix.startAt[j]! : -1;
  };
  const first = subjectFrom(Math.max(start, k - 80));
  if (first < 0) return -1;
  // why: "Alongside union calls for action, a party strategist said …": a phrase fronted by a preposition, up to its
  // comma, holds no subject of the sentence; the first subject after the comma is
  const o = firstWordOf(ix, k);
  if (!isWord(toks[o]) || !FRONTED.has(toks[o]!.key) || ix.mentions[first]!.vi > o + 25) return first;
  for (let c = ix.mentions[first]!.vj; c < k && c <= o + 25; c++) {
    if (!isPunct(toks[c], ',')) continue;
    const after = subjectFrom(c + 1);
    return after >= 0 ? after : first;
  }
  return first;
}

/** A word of letters only, as a verb of speech left in the source language is written ("povedala", "dijo", "sagte"). */
const LETTERS_ONLY = /^\p{Ll}{3,}$/u;

/** See cueAfter: `"…," povedala Marcela Horváthová (34)`: the unknown word at `j` as the cue of the full name after it. */
function untranslatedVerb(ix: Index, qv: number, j: number, opens: number): Local | null {
  const { toks } = ix.v;
  if (j !== opens || !isWord(toks[j]) || toks[j]!.cap || toks[j]!.para !== toks[qv]!.para) return null;
  // ('« … », a-t-il déclaré', '« … », dit-elle': French joins the subject pronoun to the inverted verb; the word is its
  // own mention (see FRENCH_INVERSION) and the cue, the participle after it the verb when there is one)
  const joined = ix.startAt[j] ?? -1;
  if (joined >= 0 && ix.mentions[joined]!.type === 'pronoun' && toks[j]!.key.indexOf('-') > 0 && ix.v.language === 'fr' &&
    (isPunct(toks[j - 1], ',—–') || (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!)))) {
    const participle = isWord(toks[j + 1]) && !toks[j + 1]!.cap && LETTERS_ONLY.test(toks[j + 1]!.key) && (ix.startAt[j + 1] ?? -1) < 0;
    return { mention: joined, cue: participle ? j + 1 : j, how: 'after-inverted', confidence: 0.7 };
  }
  // ('«…», a déclaré Claire Rolland', '"…", ha detto Marco Rossi': the perfect tense of a Romance language, its auxiliary
  // before the unknown participle)
  const aux = SOURCE_PERFECT_AUX.has(toks[j]!.key) && isWord(toks[j + 1]) && !toks[j + 1]!.cap ? 1 : 0;
  const v = j + aux;
  const t = toks[v]!;
  if (!isWord(t) || NOT_NAME.has(t.key) || !LETTERS_ONLY.test(t.key) || quoteOnlyCue(t)) return null;
  // ('«…», — заявил Иван Петров': Russian and Ukrainian set the inverted cue off with a dash, after the comma or not)
  const setOff = isPunct(toks[j - 1], ',') || (isPunct(toks[j - 1], '—–') && (isPunct(toks[j - 2], ',') || j - 2 === qv));
  if ((ix.startAt[j] ?? -1) >= 0 || (aux && (ix.startAt[v] ?? -1) >= 0) || !(setOff || (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!)))) return null;
  // ('"…," wahi a Tūtū Malia.': Hawaiian "wahi a" (said by), a particle of a letter or two between the verb and the name)
  // ('„…,“ pedzioł bitterly Pyrchała.': or an adverb of how the words were said)
  const particle = isWord(toks[v + 1]) && !toks[v + 1]!.cap && (toks[v + 1]!.key.length <= 2 || isFiller(toks[v + 1])) && (ix.startAt[v + 1] ?? -1) < 0 ? 1 : 0;
  const named = ix.startAt[v + 1 + particle] ?? -1;
  const m = named >= 0 ? ix.mentions[named]! : null;
  // ('«…», — сказал он во вторник.': a subject pronoun of the article's own language after the verb (see
  // OWN_LANGUAGE_PRONOUNS) speaks as "he said" does, whatever setting follows)
  if (m && m.type === 'pronoun' && !aux && particle === 0 && ix.v.language !== null && ix.v.language !== 'en' && toks[m.vi]!.key !== m.words[0])
    return { mention: named, cue: v, how: 'after-inverted', confidence: 0.7 };
  if (!m || m.type !== 'name' || m.kind === 'place' || m.kind === 'organization' || m.possessive || (m.words.length < 2 && !namedInFull(ix, named))) return null;
  if (!(endsClause(toks[m.vj]) || isPunct(toks[m.vj], '(') || settingCloses(toks, m.vj)) || !speakerMention(ix, named)) return null;
  return { mention: named, cue: v, how: 'after-inverted', confidence: 0.7 };
}

/** Auxiliaries of the perfect tense in French, Italian, Spanish, Portuguese, Catalan and Romanian ("a", "ha", "há"),
 * before a participle left untranslated ("a déclaré", "ha detto", "ha dicho", "a declarat"). */
const SOURCE_PERFECT_AUX = new Set(['a', 'ha', 'há', 'avait', 'aveva', 'había', 'havia']);

/** Prepositions of a setting that may close a sentence after its speaker ("… praji Šołta after the session."). */
const CLOSING_SETTINGS = new Set(['after', 'at', 'in', 'on', 'before', 'during', 'outside']);
/** Most words of such a setting. */
const CLOSING_SETTING_WORDS = 5;

/** Whether a setting of a few words in lower case, opened by a preposition at `k`, closes the sentence. */
function settingCloses(toks: Tok[], k: number): boolean {
  if (!isWord(toks[k]) || toks[k]!.cap || !CLOSING_SETTINGS.has(toks[k]!.key)) return false;
  let j = k + 1;
  while (j <= k + CLOSING_SETTING_WORDS && isWord(toks[j]) && !toks[j]!.cap && !toks[j]!.speech) j++;
  return j > k + 1 && (toks[j] === undefined || toks[j]!.k === K.Break || isPunct(toks[j], '.'));
}

/** Most mentions back the full name is looked for. */
const FULL_NAME_REACH = 200;

/** Whether the person a one-word name mention stands for was named in full (two words or more) before it ("»…,« praji
 * Šołta" after "knjez Hubert Šołta"). */
function namedInFull(ix: Index, mi: number): boolean {
  const e = ix.mentions[mi]!.entity;
  if (e < 0) return false;
  for (let i = mi - 1; i >= 0 && i >= mi - FULL_NAME_REACH; i--) {
    const m = ix.mentions[i]!;
    if (m.entity === e && m.type === 'name' && m.words.length >= 2 && m.kind === 'person') return true;
  }
  return false;
}

/** `"…," Ruiz said` / `"…," said Ruiz` / `"…," according to X`, possibly after a scraper's paragraph cut. */
/** Most words of how the words were said, between an inverted "So said" and its speaker. */
const SO_SAID_MANNER_WORDS = 6;

export function cueAfter(ix: Index, qv: number): Local | null {
  const { toks, sent } = ix.v;
  let j = qv + 1;
  while (j < toks.length && (toks[j]!.k === K.Mark || toks[j]!.k === K.Break || isPunct(toks[j], SOFT))) j++;
  if (j >= toks.length || toks[j]!.k === K.Quote) return null;
  // why: "«…» ¶ So the mayor of Canicattì, interviewed by Radio1.": Italian and Spanish close a quotation with "so"
  // ("così", "así") and who said it, a sentence of its own with no verb
  // (a paragraph of its own after the quotation's, which may run on as one sentence when the quotation has no stop)
  if ((sent[j] !== sent[qv] || toks[j]!.para !== toks[qv]!.para) && isWord(toks[j]) && (toks[j]!.key === 'so' || toks[j]!.key === 'thus') && toks[j]!.cap) {
    const named = ix.startAt[j + 1] ?? -1;
    const after = named >= 0 ? toks[ix.mentions[named]!.vj] : undefined;
    if (named >= 0 && speakerMention(ix, named) && ix.mentions[named]!.type !== 'pronoun' && (isPunct(after, ',.') || after === undefined))
      return { mention: named, cue: j, how: 'after-inverted', confidence: 0.7 };
    // ("«…» ¶ Thus expressed himself the president of the Board of Users, Teodoro Ccahuana, who …": with the verb, and
    // the reflexive pronoun Spanish and Italian verbs of speaking take)
    // ("Thus it pointed out X": Spanish "así lo señaló" keeps the object pronoun before the verb)
    // (right after the quotation, as a verb that says who spoke only there: "Thus pointed out X")
    const speaks = (t: Tok | undefined): boolean => isSpeech(t) || quoteOnlyCue(t);
    // ("So he said the 38-year-old director to the agency Kazinform": a subject pronoun before the verb repeats the
    // speaker named after it, as translations from languages whose verb agrees with its subject write it)
    const pronounFirst = isWord(toks[j + 1]) && !toks[j + 1]!.cap && (toks[j + 1]!.key === 'it' || toks[j + 1]!.key === 'he' || toks[j + 1]!.key === 'she');
    // ("So was saying Baraniko Tioti, 47 years, who …": the progressive of the verb, its auxiliary before it)
    const progressive = isWord(toks[j + 1]) && (toks[j + 1]!.key === 'was' || toks[j + 1]!.key === 'is') && isSpeech(toks[j + 2]) && toks[j + 2]!.key.endsWith('ing');
    const v = (pronounFirst && speaks(toks[j + 2]) && (toks[j + 1]!.key === 'it' || pronounRepeated(ix, j + 2))) || progressive ? j + 2 : j + 1;
    const reflexive = isWord(toks[v]) && REFLEXIVE_SPEECH.has(toks[v]!.key) && isWord(toks[v + 1]) && REFLEXIVES.has(toks[v + 1]!.key);
    if ((speaks(toks[v]) || reflexive) && !toks[v]!.cap && (!toks[v]!.key.endsWith('ing') || progressive)) {
      let k = v + 1;
      if (isWord(toks[k]) && REFLEXIVES.has(toks[k]!.key)) k++;
      if (phrasal(toks, v)) k += PHRASAL.get(toks[v]!.key)!.length;
      for (let f = 0; f < 4 && isFiller(toks[k]); f++) k++;
      // ("So responded with a smile the coach": how the words were said may stand between the verb and its speaker)
      // ("Lo decía con la pancarta todavía en la mano Vicenta Martí": Spanish, glossed, sets a longer one so)
      if (isWord(toks[k]) && toks[k]!.key === 'with' && (ix.startAt[k + 1] ?? -1) < 0) {
        let w = k + 1;
        while (w <= k + SO_SAID_MANNER_WORDS && isWord(toks[w]) && !toks[w]!.cap && (ix.startAt[w] ?? -1) < 0 && sent[w] === sent[j]) w++;
        if (w > k + 1 && (ix.startAt[w] ?? -1) >= 0) k = w;
      }
      // ("Lo decía, entre lágrimas, Washington Suárez": or set off by commas)
      if (isPunct(toks[k], ',')) {
        let w = k + 1;
        while (w <= k + SO_SAID_MANNER_WORDS && isWord(toks[w]) && !toks[w]!.cap && (ix.startAt[w] ?? -1) < 0) w++;
        if (w > k + 1 && isPunct(toks[w], ',') && (ix.startAt[w + 1] ?? -1) >= 0) k = w + 1;
      }
      const speaker = ix.startAt[k] ?? -1;
      if (speakerMention(ix, speaker) && ix.mentions[speaker]!.type !== 'pronoun') return { mention: speaker, cue: v, how: 'after-inverted', confidence: 0.75 };
    }
  }
  // why: '“We need more time” — Ana Ruiz.': a dash and a name closing the quotation's line, as a pull quote or an
  // epigraph signs it, name who said it
  // ('"…" - Ana Ruiz, mayor of Tarvo': a hyphen spaced as a dash, as plain text writes one)
  const spacedHyphen = isPunct(toks[j - 1], '-') && ix.v.text.charCodeAt(toks[j - 1]!.s - 1) === 32 && ix.v.text.charCodeAt(toks[j - 1]!.e) === 32;
  if ((isPunct(toks[j - 1], '—–') || spacedHyphen) && toks[j]!.para === toks[qv]!.para) {
    const signed = ix.startAt[j] ?? -1;
    const m = signed >= 0 ? ix.mentions[signed]! : null;
    let e = m ? m.vj : -1;
    // ("— Ana Ruiz, harbour minister": the signer's role after a comma)
    if (isPunct(toks[e], ',')) for (let n = 0, k = e + 1; n < SIGNED_ROLE_WORDS && isWord(toks[k]) && !isSpeech(toks[k]) && toks[k]!.para === toks[qv]!.para; n++, k++) e = k + 1;
    if (isPunct(toks[e], '.')) e++;
    if (m && m.type === 'name' && !m.possessive && m.kind !== 'place' && (e >= toks.length || toks[e]!.para !== toks[qv]!.para) && speakerMention(ix, signed))
      return { mention: signed, cue: -1, how: 'after', confidence: 0.7 };
  }
  // why: the title line stands alone; the article's first sentence, whatever its verb ("The heat wave continued …"),
  // attributes nothing in it
  if (toks[qv]!.para === ix.v.titlePara && toks[j]!.para !== toks[qv]!.para) return null;
  // why: '«…» ¶ This was told by the pensioner Valentina Stepanovna, who …': a passive sentence of its own after the
  // quotation, about "this", names who said it after "by"
  if ((sent[j] !== sent[qv] || toks[j]!.para !== toks[qv]!.para) && isWord(toks[j]) && toks[j]!.cap && (toks[j]!.key === 'this' || toks[j]!.key === 'that' || toks[j]!.key === 'so') &&
    isWord(toks[j + 1]) && (toks[j + 1]!.key === 'was' || toks[j + 1]!.key === 'is') && isSpeech(toks[j + 2]) && isWord(toks[j + 3]) && toks[j + 3]!.key === 'by') {
    const agent = ix.startAt[j + 4] ?? -1;
    if (agent >= 0 && speakerMention(ix, agent) && ix.mentions[agent]!.type !== 'pronoun') return { mention: agent, cue: j + 2, how: 'after-inverted', confidence: 0.75 };
  }
  if (sent[j] !== sent[qv] || toks[j]!.para !== toks[qv]!.para) {
    const back = backReference(ix, j);
    if (back) return back;
  }
  // ('“…”. Quien habla es X': a stop right after the closing mark ends the quotation's sentence, whatever the sentences
  // the quotation holds made of it; the next one may point back at it)
  if (isPunct(toks[j], '.') && j === qv + 1 && toks[j + 1]?.para === toks[qv]!.para) {
    const back = backReference(ix, j + 1);
    if (back) return back;
  }
  // ('«Where do I go?» – said to the correspondent X': a verb in lower case after a quotation closing on its own stop
  // goes on with it, as an inverted cue)
  // ('«…» ¶ – said the headmaster Banda.': on a line of its own, a dash or a comma before the verb still ties it to the
  // quotation above, as the scraper cut them apart; a reporter's own line never opens so)
  const setOff = toks[j]!.para !== toks[qv]!.para && isPunct(toks[j - 1], ',—–') && toks[j - 1]!.para === toks[j]!.para && !isWord(toks[j - 2]);
  // ('«… bene. Oggi …», ha attaccato X': or its perfect, the auxiliary first)
  const verb = isWord(toks[j]) && PERFECT_AUX.has(toks[j]!.key) && isSpeech(toks[j + 1]) ? toks[j + 1] : toks[j];
  if (sent[j] !== sent[qv] && !(isSpeech(verb) && !toks[j]!.cap && (toks[j]!.para === toks[qv]!.para || setOff))) return bareCue(ix, j);
  // why: '"…," in his words.': the words are those of whom the possessive stands for
  if (isWord(toks[j]) && toks[j]!.key === 'in' && isWord(toks[j + 1]) && TURN_POSSESSIVES.has(toks[j + 1]!.key) && isWord(toks[j + 2]) && toks[j + 2]!.key === 'words') {
    const owner = ix.startAt[j + 1] ?? -1;
    if (owner >= 0) return { mention: owner, cue: j + 2, how: 'after', confidence: 0.8 };
  }
  const through = accordingToAt(ix, j);
  // why: '“… above the limit ¶ ” ¶ According to the Commission, the dirt has risen …': a paragraph of its own that opens
  // on "According to X," and goes on with a clause reports that clause; the quotation above, which lost its stop, is
  // not what it attributes
  if (through >= 0 && toks[j]!.para !== toks[qv]!.para && toks[j]!.cap && isPunct(toks[ix.mentions[through]!.vj], ',') &&
    isWord(toks[ix.mentions[through]!.vj + 1]) && isWord(toks[ix.mentions[through]!.vj + 2])) return null;
  // (the phrase's own mention, as written right after "according to", else the one after its article)
  if (through >= 0) return { mention: (ix.startAt[j + 2] ?? -1) >= 0 ? ix.startAt[j + 2]! : through, cue: j, how: 'according-to', confidence: 0.9 };
  // why: 'branded "a waste of money" by the harbour board': a passive phrase's agent is who used the words
  // why: "… in all but name, as described by Ana Ruiz": set off later in the clause, the agent is the source too
  const agent = passiveAgent(ix, j) ?? asDescribedBy(ix, j);
  if (agent) return agent;
  // why: '"Count us," came shouts from the crowd': the words came from whoever the phrase names
  if (isWord(toks[j]) && (toks[j]!.key === 'came' || toks[j]!.key === 'come' || toks[j]!.key === 'comes')) {
    let f = j + 1;
    if (isWord(toks[f]) && inLex(toks[f]!, LEX.determiner)) f++;
    if (isWord(toks[f]) && UTTERANCES.has(toks[f]!.key) && isWord(toks[f + 1]) && toks[f + 1]!.key === 'from') {
      const from = ix.startAt[f + 2] ?? -1;
      if (speakerMention(ix, from)) return { mention: from, cue: f, how: 'after-inverted', confidence: 0.8 };
    }
  }
  // why: '“…”, can we read in the press release', '“…”, we learn from the Kremlin': translated news names the document
  // or the body the words come from after an impersonal reader
  const readIn = readerPhrase(toks, j);
  if (readIn >= 0) {
    const from = ix.startAt[readIn] ?? -1;
    if (from >= 0 && ix.mentions[from]!.type !== 'pronoun' && (ix.mentions[from]!.kind === 'organization' || speakerMention(ix, from)))
      return { mention: from, cue: readIn - 2, how: 'after-inverted', confidence: 0.75 };
  }
  // why: '"…," read the statement': inverted, a document still "reads" what it says
  if (isWord(toks[j]) && (toks[j]!.key === 'read' || toks[j]!.key === 'reads') && !toks[j]!.cap) {
    const doc = ix.startAt[j + 1] ?? -1;
    if (doc >= 0 && ix.mentions[doc]!.type === 'desc' && ix.mentions[doc]!.kind === 'organization') return { mention: doc, cue: j, how: 'after-inverted', confidence: 0.85 };
  }
  // why: '„…”, has declared for Digi24 the mayor': translated news keeps the source language's perfect tense, an
  // auxiliary before the inverted verb
  // why: "‘…,’ so said wholesale trader X": Odia, Bengali and Hindi translations close a quotation with "so" (as in
  // "thus") before the inverted verb; the verb and its speaker follow as after a comma alone
  if (isWord(toks[j]) && (toks[j]!.key === 'so' || toks[j]!.key === 'thus') && !toks[j]!.cap && isSpeech(toks[j + 1]) && !toks[j + 1]!.cap &&
    !toks[j + 1]!.key.endsWith('ing') && (isPunct(toks[j - 1], ',—–') || (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!))))
    j++;
  // why: '"…," it said the Mu'tamad.': the empty "it" Arabic translations put before an inverted verb (see
  // `afterEmptyIt`); the verb and its speaker follow as after a comma alone
  // ('«…,» she said Dr. Al-Nour in an interview': so does a subject pronoun the person's name follows right after the
  // verb, Arabic's verb agreeing with the subject after it)
  if (isWord(toks[j]) && !toks[j]!.cap && isSpeech(toks[j + 1]) && !toks[j + 1]!.key.endsWith('ing') &&
    (isPunct(toks[j - 1], ',—–') || (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!))) &&
    (toks[j]!.key === 'it' ? afterEmptyIt(ix, j + 1) >= 0 : (toks[j]!.key === 'he' || toks[j]!.key === 'she') && namedAfterPronoun(ix, j)))
    j++;
  const opens = j;
  if (isWord(toks[j]) && PERFECT_AUX.has(toks[j]!.key) && !toks[j]!.cap && (isSpeech(toks[j + 1]) || quoteOnlyCue(toks[j + 1])) && !toks[j + 1]!.cap &&
    !toks[j + 1]!.key.endsWith('ing'))
    j++;
  // why: '«…», has he lashed out on the set of franceinfo', '«…», has she declared': French translations keep the
  // source's inversion in the perfect tense, the auxiliary, then the subject pronoun, then the verb; the pronoun is
  // the speaker, as in '“…,” he said'
  if (isWord(toks[j]) && PERFECT_AUX.has(toks[j]!.key) && !toks[j]!.cap && (isPunct(toks[j - 1], ',') || (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!)))) {
    const pro = ix.startAt[j + 1] ?? -1;
    const m = pro >= 0 ? ix.mentions[pro]! : null;
    const verb = toks[j + 2];
    if (m && m.type === 'pronoun' && m.vj === j + 2 && SUBJECT_PRONOUN.has(m.words[0]!) && isWord(verb) && !verb.cap && !verb.key.endsWith('ing') &&
      (isSpeech(verb) || quoteOnlyCue(verb) || phrasal(toks, j + 2)))
      return { mention: pro, cue: j + 2, how: 'after', confidence: 0.85 };
  }
  // why: '„…“, was short Vaklinov', '«…», was categorical the minister': Slavic and Romance translations say how the
  // words were put with an inverted "was" and an adjective of manner, the speaker after it
  if (isWord(toks[j]) && (toks[j]!.key === 'was' || toks[j]!.key === 'is') && !toks[j]!.cap && isWord(toks[j + 1]) && MANNER_OF_WORDS.has(toks[j + 1]!.key) &&
    (isPunct(toks[j - 1], ',—–') || (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!)))) {
    const named = ix.startAt[j + 2] ?? -1;
    if (named >= 0 && ix.mentions[named]!.type !== 'pronoun' && speakerMention(ix, named)) return { mention: named, cue: j + 1, how: 'after-inverted', confidence: 0.75 };
  }
  // why: '«…», — Petrov is convinced.', '«…», — he is sure.', '«…», — Petrov shares his impressions.': Russian and
  // Ukrainian translations close a quotation with the speaker and how sure they are ("уверен"), or with what they shared
  // ("делится впечатлениями"), the clause ending there
  if (isPunct(toks[opens - 1], ',—–') || (opens === qv + 1 && closesOnComma(ix.v.text, toks[qv]!))) {
    const named = ix.startAt[j] ?? -1;
    const m = named >= 0 ? ix.mentions[named]! : null;
    const k = m ? m.vj : -1;
    // ("is sure of it", "is convinced of this")
    const ofIt = toks[k + 2]?.key === 'of' && (toks[k + 3]?.key === 'it' || toks[k + 3]?.key === 'this') ? 2 : 0;
    const sure = m !== null && (toks[k]?.key === 'is' || toks[k]?.key === 'was') && CONVICTIONS.has(toks[k + 1]?.key ?? '') && endsClause(toks[k + 2 + ofIt]);
    const shared = m !== null && (toks[k]?.key === 'shares' || toks[k]?.key === 'shared') && OWN_POSSESSIVES.has(toks[k + 1]?.key ?? '') &&
      SHARED_NOUNS.has(toks[k + 2]?.key ?? '') && endsClause(toks[k + 3]);
    if ((sure || shared) && speakerMention(ix, named) && !m!.possessive) return { mention: named, cue: sure ? k + 1 : k, how: 'before', confidence: 0.7 };
  }
  // why: '«…», — emphasized in the ministry.', '«…», — said in the press service of the Ministry of Health.': Russian and
  // Ukrainian translations ("подчеркнули в министерстве") give the body that spoke after "in", with no subject
  // ('«…», — they said in the ministry.': or with an impersonal "they", "сказали" translated with its plural subject)
  const said = isWord(toks[j]) && toks[j]!.key === 'they' && !toks[j]!.cap ? j + 1 : j;
  if (isSpeech(toks[said]) && !toks[said]!.cap && !toks[said]!.key.endsWith('ing') && isWord(toks[said + 1]) && toks[said + 1]!.key === 'in' &&
    (isPunct(toks[opens - 1], ',—–') || (opens === qv + 1 && closesOnComma(ix.v.text, toks[qv]!)))) {
    const body = ix.startAt[said + 2] ?? -1;
    const m = body >= 0 ? ix.mentions[body]! : null;
    if (m && m.kind === 'organization' && !m.possessive && endsClause(toks[m.vj])) return { mention: body, cue: said, how: 'after-inverted', confidence: 0.7 };
  }
  // why: '„…“, so Pichlmaier in the ORF radio': German and Dutch translations close a quotation with "so" and the
  // speaker's name ("so" as in "so says"), a setting or the sentence's end after it
  if (isWord(toks[j]) && toks[j]!.key === 'so' && !toks[j]!.cap && isPunct(toks[opens - 1], ',')) {
    const named = ix.startAt[j + 1] ?? -1;
    const after = named >= 0 ? toks[ix.mentions[named]!.vj] : undefined;
    if (named >= 0 && ix.mentions[named]!.type === 'name' && speakerMention(ix, named) &&
      (endsClause(after) || (isWord(after) && !after.cap && GIVEN_TO.has(after.key))))
      return { mention: named, cue: j, how: 'after-inverted', confidence: 0.75 };
  }
  // why: '«…», – told Kuzmenko to the agency Interfax': inverted, "told" has the speaker after it and the one told
  // after "to" (a venue); elsewhere "told X" names whom the words were said to
  if (isWord(toks[j]) && !toks[j]!.cap && SPEECH_VERBS.get(toks[j]!.key) === 'tell' && !toks[j]!.key.endsWith('ing')) {
    const named = ix.startAt[j + 1] ?? -1;
    const m = named >= 0 ? ix.mentions[named]! : null;
    const to = m ? toks[m.vj] : undefined;
    if (m && m.type === 'name' && speakerMention(ix, named) && isWord(to) && to.key === 'to' && venueAfter(ix, m.vj + 1))
      return { mention: named, cue: j, how: 'after-inverted', confidence: 0.8 };
    // why: '«…», — told the pensioner Nina Sergeevna.', '«…», — told RIA Novosti the pensioner Nina Sergeevna.': set off
    // after the quotation with no subject before it, "told" (Russian "рассказала") has its speaker last, before the
    // sentence ends; a mention between is whom, or which paper, the words were told to
    // ("“…,” told the old man Rufino Tepetla.": or the comma inside the closing mark, as English puts it)
    if ((isPunct(toks[opens - 1], ',—–') || (opens === qv + 1 && closesOnComma(ix.v.text, toks[qv]!))) && m) {
      let last = named;
      for (let n = 0, next = ix.startAt[m.vj] ?? -1; n < TOLD_MENTIONS && next >= 0; n++, next = ix.startAt[ix.mentions[last]!.vj] ?? -1) last = next;
      const sp = ix.mentions[last]!;
      // (an office before the name it heads, "the pensioner Nina Sergeevna", is the same speaker: the name, last, speaks)
      if (sp.type !== 'pronoun' && sp.kind !== 'place' && sp.kind !== 'organization' && !sp.possessive && endsClause(toks[sp.vj]) && speakerMention(ix, last) &&
        !(sp.type === 'desc' && PRESS_RECIPIENTS.has(sp.words[0]!))) return { mention: last, cue: j, how: 'after-inverted', confidence: 0.7 };
    }
  }
  // why: '“…”, estimates the minister': right after a quotation and before a speaker, a verb the word lists leave out
  // (it reads as a noun elsewhere, or reports a judgement) says who spoke all the same
  // why: '«…», is indignant the mayor': how the speaker felt, after "is" or "gets", says who spoke as such a verb does
  const felt = isWord(toks[j]) && !toks[j]!.cap && FELT_VERBS.has(toks[j]!.key) && isWord(toks[j + 1]) && FEELINGS.has(toks[j + 1]!.key) ? j + 1 : -1;
  if ((quoteOnlyCue(toks[j]) || felt >= 0) && (isPunct(toks[opens - 1], ',—–') || (opens === qv + 1 && closesOnComma(ix.v.text, toks[qv]!)))) {
    const cue = felt >= 0 ? felt : j;
    const at = pastDay(toks, pastLater(toks, cue + 1));
    const apposed = nameAfterRole(ix, at);
    if (apposed >= 0) return { mention: apposed, cue, how: 'after-inverted', confidence: 0.75 };
    const inverted = ix.startAt[at] ?? -1;
    // (after how the speaker felt, the speaker closes the clause: "is happy the mayor." not "is happy the bridge opened")
    if (speakerMention(ix, inverted) && (felt < 0 || endsClause(toks[ix.mentions[inverted]!.vj]))) return { mention: inverted, cue, how: 'after-inverted', confidence: 0.8 };
  }
  if (isSpeech(toks[j])) {
    // why: 'a defence of "harbour values," saying the town stands for …': a participle never inverts; its subject is
    // the sentence's, and the noun after it opens what is said
    if (toks[j]!.key.endsWith('ing')) {
      const subject = sentenceSubject(ix, qv);
      return subject >= 0 ? { mention: subject, cue: j, how: 'sentence-subject', confidence: 0.7 } : null;
    }
    let k = j + 1;
    for (let f = 0; f < 4 && isFiller(toks[k]); f++) k++;
    k = pastDay(toks, pastLater(toks, pastTurn(toks, k)));
    // why: '„…”, has declared for Agerpres the spokesperson …', '«…», described to Kathimerini the passenger': where
    // the words were given may come between the inverted verb and its speaker; the mention after that setting is who
    // spoke (so even for a verb that otherwise takes an object)
    // ("described from the hospital bed for the daily SME the 67-year-old": two settings)
    let past = pastSetting(ix, k);
    if (past > k && !speakerMention(ix, ix.startAt[past] ?? -1)) past = pastSetting(ix, past);
    // ("said to the Kun.uz correspondent 67-year-old Mahmuda Xolmatova": an age before the name)
    if (past > k && isWord(toks[past]) && AGE_WORD.test(toks[past]!.key)) past++;
    if (past > k && speakerMention(ix, ix.startAt[past] ?? -1) && ix.mentions[ix.startAt[past]!]!.type !== 'pronoun')
      return { mention: nameClosingRole(ix, ix.startAt[past]!), cue: j, how: 'after-inverted', confidence: 0.8 };
    // why: '„…” – said PAP the chairman …', '– told PAP Mrs. Halina Kowal': Polish and other languages give whom the words
    // were told without a preposition; a body right after the verb with a person right after it is where they went
    const told = ix.startAt[k] ?? -1;
    // ("– told EL TIEMPO Yeison Mosquera": a masthead in capitals may run over a few words)
    const allCaps = (r: number): boolean => isWord(toks[r]) && sent[r] === sent[j] && /^\p{Lu}{2,6}$/u.test(ix.v.text.slice(toks[r]!.s, toks[r]!.e));
    let caps = k;
    while (caps < k + CAPS_MASTHEAD_WORDS && allCaps(caps) && (caps === k || (ix.startAt[caps] ?? -1) < 0)) caps++;
    const body = told >= 0 ? (ix.mentions[told]!.kind === 'organization' && ix.mentions[told]!.type === 'name' ? ix.mentions[told]!.vj : -1) :
      caps > k ? caps : -1;
    const after = body >= 0 ? (ix.startAt[body] ?? -1) : -1;
    if (after >= 0 && ix.mentions[after]!.kind === 'person' && ix.mentions[after]!.type !== 'pronoun' && speakerMention(ix, after))
      return { mention: nameClosingRole(ix, after), cue: j, how: 'after-inverted', confidence: 0.8 };
    // why: 'Regarding this, the district collector Ramesh Kumar "…" said.': Hindi, Japanese, Korean, Turkish and Amharic put
    // the verb last, and translations keep it after the quotation; a verb closing its sentence right after the
    // quotation speaks for the person the sentence named right before it (a verb that takes an object may have it
    // there: 'X the offer "a joke" called.')
    if (k === j + 1 && isPunct(toks[k], '.') && sent[j] === sent[qv] && inverts(toks[j]!)) {
      const before = ix.endAt[isPunct(toks[qv - 1], ',') ? qv - 2 : qv - 1] ?? -1;
      const m = before >= 0 ? ix.mentions[before]! : null;
      if (m && m.type !== 'pronoun' && m.kind === 'person' && !m.plural && !m.possessive && sent[m.vi] === sent[qv] && speakerMention(ix, before))
        return { mention: before, cue: j, how: 'after', confidence: 0.7 };
    }
    // why: '«…,» promised the head of the region, Colonel-Major Mamadi Kourouma, who …': right after a quotation that
    // closes on its comma, a verb that otherwise takes an object inverts too, when the person after it closes the clause
    // ("«…», ha attaccato Renato Pedrazzini, segretario …": or on a comma right after its closing mark, the verb in its
    // perfect)
    const rightAfter = (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!)) || (opens === qv + 2 && isPunct(toks[qv + 1], ','));
    if (!inverts(toks[j]!) && !(rightAfter && closesClauseAfter(ix, k))) return droppedAfter(ix, j, k, qv);
    const apposed = nameAfterRole(ix, k);
    if (apposed >= 0) return { mention: apposed, cue: j, how: 'after-inverted', confidence: 0.85 };
    if (speakerMention(ix, ix.startAt[k] ?? -1)) return { mention: nameClosingRole(ix, ix.startAt[k]!), cue: j, how: 'after-inverted', confidence: 0.9 };
    // why: "said harbour master Tobias Lindqvist", "said Democratic strategist Jane Roe": role words before the name
    // (in an article left in Spanish, past a preposition only a person: '«…», afirmó en declaraciones a Europa Press'
    // has no subject after the verb, which Spanish drops, and the body is whom the words were given to; "dijo a este
    // medio Rosalba Camacho" names her after it. English translations put the subject back, and read so they lost
    // three blind speakers; Italian and Portuguese drop the subject as Spanish does: "ha detto all'ANSA", "afirmou à
    // Lusa")
    const dropsSubject = ix.v.language !== null && DROPS_SUBJECT.has(ix.v.language);
    let preposition = false;
    // (whether the words from the preposition on are still the setting's: its article, a press noun, "microphones of")
    let setting = false;
    for (let r = k; r < k + 4 && isWord(toks[r]) && !isSpeech(toks[r]) && sent[r] === sent[j]; r++) {
      const t = toks[r]!;
      const given = GIVEN_TO.has(t.key) || t.key === 'with';
      preposition ||= dropsSubject && given;
      setting = given || (setting && (inLex(t, LEX.determiner) || (!t.cap && SOURCE_NOUNS.has(t.key)) || ON_AIR.has(t.key) ||
        (t.key === 'of' && ON_AIR.has(toks[r - 1]!.key))));
      const m = ix.startAt[r + 1] ?? -1;
      // (there, a name right after the preposition, its article, a press noun or a station's "microphones of" is whom
      // the words were given to, whatever its kind: "ha dichiarato al Corriere del Ticino", "ha detto ai microfoni di Rai
      // Radio3", "disse à agência Lusa")
      const givenTo = preposition && setting;
      if (speakerMention(ix, m) && ix.mentions[m]!.type === 'name' && (!preposition || ix.mentions[m]!.kind === 'person') && !givenTo)
        return { mention: m, cue: j, how: 'after-inverted', confidence: 0.8 };
    }
    return droppedAfter(ix, j, k, qv);
  }
  // why: '„…,“ povedala Marcela Horváthová (34), mother of five': a translation may leave the verb of speech in the
  // source language; one word no list knows, in lower case between a quotation closing on its comma and a full name
  // that closes the clause (or opens an age or an apposition), is the verb of that inverted cue
  const unknownVerb = untranslatedVerb(ix, qv, j, opens);
  if (unknownVerb) return unknownVerb;
  const mi = ix.startAt[j]!;
  if (speakerMention(ix, mi)) {
    let k = ix.mentions[mi]!.vj;
    for (let f = 0; f < 4 && isFiller(toks[k]); f++) k++;
    if (isSpeech(toks[k]) || phrasal(toks, k)) return { mention: mi, cue: k, how: 'after', confidence: 0.92 };
    // why: '“…,” the RCC was quoted by Daily Monitor newspaper.', '«…», she was quoted by PTI.': who the paper quoted
    // said the words; the paper after "by" is where they were reported (sourceNear reads it after the cue)
    if (isWord(toks[k]) && toks[k]!.key === 'quoted' && isWord(toks[k - 1]) && (toks[k - 1]!.key === 'was' || toks[k - 1]!.key === 'is') &&
      isWord(toks[k + 1]) && toks[k + 1]!.key === 'by') return { mention: mi, cue: k, how: 'after', confidence: 0.85 };
    // ('“…,” she analyses.': the same verbs, the speaker first, closing the sentence)
    // ('… he hammered in the evening on TVN24.': or a setting after it)
    if (quoteOnlyCue(toks[k]) && (endsClause(toks[k + 1]) || (isWord(toks[k + 1]) && SETTING_WORDS.has(toks[k + 1]!.key)))) return { mention: mi, cue: k, how: 'after', confidence: 0.8 };
    // why: '「This winter the water too cold,」 she kóng.': a translation may leave the verb of speech in its language
    // after a subject pronoun too; one word no list knows, in lower case, closing the clause right after the pronoun
    // that follows a quotation closing on its comma, is that verb
    if (k === ix.mentions[mi]!.vj && ix.mentions[mi]!.type === 'pronoun' && SUBJECT_PRONOUN.has(ix.mentions[mi]!.words[0]!) && isWord(toks[k]) && !toks[k]!.cap &&
      toks[k]!.lex === 0 && !toks[k]!.speech && LETTERS_ONLY.test(toks[k]!.key) && (ix.startAt[k] ?? -1) < 0 && endsClause(toks[k + 1]) && j === opens &&
      (isPunct(toks[j - 1], ',') || (j === qv + 1 && closesOnComma(ix.v.text, toks[qv]!))))
      return { mention: mi, cue: k, how: 'after', confidence: 0.6 };
    // why: "…," the email read / the sign reads: a document "reads" what it says
    if (isWord(toks[k]) && (toks[k]!.key === 'read' || toks[k]!.key === 'reads') && ix.mentions[mi]!.type === 'desc' && ix.mentions[mi]!.kind === 'organization')
      return { mention: mi, cue: k, how: 'after', confidence: 0.85 };
  }
  // why: the speaker's noun phrase may be long ("party chairman Ana Ruiz said", "Ruiz, the head of X, tweeted")
  // or the cue may close a longer sentence ("'…' grieving families, he said"): take the sentence's first speech verb
  // why: "calls him 'Mr. Mayor,' while Ruiz calls the mayor 'Jo'": a contrasting clause after the quotation is another
  // speaker's
  if (isWord(toks[j]) && CONTRAST_OPENERS.has(toks[j]!.key)) return null;
  // why: '"That makes me smart," when Ruiz blasted him': a clause of time or cause with a subject of its own tells
  // when the words were said, not who said them ("when asked about it, Ruiz said" still attributes)
  if (isWord(toks[j]) && occasion(toks[j]!) && (ix.startAt[j + 1] ?? -1) >= 0) return null;
  let relative = -1;
  for (let k = j + 1; k < toks.length && k <= j + 40 && sent[k] === sent[j]; k++) {
    if (toks[k]!.k === K.Quote) break;
    if (!isSpeech(toks[k])) continue;
    // why: '"…," the mayor, who spoke to Ana Ruiz, said': a relative clause's verb tells about the speaker; a verb
    // after it whose subject is the one the clause describes is the cue, else the clause's verb stays it
    if (relative < 0 && relativeVerb(toks, k)) {
      relative = k;
      continue;
    }
    if (relative >= 0) {
      const subj = subjectOf(ix, k);
      if (subj >= 0 && ix.mentions[subj]!.vj <= relative) return { mention: subj, cue: k, how: 'after', confidence: 0.85 };
      break;
    }
    // why: '"…," when asked about the storm, Ruiz said': the participle belongs to the occasion, the verb after it speaks
    if (k === j + 1 && occasion(toks[j]!)) continue;
    return speakerAfter(ix, j, k, mi);
  }
  return relative >= 0 ? speakerAfter(ix, j, relative, mi) : null;
}

/** Most tokens of a role written out before the name it is set beside ("the patroa maior of the guild of Vilanova, X"). */
const ROLE_TOKENS = 10;

/**
 * The person named right after a role in lower case at view token `k`, set off by a comma ('«…», said the patroa maior
 * of the guild of Vilanova, Ana Souto, before …'); -1 when there is none.
 */
// why: translations keep the source language's word for an office ("patroa maior", "sarpanch", "mukhtar") that no word
// list knows, so no description opens there; the name in apposition after the comma is still the one who spoke
function nameAfterRole(ix: Index, k: number): number {
  const { toks, sent } = ix.v;
  if (!isWord(toks[k]) || toks[k]!.key !== 'the' || toks[k]!.cap) return -1;
  for (let r = k + 1; r < k + ROLE_TOKENS && sent[r] === sent[k]; r++) {
    const t = toks[r];
    if (isPunct(t, ',')) {
      // why: "— says the farmer from Dusheti, 63-year-old Nodar Beridze.": translations set the age before the name
      // that restates the description
      const at = isWord(toks[r + 1]) && AGE_WORD.test(toks[r + 1]!.key) ? r + 2 : r + 1;
      const named = ix.startAt[at] ?? -1;
      const m = named >= 0 ? ix.mentions[named]! : null;
      if (!m || m.type !== 'name' || m.kind !== 'person' || m.possessive || !speakerMention(ix, named)) return -1;
      const after = toks[m.vj];
      // (or a colon, before the words it opens: "wrote the volunteer in the Emergency Room, Ustaza Hanan Yousif: “…”")
      return after === undefined || after.k === K.Break || isPunct(after, ',.;:') ? named : -1;
    }
    if (!isWord(t) || isSpeech(t)) return -1;
  }
  return -1;
}

/** Most tokens between a person's description after an inverted verb and the name that closes its phrase. */
const ROLE_NAME_TOKENS = 14;
/** Words that never stand in an office's phrase before its holder's name: a clause or an object opens there. */
const NOT_IN_ROLE = new Set(['who', 'whom', 'which', 'that', 'and', 'or', 'but', 'after', 'before', 'while', 'when', 'with', 'to', 'by', 'about', 'against',
  'than', 'as', 'because', 'since', 'during']);
/** Words a holder's name never follows directly in an office's phrase: it is their object ("of Jan Kowalski"). */
const OBJECT_LEADS = new Set(['of', 'for', 'from']);

/**
 * why: '„…” – said PAP the chairman of the works council of the union „Unity” in the depot Jan Kowalski.': Polish and
 * other Slavic translations write an office out in full, its bodies and places after "of" and "in", then the holder's
 * name without a comma, closing the sentence; the name is who spoke. For the person's description at mention `mi`,
 * that name's mention; else `mi` itself. Only words stand between (no comma, no verb of speech, no participle, no
 * clause opener), and the name follows no preposition that would make it an object ("the mayor of Jan Kowalski").
 */
function nameClosingRole(ix: Index, mi: number): number {
  const m = ix.mentions[mi]!;
  if (m.type !== 'desc' || m.kind !== 'person' || m.plural) return mi;
  const { toks, sent } = ix.v;
  for (let r = m.vj; r < m.vj + ROLE_NAME_TOKENS && sent[r] === sent[m.vi]; ) {
    const at = ix.startAt[r] ?? -1;
    if (at >= 0) {
      const n = ix.mentions[at]!;
      if (n.type === 'pronoun') return mi;
      if (n.type === 'name' && n.kind === 'person') {
        const after = toks[n.vj];
        const lead = toks[r - 1]!;
        return !n.possessive && speakerMention(ix, at) && !OBJECT_LEADS.has(lead.key) && (after === undefined || after.k === K.Break || isPunct(after, '.;')) ? at : mi;
      }
      r = Math.max(n.vj, r + 1);
      continue;
    }
    const t = toks[r];
    if (!isWord(t) || isSpeech(t) || NOT_IN_ROLE.has(t.key) || (!t.cap && (t.key.endsWith('ing') || t.key.endsWith('ed')))) return mi;
    r++;
  }
  return mi;
}

/** Whether a venue opens at view token `k`: a press noun after an article ("the agency Interfax", "the daily SME") or
 * an organisation's name. */
function venueAfter(ix: Index, k: number): boolean {
  const { toks } = ix.v;
  let n = k;
  if (isWord(toks[n]) && inLex(toks[n]!, LEX.determiner)) n++;
  if (isWord(toks[n]) && !toks[n]!.cap && SOURCE_NOUNS.has(toks[n]!.key)) return true;
  const m = ix.startAt[n] ?? -1;
  if (m < 0 || ix.mentions[m]!.type !== 'name') return false;
  // why: '»…«, tells Turið Midjord to Sosialurin.': a paper's name the lists do not know, closing the clause, is as much
  // where the words went (a person the words were told to is written "told X", not "told … to X")
  const kind = ix.mentions[m]!.kind;
  return kind === 'organization' || (kind === 'unknown' && !ix.mentions[m]!.possessive && endsClause(toks[ix.mentions[m]!.vj]));
}

/** Adjectives of how words were put, after an inverted "was" ('„…“, was short Vaklinov'). */
/** Most words of a role after the name that signs a quotation ("— Ana Ruiz, harbour minister"). */
const SIGNED_ROLE_WORDS = 8;
/** How sure a speaker is, said after the words ("— Petrov is convinced"). */
const CONVICTIONS = new Set(['convinced', 'sure', 'certain', 'confident']);
/** Possessives of the speaker's own ("shares his impressions"). */
const OWN_POSSESSIVES = new Set(['his', 'her', 'their']);
/** What a speaker shares after the words ("shares her impressions", "shared his thoughts"). */
const SHARED_NOUNS = new Set(['impressions', 'impression', 'thoughts', 'memories', 'experience', 'opinion', 'views', 'story', 'emotions', 'feelings']);
const MANNER_OF_WORDS = new Set(['short', 'brief', 'categorical', 'blunt', 'curt', 'terse', 'laconic', 'succinct', 'firm', 'adamant', 'emphatic', 'clear', 'explicit', 'sharp', 'direct']);

/** Most words in capitals a masthead named without a preposition after an inverted verb runs over. */
const CAPS_MASTHEAD_WORDS = 3;

/** Auxiliaries of the perfect tense, which translated news puts before an inverted speech verb. */
const PERFECT_AUX = new Set(['has', 'have', 'had']);
/** Prepositions that open where or to whom words were given, between an inverted verb and its speaker. */
const GIVEN_TO = new Set(['for', 'to', 'in', 'on', 'at', 'during', 'before', 'via', 'through', 'from']);

/** Nouns of a broadcast between "of the" and its name ("on the waves of the program «Région matin»"). */
const PROGRAMME_NOUNS = new Set(['program', 'programme', 'show', 'broadcast', 'radio', 'station', 'channel', 'television']);
/** Most capitalised words of a station's or a programme's name read past. */
const ON_AIR_NAME_WORDS = 5;

/**
 * Past "on the waves of the program «Région matin»", "at the microphone of Radio-Canada" at `k`: the token after the
 * station's or the programme's name; else `k`. French and Ukrainian translations set it between an inverted verb and
 * its speaker.
 */
function pastOnAir(ix: Index, k: number): number {
  const { toks, sent } = ix.v;
  const first = toks[k];
  if (!isWord(first) || (first.key !== 'on' && first.key !== 'at')) return k;
  const key = (j: number): string => (isWord(toks[j]) && sent[j] === sent[k] ? toks[j]!.key : '');
  if ((key(k) !== 'on' && key(k) !== 'at') || key(k + 1) !== 'the' || !ON_AIR.has(key(k + 2)) || key(k + 3) !== 'of') return k;
  let p = k + 4;
  if (key(p) === 'the') p++;
  if (PROGRAMME_NOUNS.has(key(p)) && !toks[p]!.cap) p++;
  const m = ix.startAt[p] ?? -1;
  if (m >= 0) return ix.mentions[m]!.kind === 'person' ? k : ix.mentions[m]!.vj;
  const from = p;
  if (!isWord(toks[p]) || !toks[p]!.cap) return k;
  // ("« Région matin »": a name in marks runs to its closing mark, whatever its case)
  const text = ix.v.text;
  let b = toks[p]!.s - 1;
  while (b > toks[p]!.s - 3 && text.charCodeAt(b) === 32) b--;
  const close = '«„“"‹'.includes(text[b] ?? '') ? text.slice(toks[p]!.s, toks[p]!.s + 80).search(/[»“”"›]/) : -1;
  const end = close >= 0 ? toks[p]!.s + close : -1;
  while (p < from + ON_AIR_NAME_WORDS && isWord(toks[p]) && sent[p] === sent[k] && (end >= 0 ? toks[p]!.e <= end : toks[p]!.cap)) p++;
  return p;
}

/**
 * why: 'Sulla stessa linea Giorgia Ferrari, responsabile … . «…», ha dichiarato al Corriere del Ticino.', '«…», contou à
 * STV.': in a language that drops the subject, a verb of speech `j` after the quotation `qv` with nothing after it but
 * where the words went (from `k`) speaks for the person the sentence before was about; null elsewhere.
 */
function droppedAfter(ix: Index, j: number, k: number, qv: number): Local | null {
  const { toks } = ix.v;
  if (ix.v.language === null || !DROPS_SUBJECT.has(ix.v.language)) return null;
  if (!endsClause(toks[k]) && !(isWord(toks[k]) && !toks[k]!.cap && GIVEN_TO.has(toks[k]!.key))) return null;
  const m = droppedSubject(ix, qv);
  return m >= 0 ? { mention: m, cue: j, how: 'after', confidence: 0.6 } : null;
}

/** Most tokens before a quotation looked through for the person a verb with a dropped subject stands for. */
const DROPPED_SUBJECT_REACH = 80;

/**
 * The person the sentence before the quotation at `qv` is about, for a verb after it whose subject is dropped: its
 * subject's name, else the first person that sentence names, else the first it describes ("Sulla stessa linea Giorgia
 * Ferrari, responsabile dell'industria per Unia Ticino."), within the paragraph and at most `sentences` sentences back
 * (the first that names one); -1 when none does.
 */
function droppedSubject(ix: Index, qv: number, sentences = 1): number {
  const { toks, sent } = ix.v;
  let r = qv - 1;
  while (r >= 0 && qv - r < DROPPED_SUBJECT_REACH && !isWord(toks[r])) r--;
  if (r < 0 || !isWord(toks[r]) || toks[r]!.para !== toks[qv]!.para) return -1;
  for (let n = 0; n < sentences && r >= 0 && toks[r]!.para === toks[qv]!.para; n++) {
    const sentence = sent[r];
    // (a name that is the sentence's subject first, "Em entrevista coletiva no Palácio do Campo das Princesas, a
    // governadora Helena Cavalcanti disse que …"; else a name before a description, "la jefa de urgencias del
    // hospital, la doctora Teresa Montalvo Rivas")
    let subject = -1;
    let name = -1;
    let described = -1;
    for (; r >= 0 && qv - r < DROPPED_SUBJECT_REACH && sent[r] === sentence; r--) {
      const m = ix.startAt[r] ?? -1;
      if (m < 0) continue;
      const d = ix.mentions[m]!;
      if (d.kind !== 'person' || d.type === 'pronoun' || d.possessive || d.plural) continue;
      if (d.type === 'name' && d.subject) subject = m;
      if (d.type === 'name') name = m;
      else described = m;
    }
    const found = subject >= 0 ? subject : name >= 0 ? name : described;
    if (found >= 0) return found;
  }
  return -1;
}

/**
 * why: "«…», disse o autarca à RTP. Afirmou ainda que a autarquia reviu …": a verb of speech that opens its sentence, in
 * a language that drops the subject, speaks for the person the sentence before was about (see droppedSubject). The
 * mention, or -1 when the verb does not open its sentence or the language keeps its subjects.
 */
export function droppedSubjectAt(ix: Index, k: number): number {
  if (ix.v.language === null || !DROPS_SUBJECT.has(ix.v.language)) return -1;
  const { toks, sent, sentStart } = ix.v;
  let w = sentStart[sent[k]!]!;
  while (w < k && !isWord(toks[w])) w++;
  return w === k && toks[k]!.cap ? droppedSubject(ix, k, 1) : -1;
}

/** The person a verb of speech at `k` stands for with its subject dropped, when only a colon (and line breaks) stands
 * between it and the quotation at `qv` and no person is named in its sentence; null otherwise. */
function droppedBefore(ix: Index, k: number, qv: number): Local | null {
  const { toks, sent } = ix.v;
  if (ix.v.language === null || !DROPS_SUBJECT.has(ix.v.language) || toks[k]!.cap) return null;
  let c = k + 1;
  if (!isPunct(toks[c], ':')) return null;
  for (c++; c < qv && (toks[c]!.k === K.Mark || toks[c]!.k === K.Break); c++);
  if (c !== qv) return null;
  for (let r = k - 1; r >= 0 && sent[r] === sent[k]; r--) if ((ix.startAt[r] ?? -1) >= 0 && ix.mentions[ix.startAt[r]!]!.kind === 'person') return null;
  let start = k;
  while (start > 0 && sent[start - 1] === sent[k]) start--;
  const m = droppedSubject(ix, start, 2);
  return m >= 0 ? { mention: m, cue: k, how: 'before', confidence: 0.6 } : null;
}

/**
 * The view token after one setting that starts at `k` ("for Digi24", "to the agency Lusa", "in a press conference"),
 * in the same sentence: the preposition, then the first mention within a few words (its object) and its end; `k` when
 * none opens there.
 */
function pastSetting(ix: Index, k: number): number {
  const { toks, sent } = ix.v;
  if (!isWord(toks[k]) || toks[k]!.cap || !GIVEN_TO.has(toks[k]!.key)) return k;
  const onAir = pastOnAir(ix, k);
  if (onAir > k) return onAir;
  // (whether a common noun has been read after the preposition: "during the debate the councillor of X, Y")
  let noun = false;
  for (let r = k + 1; r <= k + 4 && r < toks.length && sent[r] === sent[k]; r++) {
    const m = ix.startAt[r] ?? -1;
    // why: '"…," said during the debate the councillor of Urbanismo, Andrés Ferrer' (Spanish "defendió durante el debate
    // el concejal …", glossed): a setting of common nouns ends where an article opens the next noun phrase, the speaker
    if (m >= 0 && noun && inLex(toks[r]!, LEX.determiner) && ix.mentions[m]!.type !== 'pronoun' && ix.mentions[m]!.kind !== 'organization') return r;
    if (m >= 0) {
      // why: '"…," explained to the agency Grozny-Inform the chief engineer, X': a press noun and the outlet's name
      // after it are one venue; the speaker comes after both
      const d = ix.mentions[m]!;
      const named = d.type === 'desc' && d.kind === 'organization' && SOURCE_NOUNS.has(toks[d.vj - 1]!.key) ? ix.startAt[d.vj] ?? -1 : -1;
      const after = named >= 0 ? ix.mentions[named]!.vj : -1;
      if (named >= 0 && ix.mentions[named]!.type === 'name' && (ix.startAt[after] ?? -1) >= 0 && ix.mentions[ix.startAt[after]!]!.kind === 'person' &&
        ix.mentions[ix.startAt[after]!]!.type !== 'pronoun')
        return after;
      // ("«…», disse à agência Lusa.", "contou ao jornal Notícias.": with no one after it, a name of one word that is no
      // given name is the press noun's own, and nothing after the venue speaks; "disse ao nosso jornal Domingos Kiala"
      // names the speaker there)
      const n = named >= 0 ? ix.mentions[named]! : null;
      if (n !== null && n.type === 'name' && n.words.length === 1 && !FEMALE_NAMES.has(n.words[0]!) && !MALE_NAMES.has(n.words[0]!)) return after;
      return d.vj;
    }
    if (!isWord(toks[r]) || toks[r]!.cap && !inLex(toks[r]!, LEX.determiner)) return k;
    // ("from the hospital bed for the daily SME": a setting of common nouns ends where the next one opens)
    if (r > k + 2 && !toks[r]!.cap && GIVEN_TO.has(toks[r]!.key)) return r;
    if (!inLex(toks[r]!, LEX.determiner)) noun = true;
  }
  return k;
}

/** Who speaks through the verb at `k`, the first after the quotation that ends before `j`; `mi` the mention at `j`. */
function speakerAfter(ix: Index, j: number, k: number, mi: number): Local | null {
  const toks = ix.v.toks;
  // why: '"…," the statement quoted him as saying': after the quotation too, the one quoted spoke, not the document
  // or the paper that quotes him
  const quoted = quotedAs(ix, k);
  if (quoted >= 0) return { mention: quoted, cue: k, how: 'after', confidence: 0.8 };
  const subj = subjectOf(ix, k);
  if (subj >= 0) return { mention: subj, cue: k, how: 'after', confidence: k - j <= 8 ? 0.85 : 0.7 };
  if (speakerMention(ix, mi) && k - j <= 10) return { mention: mi, cue: k, how: 'after', confidence: 0.7 };
  let n = k + 1;
  for (let f = 0; f < 4 && isFiller(toks[n]); f++) n++;
  if (isPunct(toks[k - 1], ',') && speakerMention(ix, ix.startAt[n] ?? -1) && !toks[k]!.key.endsWith('ing') && inverts(toks[k]!))
    return { mention: ix.startAt[n]!, cue: k, how: 'after-inverted', confidence: 0.7 };
  return null;
}

const CONTRAST_OPENERS = new Set(['while', 'whereas', 'although', 'though']);
const PREPOSITIONS = new Set(['after', 'before', 'in', 'on', 'at', 'with', 'of', 'by', 'from', 'since', 'until', 'despite', 'following', 'amid', 'like', 'unlike', 'than']);
// ("Earthquake of 3.1 near Garrelsweer: '…'": a place a headline names before its colon says where, not who)
const COLON_PREPOSITIONS = new Set(['to', 'on', 'in', 'at', 'with', 'from', 'via', 'near', 'around', 'outside', 'inside', 'behind', 'across',
  'into', 'over', 'under', 'after', 'amid', 'against', 'between']);
const SUBORDINATORS = new Set(['when', 'after', 'before', 'as', 'if', 'because', 'since', 'although', 'though', 'while', 'once', 'until']);
/** Prepositions that front a phrase before the sentence's subject ("Alongside …,", "Despite …,", "Amid …,"). */
export const FRONTED = new Set(['alongside', 'amid', 'amidst', 'despite', 'with', 'without', 'during', 'following', 'among', 'unlike', 'like', 'in', 'on', 'at']);
/** Prepositions whose object is never the subject of the verb after it ("speaking to Radio Porto said"). */
const OBJECT_PREPOSITIONS = new Set(['to', 'with', 'for', 'from', 'at', 'in', 'on', 'by', 'about', 'against', 'near', 'close']);
/** Prepositions that take a noun phrase, never a clause ("in a message posted Friday"; "after" may open a clause). */
const NOUN_PREPOSITIONS = new Set(['in', 'on', 'at', 'with', 'from', 'of', 'by', 'through', 'via', 'into']);
/** Prepositions after a bare cue ("Ruiz said of the plan.") that open what the words were about or where said. */
const CUE_TAILS = new Set(['of', 'about', 'in', 'on', 'at', 'during', 'while', 'after', 'before', 'to']);
/** Nouns for words spoken aloud, which "came from" someone ('"…," came shouts from the crowd'). */
const UTTERANCES = new Set(['shout', 'shouts', 'cry', 'cries', 'chant', 'chants', 'reply', 'replies', 'response', 'answer',
  'voice', 'voices', 'call', 'calls', 'yell', 'yells', 'scream', 'screams', 'question', 'questions']);
const SUBJECT_PRONOUN = new Set(['he', 'she', 'i', 'we', 'they']);
/** Nouns of words given out, which "from X" says the speaker of ("a statement from X: '…'"). */
const STATEMENT_NOUNS = new Set<string>([...ANSWER_NOUNS, 'statement', 'message', 'words', 'warning', 'appeal', 'call', 'remarks']);
/** A clause of time, cause or condition ("when", "because", "if"); "as" introduces an attribution ("as Ruiz put it"). */
const occasion = (t: Tok): boolean => t.key !== 'as' && SUBORDINATORS.has(t.key);

/** What crowds do with words: chant, shout, cheer. */
const CROWD_VERBS = new Set(['chanting', 'shouting', 'cheering', 'yelling', 'booing', 'jeering', 'singing']);

/** The speaker of the speech verb at `k`: its subject, an inverted subject ("said Ruiz"), or the sentence's subject. */
export function verbSpeaker(ix: Index, k: number): Local | null {
  // (kept in an array by token, not a map: asked at every verb a walk back from each quotation meets)
  let found = ix.verbs[k];
  if (found === undefined) {
    found = speakerOfVerb(ix, k);
    ix.verbs[k] = found;
  }
  return found;
}

/**
 * why: "The Chinese side, as stated by the spokesman Shu Jueting, «firmly opposes» the sanctions": an aside of "as", a
 * participle of speaking and "by" names who said what the clause around it reports, whatever the clause's subject;
 * its mention after "by", else -1. (Not "as reported by", "as quoted by": a paper or an agency that carried the words
 * is where they were reported, and the claim's source.)
 */
function asStatedBy(ix: Index, k: number): number {
  const { toks } = ix.v;
  const t = toks[k]!;
  if (t.cap || !t.key.endsWith('ed') || REPORTED_BY.has(t.key) || toks[k - 1]?.key !== 'as' || toks[k + 1]?.key !== 'by') return -1;
  const mi = ix.startAt[k + 2] ?? -1;
  return speakerMention(ix, mi) && ix.mentions[mi]!.type !== 'pronoun' ? mi : -1;
}

/** Verbs that report someone else's words through a participle after "as" ("quoted Ruiz as saying"). */
const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** Forms of "be" and "get" that make "asked" passive ("Ruiz was asked, '…?'"). */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting']);

/**
 * "Ruiz was asked, '…?'": a passive "asked" makes its subject the one asked, never who puts the question. The asker
 * named after "by" ("was asked by a reporter"), -1 when the asker is unnamed, null when the cue at `k` is no passive
 * "asked".
 */
export function passiveAsker(ix: Index, k: number): number | null {
  const { toks } = ix.v;
  const t = toks[k];
  if (!isWord(t) || t.key !== 'asked' || t.cap) return null;
  let j = k - 1;
  for (let n = 0; n < 4 && j >= 0 && isFiller(toks[j]) && !PASSIVE_AUXILIARIES.has(toks[j]!.key); n++) j--;
  if (!isWord(toks[j]) || !PASSIVE_AUXILIARIES.has(toks[j]!.key)) return null;
  const by = toks[k + 1];
  if (isWord(by) && by.key === 'by' && speakerMention(ix, ix.startAt[k + 2] ?? -1)) return ix.startAt[k + 2]!;
  return -1;
}

/** Prepositions a statement a verb of speech went out through follows ("informed through a communiqué of …"). */
const THROUGH = new Set(['through', 'via', 'in']);
/** Nouns of a body's written statement. */
const COMMUNIQUE_NOUNS = new Set(['communiqué', 'communique', 'statement', 'note', 'release', 'bulletin']);

/** The organisation named by name in "through a communiqué of <body>" opening at view token `k`, else -1. */
function statementOf(ix: Index, k: number): number {
  const { toks } = ix.v;
  if (!isWord(toks[k]) || !THROUGH.has(toks[k]!.key) || !isWord(toks[k + 1]) || !inLex(toks[k + 1]!, LEX.determiner)) return -1;
  // ("through a statement of the Harbour Authority": read as one description, which stands for the body it is of)
  const d = ix.startAt[k + 1] ?? -1;
  if (d >= 0) {
    const m = ix.mentions[d]!;
    return m.type === 'desc' && COMMUNIQUE_NOUNS.has(m.words[0]!) && m.owner !== null && m.owner.type === 'name' && m.owner.kind === 'organization' ? d : -1;
  }
  const noun = toks[k + 2];
  if (!isWord(noun) || noun.cap || !COMMUNIQUE_NOUNS.has(noun.key) || !isWord(toks[k + 3]) || (toks[k + 3]!.key !== 'of' && toks[k + 3]!.key !== 'from')) return -1;
  const at = ix.startAt[k + 4] ?? -1;
  const body = at >= 0 ? at : isWord(toks[k + 4]) && toks[k + 4]!.key === 'the' ? (ix.startAt[k + 5] ?? -1) : -1;
  const m = body >= 0 ? ix.mentions[body]! : null;
  return m && m.type === 'name' && m.kind === 'organization' ? body : -1;
}

/** Verbs of speech that put a question ("asked", "inquired", "wondered"). */
const ASKING = new Set(['ask', 'inquire', 'enquire', 'query', 'wonder']);

/** Whether the cue at `k` puts a question: "a reporter asked Ruiz, '…?'", "Ruiz was asked, '…?'", "'…?' one resident
 * wondered", "'…?' a reporter wanted to know". */
export const asks = (ix: Index, k: number): boolean => {
  const t = k >= 0 ? ix.v.toks[k] : undefined;
  if (t === undefined) return false;
  return (isSpeech(t) && ASKING.has(SPEECH_VERBS.get(t.key)!)) || (PHRASAL.get(t.key) === TO_KNOW && phrasal(ix.v.toks, k));
};

/** The mention quoted by "quoted X as saying" when the participle at `k` closes that phrase, else -1. */
function quotedAs(ix: Index, k: number): number {
  const { toks } = ix.v;
  if (!toks[k]!.key.endsWith('ing') || !isWord(toks[k - 1]) || toks[k - 1]!.key !== 'as') return -1;
  const quoted = ix.endAt[k - 2] ?? -1;
  const verb = quoted >= 0 ? toks[ix.mentions[quoted]!.vi - 1] : undefined;
  // (an object pronoun is the one quoted here: "quoted him as saying")
  const m = quoted >= 0 ? ix.mentions[quoted]! : null;
  const who = m !== null && (speakerMention(ix, quoted) || (m.type === 'pronoun' && (OBJECT_SOURCES.has(m.words[0]!) || m.words[0] === 'her')));
  if (who && isWord(verb) && QUOTING.has(verb.key)) return quoted;
  return quotedPassive(ix, k);
}

/** Most tokens between a passive "quoted" and the "as" of "as saying" ("was quoted by the Malawi News Agency (MANA) as
 * saying"). */
const QUOTED_BY_TOKENS = 12;

/**
 * why: '"…," Chirwa was quoted by the Malawi News Agency (MANA) as saying': the subject of a passive "quoted" is who
 * spoke, whatever stands between "by" and "as" (the agency, its initials in brackets); the mention before the
 * auxiliary, else -1. `k` is the participle after "as".
 */
function quotedPassive(ix: Index, k: number): number {
  const { toks, sent } = ix.v;
  for (let j = k - 2; j >= 1 && j >= k - 2 - QUOTED_BY_TOKENS && sent[j] === sent[k]; j--) {
    const t = toks[j]!;
    if (t.k === K.Quote) return -1;
    if (!isWord(t) || t.cap || !QUOTING.has(t.key)) continue;
    let aux = j - 1;
    if (isFiller(toks[aux]) && !PASSIVE_AUXILIARIES.has(toks[aux]!.key)) aux--;
    if (!isWord(toks[aux]) || !PASSIVE_AUXILIARIES.has(toks[aux]!.key)) return -1;
    const mi = ix.endAt[aux - 1] ?? -1;
    return mi >= 0 && speakerMention(ix, mi) ? mi : -1;
  }
  return -1;
}

function speakerOfVerb(ix: Index, k: number): Local | null {
  const { toks, sent } = ix.v;
  const asBy = asStatedBy(ix, k);
  if (asBy >= 0) return { mention: asBy, cue: k, how: 'before-inverted', confidence: 0.8 };
  // why: "a report that quoted Ruiz as saying '…'": the person quoted speaks, not whoever quotes her
  const quoted = quotedAs(ix, k);
  if (quoted >= 0) return { mention: quoted, cue: k, how: 'before', confidence: 0.8 };
  const subj = subjectOf(ix, k);
  const sm = subj >= 0 ? ix.mentions[subj]! : null;
  // why: 'The Government informed through a communiqué of the Ministry of the Interior that it will send "…"': a body
  // that speaks through another body's statement passes on that body's words; the body the statement is of spoke
  const through = statementOf(ix, k + 1);
  if (through >= 0) {
    const body = subj >= 0 ? subj : sentenceSubject(ix, k);
    if (body >= 0 && ix.mentions[body]!.kind === 'organization') return { mention: through, cue: k, how: 'before', confidence: 0.75 };
  }
  // why: "In a Facebook message posted Sunday, Ruiz said …": a participle after a noun inside a prepositional phrase
  // describes the noun; it is no verb of the sentence
  if (sm && sm.type === 'desc' && toks[k]!.key.endsWith('ed') && sm.vj === k && isWord(toks[sm.vi - 1]) && NOUN_PREPOSITIONS.has(toks[sm.vi - 1]!.key)) return null;
  // why: "Nordvik issued a statement saying …": the document speaks for whoever issued it
  // why: "a week after the paper's editorial telling him to '…'": after a preposition the document is no object of
  // an issuing verb, and speaks for itself
  if (sm && sm.type === 'desc' && sm.kind === 'organization' && toks[k]!.key.endsWith('ing') && !(isWord(toks[sm.vi - 1]) && PREPOSITIONS.has(toks[sm.vi - 1]!.key))) {
    const issuer = sentenceSubject(ix, k);
    if (issuer >= 0 && issuer !== subj) return { mention: issuer, cue: k, how: 'sentence-subject', confidence: 0.75 };
  }
  // why: "it said the commissioner of the locality, X, to Radio Omdurman that …", "it told to the agency SUNA the
  // farmer X": Arabic puts the verb first and translations give it an "it" that holds nothing; the one after the
  // verb spoke
  if (sm && sm.type === 'pronoun' && sm.vj === k && sm.words[0] === 'it') {
    const after = afterEmptyIt(ix, k);
    if (after >= 0) return { mention: after, cue: k, how: 'before-inverted', confidence: 0.8 };
  }
  const second = sm ? verbSecond(ix, subj, k) : -1;
  if (second >= 0) return { mention: second, cue: k, how: 'before-inverted', confidence: 0.8 };
  if (second === UNNAMED) return null;
  if (subj >= 0) return { mention: subj, cue: k, how: 'before', confidence: 0.85 };
  // why: 'Calling Berg's rival "the partner we need," Mrs. Ruiz scolded him': a participle opening the
  // sentence has the main clause's subject, which follows the participle's clause
  if (toks[k]!.key.endsWith('ing') && opensSentence(ix, k)) {
    for (let j = k + 2; j < toks.length && j <= k + 60 && sent[j] === sent[k]; j++) {
      const mi = ix.startAt[j]!;
      const before = toks[j - 1]!;
      if (mi >= 0 && ix.mentions[mi]!.subject && speakerMention(ix, mi) && (before.k === K.Quote || isPunct(before, ',')))
        return { mention: mi, cue: k, how: 'sentence-subject', confidence: 0.6 };
    }
  }
  let n = k + 1;
  for (let f = 0; f < 4 && isFiller(toks[n]); f++) n++;
  n = pastTurn(toks, n);
  const prev = toks[k - 1];
  const mi = ix.startAt[n] ?? -1;
  const inverted = speakerMention(ix, mi) && !toks[k]!.key.endsWith('ing') && inverts(toks[k]!) && (ix.mentions[mi]!.type !== 'pronoun' || SUBJECT_PRONOUN.has(ix.mentions[mi]!.words[0]!));
  if (inverted && (!prev || prev.k === K.Quote || prev.k === K.Mark || isPunct(prev, ',') || sent[k - 1] !== sent[k]))
    return { mention: mi, cue: k, how: 'before-inverted', confidence: 0.85 };
  // ("And said the Wali of the state, X, in a press conference: «…»": Arabic opens on "and" before the verb; the
  // name set off after the office is who spoke)
  if (inverted && prev !== undefined && prev.key === 'and' && prev.cap && opensSentence(ix, k - 1)) {
    const apposed = ix.mentions[mi]!.type === 'desc' ? nameAfterRole(ix, n) : -1;
    if (apposed >= 0 || ix.mentions[mi]!.type === 'name') return { mention: apposed >= 0 ? apposed : mi, cue: k, how: 'before-inverted', confidence: 0.85 };
  }
  // why: 'with Ruiz tweeting that it was a "fiasco" and asking, "…"': a participle joined by "and" to an earlier one
  // shares its subject
  if (toks[k]!.key.endsWith('ing') && isWord(prev) && prev.key === 'and') {
    for (let j = k - 2; j >= 0 && j >= k - 25 && sent[j] === sent[k]; j--) {
      if (!isSpeech(toks[j]) || !toks[j]!.key.endsWith('ing')) continue;
      const first = subjectOf(ix, j);
      if (first >= 0) return { mention: first, cue: k, how: 'before', confidence: 0.75 };
      break;
    }
  }
  // why: "where about 80 protesters had assembled, chanting …": a crowd's verb goes with the group the sentence names
  // (the subject of its clause), not with the person the sentence is about
  if (CROWD_VERBS.has(toks[k]!.key) && isPunct(prev, ',')) {
    for (let j = k - 2; j >= 0 && j >= k - 30 && sent[j] === sent[k]; j--) {
      const gi = ix.startAt[j]!;
      const g = gi >= 0 ? ix.mentions[gi]! : null;
      if (g && g.plural && g.kind === 'person' && g.subject) return { mention: gi, cue: k, how: 'sentence-subject', confidence: 0.65 };
    }
  }
  // why: "…, saying", "and added", "to claim": the verb's subject is the sentence's subject
  const subject = sentenceSubject(ix, k);
  return subject >= 0 ? { mention: subject, cue: k, how: 'sentence-subject', confidence: 0.7 } : null;
}

/**
 * why: 'In a comment on Facebook wrote another citizen: "…"', 'On the radio said the minister X: …': German and
 * Luxembourgish keep the verb second after an opening setting, and translations keep the order; the name right before
 * the verb closes the setting (it follows a preposition, as no subject does), and the one after the verb spoke. The
 * mention after the verb, else -1.
 */
function verbSecond(ix: Index, subj: number, k: number): number {
  const { toks, sent } = ix.v;
  const sm = ix.mentions[subj]!;
  const open = ix.v.sentStart[sent[k]!]!;
  const first = toks[open];
  if (sm.vj !== k || !isWord(first) || !first.cap || !SETTING_OPENERS.has(first.key) || sm.vi - open > VERB_SECOND_SETTING) return -1;
  const lead = toks[sm.vi - 1];
  if (!isWord(lead) || !OBJECT_PREPOSITIONS.has(lead.key)) return -1;
  for (let c = open + 1; c < k; c++) if (!isWord(toks[c])) return -1;
  const after = ix.startAt[k + 1] ?? -1;
  const m = after >= 0 ? ix.mentions[after]! : null;
  if (m) return speakerMention(ix, after) && m.kind === 'person' && m.type !== 'pronoun' ? after : -1;
  // ("wrote another citizen": someone no word list makes a person, in lower case after a determiner, is still no setting)
  const det = toks[k + 1];
  return isWord(det) && !det.cap && inLex(det, LEX.determiner) && isWord(toks[k + 2]) && !toks[k + 2]!.cap ? UNNAMED : -1;
}
/**
 * The person or body right after speech verb `k` when the "it" before the verb is empty: after a verb that takes no
 * one as its object ("it said the minister"), or after the one it was told to ("it told to the agency SUNA the
 * farmer"). Else -1.
 */
function afterEmptyIt(ix: Index, k: number): number {
  const { toks, sent } = ix.v;
  // (past the one it was told to: a press noun and the name after it, "to the agency SUNA")
  const n = pastRecipient(ix, k + 1);
  const told = n > k + 1;
  if (!told && (toks[k + 1]?.key === 'to' || !inverts(toks[k]!))) return -1;
  const mi = ix.startAt[n] ?? -1;
  if (mi < 0 || sent[n] !== sent[k] || !speakerMention(ix, mi)) return -1;
  const m = ix.mentions[mi]!;
  if (m.type === 'pronoun' || m.kind === 'place' || m.possessive) return -1;
  // (the name set off after the description, or written right after it: "the farmer Tayeb Mustafa, 67 years,")
  let apposed = m.type === 'desc' ? nameAfterRole(ix, n) : -1;
  const next = m.type === 'desc' && apposed < 0 ? (ix.startAt[m.vj] ?? -1) : -1;
  if (next >= 0 && ix.mentions[next]!.type === 'name' && ix.mentions[next]!.kind === 'person') apposed = next;
  const speaker = apposed >= 0 ? apposed : mi;
  return closesSubject(toks[ix.mentions[speaker]!.vj]) ? speaker : -1;
}

/** Past "to" and the body told at view token `at` ("to Radio Omdurman", "to the agency SUNA"); else `at`. */
export function pastRecipient(ix: Index, at: number): number {
  if (ix.v.toks[at]?.key !== 'to') return at;
  let n = at + 1;
  for (let r = 0, mi = ix.startAt[n] ?? -1; r < 2 && mi >= 0 && ix.mentions[mi]!.kind === 'organization'; r++, mi = ix.startAt[n] ?? -1) n = ix.mentions[mi]!.vj;
  return n > at + 1 ? n : at;
}

/** Words after an inverted subject that show it is one: "It said the minister would resign" reports what the
 * minister would do, and the "it" is the one speaking there. */
const AFTER_INVERTED_SUBJECT = new Set(['that', 'to', 'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when']);
/** Whether view token `t`, right after a mention, closes it as the inverted subject of a verb of speech. */
const closesSubject = (t: Tok | undefined): boolean =>
  t === undefined || t.k === K.Break || t.k === K.Quote || isPunct(t, ',.;:—–') || (t.k === K.Word && AFTER_INVERTED_SUBJECT.has(t.key));

/** Whether the pronoun at view token `k` is followed by a speech verb that takes no object and a person's name of
 * the pronoun's gender, or of none known ("she said Dr. Al-Nour"). */
function namedAfterPronoun(ix: Index, k: number): boolean {
  const { toks } = ix.v;
  const pro = ix.startAt[k] ?? -1;
  let named = ix.startAt[k + 2] ?? -1;
  if (pro < 0 || named < 0 || !inverts(toks[k + 1]!)) return false;
  // ('»…,» he said the coach of Boteti Eagles, Rre Masego Lekgowe, at the press conference': or the name set off
  // after an office)
  if (ix.mentions[named]!.type === 'desc' && ix.mentions[named]!.kind === 'person') named = nameAfterRole(ix, k + 2);
  if (named < 0) return false;
  const m = ix.mentions[named]!;
  const g = ix.mentions[pro]!.gender;
  return m.type === 'name' && m.kind === 'person' && !m.possessive && speakerMention(ix, named) && (m.gender === null || m.gender === g) &&
    closesSubject(toks[m.vj]);
}

/** Whether the subject pronoun before speech verb `k` repeats the one after it ("So he said the 38-year-old director
 * to the agency"): a verb that takes no one as its object, then someone who may speak, closed as a subject is. */
function pronounRepeated(ix: Index, k: number): boolean {
  const { toks } = ix.v;
  const mi = ix.startAt[k + 1] ?? -1;
  if (mi < 0 || !inverts(toks[k]!) || !speakerMention(ix, mi)) return false;
  const m = ix.mentions[mi]!;
  return m.type !== 'pronoun' && m.kind === 'person' && !m.possessive && closesSubject(toks[m.vj]);
}

/** `verbSecond`'s answer when the one after the verb is nobody named. */
const UNNAMED = -2;
/** Most tokens of a setting that opens a sentence before its verb ("In a comment on Facebook"). */
const VERB_SECOND_SETTING = 10;

/** '"…." Ruiz said.': a sentence that is nothing but a cue belongs to the quotation before it. */
function bareCue(ix: Index, j: number): Local | null {
  const { toks, sent } = ix.v;
  const mi = ix.startAt[j]!;
  if (!speakerMention(ix, mi)) return null;
  let k = ix.mentions[mi]!.vj;
  for (let f = 0; f < 4 && isFiller(toks[k]); f++) k++;
  // why: '"…!" Rep. Ana Ruiz, D-Porto, said of it.': an apposition may stand between the name and its verb
  if (!isSpeech(toks[k])) {
    let c = k;
    while (c < toks.length && c <= k + 12 && sent[c] === sent[j] && !isSpeech(toks[c])) c++;
    if (!isSpeech(toks[c]) || sent[c] !== sent[j] || subjectOf(ix, c) !== mi) return null;
    k = c;
  }
  let end = k + 1;
  // why: "… said of the whirl of festival events.": a phrase telling what the words were about is still the cue
  const reach = isWord(toks[k + 1]) && CUE_TAILS.has(toks[k + 1]!.key) ? 16 : 6;
  while (end < toks.length && sent[end] === sent[j] && end - k <= reach && toks[end]!.k !== K.Quote && toks[end]!.key !== 'that') end++;
  return end < toks.length && sent[end] === sent[j] ? null : { mention: mi, cue: k, how: 'after', confidence: 0.6 };
}

/** Demonstratives that point back at the quotation before them ("These words …", "With these words …"). */
const BACK_POINTERS = new Set(['this', 'these', 'that', 'those']);
/** Most tokens from "These words" to the name of who said them, and to the verb that closes the sentence. */
const POINTED_SUBJECT_TOKENS = 10;
const POINTED_VERB_TOKENS = 32;
/** Nouns for words given out, which a demonstrative after a quotation points back at ("This warning was given by"). */
const GIVEN_WORDS = new Set(['words', 'word', 'warning', 'statement', 'message', 'appeal', 'remark', 'remarks', 'comment', 'comments',
  'answer', 'reply', 'response', 'reaction', 'declaration', 'assessment', 'promise', 'call', 'question', 'explanation']);
/** Forms of "be" after a demonstrative ("This was", "These words were"). */
const BE_FORMS = new Set(['was', 'were', 'is', 'are']);
/** Prepositions before the words pointed back at ("It is in these terms that", "It was with these words that"). */
const POINTING_PREPOSITIONS = new Set(['in', 'with', 'by', 'on']);

/**
 * A sentence of its own after a quotation, opening on a demonstrative that points back at it, and naming its
 * speaker: "These words were written on Facebook by X", "This warning was given by X", "With these words X replied",
 * "That is how X spoke", "This was the reaction of X". Translated news closes a quotation standing alone this way.
 */
function backReference(ix: Index, j: number): Local | null {
  const { toks, sent } = ix.v;
  if (!isWord(toks[j]) || !toks[j]!.cap) return null;
  const key = (k: number): string => (isWord(toks[k]) && sent[k] === sent[j] ? toks[k]!.key : '');
  const named = (k: number): number => {
    const mi = ix.startAt[k] ?? -1;
    return mi >= 0 && speakerMention(ix, mi) && ix.mentions[mi]!.type !== 'pronoun' ? mi : -1;
  };
  // ("With these words the conductor of the depot, X, replied": who follows the phrase, past a description of common
  // nouns the mentions leave out, up to the first name and never past a verb of speech)
  if (key(j) === 'with' && BACK_POINTERS.has(key(j + 1)) && GIVEN_WORDS.has(key(j + 2))) {
    for (let k = j + 3; k <= j + 12 && sent[k] === sent[j] && !isSpeech(toks[k]); k++) {
      const mi = named(k);
      if (mi >= 0) return { mention: mi, cue: j + 2, how: 'after-inverted', confidence: 0.7 };
      if (toks[k]!.k === K.Quote) break;
    }
    return null;
  }
  // ("These words the young camel driver Ali Houmed Kamil, 24 years, with a tired voice to our correspondent said": a
  // translation that keeps its verb last names who said the words "these words" point back to, before that verb)
  if (BACK_POINTERS.has(key(j)) && GIVEN_WORDS.has(key(j + 1)) && !BE_FORMS.has(key(j + 2))) {
    let mi = -1;
    for (let k = j + 2; k <= j + POINTED_SUBJECT_TOKENS && mi < 0 && sent[k] === sent[j] && !isSpeech(toks[k]) && toks[k]!.k !== K.Quote; k++) mi = named(k);
    if (mi < 0) return null;
    for (let k = ix.mentions[mi]!.vj; k <= j + POINTED_VERB_TOKENS && sent[k] === sent[j] && toks[k]!.k !== K.Quote; k++)
      if (isSpeech(toks[k]) && !toks[k]!.cap && !toks[k]!.key.endsWith('ing')) return { mention: mi, cue: k, how: 'after-inverted', confidence: 0.7 };
    return null;
  }
  // ("Quien habla es Eliécer Pacheco, de 58 años", "Quem fala é X", "A parlare è X": who speaks, or "to speak", is the
  // person named after "is")
  if ((key(j) === 'who' || key(j) === 'to') && isSpeech(toks[j + 1]) && !toks[j + 1]!.cap && BE_FORMS.has(key(j + 2))) {
    const mi = named(j + 3);
    return mi >= 0 ? { mention: mi, cue: j + 1, how: 'after-inverted', confidence: 0.7 } : null;
  }
  // ("C'est en ces termes que l'entraîneur de l'ASEC, Patrice Yao Kouadio, a résumé la rencontre", "It was with these
  // words that X replied": who spoke in the words pointed back at, between "that" and the verb, a name before a
  // description)
  if (key(j) === 'it' && BE_FORMS.has(key(j + 1)) && POINTING_PREPOSITIONS.has(key(j + 2)) && BACK_POINTERS.has(key(j + 3)) &&
    (key(j + 4) === 'terms' || GIVEN_WORDS.has(key(j + 4))) && key(j + 5) === 'that') {
    let speaker = -1;
    for (let k = j + 6; k <= j + POINTED_VERB_TOKENS && sent[k] === sent[j] && toks[k]!.k !== K.Quote; k++) {
      if (isSpeech(toks[k]) && !toks[k]!.cap) return speaker >= 0 ? { mention: speaker, cue: k, how: 'after', confidence: 0.7 } : null;
      const mi = named(k);
      if (mi >= 0 && (ix.mentions[mi]!.type === 'name' || speaker < 0)) speaker = mi;
    }
    return null;
  }
  // ("A senior officer of the Corporation who did not want to give his name said this.": the sentence's subject, when
  // it closes on a verb of speech and the demonstrative that points back)
  if (!BACK_POINTERS.has(key(j))) {
    const mi = named(j);
    if (mi < 0) return null;
    for (let k = ix.mentions[mi]!.vj; k <= j + 24 && sent[k] === sent[j]; k++) {
      if (toks[k]!.k === K.Quote) return null;
      if (!isSpeech(toks[k]) || toks[k]!.cap || !BACK_POINTERS.has(key(k + 1))) continue;
      const end = toks[k + 2];
      return end === undefined || sent[k + 2] !== sent[j] || isPunct(end, '.!') ? { mention: mi, cue: k, how: 'after', confidence: 0.7 } : null;
    }
    return null;
  }
  let p = j + 1;
  if (GIVEN_WORDS.has(key(p))) p++;
  if (!BE_FORMS.has(key(p))) return null;
  p++;
  // ("That is how X spoke": the person after "how", when a verb of speech follows in the sentence)
  if (p === j + 2 && key(p) === 'how') {
    const mi = named(p + 1);
    if (mi < 0) return null;
    for (let k = ix.mentions[mi]!.vj; k <= p + 16 && sent[k] === sent[j]; k++) if (isSpeech(toks[k]) && !toks[k]!.cap) return { mention: mi, cue: k, how: 'after-inverted', confidence: 0.7 };
    return null;
  }
  // ("This is what the farmer X told the agency", "This is what it told to the agency SUNA the farmer X": the one
  // who says what the quotation was, after the verb when an empty "it" stands before it, see `afterEmptyIt`)
  if (p === j + 2 && key(p) === 'what') {
    if (key(p + 1) === 'it' && isSpeech(toks[p + 2]) && !toks[p + 2]!.cap) {
      const mi = afterEmptyIt(ix, p + 2);
      return mi >= 0 ? { mention: mi, cue: p + 2, how: 'after-inverted', confidence: 0.7 } : null;
    }
    const mi = named(p + 1);
    if (mi < 0) return null;
    const k = ix.mentions[mi]!.vj;
    return isSpeech(toks[k]) && !toks[k]!.cap && sent[k] === sent[j] ? { mention: mi, cue: k, how: 'after', confidence: 0.7 } : null;
  }
  // ("This was the reaction of X")
  if (p === j + 2 && key(p) === 'the' && GIVEN_WORDS.has(key(p + 1)) && key(p + 2) === 'of') {
    const mi = named(p + 3);
    return mi >= 0 ? { mention: mi, cue: p + 1, how: 'after-inverted', confidence: 0.7 } : null;
  }
  // ("These words were written on Facebook in the afternoon by X": a passive participle, a short setting, "by")
  const participle = key(p);
  // (any participle after a noun of words, "given", "written"; after a bare "This", only a verb of speech: "This was
  // designed by X" is about something else)
  if (!participle || toks[p]!.cap || !(isSpeech(toks[p]) || (p > j + 2 && /(?:ed|en)$/.test(participle)))) return null;
  for (let k = p + 1; k <= p + 9 && sent[k] === sent[j]; k++) {
    if (toks[k]!.k === K.Quote || isSpeech(toks[k])) return null;
    if (key(k) === 'by') {
      const mi = named(k + 1);
      return mi >= 0 ? { mention: mi, cue: p, how: 'after-inverted', confidence: 0.7 } : null;
    }
  }
  return null;
}

/** Nouns for what someone said, which a possessive before them names the sayer of ("her comment that …"). */
const SPEECH_NOUNS = new Set(['comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'claim', 'claims', 'words',
  'promise', 'promises', 'vow', 'pledge', 'assertion', 'warning', 'suggestion', 'admission', 'insistence', 'argument',
  'accusation', 'boast', 'declaration', 'quip', 'prediction', 'description', 'characterization', 'characterisation']);

/**
 * `after her March comment that "…"`, `including his promise to stay "impartial"`: with no verb of speech between, a
 * quotation after a noun for something said belongs to whoever that noun's possessive names.
 */
export function possessedSpeech(ix: Index, qv: number): Local | null {
  const { toks, sent } = ix.v;
  for (let k = qv - 1; k >= 0 && k >= qv - 14 && sent[k] === sent[qv]; k--) {
    const t = toks[k]!;
    if (t.k === K.Quote) return null;
    if (t.k === K.Word && SPEECH_NOUNS.has(t.key)) {
      for (let j = k - 1; j >= 0 && j >= k - 3 && toks[j]!.k === K.Word; j--) {
        const mi = ix.endAt[j] ?? -1;
        if (mi < 0) continue;
        const m = ix.mentions[mi]!;
        const owner = m.type === 'pronoun' ? m.words[0] === 'his' || m.words[0] === 'her' : m.possessive;
        return owner && speakerMention(ix, mi) ? { mention: mi, cue: k, how: 'before', confidence: 0.7 } : null;
      }
      return null;
    }
    if (isSpeech(t)) return null;
  }
  return null;
}

/** How many other quotations a look-up for a quotation's cue or subject walks past before it gives up. */
export const QUOTES_CROSSED = 12;

/** Most tokens of a speaker's label before a colon that opens a quotation ("Ana Ruiz, mayor of Velsk:"). */
const LABEL_TOKENS = 8;

/**
 * When the quotation at view token `qv` follows a colon in its own paragraph, after a few words there that open on a
 * name's mention (past a bullet: "Ana Ruiz, mayor:", "• Tom Hale:"), the paragraph's first token; else 0.
 */
function labelFloor(ix: Index, qv: number): number {
  const toks = ix.v.toks;
  const colon = toks[qv - 1];
  if (colon === undefined || !isPunct(colon, ':') || colon.para !== toks[qv]!.para) return 0;
  // (the paragraph's start within a label's length and a bullet of the colon, or no label)
  let start = qv - 1;
  while (start > 0 && start > qv - LABEL_TOKENS - 2 && toks[start - 1]!.para === colon.para) start--;
  if (start > 0 && toks[start - 1]!.para === colon.para) return 0;
  let first = start;
  while (first < qv - 1 && (toks[first]!.k === K.Punct || toks[first]!.k === K.Break)) first++;
  const mi = ix.startAt[first] ?? -1;
  return mi >= 0 && ix.mentions[mi]!.type === 'name' && qv - 1 - first <= LABEL_TOKENS ? start : 0;
}

/** Whether a paragraph of its own opens on a capitalised word right after the quotation at view token `k`. */
function newParagraphAfter(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return isWord(next) && next.cap && next.para !== toks[k]!.para;
}

/** `Ruiz said: "…"`, `Ruiz said that X is "…"`, `according to X, "…"`, `the minister, claiming "…"`. */
export function cueBefore(ix: Index, qv: number): Local | null {
  const { toks, sent } = ix.v;
  const s = sent[qv]!;
  // why: of the cues found walking back, only the nearest and the earliest are weighed, so no list is made of them
  // (this runs for every quotation)
  let nearest: Local | null = null;
  let earliest: Local | null = null;
  let found = 0;
  let clauseBreak = -1;
  let crossed = 0;
  // why: "What they said: ¶ Ana Ruiz, mayor: “…”": a quotation its own paragraph introduces with a colon after words of
  // its own (a speaker's label) takes no cue from the paragraphs before it
  const floor = labelFloor(ix, qv);
  for (let k = qv - 1; k >= floor && sent[k] === s && k >= qv - 80 && found < 4; k--) {
    const t = toks[k]!;
    // why: no cue is looked for past a run of other quotations (a megabyte of '"x" "x" …' is one sentence)
    if (t.k === K.Quote && ++crossed > QUOTES_CROSSED) break;
    // (so does a paragraph's start inside the sentence, which runs on past a quotation that lost its stop: "Ruiz added:
    // “…” ¶ Hale said that the talks “…”" is Hale's)
    if (clauseBreak < 0 && ((t.lex & LEX.clauseBreak) !== 0 || (t.k === K.Quote && newParagraphAfter(toks, k)))) clauseBreak = k;
    if (isPunct(t, ';') && clauseBreak < 0) clauseBreak = k;
    const source = ix.according >= 0 && t.kid === ix.according ? accordingToAt(ix, k) : -1;
    if (source >= 0) {
      // why: "According to the minutes, Ruiz said '…'": the words are Ruiz's; the minutes are where they were
      // reported, which the claim's source names (a quotation with no speech verb but "according to X" is still X's)
      if (found === 0) nearest = earliest = { mention: source, cue: k, how: 'according-to', confidence: 0.85 };
      break;
    }
    // why: 'The mayor had, so the auditor, «…» signed', 'The port will, so Lind, «soon» reopen': German and Dutch
    // translations set "so X" ("so says X") off by commas inside the clause it reports; the quotation in that clause,
    // with no verb of speech nearer, is X's
    if (found === 0 && clauseBreak < 0 && t.key === 'so' && !t.cap && isPunct(toks[k - 1], ',') && isWord(toks[k - 2])) {
      const aside = soAside(ix, k, qv);
      if (aside) {
        nearest = earliest = aside;
        break;
      }
    }
    // why: 'he said that the cases of money being asked are "isolated cases"': a verb of speech after "being" describes a
    // noun ("money being asked", "Ruiz, being asked about it, said"); it is no cue, and the look goes on past it
    if (isSpeech(t) && !t.cap && isWord(toks[k - 1]) && toks[k - 1]!.key === 'being') continue;
    if (!isSpeech(t) && !phrasal(toks, k)) {
      const l = verbFirst(ix, k, qv);
      if (l) {
        nearest ??= l;
        earliest = l;
        found++;
      }
      continue;
    }
    // why: "Per il legale, l'ex dirigente non poteva decidere da solo. Al termine dell'udienza ha dichiarato: «…»": with
    // its subject dropped, a verb of speech right before the colon that opens the words speaks for the person the
    // sentences before it were about
    const l = verbSpeaker(ix, k) ?? droppedBefore(ix, k, qv);
    // why: "Adán Huerta Tzompaxtle closed with words that the people repeated with applause: «…»": a verb of speech in a
    // relative clause about a noun says what others did with the words; it is no cue of the quotation
    if (l && !(l.how === 'before' && isPunct(toks[qv - 1], ':') && inRelativeClause(ix, l.mention))) {
      nearest ??= l;
      earliest = l;
      found++;
    }
  }
  if (nearest && earliest) {
    // why: reported speech puts the speaker's verb first ("Ruiz said she is sure Lopez will continue to be '…'"),
    // unless the verb sits right at the quote or a new clause ("but Lopez said") starts after the first verb
    // why: a parenthetical cue ("…, he said, from …") sits next to the words it attributes
    const parenthetical = nearest.how === 'before' && isPunct(toks[nearest.cue + 1], ',') && isPunct(toks[ix.mentions[nearest.mention]!.vi - 1], ',—–');
    // why: '"…," said Lopez, who said that there are "…"': the relative clause's "who" is the nearer evidence
    const relative = ix.mentions[nearest.mention]!.words[0] === 'who' && nearest.mention - 1 === earliest.mention;
    // why: "When Ruiz suggested …, Lopez fired back: '…'": the first verb sat in a subordinate clause
    const opener = toks[ix.v.sentStart[s]!];
    const subordinate = isWord(opener) && SUBORDINATORS.has(opener.key) && nearest.how === 'before';
    // why: "The minister, who said last week the port would close, said the deal was '…'": the verb of a relative
    // clause about the speaker comes first, but the main clause's verb is the cue
    // (only when the later verb follows the comma that closes the clause and its subject stands before the clause:
    // "who told the council when asked: '…'" is all one clause)
    let closed = nearest.cue - 1;
    for (let f = 0; f < 4 && isFiller(toks[closed]); f++) closed--;
    const aside = relativeVerb(toks, earliest.cue) && isPunct(toks[closed], ',') && closed > earliest.cue && ix.mentions[nearest.mention]!.vj <= earliest.cue;
    // why: "Bernat he raised the glass and spoke to the television of the bar, where the minister was speaking of the
    // biodiversity: «…»": a verb of speech going on in a clause about a place, opened by ", where", sets the scene;
    // the main clause's verb before it is the cue
    if (earliest !== nearest && sceneAt(ix, nearest, earliest.cue)) return earliest;
    if (qv - nearest.cue <= 3 || nearest === earliest || parenthetical || relative || subordinate || aside || (clauseBreak > earliest.cue && nearest.how !== 'sentence-subject')) return nearest;
    return earliest.how === 'sentence-subject' && nearest.how !== 'sentence-subject' ? nearest : earliest;
  }
  const before = toks[qv - 1];
  // why: 'A buyer summarized the situation: «…»', 'The imam recalled it: «…»': a verb that says who spoke only next to
  // the words (see QUOTE_ONLY_CUES), with its short object, before the colon that opens them, is their cue
  if (isPunct(before, ':')) {
    for (let k = qv - 2; k >= qv - 4 && isWord(toks[k]) && sent[k] === s; k--) {
      if (!quoteOnlyCue(toks[k])) continue;
      const l = verbSpeaker(ix, k);
      if (l && !(l.how === 'before' && inRelativeClause(ix, l.mention))) return l;
      break;
    }
  }
  const label = headlineLabel(ix, qv);
  if (label >= 0) return { mention: label, cue: qv - 1, how: 'colon', confidence: 0.6 };
  const named = ix.endAt[settingBefore(toks, qv - 2)] ?? -1;
  // ("Davide Colombo … è stato netto ai microfoni di Rai Radio1: «…»": the station before the colon is where the words
  // went out; the sentence's subject said them)
  if (isPunct(before, ':') && named >= 0 && onAirOf(ix, ix.mentions[named]!.vi)) {
    const subject = sentenceSubject(ix, qv);
    return subject >= 0 && subject !== named ? { mention: subject, cue: qv - 1, how: 'colon', confidence: 0.6 } : null;
  }
  if (!isPunct(before, ':') || !speakerMention(ix, named)) return null;
  // why: "…told the newspaper X: '…'", "…on Twitter: '…'": a name after a preposition is where it was said, not who;
  // so is one after a venue's description ("… to the Danish newspaper Nordposten: '…'")
  let l = ix.mentions[named]!.vi - 1;
  for (let n = 0; n < 4 && isWord(toks[l]) && !COLON_PREPOSITIONS.has(toks[l]!.key) && (inLex(toks[l]!, LEX.determiner) || inLex(toks[l]!, LEX.orgNoun) || toks[l]!.cap); n++) l--;
  const lead = toks[l];
  // why: "Ruiz issued the following statement: '…'": a document before the colon is what the subject wrote
  const document = ix.mentions[named]!.type === 'desc' && ix.mentions[named]!.kind === 'organization';
  // ("Dr. Anikó Szalai, quoted by MTI: „…”": the agency that reported the words is no one who said them)
  const reporter = isWord(lead) && lead.key === 'by' && isWord(toks[l - 1]) && REPORTED_BY.has(toks[l - 1]!.key);
  // why: "Izmir statement from Minister Kılıçaslan: '…'", "A message from the mayor: '…'": the words come from whom the
  // utterance is said to come from
  if (isWord(lead) && lead.key === 'from' && isWord(toks[l - 1]) && STATEMENT_NOUNS.has(toks[l - 1]!.key) && !document)
    return { mention: named, cue: qv - 1, how: 'colon', confidence: 0.7 };
  // ("…, on the antenna of Espace FM: '…'", "…, in the columns of Le Soir: '…'": so is one after "of" and the medium
  // a preposition of place opens)
  const medium = isWord(lead) && lead.key === 'of' && !lead.cap && ofMedium(toks, l);
  if (document || reporter || medium || (isWord(lead) && COLON_PREPOSITIONS.has(lead.key))) {
    const subject = sentenceSubject(ix, qv);
    return subject >= 0 && subject !== named ? { mention: subject, cue: qv - 1, how: 'colon', confidence: 0.6 } : null;
  }
  // why: "The minister Ana Ruiz thanked the volunteers: «…»", "the woman of 61 years faced the officials of the
  // alcaldía: "…"": a group unnamed before the colon, after a verb that is no verb of speech, is whom the sentence's
  // subject spoke to; the subject, one person, said the words
  const m = ix.mentions[named]!;
  if (m.type === 'desc' && m.plural && isWord(lead) && !lead.cap && !inLex(lead, LEX.determiner)) {
    const subject = sentenceSubject(ix, qv);
    const sm = subject >= 0 ? ix.mentions[subject]! : null;
    if (sm !== null && subject !== named && sm.vj <= l && !sm.plural && sm.kind !== 'organization' && sm.kind !== 'place' && sm.type !== 'pronoun')
      return { mention: subject, cue: qv - 1, how: 'colon', confidence: 0.6 };
  }
  return { mention: named, cue: qv - 1, how: 'colon', confidence: 0.7 };
}

/** Prepositions of a time a colon's speaker may be followed by ("the starosta in the evening: «…»"). */
const COLON_SETTINGS = new Set(['in', 'on', 'at', 'during', 'after', 'before']);
/** Most words of such a setting. */
const COLON_SETTING_WORDS = 4;

/**
 * why: "Told the Radio Karpaty the starosta in the evening: «…»": a short setting of time between the speaker and the
 * colon ("in the evening", "on Monday") says when, not who; the token just before it, else `k` (the colon's neighbour).
 */
function settingBefore(toks: Tok[], k: number): number {
  if (!isWord(toks[k]) || !TIME_WORDS.has(toks[k]!.key)) return k;
  for (let j = k - 1; j > k - COLON_SETTING_WORDS && isWord(toks[j]); j--) if (!toks[j]!.cap && COLON_SETTINGS.has(toks[j]!.key)) return j - 1;
  return k;
}

/** Whether "of" at `k` follows a noun in lower case, after its article, that a preposition of place opens ("on the
 * antenna of", "in the columns of", "at the microphone of"). */
function ofMedium(toks: Tok[], k: number): boolean {
  let j = k - 1;
  if (!isWord(toks[j]) || toks[j]!.cap || inLex(toks[j]!, LEX.determiner)) return false;
  j--;
  if (isWord(toks[j]) && inLex(toks[j]!, LEX.determiner)) j--;
  return isWord(toks[j]) && !toks[j]!.cap && COLON_PREPOSITIONS.has(toks[j]!.key) && toks[j]!.key !== 'to';
}

/** Most tokens between the comma closing a "so X" aside and the quotation it governs. */
const SO_ASIDE_REACH = 12;
/** Most lowercase words of a title written without its article between "so" and a name. */
const SO_TITLE_WORDS = 2;

/**
 * The "so X," aside whose "so" is at view token `k` (after a comma), for the quotation at `qv` later in its clause: X
 * a name or a description that may speak, the comma right after it, the quotation a few tokens on; else null.
 */
function soAside(ix: Index, k: number, qv: number): Local | null {
  const { toks } = ix.v;
  let at = k + 1;
  // ("so prosecutor Ilse Vahl,": a title without its article before the name)
  for (let n = 0; n < SO_TITLE_WORDS && (ix.startAt[at] ?? -1) < 0 && isWord(toks[at]) && !toks[at]!.cap && !isSpeech(toks[at]); n++) at++;
  const mi = ix.startAt[at] ?? -1;
  if (mi < 0 || !speakerMention(ix, mi)) return null;
  const m = ix.mentions[mi]!;
  if ((at > k + 1 && m.type !== 'name') || m.type === 'pronoun' || !isPunct(toks[m.vj], ',') || qv - m.vj > SO_ASIDE_REACH) return null;
  return { mention: mi, cue: k, how: 'before', confidence: 0.75 };
}

/**
 * 'Bear damage, Governor 「…」', 'Minister Park "…"': Japanese, Korean and Chinese headlines put the quotation right
 * after whoever said it, with no colon and no verb. A name or a person's description opening the title line, or set
 * off there by a comma, right before its quotation is that label: the mention, else -1.
 */
function headlineLabel(ix: Index, qv: number): number {
  const { toks } = ix.v;
  const q = toks[qv]!;
  // (the quotation closes its clause: 'Trump ‘The Dealmaker’ Could Address …' runs on as the sentence's subject)
  const after = toks[qv + 1];
  if (q.para !== ix.v.titlePara || toks[qv - 1]?.para !== q.para || (after !== undefined && after.para === q.para && after.k === K.Word)) return -1;
  const mi = ix.endAt[qv - 1] ?? -1;
  const m = mi >= 0 ? ix.mentions[mi]! : null;
  if (!m || m.type === 'pronoun' || m.possessive || m.plural || !(m.type === 'name' || m.kind === 'person') || !speakerMention(ix, mi)) return -1;
  const b = toks[m.vi - 1];
  return !b || b.para !== q.para || isPunct(b, ',') ? mi : -1;
}

/**
 * why: "Said Whaea Mereana Pōtae, the chairwoman of the trust, to Radio Ngāti Porou: ‘…’": translations from languages
 * that put the verb first keep it first; a verb of speech opening its sentence, capitalised as every first word is,
 * right before a person's name or description, names that person. (A capitalised "Said" inside a name, "Said Ahmed",
 * is part of the name's mention.)
 */
function verbFirst(ix: Index, k: number, qv: number): Local | null {
  const t = ix.v.toks[k]!;
  if (t.k !== K.Word || !t.cap || (t.lex & LEX.speechVerb) === 0 || (ix.startAt[k] ?? -1) >= 0 || !opensSentence(ix, k)) return null;
  const mi = ix.startAt[k + 1] ?? -1;
  if (!speakerMention(ix, mi)) return null;
  const m = ix.mentions[mi]!;
  if (m.type === 'pronoun' || m.plural || m.possessive || m.kind === 'organization' || (m.type === 'desc' && m.kind !== 'person')) return null;
  // (a verb of speech after the name is the sentence's own: "Said Ahmed, a shopkeeper, told the radio: …")
  for (let j = m.vj; j < qv; j++) if (isSpeech(ix.v.toks[j])) return null;
  return { mention: mi, cue: k, how: 'before-inverted', confidence: 0.75 };
}

/** "According to X, …" or "For the researcher, …" opening the sentence that holds view token `k`. */
export function sentenceLead(ix: Index, k: number): Local | null {
  const { toks, sent } = ix.v;
  const j = firstWordOf(ix, k);
  const t = toks[j];
  if (!isWord(t)) return null;
  const source = accordingToAt(ix, j);
  if (source >= 0) return { mention: source, cue: j, how: 'lead', confidence: 0.8 };
  const first = ix.startAt[j] ?? -1;
  // why: headlines and transcripts: "Ana Ruiz: budget 'a disgrace'"
  if (speakerMention(ix, first) && ix.mentions[first]!.type === 'name' && isPunct(toks[ix.mentions[first]!.vj], ':'))
    return { mention: first, cue: ix.mentions[first]!.vj, how: 'colon', confidence: 0.6 };
  // why: "Radio Porto's Ana Ruiz on Harbour Leak: 'Unethical'": a headline names the speaker, then the topic, then
  // the words after a colon
  const named = first >= 0 && ix.mentions[first]!.possessive && ix.mentions[first]!.vj < k ? (ix.startAt[ix.mentions[first]!.vj] ?? -1) : first;
  if (speakerMention(ix, named) && ix.mentions[named]!.type === 'name' && ix.mentions[named]!.kind === 'person') {
    const on = ix.mentions[named]!.vj;
    if (isWord(toks[on]) && (toks[on]!.key === 'on' || toks[on]!.key === 'about')) {
      for (let c = on + 1; c < k && c <= on + 12 && sent[c] === sent[k]; c++) {
        if (isSpeech(toks[c]) || toks[c]!.k === K.Quote) break;
        if (isPunct(toks[c], ':')) return { mention: named, cue: c, how: 'colon', confidence: 0.6 };
      }
    }
  }
  // why: "Here's Ruiz in March 1988: '…'": a sentence that presents someone before a colon gives them the words
  if (t.key === 'here' && (t.possessive || toks[j + 1]?.key === 'is')) {
    const at = t.possessive ? j + 1 : j + 2;
    const pm = ix.startAt[at] ?? -1;
    if (speakerMention(ix, pm) && ix.mentions[pm]!.type === 'name') {
      for (let c = ix.mentions[pm]!.vj; c < k && c <= at + 14 && sent[c] === sent[k]; c++) {
        if (isSpeech(toks[c]) || toks[c]!.k === K.Quote) break;
        if (isPunct(toks[c], ':')) return { mention: pm, cue: c, how: 'colon', confidence: 0.6 };
      }
    }
  }
  const mi = ix.startAt[j + 1] ?? -1;
  // why: "For the researcher, …", "To Ruiz, Berg is the '…' man": the sentence's view is that person's
  if ((t.key === 'for' || t.key === 'to') && speakerMention(ix, mi) && isPunct(toks[ix.mentions[mi]!.vj], ',') && namesPerson(ix, mi))
    return { mention: mi, cue: j, how: 'lead', confidence: 0.6 };
  return null;
}

/** How far back a bare surname looks for the full name that made its bearer a person (bounded: linear time). */
const FULL_NAME_WINDOW = 300;

/** Whether mention `mi` is a person, or a bare surname ("Sharp") of someone the article named in full as one before. */
function namesPerson(ix: Index, mi: number): boolean {
  const m = ix.mentions[mi]!;
  if (m.kind === 'person') return true;
  if (m.type !== 'name' || m.kind !== 'unknown' || m.entity < 0) return false;
  for (let j = mi - 1; j >= 0 && j >= mi - FULL_NAME_WINDOW; j--) {
    const o = ix.mentions[j]!;
    if (o.entity === m.entity && o.kind === 'person') return true;
  }
  return false;
}

/** The first token of the sentence of view token `k` past any quote marks and breaks, at most `k`. */
function firstWordOf(ix: Index, k: number): number {
  const { toks, sent, sentStart } = ix.v;
  let o = sentStart[sent[k]!]!;
  while (o < k && (toks[o]!.k === K.Mark || toks[o]!.k === K.Break)) o++;
  return o;
}

/** Whether view token `k` is the first word of its sentence, past any quote marks and breaks. */
const opensSentence = (ix: Index, k: number): boolean => firstWordOf(ix, k) === k;

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend']);
const TIME_LEADS = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'later', 'that', 'previous']);

/** Most words of a phrase of manner or setting between a speaker and the verb ("with tears in her eyes", "sitting
 * beside the dry irrigation channel"). */
const MANNER_WORDS = 6;

/**
 * The token before "with" or a participle in -ing when a phrase of a few words in lower case, none of them a verb of
 * speech, runs from it to token `j` ("… with choked voice", "… sitting beside the channel"); else `j`.
 */
function mannerBefore(toks: Tok[], j: number): number {
  for (let k = j; k >= 0 && k > j - MANNER_WORDS - 1; k--) {
    const t = toks[k];
    if (!isWord(t) || t.cap || isSpeech(t)) return j;
    if (t.key === 'with' || (t.key.length > 5 && t.key.endsWith('ing'))) return k < j ? k - 1 : j;
  }
  return j;
}

/** The token before a time phrase ending at `j` ("on Friday", "last week", "on Tuesday night", "earlier this
 * month"), or `j` when there is none. */
function timeBefore(toks: Tok[], j: number): number {
  let k = j;
  if (!isWord(toks[k]) || !TIME_WORDS.has(toks[k]!.key)) return j;
  k--;
  if (isWord(toks[k]) && TIME_WORDS.has(toks[k]!.key)) k--;
  let leads = 0;
  while (leads < 2 && isWord(toks[k]) && TIME_LEADS.has(toks[k]!.key) && !toks[k]!.cap) {
    k--;
    leads++;
  }
  // why: "Ruiz Friday said" (no lead word) is written too, but only a bare day name or "today"/"yesterday" stands alone
  if (leads === 0 && !/day$/.test(toks[j]!.key)) return j;
  return k;
}
