import { changeLines } from '../../server/audit/changes';

const people = new Map([[7, 'Ana Silva']]);

describe('a claim’s recorded changes in words', () => {
  it('when a verdict moves the status, then the line names both statuses and counts the evidence', () => {
    expect(changeLines('claim.verdict', { status: 'unreviewed', version: 1 }, { status: 'needs_translation_review', version: 2, review_id: 3, evidence_urls: ['https://a.test', 'https://b.test'] }, people))
      .toEqual(['Status: Unreviewed → Needs translation review', 'Evidence: 2 links']);
  });

  it('when an assignment changes, then reviewers are named where known, by number otherwise, and an empty assignment reads nobody', () => {
    expect(changeLines('claim.assign', { assignee_id: null, version: 1 }, { assignee_id: 7, version: 2 }, people)).toEqual(['Assigned to: nobody → Ana Silva']);
    expect(changeLines('claim.assign', { assignee_id: 7, version: 2 }, { assignee_id: 9, version: 3 }, people)).toEqual(['Assigned to: Ana Silva → reviewer #9']);
  });

  it('when an attribution is corrected, then only what changed is listed: the speaker, the quote, a speaker it created', () => {
    const before = { speaker_id: 1, speaker_name: 'The envoy', attribution_status: 'proposed', start_offset: 10, end_offset: 31, version: 1, quote: 'We are ready to talk,' };
    const after = { speaker_id: 2, speaker_name: 'Peter Harlow', attribution_status: 'corrected', start_offset: 10, end_offset: 22, version: 2, quote: 'We are ready', created_speaker: { id: 2, name: 'Peter Harlow' } };
    expect(changeLines('claim.attribution_correct', before, after, people)).toEqual([
      'Speaker: The envoy → Peter Harlow',
      'Attribution: proposed → corrected',
      'Quote: “We are ready to talk,” → “We are ready”',
      'Ends before character: 31 → 22',
      'New speaker: Peter Harlow',
    ]);
  });

  it('when a claim was added or removed, then one line says what it was; a record that is not an object gives no line', () => {
    expect(changeLines('claim.create', null, { quote: 'The money\nis not there,', speaker_name: 'Rosa Marn' }, people)).toEqual(['Added: “The money is not there,” — Rosa Marn']);
    expect(changeLines('claim.remove', { quote: 'Shark Tank', speaker_name: null, reviews: [{}, {}] }, null, people)).toEqual(['Removed: “Shark Tank”, with its 2 verdicts']);
    expect(changeLines('claim.verdict', 'odd', [1, 2], people)).toEqual([]);
    expect(changeLines('claim.create', null, { quote: 'x'.repeat(300) }, people)[0]).toHaveLength('Added: “'.length + 120 + 1);
  });
});
