import { extract } from '../../../server/extraction';
import { claimWith } from './attribution-helpers';

describe('a verb of speech left in the source language, between a quotation closing on its comma and a full name', () => {
  const before = 'Water\n\nMilan Tokár leads the association.\n\n';
  it('when „…,“ povedala Name (34), … then the name speaks, the unknown word its cue', () => {
    const claim = claimWith(`${before}„Every morning I stand in the line,“ povedala Marcela Horváthová (34), mother of five.`, 'stand in the line');
    expect(claim?.speaker).toBe('Marcela Horváthová');
    expect(claim?.cue).toBe('povedala');
  });
  it('when the name closes the sentence («…,» dijo Name.) or opens an apposition (…, sagte Name, the mayor), then the same', () => {
    expect(claimWith(`${before}«We have no water,» dijo Marcela Horváthová.`, 'no water')?.speaker).toBe('Marcela Horváthová');
    expect(claimWith(`${before}"We have no water," sagte Marcela Horváthová, the mayor.`, 'no water')?.speaker).toBe('Marcela Horváthová');
  });
  it('when the name goes on with a verb of its own ("…," yesterday Name was at the well), then the word is no cue', () => {
    expect(claimWith(`${before}"We have no water," yesterday Marcela Horváthová was at the well.`, 'no water')?.speaker).not.toBe('Marcela Horváthová');
  });
  it('when one name of one word follows ("…," dijo Ruiz.), then the word is no cue: a single capitalised word may be anything', () => {
    expect(claimWith(`${before}"We have no water," dijo Ruiz.`, 'no water')?.cue).not.toBe('dijo');
  });
});

describe('courtesy titles of Acholi, Konkani and Fon before a surname, and "Eng." written short', () => {
  it('when "Ladit Oryem" follows a woman and a man of that surname, then the man speaks, not a person called Ladit', () => {
    const text = 'Water\n\nThe caretaker, Mego Grace Oryem, opened the gate. She was tired. The chairman, Patrick Oryem, said the money was lost.\n\n' +
      '"The letters are there with stamp," Ladit Oryem said.';
    expect(claimWith(text, 'with stamp')?.speaker).toBe('Patrick Oryem');
  });
  it('when "Eng. Komakech" follows "Eng. Denis Komakech", then he speaks, not "Eng"', () => {
    const text = 'Water\n\nContacted by phone, the city engineer, Eng. Denis Komakech, said the repair is planned.\n\n"We have a contractor," said Eng. Komakech.';
    expect(claimWith(text, 'a contractor')?.speaker).toBe('Denis Komakech');
  });
  it('when "Madame Ahouansou" follows a woman of no known gender and "Dah Cyprien Ahouansou", then the woman speaks, however recent he is', () => {
    const text = 'Light\n\nThe midwife Houéfa Ahouansou showed us the torch. Dah Cyprien Ahouansou, 72, founded the centre.\n\n' +
      '"I went to the agency myself," explained Madame Ahouansou.';
    expect(claimWith(text, 'agency myself')?.speaker).toBe('Houéfa Ahouansou');
  });
  it('when only a pronoun after the surname says a gender ("Ruiz giving her the line"), then the most recent of the surname still speaks', () => {
    const text = 'Race\n\nAlan Ruiz met Dena Ruiz. Later Alan Ruiz spoke.\n\nAna Berg recalled Ruiz giving her the same line.\n\n"She will win," Ruiz said.';
    expect(claimWith(text, 'will win')?.speaker).toBe('Alan Ruiz');
  });
});

describe('where the words were given: "the site X", and "<speaker> was quoted by X" after the quotation', () => {
  it('when "said to the site Hespress:" leads the quotation, then the site is its source', () => {
    const claim = claimWith('School\n\nThe director, Mohamed Lamrani, said to the site Hespress: «We will not risk the girls\' lives.»', 'girls');
    expect(claim?.source).toBe('Hespress');
  });
  it('when «…», she was quoted by PTI. follows, then she spoke and PTI reported it', () => {
    const text = 'Land\n\nThe sarpanch of Orlim, Sushma Naik Gaonkar, spoke. Tomas Berg listened.\n\n«Nobody from the company came», she was quoted by PTI.';
    const claim = claimWith(text, 'Nobody from');
    expect(claim?.cue).toBe('quoted');
    expect(claim?.source).toBe('PTI');
  });
  it('when the subject is a role\'s initials ("the RCC was quoted by Daily Monitor newspaper"), then the role\'s holder spoke', () => {
    const text = 'Money\n\nThe Resident City Commissioner, Ms. Harriet Atim Lanyero, issued a warning.\n\n' +
      '“Any person who ate the money, we shall arrest him,” the RCC was quoted by Daily Monitor newspaper.';
    const claim = claimWith(text, 'ate the money');
    expect(claim?.speaker).toBe('Harriet Atim Lanyero');
    expect(claim?.source).toBe('Daily Monitor');
  });
  it('when "was quoted" goes on without "by" ("she was quoted as a witness"), then it is no cue', () => {
    const text = 'Land\n\nAna Ruiz spoke.\n\n«Nobody came», she was quoted in the report as a witness.';
    expect(claimWith(text, 'Nobody came')?.cue).not.toBe('quoted');
  });
});

describe('"the radio" the words were given to, as the article named the station before', () => {
  it('when «…», — she said to the radio. follows "in the interview to radio "Buryaad FM"", then the station is the source', () => {
    const text = 'Lake\n\nThe researcher Sayana Tsydenova, in the interview to radio "Buryaad FM" explained that the stock has grown.\n\n' +
      '«If we open now, we lose all», — she said to the radio.';
    expect(claimWith(text, 'we lose all')?.source).toBe('Buryaad FM');
  });
  it('when no station was named with that noun ("she heard it on the radio" before), then "the radio" names no source', () => {
    const text = 'Lake\n\nThe researcher Sayana Tsydenova heard it on the radio.\n\n«If we open now, we lose all», she said to the radio.';
    expect(claimWith(text, 'we lose all')?.source ?? null).toBeNull();
  });
});

describe('an interview set out as lines labelled with who speaks, the answers without marks', () => {
  const intro = 'Health\n\nThe paper spoke with Dr. Helkena Lanki, the director of the programme.\n\n';
  it('when "AKN: …?" lines are answered by "Lanki: …" lines, then each answer is a quotation of the person the label names', () => {
    const text = `${intro}AKN: Why every year the same problem?\nLanki: Because we order from far away.\n\n` +
      'AKN: What can the people do?\nLanki: Go back to the food of our grandmothers.';
    const claim = claimWith(text, 'order from far away');
    expect(claim?.text).toBe('Because we order from far away.');
    expect(claim?.speaker).toBe('Helkena Lanki');
    expect(claimWith(text, 'grandmothers')?.speaker).toBe('Helkena Lanki');
  });
  it('when the label is one surname of two in capitals ("CASTILLO:" for Wilmer Castillo Norales), then the same, and a turn that asks nothing is answered too', () => {
    const text = 'Fishing\n\nThe paper spoke with Wilmer Castillo Norales, 45.\n\nRADIO: What does the community ask?\nCASTILLO: A table of dialogue here.\n\n' +
      'RADIO: The government says the ban protects the lobster.\nCASTILLO: We agree to protect.\n\nRADIO: And if nobody listens?\nCASTILLO: Then we go to the Congress.';
    expect(claimWith(text, 'table of dialogue')?.speaker).toBe('Wilmer Castillo Norales');
    expect(claimWith(text, 'agree to protect')?.speaker).toBe('Wilmer Castillo Norales');
  });
  it('when only one question is answered so ("Source: …?" then "Photo: …"), then no line is a quotation', () => {
    const text = 'Health\n\nAna Ruiz spoke.\n\nNote: why is the clinic closed?\nPhoto: The clinic of the village stands empty today.';
    expect(claimWith(text, 'stands empty')).toBeUndefined();
  });
});

describe('a quotation opened once and closed once over three paragraphs, with no colon before it', () => {
  const before = 'Lake\n\nThe old fisherman Munko Sanzhiev spoke first.\n\n';
  it('when every paragraph up to the last speaks in the first person and the closing mark is followed by the attribution, then it is one quotation', () => {
    const text = `${before}«My father was fishing, my grandfather was fishing. Now again.\n\n` +
      'The young ones of our village went to Irkutsk. Who stays?\n\nI am not against the science. But let it come here», — said the 63-year-old.';
    const claim = claimWith(text, 'My father');
    expect(claim?.text).toContain('The young ones of our village');
    expect(claim?.text.endsWith('let it come here')).toBe(true);
  });
  it('when the paragraph between is the reporter\'s narration (no first or second person), then the quotation does not run over it', () => {
    const text = `${before}«My father was fishing, my grandfather was fishing. Now again.\n\n` +
      'The young ones of the village went to Irkutsk last year.\n\nI am not against the science. But let it come here», — said the 63-year-old.';
    expect(claimWith(text, 'My father')?.text ?? '').not.toContain('The young ones');
  });
  it('when the first paragraph is narration in marks ("At the White House, reporters questioned …"), then it is not joined to the words after it', () => {
    const text = 'Terror\n\nThe paper wrote:\n\n"At the White House today, reporters questioned Press Secretary Josh Earnest about it.\n\n' +
      'I don’t want to talk about the situation because there is an investigation,\n\n“ Earnest said."';
    expect(claimWith(text, 'At the White House')?.text ?? '').not.toContain('I don’t want');
  });
});

describe('a block credited by a dash line under it, set without its stop, and "— Name, for X"', () => {
  const block = 'Strike\n\nThe strike goes on.\n\nWe will stand here each morning until the last leu is on the card. Not for one day, not for two days\n';
  it('when the block ends without a stop and "— Vasili Kara, for GRT" credits it, then it is his quotation, given to GRT', () => {
    const claim = claimWith(`${block}— Vasili Kara, for GRT\n\nThe strike continues on Thursday.`, 'stand here each morning');
    expect(claim?.speaker).toBe('Vasili Kara');
    expect(claim?.source).toBe('GRT');
  });
  it('when the line under it has no dash ("Vasili Kara, for GRT"), then a block without its stop is no quotation', () => {
    expect(claimWith(`${block}Vasili Kara, for GRT\n\nThe strike continues on Thursday.`, 'stand here each morning')).toBeUndefined();
  });
});

describe('the rights line in a footer the scraper kept in one paragraph, and a station\'s frequency in its name', () => {
  const body = 'Water for Rukañanko\n\nThe comunidad asked for water on Monday, the lonko said.\n\n';
  it('when "© 2024 Radio Kimche Mapu 98.3 FM – Todos los derechos reservados" is a later line of the footer, then it names the outlet, frequency and all', () => {
    const text = `${body}LO MÁS LEÍDO\n1. Machi of Ercilla receives a prize\n© 2024 Radio Kimche Mapu 98.3 FM – Todos los derechos reservados\nEste sitio utiliza cookies.`;
    expect(extract({ text }).facts.outlet).toBe('Radio Kimche Mapu 98.3 FM');
  });
  it('when the frequency closes the name before the stop ("© 2024 Lwak FM Gulu 98.7. All rights reserved."), then the stop after it ends the name', () => {
    const text = `${body}Follow us on Facebook\n© 2024 Lwak FM Gulu 98.7. All rights reserved.`;
    expect(extract({ text }).facts.outlet).toBe('Lwak FM Gulu 98.7');
  });
  it('when no line opens on the sign ("Photo © Ana Ruiz" inside a line), then no outlet is read from it', () => {
    const text = `${body}The lonko at the well. Photo © Ana Ruiz 2024`;
    expect(extract({ text }).facts.outlet).toBeNull();
  });
});

describe('a noun in -s modifying the noun before the comma that sets a name off ("of the dialysis unit, Tamar Jibas,")', () => {
  it('when "The head nurse of the dialysis unit, Tamar Jibas, said …" introduces her, then "the head nurse" is she', () => {
    const text = 'Health\n\nThe head nurse of the dialysis unit, Tamar Jibas, said that the unit has 41 patients.\n\n"We are doing our best," the head nurse said.';
    expect(claimWith(text, 'doing our best')?.speaker).toBe('Tamar Jibas');
  });
  it('when the word in -s is the verb ("The leader of the union says, Ana Ruiz …"), then nothing changes: it is no modifier', () => {
    const text = 'Strike\n\nTomas Berg leads the strike. The leader of the union says, Ana Ruiz knows it.\n\n"We go on," the leader said.';
    expect(claimWith(text, 'We go on')?.speaker).not.toBe('Ana Ruiz');
  });
});

describe('a description with a second "of" in lower case before the comma ("The leader of the union of the enterprise, the driver Vasili Kara,")', () => {
  it('when another Kara was named before, then "the union leader" is the one the description introduced', () => {
    const text = 'Strike\n\n«Four months we did not see money», said Olga Kara, 47 years.\n\n' +
      'The leader of the union of the enterprise, the driver Vasili Kara, said that the debt has grown.\n\n«The road is very long», the union leader said.';
    expect(claimWith(text, 'very long')?.speaker).toBe('Vasili Kara');
  });
});

describe('a station named with its band ("Zou Gbɛ FM") and a press name whose number closes the clause ("Zou Infos 24")', () => {
  const text = 'Light\n\nContacted by Zou Infos 24, the doctor Sènan Gbèdji said that the kits arrived.\n\n' +
    'In an interview with the radio Zou Gbɛ FM, the doctor was more severe: "We cannot accept that a woman dies because of a bill."';
  it('when "the doctor" follows the station\'s name, then the doctor speaks, and the station is no person', () => {
    const claim = claimWith(text, 'woman dies');
    expect(claim?.speaker).toBe('Sènan Gbèdji');
    expect(claim?.source).toBe('Zou Gbɛ FM');
  });
  it('when "Contacted by Zou Infos 24," names where the words went, then the number is part of the name', () => {
    expect(claimWith(text, 'kits arrived')?.source).toBe('Zou Infos 24');
  });
  it('when a number after the name goes on to a noun ("told Reuters 24 hours later"), then it is no part of the name', () => {
    expect(claimWith('Deal\n\nAna Ruiz told Reuters 24 hours later that the deal was off.', 'deal was off')?.source).toBe('Reuters');
  });
});

describe('two paragraphs a scraper joined after a capitalised word ("in November.Her Honour Sharon Ellis-Morgan was clear:")', () => {
  it('when the stop runs into the next sentence, then that sentence\'s subject speaks, her judge\'s honorific no part of her name', () => {
    const text = 'Court\n\nA spokesperson of the agency said that one warning notice was served in November.Her Honour Sharon Ellis-Morgan was clear: ' +
      '"This court will not decide this matter on emotion."';
    expect(claimWith(text, 'on emotion')?.speaker).toBe('Sharon Ellis-Morgan');
  });
  it('when an acronym of four capitals ends the first ("declared on the ORTB.Contacted by …, Dr Sènan Gbèdji, said that"), then the next sentence opens on its setting', () => {
    const text = 'Light\n\nThe maire, Rodrigue Kpadonou, promised that the bill will be paid. He declared it on the ORTB.Contacted by Zou Infos 24, ' +
      'the médecin coordonnateur of the zone, Dr Sènan Gbèdji, said that the zone has sent two solar kits to Lissèzoun.';
    const claim = claimWith(text, 'solar kits');
    expect(claim?.speaker).toBe('Sènan Gbèdji');
    // ("Contacted by …" opens the sentence that names where the words went)
    expect(claim?.source).toBe('Zou Infos 24');
  });
});

describe('a person, then the programme of a station, then the verb ("Ms. Leena D’Souza, in the programme of Prudent Media said that")', () => {
  it('when no comma closes the setting, then the person before it spoke, and the station is where', () => {
    const claim = claimWith('Land\n\nTomas Berg came. The activist Ms. Leena D’Souza, in the programme of Prudent Media said that 400 hectares were filled.', 'hectares');
    expect(claim?.speaker).toBe('Leena D’Souza');
    expect(claim?.source).toBe('Prudent Media');
  });
});

describe('"Sanzhiev the younger" after the surname, of a father and "His son, Bato Sanzhiev,"', () => {
  it('when the son was set off by a comma after "His son", then "Sanzhiev the younger" is the son, though the father was named last', () => {
    const text = 'Lake\n\nFirst to speak came the old fisherman Munko Sanzhiev. The elder Sanzhiev said that the omul is ours.\n\n' +
      'His son, Bato Sanzhiev, who is deputy of the council, told that the council has sent an appeal. Munko Sanzhiev nodded.\n\n' +
      '„We are asking for a quota for the local people,“ explained Sanzhiev the younger.';
    expect(claimWith(text, 'a quota')?.speaker).toBe('Bato Sanzhiev');
  });
});

describe('an office\'s adjective after its noun before the comma ("The director provincial, Mohamed Lamrani,")', () => {
  it('when "the director" speaks later, after another person was named, then it is the director', () => {
    const text = 'School\n\nThe director provincial, Mohamed Lamrani, spoke. Itto Ayt Ḥmad listened.\n\n«We will not put the girls in danger», the director added.';
    expect(claimWith(text, 'in danger')?.speaker).toBe('Mohamed Lamrani');
  });
  it('when the word after the noun is no adjective of an office ("The director today, Mohamed Lamrani,"), then nothing changes', () => {
    const text = 'School\n\nThe director today, Mohamed Lamrani, spoke. Itto Ayt Ḥmad listened.\n\n«We will not put the girls in danger», the director added.';
    expect(claimWith(text, 'in danger')?.speaker).not.toBe('Mohamed Lamrani');
  });
});

describe('a broadcaster\'s regional service, an acronym and a region\'s word ("said to RNZ Pacific")', () => {
  it('when the words were said to it, then it is the source, not a place', () => {
    expect(claimWith('Islands\n\nAna Ruiz spoke. «We are islands», she said to RNZ Pacific.', 'islands')?.source).toBe('RNZ Pacific');
  });
  it('when the name is a region written in full ("said to South Pacific"), then it is no source', () => {
    expect(claimWith('Islands\n\nAna Ruiz spoke. «We are islands», she said to South Pacific.', 'islands')?.source ?? null).toBeNull();
  });
});

describe('a name after "the" and a title of the article\'s language, set off by a relative clause ("The machi Ana …, who lives …,")', () => {
  it('when "but she told to Radio X:" follows in the same sentence, then she is that person, not the one named before', () => {
    const text = 'Water\n\n“We are not asking a gift”, said the werken Rosa Painemal.\n\nThe machi Ana Llancaqueo Millapán, who lives in the part high of ' +
      'the lof, did not want to speak in front of the cameras, but she told to Radio Kimche Mapu:\n\n«Without the menoko there is not the medicine.»';
    expect(claimWith(text, 'menoko')?.speaker).toBe('Ana Llancaqueo Millapán');
  });
});

describe('a quotation on a line of its own, captioned on the line under it ("Felipe Coñuecar Marileo, 34 years, comunero of Rukañanko")', () => {
  const before = 'Water\n\nThe manager, Cristián Schwenke Ortúzar, wrote that the company respects the zones.\n\n';
  it('when the line under it is a full name, a comma and an age or a role, with no verb, then the name is the speaker', () => {
    const text = `${before}"I carry the water for my mother in bidones. Four trips for week."\nFelipe Coñuecar Marileo, 34 years, comunero of Rukañanko\n\nThe meeting ended.`;
    expect(claimWith(text, 'I carry the water')?.speaker).toBe('Felipe Coñuecar Marileo');
  });
  it('when the line under it is a sentence ("Felipe Coñuecar Marileo, 34, left the meeting."), then it is no caption', () => {
    const text = `${before}"I carry the water for my mother in bidones."\nFelipe Coñuecar Marileo, 34, left the meeting.\n\nThe meeting ended.`;
    expect(claimWith(text, 'I carry the water')?.speaker).not.toBe('Felipe Coñuecar Marileo');
  });
});
