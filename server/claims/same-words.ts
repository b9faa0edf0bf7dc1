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
