import { extract } from '../../../server/extraction';

/** The speaker of the claim whose text holds `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return extract({ text }).claims.find((c) => c.text.includes(words))?.speaker;
}

describe("an officer's name written right after their body's, without the comma translation drops", () => {
  it('when a university precedes a professor\'s name, then the professor is the speaker and the university is not part of the name', () => {
    const text = 'Economist, professor of the Northvale State University Davit Kereselidze considers the subsidy a painkiller.\n\n' +
      '"Every year we give money and every year the same queues," Kereselidze said.';
    expect(speakerOf(text, 'same queues')).toBe('Davit Kereselidze');
  });

  it('when a company form ends the firm\'s name ("Baltiq" OJSC), then the name after it is its officer\'s', () => {
    const text = 'Head of the press office of "Baltiq" OJSC Rasim Aliyev told reporters that the pipes had burst in the night.\n\n' +
      '"The water will be back by the evening," Aliyev said.';
    expect(speakerOf(text, 'back by the evening')).toBe('Rasim Aliyev');
  });

  it('when a project company "… Oy" precedes its managing director, then the director is the speaker', () => {
    const text = 'The managing director of the project company Tuulivoima Oy Jari Lampinen does not accept the claims.\n\n' +
      '"The turbines meet every rule," Lampinen said.';
    expect(speakerOf(text, 'every rule')).toBe('Jari Lampinen');
  });

  it('when a country\'s initials follow the portfolio ("of energy of RK"), then the deputy minister is named without them', () => {
    const text = 'Vice-minister of energy of RK Aigerim Bolatovna Saparova said on the briefing: "This is not an accident, this is a consequence."';
    expect(speakerOf(text, 'not an accident')).toBe('Aigerim Bolatovna Saparova');
  });

  it('when the office names its country after a second "of", then the holder is the name after the country', () => {
    const text = 'Minister of Culture and Sport of Moldova Irina Cojocaru visited the theatre. "The roof will be repaired this year," she said.';
    expect(speakerOf(text, 'roof will be repaired')).toBe('Irina Cojocaru');
  });

  it('when portfolios in lower case lead back to the minister ("for development of communities and territories of Ukraine"), then the holder is named alone', () => {
    const text = 'The minister for development of communities and territories of Ukraine Oleh Tkachuk stated that the city was ready for winter. ' +
      '"Every boiler house has a reserve generator," Tkachuk said.';
    expect(speakerOf(text, 'reserve generator')).toBe('Oleh Tkachuk');
  });

  it('when the ministry is of "Emergency Situations" or of "Land, Infrastructure and Transport", then the whole portfolio is the title', () => {
    const a = 'Minister of Emergency Situations Aslan Zhakupov arrived in the village. "Each village must have its plan," Zhakupov said.';
    expect(speakerOf(a, 'its plan')).toBe('Aslan Zhakupov');
    const b = 'Minister of Land, Infrastructure and Transport Choi Min-ho said: "The procedure will be completed within this year."';
    expect(speakerOf(b, 'within this year')).toBe('Choi Min-ho');
  });

  it('when a party named in the plural precedes its member, then the member is the speaker', () => {
    const text = 'The Seimas member of the opposition Social Democrats Tomas Lindqvist wrote on his Facebook account: "The people should not pay for this."';
    expect(speakerOf(text, 'should not pay')).toBe('Tomas Lindqvist');
  });

  it('when a body\'s own name ends on two capitalised words or goes on past "of", then no person is made of them', () => {
    const bank = 'The governor of Bank Negara Malaysia said the ringgit would recover. "The fundamentals are strong," the governor said.';
    expect(extract({ text: bank }).speakers.map((s) => s.name)).not.toContain('Negara Malaysia');
    const parish = 'The Parish Council of Santa Maria Maior approved the proposal. "We are losing the neighbours," said the council.';
    const names = extract({ text: parish }).speakers.map((s) => s.name);
    expect(names).not.toContain('Maria Maior');
    expect(names).not.toContain('Santa Maria Maior');
  });
});

describe('honorifics that translation leaves before a name', () => {
  it('when a name is written after "His Excellency", "Madame", "Hajiya" or "Comrade", then the speaker is the name without it', () => {
    const cases: [string, string, string][] = [
      ['Talking to the local press, His Excellency Sok Vannarith, governor of the province, said: "The road will open on Monday."', 'open on Monday', 'Sok Vannarith'],
      ['"The file is complete," Madame Claudine Weber-Hoss told the court.', 'file is complete', 'Claudine Weber-Hoss'],
      ['"We have no water since Friday," said Hajiya Lami Bello, a trader at the market.', 'no water', 'Lami Bello'],
      ['"The strike continues until the salaries are paid," Comrade Yusuf Danladi declared.', 'strike continues', 'Yusuf Danladi'],
    ];
    for (const [text, words, speaker] of cases) expect(speakerOf(text, words)).toBe(speaker);
  });

  it('when two people share a surname, then the honorific a surname is written with tells which one speaks, and "Mr" the other', () => {
    const text = [
      'The principal Sipho Dlamini said the roof fell in the storm.',
      'Gogo Nomsa Dlamini, 71, who raises three grandchildren at the school, came with other parents.',
      '"We are tired, my child," said Gogo Dlamini.',
      '"Even under the tree we teach," said Mr Dlamini.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are tired')).toBe('Nomsa Dlamini');
    expect(speakerOf(text, 'under the tree')).toBe('Sipho Dlamini');
  });

  it('when the honorific alone stands for the person ("said Ustod"), then it is the one last named with it', () => {
    const text = 'Ustod Saidmurod Rahimov has trained the boxer since he was nine. "He never gave up," said Ustod.';
    expect(speakerOf(text, 'never gave up')).toBe('Saidmurod Rahimov');
  });
});

describe('titles of the Commonwealth and of southern Africa', () => {
  it('when "the Lord-Mayor" is named once with the city it serves, then "the Lord-Mayor" later is that person', () => {
    const text = [
      'Interviewed on Radio Plus, the Lord-Mayor of Port-Louis, Dr Anil Ramdin, has rejected the critics.',
      '«We have sent four lorries and thirty workers,» has explained the Lord-Mayor.',
    ].join('\n\n');
    expect(speakerOf(text, 'four lorries')).toBe('Anil Ramdin');
  });

  it('when a name is written after "Honourable" or the Sesotho "Ntate", then the title is not part of the speaker\'s name', () => {
    expect(speakerOf('"Help is coming," said Honourable Palesa Mokoena in the National Assembly.', 'Help is coming')).toBe('Palesa Mokoena');
    expect(speakerOf('The spokesperson of the authority, Ntate Motlatsi Ramonyane, said: "The maize has arrived."', 'maize has arrived')).toBe('Motlatsi Ramonyane');
  });
});

describe('bodies and papers named with "the" before their capitalised noun', () => {
  it('when a quotation is told to "the … Daily Post", then that paper is the source', () => {
    const text = 'The spokesperson of the chamber, Leiwia Tamata, said the bars give work to 300 people. ' +
      '‘We support the families, but the council must sit with the business first,’ she told the Harbour Daily Post.';
    expect(extract({ text }).claims.find((c) => c.text.includes('support the families'))?.source).toBe('Harbour Daily Post');
  });

  it('when a name and its paper are set off before a colon ("Chris Rowe, The Harbour Post:"), then the speaker is the person', () => {
    const text = 'Chris Rowe, The Harbour Post: "This was her best debate performance."';
    expect(speakerOf(text, 'best debate')).toBe('Chris Rowe');
  });

  it('when "the district administration" speaks after a federation was named, then it is not the federation', () => {
    const text = 'The Odisha State Cooperative Marketing Federation (MARKFED) has informed that potato will be sold at 35 rupees. ' +
      'According to the district administration, 40 quintals of hoarded potato have been seized.';
    const claim = extract({ text }).claims.find((c) => c.text.includes('quintals'));
    expect(claim?.speaker).not.toBe('Odisha State Cooperative Marketing Federation');
  });
});

describe('"Madam" before a name', () => {
  it('when a spokeswoman is named after "Madam", then the speaker is her name without it', () => {
    const text = 'The Public Relations Officer of the commission, Madam Efua Mensah, told Joy News: "The samples show mercury above the limit."';
    expect(speakerOf(text, 'samples show')).toBe('Efua Mensah');
  });
});

describe('an office of a body of a body, set off before its holder\'s name', () => {
  it('when "the head of the press service of the Ministry of Emergencies, Ivan Petrov" speaks, then Ivan Petrov is the speaker', () => {
    const text = 'The fire broke out on Monday.\n\n"The fire is under control," said the head of the press service of the Ministry of Emergencies, Ivan Petrov.';
    expect(speakerOf(text, 'under control')).toBe('Ivan Petrov');
  });

  it('when the body of the second "of" is written in lower case, then its holder is the speaker all the same', () => {
    const text = 'The fire broke out on Monday.\n\n"The fire is under control," said the head of the press service of the ministry, Ivan Petrov.';
    expect(speakerOf(text, 'under control')).toBe('Ivan Petrov');
  });
});
