import { claimWith } from './attribution-helpers';

describe('a description named only after the described person has gone on speaking, taken up by "she" or "he"', () => {
  const story = (between: string) =>
    'The director of the district education office, Tashi Dorje, signed the order on Friday that the students of the ' +
    'settlement school will be joined to the bigger school in the town.\n\n' +
    "The school's headmistress in the morning assembly on Monday to the students said: «This school is not only four walls. " +
    'The four walls are going but the learning is not going.»\n\n' +
    `${between}\n\n` +
    'The headmistress, Karma Yangchen, is working in this school for 26 years.';
  it('when her next words are credited to "she continued", then the headmistress is the name given after them', () => {
    const text = story('«When I came here as a young teacher in 1998 there were 214 children. This year we have 41,» she continued. «Who is to blame? Nobody is to blame.»');
    expect(claimWith(text, 'not only four walls')?.speaker).toBe('Karma Yangchen');
    expect(claimWith(text, 'young teacher in 1998')?.speaker).toBe('Karma Yangchen');
  });
  it('when a sentence in between names someone else, then a name given that far after is not who the description is', () => {
    const text = story('The parents met the officer Dawa Tsering on Sunday. «The decision stays,» he said.');
    expect(claimWith(text, 'not only four walls')?.speaker).not.toBe('Karma Yangchen');
  });
});
