import { claimWith } from './attribution-helpers';

describe('a role noun ending in "son" or "man" that says nothing of gender', () => {
  const before = (role: string) =>
    `Manana Tsakani Chauke, ${role}, she was standing with the letter in her hand.\n\n` +
    '“Nobody came to sit with us,” said Chauke.\n\n' +
    'The 58-year-old, who the villagers call “Mhani wa Kliniki”, she said that the mothers will walk far.\n\n' +
    'Hosi Mkhacani Baloyi, the traditional leader of the area, he said he was "very disappointed" by the department.\n\n' +
    '“When the clinic was built, it was my father who gave the land,” said the old man, who is 81 years old.';
  it('when the woman set off is "the chairperson of the clinic committee", then "the old man" is the chief, not she', () => {
    expect(claimWith(before('the chairperson of the clinic committee'), 'father who gave')?.speaker).toMatch(/Mkhacani Baloyi$/);
  });
  it('when she is "a German nurse at the clinic", then too', () => {
    expect(claimWith(before('a German nurse at the clinic'), 'father who gave')?.speaker).toMatch(/Mkhacani Baloyi$/);
  });
  it('when the one set off is "the chairman of the clinic committee", then he may be the old man', () => {
    const text = before('the chairman of the clinic committee').replace(/\bshe\b/g, 'he').replace('her hand', 'his hand');
    expect(claimWith(text, 'father who gave')?.speaker).toBe('Manana Tsakani Chauke');
  });
});
