import { changeLines } from '../../server/audit/changes';

/** The words as they read, without the marks that set each value apart (tested on their own). */
const inWords = (...event: Parameters<typeof changeLines>) => changeLines(...event).map((line) => line.replace(/[\u2068\u2069]/g, ''));

const people = new Map([[7, 'Ana Silva']]);

describe('a claim’s recorded changes in words', () => {
  it('when a verdict changes the evidence of the one before, then the links it added and removed are listed, each shortened and set apart', () => {
    const before = { status: 'disputed', version: 2, evidence_urls: ['https://a.test/1', 'https://b.test/2'] };
    const after = (evidence_urls: string[]) => ({ status: 'disputed', version: 3, review_id: 4, evidence_urls });
    expect(inWords('claim.verdict', before, after(['https://b.test/2', 'https://c.test/3']), people))
      .toEqual(['Evidence added: https://c.test/3', 'Evidence removed: https://a.test/1']);
    expect(inWords('claim.verdict', before, after(['https://a.test/1', 'https://b.test/2', 'https://c.test/3', 'https://c.test/3']), people, 'A third source'))
      .toEqual(['Note: A third source', 'Evidence added: https://c.test/3']);
    expect(inWords('claim.verdict', before, after([]), people)).toEqual(['Evidence removed: https://a.test/1, https://b.test/2']);
    // the first verdict on a claim replaces no evidence
    expect(inWords('claim.verdict', { status: 'unreviewed', version: 1, evidence_urls: [] }, { status: 'verified', version: 2, review_id: 5, evidence_urls: ['https://a.test/1'] }, people))
      .toEqual(['Status: Unreviewed → Verified', 'Evidence added: https://a.test/1']);
    const long = `https://a.test/${'x'.repeat(2000)}`;
    const many = Array.from({ length: 7 }, (_, i) => `https://m.test/${i}`);
    const [fsi, pdi] = ['\u2068', '\u2069'];
    expect(changeLines('claim.verdict', before, after([long, ...many]), people)).toEqual([
      `Evidence added: ${fsi}${long.slice(0, 119)}…${pdi}, ${many.slice(0, 4).map((l) => `${fsi}${l}${pdi}`).join(', ')} and 3 more`,
      `Evidence removed: ${fsi}https://a.test/1${pdi}, ${fsi}https://b.test/2${pdi}`,
    ]);
  });

  it('when a verdict keeps the evidence of the one before, then it says so, in any order; none kept reads none', () => {
    const before = { status: 'disputed', version: 2, evidence_urls: ['https://a.test/1', 'https://b.test/2'] };
    expect(inWords('claim.verdict', before, { status: 'verified', version: 3, review_id: 4, evidence_urls: ['https://b.test/2', 'https://a.test/1'] }, people))
      .toEqual(['Status: Disputed → Verified', 'Evidence: 2 links, unchanged']);
    expect(inWords('claim.verdict', { ...before, evidence_urls: ['https://a.test/1'] }, { status: 'disputed', version: 3, review_id: 4, evidence_urls: ['https://a.test/1'] }, people, 'Still'))
      .toEqual(['Note: Still', 'Evidence: one link, unchanged']);
    expect(inWords('claim.verdict', { ...before, evidence_urls: [] }, { status: 'disputed', version: 3, review_id: 4, evidence_urls: [] }, people, 'Still'))
      .toEqual(['Note: Still', 'Evidence: none']);
  });

  // events recorded before verdicts kept the evidence they replaced stay as they are: the trail is never rewritten
  it('when an event without the evidence it replaced moves the status, then the line names both statuses and counts the evidence', () => {
    expect(inWords('claim.verdict', { status: 'unreviewed', version: 1 }, { status: 'needs_translation_review', version: 2, review_id: 3, evidence_urls: ['https://a.test', 'https://b.test'] }, people))
      .toEqual(['Status: Unreviewed → Needs translation review', 'Evidence: 2 links']);
  });

  it('when an event without the evidence it replaced keeps the status, then its note, shortened, and its count of links say what it changed', () => {
    const disputed = { status: 'disputed', version: 2 };
    expect(inWords('claim.verdict', disputed, { status: 'disputed', version: 3, review_id: 4, evidence_urls: [] }, people, 'The second\nsource retracted it.'))
      .toEqual(['Note: The second source retracted it.', 'Evidence: none']);
    expect(inWords('claim.verdict', disputed, { status: 'disputed', version: 3, review_id: 5, evidence_urls: ['https://a.test'] }, people))
      .toEqual(['Evidence: one link']);
    const [note] = inWords('claim.verdict', disputed, { status: 'disputed', version: 3, review_id: 6, evidence_urls: [] }, people, 'word '.repeat(100));
    expect(note).toHaveLength('Note: '.length + 120);
    expect(note!.endsWith('…')).toBe(true);
  });

  it('when an assignment changes, then reviewers are named where known, by number otherwise, and an empty assignment reads nobody', () => {
    expect(inWords('claim.assign', { assignee_id: null, version: 1 }, { assignee_id: 7, version: 2 }, people)).toEqual(['Assigned to: nobody → Ana Silva']);
    expect(inWords('claim.assign', { assignee_id: 7, version: 2 }, { assignee_id: 9, version: 3 }, people)).toEqual(['Assigned to: Ana Silva → reviewer #9']);
  });

  it('when an attribution is corrected, then only what changed is listed: the speaker, the quote, a speaker it created', () => {
    const before = { speaker_id: 1, speaker_name: 'The envoy', attribution_status: 'proposed', start_offset: 10, end_offset: 31, version: 1, quote: 'We are ready to talk,' };
    const after = { speaker_id: 2, speaker_name: 'Peter Harlow', attribution_status: 'corrected', start_offset: 10, end_offset: 22, version: 2, quote: 'We are ready', created_speaker: { id: 2, name: 'Peter Harlow' } };
    expect(inWords('claim.attribution_correct', before, after, people)).toEqual([
      'Speaker: The envoy → Peter Harlow',
      'Attribution: proposed → corrected',
      'Quote: “We are ready to talk,” → “We are ready”',
      'Ends before character: 31 → 22',
      'New speaker: Peter Harlow',
    ]);
  });

  it('when right-to-left names are corrected, then each value is set apart from the words around it, so the line reads from the old name to the new', () => {
    const [fsi, pdi] = ['\u2068', '\u2069'];
    const before = { speaker_name: 'אבי כהן', attribution_status: 'proposed', version: 1 };
    const after = { speaker_name: 'שרה לוי', attribution_status: 'corrected', version: 2, created_speaker: { id: 2, name: 'שרה לוי' } };
    expect(changeLines('claim.attribution_correct', before, after, people)).toEqual([
      `Speaker: ${fsi}אבי כהן${pdi} → ${fsi}שרה לוי${pdi}`,
      `Attribution: ${fsi}proposed${pdi} → ${fsi}corrected${pdi}`,
      `New speaker: ${fsi}שרה לוי${pdi}`,
    ]);
    expect(changeLines('claim.create', null, { quote: 'לא אמרתי', speaker_name: 'אבי כהן' }, people)).toEqual([`Added: ${fsi}“לא אמרתי”${pdi} — ${fsi}אבי כהן${pdi}`]);
  });

  it('when a claim was added or removed, then one line says what it was; a record that is not an object gives no line', () => {
    expect(inWords('claim.create', null, { quote: 'The money\nis not there,', speaker_name: 'Rosa Marn' }, people)).toEqual(['Added: “The money is not there,” — Rosa Marn']);
    expect(inWords('claim.remove', { quote: 'Shark Tank', speaker_name: null, reviews: [{}, {}] }, null, people)).toEqual(['Removed: “Shark Tank”, with its 2 verdicts']);
    expect(inWords('claim.verdict', 'odd', [1, 2], people)).toEqual([]);
    expect(inWords('claim.create', null, { quote: 'x'.repeat(300) }, people)[0]).toHaveLength('Added: “'.length + 120 + 1);
  });
});
