import { claimWith, reportedWith } from './attribution-helpers';
import { extract } from '../../../server/extraction';

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

describe('a name opening its sentence, taken up again by "he" or "she" after a relative clause set off behind it', () => {
  const lead = 'The harbour was closed on Monday.\n\n';
  it('when "X, 61, that everybody at Bel Ombre they call "Ti Zo", he is a fisherman since forty-seven years", then "the old fisherman" is X', () => {
    const text = `${lead}Msye Joachim Hoareau, 61, that everybody at Bel Ombre they call "Ti Zo", he is a fisherman since forty-seven years.\n\n` +
      'The old fisherman he said that he still has a loan at the bank.';
    expect(reportedWith(text, 'loan at the bank')?.speaker).toBe('Msye Joachim Hoareau');
  });
  it('when an office opens the sentence and the name is set off after it, then the pronoun past the clause is the name', () => {
    const text = `${lead}Kasatpol PP Badung, I Gusti Agung Ketut Suryanegara, who is known by the krama as "Gung Surya", he said his team ` +
      'already came to the location on Saniscara afternoon to check.';
    expect(reportedWith(text, 'his team already came')?.speaker).toBe('Gusti Agung Ketut Suryanegara');
  });
  it('when the pronoun is of the other gender than the name, then it is not the name', () => {
    const text = `${lead}Tom Hale is the harbour master.\n\nAna Ruiz, who the fishermen of Port Louis call "the Admiral", he said that the quota is unfair.`;
    expect(reportedWith(text, 'quota is unfair')?.speaker).not.toBe('Ana Ruiz');
  });
});

describe('a "Source:" line ends at its line', () => {
  const body = 'Title of the story here\n\nThe mayor said the road will open. "We are ready," said Ana Ruiz.\n\n';
  it('when the next line of its paragraph is a translation notice or a rights line, then the outlet is the source line\'s name alone', () => {
    expect(extract({ text: `${body}Source: Gurt Ulon (Alnash)\nThis text was translated automatically from Udmurt language.` }).facts.outlet)
      .toBe('Gurt Ulon (Alnash)');
    expect(extract({ text: `${body}Source: lecourant\n© Le Courant 2024` }).facts.outlet).toBe('Le Courant');
  });
});

describe('a person described first and named only later ("Her name is X")', () => {
  const text = (possessive: string) => 'The farmers came to the plant on Monday.\n\n' +
    'A woman spoke loudly to the journalists. ‘We are waking up at four in the morning to milk,’ she said.\n\n' +
    `${possessive} name is Selina Jepchirchir Kosgei, 58, and she has eleven cows in Chepterit.`;
  it('when "Her name is X" follows, then the woman\'s quotation is X\'s', () => {
    expect(claimWith(text('Her'), 'four in the morning')?.speaker).toBe('Selina Jepchirchir Kosgei');
  });
  it('when "His name is X" follows a woman, then X is someone else', () => {
    expect(claimWith(text('His'), 'four in the morning')?.speaker).not.toBe('Selina Jepchirchir Kosgei');
  });
});

describe('"His name is X" right after a quotation that closes its sentence', () => {
  it('when a fisherman described with no name says two quotations and the next sentence opens "His name is X", then they are X\'s', () => {
    const text = 'Ban on fishing\n\nAt the dock of Ngersuul on Ongelim morning one fisherman is clean his boat.\n' +
      '‘Three months is long time. I have only the boat and the net.’\n‘Who will pay the electric of my house? The bul?’\n' +
      'His name is Hadley Blesam, 44 years, father of four children.';
    expect(claimWith(text, 'Three months')?.speaker).toBe('Hadley Blesam');
    expect(claimWith(text, 'electric of my house')?.speaker).toBe('Hadley Blesam');
  });
});

describe('an interview set out as questions without marks and answers in marks on the line under each', () => {
  const interview = (opening: string) => 'Ban on fishing\n\nThe Gabenar of Ngchesar, Sadao Ngiraibai, say the state will help. ' +
    'To RNZ Pacific he say: “We respect the decision of the council.”\n\n' +
    `${opening}\n\nIs the meyas really become few?\n«Yes. Our count in the channel show the fish drop almost half.»\n\n` +
    'Is three moons enough?\n«Three moons cover the time of the spawning, so it help.»';
  it('when the line opening the questions says the paper talked with X, then every answer is X\'s', () => {
    const text = interview('Omesodel Belau talk with Dr. Yimnang Kesolei, the fisheries biologist of the Bureau of Marine Resources.');
    expect(claimWith(text, 'Our count in the channel')?.speaker).toBe('Yimnang Kesolei');
    expect(claimWith(text, 'Three moons cover')?.speaker).toBe('Yimnang Kesolei');
  });
  it('when an answer carries its own cue, then the cue says who answered', () => {
    const text = interview('Omesodel Belau talk with Dr. Yimnang Kesolei, the fisheries biologist of the Bureau of Marine Resources.')
      .replace('so it help.»', 'so it help,» said Ngiraibai.');
    expect(claimWith(text, 'Three moons cover')?.speaker).toBe('Sadao Ngiraibai');
    expect(claimWith(text, 'Our count in the channel')?.speaker).toBe('Yimnang Kesolei');
  });

});

describe('names joined by the lower-case "son of" or "daughter of" of East African languages', () => {
  it('when "Kiptanui arap Chelimo, who is 81 years, said …" and then "the old man said", then both are the whole name', () => {
    const text = 'Milk prices\n\nBut not everybody is believing. The Boiyot of the kokwet of Chepterit, Kiptanui arap Chelimo, who is 81 years, ' +
      'said that in the time of his father the cow was the bank of the people.\n\n"Today the cow has become a debt," the old man said.';
    expect(reportedWith(text, 'bank of the people')?.speaker).toBe('Kiptanui arap Chelimo');
    expect(claimWith(text, 'become a debt')?.speaker).toBe('Kiptanui arap Chelimo');
  });
  it('when "Mwanaisha binti Salim" speaks, then the name is whole', () => {
    expect(claimWith('Port news\n\n"The boats are ready," said Mwanaisha binti Salim.', 'boats are ready')?.speaker).toBe('Mwanaisha binti Salim');
  });
});

describe('a statement fronted with "in" before the body that issued it', () => {
  const text = (doc: string) => `Milk prices\n\nIn a ${doc} sent to the Kenya News Agency, Sirikwa Milk Processors said that the price of powder milk ` +
    `has gone down. "The company is not against the farmers. We are asking for patience of two months," the ${doc} said.`;
  it('when "In a statement …, X said …" and then "the statement said", then the statement\'s words are X\'s, given to the agency', () => {
    const c = claimWith(text('statement'), 'not against the farmers');
    expect(c?.speaker).toBe('Sirikwa Milk Processors');
    expect(c?.source).toBe('Kenya News Agency');
  });
  it('when the document fronted is a video, which may show others\' words, then the rule does not give it to the subject', () => {
    expect(claimWith(text('video'), 'not against the farmers')?.speaker).not.toBe('Sirikwa Milk Processors');
  });
});

describe('"tells" and "tell" before the paper or agency told, as "told" is', () => {
  it.each([
    ['Ana Ruiz tells Reuters: “We go.”', 'We go'],
    ['“We go,” Ana Ruiz tells Reuters.', 'We go'],
    ['The spokesman of the owners, Julio César Hebbert, tell Reuters: “Nobody force nobody.”', 'Nobody force'],
  ])('when %s, then the source is Reuters', (body, words) => {
    expect(claimWith(`Harbour news\n\n${body}`, words)?.source).toBe('Reuters');
  });
  it('when "tells" has a person after it, then that person is no source', () => {
    expect(claimWith('Harbour news\n\n“We go,” Ana Ruiz tells Tom Hale, the harbour master.', 'We go')?.source).not.toBe('Tom Hale');
  });
});

describe('a verb of speech left untranslated after a subject pronoun', () => {
  const lead = 'Oyster farms\n\nThe oyster farmer Ana Ruiz is in the front. Tom Hale stands behind. ';
  it('when "“…,” she kóng." closes the sentence, then the quotation is hers, with "kóng" its cue', () => {
    const c = claimWith(`${lead}“This winter the water too cold,” she kóng.`, 'water too cold');
    expect(c?.speaker).toBe('Ana Ruiz');
    expect(c?.cue).toBe('kóng');
  });
  it('when the word after the pronoun does not close the clause ("she kóng the mayor"), then it is not read as the cue', () => {
    expect(claimWith(`${lead}“This winter the water too cold,” she kóng tomorrow the boats.`, 'water too cold')?.cue).not.toBe('kóng');
  });
});

describe('a quotation that lost its marks on the line a colon announces, credited after a dash', () => {
  it.each([['\n'], ['\n\n']])('when the colon closes the line before (break %j), then the claim is the line\'s words alone, unmarked', (gap) => {
    const text = `Lobster season\n\nThe divers laugh when they hear this. One of them speak from his plastic chair:${gap}` +
      'We are not animals to die in the sea for the lobster of the gringos — say Dionisio Webster, who cannot walk since 2019.\n';
    const c = claimWith(text, 'not animals to die');
    expect(c?.kind).toBe('unmarked');
    expect(c?.text.startsWith('We are not animals')).toBe(true);
    expect(c?.speaker).toBe('Dionisio Webster');
  });
});

describe('a line under a quotation that lost its marks, opened by a dash and a verb of speech', () => {
  it('when "— said the mayor Ana Ruiz." is the paragraph\'s last line, then the line above is her words, not the narration before it', () => {
    const text = 'Oyster farms\n\nThe protest went on. An old man shake his head.\nNever see. Fifty years doing oyster, never see cold like this.\n' +
      '— said the mayor Ana Ruiz.\n';
    const c = claimWith(text, 'never see cold');
    expect(c?.kind).toBe('unmarked');
    expect(c?.text).toBe('Never see. Fifty years doing oyster, never see cold like this.');
    expect(c?.speaker).toBe('Ana Ruiz');
  });
  it('when the line above is itself a line of dialogue opened by a dash, then it is left to the dialogue reading', () => {
    const text = 'Oyster farms\n\n– Let them come and see,\n– said the mayor Ana Ruiz.\n';
    expect(claimWith(text, 'Let them come')?.kind).not.toBe('unmarked');
  });
});

describe('a person addressed by given name and patronymic', () => {
  const text = (named: string) => `School closing\n\nThe head of Alnash district, ${named}, agree to answer to the questions of Gurt Ulon.\n\n` +
    '— Aleksandr Vasilyevich, why close the school that works?\n— "Nobody is happy to close the school. The money of the district is not without bottom."';
  it('when the article named "Aleksandr Shklyaev" before, then "Aleksandr Vasilyevich" is he', () => {
    expect(claimWith(text('Aleksandr Shklyaev'), 'Nobody is happy')?.speaker).toBe('Aleksandr Shklyaev');
  });
  it('when two people of that given name were named, then the patronymic says neither', () => {
    const two = text('Aleksandr Shklyaev').replace('agree to answer', 'and his deputy, Aleksandr Petrov, agree to answer');
    expect(claimWith(two, 'Nobody is happy')?.speaker).not.toBe('Aleksandr Shklyaev');
    expect(claimWith(two, 'Nobody is happy')?.speaker).not.toBe('Aleksandr Petrov');
  });
});

describe('a name after "at", "in" or "near" as what a pronoun may stand for', () => {
  it('when the place is written as a name of two words, then "he" past it is the man named before, not the place', () => {
    const text = 'Fishing ban\n\nThe fishermen of Bel Ombre are angry.\n\nJoachim Hoareau, 61, is a fisherman since forty-seven years. ' +
      'In Bel Ombre they call him the old man.\n\n' +
      'He turned to the other fishermen and he said: "If the government wants to kill the small fisherman, let it say it clearly."';
    expect(claimWith(text, 'kill the small fisherman')?.speaker).toBe('Joachim Hoareau');
  });
  it('when the name after "at" was also given a role, then it stays a person the pronoun may be', () => {
    const text = 'Fishing ban\n\nThe engineer Ana Ruiz came early. The harbour master Tom Hale waited.\n\nEverybody waited at Tom Hale\'s office. ' +
      'Ana Ruiz stood near Tom Hale.\n\nHe said: "The quay is safe."';
    expect(claimWith(text, 'quay is safe')?.speaker).toBe('Tom Hale');
  });
});

describe('an unnamed person described at length before the verb she speaks with', () => {
  it('when "A woman with a red lesso and a walking stick, who was standing in front of the crowd, spoke" and "Her name is X" follows, then her quotation is X\'s', () => {
    const text = 'Milk prices\n\nThe farmers came to the plant on Monday.\n\nA woman with a red lesso and a walking stick, who was standing in ' +
      'front of the crowd, spoke loudly to the journalists. ‘We are waking up at four in the morning to milk,’ she said.\n\n' +
      'Her name is Selina Jepchirchir Kosgei, 58, and she has eleven cows.';
    expect(claimWith(text, 'four in the morning')?.speaker).toBe('Selina Jepchirchir Kosgei');
  });
});

describe('an Iban name joined by "anak" (child of)', () => {
  it('when "Jugah anak Luyoh" speaks, then the name is whole', () => {
    expect(claimWith('Longhouse fire\n\n"My grandson was the first who saw the red light," said Jugah anak Luyoh.', 'grandson was the first')?.speaker)
      .toBe('Jugah anak Luyoh');
  });
});

describe('"These words" pointing back at a quotation, the speaker and the verb last', () => {
  const text = (closing: string) => 'Salt of Assal\n\nThe salt cutters are angry.\n\n«The camels the fence do not understand. One of my camels cut his leg.»\n\n' +
    `These words the young camel driver Ali Houmed Kamil, 24 years, with a tired voice to our correspondent ${closing}, sitting on the salt.`;
  it('when the sentence closes on "said", then the quotation is the named man\'s', () => {
    expect(claimWith(text('said'), 'camels the fence')?.speaker).toBe('Ali Houmed Kamil');
  });
  it('when no verb of speech closes it, then the sentence names no one for the quotation', () => {
    expect(claimWith(text('looked at the lake'), 'camels the fence')?.speaker).not.toBe('Ali Houmed Kamil');
  });
});

describe('a title the article teaches, its holder set off with an age in brackets', () => {
  it('when "The ku-chō, Taira Seikō (67), to the gathering said:「…」" and "the ku-chō said" elsewhere, then the words are his', () => {
    const text = 'The village store closes\n\nThe ku-chō, Taira Seikō (67), to the gathering said:「Since the time of our grandfathers, this ' +
      'baiten was the kitchen of the whole shima.」\n\nThe manager of the store, Higa Tsuyoshi (52), listened.\n\n「We are not crying on that day,」 the ku-chō said.';
    expect(claimWith(text, 'Since the time of our grandfathers')?.speaker).toBe('Taira Seikō');
    expect(claimWith(text, 'not crying on that day')?.speaker).toBe('Taira Seikō');
  });
});

describe('an office of a body whose unit is written after its name, in lower case', () => {
  it('when "The Executive Engineer of the PWD Champhai division, Er. X," then "the engineer" later is X', () => {
    const text = 'Landslide\n\nThe Village Council and the YMA Thingsaikawn branch called the hnatlang on Monday.\n\n' +
      'The Executive Engineer of the PWD Champhai division, Er. Vanlalruata Hnamte, said that the machine was sent on June 5.\n\n' +
      '"One life is more costly than one road," said the engineer.';
    expect(claimWith(text, 'One life')?.speaker).toBe('Vanlalruata Hnamte');
  });
});

describe('a title the article teaches, its holder\'s name joined by a particle in lower case', () => {
  it('when "The Tuai Rumah, Jugah anak Luyoh, 71, said" and later "ku Tuai Rumah", then the words are his', () => {
    const text = 'Longhouse fire\n\nThe Tuai Rumah, Jugah anak Luyoh, 71, said the fire was starting at night.\n\n' +
      '“My grandson was the first who saw the red light,” ku Tuai Rumah. “If he was sleeping, I do not dare to think.”';
    expect(claimWith(text, 'grandson was the first')?.speaker).toBe('Jugah anak Luyoh');
  });
});

describe('questions and answers opened by "We asked X"', () => {
  it('when "We asked Higa-san after the meeting." opens questions set off by box dashes, then the answers are his', () => {
    const text = 'The village store closes\n\nThe manager of the store, Higa Tsuyoshi (52), is the fourth of his family in it.\n\n' +
      'We asked Higa-san after the meeting.\n\n── What was the most hard thing?\n「The delivery. Every Tuesday I am carrying the rice to the houses on the hill.」\n\n' +
      '── Is there the way to continue?\n「If the village helps with the half of the rent, maybe two years more.」';
    expect(claimWith(text, 'The delivery')?.speaker).toBe('Higa Tsuyoshi');
    expect(claimWith(text, 'half of the rent')?.speaker).toBe('Higa Tsuyoshi');
  });
});

describe('a title the article writes capitalised after "the", heading an office of a body named at length', () => {
  const text = (body: string) => 'Sea cucumber ban\n\n' +
    `The Mea of the ${body}, Taaite Bwebwetaake, was not hiding his sadness. "The sea cucumber is finished in the lagoon," he said.\n\n` +
    'Asked about the words of the member, the Mea Bwebwetaake was calm. "My door is open, the maneaba is open," he said.';
  it('when the body\'s name ends on a body\'s word ("the Abemama Island Council"), then "the Mea Bwebwetaake" is the holder', () => {
    expect(claimWith(text('Abemama Island Council'), 'My door is open')?.speaker).toBe('Taaite Bwebwetaake');
  });
  it('when the long complement ends on no body\'s word, then the title is not learnt from it', () => {
    expect(claimWith(text('Abemama and Kuria Islands of the South'), 'My door is open')?.speaker).not.toBe('Taaite Bwebwetaake');
  });
});

describe('Tibetan titles of an elder before a given name', () => {
  it('when "Ngawang Gyatso, 81, …" and then "«…,» Pala Ngawang said", then the words are Ngawang Gyatso\'s', () => {
    const text = 'School closing\n\nNgawang Gyatso, 81, who came to India in 1959, said that the school was built by the settlers.\n\n' +
      '«We carried the stones from the river on our back,» Pala Ngawang said with tears.';
    expect(claimWith(text, 'carried the stones')?.speaker).toBe('Ngawang Gyatso');
  });
});
