import { extract } from '../../../server/extraction';
import { claimWith } from './attribution-helpers';
import { isClutterLine } from '../../../server/extraction/text/clutter';

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

describe('the name a person goes by, given after a clause about who calls them so', () => {
  it('when "Name, who everybody in <place> they know as “X”," then "X said" is that person, not the place', () => {
    const text = 'Relief\n\nThe barangay kapitan, Rodolfo Abarquez, who everybody in San Jose they know as "Dodong", denied it.\n\n' +
      '"My cousin is only doing politics," Dodong said.';
    expect(claimWith(text, 'doing politics')?.speaker).toBe('Rodolfo Abarquez');
  });
  it('when "Name, 61, that everybody at <place> they call “X”," then the same, with "call" as the lead', () => {
    const text = 'Fishing\n\nJoachim Hoareau, 61, that everybody at Bel Ombre they call "Ti Zo", is a fisherman.\n\n' +
      '"The sea does not ask the age of the boat," said Ti Zo.';
    expect(claimWith(text, 'age of the boat')?.speaker).toBe('Joachim Hoareau');
  });
  it('when another person is named between ("Ana Ruiz, who Tomas Berg calls “Boss”,"), then the name is nobody\'s', () => {
    const text = 'Fishing\n\nAna Ruiz, who Tomas Berg calls "Boss", is a fisherman.\n\n"We go," said Boss.';
    expect(claimWith(text, 'We go')?.speaker).not.toBe('Ana Ruiz');
  });
});

describe('a description written as the initials of the role an apposition gave', () => {
  const text = (d: string) => 'Fishing\n\nThe chief executive of the SFA, Nadia Hoareau, explained the decision on Monday. ' +
    `The fisherman Joachim Hoareau did not agree.\n\n"The stock has fallen," ${d} told SBC.`;
  it('when "the chief executive of X, Name," is later "the CEO", then it is she, not the last person named', () => {
    expect(claimWith(text('the CEO'), 'stock has fallen')?.speaker).toBe('Nadia Hoareau');
  });
  it('when the initials match no role the article gave ("the MP"), then they name no one of hers', () => {
    expect(claimWith(text('the MP'), 'stock has fallen')?.speaker).not.toBe('Nadia Hoareau');
  });
});

describe('a rank after a service\'s name before a person\'s name', () => {
  it('when "Its spokesperson, Police Major Name, he said:", then "he" is the major, a person, not a body', () => {
    const text = 'Relief\n\nThe information officer of the DSWD Eastern Visayas, Jessamine Bacierto, spoke.\n\n' +
      'The Tacloban City Police Office started its own investigation. Its spokesperson, Police Major Edwin Sabenecio, he said:\n"\n' +
      'We have already invited the barangay officials."';
    expect(claimWith(text, 'invited the barangay')?.speaker).toBe('Edwin Sabenecio');
  });
});

describe('two paragraphs a scraper joined with no space after the stop', () => {
  const text = 'Fertiliser\n\nThe widow said that the rains are going.The District Officer for Mzuzu, Limbani Mkandawire, he admitted ' +
    'that there were "some gaps" in the distribution.';
  it('when "going.The" joins them, then the stop ends the sentence: the quoted phrase is the officer\'s', () => {
    expect(claimWith(text, 'some gaps')?.speaker).toBe('Limbani Mkandawire');
    expect(claimWith(text, 'rains are going')?.text).toBe('the rains are going');
  });
  it('when a lower-case word runs into another by a stop ("lefigaro.fr", "U.S.") then the word stays whole', () => {
    const site = 'Fertiliser\n\nSource: lefigaro.fr\n\nThe U.S.-born officer Ana Ruiz said: "We go."';
    expect(claimWith(site, 'We go')?.speaker).toBe('Ana Ruiz');
  });
});

describe('a list heading written in two languages', () => {
  const page = (heading: string) => 'Fishing\n\nThe minister Ana Ruiz said: "We go."\n\n© 2024 Mahungu ya Mopani. All rights reserved.\n\n' +
    `${heading}\n1. Malamulele: taxi owners they say "enough" to the new rank\n2. Giyani Stars: coach he promises "a new season of fire"`;
  it('when "SWI HLAYIWAKA NGOPFU / MOST READ" heads the list, then its headlines\' words in marks are no claims', () => {
    const claims = extract({ text: page('SWI HLAYIWAKA NGOPFU / MOST READ') }).claims.map((c) => c.text);
    expect(claims).toEqual(['We go.']);
  });
  it('when neither half is a heading ("ULIMI / AGRICULTURE"), then the lines under it are read as text', () => {
    const claims = extract({ text: page('ULIMI / AGRICULTURE') }).claims.map((c) => c.text);
    expect(claims).toContain('a new season of fire');
  });
});

describe('an office the translation left in its language, with a word of its place before it', () => {
  const text = (opening: string) => 'Relief\n\nThe kagawad of the barangay, Lorna Abarquez, raised the alarm on Facebook.\n\n' +
    `${opening}, Rodolfo Abarquez, who everybody in San Jose they know as "Dodong", he denied that anything was lost.\n\n` +
    '"Nothing was stolen," the kapitan he said.';
  it('when "The barangay kapitan, Name," and "the kapitan he said", then the kapitan is the name set off', () => {
    expect(claimWith(text('The barangay kapitan'), 'Nothing was stolen')?.speaker).toBe('Rodolfo Abarquez');
  });
});

describe('the name a person is known by, written without marks', () => {
  const text = (known: string) => `Ferry\n\nAmong them was the crofter Dòmhnall MacLeòid, 63, from Siabost, who is ${known} Dòmhnall Ruadh.\n\n` +
    '"I have 140 lambs," said Dòmhnall MacLeòid.\n\nAs the people went home, Dòmhnall Ruadh he was still standing at the end.\n\n' +
    '"My father took sheep to the mainland," he said quietly.';
  it('when "…, who is known to everybody on the west side as Name", then that name is his', () => {
    expect(claimWith(text('known to everybody on the west side as'), 'took sheep')?.speaker).toBe('Dòmhnall MacLeòid');
  });
  it('when no "known … as" stands before the other name ("who is a neighbour of Name"), then it is someone else', () => {
    expect(claimWith(text('a neighbour of'), 'took sheep')?.speaker).not.toBe('Dòmhnall MacLeòid');
  });
});

describe('where the words were given: a broadcasting corporation, an agency with its initials', () => {
  it('when "Name told the Malawi Broadcasting Corporation (MBC)", then the corporation is the source', () => {
    const text = 'Fertiliser\n\n"We have received the complaints," Ana Ruiz told the Malawi Broadcasting Corporation (MBC).';
    expect(claimWith(text, 'received the complaints')?.source).toBe('Malawi Broadcasting Corporation (MBC)');
  });
  it('when the body\'s name holds no broadcaster\'s word ("told the Malawi Cement Corporation"), then it is no source', () => {
    const text = 'Fertiliser\n\n"We have received the complaints," Ana Ruiz told the Malawi Cement Corporation.';
    expect(claimWith(text, 'received the complaints')?.source).not.toBe('Malawi Cement Corporation');
  });
  it('when "Name was quoted by the Malawi News Agency (MANA) as saying", then the name speaks and the agency reported it', () => {
    const text = 'Fertiliser\n\n"The Bureau is aware," Wezi Chirwa was quoted by the Malawi News Agency (MANA) as saying.';
    const claim = claimWith(text, 'Bureau is aware');
    expect(claim?.speaker).toBe('Wezi Chirwa');
    expect(claim?.source).toBe('Malawi News Agency (MANA)');
  });
});

describe('a name written in Cyrillic once and in Latin letters after', () => {
  it('when "Арсен Курбанов" is introduced and "said Kurbanov" follows, then one speaker holds both spellings', () => {
    const text = 'Roads\n\nThe deputy head of the institution, Арсен Курбанов, connected the landslide with the weather.\n\n' +
      '«The landslide was caused by the heavy rains,» — said Kurbanov, quoted by РИА Дагестан.';
    const result = extract({ text });
    expect(result.claims.find((c) => c.text.includes('heavy rains'))?.speaker).toBe('Арсен Курбанов');
    expect(result.speakers.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual(['Арсен Курбанов']);
  });
  it('when the Latin surname is another ("said Kuznetsov"), then it is someone else', () => {
    const text = 'Roads\n\nThe deputy head of the institution, Арсен Курбанов, connected the landslide with the weather.\n\n' +
      '«The landslide was caused by the heavy rains,» — said Kuznetsov.';
    expect(claimWith(text, 'heavy rains')?.speaker).toBe('Kuznetsov');
  });
  it('when "Расул Гаджиев" is later "Rasul Gadzhiev" in full, then the same', () => {
    const text = 'Roads\n\nThe deputy of the assembly, Расул Гаджиев, does not believe in the rains.\n\n' +
      'According to Rasul Gadzhiev, the money for the road was spent twice.';
    expect(claimWith(text, 'money for the road')?.speaker).toBe('Расул Гаджиев');
  });
});

describe('a Russian list heading over other articles\' headlines', () => {
  it('when "Самое читаемое" heads the list, then the words in marks in its lines are no claims', () => {
    const text = 'Roads\n\nThe mayor Ana Ruiz said: "We go."\n\nСамое читаемое\n— В Буйнакске открыли новую школу на 800 мест\n— «Верните нам воду»: жители Каспийска вышли';
    const result = extract({ text });
    expect(result.claims.map((c) => c.text)).toEqual(['We go.']);
  });
});

describe('a legal form written before a company\'s name', () => {
  it('when "PT Maju Jaya said" (Indonesia) or "ООО Горстрой said" (Russia), then the speaker is a body, not a person', () => {
    for (const name of ['PT Maju Jaya', 'ООО Горстрой']) {
      const { speakers } = extract({ text: `Roads\n\n"We respect the adat," ${name} said in a statement.` });
      expect(speakers.map((s) => [s.name, s.kind])).toEqual([[name, 'organization']]);
    }
  });
});

describe('a body whose name is explained in brackets, speaking in a statement on a network', () => {
  it('when "The Uzgidromet (Center of …) in its statement on Telegram warned:", then the body speaks, not the network', () => {
    const text = 'Dust\n\nThe Uzgidromet (Center of hydrometeorological service) in its statement on Telegram warned: "In the coming days wind is expected."';
    const claim = claimWith(text, 'wind is expected');
    expect(claim?.speaker).toBe('Uzgidromet');
    expect(claim?.source).toBe('Telegram');
  });
});

describe('a "follow us" line in a language no list holds', () => {
  it.each([
    'Bizdi Telegram hám Instagram-da baqlań: @nokis_kundelik',
    'Tikondeni pa Facebook, X na WhatsApp: Nkhani za Kumpoto',
    'Подписывайтесь на нас в Telegram и ВКонтакте: @magharul_khabar',
    'Sledujte nás na Facebooku a Instagrame – Amaro Gav',
  ])('when the line is "%s", then it is clutter', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });
  it.each([
    'Ana Ruiz said on Facebook and Instagram that she quits.',
    'The minister wrote on Facebook: We will not wait.',
  ])('when a sentence names networks ("%s"), then it is none', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });
});

describe('an interview set out as questions and answers', () => {
  const text = 'Fertiliser\n\nMama Tiwonge Mkandawire, 61, a widow from Enukweni, travelled four times to the depot.\n\nWe asked her:\n\n' +
    'Q: Did they ask you to pay something?\n\nA: "Yes. A man he told me to bring K20,000 in an envelope."';
  it('when "Q: …" follows "We asked her:", then the question is the paper\'s own, no claim', () => {
    expect(extract({ text }).claims.map((c) => c.text)).toEqual(['Yes. A man he told me to bring K20,000 in an envelope.']);
  });
  it('when "A: “…”" answers, then the words are the one asked\'s', () => {
    expect(claimWith(text, 'K20,000')?.speaker).toBe('Tiwonge Mkandawire');
  });
  it('when no one was asked, then the label names no one', () => {
    const plain = 'Fertiliser\n\nMama Tiwonge Mkandawire travelled to the depot.\n\nA: "Yes, it is closed."';
    expect(claimWith(plain, 'it is closed')?.evidence ?? '').not.toContain('introduces the quote with a colon');
  });
});

describe('"the" and an acronym spelling the role an apposition gave', () => {
  const text = (acronym: string) => 'Port\n\nThe secretary general of the union, Fulbert Loemba, climbed on a truck. «We are not against the port,» ' +
    `Fulbert Loemba told RFI.\n\nThe director of the port, Tomas Berg, stayed inside.\n\n${acronym}, 52 years, he called the offer «crumbs thrown to the dogs».`;
  it('when "The SG" follows "The secretary general of the union, Name,", then the SG is he', () => {
    expect(claimWith(text('The SG'), 'crumbs')?.speaker).toBe('Fulbert Loemba');
  });
  it('when the acronym spells no one\'s role ("The PM"), then it is no one of theirs', () => {
    expect(claimWith(text('The PM'), 'crumbs')?.speaker).not.toBe('Fulbert Loemba');
  });
});

describe('a minister\'s portfolios listed after "of", and an agency written in lower case before its acronym', () => {
  const text = 'Port\n\nThe director of the port, Clémentine Ngoma-Bouanga, assured that the port works.\n\n' +
    'The minister of the Transports, of the Civil Aviation and of the Merchant Marine, Sylvain Ndinga, he called the two parts to the table.\n\n' +
    '“The government will not let the lung of the country be paralysed,” declared the minister, quoted by the Agence congolaise d\'information (ACI).';
  it('when ", of the X and of the Y," lists the portfolios before the name, then "the minister" is the name set off', () => {
    expect(claimWith(text, 'lung of the country')?.speaker).toBe('Sylvain Ndinga');
  });
  it('when "quoted by the Agence congolaise d\'information (ACI)", then the whole name the acronym spells is the source', () => {
    expect(claimWith(text, 'lung of the country')?.source).toBe("Agence congolaise d'information (ACI)");
  });
  it('when the body is no paper, agency or station ("told the Ministry of Health (MOH)"), then it is not read so', () => {
    const ministry = 'Port\n\n“We are ready,” Ana Ruiz told the Ministry of health and hygiene (MHH).';
    expect(claimWith(ministry, 'We are ready')?.source).not.toBe('Ministry of health and hygiene (MHH)');
  });
});

describe('a courtesy word of the article\'s language before the surname of someone named in full', () => {
  const fishing = (later: string) => 'Fishing\n\nThe president of the divers\' association, Lina Payet, spoke on the radio.\n\n' +
    `"We will go to the court if it is necessary," ${later} told the Seychelles News Agency.`;
  it('when "Lina Payet … Madanm Payet told", then Madanm Payet is Lina Payet', () => {
    expect(claimWith(fishing('Madanm Payet'), 'go to the court')?.speaker).toBe('Lina Payet');
  });
  it('when the word is a known given name ("Maria Payet told"), then it is someone else', () => {
    expect(claimWith(fishing('Maria Payet'), 'go to the court')?.speaker).toBe('Maria Payet');
  });
  it('when the name is introduced by an apposition ("Nanou Payet, the skipper, told"), then it is someone else', () => {
    expect(claimWith(fishing('Nanou Payet, the skipper,'), 'go to the court')?.speaker).toBe('Nanou Payet');
  });
  it('when two people of the article bear the surname, then the word may be a given name: no one is chosen', () => {
    const family = 'Fishing\n\nAlan Grayson spoke first. His wife, Dena Minning Grayson, spoke after him.\n\n' +
      '"He was never there," Lolita Grayson said.';
    expect(claimWith(family, 'never there')?.speaker).toBe('Lolita Grayson');
  });
  it('when the word opens a longer name with the surname ("Dena Minning Grayson … Dena Grayson said"), then it is a given name', () => {
    const wife = 'Fishing\n\nThe candidate Dena Minning Grayson spoke first.\n\nThe lawyer Tom Grayson left.\n\n"We go," Dena Grayson said.';
    expect(claimWith(wife, 'We go')?.speaker).toBe('Dena Minning Grayson');
  });
});

describe('a verb of speech after "being", inside the words reported', () => {
  it('when "he said that the cases of money being asked are “isolated cases”", then the phrase is his, not an unnamed question', () => {
    const text = 'Fertiliser\n\nThe officer Limbani Mkandawire admitted there were gaps, but he said that the cases of money being asked are "isolated cases".';
    expect(claimWith(text, 'isolated cases')?.speaker).toBe('Limbani Mkandawire');
  });
  it('when "Ruiz was asked, “…?”" (a passive with "was"), then the question is still nobody\'s', () => {
    const text = 'Port\n\nAna Ruiz was asked, "Will the port close?"';
    expect(claimWith(text, 'port close')?.speaker).toBeNull();
  });
});

describe('an age given in a clause right after a description', () => {
  it('when "said the old man, who is 81 years old" and the man named last was given 64, then the old man is the other', () => {
    const text = 'Clinic\n\nEd Hale spoke first. Tomas Berg, who is 64 years old, spoke after him.\n\n"I gave the land," said the old man, who is 81 years old.';
    expect(claimWith(text, 'gave the land')?.speaker).toBe('Ed Hale');
  });
  it('when the clause gives the age that man was given, then it is he', () => {
    const text = 'Clinic\n\nEd Hale spoke first. Tomas Berg, who is 81 years old, spoke after him.\n\n"I gave the land," said the old man, who is 81 years old.';
    expect(claimWith(text, 'gave the land')?.speaker).toBe('Tomas Berg');
  });
});
