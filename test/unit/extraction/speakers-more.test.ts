import { extract } from '../../../server/extraction';

describe('attribution: a "so X" aside set off by commas before the quotation it reports', () => {
  test('when "X had, so the auditor, «…» signed", then the auditor spoke, not the clause\'s subject', () => {
    const text = 'Audit.\n\nThe auditor Pia Sandvik presented her report on Monday.\n\nThe treasurer Jon Aske had, so the auditor, «a second set of books» kept for years.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Pia Sandvik', cue: 'so' });
  });
  test('when "will, so councillor X, «…»", then X spoke; "so the mayor, furious, called it «…»" keeps its verb', () => {
    const text = 'Ferries.\n\nThe mayor Jon Aske opened the season.\n\nThe ferry line will, so councillor Pia Sandvik, «within a week» return to the island.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Pia Sandvik', cue: 'so' });
    const verb = 'Ferries.\n\nThe councillor Pia Sandvik opened the season.\n\nThe pier was closed, so the mayor Jon Aske, furious, called it «a shame for the island».';
    expect(extract({ text: verb }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Jon Aske', cue: 'called' });
  });
});
