import { extract } from '../../../server/extraction';

function claimWith(text: string, words: string) {
  return extract({ text }).claims.find((c) => c.text.includes(words));
}

describe('a quotation that closes its paragraph on a question mark', () => {
  it('when «…» ends a paragraph with "?»", then the next paragraph\'s reported clause is a sentence of its own', () => {
    const text = 'Schools\n\nThe teacher Dzagoeva does not agree. «The road is long," she said. "Who will answer?»\n\n' +
      'According to her, at least three families will move to the city if the school is closed.';
    const claim = claimWith(text, 'three families');
    expect(claim?.kind).toBe('indirect');
    expect(claim?.speaker).toBe('Dzagoeva');
  });
});

describe('a title the translation left in its own script', () => {
  it('when "The хистæр of the village nykhas, Name," sets a name off, then the word is a title and the name is who the sentence is about', () => {
    const text = 'Schools\n\nThe хистæр of the village nykhas, Taimuraz Gabaraev, spoke first. His voice was loud:\n\n' +
      '«When the minister came here in spring, he told us a lie. Now what?» – asked the old man.';
    expect(claimWith(text, 'told us a lie')?.speaker).toBe('Taimuraz Gabaraev');
  });
  it('when an English noun heads "The … of the …, Name said", then it is no title ("The closure of the main road, Ana Ruiz said")', () => {
    const text = 'Roads\n\nThe closure of the main road, Ana Ruiz said, will last until May. The driver Juan Perez agreed.\n\n' +
      '"We will wait," the closure said.';
    expect(claimWith(text, 'We will wait')?.speaker).not.toBe('Ana Ruiz');
  });
});

describe('ages given in a clause after the name, and "the old man"', () => {
  const tail = ' spoke first. Then the driver Soslan Tedeev spoke about the road.\n\n' +
    '«When the minister came here in spring, he told us a lie. Now what?» – asked the old man.';
  it('when "Name, who is 82 years old," is older than anyone named after him, then "the old man" is he', () => {
    expect(claimWith(`Schools\n\nThe farmer Taimuraz Gabaraev, who is 82 years old,${tail}`, 'told us a lie')?.speaker).toBe('Taimuraz Gabaraev');
  });
  it('when "Name, aged 82," or "Name, who was 82,", then the same', () => {
    expect(claimWith(`Schools\n\nThe farmer Taimuraz Gabaraev, aged 82,${tail}`, 'told us a lie')?.speaker).toBe('Taimuraz Gabaraev');
    expect(claimWith(`Schools\n\nThe farmer Taimuraz Gabaraev, who was 82,${tail}`, 'told us a lie')?.speaker).toBe('Taimuraz Gabaraev');
  });
  it('when no age is given, then "the old man" is the nearest man, as before', () => {
    expect(claimWith(`Schools\n\nThe farmer Taimuraz Gabaraev${tail}`, 'told us a lie')?.speaker).toBe('Soslan Tedeev');
  });
});
