import { claimWith } from './attribution-helpers';

describe('a person written by another name before the body gives it with the full name', () => {
  const body = 'The first witness was Miss Icilda Campbell, 74 years, that the whole district know as "Miss Icy", a retired higgler.\n\n' +
    '"Mi a go come every day until dem stop," Miss Icy told the Herald.';
  it('when the headline writes "Miss Icy tells court" and the body "Name, that … know as "Miss Icy"", then both are the full name', () => {
    const text = `Quarry case: "The dust is killing we slowly," Miss Icy tells court\n\n${body}`;
    expect(claimWith(text, 'killing we slowly')?.speaker).toBe('Icilda Campbell');
    expect(claimWith(text, 'every day until')?.speaker).toBe('Icilda Campbell');
  });
  it('when the earlier name is a full name of its own ("Icy Brown"), then it stays another person', () => {
    const text = `Quarry case: "The dust is killing we slowly," Icy Brown tells court\n\n${body}`;
    expect(claimWith(text, 'killing we slowly')?.speaker).toBe('Icy Brown');
  });
});
