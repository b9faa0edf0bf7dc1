import { extract } from '../../../server/extraction';
import { analyseDocument } from '../../../server/extraction/structure';

describe('translated pages of sites that open on their own menu', () => {
  it('when the page opens on "Site | Section | Section | …", then the site is the outlet, the menu no title and no speaker', () => {
    const text = [
      'riverbend.ee | Uudised | Majandus | Sport | Kultuur',
      'Ferry line to the islands will stop in January',
      '4. märts 2026 10:15',
      'Source: Maret Vaher | maret@riverbend.ee',
      'This article has been translated automatically.',
      '',
      'The ferry operator said on Monday that the winter line would stop. "We cannot sail with half-empty boats," said the chief executive Tarmo Lepik.',
    ].join('\n');
    const doc = analyseDocument(text);
    expect(doc.facts.outlet).toBe('riverbend.ee');
    expect(doc.facts.title).toBe('Ferry line to the islands will stop in January');
    expect(doc.facts.republishedBy).toBeNull();
    const claim = extract({ text }).claims.find((c) => c.text.includes('half-empty'));
    expect(claim?.speaker).toBe('Tarmo Lepik');
  });

  it('when the site name is set off from the menu by a wider space, then the name alone is the outlet', () => {
    const text = [
      'NORTHPOST   News | Politics | Economy | Culture | Sport',
      'Mayor promises new bridge by 2028',
      'March 2, 2026',
      '',
      'The mayor presented the plan to the council on Tuesday.',
    ].join('\n');
    expect(analyseDocument(text).facts.outlet).toBe('NORTHPOST');
  });

  it('when a first line has bars but reads as a sentence, then it names no outlet', () => {
    const text = ['Prices rise again, says the bank | Economy | Markets | Business', '', 'The central bank said prices rose.'].join('\n');
    expect(analyseDocument(text).facts.outlet).toBeNull();
  });
});
