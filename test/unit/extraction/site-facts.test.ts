import { analyseDocument } from '../../../server/extraction/structure';

describe("a translated page's own name, from its header and its footer", () => {
  it('when a short name on the first line stands over a menu line of sections, then the name is the outlet and neither line is the title', () => {
    const text = [
      'Karibu Habari\nNyumbani | Siasa | Uchumi | Michezo | Video',
      'Ferry fares will rise in January, says the port authority',
      'This news was translated automatically from Swahili.',
      'The port authority said on Monday that the fares would rise.',
    ].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts.outlet).toBe('Karibu Habari');
    expect(doc.facts.title).toBe('Ferry fares will rise in January, says the port authority');
  });

  it('when the menu is a paragraph of its own under the name, then the name is still the outlet', () => {
    const text = ['NORDKYST NYTT', 'Hjem | Nyheter | Sport | Kultur', 'Harbour closes for the winter', 'The harbour master said the harbour would close.'].join('\n\n');
    expect(analyseDocument(text).facts.outlet).toBe('NORDKYST NYTT');
  });

  it('when the first line is a sentence or the next line no menu, then no outlet is read from them', () => {
    const prose = ['The council met on Monday.\nIt voted | twice | on | the budget', 'The mayor said the vote was close.'].join('\n\n');
    expect(analyseDocument(prose).facts.outlet).toBeNull();
    const noMenu = ['Karibu Habari\nThe ferry fares will rise in January, the port authority said on Monday.', 'More text follows here.'].join('\n\n');
    expect(analyseDocument(noMenu).facts.outlet).toBeNull();
  });

  it('when no line of the header names the outlet, then the rights holder of the copyright line does', () => {
    const text = [
      'Ferry fares will rise in January',
      'The port authority said on Monday that the fares would rise.',
      '© 2025 Bahari Daily. All rights reserved.',
    ].join('\n\n');
    expect(analyseDocument(text).facts.outlet).toBe('Bahari Daily');
  });

  it('when a notice says the page was "Translated by Google", then it is a translation notice, not the title', () => {
    const text = ['Translated by Google from Sesotho. The original article is in Sesotho.', 'Drought: the villages eat their seed', 'The rain has not come.'].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts.translated).toBe(true);
    expect(doc.facts.title).toBe('Drought: the villages eat their seed');
  });
});
