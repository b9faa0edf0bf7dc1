import { extract } from '../../../server/extraction';
import { outletDisplayName } from '../../../server/extraction/text/outlet';

describe('outlet: a handle the article itself spells', () => {
  test('when the header block says "Source: kivunews.com" and a sentence says "told KIVUnews", then the outlet is KIVUnews', () => {
    const text = 'Lake Digest\nNow you can read Lake news in English. Automatic translation.\n\nFerry delayed on the lake, traders wait\nDate: 1403/07/15 – 6 October 2024\nSource: kivunews.com\n\nThe ferry did not leave on Monday. «We wait since morning,» said a trader, Amina Uwase, to KIVUnews.\n\n© Lake Digest 2025';
    expect(extract({ text }).facts.outlet).toBe('KIVUnews');
  });

  test('when "Source: aveuperiodico" stands under a masthead "Avéu Periódico", then the outlet keeps its accents and space', () => {
    const text = 'Avéu Periódico\nPortada · Vila · Deportes\n\nThe fishers of the bay stop work for a week\n\nSource: aveuperiodico\n\nThe fishers of the bay will not go out this week. "The sea is empty," said Ramón Lois Castro.\n\n© Avéu Periódico. All rights reserved.';
    expect(extract({ text }).facts.outlet).toBe('Avéu Periódico');
  });
});

describe('outlet: a station\'s handle with its word glued on', () => {
  test('when the handle is "azadiradio.com", then the display name is "Azadi Radio"', () => {
    expect(outletDisplayName('azadiradio.com')).toBe('Azadi Radio');
  });
});

describe('source: a programme in marks on a station written with a small letter first', () => {
  test('when "said X on the programme „Jutro rano“ on kTV", then the source is the programme with its station', () => {
    const text = 'Strike.\n\n„We have waited three winters for this money“, said Petar Lazov on the programme „Jutro rano“ on kTV.\n\nThe city did not answer.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Petar Lazov', source: 'Jutro rano (kTV)' });
  });
});

describe('source: the speaker again after "according to"', () => {
  test('when "She added that the fund, according to her, …", then the pronoun is no source', () => {
    const text = 'Budget.\n\nThe treasurer Vesna Orlova spoke at the council on Monday.\n\nShe added that the new fund, according to her, will cover the repairs of the school roofs.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'indirect');
    expect(claim?.source).not.toBe('her');
  });
});

describe('source: the venue of a speaker\'s words set up paragraphs before', () => {
  test('when "Speaking on Radio Kelo, X said that …. ¶ “…,” she said. ¶ She added that …", then the last claim went out on the station too', () => {
    const text = 'Buses.\n\nSpeaking in the programme “Morning Talk” of Radio Kelo on Sunday, the spokesperson of the transport office, Amina Rugo, said that new buses are expected in May.\n\n“These buses will serve the busiest lines first,” she said.\n\nShe added that the office “is working day and night” on the timetable.';
    const claims = extract({ text }).claims;
    const last = claims.find((c) => c.kind === 'partial' && text.slice(c.start, c.end).includes('day and night'));
    expect(last).toMatchObject({ speaker: 'Amina Rugo', source: 'Morning Talk (Radio Kelo)' });
  });
});

describe('source: the platform a quotation with no cue was published on', () => {
  test('when "In a live on Facebook in the evening, X the offer "an insult" called", then the partial went out on Facebook', () => {
    const text = 'Strike.\n\nThe head of the weavers\' union, Kishorbhai Desai, met the workers.\n\nIn a live on Facebook in the evening, Kishorbhai the offer of the mill owners "a mockery" called.\n\nThe talks go on.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'partial');
    expect(claim).toMatchObject({ speaker: 'Kishorbhai Desai', source: 'Facebook' });
  });

  test('when "made a share from his account on the social media platform X: “…”", then the quotation went out on X', () => {
    const text = 'Fire.\n\nMinister of Forests Orhan Demirel, who reached the valley at dawn, made a share from his account on the social media platform X: “The brigades held the line all night.”\n\nThe fire is out.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Orhan Demirel', source: 'X' });
  });
});

describe('source: a quotation\'s own sentence names the platform, its cue another sentence', () => {
  test('when "\'…,\' X said. ¶ In a live on Facebook, X the offer "a mockery" called", then the partial went out on Facebook', () => {
    const text = 'Strike.\n\nThe head of the weavers\' union, Kishorbhai Desai, met the workers.\n\n\'We ask only for a fair wage,\' Kishorbhai said.\n\nIn a live on Facebook in the evening, Kishorbhai the offer of the mill owners "a mockery" called.\n\nThe talks go on.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'partial');
    expect(claim).toMatchObject({ speaker: 'Kishorbhai Desai', source: 'Facebook' });
  });
});

describe('source: "in the same conversation" past a claim of the speaker\'s that names no source', () => {
  test('when "X, while talking to Coast News, rejected …. “…” ¶ According to him, …. In the same conversation X termed the march “…”", then the partial is from Coast News', () => {
    const text = 'Farmers.\n\nThe Minister for Food Tariq Mahmood Bajwa, while talking to Coast News, rejected the claim that the farmers were left alone.\n\nThe minister said, “The government is the friend of the farmer.”\n\nAccording to him, a committee will report within one week. In the same conversation Bajwa termed the march “a show of the opposition” and left.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'partial');
    expect(claim).toMatchObject({ speaker: 'Tariq Mahmood Bajwa', source: 'Coast News' });
  });
});

describe('source: a news site named by its address after its press noun', () => {
  test('when "„…,“ he told the portal zpravy.cz", then the source is the address, not the noun', () => {
    const text = 'Hospital.\n\nThe mayor of the town, Karel Dvorak, is angry.\n\n„Nobody asked the town before the ward closed,“ he told the portal zpravy.cz.\n\nThe region did not answer.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Karel Dvorak', source: 'zpravy.cz' });
  });
});

describe('source: a letter posted on a platform, quoted in the paragraphs after it', () => {
  test('when the speaker\'s sentence says they posted it on the Facebook page, then the quotations no cue attributes went out on Facebook', () => {
    const text = [
      'The coach of the club, Patrick Mulenga, resigned on Sunday after the team lost again.',
      'On Monday morning, Mulenga posted a long letter on the Facebook page of the club. The fans shared it many times.',
      '«To the supporters of the club, I want to thank you for standing with me in the rain and in the sun.',
      'Today I am leaving, but the club is still inside my heart.»',
    ].join('\n\n');
    const claim = extract({ text }).claims.find((c) => c.text.startsWith('To the supporters'));
    expect(claim).toMatchObject({ speaker: 'Patrick Mulenga', source: 'Facebook' });
  });

  test('when the platform is only mentioned, not posted on by the speaker, then it is no source', () => {
    const text = [
      'The coach of the club, Patrick Mulenga, resigned on Sunday. Fans on Facebook were angry.',
      '«I want to thank you for standing with me in the rain and in the sun.»',
    ].join('\n\n');
    const claim = extract({ text }).claims.find((c) => c.text.startsWith('I want'));
    expect(claim?.source ?? null).not.toBe('Facebook');
  });
});

describe('source: papers whose name ends on a word of their own language', () => {
  test('when words are said "in the Leeuwarder Courant", then the paper is the source', () => {
    const text = 'The alderman Durk Meer said it in the Leeuwarder Courant so: "The number of children goes down every year."';
    expect(extract({ text }).claims.find((c) => c.text.includes('number of children'))?.source).toBe('Leeuwarder Courant');
  });

  test('when words are said "in the Town Hall", then no paper is named', () => {
    const text = 'The alderman Durk Meer said in the Town Hall: "The number of children goes down every year."';
    expect(extract({ text }).claims.find((c) => c.text.includes('number of children'))?.source ?? null).toBeNull();
  });
});

describe('source: a programme set up before the speaker, its station after "of"', () => {
  test('when the programme\'s name is unmarked ("In the program Dalan ba Agrikultura of the Radio Timor-Leste, …"), then the station is the source', () => {
    const text = 'In the program Dalan ba Agrikultura of the Radio Timor-Leste, on Sunday, the coordinator Filomena Soares was more clear: ' +
      '"If the Government does not intervene, the farmers will cut the trees."';
    expect(extract({ text }).claims.find((c) => c.text.includes('cut the trees'))?.source).toBe('Radio Timor-Leste');
  });

  test('when the programme\'s name is in marks, then it is given with its station', () => {
    const text = 'In the program "Dalan ba Agrikultura" of Radio Timor-Leste, on Sunday, Filomena Soares was more clear: ' +
      '"If the Government does not intervene, the farmers will cut the trees."';
    expect(extract({ text }).claims.find((c) => c.text.includes('cut the trees'))?.source).toBe('Dalan ba Agrikultura (Radio Timor-Leste)');
  });
});

describe('sources: a piece written for a paper', () => {
  const lead = 'Harbour.\n\nAna Ruiz is the harbour minister.\n\n';
  test('when "wrote in an op-ed for The Harbour Times" or "in a column for Público", then the paper is the source', () => {
    expect(extract({ text: `${lead}“We will rebuild,” Ruiz wrote in an op-ed for The Harbour Times.` }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'Harbour Times' });
    expect(extract({ text: `${lead}“We will rebuild,” Ruiz wrote in a column for Público on Sunday.` }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'Público' });
  });
  test('when "a spokesman for Acme" speaks, then Acme is his employer, no source', () => {
    expect(extract({ text: `${lead}“We must act,” Ruiz said. “We agree,” a spokesman for Acme Shipping said.` }).claims[1]!.source).toBeNull();
  });
});

describe('sources: a document that speaks for whoever issued it', () => {
  const lead = 'Roads.\n\nThe coast road was shut in the storm.\n\n';
  const claim = (sentence: string) => extract({ text: `${lead}${sentence}` }).claims[0];
  test('when "said a statement from the Harbour Board" or "says a press release from Interpol", then the issuer speaks', () => {
    expect(claim('“The road will reopen on Monday,” said a statement from the Harbour Board.')).toMatchObject({ speaker: 'Harbour Board' });
    expect(claim('“The road will reopen on Monday,” says a press release from Interpol.')).toMatchObject({ speaker: 'Interpol' });
  });
  test('when "reads a statement by the ministry", then the ministry, described only, is the source and no speaker', () => {
    expect(claim('“The road will reopen on Monday,” reads a statement by the ministry.')).toMatchObject({ speaker: null, source: 'ministry' });
  });
  test('when a place issued the document ("a statement by the prefecture"), then the body that runs it is the source', () => {
    expect(claim('According to a statement by the prefecture, the road will reopen on Monday after the works.')).toMatchObject({ kind: 'indirect', source: 'prefecture' });
    expect(claim('“The road will reopen on Monday,” says a press release from the prefecture.')).toMatchObject({ speaker: null, source: 'prefecture' });
  });
  test('when "according to a report in the Financial Times", then the paper is the source; a report in a city is none', () => {
    expect(claim('According to a report in the Financial Times, the road will reopen on Monday after the works.')).toMatchObject({ source: 'Financial Times' });
    expect(claim('According to a report in Lisbon, the road will reopen on Monday after the works.')?.source ?? null).not.toBe('Lisbon');
  });
});

describe('sources: a document seen, obtained or issued by someone named after "by"', () => {
  const lead = 'Files.\n\nThe archive of the harbour was moved in 2013.\n\n';
  const claim = (sentence: string) => extract({ text: `${lead}${sentence}` }).claims[0];
  test('when "a memo seen by Reuters said …" or "a letter obtained by The Times says …", then the document speaks and the paper is the source', () => {
    expect(claim('A memo seen by Reuters said investigators were unable to find the files.')).toMatchObject({ speaker: null, source: 'Reuters' });
    expect(claim('The report, seen by Reuters, said investigators were unable to find the files.')).toMatchObject({ speaker: null, source: 'Reuters' });
    expect(claim('A letter obtained by The Times says the minister knew of the delay.')).toMatchObject({ speaker: null, source: 'Times' });
  });
  test('when a letter from a body was obtained by an agency, then the body speaks, not the agency', () => {
    expect(claim('A letter from the Harbour Board obtained by the Associated Press warns that “any further talks will go through our lawyers.”'))
      .toMatchObject({ speaker: 'Harbour Board' });
  });
  test('when "a statement issued by the Harbour Board said", then the issuer speaks; "released by" hands out a report that may be anyone\'s', () => {
    const text = `${lead}“The pier is closed,” said a statement issued by the Harbour Board.`;
    const issued = extract({ text }).claims[0]!;
    expect(issued.speaker).toBe('Harbour Board');
    expect(text.slice(issued.mention!.start, issued.mention!.end)).toBe('the Harbour Board');
    expect(claim('According to a Velsk Institute report released by the governor’s office, the pier cost twice its budget.')).toMatchObject({ speaker: 'Velsk Institute' });
  });
});

describe('source: a body that passes the sentence on, named at its end', () => {
  const claimsOf = (body: string) => extract({ text: `Prices.\n\n${body}` }).claims;

  test('when "«…», said the minister X, RIA Novosti reports." or "…, reports RIA Novosti.", then the minister speaks and the agency is the source', () => {
    for (const close of ['RIA Novosti reports', 'reports RIA Novosti']) {
      const [claim] = claimsOf(`The market calmed in May. «The market has stabilised», said the minister of economy Anton Kirov, ${close}.`);
      expect(claim).toMatchObject({ text: 'The market has stabilised', speaker: 'Anton Kirov', source: 'RIA Novosti' });
    }
  });

  test('when the agency is named with its article and press noun ("reported the Xinhua agency", "the Russian agency TASS reported"), then it is the source', () => {
    for (const close of ['reported the Xinhua agency', 'the Xinhua agency reported', 'reported the Chinese agency Xinhua']) {
      const [claim] = claimsOf(`The market calmed in May. «The market has stabilised», said the minister Anton Kirov, ${close}.`);
      expect(claim).toMatchObject({ speaker: 'Anton Kirov', source: 'Xinhua' });
    }
    // (an agency the article does not name is no source)
    expect(claimsOf('«The market has stabilised», said the minister Anton Kirov, the state news agency reported.')[0]).toMatchObject({ source: null });
  });

  test('when "Informs Interfax." follows as a sentence, or a paragraph, of its own, then the agency is the source', () => {
    for (const gap of [' ', '\n\n']) {
      const [claim] = claimsOf(`The market calmed in May. «The market has stabilised», said the minister Anton Kirov.${gap}Informs Interfax.`);
      expect(claim).toMatchObject({ speaker: 'Anton Kirov', source: 'Interfax' });
    }
  });

  test('when the closing sentence goes on, another sentence follows it in its paragraph, or a person writes, then no source is read', () => {
    const ongoing = claimsOf('«The market has stabilised», said the minister Anton Kirov.\n\nReports from the region were mixed.');
    const crowded = claimsOf('«The market has stabilised», said the minister Anton Kirov.\n\nInforms Interfax. The bridge is closed.');
    const column = claimsOf('«The market has stabilised», said the minister Anton Kirov, writes Mrs Anna Petrova.');
    for (const [claim] of [ongoing, crowded, column]) expect(claim).toMatchObject({ speaker: 'Anton Kirov', source: null });
  });

  test('when "The minister said on Monday that …, Reuters reported.", then the clause is the minister\'s claim and Reuters the source', () => {
    const claims = claimsOf('Anton Kirov is the minister of economy. The minister said on Monday that the talks would continue, Reuters reported.');
    expect(claims).toEqual([expect.objectContaining({ kind: 'indirect', text: 'the talks would continue', speaker: 'Anton Kirov', source: 'Reuters' })]);
  });
});

describe('source: a source the article does not name', () => {
  const first = (body: string) => extract({ text: `Talks.\n\n${body}` }).claims[0];

  test('when "the agency\'s source said" or "“…,” the source added" follows a named person, then the source is not that person', () => {
    expect(first('The governor Oleg Sidorov visited the plant. The agency\'s source said that the plant would reopen.')).toMatchObject({ speaker: null });
    expect(first('The governor Oleg Sidorov visited the plant. “We will reopen,” the source added.')).toMatchObject({ speaker: null });
  });

  test('when "RIA Novosti\'s source said" or "the interlocutor of RIA Novosti said", then no one speaks and the agency is the source', () => {
    for (const who of ["RIA Novosti's source", 'The interlocutor of RIA Novosti']) {
      expect(first(`The talks stalled in April. ${who} said that the talks would resume in May.`)).toMatchObject({ text: 'the talks would resume in May', speaker: null, source: 'RIA Novosti' });
    }
  });

  test('when a person named with a given name has a source ("Anna Petrova\'s source said"), then she is no agency', () => {
    expect(first("The talks stalled in April. Anna Petrova's source said that the talks would resume in May.")).toMatchObject({ source: null });
  });
});

describe('source: the agency the words were assured to', () => {
  test('when "«…», Petrov assured TASS." or "Ivan Petrov assured Reuters that “…”", then the agency is the source; a person assured is none', () => {
    const first = (body: string) => extract({ text: `Talks.\n\n${body}` }).claims[0];
    expect(first('«Everything is fine», the minister Ivan Petrov assured TASS.')).toMatchObject({ speaker: 'Ivan Petrov', source: 'TASS' });
    expect(first('The minister Ivan Petrov assured Reuters that “everything is fine”.')).toMatchObject({ speaker: 'Ivan Petrov', source: 'Reuters' });
    expect(first('«Everything is fine», the minister Ivan Petrov assured Ana Ruiz.')).toMatchObject({ speaker: 'Ivan Petrov', source: null });
  });
});

describe('source: a channel whose name ends on a plus sign', () => {
  test('when "«…», Mbappe told Canal+." or "told Canal+ on Monday", then the source keeps its plus sign', () => {
    for (const close of ['told Canal+.', 'told Canal+ on Monday.']) {
      expect(extract({ text: `Football.\n\n“It's a dream come true,” Kylian Mbappe ${close}` }).claims[0]).toMatchObject({ source: 'Canal+' });
    }
  });
});

describe('sources: a sentence opened by the body that passes it on ("As El País reports, …")', () => {
  test('when "As the newspaper El País reports," or "As reported by Interfax," opens the sentence of a claim, then that body is its source', () => {
    const lead = 'Taxes.\n\nAna Ruiz is the finance minister.\n\n';
    for (const [opening, source] of [['As the newspaper El País reports', 'El País'], ['As reported by Interfax', 'Interfax'], ['As Reuters reported', 'Reuters']]) {
      const text = `${lead}${opening}, the minister promised that taxes «will not rise this year».`;
      expect(extract({ text }).claims.find((c) => c.kind === 'partial')).toMatchObject({ speaker: 'Ana Ruiz', source });
    }
    // (a person who opens the sentence so is who told, no source: "As Tom Hale reported, …")
    const person = `${lead}Tom Hale is her deputy. As Mr. Hale reported, the minister promised that taxes «will not rise this year».`;
    expect(extract({ text: person }).claims.find((c) => c.kind === 'partial')?.source).not.toBe('Tom Hale');
  });
});

describe('sources: a press noun without its article before the paper\'s name ("told public broadcaster NHK")', () => {
  test('when "told public broadcaster NHK", "told French daily Le Monde", "told state news agency Xinhua", then that paper is the source', () => {
    for (const [phrase, source] of [['told public broadcaster NHK that', 'NHK'], ['told French daily Le Monde that', 'Le Monde'], ['told state news agency Xinhua that', 'Xinhua']]) {
      const text = `Bridge.\n\nAna Ruiz is the mayor. Ruiz ${phrase} the town "will rebuild the bridge".`;
      expect(extract({ text }).claims.find((c) => c.kind === 'partial')).toMatchObject({ speaker: 'Ana Ruiz', source });
    }
    // (a clause's subject after the noun is no paper: "said on radio Moscow was ready")
    const subject = 'Talks.\n\nTom Hale is the envoy. Hale said on radio Moscow was ready for "serious talks".';
    expect(extract({ text: subject }).claims.find((c) => c.kind === 'partial')?.source ?? null).not.toBe('Moscow');
  });
});
