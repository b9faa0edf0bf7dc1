import { extract } from '../../../server/extraction';

describe('attribution: the day of the words between an inverted verb and its speaker', () => {
  test('when "«…», summarized this Monday the spokeswoman of the union, X" or "said on Friday X", then the one after the day spoke', () => {
    const text = 'Harbour.\n\nThe harbour master Tomas Berg spoke first.\n\n«We cannot live on promises», summarized this Monday the spokeswoman of the union, Ines Corral Lund, before the crowd.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ines Corral Lund', cue: 'summarized' });
    const said = 'Harbour.\n\nThe harbour master Tomas Berg spoke first.\n\n«The boats stay in port», said last night the spokeswoman of the union, Ines Corral Lund.';
    expect(extract({ text: said }).claims[0]).toMatchObject({ speaker: 'Ines Corral Lund', cue: 'said' });
  });
});

describe('attribution: an office no word list knows, set beside the name after an inverted verb', () => {
  test('when "«…», said the patroa maior of the guild of Porto Novo, X, before …", then the name after the comma spoke', () => {
    const text = 'Harbour.\n\nThe harbour master Tomas Berg spoke first.\n\n«The sea is dead», said the patroa maior of the guild of Porto Novo, Ines Corral Lund, before the women.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ines Corral Lund', cue: 'said' });
  });
});

describe('attribution: "so" before the inverted verb after a quotation', () => {
  test('when "‘…,’ so said wholesale trader X", then X spoke', () => {
    const text = 'Market.\n\nThe minister Tomas Berg visited the market.\n\n‘We have not got even one truck this week,’ so said wholesale trader Sri Ramesh Kumar Dalai.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Sri Ramesh Kumar Dalai', cue: 'said' });
  });
});

describe('attribution: "questioned" right after a question', () => {
  test('when "\'… how will we eat?\' she questioned", then she asked it', () => {
    const text = 'Market.\n\nThe minister Tomas Berg visited the market.\n\nA customer, Smt. Lata Mohanty, expressed her anger. \'With this price, how will the poor man eat?\' she questioned.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Lata Mohanty', cue: 'questioned' });
  });
});

describe('attribution: council titles written short before a name', () => {
  test('when "said Ald. X" or "said Cllr X", then X spoke and the title is no name', () => {
    const ald = extract({ text: 'Floods.\n\n"We are not going to leave anyone alone," said Ald. Thandi Mokoena, mayor of the town, on Tuesday.' });
    expect(ald.claims[0]!.speaker).toBe('Thandi Mokoena');
    const cllr = extract({ text: 'Floods.\n\n"The hall is full," said Cllr Ian Reedman on Tuesday.' });
    expect(cllr.claims[0]!.speaker).toBe('Ian Reedman');
  });
});

describe('reported claims: "expressed that"', () => {
  test('when "X, however, expressed that …", then the clause is X\'s claim; "expressed concern" reports none', () => {
    const text = 'Tea.\n\nThe workers stopped work. The garden\'s manager Tomas Berg, however, expressed that because of the low price the garden is in loss.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Tomas Berg', text: 'because of the low price the garden is in loss' });
    const concern = 'Tea.\n\nThe workers stopped work. The manager Tomas Berg expressed concern about the price of tea.';
    expect(extract({ text: concern }).claims).toEqual([]);
  });
});

describe('reported claims: the writer\'s own "It is to be noted that"', () => {
  test('when "It is to be noted that the board has informed that …", then the board\'s claim is the clause after its own verb', () => {
    const text = 'Prices.\n\nThe minister Tomas Berg spoke on Monday. It is to be noted that the Harbour Supply Board has informed that from Saturday rice will be sold at ten counters.';
    const claim = extract({ text }).claims.find((c) => c.kind === 'indirect');
    expect(claim).toMatchObject({ speaker: 'Harbour Supply Board', text: 'from Saturday rice will be sold at ten counters' });
  });
  test('when "It may be mentioned that …" stands alone, then it reports no one\'s claim', () => {
    const text = 'Prices.\n\nThe minister Tomas Berg spoke on Monday. It may be mentioned that last year also a similar strike had happened.';
    expect(extract({ text }).claims).toEqual([]);
  });
});

describe('reported claims: a verb first, a long description, then the name set off before "that"', () => {
  test('when "Said the president of the association of growers “Tia Fou”, Lemalu Tavita, that …", then Lemalu Tavita claimed it', () => {
    const text = 'Fish.\n\nPrices rose this week. Said the president of the association of growers “Tia Fou”, Lemalu Tavita, that more than half of the boats did not go out.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Lemalu Tavita', text: 'more than half of the boats did not go out' });
  });
});

describe('attribution: a verb that speaks only next to the words, with its object, before a colon', () => {
  test('when "The trader X summarized the situation: «…»", then X spoke; when an unnamed buyer did, nobody named', () => {
    const named = 'Sheep.\n\n“The price is high,” said the imam, Moussa Traoré.\n\nThe trader Mamadou Keita summarized the situation: « The sheep became gold, and we became the poor. »';
    expect(extract({ text: named }).claims[1]).toMatchObject({ speaker: 'Mamadou Keita', cue: 'summarized' });
    const unnamed = 'Sheep.\n\n“The price is high,” said the imam, Moussa Traoré.\n\nA buyer who preferred to keep his name hidden summarized the situation: « The sheep became gold, and we became the poor. »';
    expect(extract({ text: unnamed }).claims[1]).toMatchObject({ speaker: null, cue: 'summarized' });
  });
});

describe('attribution: an outlet named after its press noun between an inverted verb and its speaker', () => {
  test('when "«…», explained to the agency Vedeno-Press the chief engineer of the plant, X", then X spoke and the agency is the source', () => {
    const text = 'Water.\n\nThe head of the district Aslan Dudayev visited the village.\n\n"The ground there is rocky, we dig by hand," explained to the agency Vedeno-Press the chief engineer of the plant, Ruslan Khasanov.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ruslan Khasanov', source: 'Vedeno-Press', cue: 'explained' });
  });
});

describe('attribution: the verb second after an opening setting that ends on a platform', () => {
  test('when "In a comment on Facebook wrote the citizen X: «…»", then X wrote it; when "another citizen" did, nobody named, not the platform', () => {
    const named = 'Court.\n\nThe mayor Romain Kieffer was heard as witness.\n\nIn a comment on Facebook wrote the teacher Marc Weber: "He has organised the festival, yes, but with whose money?"';
    expect(extract({ text: named }).claims[0]!.speaker).toBe('Marc Weber');
    const unnamed = 'Court.\n\nThe mayor Romain Kieffer was heard as witness.\n\nIn a comment on Facebook wrote another citizen: "He has organised the festival, yes, but with whose money?"';
    expect(extract({ text: unnamed }).claims[0]!.speaker).toBeNull();
  });
});

describe('attribution: a body\'s initials in brackets closing the office before the apposed name', () => {
  test('when "Contacted by Radio Kayes, the director general of commerce (DGCC), X, assured that …", then X claimed it, not the radio', () => {
    const text = 'Sheep.\n\nContacted by Radio Kayes, the director general of commerce, of consumption and of competition (DGCC), Seydou Konaté, assured that the State will not let the speculators make the law. ' +
      'According to the DGCC, the sheep arrived.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Seydou Konaté', text: 'the State will not let the speculators make the law' });
  });
});

describe('attribution: an officer named again by the initials of the office written before the name', () => {
  test('when "Provincial Police Commander, Chief Inspector X, warned … “…,” the PPC said", then X spoke', () => {
    const text = 'Landslip.\n\nEastern Provincial Police Commander, Chief Inspector Tobias Wari, warned the drivers not to try the bush track.\n\n' +
      '"The track is very dangerous. We do not want to pull bodies out of the river," the PPC said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Tobias Wari');
  });
  test('when the initials were given to a body in brackets ("the Port Planning Council (PPC)"), then they stay the body\'s', () => {
    const text = 'Landslip.\n\nThe Port Planning Council (PPC) met on Monday with Chief Inspector Tobias Wari.\n\n"The road stays closed," the PPC said.';
    expect(extract({ text }).claims[0]!.speaker).not.toBe('Tobias Wari');
  });
});

describe('attribution: "the police" after a police force named as a service', () => {
  test('when "The Norland Police Service informed that … “…,” the police said", then the service spoke', () => {
    const text = 'Vote.\n\nThe mayor Ana Ruiz voted early.\n\nThe Norland Police Service informed that no incident was reported. "The election was held in a peaceful environment," the police said.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')!.speaker).toBe('Norland Police Service');
  });
});

describe('sources: a station\'s call sign after its noun', () => {
  test('when "In an interview with Radio 4KZ, she said: “…”", then the source is the whole name, not "Radio"', () => {
    const text = 'Fish.\n\nThe chief executive, Lina Tuimavave, called on the fishermen to register. In an interview with Radio 4KZ, she said: "Those who are not registered, we cannot help them."';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Lina Tuimavave', source: 'Radio 4KZ' });
  });
});

describe('attribution: a pronoun taking up the subject the sentence opened on', () => {
  test('when "One old man at Kaisenik he said: …" follows someone named, then the old man said it, not the one named before', () => {
    const text = 'Road.\n\nChief Inspector Tobias Wari warned the drivers. "The track is dangerous," he said.\n\n' +
      'One old man at Kaisenik he said only: before the road was made with shovels, and still it is closed.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')!.speaker).toBeNull();
    // (a cue set off inside the sentence is no such pronoun: "The council, he said, will …" is still Wari's claim)
    const aside = 'Road.\n\nChief Inspector Tobias Wari warned the drivers.\n\nThe council, he said, will pay for the new road this year.';
    expect(extract({ text: aside }).claims[0]!.speaker).toBe('Tobias Wari');
  });
});

describe('quotes: words after a colon that say "we" further on', () => {
  test('when "X said only: before …, today we have …", then the words are an unmarked quotation, not a reported claim', () => {
    const text = 'Road.\n\nThe villagers waited.\n\nThe elder Tobias Wari said only: before the road was made with shovels, today we have the machine and still the road is closed.';
    const claim = extract({ text }).claims[0]!;
    expect(claim).toMatchObject({ kind: 'unmarked', speaker: 'Tobias Wari' });
    // (the writer's third person after a colon stays a reported claim)
    const reported = 'Road.\n\nThe villagers waited.\n\nThe elder Tobias Wari said only: the road was made with shovels and is still closed.';
    expect(extract({ text: reported }).claims[0]!.kind).toBe('indirect');
  });
});

describe('attribution: a place inside a relative clause before the verb', () => {
  test('when "A voter who voted at Norland said to the paper that …", then the voter spoke, not the place', () => {
    const text = 'Vote.\n\nHer opponent Tomas Berg said that he accepts the result.\n\nA voter who voted at Norland said to the paper that the voting went peacefully.';
    const claim = extract({ text }).claims.find((c) => c.text === 'the voting went peacefully')!;
    expect(claim.speaker).toBeNull();
    const person = 'Vote.\n\nHer opponent Tomas Berg said that he accepts the result.\n\nA person who voted at the Norland school centre said to the paper that the voting went peacefully.';
    expect(extract({ text: person }).claims.find((c) => c.text === 'the voting went peacefully')!.speaker).toBeNull();
  });
});

describe('attribution: a name set off before "expressed her anger" takes over as the next "she"', () => {
  test('when "A customer, Smt. X, expressed her anger. \'…?\' she questioned." follows another speaker, then X asked it', () => {
    const text = 'Market.\n\n‘We have not got even one truck this week,’ so said wholesale trader Sri Ramesh Kumar Dalai.\n\n' +
      'According to Sri Dalai, more than 200 trucks are standing at the border.\n\n' +
      'A customer who came to buy vegetables, Smt. Lata Mohanty, expressed her anger. \'With this price, how will the poor man eat dalma?\' she questioned.';
    expect(extract({ text }).claims.find((c) => c.cue === 'questioned')!.speaker).toBe('Lata Mohanty');
  });
});

describe('quotes: a line opened by a dash after a paragraph that ends on "said:"', () => {
  test('when "X, speaking to Radio Y, said: ¶ — Each year the owners cry loss …", then the dashed line is X\'s quotation', () => {
    const text = 'Tea.\n\nThe workers stopped work.\n\nThe union\'s general secretary, Sri Ramen Tanti, speaking to Radio Dibru, said:\n\n' +
      '— Each year the owners cry loss, but the new bungalow of the manager is built every year. The tea worker is not a beggar.\n\nThe union demanded more.';
    const claims = extract({ text }).claims;
    expect(claims[0]).toMatchObject({ speaker: 'Sri Ramen Tanti', text: expect.stringContaining('Each year the owners cry loss') });
  });
});

describe('reported claims: "he talk that", as Tok Pisin translations report', () => {
  test('when "Mr X spoke first. Later he talk that …", then the clause is X\'s claim; "any talk that" and "agreed to talk on the condition that" report none', () => {
    const text = 'Landslip.\n\nThe road is closed. Mr Nason Wari visited the slip. Later he talk that the rain fell for three days and nights.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Nason Wari', text: 'the rain fell for three days and nights' });
    const noun = 'Campaign.\n\nThe campaign is going to great lengths to quash any talk that she won’t bounce back.';
    expect(extract({ text: noun }).claims).toEqual([]);
    const condition = 'Campaign.\n\nBob agreed to talk on the condition that his last name not be used.';
    expect(extract({ text: condition }).claims).toEqual([]);
  });
});

describe('attribution: the pronoun after an office and the name set off after it', () => {
  test('when "Ward Member of Kaisenik, Mr X, he talk that …", then X claimed it, not the office', () => {
    const text = 'Landslip.\n\nThe road is closed.\n\nWard Member of Kaisenik, Mr Nason Wari, he talk that the rain fell for three days and nights.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Nason Wari' });
  });
});

describe('reported claims: "let know that", as Afrikaans and Dutch translations report', () => {
  test('when "The mayor let know that …", then the clause is the mayor\'s claim; "let him know" reports none', () => {
    const text = 'Floods.\n\nThe mayor Thandi Mokoena visited the hall. The mayor let know that drinking water will be distributed with tankers.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Thandi Mokoena', text: 'drinking water will be distributed with tankers' });
    const object = 'Floods.\n\nThe mayor Thandi Mokoena visited the hall. She let him know where the blankets were.';
    expect(extract({ text: object }).claims).toEqual([]);
  });
});

describe('reported claims: "In the view of X" with no comma before the clause', () => {
  test('when "In the view of the lawyer the accounting was chaotic", then the clause is the lawyer\'s claim', () => {
    const text = 'Court.\n\nThe defence lawyer, Maître Paul Weber, pleaded for acquittal. In the view of the lawyer the accounting of the association was chaotic and late.';
    expect(extract({ text }).claims.find((c) => c.kind === 'indirect')).toMatchObject({ speaker: 'Paul Weber', text: 'the accounting of the association was chaotic and late' });
  });
});

describe('attribution: a quotation that goes on with a post its speaker was said to write', () => {
  test('when "X on his page in Facebook wrote that … ¶ “…”", then the quotation after the claim went out on Facebook', () => {
    const text = 'Buses.\n\n«Where is the money?» – asked the deputy Tomas Berglund at the session.\n\nLater Tomas Berglund on his page in Facebook wrote that only half of the trams are working today.\n“Nine trams stand in the depot without wheels. This is the pride of our city hall.';
    const claims = extract({ text }).claims;
    const quote = claims.find((c) => c.text.startsWith('Nine trams'));
    expect(quote).toMatchObject({ speaker: 'Tomas Berglund', source: 'Facebook' });
  });
});

describe('attribution: a quotation that goes on with an interview its speaker was reported from', () => {
  test('when "X explained in interview with Canal Y that … ¶ "…," added the official", then the channel is the source', () => {
    const text = 'Market fire.\n\nThe director of civil protection of the town hall, Ramiro Ortega Salas, explained in interview with Canal Vega Televisión that the wiring of the market was old.\n\nThe traders did not listen. "We made three inspections and we left notices," added the official.';
    const quote = extract({ text }).claims.find((c) => c.text.startsWith('We made'));
    expect(quote).toMatchObject({ speaker: 'Ramiro Ortega Salas', source: 'Canal Vega Televisión' });
    // a body's claim "according to" it is no interview
    const body = 'Trams.\n\nAccording to the Valmont Transport Board, the strike is illegal.\n\n«Come back to work» – said the Valmont Transport Board.';
    expect(extract({ text: body }).claims.find((c) => c.text.startsWith('Come back'))?.source ?? null).toBeNull();
  });
});

describe('attribution: a station whose name ends on its number or call sign', () => {
  test('when "In an interview with Radio 3VB, the minister X said: "…"", then the source keeps the call sign', () => {
    const text = 'Fuel.\n\nIn an interview with Radio 3VB, the minister Ana Lealaiauloto said: "Those who are not registered, we cannot help them."';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Ana Lealaiauloto', source: 'Radio 3VB' });
    const numbered = 'Fuel.\n\nIn an interview with Channel 7, the minister Ana Lealaiauloto said: "Those who are not registered, we cannot help them."';
    expect(extract({ text: numbered }).claims[0]).toMatchObject({ source: 'Channel 7' });
  });
});
