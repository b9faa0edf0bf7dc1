import { extract } from '../../../server/extraction';
import { speakersOf } from './attribution-helpers';

describe('attribution: where the cue stands', () => {
  test('when the cue follows the quote ("…," Name said), then the quote is that person’s', () => {
    const { quotes } = speakersOf('Rain is coming. “We will open the dams tonight,” Marta Oliveira said on Monday.');
    expect(quotes[0]).toMatchObject({ speaker: 'Marta Oliveira', mention: 'Marta Oliveira', cue: 'said' });
  });

  test('when the cue is a verb of interrupting or agreeing ("interjected", "agrees"), then it names the speaker too', () => {
    const text = '“The plan is sound,” Ana Ruiz said.\n\n“Then why did it fail?” Tomas Berg interjected.\n\n“It never failed,” agrees Lena Ortiz, a net mender in Porto.';
    const { quotes } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Tomas Berg', 'Lena Ortiz']);
    // why: "agreed to pay" reports a deal, not words; the quoted sum is not Porto's council speaking
    const deal = 'Tomas Berg spoke first. The harbour trust agreed to pay “$2.4 million” to the fishermen.';
    expect(speakersOf(deal).quotes[0]!.cue).not.toBe('agreed');
    // nor does "continue to be": the one who said it is the subject of "said"
    const champion = speakersOf('The race narrowed. Ana Ruiz said on Friday that she expects Tomas Berg to continue to be “a steady hand at the locks.”');
    expect(champion.quotes[0]!.speaker).toBe('Ana Ruiz');
    // "added to her lead" reports no words either; "added to reporters" does
    const lead = speakersOf('The count went against Berg in three wards, and Ana Ruiz added to her lead by noon.');
    expect(lead.result.indirect).toEqual([]);
    expect(speakersOf('“It was a good night,” Ana Ruiz added to reporters.').quotes[0]!.cue).toBe('added');
  });

  test('when "called" follows a thing introduced with "a" ("a formula called the “…”", "a fund called Tide Watch"), then it names the thing and is no cue', () => {
    const formula = speakersOf('Ana Ruiz and Tomas Berg agree on little. On pensions, both oppose a formula called the “sliding index” that would trim payouts.');
    expect(formula.quotes[0]!.cue).toBeNull();
    const fund = speakersOf('Ana Ruiz spoke on Monday. A new harbour fund called Tide Watch ran its first ads in Faro using her remarks to the council that “I was wrong about the ferries.”');
    expect(fund.quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
    // someone calling something names it with words of his own
    expect(speakersOf('Tomas Berg spoke first. Ana Ruiz called the plan “a disgrace.”').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'called' });
    expect(speakersOf('Ana Ruiz spoke first. A union leader called the plan “theft.”').quotes[0]).toMatchObject({ mention: 'A union leader', cue: 'called' });
  });

  test('when a speech verb is denied ("haven’t said", "declined to say"), then it attributes no words', () => {
    const text = '“The ferry timetable is being redrawn,” Ana Ruiz said, but Tomas Berg and the harbour staff haven’t said the timetable ' +
      'is being “redrawn” at all. “Nothing is final until June.”';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
    expect(speakersOf('Tomas Berg declined to say whether any figures were wrong.').result.indirect).toEqual([]);
  });

  test('when a reporter’s credit line ends the story ("Berg reported from Lisbon."), then it is no cue for the quotation above it', () => {
    const text = 'Mayor Ana Ruiz has ruled out stepping down.\n\n“There is a timetable,” Ruiz said. “The council sets it, not me.”\n\nTomas Berg reported from Lisbon.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    // "reported" with what was reported still attributes
    expect(speakersOf('“The port is closed,” Tomas Berg reported from the quay.').quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a name met once opens a sentence and "goes on to say", then it is a name that speaks', () => {
    const text = 'Ana Ruiz wrote a book about the port.\n\nBerglund went on to say, “Give the fleet one good season and the quays will be full again.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Berglund', cue: 'say' });
  });

  test('when a clause of time follows the quote ("…," when Ruiz scolded him), then it tells when, not who', () => {
    const text = 'Tomas Berg shrugged at the forum, saying, “Cheap diesel is cheap diesel,” when Ana Ruiz scolded him for the fuel deal.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', cue: 'saying' });
    // "when asked about it" has no subject of its own: the verb after it still attributes
    expect(speakersOf('“We are ready,” when asked about the storm, Ana Ruiz said.').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
  });

  test('when the verb comes first ("…," said Name), then the name after the verb is the speaker', () => {
    const { quotes } = speakersOf('The port reopened. “Ships are moving again,” said harbour master Tobias Lindqvist.');
    expect(quotes[0]).toMatchObject({ speaker: 'Tobias Lindqvist', cue: 'said' });
  });

  test('when an office with an organisation’s name precedes the name ("said Harbour Board Treasurer Ada Brook"), then the person speaks, not the board', () => {
    const { quotes } = speakersOf(
      'The port reopened. “Ships are moving again,” said Harbour Board Treasurer Ada Brook.\n\n' +
        '“The tolls stay as they are,” Brook added.\n\n“We are not selling the docks,” said Senate Majority Leader Tomas Ferrer.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ada Brook', 'Ada Brook', 'Tomas Ferrer']);
    // the office stays the evidence the reviewer reads
    expect(quotes[2]!.mention).toBe('Senate Majority Leader Tomas Ferrer');
  });

  test('when a clause opening on a participle stands between the speaker and "said", then the speaker is still the subject', () => {
    const text = 'The mayor has a plan. But Sen. Ana Ruiz (D-Porto), pointing to the tally on the board, said, “Count the hands yourself: it will pass.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
    // past such a clause a place is no speaker: the officials speak, not N.Y.
    const officials = 'Fire officials inspecting the boathouse in Ithaca, N.Y., speaking without being named, said that “the door had been forced.”';
    expect(speakersOf(officials).quotes[0]).toMatchObject({ speaker: null, mention: 'officials' });
  });

  test('when party or title words open a role noun before a name ("Former Democratic mayoral candidate Ana Ruiz"), then the person speaks', () => {
    const { quotes, result } = speakersOf('The vote is near. “We will win,” said Former Democratic mayoral candidate Ana Ruiz.\n\n“They will not,” Republican strategist Tomas Berg said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Tomas Berg']);
    expect(result.speakers.find((s) => s.name === 'Tomas Berg')?.role).toBe('Republican strategist');
  });

  test('when a place writes a lower-case office before a name ("said Nevada governor Lena Marsh"), then the person speaks, not the place', () => {
    const { quotes } = speakersOf(
      'The levy passed. “We saw it coming,” said Nevada governor Lena Marsh.\n\n“So did we,” said former Utah attorney general Piet Kalvé.\n\n' +
        '“Nobody asked us,” Ruiz told senator Owen Brask.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Marsh', 'Piet Kalvé', 'Ruiz']);
    expect(quotes[0]!.mention).toBe('Nevada governor Lena Marsh');
  });

  test('when a question is put to someone ("Berg was asked, “…?”"), then it is the asker’s, unnamed unless "by" names them, and the answer is Berg’s', () => {
    const passive = speakersOf('Tomas Berg spoke on the radio on Monday. Berg was asked, “Would you sell the docks?” He answered, “Never.”');
    expect(passive.quotes.map((q) => q.speaker)).toEqual([null, 'Tomas Berg']);
    const agent = speakersOf('The minister was asked by a reporter, “Is the pier safe?” She said, “It is.”');
    // (the reporter and the minister are descriptions no name was found for: no speaker, their words the evidence)
    expect(agent.quotes.map((q) => q.speaker)).toEqual([null, null]);
    expect(agent.quotes.map((q) => q.mention)).toEqual(['a reporter', 'She']);
    expect(agent.quotes[1]!.evidence).toContain('pronoun "She" → minister');
    const active = speakersOf('At the hearing, a reporter asked Mayor Lena Marsh, “Will you resign?” Marsh replied, “Absolutely not.”');
    expect(active.quotes.map((q) => q.speaker)).toEqual([null, 'Lena Marsh']);
    expect(active.quotes[0]!.mention).toBe('a reporter');
  });

  test('when an unnamed asker follows the question ("“…?” a reporter asked", "asked a reporter", "one resident asked"), then the question carries that cue and mention and no speaker', () => {
    const lead = 'Mayor Ines Vidal toured the new footbridge in Aveiro on Friday.\n\n';
    for (const [tail, mention] of [
      ['“Will it hold in a flood?” a reporter asked.', 'a reporter'],
      ['“Will it hold in a flood?” asked a reporter.', 'a reporter'],
      ['“Will it hold in a flood?” one resident asked.', 'one resident'],
      ['“Will it hold in a flood?” a reporter asked Vidal.', 'a reporter'],
      ['“Will it hold in a flood?” one questioner asked.', 'one questioner'],
      ['“Will it hold in a flood?” asked a voice at the back.', 'a voice'],
    ] as const) {
      expect(speakersOf(lead + tail).quotes[0]).toMatchObject({ speaker: null, mention, cue: 'asked' });
    }
  });

  test('when an unnamed asker "wanted to know", "wondered" or "inquired", then the question is that asker’s, no speaker, and the answer is still the mayor’s', () => {
    const lead = 'Mayor Ines Vidal toured the new footbridge in Aveiro on Friday.\n\n';
    for (const [ask, mention, cue] of [
      ['“Will the toll rise again?” a reporter wanted to know.', 'a reporter', 'wanted'],
      ['“Will the toll rise again?” one resident wondered.', 'one resident', 'wondered'],
      ['“Will the toll rise again?” a reporter inquired.', 'a reporter', 'inquired'],
      ['A reporter wanted to know: “Will the toll rise again?”', 'A reporter', 'wanted'],
      ['A reporter asked whether the toll would “rise again.”', 'A reporter', 'asked'],
    ] as const) {
      const { quotes } = speakersOf(`${lead}${ask}\n\n“Not this year,” she replied.`);
      expect(quotes[0]).toMatchObject({ speaker: null, mention, cue });
      // (the one asked answers: the asker is not whom "she replied" goes on with)
      expect(quotes[1]).toMatchObject({ speaker: 'Ines Vidal', mention: 'she', cue: 'replied' });
    }
    // wanting anything but to know is no cue
    expect(speakersOf(`${lead}A reporter wanted the “full figures” by noon.`).quotes[0]!.cue).toBeNull();
  });

  test('when "someone" or "somebody" asks, then the question is that unnamed person’s, not the person asked', () => {
    const lead = 'Mayor Ines Vidal toured the new footbridge in Aveiro on Friday.\n\n';
    expect(speakersOf(lead + '“Will it hold in a flood?” somebody shouted.').quotes[0]).toMatchObject({ speaker: null, mention: 'somebody', cue: 'shouted' });
    expect(speakersOf(lead + 'Someone asked, “Will it hold in a flood?”').quotes[0]).toMatchObject({ speaker: null, mention: 'Someone', cue: 'asked' });
  });

  test('when "someone else" speaks after "someone", then they are two unnamed people, and "someone else" is the second one’s mention', () => {
    const text = '“Close the quay!” someone in the crowd shouted. “We want the ferry back,” someone else yelled. “Shame,” somebody else called out.';
    const { claims, speakers } = extract({ text });
    expect(claims.map((c) => (c.mention ? text.slice(c.mention.start, c.mention.end) : null))).toEqual(['someone', 'someone else', 'somebody else']);
    expect(claims.map((c) => c.speakerKey)).toEqual([null, null, null]);
    // (no unnamed person is listed as a speaker, so none can be taken for another)
    expect(speakers).toEqual([]);
    expect(new Set(claims.map((c) => c.mention!.start)).size).toBe(3);
    expect(claims[1]!.evidence).toContain('description "someone else"');
  });

  test('when "the reporter" or "the moderator" asks after the mayor is named, then the asker is not the mayor, and her answer is still hers', () => {
    const text = 'Mayor Ines Vidal toured the new footbridge in Aveiro on Friday.\n\n“Will it hold in a flood?” the reporter asked.\n\n“It will,” she said.';
    const { quotes } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual([null, 'Ines Vidal']);
    expect(quotes[0]).toMatchObject({ mention: 'the reporter', cue: 'asked' });
    const moderated = speakersOf('Mayor Ines Vidal toured the footbridge.\n\n“Was it worth the money?” the moderator asked.');
    expect(moderated.quotes[0]).toMatchObject({ speaker: null, mention: 'the moderator' });
    // someone introduced without another role may still be the journalist
    const ejected = speakersOf('Tomas Berg was shown out of the briefing.\n\n“Who signed the contract?” the journalist had asked.');
    expect(ejected.quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a report "quoted X as saying" the words, then X speaks, not the sentence’s subject', () => {
    const { quotes } = speakersOf('“Nonsense,” Tomas Berg wrote, answering a story in the Harbour Post that quoted Lena Marsh as saying, “He is unfit.”');
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Berg', 'Lena Marsh']);
    // after the quotation too, and with an object pronoun for the one quoted
    const after = speakersOf('The harbour master, Tomas Berg, issued a statement on Monday. “The quay stays shut,” the statement quoted him as saying.');
    expect(after.quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'him' });
  });

  test('when a title-case headline quotes someone, then the words the article writes in lower case are no part of a name', () => {
    const text = 'Ana Ruiz Wins Harbour Vote, Makes History As “Steady Hand”\n\nThe harbour vote was close. Ana Ruiz won it by a steady hand and made history. ' +
      '“We held on,” Ruiz said after the count.';
    const { quotes, result } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
    expect(result.speakers.map((s) => s.name)).not.toContain('Ana Ruiz Wins Harbour Vote');
    // a line of names alone is no headline: their capitals still make names
    const names = speakersOf('Harbour Board: Ana Ruiz, Tomas Berg, Lena Ortiz\n\n“We are ready,” said Lena Ortiz.');
    expect(names.quotes[0]).toMatchObject({ speaker: 'Lena Ortiz' });
  });

  test('when an owner ending in s’ precedes a full name ("Harbour News’ Lena Ortiz"), then the person speaks', () => {
    const { quotes } = speakersOf('The race is close. “It is a toss-up,” said Harbour News’ Lena Ortiz.\n\n“It is not,” the Times’ Ben Kowal wrote.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Ortiz', 'Ben Kowal']);
    // a possessive before a place keeps its owner ("Ana Ruiz's Porto")
    const place = speakersOf('He spoke of Ana Ruiz’s Porto. “It is hers,” said Ruiz.');
    expect(place.quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when an unnamed voice speaks ("the ad’s narrator says"), then it is who speaks, shown as its description with no speaker named, and no speaker name keeps a possessive mark', () => {
    const { quotes, result } = speakersOf('The campaign released an ad. “Who will fix the bridge?” the ad’s narrator says.\n\n“Nothing,” the party’s said.');
    expect(quotes[0]).toMatchObject({ speaker: null, mention: 'the ad’s narrator' });
    expect(quotes[1]).toMatchObject({ speaker: null, mention: 'the party’s' });
    expect(result.speakers.map((s) => s.name).filter((n) => /['’]s?$/.test(n))).toEqual([]);
  });

  test('when a document speaks whose author the sentence names ("the memo, which is attributed to …"), then the author speaks', () => {
    const text = '“Our crews checked every pier twice,” read the memo, which is attributed to Tomas Berg.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'the memo' });
  });

  test('when a document opens the quote with a colon ("issued the following statement:"), then its author speaks', () => {
    const text = 'The flood receded. In reply, Green Party nominee Ana Ruiz issued a short statement:\n\n“Our thoughts are with every family on the river.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: ':' });
  });

  test('when the office is a hyphenated title ("Secretary-Treasurer", "Attorney-General"), then it leads the name too', () => {
    const { quotes } = speakersOf(
      'The port reopened. “Ships are moving again,” said Harbour Workers Union Secretary-Treasurer Ada Brook.\n\n' +
        '“The tolls stay,” Attorney-General Tomas Ferrer said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ada Brook', 'Tomas Ferrer']);
  });

  test('when an office is written before the name, then it is the speaker’s role, unless an apposition gives one', () => {
    const office = speakersOf('“We are not selling the docks,” said Senate Majority Leader Tomas Ferrer.');
    expect(office.result.speakers[0]).toMatchObject({ name: 'Tomas Ferrer', role: 'Senate Majority Leader' });
    const apposition = speakersOf('Prof. Ana Ruiz, professor emeritus at the port school, said: “The docks are safe.”');
    expect(apposition.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: 'professor emeritus at the port school' });
    // a courtesy title is no role
    expect(speakersOf('“Fine,” said Mr. Paul Duret.').result.speakers[0]).toMatchObject({ name: 'Paul Duret', role: null });
  });

  test('when a titled name ends on the place the person represents ("Sen. Ana Ruiz of Nevada"), then the place is not part of the name', () => {
    const { quotes } = speakersOf('“The dam must be repaired,” said Sen. Ana Ruiz of Nevada.\n\n“Now,” Ruiz added.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a title-case headline runs a name into its verb ("Ana Ruiz Is Winning"), then the verb is not part of the name', () => {
    const { result } = speakersOf('Ana Ruiz Is Winning The Port Vote.\n\n“We will reopen the docks,” Ruiz said.');
    expect(result.speakers.map((s) => s.name)).toEqual(['Ana Ruiz']);
  });

  test('when a headline capitalises common words before a name the article also writes alone, then those words are dropped', () => {
    const text = 'Nine Strange Things Ana Ruiz Has Said About Ports.\n\nFew things surprise Ana Ruiz.\n\n“We will reopen the docks,” Ruiz said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ana Ruiz');
    // a name never written without its first words keeps them
    const movement = 'Black Lives Matter Leaders Met.\n\nThe black flags flew.\n\n“We march at noon,” said Black Lives Matter.';
    expect(speakersOf(movement).quotes[0]!.speaker).toBe('Black Lives Matter');
  });

  test('when "one of" a group speaks ("said one of two witnesses"), then that unnamed member is who speaks, not the group, shown as its description with no speaker named', () => {
    const quotes = speakersOf('The vote failed.\n\n“It was chaos,” said one of three witnesses at the inquiry.\n\n“We lost,” one of his aides said.').quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
    expect(quotes.map((q) => q.mention)).toEqual(['one of three witnesses', 'one of his aides']);
    expect(quotes[0]!.cue).toBe('said');
    // a group named by an "-es" plural speaks as a group, not through the last person named
    expect(speakersOf('Ana Ruiz opened the inquiry.\n\n“It was chaos,” witnesses said.').quotes[0]).toMatchObject({ speaker: null, mention: 'witnesses' });
  });

  test('when a cue-less quotation follows reported speech, then the reporter speaks, not a subject inside what is reported', () => {
    const text =
      'The forum met in the capital.\n\nTomas Berg said that for years his opponents had forecast a pull-out, but it would never come.\n\n' +
      '“That is because this coast still matters more than any other to our trade.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a scraper left the marks of a cue-less quotation on lines of their own, then the passage before it still names the speaker', () => {
    const text =
      'The mayor was joined by Ada Brook, a baker.\n\nBrook praised the mayor’s work after the storm.\n\n“\n\nWe need a mayor who can unite this town.\n\n“\n\nThe meeting ended at noon.';
    const quotes = [{ start: text.indexOf('We need'), end: text.indexOf('town.') + 5, kind: 'direct' as const, openAt: -1, closeEnd: -1, repairs: [], confidence: 1 }];
    expect(speakersOf(text, quotes).quotes[0]!.speaker).toBe('Ada Brook');
  });

  test('when a name ends on "Jr.", then the canonical name keeps its dot', () => {
    const { quotes } = speakersOf('“The dam must be repaired,” said Martin L. Okoye Jr., the mayor.');
    expect(quotes[0]!.speaker).toBe('Martin L. Okoye Jr.');
  });

  test('when an organisation word follows the title ("President Hotel Group"), then the run stays an organisation', () => {
    const { quotes } = speakersOf('“Rooms are full until May,” said Northgate President Hotel Group in a statement.');
    expect(quotes[0]!.speaker).toBe('Northgate President Hotel Group');
  });

  test('when a colon introduces the quote (Name said: “…”), then the speaker precedes the verb', () => {
    const { quotes } = speakersOf('Governor Elena Petrova said: “The bridge will stay closed until spring.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Elena Petrova', mention: 'Governor Elena Petrova' });
  });

  test('when the cue interrupts the quote, then both halves share the speaker and the mention', () => {
    const { quotes } = speakersOf('“We tried,” Samuel Okafor said, “but the river was faster.”');
    expect(quotes.map((q) => q.speaker)).toEqual(['Samuel Okafor', 'Samuel Okafor']);
    expect(quotes[1]!.mention).toBe('Samuel Okafor');
  });

  test('when a partial quote sits in reported speech, then the reporting verb’s subject owns it', () => {
    const { quotes } = speakersOf('Inspector Hanna Berg said the damage was “far worse than feared” after her visit.');
    expect(quotes[0]).toMatchObject({ speaker: 'Hanna Berg', cue: 'said' });
  });
  test('when a bare role word heads a headline and the person named later holds another role, then the headline’s words are no one’s', () => {
    const { claims } = extract({ text: 'Senator says “never”\n\nThe hearing ran late.\n\n“This bill is a gift,” said Piet Kalvé, a lobbyist.' });
    expect(claims.find((c) => c.text === 'never')?.speaker ?? null).toBeNull();
  });

  test('when a description and a name speak in one sentence (“The leader said: “…”, said Prime Minister X”), then the name wins over anyone named later', () => {
    const { quotes } = speakersOf('The leader said: “We will hold the line”, said Prime Minister Owen Brask.\n\n“Welcome,” said the spokesman Lev Adler.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Owen Brask', 'Lev Adler']);
  });

  test('when someone is known only as working for another (a spokesman), then a description of another role ("the leader") is not him', () => {
    const { quotes } = speakersOf('The leader spoke first. “We have a deal,” the leader said.\n\n“Welcome back,” said the spokesman Lev Adler.');
    expect(quotes[0]!.speaker).not.toBe('Lev Adler');
  });

  test('when a description resolves to a person named only in a later sentence, then the evidence says so and the confidence is low', () => {
    const { result } = speakersOf('The harbour chief opened the talks. “We have a deal,” the chief said.\n\n“Welcome back,” said Jon Vik, the harbour chief.');
    const first = result.attributions[0]!;
    expect(first.evidence).toContain('(named only after it)');
    expect(first.confidence).toBeLessThanOrEqual(0.6);
    // an apposition names the person in the description's own sentence: no guess
    expect(result.attributions[1]!.evidence).not.toContain('named only after');
  });

});

describe('attribution: who the mention stands for', () => {
  test('when the article’s title line is in title case, then its capitals make no name ("Ruiz Addresses Porto Attack: “…”" is Ruiz’s)', () => {
    const text = 'Ruiz Addresses Porto Attack: “We Will Not Wait.”\n\nAna Ruiz spoke in Porto on Monday, a week after the attack on the ' +
      'harbour.\n\n“We will not wait for another one,” Ruiz said.';
    const { facts, claims } = extract({ text });
    // "Attack" is the title's only capitalised word the article writes in lower case: one is enough in the title line
    expect(facts.title).toBe('Ruiz Addresses Porto Attack: “We Will Not Wait.”');
    expect(claims.map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a role noun sits between an organisation and a name ("the college’s Press Coordinator Ana Ruiz"), then the name is the person’s alone', () => {
    expect(speakersOf('The college issued a note. Porto College’s Press Coordinator Ana Ruiz wrote: “We support the students.”').quotes[0])
      .toMatchObject({ speaker: 'Ana Ruiz' });
    expect(speakersOf('The paper’s Managing Editor Tomas Berg said: “We stand by the story.”').quotes[0]).toMatchObject({ speaker: 'Tomas Berg' });
  });

  test('when a title names its office after "of" ("Chief of Staff Ana Ruiz", "the Minister of Foreign Affairs Tomas Berg"), then the person is the name after the office', () => {
    const text = 'White House Chief Of Staff Ana Ruiz pressed for a deal. Minister of Foreign Affairs Tomas Berg said “no.” ' +
      'The Director of National Intelligence Luis Lopez said “yes.” Ruiz called it a “grand bargain.”';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Tomas Berg', 'Luis Lopez', 'Ana Ruiz']);
    expect(speakersOf(text).quotes[1]!.mention).toBe('The Director of National Intelligence Luis Lopez');
    // an organisation named with "of" stays whole
    expect(speakersOf('The Bank of Portugal said “rates will rise.”').quotes[0]!.speaker).toBe('Bank of Portugal');
  });

  test('when a place made an adjective stands before a name ("Texas-based Ana Ruiz", "Irish-born Tomas Berg"), then it is no part of the name', () => {
    expect(speakersOf('Texas-based strategist Ana Ruiz said “it is over.” Irish-born Tomas Berg said “maybe.”').quotes.map((q) => q.speaker))
      .toEqual(['Ana Ruiz', 'Tomas Berg']);
  });

  test('when words in capitals run together (a newsletter’s lead-in), then their capitals make no name, though an acronym’s still do', () => {
    const text = 'Ana Ruiz met voters on Monday.\n\nSEEMS LIKE TOMAS BERG WAS RIGHT ALL ALONG Gulls now nest in “the old ticket hall.” ' +
      '[Tidewire]\n\nRUIZ BACK AT THE SAILING CLUB “I race every week,” she said.\n\nThe FBI said “no comment.”';
    const { quotes, result } = speakersOf(text);
    // no speaker is made of the run of capitals, nor of a name inside it
    expect(result.speakers.map((s) => s.name).filter((n) => /\b[A-Z]{2,} [A-Z]{2,}\b/.test(n) || /berg/i.test(n))).toEqual([]);
    expect(quotes.map((q) => q.speaker).slice(1)).toEqual(['Ana Ruiz', 'FBI']);
  });

  test('when a description shares a sentence with a name elsewhere ("every Berg rally … the candidate"), then only that sentence rules the name out', () => {
    const text = 'Tomas Berg spoke in Porto.\n\nA campaign spokeswoman rejected it.\n\nMr. Berg’s tone is sharp. The candidate said “leave now.”\n\n' +
      'Hecklers turn up at every Berg rally now, and the candidate seems to like it.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'The candidate' });
  });

  test('when given names are the short forms people go by ("Kim", "Bernie"), then they still tell "she" from "he"', () => {
    const text = 'Kim Ortiz met Bernie Lind on Monday. Lind spoke first.\n\n“The port must stay open,” she said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Kim Ortiz', mention: 'she' });
  });

  test('when a bare surname last stood for one spouse, then "Mrs." or "Mr." before it still picks the one whose given name agrees', () => {
    const text = 'Ana Ruiz is running for mayor. Her husband, former governor Peter Ruiz, campaigned for her on Monday. Ruiz drew a crowd.\n\n' +
      '“Jobs, jobs, jobs,” Mrs. Ruiz said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Mrs. Ruiz' });
  });

  test('when a capitalised plural opens a sentence with a plural verb ("Allies say"), then it is a group, never the "he" after it', () => {
    const text = 'Former governor Peter Ruiz campaigned on Monday.\n\nAllies say that he is cautious. “He is tired,” he said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Peter Ruiz', mention: 'he' });
  });

  test('when the quotation a pronoun introduces names a candidate ("…why Secretary Ruiz should carry the blame," she said), then she is likelier someone else', () => {
    const text = 'Ana Ruiz’s position was backed on Friday by Senator Maria Lind, who said not one of the letters was sent by Ruiz.\n\n' +
      '“I never understood why Secretary Ruiz should carry the blame,” she said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Maria Lind', mention: 'she' });
    // a possessive names the person too
    const possessive = text.replace('Secretary Ruiz should carry the blame', 'Ruiz’s emails should count against her');
    expect(speakersOf(possessive).quotes[0]).toMatchObject({ speaker: 'Maria Lind', mention: 'she' });
    // a name modifying a noun in the quotation ("Ruiz supporters") says nothing of who talks
    expect(speakersOf('Peter Ruiz spoke in Porto on Monday.\n\n“Many Ruiz supporters came to the rally,” he said.').quotes[0]!.speaker).toBe('Peter Ruiz');
  });

  test('when "Wherever", "Whenever" or "Whoever" opens a sentence before a name, then it is no part of the name', () => {
    expect(speakersOf('Wherever Ana Ruiz goes, crowds follow.\n\n“We will win,” Ruiz said.').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a person noun and a comma set off a single name ("his first wife, Ivana,"), then the noun is her role and says she is a person', () => {
    const text = 'Peter Berg hired an attorney last year. His first wife, Ivana, ran the hotels for years.\n\n“I signed nothing,” she said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ivana', mention: 'she' });
  });

  test('when a middle initial is a letter the word lists know ("Jonas A. Pell"), then it is part of the name', () => {
    const text = 'The report came out on Monday.\n\nJonas A. Pell, a former harbour inspector, read it.\n\n“They must have seen it,” Pell said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Jonas A. Pell', mention: 'Pell' });
    // a possessive before the initial is someone else's: "the district's C. Dale Moss" is Moss alone
    expect(speakersOf('The 8th District’s C. Dale Moss said: “We decline.”').quotes[0]!.speaker).toBe('C. Dale Moss');
  });

  test('when a name opens on initials, one of them "A" or "I" ("K. A. Swarna Kumari", "A. B. Perera"), then they are part of the name', () => {
    expect(speakersOf('“I pawned my jewellery,” says Mrs. K. A. Swarna Kumari, 61.').quotes[0]).toMatchObject({
      speaker: 'K. A. Swarna Kumari', mention: 'Mrs. K. A. Swarna Kumari' });
    expect(speakersOf('“We will pay,” said A. B. Perera.').quotes[0]!.speaker).toBe('A. B. Perera');
    expect(speakersOf('“We will pay,” said Mr. A. P. J. Rahman.').quotes[0]!.speaker).toBe('A. P. J. Rahman');
    expect(speakersOf('“Build it,” said I. M. Pei.').quotes[0]!.speaker).toBe('I. M. Pei');
    // an article before a name stays an article: "a Tomas Berg administration" is Berg's
    expect(speakersOf('“Do not vote for a Tomas Berg administration,” said Ana Ruiz.').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a district office is written with a capital after "the" ("the Collector"), then it is the person holding it', () => {
    const text = 'District Collector Shri Rahul Jadhav visited the camp on Sunday.\n\nThe water entered the Shahupuri and Kumbhar Galli areas.\n\n' +
      'On the question of the dam, the Collector was clear. “We are in contact with the engineers,” he said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Rahul Jadhav');
  });

  test('when a traditional office is the noun after "the" ("said the Baale", "the Inkosi"), then it is the person holding it', () => {
    const text = 'The Baale of Olodo, Chief Lamidi Oyelade, appealed to the youths on Friday.\n\n“Violence will not bring back Tunde,” said the Baale.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Lamidi Oyelade');
  });

  test('when a place after "in" stands right before the verb ("the Union (SADTU) in KwaZulu-Natal said"), then the body before it speaks', () => {
    const text = '“Learners pay the price.”\n\nThis is what the Teachers Union (SADTU) in KwaZulu-Natal said in its statement.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Teachers Union');
    // a person's name after "in" is no place: "the debate in which Ruiz said" … ("in" then the person, the verb after)
    const person = 'Ana Ruiz met the teachers on Monday.\n\n“Learners pay the price.”\n\nThat was the point in the debate in which Ruiz said it.';
    expect(speakersOf(person).quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a headline describes someone the body names in the next sentences ("the Prime minister promises" … "Étienne Marchal walked … The Prime minister"), then every such description is that person', () => {
    const text = 'Floods: in Redon, the Prime minister promises help\n\nÉtienne Marchal walked this Wednesday the streets of Redon. ' +
      'The Prime minister, arrived by helicopter, has promised an envelope.\n\n“I have come to say that the State will not let go,” has declared the head of the government.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Étienne Marchal');
  });

  test('when a body\'s name runs into a person\'s opening on an honorific ("the leader of Kisan Ittehad Mian Abdul Bhatti"), then the person is the leader', () => {
    const text = 'The farmers blocked the Bosan Road for hours. The protest was led by the central leader of Kisan Ittehad Mian Abdul Ghaffar Bhatti.\n\n' +
      '“Government has left us at the mercy of middlemen,” he said.\n\nBhatti Sahib further said, “We will march towards Lahore.”';
    const quotes = speakersOf(text).quotes;
    expect(quotes[0]!.speaker).toBe('Abdul Ghaffar Bhatti');
    // ("Sahib" after the name is the name's, never a speaker of its own)
    expect(quotes[1]!.speaker).toBe('Abdul Ghaffar Bhatti');
  });

  test('when "for" names a minister\'s portfolio ("Minister for Food Chaudhry Arshad Warraich"), then the person holds the office', () => {
    const text = 'Abdul Bhatti, a farmers\' leader, spoke first. Punjab\'s Minister for Food Chaudhry Arshad Warraich, while talking to Geo News, rejected it.\n\n' +
      'The provincial minister said, “The government is not the enemy of the farmer.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Arshad Warraich');
    expect(speakersOf('The Minister for Health Rabindra Bhattarai visited.\n\n“No shortage,” the minister said.').quotes[0]!.speaker).toBe('Rabindra Bhattarai');
  });

  test('when a description runs through several "of" phrases to a name set off by commas ("the president of the Community of Irrigators of the Genil Valley, Antonio Parejo,"), then it is that person', () => {
    const text = '“We have cut our use by 60 %,” has warned the president of the Community of Irrigators of the Genil Valley, Antonio Parejo, in the programme of Onda Cero.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Antonio Parejo');
  });

  test('when a Spanish name of four words is later written with its first surname alone ("Parejo" for "Antonio Jesús Parejo Lora"), then it is that person', () => {
    const text = 'The president of the irrigators, Antonio Jesús Parejo Lora, spoke on Monday.\n\nLater Parejo told EFE: “We are the town.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Antonio Jesús Parejo Lora');
    // not the word before the last when it is a given name ("Ana Maria Luisa Ruiz" is no "Luisa")
    const given = 'The mayor, Ana Maria Luisa Ruiz, spoke on Monday.\n\nLater Luisa told EFE: “We are the town.”';
    expect(speakersOf(given).quotes[0]!.speaker).toBe('Luisa');
  });

  test('when a person\'s name opens a sentence before a phrase of time and setting ("Bakhtiari on Wednesday in conversation with the reporter of IRNA, …, stated"), then the person speaks', () => {
    const text = 'Mohammad-Reza Bakhtiari on Wednesday in conversation with the reporter of IRNA, referring to the dams supplying Tehran, stated: “The pressure drop will continue.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Mohammad-Reza Bakhtiari');
  });

  test('when a single surname stands in the speaker\'s place after a quotation, set off by "the …" or "a …" with a person noun ("“…,” Hale, the Labour leader, told"), then it is a name', () => {
    const lead = 'Port strike enters its second week as talks stall\n\n';
    for (const apposition of ['the Labour leader', 'the Labour MP', 'a Labour MP', "the union's general secretary"]) {
      const text = `${lead}“This is a disaster,” Hale, ${apposition}, told Sky News.\n\nThe strike began on Monday.`;
      expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Hale', source: 'Sky News' });
    }
  });

  test('when a single unknown name opens a sentence with an apposition describing a person ("Narges, a 34-year-old resident, told"), then it is a name', () => {
    const text = 'Narges, a 34-year-old resident of the Naziabad neighbourhood, told the reporter of IRNA: “Since last week our taps are dry.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Narges');
  });

  test('when "in turn" or "for her part" stands between an inverted verb and its speaker, then the speaker after it speaks', () => {
    const text = 'Rosa Quispe spoke first.\n\n“The rupture occurred in a point of difficult access”, explained in turn the general manager of SEDAPAR, Luis Cárdenas, in declarations.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Luis Cárdenas');
    const part = 'Rosa Quispe spoke first.\n\n“We are ready”, declared for her part the mayor, Ana Ruiz.';
    expect(speakersOf(part).quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when how the words were said stands set off by commas between an inverted verb and its speaker ("says, in tears, Fatima Benali"), then the speaker after it speaks', () => {
    const before = 'Rosa Quispe spoke first.\n\n';
    expect(speakersOf(`${before}“We have lost everything”, says, in tears, Fatima Benali.`).quotes[0]).toMatchObject({ speaker: 'Fatima Benali', cue: 'says' });
    expect(speakersOf(`${before}“We have lost everything”, added, visibly moved, the mayor Ana Ruiz.`).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'added' });
  });

  test('when the line after a quotation opens on a dash or a comma and an inverted cue ("¶ – said Banda to Zodiak."), then that line is its attribution', () => {
    const before = 'School\n\nThe headmaster Peter Banda and the mayor Joyce Phiri met parents on Monday.\n\n';
    for (const line of ['– declared Phiri to Zodiak.', ', declared Phiri to Zodiak.', '— declared Phiri to Zodiak.']) {
      const text = `${before}“We will rebuild the school before the rains. Nobody will be left behind.”\n\n${line}\n\nThe parents applauded.`;
      expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Joyce Phiri', cue: 'declared', source: 'Zodiak' });
    }
    // and so it is after words whose marks were lost
    const unmarked = `${before}We will rebuild the school before the rains. Nobody will be left behind.\n\n– declared Phiri to Zodiak.`;
    expect(extract({ text: unmarked }).claims[0]).toMatchObject({ kind: 'unmarked', speaker: 'Joyce Phiri', cue: 'declared' });
  });

  test('when a paragraph after a quotation opens "Thus expressed himself …" with its speaker, then the quotation is that speaker\'s', () => {
    const text = 'Rosa Quispe spoke first.\n\n“We will fight.”\n\nThus expressed himself the president of the Board of Users, Teodoro Ccahuana, who announced a meeting.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Teodoro Ccahuana');
  });

  test('when "Thus it pointed out X" or "So responded with a smile X" follows a quotation standing alone, then X speaks', () => {
    const before = 'Rosa Quispe spoke first. “We wait,” Quispe said.\n\n“We will fight.”\n\n';
    const speakerOf = (after: string) => speakersOf(before + after).quotes[1]!.speaker;
    // (Spanish "así lo señaló" keeps its object pronoun before the verb)
    expect(speakerOf('Thus it pointed out Teodoro Ccahuana, leader of the Board of Users.')).toBe('Teodoro Ccahuana');
    expect(speakerOf('So responded with a smile the coach, Teodoro Ccahuana, when asked about the promise.')).toBe('Teodoro Ccahuana');
  });

  test('when a role noun stands alone in a subheading\'s capitals ("GOVERNOR ASKS SPEED"), then it is no one\'s name', () => {
    const text = 'The regional governor, Rosa Quispe, spoke on Monday.\n\nGOVERNOR ASKS SPEED\n\n“The patience has a limit,” declared the regional authority.';
    expect(speakersOf(text).quotes[0]!.speaker).not.toBe('GOVERNOR');
  });

  test('when a sentence opens "At Rome, the Minister for Civil Protection and the Sea Policies, Elena Marchetti,", then the place takes no role and the minister is Marchetti', () => {
    const text = 'Lucia Ferrante, a volcanologist, spoke first.\n\nAt Rome, the Minister for Civil Protection and the Sea Policies, Elena Marchetti, has convoked the commission. ' +
      '“The State is near to the populations,” wrote the minister in a post on X.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Elena Marchetti');
  });

  test('when a headline gives "a statement from X: \'…\'", then X speaks; portfolios listed with commas ("of Environment, Urbanisation and Climate Change") are one office', () => {
    const text = 'Izmir statement from Minister Kılıçaslan: “We will not wait for the earthquake”\n\n' +
      'Minister of Environment, Urbanisation and Climate Change Murat Kılıçaslan came to Izmir on Monday.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Murat Kılıçaslan');
  });

  test('when a headline gives titles and no name ("Health Minister said – “…”"), then it is the person the article names in that office; a hospital is no person', () => {
    const text = 'Dengue in Bhopal: Health Minister said – “No shortage of platelets, do not panic”\n\nBhopal, 12 September 2024.\n\n' +
      'The state\'s Health Minister Dr. Ramesh Chandra Tiwari on Tuesday reached Hamidia Hospital. After the inspection he said, “Do not panic.”';
    const quotes = speakersOf(text).quotes;
    expect(quotes[0]!.speaker).toBe('Ramesh Chandra Tiwari');
    expect(quotes[1]!.speaker).toBe('Ramesh Chandra Tiwari');
    // a courtesy title makes a name of a title word: "Mr. King" is King
    expect(speakersOf('Martin King spoke first.\n\n“It is about enthusiasm,” Mr. King added.').quotes[0]!.speaker).toContain('King');
  });

  test('when a Japanese or Korean name carries an honorific after a hyphen ("Morita-san"), then it is the person named without it', () => {
    const text = 'Morita Akiko, a farmer of the village, spoke first.\n\n“The bears are hungry,” said Morita-san.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Morita Akiko');
  });

  test('when the paragraph after a quotation opens "So speaks X", then X speaks, even when the quotation has no stop', () => {
    const text = 'Mayor Kikuchi Shinya revealed his sense of crisis.\n\nThe town installed traps.\n\n“Even if a bear enters the trap, only three can shoot”\n\n' +
      'So speaks Oikawa Tsuyoshi-san (74), who is the head of the branch.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Oikawa Tsuyoshi');
  });

  test('when "in an interview with X said" closes a long subject ("Kim Seong-hoon, director of the bureau of the ministry, in a telephone interview with Yonhap said"), then the subject speaks', () => {
    const text = 'Kim Seong-hoon, director of the Housing Welfare Policy Bureau of the ministry, in a telephone interview with Yonhap News Agency said “The government recognizes the necessity.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Kim Seong-hoon');
  });

  test('when an office is written "Title of Place Full Name" ("Chief District Officer of Chitwan Hari Prasad Adhikari") and later as an acronym ("CDO Adhikari"), then both are the person', () => {
    const text = 'Chief District Officer of Chitwan Hari Prasad Adhikari informed that no one was hurt. “The debris is 300 metres long”, said CDO Adhikari.\n\n' +
      'Deputy Superintendent of Police Sita Kumari Thapa spoke later. “We have managed water and food”, said DSP Thapa.';
    const quotes = speakersOf(text).quotes;
    expect(quotes[0]!.speaker).toBe('Hari Prasad Adhikari');
    expect(quotes[1]!.speaker).toBe('Sita Kumari Thapa');
    // an acronym before a group's plural is no one's office: "LGBT Republicans" are not the Log Cabin Republicans' person
    const group = 'John Log Cabin Republicans spoke.\n\n“We brunch,” said LGBT Republicans.';
    expect(speakersOf(group).quotes[0]!.speaker).not.toBe('John Log Cabin Republicans');
  });

  test('when a question closes its quotation before "– said to the correspondent 67-year-old X", then X speaks', () => {
    const text = 'Residents gathered on Monday.\n\n“Where do I go with my grandchildren?” – said to the Kun.uz correspondent 67-year-old Mahmuda Xolmatova, who lives here.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Mahmuda Xolmatova');
  });

  test('when a Central Asian office and honorific are used ("the hokim of Yakkasaray district Bahodir Qodirov", "Mahmuda opa"), then they are the people named', () => {
    const text = 'Mahmuda Xolmatova, 67, lives in the mahalla.\n\nThe hokim of Yakkasaray district Bahodir Qodirov came out to the residents.\n\n' +
      '“I will personally receive each family”, – said the hokim.\n\n“The door is open, but nobody is behind it”, – answered with irony Mahmuda opa.';
    const quotes = speakersOf(text).quotes;
    expect(quotes[0]!.speaker).toBe('Bahodir Qodirov');
    expect(quotes[1]!.speaker).toBe('Mahmuda Xolmatova');
  });

  test('when a headline opens on a topic and a colon, then a comma after the quotation and "promises the minister X", then X speaks', () => {
    const text = 'Emergency of La Sarre: “We are not going to close the door to Abitibi”, promises the minister Bérubé\n\nThe minister of Health, Sylvain Bérubé, has assured it.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Sylvain Bérubé');
  });

  test('when a name follows a neighbourhood\'s noun ("in the colonia Santa Cruz Meyehualco"), then it is a place, never the next description\'s person', () => {
    const text = 'The mayoress in Iztapalapa, Rocío Medina Treviño, assured this Monday that the stalls will return to the market in the colonia Santa Cruz Meyehualco.\n\n' +
      '“We are not going to leave alone the merchants”, declared the morenista mayoress during a tour.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Rocío Medina Treviño');
    // a person named after the settlement's noun of an office closing the sentence stays the person
    expect(speakersOf('“We will rebuild”, said the mayor of the commune Ion Popescu.').quotes[0]!.speaker).toBe('Ion Popescu');
  });

  test('when an office with two portfolios ("the minister of the Hydraulic and of the Sanitation, Ousmane Diagne,") follows "the region of Dakar,", then the minister is Diagne, not Dakar', () => {
    const text = 'After the rains on the region of Dakar, the minister of the Hydraulic and of the Sanitation, Ousmane Thiam Diagne, has gone to Keur Massar.\n\n' +
      '“We will not abandon the populations”, has declared the minister.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ousmane Thiam Diagne');
  });

  test('when a name ends a line ("… assures the minister Ousmane Diagne" then "Published …"), then the next line is no part of it', () => {
    const text = 'Floods: “We will not abandon the populations”, assures the minister Ousmane Diagne\nPublished on Saturday\n\nThe minister spoke.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ousmane Diagne');
  });

  test('when a body, a hyphenated role and a name open a sentence before a setting ("Water Resources Agency director-general Huang Chih-ming at the press conference pointed out"), then the person speaks', () => {
    const text = 'Water Resources Agency director-general Huang Chih-ming at the press conference pointed out, currently storage is low, “the reservoir storage is the lowest in 20 years”.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Huang Chih-ming');
  });

  test('when a second role set off after a description runs on to a name ("the energy expert, director of the centre «Nova» Ivan Petrenko"), then a later "the expert" is that person', () => {
    const text = 'The head of the city administration Oleh Bondar spoke at the briefing. «The heat will stay on», — said Bondar.\n\n' +
      'At the same time the energy expert, director of the analytical centre «Nova» Ivan Petrenko in a comment to the agency warned of the risks.\n\n' +
      '«Gas is the weak point. If the network is hit, the units stop», — said the expert.';
    const claims = extract({ text }).claims.filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.speaker)).toEqual(['Oleh Bondar', 'Ivan Petrenko']);
  });

  test('when an academic title of abbreviations stands between a description and a name ("the director of the clinic dr n. med. Anna Nowak"), then the description is that person', () => {
    const text = 'The starost of Lesko Jan Kowalski told PAP that the decision was hard. Kowalski left.\n\n' +
      'The director of the clinic dr n. med. Anna Nowak explained that too few children are born there. Births fell.\n\n' +
      'The councillor Piotr Wrona said on the air of Radio Lesko: „The clinic is closing”.\n\n' +
      '„Nobody closes this clinic” – replied the director, asked by PAP about the words of the councillor.';
    expect(extract({ text }).claims.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Piotr Wrona', 'Anna Nowak']);
  });

  test('when an office "of" a place runs into its holder\'s name ("The starost of Sokółka Tomasz Jan Wierzbicki told PAP"), then the holder speaks', () => {
    const text = 'The director, Barbara Olszewska, explained the figures.\n\nThe starost of Sokółka Tomasz Jan Wierzbicki told PAP that it was “the most difficult decision of this term”.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Tomasz Jan Wierzbicki');
  });

  test('when a quotation is closed by "in his words", then it is the words of whom "his" stands for', () => {
    const text = 'The chairman, Alhaji Sani Gwale, told Aminiya that the levy is too high. “It is not new,” said Mrs. Binta Lawan, a trader.\n\n' +
      '“We are not refusing to pay tax, but this is oppression,” in his words.';
    expect(speakersOf(text).quotes[1]!.speaker).toBe('Sani Gwale');
  });

  test('when "said the X" goes on with a verb ("said the levy is not new"), then the phrase is what was said about, no speaker for the next "he"', () => {
    const text = 'The chairman, Alhaji Sani Gwale, told Aminiya that the levy is too high.\n\n' +
      'But the Managing Director of KAROTA, Engr. Bashir Dambatta, in an interview with Freedom Radio, said the levy is not new.\n\n“We brought order,” he said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Bashir Dambatta');
  });

  test('when an inverted verb gives whom the words were told without a preposition ("– told PAP Mrs. Halina Kowal"), then the person after the agency speaks', () => {
    const text = 'The city said buses run.\n\n„I waited forty minutes for the replacement bus. I was late for work” – told PAP Mrs. Halina Kowal, a 67-year-old pensioner from Widzew.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'direct')!;
    // (the evidence is the name after the agency, not a guess from the sentence before)
    expect({ speaker: claim.speaker, evidence: text.slice(claim.mention!.start, claim.mention!.end), cue: claim.cue }).toEqual({
      speaker: 'Halina Kowal', evidence: 'Mrs. Halina Kowal', cue: 'told' });
  });

  test('when an inverted "told" gives a masthead written in capitals over several words ("told LA VOZ Rosa María Paredes"), then the person after it speaks and the masthead is the source', () => {
    const text = 'The police said the road was blocked for two hours.\n\n"We have nowhere to go if we do not pay", told LA VOZ Rosa María Paredes, of 41 years, who sells fruit in the square.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'direct')!;
    expect({ speaker: claim.speaker, source: claim.source }).toEqual({ speaker: 'Rosa María Paredes', source: 'LA VOZ' });
  });

  test('when the paragraph after a quotation says "This was told by X", then X speaks', () => {
    const text = 'Tomas Berg, the manager, spoke first.\n\n“In the apartment plus eleven. No one says”\n\nThis was told by the pensioner Valentina Stepanovna, who lives in the house for 40 years.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'direct')!;
    expect(claim.speaker).toBe('Valentina Stepanovna');
  });

  test('when the sentence after a quotation standing alone points back at it ("These words were written by X", "With these words X replied", "That is how X spoke", "This was the reaction of X"), then X speaks', () => {
    const before = 'Ana Ruiz opened the meeting. “We hold the line,” Ruiz said.\n\n';
    const speakerOf = (after: string) => extract({ text: `${before}“The quay stays shut.”\n\n${after}` }).claims.filter((c) => c.kind === 'direct')[1]!.speaker;
    expect(speakerOf('These words were written on Facebook in the afternoon by the mayor of Porto, Tomas Berg, who runs the port.')).toBe('Tomas Berg');
    expect(speakerOf('This warning was given by the president of the guild, Tomas Berg, in a press conference.')).toBe('Tomas Berg');
    expect(speakerOf('With these words the senior conductor of the depot, Tomas Berg, 51, answered the minister.')).toBe('Tomas Berg');
    expect(speakerOf('That is how the spokesperson of the police, Tomas Berg, spoke on Monday.')).toBe('Tomas Berg');
    expect(speakerOf('This was the reaction of the head of the ward, Dr. Tomas Berg, when the journalists asked him.')).toBe('Tomas Berg');
    // ("A senior officer … said this.": the sentence's subject, closing on a verb of speech and "this")
    expect(speakerOf('The harbour master Tomas Berg, who asked not to be named in full, said this.')).toBe('Tomas Berg');
    const anonymous = extract({ text: `${before}“The quay stays shut.”\n\nA senior officer of the port who did not want to give his name said this.` });
    expect(anonymous.claims.filter((c) => c.kind === 'direct')[1]).toMatchObject({ speaker: null, cue: 'said' });
    // a sentence about something else done by someone is no such pointer
    expect(speakerOf('This bridge was built by Tomas Berg in 1990.')).toBe('Ana Ruiz');
    expect(speakerOf('This was designed by Tomas Berg in 1990.')).toBe('Ana Ruiz');
  });

  test('when Oromo or Somali courtesy titles stand before names ("Obbo Tolera Gemechu", "Aadde Lensa Bekele"), then they are no part of the name and give "he" and "she" their person', () => {
    const text = 'Water in Adama\n\nAadde Lensa Bekele and Obbo Tolera Gemechu met the farmers on Monday.\n\n' +
      '“The canal will be dug before the rains,” she said.\n\n“We have paid the contractor,” he said.';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Lensa Bekele', 'Tolera Gemechu']);
  });

  test('when a body\'s name runs into its officer\'s with a courtesy title ("The City Administration Transport Bureau Head Ato Dawit Tesfaye"), then the officer is a person a later "he" stands for', () => {
    const text = 'Fares.\n\nAto Yonas Girma, a teacher, travels every day. «My salary is small», he said.\n\n' +
      'The Addis Ababa City Administration Transport Bureau Head Ato Dawit Tesfaye said that the bureau will add buses.\n\n' +
      '«We understand the problem» Ato Dawit said to EBC. He also added, «The bureau will finish the card.»';
    const quotes = extract({ text }).claims.filter((c) => c.kind === 'direct');
    expect(quotes.map((c) => c.speaker)).toEqual(['Yonas Girma', 'Dawit Tesfaye', 'Dawit Tesfaye']);
  });

  test('when a body is named only as the owner inside a description ("the spokesperson of the Oyo State Police Command"), then "the command" further on is that body', () => {
    const text = 'Robbery.\n\nThe father of the victim, Alhaji Tomas Berg, said the family had warned the police.\n\n' +
      '“Three suspects have been arrested,” said the spokesperson of the Oyo State Police Command, Ana Ruiz, on Saturday. ' +
      'The command also said: “Members of the public should report any suspicious movement.”';
    // (the father's reported claim in the first paragraph is his)
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Tomas Berg', 'Ana Ruiz', 'Oyo State Police Command']);
  });

  test('when a settlement\'s noun alone follows an office ("the Assistant Commissioner City, Ms. Ayesha Butt,"), then it is part of the office, no one a later "she" stands for', () => {
    const text = 'Flour.\n\nOn the other side the Assistant Commissioner City, Ms. Ayesha Butt, who did raids on the shops, told that 37 shopkeepers were fined. ' +
      '“Overcharging will not be tolerated,” she said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ayesha Butt');
  });

  test('when a description opens the clause after a fronted phrase ending on a body\'s name ("… of Independent Television, the KCC chief engineer, however, assured"), then it is the subject, and no restatement of the body', () => {
    const text = 'Flood.\n\nKCC’s chief engineer Tomas Berg said the drains of the city are blocked. The mayor, Jon Vik, visited the ward.\n\n' +
      'In the evening, in the talk show of Independent Television, the KCC chief engineer, however, assured that 15 teams will work. ' +
      '“By Thursday the main roads will be dry,” he said.';
    const claims = extract({ text }).claims;
    // (the first sentence's "said the drains … are blocked" is his reported claim as well)
    expect(claims.map((c) => [c.kind, c.speaker])).toEqual([['indirect', 'Tomas Berg'], ['indirect', 'Tomas Berg'], ['direct', 'Tomas Berg']]);
  });

  test('when the narrative names a person by surname only and a quotation names the same surname in full, then the quotation gives the given name', () => {
    const text = '“Do not hand the port to a Daniel Berg administration,” Ana Ruiz said.\n\nBerg told supporters in Porto: “Look at the harbour.”';
    expect(speakersOf(text).quotes[1]).toMatchObject({ speaker: 'Daniel Berg', mention: 'Berg' });
    // not when the quotation's given name is of the other gender than the person the article shows
    const other = '“Peter Berg was a fine mayor,” Mrs. Berg said.\n\n“Look at the harbour,” she said.';
    expect(speakersOf(other).quotes[1]!.speaker).toBe('Berg');
    // nor when quotations give the surname two given names, nor when the surname runs on into another name ("Berg Tower")
    const two = '“Peter Berg and Daniel Berg both ran,” Ana Ruiz said.\n\nBerg told supporters: “Look at the harbour.”';
    expect(speakersOf(two).quotes[1]!.speaker).toBe('Berg');
    const place = '“We met at the Peter Berg Tower,” Ana Ruiz said.\n\nBerg told supporters: “Look at the harbour.”';
    expect(speakersOf(place).quotes[1]!.speaker).toBe('Berg');
    // nor a longer surname that opens with this one, whatever its letters ("Daniel Bergé" is not Berg)
    const longer = '“Do not hand the port to a Daniel Bergé administration,” Ana Ruiz said.\n\nBerg told supporters: “Look at the harbour.”';
    expect(speakersOf(longer).quotes[1]!.speaker).toBe('Berg');
  });

  test('when a place-like name stands before the role noun ("the Porto senator"), then the description is the person named in the last sentences', () => {
    const text = 'Ana Ruiz lost the vote in the harbour town on Tuesday. Ruiz thanked her supporters.\n\nThe Porto senator said she would “keep fighting for the port.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'The Porto senator' });
    // not someone named further back, with no such role on record
    const far = 'Ana Ruiz lost the vote in the harbour town on Tuesday. The count went on for hours. Turnout was low. Rain fell all day.\n\n' +
      'The Porto senator said she would “keep fighting for the port.”';
    expect(speakersOf(far).quotes[0]!.speaker).toBe('Porto senator');
    // a noun that says whose someone is keeps the name before it an owner: "the Berg aide" is not Ruiz
    const aide = 'Ana Ruiz won the vote, and Berg lost. Ruiz thanked her team. The Berg aide said he was “not worried at all.”';
    expect(speakersOf(aide).quotes[0]!.speaker).toBe('Berg aide');
  });

  test('when a sentence opens with a subordinate clause ("While …, the port chief stayed"), then a name in that clause may be the description after its comma', () => {
    const text = 'Tomas Berg ran the port for a decade.\n\nAlthough the pilots who had long grumbled about Berg moved their boats away, the port chief remained at his desk.\n\n' +
      '“We were there to keep the port open,” he said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'he' });
    // within one clause a name and a description are still two people
    const oneClause = 'Tomas Berg ran the port for a decade.\n\nThe pilots who had long grumbled about Berg moved their boats away, and the port chief remained at his desk.\n\n' +
      '“We were there to keep the port open,” he said.';
    const chief = speakersOf(oneClause).quotes[0]!;
    expect(chief).toMatchObject({ speaker: null, mention: 'he' });
    expect(chief.evidence).toContain('pronoun "he" → port chief');
    // and a clause with another person in it ("attacked her") keeps its name out: the description is as likely that one
    const other = 'Ana Ruiz and Tomas Berg met in Porto.\n\nAfter Berg attacked her on Monday, the senator said: “We will not give in.”';
    expect(speakersOf(other).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the senator' });
  });

  test('when a description names an office for one place ("the Vermont governor"), then a person whose office is written for another place ("Former Maine Gov.") is not it', () => {
    const text = 'Former Maine Gov. Tomas Berg backed Ana Ruiz on Monday. He declared his backing for the Vermont governor at a town hall.\n\n' +
      '“I owe him a lot,” the Vermont governor said.';
    const { quotes, result } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the Vermont governor' });
    // where she was ("at a town hall") is no part of the description, as where someone works is ("a professor at Porto University")
    expect(result.speakers[0]!.aliases).toEqual(['the Vermont governor']);
    // the same office for the same place still is: "the Maine governor" is Berg
    const same = 'Former Maine Gov. Tomas Berg backed Ana Ruiz on Monday.\n\n“I owe her a lot,” the Maine governor said.';
    expect(speakersOf(same).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when an article names a speaker and describes them too, then the descriptions are told apart from the other names', () => {
    const text = 'General Tomas Berg arrived in Porto on Monday.\n\n“We hold the line,” Berg said.\n\n“Nothing changes,” the general added.';
    const [berg] = speakersOf(text).result.speakers;
    expect(berg).toMatchObject({ name: 'Tomas Berg', aliases: ['Berg', 'the general'], descriptions: ['the general'] });
  });

  test('when "As for X, he said …" follows another speaker’s quotation, then the next "he said" goes on with X', () => {
    const text = 'Tomas Berg won the vote. “It was a good night for the port,” the Porto senator said.\n\n' +
      'As for Luis Lopez, he said the numbers did not trouble him. “Count again next week and you will see,” he said.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Tomas Berg', 'Luis Lopez']);
  });

  test('when a lead’s description is restated fuller further on ("the head of the rebel army" … "the head of the northern rebel army"), then both are the person the restatement is', () => {
    const text = 'At a trade fair in Porto, the head of the rebel army and the mayor of the city signed a grain deal.\n\n' +
      'Back in Porto after a year away, the head of the northern rebel army sat down with Ana Ruiz on Wednesday.\n\n' +
      'At the summit, General Tomas Berg spoke bluntly. “We stand together,” he said.\n\n“The port is open,” the mayor said.';
    const { result } = speakersOf(text);
    const aliases = Object.fromEntries(result.speakers.map((s) => [s.name, s.aliases]));
    // the nearest name after the lead ("Ana Ruiz") had taken the first description, beside "the mayor of the city"
    expect(aliases['Tomas Berg']).toEqual(expect.arrayContaining(['the head of the rebel army', 'the head of the northern rebel army']));
    expect(aliases['Ana Ruiz']).not.toContain('the head of the rebel army');
  });

  test('when a phrase follows a speech verb that has its subject already ("He says the city’s rivals …"), then it is what is said, not a speaker', () => {
    const text = 'Tomas Berg spoke in Porto on Monday.\n\nHe says the city’s rivals are “mocking the harbour.”';
    const { quotes, result } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'He' });
    expect(result.speakers[0]!.aliases).toEqual([]);
    // after a quotation the verb's subject comes after it: "“…,” said the harbour master" names the speaker
    expect(speakersOf('“The pier is closed,” said the harbour master.').quotes[0]).toMatchObject({ speaker: null, mention: 'the harbour master' });
  });

  test('when "the two" stands alone after a pair was described ("The two lawmakers insist … the two write"), then it is that pair', () => {
    const text = 'Chairman Ana Ruiz and Rep. Tomas Berg wrote to Luis Lopez. Lopez replied that nothing was wrong. The two lawmakers, ' +
      'though, maintain that “the rules are clear.”\n\n“No such rule was ever written down,” the two write.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz and Tomas Berg', 'Ana Ruiz and Tomas Berg']);
  });

  test('when a description’s sentence names someone far from it ("The former president took the stage an hour after …, attacking Peter Ruiz"), then that name is not ruled out', () => {
    const text = 'Former President Peter Ruiz spent Monday in Porto stumping for his brother Tomas Ruiz.\n\n“Slogans do not fix bridges,” the ' +
      'former president told a packed fish market.\n\nThe former president took the stage an hour after Luis Lopez, the front-runner in local polls, ' +
      'had spent a morning briefing across town attacking Peter Ruiz. “We built those roads,” the former president said.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Peter Ruiz', 'Peter Ruiz']);
  });

  test('when a short phrase opening the sentence holds "her" or "his" ("For her part, Ruiz said"), then it says which of two Ruizes is meant', () => {
    const text = 'Ana Ruiz and her husband Peter Ruiz toured Porto. Peter Ruiz spoke first. “Talk is cheap, neighbours,” he said.\n\n' +
      'For her part, Ruiz said “we will see.”';
    expect(speakersOf(text).quotes[1]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
  });

  test('when a bare surname was written with titles of one gender, then a full name with a given name of the other is someone else', () => {
    const text = 'President Ruiz spoke on Monday. “We will win,” Mr. Ruiz said.\n\nMaria Ruiz, his wife, campaigned in Porto.\n\n' +
      '“The port stays open,” Mr. Ruiz said.';
    const { quotes } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ruiz', 'Ruiz']);
  });

  test('when a sentence opens on a possessive name ("Berg’s record drew fresh attention: He …"), then its pronouns go back to that name', () => {
    const text = '“Voters want a fighter,” Mr. Tomas Ruiz said.\n\nMr. Berg’s record, a concern for some donors, drew fresh attention: He was ' +
      'pressed about his claim that “the port is lost,” but he kept calm.';
    expect(speakersOf(text).quotes[1]).toMatchObject({ speaker: 'Berg', mention: 'his' });
  });

  test('when the paragraph before ends on a quotation, then a possessive name opening the next paragraph still opens its sentence', () => {
    const text = 'Mr. Tomas Ruiz spoke first. “A mayor’s words carry far,” Mr. Ruiz said. “Ship owners listen to every one of them.”\n\n' +
      'Mr. Berg’s record, a concern for some donors, drew fresh attention: He was pressed about his claim that “the port is lost.”';
    expect(speakersOf(text).quotes[2]).toMatchObject({ speaker: 'Berg', mention: 'his' });
  });

  test('when a name closes a list of names after a determiner ("the same Abba, U2 and Ana Ruiz posters"), then it modifies the noun after it', () => {
    const text = 'Lena Ortiz rents a room above a bakery, its shelves still lined with the same ' +
      'Abba, Roxette and Tomas Berg records her father left.\n\n“Who keeps records anymore?” she said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Lena Ortiz', mention: 'she' });
    // a list that is the sentence's subject still speaks
    expect(speakersOf('Lena Ortiz spoke first. Then Ana Ruiz and Tomas Berg said “we agree.”').quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a description follows a sentence about someone else, then the person the article keeps naming is likelier', () => {
    const text = 'Tomas Berg wants the port closed. Berg has said so for months. Berg repeated it on Monday in Porto, and Berg will say it ' +
      'again in Braga. Critics of Berg call it a stunt.\n\nBerg urged Mayor Ana Ruiz to bring back the harbour patrols. Ruiz ' +
      'had scrapped them to save money.\n\n“People are furious, more than I have ever seen,” the billionaire said in an interview.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'the billionaire' });
    // someone named only once before is not made likelier than the subject just before
    const once = 'Tomas Berg wants the port closed.\n\nMayor Ana Ruiz scrapped the harbour patrols last spring.\n\n“We had no choice,” the mayor said.';
    expect(speakersOf(once).quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when the cue says "he", then the pronoun is the evidence and the speaker is the last named man', () => {
    const text = 'Mayor Paul Duret visited the flooded quarter on Tuesday. He met residents.\n\n“Nobody will be left behind,” he said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Paul Duret', mention: 'he' });
    expect(quotes[0]!.evidence).toContain('pronoun "he" → Paul Duret');
  });

  test('when a new person is introduced speaking after a quotation, then "he" goes on with that person', () => {
    const text = 'Tomas Berg, an engineer, said he saw no damage.\n“The pier is safe,” Berg said.\nAt a briefing in Porto, ministry spokesman Omar Haddad stressed that divers had inspected every pile.\n' +
      'Engineers who hedge with “probably” do nobody favours, he told reporters.';
    expect(speakersOf(text).quotes[1]).toMatchObject({ speaker: 'Omar Haddad', mention: 'he' });
    // why: someone named inside what a speaker reports ("conceded that Berg had a point") does not take over
    const reported = '“The pier is safe,” Tomas Berg said.\nOmar Haddad claimed that “nobody” had looked at the piles, but conceded that Berg had a point.\n' +
      '“Was it a mistake?” he asked.';
    expect(speakersOf(reported).quotes.at(-1)).toMatchObject({ speaker: 'Omar Haddad' });
  });

  test('when a new person opens a sentence after a quotation without speaking ("X was more cautious. He said …"), then the pronoun goes on with that person', () => {
    const office = 'Gov. Lena Ortiz of Oregon on Monday praised the budget.\n\n“We kept every promise we made,” Ortiz told a local radio station.\n\n' +
      'House Speaker Daniela Brooks was more cautious. She said the plan was “a fair beginning” but warned that “the numbers will need work.”';
    expect(speakersOf(office).quotes.map((q) => q.speaker)).toEqual(['Lena Ortiz', 'Daniela Brooks', 'Daniela Brooks']);
    expect(speakersOf(office).quotes[1]!.evidence).toContain('pronoun "She" → Daniela Brooks');
    // the quotation may come before the pronoun's cue, and the name may be bare
    const bare = 'Omar Haddad wants the pier shut.\n\n“The pier will reopen in May,” Tomas Berg said on Friday.\n\nHaddad stayed defiant. “We have heard that promise before,” he said.';
    expect(speakersOf(bare).quotes[1]!.speaker).toBe('Omar Haddad');
  });

  test('when a description set off by commas restates a name ("Haddad, the port director, looked …"), then a later "he" may still be that name', () => {
    const text = '“The pier will reopen in May,” Tomas Berg said on Friday.\n\nOmar Haddad, the port director, looked unconvinced. “We have heard that before,” he said.';
    expect(speakersOf(text).quotes[1]).toMatchObject({ speaker: 'Omar Haddad', mention: 'he' });
  });

  test('when "the two …" speaks after two people were named side by side, then the pair is the speaker', () => {
    const text = 'Harbour Board Chairman Ana Ruiz and Port Director Tomas Berg wrote to the ministry. The minister said nothing. ' +
      'The two officials, for their part, maintain that “the pier is unsafe.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ana Ruiz and Tomas Berg');
  });

  test('when an organisation is named in full and by its initials, then both are one speaker with the full name', () => {
    const full = speakersOf('The Harbour Workers Federation met on Monday. “We will strike,” the HWF said.');
    expect(full.quotes[0]!.speaker).toBe('Harbour Workers Federation');
    const initialsFirst = speakersOf('The HWF met. Later the Harbour Workers Federation said “we are ready.”');
    expect(initialsFirst.quotes[0]!.speaker).toBe('Harbour Workers Federation');
    // a person's initials are no acronym of her
    expect(speakersOf('Ana Ruiz spoke. “No,” said AR.').quotes[0]!.speaker).toBe('AR');
  });

  test('when "its" goes back to a name owning a chief executive or staff, then the name is a body, and "she" or "her" is the person named', () => {
    const text = 'Tidewater Freight cut its routes on Friday. Its chief executive, Rosa Almeida, spoke to the crews.\n\n' +
      '“This is a hard day,” her company said in a statement.\n\n“We regret it,” she told reporters.';
    const { quotes, result } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rosa Almeida', 'Rosa Almeida']);
    expect(quotes.map((q) => q.mention)).toEqual(['her company', 'she']);
    expect(quotes[1]!.evidence).toContain('pronoun "she" → Rosa Almeida');
    expect(result.speakers.map((s) => s.name)).not.toContain('Tidewater Freight');
    // with the body's own name for what it is ("… Energy"), "she" finds no one rather than the company
    expect(speakersOf('Harbour Energy cut jobs on Friday.\n\n“We regret it,” she told reporters.').quotes[0]!.speaker).toBeNull();
    // "its" owning no one ("its appeal to voters": voters are no staff of the plan) leaves a person a person
    const plan = 'Lena Ortiz unveiled a ferry plan on Monday, and its appeal to voters is plain.\n\n“It pays for itself,” she said.';
    expect(speakersOf(plan).quotes[0]!.speaker).toBe('Lena Ortiz');
  });

  test('when a possessive pronoun and a body speak ("his firm said"), then the phrase is the evidence and the owner the speaker', () => {
    const firm = speakersOf('Tomas Berg runs the ferries.\n\n“We will appeal,” his firm said on Monday.');
    expect(firm.quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'his firm', cue: 'said' });
    // a body that does not speak stays out of the mention
    const owned = speakersOf('Tomas Berg sold his firm on Monday. “I am done with boats,” he said.');
    expect(owned.quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'he' });
  });

  test('when "For X’s part," opens the sentence, then the pronoun after it is X', () => {
    const text = 'Ana Ruiz and Lena Ortiz met on Monday. Ortiz spoke first and left.\n\nFor Ruiz’s part, her office said the deal “is dead.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her office' });
  });

  test('when "she" follows a man and a woman, then gender picks the woman', () => {
    const text = 'Mrs. Ines Carvalho met Mr. Jonas Weber in Lisbon. Weber left early.\n\n“The talks were useful,” she said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ines Carvalho');
  });

  test('when a speech verb is joined to another by "and", then the clause\'s subject speaks', () => {
    const smiled = 'Lea Voss wrote the report.\n\nPressed on the ferry tender, Ms. Ines Moreau laughed and said, “Ask me again after the audit.”';
    expect(speakersOf(smiled).quotes[0]!.speaker).toBe('Ines Moreau');
    const object = 'Lea Voss met the press.\n\nAna Lopez thanked Tomas Ruiz and said, “We will build it.”';
    expect(speakersOf(object).quotes[0]!.speaker).toBe('Ana Lopez');
    // a clause with no subject of its own leaves the verb to the sentence's subject
    const none = 'Ana Lopez faulted the board’s dredging record during her term and said it was “a failure.”';
    expect(speakersOf(none).quotes[0]!.speaker).toBe('Ana Lopez');
  });

  test('when a participle opens the sentence ("Calling X “…,” Ruiz said"), then the main clause\'s subject speaks', () => {
    const text = 'Calling Mr. Berg’s rival, Tomas Lind, “the only adult in the boathouse,” Mayor Ana Ruiz left the hall.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'Calling' });
    // a courtesy title opens the name: the capitalised word before it is no part of it
    expect(speakersOf('Separately Mr. Berg said “we are ready.”').quotes[0]!.mention).toBe('Mr. Berg');
  });

  test('when a clause of time ("after", "when") brings in a second speaker, then a phrase quoted in it is theirs', () => {
    const text = '“That is false,” Ana Ruiz said, after Tomas Lopez said the port had become a “ghost town” since the strike.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Tomas Lopez']);
  });

  test('when a mention follows a preposition before the verb ("a source speaking to Radio Porto said"), then the clause\'s subject speaks', () => {
    const text = 'Ana Ruiz resigned.\n\nA harbour official speaking to Radio Porto said, “The books were never audited.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, mention: 'A harbour official' });
  });

  test('when an indefinite description speaks ("said a Porto Democrat", "another …"), then it is someone not met before', () => {
    const text = '“We will win,” said one Lisbon Democrat.\n\n“It is too close to call,” said a Porto Democrat.\n\n“Nobody knows,” said another Lisbon Democrat.';
    const democrats = speakersOf(text);
    expect(democrats.quotes.map((q) => q.speaker)).toEqual([null, null, null]);
    expect(democrats.quotes.map((q) => q.mention)).toEqual(['one Lisbon Democrat', 'a Porto Democrat', 'another Lisbon Democrat']);
    expect(democrats.quotes[2]!.evidence).toContain('description "another Lisbon Democrat" (no name found for it)');
    expect(democrats.result.speakers).toEqual([]);
    // a name right after it is still who it introduces
    const lead = 'A harbour judge ruled against the board on Monday.\n\nJudge Ines Moreau wrote that the sale was void.\n\n“The board acted in bad faith,” the harbour judge said.';
    expect(speakersOf(lead).quotes[0]!.speaker).toBe('Ines Moreau');
  });

  test('when a participle follows a quotation ("…," saying the city …), then the sentence\'s subject speaks, not the noun after it', () => {
    const text = 'PORTO (Agency) — The latest on the vote.\n\nAna Ruiz has stood up for “fishing towns,” saying the town remains “the backbone of the coast.”';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a description is "known as" or "identified as" a name, then that name speaks', () => {
    const text = 'Tomas Berg backed the account.\n\n“The lamps were lit all night,” said the lighthouse officer known as Kit, breaking years of silence.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Kit', mention: 'the lighthouse officer' });
    const identified = 'Police closed the road.\n\n“I saw nothing,” said a driver identified only as Ines Moreau.';
    expect(speakersOf(identified).quotes[0]!.speaker).toBe('Ines Moreau');
  });

  test('when a time phrase stands between the speaker and the verb ("Ruiz on Friday declared"), then the speaker is found', () => {
    const text = 'Tomas Berg spoke first.\n\nThe old pier, which Ana Ruiz on Friday declared “off limits to traffic,” was fenced in.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'declared' });
    expect(speakersOf('Tomas Berg spoke first.\n\nAna Ruiz earlier this week said the plan was “dead.”').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
  });

  test('when a participle describes a document in a prepositional phrase ("In a message posted Friday, Ruiz said"), then it is no cue', () => {
    const text = 'Ana Ruiz shifted her tone.\n\nIn a newsletter mailed Sunday, Ruiz said she and Berg “rarely agree on anything.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
    // a clause opened by "after" keeps its verb
    expect(speakersOf('After Ana Ruiz announced a plan with “no new taxes,” Berg left.').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a description ends on a person noun such as "surrogate", "relative" or "nurse", then it is who speaks, with no speaker named', () => {
    const text = 'Ana Ruiz laughed off a campaign surrogate who said the port should “fire every manager.”';
    const surrogate = speakersOf(text).quotes[0]!;
    // (shown by the description the "who" stands for: "who" alone would tell a reviewer nothing)
    expect(surrogate).toMatchObject({ speaker: null, mention: 'a campaign surrogate' });
    expect(surrogate.evidence).toContain('description "a campaign surrogate" (no name found for it)');
    expect(speakersOf('The ward was full.\n\n“We had no beds left,” said a night nurse.').quotes[0]).toMatchObject({ speaker: null, mention: 'a night nurse' });
  });

  test('when a possessive name opens a person noun with modifiers ("Ruiz’s top aide"), then that description speaks, not the owner', () => {
    expect(speakersOf('Ana Ruiz’s top aide told supporters: “We are ready.”').quotes[0]).toMatchObject({ speaker: 'Ruiz’s top aide', cue: 'told' });
    // an organisation noun with modifiers after a possessive stays out, so the newspaper's name takes no role from it
    const text = 'The pro-Ruiz Harbour Union Advocate, Norland’s oldest weekly newspaper, endorsed her in March. “It is a trial run,” the Senate minority leader said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Senate minority leader');
  });

  test('when a past-tense verb follows the person noun after a comma, then the phrase is a clause, not an apposition of the name before', () => {
    const text = 'Within an hour of the toll vote in Valdoria, Ana Ruiz’s campaign manager texted volunteers, saying: “We must block this.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ruiz’s campaign manager', mention: 'Ana Ruiz’s campaign manager' });
    // a participle with its agent still describes the name
    const agent = 'Tomas Berg, the envoy appointed by Ana Ruiz, arrived on Monday. “We will talk,” the envoy said.';
    expect(speakersOf(agent).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when an organisation’s name runs over the head noun after a modifier ("the pro-Ruiz Harbour Union Advocate"), then it is that organisation', () => {
    const text = 'The pro-Ruiz Harbour Union Advocate, which Norland’s fishermen have read since 1890, has attacked Berg on three front pages. “Flattery is not a ferry policy,” the editorial board wrote.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Harbour Union Advocate', mention: 'the editorial board' });
  });

  test('when a sentence presents someone before a colon ("Here’s Ruiz in 1992:"), then the words after the colon are theirs', () => {
    expect(speakersOf('The essay follows the party’s turns. Here’s Ana Ruiz in March 1988: “Our next steps must start from the harbour.”').quotes[0])
      .toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
    expect(speakersOf('Tomas Berg wrote the report. Here is Ana Ruiz on the budget: “It is a disgrace.”').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a description names a place ("the South Dakota Republican"), then the place is no owner and the description goes back to the person', () => {
    const text = 'Rep. Tomas Berg put out a statement on Thursday. The South Dakota Republican conceded that the archive was “never the point” of the inquiry.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'The South Dakota Republican' });
  });

  test('when a description names a party, then it does not go back to someone the article gives the other party', () => {
    const text = 'Tomas Berg, a Republican strategist, spoke first. Ana Ruiz, a Democratic strategist, spoke next. “We will win,” the Republican strategist said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a group is counted ("hundreds of protesters", "some of the demonstrators"), then the counted group speaks', () => {
    expect(speakersOf('Outside the hall, hundreds of protesters chanted “No more wars.”').quotes[0]).toMatchObject({ mention: 'hundreds of protesters', cue: 'chanted' });
    expect(speakersOf('Ana Ruiz spoke. Some of the demonstrators chanted “Shame!”').quotes[0]).toMatchObject({ mention: 'Some of the demonstrators' });
    expect(speakersOf('Ana Ruiz spoke. Small groups of protesters gathered at the gate, chanting “Save our ferries.”').quotes[0]).toMatchObject({ mention: 'groups of protesters' });
    // a group after "of" that counts nothing stays an object
    expect(speakersOf('Ana Ruiz spoke of the protesters, saying: “We hear them.”').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a crowd’s verb follows a comma (", chanting"), then the group its sentence names chants, not the person it is about', () => {
    const text = 'Ana Ruiz spoke a block from the shipyard, where about 80 protesters had assembled since dawn, chanting “fair pay, fair port.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ cue: 'chanting', mention: 'about 80 protesters' });
    // with no group in the sentence, the sentence's subject still chants
    expect(speakersOf('Ana Ruiz climbed onto a crate, chanting “one more term.”').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a quotation opens its paragraph on a person’s name and a colon ("Ana Ruiz: …"), then that person speaks, as a transcript label', () => {
    const text = 'Ana Ruiz chaired a harbour forum on Saturday. Tomas Berg called the plan too costly.\n\n' +
      '“Ana Ruiz: Look, look at the numbers. The dredging alone eats the budget.”\n\nThen the panel moved on.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
    // inside a sentence with its own cue, or with a label the article names no one by, it is no label
    expect(speakersOf('Ana Ruiz met critics. The protesters chanted “Ana Ruiz: sold the docks.”').quotes[0]).toMatchObject({ speaker: null, mention: 'The protesters' });
    expect(speakersOf('Tomas Berg spoke.\n\n“Bottom Line: the dredging alone eats the budget,” Berg said.').quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a possessive pronoun opens a voice ("Her spokesman said:", "his office said"), then the voice is the evidence and the owner speaks', () => {
    expect(speakersOf('Tomas Berg met Ana Ruiz on Monday. Later, Ruiz left. Her spokesman said: “We are ready.”').quotes[0])
      .toMatchObject({ speaker: 'Ana Ruiz', mention: 'Her spokesman', cue: 'said' });
    expect(speakersOf('Tomas Berg spoke on Monday. “We are ready,” his office said.').quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'his office' });
    // a relative is no voice of the owner, but a person of her own
    expect(speakersOf('Tomas Berg spoke on Monday. His wife said: “We are ready.”').quotes[0]).toMatchObject({ speaker: null, mention: 'His wife' });
  });

  test('when a possessive pronoun owns another person ("said his wife", "his lawyer said", "his Italian counterpart"), then that person speaks, never the owner', () => {
    const arrest = 'Paulo Reis was arrested on Monday in Faro.\n\n“He is innocent,” said his wife.\n\n“He is innocent,” his lawyer said.';
    const [wife, lawyer] = speakersOf(arrest).quotes;
    expect(wife).toMatchObject({ speaker: null, mention: 'his wife' });
    expect(lawyer).toMatchObject({ speaker: null, mention: 'his lawyer' });
    // a lawyer the article names is who "his lawyer" is
    const named = 'Paulo Reis was arrested on Monday. His lawyer, Ana Conti, spoke to reporters.\n\n“He is innocent,” his lawyer said.';
    expect(speakersOf(named).quotes[0]).toMatchObject({ speaker: 'Ana Conti', mention: 'his lawyer' });
    // a nation picks the counterpart out, and "he" goes on with the counterpart the sentence opened on
    const visit = 'The French Foreign Minister Paul Girard met Italian Foreign Minister Marco Bellini on Monday in Rome.\n\n' +
      '“We need time,” said his Italian counterpart.\n\nHis Italian counterpart was more cautious. “We need more time,” he said.';
    expect(speakersOf(visit).quotes.map((q) => q.speaker)).toEqual(['Marco Bellini', 'Marco Bellini']);
    // joined to its owner by "and", the pair speaks as one, and the named owner stands for both
    const pair = 'Manny Ortiz came early. He and his partner marched because they wanted to show that “fear will not win.”';
    expect(speakersOf(pair).quotes[0]!.speaker).toBe('Manny Ortiz');
    // unless a name set off after the description says who it is: then "her deputy" is that other person
    const deputy = 'The minister, Ana Ruiz, and her deputy, Tom Hale, visited the port on Monday.\n\n' +
      '“We will rebuild,” the deputy said.\n\n“It is a start,” the minister added.';
    expect(speakersOf(deputy).quotes.map((q) => q.speaker)).toEqual(['Tom Hale', 'Ana Ruiz']);
    // "her husband" is no "she"
    const wrote = 'Zoe Lima revealed that her husband had taken her name. She posted a message: “Men, you will not vanish,” she wrote.';
    expect(speakersOf(wrote).quotes[0]!.speaker).toBe('Zoe Lima');
  });

  test('when a name in marks that is no quotation stands before a person’s name ("the group «Renewal» Vadym Hryshchenko"), then the person’s name starts after the mark', () => {
    const text = 'The Rada adopted the law on Tuesday.\n\nThe deputy from the group «Renewal» Vadym Hryshchenko called the law a “gift for the big chains”. ' +
      '“Not one of our amendments passed”, – he said.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Vadym Hryshchenko', 'Vadym Hryshchenko']);
  });

  test('when the voice is named ("His spokesman, Tom Hale, said"), then the named person speaks, not the owner', () => {
    const before = 'Senator Ivo Bell faced questions on Monday. His spokesman, Tom Hale, said “the senator will not resign.”';
    expect(speakersOf(before).quotes[0]).toMatchObject({ speaker: 'Tom Hale', mention: 'Tom Hale', cue: 'said' });
    const after = 'Senator Ivo Bell faced questions on Monday. “The senator will not resign,” her spokeswoman, Lena Ortiz, said.';
    expect(speakersOf(after).quotes[0]).toMatchObject({ speaker: 'Lena Ortiz', mention: 'Lena Ortiz' });
    // unnamed, the voice still speaks as its owner
    expect(speakersOf('Senator Ivo Bell faced questions on Monday. “The senator will not resign,” his spokesman said.').quotes[0])
      .toMatchObject({ speaker: 'Ivo Bell', mention: 'his spokesman' });
  });

  test('when a described organisation sent a document ("The Ruiz campaign sent donors an email … the email read"), then it is the document’s author', () => {
    const text = 'Ana Ruiz spoke on Monday. The Ruiz campaign sent donors an email on Sunday. “Five euros keeps the ferry lights on,” the email read.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the email' });
    // "it" after the document is the document, and so its author, not the last organisation named
    const more = 'The Harbour Board met on Monday. ' + text + ' It stated that Tomas Berg is nervous about the “late swing.”';
    expect(speakersOf(more).quotes[1]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'It' });
  });

  test('when two people share a surname, then a title or the pronoun after the bare surname says which one it is', () => {
    const widow = 'Marta Ruiz, whose husband, trawler captain Paulo Ruiz, was lost in the March storm, came to the hearing on Thursday. ' +
      'Ruiz said she had no quarrel with the coastguard. “Nobody could have reached them,” she told reporters.';
    expect(speakersOf(widow).quotes[0]).toMatchObject({ speaker: 'Marta Ruiz', mention: 'she' });
    const brothers = 'The campaign brought his brother, George Ruiz, and his wife, Laura Ruiz, to the rally. Mr. Ruiz praised the candidate’s “deep faith.”';
    expect(speakersOf(brothers).quotes[0]).toMatchObject({ speaker: 'George Ruiz', mention: 'Mr. Ruiz' });
    // an office written with the surname says which one, whoever the surname stood for last (surname first, as Chinese
    // names are written)
    const office = 'Poisoning.\n\nHealth Bureau director Lin Mei-hua said: “The sauce was left out.”\n\nHospital physician Lin Chih-wei said most patients improved. ' +
      '“Elderly must be careful,” Lin said.\n\nRegarding this, Director Lin responded: “We check every month.”';
    expect(extract({ text: office }).claims.map((c) => c.speaker)).toEqual(['Lin Mei-hua', 'Lin Chih-wei', 'Lin Mei-hua']);
    // a description in the sentence before says which one a bare surname is, when nothing there names the other
    const context = 'Quake.\n\nState secretary Anouk de Vries travels to the area.\n\nThe coordinator, Pieter de Vries, is no family of hers. ' +
      '“We lag behind,” said De Vries.\n\nLater the state secretary published a release. “The trust,” writes De Vries, “we earn back house by house.”';
    expect(extract({ text: context }).claims.map((c) => c.speaker)).toEqual(['Pieter de Vries', 'Anouk de Vries', 'Anouk de Vries']);
  });

  test('when a sentence only presents someone ("Just look at Speaker X."), then the next sentence’s pronoun goes on with that person', () => {
    const text = 'Tomas Berg at least admits the harbour needs dredging. Not every leader does. ' +
      'Just look at Speaker Ana Ruiz. She calls the silt a myth. In 2019, she warned the board that dredging “wastes good money.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'warned' });
    // a name that does not close the presenting sentence is no topic of it
    const object = 'Tomas Berg spoke first. Take Ana Ruiz to the station, Berg told the driver. He later said it was “a long day.”';
    expect(speakersOf(object).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a document was named with its owner before ("The Norstat poll … according to the poll"), then the owner is its source', () => {
    const text = 'The Norstat poll has Ruiz two points ahead. Young voters, according to the poll, lean “strongly towards change.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Norstat', mention: 'the poll' });
  });

  test('when a possessive name follows a description and a comma, then it is no apposition of the description', () => {
    const text = 'The senior aide, Norland’s biggest newspaper reported, left early. “We will win,” the aide said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, mention: 'the aide' });
  });

  test('when a description ends on "of" and a number ("the mother of three"), then the number closes it and the description speaks', () => {
    const text = 'Ana Ruiz spoke on Tuesday. She was asked twice about the night shifts, and the 41-year-old mother of two replied, “Somebody has to cover them.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the 41-year-old mother of two', cue: 'replied' });
    expect(speakersOf('Tomas Berg left early. Asked why, the father of four said, “I was tired.”').quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'the father of four' });
  });

  test('when a participle is joined by "and" to an earlier one ("with X posting … and adding"), then it shares its subject', () => {
    const text = 'The ferry cancellations drew an angry response, with Ana Ruiz posting that the timetable was “a shambles” and adding, “Who signed this off?”';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a verb of ending takes "with" ("the video concludes with a clip of X saying"), then it reports nothing', () => {
    const text = 'The ad runs thirty seconds. The video concludes with a clip of Tomas Berg saying at a rally, “Nobody reads the fine print.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', cue: 'saying' });
  });

  test('when a quotation is followed by "a narrator in the spot asks", then the noun before the phrase speaks', () => {
    const text = 'Tomas Berg runs for mayor.\n\n“Where did the ferry money go?” a narrator in the Ruiz radio spot asks.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, mention: 'a narrator' });
  });

  test('when a sentence after a quotation is only its cue, with an apposition or an "of" phrase, then it still attributes it', () => {
    // ("H&W." reads as an initial, so the quotation stays in the sentence before it and its cue is a sentence of its own)
    const text = 'Tomas Berg threw a “Blue Sky” dinner for the harbour pilots on Sunday.\n\nThe old customs house alone saw ' +
      'two dozen receptions. The ferry line also let riders travel free, a gift paid for by H&W.\n\n' +
      '“Exhausting!” Rep. Ana Ruiz, D-Porto, said of the week of festival dinners.';
    expect(speakersOf(text).quotes[1]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'said' });
  });

  test('when a headline names a speaker, then a topic, then the words after a colon ("X on Y: ‘…’"), then X speaks', () => {
    const text = 'Radio Porto’s Ana Ruiz on the Toll Memo: “Shameful,” “Cynical.”\n\nA leaked memo suggests a former clerk set the tolls.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a noun that is also a speech verb speaks ("One tweet said:"), then the document is who speaks, shown as its description with no speaker named', () => {
    const text = 'Message boards filled with words of comfort. One tweet said: “Thinking of you all.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, mention: 'One tweet', cue: 'said' });
  });

  test('when "one of" a set of documents speaks ("with one of his ads asking"), then that document is who speaks, shown as its description with no speaker named', () => {
    const text = 'Ruiz has sat on the Porto High Court since 2014, after five years on the Porto ' +
      'District Bench.\n\nBerg’s campaign kept linking Ruiz to Mayor Lund, with one of his ads asking, “Who runs Ana Ruiz?”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, mention: 'one of his ads' });
  });

  test('when a crowd speaks ("the crowd chanted", "came shouts from the crowd"), then the crowd is who speaks, shown as its description with no speaker named', () => {
    const text = 'The chairwoman, Lena Ortiz, asked for a show of hands.\n\n“Read the names aloud,” came shouts from the crowd, and the gallery stamped its feet.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, mention: 'the crowd' });
    expect(speakersOf('Ana Ruiz spoke.\n\nThe crowd chanted, “Build the bridge!”').quotes[0]).toMatchObject({ speaker: null, mention: 'The crowd' });
  });

  test('when a description names no one ("a spokeswoman", "the marina staff"), then there is no speaker, and the evidence keeps its words and says so', () => {
    const text = 'The ferry line cut two routes on Monday.\n\n“Fuel costs left us no choice,” a spokeswoman said.\n\n' +
      '“Nobody told us,” the marina staff said.';
    const { quotes, result } = speakersOf(text);
    expect(quotes.map((q) => [q.speaker, q.mention])).toEqual([[null, 'a spokeswoman'], [null, 'the marina staff']]);
    expect(quotes[0]!.evidence).toBe('description "a spokeswoman" (no name found for it), right after the quote, cue "said"');
    // one article's "spokeswoman" is not the next one's: nothing is listed to be shared across articles
    expect(result.speakers).toEqual([]);
  });

  test('when a description holds a proper name ("the Harbour Authority", "the Nordland port director"), then it identifies its holder and speaks', () => {
    expect(speakersOf('Crews closed the pier.\n\n“The deck is unsafe,” the Harbour Authority said.').quotes[0]!.speaker).toBe('Harbour Authority');
    expect(speakersOf('Crews closed the pier.\n\n“We found rust in every beam,” said the Nordland port director.').quotes[0])
      .toMatchObject({ speaker: 'Nordland port director', mention: 'the Nordland port director' });
  });

  test('when a description with a proper name is introduced as someone new ("a Harbour Authority official") or is only a kind of person ("the Democrat"), then it names no one', () => {
    expect(speakersOf('Crews closed the pier.\n\n“The deck is unsafe,” a Harbour Authority official said.').quotes[0])
      .toMatchObject({ speaker: null, mention: 'a Harbour Authority official' });
    expect(speakersOf('Crews closed the pier.\n\n“Fix it now,” said the Democrat.').quotes[0]).toMatchObject({ speaker: null, mention: 'the Democrat' });
  });

  test('when the person noun is a trade ("engineer", "inspector", "firefighter"), then the person speaks, not the body named before the noun', () => {
    expect(speakersOf('Crews closed the pier.\n\n“The deck is unsafe,” said a Harbour Authority engineer.').quotes[0])
      .toMatchObject({ speaker: null, mention: 'a Harbour Authority engineer' });
    expect(speakersOf('Crews closed the pier.\n\n“We found rust,” the Nordland port inspector said.').quotes[0])
      .toMatchObject({ speaker: 'Nordland port inspector', mention: 'the Nordland port inspector' });
    expect(speakersOf('Smoke filled the hall.\n\n“The exits were blocked,” a firefighter said.').quotes[0]).toMatchObject({ speaker: null, mention: 'a firefighter' });
  });

  test('when a pronoun stands for a description that names no one, then there is no speaker and the evidence says the description has no name', () => {
    const text = 'The ferry captain waited at the dock.\n\n“We sail when the wind drops,” she said.';
    const q = speakersOf(text).quotes[0]!;
    expect(q).toMatchObject({ speaker: null, mention: 'she' });
    expect(q.evidence).toMatch(/^pronoun "she" → ferry captain \(no name found for it\), right after the quote/);
  });

  test('when a pronoun has two people to choose from, then their given names tell their gender', () => {
    const he = 'Dmitry Volkov and Svetlana Orlova signed the deal in Kazan. Orlova thanked the mayor.\n\n“It took two years,” he said.';
    expect(speakersOf(he).quotes[0]!.speaker).toBe('Dmitry Volkov');
    const she = 'Hillary Moss and Viktor Lang met in Graz. Lang thanked the mayor.\n\n“It took two years,” she said.';
    expect(speakersOf(she).quotes[0]!.speaker).toBe('Hillary Moss');
  });

  test('when a description repeats a title ("the senator"), then it resolves to the titled person', () => {
    const text = 'Sen. Laura Kim met the farmers’ union and its chairman Piet Vos.\n\n“This budget fails rural families,” the senator said.';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Laura Kim', mention: 'the senator' });
  });

  test('when a description sits in a sentence with one of two named people, then it stands for the other', () => {
    const text = 'Queen Amara Osei received Chancellor Viktor Lang in Accra.\n\nLang spoke warmly of the host of the palace.\n\n“Our trade will double,” the host of the palace declared.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Amara Osei');
  });

  test('when an article opens on a pull quote, then the next sentence’s speaking subject owns it', () => {
    const text = '“We will rebuild every bridge”.\n\nVisiting the valley on Monday, engineer Sofia Brandt was the first to speak to the villagers.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Sofia Brandt');
  });

  test('when an apposition names a role, then the speaker carries it', () => {
    const text = 'Ada Mensah, professor of hydrology at the Coastal Institute, was blunt. “The sea wall is too low,” Mensah said.';
    const { result, quotes } = speakersOf(text);
    expect(quotes[0]!.speaker).toBe('Ada Mensah');
    expect(result.speakers[0]!.role).toContain('professor of hydrology');
    // a phrase opening on a preposition is no apposition: Berg is no spokeswoman
    const through = speakersOf('Tomas Berg was dismissed. Berg, through his lawyer, refused to say more. “The port is safe,” Berg said.');
    expect(through.result.speakers[0]).toMatchObject({ name: 'Tomas Berg', role: null });
    // nor is a clause opening on a participle: Ruiz is not "mocking the Porto mayor's spending"
    const ad = speakersOf('The Berg campaign handed out a flyer attacking Ana Ruiz, mocking the Porto mayor’s spending.\n\n“We have the receipts,” Ruiz said.');
    expect(ad.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: null });
  });

  test('when "who was" or "who served as" follows a name’s comma, then the noun phrase after it is the role, cut where a clause or a time begins', () => {
    const was = speakersOf('Lena Ortiz, who was the harbour board’s chief pilot, retired in May.\n\n“The tides have changed,” Ortiz said.');
    expect(was.result.speakers[0]).toMatchObject({ name: 'Lena Ortiz', role: 'harbour board’s chief pilot' });
    const served = speakersOf('Tomas Berg, who served as general counsel of the port authority during the 2019 strike, spoke first. “We held the line,” Berg said.');
    expect(served.result.speakers[0]).toMatchObject({ name: 'Tomas Berg', role: 'general counsel of the port authority' });
    const later = speakersOf('Ana Ruiz, who was the mayor’s press officer and later a deputy mayor, spoke first. “We knew,” Ruiz said.');
    expect(later.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: 'mayor’s press officer' });
    const also = speakersOf('Ada Mensah, who is also the institute’s director, was blunt. “The wall is too low,” Mensah said.');
    expect(also.result.speakers[0]).toMatchObject({ name: 'Ada Mensah', role: 'institute’s director' });
    // an apposition ends where a clause about the person begins
    const clause = speakersOf('Ada Mensah, an engineer who has studied the sea wall for years, was blunt. “It is too low,” Mensah said.');
    expect(clause.result.speakers[0]).toMatchObject({ name: 'Ada Mensah', role: 'engineer' });
    // an office written before the name is what the person is now; the clause tells what she was
    const office = speakersOf('“We will win,” said Senate Majority Leader Tomas Ferrer, who was once the port’s treasurer.');
    expect(office.result.speakers[0]).toMatchObject({ name: 'Tomas Ferrer', role: 'Senate Majority Leader' });
  });

  test('when any other clause follows a name’s comma ("whose son …", "who has …", "who was elected …"), then it is no role', () => {
    const whose = speakersOf('Maria Lopez, whose son was hurt in the flood, spoke at the hearing. “Nobody warned us,” Lopez said.');
    expect(whose.result.speakers[0]).toMatchObject({ name: 'Maria Lopez', role: null });
    const husband = speakersOf('Maria Lopez, whose husband, a ferry captain, drowned in 2019, spoke first. “Nobody warned us,” Lopez said.');
    expect(husband.result.speakers[0]).toMatchObject({ name: 'Maria Lopez', role: null });
    const has = speakersOf('Tomas Berg, who has a narrow lead over the harbour master, spoke first. “We will win,” Berg said.');
    expect(has.result.speakers[0]).toMatchObject({ name: 'Tomas Berg', role: null });
    const could = speakersOf('Ana Ruiz, who could become the first woman to serve as mayor of Porto, spoke first. “We will win,” Ruiz said.');
    expect(could.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: null });
    const elected = speakersOf('Tomas Berg, who was elected mayor in 2019, spoke first. “We will win,” Berg said.');
    expect(elected.result.speakers[0]).toMatchObject({ name: 'Tomas Berg', role: null });
  });

  test('when "that" or "both" stands before an office and a name ("said that Mayor Ana Ruiz …"), then the office alone is the role', () => {
    const said = speakersOf('The clerk said that Mayor Ana Ruiz would sign the bill. “It is done,” Ruiz said.');
    expect(said.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: 'Mayor' });
    const gave = speakersOf('The board passed a rule that gave Governor Tomas Berg new powers.\n\n“I will use them,” Berg said.');
    expect(gave.result.speakers[0]).toMatchObject({ name: 'Tomas Berg', role: 'Governor' });
    const both = speakersOf('The clerk noted that both Mayor Ana Ruiz and Governor Tomas Berg had signed. “It is done,” Ruiz said.');
    expect(both.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: 'Mayor' });
  });

  test('when a possessive description stands before an apposed name ("Its chief executive, Maria Lopez,"), then it is the role, naming the body "its" goes back to', () => {
    const its = speakersOf('Northwind Energy announced layoffs on Friday. Its chief executive, Maria Lopez, said: “This is a hard day.”');
    expect(its.quotes[0]!.speaker).toBe('Maria Lopez');
    expect(its.result.speakers[0]).toMatchObject({ name: 'Maria Lopez', role: 'chief executive of Northwind Energy' });
    // "his" and "her" are not resolved for the role: the role is the description as written
    const her = speakersOf('Senator Lena Ortiz was in Porto. Her lawyer, Ana Ruiz, said: “She did nothing wrong.”');
    expect(her.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: 'lawyer' });
    const his = speakersOf('Tomas Berg stayed home. His spokesman, Tom Hale, met reporters.\n\n“He will not run,” Hale said.');
    expect(his.result.speakers[0]).toMatchObject({ name: 'Tom Hale', role: 'spokesman' });
    // "its" going back to no name ("the council") leaves the role as written, "of" and all
    const council = speakersOf('The council praised its longtime chief of staff, Tomas Berg, on Monday.\n\n“I am grateful,” Berg said.');
    expect(council.result.speakers[0]).toMatchObject({ name: 'Tomas Berg', role: 'longtime chief of staff' });
    // an office written before the name says more than a role whose owner is a pronoun
    const office = speakersOf('“We will win,” said Senate Majority Leader Tomas Ferrer.\n\nAna Ruiz spent the day with her chief rival, Ferrer, in Porto.');
    expect(office.result.speakers[0]).toMatchObject({ name: 'Tomas Ferrer', role: 'Senate Majority Leader' });
  });

  test('when the name after a possessive description and a comma opens a list or a clause, then the description is not its role', () => {
    const list = speakersOf('Northwind Energy announced layoffs. Its chief executive, Maria Lopez and two board members met on Friday.\n\n“It is a hard day,” Lopez said.');
    expect(list.result.speakers[0]).toMatchObject({ name: 'Maria Lopez', role: null });
    const names = speakersOf('Northwind Energy grew. Its founder, Ana Ruiz, Tom Hale and Ben Kowal met.\n\n“We are proud,” Ruiz said.');
    expect(names.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: null });
    // a subject after an opening phrase: Hale is not his own lawyer
    expect(speakersOf('Asked about his lawyer, Tom Hale said: “No comment.”').result.speakers[0]).toMatchObject({ name: 'Tom Hale', role: null });
    // a comma closing the apposition before "and" leaves the role hers, and what follows the "and" is no one's role
    const closed = speakersOf('Northwind Energy grew. Its chief executive, Maria Lopez, and two board members met.\n\n“It is a hard day,” Lopez said.');
    expect(closed.result.speakers[0]).toMatchObject({ name: 'Maria Lopez', role: 'chief executive of Northwind Energy' });
    const and = speakersOf('The flyer named Ana Ruiz, and the harbour master too.\n\n“It is a lie,” Ruiz said.');
    expect(and.result.speakers[0]).toMatchObject({ name: 'Ana Ruiz', role: null });
    const as = speakersOf('The board met Tomas Berg, as an adviser to the mayor.\n\n“It is a lie,” Berg said.');
    expect(as.result.speakers[0]).toMatchObject({ name: 'Tomas Berg', role: null });
  });

  test('when a short name follows the full one, then the canonical name is the fullest and the short one an alias', () => {
    const text = 'Rafael Ortiz Mendes runs the ferry company. “Prices will rise,” Mendes said.';
    const { result, quotes } = speakersOf(text);
    expect(quotes[0]!.speaker).toBe('Rafael Ortiz Mendes');
    expect(result.speakers[0]!.aliases).toContain('Mendes');
  });

  test('when a spokesman speaks for an organisation, then the organisation is the speaker', () => {
    const text = 'The Northern Rail Company cancelled all trains. “Safety comes first,” a spokesman for the Northern Rail Company said.';
    const { result, quotes } = speakersOf(text);
    expect(quotes[0]!.speaker).toBe('Northern Rail Company');
    expect(result.speakers[0]!.kind).toBe('organization');
  });

  test('when a quoted phrase follows a noun for something said with a possessive ("her comment that", "his promise to stay"), then the possessor said it', () => {
    const text = 'Ana Ruiz spoke in Porto. The dockers will hardly vote for her after her June comment that “we will close the yards.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
    const promise = 'Tomas Berg’s old speeches, above all his promise to stay “impartial” in the talks, unsettled the union.';
    expect(speakersOf(promise).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'his' });
    // a verb of speech in between is the cue instead
    const verb = 'After her comment, Tomas Berg said the yards are “safe.”';
    expect(speakersOf(verb).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when "according to" ends the sentence of a quoted phrase with no speech verb, then its source owns the phrase', () => {
    const text = 'The union wants the rise by June.\n\nDock pay in Porto is “well below the coast average,” according to the Porto Labour Institute.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Porto Labour Institute', cue: 'according to' });
    // a speech verb in between makes the phrase that speaker's, and the source only where it was reported
    const said = 'A “fair wage” is what Ana Ruiz said the port pays, according to the Porto Labour Institute.';
    expect(speakersOf(said).quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when "according to" names a document by its maker ("calculations by X", "a release from X"), then the maker is the source', () => {
    const text = 'The union wants the rise by June. A pilot’s “real cost of living” in Porto is €2,100 a month, according to calculations by Ana Ruiz of the Porto Institute.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
    // a document named with no maker stays the source itself
    const bare = 'The rise is “significant,” according to a harbour notice posted on Monday.';
    expect(speakersOf(bare).quotes[0]!.mention).toBe('a harbour notice');
  });

  test('when "according to" names the source, then it is the speaker', () => {
    const { quotes } = speakersOf('The dam held, according to the Water Safety Agency, which called it “a close call.”');
    expect(quotes[0]!.speaker).toBe('Water Safety Agency');
  });
});

describe('attribution: a bare title heading a headline', () => {
  const speakers = (text: string) => extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.speaker);

  test('when a headline’s subject is a title or role word alone ("Chancellor praises …"), then it names no speaker', () => {
    expect(speakers('Chancellor praises \'bold\' reforms')).toEqual([null]);
    expect(speakers('Mayor says \'enough\' after third flood in a month')).toEqual([null]);
    // a subheading between paragraphs of prose reads the same way
    expect(speakers('The river rose again overnight.\n\nSpokeswoman denies \'cover-up\'\n\nThe council met on Monday.')).toEqual([null]);
  });

  test('when the article names someone in that role, then the headline’s bare title is that person', () => {
    const text = 'Governor vows \'no new taxes\' in budget speech\n\nGov. Lena Ortiz on Tuesday promised to hold the line on spending.';
    expect(speakers(text)).toEqual(['Lena Ortiz']);
  });

  test('when an office in capitals with no article stands before a person’s name ("said Head of the Port Division, Ana Ruiz,"), then she is the speaker', () => {
    const text = 'Rice prices soar.\n\n“Stock in our warehouse is enough until the holidays,” said Head of Perum Pangan East Java Division, Rina Wulandari, when met on Tuesday.';
    expect(speakers(text)).toEqual(['Rina Wulandari']);
    expect(speakers(text.replace('Head of Perum Pangan East Java Division', 'Director of the Harbour Authority'))).toEqual(['Rina Wulandari']);
    // a body's noun before "of" is the body's name, which speaks itself
    expect(speakers('Rice prices soar.\n\n“Stock is enough,” said Ministry of Trade, in a statement.')).toEqual(['Ministry of Trade']);
  });

  test('when a headline’s speaker is a body’s noun alone ("Association speaks of «…»") and the article quotes the words from a person, then that person said them', () => {
    const text = 'Harbour: council wants a toll. Association speaks of «theft in daylight»\n\nThe president of the Harbour Traders Association, Ana Ruiz, reacted. «This is theft in daylight. We will sue», she declared.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a headline’s speaker is an office after the place it serves ("Porto Governor: «…»") and the article quotes the words from a person, then that person said them', () => {
    const text = 'Porto Governor: «Porto is no shelter for smugglers»\n\nThe police raided a warehouse on Tuesday night.\n\nThe governor of Porto, Ana Ruiz, affirmed: «Porto is no shelter for smugglers. Whoever uses our port will be punished».';
    const claims = extract({ text }).claims.filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a headline gives a body the words the article quotes from a person ("Flood in Demak, BPBD: “…”"), then that person said them', () => {
    const text = 'Flood Submerges 12 Villages in Demak, BPBD: “Embankment of the River Broke Again”\n\n' +
      'The head of the agency BPBD Demak, Agus Wibowo, said the embankment broke along 40 meters.\n\n' +
      '“Embankment of the river broke again at a point near last year’s. The water came very fast,” said Agus on Monday.';
    expect(extract({ text }).claims.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Agus Wibowo', 'Agus Wibowo']);
  });

  test('when a headline opens on a place before its colon ("Dunmore: … „…“") and the article quotes the words from a person, then that person said them', () => {
    const text = 'Dunmore: the market burned in the night, the traders cry „all we had is gone“\n\n' +
      'The fire took the big market of Dunmore on Wednesday night.\n\n' +
      'Ana Ruiz, a cloth seller, stood before the ashes. „All we had is gone. My savings were in the shop,“ she told the Harbour Post.';
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a headline gives its quotation to a pronoun ("the coach he says »…«"), then the person the article quotes the words from said them', () => {
    const text = 'Football: Porto Vale takes the cup, the coach he says »we have eaten the bread of suffering«\n\n' +
      'The veteran coach of Porto Vale could not stop the tears. Tomas Berg spoke to the press after the final. ' +
      '»We have eaten the bread of suffering all this season,« Berg said.';
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.speaker)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  test('when a headline opens on a person before its colon ("Ruiz: „…“"), then it stays that person’s words', () => {
    const text = 'Ruiz: „the port will reopen“\n\nThe harbour closed on Monday. Ana Ruiz is the mayor of Dunmore.\n\n' +
      '„The port will reopen on Friday,“ said Tomas Berg, the harbour master.';
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Tomas Berg']);
  });

  test('when a title word is someone’s surname ("Rep. Peter King … King said") or stands in prose, then it is still a name', () => {
    expect(speakers('Rep. Peter King spoke first.\n\n“No deal,” King said.')).toEqual(['Peter King']);
    expect(speakers('The synod ended on Sunday.\n\n“We will see,” Bishop said.')).toEqual(['Bishop']);
  });
});

describe('attribution: the subject of a quotation’s sentence', () => {
  it('when a city office precedes the name, then it is a title, not part of the name', () => {
    expect(speakersOf('The council met. “We will vote,” said Chicago Alderwoman Ana B. Ruiz.').quotes[0]?.speaker).toBe('Ana B. Ruiz');
  });

  it('when an organisation’s capitalised name runs on after "of" or "for", then the whole is its name, and the person before "of the" speaks', () => {
    const text = 'Ruiz leads in a survey the Civic Research Institute of Porto carried out last week.\n\nThe CRIP poll was taken ' +
      'by telephone.\n\nOlder voters, according to the poll, favour “a slower toll rise.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Civic Research Institute of Porto', mention: 'the poll' });
    const lewis = '“The hull could not take that load,” Tomas Berg of the Harbour Centre for Maritime Studies wrote on his blog.';
    expect(speakersOf(lewis).quotes[0]).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('when the name before the verb follows "of", then the one before "of" speaks, unless the name has a title of its own', () => {
    expect(speakersOf('The union and Mayor Tomas Berg oppose the plan. Ana Ruiz of Porto said the plan left her “speechless.”').quotes[0]?.speaker)
      .toBe('Ana Ruiz');
    expect(speakersOf('The board met. Speaker of the House Rep. Ana Ruiz said “the plan is dead.”').quotes[0]?.speaker).toBe('Ana Ruiz');
  });

  it('when a quoted word stands for the verb after a fronted clause ("When pressed on X, Ruiz “fumed”"), then the main clause’s subject owns it', () => {
    const text = 'Ana Ruiz, a law professor, ran against the mayor.\n\nWhen pressed on Tomas Berg’s empty chair, Ruiz “fumed” and walked out.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
  });

  it('when the sentence opens on "For X," or "To X," naming a person, then the quoted view is that person’s', () => {
    const text = 'Ana Ruiz of Porto knows Tomas Berg better than most voters.\n\nTo Ruiz, Berg is the “gentle and generous” neighbour who rebuilt her barn.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz', cue: 'To' });
    expect(speakersOf('Tomas Berg spoke first. For Ana Ruiz, the plan is “a disgrace.”').quotes[0]!.speaker).toBe('Ana Ruiz');
    // a place or an occasion after "To" or "For" is no one's view
    expect(speakersOf('Tomas Berg spoke first. For Christmas, the port plans “a festival of light.”').quotes[0]!.speaker).not.toBe('Christmas');
  });

  it('when a name opening the sentence modifies a person noun ("HWF director Ana Ruiz"), then the person is who the sentence is about', () => {
    const text = 'The HWF met on Monday. HWF director Ana Ruiz kept the port open although her own survey listed “serious cracks” in two piles.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('when the sentence opens on a subordinate clause with a subject of its own, then the main clause’s subject is the speaker', () => {
    const { quotes } = speakersOf(
      'Mayor Ana Ruiz spoke first. On Monday evening as the harbour officials filed into the hall, Tomas Berg began by urging the council to “trust” the plan.',
    );
    expect(quotes[0]?.speaker).toBe('Tomas Berg');
    // a fronted phrase of circumstance ("With …,", "Despite …,") is such a clause too
    const withPhrase = 'With the ferry vote a week away, Mayor Tomas Berg has printed a fresh banner: “Our port, our call.”';
    expect(speakersOf(withPhrase).quotes[0]?.speaker).toBe('Tomas Berg');
    // so is a phrase fronted by a preposition, for a participle ("…, saying") that takes the sentence's subject
    expect(speakersOf('Despite Tomas Berg objecting loudly, Ana Ruiz stood up, saying, “We are ready.”').quotes[0]?.speaker).toBe('Ana Ruiz');
    expect(speakersOf('Alongside HWF demands for a pay rise, Mayor Ana Ruiz said the budget is tight, adding, “We are ready.”').quotes[0]?.speaker).toBe('Ana Ruiz');
    // a preposition or a sentence adverb opening the sentence is no part of the name after it
    expect(speakersOf('Separately Ana Ruiz said “we are ready.”').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
    expect(speakersOf('Alongside Tomas Berg, Ana Ruiz said “we are ready.”').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('attribution: quotes across paragraphs', () => {
  test('when a quotation runs over three paragraphs and only its last names the speaker, then every paragraph is that speaker’s, not the narrative’s subject before it', () => {
    const text = 'Finance Minister Ana Ruiz presented the budget on Tuesday.\n\nLabour Minister Tomas Berg said he would not back down.\n\n' +
      '"The first thing to say is that this budget is fair.\n\n"The second is that it protects the poorest households.\n\n' +
      '"And the third is that it was negotiated in good faith," Ruiz said in a statement.';
    const { claims } = extract({ text });
    expect(claims.filter((c) => c.kind !== 'indirect').map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
    // (Berg's own sentence is his reported claim)
    expect(claims.filter((c) => c.kind === 'indirect').map((c) => [c.text, c.speaker])).toEqual([['he would not back down', 'Tomas Berg']]);
  });

  test('when a quote continues in the next paragraph without a new cue, then it keeps the speaker', () => {
    const text = '“We rebuilt the school in six weeks,” said Noor Haddad, the headteacher.\n\n“The children are back and the roof holds.”';
    const { quotes } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Noor Haddad', 'Noor Haddad']);
    expect(quotes[1]!.mention).toBe('Noor Haddad');
  });

  test('when a scraper cut the cue into the next paragraph, then the cue is still found', () => {
    const text = 'Defence minister Karl Janssen visited the base.\n\n“\n\nOur patrols will double\n\n,” he declared.';
    const quotes = [{ start: text.indexOf('Our'), end: text.indexOf('double') + 6, kind: 'direct' as const, openAt: -1, closeEnd: -1, repairs: [], confidence: 1 }];
    const { quotes: got } = speakersOf(text, quotes);
    expect(got[0]).toMatchObject({ speaker: 'Karl Janssen', mention: 'he', cue: 'declared' });
  });

  test('when a quote stands alone and the next quote carries the cue, then they share it', () => {
    const text = 'What next?\n\n“Perhaps a new canal.\n\nLike the one in the north,” suggests Lena Fischer, an engineer.';
    const quotes = [
      { start: text.indexOf('Perhaps'), end: text.indexOf('canal.') + 6, kind: 'direct' as const, openAt: -1, closeEnd: -1, repairs: [], confidence: 1 },
      { start: text.indexOf('Like'), end: text.indexOf('north') + 5, kind: 'direct' as const, openAt: -1, closeEnd: -1, repairs: [], confidence: 1 },
    ];
    expect(speakersOf(text, quotes).quotes.map((q) => q.speaker)).toEqual(['Lena Fischer', 'Lena Fischer']);
  });

  test('when a transcript line opens on a label (NAME: …), then the label names the speaker', () => {
    const text = 'Anchor Ruth Adler interviewed the mayor.\n\n“ADLER: Will the tunnel open on time?”\n\n“BAKER: It will.”';
    const { quotes } = speakersOf(text);
    expect(quotes[0]).toMatchObject({ speaker: 'Ruth Adler', mention: 'ADLER' });
    expect(quotes[1]).toMatchObject({ speaker: 'Baker', mention: 'BAKER' });
  });

  test('when a relative clause speaks ("X, who said …"), then "who" is the evidence and X the speaker', () => {
    const { quotes } = speakersOf('The bill passed with help from Sen. Ida Moreau, who said it was “long overdue.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Ida Moreau', mention: 'who' });
  });

  test('when "who" follows a place ("dockers in Porto and the United States who …"), then it stands for no place', () => {
    const text = 'Ana Ruiz favors a lower rise. She sided with dockers in Porto and the United States who demanded a “wage you can live on.”';
    // the dockers who demanded it are named by no one
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: null, cue: 'demanded' });
  });

  test('when a headline holds "X’s Y Remarks", then "Remarks" is a noun and the headline’s verb names the speaker', () => {
    const text = 'Ruiz Says Hackers Hit Port, Calls Berg’s Lisbon Remarks “Troubling.”\n\nPORTO (Reuters) - Mayor Ana Ruiz said ' +
      'hackers had hit the port. Tomas Berg and Lisbon officials spoke on Monday.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'Says' });
  });

  test('when a title-case headline ends on "Says", then the name before it is the speaker', () => {
    const text = 'Budget Cuts Are ‘Reckless’, Governor Tom Reyes Says\n\nThe state budget was published on Monday.';
    const start = text.indexOf('Reckless');
    const { quotes } = speakersOf(text, [
      { start, end: start + 8, kind: 'partial', openAt: start - 1, closeEnd: start + 9, repairs: [], confidence: 1 },
    ]);
    expect(quotes[0]!.speaker).toBe('Tom Reyes');
  });

  test('when a cue-less quote follows a sentence whose cue names someone, then it is theirs', () => {
    const text = 'Mayor Ida Holm opened the market. Prices will rise again, said Tomas Berg, an analyst at Nordbank.\n\n“Nobody can stop that now.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when the article names nobody, then the attribution is null', () => {
    const { quotes } = speakersOf('The weather turned. “Bring an umbrella” was written on the door.');
    expect(quotes[0]!.speaker).toBeNull();
  });
});

describe('attribution: sources and reported speech', () => {
  test('when only punctuation follows the name after "According to …," then no reported claim is made, and no span ends before it starts', () => {
    const text = 'The port reopened.\n\nAccording to the minister, Ana Ruiz, ,(?: ';
    const { claims } = extract({ text });
    expect(claims.filter((c) => c.kind === 'indirect')).toEqual([]);
    for (const c of claims) expect(c.start).toBeLessThan(c.end);
    // with words after the name the claim is made, from the first of them
    const made = extract({ text: 'The port reopened.\n\nAccording to the minister, Ana Ruiz, the ferries run again.' }).claims;
    expect(made.filter((c) => c.kind === 'indirect').map((c) => c.text)).toEqual(['the ferries run again']);
  });

  test('when the cue names an agency ("told Reuters"), then it is the source', () => {
    const { quotes } = speakersOf('“We are ready,” Omar Haddad told Reuters on Friday.');
    expect(quotes[0]).toMatchObject({ speaker: 'Omar Haddad', source: 'Reuters' });
  });

  test('when the source is followed by its acronym in brackets ("told the Baltic Press Agency (BPA)"), then the source keeps both names', () => {
    const source = (text: string) => speakersOf(text).quotes[0]!.source;
    expect(source('“The dyke held,” Mayor Ivo Krall said on Monday to the Baltic Press Agency (BPA).')).toBe('Baltic Press Agency (BPA)');
    // (a bracket that holds no acronym is left out)
    expect(source('“The dyke held,” Mayor Ivo Krall said on Monday to the Baltic Press Agency (in Riga).')).toBe('Baltic Press Agency');
  });

  test('when the verb comes last with the station "to" before it ("…, to Sandur Vani told:"), then the station is the source', () => {
    const text = 'Ramesh Patil, who has sold cotton at the yard for twenty years, to Sandur Vani told:\n\n“The price fell by half in one week.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ramesh Patil', source: 'Sandur Vani' });
    // ("told" with its listener after it leaves the name before it alone)
    expect(speakersOf('Ramesh Patil, who moved to Sandur Vani told reporters: “The price fell by half.”').quotes[0]!.source).toBeNull();
  });

  test('when a broadcaster’s programme opens the sentence before the cue ("Tuesday on KPRT’s Dawn, Marsh said"), then the broadcaster is the source', () => {
    expect(speakersOf('Tuesday on KPRT’s Dawn, Lena Marsh said the pier was “safe.”').quotes[0]).toMatchObject({ speaker: 'Lena Marsh', source: 'KPRT' });
  });

  test('when the cue names a broadcaster the word lists do not know by its possessive ("told HBN’s Early Tide"), then it is the source', () => {
    const source = (text: string) => speakersOf(text).quotes[0]!.source;
    expect(source('“We will not sign,” Ana Ruiz told HBN’s Early Tide on Sunday.')).toBe('HBN');
    expect(source('“We will not sign,” Ana Ruiz said on Coast Radio’s Morning Desk.')).toBe('Coast Radio');
    expect(source('“We will not sign,” Ana Ruiz told HBN’s Lena Ortiz.')).toBe('HBN');
    // a person's possessive, or a lower-case noun after the possessive, names no broadcaster
    expect(source('“We will not sign,” Ana Ruiz told Tomas Berg’s Harbour Board.')).toBeNull();
    expect(source('“We will not sign,” Ana Ruiz told the HBN’s board members.')).toBeNull();
    // an office after it is the organisation's officer, not a programme
    expect(source('“We will not sign,” Ana Ruiz told the PBA’s Secretary General.')).toBeNull();
  });

  test('when the cue names a broadcaster by its possessive ("told NBC’s Meet the Press"), then the broadcaster is the source', () => {
    expect(speakersOf('“We will not sign it,” Lena Ortiz told NBC’s Meet the Press on Sunday.').quotes[0]).toMatchObject({ speaker: 'Lena Ortiz', source: 'NBC' });
    expect(speakersOf('“The budget is balanced,” Omar Haddad said on BBC’s Newsnight.').quotes[0]).toMatchObject({ speaker: 'Omar Haddad', source: 'BBC' });
  });

  test('when the words came "in a statement", "in an interview" or "in a report", then that form names no source, and the article’s outlet stands', () => {
    for (const form of ['in a statement', 'in an interview', 'in a written report']) {
      const text = `The port reopened.\n\n“We are ready,” Omar Haddad, the port director, said ${form}.`;
      expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Omar Haddad', source: null });
    }
    const wire = 'LISBON (Harbour Wire) — The port reopened.\n\n“We are ready,” Ines Moreau said in a statement on Friday.';
    expect(extract({ text: wire }).claims[0]).toMatchObject({ speaker: 'Ines Moreau', source: 'Harbour Wire' });
  });

  test('when "according to" names a document from its maker ("a statement from the company"), then the maker speaks, not the document', () => {
    const named = 'Nordvik Shipping Group cut its fleet.\n\nAccording to a statement from the company, losses doubled in the second quarter.';
    const { result } = speakersOf(named);
    expect(result.speakers.find((s) => s.key === result.indirect[0]!.attribution.speakerKey)?.name).toBe('Nordvik Shipping Group');
    // unnamed, the maker as described is who reports it, never the letter
    const letter = 'According to a letter from the union, wages will rise by four percent next year.';
    const unnamed = speakersOf(letter).result;
    const { speakerKey, mention, evidence } = unnamed.indirect[0]!.attribution;
    expect(speakerKey).toBeNull();
    expect(mention && letter.slice(mention.start, mention.end)).toBe('the union');
    expect(evidence).toContain('description "the union" (no name found for it)');
    expect(unnamed.speakers).toEqual([]);
  });

  test('when the sentence before sets up an interview the speaker gave, then that venue is the source', () => {
    const text = 'Admiral Lea Voss sat down on Monday for an interview with the Baltic Press Agency. “No ship will be left unguarded,” she said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Lea Voss', source: 'Baltic Press Agency' });
  });

  test('when a claim opens with "according to", then it is an indirect claim of that source', () => {
    const text = 'According to the Harbour Authority, three ships were damaged in the storm.';
    const { result } = speakersOf(text);
    expect(result.indirect).toHaveLength(1);
    const claim = result.indirect[0]!;
    expect(text.slice(claim.start, claim.end)).toBe('three ships were damaged in the storm');
    const speaker = result.speakers.find((s) => s.key === claim.attribution.speakerKey);
    expect(speaker?.name).toBe('Harbour Authority');
  });

  test('when a name in apposition follows the source of "according to" ("the port’s chief economist, Lars Holm,"), then the claim starts after it and the named person is its speaker, no source', () => {
    const cases = [
      ['According to the port authority’s chief economist, Lars Holm, cargo volumes will double by 2030.', 'Lars Holm', 'cargo volumes will double by 2030'],
      ['According to the education minister, Inés Ferreira, schools will reopen on the first of May.', 'Inés Ferreira', 'schools will reopen on the first of May'],
    ] as const;
    for (const [text, name, claimText] of cases) {
      const { result } = speakersOf(text);
      expect(result.indirect).toHaveLength(1);
      const claim = result.indirect[0]!;
      expect(text.slice(claim.start, claim.end)).toBe(claimText);
      expect(result.speakers.find((s) => s.key === claim.attribution.speakerKey)?.name).toBe(name);
      // a person is who the words are from; the agency or venue is left to the article's outlet
      expect(claim.attribution.source).toBeNull();
    }
    // a name that is someone else than the source ("According to police, Ana Ruiz, 45, …") is part of the claim
    const other = 'According to the harbour police, Ana Ruiz, 45, was arrested on Monday night.';
    const claim = speakersOf(other).result.indirect[0]!;
    expect(other.slice(claim.start, claim.end)).toBe('Ana Ruiz, 45, was arrested on Monday night');
  });

  test('when a wire dateline opens the reported sentence, then the claim starts after it and a capitalised adjective is no speaker', () => {
    const text = 'Harbour vote nears.\n\nPORTVILLE, Ore., Dec. 11 (UPI) — Dockworkers now back Sen. Lena Marsh, an avowed Democratic socialist, a harbour survey suggests.';
    const { claims, speakers } = extract({ text });
    const claim = claims.find((c) => c.kind === 'indirect')!;
    expect(claim.text).toBe('Dockworkers now back Sen. Lena Marsh, an avowed Democratic socialist');
    expect(speakers.map((s) => s.name)).not.toContain('Democratic');
  });

  test('when a capitalised noun modifies another in a list ("the mayor, Democrat politicians and the press"), then it is no speaker', () => {
    const text = 'By Friday, the harbour board, Democrat politicians and the local radio were all repeating the “toll” line.';
    expect(speakersOf(text).result.speakers.map((s) => s.name)).not.toContain('Democrat');
  });

  test('when reported speech ends with ", he assured", then the clause before is his indirect claim', () => {
    const text = 'Finance minister Idris Bello met the bankers. The bonds will be repaid on schedule, he assured after the talks.';
    const { result } = speakersOf(text);
    const claim = result.indirect[0]!;
    expect(text.slice(claim.start, claim.end)).toBe('The bonds will be repaid on schedule');
    expect(result.speakers.find((s) => s.key === claim.attribution.speakerKey)?.name).toBe('Idris Bello');
  });

  test('when a paragraph opens on the speaker’s "I" or "We" and runs on to a closing cue, then it is one quotation that lost its marks', () => {
    const text = 'Strike.\n\nThe mayor Ana Ruiz spoke after the vote.\n\nWe have heard the drivers. The changes will come in autumn, added the mayor in the post.';
    const claim = extract({ text }).claims[0]!;
    expect(claim).toMatchObject({ kind: 'unmarked', speaker: 'Ana Ruiz', text: 'We have heard the drivers. The changes will come in autumn' });
    expect(claim.repairs.map((r) => r.code)).toEqual(['marks-lost']);
    // a clause one of its sentences reports is inside it, no claim of its own
    const told = text.replace('We have heard the drivers.', 'We said that the fares will rise.');
    expect(extract({ text: told }).claims.map((c) => c.text)).toEqual(['We said that the fares will rise. The changes will come in autumn']);
    // a reporter's sentences before the cue stay his: the last clause is the reported claim
    const reported = 'Turnout.\n\nThe clerk Ana Ruiz counted all night.\n\nTurnout was a record. More than a million voted, Ruiz said.';
    expect(extract({ text: reported }).claims[0]).toMatchObject({ kind: 'indirect', text: 'More than a million voted' });
    // as is a paragraph whose first-person words are the paper's
    const paper = 'Turnout.\n\nThe clerk Ana Ruiz counted all night.\n\nAs we reported, turnout was a record. More than a million voted, Ruiz said.';
    expect(extract({ text: paper }).claims[0]).toMatchObject({ kind: 'indirect', text: 'More than a million voted' });
    // and one clause in the first person, with no sentence before it, is as often written down as reported speech
    const one = 'Bonds.\n\nThe minister Idris Bello met the bankers.\n\nWe will repay the bonds, he assured.';
    expect(extract({ text: one }).claims[0]).toMatchObject({ kind: 'indirect', text: 'We will repay the bonds' });
  });

  test('when a sentence opens on a participle of speech and "that" ("Stating that …, Uraloğlu said"), then the clause before its subject is that subject\'s claim', () => {
    const text = 'Metro\n\nThe minister Abdulkadir Uraloğlu visited the site.\n\nStating that 85 percent of the works were completed, Uraloğlu said, "We will open it in March."';
    const claims = extract({ text }).claims;
    expect(claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Abdulkadir Uraloğlu', text: '85 percent of the works were completed' });
    expect(claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Abdulkadir Uraloğlu', text: 'We will open it in March.' });
    // with no verb of speech after its subject, the participle reports nothing: "Noting that …, the crowd left"
    const left = 'Metro\n\nThe minister Abdulkadir Uraloğlu visited the site.\n\nNoting that the works were late, the crowd left the square in silence.';
    expect(extract({ text: left }).claims).toEqual([]);
  });

  test('when a verb of speech is followed by a colon and words without marks ("X said: …", "X told the parents: …"), then they are its claim, the speaker\'s own words when they open on "I" or "we"', () => {
    const before = 'School\n\nThe headmaster Peter Banda met parents in Lilongwe on Monday.\n\n';
    const own = extract({ text: `${before}Banda said on Monday: we will rebuild the school before the rains.` }).claims[0]!;
    expect(own).toMatchObject({ kind: 'unmarked', speaker: 'Peter Banda', cue: 'said', text: 'we will rebuild the school before the rains' });
    expect(own.repairs.map((r) => r.code)).toEqual(['marks-lost']);
    expect(extract({ text: `${before}Banda told the parents: the school will be rebuilt before the rains.` }).claims[0])
      .toMatchObject({ kind: 'indirect', speaker: 'Peter Banda', cue: 'told', text: 'the school will be rebuilt before the rains' });
    // the writer's own words after a colon report no one
    for (const line of ['One part of the story has not been reported: the school will be rebuilt before the rains.',
      'It is a sentence I never thought I would write: the school will be rebuilt before the rains.',
      'As the teachers say: the school will be rebuilt before the rains.']) {
      expect(extract({ text: `${before}${line}` }).claims).toEqual([]);
    }
  });

  test('when one first-person clause is closed by a dash and its inverted cue ("We will …, – declared X."), as typographies that set speech off with dashes write it, then it is a quotation that lost its marks', () => {
    const text = 'Bonds.\n\nThe minister Idris Bello met the bankers.\n\nWe will repay every bond before the summer, – assured Bello.';
    const claim = extract({ text }).claims[0]!;
    expect(claim).toMatchObject({ kind: 'unmarked', speaker: 'Idris Bello', text: 'We will repay every bond before the summer' });
    expect(claim.repairs.map((r) => r.code)).toEqual(['marks-lost']);
    expect(extract({ text: text.replace(', – assured', ' – assured') }).claims[0]).toMatchObject({ kind: 'unmarked', text: 'We will repay every bond before the summer' });
    // a report in the third person before the dash stays a reported claim
    const report = text.replace('We will repay every bond', 'The ministry will repay every bond');
    expect(extract({ text: report }).claims[0]).toMatchObject({ kind: 'indirect', text: 'The ministry will repay every bond before the summer' });
  });

  test('when the cue is set off inside the sentence ("The works, he said, are …", "The water, has assured the assessor Di Falco, will …"), then the sentence is the claim', () => {
    const text = 'Works.\n\nThe intendant Ledesma rejected that version. The works, he said, are at 70 percent and will be finished before the winter.';
    expect(extract({ text }).claims[0]).toMatchObject({ kind: 'indirect', speaker: 'Ledesma', text: 'The works, he said, are at 70 percent and will be finished before the winter' });
    const inverted = 'Water.\n\nThe assessor Di Falco visited. The water, has assured the assessor Di Falco, will return to the taps before the end of August.';
    expect(extract({ text: inverted }).claims[0]).toMatchObject({ kind: 'indirect', speaker: 'Di Falco', text: 'The water, has assured the assessor Di Falco, will return to the taps before the end of August' });
    // a quoted phrase inside is a claim of its own, and the clause "and" joins after it is the reported one
    const phrase = 'Works.\n\nThe intendant Ledesma rejected that version. The works, he said, are “at 70 percent” and will end in winter.';
    expect(extract({ text: phrase }).claims.map((c) => [c.kind, c.text])).toEqual([
      ['partial', 'at 70 percent'], ['indirect', 'will end in winter']]);
  });

  test('when a setting opened by "through", "by" or "over" stands between the verb and its "that", then the clause is still reported', () => {
    const text = 'Floods.\n\nThe Ministry of the Interior informed through a communiqué that it will send a shipment of mattresses.';
    expect(extract({ text }).claims[0]).toMatchObject({ kind: 'indirect', speaker: 'Ministry of the Interior', text: 'it will send a shipment of mattresses' });
    const phone = 'Floods.\n\nThe mayor Ana Ruiz said over the phone that the dike will hold until Friday.';
    expect(extract({ text: phone }).claims[0]).toMatchObject({ kind: 'indirect', speaker: 'Ana Ruiz', text: 'the dike will hold until Friday' });
  });

  test('when "according to him" stands inside the sentence without commas, then the sentence is his claim', () => {
    const text = 'Births.\n\nThe governor Jan Novak calls the fears exaggerated. The rescue service has according to him enough cars for the whole region.';
    expect(extract({ text }).claims[0]).toMatchObject({ kind: 'indirect', speaker: 'Jan Novak', cue: 'according to',
      text: 'The rescue service has according to him enough cars for the whole region' });
  });

  test('when a verb of speech and a comma introduce a clause without "that" ("she warned, such events will …"), then the clause is the claim', () => {
    const text = 'Rain.\n\nThe climatologist Eva Gruber spoke on the radio. In the same interview she warned, such heavy rains would become ever more frequent.';
    expect(extract({ text }).claims[0]).toMatchObject({ kind: 'indirect', speaker: 'Eva Gruber', text: 'such heavy rains would become ever more frequent' });
    // a noun that is also a verb of speech, or the cue of a quotation before it, introduces no clause
    expect(extract({ text: 'Rally.\n\nAs Ana Ruiz neared the end of her remarks, she thanked the volunteers of the three campaigns.' }).claims).toEqual([]);
    expect(extract({ text: 'Rally.\n\n“Ruiz must go!” some protesters chanted, three days after the vote on the harbour tolls.' }).claims.map((c) => c.kind)).toEqual(['direct']);
  });

  test('when a long setting follows the closing cue ("…, Casals denounced in statements to the Catalan News Agency (ACN)."), then the clause before is still the claim', () => {
    const text = 'Jordi Casals left the meeting angry. The company took public aid and now fires people, Casals denounced in statements to the Catalan News Agency (ACN).';
    const { result } = speakersOf(text);
    expect(result.indirect.map((c) => text.slice(c.start, c.end))).toEqual(['The company took public aid and now fires people']);
    // a clause that goes on after the cue, or a request ("called on X to …"), is not one
    const goesOn = 'Ana Ruiz spoke. The mayor may not electrify a room the way he once did, they say, but he is still an effective advocate for the port.';
    expect(speakersOf(goesOn).result.indirect).toEqual([]);
    const request = 'Almost a week after the flood hit the harbour towns of the coast, a Porto newspaper called on the mayor to at least visit the docks.';
    expect(speakersOf(request).result.indirect).toEqual([]);
  });

  test('when a participle adds a that-clause after a quotation ("“…”, the minister said, adding that …"), then the clause is the same speaker’s reported claim', () => {
    const text = 'Housing minister Yossi Avrahami spoke on Army Radio. “The solution is to build”, the minister said, adding that the government will approve a plan for new flats.';
    const { result } = speakersOf(text);
    expect(result.indirect.map((c) => [text.slice(c.start, c.end), result.speakers.find((x) => x.key === c.attribution.speakerKey)?.name])).toEqual([
      ['the government will approve a plan for new flats', 'Yossi Avrahami'],
    ]);
    // without a participle of speech, a sentence with a quotation reports nothing more
    expect(speakersOf('Ana Ruiz spoke. “We build”, she said, before leaving for the port that evening.').result.indirect).toEqual([]);
  });

  test('when the first paragraph follows a header pasted without blank lines, then its sentence starts after the date line and its claim is read', () => {
    const text = 'Daily World Briefs\nNow you can read foreign-language news in English...\nMilovanović: we start collecting signatures\n2024-02-09T12:03:44.900Z\n' +
      'The president of the opposition Civic Bloc, Dragana Milovanović, announced on Friday that her party will start collecting signatures on Monday.';
    expect(extract({ text }).claims.map((c) => [c.kind, c.text, c.speaker])).toEqual([
      ['indirect', 'her party will start collecting signatures on Monday', 'Dragana Milovanović'],
    ]);
  });

  test('when a verb of speech reports a clause opening on a subject pronoun without "that" ("said he would", "told reporters she will"), then the clause is a reported claim', () => {
    const claims = (text: string) => {
      const { result } = speakersOf(text);
      return result.indirect.map((c) => [text.slice(c.start, c.end), result.speakers.find((x) => x.key === c.attribution.speakerKey)?.name ?? null]);
    };
    expect(claims('Title.\n\nSenator Ana Ruiz said she would vote against the port budget.')).toEqual([['she would vote against the port budget', 'Ana Ruiz']]);
    expect(claims('Title.\n\nMayor Tomas Berg told reporters he will not resign.')).toEqual([['he will not resign', 'Tomas Berg']]);
    // an inverted cue ("…, said he.") and a verb of speech right after the pronoun are no such clause
    expect(claims('Title.\n\nThe port will reopen, said he.')).toEqual([['The port will reopen', null]]);
    expect(claims('Title.\n\nAna Ruiz said she said it twice.')).toEqual([]);
  });

  test('when a headline holds a reported clause, then it is no claim: the article reports it in full', () => {
    const text = 'Fares will rise by a fifth, the regulator confirmed\n\nFares will rise by a fifth from January, the regulator confirmed on Tuesday.';
    const { facts, claims } = extract({ text });
    expect(facts.title).toBe('Fares will rise by a fifth, the regulator confirmed');
    expect(claims.filter((c) => c.kind === 'indirect').map((c) => c.text)).toEqual(['Fares will rise by a fifth from January']);
  });

  test('when an office holds portfolios joined by "and" ("the Minister of Industry and Trade Radek Holub"), then the name after it holds the office', () => {
    const text = 'Prices rise.\n\nThe Minister of Industry and Trade Radek Holub reacted on the same day.\n\n“Nobody will be left to freeze”, the minister told the ČTK agency.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Radek Holub', source: 'ČTK' });
    expect(speakersOf(text).result.speakers.find((x) => x.name === 'Radek Holub')?.role).toBe('Minister of Industry and Trade');
  });

  test('when the verb comes first (", said Ruiz"), then only a speaker closing the sentence makes the clause before a claim', () => {
    const inverted = 'Harbour master Ana Ruiz met the crews. The port will reopen soon, said Ruiz on Monday.';
    const claim = speakersOf(inverted).result.indirect[0]!;
    expect(inverted.slice(claim.start, claim.end)).toBe('The port will reopen soon');
    // why: here "he" is the subject of what follows, and the phrase before the comma names the speaker
    const apposition = 'Tomas Berg, a harbour engineer, said he did not see damage.';
    const { result } = speakersOf(apposition);
    expect(result.indirect.map((c) => apposition.slice(c.start, c.end))).not.toContain('Tomas Berg, a harbour engineer');
  });

  test('when a relative clause follows the comma (", who accused …"), then the clause before it is no claim', () => {
    const text = 'Ana Ruiz spoke on Monday. By Tuesday, Ruiz faced a revolt from the harbour caucus, who accused the mayor of stalling.';
    expect(speakersOf(text).result.indirect).toEqual([]);
    // a pronoun after the comma still reports it
    const reported = 'Ana Ruiz spoke on Monday. By Tuesday, the port will reopen, she assured.';
    expect(speakersOf(reported).result.indirect).toHaveLength(1);
  });

  test('when a verb follows the cue after the comma ("a levy, a toll its supporters say will fund …"), then the clause before the comma is no claim', () => {
    const text = 'The harbour board approved a ferry levy on Thursday, a toll its supporters say will fund the pier repairs.';
    expect(speakersOf(text).result.indirect.map((c) => text.slice(c.start, c.end))).toEqual([]);
    const critics = 'The board approved a new timetable, a change critics say would cost jobs.';
    expect(speakersOf(critics).result.indirect.map((c) => critics.slice(c.start, c.end))).toEqual([]);
    // the cue closing its sentence still reports the clause before it
    const reported = 'The harbour board met on Thursday. The levy will fund the pier repairs, the harbour master said.';
    expect(speakersOf(reported).result.indirect.map((c) => reported.slice(c.start, c.end))).toEqual(['The levy will fund the pier repairs']);
  });

  test('when a conjunction follows a noun ("in March when tax filings revealed"), then no description runs through it', () => {
    const text = 'Tomas Berg’s dealings surfaced in March when tax filings revealed that he owed €4 million to Ana Ruiz.';
    const { result } = speakersOf(text);
    const names = result.indirect.map((c) => result.speakers.find((s) => s.key === c.attribution.speakerKey)?.name ?? null);
    expect(names.filter((n) => n !== null && /\bwhen\b/.test(n))).toEqual([]);
  });

  test('when "having said that" or "that said" opens a sentence, then nobody is reported speaking', () => {
    const text = 'Ships should pay tolls. (Having said that, some captains insist that tolls should stay modest.)\n\nThat said, the tolls rose again.';
    const claims = speakersOf(text).result.indirect.map((c) => text.slice(c.start, c.end));
    expect(claims).toEqual(['tolls should stay modest']);
  });

  test('when a speaker "confirmed that" something, then the that-clause is the indirect claim', () => {
    const text = 'Chief engineer Mira Sand confirmed that the tunnel will open in May.';
    const { result } = speakersOf(text);
    const claim = result.indirect[0]!;
    expect(text.slice(claim.start, claim.end)).toBe('the tunnel will open in May');
    const aside = 'Chief engineer Mira Sand admitted that, given the floods, the tunnel will open late.';
    const late = speakersOf(aside).result.indirect[0]!;
    expect(aside.slice(late.start, late.end)).toBe('given the floods, the tunnel will open late');
    const pronoun = 'Chief engineer Mira Sand said that was the wettest spring on record.';
    const record = speakersOf(pronoun).result.indirect[0]!;
    expect(pronoun.slice(record.start, record.end)).toBe('that was the wettest spring on record');
  });

  test('when a capitalised office ending on a title is set off before a person’s name ("The HPA Secretary-General, Ines Lund,"), then the named person speaks, the office apposed to her', () => {
    const before = speakersOf('The HPA Secretary-General, Ines Lund, said the pier must “close now.”').quotes[0]!;
    expect(before.speaker).toBe('Ines Lund');
    // (the name set off after the subject's office is the subject too, and the quotation's evidence)
    expect(before.mention).toBe('Ines Lund');
    const after = speakersOf('“The pier must close now,” the HPA Secretary-General, Ines Lund, said.').quotes[0]!;
    expect(after.speaker).toBe('Ines Lund');
    // why: a title word that names no role ("House") ends a building's name, which stays no speaker's office
    expect(speakersOf('At the Harbour House, Ines Lund said the pier must “close now.”').quotes[0]!.speaker).toBe('Ines Lund');
  });

  test('when a headline gives a one-word name, a colon and a quotation ("Lund: “…”"), then that name speaks through the colon, though the body only describes her', () => {
    const headline = speakersOf('Lund: “The harbour is lost”\n\nThe Danish minister spoke on Friday in Aarhus.').quotes[0]!;
    expect(headline.speaker).toBe('Lund');
    expect(headline.mention).toBe('Lund');
    expect(headline.cue).toBe(':');
  });

  test('when a label opens the line before a colon and a quotation ("Note:", "Update:", "Q:", "Exclusive:"), then it is no speaker', () => {
    for (const label of ['Note', 'Update', 'Source', 'Photo', 'Watch', 'Q', 'Exclusive', 'Transcript']) {
      const quote = speakersOf(`${label}: “The harbour is lost”\n\nThe ferry sailed on Friday.`).quotes[0]!;
      expect(quote.speaker).toBeNull();
    }
  });

  test('when two people are named and only their given names say who is a woman ("Tomas", "Zeynep", "Kofi", "Giulia"), then "she" or "he" goes to the one it fits', () => {
    const she = speakersOf('Ana Ruiz and Tomas Berg spoke. “We agree,” Ruiz said. “So do I,” Berg replied. “Good,” she said.').quotes;
    expect(she.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Tomas Berg', 'Ana Ruiz']);
    const he = speakersOf('Kofi Mensah and Zeynep Arda spoke. “We agree,” Mensah said. “So do I,” Arda replied. “Good,” he said.').quotes;
    expect(he.map((q) => q.speaker)).toEqual(['Kofi Mensah', 'Zeynep Arda', 'Kofi Mensah']);
    const her = speakersOf('Giulia Conti and Jürgen Falk spoke. “We agree,” Conti said. “So do I,” Falk replied. “Good,” she said.').quotes;
    expect(her.map((q) => q.speaker)).toEqual(['Giulia Conti', 'Jürgen Falk', 'Giulia Conti']);
  });

  test('when a relative clause with a verb of its own stands between the subject and the cue ("The minister, who spoke after meeting Ana Ruiz, said"), then the subject across the clause is the mention', () => {
    const before = speakersOf('The prime minister, who spoke after meeting Ana Ruiz, said the deal was “done.”\n\nPrime Minister Ilse Vos had flown in on Monday.').quotes[0]!;
    expect(before.speaker).toBe('Ilse Vos');
    expect(before.mention).toBe('The prime minister');
    const first = speakersOf('The harbour master, who said last week the pier would close, said the deal was “done.”').quotes[0]!;
    expect(first.mention).toBe('The harbour master');
    const after = speakersOf('“It is done,” the harbour master, who spoke to Ana Ruiz, said.').quotes[0]!;
    expect(after.mention).toBe('the harbour master');
    expect(after.cue).toBe('said');
    // why: a quotation inside the clause is the clause's, whoever it describes
    const inside = speakersOf('Ines Lund, who told the council when asked about it: “The pier is safe.”').quotes[0]!;
    expect(inside.speaker).toBe('Ines Lund');
  });

  test('when a verb of judging or denouncing reports a "that" clause ("determined that", "assessed that", "denounced that"), then the clause is the subject\'s reported claim', () => {
    const claim = (sentence: string) => extract({ text: `Strike.\n\nThe buses stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');
    expect(claim('The judge Helena Rocha determined that 60% of the fleet must circulate in the peak hours.')).toMatchObject({ speaker: 'Helena Rocha', text: '60% of the fleet must circulate in the peak hours' });
    expect(claim('The deputy mayor Marek Jablonski assessed that the strike is illegal because of the vote.')).toMatchObject({ speaker: 'Marek Jablonski', text: 'the strike is illegal because of the vote' });
    expect(claim('The councillor Ana Ruiz denounced that the administration knew of the debts since January.')).toMatchObject({ speaker: 'Ana Ruiz', text: 'the administration knew of the debts since January' });
    // (as an adjective, or without its "that", it reports nothing)
    expect(claim('The councillor Ana Ruiz was determined that the buses would run again by Friday.')).toBeUndefined();
    expect(claim('The councillor Ana Ruiz assessed the damage to the buses in the depot on Friday.')).toBeUndefined();
  });

  test('when the subject goes on after a quoted phrase with "and said that …" ("described the delay as “a blow”, and said that …"), then the clause is its reported claim', () => {
    const text = 'Rail.\n\nThe mayor Shiri Golan was restrained. She described the delay as "a blow, but not a surprise", and said that the town will ask to join the committee.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Shiri Golan', text: 'the town will ask to join the committee' });
    // (a relative "that" after the phrase reports nothing)
    const relative = 'Rail.\n\nThe mayor Shiri Golan was restrained. She called the plan "a blow", a plan that the town will fight in the courts next year.';
    expect(extract({ text: relative }).claims.filter((c) => c.kind === 'indirect')).toEqual([]);
  });

  test('when a dash closes the claim before its inverted cue ("… in the district – informs the crisis centre."), then the sentence before the dash is the cue\'s reported claim', () => {
    const text = 'Flood.\n\nOver 400 people were evacuated during the night in the Klodzko district – informs the Voivodeship Crisis Centre in Wroclaw. The river rose.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ cue: 'informs', text: 'Over 400 people were evacuated during the night in the Klodzko district' });
    // (a dash inside the sentence, with words after the speaker, closes nothing)
    const inside = 'Flood.\n\nOver 400 people were evacuated – informs the Voivodeship Crisis Centre – and the river rose by two metres on the morning of Wednesday.';
    expect(extract({ text: inside }).claims.filter((c) => c.kind === 'indirect')).toEqual([]);
  });

  test('when a verb of speech reports a clause opening on a noun phrase without "that" ("said the levy is not new"), then the clause is the reported claim', () => {
    const claim = (sentence: string) => extract({ text: `Strike.\n\nThe drivers stopped work on Monday. ${sentence}` }).claims.filter((c) => c.kind === 'indirect');
    expect(claim('The director Bashir Dambatta said the levy is not new and will stay in force.')[0]).toMatchObject({ speaker: 'Bashir Dambatta', text: 'the levy is not new and will stay in force' });
    expect(claim('The director Bashir Dambatta said the water reached the level of the window in the night.')[0]).toMatchObject({ speaker: 'Bashir Dambatta', text: 'the water reached the level of the window in the night' });
    // (an object, not a clause: "told the committee", "said the words", "said the man who was …")
    expect(claim('The director Bashir Dambatta told the drivers the levy is not new.').map((c) => c.text)).not.toContain('the drivers the levy is not new');
    expect(claim('The director Bashir Dambatta said the words again before the assembly of drivers.')).toEqual([]);
    // (a later verb with a clause of its own reports that clause)
    const two = claim('Some drivers said the strike was right, while other drivers said they had not been asked.');
    expect(two.map((c) => c.text)).not.toContain('the strike was right, while other drivers said they had not been asked');
  });

  test('when a concession or an aside follows the reported clause after a comma (", although …", ", after which …", ", considering …"), then the claim ends before it', () => {
    const claim = (sentence: string) => extract({ text: `Protest.\n\nThe drivers marched on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect')!.text;
    expect(claim('The commander Ana Ruiz said that the situation was calm and no one was arrested, although her men were deployed to the junctions.')).toBe('the situation was calm and no one was arrested');
    expect(claim('According to Ana Ruiz, the brigades will finish the welding by the evening, after which the system will need six hours.')).toBe('the brigades will finish the welding by the evening');
    // (a comma before other words leaves the claim whole)
    expect(claim('The commander Ana Ruiz said that the situation was calm, and no one was arrested on the day.')).toBe('the situation was calm, and no one was arrested on the day');
  });

  test('when "according to" names a document by its kind and its maker ("the data of the Statistics Office", "the information received from the Directorate"), then the maker is the source', () => {
    const claim = (sentence: string) => extract({ text: `Fire.\n\nThe forest burned for three days. ${sentence}` }).claims.find((c) => c.kind === 'indirect')!;
    expect(claim('According to the information received from the Forestry Directorate, 1,200 hectares were burned.')).toMatchObject({ speaker: 'Forestry Directorate', text: '1,200 hectares were burned' });
    expect(claim('According to the data of the Statistics Office, the number of fires in July was lower than a year earlier.').speaker).toBe('Statistics Office');
    // (a document of something that is nobody named stays the source)
    expect(claim('According to the data of the last ten years, the number of fires in July was lower than before.').speaker).not.toBe('last ten years');
  });

  test('when the sentence opens on "As he informed the agency," or "As reported earlier by X,", then what follows the comma is the reported claim of that speaker', () => {
    const claim = (sentence: string) => extract({ text: `Flood.\n\nThe minister Tomas Berg arrived at six. ${sentence}` }).claims.find((c) => c.kind === 'indirect');
    expect(claim('As he informed the PAP agency, to the region were directed additional 300 firefighters.')).toMatchObject({ speaker: 'Tomas Berg', text: 'to the region were directed additional 300 firefighters' });
    expect(claim('As reported earlier by Ana Ruiz, a petition to the voivode was signed by over 4 thousand people.')).toMatchObject({ speaker: 'Ana Ruiz', text: 'a petition to the voivode was signed by over 4 thousand people' });
    // (a clause of time, with no verb of speech, reports nothing)
    expect(claim('As he arrived at the bridge, the water was already two metres above the road.')).toBeUndefined();
    // a name before the verb, past a description or an age set off by commas
    expect(claim('As Ivan Petrov, head of the department, told the correspondent, every street was salted.')).toMatchObject({ speaker: 'Ivan Petrov', text: 'every street was salted' });
    expect(claim('As Ana Ruiz, 54, told reporters, every street was salted.')).toMatchObject({ speaker: 'Ana Ruiz', text: 'every street was salted' });
    expect(claim('As Ana Ruiz arrived at the bridge, the water was already two metres above the road.')).toBeUndefined();
  });

  test('when an adverb or the one told stands between the verb and the comma before its clause ("said frankly, …", "told the reporter, …"), then the clause is the reported claim', () => {
    const claim = (sentence: string) => extract({ text: `Drought.\n\nThe fields are dry. ${sentence}` }).claims.find((c) => c.kind === 'indirect');
    expect(claim('The secretary Long Guoqiang said frankly, the county has already handled 17 cases this year.')).toMatchObject({ speaker: 'Long Guoqiang', text: 'the county has already handled 17 cases this year' });
    expect(claim('The farmer Chen Ching-shui told the reporter, this season he planned to plant 3 hectares.')).toMatchObject({ speaker: 'Chen Ching-shui', text: 'this season he planned to plant 3 hectares' });
    // (a setting after the comma opens no clause)
    expect(claim('The farmer Chen Ching-shui told the reporter, in the field beside the dry channel.')).toBeUndefined();
  });

  test('when a prepositional setting with its own comma opens a sentence closed by its cue ("In the relief camps opened by the Corporation, 1,200 persons …, the Corporation said."), then the claim is the clause after the setting', () => {
    const claim = (sentence: string) => extract({ text: `Rain.\n\nThe rain stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');
    expect(claim('In the 18 relief camps opened by the city, 1,200 persons have been accommodated, Ana Ruiz said.')).toMatchObject({ speaker: 'Ana Ruiz', text: '1,200 persons have been accommodated' });
    // (a second setting after the comma still opens no claim)
    expect(claim('In the 18 relief camps opened by the city, however, Ana Ruiz said.')).toBeUndefined();
  });

  test('when the second "and that" clause is mostly a quoted phrase ("… and that the criminals “will have no hiding place”"), then it is still a claim of its own', () => {
    const text = 'Search.\n\nThe men joined the search.\n\nThe commander Kolawole Adegoke, while he was speaking on the programme “Morning News” of Fresh FM, said that the corps would deploy 40 personnel to the road and that the criminals “will have no hiding place in the city again”.';
    const claims = extract({ text }).claims.filter((c) => c.kind === 'indirect');
    expect(claims.map((c) => c.text)).toEqual(['the corps would deploy 40 personnel to the road', 'the criminals “will have no hiding place in the city again”']);
  });

  test('when the source is set off by commas inside the clause it reports ("The district, according to X, will …", "The state will, so X, examine …", "The Government, as he assured, will …"), then the whole sentence is that source\'s reported claim', () => {
    const claim = (sentence: string) => extract({ text: `Wolves.\n\nThe farmer Jonas Berg lost ten sheep. ${sentence}` }).claims.find((c) => c.kind === 'indirect');
    expect(claim('The district, according to Ana Ruiz, will invite all the farmers to a round table in July.')).toMatchObject({ speaker: 'Ana Ruiz', text: 'The district, according to Ana Ruiz, will invite all the farmers to a round table in July' });
    expect(claim('The state will, so Ana Ruiz, examine the removal of the wolf if the analysis confirms it.')).toMatchObject({ speaker: 'Ana Ruiz', text: 'The state will, so Ana Ruiz, examine the removal of the wolf if the analysis confirms it' });
    expect(claim('The Government, as he assured, will compensate the farmers for the losses of the summer.')).toMatchObject({ speaker: 'Jonas Berg', cue: 'assured' });
    // (what the commas set off must be the source alone: "so" and more words is none)
    expect(claim('The state will, so Ana Ruiz and her team, examine the removal of the wolf if the analysis confirms it.')).toBeUndefined();
  });

  test('when "According to X," opens a clause with a name or a word in marks inside it, then the claim is the whole clause, marks included', () => {
    const text = 'Harbour.\n\nThe port authority met the unions. According to the harbour master, the dredger «Nordstjerne» will clear the channel before the spring tides.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'indirect');
    expect(claim).toMatchObject({ text: 'the dredger «Nordstjerne» will clear the channel before the spring tides', cue: 'according to' });
    // (a label of a word or two in marks may close the sentence)
    const label = 'Air.\n\nThe schools stayed shut. According to the agency, the index reached 190 tonight, and in nine stations the alert is “orange”.';
    expect(extract({ text: label }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the index reached 190 tonight, and in nine stations the alert is “orange”' });
    // (a comma closing the clause before the quotation still ends the claim there)
    const closed = 'Harbour.\n\nThe port authority met the unions. According to the harbour master Ana Ruiz, the channel was cleared, but “the tides will bring the sand back”.';
    expect(extract({ text: closed }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the channel was cleared', speaker: 'Ana Ruiz' });
  });

  test('when a name in marks closes the clause that "According to X," opens, then the claim keeps its closing mark', () => {
    const text = 'Ferry.\n\nThe storm passed at night. According to the port office, the stranded travellers boarded the ferry «Saint Brendan».';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the stranded travellers boarded the ferry «Saint Brendan»' });
  });

  test('when a description or a body opening the sentence is followed by its own setting ("The harbour master in his report said that …"), then it is the subject of the verb after it', () => {
    const text = 'Ferries.\n\nThe storm passed at night. The harbour master in his report said that the ferries will sail again on Thursday.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the ferries will sail again on Thursday', cue: 'said' });
    const body = 'Ferries.\n\nThe storm passed at night. The Nordvik Ferry Company in its statement said that the ferries will sail again on Thursday.';
    expect(extract({ text: body }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Nordvik Ferry Company', text: 'the ferries will sail again on Thursday' });
  });

  test('when a quotation without its stop closes a paragraph, then the reported clause of the next paragraph is still read', () => {
    const text = 'Ferries.\n\nThe skipper Ole Dahl waited at the pier. He said "Nobody tells us anything"\n\nLater, the harbour master Ana Ruiz said that the ferries will sail again on Thursday morning.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'indirect');
    expect(claim).toMatchObject({ speaker: 'Ana Ruiz', text: 'the ferries will sail again on Thursday morning' });
  });

  test('when "According to X, …" opens the paragraph after a quotation without its stop, then X is the source of its claim', () => {
    const text = 'Ferries.\n\nThe skipper Ole Dahl waited at the pier. He said "Nobody tells us anything"\n\nAccording to the Nordvik Port Authority, the ferries will sail again on Thursday morning.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'indirect');
    expect(claim).toMatchObject({ speaker: 'Nordvik Port Authority', cue: 'according to', text: 'the ferries will sail again on Thursday morning' });
  });
});

describe('attribution: constructions of translated news', () => {
  const speakerNamed = (text: string, name: string) => speakersOf(text).result.speakers.find((s) => s.name === name);

  test('when a press noun stands before a paper’s name ("the daily Le Courrier"), then the paper is the source, whatever its words are', () => {
    const source = (text: string) => speakersOf(text).quotes[0]!.source;
    expect(source('“We will not sign,” declared Ana Ruiz in an interview with the daily Le Courrier.')).toBe('Le Courrier');
    expect(source('“We will not sign,” Ana Ruiz told the Portuguese weekly Der Hafen on Sunday.')).toBe('Der Hafen');
    // a known given name after the noun makes it a person
    expect(source('“We will not sign,” Ana Ruiz told the daily Tomas Berg.')).toBeNull();
  });

  test('when the words were "quoted by" or "cited by" an agency, then the agency is the source; another verb before "by" names none', () => {
    const source = (text: string) => speakersOf(text).quotes[0]!.source;
    expect(source('“The quay is safe,” Ana Ruiz said, quoted by Reuters.')).toBe('Reuters');
    expect(source('“The quay is safe,” said Ana Ruiz, cited by the news agency Portopress.')).toBe('Portopress');
    expect(source('“The quay is safe,” Ana Ruiz said, surrounded by the Harbour Agency staff.')).toBeNull();
    // a name with nothing of a person's after "quoted by", or a paper's name before its press noun
    expect(source('“The quay is safe,” Ana Ruiz said, quoted by Porto Info.')).toBe('Porto Info');
    expect(source('“The quay is safe,” Ana Ruiz said, quoted by Tomas Berg.')).toBeNull();
    expect(source('“The quay is safe,” Ana Ruiz told the Tide Courier newspaper.')).toBe('Tide Courier');
    expect(source('“The quay is safe,” Ana Ruiz said, quoted by the Harbour daily.')).toBe('Harbour');
    // "was quoted as saying by": the agency after the participle
    expect(source('“The quay is safe,” Ana Ruiz was quoted as saying by Reuters.')).toBe('Reuters');
  });

  test('when the sentence opens "Contacted by X," then X is the source, and the description after the comma is the named speaker’s, not X’s', () => {
    const text = 'The port closed.\n\nContacted by Le Monde, the economist Paulo Girard said that “nothing is decided”.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Paulo Girard', source: 'Le Monde' });
    expect(speakerNamed(text, 'Paulo Girard')?.role).toBe('economist');
    const daily = 'The port closed.\n\nQuestioned by the daily Le Courrier, the economist Paulo Girard said that “nothing is decided”.';
    expect(speakersOf(daily).quotes[0]).toMatchObject({ speaker: 'Paulo Girard', source: 'Le Courrier' });
    // a name the lists take for a person's is who asked, no venue
    expect(speakersOf('The port closed.\n\nQuestioned by Tomas Berg, the economist Paulo Girard said that “nothing is decided”.').quotes[0]!.source).toBeNull();
  });

  test('when a nationality modifies an office ("the head of Portuguese diplomacy"), then it belongs to the office and keeps officials of other countries apart', () => {
    const text = 'The head of Portuguese diplomacy, Ana Ruiz, met her Spanish counterpart Tomas Berg in Madrid on Monday.\n\n' +
      '“Our ports will work together,” said the Spanish minister.\n\n“We agree on the quotas,” said the Portuguese head of diplomacy.';
    const { quotes } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Berg', 'Ana Ruiz']);
    expect(speakerNamed(text, 'Ana Ruiz')?.role).toBe('head of Portuguese diplomacy');
    // with no nationality in the description, the nearer subject is who it is, as before
    const plain = speakersOf('The head of Portuguese diplomacy, Ana Ruiz, met her Spanish counterpart Tomas Berg in Madrid.\n\n“We agree,” said the head of diplomacy.');
    expect(plain.quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when the agency that reported the words stands before the colon ("X, quoted by MTI: „…”"), then X speaks and the agency is the source', () => {
    const text = 'The court ruled on Monday.\n\nThe spokesperson of the prosecution, Dr. Ana Szalai, quoted by MTI: “We appealed for a longer sentence.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Szalai', source: 'MTI' });
  });

  test('when a body’s name goes on past "for" and "and" ("the Research Organization for Life Sciences and Environment"), then it is one name, and a person named after it speaks', () => {
    const text = 'A new plant was found.\n\nThe Head of the Research Organization for Life Sciences and Environment of BRIN, Bambang Sutedjo, said: “This discovery proves it.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Bambang Sutedjo');
    // "and" before a given name, or before another body's word, joins two names
    expect(speakersOf('The Porto Institute and Ana Ruiz met. “We agree,” Ruiz said.').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a second "of" phrase runs into a name ("the head of the regional union of the entrepreneurs Iryna Lukianchuk"), then the description is that name', () => {
    const text = 'The law passed.\n\nThe head of the Kharkiv regional union of the entrepreneurs Iryna Lukianchuk, quoted by the agency Interfax-Ukraine: “The law is late.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Iryna Lukianchuk');
  });

  test('when a claim is set in "the same interview" or given to "the agency" alone, then its source is where the same speaker’s claim before it went', () => {
    const same = 'Taras Bondar told Ukrinform: “Payments start in November.” “All of it is paid in hryvnias,” the minister added in the same interview.';
    expect(speakersOf(same).quotes.map((q) => q.source)).toEqual(['Ukrinform', 'Ukrinform']);
    const agency = 'Hala Zaki told the Middle East News Agency: “The heat goes on.” “It ends on Saturday,” she specified to the agency.';
    expect(speakersOf(agency).quotes.map((q) => q.source)).toEqual(['Middle East News Agency', 'Middle East News Agency']);
    // another speaker's interview, or a paper introduced as new ("a local newspaper"), is not carried over
    const other = 'Taras Bondar told Ukrinform: “Payments start in November.” “It is too late,” Ana Ruiz said in the same interview.';
    expect(speakersOf(other).quotes[1]!.source).toBeNull();
    const fresh = 'Taras Bondar told Ukrinform: “Payments start in November.” Later he told a local newspaper that it was “too late”.';
    expect(speakersOf(fresh).quotes[1]!.source).toBe('local newspaper');
  });

  test('when a claim is set in "the same post", then its source is the platform the same speaker’s claim before it went out on', () => {
    const text = 'Prices.\n\n"We are working with the traders so that prices come down," Dr. Emeka Obi wrote on his page of Facebook on Tuesday.\n\n' +
      'In the same post, he warned the traders who hide food that the state "will close their shops".';
    expect(extract({ text }).claims.map((c) => c.source)).toEqual(['Facebook', 'Facebook']);
  });

  test('when an opening office ends on a body’s name and a name restates it ("The chairman of the pensioners’ association Seniorforum, Birthe Lund, called"), then the person speaks', () => {
    const text = 'The vaccine is free.\n\nThe chairman of the pensioners’ association Seniorforum, Birthe Lund, called the decision “a late but welcome step”.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Birthe Lund');
    // a name after a comma that restates nothing is still not the subject: the speaker before it is
    expect(speakersOf('Tomas Berg, a friend of Ana Ruiz, said the pier was “unsafe”.').quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when "according to" names a document or a figure of a body ("the estimate of the Tel Aviv District Police", "the forecast of …"), then the body is the source', () => {
    const text = 'Thousands marched.\n\nAccording to the estimate of the Porto District Police, about 45,000 people took part.\n\n' +
      'According to the forecast of the Finnish Environment Institute (Syke), the flood peaks on Tuesday.';
    const { indirect } = speakersOf(text).result;
    expect(indirect.map((c) => [text.slice(c.start, c.end), c.attribution.source])).toEqual([
      ['about 45,000 people took part', 'Porto District Police'],
      ['the flood peaks on Tuesday', 'Finnish Environment Institute'],
    ]);
  });

  test('when a title in lower case stands between a description and a name ("The political scientist of the Institute … dr. Mantas Jurkšas"), then the description is that name', () => {
    const text = 'The declaration was signed.\n\nThe political scientist of the Institute of International Relations and Political Science of Vilnius University ' +
      'dr. Mantas Jurkšas is more cautious.\n\n“Moscow reads the budgets,” he said.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Mantas Jurkšas', mention: 'he' });
    expect(speakersOf(text).result.speakers[0]!.role).toBe('political scientist of the Institute of International Relations and Political Science of Vilnius University');
  });

  test('when a name in marks is no quotation ("its plan «Healthy Finances 2025»"), then its words name no one who could be "he"', () => {
    const text = 'Finance minister Marián Hrabovský presented the budget on Monday.\n\nThe government continues its plan «Healthy Finances 2025». ' +
      '“The consolidation will not touch the pensions,” he said.';
    expect(extract({ text }).claims.map((c) => [c.text, c.speaker])).toEqual([['The consolidation will not touch the pensions,', 'Marián Hrabovský']]);
  });

  test('when a person of a body and a setting come before the verb ("Dr. Meenakshi Tripathi of the Patna University, in conversation with Dainik Bhaskar, said"), then the person speaks', () => {
    const text = 'Voting was high.\n\nPolitical analyst Dr. Meenakshi Tripathi of the Patna University, in conversation with Dainik Bhaskar, said, “The fight is on jobs.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Meenakshi Tripathi', source: 'Dainik Bhaskar' });
  });

  test('when a field’s practitioner is named by a noun the lists do not hold ("Hydrologist Sanna Virtanen", "a Russian sociologist, X,"), then it is a role, not part of a name', () => {
    const text = 'The flood rose.\n\nHydrologist Sanna Virtanen follows the situation. “The water will still rise,” Virtanen told the STT news agency.';
    expect(speakersOf(text).result.speakers[0]).toMatchObject({ name: 'Sanna Virtanen', role: 'Hydrologist' });
    const study = 'Russians admire the president as a “protector,” a study by an influential Russian sociologist, Mikhail Dmitriyev, concluded this year.';
    expect(speakersOf(study).quotes[0]!.speaker).toBe('Mikhail Dmitriyev');
  });

  test('when given names are unknown but Slavic or Baltic surnames say the gender ("Aušra Petrauskaitė", "Mantas Jurkšas", "Jana Nováková"), then "she" and "he" agree with them', () => {
    const lt = 'Deputy Aušra Petrauskaitė met Minister Mantas Jurkšas on Monday. Jurkšas presented the plan to the committee.\n\n' +
      '“The Seimas learns about it from the press,” she said.';
    expect(speakersOf(lt).quotes[0]!.speaker).toBe('Aušra Petrauskaitė');
    const cz = 'Deputy Jana Nováková met Minister Radek Holub on Monday. Nováková presented the plan to the committee.\n\n“The plan is late,” he said.';
    expect(speakersOf(cz).quotes[0]!.speaker).toBe('Radek Holub');
    // an ending without a Lithuanian letter says nothing ("Harris")
    const en = 'Deputy Ann Harris met Minister Tom Berg on Monday. Harris presented the plan.\n\n“The plan is late,” she said.';
    expect(speakersOf(en).quotes[0]!.speaker).toBe('Ann Harris');
  });

  test('when the sentence after a quotation points back at it ("This is what chief physician X from Statens Serum Institut told DR News"), then X said it, whoever spoke before', () => {
    const text = 'Kragh met the press.\n\n“It is a historic day,” said the Minister of Health Jonas Kragh to Ritzau.\n\n' +
      '“We expect the vaccine to prevent two thirds of severe cases.”\n\nThis is what chief physician Line Bech Thomsen from Statens Serum Institut told DR News.';
    const { quotes, result } = speakersOf(text);
    expect(quotes.map((q) => [q.speaker, q.source])).toEqual([['Jonas Kragh', 'Ritzau'], ['Line Bech Thomsen', 'DR News']]);
    // a body named in its own language ("Institut", "Universität", "Ministerio") is an organisation
    expect(result.speakers.map((x) => x.name)).not.toContain('Statens Serum Institut');
  });

  test('when the manner of speaking follows the quotation’s own comma ("…me,” laughed the 67-year-old entrepreneur when the reporters asked"), then it is the cue', () => {
    const text = 'Hongsheng grew.\n\nThe chairman Hsu Kuo-ping founded it in 1985.\n\n' +
      '“I am not going to retire, the company still needs me,” laughed the 67-year-old entrepreneur when the reporters asked about the succession.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Hsu Kuo-ping', cue: 'laughed' });
    // the same verbs with the comma outside the marks, as before
    expect(speakersOf('Ana Ruiz spoke.\n\n“The deal is fragile”, sighs the economist Ana Ruiz.').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'sighs' });
  });

  test('when a person is given another name in marks ("…, or “Pa Noi”,", "known at the market as “Mama Samaki”"), then that name alone is her', () => {
    const text = 'Orchards.\n\nThe reporter found Mrs. Kanya Srisuk, age 54 years, or “Pa Noi”, owner of the orchard, by the fallen trees.\n\n“I raised these trees for 8 years,” Pa Noi said.';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([['I raised these trees for 8 years,', 'Kanya Srisuk']]);
    const known = 'Fish.\n\nFishmonger Ms Grace Wanjiru, known at the market as “Mama Samaki”, spoke first.\n\n“We women are hurt most,” Mama Samaki said.';
    expect(extract({ text: known }).claims.map((c) => c.speaker)).toEqual(['Grace Wanjiru']);
    // quoted words offered as a choice are no name
    expect(extract({ text: 'Vote.\n\nAna Ruiz called the plan “bad,” or “terrible,” on Monday.' }).claims.map((c) => c.text)).toEqual(['bad,', 'terrible,']);
  });

  test('when a name set off by commas right before its verb speaks ("the Spokesperson of RURA, Mbabazi Diane, said"), then a “she” after it is that name, not the speaker before', () => {
    const text = 'Buses.\n\n“It is not our fault, the road is full,” the driver Habimana Théogène said.\n\nSpeaking on the radio on Sunday, the Spokesperson of the Regulator, Mbabazi Diane, said that new buses are expected.\n\n“They will serve the busiest lines,” she said.';
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.speaker)).toEqual(['Habimana Théogène', 'Mbabazi Diane']);
  });

  test('when an office gives its portfolio "in charge of" before the name set off after it, then the name restates it', () => {
    const text = 'Buses.\n\nOn the side of the City of Kigali, the Vice Mayor in charge of Economic Development, Uwase Patrick, told journalists that lanes will come.\n\n“We will start with the road of Nyabugogo,” the Vice Mayor explained.';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Uwase Patrick', 'Uwase Patrick']);
  });

  test('when an office’s acronym opens the phrase a person’s name is set off after ("The SSP Operations of Peshawar, X,"), then "the SSP" later is that person', () => {
    const text = 'Kidnap.\n\nThe SSP Operations of Peshawar, Imran Khan Yousafzai, told the press that the gang was caught.\n\n"Our teams worked for nine days," the SSP said.';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Imran Khan Yousafzai', 'Imran Khan Yousafzai']);
    const parenthesis = 'Strike.\n\nThe Inspector of Academy (IA) of Kaolack, Cheikh Sarr, said that the payment is processed.\n\n«The file is on the table of the Minister», the IA declared.';
    expect(extract({ text: parenthesis }).claims.map((c) => c.speaker)).toEqual(['Cheikh Sarr', 'Cheikh Sarr']);
    // an acronym no one's office was named with stays the body's
    expect(extract({ text: 'Kidnap.\n\n"The gang was caught," the FIA said.' }).claims.map((c) => c.speaker)).toEqual(['FIA']);
  });

  test('when an honorific stands before a name ("Haji Abdullahi", "Engineer Karim Jabbar"), then it is no part of the name, and alone it is the person last named with it', () => {
    const given = 'Bajaj.\n\nThe Mayor of Mogadishu, Abdullahi Osman Gedi, met the drivers.\n\n“We will not go back until the last bajaj,” Haji Abdullahi said.';
    expect(extract({ text: given }).claims.map((c) => c.speaker)).toEqual(['Abdullahi Osman Gedi']);
    const engineer = 'Water.\n\nThe director, Engineer Karim Jabbar, spoke to the press.\n\n“The river brings the salt,” Jabbar said.';
    expect(extract({ text: engineer }).claims.map((c) => c.speaker)).toEqual(['Karim Jabbar']);
    const alone = 'Robbery.\n\nThe landlord Alhaji Rasheed Akinyemi called the police.\n\n“We told them, they said they would come,” said Alhaji.';
    expect(extract({ text: alone }).claims.map((c) => c.speaker)).toEqual(['Rasheed Akinyemi']);
    // an honorific after the name or the title is no part of it ("Butt Sahib", "Haji Sahib")
    const sahib = 'Flour.\n\n"Mills buy wheat dear," said Haji Muhammad Aslam Butt, who runs a shop.\n\n"I have not seen this price," said Butt Sahib.';
    expect(extract({ text: sahib }).claims.map((c) => c.speaker)).toEqual(['Muhammad Aslam Butt', 'Muhammad Aslam Butt']);
    const haji = 'Measles.\n\nHaji Abdul Wahid Rahimi came with his grandson.\n\n"The road is closed with the snow," said Haji Sahib.';
    expect(extract({ text: haji }).claims.map((c) => c.speaker)).toEqual(['Abdul Wahid Rahimi']);
    // an honorific of two words (Khmer "Lok Chumteav", madam) alone is the person last named with it too
    const khmer = 'Rescue.\n\nLok Chumteav Chhun Sreypov, director of the office, spoke first.\n\nIn a post on her page, Lok Chumteav wrote: «Check well before going abroad».';
    expect(extract({ text: khmer }).claims.map((c) => c.speaker)).toEqual(['Chhun Sreypov']);
    // an English title alone still names an office, not whoever was last named with it
    const office = 'Vote.\n\nPresident Ana Ruiz spoke first.\n\n“We will win,” said the President of the Senate, Tomas Berg.';
    expect(extract({ text: office }).claims.map((c) => c.speaker)).toEqual(['Tomas Berg']);
  });

  test('when a Thai honorific or office stands before a given name ("Phu Yai Somsak", "Kamnan Prasert"), then it is the person of that given name', () => {
    const text = 'Elephants.\n\nMr. Somchai Boonmee, 58, village headman of Moo 7, spoke to the press.\n\n“The villagers are not angry at the elephants,” Phu Yai Somchai said.';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Somchai Boonmee']);
    const kamnan = 'Elephants.\n\nPrasert Chaiyo, the subdistrict headman, met the rangers.\n\n“We need a fence,” Kamnan Prasert said.';
    expect(extract({ text: kamnan }).claims.map((c) => c.speaker)).toEqual(['Prasert Chaiyo']);
  });

  test('when a given name alone comes before the full name ("Worawut signed …" then "Worawut Srisuk"), then both are one person', () => {
    const text = 'Worawut signed with Shonan Kaiyo\n\nThe striker Worawut Srisuk signed a two-year contract on Monday.\n\n“It is my dream,” Worawut said at the ceremony.';
    // (the description written before the full name is an alias too, as for every speaker)
    expect(speakersOf(text).result.speakers.map((x) => [x.name, x.aliases])).toEqual([['Worawut Srisuk', ['Worawut', 'The striker']]]);
    // a name in marks after it is no such full name ("the 「Moon Oasis」 plan" after "the Moon")
    const moon = 'The probe orbits the Moon. The site is called the 「Moon Oasis」 plan.\n\nProject manager Kenji Matsunaga spoke. “We did not find the water itself,” he said.';
    expect(extract({ text: moon }).claims.map((c) => c.speaker)).toEqual(['Kenji Matsunaga']);
  });

  test('when the sentence after a quotation says by whom it was revealed ("This was revealed by the player’s agent X"), then X said it', () => {
    const text = 'Title\n\nWorawut chose Shonan.\n\n“Three clubs wanted him, but he chose Shonan.”\n\nThis was revealed by the player’s agent Kittipong Jaidee.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Kittipong Jaidee');
  });

  test('when an opening description says where someone is from before the name ("A 63-year-old shepherd from Qaleh-Now, Gholamreza Ahmadi, told"), then the person speaks, not the place', () => {
    const text = 'Title\n\nA 63-year-old shepherd from Qaleh-Now, Gholamreza Ahmadi, told the reporter that the fence appeared “overnight”.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Gholamreza Ahmadi');
  });

  test('when translated news writes its own titles and office lists ("Atty. Lourdes Panganiban", "the Minister of Education, Culture, Sports, Science and Technology X"), then the person is named', () => {
    const text = 'Title\n\nThe Minister of Education, Culture, Sports, Science and Technology Yoshiko Hamada visited the campus.\n\n' +
      'The camp did not accept it. “We will appeal,” said Atty. Lourdes Panganiban, the lawyer of the mayor.';
    const { result, quotes } = speakersOf(text);
    expect(quotes[0]!.speaker).toBe('Lourdes Panganiban');
    expect(result.speakers.map((x) => x.name)).not.toContain('Culture');
    expect(speakersOf(`${text} “It is proof,” the minister said.`).quotes[1]!.speaker).toBe('Yoshiko Hamada');
  });

  test('when an opening "according to" names its source with a long phrase ("the prosecutor X from the District Prosecutor’s Office in Plovdiv,"), then the claim after the comma is still read', () => {
    const text = 'Title\n\nAccording to the supervising prosecutor Desislava Marinova from the District Prosecutor’s Office in Plovdiv, the group caused damages of 1.2 million leva.';
    const { result } = speakersOf(text);
    expect(result.indirect.map((c) => text.slice(c.start, c.end))).toEqual(['the group caused damages of 1.2 million leva']);
  });

  test('when the sentence after a quotation says whose words they were ("These were the first words of Ka Ernesto Dimaculangan"), then he said it', () => {
    const text = 'Title\n\nThe mayor Rodolfo Villaruel was found guilty.\n\n“Justice is slow, but it arrived.”\n\nThese were the first words of Ka Ernesto Dimaculangan, the leader of the residents.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ernesto Dimaculangan');
  });

  test('when two people hold the role a description names, then the one whose office holds the description’s modifier is meant ("the opposition candidate")', () => {
    const text = 'Title\n\nShahid Warraich, the candidate of the opposition alliance, refused the result.\n\n' +
      'Rana Mehmood, the candidate of the ruling party, won the seat and thanked his voters.\n\n“The people voted for change,” added the opposition candidate.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Shahid Warraich');
  });

  test('when a body’s name runs into its officer’s after "of" ("The spokesperson of KNAB Laura Ozola", "the director general of the Social Insurance Board Anneli Kask"), then the officer speaks', () => {
    const text = 'Title\n\nThe spokesperson of KNAB Laura Ozola confirmed to LETA: “We suspect a scheme.”\n\n' +
      'The director general of the Social Insurance Board Anneli Kask said: “The pensions rise.”';
    const { quotes, result } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Laura Ozola', 'Anneli Kask']);
    expect(result.speakers.map((x) => x.role)).toEqual(['spokesperson of KNAB', 'director general of the Social Insurance Board']);
    // a body's or a place's name of three words is no officer's ("the governor of New South Wales")
    expect(speakersOf('Title\n\nThe governor of New South Wales said: “Fine.”').result.speakers.map((x) => x.name)).not.toContain('South Wales');
  });

  test('when a setting naming a paper stands between a subject and its verb ("The deputy Gent Bregu in an interview with News24 called"), then the subject speaks, not the paper', () => {
    const text = 'Title\n\nThe deputy Gent Bregu in an interview with News24 called the reform “a privatization”.\n\n' +
      'The economist Tigran Hakobyan in a commentary for the portal Hetq called the deal “a marriage of convenience”.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Gent Bregu', 'Tigran Hakobyan']);
  });

  test('when an office names its portfolio after "for" or joins more of them ("the Minister for Health and Population X", "the Minister of Mining and Heavy Industry X"), then X holds it', () => {
    const text = 'Title\n\nThe campaign was inaugurated by the Minister for Health and Population Rabindra Bhattarai.\n\n“No child remains without the vaccine,” said the minister.\n\n' +
      '“The work stops,” said the Minister of Mining and Heavy Industry Jargalsaikhan Tömör, quoted by the Montsame agency.';
    const { quotes, result } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rabindra Bhattarai', 'Jargalsaikhan Tömör']);
    expect(result.speakers.map((x) => x.role)).toEqual(['Minister for Health and Population', 'Minister of Mining and Heavy Industry']);
    // someone who works for a person is not that person ("a spokesman for House Speaker Paul Ryan told the Post")
    const aide = 'Title\n\n“We will consider options,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.';
    expect(speakersOf(aide).quotes[0]!.speaker).not.toBe('Paul Ryan');
  });

  test('when a translation calls a coach "the trainer" ("Trainer Brouwers …, says the trainer"), then it is the coach', () => {
    expect(speakersOf('AZ sold him.\n\nTrainer Brouwers saw it coming. “We lose a big player”, says the trainer.').quotes[0]!.speaker).toBe('Brouwers');
  });

  test('when a verb the lists leave out stands right after the quotation beside its speaker ("estimates the minister", "she analyses"), then it is the cue', () => {
    const text = 'Tomas Berg spoke first.\n\n“The deal is fragile”, estimates the economist Ana Ruiz.\n\n“The quotas will not hold,” she analyses.';
    const { quotes } = speakersOf(text);
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Ana Ruiz', 'estimates'], ['Ana Ruiz', 'analyses']]);
    // elsewhere the word is a noun: "estimates of the catch" names no one
    const noun = speakersOf('Ana Ruiz spoke first.\n\nThe board published “Harbour Notes”, estimates of the catch for May.');
    expect(noun.quotes[0]!.cue).not.toBe('estimates');
  });

  test('when an impersonal reader follows the quotation ("can we read in the statement", "we learn from the Harbour Authority"), then the document or body is the speaker', () => {
    const { quotes } = speakersOf('Ana Ruiz left the talks.\n\n“Ferries will run again in May”, can we read in the joint statement.\n\n' +
      '“The quay is closed”, we learn from the Harbour Authority.');
    expect(quotes[0]).toMatchObject({ speaker: null, mention: 'the joint statement', cue: 'read' });
    expect(quotes[1]).toMatchObject({ speaker: 'Harbour Authority', cue: 'learn' });
  });

  test('when a claim is reported "according to him", then it is a reported claim of the person the pronoun stands for', () => {
    const { result } = speakersOf('Tomas Berg met the fishermen on Monday.\n\nAccording to him, the quotas will be raised in May.');
    expect(result.indirect).toHaveLength(1);
    const names = new Map(result.speakers.map((s) => [s.key, s.name]));
    expect(names.get(result.indirect[0]!.attribution.speakerKey!)).toBe('Tomas Berg');
  });

  test('when an initial ends the sentence before a quotation opening the next paragraph ("she wrote on X."), then the quotation is not hers; in its line the initial goes on', () => {
    const text = 'Ana Ruiz spoke first.\n\n“The budget protects the climate,” she wrote on X.\n\n“It is a budget of the future”, concluded Tomas Berg.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Tomas Berg']);
    expect(speakersOf('Tomas Berg spoke first. Ana Ruiz said the U.S. “clearly” needed more ships.').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a party’s acronym in parentheses stands between a description and the name ("The leader of the Harbour Party (HP), Ana Ruiz,"), then the description is hers', () => {
    const text = 'Tomas Berg called early elections on Monday.\n\nThe leader of the Harbour Party (HP), Ana Ruiz, welcomed the news.\n\n' +
      '“His time is up,” declared the opposition leader to the Cadena Porto radio.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'Cadena Porto' });
  });

  test('when a description comes sentences before anyone bearing its role is named ("the socialist leader" … "The leader of the Harbour Party, Ana Ruiz"), then that later role is no clue', () => {
    const text = 'Tomas Berg surprised everyone on Monday.\n\n“I have dissolved the council,” the socialist leader announced.\n\n' +
      'The vote will take place in July.\n\nTurnout is expected to be high.\n\nThe leader of the Harbour Party, Ana Ruiz, welcomed the news.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when an interview phrase opens the sentence ("In an interview with Le Monde, the minister said"), then the description speaks and the venue is the source', () => {
    const first = speakersOf('Ana Ruiz defended the plan.\n\nIn an interview with Le Monde, the minister said that it “will work”.').quotes[0];
    expect(first).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the minister', source: 'Le Monde' });
    const second = speakersOf('Ana Ruiz defended the plan.\n\nSpeaking to the PTN agency, the minister said that it “will work”.').quotes[0];
    expect(second).toMatchObject({ speaker: 'Ana Ruiz', source: 'PTN' });
    // a description set off by commas with no verb of its own still describes the name before it
    const apposed = speakersOf('Tomas Berg, the harbour master, said the quay was “safe”.').result.speakers[0];
    expect(apposed).toMatchObject({ name: 'Tomas Berg', role: 'harbour master' });
  });

  test('when a ministry is named by its noun and its field ("the Ministry of Health", "… of Health of Valdoria"), then the whole name speaks', () => {
    expect(speakersOf('“Payments will rise,” the Ministry of Health said.').quotes[0]!.speaker).toBe('Ministry of Health');
    const text = 'The Ministry of Health of Valdoria will allocate funds.\n\n“Payments will be increased,” the ministry said in a press release.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ministry of Health of Valdoria');
  });

  test('when a nationality stands before a given name or for a person ("The Ukrainian Ana Ruiz", "said the Norwegian"), then it is no part of a name', () => {
    const before = speakersOf('The port reopened.\n\nThe Ukrainian Ana Ruiz won on Saturday.\n\n“I dreamed of this,” she said.');
    expect(before.quotes[0]!.speaker).toBe('Ana Ruiz');
    const alone = speakersOf('Commissioner Ingrid Solberg spoke first.\n\n“No company is too big,” said the Norwegian.');
    expect(alone.quotes[0]).toMatchObject({ speaker: 'Ingrid Solberg', mention: 'the Norwegian' });
    // an organisation's name that opens on a nationality keeps it
    expect(speakersOf('“Fares will rise,” British Airways said.').quotes[0]!.speaker).toBe('British Airways');
  });

  test('when a line ends on a name without its stop and a quotation opens the next paragraph, then that line’s cue is not the quotation’s', () => {
    const text = 'Quotas cut again\n\nThe quotas are unfair, says Ana Ruiz\n\n“Half of the boats will not survive”, estimates Tomas Berg.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Tomas Berg']);
    // a line ending on its introducing verb goes on into the quotation
    expect(speakersOf('Tomas Berg spoke first.\n\nAna Ruiz declared\n\n“Half of the boats will not survive.”').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a description introduces the next subject by name ("The senator Tomas Berg attacked", "The Minister of Finance, Ana Ruiz, tried"), then "he" or "she" after it is that person, not the last speaker', () => {
    const adjacent = 'Marco Lund was not convinced. “We will not wait,” he replied. The senator Tomas Berg attacked both. “They are playing,” he declared.';
    expect(speakersOf(adjacent).quotes.map((q) => q.speaker)).toEqual(['Marco Lund', 'Tomas Berg']);
    const apposed = 'Ines Vilar spoke first. “We will not wait,” she said.\n\nThe Minister of Finance, Ana Ruiz, tried to lower the tension. “There is still time,” she said.';
    expect(speakersOf(apposed).quotes.map((q) => q.speaker)).toEqual(['Ines Vilar', 'Ana Ruiz']);
  });

  test('when the words were given to a paper the lists do not know ("told Handelsblatt", "declared to Público", "told the Corriere della Sera"), then it is the source', () => {
    const source = (text: string) => speakersOf(text).quotes[0]!.source;
    expect(source('“Payments will rise,” Ana Ruiz told Handelsblatt.')).toBe('Handelsblatt');
    expect(source('“Payments will rise,” Ana Ruiz declared to Público.')).toBe('Público');
    expect(source('“Payments will rise,” Ana Ruiz told El País.')).toBe('El País');
    expect(source('“Payments will rise,” Ana Ruiz told the Corriere della Sera.')).toBe('Corriere della Sera');
    expect(source('“Payments will rise,” Ana Ruiz said in an interview with Expresso.')).toBe('Expresso');
    // a person the article names in full is who was told; "this newspaper" is the article's own outlet
    expect(source('Tomas Berg arrived.\n\n“Payments will rise,” Ana Ruiz told Berg.')).toBeNull();
    expect(source('“The network needs investment,” Ana Ruiz explained to this newspaper.')).toBeNull();
  });

  test('when an office written with its article or two fields stands before the name ("The former President of the Republic Ana Ruiz", "the Minister for Europe and Foreign Affairs, Tomas Berg,"), then the name speaks and the office is its role', () => {
    const republic = speakersOf('The former President of the Republic Ana Ruiz was critical.\n\n“The young suffer most,” she lamented.');
    expect(republic.quotes[0]!.speaker).toBe('Ana Ruiz');
    expect(republic.result.speakers[0]!.role).toBe('former President of the Republic');
    const fields = speakersOf('The Minister for Europe and Foreign Affairs, Tomas Berg, received Ines Lund.\n\n“We demand a truce,” declared the minister.');
    expect(fields.quotes[0]!.speaker).toBe('Tomas Berg');
    expect(fields.result.speakers[0]!.role).toBe('Minister for Europe and Foreign Affairs');
  });

  test('when a that-clause foresees someone else speaking ("noted that Porto will respond “…”"), then the quotation is the forecaster’s', () => {
    expect(speakersOf('Tomas Berg spoke first. Ana Ruiz noted that Porto will respond “in a mirror manner”.').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'noted' });
    // outside such a clause, what someone will say is still his ("the president will say, according to excerpts")
    const excerpt = 'President Tomas Berg arrives tonight.\n\n“Nothing prepares you for this office,” the president will say, according to excerpts.';
    expect(speakersOf(excerpt).quotes[0]!.speaker).toBe('Tomas Berg');
  });

  test('when a sentence opens on whose view it gives ("For Tomas Berg, …", "According to Tomas Berg, …"), then "he" after it is that person, not the last speaker', () => {
    for (const opener of ['For Tomas Berg', 'According to Tomas Berg']) {
      const text = `“We must avoid fraud,” explained Marco Lund.\n\n${opener}, the flood was predictable. “The valley was built on without care,” he said.`;
      expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Marco Lund', 'Tomas Berg']);
    }
  });

  test('when a sentence ends on its speech verb before a quotation standing alone ("Ana Ruiz, a nurse, testifies."), then the quotation is hers, not the next sentence’s subject’s', () => {
    const text = 'The wards are full.\n\nAna Ruiz, a nurse, testifies.\n\n“I cannot hold on.”\n\nThe minister, Tomas Berg, promised more staff.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'testifies' });
    // a cue line of its own after the quotation still attributes it when nothing announced it
    expect(speakersOf('The wards are full.\n\n“I cannot hold on.”\n\nAna Ruiz said.').quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a name restates the noun phrase its sentence opens on ("Her opponent, Ana Ruiz, was fair play: “…”"), then it is the subject', () => {
    const text = 'The final ended late.\n\nInes Lund won on Saturday.\n\nHer opponent, Ana Ruiz, was fair play: “She was better than me today.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a definite description of someone named opens the sentence as its subject ("The mayor spoke last."), then "he" after it is that person, not the last speaker', () => {
    const text = 'The mayor, Tomas Berg, is on trial.\n\nMarco Lund pleaded. “The file is empty,” he said.\n\nThe mayor spoke last. “I served my town,” he said.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Marco Lund', 'Tomas Berg']);
  });

  test('when a description names its nation after its head ("the head of French diplomacy during a press conference"), then the person of that nation is meant, and the tail stops at the preposition', () => {
    const text = 'The French Foreign Minister, Tomas Berg, received Marco Lund in Paris.\n\n“We demand a truce,” declared the head of French diplomacy during a joint press conference.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'the head of French diplomacy' });
  });

  test('when a description names the head of a state or a government, then it stands for the president or the prime minister, not the head of something else', () => {
    const state = 'The president, Tomas Berg, spoke first.\n\n“Porto is calm,” the head of state emphasized.\n\nThe head of the harbour board, Marco Lund, spoke next.';
    expect(speakersOf(state).quotes[0]!.speaker).toBe('Tomas Berg');
    const government = 'The Prime Minister, Ana Ruiz, met President Tomas Berg.\n\n“We agree,” said the head of government.';
    expect(speakersOf(government).quotes[0]!.speaker).toBe('Ana Ruiz');
  });

  test('when a sentence opens on whose view it gives and its clause’s subject is a thing ("For Ana Ruiz, the campaign was …"), then a cue-less quotation after it is hers', () => {
    const text = 'The flood came at night.\n\nFor Ana Ruiz, the campaign was predictable.\n\nThe valley was built on without any care for the risks\n\n.';
    expect(extract({ text }).claims.map((c) => [c.kind, c.speaker])).toEqual([['unmarked', 'Ana Ruiz']]);
  });

  test('when a setting or the person told stands between the verb and "that" ("said in an interview with the daily Porto Post that", "told reporters that"), then the that-clause is still a reported claim', () => {
    const claim = (text: string) => {
      const { result } = speakersOf(text);
      return result.indirect.map((c) => [text.slice(c.start, c.end), result.speakers.find((s) => s.key === c.attribution.speakerKey)?.name, c.attribution.source]);
    };
    expect(claim('Deputy Minister Ana Ruiz said in an interview with the daily Porto Post that the plan will cover 12,000 workers.'))
      .toEqual([['the plan will cover 12,000 workers', 'Ana Ruiz', 'Porto Post']]);
    expect(claim('Tomas Berg told reporters that the quay would reopen in May.')).toEqual([['the quay would reopen in May', 'Tomas Berg', null]]);
    expect(claim('Ana Ruiz clarified that the fares would not rise.')).toEqual([['the fares would not rise', 'Ana Ruiz', null]]);
    // another verb of speech, a comma or a quotation between ends the setting
    expect(claim('Ana Ruiz said in a message, after the vote, that fares would rise.')).toEqual([]);
  });

  test('when an office written in capitals is the object ("accused the Chancellor of …"), then it is not the speaker, whom the article gave another role', () => {
    const text = 'The Greens reacted.\n\n“It is wrong,” said parliamentary group leader Ana Ruiz. The Green politician accused the Chancellor of “fiscal stubbornness”.';
    const { quotes, result } = speakersOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(result.speakers[0]!.aliases).not.toContain('the Chancellor');
  });

  test('when a short phrase speaks after an inverted cue and a setting follows it ("said the petista during an event"), then the phrase stops at the preposition', () => {
    const { quotes } = speakersOf('President Ana Ruiz defended the reform. “That is going to end,” said the petista during an event in Porto.');
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the petista' });
  });

  test('when an organisation says where a described person belongs ("said the CDU politician"), then it is the person named in the sentence before; further on it is someone new', () => {
    const near = 'The former chancellor Ana Ruiz criticised the government.\n\n“Europe must not behave like a frightened rabbit,” said the CDU politician in Stuttgart.';
    expect(speakersOf(near).quotes[0]!.speaker).toBe('Ana Ruiz');
    const far = '“The war goes on,” continues Tomas Berg.\n\nThe fact is plain. Nobody listens.\n\nLast February, the UN special rapporteur called for a ban on these weapons, which are used to “attack civilians”.';
    expect(speakersOf(far).quotes[1]!.speaker).not.toBe('Tomas Berg');
  });

  test('when an interview with a paper named after its press noun sets up the quotation ("In an interview with the daily El Mundo, X went further."), then the paper is its source', () => {
    const text = 'In an interview with the daily El Mundo, Ana Ruiz went further. “This decree will empty the market,” she predicted.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'El Mundo' });
  });

  test('when a verb that cues only beside a quotation is followed by a setting ("he hammered in the evening on TVN24"), then it is the cue and the broadcaster the source', () => {
    const text = 'Tomas Berg did not let it go. “Two years that nobody heard about,” he hammered in the evening on TVN24.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Tomas Berg', cue: 'hammered', source: 'TVN24' });
  });

  test('when "according to" closes the sentence ("…, according to the Bureau of Labor Statistics."), then all before the comma is that source’s reported claim', () => {
    const { result } = speakersOf('Ana Ruiz spoke first.\n\nNearly a third of workers lack a pension plan, according to the Bureau of Labor Statistics.');
    const names = new Map(result.speakers.map((s) => [s.key, s.name]));
    expect(result.indirect.map((c) => names.get(c.attribution.speakerKey!))).toEqual(['Bureau of Labor Statistics']);
    // too short a clause reports nothing
    expect(speakersOf('Fares rose, according to Istat.').result.indirect).toEqual([]);
  });

  test('when a description and the name restating it open a sentence ("The leader of the opposition, Ana Ruiz, accused …"), then they are its subject, no reported claim', () => {
    expect(speakersOf('Ana Ruiz spoke.\n\nThe leader of the opposition, Ana Ruiz, accused her of improvising.').result.indirect).toEqual([]);
  });

  test('when a body’s name holds a Portuguese connector ("Vitória do Mar thanked …"), then the whole name speaks', () => {
    expect(speakersOf('The coach left.\n\nIn a note, Vitoria do Mar thanked the coach “for his dedication”.').quotes[0]!.speaker).toBe('Vitoria do Mar');
  });

  test('when a quotation lost its opening mark after a sentence of narrative in its line, then it starts at its own sentence', () => {
    const text = 'Minister Tomas Berg spoke first. The economist Ana Ruiz disagreed.\n\nBerg rejected the criticism. Those who speak of a collapse have been wrong,” he said.';
    const found = extract({ text }).claims;
    expect(found.map((c) => [c.text, c.speaker])).toEqual([['Those who speak of a collapse have been wrong,', 'Tomas Berg']]);
  });

  test('when a periphrasis names an office by its seat ("the occupant of Belem Palace", "the tenant of the Elysée"), then it stands for the office holder named before', () => {
    const text = 'President Ana Ruiz spoke in Faro on Friday.\n\n“We were naive,” she said.\n\nThe occupant of Belem Palace concluded: “Our destiny is in our hands.”';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('when a verb of condemning or regretting introduces a quoted phrase ("denounced", "deplored"), then it is the cue', () => {
    expect(speakersOf('Tomas Berg spoke first. Ana Ruiz denounced “a shameful deal”.').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'denounced' });
    expect(speakersOf('Tomas Berg spoke first. Ana Ruiz deplored “a lost decade” for the port.').quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'deplored' });
  });

  test('when the inverted verb keeps the perfect tense of the source language ("“…”, has declared the mayor"), then it is the cue', () => {
    const text = 'The storm hit the coast.\n\nThe mayor Ion Pop toured the port.\n\n“We live in fear”, has declared the mayor.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ion Pop', cue: 'declared' });
    // a verb of issuing a statement works so too
    const issued = 'The storm hit.\n\nThe prefect of the county, Liviu Stan, met the mayors.\n\n“We have asked the Ministry”, has transmitted the prefect, in a communiqué.';
    expect(speakersOf(issued).quotes[0]).toMatchObject({ speaker: 'Liviu Stan', cue: 'transmitted' });
  });

  test('when where the words were given stands between the inverted verb and the speaker ("has declared for Radio Nord the mayor"), then the mention after it speaks', () => {
    const text = 'The storm hit the coast.\n\n“We live in fear”, has declared for Radio Nord the mayor Vasile Rus.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Vasile Rus');
  });

  test('when a settlement noun and "of" stand before a name set off before a person\'s ("a citizen from the district of Abu Al-Khasib, Hussein Jaber,"), then the name is a place and the person speaks', () => {
    const text = 'Water in Basra\n\nThe governor opened the plant on Sunday.\n\nA citizen from the district of Abu Al-Khasib, Hussein Jaber, said: "We buy our drinking water."';
    expect(extract({ text }).claims[0]!.speaker).toBe('Hussein Jaber');
    const province = text.replace('the district of Abu Al-Khasib', 'the province of Abu Ghraib');
    expect(extract({ text: province }).claims[0]!.speaker).toBe('Hussein Jaber');
  });

  test('when a settlement noun stands beside a name ("the commune Sândominic", "Harghita county"), then the name is a place and the person set off after it holds the office', () => {
    const text = 'A bear entered a school yard.\n\n“We live in fear”, has declared the mayor of the commune Sândominic, Bíró Attila.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Bíró Attila');
    // a longer name after the noun with no name set off after it is the person the office describes
    const person = 'Balloons fell.\n\nThe head of the region Tomas Vaitkus said that the villagers “are afraid”.';
    expect(extract({ text: person }).claims.find((c) => c.kind === 'partial')!.speaker).toBe('Tomas Vaitkus');
    const county = 'A bear entered a school yard.\n\nThe prefect of Harghita county, Ciprian Ardeleanu, met the mayors. “We have asked for help”, said the prefect.';
    expect(speakersOf(county).quotes[0]!.speaker).toBe('Ciprian Ardeleanu');
  });

  test('when the words were given "for" an agency right after the verb ("said for ČTK the hejtman"), then the agency is the source', () => {
    const text = 'The ward closes.\n\n“We have no doctors,” said for ČTK the hejtman Radim Bor.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Radim Bor', source: 'ČTK' });
    // "spoke for" or "called for" is no venue
    expect(speakersOf('The ward closes.\n\nAna Ruiz called for Harbour Wire to apologise: “It lied.”').quotes[0]!.source).toBeNull();
    // right after the speaker of an inverted verb as well ("said Stojanoski for TV Telma")
    expect(speakersOf('The ward closes.\n\n“We have no doctors,” said Radim Bor for TV Telma.').quotes[0]).toMatchObject({ speaker: 'Radim Bor', source: 'TV Telma' });
  });

  test('when the words were posted on a platform the sentence names ("in a post on Facebook"), then the platform is the source', () => {
    const posted = 'The mayor, Kovács Levente, is worried.\n\nIn a post on Facebook, the mayor has written: “Bookings fell by a third.”';
    expect(speakersOf(posted).quotes[0]).toMatchObject({ speaker: 'Kovács Levente', source: 'Facebook' });
    // a post spoken about is none, nor a statement with no platform (the outlet that reported it stands)
    expect(speakersOf('The mayor, Ana Ruiz, spoke.\n\n“The post on Facebook was false,” Ruiz said.').quotes[0]!.source).toBeNull();
    expect(speakersOf('The prefect, Liviu Stan, met the mayors.\n\n“We asked for help,” the prefect said through a press communiqué.').quotes[0]!.source).toBeNull();
  });

  test('when what an office is "responsible for" stands between it and the holder set off by commas ("The deputy president of Łódź responsible for public transport, Marek Jabłoński,"), then the office is his', () => {
    const text = 'Strike.\n\nThe deputy president of Łódź responsible for public transport, Marek Jabłoński, called the strike illegal. ' +
      'The union leader Grzegorz Pawlak disagreed.\n\n„The referendum was carried out without the crew” – said the deputy president.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')!.speaker).toBe('Marek Jabłoński');
    const charge = 'Roads.\n\nThe deputy minister in charge of roads, Ana Ruiz, visited the site. The engineer Tomas Berg showed the cracks.\n\n“We will fix it” – said the deputy minister.';
    expect(extract({ text: charge }).claims.find((c) => c.kind === 'direct')!.speaker).toBe('Ana Ruiz');
  });

  test('when an office lists its portfolios with commas and "and" ("Minister of Trade, Industry and Energy Kim Tae-sik"), then the name after them holds it', () => {
    const text = 'The heat goes on.\n\nMinister of Trade, Industry and Energy Kim Tae-sik, while inspecting the grid in Naju, said “There is no concern.”';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Kim Tae-sik');
    expect(speakersOf('The heat goes on.\n\nMinister of Trade and Energy Kim Tae-sik said “There is no concern.”').quotes[0]!.speaker).toBe('Kim Tae-sik');
  });

  test('when a headline’s description took the first person named after it ("What says the minister"), then the person the article makes minister is it, and later ones follow', () => {
    const text = 'Nine hours at sea – What says the minister\n\nThe passenger Eleni Papadaki, 34, was angry.\n\nThe Minister of Maritime Affairs, Mr. Stavros Kalogeropoulos, spoke at noon.\n\n“It is not possible,” said the minister.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Stavros Kalogeropoulos');
  });

  test('when a description ends on a body’s noun before its name ("the spokesperson of the association Carpatii Vii, Oana Munteanu"), then the person set off after the body’s name holds it', () => {
    const plain = 'Bears came.\n\nThe groups disagree. “Every year it is the same,” said the spokesperson of the association Carpatii Vii, Oana Munteanu.';
    expect(speakersOf(plain).quotes[0]!.speaker).toBe('Oana Munteanu');
    // the body's name in marks, which the engine reads as a name, is passed over the same way
    const marked = 'Bears came.\n\nThe groups disagree. “Every year it is the same,” said the spokesperson of the association «Carpatii Vii», Oana Munteanu.';
    expect(extract({ text: marked }).claims.find((c) => c.text.startsWith('Every'))!.speaker).toBe('Oana Munteanu');
  });

  test('when a verb that takes an object is inverted past where the words were given ("described to Kathimerini the passenger X"), then X speaks', () => {
    const text = 'The ferry stopped.\n\n“Nobody told us anything,” described to Kathimerini the passenger Eleni Papadaki, 34.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Eleni Papadaki', source: 'Kathimerini' });
  });

  test('when a phrase is quoted inside a reported clause ("has declared that the request will be analysed “with priority”"), then the clause is a reported claim with the phrase in it', () => {
    const text = 'Bears came.\n\nThe minister Ana Dumitru has declared that the request will be analysed “with priority” by her office.';
    const claims = extract({ text }).claims;
    expect(claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the request will be analysed “with priority” by her office', speaker: 'Ana Dumitru' });
    expect(claims.find((c) => c.kind === 'partial')!.text).toBe('with priority');
    // a whole sentence quoted is speech of its own, and the clause before it no claim
    const speech = 'Bears came.\n\nThe minister Ana Dumitru said that “the request will be analysed by my office as soon as it arrives on my desk, and answered within the week.”';
    expect(extract({ text: speech }).claims.filter((c) => c.kind === 'indirect')).toEqual([]);
  });

  test('when a reported clause goes on with "but that" or "and that", then each clause is a claim of its own', () => {
    const text = 'Bears came.\n\nThe minister Ana Dumitru has declared that the request will be analysed, but that the law must be respected.';
    const claims = extract({ text }).claims.filter((c) => c.kind === 'indirect');
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ['the request will be analysed', 'Ana Dumitru'],
      ['the law must be respected', 'Ana Dumitru'],
    ]);
  });

  test('when an office lists more portfolios between commas ("The Minister of the Environment, Waters and Forests, Adriana Moldovan"), then the name after them holds it', () => {
    const text = 'Bears came.\n\nThe Minister of the Environment, Waters and Forests, Adriana Moldovan, has declared that the request will be analysed.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Adriana Moldovan');
  });

  test('when a Central European degree stands before the name ("MUDr. Jana Horáková", "Ing. Petr Novák"), then it is a title, not the speaker', () => {
    const text = 'The ward closes.\n\nThe director of the hospital MUDr. Jana Horáková admits it. “Part of the nurses will move,” she said.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Jana Horáková');
    expect(speakersOf('The plant closes.\n\n“We tried,” said Ing. Petr Novák.').quotes[0]!.speaker).toBe('Petr Novák');
  });

  test('when a street is named in its own language ("the Rua de São Miguel", "the Calle Mayor"), then it is a place, never who “she” is', () => {
    const text = 'Rents rose.\n\nAmélia da Conceição, 81 years, lives in the Rua de São Miguel since 1961. “Only mine is left,” she tells.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Amélia da Conceição');
  });

  test('when a body’s noun stands for a body ("according to the institute"), then the body named with that noun among its words is it, and never an agency that only carried the news', () => {
    const named = 'Voters register.\n\nThe Public Policy Institute of California polled them.\n\nTomas Berg spoke.\n\nAccording to the institute, a third are independents.';
    expect(extract({ text: named }).claims.find((c) => c.kind === 'indirect')!.speaker).toBe('Public Policy Institute of California');
    const agency = 'The ward closes.\n\n“We have no doctors,” said for ČTK the hejtman Radim Bor.\n\nAccording to the ministry, the plan is fine.';
    expect(extract({ text: agency }).claims.find((c) => c.kind === 'indirect')!.speaker).not.toBe('ČTK');
  });

  test('when a quotation standing alone without its stop runs on into a paragraph opening "According to X", then X is no source of it', () => {
    const text = 'Verdict.\n\nAna Ruiz, whose mother died before the verdict, wrote on her page on Facebook after the hearing:\n\nMy mother died waiting for a key. Today the court said the truth\n\nAccording to the Ministry of Justice, complaints have risen in three years.';
    const claims = extract({ text }).claims;
    expect(claims.find((c) => c.kind === 'unmarked')).toMatchObject({ speaker: 'Ana Ruiz', source: 'Facebook' });
    expect(claims.find((c) => c.kind === 'indirect')!.source).toBe('Ministry of Justice');
  });

  test('when the sentence before gave the same speaker\'s words "for" a paper named after its press noun ("said for the daily Vecernji that"), then the paper is the source', () => {
    const text = 'Fish.\n\nThe farmer Jonas Berg said in a conversation for the newspaper Dnevnik that the quota is unfair.\n\n“We cannot live on this,” he said.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Jonas Berg', source: 'Dnevnik' });
    // ("In the station Vilarinho": a station one is in is a bus's, no venue)
    const bus = 'Buses.\n\nIn the station Vilarinho, the cleaner Maria Lopes waited two hours.\n\n“I left home at four,” she said.';
    expect(extract({ text: bus }).claims[0]!.source).toBeNull();
  });

  test('when a paper or a station named after its press noun stands "for" it right before the verb ("for the television KTV stated that"), then it is the source', () => {
    const text = 'Bears.\n\nThe mayor Ivo Krall however for the television KTV stated that he has heard such promises twice. „Paper endures everything,“ he said.';
    const claims = extract({ text }).claims;
    expect(claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ivo Krall', source: 'KTV' });
    expect(claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Ivo Krall', source: 'KTV' });
    // ("a spokesman for Acme said": no press noun, no venue)
    expect(extract({ text: 'Bears.\n\nA spokesman for Harbour Logistics said the bins are “locked every night”.' }).claims[0]!.source).toBeNull();
  });

  test('when the words were published on a platform ("on her Facebook page", "on the social network X"), then the platform is the source and no speaker', () => {
    const page = 'The clinic failed.\n\nCouncillor Lin Yu-chen last night on her Facebook page criticised the bureau as “always one step too late”.';
    expect(extract({ text: page }).claims.find((c) => c.kind === 'partial')).toMatchObject({ speaker: 'Lin Yu-chen', source: 'Facebook' });
    const x = 'Schools close.\n\nMehdi Rad has another opinion. In a post on the social network X, he wrote that it is “the easiest decision”.';
    expect(extract({ text: x }).claims.find((c) => c.kind === 'partial')).toMatchObject({ speaker: 'Mehdi Rad', source: 'X' });
  });

  test.each([
    ['The Harbour Police, in the message it posted on X, asked the drivers to wait.\n\n“Do not cross the bridge. We ask everyone to be patient,” the Police wrote.'],
    ['The lawyer Ana Ruiz argued in a post on the X platform that the case will end in court. „The city will have to prove it” – she wrote.'],
    ['Mayor Ana Ruiz, in a post on her X page, asked drivers to wait. “Do not cross the bridge,” she said in that post.'],
    ['The state secretary Ana Ruiz visits the dyke on Sunday. In a reaction on X she writes that she is “deeply shocked”.'],
  ])('when the letter X follows a verb of posting, comes before "platform" or "page", or follows "on" before a verb of writing ("%s"), then the platform is the source', (body) => {
    const text = `Floods.\n\n${body}`;
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')!.source).toBe('X');
  });

  test('when the letter X follows "on" and no verb of writing cues the words ("She said on X that"), then it is no platform', () => {
    const text = 'Floods.\n\nThe state secretary Ana Ruiz spoke on X Street on Sunday. She said the dyke was “a scandal”.';
    expect(extract({ text }).claims.find((c) => c.kind === 'partial')!.source).toBeNull();
  });

  test('when a conjunction opens the sentence before a name set off by commas ("But Mehdi Rad, member of the council, has"), then the name is its subject', () => {
    const text = 'Schools close.\n\nThe deputy Shahla Rad said the air was bad.\n\nBut Mehdi Rad, member of the council, has another opinion. He wrote that the closing is “the easiest decision”.';
    expect(extract({ text }).claims.find((c) => c.kind === 'partial')!.speaker).toBe('Mehdi Rad');
  });

  test('when "told" is inverted with the venue after "to" ("«…», – told Kuzmenko to the agency Interfax"), then the name after "told" speaks', () => {
    const text = 'The plane landed in a field.\n\nThe commander Dmitry Kuzmenko, 47, decided to land. “We would not have reached Tomsk,” – told Kuzmenko to the agency Interfax.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Dmitry Kuzmenko', source: 'Interfax' });
    // the one told, elsewhere, is no speaker
    expect(speakersOf('Ana Ruiz spoke first. “We are ready,” told Ruiz to Tomas Berg.').quotes[0]!.speaker).not.toBe('Tomas Berg');
  });

  test('when "»…«, tells X to Y." names a paper the word lists do not know, then X speaks and Y is the source, not whoever was named last', () => {
    const text = 'Football.\n\nThe chairman of the club, Turid Midjord, was happy. The goalkeeper Tomas Berg saved a penalty.\n\n»Now we must find money for the next season,« tells Turid Midjord to Sosialurin.';
    expect(extract({ text }).claims).toEqual([expect.objectContaining({ speaker: 'Turid Midjord', source: 'Sosialurin', cue: 'tells' })]);
  });

  test('when the age is given before the name ("71-year-old Fatma Sar"), then "the 71-year-old" is her, not whoever was named last', () => {
    const text = 'Fire.\n\n71-year-old Fatma Sar lost her house. The mayor Ali Demir, 52, visited the village.\n\n“I was born in this house,” said the 71-year-old.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Fatma Sar');
  });

  test('when an age stands for a person the article gave it to ("Jozef Hrnar, 67," … "the 67-year-old"), then that person speaks, past two settings', () => {
    const text = 'A bear attacked.\n\nThe injured Jozef Hrnar, 67, survived. His neighbour Ivan Kral, 45, found him.\n\n“The bear stood up before me,” described from the hospital bed for the daily SME the 67-year-old.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Jozef Hrnar', source: 'SME' });
  });

  test('when a quotation closes on "so" and a name ("„…“, so Pichlmaier in the ORF radio"), then the name speaks; "so" before a clause does not', () => {
    const text = 'The dam held.\n\nMayor Gernot Pichlmaier spoke on Monday.\n\n“The dam has held. We had luck”, so Pichlmaier in the ORF radio.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Gernot Pichlmaier', cue: 'so' });
    expect(speakersOf('The dam held.\n\nAna Ruiz spoke.\n\n“The dam has held,” so Ruiz left the room.').quotes[0]!.cue).not.toBe('so');
    // (a phrase quoted inside the sentence's own clause too: its verb's subject is what the speaker spoke of)
    const inside = 'The dam held.\n\nMayor Gernot Pichlmaier spoke on Monday.\n\nThe Land had promised the money “already three times”, so Pichlmaier in the ORF radio.';
    expect(speakersOf(inside).quotes[0]).toMatchObject({ speaker: 'Gernot Pichlmaier', cue: 'so' });
  });

  test('when the office names the body it sits in before the holder ("the chairman of the federation in CITUB, Stoyan Vaklinov, quoted by BTA"), then the holder speaks and the agency that quoted him is the source', () => {
    const text = 'Strike.\n\n“We are tired,” declared the chairman of the federation in CITUB, Stoyan Vaklinov, quoted by BTA.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Stoyan Vaklinov', source: 'BTA' });
  });

  test.each([
    // a reply, a calculation, a complaint or "points out" reporting a that-clause
    ['The deputy mayor, Radostina Peneva, replied that the municipality is ready for dialogue.', 'Radostina Peneva', 'the municipality is ready for dialogue'],
    ['The president Salvatore Maniscalco has calculated that the damages exceed the 300 million euro.', 'Salvatore Maniscalco', 'the damages exceed the 300 million euro'],
    ['Mikael Lindqvist spoke. He points out that the wolf population is already at the limit.', 'Mikael Lindqvist', 'the wolf population is already at the limit'],
    ['The mayor Kovacs Levente complains that the tourists started to avoid the resort.', 'Kovacs Levente', 'the tourists started to avoid the resort'],
    // a source phrase other than "according to" opening the sentence
    ['In the words of the minister Ana Dumitru, the plan will cost two billion.', 'Ana Dumitru', 'the plan will cost two billion'],
    ['As stated by the mayor Ion Pop, the bridge will open in May.', 'Ion Pop', 'the bridge will open in May'],
    ['According to the words of the director Maria Lungu, the hospital is full.', 'Maria Lungu', 'the hospital is full'],
    ['The commander Dmitry Kuzmenko landed. By his words, the passengers did not panic.', 'Dmitry Kuzmenko', 'the passengers did not panic'],
    // a closing cue after a clause that opens on a preposition, and the inverted forms of translations
    ['The mayor Josef Ober spoke. In his own house the cellar stood one metre under water, he admitted.', 'Josef Ober', 'In his own house the cellar stood one metre under water'],
    ['The plane landed in a field. Nobody was seriously injured, reports Interfax.', 'Interfax', 'Nobody was seriously injured'],
    ['The fire brigade came at night. Around 140 households are affected, so the commander Josef Ober.', 'Josef Ober', 'Around 140 households are affected'],
  ])('when a sentence reports a claim as translations write it ("%s"), then it is %s’s reported claim', (sentence, speaker, claim) => {
    expect(extract({ text: `Title.\n\n${sentence}` }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker, text: claim });
  });

  test('when a headline quotes words the article quotes further on ("Government “No concern of supply”"), then the headline’s quotation is that speaker’s', () => {
    const text = 'Power demand breaks a record... Government “No concern of supply”\n\nDemand rose again on Thursday.\n\nMinister Kim Tae-sik said “There is no concern of supply until the end of summer.”';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => c.speaker)).toEqual(['Kim Tae-sik', 'Kim Tae-sik']);
    // (with a sentence of its own between, whose subject would otherwise take the headline's words)
    const apart = 'Power demand breaks a record... Government “No concern of supply”\n\nThe heat wave continued for the 20th day.\n\nMinister Kim Tae-sik said “There is no concern of supply until the end of summer.”';
    expect(extract({ text: apart }).claims[0]!.speaker).toBe('Kim Tae-sik');
  });

  test('when a sentence of its own after a quotation names the speaker with "So" ("So the mayor of Canicattì, interviewed by Radio1."), then that is the attribution', () => {
    const text = 'Water.\n\nThe mayor Vincenzo Lo Presti spoke of an emergency. Rosaria Di Falco disagreed.\n\n“The network loses half of the water, this is the true scandal.”\n\nSo the mayor of Canicattì, interviewed by Radio1.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Vincenzo Lo Presti', cue: 'So' });
    // a "So" that opens a clause of the writer's is none
    expect(speakersOf('Water.\n\nAna Ruiz spoke.\n\n“We need rain.”\n\nSo the council voted on Tuesday.').quotes[0]!.cue).not.toBe('So');
  });

  test('when "the younger" or "the elder" picks one of a family by the ages the article gave ("the younger Kärkkäinen"), then it is that one', () => {
    const text = 'Herders are angry.\n\nJuha Berg, 61, leads the cooperative. His son Eetu Berg, 24, took over the herd.\n\n“I took a loan for the reindeer,” the younger Berg says.\n\n“We lose the pastures,” the elder Berg says.';
    expect(speakersOf(text).quotes.map((q) => q.speaker)).toEqual(['Eetu Berg', 'Juha Berg']);
    const after = 'Herders are angry.\n\nJuha Berg, 61, leads the cooperative. His son Eetu Berg, 24, took over the herd.\n\n“We lose the pastures,” said Berg senior.';
    expect(speakersOf(after).quotes[0]!.speaker).toBe('Juha Berg');
  });

  test('when a channel or station is named after its noun ("the channel Telefe Rosario"), then it is an organisation, not a person', () => {
    const text = 'Floods.\n\n“We will broadcast all night,” announced the channel Telefe Rosario on Monday.';
    const { result } = speakersOf(text);
    expect(result.speakers.map((sp) => [sp.name, sp.kind])).toEqual([['Telefe Rosario', 'organization']]);
  });
});

describe('attribution: more constructions of translated news', () => {
  test('when an aside after a name is set off by a spaced en dash ("Halmos Péter, the president of the yacht club – …"), then the role is that name’s', () => {
    const text = 'Balaton.\n\nHalmos Péter, the president of the Balatonfüred Yacht Club – who is not a relative of the expert – is much less calm.\n\nThe club president called the season „the worst in thirty years”.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Halmos Péter', text: 'the worst in thirty years' });
  });

  test.each([
    ['the Minister of the Interior and Administration Tomasz Wierzbicki', 'Tomasz Wierzbicki'],
    ['the Minister of Transport and Road Safety Galit Avrahami', 'Galit Avrahami'],
  ])('when an office’s portfolios are joined by "and" before its holder ("%s"), then the holder speaks', (office, speaker) => {
    const text = `Floods.\n\nOn Monday ${office} arrived in the town.\n\n„We are not leaving anyone alone” – assured the minister during the press conference.`;
    expect(extract({ text }).claims[0]!.speaker).toBe(speaker);
  });

  test('when a headline names a place before its colon ("Earthquake near Garrelsweer: ‘…’"), then the place is not the speaker and the body’s speaker of the words is', () => {
    const text = "Earthquake of 3.1 near Garrelsweer: 'People are done with it'\n\nThe quake struck on Saturday.\n\nResident Jan Bosma (67) stood in the kitchen. 'People are done with it. We want a house where we can sleep,' he says.";
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Jan Bosma', 'Jan Bosma']);
  });

  test('when a short phrase opened by a preposition comes before a name set off by commas ("Regarding this, Ms. Ishida Megumi, the head of …,"), then that name is the sentence’s subject', () => {
    const text = 'Bears.\n\nSasaki Kenji, a hunter, says the nuts are few.\n\nRegarding this, Ms. Ishida Megumi, the head of the Wildlife Management Office, appeared on NHK and called 「Bears which learned the taste of persimmons come back.」';
    expect(extract({ text }).claims.find((c) => c.text.startsWith('Bears'))!.speaker).toBe('Ishida Megumi');
    // (a place set off after such a phrase is no subject: "In Washington, Iowa, Pastor Joe Brown …")
    const place = 'Iowa.\n\nIn Washington, Iowa, Pastor Joe Brown prayed, citing Exodus (“select able men who fear God”), and endorsed Ted Cruz.';
    expect(extract({ text: place }).claims[0]!.speaker).toBe('Joe Brown');
  });

  test.each([
    ['said the minister in an interview to Kan Reshet Bet', 'Kan Reshet Bet'],
    ['she says against RTV Noord', 'RTV Noord'],
    ['she said in declarations to Canal Tres', 'Canal Tres'],
    ['she said in declarations to the Canal Tres', 'Canal Tres'],
    ['declared the minister in dialogue with RPP Sur', 'RPP Sur'],
  ])('when translated words are given to a station ("%s"), then it is the source', (cue, source) => {
    const text = `Delays.\n\nThe minister Galit Avrahami met the company.\n\n"I will not accept another delay," ${cue}.`;
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Galit Avrahami', source });
  });

  test('when a name of two words after "the" ends a phrase of going ("on the way to the Rione Terra"), then it stays a place and names no source', () => {
    const text = 'Floods.\n\nThe minister Galit Avrahami toured the coast.\n\n"We will rebuild," she said on the way to the Rione Terra.';
    expect(extract({ text }).claims[0]!.source).toBeNull();
  });

  test.each([
    ['explained the mayor in the air of the channel «Kanal Sever»', 'Kanal Sever'],
    ['explained the mayor on the air of the channel «Kanal Sever»', 'Kanal Sever'],
    ['explained the mayor in the air of Omsk', null],
  ])('when a station is named after "in the air of" or "on the air of" and its press noun ("%s"), then it is the source', (cue, source) => {
    const text = `Heat.\n\nThe mayor Vera Kolesova spoke on Monday.\n\n«We opened four warm points», ${cue}.`;
    expect(extract({ text }).claims[0]!.source).toBe(source);
  });

  test.each([
    ['said he opposite Radio Tal', 'Radio Tal'],
    ['said Frei opposite Radio Tal', 'Radio Tal'],
    ['he said, sitting opposite Radio Tal', null],
  ])('when German "gegenüber" is translated "opposite" after "say" ("%s"), then the station is the source', (cue, source) => {
    const text = `Floods.\n\nThe farmer Hans Frei must leave his cows.\n\n«Nobody asked us», ${cue}.`;
    expect(extract({ text }).claims[0]!.source).toBe(source);
  });

  test.each([
    ['he told the reporter of Kano Zemen', 'Kano Zemen'],
    ['he said in conversation with the correspondent of Radio Tal', 'Radio Tal'],
    ['he said, and the reporter of Kano Zemen nodded', null],
  ])('when the words are given to an outlet’s reporter ("%s"), then the outlet named after "of" is the source', (cue, source) => {
    const text = `Fares.\n\nThe teacher Yonas Girma travels every day.\n\n«My salary is small», ${cue}.`;
    expect(extract({ text }).claims[0]!.source).toBe(source);
  });

  test.each([
    ['Questioned by our colleagues of the RFM, the deputy Cheikh Faye has accused the government of « a management at sight ».', 'RFM'],
    ['The deputy Cheikh Faye told the reporters of Radio Tal that it was « a management at sight ».', 'Radio Tal'],
    ['Together with his colleagues of the PDS, the deputy Cheikh Faye has accused the government of « a management at sight ».', null],
  ])('when the words went to another outlet’s reporters or colleagues ("%s"), then the outlet is the source', (body, source) => {
    const text = `Floods.\n\n${body}`;
    expect(extract({ text }).claims.find((c) => c.kind === 'partial')!.source).toBe(source);
  });

  test.each([
    ['she said before the cameras of the channel Telefe Sur', 'Telefe Sur'],
    ['she said in front of the cameras of the channel Telefe Sur', 'Telefe Sur'],
    ['she said before the cameras of the town hall', null],
  ])('when the words were said before a station’s cameras ("%s"), then the station is the source', (cue, source) => {
    const text = `Floods.\n\nThe minister Mariela Quiroga travelled at dawn. «Fortunately nobody died», ${cue}.`;
    expect(extract({ text }).claims[0]!.source).toBe(source);
  });

  test('when a name ends in "FM" after a lead ("When he was speaking on Kaya FM, …"), then the station is the source of that speaker’s words', () => {
    const text = 'Schools.\n\nWhen he was speaking on Kaya FM on Wednesday, the MEC Thulani Mkhize said that the money is there. "I apologise to the parents," said Mkhize.';
    expect(extract({ text }).claims.map((c) => c.source)).toEqual(['Kaya FM', 'Kaya FM']);
  });

  test('when "according to" names a rule a thing is done by ("handled according to the law"), then the rule is no source', () => {
    const text = 'Fire.\n\nThe deputy director Pham Thu Ha affirmed that the province "will not cover for any violation" and the owner will be handled according to the law.';
    expect(extract({ text }).claims.find((c) => c.kind === 'partial')!.source).toBeNull();
  });

  test.each([
    ['„We will not go back” – said KNA the chairman of the union Piotr Lis.', 'KNA'],
    ['"We will not go back," said NAACP President Piotr Lis.', null],
  ])('when an agency stands between "said" and the description of its inverted speaker ("%s"), then it is the source', (body, source) => {
    const text = `Strike.\n\n${body}`;
    expect(extract({ text }).claims[0]!.source).toBe(source);
  });

  test('when "against" follows a verb other than "say" ("warned against NATO"), then it names no source', () => {
    const text = 'Talks.\n\nThe minister Galit Avrahami spoke.\n\n"We will not accept it," she warned against NATO on Monday.';
    expect(extract({ text }).claims[0]!.source).not.toBe('NATO');
  });
});

describe('attribution: names and pronouns of translated news', () => {
  test('when a referee or a boxer is described before a name set off by commas ("The main referee of the match, Ivan Horvat, published a message: „…”"), then that person speaks', () => {
    const text = 'In the federation they answered briefly.\n\nThe main referee of the match, Ivan Horvat, on Sunday published on Instagram a short message: „I stand behind every decision”.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')!.speaker).toBe('Ivan Horvat');
    const boxer = 'The federation congratulated the team.\n\nThe boxer, Ali Karimov, on Sunday published on Instagram a short message: „Now the goal is the world championship”.';
    expect(extract({ text: boxer }).claims.find((c) => c.kind === 'direct')!.speaker).toBe('Ali Karimov');
  });

  test('when an inverted "was" and an adjective of manner follow a quotation ("„…“, was short Vaklinov"), then the name after them speaks', () => {
    const before = 'The mayor, Ana Ruiz, offered 10 percent. The union leaders Petar Ivanov and Stoyan Kolev met the drivers.\n\n';
    const speakerOf = (after: string) => extract({ text: `${before}«Ten percent is an insult», ${after}` }).claims.find((c) => c.kind === 'direct')!.speaker;
    expect(speakerOf('was short Kolev.')).toBe('Stoyan Kolev');
    expect(speakerOf('was categorical Ivanov.')).toBe('Petar Ivanov');
  });

  test('when two people share a surname and a role stands before the bare surname ("the vice-mayor Mamatov"), then it is the one introduced in that role, not the one named last', () => {
    const text = 'The vice-mayor of the city of Osh Erlan Mamatov said that fuel prices rose.\n\n' +
      'The deputy Kanybek Mamatov, who is not a relative of the vice-mayor, criticized the plan. Later Kanybek Mamatov wrote on Facebook that buses stand idle.\n\n' +
      '“We will come back with a new calculation in November,” said the vice-mayor Mamatov after the vote.';
    expect(speakersOf(text).quotes[0]!.speaker).toBe('Erlan Mamatov');
  });

  test('when a short phrase is fronted before a titled name and a setting ("To this, Minister Park at the briefing drew a line, saying, “…”"), then the name is the subject that speaks', () => {
    const text = 'Representative Kim Seo-yeon spoke first. She wants a new law.\n\nTo this, Minister Park at the briefing drew a line, saying, “The method is to pay the debt of the fraudsters. It is difficult to accept.”';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Park', mention: 'Minister Park' });
  });

  test('when a name closes the sentence right before a quotation of its paragraph ("…did not convince the deputy, Paul Girard. «…», has he lashed out"), then the pronoun after the quotation is that person', () => {
    const text = 'Boots in the mud, Louis Martin walked the streets of the town on Wednesday. Martin has promised an envelope of 50 million euros.\n\n' +
      'A reply which did not convince the deputy of the constituency, Paul Girard. « One studies, one evaluates, and the people lose everything », has he lashed out on the set of the channel.';
    const claims = extract({ text }).claims.filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.speaker)).toEqual(['Paul Girard']);
  });

  test('when "the elected official" follows a deputy named before ("the deputy, Paul Girard … The elected official, who …"), then it is the deputy, not the minister named more often', () => {
    const text = 'The minister Louis Martin walked the streets on Wednesday. Martin promised help. Martin left by helicopter. Martin spoke again.\n\n' +
      'The plan was never financed, said the deputy of the constituency, Paul Girard.\n\n' +
      'The elected official, who had filed a bill in November, has estimated that 50 million euros « will not even cover the debris of the town ».';
    const claims = extract({ text }).claims.filter((c) => c.kind === 'partial');
    expect(claims.map((c) => c.speaker)).toEqual(['Paul Girard']);
  });

  test('when a nickname in marks stands inside a person’s name (Maria Theresa "Tess" Alcantara), then the name runs on to the surname', () => {
    const text = 'Floods.\n\nAccording to Governor Maria Theresa "Tess" Alcantara, all towns are under evacuation.\n\n"Please cooperate with your officials," the governor said.';
    const claims = extract({ text }).claims;
    expect(claims.find((c) => c.text.startsWith('Please'))!.speaker).toBe('Maria Theresa "Tess" Alcantara');
    // (the nickname in marks is part of the name, nobody's words: no claim)
    expect(claims.map((c) => c.text)).not.toContain('Tess');
  });

  test('when "the strike will continue with the operation “…”" follows "According to him,", then the strike is no one speaking and the words are his', () => {
    const text = 'The union leader Ama Diallo met the teachers on Tuesday. According to him, the strike will continue with the operation “Dead School” next week.';
    expect(speakersOf(text).quotes[0]).toMatchObject({ speaker: 'Ama Diallo', mention: 'him', cue: 'according to' });
    // "he continued:" is speech still
    const spoken = 'Schools are empty.\n\nThe union leader Ama Diallo spoke first. He continued: «We will not give up.»';
    expect(extract({ text: spoken }).claims[0]).toMatchObject({ speaker: 'Ama Diallo', cue: 'continued' });
  });

  test('when nobody of a pronoun’s gender is in view ("Governor Maria Alcantara … “…,” he said", as translations from genderless pronouns write), then the person the text goes on with is meant', () => {
    const text = 'Typhoon.\n\nAccording to Governor Maria Alcantara, all towns are under forced evacuation since Friday.\n\n"We do not wait for the water to reach the roof," he said in an interview with the radio.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Maria Alcantara');
    // with a man of the pronoun's gender in view, he is meant
    const man = 'Typhoon.\n\nThe mayor Paul Berg met Governor Maria Alcantara on Friday.\n\n"We do not wait for the water to reach the roof," he said.';
    expect(extract({ text: man }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Paul Berg');
  });

  test('when whom the words were told to stands right before the verb ("Bilal Afridi, to Khyber News told that …"), then the sentence’s subject told them and the venue is the source', () => {
    const text = 'Kidnapping.\n\nThe son of the trader, Bilal Afridi, to Khyber News told that the family had no hope left.\n\n"For nine days my mother did not eat," he said.';
    const claims = extract({ text }).claims;
    expect(claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Bilal Afridi', source: 'Khyber News' });
    expect(claims.find((c) => c.kind === 'direct')?.speaker).toBe('Bilal Afridi');
    const colon = 'Strike.\n\nMukesh Patel, who for 22 years has been polishing diamonds, to TV9 Gujarati told:\n\n"Earlier I was earning 25 thousand, now not even 12."';
    expect(extract({ text: colon }).claims[0]!.speaker).toBe('Mukesh Patel');
  });

  test('when an office opens the sentence without an article ("Councillor of ward number 24, Advocate X, said"), then X is the sentence’s subject, whom a later "he" goes on with', () => {
    const text = 'Floods.\n\nThe director Kazi Rahman spoke first and left.\n\nCouncillor of ward number 24, Advocate Tunde Mitu, visited the flooded street on Monday.\n\n' +
      '“Every year we hear the same word,” he said.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Tunde Mitu');
  });

  test('when a person of four names is later called by the first alone ("Malik Sahib warned"), then it is that person', () => {
    const text = 'Kidnappings.\n\nThe President of the Traders Association, Malik Nasir Khan Shinwari, said that five traders were kidnapped.\n\n' +
      '«If the government cannot protect the traders, we will close the markets,» Malik Sahib warned.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Malik Nasir Khan Shinwari');
  });

  test('when a sentence opens "For his part, the commissioner, X, …", then X is its subject and a later "he" goes on with him, not with the speaker before', () => {
    const text = 'Floods again.\n\nMzee Hamza Ngowi, the chairman of the street, said:\n\n“We have written letters for five years.”\n\n' +
      'For his part, the District Commissioner of Ilala, Mheshimiwa Saidi Kitumbo, who visited the area yesterday, told residents that a new area is ready.\n\n' +
      '“The government cannot keep losing lives every season.\n\nWho refuses to move will be moved by law,” he said.';
    expect(extract({ text }).claims.find((c) => c.text.startsWith('The government'))?.speaker).toBe('Saidi Kitumbo');
    // "For her part," gives the subject after it her gender: a later "she" is her, not the man named before
    const her = 'Floods again.\n\nThe mayor Paul Berg spoke first.\n\nFor her part, the governor, Amina Okoro, visited the camps.\n\n“Nobody will be left behind,” she said.';
    expect(extract({ text: her }).claims[0]?.speaker).toBe('Amina Okoro');
  });

  test('when "the trade unionist" is named as a view’s holder ("For the trade unionist, …"), then a later "she" can be her', () => {
    const men = 'The director Hugo Berg defended the closure. He met the buyers. He left early. The minister Paul Dumont was shocked. ' +
      'He called the firm. He wants answers. He will meet them next week. Berg did not reply.';
    const text = `Plant closes.\n\nAna Ruiz, a trade unionist for thirty years, left the meeting first.\n\n${men}\n\nFor the trade unionist, the plan was a lure. “They took our money,” she accused.`;
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Ana Ruiz']);
  });

  test('when "appealed" introduces the words ("the governor Maria Alcantara appealed: “…”"), then it is the cue, not a verb in the next paragraph', () => {
    const text = 'Typhoon.\n\nThe governor Maria Alcantara appealed: "Please cooperate."\n\nThe specialist Ana Villareal warned that the typhoon may still strengthen.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Maria Alcantara', cue: 'appealed' });
    // ("her appeal to the green wing" is a noun, no cue)
    const noun = 'Votes.\n\nThose stances helped her appeal to the green wing, and the group Renewable Future is "confident that she will stay a champion," a spokesman said.';
    expect(extract({ text: noun }).claims[0]!.cue).not.toBe('appeal');
  });

  test('when "For her part," opens the sentence of a new speaker ("For her part, PAGASA weather specialist Ana Villareal warned …"), then the next "she" is that speaker', () => {
    const text = 'Typhoon.\n\nThe governor Maria Alcantara said: "Please cooperate."\n\nFor her part, PAGASA weather specialist Ana Liza Villareal warned that the typhoon may strengthen. She described it as "the strongest typhoon this year".';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Maria Alcantara', 'Ana Liza Villareal', 'Ana Liza Villareal']);
  });

  test('when a sentence opens on its platform ("In her Facebook post she wrote: „…”"), then the platform is the source', () => {
    const text = 'Balaton.\n\nThe mayor Bárány Katalin asks the tourists to come. In her Facebook post she wrote: „The water is warm, the beaches are open.”';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Bárány Katalin', source: 'Facebook' });
  });

  test('when the same speaker gave words to a venue a sentence or two before ("X told Radio Mogadishu that …. “…,” the Colonel added"), then it is the source', () => {
    const text = 'Bajaj.\n\nThe police spokesman, Colonel Hassan Ali Warsame, told Radio Mogadishu that the roads stay open.\n\n"Closing the road for the ambulance is a crime," the Colonel added.';
    expect(extract({ text }).claims.map((c) => [c.speaker, c.source])).toEqual([['Hassan Ali Warsame', 'Radio Mogadishu'], ['Hassan Ali Warsame', 'Radio Mogadishu']]);
    // another speaker's venue is not
    const other = 'Bajaj.\n\nThe police spokesman, Colonel Hassan Ali Warsame, told Radio Mogadishu that the roads stay open.\n\nThe mayor Amina Nur disagrees. "The roads are closed," she said.';
    expect(extract({ text: other }).claims.at(-1)).toMatchObject({ speaker: 'Amina Nur', source: null });
  });

  test('when a setting with the venue follows ", and" before the verb ("X blamed the referee, and in an interview with Rudaw said: …"), then X speaks to that venue', () => {
    const text = 'Derby.\n\nOn the other side, the coach of Duhok, Dilshad Hassan Omar, blamed the referee, and in an interview with Rudaw said: "The penalty was not a penalty."';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Dilshad Hassan Omar', source: 'Rudaw' });
  });

  test('when a person’s name set off by commas restates the phrase before it right before the verb ("the MEC of Education in KwaZulu-Natal, Mr Thulani Mkhize, said"), then the person speaks', () => {
    const text = 'Schools.\n\nWhen he was speaking on the radio, the MEC of Education in KwaZulu-Natal, Mr Sipho Dlamini, said that the department has put aside R14 million.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Sipho Dlamini', text: 'the department has put aside R14 million' });
    // a list of people is no apposition
    const list = 'Schools.\n\nThe teachers met Ana Ruiz, Tomas Berg, and the union. The union said that the strike goes on.';
    expect(extract({ text: list }).claims[0]!.speaker).not.toBe('Tomas Berg');
  });

  test('when a setting on a platform stands between the subject and the verb ("Later X on his page in Facebook wrote that …"), then X wrote it there', () => {
    const text = 'Buses.\n\nLater Kanybek Osmonov on his page in Facebook wrote that only 26 of the 40 buses are working today.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Kanybek Osmonov', source: 'Facebook' });
    const body = 'Boxing.\n\nThe Boxing Federation of Tajikistan on its page in Facebook wrote that Nazarov is in the national team.';
    expect(extract({ text: body }).claims[0]).toMatchObject({ speaker: 'Boxing Federation of Tajikistan', source: 'Facebook' });
    // "X" is the platform after "a post on", "its account of"
    const account = 'Kidnap.\n\nThe Khyber Police on its account of X wrote: "The officers recovered the trader."';
    expect(extract({ text: account }).claims[0]).toMatchObject({ speaker: 'Khyber Police', source: 'X' });
    const post = 'Measles.\n\nThe Ministry of Public Health also in a post on X has written that the situation in Herat is under control.';
    expect(extract({ text: post }).claims[0]).toMatchObject({ speaker: 'Ministry of Public Health', source: 'X' });
    // the setting set off by commas after the name, or a name led by "The" and a word describing the person
    const commas = 'Water.\n\nThe deputy for Faro, Mr. Tomas Berg, in a post of his on Facebook spoke of «total failure of the council».';
    expect(extract({ text: commas }).claims[0]).toMatchObject({ speaker: 'Tomas Berg', source: 'Facebook' });
    const described = 'Water.\n\nThe opposition MP Ana Ruiz in a post on Facebook wrote that the works are „a show for the cameras“.';
    expect(extract({ text: described }).claims.find((c) => c.kind === 'partial')).toMatchObject({ speaker: 'Ana Ruiz', source: 'Facebook' });
  });

  test('when a writer’s platform was named a sentence before, in the paragraph before ("wrote in his Telegram channel … ¶ «…», – wrote the official"), then it is the source', () => {
    const text = 'Floods.\n\nThe deputy governor Pavel Orlov wrote in his Telegram channel that the roads are open again.\n\n«Thanks to the rescuers. They are heroes», – wrote the official.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Pavel Orlov', source: 'Telegram' });
    // another writer's platform is not the source of these words
    const other = 'Floods.\n\nThe deputy governor Pavel Orlov wrote in his Telegram channel that the roads are open.\n\nThe mayor Ana Ruiz disagrees. «The roads are closed», – wrote the mayor.';
    expect(extract({ text: other }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Ana Ruiz', source: null });
    // nor of words said rather than written
    const said = 'Floods.\n\nThe deputy governor Pavel Orlov wrote in his Telegram channel that the roads are open.\n\n«They are heroes», – said the official.';
    expect(extract({ text: said }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Pavel Orlov', source: null });
  });

  test('when a translation puts the verb and the venue before the speaker ("As told Ukrinform the Irpin mayor Taras Melnyk, …"), then the clause is his reported claim, told to that venue', () => {
    const text = 'Schools.\n\nAs told Ukrinform the Irpin mayor Taras Melnyk, in the city there still remain 11 schools which need repair. «We rebuild so that people return», – he said to the agency.';
    const claims = extract({ text }).claims;
    expect(claims[0]).toMatchObject({ kind: 'indirect', speaker: 'Taras Melnyk', source: 'Ukrinform', text: 'in the city there still remain 11 schools which need repair' });
    // (and the quotation he gave "to the agency" was given to the same one)
    expect(claims[1]).toMatchObject({ speaker: 'Taras Melnyk', source: 'Ukrinform' });
  });

  test('when a name holds a word that is also a speech verb ("Counselor Mahmoud Said Eid"), then in prose it is part of the name, and an honorific title is not', () => {
    const text = 'Bread.\n\nIn response, Counselor Mahmoud Said Eid, the official spokesman of the Ministry of Supply, said in a statement that the ministry "respects all the opinions".';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Mahmoud Said Eid', 'Mahmoud Said Eid']);
    // (a headline's capitalised verb still ends the name before it)
    const headline = extract({ text: 'Ana Ruiz Said Budget Is “a Disgrace”\n\nThe budget passed on Monday. Ruiz spoke.' });
    expect(headline.speakers.map((sp) => sp.name)).toEqual(['Ruiz']);
  });

  test('when "the spokesman of X" restates the office an apposition gave someone, then it is that person, not X', () => {
    const text = 'Bread.\n\nMahmoud Said Eid, the official spokesman of the Ministry of Supply, spoke on Monday.\n\nThe official spokesman of the Council of Ministers, Mahmoud Fathy Shaker, denied the rumors.\n\nThe spokesman of the Ministry of Supply stressed: "Whoever manipulates the weight of the loaf will be referred to the prosecution."';
    expect(extract({ text }).claims[0]!.speaker).toBe('Mahmoud Said Eid');
    // (an unnamed spokesman still speaks for the body)
    const unnamed = 'Bread.\n\nThe spokesman of the Ministry of Supply stressed: "Whoever manipulates the loaf will be punished."';
    expect(extract({ text: unnamed }).claims[0]!.speaker).toBe('Ministry of Supply');
  });

  test('when a phrase opened by a preposition sets the scene before a cue that goes on ("In a Journal essay last week, X wrote that …"), then it is no claim', () => {
    const text = 'Plans.\n\nIn a Wall Street Journal essay last week, Ivanka Trump wrote that the plan would help working mothers.';
    expect(extract({ text }).claims.map((c) => c.text)).toEqual(['the plan would help working mothers']);
    // ("It rained all night, so the match was cancelled.": "so" with a clause after it reports nothing)
    expect(extract({ text: 'Sport.\n\nThe players waited. It rained all night, so the match was cancelled.' }).claims).toEqual([]);
  });

  test('when a person is addressed by given name and patronymic ("Olena Vasylivna" after "Olena Vasylivna Kravets"), then it is that person', () => {
    const text = 'School.\n\nThe director of the lyceum Olena Vasylivna Kravets has worked here for 26 years.\n\n«I cannot speak, sorry», – says Olena Vasylivna, wiping the tears.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Olena Vasylivna Kravets');
    // (not a headline run into a longer name: "Dorothy Woods Defends Trump" is no one's full name)
    const headline = 'Dorothy Woods Defends Trump Amid Controversies\n\nDorothy Woods, whose husband was killed in 2012, spoke on Friday. “First and foremost, I honor him,” Woods said. Her husband defends nobody.';
    expect(extract({ text: headline }).claims[0]!.speaker).toBe('Dorothy Woods');
  });

  test('when an age modifies the noun of a description ("the 58-year-old woman"), then it is the one person the article gave that age', () => {
    const text = 'Floods.\n\nMs. Nguyễn Thị Hồng, 58 years old, lost her house. MSc. Trần Bá Hoằng, a researcher, explained the cause.\n\nTrần Bá Hoằng spoke for an hour.\n\n"The house is gone, but there is still hope," said the 58-year-old woman.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')!.speaker).toBe('Nguyễn Thị Hồng');
  });

  test('when "According to X, his office, …" opens a sentence that goes on to a quotation after a comma, then the clause before the quotation is X’s reported claim', () => {
    const text = 'Floods.\n\nAccording to Mr. Lê Quang Vinh, Chairman of the People\'s Committee of Tân Lập commune, the authorities had placed warning signs since July, but "many families did not want to leave because they had nowhere to go".';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Lê Quang Vinh', text: 'the authorities had placed warning signs since July' });
    // the quoted phrase after "but" is his as well ("warning signs" is a noun, no cue of the authorities')
    expect(extract({ text }).claims.find((c) => c.kind === 'partial')).toMatchObject({ speaker: 'Lê Quang Vinh', cue: 'according to' });
    // an office in lower case set off after the name is no part of the claim either, when its body follows it
    const lower = 'Floods.\n\nAccording to Ana Ruiz, head of the harbour office, the port stays shut until Monday.';
    expect(extract({ text: lower }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', text: 'the port stays shut until Monday' });
    // a plural subject with its verb after the name is the claim's own start
    const plural = 'Floods.\n\nAccording to Ana Ruiz, officials will meet on Monday, and the port stays shut.';
    expect(extract({ text: plural }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', text: 'officials will meet on Monday, and the port stays shut' });
    // (a quotation the clause introduces is what it reports: no claim is cut from before it)
    for (const quoted of ['According to Variety, Trump brought "a new kind of energy to the race".', 'According to the playbook, his salespersons were told, "You don\'t sell products, you sell feelings."']) {
      expect(extract({ text: `Campaign.\n\n${quoted}` }).claims.filter((c) => c.kind === 'indirect')).toEqual([]);
    }
  });

  test('when "According to X, …" goes on with a conjunction to a quotation that closes the sentence ("… but “…”", "… because ‘…’"), then the clause before the conjunction is X’s reported claim', () => {
    const text = 'Ferries.\n\nThe skipper Ole Dahl met the crews. According to him, the union is ready for talks with the owners but "a strike is not the way to get them".';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ole Dahl', text: 'the union is ready for talks with the owners', cue: 'according to' });
    const because = 'Ferries.\n\nThe skipper Ole Dahl met the crews. According to Dahl, the young deckhands are leaving the ferries because ‘the pay comes late every month’.';
    expect(extract({ text: because }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the young deckhands are leaving the ferries' });
    // ("and" opens the quotation's clause when a verb follows it)
    const and = 'Mill.\n\nAccording to the owners, the mill has lost 12 million euros since 2021 and the cost of power has made the looms « a burden for good ».';
    expect(extract({ text: and }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the mill has lost 12 million euros since 2021' });
    // (a comma before the conjunction is no part of the claim)
    const comma = 'Mill.\n\nAccording to the owners, the mill has lost 12 million euros since 2021, but so has « every mill of the valley ».';
    expect(extract({ text: comma }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the mill has lost 12 million euros since 2021' });
    // (an "and" joining two nouns cuts nothing)
    const nouns = 'Mill.\n\nAccording to the owners, the mill has lost its buyers in Norway and « all the markets of the north ».';
    expect(extract({ text: nouns }).claims.filter((c) => c.kind === 'indirect')).toEqual([]);
  });

  test('when ", pointing out that …" follows a quotation, then its clause is a claim of the sentence\'s subject, as after ", adding that"', () => {
    const text = 'Ferries.\n\nThe councillor Ana Ruiz on Monday called the harbour office “always one step behind”, pointing out that the pier was closed twice last winter.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ana Ruiz', text: 'the pier was closed twice last winter', cue: 'pointing' });
  });

  test('when a reported clause goes on with ", adding that …" or ", pointing out that …", then that clause is a second claim of the same speaker', () => {
    const text = 'Ferries.\n\nThe harbour master Ana Ruiz confirmed that the channel will stay open all winter, pointing out that two dredgers arrived from Bergen on Monday.';
    const claims = extract({ text }).claims.filter((c) => c.kind === 'indirect');
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([['the channel will stay open all winter', 'Ana Ruiz'], ['two dredgers arrived from Bergen on Monday', 'Ana Ruiz']]);
    const adding = 'Ferries.\n\nThe harbour master Ana Ruiz said that the channel will stay open all winter, adding that the fares will not rise.';
    expect(extract({ text: adding }).claims.filter((c) => c.kind === 'indirect').map((c) => c.text)).toEqual(['the channel will stay open all winter', 'the fares will not rise']);
    // (a participle without its "that" is still the reporter's aside, cut off)
    const aside = 'Ferries.\n\nThe harbour master Ana Ruiz said that the channel will stay open all winter, adding a warning about the ice.';
    expect(extract({ text: aside }).claims.filter((c) => c.kind === 'indirect').map((c) => c.text)).toEqual(['the channel will stay open all winter']);
  });

  test('when a clause reported without "that" opens on a possessive or a quantifier ("admitted his catch fell", "said most boats have"), then it is the speaker\'s claim', () => {
    const text = 'Ferries.\n\nThe skipper Ole Dahl admitted his catch dropped sharply since March.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ole Dahl', text: 'his catch dropped sharply since March' });
    const most = 'Ferries.\n\nThe harbour master Ana Ruiz said most boats have returned to the port.';
    expect(extract({ text: most }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ana Ruiz', text: 'most boats have returned to the port' });
    // (the one told is no clause: "told their crews …")
    const told = 'Ferries.\n\nThe owners told their crews were paid late, the union said.';
    expect(extract({ text: told }).claims.filter((c) => c.kind === 'indirect' && c.cue === 'told')).toEqual([]);
  });

  test('when "As informed in the press service of X, …" opens a sentence, then the office is the source of the claim after the comma', () => {
    const text = 'Heating.\n\nAs informed in the press service of the city administration, the main pipe burst at night at minus 30 degrees.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ text: 'the main pipe burst at night at minus 30 degrees', cue: 'informed' });
  });

  test('when the agency follows an inverted speaker and a long apposition ("said Maître X, the lawyer of the victims, in a statement to the Y Agency"), then it is the source', () => {
    const text = 'Verdict.\n\n"Justice was done today, but our money has not returned yet," said Maître Youssef Alami, the lawyer of the one hundred and forty families, in a statement to the National Press Agency after the session.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Youssef Alami', source: 'National Press Agency' });
  });

  test('when a paper or channel is named in marks in its own language ("to the newspaper «Maru-Şahu jahan»"), then that name is no quotation and is the source, also of a later "on the channel"', () => {
    const text = 'Hospital.\n\nThe chief doctor, Serdar Orazow, in the interview to the newspaper «Maru-Şahu jahan» told about the new hospital.\n\n' +
      '„Before, our people were going to the capital“, – said the chief doctor.\n\nThe ophthalmologist Aýna Gurbanowa spoke in an interview to the channel «Altyn Asyr» on Monday.\n\n' +
      '«We work with the newest equipment,» said Aýna Gurbanowa on the channel.';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => c.text)).not.toContain('Maru-Şahu jahan');
    expect(claims.find((c) => c.text.startsWith('Before'))?.source).toBe('Maru-Şahu jahan');
    expect(claims.find((c) => c.text.startsWith('We work'))?.source).toBe('Altyn Asyr');
  });

  test('when a later claim is given to "the agency" alone, then it is the agency the article named with that noun before ("the Anadolu agency", "the news agency Xinhua"), not the word "agency"', () => {
    const before = 'Talks.\n\nThe negotiator Ali Kaya spoke to the Anadolu agency on Monday about the talks.\n\n“We will not retreat,” he told the agency.';
    expect(extract({ text: before }).claims[0]).toMatchObject({ speaker: 'Ali Kaya', source: 'Anadolu' });
    const after = 'Talks.\n\nIn an interview with the news agency Xinhua, the negotiator Ali Kaya spoke of the talks.\n\n“We will not retreat,” Kaya told the agency.';
    expect(extract({ text: after }).claims[0]).toMatchObject({ speaker: 'Ali Kaya', source: 'Xinhua' });
    // (a nationality names no agency, nor does a title after the noun: the press noun stays as written)
    const nameless = 'Talks.\n\nThe Turkish agency reported the talks; the agency Director Ali Kaya was there.\n\n“We will not retreat,” Kaya told the agency.';
    expect(extract({ text: nameless }).claims[0]?.source).toBe('agency');
  });

  test('when the words were given to a paper named only in marks ("explained to “Okaz” that …", "in a statement to “Okaz”:"), then the paper is the source and its name no quotation', () => {
    const text = 'Rain.\n\nThe spokesman Turki Al-Ghamdi said in a statement to “Okaz”: “We drained the pools.”\n\nThe professor Ali Al-Subaie explained to “Okaz” that the rain was a record.';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => c.text)).not.toContain('Okaz');
    expect(claims.find((c) => c.kind === 'direct')?.source).toBe('Okaz');
    expect(claims.find((c) => c.kind === 'indirect')?.source).toBe('Okaz');
  });

  test('when the speaker spoke "in the programme «…» of" a station, then the programme with its station is the source of the words that follow', () => {
    const text = 'Buses.\n\nSpeaking in the program “Morning Talk” of Radio Kigali on Sunday, the spokesperson of the regulator, Ana Uwase, said that new buses are coming.\n\n“These buses will serve the busiest lines,” she said.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Ana Uwase', source: 'Morning Talk (Radio Kigali)' });
    // (a broadcaster read as a body's description, after "the")
    const body = 'Roads.\n\nChief Emeka Obi spoke in the programme "Market Today" of the Enugu Broadcasting Service on Sunday.\n\n"A trailer pays at every checkpoint," said Chief Obi.';
    expect(extract({ text: body }).claims[0]).toMatchObject({ speaker: 'Emeka Obi', source: 'Market Today (Enugu Broadcasting Service)' });
    // ("interviewed by the programme", "in an interview to the programme"; a station its press noun describes)
    const by = 'Water.\n\n«The network loses half the water», said the mayor Lia Conti, interviewed by the programme «Radio Oggi» of Radio Tal.';
    expect(extract({ text: by }).claims[0]).toMatchObject({ speaker: 'Lia Conti', source: 'Radio Oggi (Radio Tal)' });
    const to = 'Doctors.\n\nIn an interview to the programme «Big Talk» of Canal Tres, the chairman Rui Mota said that the wards are empty.\n\n«Young doctors leave every week», he affirmed.';
    expect(extract({ text: to }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Rui Mota', source: 'Big Talk (Canal Tres)' });
    const desc = 'Water.\n\nThe deputy minister Reza Amini, on Tuesday night in the programme «Shahr-e Now» of the Tehran channel, said that the dam is late.';
    expect(extract({ text: desc }).claims[0]).toMatchObject({ speaker: 'Reza Amini', source: 'Shahr-e Now (Tehran channel)' });
    // a programme of a body that is no station's name ("the programme of the government") is no venue
    const plan = 'Roads.\n\nChief Emeka Obi spoke about the programme of the government on Sunday.\n\n"A trailer pays at every checkpoint," said Chief Obi.';
    expect(extract({ text: plan }).claims[0]!.source).not.toBe('government');
  });

  test('when the programme has a kind before its noun or a name in marks in lower case ("the talk show ‘Port Hour’ of", "«La Mañana del Sur» of"), then the station after "of" is the source, with the programme', () => {
    const show = 'Floods.\n\nIn the evening, in the talk show ‘Port Hour’ of Delta Vision, the chief engineer Karim Uddin promised pumps. ‘By Friday the roads will be dry,’ he said.';
    expect(extract({ text: show }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Karim Uddin', source: 'Port Hour (Delta Vision)' });
    const marked = 'Water.\n\n«We have cut our use by half», said the farmer Tomás Ruiz in the programme «La Mañana del Sur» of Radio Tal.';
    expect(extract({ text: marked }).claims[0]).toMatchObject({ speaker: 'Tomás Ruiz', source: 'La Mañana del Sur (Radio Tal)' });
    // (past a long office and a name of four words after the inverted verb)
    const far = 'Water.\n\n«We have cut our use by half», has warned the president of the Community of Irrigators of the Lower Ebro Valley, Tomás Jesús Ruiz Lora, in the programme «La Mañana del Sur» of Radio Tal.';
    expect(extract({ text: far }).claims[0]).toMatchObject({ speaker: 'Tomás Jesús Ruiz Lora', source: 'La Mañana del Sur (Radio Tal)' });
    const interview = 'Rents.\n\nLee Min-ho, chair of the tenants, in the interview with the radio programme of KBN said "We heard that word for two years."';
    expect(extract({ text: interview }).claims[0]).toMatchObject({ speaker: 'Lee Min-ho', source: 'KBN' });
  });

  test.each([
    ['„This is a strike for the citizens“, said Ivo Marin on the programme „Morning Coffee“ on KTV.', 'Morning Coffee (KTV)'],
    ['„I understand the anger of the farmers“, said the minister Anna Weber to the rbb programme „Land aktuell“.', 'Land aktuell'],
    ['"Buyers must be taught," Zhou Min said in an interview with the CTV programme 《Rural Story》.', 'Rural Story (CTV)'],
    ['The mayor Deniz Kaya evaluated the plan in the program "Evening Table" broadcast on Harbour TV. Kaya, stating that they support it, claimed that the ministry is slow.\n\n"We are ready," Mayor Kaya said.', 'Evening Table (Harbour TV)'],
  ])('when the words went out in a programme named in marks after its noun ("%s"), then the programme, with its station, is the source', (body, source) => {
    const claims = extract({ text: `News.\n\n${body}` }).claims;
    expect(claims.find((c) => c.kind === 'direct')!.source).toBe(source);
  });

  test('when a programme in marks is nothing aired ("included in the programme «Warm Home» of the government"), then it is no source', () => {
    const text = 'Heat.\n\nThe ministry included the town in the programme «Warm Home» of the government, said the minister Ana Ruiz. «Nobody will freeze», she said in the programme «Warm Home».';
    for (const c of extract({ text }).claims) expect(c.source).toBeNull();
  });

  test.each([
    ['“The water comes back on Friday,” declared the minister Ana Ruiz in the columns of Le Soleil.', 'Le Soleil'],
    ['“The water comes back on Friday,” said the minister Ana Ruiz on the set of the channel TV5.', 'TV5'],
    ['“The water comes back on Friday,” declared the minister Ana Ruiz to the microphone of Radio Nacional.', 'Radio Nacional'],
  ])('when the words appear in a paper\'s columns, on a channel\'s set or to its microphone ("%s"), then the paper or the channel is the source', (body, source) => {
    expect(extract({ text: `Water.\n\n${body}` }).claims[0]!.source).toBe(source);
  });

  test('when "detailed" follows the quotation, as Spanish translations write "detalló", then it is the cue and the station after it the source', () => {
    const text = 'Floods.\n\nThe minister of security, Mariela Paz, confirmed there are no victims. «Two people are in hospital», she detailed before the cameras of the channel Canal Sur.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Mariela Paz', source: 'Canal Sur' });
  });

  test('when a speaker\'s words are reported "according to" a press noun and its name ("according to the newspaper El Watan"), then the name is the source', () => {
    const text = 'Water.\n\n“We are working day and night,” the minister Ana Ruiz said, according to the newspaper El Watan.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'El Watan' });
  });

  test('when the words were "broadcast by" a station ("during a press conference broadcast by Lao National Television"), then the station is the source', () => {
    const text = 'Water.\n\n“We are working day and night,” the minister Ana Ruiz said during a press conference broadcast by Mekong National Television.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'Mekong National Television' });
  });

  test('when a single comment was given "for" or "to" a paper ("said in a comment for Nasha Niva"), then the paper is the source', () => {
    const text = 'Water.\n\n“We are working day and night,” the minister Ana Ruiz said in a comment for Nasha Niva.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'Nasha Niva' });
  });

  test('when the interview was given "for" a paper ("said in an interview for ZdG"), then the paper is the source', () => {
    const text = 'Water.\n\n“We are working day and night,” the minister Ana Ruiz said in an interview for ZdG.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'ZdG' });
  });

  test.each([
    ['“We are working day and night,” the minister Ana Ruiz said at Prut TV.', 'Prut TV'],
    ['“We are working day and night,” the minister Ana Ruiz said in a broadcast at Prut TV.', 'Prut TV'],
    ['“We are working day and night,” the minister Ana Ruiz said at the show «Fata in fata» from TVR.', 'Fata in fata (TVR)'],
    ['“We are working day and night,” the minister Ana Ruiz said at Harbour Square.', null],
  ])('when the words were said "at" a station or in its show "from" it ("%s"), as Romanian translations write it, then the station is the source', (body, source) => {
    expect(extract({ text: `Water.\n\n${body}` }).claims[0]!.source).toBe(source);
  });

  test('when the words went out "on the antenna of" a station, as French and Ukrainian translations write it, then the station is the source', () => {
    const text = 'Glassworks.\n\nThe Walloon minister Étienne Dufresne spoke on Monday.\n\n"We will not let go of these 312 workers," insisted the minister on the antenna of RTBF.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Étienne Dufresne', source: 'RTBF' });
    // (and "on the air of" the same: "spoke on the air of Radio Kyiv")
    const air = 'Schools.\n\nThe minister Oksana Hrytsenko visited the school.\n\n«Children must study offline», – said the minister on the air of Radio Kyiv.';
    expect(extract({ text: air }).claims[0]).toMatchObject({ speaker: 'Oksana Hrytsenko', source: 'Radio Kyiv' });
  });

  test('when a description\'s noun is an office with a prefix of rank ("the vice-minister", "the co-chairperson"), then it stands for the person named in that office', () => {
    const text = 'Heating.\n\nThe pensioner Olga Brandt waited in the cold.\n\nVice-minister of energy Marat Seitkali on the briefing stated that the boiler house is worn out.\n\n' +
      '«This is not an accident, this is a consequence», — stressed the vice-minister.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')!.speaker).toBe('Marat Seitkali');
  });

  test('when "the city of" is followed by three capitalised words ("the vice-mayor of the city of Osh Erlan Mamatov"), then the first is the city and the other two the holder the description names', () => {
    const text = 'Fares.\n\nThe vice-mayor of the city of Tarn Bolat Seitov, presenting the question, said that fuel got dearer.\n\n' +
      '«If we do not raise the fare, the buses will stop», – said the vice-mayor.\n\nThe deputy Nurlan Seitov, who spoke next, criticized the proposal. Seitov voted against it. Seitov left.';
    const { claims, speakers } = extract({ text });
    expect(claims.find((c) => c.kind !== 'indirect')!.speaker).toBe('Bolat Seitov');
    expect(speakers.map((x) => x.name)).not.toContain('Tarn Bolat Seitov');
  });

  test('when a place is named with "Nova" or "Neva" ("a bus to Vila Nova"), then the word is no Slavic woman\'s surname and "she" goes on with the woman named before it', () => {
    const text = 'Strike.\n\nAt the terminal of the north line, the cleaner Rosa Lima, 52, waited two hours for a bus to Vila Nova.\n\n"I left home at five. What am I going to do?", she told reporters.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Rosa Lima');
    // (a surname with its stem still says the woman: "Orlova")
    const ru = 'Heating.\n\nDeputy Irina Orlova met Minister Pavel Sokol on Monday.\n\n"The pipes are old," she said.';
    expect(extract({ text: ru }).claims[0]!.speaker).toBe('Irina Orlova');
  });
  test('when a one-word name after its lower-case role is followed by a phrase of time ("mayor Tanaka on the same day visited"), then it is the sentence\'s subject, whom "he" goes on with', () => {
    const text = 'Bears.\n\nMayor Tanaka Hiroshi (58) asked for help. Sato Yumi, head of the wildlife office, explained the rules in an interview. 「Please do not go into the mountains alone」, Sato called.\n\n' +
      'On the other hand, mayor Tanaka on the same day visited the prefectural office and requested the dispatch of troops. 「We want the country to take this as a disaster」, he emphasized to the reporters.';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Sato Yumi', 'Tanaka Hiroshi']);
  });
  test('when a paragraph opens on one word with an age in parentheses ("Suparno (61), a resident of the village, told"), then the word is a person\'s name, who speaks and whom "he" goes on with', () => {
    const text = 'Floods in the delta.\n\nHead of the disaster agency Budi Santoso said the embankment broke. "The water came very fast," said Budi.\n\n' +
      'Suparno (61), a resident of the village, told that he saved only his goats.\n\n"The water came like a wave," he said.';
    const { claims } = extract({ text });
    expect(claims.find((c) => c.text.startsWith('The water came like'))!.speaker).toBe('Suparno');
    expect(claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Suparno', text: 'he saved only his goats' });
  });
  test('when a quotation is followed by the perfect tense inverted, as French translations keep it ("«…», has he lashed out", "«…», has she declared"), then the pronoun after the auxiliary is the speaker', () => {
    const he = 'Floods.\n\nThe minister Paul Morel visited the town. The deputy Hugo Lenoir was not convinced. « It is the method of this government: to arrive after the water », has he lashed out on the set of franceinfo.';
    expect(extract({ text: he }).claims[0]).toMatchObject({ speaker: 'Hugo Lenoir', cue: 'lashed' });
    const she = 'Floods.\n\nThe minister Paul Morel visited the town. The deputy Anne Lenoir was not convinced. « Ninety kilometres, it is not nothing », has she estimated on the radio.';
    expect(extract({ text: she }).claims[0]).toMatchObject({ speaker: 'Anne Lenoir', cue: 'estimated' });
  });
  test('when a name of two words is written after "the" and ends its phrase ("the fields of the Campo Verde,"), then it is a place, never the person a description stands for', () => {
    const text = 'Floods.\n\nThe river rose in the night in the Campo Verde. Water covered the fields of the Campo Verde, and the Campo Verde was evacuated on Monday.\n\n"We have lost everything," said the mayor.';
    expect(extract({ text }).claims[0]!.speaker).toBeNull();
    // (a known given name or a title still says a person: "the Maria Lopez I knew" is rare, but she is one)
    const person = 'Floods.\n\nMaria Lopez spoke to the crowd. The mayor, Maria Lopez, stayed.\n\n"We have lost everything," said the mayor.';
    expect(extract({ text: person }).claims[0]!.speaker).toBe('Maria Lopez');
  });
  test('when a name of two words follows "in" and ends its phrase ("remained on paper in Dara Salam,"), then it is a place, not the person "the religious guide" stands for', () => {
    const text = 'Floods in Dara Salam: the minister visits\n\nThe rains flooded the commune. The plan has remained on paper in Dara Salam, said residents. A resident of Dara Salam evacuated his belongings.\n\n' +
      'In the evening, the imam of the great mosque of Dara Salam, Cheikh Modou Fall, called the faithful to solidarity. « The one who has a dry room must open it to his neighbour », has said the religious guide.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Cheikh Modou Fall');
  });
  test('when a programme\'s title stands in book-title marks before the verb ("on the programme 《Time to Speak》 again said"), then its words name nobody and the sentence\'s subject speaks', () => {
    const text = 'Drought.\n\nDirector Lin Wei-ting spoke in the morning.\n\nLin Wei-ting in the evening on Public Television programme 《Time to Speak》 again said, 「Water restriction is not to punish anybody.」';
    const { claims, speakers } = extract({ text });
    expect(claims[0]!.speaker).toBe('Lin Wei-ting');
    expect(speakers.map((x) => x.name)).not.toContain('Speak');
  });
  test('when a time phrase with "later" stands between an inverted verb and its speaker ("replied hours later the mayor"), then the speaker after it is who spoke', () => {
    const text = 'Council.\n\nThe councilor Ana Ruiz attacked the mayor Tomas Berg. "He lied," she said.\n\nThe council met.\n\n' +
      '"The councilor makes politics with the necessity of the people", replied hours later the mayor, consulted at the exit of a security council.';
    expect(extract({ text }).claims.map((c) => [c.speaker, c.cue])).toEqual([['Ana Ruiz', 'said'], ['Tomas Berg', 'replied']]);
    const minutes = 'Council.\n\nThe mayor Tomas Berg left.\n\n"We will see," answered a few minutes later Ana Ruiz.';
    expect(extract({ text: minutes }).claims[0]!.speaker).toBe('Ana Ruiz');
  });
  test('when "shared" follows a quotation before its speaker ("«…», — shared the pensioner X"), then it is the cue and the one after it spoke', () => {
    const text = 'Heating.\n\nThe expert Ivan Petrenko warned about gas.\n\nResidents of the city meet the news with caution.\n\n' +
      '«Last winter we lived in the kitchen. If now it will be warm, already good», — shared the pensioner Olena Kravets, who lives in the microdistrict.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Olena Kravets', cue: 'shared' });
    const comma = 'Heating.\n\nThe expert Ivan Petrenko warned about gas.\n\n"We lived in the kitchen," shared the pensioner Olena Kravets.';
    expect(extract({ text: comma }).claims[0]).toMatchObject({ speaker: 'Olena Kravets', cue: 'shared' });
  });
  test('when the outlet before "said" is whom a phone call or a programme’s interview was given to ("in a phone call with Yonhap News said", "in the interview with the radio programme of CBS said"), then the sentence\'s subject spoke', () => {
    const call = 'Fraud.\n\nMinister Park Min-soo spoke at the briefing.\n\nRepresentative Han Ji-woo, who sits on the committee, in a phone call with Yonhap News said, "The victims are waiting for the keys."';
    expect(extract({ text: call }).claims[0]!.speaker).toBe('Han Ji-woo');
    const programme = 'Fraud.\n\nMinister Park Min-soo spoke at the briefing.\n\nHan Ji-woo, chairman of the victims committee, in the interview with the radio programme of CBS said "We heard that word for two years."';
    expect(extract({ text: programme }).claims[0]!.speaker).toBe('Han Ji-woo');
  });
  test('when a courtesy title stands before one capital letter ("Mr. A (34), who lost the deposit …, said"), then the speaker is someone the article keeps unnamed, not a place named in the clause', () => {
    const text = 'Fraud.\n\nAna Ruiz spoke first.\n\nMr. A (34), who lost the deposit in Gangseo-gu, Seoul, said "I got no call. Who will give back the three years?"';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: null, cue: 'said' });
    // (an initial with its dot before a surname is a name: "Mr. A. Kowal")
    const initial = 'Fraud.\n\nMr. A. Kowal, who lost the deposit, said "I got no call."';
    expect(extract({ text: initial }).claims[0]!.speaker).toBe('A. Kowal');
  });

  test('when "on the waves of the program «…»" stands between an inverted verb and its speaker, then the person after it speaks, and the programme is the source', () => {
    const text = 'Hospital.\n\nThe deputy Ana Ruiz spoke first. «The minister had two years», has hammered the deputy.\n\n' +
      '«We have explored all the options», has affirmed on the waves of the program «Région matin» the director general of the health centre, Marie Tremblay.';
    expect(extract({ text }).claims[1]).toMatchObject({ speaker: 'Marie Tremblay', source: 'Région matin' });
  });

  test('when a press noun has the paper\'s or the station\'s name in marks right after it ("the radio station «Kanali 6»"), then that name is the source', () => {
    const text = 'Drought.\n\nThe minister, Mr. Tomas Berg, rejected the criticism. «The drought is not our invention», he said speaking to the radio station «Kanali 6».';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Tomas Berg', source: 'Kanali 6' });
    const paper = 'Drought.\n\nThe mayor Ana Ruiz spoke on Monday. «We will ration the water», she told the newspaper «El Pueblo».';
    expect(extract({ text: paper }).claims[0]).toMatchObject({ speaker: 'Ana Ruiz', source: 'El Pueblo' });
  });
  test('when a headline quotes a description ("The harbour master of Dunmore: «…»") and the body names its holder in apposition, then the headline quotation is that person’s', () => {
    const text = 'Storm closes the port. The harbour master of Dunmore: «No boat leaves today»\n\nWaves of six metres hit the coast on Sunday night. ' +
      'Fishermen pulled their boats ashore.\n\nThe ferries stayed in the bay. The school was closed too.\n\n' +
      '«The wind is too strong for any crossing», declared the harbour master of Dunmore, Ana Kowal, on the quay.';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Ana Kowal', 'Ana Kowal']);
  });
});

describe('attribution: the reach of a reported "that"', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe crossing stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test.each([
    ['The harbour master Ines Lund confirmed Friday that the ferries will run again from May.'],
    ['The harbour master Ines Lund answered briefly that the ferries will run again from May.'],
    ['The harbour master Ines Lund stated further that the ferries will run again from May.'],
    ['The harbour master Ines Lund said on May 12, 2024 that the ferries will run again from May.'],
    ['The harbour master Ines Lund said in a statement to the Nordic News Agency (NNA) that the ferries will run again from May.'],
    ['The harbour master Ines Lund guaranteed, in a letter sent to the islanders, that the ferries will run again from May.'],
    ['The harbour master Ines Lund recognised, however, that the ferries will run again from May.'],
    ['The harbour master Ines Lund communicated, that the ferries will run again from May.'],
    ['The harbour master Ines Lund assured the islanders that the ferries will run again from May.'],
    ['The harbour master Ines Lund assessed in a post on her page that the ferries will run again from May.'],
  ])('when a setting, a day, the one told or a comma stands between the verb and its "that" ("%s"), then the clause is reported', (sentence) => {
    expect(claim(sentence)).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will run again from May' });
  });

  test('when "and said" after a quoted phrase reaches its "that" past a setting ("…“a blow”, and said in a statement to the agency that …"), then the clause is reported', () => {
    const sentence = 'The harbour master Ines Lund called the delay "a blow", and said in a statement to the Nordic News Agency that the ferries will run again from May.';
    expect(claim(sentence)).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will run again from May' });
  });

  test('when a participle names the one told ("a letter informing them that …"), then no one is read as reporting the clause', () => {
    expect(claim('The board read a letter from Ines Lund informing them that the ferries will run again from May.')).toBeUndefined();
    // (a comma that opens an aside and no "that" reports nothing)
    expect(claim('The harbour master Ines Lund waited, in the rain on the quay, for the ferries of the morning.')).toBeUndefined();
  });
});

describe('attribution: a reported clause closed by an inverted cue', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe crossing stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test('when where the words went stands between the closing verb and its speaker ("…, informed for the NNA the harbour master Ines Lund."), then the clause is hers', () => {
    expect(claim('The ferries will run again from May, informed for NNA the harbour master Ines Lund.')).toMatchObject({ speaker: 'Ines Lund', text: 'The ferries will run again from May' });
    // (the object of a setting's preposition is whom the words went to: the verb's subject stands before the comma)
    expect(claim('Two ferries were placed in the dock for the winter, Tom Berg, the undersecretary for the harbour, wrote in a memo to State Department Inspector General Ines Lund.')).toBeUndefined();
  });

  test('when an impersonal passive closes the sentence ("…, it was announced by the harbour master Ines Lund."), then the clause is the agent\'s', () => {
    expect(claim('The ferries will run again from May, it was announced by the harbour master Ines Lund.')).toMatchObject({ speaker: 'Ines Lund', text: 'The ferries will run again from May' });
  });

  test('when an office set off by a comma follows the closing cue\'s speaker ("…, said Ines Lund, a spokeswoman for …"), then the clause before is hers, however long the office', () => {
    expect(claim('The ferries will run again from May, said Ines Lund, a spokeswoman for the harbour authority of the island.'))
      .toMatchObject({ speaker: 'Ines Lund', text: 'The ferries will run again from May' });
    // (a clause of its own after the name goes on: no office)
    expect(claim('The ferries will run again from May, said Ines Lund, and the islanders will pay less for the crossing than before.')).toBeUndefined();
  });
});

describe('attribution: whose view a sentence opened by "For" gives', () => {
  const claims = (sentence: string) => extract({ text: `Ferries.\n\nThe harbour master Ines Lund met the islanders on Monday. ${sentence}` }).claims.filter((c) => c.kind === 'indirect');

  test('when "For" and one person open a clause in the present ("For the harbour master, the crossing is too dear"), then the clause is that person\'s view', () => {
    expect(claims('For the harbour master, the crossing is too dear for the families of the island.')).toMatchObject([{ speaker: 'Ines Lund', text: 'the crossing is too dear for the families of the island' }]);
    expect(claims('For her, the islanders are the ones who pay.')).toMatchObject([{ speaker: 'Ines Lund', text: 'the islanders are the ones who pay' }]);
  });

  test('when the clause after "For X," tells the past, or X is a crowd or "his part", then it is no one\'s view', () => {
    expect(claims('For Ines Lund, the winter was the hardest of her career.')).toEqual([]);
    expect(claims('For the islanders, the crossing is too dear.')).toEqual([]);
    expect(claims('For her part, the crossing is too dear.')).toEqual([]);
  });
});

describe('attribution: verbs of Chinese translations that report after a comma', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe crossing stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test.each([['expressed'], ['introduced']])('when "%s" and a comma open a clause ("Ines Lund expressed, the port has …"), then the clause is the subject\'s reported claim', (verb) => {
    expect(claim(`The harbour master Ines Lund ${verb}, the port has already ordered two new ferries for the island.`)).toMatchObject({ speaker: 'Ines Lund', text: 'the port has already ordered two new ferries for the island' });
  });

  test('when the verb takes its object ("expressed her thanks"), then it reports nothing', () => {
    expect(claim('The harbour master Ines Lund expressed her thanks to the crews of the two ferries.')).toBeUndefined();
  });
});

describe('attribution: more verbs that report a "that" clause', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe crossing stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test.each([['repeated'], ['mentioned'], ['lamented'], ['regretted'], ['opined'], ['cautioned']])('when "%s that" follows the speaker, then the clause is reported', (verb) => {
    expect(claim(`The harbour master Ines Lund ${verb} that the ferries will not run again before May.`)).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will not run again before May' });
  });
});

describe('attribution: "made known that"', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe crossing stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test.each([['has made known that'], ['has made to know that'], ['made it known that'], ['made it clear that']])('when the speaker "%s" a clause, then the clause is reported', (verb) => {
    expect(claim(`The harbour master Ines Lund ${verb} the ferries will run again from May.`)).toMatchObject({ speaker: 'Ines Lund', cue: 'made', text: 'the ferries will run again from May' });
  });

  test('when "made" takes no "known" ("made sure that"), or a document "makes clear that", then it reports nothing', () => {
    expect(claim('The harbour master Ines Lund made sure that the ferries will run again from May.')).toBeUndefined();
    expect(claim('The timetable of Ines Lund makes clear that the ferries will run again from May.')).toBeUndefined();
  });
});

describe('attribution: a passive verb of speech with its agent', () => {
  test('when "it was announced by X that …" reports a clause, then X reported it, not "it"', () => {
    const text = 'Ferries.\n\nThe crossing stopped on Monday. It was announced by Ines Lund on Tuesday that the ferries will run again from May.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will run again from May' });
  });
});

describe('attribution: a passive participle set off between the subject and its verb', () => {
  test('when "X, asked by the agency, answered that …", then X answers, a body as much as a person', () => {
    const text = 'Ferries.\n\nThe crossing stopped on Monday. The Harbour Authority, asked by NNA, answered that the ferries will run again from May.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Harbour Authority', text: 'the ferries will run again from May' });
  });
});

describe('attribution: a reported clause before a participle that introduces a quotation', () => {
  test('when "X said that A, adding: “Q”" closes on a quotation, then A is X\'s reported claim beside the quotation', () => {
    const text = 'Ferries.\n\nThe crossing stopped on Monday. The harbour master Ines Lund said that the ferries will run again from May, adding: "We owe it to the islanders, to their children and to everyone who lives on the island all year."';
    const claims = extract({ text }).claims;
    expect(claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will run again from May' });
    expect(claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Ines Lund' });
  });
});

describe('attribution: a sentence opened by its verb of speech', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe harbour master Ines Lund met the islanders on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test.each([['Affirms the harbour master that'], ['Told the harbour master Ines Lund that']])('when "%s …" opens the sentence, then the one after the verb reports the clause', (opening) => {
    expect(claim(`${opening} the ferries will run again from May.`)).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will run again from May' });
  });

  test('when the verb is a bare form ("Tell the harbour master that …"), then it asks, and reports nothing', () => {
    expect(claim('Tell the harbour master that the ferries will run again from May.')).toBeUndefined();
  });
});

describe('attribution: a setting that ends on an outlet between a person and the verb', () => {
  test.each([
    ['At the same time the shipping expert, director of the analytical centre «Harbourwatch» Ines Lund in the comment to Reuters warned that the ferries will not run before May.'],
    ['The chairman of the committee for ports and ferries of the town of Sundby, Ines Lund, in a conversation with the news agency Interfax informed that the ferries will not run before May.'],
  ])('when "%s", then the person speaks, not the outlet', (sentence) => {
    const text = `Ferries.\n\nThe crossing stopped on Monday. ${sentence}`;
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will not run before May' });
  });
});

describe('attribution: titles and calques of translated news', () => {
  test('when a title written short with its stop stands before a name in apposition or after the verb ("Smt. Lakshmi Devi", "Lic. Ana Ruiz", "Ven. Ananda Thera"), then the person is the speaker, not the abbreviation', () => {
    const apposed = 'Roads.\n\nThe district officer, Smt. Lakshmi Devi, announced new rules on Tuesday.\n\n"We will not allow the speculation," declared the officer on Wednesday.';
    expect(extract({ text: apposed }).claims[0]!.speaker).toBe('Lakshmi Devi');
    for (const title of ['Lic.', 'Ven.', 'Mme.', 'Pst.', 'Cde.']) {
      const after = `Roads.\n\n"We will not allow the speculation," said ${title} Ana Kowal on Wednesday.`;
      expect(extract({ text: after }).claims[0]!.speaker).toBe('Ana Kowal');
    }
  });

  test('when an Amharic courtesy title is written short with a slash ("W/ro Tigist Haile"), then the woman named after it speaks, not its capital', () => {
    const text = 'Fares.\n\nAto Yonas Girma spoke first.\n\nAnother passenger, W/ro Tigist Haile, complained and called it «a decision above the head of the people».';
    expect(extract({ text }).claims[0]!.speaker).toBe('Tigist Haile');
  });

  test('when a quotation is given "according to the words of" someone described by a role, then the person in that role speaks', () => {
    const text = 'Fares.\n\nThe head of the republic Rustam Galiev visited the depot on Monday. According to the words of the head of the republic, "the fares must stay".';
    expect(extract({ text }).claims[0]!.speaker).toBe('Rustam Galiev');
  });

  test('when a sentence opens on one person named as its subject and "they" closes the quotation ("W/ro Hana Bekele, at the press conference, «…» they said"), then that person speaks, as respectful plurals are translated', () => {
    const text = 'Fares.\n\nThe trains were full on Monday.\n\nThe Communication Director Hana Bekele, at the press conference given yesterday, «The service cannot continue with the old tariff» they said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Hana Bekele');
    // (a plural subject keeps "they" a plural, which names no one)
    const plural = 'Fares.\n\nThe passengers, at the station, «We cannot pay this» they said.';
    expect(extract({ text: plural }).claims[0]!.speaker).toBeNull();
  });

  test('when the verb closes the sentence right after the quotation ("the collector Ramesh Kumar "…" said."), then the person named right before the quotation speaks', () => {
    const text = 'Roads.\n\nThe rains damaged the bridge.\n\nRegarding this, the district collector Ramesh Kumar "The work will be finished in two weeks" said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Ramesh Kumar');
  });

  test('when a sentence opens "In the X" or "At the X" on a body and "they" says what it said ("In the FSS they answered …"), then the body speaks, as Slavic impersonal plurals are translated', () => {
    const text = 'Referees.\n\nThe club will send a complaint to the Football Union of Serbia (FUS).\n\nIn the FUS they answered briefly that complaints are resolved „in the regular procedure”.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Football Union of Serbia');
  });

  test('when an office is written in full or as an acronym before a name, then the acronym alone or before the surname ("said the CDO", "CDO Adhikari") is that official, of several sharing the surname', () => {
    const driver = '\n\nA bus driver, Sita Kumari Adhikari, waited there for two days with her passengers.\n\n';
    const full = `Landslide.\n\nChief District Officer Hari Prasad Adhikari visited the site on Monday.${driver}"The debris is 300 metres long," said CDO Adhikari.`;
    expect(extract({ text: full }).claims[0]!.speaker).toBe('Hari Prasad Adhikari');
    const apposed = `Landslide.\n\nThe Chief District Officer of Chitwan, Hari Prasad Adhikari, visited the site on Monday.${driver}"The debris is 300 metres long," the CDO said.`;
    expect(extract({ text: apposed }).claims[0]!.speaker).toBe('Hari Prasad Adhikari');
    const short = `Landslide.\n\nCDO Hari Prasad Adhikari visited the site on Monday.${driver}"The debris is 300 metres long," said the CDO.`;
    expect(extract({ text: short }).claims[0]!.speaker).toContain('Hari Prasad Adhikari');
    // (an acronym that spells a body before an office names the body: "the FBI" is not its director)
    const body = 'Email.\n\nFBI Director Tomas Berg said he was close to the case. In a letter, the FBI said it was "working on matters related to the server."';
    expect(extract({ text: body }).claims.find((c) => c.kind === 'partial')!.speaker).toBe('FBI');
  });

  test('when a description\'s tail ends on a plural before the comma that sets a name off ("The leader of the merchants, Rocío Medina,"), then the name restates it and the description later is that person', () => {
    const text = 'Fire.\n\nThe merchants of the market of Santa Rosa Tlalpan lost everything. The leader of the merchants, Rocío Medina, asked for help.\n\n' +
      '"We are not going to leave the merchants alone," said the leader in the afternoon.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Rocío Medina');
  });

  test('when a headline gives its quotation to a bare office, with a colon or none ("Governor: «…»", "Bear damage, Governor 「…」"), then the one person the article gives that office speaks', () => {
    const body = '\n\nOctober 19, 2023\n\nIn Iwate the bear attacks reached 29 cases. At the press conference on the 19th, Governor Takeda Yoichi said that the damage is serious. The governor asked the residents to be careful.';
    expect(extract({ text: `Governor: "the situation is beyond all assumption"${body}` }).claims[0]!.speaker).toBe('Takeda Yoichi');
    expect(extract({ text: `Bear damage, Governor 「the situation is beyond all assumption」${body}` }).claims[0]!.speaker).toBe('Takeda Yoichi');
    // (a name right before the marks with the headline running on after them is its subject, not a label)
    const runs = extract({ text: 'Ruiz ‘The Dealmaker’ Could Cut Taxes, Berg Says\n\nTomas Berg said on Monday that Ana Ruiz could cut taxes.' });
    expect(runs.claims[0]!.speaker).not.toBe('Ana Ruiz');
  });

  test('when a headline shortens a quotation of the article, or quotes the very word the article quotes from its speaker, then the headline quotation is that speaker\'s', () => {
    const text = 'Tainan water restriction, Water Agency: 「reservoir storage lowest in 20 years」\n\nSouthern Taiwan has had no rain for months. ' +
      'Water Agency director-general Huang Chih-ming at the press conference pointed out that 「reservoir storage is the lowest in 20 years for the same period」.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Huang Chih-ming');
    const word = 'Doctors strike. Minister speaks of «irresponsibility»\n\nThe doctors will strike from Tuesday. The Minister of Health, Ana Lopes, spoke of «irresponsibility» of the union.';
    expect(extract({ text: word }).claims[0]!.speaker).toBe('Ana Lopes');
  });

  test('when "he said" closes a quotation right after a sentence opened by someone unnamed ("A senior official … told Haaretz that …"), in its paragraph, then the unnamed one speaks, not someone named paragraphs before', () => {
    const text = 'Metro.\n\nThe mayor of Holon, Dov Aharon, wrote on his page: "Enough! We demand compensation."\n\n' +
      'A senior official in the Ministry of Finance told the newspaper Haaretz that the warnings were given in 2022. "Everyone knew, nobody wanted to say it," he said.';
    const claims = extract({ text }).claims.filter((c) => c.kind !== 'indirect');
    expect(claims.map((c) => c.speaker)).toEqual(['Dov Aharon', null]);
  });

  test('when a Burmese name has a syllable that is an English function word ("Daw Khin Than Nwe", "U Than Htay"), then the whole name speaks, not its last syllable', () => {
    const text = 'Flood.\n\nThe water rose at night.\n\nDaw Khin Than Nwe, 58, who sells vegetables in the market, lost everything. "The water came at midnight," Daw Khin Than Nwe said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Daw Khin Than Nwe');
  });

  test('when a headline quotation ran on into the lead and took a cue there ("…: “The water came at midnight” – residents"), then the article\'s quotation of those words names its speaker', () => {
    const text = 'Myanmar News English\nNow you can read Myanmar news in English\n\nFlood in Bago: "The water came at midnight" – residents\n\n12 August 2025\nSource: Eleven Media\n\n' +
      'More than 3,000 houses in Bago Region were flooded after the rain, the Department of Meteorology and Hydrology said on Monday.\n\n' +
      'Ana Kowal, 58, who sells vegetables in the market, lost everything.\n\n"The water came at midnight. I could take only my grandchildren," Ana Kowal said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Ana Kowal');
  });

  test('when "according to" names a role a possessive owns, set off before its holder\'s name ("According to its director, Aníbal Sánchez, “…”"), then that person speaks', () => {
    const text = 'Blackout.\n\nThe Observatory of Public Services recalled that Zulia suffered 60 blackouts. According to its director, Aníbal Sánchez, "the crisis is structural and will not be resolved with speeches".';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')!.speaker).toBe('Aníbal Sánchez');
  });

  test('when a name holds "Ngo" in title case ("Mrs. Marie-Claire Ngo Bayiha"), then it is a person\'s name, not a body\'s', () => {
    const text = 'Fire.\n\nThe market burned on Tuesday. For Mrs. Marie-Claire Ngo Bayiha, seller of loincloths for twenty years, it is the ruin.\n\n' +
      '« All my stock is gone. How will I reimburse? », asks the mother of five children, in tears.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Marie-Claire Ngo Bayiha');
  });

  test('when an office is held for a numbered district of a city ("The sub-prefect of Douala 2nd, Mr. Emmanuel Nsengue,"), then the name set off after it restates the description', () => {
    const text = 'Fire.\n\nThe Minister of Trade, Luc Mbarga, is expected in Douala on Thursday. In an interview with CRTV, the member of the government assured that « the State will not abandon the victims ».\n\n' +
      'The sub-prefect of Douala 2nd, Mr. Emmanuel Nsengue, for his part, called for calm. « I ask the traders not to give in to provocation », he insisted.';
    expect(extract({ text }).claims.find((c) => c.text.includes('I ask'))!.speaker).toBe('Emmanuel Nsengue');
  });

  test('when an office with no article opens a sentence and its body\'s name runs into the holder\'s ("Deputy of the City Duma Marat Galeev did not agree"), then the holder is the sentence\'s subject', () => {
    const text = 'Tariffs.\n\nThe head of the committee, Ilnur Fatkhullin, explained the increase. "The carriers work at a loss," Fatkhullin said.\n\n' +
      'Deputy of the City Duma Marat Galeev did not agree with the decision. In his opinion, "the city should first improve the quality".';
    expect(extract({ text }).claims.find((c) => c.text.includes('the city'))!.speaker).toBe('Marat Galeev');
  });

  test('when initials are written together before a surname ("Deputy Chief Minister D.K. Shivakumar"), then they are the name\'s, and the office\'s acronym later ("DCM said") is that person', () => {
    const text = 'Roads.\n\nOpposition leader Ramesh Gowda criticised the government.\n\nDeputy Chief Minister D.K. Shivakumar said the opposition is doing politics. ' +
      '"We have released 1,000 crore for roads," DCM said.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')!.speaker).toBe('D.K. Shivakumar');
  });

  test('when "the head of the republic" speaks, then it is the republic\'s head of state the article names (a president, the Rais of Tatarstan), not another head', () => {
    const text = 'Tariffs.\n\nThe head of the Transport Committee, Ilnur Fatkhullin, explained the increase.\n\n' +
      'The Rais of Tatarstan Rustam Minnikhanov, at the meeting with the mayor, asked to keep the benefits. "The social cards must work as before," the head of the republic stressed.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Rustam Minnikhanov');
  });

  test('when "the regional authority" or "the administrative authority" speaks, then it is the official named just before, as Spanish and French translations call an office holder', () => {
    const text = 'Drought.\n\nThe regional governor of Puno, Carmen Quispe, demanded the money arrive quickly.\n\nThe opposition criticised the delay.\n\n' +
      '"The population has patience, but the patience has a limit," declared the regional authority in dialogue with RPP.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Carmen Quispe');
  });

  test('when a quotation closing its paragraph on "?" is followed by a paragraph whose subject goes on past its verb ("MP Halima Kaakour called on the government to “…”"), then that paragraph is a sentence of its own with its own speaker', () => {
    const text = 'Power.\n\nHajj Abu Ali, a resident of the district, said: "I pay 150 dollars. How do I live?"\n\n' +
      'MP Halima Kaakour called on the government to "intervene urgently to protect the citizens".';
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Hajj Abu Ali', 'Halima Kaakour']);
    // (a pronoun's cue in the next paragraph still closes the quotation: '"Too forced?" ¶ He tweeted when …')
    const tweet = 'Debate.\n\nTomas Berg mocked the candidate online.\n\n"Too forced?\n\n" He tweeted when Ana Ruiz ended the debate with a joke.';
    const { mention } = extract({ text: tweet }).claims[0]!;
    expect(tweet.slice(mention!.start, mention!.end)).toBe('He');
  });

  test('when "the first man of" a place or a body speaks ("said the first man of Novi Grad"), then it is the head named before it, not the place', () => {
    const text = 'Water.\n\nThe mayor of the Municipality of Novi Grad, Semir Efendić, sent water tanks to the settlement. ' +
      '"It is unacceptable that the citizens of the capital are without water," said the first man of Novi Grad.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Semir Efendić');
  });
});

describe('attribution: a clause without "that" after a setting', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe crossing stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test('when a setting stands between the verb and a pronoun\'s clause ("said on Monday she would …"), then the clause is reported', () => {
    expect(claim('The harbour master Ines Lund said on Monday she would ask the ministry for two new ferries.')).toMatchObject({ speaker: 'Ines Lund', text: 'she would ask the ministry for two new ferries' });
  });

  test('when the pronoun follows a preposition or a question word ("said after she …", "explained to the mayor why she …"), then it opens no claim', () => {
    expect(claim('The harbour master Ines Lund explained to the mayor why she would ask the ministry for two new ferries.')).toBeUndefined();
  });
});

describe('attribution: names in marks before the verb that reports', () => {
  const claim = (sentence: string) => extract({ text: `Ferries.\n\nThe crossing stopped on Monday. ${sentence}` }).claims.find((c) => c.kind === 'indirect');

  test('when a company\'s name in marks stands before the verb ("Ines Lund, head of «Island Ferries», stated that …"), then the clause is reported', () => {
    expect(claim('Ines Lund, head of «Island Ferries», stated that the ferries will run again from May.')).toMatchObject({ speaker: 'Ines Lund', text: 'the ferries will run again from May' });
  });

  test('when the verb after the name in marks is a bare form ("let Ines Lund tell stories in a manner that …"), then it reports nothing', () => {
    expect(claim('The talks called «Island Morning» let Ines Lund tell stories in a manner that the islanders could follow.')).toBeUndefined();
  });
});

describe('attribution: an age in brackets after a name set off before the verb', () => {
  test('when "…, Ines Lund (54), admitted that …", then the name before the age speaks', () => {
    const text = 'Ferries.\n\nThe crossing stopped on Monday. Meanwhile, rice trader in Sundby Market, Ines Lund (54), admitted that her turnover dropped drastically since February.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ines Lund', text: 'her turnover dropped drastically since February' });
  });
});

describe('attribution: a passive verb of speech inside the clause between subject and verb', () => {
  test('when "Ines Lund, whose son is admitted since four days, told that …", then the passive "is admitted" is nobody\'s speech and she speaks', () => {
    const text = 'Ferries.\n\nThe crossing stopped on Monday. In the hospital, 58-year-old Ines Lund, whose son is admitted since four days, told that the ward is full and the relatives sleep on the floor.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ines Lund', text: 'the ward is full and the relatives sleep on the floor' });
  });
});

describe('attribution: a setting of common nouns between a name and its verb', () => {
  test('when "Lund in the end of her speech said that …", then the name that opens the clause speaks', () => {
    const text = 'Ferries.\n\nThe harbour master Ines Lund spoke on Monday. Lund in the end of her speech said that the timetable will be announced separately.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Ines Lund', text: 'the timetable will be announced separately' });
  });
});

describe('attribution: a quotation standing alone after the paragraph that has its speaker speak', () => {
  test.each([
    ['a verb closing on a stop', 'Karan Vale, a fan of the visitors who came by bus, told a different story.',
      '"We came with three buses, they threw bottles on us from the first minute. The police watched and did nothing"', 'Karan Vale'],
    ['an aside before the verb and a colon', 'In a video which the family shared, Haji Omar Dabo, in a weak voice, is saying:',
      'They kept me in a dark room, with the hands tied. Thanks to the police I am alive', 'Omar Dabo'],
  ])('when the paragraph after it reports its own "that" clause (%s), then the quotation is the speaker named before it', (_, intro, quote, speaker) => {
    const text = `Riot.\n\nThe police said six fans were held.\n\n${intro}\n\n${quote}\n\nThe Football Association, in a post on its page, announced that the committee will meet on Sunday.`;
    const claim = extract({ text }).claims.find((c) => c.kind !== 'indirect');
    expect(claim).toMatchObject({ text: quote.replace(/"/g, ''), speaker });
  });
});

describe('attribution: how the words were said between the speaker and the verb', () => {
  test.each([
    ['with choked voice', 'The 62-year-old Lin with choked voice said:「Give me one chance to make it right.」'],
    ['with tears in her eyes', 'Lin with tears in her eyes said: "Give me one chance to make it right."'],
  ])('when a phrase of manner ("%s") stands between the speaker and the verb, then the speaker before it spoke', (_, line) => {
    const text = `Food.\n\nThe director Mara Holm said the stalls were checked.\n\nThe stall owner Lin Wei-fa, 62 years old, had run the stall for 30 years.\n\n${line}`;
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Lin Wei-fa', cue: 'said' });
  });
});

describe('attribution: the suspect of a court report', () => {
  test('when "the suspect" speaks, then it is a description of the person the report named as the suspect', () => {
    const text = 'Fraud.\n\nThe court remanded Sunil Perera, the suspect in the savings fraud, until the 22nd. The lawyer Mr. Nimal Silva told the court the victims lost their savings.\n\n"I will pay everybody, give me time," the suspect shouted to the media.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Sunil Perera');
  });
});

describe('attribution: a description that a sentence says is someone', () => {
  test('when a sentence opens "The suspect is Sunil Perera", then the suspect later is Sunil Perera', () => {
    const text = 'Fraud.\n\nThe court remanded the suspect again. The suspect is Sunil Perera (54), of Kandana. The lawyer Mr. Nimal Silva told the court the victims lost their savings.\n\n"I will pay everybody," the suspect shouted to the media.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Sunil Perera');
  });
});

describe('attribution: where the speaker was, between the speaker and the verb', () => {
  test('when a participle phrase stands between the name and the verb ("Chen sitting beside the dry channel told …"), then the name before it spoke', () => {
    const text = 'Drought.\n\nThe water bureau said the wells are ready.\n\nRice farmer Chen Shu-fen sitting beside the dry irrigation channel told the reporter, this season she planned to plant three hectares.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect' && c.text.startsWith('this season'))?.speaker).toBe('Chen Shu-fen');
  });
});

describe('attribution: a description answering the words of another', () => {
  test('when "The words of the governor … the top manager called «…»", then the top manager is not the governor', () => {
    const text = 'Heating.\n\nThe governor Ivan Petrovich Sokolov accused the company of losing the money. The general director of the company Pavel Olegovich Markin told the agency that the funds came late.\n\n«We planned the works for May», said he.\n\nThe words of the governor about the lost money the top manager called «an attempt to find a culprit before the elections».';
    expect(extract({ text }).claims.find((c) => c.text.startsWith('an attempt'))?.speaker).toBe('Pavel Olegovich Markin');
  });
});

describe('attribution: one role held in two places', () => {
  test('when two mayors were named with their towns and a sentence names one town again, then "the mayor" after it is that town\'s', () => {
    const text = 'Bears.\n\n„We live in fear”, has declared the mayor of the commune Valea Rece, Ilie Dobra.\n\n' +
      'Also the mayor of the town Pietrosu, Sorin Marcu, complains that the tourists left. In a post on Facebook, the mayor has written: „Who comes on holiday where the bears walk?”\n\n' +
      'Back in Valea Rece, the inhabitants patrol the streets in the evening.\n\n„If the approval does not come until Friday, we will go in front of the Prefecture”, has warned the mayor.';
    expect(extract({ text }).claims.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Ilie Dobra', 'Sorin Marcu', 'Ilie Dobra']);
  });
});

describe('attribution: the head of a place\'s administration', () => {
  test.each([
    ['provincial', 'the governor of the province, Lok Sambath,', 'the head of the provincial administration', 'Lok Sambath'],
    ['city', 'the mayor of the city, Aziz Karimov,', 'the head of the city administration', 'Aziz Karimov'],
  ])('when "%s" administration\'s head speaks, then it is the governor or the mayor named before, not the last official', (_, holder, head, name) => {
    const text = `Raid.\n\nThe police raided the building on Monday, ${holder} said at the scene. The director of the police department, Chan Dara, told reporters that 40 people were held.\n\nAt the meeting, ${head} added: «The building will be sealed.»`;
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe(name);
  });
});

describe('attribution: of two holders of one office, the one whose place is named again', () => {
  test('when two mayors were named with their towns and the sentence before names one town again, then "the head of the city administration" is that town\'s mayor', () => {
    const text = 'Floods.\n\n„The water is coming faster than ever” – said in the morning the mayor of Brzeg Adam Kowal.\n\n' +
      'In Nysa, the mayor Ewa Nowak calls for calm. The mayor of Nysa said: „The schools will be closed on Thursday.”\n\n' +
      'In Brzeg, meanwhile, the water was still rising at noon.\n\n„Whether the worst is behind us? Nobody knows” – admitted in the conversation with Radio Odra the head of the city administration.';
    expect(extract({ text }).claims.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Adam Kowal', 'Ewa Nowak', 'Adam Kowal']);
  });
});

describe('attribution: the host of the town', () => {
  test('when "the host of the town" speaks, then it is the mayor the article named, not the last official', () => {
    const text = 'Floods.\n\nThe mayor of Brzeg Adam Kowal ordered the evacuation. The minister Jan Lis told the agency that 300 firefighters were sent.\n\n„Whether the worst is behind us? Nobody knows” – admitted in the conversation with Radio Odra the host of the town.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Adam Kowal');
  });
});

describe('attribution: an office without an article opening the sentence before the holder', () => {
  test('when "Head of the … Agency (BPBD) Demak, Agus Wibowo, said …", then "the head of BPBD" later is Agus Wibowo', () => {
    const text = 'Flood.\n\nHead of the Operations Unit of the Regional Disaster Agency (BPBD) Kendal, Agus Wibowo, said the embankment broke along 40 meters. The regent Fauzi Rahman promised a concrete dike.\n\nMeanwhile, the head of BPBD reminded the residents to stay alert. "The water is still high," he said.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Agus Wibowo');
  });
});

describe('attribution: a quotation that lost its stop before the next paragraph', () => {
  test('when "Ruiz added: “We are open to talks” ¶ Hale said that the talks “will resume next week”.", then the second quotation is Hale’s', () => {
    const text = 'Talks stall\n\nTom Hale, the union leader, disagreed.\n\nRuiz added: “We are open to talks”\n\nHale said that the talks “will resume next week”.';
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => [c.text, c.speaker])).toEqual([
      ['We are open to talks', 'Ruiz'],
      ['will resume next week', 'Tom Hale'],
    ]);
  });
});

describe('attribution: quotations labelled with their speakers under a heading', () => {
  test('when "What they said: ¶ Ana Ruiz, mayor: “…” ¶ • Tom Hale: “…”", then each quotation is its label’s, not the heading’s "they"', () => {
    const text = 'Summit\n\nThe leaders met on Monday. What they said:\n\nAna Ruiz, mayor: “We are ready.”\n\n• Tom Hale, governor: “No deal yet.”';
    expect(extract({ text }).claims.map((c) => [c.text, c.speaker])).toEqual([['We are ready.', 'Ana Ruiz'], ['No deal yet.', 'Tom Hale']]);
  });
});
