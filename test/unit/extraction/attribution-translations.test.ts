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
