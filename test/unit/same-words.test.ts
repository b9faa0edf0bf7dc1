import { summariseListSameWords, summariseSameWords, type ClaimWithSameWords } from '../../server/claims/same-words';
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

describe('what an article page says of the words its claims share with other claims', () => {
  const claim = (status: ClaimWithSameWords['status'], tally: SameWords | null, speaker_id: number | null = 7): ClaimWithSameWords => ({ status, speaker_id, same_words: tally });

  test('no claim shares its words (or none is long enough to compare): nothing is said', () => {
    expect(summariseListSameWords([])).toBeNull();
    expect(summariseListSameWords([claim('unreviewed', null), claim('verified', same(0, {}))])).toBeNull();
  });

  test('how many share their words, and how many of those were judged elsewhere, in the number they are', () => {
    expect(summariseListSameWords([claim('unreviewed', same(2, { unreviewed: 2 }))]))
      .toEqual({ lead: '1 claim here holds words other claims hold too, none of them with a verdict yet.', warnings: [], judged: 0 });
    expect(summariseListSameWords([claim('unreviewed', same(1, { disputed: 1 })), claim('unreviewed', null)])!.lead)
      .toBe('1 claim here holds words other claims hold too, with a verdict there.');
    expect(summariseListSameWords([claim('unreviewed', same(1, { needs_translation_review: 1 })), claim('unreviewed', same(3, { verified: 1, unreviewed: 2 }))])!.lead)
      .toBe('2 claims here hold words other claims hold too, all with a verdict there.');
    expect(summariseListSameWords([claim('unreviewed', same(1, { verified: 1 })), claim('verified', same(2, { unreviewed: 2 })), claim('unreviewed', same(1, { unreviewed: 1 }))])!.lead)
      .toBe('3 claims here hold words other claims hold too; 1 of them has a verdict there.');
    expect(summariseListSameWords([claim('unreviewed', same(1, { verified: 1 })), claim('unreviewed', same(1, { disputed: 1 })), claim('unreviewed', same(1, { unreviewed: 1 }))])!.lead)
      .toBe('3 claims here hold words other claims hold too; 2 of them have a verdict there.');
  });

  test('disagreements (this claim’s own verdict counting) and other speakers are warned of, each counted', () => {
    const list = [
      claim('verified', same(1, { disputed: 1 })),
      claim('unreviewed', same(2, { verified: 1, disputed: 1 }), null),
      claim('disputed', same(1, { disputed: 1 }, 1)),
      claim('unreviewed', same(3, { unreviewed: 3 }, 2), null),
    ];
    expect(summariseListSameWords(list)!.warnings).toEqual(['The verdicts disagree for 2 claims.', 'For 2 claims, another claim names a different speaker.']);
    expect(summariseListSameWords(list.slice(2, 3))!.warnings).toEqual(['For 1 claim, another claim names a different speaker.']);
  });
});
