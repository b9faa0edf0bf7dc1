import { extract } from '../../../server/extraction';

function claimWith(text: string, words: string) {
  return extract({ text }).claims.find((c) => c.text.includes(words));
}

describe('an office written as a name, then the holder\'s name set off by commas', () => {
  it('when "Bupati Tanah Datar, Irwan Pribadi, said:" opens the sentence, then the name set off speaks, not the office', () => {
    const text = 'Roads\n\nBupati Tanah Datar, Irwan Pribadi, said: "The road will open in May."';
    expect(claimWith(text, 'open in May')?.speaker).toBe('Irwan Pribadi');
  });
  it('when the office follows an opening phrase ("On Monday, Wali Kota Padang, Hendri Septa, said"), then the same', () => {
    const text = 'Roads\n\nOn Monday, Wali Kota Padang, Hendri Septa, said: "We will rebuild."';
    expect(claimWith(text, 'rebuild')?.speaker).toBe('Hendri Septa');
  });
  it('when the phrase set off holds a word in lower case ("Senator Ana Ruiz, Republican of Iowa, said"), then the senator speaks', () => {
    const text = 'Roads\n\nSenator Ana Ruiz, Republican of Iowa, said: "We will rebuild."';
    expect(claimWith(text, 'rebuild')?.speaker).toBe('Ana Ruiz');
  });
  it('when the two names share a word ("Tomas Berg, Ana Berg, said"), then nothing changes: the first speaks', () => {
    const text = 'Roads\n\nTomas Berg, Ana Berg, said: "We will rebuild."';
    expect(claimWith(text, 'rebuild')?.speaker).toBe('Tomas Berg');
  });
});
