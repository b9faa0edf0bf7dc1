import { parseClaimListQuery } from '../../server/claims/list-query';
import { speakerUncertain, UNCERTAIN_BELOW } from '../../server/claims/uncertain';

describe('speakerUncertain', () => {
  const proposal = { attribution_status: 'proposed', speaker_id: 7, confidence: 0.7 };

  test('when the engine proposed a speaker under the bound, then the speaker is uncertain; at the bound, it is not', () => {
    expect(speakerUncertain(proposal)).toBe(true);
    expect(speakerUncertain({ ...proposal, confidence: UNCERTAIN_BELOW - 0.01 })).toBe(true);
    expect(speakerUncertain({ ...proposal, confidence: UNCERTAIN_BELOW })).toBe(false);
  });

  test('when an editor approved or corrected the attribution, or there is no speaker, then nothing is uncertain', () => {
    expect(speakerUncertain({ ...proposal, attribution_status: 'approved' })).toBe(false);
    expect(speakerUncertain({ ...proposal, attribution_status: 'corrected' })).toBe(false);
    expect(speakerUncertain({ ...proposal, speaker_id: null })).toBe(false);
  });
});

describe('the attribution filter', () => {
  test('when it asks for uncertain speakers, then it is kept as such; a value it does not offer is ignored, naming every choice', () => {
    expect(parseClaimListQuery({ attribution: 'uncertain' }, 1).query.filters.attribution).toBe('uncertain');
    const { query, messages } = parseClaimListQuery({ attribution: 'doubtful' }, 1);
    expect(query.filters.attribution).toBeUndefined();
    expect(messages).toEqual(['Ignored the attribution “doubtful”: choose proposed, speaker uncertain, approved or corrected.']);
  });
});
