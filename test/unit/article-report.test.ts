import { summarise, type ReportClaim } from '../../server/articles/report';

const claim = (fields: Partial<ReportClaim> = {}): ReportClaim => ({
  id: 1, quote: 'We will build it.', kind: 'direct', status: 'unreviewed', attribution_status: 'proposed', speaker_id: 7,
  speaker_name: 'Ana Reyes', mention_text: 'Ana Reyes', source: 'Harbour Post', confidence: 0.9, verdict_note: null,
  evidence_urls: [], verdict_by: null, verdict_at: null, same_words: null, ...fields,
});

describe('summarise: what an article report says is settled and what is not', () => {
  it('when there are no claims, then there is nothing open and the report is final', () => {
    expect(summarise([])).toMatchObject({ claims: 0, final: true, open: [] });
  });

  it('when every claim has a verdict other than a translation review and an editor checked every attribution, then the report is final', () => {
    const s = summarise([claim({ status: 'verified', attribution_status: 'approved' }), claim({ status: 'disputed', attribution_status: 'corrected', speaker_id: null })]);
    expect(s).toMatchObject({ claims: 2, attributionsChecked: 2, attributionsProposed: 0, withoutSpeaker: 1, final: true, open: [] });
    expect(s.byStatus).toEqual({ verified: 1, disputed: 1, needs_translation_review: 0, unreviewed: 0 });
    expect(s.statusLine).toBe('2 claims: 1 verified, 1 disputed.');
    expect(s.attributionLine).toBe('Attributions: 2 checked by an editor, 0 as Verbatim proposed them; 1 claim names no speaker.');
  });

  it('when claims wait for a verdict, a translation review or an editor, then each is named, counted in words', () => {
    expect(summarise([
      claim(),
      claim({ status: 'needs_translation_review', attribution_status: 'approved' }),
      claim({ status: 'verified', confidence: 0.6 }),
      claim({ status: 'verified', confidence: 0.5, speaker_id: null }),
    ]).open).toEqual([
      '1 claim has no verdict yet',
      '1 claim waits for a review of the translation',
      '3 attributions are still Verbatim’s proposal, not checked by an editor (1 speaker is uncertain)',
    ]);
    const many = Array.from({ length: 1200 }, () => claim({ confidence: 0.5 }));
    expect(summarise([...many, claim({ status: 'needs_translation_review' })]).statusLine).toBe('1,201 claims: 1 needs translation review, 1,200 not reviewed yet.');
    expect(summarise([claim({ status: 'needs_translation_review' }), claim({ status: 'needs_translation_review', speaker_id: null })]).statusLine)
      .toBe('2 claims: 2 need translation review.');
    expect(summarise(many).open).toEqual([
      '1,200 claims have no verdict yet',
      '1,200 attributions are still Verbatim’s proposal, not checked by an editor (1,200 speakers are uncertain)',
    ]);
  });

  it('when an editor approved a low-confidence speaker, then it is no longer counted uncertain', () => {
    expect(summarise([claim({ confidence: 0.4, attribution_status: 'approved' })]).speakersUncertain).toBe(0);
  });
});
