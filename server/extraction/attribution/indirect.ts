/** Reported speech without quote marks: "According to X, …", "…, he assured", "X confirmed that …". */
import type { Analysis } from './analysis';
import * as cuesModule from './cues';
import type { How, Local } from './cues';
import * as mentionsModule from './mentions';
import * as tokensModule from './tokens';
import type { Tok } from './tokens';
import type { Mention } from './mention';
import * as lexiconModule from './lexicon';
import * as entitiesModule from './entities';
import * as glossModule from './gloss';

export interface IndirectFound {
  start: number;
  end: number;
  local: Local & { via: null };
  /** The words read as the speaker's own, a quotation that lost its marks ("We have heard them. …, added the minister"). */
  verbatim?: true;
}


// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { accordingToAt, cueAfter, cueBefore, droppedSubjectAt, isSpeech, pastRecipient, sentenceLead, speakerMention, subjectOf, sentenceSubject, verbSpeaker } = cuesModule;
const { closesPartPhrase, isPunct, isWord } = mentionsModule;
const { firstTokenFrom, inLex, K, LEX, presentSpeechCap } = tokensModule;
const { INVERTED_ONLY, SPEECH_VERBS } = lexiconModule;
const { entityForLabel } = entitiesModule;
const { firstPersonWord, glossesLanguage } = glossModule;

/** Verbs that report a claim when followed by "that" (not "asked that", which reports a request). */
const THAT_VERBS = new Set(['reply', 'respond', 'answer', 'calculate', 'estimate', 'complain', 'remind', 'conclude', 'inform', 'guarantee',
  'clarify', 'specify', 'recall', 'denounce', 'reiterate', 'underline', 'underscore', 'observe', 'remark', 'say', 'tell', 'confirm', 'announce', 'claim', 'argue', 'insist', 'warn', 'state', 'assure', 'add', 'explain', 'note', 'predict', 'promise', 'declare', 'affirm', 'acknowledge', 'admit', 'assert', 'allege', 'report', 'reveal', 'stress', 'suggest', 'contend', 'maintain', 'testify', 'deny', 'indicate', 'concede', 'emphasize', 'emphasise', 'write', 'tweet',
  'repeat', 'mention', 'lament', 'regret', 'opine', 'caution']);

/** Forms of verbs of judging and telling that translations use to report a claim, only with "that" right after them
 * ("assessed that", "determined that", "recognised that", "detailed that", "communicated that"); elsewhere they
 * report nothing ("assessed the damage", "a detailed plan"). */
const JUDGED_THAT = new Set(['assessed', 'assesses', 'determined', 'determines', 'recognised', 'recognized', 'recognises', 'recognizes', 'detailed',
  'details', 'communicated', 'communicates', 'considered', 'considers', 'ensured', 'ensures',
  // ("remembered that the programme has financed 36 wells": Catalan and Spanish "recordar que", to remind of)
  'remembered', 'remembers',
  // ("The union, in a press release, demanded that the government should raise the wages": a demand, reported with
  // its "that"; "demanded the resignation" reports nothing)
  'demanded',
  // ("expressed that the customers buy only half": how Samoan, Assamese and Luxembourgish translations report a view;
  // elsewhere one expresses concern or thanks)
  'expressed', 'expresses']);
/** Forms of "talk" that report a claim right after a subject pronoun and before "that" ("Mr Nason Kaupa, he talk that
 * the rain fell for three days": Tok Pisin "tok", to say, as its translations keep it); elsewhere "talk" is a noun or
 * talking with someone ("any talk that", "agreed to talk on the condition that"). */
const TALK_FORMS = new Set(['talk', 'talks', 'talked']);
const TALK_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Forms of "be" before which such a form is an adjective ("was determined that …"). */
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
/** The "that" that `toks[k]`, one of those verbs, reports, right after it or after a setting ("assessed in a post on X
 * that", "recognised, however, that"); -1 when none. */
const judgedThat = (toks: Tok[], k: number, to: number): number =>
  isWord(toks[k]) && !toks[k]!.cap && JUDGED_THAT.has(toks[k]!.key) && !BE_FORMS.has(toks[k - 1]?.key ?? '') ? thatAfter(toks, k, to) :
    claimsThat(toks, k) || expressedThat(toks, k) ? k + 1 :
    opinionThat(toks, k) ? k + 1 :
    isWord(toks[k]) && (DREW_FORMS.has(toks[k]!.key) || POINT_FORMS.has(toks[k]!.key)) ? factThat(toks, k) :
    isWord(toks[k]) && TALK_FORMS.has(toks[k]!.key) && toks[k + 1]?.key === 'that' && TALK_SUBJECTS.has(toks[k - 1]?.key ?? '') ? k + 1 : -1;

/**
 * why: "The coach of the team, who played for the club for ten years, claims that the referee is not neutral", "The
 * mayor claims that …": "claims" right before "that" is a verb after a subject's name, its office or the comma closing
 * its relative clause; after an article, an adjective or a possessive ("the claims that", "Ruiz's claims that") it is
 * the noun. ("The press service of the ministry reports that …": so are "reports", "notes" and "states", after a
 * body's noun too.)
 */
const claimsThat = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  const before = toks[k - 1];
  // ("the ministry reports that were leaked": a "that" right before a verb opens the noun's relative clause)
  if (!isWord(t) || !VERB_NOUN_THAT.has(t.key) || t.cap || toks[k + 1]?.key !== 'that' || FINITE.has(toks[k + 2]?.key ?? '')) return false;
  if (isPunct(before, ',')) return true;
  if (!isWord(before) || before.possessive) return false;
  if (t.key === 'claims') return before.cap || inLex(before, LEX.personNoun);
  // ("Federal Election Commission reports that track spending": after a name or a body's noun, "reports" is as often the
  // noun, so the clause must open on its subject: an article, a pronoun, a name or a number)
  return (before.cap || inLex(before, LEX.personNoun) || inLex(before, LEX.orgNoun)) && opensSubject(toks[k + 2]);
};
/** Whether a token may open a clause's subject: an article or a determiner, a pronoun, a capitalised word or a number. */
const opensSubject = (t: Tok | undefined): boolean =>
  isWord(t) && (t.cap || inLex(t, LEX.determiner) || inLex(t, LEX.pronoun) || EXPLETIVE_SUBJECTS.has(t.key) || isNumeral(t.key));
/** Views one expresses, which report a claim with "that" after "expressed" ("expressed confidence that"). */
const VIEWS_EXPRESSED = new Set(['confidence', 'hope', 'conviction', 'belief', 'certainty', 'concern', 'regret', 'fear', 'optimism', 'satisfaction']);
const EXPRESSED = new Set(['expressed', 'expresses', 'voiced', 'voices']);
const VIEW_OWNERS = new Set(['his', 'her', 'their', 'its', 'the']);
/**
 * why: "Krylova expressed confidence that the law will pass", "The minister voiced his hope that …": Russian and
 * Ukrainian translations ("выразил уверенность, что") report a claim as a view expressed; `k` is the view's noun.
 */
const expressedThat = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  if (!isWord(t) || t.cap || !VIEWS_EXPRESSED.has(t.key) || toks[k + 1]?.key !== 'that') return false;
  const verb = VIEW_OWNERS.has(toks[k - 1]?.key ?? '') ? toks[k - 2] : toks[k - 1];
  return isWord(verb) && !verb.cap && EXPRESSED.has(verb.key);
};

/** Nouns of a view held, in "is of the opinion that", "are of the view that". */
const OPINION_NOUNS = new Set(['opinion', 'view']);
/**
 * why: "The minister is of the opinion that the country must stop depending on the rain": French, Dutch, Sesotho and
 * Papiamento translations ("est d'avis que", "is van mening dat") report a view with a finite "be" and "of the
 * opinion"; `k` is the noun, its "that" right after it.
 */
const opinionThat = (toks: Tok[], k: number): boolean =>
  isWord(toks[k]) && OPINION_NOUNS.has(toks[k]!.key) && toks[k + 1]?.key === 'that' && toks[k - 1]?.key === 'the' && toks[k - 2]?.key === 'of' &&
  FINITE_BE.has(toks[k - 3]?.key ?? '');

/** Forms of "draw" that, with "attention to the fact that", report a claim. */
const DREW_FORMS = new Set(['drew', 'draws', 'draw']);
/**
 * why: "Sidorov drew attention to the fact that the roads are in poor condition", "pointed to the fact that …":
 * Russian and Ukrainian translations ("обратил внимание на то, что", "указал на то, что") report a claim through "the
 * fact that"; `k` is the verb, and the "that" is returned, else -1.
 */
function factThat(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!isWord(t) || t.cap) return -1;
  const to = DREW_FORMS.has(t.key) && toks[k + 1]?.key === 'attention' ? k + 2 : POINT_FORMS.has(t.key) ? k + 1 : -1;
  return to > 0 && toks[to]?.key === 'to' && toks[to + 1]?.key === 'the' && toks[to + 2]?.key === 'fact' && toks[to + 3]?.key === 'that' ? to + 3 : -1;
}

/** Verbs of speech that read as plural nouns elsewhere, read as verbs before "that" after their subject. */
const VERB_NOUN_THAT = new Set(['claims', 'reports', 'notes', 'states']);

/**
 * why: "Ivan Petrov is convinced that the works will end in May" (Russian "уверен, что"): a view held and stated, after
 * a finite "is" or "was" only ("if he can be convinced that …" is persuasion, no claim).
 */
const CERTAIN_THAT = new Set(['convinced', 'confident', 'certain', 'sure']);
const FINITE_BE = new Set(['is', 'was', 'are', 'were', 'am']);
/** Words of how firmly something was said that, after "was" and before "that", report a claim ("was categorical that"). */
const MANNER_THAT = new Set(['categorical', 'adamant', 'emphatic', 'firm', 'explicit', 'insistent', ...CERTAIN_THAT]);
/**
 * why: "Its leader, Ivaylo Marinchev, was categorical that this time there will be no retreat": Slavic and Romance
 * translations say how firmly a claim was made with "was" and an adjective; the "that" after it reports the subject's
 * claim as "insisted that" does. `k` is the adjective; its "that" is right after it, or -1.
 */
const mannerThat = (toks: Tok[], k: number): number =>
  isWord(toks[k]) && !toks[k]!.cap && MANNER_THAT.has(toks[k]!.key) && (CERTAIN_THAT.has(toks[k]!.key) ? FINITE_BE : BE_FORMS).has(toks[k - 1]?.key ?? '') &&
    toks[k + 1]?.key === 'that' ? k + 1 : -1;

/** Words of how plainly something was said that, after "was" and before a colon, open what was said ("was blunt:"). */
const MANNER_COLON = new Set([...MANNER_THAT, 'clear', 'blunt', 'sharp', 'direct', 'frank']);
/**
 * why: "Galassi è stata netta: Non ci basta un'altra promessa …", "The mayor was blunt: We will not pay.": how plainly
 * the subject spoke, then a colon and a capitalised sentence, gives what was said as "said:" does. `k` is the adjective.
 */
const mannerColon = (toks: Tok[], k: number): boolean =>
  isWord(toks[k]) && !toks[k]!.cap && MANNER_COLON.has(toks[k]!.key) && FINITE_BE.has(toks[k - 1]?.key ?? '') && isPunct(toks[k + 1], ':') &&
    isWord(toks[k + 2]) && toks[k + 2]!.cap;

/** Whether a person in `toks[from, to)` "was blunt:" (see mannerColon), a cue with no verb of speech. */
function saidPlainly(a: Analysis, from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++) if (mannerColon(a.view.toks, k) && plainSpeaker(a, a.ix.endAt[k - 2] ?? -1)) return true;
  return false;
}

/** Whether mention `mi` may be someone who spoke plainly: a person, a pronoun or a name; a body's noun ("the message",
 * "the plan") is as often a thing. */
function plainSpeaker(a: Analysis, mi: number): boolean {
  if (!speakerMention(a.ix, mi)) return false;
  const m = a.ix.mentions[mi]!;
  return m.kind === 'person' || m.type === 'pronoun' || (m.type === 'name' && m.kind !== 'place');
}

/** Forms of "point" that, with "out", report a claim ("points out that"). */
const POINT_FORMS = new Set(['point', 'points', 'pointed']);
/** Whether `toks[k]` opens ", pointing out that", a participle of speech set off by a comma. */
const pointingOut = (toks: Tok[], k: number): boolean =>
  toks[k]!.key === 'pointing' && !toks[k]!.cap && isPunct(toks[k - 1], ',') && toks[k + 1]?.key === 'out' && toks[k + 2]?.key === 'that';

/** Words that open a setting between a verb and its "that" ("said in an interview with X that", "said on Monday that"). */
const SETTINGS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'with', 'from', 'via', 'through', 'by', 'over', 'late', 'early', 'earlier', 'later', 'again', 'also',
  // ("maintained always that he never signed …")
  'always']);
/** Participles of writing that stand before their noun in a setting ("in written statement", "in a signed letter"). */
const WRITTEN_FORMS = new Set(['written', 'signed', 'published', 'printed']);
/** Most tokens such a setting takes. */
const SETTING_TOKENS = 10;

/**
 * The "that" opening what the speech verb at `k` reports: right after it, or after a setting ("said in an interview
 * with the newspaper Izvestia that …") or the person told ("told reporters that …"), with no comma, quotation or other
 * verb of speech between; -1 when none.
 */
function thatAfter(toks: Tok[], k: number, to: number): number {
  if (toks[k + 1]?.key === 'that') return k + 1;
  const next = toks[k + 1];
  // why: "The police communicated, that the road stays closed": German translations keep the comma before "dass"
  if (isPunct(next, ',')) return toks[k + 2]?.key === 'that' && !THAT_SUBJECT_VERBS.has(toks[k + 3]?.key ?? '') ? k + 2 : setOffThat(toks, k + 1, to);
  // ("answered briefly that", "stated clearly that": an adverb of manner may open the setting)
  if (!isWord(next) || !(SETTINGS.has(next.key) || WHEN_WORDS.has(next.key) || toldFirst(toks[k]!) || (next.key.endsWith('ly') && !next.cap))) return -1;
  let reach = k + 1 + SETTING_TOKENS;
  for (let j = k + 2; j < to && j <= reach; j++) {
    const t = toks[j]!;
    // ("told the parents: the school will …", as "that" would stand there)
    if (isPunct(t, ':')) return isWord(toks[j + 1]) ? j : -1;
    // ("said on May 12, 2024 that": the comma of a date)
    if (isPunct(t, ',') && /^\d{4}$/.test(toks[j + 1]?.key ?? '') && toks[j + 2]?.key === 'that') continue;
    // ("To our newspaper he said also, that the obec is ready …": the comma German and Slavic translations keep)
    if (isPunct(t, ',') && toks[j + 1]?.key === 'that' && !THAT_SUBJECT_VERBS.has(toks[j + 2]?.key ?? '')) return j + 1;
    // ("said in written statement on Friday that": a participle of writing before its noun, the article dropped, is no
    // verb of its own)
    if (isWord(t) && WRITTEN_FORMS.has(t.key) && !t.cap && isWord(toks[j + 1]) && !toks[j + 1]!.cap && toks[j + 1]!.key !== 'that') continue;
    // ("said in a statement to the Vietnam News Agency (VNA) that": an agency's initials in brackets are part of the
    // setting, and count as no words of it)
    if (isPunct(t, '()')) {
      reach += 2;
      continue;
    }
    // ("warned the traders who hide food that …": a relative clause in the object may own the "that")
    if (t.k !== K.Word || isSpeech(t) || t.key === 'who' || t.key === 'which') return -1;
    if (t.key === 'that') return j;
  }
  return -1;
}

/** Verbs whose colon opens the writer's own words more often than anyone's claim ("I'd write: …", "denied: a chance"). */
const COLON_NOT_REPORTING = new Set(['write', 'tweet', 'deny']);

/** Whether the verb of speech at `k`, before a colon, reports someone's words: active, and no "as they say". */
function colonReports(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (COLON_NOT_REPORTING.has(SPEECH_VERBS.get(t.key)!)) return false;
  const before = toks[k - 1];
  if (isWord(before) && (BE_FORMS.has(before.key) || before.key === 'd')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4 && isWord(toks[j]); j--) if (toks[j]!.key === 'as') return false;
  return true;
}

/** Words of time that open a setting between a verb and its "that" ("confirmed Friday that", "said yesterday that"). */
const WHEN_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'this', 'last', 'previously',
  'further', 'however', 'moreover', 'furthermore', 'once', 'then', 'now', 'already']);
/** Lemmas whose verb names the one told before its "that" ("told reporters that", "informed the court that", "assured the
 * residents that", "reminded the citizens that"). */
const TOLD_LEMMAS = new Set(['inform', 'assure', 'remind', 'warn', 'notify']);
/** Whether the verb of speech `t` names the one told before its "that"; a participle of those ("a letter informing them
 * that") is a document's, not its subject's. */
const toldFirst = (t: Tok): boolean => {
  const lemma = SPEECH_VERBS.get(t.key) ?? '';
  return lemma === 'tell' || (TOLD_LEMMAS.has(lemma) && !t.key.endsWith('ing'));
};

/**
 * The "that" after a setting or an adverb set off by commas right after a verb of speech, the comma at `comma`
 * ("guaranteed, in a communiqué sent to the newsrooms, that …", "recognised, however, that …"); -1 when none.
 */
function setOffThat(toks: Tok[], comma: number, to: number): number {
  for (let j = comma + 1; j < to && j <= comma + SETTING_TOKENS; j++) {
    const t = toks[j]!;
    if (isPunct(t, ',')) return j > comma + 1 && toks[j + 1]?.key === 'that' ? j + 1 : -1;
    if (t.k !== K.Word || isSpeech(t) || t.key === 'that') return -1;
  }
  return -1;
}

/** Verbs that make the "that" before them a pronoun, the subject of the claim ("said that was a mistake"). */
const THAT_SUBJECT_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'would', 'will', 'could', 'should', 'might', 'may', 'can', 'must', 'shall', 'did', 'does']);

/** Whether toks[c, k) is only a noun phrase and the name set off after it ("The leader of the opposition, Ana Ruiz"). */
function subjectPhrase(a: Analysis, c: number, k: number): boolean {
  const first = a.ix.startAt[c] ?? -1;
  if (first < 0) return false;
  const m = a.ix.mentions[first]!;
  if (m.vj === k) return true;
  const name = a.ix.startAt[m.vj + 1] ?? -1;
  if (!isPunct(a.view.toks[m.vj], ',') || name < 0) return false;
  const end = a.ix.mentions[name]!.vj;
  // ("The minister of the Marine Resources, Teva Maraetefau, who was present at the meeting, promised the help of the
  // Country": or with a relative clause about the name set off after it)
  return end === k || (isPunct(a.view.toks[end], ',') && relativeClauseTo(a.view.toks, end + 1, k));
}

/** Most tokens of a relative clause set off after a name ("who was present at the meeting"). */
const RELATIVE_CLAUSE_TOKENS = 16;
/** Whether toks[from, to) is one relative clause about a person, opened by "who" or "whose", with no comma inside. */
function relativeClauseTo(toks: Tok[], from: number, to: number): boolean {
  if (!isWord(toks[from]) || (toks[from]!.key !== 'who' && toks[from]!.key !== 'whose') || to - from > RELATIVE_CLAUSE_TOKENS) return false;
  for (let j = from + 1; j < to; j++) if (!isWord(toks[j])) return false;
  return true;
}

/** Most tokens between an opening "according to"'s source and its comma. */
const SOURCE_PHRASE_TOKENS = 14;
/** Words that open a clause of their own inside what looks like a long source phrase. */
const VERB_LIKE = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'who', 'which', 'that']);

/** Most tokens after the source of a closing "according to" (", according to estimates by Istat published today."). */
const TRAILING_SOURCE_TOKENS = 8;

/** Most tokens from a closing cue to the sentence's end when a setting fills them ("…, Casals denounced in statements
 * to the Catalan News Agency (ACN).", "…, declared the lawyer to the journalists at the exit from the hall."); without
 * one, ten. */
const TRAILING_CUE_TOKENS = 16;
/** Most such tokens when two settings, set off by a comma, fill them (see settingToEnd). */
const TRAILING_SETTINGS_TOKENS = 24;

/**
 * Whether all that follows the closing cue at `v` (and its speaker, mention `speaker`, when it comes after the verb) is
 * one setting opened by a preposition, or two set off by a comma: "…, he said, because …" and "…, said X, director of
 * …" go on.
 */
function settingToEnd(a: Analysis, v: number, speaker: number, to: number, two = false): boolean {
  const { toks } = a.view;
  // (an inverted speaker must be someone: a name, a pronoun or a person's noun, not "explained the meaning of …")
  const m = speaker >= 0 ? a.ix.mentions[speaker]! : null;
  if (m !== null && m.type === 'desc' && !inLex(toks[m.vj - 1]!, LEX.personNoun)) return false;
  const k = m !== null ? m.vj : v + 1;
  if (!isWord(toks[k]) || !AFTER_SPEAKER.has(toks[k]!.key)) return false;
  // ("a newspaper called on Clinton to …" asks for something; it reports nothing)
  if (k === v + 1 && toks[k]!.key === 'on' && toks[v]!.key.startsWith('call')) return false;
  // why: "…, disse o empresário em declarações à agência Lusa, à saída do tribunal.": a second setting, set off by a
  // comma and opened by a preposition, says where or when as the first does; any other comma goes on with a clause
  let commas = 0;
  for (let j = k + 1; j < to; j++) {
    if (isSpeech(toks[j]) || isPunct(toks[j], ';:')) return false;
    if (!isPunct(toks[j], ',')) continue;
    if (!(isWord(toks[j + 1]) && !toks[j + 1]!.cap && SETTING_AGAIN.has(toks[j + 1]!.key))) return false;
    commas++;
  }
  // (a reach past one setting's is taken only by two)
  return !two || commas === 1;
}
/** Prepositions that open a second setting after a comma ("…, said X in a statement, on Monday."). */
const SETTING_AGAIN = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'from', 'to', 'with', 'via']);

/** Most words between the comma after an inverted cue's speaker and the office noun it sets off ("wolf expert"). */
const OFFICE_LEAD_WORDS = 3;

/**
 * Whether the inverted speaker `speaker` is followed, to the sentence's end, only by an office set off by a comma
 * ("…, said Ana Ruiz, a spokeswoman for the harbour authority of the island.", "…, says Jonas Berg, wolf expert at the
 * nature agency."): a description of the speaker, however long, adds no clause.
 */
function officeToEnd(a: Analysis, speaker: number, to: number): boolean {
  const { toks } = a.view;
  if (speaker < 0) return false;
  const m = a.ix.mentions[speaker]!;
  if (m.type !== 'name' || !isPunct(toks[m.vj], ',') || to - m.vj > OFFICE_APPOSITION_TOKENS + 2) return false;
  if (ageToEnd(toks, m.vj + 1, to)) return true;
  let office = false;
  for (let j = m.vj + 1; j < to; j++) {
    const t = toks[j]!;
    if (t.k !== K.Word) {
      if (j === to - 1 && isPunct(t, '.')) break;
      return false;
    }
    if (isSpeech(t) || RELATIVES.has(t.key)) return false;
    if (j <= m.vj + OFFICE_LEAD_WORDS && (inLex(t, LEX.title) || inLex(t, LEX.personNoun))) office = true;
  }
  return office;
}

/** Words of an age after its number ("52 years old", "de 52 anos", "di 52 anni", "de 52 ans", "de 52 años"). */
const AGE_WORDS = new Set(['years', 'year', 'old', 'anos', 'anni', 'ans', 'años']);
/**
 * why: "…, disse a diarista Rosângela Ferreira, de 52 anos.", "…, said Ana Ruiz, 52.": the speaker's age, set off by a
 * comma, closes the sentence as an office does. Whether `toks[from, to)` is that age alone.
 */
function ageToEnd(toks: Tok[], from: number, to: number): boolean {
  let j = from;
  if (toks[j]?.key === 'of' && !toks[j]!.cap) j++;
  if (!isWord(toks[j]) || !/^\d{1,3}$/.test(toks[j]!.key)) return false;
  j++;
  while (j < to && isWord(toks[j]) && AGE_WORDS.has(toks[j]!.key)) j++;
  return j === to || (j === to - 1 && isPunct(toks[j], '.'));
}

/** Relative pronouns, which open a clause about the noun before them. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/**
 * Whether the verb after the comma `k` has its subject before the comma, set off by it ("…, the undersecretary, wrote
 * in a memo to X"): a mention the cue reads as its subject, with only its apposition between it and the comma. A
 * subject with a clause of its own after it ("The man was taken to the hospital in Banská Bystrica, his life is not
 * threatened, informed for TASR the spokeswoman") is no subject of the verb, which has its speaker after it.
 */
function subjectBefore(a: Analysis, k: number): boolean {
  const s = subjectOf(a.ix, k + 1);
  if (s < 0) return false;
  const { toks } = a.view;
  for (let j = a.ix.mentions[s]!.vj; j < k; j++) if (FINITE.has(toks[j]!.key)) return false;
  return true;
}

/** Words that open a setting, not a claim ("On Thursday, …", "Despite …, "). */
const OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'despite', 'though', 'although', 'while', 'when', 'as', 'if', 'because',
  'since', 'during', 'for', 'with', 'without', 'asked', 'speaking', 'in', 'however', 'but', 'and', 'yet', 'still', 'meanwhile', 'then']);

/** Words that may follow an inverted cue's speaker ("…, said Ruiz on Monday", "…, said he after the vote"). */
const AFTER_SPEAKER = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'from', 'to', 'of', 'with', 'via', 'by', 'over', 'when',
  'while', 'as', 'yesterday', 'today', 'tonight', 'later', 'earlier', 'recently', 'again', 'last', 'this', 'late', 'early', 'according']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whether the sentence may end after the speaker of an inverted cue at `toks[j]`: nothing, a sign, a setting, or
 * more of the speaker's description ("said Democratic strategist Jane Roe") follows. In "Ana Ruiz, the mayor,
 * said he would resign" the words after "he" are a clause he is the subject of, and the phrase before the comma is
 * no claim. */
const closesAfterSpeaker = (toks: Tok[], j: number, to: number): boolean => {
  const t = toks[j];
  if (j >= to || !isWord(t)) return true;
  return t.cap || inLex(t, LEX.personNoun) || inLex(t, LEX.title) || AFTER_SPEAKER.has(t.key) || WEEKDAYS.has(t.key);
};

/** Openers of a claim that are prepositions: the claim may start on one when a whole clause follows. */
const PREPOSITIONS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'for', 'with', 'without', 'despite']);
/** Fewest tokens from such a preposition to the comma for the stretch to be a clause, not a setting. */
const CLAUSE_AFTER_PREPOSITION = 7;

const noComma = (toks: Tok[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (toks[k]!.k === K.Punct && toks[k]!.key === ',') return false;
  return true;
};

/** Where mention `mi` ends, past a name right after it ("the mayor Josef Ober"). */
function pastApposed(a: Analysis, mi: number): number {
  const m = a.ix.mentions[mi]!;
  const next = a.ix.startAt[m.vj] ?? -1;
  return next >= 0 && a.ix.mentions[next]!.type === 'name' ? a.ix.mentions[next]!.vj : m.vj;
}

/**
 * The verb of speech right after mention `mi`, or after the name set off by commas after it ("…, the returning officer
 * of the office of Commissioner for Co-operatives, Jane Muthoni Ngari, told the Kenya News Agency."); else -1.
 */
const SET_OFF_OFFICE_TOKENS = 8;

function speechPastSetOff(a: Analysis, mi: number): number {
  const { toks } = a.view;
  const m = a.ix.mentions[mi]!;
  if (isSpeech(toks[m.vj])) return m.vj;
  if (m.type !== 'desc' || m.entity < 0) return -1;
  // (past the rest of the office, "of Commissioner for Co-operatives", up to the comma before the name)
  let c = m.vj;
  while (c < m.vj + SET_OFF_OFFICE_TOKENS && c < toks.length && !isPunct(toks[c], ',') && toks[c]!.k === K.Word) c++;
  const named = isPunct(toks[c], ',') ? (a.ix.startAt[c + 1] ?? -1) : -1;
  if (named < 0 || a.ix.mentions[named]!.type !== 'name' || a.ix.mentions[named]!.entity !== m.entity) return -1;
  const after = a.ix.mentions[named]!.vj;
  return isPunct(toks[after], ',') && isSpeech(toks[after + 1]) ? after + 1 : -1;
}

/** Whether the sentence ends at `j` (past a closing stop): "…, so the district fire brigade command." */
const endsSentenceAt = (toks: Tok[], j: number, to: number): boolean => j >= to || (toks[j]!.k === K.Punct && '.!'.includes(toks[j]!.key) && j + 1 >= to);

/** Whether no word stands in `toks[from, c)`: the sentence's words start at `c`. */
function wordsFrom(toks: Tok[], from: number, c: number): boolean {
  for (let j = from; j < c; j++) if (isWord(toks[j])) return false;
  return true;
}

/** Whether the sentence ends at `toks[j]`, or only the speaker's age, set off by a comma, stands there (see ageToEnd). */
const endsOrAged = (toks: Tok[], j: number, to: number): boolean => endsSentenceAt(toks, j, to) || (isPunct(toks[j], ',') && ageToEnd(toks, j + 1, to));

const hasThat = (toks: Tok[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (toks[k]!.key === 'that') return true;
  return false;
};

/** Whether any token of `toks[from, to)` is in a clutter paragraph: a sentence that runs on into "Read also: …" (a
 * paragraph break without a full stop before it) reports nothing, or its claim would lie partly in the clutter. */
function touchesClutter(toks: Tok[], boiler: boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (boiler[toks[k]!.para]) return true;
  return false;
}

export function findIndirect(a: Analysis): IndirectFound[] {
  const { toks, sent, boiler, titlePara } = a.view;
  const out: IndirectFound[] = [];
  let from = 0;
  // (the sentence that says who reported the one before it, once read so, reports nothing of its own)
  let attributing = -1;
  let labelledUntil = -1;
  for (let i = 1; i <= toks.length; i++) {
    if (i < toks.length && sent[i] === sent[from] && !(toks[i - 1]!.k === K.Quote && quotationEndsParagraph(a, i - 1))) continue;
    // why: a headline's reported clause ("Electricity will be dearer by a fifth, the regulator confirmed") restates the
    // article's, where it is reported in full; read there, it would be the same claim twice
    const title = toks[from]!.para === titlePara;
    // (the sentences a labelled quotation took in are in it, and report nothing of their own)
    if (toks[from]!.s < labelledUntil) {
      from = i;
      continue;
    }
    const labelled = title || touchesClutter(toks, boiler, from, i) ? null : labelledWords(a, from, i);
    if (labelled) {
      labelledUntil = labelled.end;
      while (out.length && out[out.length - 1]!.start >= labelled.start) out.pop();
      out.push(labelled);
      from = i;
      continue;
    }
    let claim = title || touchesClutter(toks, boiler, from, i) || from === attributing ? null : inSentence(a, from, i);
    const named = i < toks.length && (a.ix.startAt[i] ?? -1) >= 0;
    if (!claim && !title && i < toks.length && (REPORTED_AFTER_OPENERS.has(toks[i]!.key) || reportsFirst(toks[i]!) || named) && !touchesClutter(toks, boiler, from, i)) {
      claim = named ? toldAboutThis(a, from, i) : reportedAfter(a, from, i);
      if (claim) attributing = i;
    }
    // (a quotation that lost its marks takes in its paragraph's sentences before: a claim read in one of them is in it)
    if (claim?.verbatim) while (out.length && out[out.length - 1]!.start >= claim.start) out.pop();
    if (claim?.verbatim) out.push(claim);
    else if (claim) pushReported(a, out, claim, from, i);
    from = i;
  }
  return out;
}

/** Most reports one sentence is read for, each after the one before it ("…, and she assured that …, and …"). */
const REPORTS_IN_SENTENCE = 4;

/**
 * The claim read in the sentence `toks[from, to)`, in its parts; and, when it ended before a new report of the same
 * sentence ("She said that the port is safe, and she assured that the company will hire thirty people"), the claim
 * of that report too, read from its subject on as a sentence of its own.
 */
function pushReported(a: Analysis, out: IndirectFound[], first: IndirectFound, from: number, to: number): void {
  const { toks } = a.view;
  let claim: IndirectFound | null = first;
  let sentence = from;
  for (let n = 0; claim && n < REPORTS_IN_SENTENCE; n++) {
    const cut = cutAtAside(a, claim, sentence);
    for (const part of splitAtThat(a, cut, sentence)) for (const piece of splitAtAnd(a, part, sentence)) out.push(outsideQuotation(a, piece, sentence));
    if (cut.end === claim.end) return;
    // (the conjunction after the comma the claim was cut at: newReport said a report of its own follows it)
    let k = sentence;
    while (k < to && toks[k]!.s < cut.end) k++;
    while (k < to && !(isWord(toks[k]) && newReport(a, k))) k++;
    if (k >= to) return;
    sentence = k + 1;
    claim = inSentence(a, sentence, to);
  }
}

/** Most mentions back from a speaker's label to where the article named that person. */
const LABEL_NAMED_REACH = 400;
/** Fewest words after a speaker's label that make a quotation of it. */
const LABELLED_WORDS = 4;

/**
 * why: "The director, Antonio Esposito, rejects the picture. Esposito: The situation is critical, we have opened twenty
 * beds.": a sentence that opens on the name of someone the article has already named in full, right before a colon,
 * with a capitalised sentence after it, gives that person's words as a transcript's line does; a scraper that dropped
 * the marks left them so, after the paragraph's first sentence. The words run to the paragraph's end when nothing in marks
 * follows in it (the speaker's label owns the rest of the line), else to the sentence's end. A name the article has
 * not named before ("Update: …", a place before a dateline's colon, a name read first in a heading) labels nothing,
 * and a label whose words are in marks is read with the quotation.
 */
function labelledWords(a: Analysis, from: number, to: number): IndirectFound | null {
  const { toks } = a.view;
  let w = from;
  while (w < to && toks[w]!.k === K.Break) w++;
  const mi = w < to && toks[w]!.cap ? (a.ix.startAt[w] ?? -1) : -1;
  if (mi < 0) return null;
  const m = a.ix.mentions[mi]!;
  // (a label that opens its line is a transcript's or an interview's, read with the marks or by interviewAnswers: a
  // paper's questions are labelled so too)
  if (w === 0 || toks[w - 1]!.para !== toks[w]!.para || toks[w - 1]!.k === K.Break || opensLine(a.view.text, toks[w]!.s)) return null;
  const colon = m.vj;
  if (m.type !== 'name' || m.possessive || !isPunct(toks[colon], ':') || colon + 1 >= to || !isWord(toks[colon + 1]) || !toks[colon + 1]!.cap) return null;
  const e = m.entity >= 0 ? a.entities[m.entity] : undefined;
  if (!e || e.kind !== 'person' || e.plural || e.nameWords < 2) return null;
  // (named in the mentions just before: a look back bounded, as every look-up around a cue is)
  let before = false;
  for (let j = mi - 1; j >= 0 && j >= mi - LABEL_NAMED_REACH && !before; j--) before = a.ix.mentions[j]!.entity === m.entity && a.ix.mentions[j]!.type === 'name';
  if (!before) return null;
  const para = toks[w]!.para;
  // (to the paragraph's end, unless something in marks stands in the rest of it or it runs past a quotation's reach)
  let last = -1;
  let words = 0;
  let whole = true;
  for (let j = colon + 1; j < toks.length && toks[j]!.para === para; j++) {
    const t = toks[j]!;
    if (t.k === K.Quote || t.k === K.Mark || j - colon > VERBATIM_REACH) {
      whole = false;
      break;
    }
    if (isWord(t)) {
      last = j;
      words++;
    }
  }
  if (!whole) {
    last = -1;
    words = 0;
    for (let j = colon + 1; j < to; j++) {
      if (toks[j]!.k === K.Quote || toks[j]!.k === K.Mark) return null;
      if (isWord(toks[j])) {
        last = j;
        words++;
      }
    }
  }
  if (words < LABELLED_WORDS) return null;
  return { start: toks[colon + 1]!.s, end: toks[last]!.e, local: { mention: mi, cue: -1, how: 'colon', confidence: 0.6, via: null }, verbatim: true };
}

/** Whether only spaces stand between offset `at` and the start of its line. */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/** Words that open a sentence saying who reported the one before it ("This was reported by …", "That reports …"). */
const REPORTED_AFTER_OPENERS = new Set(['this', 'that', 'about']);
/** Most tokens of a setting set off by commas after "About this," ("About this, at the session of the council, …"). */
const ABOUT_SETTING_TOKENS = 14;
/** Most tokens of a setting with no commas after "About this" ("About this at the press conference in Velsk told …"). */
const ABOUT_BARE_SETTING_TOKENS = 6;
/** Most tokens of a setting between a passive verb and "by" ("was announced on Monday by …"). */
const PASSIVE_SETTING_TOKENS = 4;
/** Most tokens of such a sentence past its source ("… on its website on Monday"). */
const REPORTED_AFTER_SETTING_TOKENS = 8;

/**
 * why: "The bridge will open in May. Reports RIA Novosti.": Russian and Kazakh translations ("Сообщает РИА Новости") may
 * name the source after a verb of speech in the present that opens the sentence, with no "This".
 */
const reportsFirst = presentSpeechCap;

/**
 * why: "An earthquake of 3.1 struck the village on Saturday. That reports the KNMI.", "The lyceum opened after the
 * reconstruction. This was reported in the city council.": Dutch, Russian and Ukrainian translations ("Dat meldt",
 * "Об этом сообщили в") name who reported a sentence in a short sentence of its own right after it, opened by "This" or
 * "That" and a verb of speech, active before its source or passive with "by", "in" or "from"; the sentence before, in
 * the same paragraph and with no quotation, is that source's claim. `from` and `next` are the claim's sentence and the
 * next one's first token.
 */
function reportedAfter(a: Analysis, from: number, next: number): IndirectFound | null {
  const { toks, sent } = a.view;
  const open = toks[next]!;
  if (!open.cap || open.para !== toks[from]!.para || next - from < 6) return null;
  for (let k = from; k < next; k++) if (toks[k]!.k === K.Quote || toks[k]!.k === K.Break) return null;
  const verbFirst = reportsFirst(open);
  let v = verbFirst ? next : next + 1;
  // why: "The station will not open in 2027. About this, at the session of the council, informed the mayor Ivan
  // Petrov.": Russian and Armenian translations ("Об этом … сообщил") point back with "About this", a setting set off
  // by commas, and the verb before its source
  const about = open.key === 'about';
  if (about) {
    if (!REPORTED_AFTER_OPENERS.has(toks[v]?.key ?? '') || toks[v]!.key === 'about') return null;
    v++;
    if (isPunct(toks[v], ',')) {
      v++;
      if (isWord(toks[v]) && SETTINGS.has(toks[v]!.key)) {
        const stop = v + ABOUT_SETTING_TOKENS;
        while (v < stop && sent[v] === sent[next] && !isPunct(toks[v], ',') && !isSpeech(toks[v]) && toks[v]!.k !== K.Quote) v++;
        if (!isPunct(toks[v], ',')) return null;
        v++;
      }
    }
    // ("About this at the briefing told the minister Ivan Petrov.", "About this on Monday informed the ministry.": the
    // setting may stand with no commas, a few words up to the verb)
    else if (isWord(toks[v]) && SETTINGS.has(toks[v]!.key)) {
      const stop = v + ABOUT_BARE_SETTING_TOKENS;
      while (v < stop && sent[v] === sent[next] && isWord(toks[v]) && !isSpeech(toks[v])) v++;
      if (!isSpeech(toks[v])) return null;
    }
  }
  const passive = !about && (BE_FORMS.has(toks[v]?.key ?? '') || (toks[v]?.key === 'has' && toks[v + 1]?.key === 'been'));
  if (passive) v += toks[v]!.key === 'has' ? 2 : 1;
  const verb = toks[v];
  // ("reports", "states": nouns elsewhere, verbs here, before their subject)
  if (!isWord(verb) || (verb.cap && !verbFirst) || !(isSpeech(verb) || (!passive && INVERTED_ONLY.has(verb.key))) || verb.key.endsWith('ing') || sent[v] !== sent[next]) return null;
  // (the passive names its source after a preposition: "was reported by the ministry", "was reported in the council")
  let at = v + 1;
  if (passive) {
    // why: "This was announced on Monday by the energy council.": a short setting with no comma may stand before "by"
    for (let n = 0; n < PASSIVE_SETTING_TOKENS && isWord(toks[at]) && toks[at]!.key !== 'by' && !isSpeech(toks[at]) && toks[at + 1]?.key !== undefined; n++) {
      if (toks[at]!.key === 'in' || toks[at]!.key === 'from') break;
      if (n === 0 && !SETTINGS.has(toks[at]!.key)) break;
      at++;
    }
    if (at > v + 1 && toks[at]?.key !== 'by') at = v + 1;
    if (!isWord(toks[at]) || !['by', 'in', 'from'].includes(toks[at]!.key)) return null;
    at++;
  }
  let mi = a.ix.startAt[at] ?? -1;
  // (a name's mention may start after its article: "by the Marovka city council")
  if (mi < 0 && toks[at]?.key === 'the') mi = a.ix.startAt[at + 1] ?? -1;
  if (mi < 0 || !speakerMention(a.ix, mi) || a.ix.mentions[mi]!.type === 'pronoun') return null;
  // (the source closes the sentence, or a setting with no comma does: "… on its website.")
  let j = pastApposed(a, mi);
  // ("by the National Energy Council (NEC).": the source's short form in brackets after it is part of it)
  if (isPunct(toks[j], '(') && isWord(toks[j + 1]) && isPunct(toks[j + 2], ')')) j += 3;
  const closes = (k: number): boolean => k >= toks.length || sent[k] !== sent[next] || (isPunct(toks[k], '.!') && (k + 1 >= toks.length || sent[k + 1] !== sent[next]));
  if (!closes(j)) {
    if (!isWord(toks[j]) || !AFTER_SPEAKER.has(toks[j]!.key)) return null;
    for (let n = 0; !closes(j); j++, n++) {
      if (n > REPORTED_AFTER_SETTING_TOKENS || isPunct(toks[j], ',;:') || isSpeech(toks[j]) || toks[j]!.k === K.Quote) return null;
    }
  }
  return sentenceBefore(a, from, next, mi, v);
}

/** The sentence `toks[from, next)` as the claim of mention `mi` by the verb at `v` in the sentence after it. */
function sentenceBefore(a: Analysis, from: number, next: number, mi: number, v: number): IndirectFound | null {
  const { toks } = a.view;
  let first = pastDateline(toks, from, next);
  while (first < next && !isWord(toks[first])) first++;
  let last = next - 1;
  while (last > first && !isWord(toks[last])) last--;
  if (last - first < 5) return null;
  return { start: toks[first]!.s, end: toks[last]!.e, local: { mention: mi, cue: v, how: 'after', confidence: 0.6, via: null } };
}

/** Whether the quotation token `q` ends on a stop inside its marks ("… for ten years?”"). */
function endsOnStop(text: string, q: Tok): boolean {
  let e = q.e - 1;
  while (e > q.s && (QUOTE_CLOSERS.includes(text[e]!) || text[e] === ' ' || text[e] === '\n' || text[e] === '\r')) e--;
  return '.!?'.includes(text[e]!);
}
const QUOTE_CLOSERS = '"”»«“’\'„';

/** Whether mention `mi` stands for a place. */
const placeEntity = (a: Analysis, mi: number): boolean => {
  const m = a.ix.mentions[mi]!;
  return m.kind === 'place' || (m.entity >= 0 && a.entities[m.entity]!.kind === 'place');
};

/** The name set off by commas that ends right before view token `k` (", Capt. Ntombi Mdletshe, said"), if any. */
function apposedBefore(a: Analysis, k: number): number | null {
  const { toks } = a.view;
  if (!isPunct(toks[k - 1], ',')) return null;
  const named = a.ix.endAt[k - 2] ?? -1;
  const m = named >= 0 ? a.ix.mentions[named]! : null;
  return m && m.type === 'name' && !placeEntity(a, named) && isPunct(toks[m.vi - 1], ',') ? named : null;
}

/** Forms of verbs of speech that are participles only, never a past tense ("written", "spoken"). */
const PARTICIPLES_ONLY = new Set(['written', 'spoken', 'given', 'shown', 'sworn']);

/**
 * The mention that speaks at view token `k`: the one starting there, or, when an office heads the name right after it
 * ("the mayor Ivan Petrov", "mayor Ivan Petrov": a description of its own, or a title the name's mention leaves out),
 * the name, one speaker with it. -1 when none starts there.
 */
function officeAndName(a: Analysis, k: number): number {
  const { toks } = a.view;
  const mi = a.ix.startAt[k] ?? -1;
  const named = mi >= 0 ? (a.ix.startAt[a.ix.mentions[mi]!.vj] ?? -1) : (a.ix.startAt[k + 1] ?? -1);
  if (named < 0 || a.ix.mentions[named]!.type !== 'name') return mi;
  const office = mi >= 0 ? a.ix.mentions[mi]!.type === 'desc' : isWord(toks[k]) && a.ix.mentions[named]!.roles.length > 0 && inLex(toks[k]!, LEX.title | LEX.personNoun);
  return office ? named : mi;
}

/** Owners' pronouns before a group of people ("her neighbours", "their parents"). */
const GROUP_OWNERS = new Set(['his', 'her', 'their', 'its', 'our']);

/**
 * why: "…, her neighbours say.", "…, local residents said.": a group that closes the sentence with its verb may have an
 * owner's pronoun or a modifier in lower case before it, which the group's mention leaves out; the mention of the
 * group (a plural description right after that one word, its verb ending the sentence at `to`), or null when the
 * words at `k` are not so built.
 */
function groupAfterModifier(a: Analysis, k: number, to: number): number | null {
  const { toks } = a.view;
  const t = toks[k];
  if (!isWord(t) || t.cap || isSpeech(t)) return null;
  const owner = GROUP_OWNERS.has(t.key);
  // (a modifier is a word of letters that opens no clause or phrase: "74 percent said", "as the farmers say" are none)
  if (!owner && (inLex(t, LEX.determiner) || (a.ix.startAt[k] ?? -1) >= 0 || !/^\p{L}+$/u.test(t.key) || OPENERS.has(t.key) || PHRASE_ENDS.has(t.key) ||
    AS_JOINS.has(t.key))) return null;
  const mi = a.ix.startAt[k + 1] ?? -1;
  const m = mi >= 0 ? a.ix.mentions[mi]! : null;
  // (the verb closes the sentence: "…, her neighbours say.")
  return m !== null && m.type === 'desc' && m.plural && m.vi === k + 1 && isSpeech(toks[m.vj]) && endsSentenceAt(toks, m.vj + 1, to) ? mi : null;
}

/** Lemmas that pass on what the sentence before says ("told about this"; not "denied this", "doubted this"). */
const TOLD_THIS = new Set(['say', 'tell', 'state', 'report', 'announce', 'inform', 'declare', 'confirm', 'write', 'explain', 'stress', 'emphasize',
  'emphasise', 'note', 'mention', 'communicate', 'add']);

/**
 * why: "The plant will reopen in June. The mayor Ivan Petrov told about this to journalists.", "… Maria Zakharova
 * stated this.": Russian and Ukrainian translations ("рассказал об этом журналистам", "заявила об этом") point back
 * from a sentence of their own with the speaker first, a verb of speech and "about this" or "this", and at most a short
 * setting after ("to journalists", "on Monday"); the sentence before, in the same paragraph with no quotation, is the
 * speaker's claim. `next` is that sentence's first token, where a mention starts.
 */
function toldAboutThis(a: Analysis, from: number, next: number): IndirectFound | null {
  const { toks, sent } = a.view;
  if (!toks[next]!.cap || toks[next]!.para !== toks[from]!.para || next - from < 6) return null;
  const mi = officeAndName(a, next);
  if (!speakerMention(a.ix, mi) || a.ix.mentions[mi]!.type === 'pronoun') return null;
  const v = pastApposed(a, mi);
  const verb = toks[v];
  if (!isSpeech(verb) || verb!.cap || verb!.key.endsWith('ing') || sent[v] !== sent[next] || !TOLD_THIS.has(SPEECH_VERBS.get(verb!.key) ?? '')) return null;
  const it = toks[v + 1]?.key === 'about' ? v + 2 : v + 1;
  if (toks[it]?.key !== 'this' || sent[it] !== sent[next]) return null;
  let j = it + 1;
  // ("told this story twice": "this" before a noun is no pointer back; a setting after it opens on a preposition)
  if (isWord(toks[j]) && sent[j] === sent[next] && !SETTINGS.has(toks[j]!.key) && !WHEN_WORDS.has(toks[j]!.key)) return null;
  for (let n = 0; j < toks.length && sent[j] === sent[next] && !isPunct(toks[j], '.!'); j++, n++) {
    if (n >= REPORTED_AFTER_SETTING_TOKENS || !isWord(toks[j]) || isSpeech(toks[j]) || FINITE.has(toks[j]!.key) || toks[j]!.key === 'that') return null;
  }
  // ("Sidorov visited the plant. Sidorov stated this in an interview": a sentence about the speaker is the writer's)
  const speaker = a.ix.mentions[mi]!.entity;
  for (let k = from; k < next; k++) {
    if (toks[k]!.k === K.Quote || toks[k]!.k === K.Break) return null;
    const at = a.ix.startAt[k] ?? -1;
    if (speaker >= 0 && at >= 0 && a.ix.mentions[at]!.entity === speaker) return null;
  }
  return sentenceBefore(a, from, next, mi, v);
}

/**
 * Whether the quotation at view index `q` closes its paragraph without a stop and a new sentence opens the next
 * ('Mr. A said "I got no call"\n\nMeanwhile, the police said that …'): the quotation's token takes in the blank line
 * after it, so the sentence numbering runs on into the next paragraph, and its reported clause would be read as part
 * of a sentence that holds a quotation. Only claims are read apart there; quotations keep their sentences.
 */
function quotationEndsParagraph(a: Analysis, q: number): boolean {
  const { toks, text } = a.view;
  const next = toks[q + 1];
  if (!next || next.k !== K.Word || !next.cap) return false;
  const floor = toks[q]!.s;
  let mark = next.s;
  let newlines = 0;
  while (mark > floor && /\s/.test(text[mark - 1]!)) if (text.charCodeAt(--mark) === 10) newlines++;
  if (newlines < 2) return false;
  // (the blank line after the closing mark, and a word or a sentence's stop last before it ('"Who will answer?»'), no
  // comma or colon of a sentence that goes on: a scraper's layout sets marks and words on lines of their own, '…,\n\n"
  // Ruiz said')
  let end = mark;
  while (end > floor && /["'“”„«»‘’‹›「」]/.test(text[end - 1]!)) end--;
  return end > floor && /[\p{L}\p{N}.?!…]/u.test(text[end - 1]!);
}

/** `found` when its cue is a finite verb; a participle after a quoted phrase ("a nod to X acknowledging that") is the
 * reporter's, whose subject is no one the sentence names for sure, and a bare verb or one after a modal ("could tell
 * stories in a manner that") reports nothing that was said. */
const finiteCue = (toks: Tok[], found: IndirectFound | null): IndirectFound | null => {
  const cue = found ? found.local.cue : -1;
  const key = found ? toks[cue]!.key : '';
  return found && !key.endsWith('ing') && SPEECH_VERBS.get(key) !== key && !MODALS.has(toks[cue - 1]?.key ?? '') ? found : null;
};
/** Modal verbs and "to", after which a verb of speech tells what may or is to be said. */
const MODALS = new Set(['could', 'would', 'can', 'will', 'should', 'may', 'might', 'must', 'to']);

/** Whether every quotation of `toks[from, to)` is a label of a word or two ("«Izvestia»", "«United News»"). */
function labelsOnly(text: string, toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.k === K.Quote && !labelQuoted(text, toks[k]!)) return false;
  return true;
}

/** Fewest words after the last quoted phrase for the clause around it to be the claim. */
const CLAUSE_AFTER_PHRASE_WORDS = 2;

/** Whether the quotation token `q` (a short phrase) holds at most two words: a label, no sentence of someone's. */
function labelQuoted(text: string, q: Tok): boolean {
  return wordsOf(text, q) <= 2;
}

/**
 * The lead opening the claim's sentence ("According to X, …"). A sentence read apart from the one numbered with a
 * quotation before it (see quotationEndsParagraph) starts at `from`, not where its numbered sentence starts: its own
 * first word opens it.
 */
function leadAt(a: Analysis, from: number, to: number): Local | null {
  const { toks, sent, sentStart } = a.view;
  if (sentStart[sent[from]!] === from) return sentenceLead(a.ix, from);
  let w = from;
  while (w < to && !isWord(toks[w])) w++;
  const source = w < to ? accordingToAt(a.ix, w) : -1;
  return source >= 0 ? { mention: source, cue: w, how: 'lead', confidence: 0.8 } : null;
}

/** Whether `toks[from, to)` holds no paragraph break, colon or verb of speech: one clause, no quotation introduced. */
function plainClause(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.k === K.Break || (t.k === K.Punct && t.key === ':') || (t.k === K.Word && isSpeech(t))) return false;
  }
  return true;
}

/** `end` moved back past spaces and opening marks to no further than `floor`: a claim never ends on a quotation that
 * opens after it. */
/** The opening mark each closing mark answers ("“Nordstjerne”", "„Nordstjerne“", "«Nordstjerne»", "「orange」"). */
const OPENER_OF: Readonly<Record<string, string>> = { '”': '“„', '“': '„', '»': '«', '›': '‹', '’': '‘‚', '"': '"', '」': '「', '』': '『' };

/**
 * why: "According to the agency, the alert in nine stations is “orange”.", "…, the passengers boarded the ferry
 * «Nordstjerne».": a name or a label in marks that closes the claim is no quotation, so no token of one, and the claim
 * that ends on its last word keeps its closing mark as it keeps its opening one. `end` is the end of the last word; the
 * opening mark is looked for back to `floor`, the sentence's start, and not past an earlier closing mark of its kind.
 */
function closingMarkAfter(text: string, floor: number, end: number): number {
  const openers = OPENER_OF[text[end]!];
  if (openers === undefined) return end;
  for (let i = end - 1; i >= floor; i--) {
    const c = text[i]!;
    if (openers.includes(c)) return end + 1;
    if (c === text[end]) return end;
  }
  return end;
}

function beforeOpening(text: string, floor: number, end: number): number {
  while (end > floor && /[\s“„«‹‘]/.test(text[end - 1]!)) end--;
  return end;
}

/** Words after a comma that open the reporter's own aside, no part of the claim before it (", although two were
 * treated", ", after which the system will fill", ", considering it harsh", ", adding: …"). */
const ASIDE_OPENERS = new Set(['although', 'though', 'considering', 'adding', 'saying', 'noting']);

/**
 * "the situation was calm and no one was arrested, although its men were deployed …": a concession or a participle
 * of speech after a comma is the reporter's aside or a new report; the claim ends before it.
 */
function cutAtAside(a: Analysis, claim: IndirectFound, sentence: number): IndirectFound {
  const { toks } = a.view;
  let k = sentence;
  while (k < toks.length && toks[k]!.s < claim.start) k++;
  const first = k;
  for (; k + 1 < toks.length && toks[k + 1]!.e <= claim.end; k++) {
    if (!isPunct(toks[k], ',') || k - first < SPLIT_PART_WORDS) continue;
    const next = toks[k + 1]!;
    const after = isWord(next) && (ASIDE_OPENERS.has(next.key) || (next.key === 'after' && toks[k + 2]?.key === 'which')) && addedThat(toks, k + 1) < 0;
    if (after || newReport(a, k + 1)) return { ...claim, end: beforeOpening(a.view.text, claim.start, toks[k - 1]!.e) };
  }
  return claim;
}

/** Forms of "do" that open a subject's second verb ("and do not run away"). */
const DO_FORMS = new Set(['do', 'does', 'did']);
/** Fewest words of a quotation inside a reported claim for it to be a clause of its own, no label or phrase. */
const QUOTED_CLAUSE_WORDS = 3;
/** Fewest words the reporter's clause joined to such a quotation keeps to be the claim. */
const JOINED_CLAIM_WORDS = 4;
/** Most words between "and" and a quotation that closes the claim ("and the government “wakes up …”"). */
const SUBJECT_BEFORE_QUOTE_WORDS = 3;

/**
 * why: "The works, he said, are “at 70 percent” and will be finished before the winter", "told that the same story
 * happens every year and the government “wakes up only after the water enters”": a quotation of a clause's length
 * inside a reported claim is a claim of its own, read as one; joined by "and" to the reporter's own words, the
 * reported claim is those words alone, after the quotation's "and" or before the "and" that leads to the quotation
 * closing the claim. A label or a phrase of two words in marks is part of the clause, and a claim with more than one
 * such quotation is left whole.
 */
function outsideQuotation(a: Analysis, claim: IndirectFound, sentence: number): IndirectFound {
  const { toks, text } = a.view;
  let k = sentence;
  while (k < toks.length && toks[k]!.s < claim.start) k++;
  const first = k;
  let q = -1;
  let last = -1;
  for (; k < toks.length && toks[k]!.s < claim.end; k++) {
    const t = toks[k]!;
    if (t.k === K.Break) return claim;
    // why: "explained that the town is ready: «We have done the homework …», said Vilar.": a colon that opens a
    // quotation after the reported clause ends the claim; the quotation is the speaker's own words, read as such
    if (isPunct(t, ':') && last > first && toks[k + 1]?.k === K.Quote && wordsOf(text, toks[k + 1]!) >= QUOTED_CLAUSE_WORDS) return { ...claim, end: toks[last]!.e };
    if (isWord(t)) last = k;
    if (t.k !== K.Quote || wordsOf(text, t) < QUOTED_CLAUSE_WORDS) continue;
    if (q >= 0) return claim;
    q = k;
  }
  if (q < 0) return claim;
  // (after it: "… “at 70 percent” and will be finished before the winter")
  const and = toks[q + 1];
  // ("assured that the measure is «painful but inevitable» and has asked the neighbours for patience": a verb of speech
  // after "and" goes on with the speaker's own doings, no claim of theirs)
  // (a clause of its own, or the subject's second verb: "and as a candidate with …" goes on with the quotation's phrase)
  const after = toks[q + 2];
  const clause = isWord(after) && (FINITE.has(after.key) || DO_FORMS.has(after.key) || clauseOpens(a, after.s, last + 1));
  if (isWord(and) && and.key === 'and' && !and.cap && clause && wordsIn(toks, q + 2, last + 1) >= JOINED_CLAIM_WORDS && !hasVerbOfSpeech(toks, q + 2, last + 1)) {
    let start = toks[q + 2]!.s;
    while (start < claim.end && /\s/.test(text[start]!)) start++;
    return { ...claim, start };
  }
  // (before it, the quotation closing the claim, after its own subject: "… every year and the government “wakes up
  // …”"; "and “a hell of a lot worse”" or "he and Cruz shared “…”" joins no clause to it)
  if (last > q) return claim;
  for (let j = q - 1, n = 0; j > first && n <= SUBJECT_BEFORE_QUOTE_WORDS; j--) {
    const t = toks[j]!;
    if (!isWord(t)) return claim;
    if (t.key === 'and' && !t.cap) {
      if (n === 0 || !TAIL_SUBJECTS.has(toks[j + 1]!.key) || wordsIn(toks, first, j) < JOINED_CLAIM_WORDS) return claim;
      return { ...claim, end: toks[j - 1]!.e };
    }
    if (isSpeech(t)) return claim;
    n++;
  }
  return claim;
}

/** How many words the quotation token `q` holds. */
function wordsOf(text: string, q: Tok): number {
  let n = 0;
  let inWord = false;
  for (let k = q.s; k < q.e; k++) {
    const space = /[\s"'“”„«»‘’‹›「」]/.test(text[k]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * why: "complained that the decision was taken without asking them, and she called it «a decision above our heads»",
 * "indicated that the river has begun to fall, but Météo-France maintains the alert": "and" or "but" after a comma,
 * then someone and a verb of speech of theirs, is the reporter telling of a new report, the speaker's or another's;
 * the claim ends before it. `k` is the conjunction.
 */
function newReport(a: Analysis, k: number): boolean {
  const { toks } = a.view;
  const t = toks[k];
  if (!isWord(t) || t.cap || (t.key !== 'and' && t.key !== 'but')) return false;
  const mi = a.ix.startAt[k + 1] ?? -1;
  if (mi < 0 || !speakerMention(a.ix, mi)) return false;
  let v = a.ix.mentions[mi]!.vj;
  if (isWord(toks[v]) && toks[v]!.key === 'also') v++;
  const verb = toks[v];
  return isWord(verb) && !verb.cap && isSpeech(verb) && !verb.key.endsWith('ing') && !BE_FORMS.has(toks[v - 1]?.key ?? '');
}

/**
 * The comma before a participle of speech and its colon that introduce the quotation at `q` (", adding: “…”", ",
 * saying: “…”"), when a word ends the clause before it; -1 when none.
 */
function introducedAt(toks: Tok[], from: number, q: number): number {
  const colon = q - 1;
  const comma = q - 3;
  if (comma <= from + 3 || !isPunct(toks[colon], ':') || !ADDING.has(toks[q - 2]?.key ?? '') || !isPunct(toks[comma], ',')) return -1;
  return isWord(toks[comma - 1]) ? comma : -1;
}

/** Participles of speech that, set off by a comma, add a claim with "that" (", adding that", ", noting that"). */
const ADDING = new Set(['adding', 'noting', 'saying', 'stressing', 'explaining', 'stating', 'warning', 'recalling', 'emphasizing', 'emphasising']);

/** The "that" of a participle of speech at `k` set off by a comma (", adding that", ", pointing out that", ", before
 * adding that"); -1 when none. */
function addedThat(toks: Tok[], k: number): number {
  const t = toks[k];
  const before = toks[k - 1]?.key === 'before' && isWord(toks[k - 1]) && isPunct(toks[k - 2], ',');
  if (!isWord(t) || t.cap || !(isPunct(toks[k - 1], ',') || before)) return -1;
  if (ADDING.has(t.key)) return toks[k + 1]?.key === 'that' ? k + 1 : -1;
  return pointingOut(toks, k) ? k + 2 : -1;
}

/** Fewest words each part of a claim split at "but that" must keep. */
const SPLIT_PART_WORDS = 3;

/**
 * "has declared that the request will be analysed, but that the law must be respected": a second "that" after "but"
 * or "and" opens a second claim of the same speaker, which a reviewer checks on its own.
 */
function splitAtThat(a: Analysis, claim: IndirectFound, sentence: number): IndirectFound[] {
  const { toks } = a.view;
  // (the claim's first token, from its sentence's: a sentence read for claims holds at most 200 tokens)
  let k = sentence;
  while (k < toks.length && toks[k]!.s < claim.start) k++;
  const first = k;
  const participleCue = claim.local.cue >= 0 && toks[claim.local.cue]!.key.endsWith('ing') && isPunct(toks[claim.local.cue - 1], ',');
  for (; k < toks.length && toks[k]!.e <= claim.end; k++) {
    if (toks[k]!.key !== 'that' || k - first < SPLIT_PART_WORDS + 1) continue;
    const conj = toks[k - 1]!;
    // why: "confirmed that the reserve lasts six months, pointing out that the shipments still arrive": a participle of
    // speech after a comma adds a second claim of the same speaker, as "and that" does
    const participle = isWord(conj) && conj.key === 'out' ? k - 2 : k - 1;
    const added = addedThat(toks, participle) === k;
    // why: "Aydın, stating that they support the plan, claimed that the procedures are slow": a claim a participle of
    // speech set off by commas reports ends at the comma before the subject's own verb of speech, whose "that" opens a
    // second claim of the same speaker
    const finite = !added && participleCue && isSpeech(conj) && !conj.cap && !conj.key.endsWith('ing') && isPunct(toks[k - 2], ',');
    // why: "said that the port is safe and promised that the workers will be paid": a second verb of speech of the same
    // subject, joined by "and", reports a second claim
    const joined = !added && !finite && isSpeech(conj) && !conj.cap && !conj.key.endsWith('ing') && THAT_VERBS.has(SPEECH_VERBS.get(conj.key)!) &&
      isWord(toks[k - 2]) && (toks[k - 2]!.key === 'and' || toks[k - 2]!.key === 'but');
    if (!added && !finite && !joined && (!isWord(conj) || (conj.key !== 'but' && conj.key !== 'and'))) continue;
    let stop = added || finite || joined ? k - 3 : k - 2;
    if (added) stop = toks[participle - 1]!.key === 'before' ? participle - 2 : participle - 1;
    // why: "The road will stay closed, Tom Hale said, adding that …": the speaker and the verb set off after the first
    // clause, right before the participle, are no part of that clause
    if (added && claim.local.cue === participle - 2) {
      let c = claim.local.cue - 1;
      while (c > first && isWord(toks[c])) c--;
      if (isPunct(toks[c], ',') && claim.local.cue - c <= ASIDE_TOKENS) stop = c - 1;
    }
    while (stop > first && !isWord(toks[stop]) && toks[stop]!.k !== K.Quote) stop--;
    let words = 0;
    // (a quoted phrase in the second part is words of it: "and that the criminals “will have no hiding place”")
    for (let j = k + 1; j < toks.length && toks[j]!.e <= claim.end; j++) if (isWord(toks[j])) words++;
    else if (toks[j]!.k === K.Quote) words += SPLIT_PART_WORDS;
    if (stop - first + 1 < SPLIT_PART_WORDS || words < SPLIT_PART_WORDS) return [claim];
    const end = beforeOpening(a.view.text, claim.start, toks[stop]!.e);
    let start = toks[k + 1]!.s;
    while (start < claim.end && /\s/.test(a.view.text[start]!)) start++;
    return [{ ...claim, end }, finite || joined ? { ...claim, start, local: { ...claim.local, cue: k - 1 } } : { ...claim, start }];
  }
  return [claim];
}

/** Most words of the subject of a clause joined by ", and" before its finite verb ("the farmers of the district can"). */
const JOINED_SUBJECT_WORDS = 6;
/** Words that open the subject of a clause joined by ", and". */
const SUBJECT_OPENERS = new Set(['the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'all', 'no', 'some', 'most']);

/**
 * why: "According to the ministry, more than 300 hectares are under water, and the farmers of the district can register
 * for compensation": after "according to", a comma and "and" that open a clause of its own (a subject and its finite
 * verb) join two claims of the same source, which a reviewer checks one by one, as "and that" does after a verb.
 */
function splitAtAnd(a: Analysis, claim: IndirectFound, sentence: number): IndirectFound[] {
  if (claim.local.how !== 'according-to') return [claim];
  const { toks } = a.view;
  let k = sentence;
  while (k < toks.length && toks[k]!.s < claim.start) k++;
  const first = k;
  for (; k < toks.length && toks[k]!.e <= claim.end; k++) {
    if (toks[k]!.key !== 'and' || !isPunct(toks[k - 1], ',') || k - first < SPLIT_PART_WORDS + 1) continue;
    const opener = toks[k + 1];
    if (!isWord(opener) || !(SUBJECT_OPENERS.has(opener.key) || opener.cap)) continue;
    let j = k + 2;
    // (a verb of speech on the way is a report of its own: "…, and Mills and Clinton told investigators they were unaware")
    while (j < toks.length && j <= k + 1 + JOINED_SUBJECT_WORDS && isWord(toks[j]) && !FINITE.has(toks[j]!.key) && toks[j]!.key !== 'that' && !isSpeech(toks[j])) j++;
    if (!isWord(toks[j]) || !FINITE.has(toks[j]!.key) || toks[j]!.e > claim.end) continue;
    let words = 0;
    for (let w = k + 1; w < toks.length && toks[w]!.e <= claim.end; w++) if (isWord(toks[w])) words++;
    if (words < SPLIT_PART_WORDS) return [claim];
    const end = beforeOpening(a.view.text, claim.start, toks[k - 2]!.e);
    return [{ ...claim, end }, { ...claim, start: opener.s }];
  }
  return [claim];
}

/**
 * Whether a word of `toks[from, to)` is a cue that may report the sentence. why: most sentences report nothing, and this
 * pass rules them out before any pattern is tried; it is a function of its own so that the engine compiles this small
 * loop, which runs on every sentence, rather than the whole of `inSentence` around it.
 */
function hasCue(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.k === K.Word && (inLex(t, LEX.speechVerb) || (CUE_WORDS.has(t.key) && (!COMMA_CUES.has(t.key) || commaCue(toks, k) || toks[k + 1]?.key === 'that')) ||
      (CUES_AFTER_COMMA.has(t.key) && isPunct(toks[k - 1], ',')))) return true;
  }
  return false;
}

/**
 * why: '«… e adesso tocca a noi recuperare il tempo perduto ¶» ¶Benedetti ha aggiunto che il Comune …': a quotation
 * whose closing mark a scraper set on a line of its own, with no stop before it, runs on into the next line's
 * sentence; a capitalised word opening that line opens a sentence of its own, which reports what it reports (the
 * sentence read whole, when it does not, is read as before). The token that sentence starts at, after the last
 * quotation of the sentence at `from` when it is such a one; else `from`.
 */
function pastCutQuotation(a: Analysis, from: number, to: number): number {
  const { toks, text } = a.view;
  let q = to - 1;
  while (q > from && toks[q]!.k !== K.Quote) q--;
  if (toks[q]!.k !== K.Quote) return from;
  let next = q + 1;
  while (next < to && (toks[next]!.k === K.Break || toks[next]!.k === K.Mark)) next++;
  if (next >= to || !isWord(toks[next]) || !toks[next]!.cap) return from;
  // (a line break between the quotation's last mark and the word: the token may take in the spaces after the mark;
  // only the characters between the two are read)
  let e = toks[q]!.e;
  while (e > toks[q]!.s && /\s/.test(text[e - 1]!)) e--;
  for (let c = e; c < toks[next]!.s; c++) if (text.charCodeAt(c) === 10) return next;
  return from;
}

/**
 * The claim of `toks[from, to)` when it closes on its speaker set off by a comma ("<claim>, the planning director
 * Glenn Sakata said"): the words before that comma, the speaker's; else null.
 */
function trailingSpeaker(a: Analysis, from: number, to: number): IndirectFound | null {
  const { toks } = a.view;
  const verb = to - 1;
  if (!isSpeech(toks[verb]) || toks[verb]!.key.endsWith('ing')) return null;
  const mi = a.ix.endAt[verb - 1] ?? -1;
  if (mi < 0 || !speakerMention(a.ix, mi)) return null;
  // (the speaker's description may open the set-off part: "the planning director Glenn Sakata")
  let start = a.ix.mentions[mi]!.vi;
  const desc = a.ix.endAt[start - 1] ?? -1;
  if (desc >= 0 && a.ix.mentions[desc]!.type === 'desc') start = a.ix.mentions[desc]!.vi;
  if (!isPunct(toks[start - 1], ',') || start - 1 - from < 4) return null;
  return { start: toks[from]!.s, end: toks[start - 2]!.e, local: { mention: mi, cue: verb, how: 'after', confidence: 0.7, via: null } };
}

function inSentence(a: Analysis, from: number, to: number): IndirectFound | null {
  const { toks } = a.view;
  if (to - from > 200 || to - from < 6) return null;
  const after = pastCutQuotation(a, from, to);
  const tail = after > from ? inSentence(a, after, to) : null;
  if (tail) return tail;
  const cue = hasCue(toks, from, to);
  let last = to - 1;
  while (last > from && !isWord(toks[last])) last--;
  let end = closingMarkAfter(a.view.text, toks[from]!.s, toks[last]!.e);
  // ("In the words of X, …" holds no verb of speech: only its opening phrase can report it)
  if (!cue) return opensOnPhrase(toks, from) ? phrasedClaim(a, from, to, end) : saidPlainly(a, from, to) ? thatClaim(a, from, to, last, end) : null;
  let quoted = -1;
  let firstQuoted = -1;
  let phrasesOnly = true;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.k !== K.Quote) continue;
    quoted = k;
    if (firstQuoted < 0) firstQuoted = k;
    if (t.e - t.s > QUOTED_PHRASE_CHARS) phrasesOnly = false;
  }
  const opening = openingParticiple(a, from, to);
  if (opening) return opening;
  // why: "The works, he said, are “at 70 percent” and will be finished", "The rescue service has according to him enough
  // cars", "she warned, such events will become more frequent": the cue inside the sentence reports all of it, or all
  // after it, quoted phrases included
  if (quoted < 0 || phrasesOnly) {
    let close = to - 1;
    while (close > from && !isWord(toks[close]) && toks[close]!.k !== K.Quote) close--;
    const inside = insideCue(a, from, to, beforeOpening(a.view.text, end, Math.max(end, toks[close]!.e)));
    if (inside) return inside;
  }
  // why: a sentence with a quotation reports nothing more, but for what a participle adds after it ("“…”, the minister
  // said, adding that the government will approve a plan")
  if (quoted >= 0) {
    const added = addedAfterQuote(a, quoted, to, last, end);
    let w = from;
    while (w < to && !isWord(toks[w])) w++;
    // ("According to Mr. Vinh, the authorities relocated 6 households, but “many families did not want to leave”": a
    // sentence opened by its source reports what it says before the quotation, which is a claim of its own)
    const opensOnSource = toks[w]?.key === 'according';
    // why: "has declared that the request will be analysed „with priority”": a phrase quoted inside the reported
    // clause is the speaker's word for part of the claim, and the claim is the clause, with the phrase in it
    if (added) return added;
    // why: "Ruiz claimed that politicians are behind the strike, saying: “…”": the clause reported before a participle
    // that introduces the quotation is a claim of its own, as before ", adding that"
    const introduced = introducedAt(toks, from, firstQuoted);
    if (introduced >= 0) return thatClaim(a, from, introduced, introduced - 1, toks[introduced - 1]!.e);
    // why: "「We check every month, we cannot stand beside every pot,」 the director Hsu further stated, the bureau will
    // from next month inspect every two weeks": Chinese translations go on after a quotation's cue with a comma and a
    // clause reported without marks; the clause is a claim of the quotation's speaker
    const tail = !phrasesOnly && !opensOnSource && quoted + 1 < to ? insideCue(a, quoted + 1, to, end) : null;
    if (tail && clauseOpens(a, tail.start, to)) return tail;
    // why: '“… Where were they for ten years?” ¶ Zoti Hoxha added that the association will go to the court.': a line
    // after a quotation that ends on its own stop, opening on a name and a verb with "that", is a report of its own
    // (the scraper kept the line in the quotation's paragraph, so no full stop parts the two)
    let line = quoted + 1;
    while (line < to && toks[line]!.k === K.Break) line++;
    const next = line < to && !phrasesOnly && endsOnStop(a.view.text, toks[quoted]!) && toks[line]!.cap ? thatClaim(a, line, to, last, end) : null;
    if (next && a.ix.mentions[next.local.mention]!.vi <= line + 1 && a.ix.mentions[next.local.mention]!.vi >= line && hasThat(toks, line, to)) return next;
    if (!phrasesOnly && !opensOnSource) return null;
    // (the claim runs to the sentence's last word or quoted phrase, marks included)
    let close = to - 1;
    while (close > from && !isWord(toks[close]) && toks[close]!.k !== K.Quote) close--;
    const closeEnd = beforeOpening(a.view.text, end, Math.max(end, toks[close]!.e));
    // why: "She described the delay as “a blow”, and said that the town will ask to join": a "that" clause after the
    // quoted phrases is reported as well as one before them
    // why: "Moroz in the broadcast of the telethon «United News» stated that …": names in marks before the verb are where
    // the words went or who said them, no part of the claim; the verb after the last of them reports
    const clause = phrasesOnly ? (thatClaim(a, from, firstQuoted, last, closeEnd) ?? thatAfterPhrase(a, quoted, to, last, closeEnd) ??
      (labelsOnly(a.view.text, toks, from, to) ? finiteCue(toks, thatClaim(a, quoted, to, last, closeEnd)) : null)) : null;
    if (clause || !opensOnSource) return clause;
    const before = beforeQuotation(a, firstQuoted, from);
    if (before >= 0) {
      end = before;
      // (what follows reads only the words before the quotation, where the claim now ends: a verb after it reports
      // nothing of them)
      to = firstQuoted;
      last = to - 1;
      while (last > from && !isWord(toks[last])) last--;
    } else if (phrasesOnly && (wordsIn(toks, quoted + 1, to) >= CLAUSE_AFTER_PHRASE_WORDS || labelQuoted(a.view.text, toks[quoted]!)) && plainClause(toks, from, to)) {
      // why: "According to him, the strike will go on with the operation «Dead School» next week": a name or a word in
      // marks inside the clause that the source opens, with no comma closing the clause before it, is part of the
      // claim, which runs to the sentence's end, as a "that" clause does; a quotation that closes the sentence
      // ("According to X, Trump brought “a new kind of energy”") is what the clause introduces, and no claim, unless it
      // is a label of a word or two ("the situation is “red” in 14 stations and “purple” in two")
      end = closeEnd;
    } else {
      // why: "According to him, the union is ready for talks but “the strike is not the way”": the quotation that closes
      // the sentence is joined to the source's clause by a conjunction; what the clause says before it is a claim of
      // its own, as before a comma (see beforeQuotation)
      const joint = phrasesOnly ? joinedBeforeQuotation(toks, from, firstQuoted) : -1;
      if (joint < 0) return null;
      // (the claim ends on its last word, not on a comma before the conjunction)
      to = joint;
      last = to - 1;
      while (last > from && !isWord(toks[last])) last--;
      end = toks[last]!.e;
    }
  }
  const phrased = opensOnPhrase(toks, from) ? phrasedClaim(a, from, to, end) : null;
  if (phrased) return phrased;
  // why: "According to X, <claim>."
  const lead = leadAt(a, from, to);
  if (lead && lead.how === 'lead' && toks[lead.cue]!.key === 'according') {
    const m = a.ix.mentions[lead.mention]!;
    let c = m.vj;
    // ("According to the prosecutor Desislava Marinova from the District Prosecutor's Office in Plovdiv, …": the source's
    // own phrase may run to a dozen words, so long as no verb opens a clause in it)
    while (c < to && c < m.vj + SOURCE_PHRASE_TOKENS && !isPunct(toks[c], ',') && !(c >= m.vj + 8 && (isSpeech(toks[c]) || VERB_LIKE.has(toks[c]!.key)))) c++;
    if (isPunct(toks[c], ',') && c + 3 < to) {
      // why: "According to the city's finance director, Ana Ruiz, the deficit …": a name set off by commas right after
      // the source restates it; the claim starts after the name's comma, and the name is who the claim is from
      const named = appositiveName(a, lead.mention, c, to);
      // (the source's own words end at this comma: an "and" in an office set off after it joins no one to the source)
      const sourceEnd = c;
      if (named >= 0) c = a.ix.mentions[named]!.vj;
      // ("According to Mr. Lê Quang Vinh, Chairman of the People's Committee of Tân Lập commune, the authorities …": the
      // source's office set off after the name is no part of the claim)
      else c = pastSourceOffice(a, lead.mention, c, to);
      // why: "According to the Red Cross and local groups, …": the source is the whole coordinated phrase
      const group = named >= 0 ? named : toks.slice(m.vj, sourceEnd).some((t) => t.key === 'and') ? groupMention(a, m.vi, sourceEnd) : lead.mention;
      // why: "According to the minister, Ana Ruiz, , …": punctuation alone after the name leaves no claim
      if (toks[c + 1]!.s >= end) return null;
      return { start: toks[c + 1]!.s, end, local: { mention: group, cue: lead.cue, how: 'according-to', confidence: lead.confidence, via: null } };
    }
  }
  const relative = relativeAccording(a, from, to, end);
  if (relative) return relative;
  // why: "Inflation fell to 1.4 percent in April, according to provisional estimates by Istat.": "according to" closing
  // the sentence reports all of it before the comma
  for (let k = from + 4; k < to - 2; k++) {
    if (!isPunct(toks[k], ',') || toks[k + 1]!.key !== 'according') continue;
    const source = accordingToAt(a.ix, k + 1);
    if (source < 0 || to - a.ix.mentions[source]!.vj > TRAILING_SOURCE_TOKENS) break;
    let c = pastDateline(toks, from, k);
    while (c < k && !isWord(toks[c])) c++;
    if (k - c < 4 || OPENERS.has(toks[c]!.key)) break;
    // why: "The chairman, X, said that the removal will go on, according to Reuters.": a clause its sentence reports
    // with a speaker of its own is that speaker's claim, and the source closing the sentence is where it was reported
    const own = thatClaim(a, c, k, k - 1, toks[k - 1]!.e);
    if (own) return own;
    // ("The permit was never asked, the planning director Glenn Sakata said, according to the Honolulu Star-Advertiser.":
    // or with its speaker after it, set off by a comma; the source is where the speaker's words were reported)
    const after = trailingSpeaker(a, c, k);
    if (after) return after;
    return { start: toks[c]!.s, end: toks[k - 1]!.e, local: { mention: source, cue: k + 1, how: 'according-to', confidence: 0.7, via: null } };
  }
  for (let k = from + 4; k < to; k++) {
    // why: "<claim>, he assured after the meeting."; Polish and Hungarian translations close with a dash ("Over 400
    // people were evacuated – informs the crisis centre.")
    if ((isPunct(toks[k], ',') || isPunct(toks[k], '–—')) && k - from >= 4) {
      // ("…, the mayor Ivan Petrov said.", "…, mayor Ivan Petrov said.": see officeAndName)
      const mi = groupAfterModifier(a, k + 1, to) ?? officeAndName(a, k + 1);
      let v = -1;
      // why: "…rivals in the party, who accused the mayor of …": a relative clause describes the noun before the
      // comma; it reports nothing of the clause before it
      // ("…, a book written by X": a thing described after the comma with a participle that is no past tense is an
      // apposition, no cue)
      const apposition = mi >= 0 && PARTICIPLES_ONLY.has(toks[a.ix.mentions[mi]!.vj]?.key ?? '') && /^(a|an)\s/i.test(a.ix.mentions[mi]!.surface);
      const said = mi >= 0 ? speechPastSetOff(a, mi) : -1;
      if (speakerMention(a.ix, mi) && said >= 0 && !RELATIVES.has(toks[k + 1]!.key) && !apposition) v = said;
      else if ((isSpeech(toks[k + 1]) || INVERTED_ONLY.has(toks[k + 1]?.key ?? '')) && speakerMention(a.ix, a.ix.startAt[k + 2] ?? -1) &&
        closesAfterSpeaker(toks, a.ix.mentions[a.ix.startAt[k + 2]!]!.vj, to)) v = k + 1;
      // why: "Around 140 households are affected, so the district fire brigade command.": German and Italian close a
      // report with "so" ("so", "così") and its source, a sentence with no verb
      else if (toks[k + 1]?.key === 'so' && speakerMention(a.ix, a.ix.startAt[k + 2] ?? -1) && endsSentenceAt(toks, pastApposed(a, a.ix.startAt[k + 2]!), to)) v = k + 1;
      // why: "…, informed for TASR the spokeswoman Ana Ruiz.", "… – informed MTI the water directorate.", "…, recognizes
      // also the coordinator.": where the words went, or an adverb, stands between the inverted verb and its speaker,
      // who closes the sentence; read as a quotation's inverted cue is
      let past = -1;
      if (v < 0 && isSpeech(toks[k + 1]) && !toks[k + 1]!.cap && !toks[k + 1]!.key.endsWith('ing')) {
        const inverted = cueAfter(a.ix, k - 1);
        const m = inverted && inverted.cue === k + 1 && inverted.how === 'after-inverted' ? a.ix.mentions[inverted.mention]! : null;
        // ("…, the undersecretary, wrote in a memo to Inspector General Ana Ruiz.": the object of a setting's
        // preposition is whom the words went to, and the verb has its subject before the comma)
        if (m && m.vi > k + 2 && m.type !== 'pronoun' && !SETTINGS.has(toks[m.vi - 1]!.key) && endsOrAged(toks, pastApposed(a, inverted!.mention), to) &&
          !subjectBefore(a, k)) {
          v = k + 1;
          past = inverted!.mention;
        }
      }
      // why: "The money shall flow fast, it was said from the office of the governor.": German translations ("hieß es
      // aus") close a report with an impersonal passive and where it came from
      const agent = v < 0 && toks[k + 1]?.key === 'it' && BE_FORMS.has(toks[k + 2]?.key ?? '') && isSpeech(toks[k + 3]) && (toks[k + 4]?.key === 'from' || toks[k + 4]?.key === 'by')
        ? (a.ix.startAt[k + 5] ?? -1) : -1;
      if (agent >= 0 && speakerMention(a.ix, agent) && a.ix.mentions[agent]!.type !== 'pronoun' && endsSentenceAt(toks, pastApposed(a, agent), to)) {
        v = k + 3;
        past = agent;
      }
      // why: the cue closes the sentence ("…, he assured after the meeting."); a clause that opens on a preposition
      // or a conjunction ("On Thursday, however, Ruiz said …") is a setting, not the claim
      let c = pastDateline(toks, from, k);
      while (c < k && !isWord(toks[c])) c++;
      // why: "…a levy, a measure its backers say will pay for …": a verb right after the cue opens what it reports, a
      // clause of its own; the words before the comma are not it
      const reportsOnward = v >= 0 && THAT_SUBJECT_VERBS.has(toks[v + 1]?.key ?? '');
      // why: "The leader of the opposition, Ana Ruiz, accused her …": a description the name after the comma restates is
      // the sentence's subject, no claim
      let restated = subjectPhrase(a, c, k);
      // ("In his own house the cellar stood one metre under water, he admitted.": a preposition may open the claim itself,
      // a clause of its own up to the comma, where "On Thursday, however, Ruiz said" opens a setting)
      // (only when the cue closes the sentence: "In a Journal essay last week, Ivanka Trump wrote that …" opens on a setting)
      let opener = OPENERS.has(toks[c]!.key) && !(PREPOSITIONS.has(toks[c]!.key) && k - c >= CLAUSE_AFTER_PREPOSITION && noComma(toks, c, k) && to - v <= 3);
      // why: "In the 18 relief camps opened by the Corporation, 1,200 persons have been accommodated, the Corporation
      // said.": a prepositional setting closed by its own comma opens the sentence; the claim is the clause after it
      if (opener && v >= 0 && PREPOSITIONS.has(toks[c]!.key)) {
        let p = c + 1;
        while (p < k && !isPunct(toks[p], ',')) p++;
        // (the clause has a verb of its own: "In the evening, the imam of the mosque, X, called …" is a subject alone)
        if (p < k && isWord(toks[p + 1]) && !OPENERS.has(toks[p + 1]!.key) && wordsIn(toks, p + 1, k) >= 4 && toks.slice(p + 1, k).some((w) => FINITE.has(w.key))) {
          c = p + 1;
          opener = false;
          restated = subjectPhrase(a, c, k);
        }
      }
      const inverted = past >= 0 ? past : v === k + 1 ? (a.ix.startAt[k + 2] ?? -1) : -1;
      if (v >= 0 && (to - v <= 10 || officeToEnd(a, inverted, to) || (to - v <= TRAILING_CUE_TOKENS && past >= 0) || (to - v <= TRAILING_SETTINGS_TOKENS && settingToEnd(a, v, v === k + 1 ? a.ix.startAt[k + 2]! : -1, to, to - v > TRAILING_CUE_TOKENS))) && !reportsOnward && !restated && !toks[v]!.key.endsWith('ing') && !hasThat(toks, v, to) && !opener && k - c >= 4) {
        const mention = past >= 0 ? past : v === k + 1 ? a.ix.startAt[k + 2]! : mi;
        const dashed = isPunct(toks[k], '–—');
        // (", – declared X", as Russian typography sets an attribution after direct speech: the comma is no part of the claim)
        const last = dashed && isPunct(toks[k - 1], ',') ? k - 2 : k - 1;
        // why: "The minister said on Monday that the talks would continue, Reuters reported.": a stretch before the
        // comma that reports a clause of its own has its own speaker, whose claim that clause is; the body that closes
        // the sentence passed it on, its source (see relayedAfter)
        const own = INVERTED_ONLY.has(toks[v]!.key) || SPEECH_VERBS.get(toks[v]!.key) === 'report' ? ownClaim(a, c, k, last) : null;
        if (own) return own;
        const found: IndirectFound = { start: toks[c]!.s, end: toks[last]!.e, local: { mention, cue: v, how: 'after', confidence: 0.6, via: null } };
        // why: "One of them speak from his plastic chair: ¶ We are not animals … — say Dionisio Webster": a colon that
        // closes its line announces words, and the line after it, credited after a dash, is them, lost marks and all
        const announced = dashed && isSpeech(toks[v]) && c === from ? announcedLine(a.view.text, toks, c, k) : -1;
        if (announced >= 0) return { ...found, start: toks[announced]!.s, verbatim: true };
        if (!isSpeech(toks[v]) || INVERTED_ONLY.has(toks[v]!.key) || !(dashed || isPunct(toks[k], ','))) return found;
        const paragraph = c === from ? verbatimParagraph(a, found, c, dashed) : found;
        return paragraph.verbatim || !wordsFrom(toks, from, c) || !ownWordsIn(a, c, k) ? paragraph : { ...found, verbatim: true };
      }
    }
  }
  return thatClaim(a, from, to, last, end) ?? asSetOff(a, from, to, end);
}

/** Most tokens back from a dash's cue to the colon that announces the words before it. */
const ANNOUNCED_REACH = 80;

/** The first token of the line a colon closing the line before opens, between tokens `c` and `k` (at least a
 * clause's words before `k`); else -1. */
function announcedLine(text: string, toks: Tok[], c: number, k: number): number {
  for (let p = k - CLAUSE_WORDS; p > c && p >= k - ANNOUNCED_REACH; p--) {
    if (!isPunct(toks[p], ':')) continue;
    // (past the paragraph break a blank line makes)
    let q = p + 1;
    while (q < k && toks[q]!.k === K.Break) q++;
    if (!isWord(toks[q])) return -1;
    const gap = text.slice(toks[p]!.e, toks[q]!.s);
    return gap.includes('\n') && gap.trim() === '' ? q : -1;
  }
  return -1;
}

/** Words that may join the clause an attribution with "as" stands before to the one before it ("…, but as X says, …"). */
const AS_JOINS = new Set(['but', 'and', 'yet', 'so', 'though']);
/** Most tokens from the verb after "as X" to its comma (a setting: "as the farmers told us on Monday"). */
const AS_SETTING_TOKENS = 6;

/**
 * why: "The water comes by truck, but, as the inhabitants say, it is not enough for everyone": an attribution with
 * "as" set off inside the sentence reports the clause after its comma, as it does opening the sentence ("As Ruiz said,
 * …", see phraseLead), or the clause before it when it closes the sentence ("…, as the farmers say."). Only a speaker
 * (not the paper's "as we reported"), a verb that reports a clause ("as he spoke," and "as they talked," tell when),
 * and a clause with a finite verb of its own before any comma.
 */
function asSetOff(a: Analysis, from: number, to: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  for (let k = from + 2; k < to - 4; k++) {
    if (toks[k]!.key !== 'as' || !isWord(toks[k]) || toks[k]!.cap) continue;
    const before = toks[k - 1]!;
    if (!isPunct(before, ',') && !(isWord(before) && AS_JOINS.has(before.key) && isPunct(toks[k - 2], ','))) continue;
    const mi = a.ix.startAt[k + 1] ?? -1;
    if (mi < 0 || !speakerMention(a.ix, mi) || a.ix.mentions[mi]!.kind === 'place' || a.ix.mentions[mi]!.possessive || PAPER_SUBJECTS.has(a.ix.mentions[mi]!.words[0]!)) continue;
    const v = pastApposed(a, mi);
    const verb = toks[v];
    if (!isSpeech(verb) || verb!.cap || verb!.key.endsWith('ing') || !THAT_VERBS.has(SPEECH_VERBS.get(verb!.key)!)) continue;
    let c = v + 1;
    while (c < to && c <= v + AS_SETTING_TOKENS && isWord(toks[c]) && !isSpeech(toks[c])) c++;
    // why: "The tanks are full, as the farmers say.": closing the sentence, it reports the clause before its comma
    if (endsSentenceAt(toks, c, to) && isPunct(before, ',')) {
      let first = pastDateline(toks, from, k);
      while (first < k && !isWord(toks[first])) first++;
      if (wordsIn(toks, first, k) < CLAUSE_WORDS || OPENERS.has(toks[first]!.key)) return null;
      return { start: toks[first]!.s, end: toks[k - 2]!.e, local: { mention: mi, cue: v, how: 'after', confidence: 0.6, via: null } };
    }
    if (!isPunct(toks[c], ',') || toks[c + 1] === undefined || toks[c + 1]!.s >= end) continue;
    // (the clause after the comma has a verb of its own, and no comma before it: "…, as she said, the road is closed")
    let finite = false;
    for (let j = c + 2; j < to && j <= c + TAIL_VERB_TOKENS && isWord(toks[j]) && !finite; j++) finite = FINITE.has(toks[j]!.key);
    if (!finite || !isWord(toks[c + 1]) || wordsIn(toks, c + 1, to) < CLAUSE_WORDS) return null;
    return { start: toks[c + 1]!.s, end, local: { mention: mi, cue: v, how: 'before', confidence: 0.6, via: null } };
  }
  return null;
}

/** The clause a speaker's verb reports in `toks[from, to)` ("The minister said that …"), when there is one. */
function ownClaim(a: Analysis, from: number, to: number, last: number): IndirectFound | null {
  const { toks } = a.view;
  let reports = reportsAgain(toks, from, to);
  for (let k = from; k < to && !reports; k++) reports = isSpeech(toks[k]) && thatAfter(toks, k, to) >= 0;
  if (!reports) return null;
  const own = thatClaim(a, from, to, last, toks[last]!.e);
  return own && own.local.cue >= from && own.local.cue < to && a.ix.mentions[own.local.mention]!.vj <= own.local.cue ? own : null;
}

/**
 * A claim closed by its cue ("…, added the minister in the post.") that ends a quotation whose marks were lost, as
 * translations and scrapers leave them: the paragraph opens on the speaker's "I" or "We" in sentences before the
 * claim's, with no quotation among them ("We have heard the mayors. The changes will come in autumn, added the
 * minister"). The quotation runs from the paragraph's first word. A reporter's sentences before a cue ("Turnout was a
 * record. More than a million voted, Kander said") are his own, and one clause in the first person with no sentence
 * before it ("We will pay, he promised") is as often written down as reported speech: both stay reported claims. A
 * dash before the cue ("We will not sell the land – declared the chief"), which only the typographies that set direct
 * speech off with dashes put there, makes even that one clause the speaker's own words. `c` is the claim's first token.
 */
/** Most tokens of a paragraph's sentences before a cue read as one quotation that lost its marks. */
const VERBATIM_REACH = 150;

function verbatimParagraph(a: Analysis, found: IndirectFound, c: number, dashed: boolean): IndirectFound {
  const { toks } = a.view;
  const para = toks[c]!.para;
  let first = c;
  for (let j = c - 1; j >= 0 && toks[j]!.para === para; j--) {
    // (a paragraph longer than a quotation's reach is the reporter's: read no further, in one walk or in many)
    if (c - j > VERBATIM_REACH || toks[j]!.k === K.Quote || toks[j]!.k === K.Mark) return found;
    if (isWord(toks[j])) first = j;
  }
  // (the paragraph opens on "I" or "We", the speaker's subject; "Our correspondent …" or "As we reported" is the paper's)
  // (or, in a Romance language, on a word that says "I" or "we" with no pronoun: "Mi viejo me dijo …", "Vamos a …")
  return (first < c || dashed) && (toks[first]!.key === 'i' || toks[first]!.key === 'we' || ownWordsIn(a, first, first + 1))
    ? { ...found, start: toks[first]!.s, verbatim: true } : found;
}

/** Relative words after which "according to" opens the source of the relative clause's claim. */
const RELATIVE_OPENERS = new Set(['which', 'where', 'who', 'whom']);

/**
 * why: "…as the typhoon approaches, which according to PAGASA may make landfall on Saturday", "…neighbourhoods where,
 * according to the parish, one in three houses is let to tourists": a relative clause whose source "according to"
 * opens (set off by commas or not) reports what follows the source, to the sentence's end; a clause of four words or
 * more, with no quotation or verb of speech of its own. `end` is where the sentence's words end.
 */
function relativeAccording(a: Analysis, from: number, to: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  for (let k = from + 3; k < to - 4; k++) {
    if (toks[k]!.key !== 'according' || toks[k + 1]?.key !== 'to') continue;
    let r = k - 1;
    if (isPunct(toks[r], ',')) r--;
    if (!isWord(toks[r]) || !RELATIVE_OPENERS.has(toks[r]!.key)) continue;
    const source = accordingToAt(a.ix, k);
    if (source < 0) return null;
    let b = pastApposed(a, source);
    // (the source's own comma, when the phrase is set off: "where, according to the parish, …")
    if (isPunct(toks[r + 1], ',')) {
      if (!isPunct(toks[b], ',')) return null;
      b++;
    } else if (!isWord(toks[b]) || isPunct(toks[b], ',')) return null;
    if (wordsIn(toks, b, to) < CLAUSE_WORDS || quotedIn(toks, b, to) || hasVerbOfSpeech(toks, b, to) || toks[b]!.s >= end) return null;
    return { start: toks[b]!.s, end, local: { mention: source, cue: k, how: 'according-to', confidence: 0.6, via: null } };
  }
  return null;
}

/** Most tokens of an attribution set off by commas inside the sentence it reports ("has assured the assessor Di Falco"). */
const ASIDE_TOKENS = 8;
/** Subjects that are the reporter's own voice ("As we reported, …"). */
const PAPER_SUBJECTS = new Set(['we', 'i']);
/** Fewest words a reported clause after its cue must have. */
const CLAUSE_WORDS = 4;
/** Words that, right after "said,", open an aside of the reporter's, not the clause reported ("said, however, …"). */
const NOT_CLAUSE_OPENERS = new Set(['however', 'though', 'also', 'too', 'then', 'moreover', 'instead', 'meanwhile', 'nevertheless', 'therefore',
  'adding', 'noting', 'saying', 'and', 'but', 'or', 'that', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'as', 'with', 'without']);
/** Words in -ing that open a clause of their own after "said," ("said, nothing has changed"): any other opens the
 * subject's participle ("Sanders said, going on to contrast …"), no clause reported. */
const ING_CLAUSE_OPENERS = new Set(['nothing', 'something', 'everything', 'anything', 'during']);
const participleOpens = (t: Tok): boolean => t.key.endsWith('ing') && !ING_CLAUSE_OPENERS.has(t.key);

/**
 * A claim reported by a cue inside its sentence, which no other pattern reads: an attribution set off by commas
 * between the subject and the rest ("The works, he said, are at 70 percent", "The water, has assured the assessor Di
 * Falco, will return in August"), or "according to X" without commas after the subject ("The rescue service has
 * according to him enough cars"): the whole sentence is the claim. Or a verb of speech with its subject and a comma
 * before a clause without "that" ("In the same interview she warned, such events will become more frequent"): the
 * clause is. `end` is where the sentence's words (or its last quoted phrase) end.
 */
function insideCue(a: Analysis, from: number, to: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  let first = from;
  while (first < to && !isWord(toks[first])) first++;
  for (let k = first + 1; k < to - 3; k++) {
    const t = toks[k]!;
    if (isPunct(t, ',')) {
      // (the subject before the comma: a noun phrase, no clause, "The water, …")
      if (k - first > 6 && !hasVerbOfSpeech(toks, first, k)) {
        // why: "Director-General of the Disaster Agency (NDA), Datuk Dr Amir Hassan said, a total of 97 shelters …":
        // Malay and Indonesian translations set the name after its long office and a comma, then the verb and a comma
        // before the clause; the verb is read at its place (only after an office's words: "After the court approved
        // the law, Hebert said, …" opens on a clause of its own)
        const v = officeOnly(toks, first, k) ? apposedSpeaker(a, k, to) : -1;
        if (v < 0) return null;
        k = v - 1;
        continue;
      }
      if (k - first > 6 || hasVerbOfSpeech(toks, first, k)) return null;
      let c = k + 1;
      while (c < to && c <= k + ASIDE_TOKENS && !isPunct(toks[c], ',')) c++;
      if (!isPunct(toks[c], ',') || wordsIn(toks, c + 1, to) < 3) return null;
      const said = asideAttribution(a, k + 1, c, inLex(toks[first]!, LEX.determiner));
      return said ? { start: toks[first]!.s, end, local: { ...said, confidence: 0.6, via: null } } : null;
    }
    // ("has according to him enough cars": mid-sentence, after the subject and before the rest)
    if (t.key === 'according' && toks[k + 1]?.key === 'to' && k - first >= 2 && !isPunct(toks[k - 1], ',')) {
      const mi = a.ix.startAt[k + 2] ?? -1;
      // ("according to him": the object pronoun is the source)
      if (mi < 0 || a.ix.mentions[mi]!.kind === 'place' || wordsIn(toks, a.ix.mentions[mi]!.vj, to) < 2) return null;
      return { start: toks[first]!.s, end, local: { mention: mi, cue: k, how: 'according-to', confidence: 0.6, via: null } };
    }
    // (not a noun, "his remarks, …"; not the cue of a quotation before it, "“…” some protesters chanted, three days after …")
    const cm = isSpeech(t) ? commaAfterVerb(toks, k) : commaCue(toks, k) ? k + 1 : -1;
    if (cm > 0 && !t.cap && !t.key.endsWith('ing') && isWord(toks[cm + 1]) && (!NOT_CLAUSE_OPENERS.has(toks[cm + 1]!.key) || settingInClause(toks, cm + 1, to)) &&
      !participleOpens(toks[cm + 1]!) &&
      !(isWord(toks[k - 1]) && inLex(toks[k - 1]!, LEX.determiner)) && !quotedIn(toks, from, k) &&
      wordsIn(toks, cm + 1, to) >= CLAUSE_WORDS && !speaksIn(toks, cm + 1, to)) {
      const mention = subjectOf(a.ix, k);
      // ("As we reported, …": the paper's own "we" reports nothing of anyone's)
      if (mention < 0 || !speakerMention(a.ix, mention) || PAPER_SUBJECTS.has(a.ix.mentions[mention]!.words[0]!)) return null;
      return { start: toks[cm + 1]!.s, end, local: { mention, cue: k, how: 'before', confidence: 0.6, via: null } };
    }
    // (past an adverb or the one told, the comma is read at its place: "said frankly, …", "told the reporter, …")
    if (cm > k + 1) k = cm;
  }
  return null;
}

/** Most tokens from an office's comma to the verb of the name set after it ("…, Datuk Dr Amir Hassan said,"). */
const APPOSED_SPEAKER_TOKENS = 8;

/** Small words inside an office's or a body's name ("Director-General of the Agency for Disasters"). */
const OFFICE_NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

/** Whether `toks[from, to)` holds only an office's words: capitalised words, the small words that link them, brackets. */
function officeOnly(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (isWord(t) ? !t.cap && !OFFICE_NAME_LINKS.has(t.key) : !isPunct(t, '()')) return false;
  }
  return true;
}

/** The verb of speech, followed by a comma, whose subject is a name right after the comma at `comma`; -1 when none. */
function apposedSpeaker(a: Analysis, comma: number, to: number): number {
  const { toks } = a.view;
  for (let j = comma + 1; j < to && j <= comma + APPOSED_SPEAKER_TOKENS; j++) {
    if (isPunct(toks[j], ',.;:') || toks[j]!.k === K.Quote) return -1;
    if (!isSpeech(toks[j]) || toks[j]!.cap || !isPunct(toks[j + 1], ',')) continue;
    const s = subjectOf(a.ix, j);
    return s >= 0 && a.ix.mentions[s]!.vi > comma && a.ix.mentions[s]!.type === 'name' ? j : -1;
  }
  return -1;
}

/** Prepositions that open a clause's own setting ("at present the county has …"). */
const CLAUSE_SETTINGS = new Set(['in', 'on', 'at', 'for', 'after', 'before', 'with', 'without']);
/** Most tokens from such a preposition to the clause's finite verb. */
const SETTING_IN_CLAUSE_TOKENS = 7;

/**
 * why: "He revealed, at present the county has trained 3,200 embroiderers": Chinese and Indonesian translations report
 * a clause after a verb and a comma, and the clause may open on its own setting; a preposition opens the clause, not an
 * aside ("said, in a statement, the county …"), when a finite verb follows within a few words with no comma between.
 */
function settingInClause(toks: Tok[], from: number, to: number): boolean {
  if (!CLAUSE_SETTINGS.has(toks[from]!.key)) return false;
  for (let j = from + 2; j < to && j <= from + SETTING_IN_CLAUSE_TOKENS; j++) {
    const t = toks[j]!;
    if (t.k !== K.Word || isSpeech(t)) return false;
    if (FINITE.has(t.key)) return true;
  }
  return false;
}

/** Words after which a form of a verb of speech is an adjective ("there were no reported deaths", "the stated aim"). */
const ADJECTIVE_BEFORE = new Set(['no', 'the', 'a', 'an', 'any', 'its', 'their', 'his', 'her', 'all']);
/** Whether `toks[from, to)` holds a verb of speech that speaks, not one used as an adjective. */
function speaksIn(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSpeech(toks[k]) && !(isWord(toks[k - 1]) && ADJECTIVE_BEFORE.has(toks[k - 1]!.key))) return true;
  return false;
}

/** Words a clause reported after a quotation's cue opens on as its subject ("the bureau will", "they have"). */
const TAIL_SUBJECTS = new Set(['the', 'this', 'these', 'those', 'there', 'it', 'he', 'she', 'they', 'we', 'its', 'his', 'her', 'their', 'all', 'most', 'some']);
/** Most tokens from such a subject to the clause's finite verb. */
const TAIL_VERB_TOKENS = 8;

/**
 * Whether the words from character `start` open a clause of their own: a subject ("the bureau", "they") and, within a
 * few words and before any comma, a finite verb; not a participle, a setting or a noun set off after the cue ("…,"
 * Ruiz said, looking at the crowd", "…," he said, a job he wants).
 */
function clauseOpens(a: Analysis, start: number, to: number): boolean {
  const { toks } = a.view;
  const k = firstTokenFrom(toks, start, to);
  if (!isWord(toks[k]) || !TAIL_SUBJECTS.has(toks[k]!.key)) return false;
  for (let j = k + 1; j < to && j <= k + TAIL_VERB_TOKENS; j++) {
    const t = toks[j]!;
    if (t.k !== K.Word || isSpeech(t)) return false;
    if (FINITE.has(t.key)) return true;
  }
  return false;
}

/** Verbs that Chinese translations report a clause with, after a comma ("表示", "介绍": "Huang expressed, the agency
 * has …", "Yang introduced, the province is drafting …"); elsewhere they take an object ("expressed concern"). */
const COMMA_CUES = new Set(['expressed', 'introduced']);
/** Whether `toks[k]` is one of those verbs with its comma right after it. */
const commaCue = (toks: Tok[], k: number): boolean => COMMA_CUES.has(toks[k]!.key) && !toks[k]!.cap && isPunct(toks[k + 1], ',');

/** Most words of the one told between "told" and its comma ("told the reporter, …"). */
const TOLD_WORDS = 3;

/**
 * The comma after the verb of speech at `k` that opens the clause it reports: right after it, after an adverb in -ly
 * ("said frankly, the county has …"), or after the one told ("told the reporter, this season he …"); -1 when none.
 */
function commaAfterVerb(toks: Tok[], k: number): number {
  if (isPunct(toks[k + 1], ',')) return k + 1;
  const next = toks[k + 1];
  if (isWord(next) && !next.cap && next.key.endsWith('ly') && isPunct(toks[k + 2], ',')) return k + 2;
  if (SPEECH_VERBS.get(toks[k]!.key) !== 'tell') return -1;
  for (let j = k + 1; j <= k + 1 + TOLD_WORDS; j++) {
    if (isPunct(toks[j], ',')) return j > k + 1 ? j : -1;
    if (!isWord(toks[j]) || isSpeech(toks[j])) return -1;
  }
  return -1;
}

/** The speaker and cue of an attribution in `toks[from, to)`: "he said", "the minister said", "has assured the
 * assessor Di Falco", "said the minister"; null when that is not all the stretch holds. */
function asideAttribution(a: Analysis, from: number, to: number, nounSubject: boolean): { mention: number; cue: number; how: How } | null {
  const { toks } = a.view;
  // why: "The district, according to Hallmann, will invite …", "The state will, so Wendland, examine …", "The
  // Government, as he assured, will compensate …": translations set the source off by commas inside the clause it
  // reports, as a phrase ("according to", German "so") or as "as" and an attribution; the clause opens on its subject,
  // a noun phrase ("But, according to the poll, …" and "About 10 p.m., according to …" open on a setting)
  const key = isWord(toks[from]) && nounSubject ? toks[from]!.key : '';
  if ((key === 'according' && toks[from + 1]?.key === 'to') || key === 'so') {
    const mi = a.ix.startAt[key === 'so' ? from + 1 : from + 2] ?? -1;
    if (mi < 0 || !speakerMention(a.ix, mi) || a.ix.mentions[mi]!.kind === 'place' || pastApposed(a, mi) !== to) return null;
    return { mention: mi, cue: from, how: key === 'so' ? 'after' : 'according-to' };
  }
  if (key === 'as' && from + 2 < to) return asideAttribution(a, from + 1, to, false);
  let v = from;
  if (isWord(toks[v]) && (toks[v]!.key === 'has' || toks[v]!.key === 'had' || toks[v]!.key === 'have')) v++;
  // (the verb first: "has assured the assessor Di Falco")
  if (isSpeech(toks[v]) && !toks[v]!.key.endsWith('ing')) {
    const mi = a.ix.startAt[v + 1] ?? -1;
    // (the name after a description ends it: "the assessor Di Falco")
    return mi >= 0 && speakerMention(a.ix, mi) && pastApposed(a, mi) === to ? { mention: mi, cue: v, how: 'after' } : null;
  }
  // (the speaker first: "he said", "the minister said", "the mayor Ana Ruiz said"; not a relative pronoun, whose clause
  // describes the noun before it: "According to Ruiz, who spoke on Monday, …")
  const mi = officeAndName(a, from);
  if (mi < 0 || !speakerMention(a.ix, mi) || RELATIVES.has(toks[from]!.key)) return null;
  const verb = a.ix.mentions[mi]!.vj;
  // ("The bridge, the mayor said on Monday, is safe": a time setting may close the aside, as after any verb of speech)
  return pastTimeSetting(toks, verb) === to - 1 && isSpeech(toks[verb]) && !toks[verb]!.key.endsWith('ing') ? { mention: mi, cue: verb, how: 'before' } : null;
}

const wordsIn = (toks: Tok[], from: number, to: number): number => {
  let n = 0;
  for (let k = from; k < to; k++) if (isWord(toks[k])) n++;
  return n;
};

const quotedIn = (toks: Tok[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (toks[k]!.k === K.Quote) return true;
  return false;
};

const hasVerbOfSpeech = (toks: Tok[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (isSpeech(toks[k])) return true;
  return false;
};

/** Most characters of a quoted phrase (marks included) inside a reported clause; a longer quotation is speech of its own. */
const QUOTED_PHRASE_CHARS = 60;

/**
 * "<subject> confirmed that <claim>.", "Trump said he would …": the clause a speech verb in `toks[from, to)` reports,
 * to the sentence's end.
 */
function thatClaim(a: Analysis, from: number, to: number, last: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  const first = verbFirst(a, from, to, last, end);
  if (first) return first;
  for (let k = from + 1; k < to - 3; k++) {
    // why: "<subject> confirmed that <claim>."
    const t = toks[k]!;
    // ("He points out that …": the phrasal verb reports as "notes that" does)
    const pointsOut = isWord(t) && !t.cap && POINT_FORMS.has(t.key) && toks[k + 1]?.key === 'out' && toks[k + 2]?.key === 'that';
    // why: "The ministry has made known that …", "has made to know that …": Romance translations ("ha dado a conocer
    // que", "fez saber que") report with "make known"
    const madeKnown = !pointsOut ? madeKnownThat(toks, k) : -1;
    if (madeKnown >= 0) {
      const found = thatFrom(a, k, madeKnown, last, end);
      if (found) return found;
      continue;
    }
    // why: "The judge determined that 60% of the fleet must circulate", "the deputy mayor assessed that the strike is
    // illegal": translations report with verbs of judging, which report only the "that" right after them
    // why: "Kask promised to meet with the heads of the local governments next week": a promise reported with "to" and
    // a verb is what the subject said they will do; the claim runs from "to"
    if (PROMISED.has(t.key) && !t.cap && toks[k + 1]?.key === 'to' && isWord(toks[k + 2]) && !toks[k + 2]!.cap && !inLex(toks[k + 2]!, LEX.determiner) &&
      wordsIn(toks, k + 2, last + 1) >= CLAUSE_WORDS) {
      let promiser = subjectOf(a.ix, k);
      if (promiser < 0) promiser = sentenceSubject(a.ix, k);
      if (promiser >= 0 && speakerMention(a.ix, promiser) && a.ix.mentions[promiser]!.type !== 'pronoun')
        return { start: toks[k + 1]!.s, end, local: { mention: promiser, cue: k, how: 'before', confidence: 0.6, via: null } };
    }
    const manner = !pointsOut && mannerColon(toks, k);
    const judged = pointsOut ? -1 : mannerThat(toks, k) >= 0 ? k + 1 : judgedThat(toks, k, to);
    if (!pointsOut && judged < 0 && !manner && (!isSpeech(t) || !THAT_VERBS.has(SPEECH_VERBS.get(t.key)!))) continue;
    if (writersRemark(toks, from, k)) continue;
    // why: "The minister said: the situation is under control.": a colon after the verb opens what it reports as "that"
    // does, where translations of languages that set speech after a colon lost the marks around it (a quotation after
    // the colon is read as one)
    const colon = !pointsOut && judged < 0 && isPunct(toks[k + 1], ':') && isWord(toks[k + 2]);
    const that = pointsOut ? k + 2 : judged >= 0 ? judged : colon ? k + 1 : thatAfter(toks, k, to);
    // (only a speaker's verb in the active: "one part hasn't been reported: …", "a sentence I never thought I'd write: …"
    // and "as they say: …" introduce the writer's own words)
    // (a verb of judging reports only its "that": "determined the cause: a short circuit" names no one's claim)
    if (that >= 0 && isPunct(toks[that], ':') && !manner && (judged >= 0 || !colonReports(toks, k))) continue;
    // why: "Trump said he would …", "she told reporters they will …": a clause with a pronoun subject reports as
    // plainly without "that"
    const pronoun = that < 0 ? pronounClause(toks, k, to) : -1;
    // (a clause opening on a noun phrase holds no verb of speech of its own: "said the case was good, while others said
    // they …" leaves the later verb to report its own clause)
    let noun = that < 0 && pronoun < 0 ? nounClause(toks, k, to) : -1;
    if (noun < 0 && that < 0 && pronoun < 0) noun = toldNounClause(toks, k, to);
    // (a participle of the same speaker's, set off by a comma, reports a second claim of theirs, not a clause of its own
    // in this one: "said the road will stay closed, adding that repairs …" is split there, see splitAtThat)
    if (noun >= 0 && reportsAgain(toks, noun, to, true)) continue;
    const clause = pronoun >= 0 ? pronoun : noun;
    if (that < 0 && clause < 0) continue;
    // why: "It was announced by the ministry that …", "it was stated by Ruiz that …": a passive verb's agent after "by"
    // reported the clause; "it" says nothing of who
    // (how plainly someone spoke is said of the subject right before "was": "The message was clear: …" quotes no one)
    if (manner && !plainSpeaker(a, a.ix.endAt[k - 2] ?? -1)) continue;
    let mention = manner ? a.ix.endAt[k - 2]! : that >= 0 ? passiveAgentOf(a, k) : -1;
    if (mention < 0) mention = droppedSubjectAt(a.ix, k);
    if (mention < 0) mention = subjectOf(a.ix, k);
    if (mention < 0) mention = sentenceSubject(a.ix, k);
    if (mention < 0) {
      const b = cueBefore(a.ix, k + 1);
      mention = b ? b.mention : -1;
    }
    if (mention < 0) mention = inBodySource(a, k);
    if (mention < 0) continue;
    // ("The SAPS spokesperson in the Cape Winelands, Capt. Ntombi Mdletshe, said that …": a place is nobody; the name
    // set off by commas right before the verb is who said it)
    if (placeEntity(a, mention)) mention = apposedBefore(a, k) ?? mention;
    const b = clause >= 0 ? firstWord(toks, clause, last) : claimAfterThat(toks, that, last);
    if (b < 0) continue;
    // (the speaker's own "I" or "we" after the colon: the words are the speaker's, a quotation that lost its marks)
    const own = (colon || isPunct(toks[that], ':')) && (toks[b]!.key === 'i' || toks[b]!.key === 'we' || firstPersonIn(toks, b, last) || ownWordsIn(a, b, last + 1));
    return { start: claimStart(a.view.text, toks[b]!.s), end, local: { mention, cue: k, how: 'before', confidence: 0.6, via: null }, ...(own ? { verbatim: true as const } : {}) };
  }
  return null;
}

/**
 * why: "In JSC «Velskenergo» informed that the outages are not applied": Russian and Ukrainian translations ("В X
 * сообщили") name the body that reported after "In" at the sentence's start, with no subject; the body, right before
 * the verb (past its name in marks), is who reported. -1 when the sentence is not so built.
 */
function inBodySource(a: Analysis, k: number): number {
  const { toks, sent, sentStart } = a.view;
  let w = sentStart[sent[k]!]!;
  while (w < k && !isWord(toks[w])) w++;
  if (toks[w]!.key !== 'in' || !toks[w]!.cap) return -1;
  const j = toks[w + 1]?.key === 'the' ? w + 2 : w + 1;
  const mi = a.ix.startAt[j] ?? -1;
  if (mi < 0 || !speakerMention(a.ix, mi) || a.ix.mentions[mi]!.kind !== 'organization') return -1;
  const e = a.ix.mentions[mi]!.vj;
  return e === k || NAME_IN_MARKS_BETWEEN.test(a.view.text.slice(toks[e - 1]!.e, toks[k]!.s)) ? mi : -1;
}

/** A name in marks alone between a body's word and the verb ("JSC «Velskenergo» informed"). */
const NAME_IN_MARKS_BETWEEN = /^\s*[«"„“][^«»"„“”\n]{1,40}[»"”“]\s*$/u;

/** Forms of "promise" that report a promise with "to" and a verb ("promised to return before the summer"). */
const PROMISED = new Set(['promised', 'promises']);

/** Participles that, after "It is", remind the reader of what the writer tells ("It is recalled that"). */
const REMINDED = new Set(['recalled', 'mentioned']);
/** Words that open a writer's own remark before a passive verb of speech ("It is to be noted", "It may be mentioned"). */
const REMARK_OPENERS = new Set(['is', 'was', 'may', 'might', 'must', 'should', 'can', 'could', 'needs']);

// why: "It is to be noted that the federation has informed that …", "It may be mentioned that last year too …": South
// Asian translations ("ullekhaniya je", "ul'lēkhya") open on an impersonal "it is to be noted", the writer's own aside;
// it reports no one's claim, and a verb of speech later in the sentence still may
// why: "It is recalled that the committee warned …", "It is mentioned that, last monsoon also, …": Romance and South
// Asian translations ("Se recuerda que", "ullekhaniya cha") remind the reader of the background in the present
// passive; the writer's reminder, no one's claim
function writersRemark(toks: Tok[], from: number, k: number): boolean {
  let f = from;
  while (f < k && !isWord(toks[f])) f++;
  if (toks[f]?.key === 'it' && toks[f + 1]?.key === 'is' && k === f + 2 && REMINDED.has(toks[k]!.key)) return true;
  if (toks[k - 1]?.key !== 'be') return false;
  if (toks[f]?.key !== 'it' || !REMARK_OPENERS.has(toks[f + 1]?.key ?? '')) return false;
  return k === f + 3 || (k === f + 4 && toks[f + 2]!.key === 'to');
}

/**
 * Whether `toks[from, to)`, in a language glossed for attribution, say the speaker's own "I" or "we": a subject pronoun
 * (glossed "i", "we") or a word that says it without one (`firstPersonWord`: "meu", "abbiamo", "vendem-me"). Romance
 * languages report speech in the third person, so such words are the speaker's own; English ones are not read here,
 * where "We will pay, he promised" is as often reported speech.
 */
function ownWordsIn(a: Analysis, from: number, to: number): boolean {
  const { toks, text, language } = a.view;
  if (!glossesLanguage(language)) return false;
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (t.k !== K.Word || t.s === t.e) continue;
    if (t.key === 'i' || t.key === 'we' || firstPersonWord(language, text.slice(t.s, t.e).toLowerCase())) return true;
  }
  return false;
}

/** The speaker's own "I", "we", "my", "our" as a clause's subject or owner. */
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our']);

// why: 'One old man he said only: before the Australians made this road with shovels, today we have the machine …':
// after a colon, a clause that says "we" or "I" further on is the speaker's own words too, not only one opening on them
// (the writer reports in the third person)
function firstPersonIn(toks: Tok[], b: number, last: number): boolean {
  for (let k = b + 1; k <= last; k++) {
    const t = toks[k]!;
    if (t.k === K.Word && FIRST_PERSON.has(t.key) && (t.key === 'i' || !t.cap)) return true;
  }
  return false;
}

/**
 * "Affirms the minister Ana Ruiz that …", "Told the governor that …": translations from languages that put the verb
 * first (Spanish, Portuguese, Turkish, Arabic) open the sentence on the verb of speech, its speaker after it, then the
 * "that" it reports; null when the sentence does not open so.
 */
function verbFirst(a: Analysis, from: number, to: number, last: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  let k = from;
  while (k < to && !isWord(toks[k])) k++;
  // why: "And said the Wali …", "For his part, it said the commissioner …, X, to Radio Omdurman that …": Arabic
  // translations open on "and" or a turn, and give the verb an empty "it" (see cues' `afterEmptyIt`)
  let opened = false;
  if (toks[k]?.key === 'and' && toks[k]!.cap && isWord(toks[k + 1])) {
    k++;
    opened = true;
  } else if (closesPartPhrase(toks, k + 3)) {
    k += 4;
    opened = true;
  }
  if (toks[k]?.key === 'it' && isWord(toks[k + 1]) && inLex(toks[k + 1]!, LEX.speechVerb)) {
    k++;
    opened = true;
  }
  const t = toks[k];
  // (a capitalised verb is read as one of speech only here: elsewhere it opens a name or a headline)
  if (!isWord(t) || (!t.cap && !opened) || !inLex(t, LEX.speechVerb) || t.key.endsWith('ing') || SPEECH_VERBS.get(t.key) === t.key || !THAT_VERBS.has(SPEECH_VERBS.get(t.key)!)) return null;
  let speaker = a.ix.startAt[k + 1] ?? -1;
  // why: "«…», disse o autarca à RTP. Afirmou ainda que a autarquia reviu …": with its subject dropped, the verb
  // speaks for the person the sentence before was about, and reports its "that"
  const dropped = speaker < 0 && !opened ? droppedSubjectAt(a.ix, k) : -1;
  if (dropped >= 0) {
    const that = thatAfter(toks, k, to);
    const b = that >= 0 && toks[that]!.key === 'that' ? claimAfterThat(toks, that, last) : -1;
    return b < 0 ? null : { start: toks[b]!.s, end, local: { mention: dropped, cue: k, how: 'before', confidence: 0.6, via: null } };
  }
  if (speaker < 0 || !speakerMention(a.ix, speaker) || a.ix.mentions[speaker]!.type === 'pronoun') return null;
  let that = pastApposed(a, speaker);
  // why: "Said the president of the association of fishermen “Aufaifaiva”, Sa'u Pele, that …": Samoan and other
  // verb-first translations describe the speaker at length, then set the name off by commas before the "that"; the
  // description runs to the comma (a body's name in marks inside it), and the name after it is who spoke
  if (toks[that]?.key !== 'that' && a.ix.mentions[speaker]!.type === 'desc') {
    for (let r = that; r < to && r <= k + VERB_FIRST_ROLE_TOKENS; r++) {
      const t = toks[r]!;
      if (isSpeech(t) || t.key === 'that' || isPunct(t, '.;:')) break;
      if (!isPunct(t, ',')) continue;
      // ("…, the Aotrou Erwan Tanguy, that …": the name may keep an article before its title)
      const named = a.ix.startAt[r + 1] ?? (toks[r + 1]?.key === 'the' ? (a.ix.startAt[r + 2] ?? -1) : -1);
      const n = named >= 0 ? a.ix.mentions[named]! : null;
      if (n && n.type === 'name' && n.kind === 'person' && !n.possessive && isPunct(toks[n.vj], ',') && toks[pastRecipient(a.ix, n.vj + 1)]?.key === 'that') {
        speaker = named;
        that = pastRecipient(a.ix, n.vj + 1);
      }
      break;
    }
  }
  that = pastRecipient(a.ix, that);
  // ("Said the judge Rachel Nakoa-Freitas from the bench, that …": past a setting of a few words and its comma)
  if (toks[that]?.key !== 'that' && isWord(toks[that]) && SETTING_PREPOSITIONS.has(toks[that]!.key)) {
    let r = that + 1;
    while (r < to && r <= that + VERB_FIRST_SETTING_TOKENS && isWord(toks[r]) && toks[r]!.key !== 'that' && !isSpeech(toks[r])) r++;
    if (isPunct(toks[r], ',') && toks[r + 1]?.key === 'that') that = r + 1;
  }
  if (toks[that]?.key !== 'that' || that >= to) return null;
  const b = claimAfterThat(toks, that, last);
  return b < 0 ? null : { start: toks[b]!.s, end, local: { mention: speaker, cue: k, how: 'after', confidence: 0.6, via: null } };
}
/** Prepositions opening a setting between a fronted verb's speaker and the comma before "that" ("from the bench"). */
const SETTING_PREPOSITIONS = new Set(['from', 'at', 'in', 'on', 'during', 'after', 'before']);
/** Most words of that setting. */
const VERB_FIRST_SETTING_TOKENS = 6;
/** Most tokens from a verb that opens its sentence to the comma before the speaker's name ("Said the president of …, X"). */
const VERB_FIRST_ROLE_TOKENS = 16;

/** The agent named after "by" of the passive verb of speech at `k` ("was announced by the ministry"); -1 when none. */
function passiveAgentOf(a: Analysis, k: number): number {
  const { toks } = a.view;
  if (!BE_FORMS.has(toks[k - 1]?.key ?? '') || toks[k + 1]?.key !== 'by' || toks[k]!.key.endsWith('ing')) return -1;
  const agent = a.ix.startAt[k + 2] ?? -1;
  return agent >= 0 && speakerMention(a.ix, agent) && a.ix.mentions[agent]!.type !== 'pronoun' ? agent : -1;
}

/** Forms of "make" that report with "known" ("made known that"). */
const MADE_FORMS = new Set(['made', 'makes', 'make']);
/** Forms of "give" and the nouns given that report a promise ("gave the assurance that"). */
const GAVE_FORMS = new Set(['gave', 'gives', 'given']);
const ASSURANCES = new Set(['assurance', 'assurances', 'guarantee', 'guarantees']);

/** Participles of speech that open a sentence on what its subject said ("Stating that …, the minister said"). */
const OPENING_PARTICIPLES = new Set(['stating', 'noting', 'expressing', 'underlining', 'underscoring', 'emphasizing', 'emphasising', 'stressing',
  'saying', 'explaining', 'indicating', 'asserting', 'reminding', 'recalling', 'pointing', 'announcing', 'arguing', 'claiming', 'affirming']);
/** Most tokens of the clause such a participle reports before the comma that closes it. */
const OPENING_CLAUSE_TOKENS = 60;

/**
 * why: "Stating that 85 percent of the works were completed, Uraloğlu said …", "Expressing that rail is the only
 * solution, the minister added …": Turkish translations ("…-dığını belirten") open a sentence on a participle of
 * speech and what it reports, then name who spoke before the verb; the clause up to the comma before that subject is
 * the subject's claim. The subject is the mention right after a comma that a verb of speech follows.
 */
function openingParticiple(a: Analysis, from: number, to: number): IndirectFound | null {
  const { toks } = a.view;
  let p = from;
  while (p < to && !isWord(toks[p])) p++;
  const t = toks[p];
  if (!t || !t.cap || !OPENING_PARTICIPLES.has(t.key)) return null;
  const that = toks[p + 1]?.key === 'that' ? p + 1 : t.key === 'pointing' && toks[p + 1]?.key === 'out' && toks[p + 2]?.key === 'that' ? p + 2 : -1;
  if (that < 0) return null;
  for (let k = that + 2; k < to && k <= that + OPENING_CLAUSE_TOKENS; k++) {
    if (toks[k]!.k === K.Quote) return null;
    if (!isPunct(toks[k], ',')) continue;
    const mi = a.ix.startAt[k + 1] ?? -1;
    if (mi < 0 || !speakerMention(a.ix, mi)) continue;
    let v = a.ix.mentions[mi]!.vj;
    for (let f = 0; f < 3 && toks[v]?.filler; f++) v++;
    if (!isSpeech(toks[v]) || toks[v]!.key.endsWith('ing')) continue;
    const b = firstWord(toks, that + 1, k);
    if (b < 0) return null;
    return { start: toks[b]!.s, end: toks[k - 1]!.e, local: { mention: mi, cue: p, how: 'before', confidence: 0.6, via: null } };
  }
  return null;
}

/** Words besides verbs of speech that may cue a reported claim in a sentence: one look-up rules the rest out. */
const CUE_WORDS = new Set(['according', 'pointing', 'let', ...VERB_NOUN_THAT, ...GAVE_FORMS, ...POINT_FORMS, ...JUDGED_THAT, ...TALK_FORMS, ...COMMA_CUES, ...MADE_FORMS, ...MANNER_THAT, ...VIEWS_EXPRESSED, ...DREW_FORMS, ...OPINION_NOUNS]);
/** Words that cue a claim only after a comma ("…, reports the agency", "…, so the fire brigade"). */
const CUES_AFTER_COMMA = new Set([...INVERTED_ONLY, 'so']);

/** The "that" of "made known that", "made it known that", "made to know that" at `k`; -1 when none. */
function madeKnownThat(toks: Tok[], k: number): number {
  if (!isWord(toks[k]) || toks[k]!.cap) return -1;
  // why: "The municipality let know that drinking water will be distributed": Afrikaans and Dutch report with "laat
  // weet" / "liet weten", which translations keep as "let know"
  if (toks[k]!.key === 'let') return isWord(toks[k + 1]) && toks[k + 1]!.key === 'know' && isWord(toks[k + 2]) && toks[k + 2]!.key === 'that' ? k + 2 : -1;
  const key = (j: number): string => (isWord(toks[j]) ? toks[j]!.key : '');
  // why: "The minister, speaking to the media, gave the assurance that the potato price will come down": Indian English
  // and translations report a promise as an assurance given, with its "that"
  if (GAVE_FORMS.has(toks[k]!.key)) {
    const n = key(k + 1) === 'the' || key(k + 1) === 'an' ? k + 2 : k + 1;
    return ASSURANCES.has(key(n)) && key(n + 1) === 'that' ? n + 1 : -1;
  }
  if (!MADE_FORMS.has(toks[k]!.key)) return -1;
  // ("made clear that", "made it clear that": said plainly; "the data make clear that" is a document's reading, so only
  // the past, which tells what someone did)
  // ("wanted to make clear that", "tried to make it clear that": an infinitive after someone's verb is theirs too)
  const done = toks[k]!.key === 'made' || (toks[k]!.key === 'make' && key(k - 1) === 'to');
  const known = (w: string): boolean => w === 'known' || (w === 'clear' && done);
  if (known(key(k + 1)) && key(k + 2) === 'that') return k + 2;
  if (key(k + 1) === 'it' && known(key(k + 2)) && key(k + 3) === 'that') return k + 3;
  return key(k + 1) === 'to' && key(k + 2) === 'know' && key(k + 3) === 'that' ? k + 3 : -1;
}

/** The claim a "that" at `that` opens for the verb at `k`, reported by the verb's subject; null when no one is found. */
function thatFrom(a: Analysis, k: number, that: number, last: number, end: number): IndirectFound | null {
  let mention = subjectOf(a.ix, k);
  if (mention < 0) mention = sentenceSubject(a.ix, k);
  const b = mention >= 0 ? claimAfterThat(a.view.toks, that, last) : -1;
  return b < 0 ? null : { start: a.view.toks[b]!.s, end, local: { mention, cue: k, how: 'before', confidence: 0.6, via: null } };
}

/**
 * The claim of a verb of speech that the sentence's subject joins with "and" after its last quoted phrase ("described
 * the delay as “a blow”, and said that the town will …"), when "that" or a subject pronoun follows the verb; null
 * otherwise ("a law that bars …" after the phrase is no report).
 */
function thatAfterPhrase(a: Analysis, quoted: number, to: number, last: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  for (let k = quoted + 2; k < to - 3; k++) {
    const t = toks[k]!;
    // why: "defended that the cut is «painful» and he remembered that the programme «Water for All», approved in
    // spring, has …": Catalan and Spanish translations ("va recordar que") join a second report with "and", its
    // subject's pronoun, and a verb of judging that reports its "that"; a name in marks may stand in that clause
    const judged = judgedThat(toks, k, to) >= 0;
    if (!judged && (!isSpeech(t) || t.cap || t.key.endsWith('ing') || !THAT_VERBS.has(SPEECH_VERBS.get(t.key)!))) continue;
    let j = k - 1;
    if (isWord(toks[j]) && toks[j]!.key === 'also') j--;
    if (isWord(toks[j]) && JOINED_SUBJECTS.has(toks[j]!.key) && !toks[j]!.cap) j--;
    if (!isWord(toks[j]) || (toks[j]!.key !== 'and' && toks[j]!.key !== 'but')) return null;
    // ("and said in a statement to the agency that …": the "that" may come after a setting, as anywhere)
    return thatAfter(toks, k, to) >= 0 || pronounClause(toks, k, to) >= 0 ? thatClaim(a, k - 1, to, last, end) : null;
  }
  return null;
}

/** Pronouns that repeat the sentence's subject after "and" before its second verb of speech ("and he recalled that"). */
const JOINED_SUBJECTS = new Set(['he', 'she', 'they']);
/** Words that mark a finite verb after a clause's subject ("the levy is", "the works will", "the Governor has"). */
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'cannot']);
/** Words that end the noun phrase such a clause opens on before any verb ("said the man who was …"). */
const PHRASE_ENDS = new Set(['who', 'which', 'that', 'whom', 'whose', 'when', 'where', 'while', 'because', 'if', 'after', 'before', 'as', 'and', 'or', 'but', 'to']);
/** Words that open the subject of a clause reported without "that" ("said the levy is", "admitted his turnover
 * dropped", "said most patients have"). */
const CLAUSE_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'most', 'many', 'some', 'several', 'all', 'a', 'an']);
/** Of those, the articles that as often open the verb's object ("announced a tariff imposed on …", "maintained an
 * energetic pace into advanced age"): their clause needs an auxiliary or a form of "be" or "have", not a past form. */
const OBJECT_ARTICLES = new Set(['a', 'an']);
/** Most words of the subject of a clause reported without "that". */
const NOUN_SUBJECT_WORDS = 8;
/** Irregular past forms that mark a reported clause's verb as "-ed" does ("said the embankment broke along 40
 * metres"); none of them is also a noun after "the". */
const IRREGULAR_PAST = new Set(['broke', 'fell', 'rose', 'went', 'came', 'took', 'began', 'grew', 'sank', 'froze', 'struck', 'became', 'gave', 'ran', 'made',
  'won', 'drove', 'flew', 'knew', 'thought', 'brought', 'bought', 'caught', 'fought', 'taught', 'sought']);
/** Lemmas whose object, not a clause, follows them ("told the committee", "promised the voters", "warned the residents"). */
const OBJECT_LEMMAS = new Set(['tell', 'inform', 'remind', 'answer', 'reply', 'respond', 'promise', 'warn', 'assure', 'guarantee', 'write', 'report', 'deny']);

/**
 * Where a reported clause opening on a noun phrase starts after the speech verb at `k` ("said the levy is not new",
 * "said the decision is final and …"): "the" right after the verb and, within a few words and before any comma or
 * relative, an auxiliary or a form of "be" or "have"; -1 when none ("said the minister", "said the bill would …" are
 * read elsewhere or are the verb's object).
 */
function nounClause(toks: Tok[], verb: number, to: number): number {
  if (OBJECT_LEMMAS.has(SPEECH_VERBS.get(toks[verb]!.key) ?? '') || toks[verb]!.key.endsWith('ing')) return -1;
  // why: "said on Monday the talks would continue", "said last week prices would rise": a time set between the verb
  // and the clause, as news writes it, is no part of the clause (as before a pronoun: see pronounClause)
  const k = pastTimeSetting(toks, verb);
  const t = toks[k + 1];
  // why: "Lavrov said Moscow was ready for talks", "Trump said Hillary Clinton would lose": a name of one or two
  // capitalised words right before a finite verb is the reported clause's subject
  // (a name's possessive opens a noun phrase as a determiner does: "said Russia's position had not changed")
  const owner = isWord(t) && t.cap && t.possessive;
  if (isWord(t) && t.cap && !owner) {
    let n = k + 1;
    while (n <= k + NAME_SUBJECT_WORDS && isWord(toks[n]) && toks[n]!.cap) n++;
    return isWord(toks[n]) && FINITE.has(toks[n]!.key) && n + 1 < to && isWord(toks[n + 1]) ? k + 1 : -1;
  }
  if (!isWord(t)) return -1;
  // why: "said prices would rise", "said officers were called at 10pm", "said inflation was easing": a noun with no
  // article, right before a finite verb, is the reported clause's subject (not an adverb: "said later was …" is rare
  // and "said again" reports nothing)
  if (bareSubject(t) && !owner && isWord(toks[k + 2]) && FINITE.has(toks[k + 2]!.key)) return k + 3 < to && isWord(toks[k + 3]) ? k + 1 : -1;
  // why: "said this was a mistake": a demonstrative alone before a finite verb is the subject, as "it" is
  if ((t.key === 'this' || t.key === 'these' || t.key === 'those') && isWord(toks[k + 2]) && FINITE.has(toks[k + 2]!.key)) return k + 3 < to && isWord(toks[k + 3]) ? k + 1 : -1;
  if (!(CLAUSE_DETERMINERS.has(t.key) || isNumeral(t.key) || owner)) return -1;
  // why: "said 2019 was the worst year", "said 40 were injured": a number alone may be the subject, before a finite verb
  if (isNumeral(t.key) && isWord(toks[k + 2]) && FINITE.has(toks[k + 2]!.key)) return k + 3 < to && isWord(toks[k + 3]) ? k + 1 : -1;
  for (let j = k + 3; j < to && j <= k + 2 + NOUN_SUBJECT_WORDS; j++) {
    const w = toks[j]!;
    // why: "said the sand mining and the dams upstream made the river poor in sediment": a subject of two noun
    // phrases joined by "and" before the verb is one subject
    if (w.key === 'and' && toks[j + 1]?.key === 'the') continue;
    if (w.k !== K.Word || PHRASE_ENDS.has(w.key) || isSpeech(w)) return -1;
    // why: "the Royal Velsk Police said a man aged 41 is feared drowned": a clause may open on "a" as on "the"
    if (FINITE.has(w.key) || (!OBJECT_ARTICLES.has(t.key) && (w.key.endsWith('ed') || IRREGULAR_PAST.has(w.key)) && !w.cap && !inLex(toks[j - 1]!, LEX.determiner))) return j + 1 < to && isWord(toks[j + 1]) ? k + 1 : -1;
  }
  return -1;
}

/** Most capitalised words of a name that opens a clause reported without "that" ("said Hillary Clinton would"). */
const NAME_SUBJECT_WORDS = 2;
/** Parts of a day a weekday may take after it ("on Monday night"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Spans of time "last" or "this" make a setting of ("last week", "this month"). */
const TIME_SPANS = new Set(['week', 'month', 'year', 'weekend']);

/** The last token of a time setting right after token `k` ("on Monday", "Tuesday night", "last week", "yesterday"),
 * else `k`. */
function pastTimeSetting(toks: Tok[], k: number): number {
  let j = k + 1;
  if (toks[j]?.key === 'on' && WEEKDAYS.has(toks[j + 1]?.key ?? '')) j++;
  if (WEEKDAYS.has(toks[j]?.key ?? '')) return DAY_PARTS.has(toks[j + 1]?.key ?? '') ? j + 1 : j;
  if ((toks[j]?.key === 'last' || toks[j]?.key === 'this') && TIME_SPANS.has(toks[j + 1]?.key ?? '')) return j + 1;
  return toks[j]?.key === 'yesterday' || toks[j]?.key === 'today' ? j : k;
}

/**
 * "told reporters the report would be published", "told the BBC the talks had failed": after "told" and whom it was
 * told to (a few words, no verb among them), a clause opening on a noun phrase is reported as after "said"; where it
 * starts, else -1 ("told the committee the truth" holds no verb after its second noun phrase, and reports nothing).
 */
function toldNounClause(toks: Tok[], k: number, to: number): number {
  if (SPEECH_VERBS.get(toks[k]!.key) !== 'tell' || toks[k]!.key.endsWith('ing')) return -1;
  for (let j = k + 1; j <= k + TOLD_OBJECT_WORDS && j < to; j++) {
    const w = toks[j]!;
    if (w.k !== K.Word || isSpeech(w) || FINITE.has(w.key) || PHRASE_ENDS.has(w.key)) return -1;
    // (the object ends on a noun: not on its article)
    if (inLex(w, LEX.determiner)) continue;
    const clause = nounClause(toks, j, to);
    if (clause >= 0) return clause;
  }
  return -1;
}

/** Words that stand between a verb and its clause without being its subject. */
const NOT_BARE_SUBJECTS = new Set(['again', 'also', 'later', 'then', 'now', 'today', 'yesterday', 'tonight', 'here', 'so', 'too', 'once', 'still',
  'only', 'just', 'even', 'ever', 'never', 'not', 'earlier', 'previously', 'instead', 'afterwards', 'there', 'it', 'that', 'this', 'what', 'which',
  'who', 'how', 'why', 'when', 'where', 'whether', 'if', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'and', 'or', 'but']);
/** A word that may be a subject with no article: a plural or a mass noun ("prices", "inflation"), no adverb in -ly. */
const bareSubject = (t: Tok): boolean =>
  t.key.length > 2 && /^\p{L}+$/u.test(t.key) && !t.key.endsWith('ly') && !NOT_BARE_SUBJECTS.has(t.key) && !inLex(t, LEX.pronoun | LEX.determiner | LEX.speechVerb);

/** Number words that open a clause's subject as an article does ("said two people were injured"). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens',
  'hundreds', 'thousands', 'millions', 'several', 'both']);
/** Whether a word is a number in digits ("40", "3,000") or one of the number words. */
const isNumeral = (key: string): boolean => NUMBER_WORDS.has(key) || /^\d[\d,.]*$/.test(key);

/** Whether a verb of speech in `toks[from, to)` reports a clause of its own ("…, while others said they had not …"). */
function reportsAgain(toks: Tok[], from: number, to: number, addedApart = false): boolean {
  for (let k = from; k < to - 2; k++) {
    if (!isSpeech(toks[k]) || (addedApart && addedThat(toks, k) >= 0)) continue;
    if (toks[k + 1]!.key === 'that' || pronounClause(toks, k, to) >= 0 || nounClause(toks, k, to) >= 0) return true;
  }
  return false;
}

/** Words that open an indirect question ("why he felt", "how she voted"). */
const QUESTION_WORDS = new Set(['why', 'how', 'what', 'whether', 'where', 'when', 'who']);
/** Most tokens of a setting before a reported clause without "that" ("said in an interview on Monday he …"). */
const SETTING_CLAUSE_TOKENS = 7;
/** Subject pronouns that open a reported clause without "that". */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Most words between "told" and the clause it reports ("told the committee he …"). */
const TOLD_OBJECT_WORDS = 3;

/**
 * Where a reported clause opening on a subject pronoun starts after the speech verb at `k` ("said he would", "told
 * reporters she will"), followed by a word in lower case and at least one more; -1 when none. "…, said he." (an
 * inverted cue) and "he said he" are no clause of this kind.
 */
function pronounClause(toks: Tok[], k: number, to: number): number {
  let j = k + 1;
  if (SPEECH_VERBS.get(toks[k]!.key) === 'tell') {
    while (j < k + 1 + TOLD_OBJECT_WORDS && isWord(toks[j]) && !opensClause(toks, j)) j++;
  }
  // why: "said on Monday he would …", "stated in the interview she will …": a setting may stand before the clause, as
  // before a "that"; a pronoun right after its preposition ("said after he arrived") opens a clause of time, not the claim
  const next = toks[k + 1];
  if (j === k + 1 && isWord(next) && (SETTINGS.has(next.key) || WHEN_WORDS.has(next.key))) {
    let w = k + 2;
    // ("explained to the president why he …": a question word opens what was explained, no claim)
    while (w < k + 1 + SETTING_CLAUSE_TOKENS && isWord(toks[w]) && !CLAUSE_SUBJECTS.has(toks[w]!.key) && !isSpeech(toks[w]) && !PHRASE_ENDS.has(toks[w]!.key) &&
      !QUESTION_WORDS.has(toks[w]!.key)) w++;
    if (CLAUSE_SUBJECTS.has(toks[w]?.key ?? '') && !SETTINGS.has(toks[w - 1]!.key) && !PHRASE_ENDS.has(toks[w - 1]!.key)) j = w;
  }
  const subject = toks[j];
  const verb = toks[j + 1];
  if (!isWord(subject) || !opensClause(toks, j) || (subject.cap && subject.key !== 'i') || !isWord(verb) || verb.cap || j + 2 >= to) return -1;
  return isSpeech(verb) ? -1 : j;
}

/** Pronouns that open a reported clause only before a finite verb: "said it would appeal", "said there was no risk"
 * ("said it twice" reports no clause). */
const EXPLETIVE_SUBJECTS = new Set(['it', 'there']);

/** Whether view token `j` is a subject pronoun a reported clause without "that" may open on. */
function opensClause(toks: Tok[], j: number): boolean {
  const key = toks[j]!.key;
  return CLAUSE_SUBJECTS.has(key) || (EXPLETIVE_SUBJECTS.has(key) && FINITE.has(toks[j + 1]?.key ?? '')) || (key === 'it' && pastVerb(toks[j + 1]) && toks[j + 2]?.key !== 'that');
}

/**
 * why: "She said it took ten years", "said it needed more money": "it" before a verb in the past tense or the third
 * person opens a clause as before "was"; "said it twice", "said it loudly" hold an adverb there, no verb. ("said it
 * determined that …" reports the "that" clause, as "said that it determined …" would.)
 */
function pastVerb(t: Tok | undefined): boolean {
  if (!isWord(t) || t.cap || t.key.endsWith('ly') || t.key.length < 4 || FUNCTION_AFTER_IT.has(t.key)) return false;
  return IRREGULAR_PAST.has(t.key) || t.key.endsWith('ed') || (t.key.endsWith('s') && !t.key.endsWith('ss'));
}
/** Words ending like verbs that follow "said it" without being one ("said it always", "said it afterwards"). */
const FUNCTION_AFTER_IT = new Set(['this', 'thus', 'unless', 'towards', 'afterwards', 'always', 'perhaps', 'across', 'nevertheless', 'regardless',
  'besides', 'indeed', 'instead', 'ahead', 'abroad']);

/**
 * The that-clause a participle of speech adds after a sentence's last quotation ("“…”, the minister said, adding that
 * …"), reported by the speaker of the verb between them, else by the sentence's subject; null when there is none.
 */
function addedAfterQuote(a: Analysis, quoted: number, to: number, last: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  for (let k = quoted + 2; k < to - 2; k++) {
    const t = toks[k]!;
    // why: "criticized the office as “always too late”, pointing out that the market was reported last year": the
    // phrasal participle adds a claim after a quotation as "adding that" does
    const pointing = pointingOut(toks, k);
    if (!pointing && (!isSpeech(t) || !t.key.endsWith('ing') || !isPunct(toks[k - 1], ',') || !THAT_VERBS.has(SPEECH_VERBS.get(t.key)!))) continue;
    const that = pointing ? k + 2 : thatAfter(toks, k, to);
    if (that < 0) return null;
    let mention = -1;
    for (let v = quoted + 1; v < k && mention < 0; v++) if (isSpeech(toks[v]) && !toks[v]!.key.endsWith('ing')) mention = verbSpeaker(a.ix, v)?.mention ?? -1;
    if (mention < 0) mention = sentenceSubject(a.ix, k);
    if (mention < 0) return null;
    const b = claimAfterThat(toks, that, last);
    if (b < 0) return null;
    return { start: claimStart(a.view.text, toks[b]!.s), end, local: { mention, cue: k, how: 'before', confidence: 0.6, via: null } };
  }
  return null;
}

/**
 * The first word of the claim a "that" at `that` opens, before the sentence's last word `last`, or -1: "admitted that,
 * given the divide, …" opens on its first word, not on the comma; in "said that was a mistake" the "that" is the claim's
 * subject.
 */
const claimAfterThat = (toks: Tok[], that: number, last: number): number =>
  firstWord(toks, THAT_SUBJECT_VERBS.has(toks[that + 1]?.key ?? '') ? that : that + 1, last);

/** The first word at or after `b` and before `last`, or -1. */
/** Where a reported clause opening at offset `s` starts: before a currency sign written against its first number ("$5 million"). */
function claimStart(text: string, s: number): number {
  const c = text[s - 1];
  return c === '$' || c === '€' || c === '£' || c === '¥' || c === '₹' ? s - 1 : s;
}

function firstWord(toks: Tok[], b: number, last: number): number {
  while (b < last && !isWord(toks[b])) b++;
  return b < last ? b : -1;
}

/** How many tokens a wire dateline may take before its dash ("CAMBRIDGE, Mass., Dec. 11 (UPI) —"). */
const DATELINE_TOKENS = 16;

/**
 * Where the sentence from `from` starts past a wire dateline opening its paragraph ("LYON, France, March 3 (AFP) —
 * …"): the token after the dash that follows the agency's parenthesis; `from` when there is none before `to`.
 */
/**
 * "In the words of the minister X, …", "As stated by the mayor, …", "By his words, …": translations open a reported
 * claim with its source in phrases other than "according to"; the claim is what follows the phrase's comma.
 */
function phrasedClaim(a: Analysis, from: number, to: number, end: number): IndirectFound | null {
  const { toks } = a.view;
  const phrased = phraseLead(a, from, to);
  if (!phrased) return null;
  const m = a.ix.mentions[phrased.mention]!;
  // why: "In the view of the lawyer the accounting was chaotic": German and Luxembourgish ("Nach Ansicht des Anwalts
  // war …") set no comma after the phrase; a clause opening on "the" right after the source is what it holds
  const lead = toks[phrased.cue];
  const opens = toks[m.vj];
  if (lead !== undefined && LEAD_NOUNS.has(lead.key) && m.type !== 'pronoun' && isWord(opens) && !opens.cap && opens.key === 'the' && m.vj + 3 < to && opens.s < end)
    return { start: opens.s, end, local: { mention: phrased.mention, cue: phrased.cue, how: phrased.how ?? 'according-to', confidence: 0.7, via: null } };
  // ("As Ivan Petrov, head of the department, told the correspondent, …": with the source before its verb, the claim
  // follows the comma after the verb's phrase)
  const before = phrased.how === 'before';
  const after = before ? phrased.cue + 1 : m.vj;
  let c = after;
  while (c < to && c < after + SOURCE_PHRASE_TOKENS && !isPunct(toks[c], ',')) c++;
  if (!isPunct(toks[c], ',') || c + 3 >= to || toks[c + 1]!.s >= end) return null;
  const named = before ? -1 : appositiveName(a, phrased.mention, c, to);
  if (before) {
    // (the verb's phrase is read whole)
  } else if (named >= 0) c = a.ix.mentions[named]!.vj;
  // why: "In the opinion of Zhou Min, professor of law at the city's university, the fines are not enough": the
  // source's office set off after the name is no part of the claim, as after "according to"
  else c = pastSourceOffice(a, phrased.mention, c, to);
  if (!toks[c + 1] || toks[c + 1]!.s >= end) return null;
  return { start: toks[c + 1]!.s, end, local: { mention: named >= 0 ? named : phrased.mention, cue: phrased.cue, how: phrased.how ?? 'according-to', confidence: 0.75, via: null } };
}

/** Whether the sentence at `from` opens on a word that may start a source phrase ("In the words of", "By his words"). */
function opensOnPhrase(toks: Tok[], from: number): boolean {
  let k = from;
  while (k < toks.length && !isWord(toks[k])) k++;
  const w = toks[k]?.key;
  return w === 'in' || w === 'by' || w === 'as' || w === 'according' || w === 'for' || w === 'from';
}

/** Whether mention `m` after an opening "For" is one person whose view a clause can be: a name, an office ("the
 * mayor") or "him" or "her"; not a body, a crowd ("the residents") or a possessive ("For his part"). */
function viewHolder(m: Mention): boolean {
  if (m.possessive || m.plural || m.kind === 'place') return false;
  if (m.type === 'pronoun') return m.words[0] === 'him' || m.words[0] === 'her';
  return m.kind === 'person';
}

/** Finite verbs of the present and the future, in which a view is given ("the problem is", "the children are"). */
const PRESENT_FINITE = new Set(['is', 'are', 'has', 'have', 'will', 'must', 'can', 'cannot', 'should', 'remains', 'remain']);
/** Most tokens read for the clause's finite verb. */
const VIEW_VERB_TOKENS = 12;

/** Whether the clause at `from` has a finite verb of the present or the future, before any comma, quotation or verb in
 * the past ("was", "had"). */
function presentClause(toks: Tok[], from: number, to: number): boolean {
  for (let j = from; j < to && j < from + VIEW_VERB_TOKENS; j++) {
    const t = toks[j]!;
    if (t.k !== K.Word || FINITE.has(t.key) && !PRESENT_FINITE.has(t.key)) return false;
    if (PRESENT_FINITE.has(t.key)) return j > from;
  }
  return false;
}

/** Nouns after "in the … of" that introduce a claim's source ("in the words of", "in the opinion of", "in the view of"). */
const LEAD_NOUNS = new Set(['words', 'opinion', 'view', 'estimate', 'estimation', 'assessment', 'judgement', 'judgment']);
/** Participles after "as" that introduce a claim's source with "by" ("as stated by", "as reported by"). */
const AS_BY = new Set(['stated', 'reported', 'said', 'noted', 'announced', 'explained', 'quoted', 'cited', 'confirmed', 'claimed']);
/** Adverbs between such a participle and its "by" ("as reported earlier by"). */
const AS_ADVERBS = new Set(['earlier', 'previously', 'already', 'first', 'also']);
/** Verbs of reporting after the subject of "as" ("As RIA Novosti reports, …"), which the verbs of speech leave out as
 * nouns elsewhere ("reports", "notes"). */
const AS_REPORTS = new Set(['reports', 'writes', 'notes', 'informs', 'says', 'states', 'reported', 'wrote', 'noted', 'stated']);
/** Verbs after "as" that come before their speaker in translations ("As told Ukrinform the mayor X, …"). */
const AS_TOLD = new Set(['told', 'reported', 'said', 'stated', 'noted', 'announced', 'explained', 'informed', 'specified', 'declared', 'emphasized', 'emphasised']);

/**
 * The source mention of a phrase opening the sentence at `from` that attributes what follows the comma: "In the words
 * of X", "In the opinion of X", "According to the words of X", "As stated by X", "By his words" (the cue is the phrase's
 * noun or participle); null when none opens it.
 */
function phraseLead(a: Analysis, from: number, to: number): { mention: number; cue: number; how?: How } | null {
  const { toks } = a.view;
  let k = from;
  while (k < to && !isWord(toks[k])) k++;
  const key = (n: number) => (isWord(toks[n]) ? toks[n]!.key : '');
  const at = (n: number) => a.ix.startAt[n] ?? -1;
  // "In the words of X", "According to the words of X"
  // ("From the words of the witness, …": Russian "со слов", what one has from someone's words)
  let n = key(k) === 'in' || (key(k) === 'from' && key(k + 2) === 'words') ? k + 1 : key(k) === 'according' && key(k + 1) === 'to' ? k + 2 : -1;
  if (n > 0 && key(n) === 'the' && LEAD_NOUNS.has(key(n + 1)) && key(n + 2) === 'of' && at(n + 3) >= 0) return { mention: at(n + 3), cue: n + 1 };
  // "As stated by X", "As reported earlier by X"
  if (key(k) === 'as' && AS_BY.has(key(k + 1)) && key(k + 2) === 'by' && at(k + 3) >= 0) return { mention: at(k + 3), cue: k + 1 };
  if (key(k) === 'as' && AS_BY.has(key(k + 1)) && AS_ADVERBS.has(key(k + 2)) && key(k + 3) === 'by' && at(k + 4) >= 0) return { mention: at(k + 4), cue: k + 1 };
  // why: "As he informed the PAP agency, …", "As she told reporters, …": the speaker before the verb, a pronoun (not
  // the paper's own "As we reported, …")
  // (a name of one word before the verb is read below, as a longer one is: "As Ruiz said on Friday, …")
  const pro = key(k) === 'as' && AS_TOLD.has(key(k + 2)) && a.ix.mentions[at(k + 1)]?.type === 'pronoun' ? at(k + 1) : -1;
  if (pro >= 0 && a.ix.mentions[pro]!.vj === k + 2 && speakerMention(a.ix, pro) && !PAPER_SUBJECTS.has(key(k + 1)))
    return { mention: pro, cue: k + 2, how: 'before' };
  // why: "As Ivan Petrov, head of the department, told the correspondent, …", "As the mayor Ana Ruiz explained, …": a
  // name or a person's description before the verb, past the description set off after it
  const subject = key(k) === 'as' ? at(k + 1) : -1;
  if (subject >= 0 && pro < 0) {
    const m = a.ix.mentions[subject]!;
    const verb = pastSetOff(toks, pastApposed(a, subject), to);
    // ("As Ana Ruiz put it, …": the idiom reports as "As Ana Ruiz said" does)
    const putIt = key(verb) === 'put' && key(verb + 1) === 'it' && isPunct(toks[verb + 2], ',');
    if ((m.type === 'name' || (m.type === 'desc' && m.kind === 'person')) && m.kind !== 'place' && !m.possessive && !m.plural && (AS_TOLD.has(key(verb)) || putIt) &&
      !PAPER_SUBJECTS.has(key(k + 1)) && speakerMention(a.ix, subject)) return { mention: subject, cue: verb, how: 'before' };
  }
  // why: "As RIA Novosti reports, …", "As the ministry notes, …", "As the correspondent of Kazinform reports, …": a body, a
  // paper or its reporter before a verb of reporting and its comma (the reporter's agency is then the source)
  if (subject >= 0 && pro < 0) {
    const m = a.ix.mentions[subject]!;
    if (AS_REPORTS.has(key(m.vj)) && isPunct(toks[m.vj + 1], ',') && m.kind !== 'place' && !m.possessive && !PAPER_SUBJECTS.has(key(k + 1)) && speakerMention(a.ix, subject))
      return { mention: subject, cue: m.vj, how: 'before' };
  }
  // why: "As informed in the press service of the city hall, …": translations from
  // Russian give the office of a body, after "in", as who told
  const inBody = key(k) === 'as' && AS_TOLD.has(key(k + 1)) && key(k + 2) === 'in' ? k + 3 : -1;
  if (inBody > 0 && at(inBody) >= 0 && a.ix.mentions[at(inBody)]!.type === 'desc' && a.ix.mentions[at(inBody)]!.kind === 'organization' && !a.ix.mentions[at(inBody)]!.possessive)
    return { mention: at(inBody), cue: k + 1, how: 'before-inverted' };
  // "As told Ukrinform the Irpin mayor Taras Melnyk, …", "As reported the head of the region, …": translations from
  // Russian and Ukrainian ("Как рассказал …") put the verb before its speaker, with the venue told between
  if (key(k) === 'as' && AS_TOLD.has(key(k + 1)) && at(k + 2) >= 0) {
    let mi = at(k + 2);
    const m = a.ix.mentions[mi]!;
    const next = at(m.vj);
    if (next >= 0 && (a.ix.mentions[next]!.type === 'desc' || a.ix.mentions[next]!.type === 'name') && a.ix.mentions[next]!.kind !== 'place') mi = next;
    const sp = a.ix.mentions[mi]!;
    // (a verb with its speaker after it: where the words were told is read from the verb, as after any inverted cue)
    if ((sp.type === 'name' || (sp.type === 'desc' && sp.kind === 'person')) && sp.kind !== 'place' && !sp.possessive) return { mention: mi, cue: k + 1, how: 'before-inverted' };
  }
  // why: "For the president, the problem of housing is one of supply", "For her, the children are the ones who lose":
  // Romance translations ("Para o presidente", "Pour elle") give whose view the clause is with "for"; one person's,
  // and a view in the present tense ("For Ruiz, the defeat was a blow" tells the story)
  const viewer = key(k) === 'for' ? at(k + 1) : -1;
  if (viewer >= 0 && isPunct(toks[a.ix.mentions[viewer]!.vj], ',') && viewHolder(a.ix.mentions[viewer]!) && presentClause(toks, a.ix.mentions[viewer]!.vj + 1, to))
    return { mention: viewer, cue: k, how: 'after' };
  // "By his words", "In her words", "From his words"
  // why: "In his opinion, prices will fall", "In her view, …" (Russian "по его мнению"): the view a pronoun's owner holds,
  // as "In the opinion of the expert" is the expert's
  n = key(k) === 'by' || key(k) === 'in' || key(k) === 'from' ? k + 1 : -1;
  const noun = key(n + 1);
  if (n > 0 && (key(n) === 'his' || key(n) === 'her' || key(n) === 'their') && (noun === 'words' || (key(k) === 'in' && LEAD_NOUNS.has(noun))) && isPunct(toks[n + 2], ',') &&
    at(n) >= 0) return { mention: at(n), cue: n + 1 };
  return null;
}

/** Most tokens of a description set off by commas after a name ("Ivan Petrov, head of the department, told"). */
const SET_OFF_TOKENS = 10;

/** Past a description set off by commas at `j` (the token after its closing comma), else `j` itself. */
function pastSetOff(toks: Tok[], j: number, to: number): number {
  if (!isPunct(toks[j], ',')) return j;
  for (let k = j + 1; k < to && k <= j + SET_OFF_TOKENS; k++) {
    if (isPunct(toks[k], ',')) return k + 1;
    if (!isWord(toks[k]) || isSpeech(toks[k])) return j;
  }
  return j;
}

function pastDateline(toks: Tok[], from: number, to: number): number {
  if (from > 0 && toks[from - 1]!.k !== K.Break && toks[from - 1]!.para === toks[from]!.para) return from;
  for (let k = from + 1; k < to && k <= from + DATELINE_TOKENS; k++) {
    if (isPunct(toks[k], ')')) return isPunct(toks[k + 1], '—–-') && k + 2 < to ? k + 2 : from;
    if (toks[k]!.k === K.Quote) return from;
  }
  return from;
}

/**
 * The name set off by commas right after the comma `c` that closes the source `mi` of "According to …", when it stands
 * for the same person ("the health minister, Ana Ruiz,") and the claim still has words after it; else -1.
 */
function appositiveName(a: Analysis, mi: number, c: number, to: number): number {
  const n = a.ix.startAt[c + 1] ?? -1;
  if (n < 0) return -1;
  const m = a.ix.mentions[mi]!;
  const name = a.ix.mentions[n]!;
  const { toks } = a.view;
  if (name.type !== 'name' || name.possessive || !isPunct(toks[name.vj], ',')) return -1;
  // ("According to Kepala Pelaksana BPBD Trenggalek, Hariyono Wibisono, …": or after an office written as a name of three
  // words or more, none of them the person's)
  const office = m.type === 'name' && m.words.length >= 3 && name.kind === 'person' && name.words.length >= 2 && !m.words.some((w) => name.words.includes(w));
  // ("Segundo o director provincial de Terra e Ambiente de Sofala, Jacinto Muianga, …": a person's name set off right
  // after a person's description restates it, whatever the description was resolved to)
  const restated = m.type === 'desc' && m.kind === 'person' && !m.plural && name.kind === 'person';
  if (!office && !restated && (name.entity < 0 || name.entity !== m.entity)) return -1;
  return name.vj + 3 < to ? n : -1;
}

/** Joining words a claim does not end on when a quotation follows it (", but „…”", ", and said: „…”"). */
const BEFORE_QUOTE = new Set(['but', 'and', 'that', 'saying', 'adding', 'while']);

/** Fewest words of the reporter's clause before a quotation for it to be a claim. */
const CLAUSE_BEFORE_QUOTE_WORDS = 5;

/**
 * Where the reporter's words end before the quotation at view token `q`, when a comma or a semicolon closes them first
 * (", but „…”"): past it and a joining word; -1 when the quotation goes on their clause ("Obama said „…”", "shirts
 * that read „…”": the quotation is what they say) or they are too few words for a claim.
 */
function beforeQuotation(a: Analysis, q: number, from: number): number {
  const { toks, sent } = a.view;
  let k = q - 1;
  let closed = false;
  while (k > from && (toks[k]!.k !== K.Word || BEFORE_QUOTE.has(toks[k]!.key))) {
    if (toks[k]!.k === K.Break || (toks[k]!.k === K.Punct && toks[k]!.key === ':')) return -1;
    if (toks[k]!.k === K.Punct && (toks[k]!.key === ',' || toks[k]!.key === ';')) closed = true;
    k--;
  }
  let words = 0;
  for (let j = k; j > from && sent[j] === sent[k]; j--) {
    if (toks[j]!.k !== K.Word) continue;
    words++;
    // ("his salespersons were told, „…”", "X said Friday that if …, „…”": a verb of speech in the clause introduces
    // the quotation, which says what the clause reports)
    if (isSpeech(toks[j]) && !toks[j]!.key.endsWith('ing')) return -1;
  }
  return closed && words >= CLAUSE_BEFORE_QUOTE_WORDS ? toks[k]!.e : -1;
}

/** Conjunctions that join a clause holding a closing quotation to the reported clause before it. */
const QUOTE_JOINERS = new Set(['but', 'because', 'and', 'while', 'since']);
/** Most tokens from such a conjunction to the quotation it joins. */
const JOINED_CLAUSE_TOKENS = 12;
/** Fewest words of a sentence opened by "According to X," up to such a conjunction for the rest to be a claim. */
const JOINED_SENTENCE_WORDS = 8;

/**
 * The conjunction that joins the clause holding the quotation at `q` to the reported clause before it ("…ready for
 * talks but “…”", "…leaving the job because ‘…’", "…since 2020 and the price of gas has made the furnaces « … »"); an
 * "and" only when it opens a clause with a finite verb before the quotation; -1 when none, when a comma, colon or verb
 * of speech comes first, or when too few words precede it.
 */
function joinedBeforeQuotation(toks: Tok[], from: number, q: number): number {
  let finite = false;
  for (let k = q - 1; k > from && k >= q - JOINED_CLAUSE_TOKENS; k--) {
    const t = toks[k]!;
    if (t.k !== K.Word) {
      if (t.k === K.Punct || t.k === K.Break || t.k === K.Quote) return -1;
      continue;
    }
    if (isSpeech(t)) return -1;
    if (QUOTE_JOINERS.has(t.key) && !t.cap) {
      // ("and" joins nouns as often as clauses: "prices of bread and « other staples »" is one clause; a clause has a verb)
      if (t.key === 'and' && !finite) return -1;
      return wordsIn(toks, from, k) >= JOINED_SENTENCE_WORDS ? k : -1;
    }
    if (FINITE.has(t.key)) finite = true;
  }
  return -1;
}

/** Most tokens of an office set off by commas after a source's name ("Chairman of the People's Committee of X commune"). */
const OFFICE_APPOSITION_TOKENS = 14;

/**
 * The comma that closes an office set off after the name `mi` whose comma is `c` ("Mr. Vinh, Chairman of the People's
 * Committee of Tân Lập commune, …", "X, the head of the district office, …"); `c` when none follows it.
 */
function pastSourceOffice(a: Analysis, mi: number, c: number, to: number): number {
  const { toks } = a.view;
  const m = a.ix.mentions[mi]!;
  const first = toks[c + 1];
  if (!isWord(first)) return c;
  // ("According to the prefecture, which published a press release, …": a relative clause about any source)
  if (m.type !== 'name' && !(!first.cap && (first.key === 'which' || first.key === 'who' || first.key === 'whose'))) return c;
  const at = a.ix.startAt[c + 1] ?? -1;
  // (a description that a comma closes: "officials will meet on Monday, …" is the claim's own subject and verb)
  // ("PLtCol. Rodelio Agcaoili, the chief of police of Laoag City, …": or by the place it serves and then a comma)
  const described = at >= 0 && a.ix.mentions[at]!.type === 'desc' && a.ix.mentions[at]!.kind === 'person' ? a.ix.mentions[at]!.vj : -1;
  const desc = described >= 0 && (isPunct(toks[described], ',') || (OFFICE_LINKS.has(toks[described]?.key ?? '') && isWord(toks[described + 1]) && toks[described + 1]!.cap));
  // ("Mr. Ana Ruiz, head of the harbour office, …": an office in lower case is one when its body follows it)
  const office = inLex(first, LEX.title) || inLex(first, LEX.personNoun);
  // ("According to Ana Ruiz, who chairs the committee, the report …": a relative clause about the source, set off by
  // commas, is no part of the claim either)
  // ("According to the daily Le Pays, which interviewed the governor, …": "which" after a name no person's too)
  const relative = !first.cap && (first.key === 'who' || first.key === 'whose' || (first.key === 'which' && (m.type !== 'name' || !personEntity(a, mi))));
  // ("According to Natalia Reyes, a biologist at the National University and a member of the “Living Swamp” group, …":
  // a description of a person that goes on with where they work, with no verb of its own before its comma, however long,
  // and a name in marks inside it is part of it)
  const longDescription = !desc && described >= 0 && m.type === 'name' && (OFFICE_LINKS.has(toks[described]?.key ?? '') || toks[described]?.key === 'and');
  if (!desc && !relative && !longDescription && !(office && (first.cap || OFFICE_LINKS.has(toks[c + 2]?.key ?? '')))) return c;
  const reach = longDescription ? DESCRIPTION_APPOSITION_TOKENS : OFFICE_APPOSITION_TOKENS;
  for (let k = c + 2; k < to && k <= c + reach; k++) {
    // (a relative clause may hold a verb of speech: "According to Ruiz, who spoke to Radio Sur on Monday, …")
    if ((isSpeech(toks[k]) && !relative) || (toks[k]!.k === K.Quote && !(longDescription && wordsOf(a.view.text, toks[k]!) <= NAME_IN_MARKS_WORDS))) return c;
    if (longDescription && isWord(toks[k]) && FINITE.has(toks[k]!.key)) return c;
    if (isPunct(toks[k], ',')) return k + 3 < to ? k : c;
  }
  return c;
}

/** Most tokens of such a description of a person, to its comma. */
const DESCRIPTION_APPOSITION_TOKENS = 24;
/** Most words of a name in marks inside a source's description ("a member of the “Living Swamp” group"). */
const NAME_IN_MARKS_WORDS = 4;

/** Whether mention `mi` stands for a person, as its entity or, with none, as the mention reads. */
function personEntity(a: Analysis, mi: number): boolean {
  const m = a.ix.mentions[mi]!;
  return (m.entity >= 0 ? a.entities[m.entity]!.kind : m.kind) === 'person';
}

/** Words that join an office to its body ("head of", "director at", "spokesman for"). */
const OFFICE_LINKS = new Set(['of', 'at', 'for']);

/** A mention (and an organisation) for a coordinated source such as "the Red Cross and local groups". */
function groupMention(a: Analysis, vi: number, vj: number): number {
  const { toks, text } = a.view;
  const first = toks[vi]!;
  const surface = text.slice(first.s, toks[vj - 1]!.e);
  const entity = entityForLabel(a.entities, [surface.toLowerCase()], surface.replace(/^(the|a|an)\s+/i, ''), 'organization');
  a.ix.mentions.push({
    type: 'name', vi, vj, s: first.s, e: toks[vj - 1]!.e, words: [surface.toLowerCase()], surface, roles: [], kind: 'organization',
    possessive: false, subject: false, plural: true, sent: a.view.sent[vi]!, para: first.para, owner: null, gender: null, entity,
  });
  return a.ix.mentions.length - 1;
}
