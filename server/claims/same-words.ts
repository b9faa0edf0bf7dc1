import type { ClaimStatus } from './list-query';
import { SAME_WORDS_COUNTED, type SameWordsTally } from './page-repository';

/**
 * What a claim's page says of the other claims holding its words: agency copy republished by several outlets, a
 * quotation picked up from one paper by the next. A desk that checked the words once sees that verdict here, and where
 * two articles give the same words to different people, or reviewers disagree on them, the page says so first.
 */
export interface SameWordsSummary {
  /** "3 other claims hold these words: 1 verified, 2 not reviewed yet." */
  countLine: string;
  /** "2 of them give the words to someone else.": the attribution to check; null when none names another speaker. */
  speakerLine: string | null;
  /** Among them and this claim, some were verified and some disputed. */
  verdictsDisagree: boolean;
}

/** Each status in the summary's order, with its words. */
const STATUS_WORDS: ReadonlyArray<readonly [ClaimStatus, string]> = [
  ['verified', 'verified'],
  ['disputed', 'disputed'],
  ['needs_translation_review', 'waiting for a translation review'],
  ['unreviewed', 'not reviewed yet'],
];

const count = (n: number) => n.toLocaleString('en');

/** The summary of the other claims holding the words of a claim, given whether it names a speaker and its status. */
export function summariseSameWords(same: SameWordsTally, own: { hasSpeaker: boolean; status: ClaimStatus }): SameWordsSummary {
  const n = same.count;
  if (n === 0) return { countLine: 'No other claim holds these words.', speakerLine: null, verdictsDisagree: false };
  const atLeast = n >= SAME_WORDS_COUNTED ? 'At least ' : '';
  const subject = n === 1 ? `${atLeast}1 other claim holds` : `${atLeast}${count(n)} other claims hold`;
  const parts = STATUS_WORDS.filter(([s]) => (same.by_status[s] ?? 0) > 0).map(([s, words]) => `${count(same.by_status[s] ?? 0)} ${words}`);
  const countLine = `${subject} these words: ${parts.join(', ')}.`;
  const others = same.other_speakers;
  let speakerLine: string | null = null;
  if (others > 0) {
    const [verb, verbs, what] = own.hasSpeaker ? ['gives', 'give', 'the words to someone else.'] : ['names', 'name', 'who said the words; this claim names no one.'];
    speakerLine = n === 1 ? `It ${verb} ${what}`
      : others === n ? `All of them ${verbs} ${what}`
      : `${count(others)} of them ${others === 1 ? verb : verbs} ${what}`;
  }
  const held = (s: ClaimStatus) => own.status === s || (same.by_status[s] ?? 0) > 0;
  const verdictsDisagree = held('verified') && held('disputed');
  return { countLine, speakerLine, verdictsDisagree };
}

/** A claim as a list of them is summarised: its status, whether it names a speaker, and its words' counts elsewhere. */
export interface ClaimWithSameWords {
  status: ClaimStatus;
  speaker_id: number | null;
  same_words: SameWordsTally | null;
}

/** What is said beside a claim of the other claims holding its words (an article's page, its report); null when none. */
export function sameWordsOf(c: ClaimWithSameWords): SameWordsSummary | null {
  return c.same_words && summariseSameWords(c.same_words, { hasSpeaker: c.speaker_id !== null, status: c.status });
}

/**
 * What a list of claims (an article's) says of the words they share with other claims, in sentences: how many share
 * them, how many of those the desk already gave a verdict elsewhere, where verdicts disagree and where another claim
 * names someone else; null when none shares its words. An agency story imported after a colleague checked another
 * outlet's copy shows at once what is done and what needs a look.
 */
export function summariseListSameWords(claims: readonly ClaimWithSameWords[]): { lead: string; warnings: string[]; judged: number } | null {
  let shared = 0;
  let judged = 0;
  let disagree = 0;
  let otherSpeaker = 0;
  for (const c of claims) {
    if (!c.same_words || c.same_words.count === 0) continue;
    shared += 1;
    const s = c.same_words.by_status;
    if ((s.verified ?? 0) + (s.disputed ?? 0) + (s.needs_translation_review ?? 0) > 0) judged += 1;
    if (sameWordsOf(c)!.verdictsDisagree) disagree += 1;
    if (c.same_words.other_speakers > 0) otherSpeaker += 1;
  }
  if (shared === 0) return null;
  const lead = `${shared === 1 ? '1 claim here holds' : `${count(shared)} claims here hold`} words other claims hold too`
    + (judged === 0 ? ', none of them with a verdict yet.' : judged === shared ? (shared === 1 ? ', with a verdict there.' : ', all with a verdict there.') : `; ${count(judged)} of them ${judged === 1 ? 'has' : 'have'} a verdict there.`);
  const warnings: string[] = [];
  if (disagree > 0) warnings.push(`The verdicts disagree for ${disagree === 1 ? '1 claim' : `${count(disagree)} claims`}.`);
  if (otherSpeaker > 0) warnings.push(`For ${otherSpeaker === 1 ? '1 claim' : `${count(otherSpeaker)} claims`}, another claim names a different speaker.`);
  return { lead, warnings, judged };
}
