import { extract } from '../../../server/extraction';

/** The claims of a text, as kind, text and speaker. */
const claims = (text: string) => extract({ text }).claims.map((c) => ({ kind: c.kind, text: c.text, speaker: c.speaker }));

describe('words that lost their marks, read by how speech is built', () => {
  test('when a one-sentence line runs two clauses together with a bare comma and ends on a last-comma attribution, then it is a quotation that lost its marks', () => {
    const lead = 'Ferries\n\nThe ferry to Lovrin was cancelled again on Sunday, the third time this month.\n\n';
    expect(claims(`${lead}It is not the weather that stops us, it is that the boat is forty years old, says captain Ivo Marek on Radio Split.`))
      .toEqual([{ kind: 'unmarked', text: 'It is not the weather that stops us, it is that the boat is forty years old', speaker: 'Ivo Marek' }]);
    expect(claims(`${lead}The new boat will sail only after the harbour is deepened, not a single trip will be cut before that, stated the port director Ana Sola.`))
      .toEqual([{ kind: 'unmarked', text: 'The new boat will sail only after the harbour is deepened, not a single trip will be cut before that', speaker: 'Ana Sola' }]);
    // one clause, or clauses the reporter joins with "and", or told in the past, stay a reported claim
    expect(claims(`${lead}The new boat will sail only after the harbour is deepened, stated the port director Ana Sola.`))
      .toEqual([{ kind: 'indirect', text: 'The new boat will sail only after the harbour is deepened', speaker: 'Ana Sola' }]);
    expect(claims(`${lead}The company has ordered two boats, and there is money for a third, stated the port director Ana Sola.`)[0]?.kind).toBe('indirect');
    expect(claims(`${lead}The boat was late on Friday, the crew was tired, stated the port director Ana Sola.`)[0]?.kind).toBe('indirect');
  });

  test('when a short line says "I" between lines of narration that never do, right after a line that presents someone by name, then it is that person\'s words that lost their marks', () => {
    const lead = 'Markets\n\nThe price of fish rose again in Velsk this week.\n\nInes Boro, a woman who sells fish at the pier, showed us her empty crates.\n\n';
    const words = 'Before I was selling forty kilos a day, now I sell ten. How will I pay the school fees?';
    expect(claims(`${lead}${words}\n\nThe market closes at noon on Sundays.`))
      .toEqual([{ kind: 'unmarked', text: words, speaker: 'Ines Boro' }]);
    // no one presented by name before it, a source opening the line after it, or a piece that says "I" line after line,
    // and the line is no one's words
    expect(claims(`${lead.replace('Ines Boro, a woman who sells fish at the pier, showed', 'In the harbour, a woman showed')}${words}\n\nThe market closes at noon on Sundays.`)).toEqual([]);
    expect(claims(`${lead}${words}\n\nAccording to the harbour office, the catch fell by a third since spring.`).filter((c) => c.kind === 'unmarked')).toEqual([]);
    const column = `${lead}${words}\n\nThe market closes at noon on Sundays.\n\nI went there twice this summer, and I found it empty.\n\nIn the end I bought my fish at the shop.`;
    expect(claims(column)).toEqual([]);
  });
});

describe('a quotation that lost its marks, credited on the line under it as a caption is', () => {
  it('when a line of someone\'s words is followed by "Name, speaking to Radio X", then the words are that person\'s, reported on that radio', () => {
    const text = [
      'The spokesperson said the fence will reach the village in June.',
      'The animal also has the right of living. Our duty is to protect the both, this is the middle way of our country.',
      'Divisional Forest Officer of Bumthang, Sonam Tobgay, speaking to BBS Radio',
      'Subscribe to our newsletter',
    ].join('\n\n');
    const claim = extract({ text }).claims.find((c) => c.text.startsWith('The animal'));
    expect(claim).toMatchObject({ kind: 'unmarked', speaker: 'Sonam Tobgay', source: 'BBS Radio' });
    expect(claim?.text.endsWith('middle way of our country.')).toBe(true);
  });

  it('when the credit line gives a bracketed portfolio and "in a reaction to" an agency, then the agency is the source', () => {
    const text = [
      'Also the province mixes itself in the discussion.',
      'Frisian as the language of the school must be protected in the villages. The province looks together with the municipality what is possible.',
      'Deputy Hylke Bergsma (Frisian language and culture), in a reaction to the news agency ANP',
    ].join('\n\n');
    const claim = extract({ text }).claims.find((c) => c.text.startsWith('Frisian as'));
    expect(claim).toMatchObject({ kind: 'unmarked', source: 'ANP' });
    expect(claim?.speaker).toContain('Hylke Bergsma');
  });

  it('when the line under a paragraph is a subheading or a sentence, then the paragraph stays the article\'s own', () => {
    const text = [
      'The council met on Monday. The budget for the schools was cut by a tenth, and the parents protested.',
      'Reactions of the parents, teachers and the mayor',
      'The mayor, speaking to the radio, said the cut was needed.',
    ].join('\n\n');
    expect(extract({ text }).claims.filter((c) => c.kind === 'unmarked')).toEqual([]);
  });
});

describe('a line of dialogue opened by a dash after a question put to the speaker', () => {
  it('when "— …, he says with anger." follows a line ending on a colon, then it is one quotation, not also an unmarked one', () => {
    const text = [
      'Her husband Jean-Marc, who works as a mason, adds: «Each year it is the same story.»',
      'Asked if the inhabitants had been warned before the water came:',
      '— We were not informed, nobody has passed with the loudspeaker, he says with anger.',
    ].join('\n\n');
    const found = extract({ text }).claims.filter((c) => c.text.includes('not informed'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'We were not informed, nobody has passed with the loudspeaker', speaker: 'Jean-Marc' });
  });
});

describe('a block quotation credited by a dash line under it ("— Name, to Radio Porto")', () => {
  const lead = 'Landslide\n\nThe hill came down on five houses in the night. The rescue went on until the morning.\n\n';

  test('when the words lost their marks and the dash line is the last line of their paragraph, then they are a quotation of the person it names', () => {
    const text = `${lead}We dug with the hoe and the hands until three in the morning. We heard the child one time.\n— Dede Saepudin, to Radio Garut\n\nThe search goes on today.`;
    const c = extract({ text }).claims;
    expect(c.map((x) => ({ kind: x.kind, text: x.text, speaker: x.speaker }))).toEqual([
      { kind: 'unmarked', text: 'We dug with the hoe and the hands until three in the morning. We heard the child one time.', speaker: 'Dede Saepudin' },
    ]);
    expect(c[0]!.source).toBe('Radio Garut');
  });

  test('when the dash line is a paragraph of its own under the words, then they are that person’s quotation too', () => {
    const text = `${lead}The bus it is not a luxury. For my mother, it is the only doctor she sees in the year.\n\n— Aroha Tāwhiri, Te Araroa\n\nThe ministry did not answer.`;
    expect(claims(text)[0]).toEqual({ kind: 'unmarked', text: 'The bus it is not a luxury. For my mother, it is the only doctor she sees in the year.', speaker: 'Aroha Tāwhiri' });
  });

  test('when the words kept their marks, then the dash line under them names the speaker, over a verb in the next paragraph', () => {
    const text = `${lead}“We lost everything in one hour. The water was at the roof.”\n— Ana Ruiz, to Radio Porto\n\nTomas Berg, the mayor, said on Monday that help will come.`;
    expect(extract({ text }).claims.find((x) => x.kind === 'direct')).toMatchObject({ speaker: 'Ana Ruiz', source: 'Radio Porto' });
  });

  test('when a dash line is a sentence, a single word, or a list of names with no words above it, then nothing is credited', () => {
    // (the reporter's own sentence after a dash)
    const sentence = `${lead}The water rose fast in the valley.\n— The mayor came in the morning and spoke to the people.`;
    expect(claims(sentence)).toEqual([]);
    // (a dash and one word: a signature, no name of a person)
    expect(claims(`${lead}The water rose fast in the valley.\n— Editor`)).toEqual([]);
    // (narration that does not close on a stop is no quotation)
    expect(claims(`${lead}Photos of the valley after the slide\n— Ana Ruiz, Radio Porto`)).toEqual([]);
  });
});
