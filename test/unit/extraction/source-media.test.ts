import { extract } from '../../../server/extraction';

const claimWith = (text: string, words: string) => extract({ text }).claims.find((c) => text.slice(c.start, c.end).includes(words));

describe('source: an interview given "for" a station at the head of the sentence', () => {
  test('when "In an interview for Radio Kodra, Lani said that …. ¶ „…“, said the minister", then both claims went out on the station', () => {
    const text = 'Beaches.\n\nThe Minister of Tourism, Vera Lani, supported the action. In an interview for Radio Kodra, Lani said that the beach must be returned to the families.\n„The visitor who comes to Vlora does not come to see the concrete. He comes for the sea“, said the minister.';
    expect(claimWith(text, 'beach must be returned')).toMatchObject({ speaker: 'Vera Lani', source: 'Radio Kodra' });
    expect(claimWith(text, 'The visitor who comes')).toMatchObject({ speaker: 'Vera Lani', source: 'Radio Kodra' });
  });

  test('when "a campaign for Radio Kodra" names no words given, then the station is no source', () => {
    const text = 'Beaches.\n\nIn a campaign for Radio Kodra, Lani said that the beach must be returned to the families.';
    expect(claimWith(text, 'beach must be returned')?.source ?? null).not.toBe('Radio Kodra');
  });
});

describe('source: declarations to a station set up before the speaker of a quotation with no cue', () => {
  const text = 'Harvest.\n\nThe president of the growers, Nuria Vidal, considered that the decision «comes too late».\n\nIn declarations to Radio Sol, Vidal was even harder: «They looked at the sky while we lost the harvest. Who will pay the apples?»';
  test('when "In declarations to Radio Sol, Vidal was even harder: «…»", then the quotation went out on the station', () => {
    expect(claimWith(text, 'They looked at the sky')).toMatchObject({ speaker: 'Nuria Vidal', source: 'Radio Sol' });
  });

  test('when "In declarations to Radio Sol, Vidal said: «…»", then the station is the source', () => {
    const said = 'Harvest.\n\nIn declarations to Radio Sol, the grower Nuria Vidal said: «They looked at the sky while we lost the harvest.»';
    expect(claimWith(said, 'They looked at the sky')).toMatchObject({ speaker: 'Nuria Vidal', source: 'Radio Sol' });
  });

  test('when the sentence sets up no venue ("In the orchards of Lleida, Vidal was even harder: «…»"), then no source is named', () => {
    const plain = 'Harvest.\n\nIn the orchards of Lleida, the grower Nuria Vidal was even harder: «They looked at the sky while we lost the harvest.»';
    expect(claimWith(plain, 'They looked at the sky')?.source ?? null).toBeNull();
  });
});

describe('source: the venue a pronoun speaker gave words to in the sentence before', () => {
  const text = 'Schools.\n\nThe mayor of Tarvo, Liina Saar, did not agree. Speaking to TRK\'s radio news, she found that the plan was made in the capital without asking the town.\n„Tarvo is the fourth town of the country. If one gymnasium remains, the young people leave,“ said Saar.';
  test('when "Speaking to TRK\'s radio news, she found that …. ¶ „…“, said Saar", then the quotation went out on TRK', () => {
    expect(claimWith(text, 'Tarvo is the fourth town')).toMatchObject({ speaker: 'Liina Saar', source: 'TRK' });
  });

  test('when the pronoun in the venue\'s sentence is another person\'s, then the venue is not the speaker\'s', () => {
    const other = 'Schools.\n\nThe minister Rein Kask spoke first. Speaking to TRK\'s radio news, he said that the plan is final.\nThe mayor of Tarvo, Liina Saar, did not agree.\n„Tarvo is the fourth town of the country,“ said Saar.';
    expect(claimWith(other, 'Tarvo is the fourth town')?.source ?? null).toBeNull();
  });
});

describe('source: a programme in marks whose own name holds its station', () => {
  test('when "affirmed the director on the programme «El matí de Ràdio Sol»", then the programme is the source', () => {
    const text = 'Water.\n\nThe director of the water agency, Ramon Ferrer, put technique to the debate.\n— The situation is better than last year, but the word should not confuse anyone — affirmed the director on the programme «El matí de Ràdio Sol».';
    expect(claimWith(text, 'The situation is better')).toMatchObject({ speaker: 'Ramon Ferrer', source: 'El matí de Ràdio Sol' });
  });

  test('when the programme in marks is a scheme ("under the programme «Aigua de Tots»"), then it is no source', () => {
    const text = 'Water.\n\n«The wells are full», said the director Ramon Ferrer on the programme «Aigua de Tots».';
    expect(claimWith(text, 'The wells are full')?.source ?? null).toBeNull();
  });
});

describe('source: a run of quotations with no cue of their own goes on where the first went out', () => {
  const text = 'Water.\n\nThe answer of the farm sector did not make itself wait. The president of Unió de Llauradors in the Penedès, Nuria Soler i Puig, considered that the decision «arrives with three months of delay».\n\nIn declarations to Radio Sol, Soler was even harder: «They have been looking at the sky while we were losing the harvest. Now they come with the scissors. Who will pay the pears that have not grown?»\n«We asked for a meeting in August and in September. Nobody answered us.»\n';
  test('when «…» ¶ «…» follow "In declarations to Radio Sol, Soler was even harder:", then both went out on the station', () => {
    expect(claimWith(text, 'We asked for a meeting')).toMatchObject({ speaker: 'Nuria Soler i Puig', source: 'Radio Sol' });
  });

  test('when words stand between the two quotations, then the second does not take the first one\'s source', () => {
    const apart = text.replace('\n«We asked', '\nThe ministry did not answer. «We asked');
    expect(claimWith(apart, 'We asked for a meeting')?.source ?? null).not.toBe('Radio Sol');
  });
});

describe('source: an agency whose name holds its press noun in Romance order, after "the"', () => {
  test('when "explained to the Girona Agency of News (GAN) that …: «…», said Soler", then the agency is the source', () => {
    const text = 'Water.\n\nHer brother, Jordi Soler, mayor of Vilanova, has a calmer position. The 61-year-old mayor explained to the Girona Agency of News (GAN) that the town is ready: «We have done the homework. The tanks are full», said Soler.';
    expect(claimWith(text, 'We have done the homework')).toMatchObject({ speaker: 'Jordi Soler', source: 'Girona Agency of News (GAN)' });
  });

  test('when the body after "the" holds no press noun ("went to the Girona Water Board"), then it is no source', () => {
    const text = 'Water.\n\nThe mayor Jordi Soler went to the Girona Water Board on Monday: «We have done the homework», said Soler.';
    expect(claimWith(text, 'We have done the homework')?.source ?? null).toBeNull();
  });
});

describe('source: a news site\'s address after whatever noun the words were told to', () => {
  test('when "„…,“ the mayor told the server zpravy.cz", then the address is the source', () => {
    const text = 'Ward.\n\n„The region promised us three years ago that the ward stays. Nobody called me,“ the mayor Karel Dvorak told the server zpravy.cz.';
    expect(claimWith(text, 'The region promised us')).toMatchObject({ speaker: 'Karel Dvorak', source: 'zpravy.cz' });
  });

  test('when no address follows ("told the crowd in Opava"), then no source is named', () => {
    const text = 'Ward.\n\n„We will stay,“ the mayor Karel Dvorak told the crowd in Opava.';
    expect(claimWith(text, 'We will stay')?.source ?? null).toBeNull();
  });
});

describe('source: an interview "of" an agency', () => {
  const text = 'Night market.\n\nCity hospital physician Lin Wei-ting accepted interview of Formosa News Agency (FNA) reporter, said most patients have symptoms of vomiting, after treatment mostly have already improved.「Elderly and small children especially must pay attention to dehydration,」Lin Wei-ting reminded.';
  test('when "accepted interview of Formosa News Agency (FNA) reporter, said …. 「…」X reminded", then the agency is the source', () => {
    expect(claimWith(text, 'Elderly and small children')).toMatchObject({ speaker: 'Lin Wei-ting', source: 'Formosa News Agency (FNA)' });
  });

  test('when the interview is "of" a body with no press noun ("interview of the Harbour Authority"), then it is no source', () => {
    const other = text.replace('Formosa News Agency (FNA) reporter', 'the Harbour Authority board');
    expect(claimWith(other, 'Elderly and small children')?.source ?? null).toBeNull();
  });
});

describe('source: the station part a quotation with no cue goes on to in its own sentence', () => {
  const text = 'Hospital.\n\nThe mayor of Lasalle, Ginette Roy, does not hide her anger.\n\n« Ninety kilometres, it is not nothing when you make a heart attack », has she let fall at the microphone of Radio-Nord.';
  test('when "« … », has she let fall at the microphone of Radio-Nord", then the station is the source', () => {
    expect(claimWith(text, 'Ninety kilometres')).toMatchObject({ speaker: 'Ginette Roy', source: 'Radio-Nord' });
  });

  test('when the sentence goes on to no station\'s part ("at the end of the day"), then no source is named', () => {
    const plain = text.replace('at the microphone of Radio-Nord', 'at the end of the day');
    expect(claimWith(plain, 'Ninety kilometres')?.source ?? null).toBeNull();
  });
});

describe("source: a station's initials and its band", () => {
  test('when words are said to "KTN FM", then the station with its band is the source', () => {
    const text = '"We want a clear contract," the coordinator Filomena Soares said to KTN FM.';
    expect(claimWith(text, 'clear contract')?.source).toBe('KTN FM');
  });

  test('when a heading is shouted in capitals, then initials and a band in it name nothing', () => {
    const text = 'TURNS OUT KTN FM LIED ABOUT THE POLL\n\n"We never said that," the manager said.';
    expect(claimWith(text, 'never said that')?.source ?? null).toBeNull();
  });
});
