/** Finds the mentions of people and organisations in the narrative: names, pronouns, descriptions. */
import * as glossModule from './gloss';
import * as lexiconModule from './lexicon';
import * as mentionModule from './mention';
import type { Mention } from './mention';
import type { Span } from '../types';
import * as namesModule from './names';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import * as viewModule from './view';
import type { View } from './view';

export type { EntityKind, Mention, MentionType } from './mention';
export { closesPartPhrase, genderOf, isPunct, isWord, sentenceStart } from './mention';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { BODY_PLACES, countryLike, DEMONYMS, LEADING_COMPANY_FORMS, ISSUED_DOCUMENTS, NAMED_BODY_NOUNS, FEMALE_NAMES, HONORIFICS, MALE_NAMES, NAMING_VERBS, OFFICE_WORDS, ORG_NOUNS, isPersonNoun, PLACE_WORDS, POSTED_OFFICES, PRONOUNS, SOURCE_NOUNS, TITLES, VIETNAMESE_FAMILY_NAMES } = lexiconModule;
const { inLex, K, keyCount, LEX } = tokensModule;
const { pastNameInMarks } = viewModule;
const { closesPartPhrase, genderOf, isWord, isPunct, sentenceStart } = mentionModule;
const { glossesLanguage, nounGender } = glossModule;
/** Whether a person's name starts at view token `k`. */
const nameAhead = (v: View, k: number): boolean => isWord(v.toks[k]) && v.toks[k]!.cap && nameStart(v, k);
const { initialsEnd, isSettlementNoun, nameMention, nameRun, nameStart, pastOffice, PLACE_INITIALS, speaksNext } = namesModule;


const PRONOUN_KEYS = PRONOUNS;
const PP_HEADS = new Set(['of', 'for', 'at', 'to']);
/** Determiners that are numbers, and may end a phrase of their own ("a mother of three"). */
const COUNTING_DETERMINERS = new Set(['one', 'two', 'three', 'several', 'many']);
/** Possessive determiners: after "that" or "this" they open the description themselves ("that her husband went"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NOT_VERB = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'the', 'a', 'an', 'as', 'than', 'about', 'against', 'into', 'over', 'under', 'after', 'before', 'who', 'which', 'that', 'whose',
  // why: "last month when court papers revealed": a conjunction opens a clause; no description runs through it
  'when', 'where', 'while', 'because', 'if', 'since', 'until', 'unless', 'whether']);
const NEVER_SUBJECT_BEFORE = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'against', 'into', 'over', 'under', 'after', 'before', 'than', 'like', 'between', 'among', 'toward', 'towards', 'vs', 'versus', 'behind', 'beat', 'defeat', 'defeated', 'beating', 'attacked', 'criticized', 'praised']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'that', 'when', 'while', 'because', 'as', 'if', 'since', 'although', 'though', 'so', 'then', 'after', 'before', 'where', 'whereas', 'until', 'once', 'also', 'now', 'later', 'yet', 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'ago', 'earlier']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'has', 'had', 'have', 'would', 'will', 'could']);
/** Common verbs that end a noun phrase ("the general went further"). */
const VERBISH = new Set(['went', 'made', 'took', 'gave', 'came', 'was', 'is', 'has', 'had', 'did', 'does', 'got', 'held', 'met', 'left', 'saw', 'thought', 'felt', 'became', 'began', 'ran', 'won', 'lost', 'sent', 'spent', 'kept', 'brought', 'bought', 'stood', 'sat', 'knew', 'led', 'paid', 'heard', 'found', 'meant', 'let', 'would', 'will', 'can', 'could', 'should', 'may', 'might', 'must', 'are', 'were', 'be', 'been', 'who', 'which', 'that', 'himself', 'herself', 'itself']);
// ('the witness box', 'the police station')
const AMBIGUOUS_HEADS = new Set(['general', 'chief', 'head', 'executive', 'deputy', 'master', 'official', 'representative', 'source', 'member', 'counsel', 'principal', 'major', 'star', 'host', 'chair', 'partner', 'witness']);
/** Adjectives that follow the noun they describe ("a source close to the campaign"). */
const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'near', 'briefed', 'involved', 'known']);
/** "officials", "lawmakers": the plural of a person noun. */
const isPluralOf = (key: string): boolean => key.endsWith('s') && isPersonNoun(key.slice(0, -1));
/** Prepositions that end a description's tail after "of" or "for" ("the head of the staff during the visit"). */
const TAIL_PREPOSITIONS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'with', 'from', 'to', 'by', 'since', 'while', 'as', 'about', 'over', 'under', 'against', 'without']);
const endsPhrase = (t: Tok | undefined): boolean => !isWord(t) || t.cap || VERBISH.has(t.key) || inLex(t, LEX.speechVerb) || inLex(t, LEX.filler) || NOT_VERB.has(t.key) || t.key.endsWith('s') || t.key.endsWith('ed');


/** Words between "one of" and the group it picks from ("one of the", "one of his", "one of two"). */
const GROUP_OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'two', 'three', 'four', 'five', 'several', 'many', 'those', 'these']);

/** "one of his aides", "one of two witnesses": one unnamed member of a group of people. */
function memberOf(v: View, i: number): Mention | null {
  const toks = v.toks;
  if (!isWord(toks[i + 1]) || toks[i + 1]!.key !== 'of') return null;
  let k = i + 2;
  if (isWord(toks[k]) && (GROUP_OPENERS.has(toks[k]!.key) || /^\d+$/.test(toks[k]!.key))) k++;
  // why: up to two modifiers before the group's noun ("one of the senior campaign aides")
  for (let n = 0; n < 3 && isWord(toks[k]) && !toks[k]!.cap; n++, k++) {
    const t = toks[k]!;
    // why: "-es" plurals ("witnesses", "bosses") too
    const person = t.key.endsWith('es') && isPersonNoun(t.key.slice(0, -2)) ? t.key.slice(0, -2) : isPluralOf(t.key) ? t.key.slice(0, -1) : '';
    // why: "one of his ads asks", "one of the letters says": one of a set of documents or organisations
    const thing = person ? '' : t.key.length >= 3 && t.key.endsWith('s') && ORG_NOUNS.has(t.key.slice(0, -1)) ? t.key.slice(0, -1) : '';
    if (person || thing) {
      const head = person || thing;
      return {
        type: 'desc', vi: i, vj: k + 1, s: toks[i]!.s, e: t.e, words: [head], surface: v.text.slice(toks[i]!.s, t.e), roles: [head],
        kind: person ? 'person' : 'organization', possessive: false, subject: false, plural: false, sent: v.sent[i]!, para: toks[i]!.para,
        owner: null, gender: person ? genderOf([person]) : null, entity: -1,
      };
    }
    if (NOT_VERB.has(t.key) || inLex(t, LEX.speechVerb) || inLex(t, LEX.filler)) return null;
  }
  return null;
}

/** A noun that names a paper, a station or an agency ("Post", "Channel", "Agency"). */
export const pressHead = (key: string): boolean => SOURCE_NOUNS.has(key) || key === 'post' || key === 'site';

/** "the minister", "a spokesman for the campaign", "the head of the delegation". */
/** Adjectives of an office that Romance languages set after its noun ("director provincial", "secrétaire général"). */
const POSTPOSED_OFFICE_ADJECTIVES = new Set(['provincial', 'regional', 'national', 'nacional', 'nazionale', 'municipal', 'municipale', 'comunale',
  'estadual', 'estatal', 'distrital', 'federal', 'cantonal', 'cantonale', 'departamental', 'départemental', 'territorial', 'executivo',
  'esecutivo', 'ejecutivo', 'exécutif', 'geral', 'generale', 'général', 'adjunto', 'adjunta', 'adjoint', 'adjointe', 'aggiunto', 'interino',
  'interina', 'provinciale', 'regionale', 'metropolitano', 'metropolitana']);

function descMention(v: View, i: number, bare = false): Mention | null {
  const toks = v.toks;
  if (toks[i]!.key === 'one') {
    const member = memberOf(v, i);
    if (member) return member;
  }
  let head = -1;
  // (the last adjective set after the head, in Romance order: "the director provincial of Health")
  let after = -1;
  // (a bare office has no determiner: its noun is the first word)
  const first = bare ? i : i + 1;
  for (let k = first; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k]!;
    // why: "One tweet said", "the post read": a noun that is also a speech verb is the head when a verb follows it
    if (t.k === K.Word && inLex(t, LEX.speechVerb) && inLex(t, LEX.orgNoun) && speaksNext(v, k + 1)) {
      head = k;
      break;
    }
    // ("the first man of Novi Grad", "the first lady of the city": Slavic and Romance translations call the head of a
    // body or a place its first man; "first" there is no adverb between a subject and its verb)
    const ordinal = t.k === K.Word && t.key === 'first' && head < 0 && isWord(toks[k + 1]) && FIRST_PERSONS.has(toks[k + 1]!.key);
    if (t.k !== K.Word || inLex(t, LEX.speechVerb) || (inLex(t, LEX.filler) && !ordinal) || NOT_VERB.has(t.key)) break;
    if (inLex(t, LEX.personNoun) || inLex(t, LEX.orgNoun) || isPluralOf(t.key)) head = k;
    // why: "O director provincial de Saúde de Nampula, Ilídio Macuácua,", "il procuratore nazionale antimafia": Romance
    // languages, and translations from them, set an office's adjective after its noun; the office goes on past it
    else if (head === k - 1 && !t.cap && POSTPOSED_OFFICE_ADJECTIVES.has(t.key)) after = k;
    // ("o biólogo marinho Celso Machava", "la abogada defensora, Inmaculada Pérez de Lama,": in an article in a language
    // glossed here, a word no gloss or list reads, right after the person's noun and right before the name or its
    // comma, is an adjective set after its noun)
    else if (head === k - 1 && !t.cap && t.lex === 0 && !t.speech && inLex(toks[head]!, LEX.personNoun) && glossesLanguage(v.language) &&
      nameAhead(v, isPunct(toks[k + 1], ',') ? k + 2 : k + 1)) after = k;
    // why: "The Chief District Officer of Chitwan, …": an office in capitals runs on past its first person noun to the
    // last, where a name would start
    else if (head >= 0 && !(t.cap && toks[head]!.cap && inLex(toks[head]!, LEX.personNoun) && capitalisedOffice(toks, k))) break;
  }
  if (head < 0) return speakingPhrase(v, i);
  // why: "a more general movement": an ambiguous head followed by another noun is an adjective
  // ("a source familiar with the talks" is a noun all the same: the adjective follows it)
  if (AMBIGUOUS_HEADS.has(toks[head]!.key) && !endsPhrase(toks[head + 1]) && !PP_HEADS.has(toks[head + 1]!.key) && !POSTMODIFIERS.has(toks[head + 1]!.key)) return null;
  let end = Math.max(head, after) + 1;
  let owner: Mention | null = null;
  // why: "the Vice Mayor in charge of Economic Development, Nsabimana Patrick,": French and African translations give the
  // portfolio "in charge of"; it is part of the office, so the name set off after it restates the description
  if (toks[end]?.key === 'in' && toks[end + 1]?.key === 'charge' && toks[end + 2]?.key === 'of' && isWord(toks[end + 3])) {
    let k = end + 3;
    if (inLex(toks[k]!, LEX.determiner)) k++;
    const from = k;
    while (k < from + 5 && isWord(toks[k]) && !inLex(toks[k]!, LEX.speechVerb) && !NOT_VERB.has(toks[k]!.key)) k++;
    if (k > from) end = k;
  }
  // why: the prepositional tail names the organisation or office ("a spokesman for X", "the head of the delegation")
  if (isWord(toks[end]) && PP_HEADS.has(toks[end]!.key) && toks[end]!.key !== 'to') {
    let k = end + 1;
    if (isWord(toks[k]) && inLex(toks[k]!, LEX.determiner)) k++;
    let stop = k;
    if (isWord(toks[k]) && toks[k]!.cap) {
      if (nameStart(v, k)) {
        stop = nameRun(v, k);
        // why: "the Minister of Industry and Trade Radek Holub", "of Education, Culture, Sports, Science and Technology
        // Yoshiko Hamada": portfolios joined by "and" or listed with commas are one office
        while ((isPunct(toks[stop], ',') || (isWord(toks[stop]) && toks[stop]!.key === 'and')) && isWord(toks[stop + 1]) && toks[stop + 1]!.cap &&
          OFFICE_WORDS.has(toks[stop + 1]!.key) && OFFICE_WORDS.has(toks[stop - 1]!.key)) stop = nameRun(v, stop + 1);
        // why: "the councillor of Climate Action, Food and Rural Agenda, Ana Ruiz,": a portfolio ending on a word outside
        // the office list ("Action", "Agenda") still goes on when the next item opens on an office word and the list
        // closes on "and" with another such item before a comma: then the name is the one after the whole list
        const closed = portfolioListEnd(v, stop);
        const listed = closed > stop;
        if (listed) stop = closed;
        owner = nameMention(v, k, stop);
        // why: "the Director of Port Security Lena Ortiz": an office after "of" and a name after it make a
        // title and its holder, as "Director Lena Ortiz" does
        // ("the former President of the Republic Joaquim Meireles": the office may take its article)
        // (an office's holder, never a body's: "the Bureau of Labor Statistics" is one name)
        // ("the Minister for Health and Population Rabindra Bhattarai": "for" names the portfolio as "of" does)
        if ((toks[end]!.key === 'of' || toks[end]!.key === 'for') && !inLex(toks[head]!, LEX.orgNoun) && (k === end + 1 || (k === end + 2 && toks[end + 1]!.key === 'the'))) {
          // why: "the spokesperson of KNAB Laura Ozola", "the director general of the Social Insurance Board Anneli
          // Kask", "the coach of Colo-Colo Ramiro Sepúlveda": the body's name runs into its officer's
          // ("an agent for President Bill Clinton" works for him: only "of" names the body the officer heads)
          // ("l'assessora alla Mobilità Chiara Bellotti": an Italian office is given "to the" field, read "for the")
          const officer = toks[end]!.key === 'of' || k === end + 2 ? officerAt(v.text, toks, k, stop) : -1;
          if (officer > 0) return heldOffice(v, nameMention(v, officer, stop), i, head);
          const p = pastOffice(toks, k, stop);
          // why: "the minister of Climate Action, Ana Ruiz,": when a name is set off by a comma after the run, the run
          // is the whole portfolio and that name its holder; a capitalised word left over past the office words
          // ("Action", "Agenda") is the portfolio's own
          const apposed = isPunct(toks[stop], ',') && isWord(toks[stop + 1]) && toks[stop + 1]!.cap && nameStart(v, stop + 1) && (stop - p < 2 || listed);
          if (p > k && p < stop && toks[p]!.k === K.Word && toks[p]!.cap && !apposed) {
            const holder = nameMention(v, p, stop);
            if (holder.kind !== 'organization' && holder.kind !== 'place') return heldOffice(v, holder, i, head);
          }
        }
      }
    }
    // why: "a professor at Porto University" works there; "the Vermont governor at a town hall" is only where he was
    if (stop === k && toks[end]!.key === 'at' && !(isWord(toks[k]) && toks[k]!.cap)) stop = -1;
    // why: "the head of the Danish naval staff": capitalised modifiers and nouns make up the tail
    // ("the head of French diplomacy during a press conference": a preposition opens a phrase of its own)
    // ("the director of the hospital dr n. med. Barbara Olszewska": a title in lower case opens the holder's name, and
    // ends the tail)
    // ("In the ministry of sport they answered": a pronoun opens the clause after the tail)
    else if (stop === k) while (stop < Math.min(toks.length, k + 4) && isWord(toks[stop]) && !TAIL_PREPOSITIONS.has(toks[stop]!.key) && !inLex(toks[stop]!, LEX.pronoun) &&
      // ("The leader of the merchants, Rocío Medina,": a word in -s before the comma that sets a name off is a plural
      // noun, not a verb)
      (toks[stop]!.cap ? !nameStart(v, stop) : (!endsPhrase(toks[stop]) || pluralBeforeComma(toks, stop) || massNoun(toks[stop]!)) && !(stop > k && inLex(toks[stop]!, LEX.title)))) stop++;
    // ("The sub-prefect of Douala 2nd, Mr. Emmanuel Nsengue,": the number of a city's district goes with its name)
    if (stop > k && isWord(toks[stop]) && DISTRICT_NUMBER.test(toks[stop]!.key) && isPunct(toks[stop + 1], ',')) stop++;
    if (stop > k) end = stop;
    // why: "a mother of three", "a father of 2": a number after "of" is the whole tail, though it reads as a determiner
    else if (k === end + 2 && toks[end]!.key === 'of' && COUNTING_DETERMINERS.has(toks[k - 1]!.key)) end = k;
    // why: "the Minister for Europe and Foreign Affairs, Ana Ruiz,": an office joined to the tail by "and", in capitals up
    // to the comma, goes on with it
    // ("the Minister for Civil Protection and the Sea Policies, Elena Marchetti,": the second portfolio with its article;
    // "the minister of the Hydraulic and of the Sanitation, Ousmane Diagne,": and its "of")
    let the = isWord(toks[end + 1]) && toks[end + 1]!.key === 'of' ? 1 : 0;
    if (isWord(toks[end + 1 + the]) && toks[end + 1 + the]!.key === 'the') the++;
    if (stop > k && isWord(toks[end]) && toks[end]!.key === 'and' && isWord(toks[end + 1 + the]) && toks[end + 1 + the]!.cap) {
      let c = end + 1 + the;
      while (c < end + 5 && isWord(toks[c]) && (toks[c]!.cap || toks[c]!.key === 'of')) c++;
      if (isPunct(toks[c], ',')) end = c;
    }
    // why: "the head of the Kharkiv regional union of the entrepreneurs Iryna Lukianchuk": a second "of" phrase of a few
    // lower-case words that runs into a name goes on with the description, which the name then restates
    if (stop > k && isWord(toks[end]) && toks[end]!.key === 'of') {
      let c = end + 1;
      if (isWord(toks[c]) && inLex(toks[c]!, LEX.determiner)) c++;
      const from = c;
      while (c < from + 3 && isWord(toks[c]) && !toks[c]!.cap && !inLex(toks[c]!, LEX.speechVerb) && !VERBISH.has(toks[c]!.key) && !NOT_VERB.has(toks[c]!.key)) c++;
      if (c > from && isWord(toks[c]) && toks[c]!.cap && nameStart(v, c)) end = c;
      // ("the head of the press service of the Ministry of Emergencies, Ivan Petrov": a body's name right after that
      // "of", set off from the holder's name by a comma, is the end of the description)
      else if (c === from && isWord(toks[c]) && toks[c]!.cap && nameStart(v, c)) {
        const r = nameRun(v, c);
        if (c > end + 1 && isPunct(toks[r], ',') && isWord(toks[r + 1]) && toks[r + 1]!.cap) end = r;
        // ("the press secretary of the president of Kazakhstan Berik Uali": or the place's name runs into its officer's,
        // as after the first "of")
        else {
          // (past a country's name or initials, the whole rest is the officer's: "of energy of RK Aigerim Bolatovna
          // Saparova", where the last two words alone would drop her given name)
          const officer = officerAt(v.text, toks, c, r);
          if (officer > c) {
            const holder = nameMention(v, isCapitals(v.text, toks[c]!) || countryLike(toks[c]!.key) ? c + 1 : officer, r);
            if (holder.kind !== 'organization' && holder.kind !== 'place') return heldOffice(v, holder, i, head);
          }
        }
      }
    }
  }
  const posted = postedHolder(v, i, head, end);
  if (posted) return posted;
  const h = toks[head]!;
  // why: "the Civic Research Institute of Porto", "the Harbour Institution": an organisation's noun written in
  // capitals after capitalised words is its proper name, the place after "of" included, not a description of it
  // ("the Ministry of Health", "the Bank of Portugal": the capitalised noun alone before "of" is such a name too)
  // ("the Ministry of the Interior": the article after "of" is the name's too)
  if (h.cap && inLex(h, LEX.orgNoun) && !v.headline[h.para] && owner !== null &&
    (owner.vi === head + 2 || (owner.vi === head + 3 && toks[head + 2]!.key === 'the'))) {
    let proper = true;
    for (let k = i + 1; k < head && proper; k++) proper = toks[k]!.cap;
    if (proper) return nameMention(v, i + 1, owner.vj);
  }
  const key = inLex(h, LEX.personNoun) || inLex(h, LEX.orgNoun) ? h.key : h.key.replace(/s$/, '');
  for (let k = i + 1; k < head && !owner; k++) if (toks[k]!.cap && nameStart(v, k, true)) owner = nameMention(v, k, nameRun(v, k));
  // why: "the pro-Ruiz Union Leader": an organisation's name that runs over the head noun is the name, its modifiers included
  // ("the Luganville Municipal Council said": so is one that opens right after the determiner, its noun capitalised with
  // it, when the body speaks; elsewhere such a name stays a description, which no later "the report" or "the
  // hokimiyat" is read against ("the Harbour Board issued its accounts … the report said"), nor is one of an agency, a
  // paper or a station ("Chris Cillizza, The Washington Post:"), or a possessive ("The Huffington Post's Scott Conroy")
  if (owner && (owner.vi > i + 1 || (owner.vi === i + 1 && toks[head]!.cap && !owner.possessive && !pressHead(toks[head]!.key) && speaksNext(v, owner.vj))) && owner.vi < head && owner.vj > head &&
    owner.kind === 'organization') {
    owner.vi = i;
    owner.s = toks[i]!.s;
    return owner;
  }
  // why: one list of the words after the determiner serves as the roles and for the gender, not two copies of it
  const roles: string[] = [];
  for (let k = first; k <= head; k++) roles.push(toks[k]!.key);
  return {
    type: 'desc', vi: i, vj: end, s: toks[i]!.s, e: toks[end - 1]!.e, words: [key], surface: v.text.slice(toks[i]!.s, toks[end - 1]!.e),
    roles, kind: isPersonNoun(key) ? 'person' : 'organization',
    possessive: toks[end - 1]!.possessive, subject: false, plural: key !== h.key || (/[^s]s$/.test(h.key) && isPersonNoun(h.key.slice(0, -1))) || IRREGULAR_PLURALS.has(h.key),
    // ("l'avocate", "la ministra": a feminine noun of a language glossed here says so, which its English gloss does not;
    // the masculine form is also the one for any person, and says nothing)
    sent: v.sent[i]!, para: toks[i]!.para, owner, gender: genderOf(roles) ?? (v.language !== 'en' && nounGender(v.language, v.text.slice(h.s, h.e).toLowerCase()) === 'f' ? 'f' : null), entity: -1,
  };
}

/**
 * Where a list of portfolios in capitals closes, from the comma at view token `comma` ("…, Food and Rural Agenda"): each
 * item opens on an office word, the last one after "and", and a comma follows it; -1 when the words do not make one.
 */
function portfolioListEnd(v: View, comma: number): number {
  const toks = v.toks;
  let c = comma;
  let joined = false;
  for (let items = 0; items < 4 && !joined; items++) {
    if (!isPunct(toks[c], ',')) return -1;
    let k = c + 1;
    if (isWord(toks[k]) && toks[k]!.key === 'and') { joined = true; k++; }
    if (!isWord(toks[k]) || !toks[k]!.cap || !OFFICE_WORDS.has(toks[k]!.key) || FEMALE_NAMES.has(toks[k]!.key) || MALE_NAMES.has(toks[k]!.key)) return -1;
    const end = nameRun(v, k);
    for (let j = k + 1; j < end; j++) if (toks[j]!.key === 'and') joined = true;
    // (an item of a few capitalised words, joined inside by "and": "Food and Rural Agenda")
    if (end - k > 4) return -1;
    let e = end;
    if (!joined && isWord(toks[e]) && toks[e]!.key === 'and' && isWord(toks[e + 1]) && toks[e + 1]!.cap && OFFICE_WORDS.has(toks[e + 1]!.key)) {
      joined = true;
      e = nameRun(v, e + 1);
    }
    c = e;
  }
  return joined && isPunct(toks[c], ',') ? c : -1;
}

/** The nouns after "first" that make the head of a body or a place ("the first man of the club"). */
// ("the first citizen of the town declared": Italian "il primo cittadino", the mayor)
const FIRST_PERSONS = new Set(['man', 'woman', 'lady', 'citizen']);

/** The number of a city's district after its name ("Douala 2nd", "Yaoundé 1er", "Paris 11e"). */
const DISTRICT_NUMBER = /^\d{1,2}(st|nd|rd|th|er|e|ème|eme)?$/;

/** Person nouns whose plural takes no -s ("the people repeated", "the women said"). */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'folk', 'folks']);

/** "the head of the press service": a noun in -ss inside a description's tail is no plural nor a verb ("press",
 * "business", "congress"). */
const massNoun = (t: Tok): boolean => t.key.endsWith('ss') && !VERBISH.has(t.key) && !inLex(t, LEX.speechVerb) && !NOT_VERB.has(t.key);

/** Whether view token `k` is a plural in -s (a person's, or any before a comma and a name: "of the merchants, Rocío"). */
function pluralBeforeComma(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (inLex(t, LEX.personPlural)) return true;
  if (!(t.key.length > 3 && t.key.endsWith('s') && !t.key.endsWith('ss') && !inLex(t, LEX.speechVerb))) return false;
  // ("The head nurse of the dialysis unit, Tamar Jibas,": or a noun in -s before the noun it modifies, then the comma)
  const n = toks[k + 1];
  const next = isWord(n) && !n.cap && !TAIL_PREPOSITIONS.has(n.key) && !inLex(n, LEX.pronoun) && !inLex(n, LEX.speechVerb) && !inLex(n, LEX.determiner) ? k + 2 : k + 1;
  return isPunct(toks[next], ',') && isWord(toks[next + 1]) && toks[next + 1]!.cap;
}

/** Whether the capitalised words from view token `k` run, within an office's length, into a person noun ("District
 * Officer", "Superintendent"). */
function capitalisedOffice(toks: Tok[], k: number): boolean {
  for (let j = k; j < k + 3 && isWord(toks[j]) && toks[j]!.cap; j++) if (inLex(toks[j]!, LEX.personNoun)) return true;
  return false;
}

/** "the assailant said", "said the 43-year-old": any short noun phrase that speaks is a description. */
/** Verbs that, right after a phrase, make it a clause's subject ("said the levy is …"). */
const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'had', 'have', 'can', 'could', 'must', 'should', 'may', 'might']);

function speakingPhrase(v: View, i: number): Mention | null {
  const toks = v.toks;
  // why: "that" and the possessives open clauses as often as phrases ("that she said")
  if (!PHRASE_OPENERS.has(toks[i]!.key)) return null;
  let k = i + 1;
  // ("said the Norwegian": a nationality standing for a person is such a phrase too)
  while (k < i + 4 && isWord(toks[k]) && !PRONOUN_KEYS.has(toks[k]!.key) && !TAIL_PREPOSITIONS.has(toks[k]!.key) && (!toks[k]!.cap && !endsPhrase(toks[k]) || (/^\d|-/.test(toks[k]!.key) && !inLex(toks[k]!, LEX.speechVerb)) ||
    (DEMONYMS.has(toks[k]!.key) && !(isWord(toks[k + 1]) && toks[k + 1]!.cap)))) k++;
  if (k === i + 1) return null;
  const before = toks[i - 1];
  // why: "in the end has called": a phrase after a preposition is no speaker
  if (isWord(before) && NEVER_SUBJECT_BEFORE.has(before.key)) return null;
  const speaksAfter = speaksNext(v, k);
  // why: "“…,” said the 43-year-old" names the speaker after the verb; in "He says the city's rivals …" the verb
  // has its subject already, and the phrase after it is what he says
  const beforeVerb = toks[i - 2];
  const spokenBefore = isWord(before) && inLex(before, LEX.speechVerb) && !before.cap && (!beforeVerb || beforeVerb.k === K.Quote || isPunct(beforeVerb, ','));
  const head = toks[k - 1]!;
  // ("described from the hospital bed for the daily SME the 67-year-old": a person by age, wherever the verb is)
  if (!speaksAfter && !spokenBefore && !(k === i + 2 && /^\d{1,3}-year-old$/.test(head.key))) return null;
  // why: ", said the levy is not new": a verb after the phrase makes it the subject of what was said, with its "that"
  // left out, not the speaker
  if (!speaksAfter && isWord(toks[k]) && CLAUSE_VERBS.has(toks[k]!.key)) return null;
  // why: a phrase ending on a possessive ("the country's") owns what follows it; it is no one speaking
  if (head.possessive) return null;
  // why: '„…,“ said the older Pyrchała.': words before a name describe that name, which is who speaks
  if (spokenBefore && isWord(toks[k]) && toks[k]!.cap && toks[k]!.para === toks[i]!.para && nameStart(v, k)) return null;
  // why: "the kaifong all call him Chan Pak": a verb that names someone, with its object, gives a name, not words
  if (speaksAfter && isWord(toks[k]) && NAMING_VERBS.has(toks[k]!.key) && isWord(toks[k + 1]) && (toks[k + 1]!.key === 'him' || toks[k + 1]!.key === 'her')) return null;
  return {
    // why: "the municipality let know that …", "the prefecture said …": a place that speaks is the body that runs it
    type: 'desc', vi: i, vj: k, s: toks[i]!.s, e: head.e, words: [head.key], surface: v.text.slice(toks[i]!.s, head.e), roles: [],
    // ("the people repeated": a plural noun no list of person nouns holds is a group all the same)
    kind: BODY_PLACES.has(head.key) ? 'organization' : 'person', possessive: false, subject: false, plural: IRREGULAR_PLURALS.has(head.key), sent: v.sent[i]!,
    para: toks[i]!.para, owner: null, gender: null, entity: -1,
  };
}

/** Whether view token `k` opens a name in marks (the names are in order: a binary search, as an article may hold
 * thousands of them and as many "according to" phrases). */
function startsName(v: View, k: number): boolean {
  const at = v.toks[k]!.s;
  let lo = 0;
  let hi = v.names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.names[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < v.names.length && v.names[lo]!.start === at;
}

/** Most words of a body's name in marks read as a name. */
const BODY_NAME_WORDS = 8;

/**
 * why: "The company “Aurora Energy” said that …", "the association «Mulleres do Mar»", "the enterprise
 * «Velskenergo»": translations give a body its name in marks after the noun of its kind, as Russian, Ukrainian,
 * Albanian and Galician write it; the name in marks is the body's (its words speak for no one else), and it is named
 * as if unmarked ("the company Aurora Energy"). A capitalised name of a few words, after a body's noun in lower case.
 */
function namedBody(v: View, i: number, name: Span): Mention | null {
  const { toks } = v;
  const noun = toks[i - 1];
  // ("according to «Kommersant»": a source named in marks after "according to" is a body too)
  const according = isWord(noun) && noun.key === 'to' && isWord(toks[i - 2]) && toks[i - 2]!.key === 'according';
  if (!isWord(noun) || noun.cap || !(NAMED_BODY_NOUNS.has(noun.key) || according) || !toks[i]!.cap || v.sent[i - 1] !== v.sent[i]) return null;
  let j = i;
  while (j < toks.length && toks[j]!.s < name.end) {
    if (toks[j]!.k !== K.Word && !isPunct(toks[j], '-.&')) return null;
    j++;
  }
  if (j - i > BODY_NAME_WORDS) return null;
  const m = nameMention(v, i, j);
  if (m.vj !== j) return null;
  m.kind = 'organization';
  return m;
}

/** Whether "the" at view token `i` opens a place that issued the document before it ("a statement by the prefecture"). */
function issuedFrom(v: View, i: number): boolean {
  const { toks } = v;
  const by = toks[i - 1];
  const place = toks[i + 1];
  return isWord(place) && BODY_PLACES.has(place.key) && isWord(by) && (by.key === 'by' || by.key === 'from') && isWord(toks[i - 2]) &&
    ISSUED_DOCUMENTS.has(toks[i - 2]!.key) && v.sent[i - 2] === v.sent[i + 1];
}

/** "the prefecture" at view token `i`, as the body that runs the place. */
function placeBody(v: View, i: number): Mention {
  const { toks } = v;
  const head = toks[i + 1]!;
  return {
    type: 'desc', vi: i, vj: i + 2, s: toks[i]!.s, e: head.e, words: [head.key], surface: v.text.slice(toks[i]!.s, head.e), roles: [],
    kind: 'organization', possessive: false, subject: false, plural: false, sent: v.sent[i]!, para: toks[i]!.para, owner: null,
    gender: null, entity: -1,
  };
}

/** Words that end the noun phrase after "according to": a clause, a preposition or a verb starts there. */
const SOURCE_PHRASE_ENDS = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'as', 'than', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);

/** The noun phrase after "according to" ("a harbour notice", "ledgers"), as a description of what reports. */
/** An age written as a word before a noun ("63-year-old"). */
const AGED = /^\d{1,3}-year-old$/;

function sourcePhrase(v: View, i: number): Mention | null {
  const toks = v.toks;
  let k = i;
  // ("according to the forecast of …": after a determiner a word that is also a verb of speech is a noun)
  while (k < i + 6 && isWord(toks[k]) && v.sent[k] === v.sent[i] && !(inLex(toks[k]!, LEX.speechVerb) && !(k === i + 1 && inLex(toks[i]!, LEX.determiner))) &&
    !SOURCE_PHRASE_ENDS.has(toks[k]!.key)) {
    // why: "ledgers obtained by the union": a participle after the head starts a clause of its own
    if (k > i && toks[k]!.key.endsWith('ed') && !toks[k]!.cap) break;
    // ("according to the enterprise «Velskenergo»": a body's name in marks is a mention of its own, after the phrase)
    if (k > i && startsName(v, k)) break;
    k++;
  }
  if (k === i) return null;
  // why: "according to the estimate of the Tel Aviv District Police", "according to data of the central bank": a body or
  // a person named as the owner of a document or a figure is the source
  // (a capitalised word before "of" is part of a name: "the state Division of Gaming Enforcement")
  if (toks[k]?.key === 'of' && !toks[k - 1]!.cap && !inLex(toks[k - 1]!, LEX.personNoun) && !inLex(toks[k - 1]!, LEX.personPlural)) {
    let n = k + 1;
    if (isWord(toks[n]) && toks[n]!.key === 'the') n++;
    if (isWord(toks[n]) && toks[n]!.cap && nameStart(v, n, true)) {
      const owner = nameMention(v, n, nameRun(v, n));
      if (owner.kind !== 'place') {
        owner.vi = i;
        owner.s = toks[i]!.s;
        return owner;
      }
    }
  }
  // why: "according to liberal columnist Ana Ruiz": a name in the phrase is the source, and the person nouns
  // before it are the role it holds
  for (let n = i + 1; n < k; n++) {
    if (!toks[n]!.cap || !nameStart(v, n, true)) continue;
    const named = nameMention(v, n, nameRun(v, n));
    if (named.kind === 'place' || named.kind === 'organization') break;
    for (let r = i; r < n; r++) if (inLex(toks[r]!, LEX.personNoun) && !named.roles.includes(toks[r]!.key)) named.roles.push(toks[r]!.key);
    named.vi = i;
    named.s = toks[i]!.s;
    return named;
  }
  const head = toks[k - 1]!;
  // why: "according to law enforcement officials": people, not an organisation the article named before
  // ("according to the 63-year-old bagsh": an age says a person, whatever noun of the article's language follows it)
  let aged = false;
  for (let n = i; n < k - 1 && !aged; n++) aged = AGED.test(toks[n]!.key);
  const person = !head.cap && (inLex(head, LEX.personNoun) || inLex(head, LEX.personPlural) || aged);
  return {
    type: 'desc', vi: i, vj: k, s: toks[i]!.s, e: head.e, words: [head.key], surface: v.text.slice(toks[i]!.s, head.e), roles: NO_ROLES,
    kind: person ? 'person' : 'organization', possessive: head.possessive, subject: false, plural: person && inLex(head, LEX.personPlural),
    sent: v.sent[i]!, para: toks[i]!.para, owner: null, gender: null, entity: -1,
  };
}

/** Words that may lead a group's noun: numbers and quantifiers ("nearly 40 marchers", "most voters"). */
const GROUP_LEADS = new Set(['about', 'some', 'many', 'most', 'few', 'several', 'nearly', 'almost', 'only', 'just', 'more', 'than', 'over', 'dozens', 'hundreds', 'thousands']);

/** Nouns that count or gather people ("groups of protesters", "a crowd of supporters"). */
const GROUP_NOUNS = new Set(['group', 'groups', 'crowd', 'crowds', 'scores', 'millions', 'handful', 'number', 'lots', 'hundreds', 'thousands', 'dozens']);
/** Words between "of" and a group's noun that keep the noun the group's ("some of the protesters", "of her supporters"). */
const GROUP_OWNERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'those', 'these']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** "residents", "nearly 40 marchers": a group named by a plural person noun alone. */
function barePlural(v: View, i: number): Mention {
  const toks = v.toks;
  let from = i;
  // why: "hundreds of protesters", "some of the demonstrators", "groups of her supporters": the part of a group that is
  // counted is the group speaking; without it, "of" made the noun an object and the group no speaker
  let k = i;
  if (isWord(toks[k - 1]) && GROUP_OWNERS.has(toks[k - 1]!.key)) k--;
  const lead = toks[k - 2];
  if (toks[k - 1]?.key === 'of' && isWord(lead) && (GROUP_LEADS.has(lead.key) || GROUP_NOUNS.has(lead.key)) && v.sent[k - 2] === v.sent[i]) from = k - 2;
  while (from > i - 3 && isWord(toks[from - 1]) && v.sent[from - 1] === v.sent[i] && (GROUP_LEADS.has(toks[from - 1]!.key) || isDigit(toks[from - 1]!.key.charCodeAt(0)))) from--;
  const t = toks[i]!;
  return {
    type: 'desc', vi: from, vj: i + 1, s: toks[from]!.s, e: t.e, words: [t.key], surface: v.text.slice(toks[from]!.s, t.e), roles: NO_ROLES,
    kind: 'person', possessive: t.possessive, subject: false, plural: true, sent: v.sent[i]!, para: t.para, owner: null, gender: null, entity: -1,
  };
}

/** "38 percent", "six in 10", "38 percent of likely voters": a share of the people a poll asked, when it is the
 * subject of a clause. */
function shareOf(v: View, i: number): Mention | null {
  const toks = v.toks;
  let from = i;
  if (isWord(toks[i - 1]) && GROUP_LEADS.has(toks[i - 1]!.key)) from--;
  let k = toks[i + 1]!.key === 'percent' ? i + 2 : i + 3;
  // why: "38 percent of likely voters say": the people the share is of belong to the phrase
  if (isWord(toks[k]) && toks[k]!.key === 'of') {
    let e = k + 1;
    while (e < k + 4 && isWord(toks[e]) && !inLex(toks[e]!, LEX.speechVerb) && !inLex(toks[e]!, LEX.filler) && !NOT_VERB.has(toks[e]!.key)) {
      // why: the phrase ends on its plural noun ("of local fishermen agreed")
      if (toks[e++]!.key.endsWith('s')) break;
    }
    if (e > k + 1) k = e;
  }
  const surface = v.text.slice(toks[from]!.s, toks[k - 1]!.e);
  // why: the whole phrase is its key: "38 percent" and "55 percent" of a poll are different groups
  const m: Mention = {
    type: 'desc', vi: from, vj: k, s: toks[from]!.s, e: toks[k - 1]!.e, words: [surface.toLowerCase()], surface,
    roles: NO_ROLES, kind: 'person', possessive: false, subject: false, plural: true, sent: v.sent[i]!, para: toks[i]!.para, owner: null,
    gender: null, entity: -1,
  };
  return isSubject(v, m) ? m : null;
}

const NO_ROLES: string[] = [];
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'both', 'two', 'three', 'other', 'one', 'another']);
const PRONOUN_WORDS = new Map([...PRONOUN_KEYS].map((k) => [k, [k]]));
const PRONOUN_GENDER = new Map([...PRONOUN_KEYS].map((k) => [k, genderOf([k])]));

/** What speaks in its owner's name: "her spokesman said", "his office said" are the owner's word, through them. */
const VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'office', 'campaign']);

function pronounMention(v: View, i: number): Mention {
  const t = v.toks[i]!;
  // why: "Her spokesman said: …": the possessive and the voice are one mention, the subject the cue looks for, standing
  // for the owner the pronoun names; alone, "Her" is no subject and the quotation went to whoever was named last
  // (so is any body or document of the owner's that speaks, "her company said", "his statement read": the evidence
  // shows the whole phrase the cue's subject is)
  // why: "His spokesman, Tom Hale, said …": a voice the article names is that person, who is the subject the cue finds;
  // only an unnamed one speaks as its owner
  const voice = v.toks[i + 1];
  const comma = v.toks[i + 2];
  const named = comma?.k === K.Punct && comma.key === ',' && isWord(v.toks[i + 3]) && nameStart(v, i + 3);
  const speaksFor = (t.key === 'his' || t.key === 'her' || t.key === 'their' || t.key === 'its') && isWord(voice) && !voice.cap && !voice.possessive &&
    !named && (VOICES.has(voice.key) || (inLex(voice, LEX.orgNoun) && speaksNext(v, i + 2)));
  const end = speaksFor ? voice : t;
  return {
    type: 'pronoun', vi: i, vj: speaksFor ? i + 2 : i + 1, s: t.s, e: end.e, words: PRONOUN_WORDS.get(t.key)!, surface: speaksFor ? v.text.slice(t.s, end.e) : t.key,
    roles: NO_ROLES, kind: 'unknown',
    possessive: !speaksFor && (t.key === 'his' || t.key === 'its' || t.key === 'their'), subject: false, plural: t.key === 'they' || t.key === 'their' || t.key === 'them',
    sent: v.sent[i]!, para: t.para, owner: null, gender: PRONOUN_GENDER.get(t.key) ?? null, entity: -1,
  };
}

/**
 * Subject pronouns of the languages `detectLanguage` tells, as "he" and "she", for an article left in its own language
 * ("«…», — сказал он", "a-t-elle ajouté"); read only in an article in that language ("lei" or "ele" mean other things in
 * English).
 */
const OWN_LANGUAGE_PRONOUNS: ReadonlyMap<string, ReadonlyMap<string, 'he' | 'she'>> = new Map(Object.entries({
  fr: { il: 'he', elle: 'she' }, es: { él: 'he', ella: 'she' }, it: { lui: 'he', lei: 'she' }, pt: { ele: 'he', ela: 'she' },
  ru: { он: 'he', она: 'she' }, uk: { він: 'he', вона: 'she' },
}).map(([lang, forms]) => [lang, new Map(Object.entries(forms) as [string, 'he' | 'she'][])]));

/** French puts the subject pronoun after the verb, joined by hyphens, in an inverted cue: "dit-il", "a-t-elle". */
const FRENCH_INVERSION = /-(?:t-)?(il|elle)$/;

/** The English pronoun a word of the article's own language stands for, or null (see OWN_LANGUAGE_PRONOUNS). */
function ownLanguagePronoun(v: View, t: Tok): 'he' | 'she' | null {
  if (v.language === null || v.language === 'en') return null;
  const plain = OWN_LANGUAGE_PRONOUNS.get(v.language)?.get(t.key);
  if (plain !== undefined) return plain;
  if (v.language !== 'fr' || t.key.indexOf('-') < 0) return null;
  const inverted = FRENCH_INVERSION.exec(t.key)?.[1];
  return inverted === 'il' ? 'he' : inverted === 'elle' ? 'she' : null;
}

function ownLanguagePronounMention(v: View, i: number, english: 'he' | 'she'): Mention {
  const t = v.toks[i]!;
  return {
    type: 'pronoun', vi: i, vj: i + 1, s: t.s, e: t.e, words: PRONOUN_WORDS.get(english)!, surface: v.text.slice(t.s, t.e),
    roles: NO_ROLES, kind: 'unknown', possessive: false, subject: false, plural: false,
    sent: v.sent[i]!, para: t.para, owner: null, gender: PRONOUN_GENDER.get(english) ?? null, entity: -1,
  };
}

/** How many words may stand between a possessive and the person noun it owns ("his former Italian counterpart"). */
const OWNED_MODIFIERS = 2;

/**
 * "“…,” said his wife", "his lawyer said", "his Italian counterpart": a person noun a possessive pronoun owns is
 * someone else than the owner, a description of its own (found through a role or a nation the article gave someone,
 * else nobody named); only an unnamed voice ("his spokesman", above) speaks as its owner. Null when no single person
 * noun follows within `OWNED_MODIFIERS` words, or when "and" joins it to what comes before.
 */
function ownedPerson(v: View, i: number, owner: Mention): Mention | null {
  // why: "He and his partner came … because they wanted to show that “…”": joined to its owner, the pair speaks as one,
  // and the owner, the one the article names, stands for both
  // ("The minister, Ana Ruiz, and her deputy, Tom Hale, …": unless a name set off after it says who the description
  // is, someone other than the owner)
  const joined = v.toks[i - 1];
  const d = descMention(v, i) ?? namedRelation(v, i);
  if (d === null || d.type !== 'desc' || d.kind !== 'person' || d.plural || d.vj > i + 2 + OWNED_MODIFIERS || d.owner !== null) return null;
  if (isWord(joined) && joined.key === 'and' && !(isPunct(v.toks[d.vj], ',') && nameStart(v, d.vj + 1))) return null;
  const head = d.words[0]!;
  if (VOICES.has(head) || SOMEONE.has(head)) return null;
  for (let k = i + 1; k < d.vj - 1; k++) if (v.toks[k]!.cap && !DEMONYMS.has(v.toks[k]!.key)) return null;
  d.owner = owner;
  return d;
}

/**
 * why: "insisted his abogáu, Xosé Antón Cuesta Tuñón, in the informe final": a possessive, one word in lower case no list
 * knows (the relation or role in the source language) and a full name set off by commas after it describe that person,
 * as "his lawyer, X," does; null otherwise.
 */
function namedRelation(v: View, i: number): Mention | null {
  const toks = v.toks;
  const t = toks[i + 1];
  if (!isWord(t) || t.cap || t.lex !== 0 || !/^\p{Ll}{3,}$/u.test(t.key) || !isPunct(toks[i + 2], ',') || !nameStart(v, i + 3)) return null;
  const end = nameRun(v, i + 3);
  if (end - (i + 3) < 2 || !isPunct(toks[end], ',')) return null;
  return {
    type: 'desc', vi: i, vj: i + 2, s: toks[i]!.s, e: t.e, words: [t.key], surface: v.text.slice(toks[i]!.s, t.e), roles: NO_ROLES,
    kind: 'person', possessive: false, subject: false, plural: false, sent: v.sent[i]!, para: t.para, owner: null, gender: null, entity: -1,
  };
}

/** Words for a person the writer does not name ("someone asked"). */
const SOMEONE = new Set(['someone', 'somebody']);

/** "“Is it safe?” someone asked": a person the article does not name, who may speak all the same; without a mention
 * the words went to whoever the passage was about, often the one being asked. "Someone else" is one phrase: the
 * evidence shows the words that set this person apart from the one before. */
function someoneMention(v: View, i: number): Mention {
  const t = v.toks[i]!;
  const next = v.toks[i + 1];
  const end = !t.possessive && isWord(next) && next.key === 'else' && !next.cap ? next : t;
  return {
    type: 'desc', vi: i, vj: end === t ? i + 1 : i + 2, s: t.s, e: end.e, words: [t.key], surface: v.text.slice(t.s, end.e), roles: NO_ROLES,
    kind: 'person', possessive: end.possessive, subject: false, plural: false, sent: v.sent[i]!, para: t.para, owner: null, gender: null, entity: -1,
  };
}

/** Courtesy titles that Korean and Chinese news put before one capital letter to keep a person unnamed ("Mr. A"). */
const ANONYMISING_TITLES = new Set(['mr', 'mrs', 'ms', 'miss']);

/**
 * "Mr. A (34), who lost the deposit …, said": a courtesy title before a single capital letter, which no initial's dot
 * or surname follows, is someone the article keeps unnamed; returns the view token past the letter, or -1.
 */
function anonymised(v: View, i: number): number {
  let k = i + 1;
  if (isPunct(v.toks[k], '.')) k++;
  const letter = v.toks[k];
  // ("Mr. A's lawyer": the letter may carry the possessive mark)
  if (!isWord(letter) || !(letter.e - letter.s === 1 || (letter.possessive && letter.key.length === 1)) || !letter.cap || letter.para !== v.toks[i]!.para) return -1;
  const after = v.toks[k + 1];
  if (isPunct(after, '.') && isWord(v.toks[k + 2]) && v.toks[k + 2]!.cap && v.sent[k + 2] === v.sent[k]) return -1;
  if (isWord(after) && after.cap) return -1;
  return k + 1;
}

/** The unnamed person "Mr. A" stands for: a description no name resolves, as "someone" is. */
function anonymisedMention(v: View, i: number, end: number): Mention {
  const t = v.toks[i]!;
  const last = v.toks[end - 1]!;
  return {
    type: 'desc', vi: i, vj: end, s: t.s, e: last.e, words: ['someone'], surface: v.text.slice(t.s, last.e), roles: NO_ROLES,
    kind: 'person', possessive: last.possessive, subject: false, plural: false, sent: v.sent[i]!, para: t.para, owner: null, gender: genderOf([t.key]), entity: -1,
  };
}

/** Opens a clause: after a sentence start, a comma, a conjunction or a time word, not in the middle of a phrase. */
export function opensClause(v: View, m: Mention): boolean {
  const before = v.toks[m.vi - 1];
  return !isWord(before) || CLAUSE_OPENERS.has(before.key) || (before.cap && inLex(before, LEX.notName)) || /^\d/.test(before.key);
}

/** Whether the parenthesis at view token `open` closes within a few words and a dash follows it. */
function dateline(v: View, open: number): boolean {
  for (let k = open + 1; k < open + 6 && k < v.toks.length; k++) if (isPunct(v.toks[k], ')')) return isPunct(v.toks[k + 1], '—–-');
  return false;
}

/** Whether `text[s, e)` has letters, all of them capitals. */
function capitalsOnly(text: string, s: number, e: number): boolean {
  const part = text.slice(s, e);
  return /\p{L}/u.test(part) && part === part.toUpperCase();
}

/** A mention is a clause subject when nothing but a clause boundary precedes it and a verb-like word follows. */
/** Prepositions that open a phrase of time or setting between a sentence's subject and its verb. */
const SETTING_AFTER_SUBJECT = new Set(['on', 'in', 'during', 'at', 'while']);
/** Possessives that make "in" after a subject open the subject's own setting ("in his speech", "in its statement"). */
const OWN_SETTING = new Set(['his', 'her', 'its', 'their']);

function isSubject(v: View, m: Mention): boolean {
  if (m.possessive || (m.type === 'pronoun' && ['him', 'her', 'them', 'his', 'its', 'their'].includes(m.words[0]!))) return false;
  const before = v.toks[m.vi - 1];
  if (presented(v, m)) return true;
  // why: "Said the president of the council of the port, the Aotrou Erwan Tanguy, that …": after a verb of speech that
  // opens the sentence, as verb-first translations write it, the speaker comes, the sentence's subject
  if (isWord(before) && before.cap && inLex(before, LEX.speechVerb) && !before.key.endsWith('ing') && sentenceStart(v, m.vi - 1) && m.type !== 'pronoun') return true;
  // ("The minister of energy of Velsk Dinara Kassymova on the briefing stated": a mention that opens on the place of
  // the office before the holder's own name is no object of that "of")
  const first = v.toks[m.vi]!;
  const placeFirst = m.type === 'name' && isWord(before) && before.key === 'of' && first.cap && !inLex(first, LEX.determiner) && !inLex(first, LEX.title) &&
    !inLex(first, LEX.personNoun) && !v.text.startsWith(m.surface, first.s);
  if (isWord(before) && NEVER_SUBJECT_BEFORE.has(before.key) && !placeFirst) return false;
  let k = m.vj;
  for (let f = 0; f < 4 && isWord(v.toks[k]) && inLex(v.toks[k]!, LEX.filler); f++) k++;
  // why: an auxiliary right after it ("Brandt was …", "he has …") makes the mention the subject
  // ("The young chairman already has the list": or after an adverb)
  for (let f = m.vj; f < k; f++) if (AUXILIARIES.has(v.toks[f]!.key)) return true;
  const next = v.toks[k];
  // why: "PORT LYON (Agency) — Ana Ruiz said …": a paragraph opening on a name, a parenthesis and a dash is a dateline,
  // not the subject
  if (isPunct(next, '(') && (!before || before.k === K.Break) && dateline(v, k)) return false;
  // why: "the KCC chief engineer, however, assured that …": an adverb set off by commas between the subject and its
  // verb leaves the mention the subject
  if (isPunct(next, ',') && isWord(v.toks[k + 1]) && INTERJECTED.has(v.toks[k + 1]!.key) && isPunct(v.toks[k + 2], ',')) {
    const verb = v.toks[k + 3];
    if (isWord(verb) && !verb.cap && !NOT_VERB.has(verb.key)) return true;
  }
  // why: a name set off by a comma opens a sentence as its subject ("Ruiz, the head of X, said")
  // ("But Mehdi Ahmadi-Rad, member of the council, has another opinion": past a conjunction opening the sentence)
  // ("The machi Ana Llancaqueo Millapán, who lives …, did not want …": or after "the" and a word of the article's language
  // no list knows, the two opening the sentence)
  if (isPunct(next, ',(') && m.type === 'name') return !before || sentenceStart(v, m.vi) || (isWord(before) && (inLex(before, LEX.personNoun) || inLex(before, LEX.title))) ||
    (isWord(before) && !before.cap && before.lex === 0 && m.kind !== 'place' && m.kind !== 'organization' && isWord(v.toks[m.vi - 2]) &&
      v.toks[m.vi - 2]!.key === 'the' && sentenceStart(v, m.vi - 2)) ||
    (isPunct(before, ',') && (namedAfterOpening(v, m.vi - 1) || officeOpening(v, m.vi - 1) ||
      (m.kind === 'person' && frontedOpening(v, m.vi - 1)))) ||
    (isWord(before) && SENTENCE_CONJUNCTIONS.has(before.key) && sentenceStart(v, m.vi - 1));
  // ("The Minister of Finance, Elena Caballé, tried": a description opening the sentence before a comma is its subject too)
  // ("For his part, the District Commissioner of Ilala, Saidi Kitumbo, … told": or after a phrase fronted before it)
  // ("Mr. A (34), who lost …, said": so does an unnamed person's with an age in parentheses)
  if ((isPunct(next, ',') || (isPunct(next, '(') && m.words[0] === 'someone')) && m.type === 'desc' && m.kind === 'person' && clauseOpens(v, m.vi)) return true;
  // ("The activist of the campaign "Save Khazan, Save Goa", Ms. Leena D’Souza, … said": past the body's name in marks)
  if (m.type === 'desc' && m.kind === 'person' && v.names.length !== 0 && isWord(next) && isPunct(v.toks[pastNameInMarks(v, k)], ',') && pastNameInMarks(v, k) > k &&
    clauseOpens(v, m.vi)) return true;
  // why: "French soldiers", "Ruiz supporters": the name modifies the noun that follows
  if (isWord(next) && m.type === 'name' && (inLex(next, LEX.personNoun) || inLex(next, LEX.orgNoun) || isPluralOf(next.key))) return false;
  // ("PAGASA weather specialist Ana Villareal", "NASA climate scientist Tom Berg": past a modifier or two of the role)
  if (m.type === 'name' && isWord(next) && !next.cap) {
    for (let r = k + 1; r <= k + 2 && isWord(v.toks[r]) && !v.toks[r]!.cap; r++) {
      if (inLex(v.toks[r]!, LEX.personNoun) && isWord(v.toks[r + 1]) && v.toks[r + 1]!.cap) return false;
    }
  }
  // why: "The Governor of the Capital City and Mayor of Velsk B.Tamir at the press conference informed that …": a first
  // office opening the sentence, joined by "and" to the name's own, then a phrase of time or setting: the name is the
  // subject of the verb after it, no item of a list
  // ("The minister of energy of Velsk Dina Kass on the briefing stated that …": or right after that office)
  if (m.type === 'name' && m.kind === 'person' && isWord(next) && !next.cap && SETTING_AFTER_SUBJECT.has(next.key) &&
    ((isWord(before) && before.key === 'and' && officeOpening(v, m.vi - 1)) || officeOpening(v, m.vi))) return true;
  if (m.type === 'name' && listAfterDeterminer(v, m.vi)) return false;
  // why: "Mohammad-Reza Bakhtiari on Wednesday in conversation with the reporter of IRNA, …, stated": a person's name
  // opening a sentence, then a phrase of time or setting, is the subject of the verb after it
  // ("Water Resources Agency director-general Huang Chih-ming at the press conference pointed out": or after its role)
  // ("On the other hand, mayor Kikuchi on the same day visited": a one-word name after its lower-case role is a person too)
  // ("To this, Minister Park at the briefing drew a line": or after a short phrase fronted before it)
  if (m.type === 'name' && (m.kind === 'person' || (m.roles.length > 0 && m.kind === 'unknown')) && isWord(next) && !next.cap && SETTING_AFTER_SUBJECT.has(next.key) &&
    (sentenceStart(v, m.vi) || (isWord(before) && !before.cap && inLex(before, LEX.personNoun)) || (isPunct(before, ',') && frontedOpening(v, m.vi - 1)))) return true;
  // why: "The mayor in his speech said that …", "The union in its statement said that …": a description or a body's
  // name opening the sentence, then "in" with its own possessive setting, is the subject of the verb after it
  if ((m.type === 'desc' || (m.type === 'name' && m.kind === 'organization')) && isWord(next) && next.key === 'in' && sentenceStart(v, m.vi) &&
    isWord(v.toks[k + 1]) && OWN_SETTING.has(v.toks[k + 1]!.key)) return true;
  return isWord(next) && !next.cap && !NOT_VERB.has(next.key);
}

/** Adverbs set off by commas between a subject and its verb ("the minister, however, said"). */
const INTERJECTED = new Set(['however', 'though', 'meanwhile', 'nevertheless', 'nonetheless', 'therefore', 'moreover', 'instead', 'too', 'also', 'furthermore']);

/** Conjunctions and linking adverbs that may open a sentence before its subject ("But Ruiz, the mayor, said"). */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'meanwhile', 'also', 'instead', 'still', 'however']);

/** Most words of a sentence's opening noun phrase that a name set off by commas may restate ("Her opponent, X,"). */
const OPENING_PHRASE_WORDS = 4;

/** Whether the sentence opens right before the comma at `comma` on a possessive and one or two words in lower case. */
function possessiveOpening(v: View, comma: number): boolean {
  const toks = v.toks;
  for (let k = comma - 1; k >= comma - 3 && k >= 0; k--) {
    const t = toks[k]!;
    if (!isWord(t)) return false;
    if (POSSESSIVE_DETERMINERS.has(t.key) && t.key !== 'its') return k < comma - 1 && sentenceStart(v, k);
    if (t.cap || inLex(t, LEX.speechVerb)) return false;
  }
  return false;
}

/** Whether the comma at `comma` closes a noun phrase for a person that opens its sentence ("Her opponent,", "The
 * lawyer for the family,"): the name after it restates that subject. */
function namedAfterOpening(v: View, comma: number): boolean {
  const toks = v.toks;
  const noun = toks[comma - 1];
  // ("His replacement, Tom Hale, arrived": after a possessive, any noun is someone's, and the name restates it)
  if (isWord(noun) && !noun.cap && comma >= 2 && possessiveOpening(v, comma)) return true;
  if (!isWord(noun) || !inLex(noun, LEX.personNoun)) return false;
  for (let k = comma - 1; k >= 0 && k >= comma - OPENING_PHRASE_WORDS; k--) {
    if (!isWord(toks[k]) || (toks[k]!.cap && k !== comma - 1 && !sentenceStart(v, k))) return false;
    if (sentenceStart(v, k)) return inLex(toks[k]!, LEX.determiner) || inLex(toks[k]!, LEX.pronoun);
  }
  return false;
}

/** Prepositions that open a short phrase before a sentence's subject ("Regarding this, Ms. Ishida Megumi, the head …,"). */
const FRONTING = new Set(['regarding', 'concerning', 'about', 'in', 'on', 'at', 'during', 'following', 'after', 'amid', 'despite', 'to']);
/** Most tokens of such a phrase before its comma. */
const FRONTED_PHRASE_TOKENS = 8;
/** A present participle ("Explaining", "Speaking", "Commenting") or "Asked", opening a phrase before the subject. */
const participle = (t: Tok): boolean => t.key === 'asked' || (t.key.length > 5 && t.key.endsWith('ing') && (t.lex & LEX.notName) === 0);

/**
 * Whether view token `k` opens its sentence's main clause: the sentence's first token, or the first after a short
 * phrase fronted before the subject ("On Monday, the mayor …", "For his part, the commissioner …").
 */
function clauseOpens(v: View, k: number): boolean {
  if (sentenceStart(v, k)) return true;
  return k >= 2 && isPunct(v.toks[k - 1], ',') && (partOpening(v, k - 1) || frontedOpening(v, k - 1));
}

/** Whether the comma at `comma` closes "For his part," opening its sentence (see closesPartPhrase). */
export function partOpening(v: View, comma: number): boolean {
  return closesPartPhrase(v.toks, comma) && sentenceStart(v, comma - 3);
}

/**
 * Whether the comma at view token `comma` closes a short phrase that a preposition opens at the sentence's start
 * ("Regarding this,", "On the evening of the 18th,"): a name set off after it is the sentence's subject, as at its start.
 */
function frontedOpening(v: View, comma: number): boolean {
  const toks = v.toks;
  // (a comma that opens the text closes no phrase)
  if (comma < 1) return false;
  let start = comma - 1;
  while (start > 0 && comma - start < FRONTED_PHRASE_TOKENS && !sentenceStart(v, start)) start--;
  // ("Explaining the cause, MSc. Trần Bá Hoằng, researcher at …, said": or a participle's phrase)
  if (!sentenceStart(v, start) || !isWord(toks[start]) || !(FRONTING.has(toks[start]!.key) || participle(toks[start]!))) return false;
  for (let k = start + 1; k < comma; k++) if (!isWord(toks[k])) return false;
  return true;
}

/**
 * Where an officer's name starts inside a run of capitalised words after "of" that first names a body ("KNAB Laura
 * Ozola", "Social Insurance Board Anneli Kask", "Colo-Colo Ramiro Sepúlveda"): the run's last two words, when neither is
 * a body's, a place's or an office's word, and the body's part holds a body's word or capitals only, or the first of the
 * two is a given name; else -1. "the governor of New South Wales", "the CEO of Goldman Sachs Group" have none.
 */
function officerAt(text: string, toks: Tok[], from: number, to: number): number {
  // why: "the central leader of Kisan Ittehad Mian Abdul Ghaffar Bhatti": an honorific inside the run opens the officer's
  // name, whatever the body's name is made of
  for (let k = from + 1; k < to - 1; k++) {
    const t = toks[k]!;
    if (t.k === K.Word && t.cap && (HONORIFICS.has(t.key) || COURTESY_BEFORE_NAME.has(t.key)) && isWord(toks[k + 1]) && toks[k + 1]!.cap) return k;
  }
  // ("the starost of Sokółka Tomasz Jan Wierzbicki": so does a known given name after the place, with the rest after it)
  for (let k = from + 1; k < to - 1; k++) {
    const t = toks[k]!;
    if (t.k === K.Word && t.cap && (FEMALE_NAMES.has(t.key) || MALE_NAMES.has(t.key)) && !inLex(toks[k - 1]!, LEX.orgWord) && isWord(toks[k + 1]) && toks[k + 1]!.cap) return k;
  }
  // ("the Chief Justice of India D.Y. Chandrachud", "the Governor of Karnataka H. K. Patil": or initials after the place,
  // which open a person's name, never a body's ("U.S.", "U.N." are a country's and a union's)
  for (let k = from + 1; k < to - 1; k++) {
    const t = toks[k]!;
    const prev = toks[k - 1]!;
    if (t.k === K.Word && t.cap && prev.k === K.Word && prev.e - prev.s > 1 && !PLACE_INITIALS.has(t.key) && toks[k + 1]?.key === '.' && INITIALS.test(text.slice(t.s, t.e))) return k;
  }
  // ("the spokesperson of the Ministry of Foreign Affairs Le Thi Thu Hang": or a Vietnamese family name three or four
  // words from the run's end, the given names after it)
  for (let k = Math.max(from + 1, to - 4); k <= to - 3; k++) {
    const t = toks[k]!;
    if (t.k === K.Word && t.cap && VIETNAMESE_FAMILY_NAMES.has(t.key) && toks[k + 1]!.cap && toks[k + 2]!.cap && !inLex(toks[k + 1]!, LEX.orgWord) && !inLex(toks[to - 1]!, LEX.orgWord)) return k;
  }
  let n = 0;
  let second = -1;
  let first = -1;
  for (let k = to - 1; k >= from; k--) {
    if (toks[k]!.k !== K.Word) return -1;
    if (n === 0) second = k;
    else if (n === 1) first = k;
    n++;
  }
  if (n < 3 || second !== first + 1) return -1;
  for (const k of [first, second]) {
    const t = toks[k]!;
    // ("the governor of Bank Negara Malaysia": a country's name ends the body's)
    if (!t.cap || inLex(t, LEX.orgWord) || PLACE_WORDS.has(t.key) || OFFICE_WORDS.has(t.key) || isCapitals(text, t) || countryLike(t.key)) return -1;
  }
  // ("the Mayor of Yerevan Tigran Avetisyan", "the governor of Kursk Roman Starovoit": one capitalised word right after
  // "of" is the place or the body, the two after it its officer's name; not when a name is set off after the run, which
  // is then the body's whole name: "the coach of Chambishi Copper Bullets, Patrick Mulenga,"; nor when that word is a
  // given name, of a name of three words: "the daughter of Ana Kovač Horvat")
  const apposed = isPunct(toks[to], ',') && isWord(toks[to + 1]) && toks[to + 1]!.cap;
  const single = first === from + 1 && toks[from - 1]?.key === 'of' && !apposed && !FEMALE_NAMES.has(toks[from]!.key) && !MALE_NAMES.has(toks[from]!.key);
  let body = FEMALE_NAMES.has(toks[first]!.key) || MALE_NAMES.has(toks[first]!.key) || single;
  // ("the project manager of PT Segara Dewata Properti, Rudi Hartono Setiawan,": a company form opening the run opens the
  // firm's name, which goes on after it)
  for (let k = from; k < first && !body; k++) body = !(k === from && LEADING_COMPANY_FORMS.has(toks[k]!.key)) && (inLex(toks[k]!, LEX.orgWord) || isCapitals(text, toks[k]!));
  return body ? first : -1;
}

/**
 * why: "The ambassador of Russia to the USA Anatoly Antonov said", "the Permanent Representative of Russia to the UN
 * Vasily Nebenzya", "The Russian ambassador in the USA Anatoly Antonov": a diplomat's office names where it is held
 * after "to" or "in", and the holder's name runs on in capitals after that country or body; read apart, the office
 * ended before "to" and spoke as a person of its own ("ambassador of Russia"). The holder's mention over the whole
 * phrase, its office as a role, else null. `end` is the token after the office's own tail ("of Russia").
 */
function postedHolder(v: View, i: number, head: number, end: number): Mention | null {
  const toks = v.toks;
  const at = toks[end];
  if (!POSTED_OFFICES.has(toks[head]!.key) || !isWord(at) || (at.key !== 'to' && at.key !== 'in')) return null;
  const k = toks[end + 1]?.key === 'the' ? end + 2 : end + 1;
  if (!isWord(toks[k]) || !toks[k]!.cap) return null;
  // (the country's name, then the holder's: two capitalised words at least, read as one run or as two)
  let stop = k + 1;
  while (stop < k + 8 && isWord(toks[stop]) && toks[stop]!.cap) stop++;
  const officer = officerAt(v.text, toks, k, stop);
  if (officer < 0) return null;
  const holder = nameMention(v, officer, stop);
  return holder.kind === 'organization' || holder.kind === 'place' ? null : heldOffice(v, holder, i, head);
}

/** The holder's name mention made the mention of the whole description from view token `i`, the office at `head` one
 * of its roles: the phrase is one mention, so a cue right before it finds it. */
function heldOffice(v: View, holder: Mention, i: number, head: number): Mention {
  holder.vi = i;
  holder.s = v.toks[i]!.s;
  holder.roles.push(v.toks[head]!.key);
  return holder;
}

/** One capital, or capitals joined by stops ("D", "D.Y"), as a token holds initials before their last stop. */
const INITIALS = /^\p{Lu}(\.\p{Lu})*$/u;

/** Courtesy titles that open a person's name wherever they stand in a run of capitalised words. */
const COURTESY_BEFORE_NAME = new Set(['mr', 'mrs', 'ms', 'dr']);

/** A word of two or more capitals and no lower-case letter ("KNAB", "ANFP"). */
function isCapitals(text: string, t: Tok): boolean {
  if (t.e - t.s < 2) return false;
  const w = text.slice(t.s, t.e);
  return w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Words that open a clause inside a phrase ("the head of the union that …"). */
const OPENS_CLAUSE = new Set(['who', 'which', 'that', 'whose', 'whom', 'when', 'where', 'while', 'because', 'if', 'since', 'until', 'unless', 'whether']);

/** Most tokens of an opening office with its "of" phrase before the name that restates it. */
const OFFICE_OPENING_TOKENS = 12;

/**
 * Whether the comma at `comma` closes a sentence's opening description of a person with an "of" phrase, which may end
 * on a body's name ("The chairman of the pensioners' association Seniorforum, Birthe Lund, called …"): the name after it
 * restates the subject, and the body is no one who speaks.
 */
function officeOpening(v: View, comma: number): boolean {
  const toks = v.toks;
  let start = comma - 1;
  if (start < 0) return false;
  while (start > 0 && comma - start < OFFICE_OPENING_TOKENS && !clauseOpens(v, start)) start--;
  // ("Councillor of ward number 24, Advocate Nasrin Mitu, said": translations drop the article before the office)
  const bare = clauseOpens(v, start) && isWord(toks[start]) && toks[start]!.cap && inLex(toks[start]!, LEX.personNoun);
  if (!bare && (!clauseOpens(v, start) || !isWord(toks[start]) || !(inLex(toks[start]!, LEX.determiner) || inLex(toks[start]!, LEX.pronoun)))) return false;
  let head = bare ? start : -1;
  for (let k = start + 1; k < comma && k <= start + 4 && head < 0; k++) if (isWord(toks[k]) && inLex(toks[k]!, LEX.personNoun)) head = k;
  // ("A 63-year-old shepherd from Qaleh-Now, Gholamreza Ahmadi, told …": where the person is from, too)
  if (head < 0 || (toks[head + 1]?.key !== 'of' && toks[head + 1]?.key !== 'from')) return false;
  for (let k = head + 2; k < comma; k++) {
    const t = toks[k];
    if (!isWord(t) || inLex(t, LEX.speechVerb) || VERBISH.has(t.key) || OPENS_CLAUSE.has(t.key)) return false;
  }
  return true;
}

/**
 * "the same Abba, Roxette and Tomas Berg posters": a name that closes a list of names
 * opened by a determiner modifies the noun after the list, whatever that noun is.
 */
function listAfterDeterminer(v: View, vi: number): boolean {
  const toks = v.toks;
  const and = toks[vi - 1];
  if (!isWord(and) || (and.key !== 'and' && and.key !== 'or')) return false;
  for (let k = vi - 2; k >= 0 && k >= vi - 14 && v.sent[k] === v.sent[vi]; k--) {
    const t = toks[k]!;
    if (isPunct(t, ',') || (t.k === K.Word && (t.cap || /^\d/.test(t.key)))) continue;
    return t.k === K.Word && (inLex(t, LEX.determiner) || t.key === 'same') && k < vi - 3;
  }
  return false;
}

/** Imperatives that present a topic ("Take the port board.", "Just look at Ana Ruiz."), and words that may open them. */
const PRESENTING = new Set(['take', 'consider', 'meet', 'look', 'remember']);
const PRESENTING_OPENERS = new Set(['just', 'now', 'so', 'but', 'and', 'then']);

/**
 * "Just look at Speaker Ana Ruiz. She has said …": a sentence that only presents someone makes her its topic, whom
 * the next sentence's "she" goes on with, as it would with a subject; the mention must close the sentence.
 */
function presented(v: View, m: Mention): boolean {
  const toks = v.toks;
  const after = toks[m.vj];
  if (!isPunct(after, '.:') || m.type === 'pronoun') return false;
  let k = m.vi - 1;
  if (toks[k]?.key === 'at' && toks[k - 1]?.key === 'look') k--;
  else if (toks[k]?.key === 'look') return false;
  const verb = toks[k];
  if (!isWord(verb) || !PRESENTING.has(verb.key)) return false;
  if (isWord(toks[k - 1]) && PRESENTING_OPENERS.has(toks[k - 1]!.key)) k--;
  return sentenceStart(v, k);
}

/** Whether a person's full name starts at `k` ("Lena Ortiz" after "Harbour News’"; not "Porto" after "Ruiz's"). */
function ownsPerson(v: View, k: number): boolean {
  if (!isWord(v.toks[k]) || !nameStart(v, k) || inLex(v.toks[k]!, LEX.title)) return false;
  const next = nameMention(v, k, nameRun(v, k));
  return next.kind === 'person' || (next.kind === 'unknown' && next.words.length >= 2);
}

/** Where the name starts when a run of title words only ("Former Republican") opens a role noun and a name
 * ("… mayoral candidate Ana Ruiz"), or when any other name is followed by role nouns only and a name ("Lusitania
 * governor Tomás Reyes", "Ohio attorney general Ana Ruiz"), else -1. */
function namedRoleAt(v: View, m: Mention): number {
  const toks = v.toks;
  let titles = true;
  for (let k = m.vi; k < m.vj && titles; k++) if (toks[k]!.k === K.Word && !inLex(toks[k]!, LEX.title)) titles = false;
  // why: after a place or an organisation the lower-case office is what the name after it holds; the words between
  // must all be role nouns, so "Ruiz called senator Lee" keeps Ruiz, who is no modifier of Lee's office
  if (!titles && m.possessive) return -1;
  for (let k = m.vj; k < m.vj + 3; k++) {
    const t = toks[k];
    if (!isWord(t) || t.cap) return -1;
    if (inLex(t, LEX.personNoun) && isWord(toks[k + 1]) && toks[k + 1]!.cap) return nameStart(v, k + 1) ? k + 1 : -1;
    if (!titles && !inLex(t, LEX.personNoun) && !inLex(t, LEX.title)) return -1;
  }
  return -1;
}

/**
 * "The UN Secretary-General, Antonio Guterres, said": a capitalised run that ends on a title and is set off by a comma
 * before a person's name is the office that person holds, a description apposed to the name, as the lower-case
 * "the UN secretary-general, Antonio Guterres," is; read as a name, it took the words as a speaker of its own. The
 * words before the title ("UN") are the office's owner.
 */
function officeOfName(v: View, m: Mention): Mention | null {
  const toks = v.toks;
  const last = toks[m.vj - 1]!;
  let first = m.vi;
  while (first < m.vj - 1 && !toks[first]!.cap) first++;
  // why: a title word that names no role ("House", "State") ends a place's or a body's name ("the White House, Ana
  // Ruiz said"); a title alone ("As Governor, Ana Ruiz …") is no run of capitals
  const head = isWord(last) && first < m.vj - 1 ? TITLES.get(last.key) : undefined;
  if (!head || m.possessive || !isPunct(toks[m.vj], ',') || !ownsPerson(v, m.vj + 1)) return null;
  const roles: string[] = [];
  for (let k = first; k < m.vj; k++) if (isWord(toks[k])) roles.push(toks[k]!.key);
  const owner = inLex(toks[first]!, LEX.title) ? null : nameMention(v, first, m.vj - 1);
  return {
    type: 'desc', vi: m.vi, vj: m.vj, s: m.s, e: last.e, words: [head], surface: v.text.slice(m.s, last.e), roles, kind: 'person',
    possessive: false, subject: false, plural: false, sent: m.sent, para: m.para, owner, gender: genderOf(roles), entity: -1,
  };
}

/**
 * "said Head of Perum Bulog East Java Regional Division, Arief Wicaksono": an office in capitals with no article,
 * its noun a person's and its body after "of", set off by a comma before a person's name, as translations from
 * Indonesian, Malay and Tagalog write it. A description of the person, like "the head of …": read as a name, the noun
 * "Head" took the words as a speaker of its own. A body's noun ("Ministry of Health") is a name.
 */
function bareOffice(v: View, i: number): Mention | null {
  const toks = v.toks;
  const t = toks[i]!;
  if (!t.cap || !inLex(t, LEX.personNoun) || inLex(t, LEX.orgNoun) || toks[i + 1]?.key !== 'of' || !isWord(toks[i + 2])) return null;
  const m = descMention(v, i, true);
  // why: "Deputy of the City Duma Marat Galeev did not agree": with no comma, the body's name runs into the holder's,
  // whom the office names (as after "the Director of …")
  if (m !== null && m.type === 'name' && m.kind === 'person' && m.vi === i) return m;
  return m !== null && m.type === 'desc' && m.owner !== null && isPunct(toks[m.vj], ',') && ownsPerson(v, m.vj + 1) ? m : null;
}

/** Most capitalised words of the venue between an inverted verb and its speaker ("to Europa Press"). */
const VENUE_NAME_WORDS = 4;

/** Whether view token `i` follows a verb of speech inverted after a quotation, right after the verb or past "to" and a
 * venue's name in capitals ("“…”, explained to Europa Press sources …"). */
function invertedAfterVenue(v: View, i: number): boolean {
  const toks = v.toks;
  let b = i - 1;
  while (b > i - 1 - VENUE_NAME_WORDS && isWord(toks[b]) && toks[b]!.cap) b--;
  const verbAt = b === i - 1 ? i - 1 : isWord(toks[b]) && toks[b]!.key === 'to' ? b - 1 : -1;
  const verb = toks[verbAt];
  if (verbAt < 0 || !isWord(verb) || verb.cap || verb.speech !== true) return false;
  // (the verb right after the quotation's closing mark, or the comma after it)
  const mark = isPunct(toks[verbAt - 1], ',') ? verbAt - 2 : verbAt - 1;
  return toks[mark]?.k === K.Quote;
}

/** Bodies English names without an article ("police said"). */
const ARTICLELESS_BODIES = new Set(['police']);

/** Capitalised words that are adjectives, never a name on their own ("Democratic socialist", "Democrat politicians"). */
const ADJECTIVES = new Set(['democratic', 'republican', 'democrat', 'former', 'acting', 'foreign', 'prime']);

/** Whether name mention `m` is three capitalised words right after "<settlement noun> of" ("the city of Osh Erlan
 * Mamatov"), none a body's, a place's or a title's word, nor in capitals only. */
function settlementThenHolder(v: View, m: Mention): boolean {
  const toks = v.toks;
  if (m.type !== 'name' || m.vj - m.vi !== 3 || m.possessive || m.kind !== 'person' || m.roles.length) return false;
  if (!isWord(toks[m.vi - 1]) || toks[m.vi - 1]!.key !== 'of' || !isSettlementNoun(toks[m.vi - 2])) return false;
  for (let k = m.vi; k < m.vj; k++) {
    const t = toks[k]!;
    if (t.k !== K.Word || !t.cap || inLex(t, LEX.orgWord) || inLex(t, LEX.title) || PLACE_WORDS.has(t.key) || isCapitals(v.text, t)) return false;
  }
  return true;
}

/**
 * why: "ha detto al Corriere Fiorentino Lorenzo Baldini, dottorando …", "ha spiegato a Repubblica Enrico Casadei,
 * geologo …": Romance languages may set the speaker after the verb and the paper the words were given to, and the
 * speaker's name runs on from the paper's. A run of capitalised words [from, to) right after a verb of speech and
 * "to", in an article in a language glossed here, with a known given name inside it (not after another, as in "Maria
 * Luisa Rossi") and no title or person's noun before that name (those make it the one the words went to, "al
 * Presidente Mario Rossi"), is the paper, then the speaker: the index where the speaker's name starts, else -1.
 */
function givenToThenSpeaker(v: View, from: number, to: number): number {
  const toks = v.toks;
  if (!glossesLanguage(v.language) || to - from < 3) return -1;
  const lead = toks[from - 1]?.key === 'the' && toks[from - 1]!.s === toks[from - 1]!.e ? from - 2 : from - 1;
  if (!isWord(toks[lead]) || toks[lead]!.key !== 'to' || toks[lead]!.cap || !toks[lead - 1]?.speech) return -1;
  const given = (k: number): boolean => FEMALE_NAMES.has(toks[k]!.key) || MALE_NAMES.has(toks[k]!.key);
  for (let j = from; j < to - 1; j++) {
    const t = toks[j]!;
    if (inLex(t, LEX.personNoun) || inLex(t, LEX.title)) return -1;
    if (j > from && given(j) && !given(j - 1)) return j;
  }
  return -1;
}

/** Most words of a speaker's name read off the end of a fronted recipient's run. */
const FRONTED_SPEAKER_WORDS = 3;

/**
 * why: "To the TVRI Sumatera Utara Bonar said: “…”", "To Radio Toba Bonar Hutapea said": translations that keep the verb
 * last front whom the words were given to, and the speaker's name runs on from the outlet's. A run of capitalised words
 * [from, to) after a sentence's opening "To" (and "the"), right before a verb of speech, whose first part is marked as
 * an outlet's (initials in capitals, a press noun) and whose last words the article writes elsewhere too, capitalised,
 * is the outlet, then the speaker: the index where the speaker's words start, else -1.
 */
function recipientThenSpeaker(v: View, from: number, to: number): number {
  const toks = v.toks;
  const lead = toks[toks[from - 1]?.key === 'the' ? from - 2 : from - 1];
  const verb = toks[to];
  if (!isWord(lead) || lead.key !== 'to' || !lead.cap || !isWord(verb) || !verb.speech || verb.cap || to - from < 2) return -1;
  const counts = capitalisedUses(v);
  const elsewhere = (k: number): boolean => {
    const kid = toks[k]!.kid;
    let inside = 0;
    for (let j = from; j < to; j++) if (toks[j]!.kid === kid && toks[j]!.cap) inside++;
    return (counts[kid] ?? 0) > inside;
  };
  let cut = to;
  while (cut - 1 > from && to - (cut - 1) <= FRONTED_SPEAKER_WORDS && isWord(toks[cut - 1]) && elsewhere(cut - 1)) cut--;
  if (cut === to) return -1;
  for (let k = from; k < cut; k++) if (SOURCE_NOUNS.has(toks[k]!.key) || (toks[k]!.e - toks[k]!.s >= 2 && isCapitals(v.text, toks[k]!))) return cut;
  return -1;
}

/** How often each key is written capitalised in the article, counted once a view (on first need). */
const capitalisedCounts = new WeakMap<View, Int32Array>();
function capitalisedUses(v: View): Int32Array {
  let counts = capitalisedCounts.get(v);
  if (!counts) {
    counts = new Int32Array(keyCount());
    for (const t of v.toks) if (t.k === K.Word && t.cap && t.kid >= 0 && t.kid < counts.length) counts[t.kid]!++;
    capitalisedCounts.set(v, counts);
  }
  return counts;
}

/** The outlet's part [from, to) of such a run, as an organisation's name. */
function recipientMention(v: View, from: number, to: number): Mention {
  const m = nameMention(v, from, to);
  m.kind = 'organization';
  return m;
}

/** All mentions in view order, each view token pointing to at most one mention. */
export function findMentions(v: View): Mention[] {
  const out: Mention[] = [];
  const toks = v.toks;
  const names = v.names;
  let ni = 0;
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    // why: "its plan “Healthy Finances 2025”": the words of a name in marks name no one who could speak
    while (ni < names.length && names[ni]!.end <= t.s) ni++;
    const inName = ni < names.length && names[ni]!.start <= t.s;
    const bodyName = inName && t.s === names[ni]!.start ? namedBody(v, i, names[ni]!) : null;
    if (t.k !== K.Word || v.boiler[t.para] || (inName && !bodyName)) {
      i++;
      continue;
    }
    let m: Mention | null = bodyName;
    let own: 'he' | 'she' | null;
    // why: "said A. B. Perera", "I. M. Pei": an initial spelled as an article or a pronoun opens a name
    const initial = t.e - t.s === 1 && initialsEnd(v, i) > 0;
    if (m) {
      // (named above)
    }
    else if (SOMEONE.has(t.key)) m = someoneMention(v, i);
    else if (t.cap && ANONYMISING_TITLES.has(t.key) && anonymised(v, i) > 0) {
      m = anonymisedMention(v, i, anonymised(v, i));
      // why: "Mr. A's lawyer told the reporters": a person the unnamed one's possessive describes is someone else, as
      // "Ruiz's lawyer" is
      const after = toks[m.vj];
      const d = m.possessive && isWord(after) && !after.cap ? descMention(v, m.vj - 1) : null;
      if (d && d.type === 'desc' && d.kind === 'person' && !d.plural) {
        d.vi = m.vi;
        d.s = m.s;
        d.surface = v.text.slice(m.s, d.e);
        d.owner = m;
        m = d;
      }
    }
    // why: "For her part, PAGASA specialist Ana Villareal warned …": the pronoun of "for/on her part" points ahead to the
    // sentence's own subject, and would otherwise pass on the person named before as the next "she"
    else if ((t.key === 'her' || t.key === 'his' || t.key === 'their' || t.key === 'its') && toks[i + 1]?.key === 'part' &&
      (toks[i - 1]?.key === 'for' || toks[i - 1]?.key === 'on')) m = null;
    else if (v.language !== null && v.language !== 'en' && (own = ownLanguagePronoun(v, t)) !== null) m = ownLanguagePronounMention(v, i, own);
    else if (!initial && inLex(t, LEX.pronoun) && !(t.key === 'i' && !t.cap)) {
      m = pronounMention(v, i);
      if ((t.key === 'his' || t.key === 'her') && m.vj === i + 1) m = ownedPerson(v, i, m) ?? m;
    }
    // why: "told Radio Lesotho that her husband went …": "that" before a possessive opens a clause; the description
    // starts at the possessive, whose owner and noun (not "her") give its person and gender
    else if (!initial && inLex(t, LEX.determiner) && !((t.key === 'that' || t.key === 'this') && POSSESSIVE_DETERMINERS.has(toks[i + 1]?.key ?? ''))) {
      m = descMention(v, i);
      // why: "said that President Ana Ruiz …", "the bill that gave Senator Lee …", "both Mayor Ruiz and …": before a
      // name, "that" opens a clause and "both" a pair, so the words up to the name are no description of it (they
      // became her role, "that gave Senator"); the office before the name is read with the name, as anywhere else
      if (m && m.type === 'desc' && (t.key === 'that' || (t.key === 'both' && !m.plural)) && isWord(toks[m.vj]) && toks[m.vj]!.cap && nameStart(v, m.vj)) m = null;
      // why: "the Harbour Authority" is a name; its article belongs to the mention, so cues find it right after "to"
      if (!m && t.key === 'the' && isWord(toks[i + 1]) && toks[i + 1]!.cap && nameStart(v, i + 1)) {
        m = nameMention(v, i + 1, nameRun(v, i + 1));
        const speaker = recipientThenSpeaker(v, i + 1, m.vj);
        if (speaker > 0) m = recipientMention(v, i + 1, speaker);
        m.vi = i;
        m.s = t.s;
        m = officeOfName(v, m) ?? m;
      }
    }
    else if ((m = bareOffice(v, i)) !== null) {
      // (the office is the mention; the name set off after it restates it)
    }
    // why: "Police said the man was armed", "and police said": English gives the police no article, but they are the
    // body "the police" are, which no article names; read as a name, "Police" became a speaker of its own
    else if (ARTICLELESS_BODIES.has(t.key) && (!t.cap || sentenceStart(v, i)) && !(isWord(toks[i + 1]) && toks[i + 1]!.cap) &&
      (m = descMention(v, i, true)) !== null) {
      // (the body is the mention, as "the police" is)
    }
    else if (nameStart(v, i)) {
      m = nameMention(v, i, nameRun(v, i));
      const speaker = Math.max(recipientThenSpeaker(v, i, m.vj), givenToThenSpeaker(v, i, m.vj));
      if (speaker > 0) m = recipientMention(v, i, speaker);
      m = officeOfName(v, m) ?? m;
      // why: "the vice-mayor of the city of Osh Erlan Mamatov", "the akim of the town of Rudny Asel Bekova": after a
      // settlement's noun and "of", a run of three capitalised words is the settlement's one-word name, then the
      // holder's name of two; read as one name, the place became part of the person
      if (settlementThenHolder(v, m)) {
        m = nameMention(v, i, i + 1);
        m.kind = 'place';
      }
      // why: "former Republican mayoral candidate Ana Ruiz", "Democratic strategist Jane Roe": capitalised
      // titles and party words before a role noun describe the name after it; they name no organisation
      // why: "Harbour News’ Lena Ortiz", "the Times' Ben Kowal": the owner before a person's name is where she works
      const named = m.possessive && ownsPerson(v, m.vj) ? m.vj : namedRoleAt(v, m);
      if (named >= 0) {
        // why: the whole phrase is the mention, as "the Harbour Authority" is, so a cue right before it finds it
        // and the words before the name become the person's office
        const vi = m.vi;
        const start = m.s;
        m = nameMention(v, named, nameRun(v, named));
        m.vi = vi;
        m.s = start;
      }
      // why: "a Democratic socialist", "Republican voters": a capitalised adjective before the noun it describes names
      // no one, and must never become a speaker
      if (named < 0 && m.vj === i + 1 && ADJECTIVES.has(t.key) && isWord(toks[i + 1]) && !toks[i + 1]!.cap && !toks[i + 1]!.speech && !toks[i + 1]!.filler) {
        i++;
        continue;
      }
      // why: "Ruiz's campaign", "Lopez's spokeswoman", "Ruiz's top aide" describe someone through the named owner
      const after = toks[m.vj];
      if (m.possessive && isWord(after) && !after.cap) {
        const d = descMention(v, m.vj - 1);
        // why: the description is new, so it is completed in place; a spread copy would have another layout
        // (modifiers before the head, "Ruiz's top aide", only for a person: "Ruiz's largest newspaper" is no one)
        // (nor is "Ruiz's new newspaper"; but a body whose noun names organisations, "Portugal's foreign ministry",
        // "Porto's harbour authority", is that place's or that person's body, modifiers and all, unless its own name
        // follows: "Berg's advocacy group Tide Watch" is introduced by that name)
        if (d && (d.vj === m.vj + 1 || d.kind === 'person' || (inLex(toks[d.vj - 1]!, LEX.orgWord) && !(isWord(toks[d.vj]) && toks[d.vj]!.cap)))) {
          d.vi = m.vi;
          d.s = m.s;
          d.owner = m;
          m = d;
        }
      }
    }
    // why: "according to a harbour notice", "according to ledgers obtained by the union": whatever follows
    // "according to" is the source, even a document or a group the word lists do not know
    if (!m && toks[i - 1]?.key === 'to' && toks[i - 2]?.key === 'according' && isWord(toks[i - 2])) m = sourcePhrase(v, i);
    // why: "according to a statement by the prefecture", "a press release from the municipality": a place after a
    // document's "by" or "from" issued it, so it is the body that runs it, as when it speaks ("the prefecture said")
    else if (!m && t.key === 'the' && issuedFrom(v, i)) m = placeBody(v, i);
    // why: "…, two people familiar with the matter said": people the article does not name, described by what they
    // know, speak as a group or as one
    else if (!m && KNOWING_PEOPLE.has(t.key) && (!t.cap || sentenceStart(v, i)) && pastKnowing(v, i + 1) > i + 1) m = knowingPeople(v, i);
    // why: "38 percent said", "six in 10 said": a poll's share of respondents speaks as a group
    else if (!m && (toks[i + 1]?.key === 'percent' || (toks[i + 1]?.key === 'in' && toks[i + 2]?.key === '10'))) m = shareOf(v, i);
    // why: "residents said", "nearly 40 marchers stood outside, chanting": a plural person noun without a determiner
    // is a group that may speak
    else if (!m && inLex(t, LEX.personPlural) && (!t.cap || sentenceStart(v, i))) {
      m = barePlural(v, i);
      // why: only a group that is a clause's subject can be the one speaking; as an object it is no speaker
      // ("“…”, explained to Europa Press sources of the ministry": nor, but after an inverted verb of speech and whom it
      // was said to)
      if (!isSubject(v, m) && !invertedAfterVenue(v, m.vi)) m = null;
    }
    // ("called the 「Moon Oasis」 plan": a mention opening before a name in marks may not run into it)
    if (m && m !== bodyName && ni < names.length && names[ni]!.start < m.e) m = null;
    if (!m) {
      i++;
      continue;
    }
    // why: "Some of the demonstrators chanted": the counted part of a group described is the group speaking
    if (m.type === 'desc' && m.plural && m.kind === 'person' && m.vi >= 2 && toks[m.vi - 1]!.key === 'of' && isWord(toks[m.vi - 2]) && v.sent[m.vi - 2] === m.sent &&
      (GROUP_LEADS.has(toks[m.vi - 2]!.key) || GROUP_NOUNS.has(toks[m.vi - 2]!.key))) {
      m.vi -= 2;
      m.s = toks[m.vi]!.s;
      m.surface = v.text.slice(m.s, m.e);
    }
    // why: "…, people familiar with the matter said", "Officials briefed on the talks said": people described by what
    // they know stand with that phrase between them and their verb; the phrase is part of the description
    if (m.type === 'desc' && m.kind === 'person') {
      const known = pastKnowing(v, m.vj);
      if (known > m.vj) {
        m.vj = known;
        m.e = toks[known - 1]!.e;
        m.surface = v.text.slice(m.s, m.e);
      }
    }
    // why: "RASUWA – In Gatlang village …", "THA SONG YANG – In the Lah Hkuh month …": a name in capitals opening a
    // paragraph before a dash is the dateline's place, where the story was filed; no one "he" or "she" may be
    if (m.type === 'name' && m.kind !== 'organization' && isPunct(toks[m.vj], '—–-') && (m.vi === 0 || toks[m.vi - 1]!.k === K.Break) && capitalsOnly(v.text, m.s, m.e)) m.kind = 'place';
    m.subject = isSubject(v, m);
    out.push(m);
    i = Math.max(m.vj, i + 1);
  }
  return out;
}

/** "people" or "a person" at view token `i`, with the determiner or number before it, as the description of someone. */
function knowingPeople(v: View, i: number): Mention {
  const toks = v.toks;
  const head = toks[i]!;
  const b = isWord(toks[i - 1]) && !toks[i - 1]!.cap && (inLex(toks[i - 1]!, LEX.determiner) || /^(one|two|three|four|five|several|some|many|\d+)$/.test(toks[i - 1]!.key)) ? i - 1 : i;
  return {
    type: 'desc', vi: b, vj: i + 1, s: toks[b]!.s, e: head.e, words: [head.key], surface: v.text.slice(toks[b]!.s, head.e), roles: NO_ROLES,
    kind: 'person', possessive: false, subject: false, plural: head.key !== 'person', sent: v.sent[i]!, para: head.para, owner: null, gender: null, entity: -1,
  };
}

/** How a phrase of what someone knows or is close to opens after the noun ("familiar with", "briefed on"). */
const KNOWING = new Map([['familiar', 'with'], ['briefed', 'on'], ['close', 'to'], ['knowledgeable', 'about'], ['aware', 'of']]);
/** Most words of such a phrase ("familiar with the company's plans for the plant"). */
const KNOWING_WORDS = 8;

/**
 * Past a phrase of what the people before view token `j` know ("familiar with the matter", "with knowledge of the
 * talks"), when a verb of speech ends it; else `j`.
 */
function pastKnowing(v: View, j: number): number {
  const toks = v.toks;
  const t = toks[j];
  if (!isWord(t) || t.cap) return j;
  const opens = (KNOWING.get(t.key) === toks[j + 1]?.key && isWord(toks[j + 1])) || (t.key === 'with' && toks[j + 1]?.key === 'knowledge' && toks[j + 2]?.key === 'of');
  if (!opens) return j;
  for (let k = j + 2; k <= j + KNOWING_WORDS && isWord(toks[k]) && v.sent[k] === v.sent[j]; k++) {
    if (inLex(toks[k]!, LEX.speechVerb)) return k;
  }
  return j;
}

/** Nouns of people that the word lists leave out as too common, described by what they know ("people familiar with"). */
const KNOWING_PEOPLE = new Set(['people', 'person', 'persons']);
