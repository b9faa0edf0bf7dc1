import { summariseSameWords } from '../../server/claims/same-words';
import type { SameWords } from '../../server/claims/page-repository';

const same = (count: number, by_status: SameWords['by_status'], other_speakers = 0): SameWords => ({ claims: [], count, by_status, other_speakers });
const named = { hasSpeaker: true, status: 'unreviewed' as const };

describe('what a claim page says of the other claims holding its words', () => {
  test('none: said plainly, nothing to check', () => {
    expect(summariseSameWords(same(0, {}), named)).toEqual({ countLine: 'No other claim holds these words.', speakerLine: null, verdictsDisagree: false });
  });

  test('the statuses counted in the order of a verdict, those with no claim left out', () => {
    expect(summariseSameWords(same(1, { verified: 1 }), named).countLine).toBe('1 other claim holds these words: 1 verified.');
    expect(summariseSameWords(same(4, { unreviewed: 2, needs_translation_review: 1, disputed: 1 }), named).countLine)
      .toBe('4 other claims hold these words: 1 disputed, 1 waiting for a translation review, 2 not reviewed yet.');
    expect(summariseSameWords(same(1000, { unreviewed: 1000 }), named).countLine).toBe('At least 1,000 other claims hold these words: 1,000 not reviewed yet.');
  });

  test('another speaker is named for the words, in the number it is', () => {
    expect(summariseSameWords(same(1, { verified: 1 }, 1), named).speakerLine).toBe('It gives the words to someone else.');
    expect(summariseSameWords(same(3, { verified: 3 }, 1), named).speakerLine).toBe('1 of them gives the words to someone else.');
    expect(summariseSameWords(same(3, { verified: 3 }, 2), named).speakerLine).toBe('2 of them give the words to someone else.');
    expect(summariseSameWords(same(3, { verified: 3 }, 3), named).speakerLine).toBe('All of them give the words to someone else.');
    expect(summariseSameWords(same(2, { verified: 2 }, 2), { hasSpeaker: false, status: 'unreviewed' }).speakerLine)
      .toBe('All of them name who said the words; this claim names no one.');
    expect(summariseSameWords(same(2, { verified: 2 }, 0), named).speakerLine).toBeNull();
  });

  test('verdicts disagree when the words were verified somewhere and disputed somewhere, this claim included', () => {
    expect(summariseSameWords(same(2, { verified: 1, disputed: 1 }), named).verdictsDisagree).toBe(true);
    expect(summariseSameWords(same(1, { disputed: 1 }), { hasSpeaker: true, status: 'verified' }).verdictsDisagree).toBe(true);
    expect(summariseSameWords(same(2, { verified: 1, needs_translation_review: 1 }), { hasSpeaker: true, status: 'verified' }).verdictsDisagree).toBe(false);
    expect(summariseSameWords(same(1, { verified: 1 }), { hasSpeaker: true, status: 'unreviewed' }).verdictsDisagree).toBe(false);
  });
});
