import { extract } from '../../../server/extraction';
import { isClutterLine } from '../../../server/extraction/text/clutter';
import { writtenInText } from '../../../server/extraction/text/facts';
import { claimWith, reportedWith } from './attribution-helpers';

describe('a description named only after the described person has gone on speaking, taken up by "she" or "he"', () => {
  const story = (between: string) =>
    'The director of the district education office, Tashi Dorje, signed the order on Friday that the students of the ' +
    'settlement school will be joined to the bigger school in the town.\n\n' +
    "The school's headmistress in the morning assembly on Monday to the students said: «This school is not only four walls. " +
    'The four walls are going but the learning is not going.»\n\n' +
    `${between}\n\n` +
    'The headmistress, Karma Yangchen, is working in this school for 26 years.';
  it('when her next words are credited to "she continued", then the headmistress is the name given after them', () => {
    const text = story('«When I came here as a young teacher in 1998 there were 214 children. This year we have 41,» she continued. «Who is to blame? Nobody is to blame.»');
    expect(claimWith(text, 'not only four walls')?.speaker).toBe('Karma Yangchen');
    expect(claimWith(text, 'young teacher in 1998')?.speaker).toBe('Karma Yangchen');
  });
  it('when a sentence in between names someone else, then a name given that far after is not who the description is', () => {
    const text = story('The parents met the officer Dawa Tsering on Sunday. «The decision stays,» he said.');
    expect(claimWith(text, 'not only four walls')?.speaker).not.toBe('Karma Yangchen');
  });
});

describe('a block of quotations in paragraphs of their own, credited after the last of them', () => {
  const story = (credit: string) =>
    'The Mea of the island council, Taaite Bwebwetaake, stood up in front of the elders. "The sea cucumber is finished in ' +
    'the lagoon," he said.\n\n' +
    '"We do not do this to punish the people," he continued.\n\n' +
    'The plan was prepared together with the Ministry of Fisheries. According to the ministry, the stock has fallen.\n\n' +
    'A fisherman from the village of Tabiang was standing at the door of the hall with his two sons.\n\n' +
    '"Who will pay the school fees of my children? Nobody will pay."\n\n' +
    '"I have the boat, I have the net, I have the debt at the bank."\n\n' +
    `${credit}`;
  it('when "So was saying X" follows the last, then every quotation of the block is X\'s', () => {
    const text = story('"The Mea is my cousin and I respect him, but this decision is wrong."\n\nSo was saying Baraniko Tioti, 47 years, who sells the dried sea cucumber.');
    expect(claimWith(text, 'Mea is my cousin')?.speaker).toBe('Baraniko Tioti');
    expect(claimWith(text, 'school fees')?.speaker).toBe('Baraniko Tioti');
    expect(claimWith(text, 'debt at the bank')?.speaker).toBe('Baraniko Tioti');
  });
  it('when the last is credited before it ("X said: …"), then the block before it is not given to X by that', () => {
    const text = story('Baraniko Tioti, 47 years, said: "The Mea is my cousin and I respect him, but this decision is wrong."');
    expect(claimWith(text, 'Mea is my cousin')?.speaker).toBe('Baraniko Tioti');
    expect(claimWith(text, 'school fees')?.speaker).not.toBe('Baraniko Tioti');
  });
});

describe('two of one family, the elder picked out by "the older X", then the surname alone', () => {
  const family = 'Zygmunt Pyrchała, 81 years old, was working on the mine for thirty years. His son, Damian Pyrchała, 52, works as electrician in Gliwice.\n\n';
  it('when the elder is picked out and the next credit is his surname alone, then the words are the elder\'s', () => {
    const text = `${family}In the evening the older Pyrchała accompanied us to the gate. „When I came out from the mine in 1991, it was hard,“ said Pyrchała.`;
    expect(claimWith(text, 'came out from the mine')?.speaker).toBe('Zygmunt Pyrchała');
  });
  it('when the credit itself says "said the older Pyrchała", then too', () => {
    const text = `${family}In the evening we walked to the gate. „When I came out from the mine in 1991, it was hard,“ said the older Pyrchała.`;
    expect(claimWith(text, 'came out from the mine')?.speaker).toBe('Zygmunt Pyrchała');
  });
  it('when the surname is written in full again in between, then the surname alone goes on with that one', () => {
    const text = `${family}In the evening the older Pyrchała accompanied us to the gate. Then Damian Pyrchała came out. „We will go to the court,“ said Pyrchała.`;
    expect(claimWith(text, 'go to the court')?.speaker).toBe('Damian Pyrchała');
  });
});

describe('a verb of speech left in the source language, an adverb between it and the name', () => {
  it('when „…,“ is followed by "pedzioł bitterly" and a full name, then that name is the speaker', () => {
    const text = 'The mine closed in 1991.\n\n„Now I see how it does not forget,“ pedzioł bitterly Zygmunt Pyrchała.\n\nThe office did not answer.';
    expect(claimWith(text, 'does not forget')?.speaker).toBe('Zygmunt Pyrchała');
  });
});

describe('the page footer: share buttons, a rights line that opens on the name, a list under another clutter line', () => {
  it.each([
    '▶ Share  ▶ Facebook  ▶ Messenger  ▶ WhatsApp',
    'Partager ▸ Facebook ▸ WhatsApp ▸ Telegram',
    'Dainik Surma Kantho is not responsible for the comments. All rights reserved © 2024.',
    "Radio Imzad FM — La voix de l'Adrar des Ifoghas © 2025. Les opinions des auditeurs n'engagent pas la radio.",
  ])('"%s" is clutter', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });
  it.each([
    'Share prices of Facebook fell three percent on Monday.',
    'The mayor said the market will open in 2025 after the repairs, and the traders agreed.',
  ])('"%s" is prose', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });

  const body = 'Court stops the wall on the school field\n\nThe headmistress said the children will play, and the lawyer of the family said the case will go on.\n\n';
  it('when a "Source:" line is the last line of a footer paragraph, then it names the outlet', () => {
    const text = `${body}Dainik Surma Kantho is not responsible for the comments. All rights reserved © 2024.\nSource: surmakantho.com\n`;
    expect(extract({ text }).facts.outlet).toBe('Surma Kantho');
  });
  it('when the handle is spelled in capitals over the menu and in mixed case under the article, then the mixed case is the name', () => {
    const text = `HARBOUR VOICE\nSuara ni Pelabuhan | Toba • Samosir\n\n${body}Copyright © 2024 Harbour Voice. Hak Cipta Dilindungi.`;
    expect(writtenInText(text, 'harbourvoice.com')).toBe('Harbour Voice');
    expect(writtenInText(text.replace('Harbour Voice.', 'the harbour.'), 'harbourvoice.com')).toBe('HARBOUR VOICE');
  });
  it('when a list heading follows a share line in one paragraph, then the headlines under it are clutter', () => {
    const text = `${body}Share this: Facebook | WhatsApp | X\nMás leídas:\n1. Cobán: the festival will be in the stadium\n2. Cardamom farmers: "we cannot live with this price"\n`;
    expect(extract({ text }).claims.some((c) => c.text.includes('cannot live'))).toBe(false);
  });
  it('when the page translated itself and its rights line names it before the sign, then that is the outlet', () => {
    const text = `COBAN VOICE\nPeriódico comunitario · Cobán, Alta Verapaz\nInicio | Tenamit | Cooperativas | Deportes\n` +
      `This news was automatic translated from Kekchi (Q'eqchi') language.\n\n${body}Coban Voice © 2025 — All the rights reserved.\n`;
    expect(extract({ text }).facts.outlet).toBe('Coban Voice');
  });
});

describe('the page head above a translation notice: a motto or name line parted by bars or dots, a spaced-out menu, a dateline in figures', () => {
  const story = 'The cooperative treasurer was found guilty on Friday, and the families said the money must come back.';
  it('when the line under the site name is a motto parted by dots, then the title is the headline after the notice', () => {
    const text = `COBAN VOICE\nCommunity paper · Cobán, Alta Verapaz · "Our word, our land"\nInicio | Tenamit | Cooperativas | Deportes\n` +
      `This news was automatic translated from Kekchi (Q'eqchi') language.\n\nFour years of prison for the treasurer of the cooperative\n\n${story}\n`;
    expect(extract({ text }).facts.title).toBe('Four years of prison for the treasurer of the cooperative');
    expect(extract({ text }).claims.some((c) => c.text.includes('Our word'))).toBe(false);
  });
  it('when the menu is spaced out without bars and a dateline in figures follows the notice, then neither is the title', () => {
    const text = 'HARBOUR VOICE\nBeranda   Huta   Ekonomi   Budaya   Olahraga\n[Auto-translated from Batak Toba by machine.]\n\n' +
      `Kidal, le 03/06/2025 à 17h15 — Rédaction / A. Ag Hamid\n\nThe village spring is dry since three weeks\n\n${story}\n`;
    expect(extract({ text }).facts.title).toBe('The village spring is dry since three weeks');
  });
  it('when the headline itself is set off by one bar, then it is still the title', () => {
    const text = `This article is automatic translate from Tamasheq. Now you can see non-English news in English!\n\nKidal | The borehole is broken since five months\n\n${story}\n`;
    expect(extract({ text }).facts.title).toBe('Kidal | The borehole is broken since five months');
  });
});

describe('whom the words were given to, fronted, its name run on into the speaker\'s ("To the TVRI Sumatera Utara Bonar said")', () => {
  const lead = 'The field manager of the company is Bonar Hutapea. He said that the road is not the cause of the dry spring.\n\n';
  it('when the station has initials in capitals and the speaker\'s given name follows it, then the speaker is the person and the station the source', () => {
    const c = claimWith(`${lead}To the TVRI Sumatera Utara Bonar said: “Our road is two hundred meter from the spring.”`, 'two hundred meter');
    expect(c?.speaker).toBe('Bonar Hutapea');
    expect(c?.source).toBe('TVRI Sumatera Utara');
  });
  it('when the speaker\'s full name follows a station\'s press noun, then too', () => {
    const c = claimWith(`${lead}To Radio Toba Bonar Hutapea said: “Our road is two hundred meter from the spring.”`, 'two hundred meter');
    expect(c?.speaker).toBe('Bonar Hutapea');
    expect(c?.source).toBe('Radio Toba');
  });
  it('when nothing marks the front of the run as an outlet, then the run is left whole', () => {
    const c = claimWith(`${lead}To the Lumban Pea Bonar said: “Our road is two hundred meter from the spring.”`, 'two hundred meter');
    expect(c?.source).not.toBe('Lumban Pea');
  });
});

describe('an interview\'s answers labelled with a full name, when a relative of the same surname is named after', () => {
  it('when the label writes the elder\'s full name, then the answers are his, not the brother\'s named later', () => {
    const text = 'The amghar of the fraction, Ahmedou Ag Assaleh, answered by the telephone on Tuesday the questions of Radio Imzad FM.\n\n' +
      'Radio Imzad: Amghar, since when the borehole it is stopped?\nAhmedou Ag Assaleh: Since before the Tabaski. Five months now.\n' +
      'Radio Imzad: And the animals?\nAhmedou Ag Assaleh: We lost already forty goats and three camels.\n' +
      'Radio Imzad: Who must repair it?\nAhmedou Ag Assaleh: Each one say it is the other, and the children drink the water of the pond.\n\n' +
      'His young brother, Intahmadou Ag Assaleh, explain that the problem is the inverter. "It is one piece only," said Intahmadou.';
    expect(claimWith(text, 'Since before the Tabaski')?.speaker).toBe('Ahmedou Ag Assaleh');
    expect(claimWith(text, 'one piece only')?.speaker).toBe('Intahmadou Ag Assaleh');
  });
});

describe('a name\'s particle abbreviated with a dot between its words ("Rosdiana br. Simanjuntak")', () => {
  it('when a woman is named with "br." between her name and her clan\'s, then "she" after is the whole name', () => {
    const text = 'In the morning the women of the village walk to the lake. One of them stopped to rest the jerrycan. Her name is Rosdiana br. Simanjuntak, 44 years.\n\n' +
      '"Three weeks already the spring is dry," said she.';
    expect(claimWith(text, 'spring is dry')?.speaker).toBe('Rosdiana br. Simanjuntak');
  });
  it('when a sentence ends on a short word with a vowel before a capitalised one, then it still ends there', () => {
    const text = 'The minister met Obama too. Ana Ruiz said: "We will see."';
    expect(claimWith(text, 'We will see')?.speaker).toBe('Ana Ruiz');
  });
});

describe('a name people call someone, then "His (own) name is X"', () => {
  it('when "everybody is calling" him one name and the next sentence gives his own, then the words credited to the first are his', () => {
    const text = 'The oldest man of the village everybody is calling Ompu Sahat, the grandfather of Sahat. His own name is Jahoras Sitorus, 79.\n\n' +
      '«In the time of our grandfathers the spring was holy,» said Ompu Sahat.';
    expect(claimWith(text, 'spring was holy')?.speaker).toBe('Jahoras Sitorus');
  });
  it('when the name before is no name anyone is called, then it stays who it is', () => {
    const text = 'The oldest man of the village met Tomas Berg on Monday. His name is Jahoras Sitorus, 79.\n\n«The spring was holy,» said Berg.';
    expect(claimWith(text, 'spring was holy')?.speaker).toBe('Tomas Berg');
  });
});

describe('an office written as a name no list knows, its holder set off after it by commas', () => {
  it('when "the kepala desa" later speaks, then the words are the holder\'s', () => {
    const text = 'Kepala Desa Lumban Pea, Tumpal Hutapea, 52, said that the village sent two letters to the company.\n\n' +
      '"We are not against the investment," the kepala desa told Antara on Wednesday.';
    expect(claimWith(text, 'not against the investment')?.speaker).toBe('Tumpal Hutapea');
  });
  it('when the run is written again later, then it is no office of that one person', () => {
    const text = 'Lumban Pea Cooperative, Tumpal Hutapea, and the district office met on Monday. Lumban Pea Cooperative wrote to the bank.\n\n' +
      '"We are not against the investment," the cooperative told Antara on Wednesday.';
    expect(claimWith(text, 'not against the investment')?.speaker).not.toBe('Tumpal Hutapea');
  });
});

describe('a setting of time between the speaker and the colon ("the starosta in the evening: «…»")', () => {
  const lead = 'The starosta of Čertižne, Mychal Hudak, 61, was angry about the school.\n\n';
  it('when the colon follows "in the evening", then the one before it spoke, to the station told', () => {
    const c = claimWith(`${lead}Told the Radio Karpaty the starosta in the evening: "If we must, we will sell the old house of culture."`, 'sell the old house');
    expect(c?.speaker).toBe('Mychal Hudak');
    expect(c?.source).toBe('Radio Karpaty');
  });
  it('when a place, not a time, stands before the colon, then it is not passed over', () => {
    const c = claimWith(`${lead}The teachers wrote in the chronicle of the school: "We were here for a hundred years."`, 'hundred years');
    expect(c?.speaker).not.toBe('Mychal Hudak');
  });
});

describe('whom the words were given to, fronted before the subject pronoun ("To Verapaz Visión he said")', () => {
  it('when a name after "To" stands right before "he said", then he is someone else and the name is the source', () => {
    const text = 'Outside the court cried the son of the sentenced, Edgar Caal Tiul, 31 years. To Verapaz Visión he said: «My father will appeal. He is not a thief.»';
    const c = claimWith(text, 'father will appeal');
    expect(c?.speaker).toBe('Edgar Caal Tiul');
    expect(c?.source).toBe('Verapaz Visión');
  });
});

describe('a noun in "-ing" inside a setting before a verb-final cue ("in front of the court building to the reporters said")', () => {
  it('when the setting names a building, then the sentence\'s subject spoke, not the body before "building"', () => {
    const text = 'Rezaul Karim Chowdhury, the nephew of the owner, in front of the court building to the reporters said: "The land is ours, we have every paper."';
    expect(claimWith(text, 'land is ours')?.speaker).toBe('Rezaul Karim Chowdhury');
  });
  it('when a person sits somewhere before the verb, then that person still spoke', () => {
    const text = 'The harbour was closed. Rice farmer Chen sitting beside the dry channel told: "We have no water since May."';
    expect(claimWith(text, 'no water since May')?.speaker).toBe('Chen');
  });
});

describe('a "read also" heading over a list of other articles\' headlines', () => {
  it('when "Lire aussi / Soma tsena :" heads lines of headlines with colons, then none of them is a claim', () => {
    const text = 'The market of Volo-Volo will move, the mayor said on Monday.\n\n' +
      'Partager : Facebook | WhatsApp | X | Email\nLire aussi / Soma tsena :\n» Football: the national team prepares the match against Madagascar\n' +
      '» Air: "a new line" from Moroni to Dar es Salaam in September\n';
    expect(extract({ text }).claims.some((c) => c.text.includes('a new line'))).toBe(false);
  });
});

describe('someone described as "from" a place, with a relative clause before the verb', () => {
  it('when "One man from Auckland, who came home …, said", then the place is no speaker', () => {
    const text = 'The show went ahead on Saturday. One man from Auckland, who came home with his three children, said: \'We come home for the food.\'';
    expect(claimWith(text, 'come home for the food')?.speaker).not.toBe('Auckland');
  });
  it('when a named person is from a company, then the person still speaks', () => {
    const text = 'The show went ahead on Saturday. Ana Ruiz from Harbour Foods Ltd, who sponsored the prize, said: \'We come home for the food.\'';
    expect(claimWith(text, 'come home for the food')?.speaker).toBe('Ana Ruiz');
  });
});

describe('"according to the 63-year-old bagsh": an age before a noun no list knows', () => {
  it('when the phrase after "according to" holds an age, then it describes a person, the one the article gave that age', () => {
    const text = 'The oldest bagsh of the Kalmyk language in the gymnasium, Galina Sangadzhieva, 63, is teaching here from 1986.\n\n' +
      'One hour in the week, according to the 63-year-old bagsh, is "only enough for saying hello and going home".';
    const c = claimWith(text, 'saying hello');
    expect(c?.speaker).toBe('Galina Sangadzhieva');
    expect(c?.source ?? "").not.toMatch(/bagsh/);
  });
});

describe('a verb of speech and its "that" parted by an adverb, a comma or an article-less written setting', () => {
  it.each([
    ['Tomas Berg maintained always that he never signed the papers alone.', 'never signed the papers', 'Tomas Berg'],
    ['Tomas Berg is the mayor. To our newspaper he said also, that the town is ready to pay for the bus.', 'ready to pay for the bus', 'Tomas Berg'],
    ['The Ministry of Health said in written statement on Friday that a team will take the sample of the water.', 'take the sample', 'Ministry of Health'],
  ])('"%s" reports its clause', (text, words, speaker) => {
    expect(reportedWith(`Council news\n\n${text}`, words)?.speaker).toBe(speaker);
  });
});

describe('a plural noun that is also a verb of speech, as the object of a preposition ("For the night calls, he said, …")', () => {
  it('when "calls" ends a phrase after "For the night", then it is no verb and the aside reports the sentence', () => {
    const text = 'The doctor, Ianachi Bitu, 58, spoke. For the night calls, he said, they are asking the ambulance from Prilep.';
    expect(reportedWith(`Council news\n\n${text}`, 'asking the ambulance')?.speaker).toBe('Ianachi Bitu');
  });
});

describe('more of a page\'s head and foot: a disclaimer, a "like us" line, a station\'s "listen live", tags, datelines of three parts', () => {
  it.each([
    'Disclaimer: Comments on this site are the opinion of the readers and not of Mimi sha Tar.',
    'Like Malaita Nius on Facebook fo kasem olketa niu stori',
    '📻 Listen Süchiki Wajiira live in the 95.3 FM',
    'Etiquetas: agua, Uribia, Alta Guajira, wayuu, jagüey',
  ])('"%s" is clutter', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });
  it('"Like the river, the market never sleeps." is prose', () => {
    expect(isClutterLine('Like the river, the market never sleeps.')).toBe(false);
  });
  it('when a footer holds a disclaimer over the rights line and a Source line, then the source names the outlet', () => {
    const text = 'Gboko yam sellers lock the market\n\nThe traders said the market will stay closed until the levy is removed.\n\n' +
      'Disclaimer: Comments on this site are the opinion of the readers and not of Mimi sha Tar.\n© 2024 Mimi sha Tar Media Ltd. All Rights Reserved.\nSource: mimishatar.com.ng\n';
    expect(extract({ text }).facts.outlet).toBe('Mimi sha Tar');
  });
  it('when a line of three parts set off by bars holds a year, then it is no title and names no speaker', () => {
    const text = 'SÜCHIKI WAJIIRA\nInicio | Noticias | Cultura | Salud\n[Auto-translated from Wayuunaiki by machine.]\n\n' +
      'Redacción Süchiki Wajiira | Uribia, 3 kashi mayo 2024 | 7:15 a. m.\n\nThe reservoir of Piichipa is dry\n\n«We ask the water,» said the elder.\n';
    const r = extract({ text });
    expect(r.facts.title).toBe('The reservoir of Piichipa is dry');
    expect(r.claims.find((c) => c.text.includes('ask the water'))?.speaker ?? '').not.toMatch(/Redacción/);
  });
});

describe('a dateline of three parts under a motto taken for the title', () => {
  it('when the dateline follows the head, then it names no speaker of the quotation after it', () => {
    const text = 'SÜCHIKI WAJIIRA\nEmisora comunitaria y portal de noticias · Uribia, capital indígena\nInicio | Noticias | Rancherías | Cultura wayuu | Salud | 🔴 En vivo 95.3 FM\n' +
      '[Auto-translated from Wayuunaiki by machine.]\n\nThe reservoir of Piichipa is dry\n\nRedacción Süchiki Wajiira | Uribia, 3 kashi mayo 2024 | 7:15 a. m.\n\n' +
      'In the ranchería the reservoir is dry since two months.\n\n"When the rain was happy with us, the reservoir was full", the alaula said.\n';
    expect(claimWith(text, 'rain was happy')?.speaker ?? '').not.toMatch(/Redacción/);
  });
});

describe('a possessive and a role in the source language, the name set off after them ("insisted his abogáu, X,")', () => {
  const lead = 'Xulio Fernández Valdés, 58, is the accused.\n\n';
  it('when the role word is one no list knows, then the name set off after it spoke', () => {
    expect(claimWith(`${lead}«Here there is no delito», insisted his abogáu, Xosé Antón Cuesta Tuñón, in the informe final.`, 'no delito')?.speaker).toBe('Xosé Antón Cuesta Tuñón');
  });
  it('when no name is set off after the word, then the possessive\'s owner is not replaced', () => {
    expect(claimWith(`${lead}«Here there is no delito», insisted his abogáu in the informe final.`, 'no delito')?.speaker).not.toBe('Xosé Antón Cuesta Tuñón');
  });
});

describe('a dateline\'s place in capitals before a dash, opening the first paragraph ("THA SONG YANG – …")', () => {
  it('when "she said" follows a quotation with no one else named before it but the dateline\'s place, then the place is not she', () => {
    const text = 'Festival at the river bank\n\nTHA SONG YANG – In the month of the festival the people tie the white string at the wrist.\n\n' +
      'The Tha Song Yang district office did not answer the phone of the paper.\n\n' +
      'A young woman in green dress was tying the string at the wrist of one old man she does not know.\n\n' +
      '“My grandfather is die last year, so I tie for the grandfathers of the other people,” she said.';
    expect(claimWith(text, 'grandfather is die')?.speaker ?? '').not.toMatch(/THA SONG YANG/i);
  });
});

describe('words written on a thing with the passive of writing, before or after the marks, and a thing\'s "name is"', () => {
  const names = (text: string) => extract({ text: `Harbour news\n\n${text}` }).claims.map((c) => c.text);
  it.each([
    ['On the tent a white cloth is hanging, on it with red colour in Balochi is written ‹Aap zind int› — water is life.', 'Aap zind int'],
    ['On the old boats of the cooperative now one sentence is written: «Gola ma mekişê» — do not kill our lake.', 'Gola ma mekişê'],
    ['His boat, on which with blue colour „Munzur Kızı“ is written, from his father remained.', 'Munzur Kızı'],
    ['The boat man came with a long boat paint blue which name is ‹Pa Hti Moo›.', 'Pa Hti Moo'],
  ])('"%s" claims no "%s"', (text, name) => {
    expect(names(text).some((c) => c.includes(name))).toBe(false);
  });
  it('when someone says what is written, then the words in marks are still a quotation', () => {
    const text = 'The fisherman Ali Tunç said: "Nothing is written in the law about our lake, and nobody looks at it."';
    expect(names(text).some((c) => c.includes('Nothing is written'))).toBe(true);
  });
});

describe('more inscriptions and titles: a cloth with the words, "is written in the front", a tune played', () => {
  const names = (text: string) => extract({ text: `Harbour news\n\n${text}` }).claims.map((c) => c.text);
  it.each([
    ['Now the young people put in the fence one cloth with the words «A TERRA É NOSSA — OCIMBO CASSOMA», and in the night the guards took it.', 'A TERRA'],
    ['The lorry, which is written in the front "Aondo Ngu", was parked at the gate of the market.', 'Aondo Ngu'],
    ['One piper played «Asturias, patria querida» when the cousins went out of the court.', 'Asturias, patria'],
  ])('"%s" claims no "%s"', (text, name) => {
    expect(names(text).some((c) => c.includes(name))).toBe(false);
  });
});
