import { claimWith, speakersOf } from './attribution-helpers';

describe('attribution: the evidence sits in the quotation’s own sentence', () => {
  test('when a cue-less quotation’s sentence has the carried speaker as its subject, then that subject is the evidence', () => {
    const text = '“The harvest was late,” farmer Nils Aalto said on Friday.\n\nHe hopes the co-operative will buy “every last crate” this year.';
    const { quotes } = speakersOf(text);
    expect(quotes[1]).toMatchObject({ speaker: 'Nils Aalto', mention: 'He' });
  });

  test('when the subject of a later clause is the speaker, then that nearer subject is the evidence', () => {
    const text = 'Ruth Obi chairs the parish council. Obi is gaining ground as she keeps promising voters “a bus every hour”.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ruth Obi', mention: 'she' });
  });

  test('when the speaker opens a reporting clause ("she says she …"), then that subject outranks the nearer one', () => {
    const text = 'Ruth Obi chairs the parish council.\n\nShe says she admires the mayor and calls him “a patient man”.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ruth Obi', mention: 'She' });
  });
});

describe('attribution: a relative "who" that stands for someone never named', () => {
  test('when someone described and never named speaks through a relative clause, then the description is the evidence, not "who"', () => {
    const text = 'Flood defences questioned\n\nA resident who asked not to be named said: “The water came in within minutes.”\n\n' +
      'As the families left, one woman, who did not give her name, shouted: “We will come back in July!”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: null, mention: 'A resident', cue: 'said' });
    expect(quotes[1]).toMatchObject({ speaker: null, mention: 'one woman', cue: 'shouted' });
  });

  test('when a named person speaks through a relative clause, then they are the speaker, even past the description set off after their name, and the "who" at the cue stays the evidence', () => {
    const text = 'Harbour levy vote\n\nNadia Ferreira, who chairs the harbour board, said the levy was “a fair price for safety.”\n\n' +
      'Tomas Okafor, a member of the Harbour Users Association, who called the levy “theft”, left before the vote.';
    const { quotes } = speakersOf(text);
    // (the main clause's verb has the name as its subject)
    expect(quotes[0]).toMatchObject({ speaker: 'Nadia Ferreira', mention: 'Nadia Ferreira' });
    expect(quotes[1]).toMatchObject({ speaker: 'Tomas Okafor', mention: 'who' });
  });

  test('when a "who" follows the object of a clause, then the one it stands for is the evidence, not the clause’s subject', () => {
    const text = 'Port strike\n\nThe dockers met the mayor, who said the strike was “a loss for everyone.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: null, mention: 'the mayor' });
  });
});

describe('attribution: sentences and abbreviations', () => {
  test('when a state abbreviation with a stop follows the name ("Tom Hale, R-Wis., said"), then the cue still finds him', () => {
    const text = 'The vote is on Friday.\n\nRep. Tom Hale, R-Wis., said in a letter, “The water plan fails the valley.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Hale', cue: 'said' });
  });
});

describe('attribution: a speech verb’s form used as a noun', () => {
  test('when a form in -ing is what a person noun after it does ("a public speaking coach"), then it is no cue', () => {
    const text = 'Milo Varga teaches in Szeged.\n\nVarga, a public speaking coach, said he keeps his old notes “close to my chest.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Milo Varga', mention: 'Varga', cue: 'said' });
    // a plural object is still a verb's: "telling reporters"
    expect(speakersOf('Senator Ana Ruiz, telling reporters after the hearing that the delay was “entirely avoidable.”').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a form in -ing follows an article and a noun for no one who speaks ("a job posting on the site said"), then it is part of that noun', () => {
    const text = 'On Tuesday, a job posting on the site of the Porto Herald said the paper wanted “a night editor who reads Danish.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ mention: 'a job', cue: 'said' });
    // a thing whose words follow at once still speaks
    expect(speakersOf('Protesters held a sign reading “Hands off the port.”').quotes[0]!.mention).toBe('a sign');
  });

  test('when "call" follows an article ("a call for"), then it is no cue and the clause’s subject keeps the quote', () => {
    const text = 'The mayor, Ines Moreau, began the debate with a call for “short speeches and no shouting” from both benches.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ines Moreau' });
    expect(quotes[0]!.cue).not.toBe('call');
  });

  test('when "remarks" follows a possessive name, then the sentence’s reporting verb owns the quote', () => {
    const text = 'Mayor Pia Lund called Jonas Berg’s remarks “a cheap shot” on Monday.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Pia Lund', cue: 'called' });
  });
});

describe('attribution: unnamed sources', () => {
  test('when the speaker is "a source familiar with" something, then that description is the speaker', () => {
    const text = 'The talks failed on Sunday.\n\n“Nobody wanted to move first,” said a source familiar with the talks.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'a source', cue: 'said' });
  });

  test('when a description of something else resolves to the speaker, then it is not shown as the evidence', () => {
    const text = 'The talks failed on Sunday. A source close to the talks said the mood was “grim”.';
    const { quotes } = speakersOf(text);
    // (what the source is close to is part of its description, not someone else: "the talks" is never the evidence)
    expect(quotes[0]).toMatchObject({ mention: 'A source close to the talks', cue: 'said' });
  });
});

describe('attribution: verbs that take an object are not inverted', () => {
  test('when "described" follows a quote, then the noun after it is its object, not the speaker', () => {
    const text = 'Lena Hart sued the council.\n\nHart, who puts her costs at “well over a million,” described the ordeal as exhausting.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Lena Hart' });
  });

  test('when "said" follows a quote, then the name after it is still the inverted speaker', () => {
    const text = 'The dam held.\n\n“We were lucky,” said engineer Omar Haddad.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Omar Haddad', cue: 'said' });
  });
});

describe('attribution: a cue-less quotation in a sentence opened by a pronoun', () => {
  test('when "He" opens the sentence as its subject, then he is the speaker, not a name later in the sentence', () => {
    const text = 'Senator Karl Dunn spoke for an hour on Monday and left.\n\nHe thinks Mayor Rosa Lind’s biggest test will be “paying the bills on time.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Karl Dunn', mention: 'He' });
  });
});

describe('attribution: a colon after a place of publication', () => {
  test('when the colon follows "to X", then the sentence’s subject is the speaker, not the one addressed', () => {
    const text = 'The strike went on.\n\nMarta Solis sent a note to Nordbladet: “We want a fair wage.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Marta Solis' });
  });
});

describe('attribution: "according to" names the source', () => {
  test('when "according to" is followed by a document the word lists do not know, then that phrase is the speaker mention', () => {
    const text = 'The ferry will stop running at noon and will be “out of service for a week,” according to a harbour notice.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'a harbour notice', cue: 'according to' });
  });

  test('when the phrase after "according to" holds a name ("conservative columnist Ana Ruiz"), then the name is the source, the role before it hers', () => {
    const text = 'The film draws on a memoir by Harbour Gazette reporter Tomas Berg.\n\nThe series had “a slow first week,” according to liberal columnist Ana Ruiz.';
    const { result, quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'liberal columnist Ana Ruiz', cue: 'according to' });
    expect(result.speakers.find((s) => s.name === 'Ana Ruiz')?.role).toBe('liberal columnist');
  });

  test('when the phrase after "according to" is people ("law enforcement officials"), then the whole phrase is who speaks, shown as its description with no speaker named', () => {
    const text = 'The Harbour Union posted on its site before the strike.\n\nThe post was “linked to the strike,” according to law enforcement officials.';
    const { result, quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: null, mention: 'law enforcement officials', cue: 'according to' });
    expect(quotes[0]!.evidence).toContain('description "law enforcement officials" (no name found for it)');
    expect(result.speakers).toEqual([]);
  });

  test('when the phrase after "according to" goes on with a participle, then the mention stops before it', () => {
    const text = 'The mill had been “losing money for years,” according to ledgers obtained by the union.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'ledgers', cue: 'according to' });
  });

  test('when a sentence opens on "according to" before a speech verb, then the verb’s subject speaks and the source is where it was reported', () => {
    const text = 'Ana Ruiz chairs the parish council.\n\nAccording to the parish minutes, Ruiz said the roof was “beyond repair” in May.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said', source: 'parish minutes' });
  });

  test('when "according to" closes the sentence after the speech verb, then the verb’s subject speaks and the source is where it was reported', () => {
    const text = 'The pier is old.\n\n“We will rebuild it by spring,” Ana Ruiz said, according to a recording of the meeting.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
    expect(quotes[0]!.source).toMatch(/^recording/);
  });

  test('when "according to" belongs to another sentence, then the quotation keeps its own cue', () => {
    const text = 'The pier is old, according to a survey.\n\n“We will rebuild it by spring,” Ana Ruiz said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
  });
});

describe('attribution: the agent of a passive phrase after a quotation', () => {
  test('when "by" and a speaker follow the quotation, then that agent is the speaker', () => {
    const text = 'The ferry plan was branded “a waste of money” by the harbour board on Monday.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'the harbour board', cue: 'by' });
  });

  test('when "as described by" follows the quotation, then the agent is the speaker and the participle the cue', () => {
    const text = 'The levy is “a tax on the poor,” as described by Ana Ruiz, who leads the tenants’ union.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'described' });
  });

  test('when "as described by" comes later in the quotation’s clause, set off by a comma, then the agent is the speaker', () => {
    const text = 'The levy is “a tax on the poor” in all but name, as described by Ana Ruiz last week.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'described' });
  });

  test('when "as stated by X" is set off inside the clause before the quotation, then X is the speaker, whatever the clause’s subject', () => {
    const text = 'The Chinese side, as stated by the representative of the Ministry of Commerce Shu Jueting, “firmly opposes” the sanctions.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Shu Jueting', cue: 'stated' });
    // (a paper that carried the words is where they were reported, not who said them)
    expect(speakersOf('The port, as reported by the Harbour Gazette, “will close in May”.').quotes[0]).not.toMatchObject({ speaker: 'Harbour Gazette' });
  });

  test('when "by" is followed by a date, then the quotation keeps its speech verb', () => {
    const text = 'Ana Ruiz said the pier would be “rebuilt and open” by May.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
  });
});

describe('attribution: a cue-less quotation whose sentence has a group or a document as its subject', () => {
  test('when a name modifying a group opens the sentence, then the group holds the quoted view, not the person named before', () => {
    const text = 'Ana Ruiz spoke at the town hall on Monday.\n\nHarbour Board officials want the old pier “rebuilt, not replaced” by spring.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'Harbour Board' });
  });

  test('when an organisation’s document opens the sentence, then the organisation holds the quoted view', () => {
    const text = 'Ana Ruiz spoke at the town hall on Monday.\n\nThe union’s leaflet promises a “fair rent” law before winter.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'The union’s' });
  });
});

describe('attribution: nouns for people who speak in groups and behind the scenes', () => {
  test('when "a staffer" opens the sentence of a cue-less quotation, then the staffer is the speaker mention', () => {
    const text = 'Ana Ruiz chairs the harbour board.\n\nA staffer sent the members a spreadsheet headed “Who pays for the pier”.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'A staffer' });
  });

  test('when the spectators are the subject, then they hold the quotation', () => {
    const text = 'Ana Ruiz spoke first.\n\nThe spectators booed and then chanted “build the pier” for a minute.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'The spectators' });
  });
});

describe('attribution: a group named by a plural noun alone', () => {
  test('when a plural person noun without a determiner speaks, then it is the speaker mention', () => {
    const text = 'Ana Ruiz presented the harbour plan on Monday.\n\nAt the meeting, residents said the plan was “long overdue” and cheap.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'residents', cue: 'said' });
  });

  test('when a number leads the group, then the mention includes it', () => {
    const text = 'Ana Ruiz spoke first.\n\nNearly 40 marchers had stood outside, chanting “build the pier” for an hour.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'Nearly 40 marchers', cue: 'chanting' });
  });
});

describe('attribution: documents that carry a quotation', () => {
  test('when "the piece" opens the sentence of a cue-less quotation, then the document holds it, not its author named before', () => {
    const text = 'Ana Ruiz wrote about the harbour last year.\n\nThe piece ended with a plea for “one more season” of patience.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'The piece' });
  });

  test('when a transcript is the source, then it is the speaker mention', () => {
    const text = 'The hearing ran late.\n\nThe transcript records a plea for “one more season” of patience.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'The transcript' });
  });
});

describe('attribution: a document with a participle cue', () => {
  test('when the document follows a preposition, then the document itself speaks, not the sentence’s subject', () => {
    const text = 'Ana Ruiz said nothing for days, until the paper’s editorial telling her to “speak up or step down” went to press.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'the paper’s editorial', cue: 'telling' });
  });

  test('when the document is the object of an issuing verb, then the issuer speaks', () => {
    const text = 'The harbour board issued a statement saying the pier was “beyond repair” and would close.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'The harbour board', cue: 'saying' });
  });
});

describe('attribution: datelines', () => {
  test('when a paragraph opens on a dateline, then the place is not the subject a participle cue falls back to', () => {
    const text = 'Port Lyon (Agency) – Ana Ruiz has come out against the harbour plan, saying it is “a waste of money” for the city.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'saying' });
  });
});

describe('attribution: a cue-less quotation after another speaker’s quotation', () => {
  test('when its own sentence opens on someone else, then that opener holds it rather than the previous speaker', () => {
    const text = '“We will rebuild the pier,” Ana Ruiz said on Monday.\n\nThe harbour board’s memo, which reporters have read, contains a “no rebuilding” clause.';
    const { quotes } = speakersOf(text);
    expect(quotes[1]).toMatchObject({ mention: 'The harbour board’s memo' });
  });

  test('when its own sentence opens on the same speaker, then the previous speaker keeps it', () => {
    const text = '“We will rebuild the pier,” Ana Ruiz said on Monday.\n\nRuiz, speaking later, promised “a pier for everyone” by spring.';
    const { quotes } = speakersOf(text);
    expect(quotes[1]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('attribution: a contrasting clause after a quotation', () => {
  test('when "while" opens another speaker’s clause after the quotation, then its verb is not the quotation’s cue', () => {
    const text = 'Ana Ruiz calls the harbour master “the captain,” while Jonas Berg calls him “old Sven.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
    expect(quotes[1]).toMatchObject({ speaker: 'Jonas Berg' });
  });
});

describe('attribution: a poll’s share of respondents', () => {
  test('when a percentage of a group speaks, then the share with its group is the speaker mention', () => {
    const text = 'Ana Ruiz leads the harbour poll.\n\nNearly 38 percent of voters said the plan was “too costly” for the town.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'Nearly 38 percent of voters', cue: 'said' });
  });

  test('when "six in 10" speak, then that share is the speaker mention', () => {
    const text = 'Ana Ruiz leads the harbour poll.\n\nSix in 10 said the old pier was “a lost cause” after the storm.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'Six in 10', cue: 'said' });
  });

  test('when two shares speak in one article, then each is its own speaker', () => {
    const text = 'The harbour poll is out.\n\nNearly 38 percent said the plan was “too costly.” Another 30 percent said it was “fair.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'Nearly 38 percent' });
    expect(quotes[1]).toMatchObject({ mention: 'Another 30 percent' });
  });
});

describe('attribution: a document that reads', () => {
  test('when "read" is inverted after the quotation, then the document is the speaker mention', () => {
    const text = 'The pier closed on Monday.\n\n“Repairs will take a month,” read the statement on the harbour board.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'the statement', cue: 'read' });
  });

  test('when the document names who issued it after "from", then the issuer is the speaker mention', () => {
    const text = 'The pier closed on Monday.\n\n“Repairs will take a month,” read the statement from the harbour board.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'the harbour board', cue: 'read' });
  });
});

describe('attribution: descriptions owned by a name', () => {
  test('when a description opens on a possessive name ("Ortiz’s chief of staff"), then it is someone else than that name', () => {
    const text = 'Governor Lena Ortiz opened the harvest fair on Friday.\n\nOrtiz’s chief of staff said the budget “is balanced at last”.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'Ortiz’s chief of staff' });
    expect(quotes[0]!.speaker).not.toBe('Lena Ortiz');
  });

  test('when the owner follows the head ("the head of the Harbour Board"), then the description may still point back', () => {
    const text = 'Tomas Berg leads the Harbour Board. “The pier will be rebuilt,” the head of the Harbour Board said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Tomas Berg' });
  });
});

describe('attribution: pronouns and the main clause', () => {
  test('when a sentence reports what one person said about another ("Ruiz said she doubts Vidal will …"), then a later "she" is the first subject', () => {
    const text = 'Ana Ruiz said she doubts Marta Vidal will win the vote.\n\n“We will see who turns up,” she told reporters.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  test('when the sentence closes on a named reporter ("Ruiz will struggle …, Vidal said"), then the reporter keeps the pronoun', () => {
    const text = 'Ana Ruiz will struggle to win the northern valleys in the fall, Marta Vidal said on Monday.\n\n“The valleys have not forgiven her for the toll,” she said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Marta Vidal', mention: 'she' });
  });

  test('when the other person is the subject of a "that" clause, then the main subject still keeps the pronoun', () => {
    const text = 'Mayor Ana Ruiz said on Monday that Marta Vidal is running a clean campaign.\n\n“We will see who turns up,” she told reporters.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('attribution: a name in apposition before the verb', () => {
  test('when an unknown description is followed by a name set off by commas ("the assailant, Tom Berg, told"), then the name speaks', () => {
    const text = 'Police officers led the man away after the match.\n\n“He had it coming,” the assailant, Tom Berg, told the local paper on Sunday.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Berg', mention: 'Tom Berg', cue: 'told' });
  });

  test('when the description is a known role ("the harbour chief, Ana Ruiz, said"), then it stays the evidence', () => {
    const text = 'When the harbour chief, Ana Ruiz, said on Monday that the pier was “beyond repair,” the council listened.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the harbour chief', cue: 'said' });
  });
});

describe('attribution: a topic phrase before a pronoun', () => {
  test('when "As for Ruiz, she said …" comes before the quotation, then a later "she said" is Ruiz', () => {
    const text = 'Marta Vidal toured the northern valleys on Monday.\n\nAs for Ana Ruiz, she said she is not worried. “I will win the vote,” she said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  test('when the phrase compares ("Like Ruiz, she …"), then the pronoun is someone else', () => {
    const text = 'Marta Vidal toured the northern valleys on Monday.\n\nLike Ana Ruiz, she said she is not worried. “I will win the vote,” she said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Marta Vidal' });
  });
});

describe('attribution: a description in apposition to a name', () => {
  test('when "Ruiz, the former fire chief," sets off a description after a name, then that description later means Ruiz', () => {
    const text = 'Ana Ruiz and Tom Berg are running for mayor.\n\nBerg, the harbour master, is ambitious. Ruiz, the former fire chief, is cautious.\n\n' +
      'Later, the former fire chief told the crowd that the pier was “beyond repair.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the former fire chief' });
  });

  test('when an indefinite description of the same person comes between, then "he" still finds the name before it', () => {
    const text = 'The debt keeps growing, said Tom Berg, a farm adviser who has written two books.\n\nAn average farm adviser sees the problem daily. “Nobody can pay that back,” he said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Berg', mention: 'he' });
  });
});

describe('attribution: a document and its author', () => {
  test('when "X issued a report" comes before "…," the report said, then the report speaks for X', () => {
    const text = 'In March, Senator Ana Ruiz issued a report on the harbour authority’s spending.\n\nThe Harbour Board “has failed every audit since 2019,” the report said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the report' });
  });

  test('when no earlier sentence introduces the document, then it stays a document', () => {
    const text = 'In March, the Harbour Board issued its yearly accounts.\n\nThe board “has failed every audit since 2019,” the report said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ mention: 'the report' });
    expect(quotes[0]!.speaker).not.toBe('Harbour Board');
  });
});

describe('attribution: the names a speaker is also called', () => {
  test('when a description of the speaker ends on a possessive ("the senator’s plan"), then the alias reads without it, and once', () => {
    const text = 'Senator Ana Ruiz spoke on Monday. The senator’s plan was cheered.\n\n“We will rebuild,” the senator said.';
    const { result } = speakersOf(text);
    const ruiz = result.speakers.find((s) => s.name === 'Ana Ruiz')!;
    // once, though the article writes it at a sentence's start and inside one
    expect(ruiz.aliases.filter((a) => a.toLowerCase() === 'the senator')).toEqual(['The senator']);
    expect(ruiz.aliases.filter((a) => /[’']s$/.test(a))).toEqual([]);
  });
});

describe('attribution: a body called by its noun after it was introduced with a name', () => {
  test('when a description holding a place’s name ("Portugal’s foreign ministry") comes first, then "the ministry" paragraphs later is that body', () => {
    const text = 'Portugal’s foreign ministry issued a note on Monday about the sardine quotas.\n\nSkippers in Peniche were unimpressed. ' +
      'Tomas Berg, who owns two trawlers, called the note “a shrug on paper.”\n\nAna Ruiz, a net mender, agreed.\n\n' +
      '“We will not comment on quotas before the summit,” the ministry said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]!.speaker).toBe('Tomas Berg');
    expect(quotes[1]).toMatchObject({ speaker: 'Portugal’s foreign ministry', mention: 'the ministry', cue: 'said' });
    expect(quotes[1]!.evidence).toContain('description "the ministry" → Portugal’s foreign ministry');
  });

  test('when a body is named in full ("the Braga Water Authority"), then "the authority" is that body, not a person named between', () => {
    const text = 'The Braga Water Authority shut two wells on Friday. Ana Ruiz, a farmer, said her orchard would suffer.\n\n' +
      '“The wells will reopen once the tests are clean,” the authority said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Braga Water Authority', mention: 'the authority' });
  });

  test('when a description opens the sentence on a place’s possessive ("Lisbon’s transport council said"), then that is the speaker', () => {
    const text = 'Tram fares rose again in March.\n\nLisbon’s transport council said the rise was “the last this decade.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Lisbon’s transport council', mention: 'Lisbon’s transport council' });
  });

  test('when two bodies under the same noun were introduced, then the noun alone is the one named last', () => {
    const text = 'Portugal’s foreign ministry issued a note on Monday. Spain’s fisheries ministry answered it on Tuesday.\n\n' +
      '“The quotas stand,” the ministry said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Spain’s fisheries ministry');
  });

  test('when the body was never introduced with a name ("a ministry official"), then "the ministry" still names no one', () => {
    const text = 'A ministry official in Lisbon met the skippers on the quay.\n\n“We will not comment,” the ministry said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, mention: 'the ministry', cue: 'said' });
  });
});

describe('attribution: a newspaper named by its masthead is the source', () => {
  const source = (text: string) => speakersOf(text).quotes[0]!.source;

  test('when the cue names a paper by a masthead word ("told the Guardian", "an interview with Le Monde", "told Al Jazeera"), then it is the source', () => {
    expect(source('Dr. Amir Haddad told the Guardian that the ward was “full.”')).toBe('Guardian');
    expect(source('“The ward is full,” Dr. Amir Haddad said in an interview with Le Monde.')).toBe('Le Monde');
    expect(source('“The ward is full,” Dr. Amir Haddad told Al Jazeera.')).toBe('Al Jazeera');
  });

  test('when the masthead word is a person’s name (a mayor called Guardian), then it is no source and the mayor stays a person who speaks', () => {
    const text = 'Mayor Don Guardian met the council. “We will rebuild,” Guardian said. Later, Ana Ruiz told Guardian the plan was “late.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Don Guardian' });
    expect(quotes[1]!.source).toBeNull();
  });
});

describe('attribution: a surname alone opening the sentence', () => {
  test('when an age set off by commas stands between a lone surname and its cue ("Lund, 45, said"), then the surname still speaks', () => {
    const { quotes } = speakersOf('Lund, 45, said the company had “lost its way.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Lund', mention: 'Lund', cue: 'said' });
    // not the subject of the reported clause
    expect(quotes[0]!.mention).not.toBe('the company');
  });
});

describe('attribution: the evidence says why a pronoun is its person', () => {
  test('when "he" is resolved as the subject a translation repeats after the cue ("he said, Tomas Berg,"), then the evidence says so', () => {
    const text = 'Cup final\n\nPedro Alves, the president of the club, handed over the cup. “We have suffered all this season,” he said, Tomas Berg, 61 years, who trains the club.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]!.evidence).toContain('pronoun "he" → Tomas Berg (the subject it repeats)');
  });

  test('when "he" is resolved by salience, then the evidence says "last named subject"', () => {
    const text = 'Cup final\n\nTomas Berg trains the club since 2009.\n\n“We have suffered all this season,” he said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]!.evidence).toContain('pronoun "he" → Tomas Berg (last named subject)');
  });
});

describe('attribution: a name word that people named before share', () => {
  test('when a surname alone follows two people who bear it ("Miliband added"), then the evidence names the other one and the claim is trusted less', () => {
    const text = 'Tomas Vik met his brother Aron Vik in Bergen. “We disagree on the port,” Tomas Vik said. “We agree on the rest,” Aron Vik said.\n\nLater Vik added: “It was a good meeting.”';
    const { quotes } = speakersOf(text);
    expect(quotes[2]).toMatchObject({ speaker: 'Aron Vik', mention: 'Vik' });
    expect(quotes[2]!.evidence).toContain('name "Vik" → Aron Vik (Tomas Vik, named earlier, shares it)');
    expect(claimWith(text, 'good meeting')!.confidence).toBeLessThanOrEqual(0.7);
    // (each named in full is no guess)
    expect(quotes[0]!.evidence).not.toContain('shares it');
    expect(claimWith(text, 'disagree')!.confidence).toBeGreaterThan(0.7);
  });

  test('when the shared word opens both names ("Kim" after Kim Jong Un and Kim Yo Jong), then the evidence names the other one', () => {
    const text = 'Kim Jong Un received his sister Kim Yo Jong in Pyongyang. “We will not negotiate,” Kim Yo Jong said.\n\nKim said the talks were “a waste of time”.';
    const { quotes } = speakersOf(text);
    expect(quotes[1]).toMatchObject({ speaker: 'Kim Yo Jong', mention: 'Kim' });
    expect(quotes[1]!.evidence).toContain('(Kim Jong Un, named earlier, shares it)');
  });

  test('when a title of one gender picks the person ("Mrs Ruiz" after Ana and Luis Ruiz), then the evidence names no one else', () => {
    const text = 'Ana Ruiz and her husband Luis Ruiz run the bakery. “We stay,” Luis Ruiz said.\n\n“We stay too,” Mrs Ruiz said.';
    const { quotes } = speakersOf(text);
    expect(quotes[1]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Mrs Ruiz' });
    expect(quotes[1]!.evidence).not.toContain('shares it');
  });

  test('when the other bearer is named only after the quotation, then the surname was no one else’s yet and the evidence names no one else', () => {
    const text = 'Tomas Vik runs the port. “We stay,” Vik said.\n\nHis brother, Peter Vik, said on Monday that he disagrees.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Tomas Vik', mention: 'Vik' });
    expect(quotes[0]!.evidence).not.toContain('shares it');
    expect(claimWith(text, 'We stay')!.confidence).toBeGreaterThan(0.7);
  });
});
