import { extract } from '../../../server/extraction';

function claimWith(text: string, words: string) {
  return extract({ text }).claims.find((c) => c.text.includes(words));
}

describe('a verb of speech left in the source language, between a quotation closing on its comma and a full name', () => {
  const before = 'Water\n\nMilan Tokár leads the association.\n\n';
  it('when „…,“ povedala Name (34), … then the name speaks, the unknown word its cue', () => {
    const claim = claimWith(`${before}„Every morning I stand in the line,“ povedala Marcela Horváthová (34), mother of five.`, 'stand in the line');
    expect(claim?.speaker).toBe('Marcela Horváthová');
    expect(claim?.cue).toBe('povedala');
  });
  it('when the name closes the sentence («…,» dijo Name.) or opens an apposition (…, sagte Name, the mayor), then the same', () => {
    expect(claimWith(`${before}«We have no water,» dijo Marcela Horváthová.`, 'no water')?.speaker).toBe('Marcela Horváthová');
    expect(claimWith(`${before}"We have no water," sagte Marcela Horváthová, the mayor.`, 'no water')?.speaker).toBe('Marcela Horváthová');
  });
  it('when the name goes on with a verb of its own ("…," yesterday Name was at the well), then the word is no cue', () => {
    expect(claimWith(`${before}"We have no water," yesterday Marcela Horváthová was at the well.`, 'no water')?.speaker).not.toBe('Marcela Horváthová');
  });
  it('when one name of one word follows ("…," dijo Ruiz.), then the word is no cue: a single capitalised word may be anything', () => {
    expect(claimWith(`${before}"We have no water," dijo Ruiz.`, 'no water')?.cue).not.toBe('dijo');
  });
});
