/** Names in the narrative: capitalised runs with their titles ("Gov. Ana Ruiz", "General Luis Lopez"). */
import * as lexiconModule from './lexicon';
import * as mentionModule from './mention';
import type { EntityKind, Mention } from './mention';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import * as viewModule from './view';
import type { View } from './view';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { countryLike, DEMONYMS, mastheadWord, TRAILING_HONORIFICS, SETTLEMENT_NOUNS, SHORT_TITLES, FEMALE_NAMES, MALE_NAMES, GOING_ON, NAME_CONNECTORS, OFFICE_WORDS, ORG_WORDS, isPersonNoun, PLACE_WORDS, PLATFORMS, SPEECH_VERBS, TITLES, TOLD_FORMS } = lexiconModule;
const { genderOf, isPunct, isWord, sentenceStart } = mentionModule;
const { inLex, K, LEX, particleAbbreviation, presentSpeechCap, QUOTE_MARKS } = tokensModule;
const { capitalisedMid, KEY, seenLower } = viewModule;

/** Words after which a capitalised word stands alone as a name ("the UN and …", "the Senate of …"). */
const GIVEN_NAME = (key: string): boolean => FEMALE_NAMES.has(key) || MALE_NAMES.has(key);
const FUNCTION_WORDS = new Set(['and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'was', 'has', 'had', 'will', 'would', 'who', 'which', 'that']);
/** A title or a capitalised role noun leads a name ("Gov. Ana Ruiz", "Anchor Ruth Adler"). */
function titleLike(k: string): boolean {
  return TITLES.has(k) || isPersonNoun(k);
}

/** Auxiliary verbs, which no name contains ("Will" and "May" are names too, so they are not here). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'would', 'could', 'should']);

const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'madam']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * A capitalised word of a headline that the article never capitalises inside a sentence of its own ("Wins", "Makes",
 * "History"): in title case it is no part of a name ("Ruiz Wins Delaware" names Ruiz), unless it is a title or names
 * an organisation.
 */
const headlineWord = (v: View, i: number, t: Tok): boolean =>
  (v.headline[t.para] === 1 || v.shouted[i] === 1) && (v.keyUse[t.kid]! & KEY.capMid) === 0 && !inLex(t, LEX.title) && !inLex(t, LEX.orgWord);

/** A capitalised word that can open a name here. */

/** Most initials before a name ("K. A. Swarna Kumari", "A. P. J. Abdul Kalam"). */
const MAX_INITIALS = 4;

/**
 * When view token `k` opens a chain of initials, each one capital letter with its dot ("K. A.", "A. B."), followed by a
 * capitalised word that may be a name: the index of that word; else -1. An initial spelled as a word the lexicon knows
 * ("A", "I") is an initial there, not an article or a pronoun.
 */
export function initialsEnd(v: View, k: number): number {
  const toks = v.toks;
  for (let n = 0; n < MAX_INITIALS; n++, k += 2) {
    const t = toks[k];
    const dot = toks[k + 1];
    if (!isWord(t) || t.e - t.s !== 1 || !t.cap || dot?.k !== K.Punct || dot.key !== '.' || dot.s !== t.e) return -1;
    const next = toks[k + 2];
    if (isWord(next) && next.cap && next.s - dot.e === 1 && next.para === t.para && next.e - next.s > 1 && !inLex(next, LEX.notName)) return k + 2;
  }
  return -1;
}

/** Dotted capitals of a calendar's era ("E.C", "B.E", "A.D"), as a token holds them. */
const ERA = /^\p{Lu}(\.\p{Lu}){1,2}$/u;

export function nameStart(v: View, i: number, asModifier = false): boolean {
  const t = v.toks[i]!;
  // why: "said K. A. Swarna Kumari", "A. B. Perera": a name opening on initials, the first of them "A"
  if (initialsEnd(v, i) > 0 && !headlineWord(v, i, t)) return true;
  if (t.k !== K.Word || !t.cap || inLex(t, LEX.notName) || AUXILIARIES.has(t.key) || /^\d/.test(t.key) || headlineWord(v, i, t)) return false;
  // why: "Meskerem 7, 2018 E.C.", "the year 2567 B.E.": an era's dotted capitals right after a year date the year, they
  // name no one (a calendar's era is written so in Ethiopian and Thai news)
  if (isWord(v.toks[i - 1]) && /^\d{1,4}$/.test(v.toks[i - 1]!.key) && v.toks[i - 1]!.e < t.s && ERA.test(v.text.slice(t.s, t.e))) return false;
  // why: "GOVERNOR ASKS SPEED": a role noun in a subheading's capitals is the word, not a name of its own
  if (t.e - t.s >= 4 && (inLex(t, LEX.title) || inLex(t, LEX.personNoun)) && allCapitals(v.text, t)) return false;
  // why: "Bhatti Sahib further said": an honorific after a name is the name's, never a name of its own
  if (TRAILING_HONORIFICS.has(t.key) && isWord(v.toks[i - 1]) && v.toks[i - 1]!.cap && v.toks[i - 1]!.e + 1 === t.s) return false;
  // why: "Texas-based Ana Ruiz", "Irish-born Tomas Berg": a place made an adjective describes the name after it
  if (t.key.endsWith('-based') || t.key.endsWith('-born')) return false;
  const next = v.toks[i + 1];
  const nextCap = isWord(next) && next.cap;
  // why: a capitalised common word opening a sentence ("Traveling", "Everything") is not a name unless the
  // article capitalises it elsewhere too, or it speaks
  // why: "Lund, who sat in the front row, said …": a word a relative clause describes is a name
  const relative = isWord(v.toks[i + 2]) && v.toks[i + 2]!.key === 'who' && next?.k === K.Punct && next.key === ',';
  // why: "Narges, a 34-year-old resident of Naziabad, told …": a word an apposition describes as a person is a name
  // ("“…,” Hale, the Labour leader, told …": or, in the speaker's place right after a quotation, as "the …")
  const apposed = next?.k === K.Punct && next.key === ',' && describedAsPerson(v, i + 2, v.toks[i - 1]?.k === K.Quote);
  // why: "Calling Mr. Burr's challenger …", "Thanks, Dr. Lee": a courtesy title opens the name, so a word before it
  // that is no title of its own is no part of it
  if (nextCap && COURTESY.has(next.key) && !titleLike(t.key)) return false;
  // ("the Corriere della Sera": a connector before another capitalised word goes on with the name)
  const connects = isWord(next) && NAME_CONNECTORS.has(next.key) && isWord(v.toks[i + 2]) && v.toks[i + 2]!.cap;
  // ("Joana da Silva, 81, lives …": a name opening a sentence goes on past its connector, as one inside it does)
  // why: "Darmaji (58), a resident of Ketanjung, told …": an age in parentheses right after the word, as Indonesian,
  // Korean and Japanese news give it, says a person's name
  const aged = isPunct(next, '(') && isAge(v.toks[i + 2]) && isPunct(v.toks[i + 3], ')');
  // why: "Informs RIA Novosti.", "Writes Kommersant:", "Reports TASS.": a verb of speech in the present opening a
  // sentence before a name, as Russian translations put it, is no part of the name
  if (nextCap && sentenceStart(v, i) && presentSpeechCap(t)) return false;
  // why: "Officials said …", "Witnesses told …", "Residents said …": the plural of a person noun opening a sentence is
  // a group of people, whoever speaks after it, unless the article capitalises it inside a sentence too (a surname)
  if (sentenceStart(v, i) && !nextCap && inLex(t, LEX.personPlural) && !capitalisedMid(v, t) && !colonQuote(v, i)) return false;
  if (sentenceStart(v, i) && !nextCap && !relative && !apposed && !aged && !inLex(t, LEX.title) && (seenLower(v, t) || !capitalisedMid(v, t)) && !speaksNext(v, pastAge(v, i + 1)) &&
    !ownerOpening(v, i) && !colonQuote(v, i) && !(connects && !seenLower(v, t))) return false;
  // why: "the Danish navy", "this Franco-German accord": a capitalised modifier, not a name
  const prev = v.toks[i - 1];
  // ("In the FSS they answered": nor is one before a pronoun, which opens a clause)
  // ("the Agence d'Information du Burkina": nor one before an article elided onto a capitalised word)
  const modifies = !nextCap && isWord(next) && !next.cap && !connects && !inLex(next, LEX.speechVerb) && !inLex(next, LEX.filler) && !FUNCTION_WORDS.has(next.key) &&
    !inLex(next, LEX.pronoun) && !elidedArticle(v.text, next);
  if (!asModifier && modifies && isWord(prev) && inLex(prev, LEX.determiner)) return false;
  // why: "the head of Russian diplomacy", "his Turkish counterpart": a nationality before a noun in lower case
  // modifies it, with no determiner before it too
  if (modifies && DEMONYMS.has(t.key)) return false;
  // why: "The Ukrainian Daria Kovalenko", "said the Norwegian": a nationality before a given name, or standing for a
  // person after a determiner, is no part of a name
  if (DEMONYMS.has(t.key) && (nextCap ? GIVEN_NAME(next.key) : isWord(prev) && inLex(prev, LEX.determiner))) return false;
  return true;
}

/** Whether token `t` is written in capitals only ("GOVERNOR"). */
function allCapitals(text: string, t: Tok): boolean {
  for (let i = t.s; i < t.e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127 && text[i] !== text[i]!.toUpperCase()) return false;
  }
  return true;
}

/** Most words between the article of an apposition and its person noun ("a 34-year-old retired teacher"). */
const APPOSED_NOUN_REACH = 4;

/** Whether view token `k` opens "a/an …" (or "the …", when `definite`) with a person noun or an age among its next few words. */
function describedAsPerson(v: View, k: number, definite = false): boolean {
  const a = v.toks[k];
  if (!isWord(a) || (a.key !== 'a' && a.key !== 'an' && !(definite && a.key === 'the'))) return false;
  for (let j = k + 1; j <= k + APPOSED_NOUN_REACH && isWord(v.toks[j]); j++) {
    const t = v.toks[j]!;
    if (inLex(t, LEX.personNoun) || /^\d+-year-old$/.test(t.key)) return true;
  }
  return false;
}

/** Whether token `t` is a number of one to three digits, as an age is. */
function isAge(t: Tok | undefined): boolean {
  return isWord(t) && t.e - t.s <= 3 && /^\d+$/.test(t.key);
}

/** Past an age set off by commas ("Smith, 45, said"): the word after it, else `k` itself. */
export function pastAge(v: View, k: number): number {
  return pastAgeIn(v.toks, k);
}

/**
 * The token after an age set off after a name at token `k` and the comma that closes it (", 54,", ", 88 years,",
 * ", 88 years old,", " (34),"); `k` when there is none.
 */
export function pastAgeIn(toks: Tok[], k: number): number {
  const open = toks[k];
  const bracket = open?.k === K.Punct && open.key === '(';
  if (!bracket && !(open?.k === K.Punct && open.key === ',')) return k;
  const age = toks[k + 1];
  if (!isWord(age) || age.e - age.s > 3 || !/^\d+$/.test(age.key)) return k;
  let j = k + 2;
  if (bracket) {
    if (!(toks[j]?.k === K.Punct && toks[j]!.key === ')')) return k;
    j++;
  } else if (isWord(toks[j]) && toks[j]!.key === 'years') j += isWord(toks[j + 1]) && toks[j + 1]!.key === 'old' ? 2 : 1;
  const close = toks[j];
  return close?.k === K.Punct && close.key === ',' ? j + 1 : k;
}

/** How many lower-case words may come between an owner opening a sentence and the noun it owns. */
const OWNED_REACH = 3;

/**
 * "Portugal’s foreign ministry issued …", "Berg’s campaign said …": a capitalised word with a possessive mark that
 * opens a sentence, which the article never writes in lower case, and owns a noun for a person or a body a few
 * lower-case words on, is a name, as it would be inside a sentence. ("Today’s" and the other words that never start a
 * name are left out before this is asked.)
 */
function ownerOpening(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (!t.possessive || seenLower(v, t)) return false;
  for (let k = i + 1; k <= i + OWNED_REACH && k < v.toks.length; k++) {
    const w = v.toks[k]!;
    if (w.k !== K.Word || w.cap) return false;
    if (inLex(w, LEX.personNoun) || inLex(w, LEX.orgNoun)) return true;
    if (w.speech || w.filler) return false;
  }
  return false;
}

/**
 * Words that label what follows a colon ("Exclusive: '…'", "Q: '…'") rather than name who says it; the lexicon's
 * not-a-name words ("Note", "Update", "Photo", "Watch") are left out before this is asked.
 */
const COLON_LABELS = new Set(['q', 'a', 'question', 'answer', 'exclusive', 'breaking', 'analysis', 'opinion', 'editorial', 'comment', 'correction',
  'transcript', 'caption', 'credit', 'credits', 'warning', 'live', 'explainer', 'review', 'interview', 'statement', 'quote', 'quotes', 'verdict',
  'factbox', 'timeline', 'background', 'context', 'headline', 'headlines', 'summary', 'recap', 'reminder', 'flashback', 'poll', 'quiz', 'listen',
  'video', 'audio', 'podcast', 'graphic', 'chart', 'map', 'sources', 'disclaimer', 'disclosure', 'clarification', 'bulletin', 'alert']);

/**
 * "Lund: '…'": a colon right before a quotation is a cue as a speech verb is, so a lone capitalised word opening a
 * headline or a transcript line before one is the speaker's name, though the article never writes it again; a label
 * ("Exclusive:", "Q:") is none.
 */
function colonQuote(v: View, i: number): boolean {
  const colon = v.toks[i + 1];
  const quote = v.toks[i + 2];
  return colon?.k === K.Punct && colon.key === ':' && quote?.k === K.Quote && !COLON_LABELS.has(v.toks[i]!.key);
}

export function speaksNext(v: View, k: number): boolean {
  for (let f = 0; f < 4 && isWord(v.toks[k]) && inLex(v.toks[k]!, LEX.filler); f++) k++;
  if (!isWord(v.toks[k])) return false;
  // why: "Berglund went on to say, '…'": going on is speaking on, as "said" is
  if (GOING_ON.has(v.toks[k]!.key) && v.toks[k + 1]?.key === 'on') return true;
  // why: "The municipality let know that …": Afrikaans and Dutch "laat weet", kept as "let know", report as "said" does
  if (v.toks[k]!.key === 'let' && v.toks[k + 1]?.key === 'know' && v.toks[k + 2]?.key === 'that') return true;
  // why: "the strike will continue with the operation …", "Ruiz continues to fight": going on with something is no
  // speech; "he continued: …", "“…,” she continued." is
  if (CONTINUING.has(v.toks[k]!.key) && isWord(v.toks[k + 1])) return false;
  return inLex(v.toks[k]!, LEX.speechVerb);
}
const CONTINUING = new Set(['continue', 'continues', 'continued', 'continuing']);


export function nameRun(v: View, i: number): number {
  const toks = v.toks;
  let j = i + 1;
  let titled = inLex(toks[i]!, LEX.title) || inLex(toks[i]!, LEX.orgWord);
  let body = inLex(toks[i]!, LEX.orgWord);
  // (a run holding a title or a given name is a person's: "Board Chairman Ana Ruiz and Port Director Tomas Berg" are two)
  let personal = inLex(toks[i]!, LEX.title) || GIVEN_NAME(toks[i]!.key);
  // (past a title's "of": the office's portfolios follow)
  let office = false;
  let nickname = -1;
  // why: a real name has a handful of words; a capitalised wall of text is not one
  while (j < toks.length && j < i + 12) {
    const t = toks[j]!;
    const prev = toks[j - 1]!;
    // why: "Butt Sahib", "Haji Sahib", "Rahimi Khanum": an honorific after the name is no part of it
    if (t.k === K.Word && TRAILING_HONORIFICS.has(t.key)) {
      // ("Server ağa Seitmemetov", "Elmaz hanım Abdullayeva": Crimean Tatar and Turkish write the honorific after the given
      // name, and a surname may follow it; the name goes on over it)
      const next = toks[j + 1];
      if (!t.cap && prev.k === K.Word && prev.cap && t.s === prev.e + 1 && isWord(next) && next.cap && next.s === t.e + 1 && !inLex(next, LEX.notName) &&
        !next.speech && !lineBetween(v.text, t.e, next.s)) {
        j++;
        continue;
      }
      break;
    }
    // why: headlines capitalise verbs ("Ana Ruiz Calls Budget Cuts …", "Ana Ruiz Is Winning"); a speech verb or an
    // auxiliary ends the name
    // ("the deputy group «Renewal» Vadym Hryshchenko": a mark between two words, left from a name in marks that is no
    // quotation, ends the name before it)
    if (t.k === K.Word && t.cap && ((!inLex(t, LEX.notName) && !t.speech) || speechWordInName(v, j) || syllableInName(v, j)) && (!prev.possessive || groupPossessive(prev)) && !AUXILIARIES.has(t.key) && !headlineWord(v, j, t) &&
      (t.s - prev.e < 2 || !markBetween(v.text, prev.e, t.s) || apostropheAfterTitle(v.text, prev, t) || elidedEnd(v.text, prev, t)) && !lineBetween(v.text, prev.e, t.s) &&
      (body || !slashBetween(v.text, prev.e, t.s) || writtenInCapitals(v.text, prev) || initialOfCapitals(v.text, prev, t))) {
      titled ||= inLex(t, LEX.title) || inLex(t, LEX.orgWord);
      body ||= inLex(t, LEX.orgWord);
      personal ||= inLex(t, LEX.title) || GIVEN_NAME(t.key);
      j++;
    } else if ((personal || j - i >= 2) && prev.k === K.Word && prev.cap && !prev.possessive && (nickname = nicknameEnd(v, j)) > j) {
      // ("Kapitan Rodolfo "Dolfo" Villanueva": or after two capitalised words, whatever lists know of them)
      // why: "Governor Maria Theresa “Tess” Alcantara", "Ferdinand “Bongbong” Marcos": a nickname in marks between a
      // person's given names and surname is part of the name
      j = nickname;
    } else if (office && ((t.k === K.Word && t.key === 'and') || (t.k === K.Punct && t.key === ',')) && isWord(toks[j + 1]) && toks[j + 1]!.cap &&
      OFFICE_WORDS.has(toks[j + 1]!.key) && toks[j + 1]!.s - t.e < 2) {
      // why: "Minister of Trade, Industry and Energy Kim Tae-sik": an office's portfolios listed after its "of" are one
      // title, and the name after them is the holder's
      j++;
    } else if (t.k === K.Word && t.e - t.s === 1 && t.cap && ((prev.k === K.Word && prev.cap && !prev.possessive) || prev.key === '.') && initialsEnd(v, j) > 0) {
      // why: "James A. Lewis", "Lewis I. Libby", "Mrs. K. A. Swarna Kumari": initials are part of the name, even one
      // spelled as a word the lexicon knows ("A", "I")
      j++;
    } else if (t.k === K.Punct && t.key === '.' && prev.k === K.Word && (SHORT_TITLES.has(prev.key) || v.abbreviated.has(prev.key) || (prev.e - prev.s === 1 && prev.cap) || joinedInitials(v.text, prev)) &&
      toks[j + 1]?.k === K.Word && toks[j + 1]!.cap && t.s === prev.e) {
      // ("D.K. Shivakumar", "H.D. Kumaraswamy": initials written together, as Indian news writes them, go on too)
      j++;
    } else if (t.k === K.Word && ((!t.cap && NAME_CONNECTORS.has(t.key)) || (t.key === 'of' && titled) ||
      // why: "Marta Oller i Vila": Catalan joins a person's two surnames with a lower-case "i" that translation keeps;
      // after a given name and a surname it goes on with the name (a lone "i" is no English word)
      (t.key === 'i' && !t.cap && t.e - t.s === 1 && j >= i + 2 && !body && isWord(toks[j - 2]) && toks[j - 2]!.cap) || (body && !personal && bodyConnector(t, toks[j + 1])) ||
      (!body && !personal && t.key === 'and' && bodyNamedAfterAnd(toks, j)) ||
      // ("Minister for Food Chaudhry Arshad Warraich": "for" names a minister's portfolio as "of" does)
      (t.key === 'for' && !t.cap && personal && inLex(prev, LEX.title) && OFFICE_WORDS.has(toks[j + 1]?.key ?? ''))) &&
      toks[j + 1]?.k === K.Word && toks[j + 1]!.cap && !inLex(toks[j + 1]!, LEX.notName)) {
      // ("the Research Organization for Life Sciences and Environment of BRIN": a body's name goes on past "for" and
      // "and", where a person's does not)
      // why: title case writes "of" as "Of" ("White House Chief Of Staff Ana Ruiz")
      if ((t.key === 'of' || t.key === 'for') && personal) office = true;
      j++;
    } else if (particleAbbreviation(v.text, toks, j)) {
      // why: "Rosdiana br. Simanjuntak", "Siti bt. Ahmad": Batak and Malay names abbreviate the particle between a woman's
      // given name and her clan's or father's ("boru", "binti") with a dot, and the name goes on over it
      j += 2;
    } else if (t.k === K.Word && !t.cap && elidedArticle(v.text, t) && t.s === prev.e + 1 && prev.k === K.Word && prev.cap &&
      (body || inLex(prev, LEX.orgWord) || mastheadWordOf(prev))) {
      // why: "the Agence d'Information du Burkina", "Conseil d'État": French and Italian elide the article onto a
      // capitalised word inside a body's name, and the name goes on over it
      j++;
    } else if (t.k === K.Word && !t.cap && NAME_CONNECTORS.has(t.key) && isWord(toks[j + 1]) && !toks[j + 1]!.cap && NAME_CONNECTORS.has(toks[j + 1]!.key) &&
      toks[j + 1]!.s === t.e + 1 && isWord(toks[j + 2]) && toks[j + 2]!.cap && !inLex(toks[j + 2]!, LEX.notName)) {
      // why: "Durk van der Meer", "Ursula von der Leyen": two connectors in a row go on with the name as one does
      j += 2;
    } else break;
  }
  // why: a run never ends on a connector or a dot
  while (j > i + 1 && (toks[j - 1]!.k !== K.Word || !toks[j - 1]!.cap)) j--;
  return j > i + 1 ? platformFirst(v, i, toldAndSubject(v, i, j)) : j;
}

/** Words before a network's name that say something was put on it ("on TikTok", "via Facebook"). */
const ON_PLATFORM = new Set(['on', 'via', 'through']);

/**
 * why: "From the hospital, a video on TikTok Tenzing posted", "on Facebook Ana Ruiz wrote": translation keeps the
 * source's order, with the network and the person who posted side by side in capitals; a run opening on a network's
 * name after "on" ends after it when a capitalised word follows ("on YouTube Kids" loses nothing a speaker needs).
 * Returns where the run ends.
 */
function platformFirst(v: View, i: number, j: number): number {
  const on = v.toks[i - 1];
  return j > i + 1 && isWord(on) && ON_PLATFORM.has(on.key) && PLATFORMS.has(v.toks[i]!.key) ? i + 1 : j;
}

/**
 * why: "the People's Committee of Hanoi", "the Workers' Party", "the Women's Union": a capitalised group of people in the
 * possessive inside a run of capitals is part of a body's name, not an owner before what it owns ("Ruiz's Lawyer").
 */
const groupPossessive = (t: Tok): boolean => t.cap && (t.key === 'people' || inLex(t, LEX.personPlural));

/** Verbs that open a reported clause's predicate right after its subject ("… Moscow was ready", "… China would"). */
const CLAUSE_VERBS = new Set([...AUXILIARIES, 'will', 'can', 'may', 'might', 'must', 'had']);

/**
 * why: "Peskov told Reuters Moscow was ready to talk", "told TASS Russia would respond": with no "that", the paper
 * told and the subject of the clause reported to it stand side by side in capitals and read as one name ("Reuters
 * Moscow"). A run right after "told", with a verb of the clause right after it, ends after its first word when that
 * word is a paper's or an agency's (a body's word, or capitals: "Reuters", "TASS") and the next is not a body's word
 * too ("told ABC News …" stays whole). Returns where the run ends.
 */
function toldAndSubject(v: View, i: number, j: number): number {
  const toks = v.toks;
  const told = toks[i - 1];
  const after = toks[j];
  if (!isWord(told) || told.cap || !TOLD_FORMS.has(told.key) || !isWord(after) || after.cap || !CLAUSE_VERBS.has(after.key)) return j;
  const first = toks[i]!;
  const next = toks[i + 1]!;
  if (next.k !== K.Word || inLex(next, LEX.orgWord) || inLex(next, LEX.title)) return j;
  return inLex(first, LEX.orgWord) || (first.e - first.s >= 2 && allCapitals(v.text, first)) ? i + 1 : j;
}

/** Initials of a country or a union of them, which open the name of a body ("U.N. Women", "U.S. Steel"), never a person's. */
export const PLACE_INITIALS = new Set(['us', 'uk', 'un', 'eu', 'dc']);

/** Whether word `t` is initials joined by their stops ("D.K", "A.P.J"), the last stop left after it. */
function joinedInitials(text: string, t: Tok): boolean {
  const n = t.e - t.s;
  if (n < 3 || n > 7 || n % 2 === 0 || PLACE_INITIALS.has(t.key)) return false;
  for (let i = t.s; i < t.e; i += 2) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90 || (i + 1 < t.e && text.charCodeAt(i + 1) !== 46)) return false;
  }
  return true;
}

/** Function words that join the words of a name in capitals ("Bank Of Portugal"), never one of them. */
const JOINERS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'by', 'or', 'with', 'from', 'a', 'an']);

/**
 * "Daw Khin Than Nwe", "U Than Htay", "Daw May Thu", "So Min Aung": Burmese and other names have syllables that are
 * English function words; capitalised inside a sentence of prose between two words of the name, such a word is the
 * name's.
 */
function syllableInName(v: View, j: number): boolean {
  const t = v.toks[j]!;
  const prev = v.toks[j - 1];
  const next = v.toks[j + 1];
  return !JOINERS.has(t.key) && !t.speech && t.para !== v.titlePara && v.headline[t.para] !== 1 && v.shouted[j] !== 1 && isWord(prev) && prev.cap && prev.e + 1 === t.s &&
    isWord(next) && next.cap && t.e + 1 === next.s && !inLex(next, LEX.notName) && !sentenceStart(v, j);
}

/**
 * "Counselor Mahmoud Said Eid": "Said", the Arabic name, capitalised inside a sentence of prose and before another
 * capitalised word, is part of the name (a headline's "Ana Ruiz Says Budget …" capitalises its verb; so does a
 * headline the view could not tell from prose, and headlines write "Says").
 */
function speechWordInName(v: View, j: number): boolean {
  const t = v.toks[j]!;
  const next = v.toks[j + 1];
  return t.key === 'said' && t.para !== v.titlePara && v.headline[t.para] !== 1 && next !== undefined && next.k === K.Word && next.cap && next.s - t.e === 1 &&
    !next.speech && !inLex(next, LEX.notName);
}

/** Most words of a nickname in marks inside a name ("The Rock"). */
const NICKNAME_WORDS = 2;
/** Longest nickname, marks and spaces included. */
const NICKNAME_CHARS = 30;

/**
 * When view token `k` is a quotation of at most NICKNAME_WORDS capitalised words standing right between a capitalised
 * word and another (`Maria Theresa "Tess" Alcantara`, `Juan "Chico" Manriquez`), the token after that surname: a
 * nickname inside the person's name; else -1. (The quotation stays a claim, as the words of anyone's marks do.)
 */
function nicknameEnd(v: View, k: number): number {
  const toks = v.toks;
  const q = toks[k]!;
  const surname = toks[k + 1];
  if (q.k !== K.Quote || q.e - q.s > NICKNAME_CHARS || !surname || surname.k !== K.Word || !surname.cap || inLex(surname, LEX.notName) || surname.para !== q.para) return -1;
  let words = 0;
  let marks = 0;
  for (let i = q.s; i < q.e; i++) {
    const c = v.text[i]!;
    if (QUOTE_MARKS.includes(c)) {
      marks++;
      continue;
    }
    if (c === ' ') continue;
    if (!/[\p{L}\p{N}-]/u.test(c)) return -1;
    if (i === q.s || !/[\p{L}\p{N}-]/u.test(v.text[i - 1]!)) {
      if (c.toLowerCase() === c || ++words > NICKNAME_WORDS) return -1;
    }
  }
  return words > 0 && marks === 2 ? k + 2 : -1;
}

/** Most capitalised words after "and" up to the body's word that ends the name ("Food and Drug Administration"). */
const AND_BODY_WORDS = 3;

/**
 * why: "the Food and Drug Administration", "the Securities and Exchange Commission", "the Fish and Wildlife Service": a
 * body's name may join two words by "and" before its noun; read as two names, "Food" and "Drug Administration" spoke.
 * At "and" (view token `j`), the capitalised words after it run to a body's word within a few words, which ends the
 * run, and no given name comes first ("Ana Ruiz and Harbour Authority staff" are a person and a body).
 */
function bodyNamedAfterAnd(toks: Tok[], j: number): boolean {
  const t = toks[j]!;
  if (t.cap || !isWord(toks[j - 1]) || GIVEN_NAME(toks[j - 1]!.key)) return false;
  for (let k = j + 1; k <= j + AND_BODY_WORDS && isWord(toks[k]) && toks[k]!.cap && !GIVEN_NAME(toks[k]!.key); k++) {
    // (and ends the run there: "Goodlatte and Benghazi Committee Chairman Trey Gowdy" are two people)
    if (inLex(toks[k]!, LEX.orgWord)) return !(isWord(toks[k + 1]) && toks[k + 1]!.cap);
  }
  return false;
}

/** "for" or "and" inside a body's name, before a capitalised word that is no given name ("… and Ana Ruiz" is another),
 * nor, after "and", another body's word ("Senate and House races" are two). */
const bodyConnector = (t: Tok, next: Tok | undefined): boolean =>
  !t.cap && next !== undefined && !GIVEN_NAME(next.key) && (t.key === 'for' || (t.key === 'and' && !inLex(next, LEX.orgWord)));

/** Whether a line ends in `text[from, to)` ("… Ousmane Thiam Diagne\nPublished on …": a name never runs onto the next line). */
function lineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Whether name word `t` opens on an apostrophe right after title `prev`: "'M'e 'Mathabo Nthunya", "Honourable
 * 'Malineo Sekhesa" (Sesotho writes the names of mothers so); no quotation opens between a title and its name.
 */
function apostropheAfterTitle(text: string, prev: Tok, t: Tok): boolean {
  const c = text.charCodeAt(t.s - 1);
  return t.s - prev.e === 2 && (c === 39 || c === 0x2019) && text.charCodeAt(prev.e) === 32 && prev.k === K.Word && inLex(prev, LEX.title);
}

/**
 * Whether name word `prev` ends on an apostrophe glued to it, one space before name word `t`: "Jaduong' Samuel
 * Odhiambo Ouma", "Jaduong' Ouma" (Dholuo writes a final glottal or elided vowel so); a quotation's closing mark there
 * would have made the words before it a quotation, and an apostrophe after a final s makes a possessive instead.
 */
function elidedEnd(text: string, prev: Tok, t: Tok): boolean {
  const c = text.charCodeAt(prev.e);
  return t.s - prev.e === 2 && (c === 39 || c === 0x2019) && text.charCodeAt(prev.e + 1) === 32 && prev.k === K.Word && prev.cap && !prev.possessive &&
    (text.charCodeAt(prev.e - 1) | 32) !== 115;
}

/** Whether word `t` is an article elided onto a capitalised word ("d'Information", "l'Est", "dell'Interno"). */
function elidedArticle(text: string, t: Tok): boolean {
  const apostrophe = t.key.indexOf("'") >= 0 ? t.key.indexOf("'") : t.key.indexOf('’');
  if (apostrophe < 1 || apostrophe > 4) return false;
  const head = t.key.slice(0, apostrophe);
  const c = text.charCodeAt(t.s + apostrophe + 1);
  return (head === 'd' || head === 'l' || head === 'dell' || head === 'all' || head === 'nell') && c >= 65 && c <= 90;
}
const mastheadWordOf = (t: Tok): boolean => t.k === K.Word && mastheadWord(t.key);

/** Whether a quote mark stands in `text[from, to)`. */
/**
 * Whether a slash stands between two words: "Correspondant Sidwaya/Bazèga", "Ana Ruiz / Reuters" part a byline's
 * outlet from its bureau or a writer from an agency, and a name does not go on over it; a body's name does, joined to
 * another's ("Reuters/Ipsos", "ABC News/Washington Post").
 */
function slashBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 47) return true;
  return false;
}

/** Whether word `t` is written in capitals throughout: a dateline's places joined by a slash ("ZAGREB/SPLIT, 14 May")
 * stay one run, where the first alone would read as an acronym, a body's. */
function writtenInCapitals(text: string, t: Tok): boolean {
  const w = text.slice(t.s, t.e);
  return w.length > 1 && w === w.toUpperCase();
}

/** Whether `prev` is one capital joined by a slash to a word in capitals, an office written short ("the P/APC of
 * Illoula Oumalou": the president of the communal assembly); one run, as "ZAGREB/SPLIT" is. */
function initialOfCapitals(text: string, prev: Tok, t: Tok): boolean {
  return prev.e - prev.s === 1 && t.s === prev.e + 1 && text.charCodeAt(prev.e) === 47 && writtenInCapitals(text, t);
}

function markBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (QUOTE_MARKS.includes(text[k]!)) return true;
  return false;
}

/** Words that name a portfolio only in a list of them: "Land" alone is as often a name's word. */
const LISTED_OFFICE_WORDS = new Set(['land', 'lands']);

/** Where the office a title names after "of" ends ("Staff", "Foreign Affairs", "National Intelligence"): the first of
 * `toks[from, to)` that is no portfolio word. */
export function pastOffice(toks: Tok[], from: number, to: number): number {
  let p = from;
  // ("Industry and Trade": portfolios joined by "and")
  while (p < to && (OFFICE_WORDS.has(toks[p]!.key) || ((toks[p]!.key === 'and' || toks[p]!.key === ',') && p > from && p + 1 < to && OFFICE_WORDS.has(toks[p + 1]!.key)) ||
    // ("Minister of Land, Infrastructure and Transport Park Jun-young": "Land" is a portfolio only in a list of them)
    (LISTED_OFFICE_WORDS.has(toks[p]!.key) && p + 2 < to && (OFFICE_WORDS.has(toks[p + 1]!.key) || toks[p + 1]!.key === ',' || toks[p + 1]!.key === 'and') &&
      OFFICE_WORDS.has(toks[toks[p + 1]!.key === ',' || toks[p + 1]!.key === 'and' ? p + 2 : p + 1]!.key)))) p++;
  return p;
}

/** The title in lower case that an office's portfolios in lower case lead back to, ending at view token `k` ("minister"
 * in "the minister for development of communities and territories"), or undefined. */
function titleBefore(v: View, k: number): Tok | undefined {
  for (let n = 0; k >= 0 && n < 8; k--, n++) {
    const t = v.toks[k];
    if (!isWord(t)) return undefined;
    if (titleLike(t.key)) return t;
    if (t.cap || (!OFFICE_WORDS.has(t.key) && t.key !== 'of' && t.key !== 'and' && t.key !== 'for')) return undefined;
  }
  return undefined;
}

/** Company forms written after a firm's name ("Pohjoistuuli Oy", "Azersu OJSC", "Nordvik AS"). */
const COMPANY_FORMS = new Set(['oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'gmbh', 'ag', 'kg', 'llc', 'ltd', 'plc', 'inc', 'jsc', 'ojsc', 'cjsc',
  'pjsc', 'llp', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'kft', 'zrt', 'doo', 'sro', 'tbk', 'bhd']);
/** Bodies that an officer's name may follow without a comma, besides `ORG_WORDS`: parties named in the plural. */
const HOLDER_BODIES = new Set(['democrats', 'republicans', 'socialists', 'liberals', 'conservatives', 'greens']);
/** Most words of a holder's name after a body's. */
const HOLDER_WORDS = 4;

/** A word that ends a body's name: an organisation's noun, a company form or an acronym in capitals ("RK", "ŠOP"). */
function bodyWord(v: View, t: Tok): boolean {
  if (ORG_WORDS.has(t.key) || HOLDER_BODIES.has(t.key) || COMPANY_FORMS.has(t.key)) return true;
  const n = t.e - t.s;
  return n >= 2 && n <= 6 && t.key.length === n && /^\p{Lu}+$/u.test(v.text.slice(t.s, t.e));
}

/** The prepositions that join an officer's title to their body ("the director of", "a nurse at", "the chairman in"). */
const HOLDER_LEADS = new Set(['of', 'in', 'at']);

/**
 * Where a body's name ends and its officer's starts in one capitalised run, which translation writes without the comma
 * between them: "professor of the Tbilisi State University Davit Gogiberidze", "the managing director of the project
 * company Pohjoistuuli Oy Mikko Rautio", "the press service of "Azersu" OJSC Elshan Gurbanov", "Vice-minister of
 * energy of RK Dinara Kassymova", "the Guizhou Provincial Department of Culture and Tourism Yang Wenhua". The index in
 * `toks` (the run's words) of the body's last word, or -1.
 *
 * A body's name may itself end on two capitalised words ("Bank Negara Malaysia", "Radio Free Europe"), so the split
 * needs more than the words: the name after the body opens on a known given name, or the run follows an office in
 * lower case and its "of" ("the governor of"), or a company form leads the run (the firm's own name in marks before it).
 */
function bodyBeforeHolder(v: View, i: number, toks: Tok[]): number {
  let q = -1;
  for (let p = 0; p < toks.length - 2; p++) if (bodyWord(v, toks[p]!)) q = p;
  if (q < 0) return -1;
  // ("Department of Culture and Tourism Yang Wenhua": the portfolios after the body's "of" are its name)
  // ("the Parish Council of Santa Maria Maior": after "of", a name that is no portfolio goes on with the body's)
  if (!toks[q + 1]!.cap && (toks[q + 1]!.key === 'of' || toks[q + 1]!.key === 'for')) {
    const p = pastOffice(toks, q + 2, toks.length);
    if (p === q + 2) return -1;
    q = p - 1;
  }
  let start = q + 1;
  // ("in MPK Łódź Grzegorz Pawlak": the body's town after its acronym, then the given name)
  if (toks.length - start >= 3 && !GIVEN_NAME(toks[start]!.key) && GIVEN_NAME(toks[start + 1]!.key)) start++;
  const n = toks.length - start;
  if (n < 2 || n > HOLDER_WORDS) return -1;
  for (let p = start; p < toks.length; p++) {
    const t = toks[p]!;
    // ("the Parliament Sr. Dwayne Martis": a title inside the tail is read where titles are, not here)
    if (!t.cap ? !NAME_CONNECTORS.has(t.key) : bodyWord(v, t) || ORG_WORDS.has(t.key) || PLACE_WORDS.has(t.key) || TITLES.has(t.key) || SHORT_TITLES.has(t.key) ||
      SUFFIXES.has(t.key) || OFFICE_WORDS.has(t.key) || countryLike(t.key)) return -1;
  }
  if (!toks[start]!.cap || !toks[toks.length - 1]!.cap) return -1;
  const led = q === 0 && COMPANY_FORMS.has(toks[0]!.key);
  // (the article and a lower-case noun of the body's kind may stand between: "of the project company Pohjoistuuli Oy")
  let k = i - 1;
  for (let n = 0; n < 3 && isWord(v.toks[k]) && !v.toks[k]!.cap && !HOLDER_LEADS.has(v.toks[k]!.key) && !titleLike(v.toks[k]!.key); n++) k--;
  const lead = v.toks[k];
  const office = isWord(lead) && !lead.cap && HOLDER_LEADS.has(lead.key) && titleBefore(v, k - 1) !== undefined;
  return GIVEN_NAME(toks[start]!.key) || office || led ? start - 1 : -1;
}

export function nameMention(v: View, i: number, j: number): Mention {
  if (j === i + 1) return singleName(v, i);
  // why: one loop over the run for each fact, not sliced, mapped and filtered copies: this runs for every name
  const toks: Tok[] = [];
  for (let k = i; k < j; k++) if (v.toks[k]!.k === K.Word) toks.push(v.toks[k]!);
  let org = false;
  let allTitles = true;
  let place = false;
  for (const t of toks) {
    if (ORG_WORDS.has(t.key)) org = true;
    if (!TITLES.has(t.key)) allTitles = false;
    if (PLACE_WORDS.has(t.key)) place = true;
  }
  let cut = -1;
  for (let p = 0; p < toks.length - 1; p++) if (titleLike(toks[p]!.key) && !titleLike(toks[p + 1]!.key)) cut = p;
  // why: "Chief of Staff Ana Ruiz", "Minister of Foreign Affairs Tomas Berg": the office a title names after "of"
  // is part of the title, and the person is the name after it
  for (let o = 1; o < toks.length - 2 && cut >= 0; o++) {
    if ((toks[o]!.key !== 'of' && toks[o]!.key !== 'for') || !titleLike(toks[o - 1]!.key)) continue;
    let p = pastOffice(toks, o + 1, toks.length);
    // why: "Minister of Education and Science of Ukraine Oksana Hrytsenko": a second "of" after the portfolios opens the
    // country the office serves, and the holder's name follows it as after a place
    if (p > o + 1 && p < toks.length - 2 && toks[p]!.key === 'of' && !toks[p]!.cap) {
      o = p;
      p = o + 1;
    }
    if (p > o + 1 && p < toks.length && toks[p]!.cap) cut = Math.max(cut, p - 1);
    else if (p === o + 1) {
      // why: "Chief District Officer of Chitwan Hari Prasad Adhikari", "Governor of Texas Greg Abbott": one place after
      // "of" (two after a compass word or "New"), then the holder's name of two words or more
      // ("Governor of Kampong Cham Province": a run ending on a place's noun names the place of two words, no holder)
      const place = o + 1 + (PLACE_WORDS.has(toks[o + 1]!.key) ? 1 : 0);
      if (toks.length - place - 1 >= 2 && toks[place]!.cap && toks[place + 1]!.cap && !ORG_WORDS.has(toks[place]!.key) &&
        !ORG_WORDS.has(toks[place + 1]!.key) && !PLACE_WORDS.has(toks[place + 1]!.key) && !PLACE_WORDS.has(toks[toks.length - 1]!.key)) cut = Math.max(cut, place);
    }
    break;
  }
  // why: "informed the Mayor of Yerevan Tigran Avetisyan": after an office in lower case and its "of" (so no part of the
  // run), one place (two after a compass word or "New"), then the holder's name of two words or more, as above
  // ("the minister for development of communities and territories of Ukraine Iryna Moroz": the office's portfolios,
  // in lower case before that "of", belong to the title)
  const of = v.toks[i - 1];
  const office = isWord(of) && of.key === 'of' && !of.cap ? titleBefore(v, i - 2) : undefined;
  if (cut < 0 && !org && office !== undefined && !GIVEN_NAME(toks[0]!.key)) {
    const p = pastOffice(toks, 0, toks.length);
    const place = p > 0 ? p - 1 : PLACE_WORDS.has(toks[0]!.key) ? 1 : 0;
    if (toks.length - place - 1 >= 2 && toks[place]!.cap && toks[place + 1]!.cap && !PLACE_WORDS.has(toks[place + 1]!.key) && !TITLES.has(toks[place]!.key)) cut = place;
  }
  // why: "the Ministry of Health of Russia": a name never starts on a word in lower case, so no title ends before one
  if (cut >= 0 && !toks[cut + 1]!.cap) cut = -1;
  if (org && cut >= 0) {
    // why: "Senate Majority Leader Tomas Ferrer", "Harbour Union President Ada Brook": organisation words before
    // a title name the office the person holds, and the person is the name after it; an organisation word after the
    // title ("President Hotel Group") keeps the whole run an organisation
    // ("Professor Wang of Peking University": past a titled name, "of" opens the body the person serves, whose words
    // make no organisation of the name, which ends there)
    let orgAfter = false;
    for (let p = cut + 1; p < toks.length && !(p >= cut + 2 && toks[p]!.key === 'of' && !toks[p]!.cap); p++) if (ORG_WORDS.has(toks[p]!.key)) orgAfter = true;
    if (orgAfter) cut = -1;
    else org = false;
  }
  let holder = false;
  if (cut < 0 && toks.length >= 3) {
    const body = bodyBeforeHolder(v, i, toks);
    if (body >= 0) {
      cut = body;
      holder = true;
      org = false;
    }
  }
  const roles: string[] = [];
  let courtesy = false;
  for (let p = 0; p <= cut; p++) {
    const t = toks[p]!;
    const role = TITLES.get(t.key) || (inLex(t, LEX.personNoun) ? t.key : '');
    if (role) roles.push(role);
    if (COURTESY.has(t.key)) courtesy = true;
  }
  const before = v.toks[i - 1];
  if (isWord(before) && !before.cap && inLex(before, LEX.personNoun)) roles.push(before.key);
  // why: "Sen. Ana Ruiz of Nevada": after a titled name, "of" opens the place the person represents, not the name
  let end = toks.length;
  if (cut >= 0) for (let p = cut + 2; p < toks.length; p++) if (toks[p]!.key === 'of' && !toks[p]!.cap) { end = p; break; }
  const last = toks[end - 1]!;
  const names: string[] = [];
  for (let p = cut + 1; p < end; p++) if (!SUFFIXES.has(toks[p]!.key)) names.push(withoutHonorificSuffix(toks[p]!.key));
  const first = toks[cut + 1]!;
  let surface = withoutHonorificSuffix(v.text.slice(first.s, last.e));
  if (last.possessive) surface = surface.replace(/['’]s?$/, '');
  // why: a run never ends on a dot, but "Jr." and "Sr." are written with theirs
  else if (SUFFIXES.has(last.key) && last.key.length === 2 && v.text.charCodeAt(last.e) === 46) surface += '.';
  const raw = v.text.slice(first.s, first.e);
  let kind: EntityKind = 'unknown';
  if (org || allTitles) kind = 'organization';
  else if (names.length === 1 && raw.length >= 2 && raw.length <= 6 && raw === raw.toUpperCase() && /\p{L}/u.test(raw)) kind = 'organization';
  // why: a role title ("Sen.", "Gov.") or a courtesy title ("Mr.") makes a person; "Former" or "Democratic" does not
  // ("Assistant Commissioner City, Ms. Ayesha Butt": a settlement's noun alone after a role title is the part of the
  // place the office serves, no one's name)
  else if (cut >= 0 && !courtesy && names.length === 1 && SETTLEMENT_NOUNS.has(names[0]!)) kind = 'place';
  else if (holder || (cut >= 0 && (roles.length > 0 || courtesy))) kind = 'person';
  else if (place || settlementAround(v, i, j)) kind = 'place';
  else if (names.length >= 2) kind = 'person';
  const words = names;
  if (!names.length) for (const t of toks) words.push(t.key);
  // why: "Health Minister said – “…”", "Interior Minister warns": titles and no name, ending on an office held by a
  // person, describe that person as "the Health Minister" does (the one the article names in that office)
  if (allTitles && !org && toks.length >= 2 && isPersonNoun(last.key) && !last.possessive && TITLES.get(last.key) && !toks.some((t) => COURTESY.has(t.key))) {
    return {
      type: 'desc', vi: i, vj: j, s: v.toks[i]!.s, e: last.e, words: [last.key], surface: v.text.slice(v.toks[i]!.s, last.e), roles: toks.map((t) => t.key),
      kind: 'person', possessive: false, subject: false, plural: false, sent: v.sent[i]!, para: v.toks[i]!.para, owner: null, gender: null, entity: -1,
    };
  }
  return {
    type: 'name', vi: i, vj: j, s: v.toks[i]!.s, e: last.e, words, surface, roles, kind,
    possessive: last.possessive, subject: false, plural: false, sent: v.sent[i]!, para: v.toks[i]!.para, owner: null,
    gender: nameGender(toks, cut, isWord(before) && inLex(before, LEX.personNoun) ? before.key : null), entity: -1,
  };
}

/** The gender the title words before the name (`toks[0..cut]`) and a role noun right before it (`role`) give. */
function nameGender(toks: Tok[], cut: number, role: string | null): 'f' | 'm' | null {
  // why: most names carry no title; their gender needs no word list built
  if (cut < 0) return role === null ? null : genderOf([role]);
  const keys = toks.slice(0, cut + 1).map((t) => t.key);
  if (role !== null) keys.push(role);
  return genderOf(keys);
}

/** Honorifics Japanese and Korean names take after a hyphen in translation ("Morita-san", "Kim-ssi", "Tanaka-sensei"). */
const HONORIFIC_SUFFIX = /-(?:san|sama|shi|kun|chan|sensei|ssi|nim)$/i;

/** A name word (or a name as written) without such an honorific: "morita-san" is Morita. Most names hold no hyphen
 * near their end, and are returned as they are without a regular expression run. */
function withoutHonorificSuffix(key: string): string {
  return key.length > 5 && key.lastIndexOf('-') >= key.length - 7 && HONORIFIC_SUFFIX.test(key) ? key.replace(HONORIFIC_SUFFIX, '') : key;
}

/** The common case, a one-word name ("Ruiz", "Reuters"). */
function singleName(v: View, i: number): Mention {
  const t = v.toks[i]!;
  const before = v.toks[i - 1];
  const roleBefore = isWord(before) && !before.cap && inLex(before, LEX.personNoun);
  const raw = v.text.slice(t.s, t.e);
  const surface = t.possessive ? raw.replace(/['’]s?$/, '') : raw;
  let kind: EntityKind = 'unknown';
  if (inLex(t, LEX.orgWord) || inLex(t, LEX.title)) kind = 'organization';
  // why: "CNN's", "NATO’s": an acronym is one with its possessive mark too
  else if (surface.length >= 2 && surface.length <= 6 && surface === surface.toUpperCase()) kind = 'organization';
  else if (PLACE_WORDS.has(t.key) || settlementAround(v, i, i + 1)) kind = 'place';
  // why: "in a post on the social network X wrote": a platform named by a letter is where words were published, no one
  // who speaks (read as a place: a setting, never a speaker)
  else if (t.key === 'x' && isWord(before) && (before.key === 'network' || before.key === 'platform')) kind = 'place';
  // why: "Darmaji (58), a resident of …": a word given an age in parentheses is a person
  else if (isPunct(v.toks[i + 1], '(') && isAge(v.toks[i + 2]) && isPunct(v.toks[i + 3], ')')) kind = 'person';
  // why: "Allies say", "Critics argue": a capitalised plural noun opening a sentence agrees with a plural verb; it is
  // a group, never the "he" or "she" that follows
  const next = v.toks[i + 1];
  const plural = !t.possessive && t.key.length > 3 && t.key.endsWith('s') && isWord(next) && !next.cap && inLex(next, LEX.speechVerb) &&
    SPEECH_VERBS.get(next.key) === next.key;
  // why: "his first wife, Ines, who …", "the spokesman, Ruiz,": a person noun before the comma is the role of the
  // name set off after it
  const noun = v.toks[i - 2];
  const apposed = !roleBefore && before?.k === K.Punct && before.key === ',' && isWord(noun) && !noun.cap && inLex(noun, LEX.personNoun) &&
    next?.k === K.Punct && (next.key === ',' || next.key === '.');
  const role = roleBefore ? before.key : apposed ? noun.key : null;
  return {
    type: 'name', vi: i, vj: i + 1, s: t.s, e: t.e, words: [withoutHonorificSuffix(t.key)], surface: withoutHonorificSuffix(surface),
    roles: role === null ? [] : [role], kind,
    possessive: t.possessive, subject: false, plural, sent: v.sent[i]!, para: t.para, owner: null,
    gender: role === null ? null : genderOf([role]), entity: -1,
  };
}

/**
 * Whether the name at view tokens `i..j` is a place by the noun beside it: "the mayor of the commune Sândominic",
 * "in the town Băile Tușnad", "Harghita county" (translations keep the noun where English would drop it, and the
 * name alone, unknown to any list, would read as a person's).
 */
function settlementAround(v: View, i: number, j: number): boolean {
  // (a longer name after the noun is a place only when a name is set off after it, "the town Băile Tușnad, Kovács
  // Levente": "the mayor of the district Alvydas Gedvilas said" names the mayor)
  // ("in the colonia Santa Cruz Meyehualco.": or after a preposition of place, closing the sentence; "said the mayor of
  // the commune Ion Popescu." names the mayor)
  // ("a citizen from the district of Abu Al-Khasib, Hussein Jaber, said": and after the noun and "of", as translations
  // name districts and provinces)
  const noun = isSettlementNoun(v.toks[i - 1]) ? i - 1 : v.toks[i - 1]?.key === 'of' && isSettlementNoun(v.toks[i - 2]) ? i - 2 : -1;
  const end = v.toks[j];
  const lead = v.toks[noun - 1]?.key === 'the' ? v.toks[noun - 2] : v.toks[noun - 1];
  const closing = end === undefined || end.k === K.Break || end.para !== v.toks[i]!.para || (end.k === K.Punct && (end.key === '.' || end.key === ';'));
  const before = noun >= 0 && !v.toks[i]!.possessive &&
    (j === i + 1 || (end?.k === K.Punct && end.key === ',' && isWord(v.toks[j + 1]) && v.toks[j + 1]!.cap) ||
      (closing && isWord(lead) && PLACE_PREPOSITIONS.has(lead.key)));
  return before || (isSettlementNoun(v.toks[j]) && !v.toks[j - 1]!.possessive);
}

/** Prepositions of place before a settlement's noun ("in the colonia …"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'around']);

/** A settlement's noun in lower case ("the commune", "county"). */
export const isSettlementNoun = (t: Tok | undefined): boolean => isWord(t) && !t.cap && SETTLEMENT_NOUNS.has(t.key);
