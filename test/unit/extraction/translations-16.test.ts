import { extract } from '../../../server/extraction';
import { claimWith } from './attribution-helpers';
import { isClutterLine } from '../../../server/extraction/text/clutter';

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

describe('an honorific between a given name and a surname', () => {
  it('when "Server ağa Seitmemetov" is introduced, then the name runs over the honorific, and "the old man" aged 85 is he', () => {
    const text = 'Books\n\nThe oldest guest was Server ağa Seitmemetov, who is 85 years old. His grandson, Arsen Seitmemetov, is 16.\n\n' +
      '"I remember the language," said the old man.';
    expect(claimWith(text, 'remember the language')?.speaker).toBe('Server ağa Seitmemetov');
  });
  it('when the honorific closes the name ("Elmaz hanım said"), then it is no part of it', () => {
    const text = 'Books\n\nThe author, Elmaz Abdullayeva, spoke. "This book is for my grandmother," Elmaz hanım said.';
    expect(claimWith(text, 'grandmother')?.speaker).toBe('Elmaz Abdullayeva');
  });
});

describe('a closing mark that ends a line after a line introducing it', () => {
  it('when "… spoke slowly:" is followed by a line that lost its opening mark and ends "…»", then the whole line is the quotation', () => {
    const text = 'Books\n\nThe oldest guest was Server Seitmemetov. The old man spoke from his chair, slowly:\n\n' +
      'I was four years old when they put us in the wagon. But I remember the language.»\n\nHis grandson read a poem.';
    const claim = claimWith(text, 'four years old');
    expect(claim?.text).toBe('I was four years old when they put us in the wagon. But I remember the language.');
    expect(claim?.speaker).toBe('Server Seitmemetov');
  });
  it('when the line before introduces nothing, then no quotation is made of the line', () => {
    const text = 'Books\n\nThe oldest guest was Server Seitmemetov. The old man sat in his chair.\n\n' +
      'He was four years old when they put the family in the wagon. He remembers the language.»\n\nHis grandson read a poem.';
    expect(claimWith(text, 'four years old')).toBeUndefined();
  });
});

describe('a page that translated itself', () => {
  const page = (footer: string) => 'QHA — Qırım Haber Ajansı\nBaş saife / Haberler / Siyaset\n' +
    'The text was translated from the Crimean Tatar language by a machine translator.\n\nTextbook presented in Kyiv\n\n' +
    'The ministry said the textbook will be sent to 37 schools.\n\n' + footer;
  it('when the name over the translation notice holds the rights ("© QHA, 2025."), then it is the outlet, also in a footer of several lines', () => {
    expect(extract({ text: page('© QHA, 2025. All rights reserved.\nEtiketler: textbook, Kyiv\n• 18 mayıs: Kyivde añıldı') }).facts.outlet).toBe('QHA');
  });
  it('when the rights are another\'s, then the aggregator\'s name is no outlet', () => {
    expect(extract({ text: page('© Avdet, 2025. All rights reserved.') }).facts.outlet).toBe('Avdet');
    expect(extract({ text: page('Follow us on Telegram') }).facts.outlet).toBeNull();
  });
});

describe('a textbook, a poem or a dictionary named in marks', () => {
  it('when "the textbook "Ana tilim" was presented", then the name is no claim', () => {
    const text = 'Books\n\nIn Kyiv the textbook "Ana tilim" was presented. "We are returning a debt," the minister Taras Bondarchuk said.';
    const claims = extract({ text }).claims;
    expect(claims.some((c) => c.text === 'Ana tilim')).toBe(false);
    expect(claims.find((c) => c.text.includes('debt'))?.speaker).toBe('Taras Bondarchuk');
  });
});

describe('names that open on a courtesy title no list knows, and a given name between family name and suffix', () => {
  it('when "Pabung Joykumar" follows "Pabung Laishram Joykumar Singh", then the short form is that person', () => {
    const text = 'Lake\n\nThe president of the union, Pabung Laishram Joykumar Singh, did not believe these words. The chairman, Ningombam Bijoy Singh, left.\n\n' +
      '"Who made the barrage?" said Pabung Joykumar to the ISTV channel.';
    expect(claimWith(text, 'barrage')?.speaker).toBe('Pabung Laishram Joykumar Singh');
  });
  it('when the short form is the full name\'s first two words, then it is not read so ("Dorothy Woods" and a headline\'s "Dorothy Woods Defends Trump")', () => {
    const text = 'Widow Dorothy Woods Defends Trump Amid Controversies\n\nDorothy Woods, whose husband, Navy SEAL Ty Woods, was killed in 2012, spoke on Thursday.\n\n' +
      'Woods said she does not believe the critics are right.';
    expect(claimWith(text, 'critics')?.speaker).toBe('Dorothy Woods');
  });
  it('when "Tomchou said" follows "Laishram Tomchou Singh", then the given name alone is that person', () => {
    const text = 'Lake\n\nThe MLA of Moirang, Laishram Tomchou Singh, came to Thanga in the evening.\n\n' +
      '\'I am with the people of the lake,\' Tomchou said.';
    expect(claimWith(text, 'people of the lake')?.speaker).toBe('Laishram Tomchou Singh');
  });
  it('when the word is inside two people\'s names, then it names neither', () => {
    const text = 'Lake\n\nThe MLA, Laishram Tomchou Singh, and the teacher, Oja Tomchou Devi, came in the evening.\n\n' +
      '\'I am with the people of the lake,\' Tomchou said.';
    const speaker = claimWith(text, 'people of the lake')?.speaker;
    expect(speaker).not.toBe('Laishram Tomchou Singh');
    expect(speaker).not.toBe('Oja Tomchou Devi');
  });
});

describe('an age after the place that closes a role', () => {
  it('when "Name, a fisherwoman of Karang, 63 years old," then "the 63-year-old" is she, not the place', () => {
    const text = 'Lake\n\nIma Khumanthem Ibemhal Devi, a fisherwoman of Karang, 63 years old, spoke to the paper.\n\n' +
      'The 63-year-old said that she has received the notice on the second of the month.';
    expect(claimWith(text, 'received the notice')?.speaker).toBe('Ima Khumanthem Ibemhal Devi');
  });
});

describe('sources inside a reported clause and at the end of a credit line', () => {
  it('when "X said that the removal is done according to the order of the High Court", then the court is what the clause says, no source', () => {
    const text = 'Lake\n\nThe Chairman of the LDA, Dr. Ningombam Bijoy Singh, said that the removal is done according to the order of the High Court.';
    const claim = claimWith(text, 'removal is done');
    expect(claim?.speaker).toBe('Ningombam Bijoy Singh');
    expect(claim?.source).toBeNull();
  });
  it('when the words were told to a paper before the clause, then the paper stays the source ("told Reuters that … according to the plan of the court")', () => {
    const text = 'Lake\n\nThe chairman, Ningombam Bijoy Singh, told Reuters that the removal will go on according to the plan of the court.';
    expect(claimWith(text, 'removal will go on')?.source).toBe('Reuters');
  });
  it('when a credit line under a quotation ends "to AIR Imphal", then the station is the source, though no press word names it', () => {
    const text = 'Lake\n\nThe Chairman of the LDA, Dr. Ningombam Bijoy Singh, said that the removal is done according to the order of the High Court.\n\n' +
      'We are not against the fishermen. We are against the phumdi which are choking the lake.\n— Dr. Ningombam Bijoy Singh, Chairman, LDA, to AIR Imphal\n\n' +
      'The fishermen did not believe these words.';
    const claim = claimWith(text, 'not against the fishermen');
    expect(claim?.speaker).toBe('Ningombam Bijoy Singh');
    expect(claim?.source).toBe('AIR Imphal');
  });
});

describe('a name of two words after a preposition of place and "the"', () => {
  it('when "gathered at the Thanga Keithel and said", then the name is a place, and "He" later is the man named since', () => {
    const text = 'Lake\n\nThe fishermen have gathered yesterday at the Thanga Keithel and have said that they will not leave.\n\n' +
      'The MLA of the Moirang Assembly Constituency, Laishram Tomchou Singh, came to Thanga in the evening. He called the eviction drive "a hurried decision".';
    expect(claimWith(text, 'hurried decision')?.speaker).toBe('Laishram Tomchou Singh');
  });
});

describe('a Tahitian article\'s constructions', () => {
  it('when a French "follow" line names networks ("Suivez TNTV sur Facebook, Instagram et TikTok"), then it is clutter', () => {
    expect(isClutterLine('Suivez TNTV sur Facebook, Instagram et TikTok')).toBe(true);
    expect(isClutterLine('Suivez le guide')).toBe(false);
  });
  it('when a subject, its name set off and a relative clause come before "promised the help of the Country", then that is no claim', () => {
    const text = 'Lagoon\n\nThe minister of the Marine Resources, Teva Maraetefau, who was present at the meeting, promised the help of the Country.';
    expect(extract({ text }).claims).toEqual([]);
  });
  it('when a credit line ends "to Polynésie la 1ère", then the whole station name is the source', () => {
    const text = 'Lagoon\n\nNot all people are happy. Some fishermen say that they will lose their revenue.\n\n' +
      'If they close the lagoon for two years, who pays the school of my children?\n— Tamatoa Vaiho, fisherman of Tautira, to Polynésie la 1ère\n\n' +
      'The meeting went on.';
    const claim = claimWith(text, 'close the lagoon');
    expect(claim?.speaker).toBe('Tamatoa Vaiho');
    expect(claim?.source).toBe('Polynésie la 1ère');
  });
  it('when "The tāvana, Heimana Teriitahi, said", then "the tāvana" later is he, not the minister named last', () => {
    const text = 'Lagoon\n\nThe tāvana, Heimana Teriitahi, said that the council will vote. The minister of the Marine Resources, Teva Maraetefau, ' +
      'was present.\n\nThe boat will make the tour of the zone every weekend, the tāvana assured.';
    expect(claimWith(text, 'tour of the zone')?.speaker).toBe('Heimana Teriitahi');
  });
  it('when a thing "is called «Tamari\'i Tautira»", then the name is no claim', () => {
    const text = 'Lagoon\n\nThe boat of the committee, which is called «Tamari\'i Tautira», will make the tour of the zone every weekend.';
    expect(extract({ text }).claims.some((c) => c.text.includes('Tamari'))).toBe(false);
  });
});

describe('a Dholuo article\'s names', () => {
  it('when "Jaduong\' Samuel Odhiambo Ouma" and later "Jaduong\' Ouma", then the apostrophe that ends the title goes on with the name', () => {
    const text = 'Lake\n\nThe elder of the village, Jaduong\' Samuel Odhiambo Ouma, stood in front of the people. His son Brian Otieno Ouma stood behind.\n\n' +
      '\'The lake is not for sale,\' said Jaduong\' Ouma.';
    expect(claimWith(text, 'not for sale')?.speaker).toBe('Jaduong\' Samuel Odhiambo Ouma');
  });
  it('when a possessive apostrophe after a final s comes before a name ("the Joneses\' Ana Ruiz"), then it still ends the name', () => {
    const text = 'Lake\n\nThe workers\' Ana Ruiz said that the lake is not for sale.';
    expect(claimWith(text, 'not for sale')?.speaker).toBe('Ana Ruiz');
  });
  it('when "Name, who is the chairman of the Kaloka Beach Management Unit (BMU)," then "the chairman" is he, past the acronym', () => {
    const text = 'Lake\n\nThe son of the elder, Brian Otieno Ouma, who is the chairman of the Kaloka Beach Management Unit (BMU), was more soft.\n\n' +
      '\'Baba is angry,\' the chairman said with a smile.';
    expect(claimWith(text, 'Baba is angry')?.speaker).toBe('Brian Otieno Ouma');
  });
});

describe('a source closing a sentence whose clause is reported by someone', () => {
  it('when "X said that C, according to Reuters.", then C is X\'s claim and Reuters its source, and X\'s name is no claim', () => {
    const text = 'Lake\n\nThe chairman, Ningombam Bijoy Singh, said that the removal will go on, according to Reuters.';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => [c.text, c.speaker, c.source])).toEqual([['the removal will go on', 'Ningombam Bijoy Singh', 'Reuters']]);
  });
  it('when the sentence reports nothing of its own, then all of it before the comma is the source\'s claim, as before', () => {
    const claim = claimWith('Lake\n\nThe removal will go on until May, according to Reuters.', 'removal');
    expect([claim?.text, claim?.speaker]).toEqual(['The removal will go on until May', 'Reuters']);
  });
});

describe('a verb of speech in a relative clause before the colon', () => {
  it('when "X closed with words that the people repeated with applause:" opens a quotation, then X said it, not the people', () => {
    const text = 'Water\n\nAt the end of the assembly, the secretary of the ejido, Adán Huerta Tzompaxtle, closed with words that the people repeated with applause:\n\n' +
      '«We are not against the development, we are against that they take what is of everybody.»';
    expect(claimWith(text, 'not against the development')?.speaker).toBe('Adán Huerta Tzompaxtle');
  });
  it('when one person is the clause\'s subject ("charges that Rush Limbaugh called "…""), then that person said it', () => {
    const text = 'Politics\n\nHe was uttering charges that Rush Limbaugh, for one, called "liberal Democrat lingo."';
    expect(claimWith(text, 'lingo')?.speaker).toBe('Rush Limbaugh');
  });
});

describe('an office written as a letter and an acronym joined by a slash', () => {
  it('when "the P/APC of Illoula Oumalou, Rachid Ait Hamou," and later "said the P/APC", then the office is he', () => {
    const text = 'Water\n\nThe P/APC of Illoula Oumalou, Rachid Ait Hamou, explained that the commune has no competence on the network. ' +
      '«The APC does not manage the network, it is the ADE», said the P/APC.';
    expect(claimWith(text, 'does not manage')?.speaker).toBe('Rachid Ait Hamou');
  });
});

describe('a Mooré article\'s names and venue', () => {
  it('when "Naaba Saaga, Boukary Sawadogo by the civil state," then the two are one person, named by the register', () => {
    const text = 'Dam\n\nThe chief of the village, Naaba Saaga, Boukary Sawadogo by the civil state, gave the blessing.\n\n' +
      '«The dam is of all the village», said Naaba Saaga.';
    expect(claimWith(text, 'of all the village')?.speaker).toBe('Boukary Sawadogo');
  });
  it('when "To the Agence d\'Information du Burkina (AIB), X declared: «…»", then the agency is the source', () => {
    const text = 'Dam\n\nTo the Agence d\'Information du Burkina (AIB), the haut-commissaire of the province of the Bazèga, Clarisse Zongo, declared: ' +
      '«The State has kept the word.»';
    const claim = claimWith(text, 'kept the word');
    expect(claim?.speaker).toBe('Clarisse Zongo');
    expect(claim?.source).toMatch(/^Agence d'Information du Burkina/);
  });
  it('when "The haut-commissaire of the province of the Bazèga, X," and later "The haut-commissaire assured", then it is X, whoever else the article names more', () => {
    const text = 'Dam\n\nThe chief of the village, Naaba Saaga, Boukary Sawadogo by the civil state, gave the blessing. Boukary Sawadogo spoke long. ' +
      'The haut-commissaire of the province of the Bazèga, Clarisse Zongo, cut the ribbon. Boukary Sawadogo thanked her.\n\n' +
      'The haut-commissaire assured also that one second dam is inscribed in the programme.';
    expect(claimWith(text, 'second dam')?.speaker).toBe('Clarisse Zongo');
  });
});

describe('a company\'s legal form', () => {
  it('when "In a statement, Lake Gold Aquaculture Limited said it is ready", then the company spoke, though its name opens on a place word', () => {
    const text = 'Lake\n\nIn a statement, Lake Gold Aquaculture Limited said it is ready to meet the leaders of the BMU at any time.';
    expect(claimWith(text, 'ready to meet')?.speaker).toBe('Lake Gold Aquaculture Limited');
  });
});

describe('a site\'s name over a menu in its own language, and its own handle', () => {
  const page = (source: string, notice: string) => `Dikgang tša Bokone\nGae / Ditaba / Dipolitiki / Profense / Ikonomi\n${source}${notice}\n\n` +
    'Water of the river\n\nThe residents said that the water of the river is dirty since March.';
  it('when "Source: @DikgangtsaBokone" spells the name on the first line, then that name as written is the outlet', () => {
    expect(extract({ text: page('Source: @DikgangtsaBokone\n', '[This article was translated by machine from Sepedi.]') }).facts.outlet).toBe('Dikgang tša Bokone');
  });
  it('when the source line is "Fuente:" or "Fonte:", then it is read as "Source:" is, and is no title', () => {
    const facts = extract({ text: page('Fonte: @DikgangtsaBokone\n', '[Tradução automática – translated by machine from Sepedi.]') }).facts;
    expect(facts.outlet).toBe('Dikgang tša Bokone');
    expect(facts.title).toBe('Water of the river');
  });
  it('when no source line names another, then the name over the menu is the outlet', () => {
    expect(extract({ text: page('', 'This article was translated automatically from Sepedi.') }).facts.outlet).toBe('Dikgang tša Bokone');
  });
  it('when the source line names another paper, then that paper stays the outlet', () => {
    expect(extract({ text: page('Source: sowetanlive.co.za\n', '[This article was translated by machine from Sepedi.]') }).facts.outlet).not.toBe('Dikgang tša Bokone');
  });
});

describe('a Hiligaynon article\'s names', () => {
  it('when "Kapitan Rodolfo "Dolfo" Villanueva" is introduced, then "Kapitan Villanueva" is he, the nickname inside his name', () => {
    const text = 'Fish kill\n\nKapitan Rodolfo "Dolfo" Villanueva, the punong barangay of Tabucan, he said that the water became brown.\n\n' +
      '"We called already three times," said Kapitan Villanueva.';
    expect(claimWith(text, 'three times')?.speaker).toMatch(/^Kapitan Rodolfo .*Villanueva$/);
  });
  it('when "But the konsehal of the banwa, Hon. Gloria Villanueva — …" teaches the title, then "Konsehal Villanueva" is she, not the kapitan', () => {
    const text = 'Fish kill\n\nKapitan Rodolfo Villanueva, the punong barangay, spoke first.\n\n' +
      'But the konsehal of the banwa, Hon. Gloria Villanueva — not relative of the kapitan, she clarified — called the response slow.\n\n' +
      '“Every year the same story,” Konsehal Villanueva wrote later on Facebook.';
    expect(claimWith(text, 'same story')?.speaker).toBe('Gloria Villanueva');
  });
  it('when "Manang Teresita" follows "Manang Teresita Dela Cruz", then she is that person, named without the courtesy title', () => {
    const text = 'Fish kill\n\nManang Teresita Dela Cruz, 61, a fish vendor, was crying.\n\nWhen we asked Manang Teresita, she only said: "God will provide."';
    expect(claimWith(text, 'God will provide')?.speaker).toBe('Teresita Dela Cruz');
  });
});

describe('names, titles and slogans in marks that are no one\'s words', () => {
  const none = (text: string, words: string) =>
    expect(extract({ text: `News\n\n${text}` }).claims.some((c) => c.kind !== 'indirect' && c.text.includes(words))).toBe(false);
  it('when the marks hold only another script than the article\'s ("«Земский учитель»", "बांध ना त वोट ना"), then they are a name or a slogan', () => {
    none('The minister said they will get the payments of «Земский учитель» from the republic.', 'Земский');
    none('The women shouted "बांध ना त वोट ना" in front of the office, the leader Sunita Devi said.', 'बांध');
  });
  it('when someone is "known with the name of "Kashona"", then the name is no claim', () => {
    none('The chairman of the cooperative, who is known in all the village with the name of "Kashona", he explained the prices.', 'Kashona');
  });
  it('when a body\'s name in marks follows "of the" ("president of the «Associacion dels Pastres del Larzac»"), then it is a name', () => {
    none('Joan-Pèire Fabre, president of the «Associacion dels Pastres del Larzac», called the national plan a failure.', 'Associacion');
  });
  it('when a sign before a colon reads the words ("they put the banner: "…""), then they are its slogan', () => {
    none('In the plaza they put the banner: "¡El agua no se vende, se defiende!" and the people stayed.', 'agua');
  });
  it('when a song with a comma in its title is sung ("to sing „Namibia, Land of the Brave“"), then it is a title', () => {
    none('Tate Shikongo sat down and the women started to sing „Namibia, Land of the Brave“ in the hall.', 'Namibia');
  });
  it('when cloths are "written with «O MAR É NOSSO»", a boat is named, or a firm keeps its language\'s noun, then no claim', () => {
    none('They carried the capulanas written with «O MAR É NOSSO» and they sang.', 'MAR');
    none('The pump boat "Bituon sang Aga", owned by the family, stayed on the beach.', 'Bituon');
    none('The people said no to the farm that the empresa "Porcícola Peninsular del Sureste" wants to build.', 'Porcícola');
  });
  it('when a person\'s own words follow a sign\'s noun in another sentence, then they stay a claim', () => {
    const text = 'News\n\nThe banner was old. "We will not leave the plaza," said the mayor Ana Ruiz.';
    expect(claimWith(text, 'not leave the plaza')?.speaker).toBe('Ana Ruiz');
  });
});

describe('a body\'s name in marks right after a description', () => {
  it('when "the chairman of the cooperative »Tulongeni Pamwe«", then the cooperative is not the chairman: the man set off before it is', () => {
    const text = 'Farmers\n\nTate Festus Shikongo, 62, the chairman of the cooperative »Tulongeni Pamwe«, spoke first.\n\n' +
      '»We will meet again on Saturday,« said the chairman.';
    expect(claimWith(text, 'meet again')?.speaker).toBe('Tate Festus Shikongo');
  });
});

describe('courtesy titles of Occitan, Hiligaynon and Minangkabau', () => {
  it('when "Joan-Pèire Fabre, president of the association," and later "said Mossur Fabre", then it is he', () => {
    const text = 'Wolf\n\nJoan-Pèire Fabre, president of the association, called the plan a paper for Paris.\n\n' +
      '«We will not be the shepherds of a museum,» said Mossur Fabre.';
    expect(claimWith(text, 'shepherds')?.speaker).toBe('Joan-Pèire Fabre');
  });
});

describe('a station on a credit line whose name ends like a woman\'s surname', () => {
  it('when "— Phulmani Hansda, teacher, to Akashvani Ranchi", then the station is the source', () => {
    const text = 'Land\n\nThe teacher of the primary school, Phulmani Hansda, 29, wrote the resolution.\n\n' +
      'If the land goes, the language also goes.\n— Phulmani Hansda, teacher, to Akashvani Ranchi\n\nShe said that she will read the book to the children.';
    expect(claimWith(text, 'land goes')?.source).toBe('Akashvani Ranchi');
  });
});
