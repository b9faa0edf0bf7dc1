import { extract } from '../../../server/extraction';
import { claimWith } from './attribution-helpers';
import { isClutterLine } from '../../../server/extraction/text/clutter';

describe('French typography: a space before the colon of a site line', () => {
  it('when the aggregator writes "Source : Tamurt", then the line is clutter and names the outlet', () => {
    expect(isClutterLine('Source : Tamurt')).toBe(true);
    expect(isClutterLine('Tags : Tizi Ouzou, eau potable')).toBe(true);
    const text = 'DZ ACTU\nAccueil / Actualité / Régions\nSource : Tamurt\n⚠ This article was translated automatically from Kabyle.\n\n' +
      'Village closes the road\n\nThe committee said that the road will stay closed until the water returns.';
    expect(extract({ text }).facts.outlet).toBe('Tamurt');
  });
});

describe('a slash between two words of a byline', () => {
  const text = 'Women gardeners receive their dam\n\nSamedi 25 octobre 2025 | Kombissiri | Par Boureima Zida (Correspondant Sidwaya/Bazèga)\n\n' +
    'The haut-commissaire of the province of the Bazèga, Clarisse Zongo, declared: «The State has kept the word.»\n\n' +
    'The haut-commissaire assured also to the AIB that one second dam is inscribed in the programme.';
  it('when "Correspondant Sidwaya/Bazèga" closes the by-line, then the place after the slash is no part of a name, and the description is the person named', () => {
    expect(claimWith(text, 'second dam')?.speaker).toBe('Clarisse Zongo');
  });
  it('when two bodies are joined by a slash ("Reuters/Ipsos"), then they stay one name', () => {
    const poll = 'Polls\n\nAccording to a Reuters/Ipsos poll released on Monday, the two candidates are level.';
    expect(claimWith(poll, 'two candidates')?.speaker).toBe('Reuters/Ipsos');
  });
});

describe('names in marks that are no one\'s words', () => {
  it('when a banderole bears "with the words «…»", then the words are its slogan', () => {
    const text = 'The youths had hung one banderole with the words «Koom yaa vɩɩm», the water is the life. ' +
      '«We thank the State», said the chief Boukary Sawadogo.';
    const claims = extract({ text }).claims;
    expect(claims.some((c) => c.text.includes('Koom yaa'))).toBe(false);
    expect(claims.find((c) => c.text.includes('We thank'))?.speaker).toBe('Boukary Sawadogo');
  });
  it('when capitalised marks stand between "the" and "of the government", then they name its scheme', () => {
    const text = 'The rehabilitation was done in the frame of the «Offensive agropastorale et halieutique» of the government. ' +
      '«We thank the State», said the chief Boukary Sawadogo.';
    expect(extract({ text }).claims.some((c) => c.text.includes('Offensive'))).toBe(false);
  });
  it('when the marks between "the" and "of" are followed by no body, then nothing changes: "the «we will fight» of the mayor" is not read as a scheme', () => {
    const text = 'Nobody forgot the «We will not leave» of the mayor Ana Ruiz, who said it on the first day.';
    expect(extract({ text }).claims.some((c) => c.text.includes('We will not leave'))).toBe(true);
  });
});

describe('a relative clause after a body named by "according to"', () => {
  it('when "According to the daily Le Pays, which interviewed the governor last week, …", then the claim starts after the clause', () => {
    const text = 'Dams\n\nAccording to the daily Le Pays, which interviewed the governor last week, the works cost 312 million francs.';
    const claim = claimWith(text, 'works cost');
    expect(claim?.text).toBe('the works cost 312 million francs');
    expect(claim?.kind).toBe('indirect');
  });
});

describe('a ministry\'s portfolios listed after its title', () => {
  const before = 'The spokesperson of the league, Mme Boitumelo Kgari, she told the agency BOPA that the committee will sit.\n\n';
  it('when "The Minister of Youth, Gender, Sport and Culture, X, she wrote" lists the portfolios, then the pronoun is X', () => {
    const text = before + 'The Minister of Youth, Gender, Sport and Culture, Motlotlegi Dineo Mmolawa, she wrote on the page: „Violence has no place in our football.“';
    expect(claimWith(text, 'Violence')?.speaker).toBe('Motlotlegi Dineo Mmolawa');
  });
  it('when the title is a word of the source language ("The Tona of Youth, Gender, Sport and Culture, X,"), then it is learnt as a title and the pronoun is X', () => {
    const text = before + 'The Tona of Youth, Gender, Sport and Culture, Motlotlegi Dineo Mmolawa, she wrote on the page: „Violence has no place in our football.“';
    expect(claimWith(text, 'Violence')?.speaker).toBe('Motlotlegi Dineo Mmolawa');
  });
});

describe('a headline that opens on a place before its colon', () => {
  it('when "Ighil Ameqran: «…»" heads an article that writes "the village Ighil Ameqran", then the quotation is the one who says it in the body', () => {
    const text = 'Ighil Ameqran: «The tap is dry since July»\n\n' +
      'The assembly of the village Ighil Ameqran decided on Friday to close the road.\n\n' +
      'Ouardia Medjber was coming up from the spring. «The tap is dry since July», she told.';
    const claims = extract({ text }).claims.filter((c) => c.text.startsWith('The tap is dry'));
    expect(claims).toHaveLength(2);
    for (const c of claims) expect(c.speaker).toBe('Ouardia Medjber');
  });
});

describe('an age given with "of" and a description by youth', () => {
  const quote = 'The youths are ready for the blockade, according to Amayas Tighilt, of 27 years, member of the committee, who spoke in an interview with BRTV:\n\n' +
    '« The youths of the village are not of the violence. We won the prize «Rabah Aïssat» of the cleanest village. »\n\n' +
    'The young man assured to BRTV that the blockade will be peaceful.';
  it('when "Amayas Tighilt, of 27 years," is followed by "the young man assured", then the young man is he, not a name said inside the quotation', () => {
    expect(claimWith('Water\n\n' + quote, 'blockade will be peaceful')?.speaker).toBe('Amayas Tighilt');
  });
  it('when the speaker was named after "according to" in the sentence that introduces the quotation, then he is no source of it', () => {
    const claim = claimWith('Water\n\n' + quote, 'not of the violence');
    expect(claim?.speaker).toBe('Amayas Tighilt');
    expect(claim?.source).toBe('BRTV');
  });
  it('when "the young man" follows a man the article made old, then it is not he', () => {
    const text = 'Water\n\nThe elder Lounès Ait Hamou, of 74 years, spoke first. The young man assured that the road will stay closed.';
    expect(claimWith(text, 'road will stay closed')?.speaker).not.toBe('Lounès Ait Hamou');
  });
});

describe('two people of one surname, one of them given a title of her gender', () => {
  it('when "Madame Ouédraogo" follows "Madame Salamata Ouédraogo" and "the director Adama Ouédraogo", then she is Salamata', () => {
    const text = 'Dam\n\nTheir presidente, Madame Salamata Ouédraogo, 52 years, did not hide her joy.\n\n' +
      'The provincial director of the agriculture, Adama Ouédraogo, was also there. «Respect the calendar», warned the director Ouédraogo.\n\n' +
      'At the end, Madame Ouédraogo, the presidente, said to the journalists that the first tomatoes will be in the market before Christmas.';
    expect(claimWith(text, 'first tomatoes')?.speaker).toBe('Salamata Ouédraogo');
    expect(claimWith(text, 'Respect the calendar')?.speaker).toBe('Adama Ouédraogo');
  });
});

describe('a group that sends someone to speak for it', () => {
  it('when "The herders … sent their representative, Hamidou Barry," precedes a quotation with no cue, then he says it', () => {
    const text = 'Dam\n\nThe director Adama Ouédraogo was also there. «Respect the calendar», warned the director.\n\n' +
      'The herders of the camp also sent their representative, Hamidou Barry, of 45 years. «We are happy. Our animals also drink.»';
    expect(claimWith(text, 'We are happy')?.speaker).toBe('Hamidou Barry');
  });
});

describe('one of a group its sentence names', () => {
  const text = 'Dam\n\nThe provincial director of the agriculture, Adama Ouédraogo, was also there with his technicians. In an interview ' +
    'with the RTB, he said that forty-five hectares will be developed.\n«If not, the dam will be empty», warned the director Ouédraogo, who ' +
    'asked the gardeners to use the drip.\n\nThe herders of the camp also sent their representative, Hamidou Barry, of 45 years.\n\n' +
    'The herder added that the corridors were traced with the commune.';
  it('when "The herders … sent their representative, Hamidou Barry," comes before "The herder added", then the herder is he', () => {
    expect(claimWith(text, 'corridors')?.speaker).toBe('Hamidou Barry');
  });
  it('when the description is indefinite ("one district leader"), then it is someone new, not the one the group named', () => {
    const other = 'Dam\n\nThe leaders of the district sent their delegate, Hamidou Barry, to the meeting.\n\n' +
      '“We will not sign,” said one leader who asked not to be named.';
    expect(claimWith(other, 'We will not sign')?.speaker).not.toBe('Hamidou Barry');
  });
});

describe('a credit after the closing mark, on the quotation\'s own line', () => {
  it('when "»…« — Saïd Belkacemi to Radio Tizi Ouzou." follows a quotation, then he said it there', () => {
    const text = 'Water\n\nThe president of the committee, Saïd Belkacemi, read the letters. Ouardia Medjber listened.\n\n' +
      '»We have written three letters and no answer. The people are tired of the promises« — Saïd Belkacemi to Radio Tizi Ouzou.';
    const claim = claimWith(text, 'three letters');
    expect(claim?.speaker).toBe('Saïd Belkacemi');
    expect(claim?.source).toBe('Radio Tizi Ouzou');
  });
});

describe('courtesy titles of more languages', () => {
  it.each([
    ['Dda', 'Lounès Ait Hamou'], ['Tat', 'Baltazar Tzul'], ['Doña', 'Eusebia Cuaxiloa'],
  ])('when "%s" stands before "%s", then it is no part of the name', (title, name) => {
    const text = `Water\n\n${title} ${name} spoke at the assembly. «The water belongs to who takes care of it», said ${title} ${name}.`;
    expect(claimWith(text, 'belongs to who')?.speaker).toBe(name);
  });
  it('when two people of one surname are named and the second only as a complement after a title ("of the family of Dda Lounès"), then "Ait Hamou, the mayor," is the first', () => {
    const text = 'Water\n\nThe oldest of the assembly, Dda Lounès Ait Hamou, spoke first.\n\n' +
      'The mayor, Rachid Ait Hamou, who is not of the family of Dda Lounès despite the same name, explained that the commune has no say.\n\n' +
      'Ait Hamou, the mayor, described the situation as \'a catastrophe announced since years\'.';
    expect(claimWith(text, 'catastrophe')?.speaker).toBe('Rachid Ait Hamou');
  });
});

describe('"the people" as the subject of a verb of speech', () => {
  it('when "the people repeated" stands before words, then the people are a group, not the last person named', () => {
    const text = 'Water\n\nWhen this newspaper told him what said tata Rufino, Larios Funes answered: «We respect the customs».\n\n' +
      'At the end of the assembly, the secretary of the ejido, Adán Huerta, closed with words that the people repeated with applause: ' +
      '«We are not against the development, we are against that they take what is of everybody.»';
    expect(claimWith(text, 'not against the development')?.speaker ?? null).not.toBe('Larios Funes');
  });
});

describe('two clauses reported after one "according to"', () => {
  const claims = (text: string) => extract({ text: `Floods\n\n${text}` }).claims.filter((c) => c.kind === 'indirect').map((c) => c.text);
  it('when ", and" opens a clause of its own (a subject and its verb), then each clause is a claim of the source', () => {
    expect(claims('According to the ministry (LVV), more than 300 hectare of rice are under water, and the farmers of the district can register for compensation.'))
      .toEqual(['more than 300 hectare of rice are under water', 'the farmers of the district can register for compensation']);
  });
  it('when "and" joins without a comma, or the clause after it reports words of its own, then the claim stays whole', () => {
    expect(claims('According to the ministry, the roads are closed and the schools will stay shut.')).toEqual(['the roads are closed and the schools will stay shut']);
    expect(claims('According to the report, Ana Ruiz sent the employee an email about the servers, and Ruiz and Berg told investigators they were unaware of it.'))
      .toHaveLength(1);
  });
});

describe('slogans on a sign and their glosses', () => {
  const claimed = (text: string, words: string) => extract({ text: `Protest\n\n${text}` }).claims.some((c) => c.text.includes(words));
  it('when the farmers "put one carton on the fence where they wrote with red paint „Pompu now!”", then the words are the sign\'s', () => {
    expect(claimed('At the end the farmers put one carton on the fence of the school where they wrote with red paint „Pompu now!”. The pump stood silent.', 'Pompu now')).toBe(false);
  });
  it('when a manta "where was written" bears a slogan, and a clause says what it means, then neither is anyone\'s words', () => {
    const text = 'Four hundred persons arrived, carrying one long manta where was written "Atl amo tlanamakalo", that in castilla it means "the water is not sold".';
    expect(claimed(text, 'Atl amo')).toBe(false);
    expect(claimed(text, 'water is not sold')).toBe(false);
  });
  it('when someone "said with a firm voice «…»", then the words are still speech', () => {
    expect(claimed('The mayor Ana Ruiz said with a firm voice «We will not sell the water».', 'We will not sell')).toBe(true);
  });
});

describe('an inverted "told" after a comma inside the closing mark', () => {
  it('when "“…,” told the old man Rufino Tepetla." closes the sentence, then he told it, as after «…», told', () => {
    expect(claimWith('Water\n\nThe assembly met on Sunday. “Then he laughed and left in his truck,” told the old man Rufino Tepetla.', 'Then he laughed')?.speaker)
      .toBe('Rufino Tepetla');
  });
  it('when a subject told someone ("“…,” Ana Ruiz told the old man Rufino Tepetla."), then the one told is no speaker', () => {
    expect(claimWith('Water\n\nThe assembly met on Sunday. “The water stays,” Ana Ruiz told the old man Rufino Tepetla.', 'The water stays')?.speaker)
      .toBe('Ana Ruiz');
  });
});

describe('a representative described twice, and a paper that only carried the words', () => {
  it('when "the legal representative of the company, the engineer Héctor Larios Funes, affirmed" follows "Contacted by La Jornada de Oriente", then he affirmed it', () => {
    const text = 'Water\n\nContacted by telephone by La Jornada de Oriente, the legal representative of the company, the engineer Héctor Larios Funes, ' +
      'affirmed that they do not want to dry the spring.';
    expect(claimWith(text, 'dry the spring')?.speaker).toBe('Héctor Larios Funes');
  });
  it('when "According to the regidor, …" follows words given "to Radio Tsinaka", then the station is not the regidor', () => {
    const text = 'Water\n\nHis son confirmed to Radio Tsinaka that the council never voted. According to the regidor, the company wants to extract eighty thousand litres a day.';
    expect(claimWith(text, 'eighty thousand')?.speaker).not.toBe('Radio Tsinaka');
  });
});

describe('a group before the colon, after a verb that is no verb of speech', () => {
  it('when "The minister Ana Ruiz thanked the volunteers: «…»", then the minister said it, and the volunteers are no source', () => {
    const claim = claimWith('Floods\n\nThe minister Ana Ruiz thanked the volunteers: «Without you nothing would be possible.»', 'Without you');
    expect(claim?.speaker).toBe('Ana Ruiz');
    expect(claim?.source ?? null).toBeNull();
  });
});
