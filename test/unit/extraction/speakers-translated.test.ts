import { extract } from '../../../server/extraction';

/** The speaker named for the first claim whose text holds `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return extract({ text }).claims.find((c) => c.text.includes(words))?.speaker;
}

describe('speakers of translated news', () => {
  it('when a portfolio ends on a word outside the office list and a name is set off after it, then the name speaks', () => {
    const single = 'The minister of Coastal Action, Tomas Brell, opened the dike on Monday. «We have no more time», said the minister.';
    expect(speakerOf(single, 'no more time')).toBe('Tomas Brell');
    const list = 'The councillor of Climate Action, Food and Rural Agenda, Tomas Brell, announced on Monday that the dike would open. «We have no more time», said the councillor.';
    expect(speakerOf(list, 'no more time')).toBe('Tomas Brell');
  });
});
