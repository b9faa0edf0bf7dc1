import { extract } from '../../../server/extraction';

/** Expects the text to hold one claim, a direct quotation, and that `speaker` spoke it. */
function expectOneQuotationBy(text: string, speaker: string): void {
  expect(extract({ text }).claims).toEqual([expect.objectContaining({ kind: 'direct', speaker })]);
}

describe('attribution: a "so X" aside set off by commas before the quotation it reports', () => {
  test('when "X had, so the auditor, «…» signed", then the auditor spoke, not the clause\'s subject', () => {
    const text = 'Audit.\n\nThe auditor Pia Sandvik presented her report on Monday.\n\nThe treasurer Jon Aske had, so the auditor, «a second set of books» kept for years.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Pia Sandvik', cue: 'so' });
  });
  test('when "will, so councillor X, «…»", then X spoke; "so the mayor, furious, called it «…»" keeps its verb', () => {
    const text = 'Ferries.\n\nThe mayor Jon Aske opened the season.\n\nThe ferry line will, so councillor Pia Sandvik, «within a week» return to the island.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Pia Sandvik', cue: 'so' });
    const verb = 'Ferries.\n\nThe councillor Pia Sandvik opened the season.\n\nThe pier was closed, so the mayor Jon Aske, furious, called it «a shame for the island».';
    expect(extract({ text: verb }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Jon Aske', cue: 'called' });
  });
});

describe('attribution: "aka", "a.k.a." and "alias" before another name in marks', () => {
  const lead = 'Harbour.\n\nThe harbour master Tomas Berg closed the quay.\n\n';
  test('when "X, aka «Y», said: «…»", then X spoke, the name in marks is no claim, and "Y said" later is X', () => {
    const text = `${lead}Ivo Marsh, aka «Old Salt», said: «The quay is our home.» Later Old Salt said: «We will not move.»`;
    const claims = extract({ text }).claims;
    expect(claims.map((c) => c.text)).toEqual(['The quay is our home.', 'We will not move.']);
    expect(claims.map((c) => c.speaker)).toEqual(['Ivo Marsh', 'Ivo Marsh']);
  });
  test('when "a.k.a." or "AKA" leads the other name, then the same', () => {
    for (const aka of ['a.k.a.', 'AKA']) {
      const text = `${lead}Ivo Marsh, ${aka} «Old Salt», said: «The quay is our home.» Later Old Salt said: «We will not move.»`;
      const claims = extract({ text }).claims;
      expect(claims.map((c) => c.text)).toEqual(['The quay is our home.', 'We will not move.']);
      expect(claims.map((c) => c.speaker)).toEqual(['Ivo Marsh', 'Ivo Marsh']);
    }
  });
  test('when "aka" follows a name as an honorific ("Rustam aka said"), then the name before it still speaks', () => {
    const text = `${lead}The net maker Anvar aka said: «The quay is our home.»`;
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Anvar', cue: 'said' });
  });
});

describe('attribution: an office written out after an inverted verb, its holder\'s name closing the sentence', () => {
  const lead = 'Trams.\n\nThe deputy mayor Ewa Nowak spoke first.\n\n';
  test('when "«…» – said KAP the chairman of the works council of the union „Unity” in the depot X.", then X spoke', () => {
    const text = `${lead}«We stay in the depot» – said KAP the chairman of the works council of the union „Unity” in the depot Jan Kowalski.`;
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Jan Kowalski', cue: 'said' });
    const plain = `${lead}«We stay in the depot» – said the chairman of the works council in the tram depot Jan Kowalski.`;
    expect(extract({ text: plain }).claims[0]).toMatchObject({ speaker: 'Jan Kowalski', cue: 'said' });
  });
  test('when the name is the object ("said the chairman of the club of X", "after meeting X"), then it did not speak', () => {
    for (const tail of ['the chairman of the club of Jan Kowalski.', 'the chairman after meeting Jan Kowalski.']) {
      const claim = extract({ text: `${lead}«We stay in the depot» – said ${tail}` }).claims[0]!;
      expect(claim.speaker).not.toBe('Jan Kowalski');
    }
  });
});

describe('attribution: someone who asks to be called by one name only', () => {
  test('when "A young fisherman, 31 years old, who asked to be called only by the name Rafi, …" then "the young fisherman" later is Rafi', () => {
    const text = 'Harbour.\n\nThe harbour master Tomas Berg closed the quay.\n\nA young fisherman, 31 years old, who asked to be called only by the name Rafi, came to the quay at dawn.\n\n«They took our nets in the night», the young fisherman recounted.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Rafi', cue: 'recounted' });
  });
  test('when "a nurse who asked to be identified only as Lena" then "the nurse" later is Lena', () => {
    const text = 'Clinic.\n\nThe director Tomas Berg opened the ward.\n\nA nurse who asked to be identified only as Lena works the night shift.\n\n«We are four for sixty beds», the nurse said.';
    expect(extract({ text }).claims.find((c) => c.kind !== 'indirect')).toMatchObject({ speaker: 'Lena', cue: 'said' });
  });
});

describe('attribution: "Governor of <place of two words> Province" set beside a name', () => {
  test('when "X, Governor of Kampong Lor Province, affirmed: «…»" then "the head of the provincial administration" later is X', () => {
    const text = 'Port.\n\nThe mayor Ana Ruiz spoke first.\n\nTalking to the press, Tomas Berg, Governor of Kampong Lor Province, affirmed: «The port stays open.»\n\nAt the meeting on Monday, the head of the provincial administration added: «Nobody is above the law».';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => c.speaker)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });
});

describe('attribution: the possessive of someone kept unnamed ("Mr. A\'s lawyer")', () => {
  test('when "Mr. B\'s lawyer told the reporters "…"", then the lawyer spoke, not Mr. B nor anyone named before', () => {
    const text = 'Fraud.\n\nThe victim Jeong Min-ho spoke at the court.\n\nThe landlord Mr. B (58) is awaiting the appeal. Mr. B\'s lawyer told the reporters "My client is also a victim of the market."';
    const claim = extract({ text }).claims.find((c) => c.text.startsWith('My client'))!;
    expect(claim).toMatchObject({ speaker: null, cue: 'told' });
  });
});

describe('attribution: "according to him" after a person a relative clause introduced', () => {
  test('when "Different reading had the president of the federation, X, who … . According to him, … «…»", then X, not the last speaker', () => {
    const text = 'Port.\n\nThe captain of the ferry, Jan Vik, kept silent. «The crew did what the manual says», he underlined.\n\nThe minister of ports, Mr. Tomas Berg, who arrived at noon, spoke of a «shameful scene».\n\n«Whoever is responsible will pay», said the minister, while he visited the quay.\n\n«The inquiry», he added, «will end in ten days».\n\nDifferent reading had the president of the Harbour Workers\' Federation (HWF), Piet Olsen, who has no relation with the captain. According to him, the ferry had passed its check with «three open warnings» nobody read.';
    const claim = extract({ text }).claims.find((c) => c.text === 'three open warnings')!;
    expect(claim.speaker).toBe('Piet Olsen');
  });
});

describe('attribution: a quotation standing as its own paragraph after a paragraph that has someone tell something', () => {
  test('when "She told us that …¶"….¶"…," said Y", then the standalone quotation is hers, not Y\'s', () => {
    const text = 'Market.\n\nThe trader Omar Dembele sold his goats early.\n\nMrs. Fanta Keita, a nurse at Bagadadji, came with her savings. She told us that the money cannot buy a ram this year.\n\n"I went round the market three times. They only show me the small ones. We will see."\n\n"We the drivers," said Issa Traore, 31, "bring the rams by bus."';
    const claim = extract({ text }).claims.find((c) => c.text.startsWith('I went round'))!;
    expect(claim.speaker).toBe('Fanta Keita');
  });
});

describe('attribution: a body speaking through another body\'s statement', () => {
  test('when "The regional Government informed through a statement of the Harbour Authority that it will open «…»", then the Authority spoke', () => {
    const text = 'Floods.\n\nThe mayor Ana Ruiz visited the shelters.\n\nThe regional Government, for its part, informed through a statement of the Harbour Authority that it will open «within two days» three more shelters.';
    const claim = extract({ text }).claims.find((c) => c.text === 'within two days')!;
    expect(claim.speaker).toBe('Harbour Authority');
  });
});

describe('attribution: a quotation its own sentence calls someone\'s reply', () => {
  const lead = 'Harbour.\n\nThe council met on Monday to vote on the pier.\n\n';
  const first = (text: string) => extract({ text: lead + text }).claims.find((c) => c.kind !== 'indirect');
  test('when "«…», was the reply from X" or "came the curt answer of the minister, X", then X spoke', () => {
    expect(first('“No,” was the reply from Ana Ruiz.')).toMatchObject({ speaker: 'Ana Ruiz', cue: 'reply' });
    expect(first('“Never,” came the curt answer of the minister, Tom Hale.')).toMatchObject({ speaker: 'Tom Hale', cue: 'answer' });
  });
  test('when "«…», was X\'s response", then X spoke', () => {
    expect(first('“Fine,” was Maria Costa’s response.')).toMatchObject({ speaker: 'Maria Costa', cue: 'response' });
  });
  test('when the reply is nobody\'s ("was the answer", "was the reply of the day"), then no one is made its speaker', () => {
    expect(first('“Yes,” was the answer.')?.speaker ?? null).toBeNull();
  });
});

describe('attribution: the sentence after a quotation calls it someone\'s answer, or someone cuts in', () => {
  test('when "That was the answer of X" or "This was the conclusion of engineer X" follows, then X spoke', () => {
    const lead = 'Pier.\n\nThe pier was inspected on Monday.\n\n“It is safe.”\n\n';
    expect(extract({ text: `${lead}That was the answer of Tom Hale, the leader of the residents.` }).claims[0]).toMatchObject({ speaker: 'Tom Hale', cue: 'answer' });
    expect(extract({ text: `${lead}This was the conclusion of engineer Tom Hale after the inspection.` }).claims[0]).toMatchObject({ speaker: 'Tom Hale', cue: 'conclusion' });
  });
  test('when "before X cut in:" opens a quotation, then X spoke it, not the speaker before', () => {
    const text = 'Pier.\n\nAna Ruiz and Tom Hale were at the pier. “It is safe,” Hale said, before Ruiz cut in: “It is not.”';
    expect(extract({ text }).claims.map((c) => [c.text, c.speaker])).toEqual([['It is safe,', 'Tom Hale'], ['It is not.', 'Ana Ruiz']]);
  });
});

describe('attribution: a role given with "is" or "who is" after a name', () => {
  const quote = '\n\n“The pier will reopen in May,” the minister told reporters.';
  const speaker = (intro: string) => extract({ text: `Harbour.\n\n${intro}${quote}` }).claims[0]!.speaker;
  test('when "X is the harbour minister." opens a sentence, then "the minister" later is X', () => {
    expect(speaker('Ana Ruiz is the harbour minister. She took office in May.')).toBe('Ana Ruiz');
  });
  test('when "X, who is the harbour minister," describes X, then "the minister" later is X', () => {
    expect(speaker('Ana Ruiz, who is the harbour minister, visited the pier.')).toBe('Ana Ruiz');
  });
  test('when the description after "is" is someone else\'s ("the minister\'s daughter"), then it gives X no office', () => {
    expect(speaker('Ana Ruiz is the minister\'s daughter. Tom Hale is the harbour minister.')).toBe('Tom Hale');
  });
});

describe('attribution: an apposition after an age set off by commas', () => {
  test('when "X, 54, a former engineer," introduces X, then "the former engineer" later is X', () => {
    const text = 'Harbour.\n\nAna Ruiz, 54, a former engineer, visited the pier with Tom Hale.\n\n“We will rebuild,” the former engineer said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Ana Ruiz');
  });
});

describe('attribution: a party member named by the party\'s noun', () => {
  test('when "the Socialist", "the Tory" or "the Communist" speaks, then it is the person the article named, not a speaker called so', () => {
    for (const w of ['Socialist', 'Tory', 'Communist']) {
      const text = `Harbour.\n\nAna Ruiz took office in May.\n\n“We will rebuild,” the ${w} said.`;
      expect(extract({ text }).claims[0]!.speaker).toBe('Ana Ruiz');
    }
  });
  test('when the party itself speaks ("the Socialist Party said"), then the party is the speaker', () => {
    const text = 'Harbour.\n\nThe Socialist Party won the vote. Ana Ruiz took office.\n\n“We will rebuild,” the Socialist Party said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Socialist Party');
  });
});

describe('attribution: a group named by a plural noun opening a sentence', () => {
  const lead = 'Harbour.\n\nAna Ruiz is the harbour minister. The storm hit on Sunday.\n\n';
  test('when "Officials said …" or "“…,” Witnesses said" speaks, then no speaker is called "Officials" or "Witnesses"; the words are kept as evidence', () => {
    const reported = extract({ text: `${lead}Officials said the pier would reopen in May.` }).claims[0]!;
    expect(reported).toMatchObject({ kind: 'indirect', speaker: null, cue: 'said' });
    expect(reported.evidence).toContain('Officials');
    expect(extract({ text: `${lead}“It collapsed at noon,” Witnesses said.` }).claims[0]).toMatchObject({ kind: 'direct', speaker: null });
  });
  test('when the article writes the word capitalised inside a sentence too, then it is a surname and speaks', () => {
    const text = `${lead}The coach is Ken Masters. Masters said the pier would reopen in May. “We will train,” said Masters.`;
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Ken Masters', 'Ken Masters']);
  });
  test('when "Police said …" opens a sentence or "police said" follows "and", then the police are the source, as "the police" are, and no speaker', () => {
    for (const said of ['Police said the man was armed.', 'The man fled on foot, and police said he was armed.']) {
      const claim = extract({ text: `${lead}${said}` }).claims[0]!;
      expect(claim).toMatchObject({ kind: 'indirect', speaker: null, cue: 'said' });
      expect(claim.source?.toLowerCase()).toBe('police');
    }
    // (a force's own name is a name: "Police Scotland")
    expect(extract({ text: `${lead}Police Scotland said the man was armed.` }).claims[0]!.speaker).toBe('Police Scotland');
  });
});

describe('attribution: nations and offices under other names', () => {
  const speakers = (text: string) => extract({ text: `Harbour.\n\n${text}` }).claims.map((c) => c.speaker);
  test('when "the premier" follows a prime minister\'s name, or "the prime minister" a premier\'s, then it is that person, not the president', () => {
    expect(speakers('President Tom Hale and Prime Minister Ana Ruiz met on Monday. “We agreed,” the president said. “Almost,” the premier added.'))
      .toEqual(['Tom Hale', 'Ana Ruiz']);
    expect(speakers('President Tom Hale and Premier Ana Ruiz met on Monday. “We agreed,” the president said. “Almost,” the prime minister added.'))
      .toEqual(['Tom Hale', 'Ana Ruiz']);
  });
  test('when a nation\'s noun for its people speaks ("the Frenchman"), then it is the person of that nation, never a speaker called "Englishman"', () => {
    expect(speakers('French coach Paul Girard and English coach Tom Hale met after the game. “The referee was a disgrace,” said the Frenchman.'))
      .toEqual(['Paul Girard']);
    expect(speakers('Tom Hale, the coach, was furious. “We were robbed,” said Hale. “The referee was a disgrace,” added the Englishman.'))
      .toEqual(['Tom Hale', 'Tom Hale']);
  });
  test('when a nationality and a lower-case office stand before a name ("Russian coach Ivan Petrov"), then the nationality tells the two apart', () => {
    expect(speakers('Russian coach Ivan Petrov met French coach Paul Girard. “We talked,” the French coach said.')).toEqual(['Paul Girard']);
  });
  test('when a surname never written with a given name speaks past an age set off by commas ("Ruiz, 54, told …"), then a later "she" is that person', () => {
    expect(speakers('Ruiz, 54, told the Lisbon Times that the port would recover. “I am sure of it,” she said.')).toEqual(['Ruiz', 'Ruiz']);
  });
  test('when a description holds only a nationality in capitals ("the Spanish envoy"), then it names no one', () => {
    expect(speakers('Ana Ruiz met the Spanish envoy. “We are close,” the envoy said.')).toEqual([null]);
  });
});

describe('attribution: the roles of sport before a name', () => {
  test('when a sport\'s role opens the sentence before a name ("Striker Tom Hale agreed"), then the role is no part of the name', () => {
    const text = 'Harbour.\n\nPaul Girard, the coach, said the team played well. Striker Tom Hale agreed. “We were the better side,” he said.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')!.speaker).toBe('Tom Hale');
  });
  test('when a name modifies a plural role ("Clinton defenders argue that …"), then the group is no speaker named after the name', () => {
    const text = 'Harbour.\n\nBill Clinton signed the bill in 1996. Clinton defenders argue that this was the best anyone could have done.';
    expect(extract({ text }).claims[0]!.speaker).not.toBe('Bill Clinton');
  });
});

describe('attribution: a name set off after a possessive opening the sentence', () => {
  test('when "His replacement, Tom Hale, arrived" follows the man replaced, then a later "he" is the replacement', () => {
    const text = 'Harbour.\n\nPaul Girard was sacked on Monday. His replacement, Tom Hale, arrived on Tuesday. “I am ready,” he said.';
    expect(extract({ text }).claims[0]!.speaker).toBe('Tom Hale');
  });
});

describe('attribution: a quotation signed with a dash and a name', () => {
  test('when a dash and a name close the quotation\'s line ("“…” — Ana Ruiz", with a role after a comma or not), then the name said it', () => {
    const speaker = (text: string) => extract({ text: `Harbour.\n\nThe talks failed.\n\n${text}` }).claims[0]!.speaker;
    expect(speaker('“We need more time” — Ana Ruiz.')).toBe('Ana Ruiz');
    expect(speaker('“We need more time” — Ana Ruiz, harbour minister')).toBe('Ana Ruiz');
    // (a sentence going on after the name is read as any other)
    expect(speaker('“We need more time” — Tom Hale met Ana Ruiz on Monday.')).toBeNull();
  });
});

describe('a body whose name joins two words by "and" before its noun', () => {
  it('when "the Food and Drug Administration" or "the Securities and Exchange Commission" speaks, then the whole name speaks', () => {
    expect(extract({ text: 'Drugs.\n\nThe Food and Drug Administration said the drug was safe for children.' }).claims[0]).toMatchObject({ speaker: 'Food and Drug Administration' });
    expect(extract({ text: 'Markets.\n\n“The rules are clear,” said the Securities and Exchange Commission.' }).claims[0]).toMatchObject({ speaker: 'Securities and Exchange Commission' });
  });
  it('when a person and an office with a body\'s word follow "and", then they stay two', () => {
    const text = 'Letters.\n\nAlso on Monday, Goodlatte and Harbour Committee Chairman Trey Gowdy sent a letter. “We want answers,” Gowdy said.';
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Trey Gowdy' });
  });
});

describe('attribution: an office of a place or a body, given with "is"', () => {
  test('when "Ana Ruiz is the mayor of Tarvo. “…,” the mayor said", then she spoke, not a "mayor of Tarvo" of its own', () => {
    for (const office of ['the mayor of Tarvo', 'the governor of the Tarvo Region']) {
      const text = `Bridges.\n\nAna Ruiz is ${office}. “We will fix the bridge,” ${office.split(' of ')[0]} said.`;
      expectOneQuotationBy(text, 'Ana Ruiz');
    }
    // (a relation to a person is no office: "the daughter of Tom Hale" is no role of hers for "the daughter" to name)
    const daughter = 'Bridges.\n\nAna Ruiz is the daughter of Tom Hale. “We will fix the bridge,” Hale said.';
    expect(extract({ text: daughter }).speakers.find((e) => e.name === 'Ana Ruiz')?.role ?? null).toBeNull();
  });
});

describe('attribution: a role held up to a year, given with "was"', () => {
  test('when "Ana Ruiz was the transport minister until 2020. “…,” the former minister said", then she spoke', () => {
    for (const years of ['until 2020', 'from 2016 to 2020', 'since 2019']) {
      const text = `Bridges.\n\nAna Ruiz was the transport minister ${years}. “We will fix the bridge,” the former minister said.`;
      expectOneQuotationBy(text, 'Ana Ruiz');
    }
  });
});

describe('attribution: verbs and feelings of French and Spanish translations right after a quotation', () => {
  const lead = 'Bridge.\n\nAna Ruiz is the mayor of Tarvo. The opposition leader Tom Hale accused her of lying.\n\n';
  test('when "«…», fulminates the mayor" or "«…», is indignant the mayor", then the mayor spoke, not the person named last', () => {
    for (const [verb, cue] of [['fulminates', 'fulminates'], ['breathes', 'breathes'], ['slips', 'slips'], ['hopes', 'hopes'], ['is indignant', 'indignant'], ['gets annoyed', 'annoyed']]) {
      const text = `${lead}«The bridge will not be rebuilt before the summer», ${verb} the mayor.`;
      expect(extract({ text }).claims).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Ana Ruiz', cue })]);
    }
  });
  test('when "is" and a feeling follow a quotation without a speaker closing the clause, then they are no cue', () => {
    const text = `${lead}«The bridge will not be rebuilt before the summer», is happy the town that waited, said Hale.`;
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.cue).not.toBe('happy');
  });
});

describe('attribution: a pronoun that repeats a subject set off after a fronted setting', () => {
  test('when "In the session on Tuesday, the councillor for Tarvo, Tom Hale, he spoke hard: “…,” he said" follows another man\'s paragraph, then Hale spoke', () => {
    const text = 'Frost.\n\nThe mayor of the district, Wiraqocha Wilber Huarachi, in a press conference on Wednesday, the emergency he asked.\n\n' +
      'In the session of the Regional Council on Tuesday, the councillor for Carabaya, Fredy Apaza Turpo, he spoke hard: “Every year the same thing,” he said.';
    expectOneQuotationBy(text, 'Fredy Apaza Turpo');
  });
});

describe('attribution: Tetum honorifics before a given name', () => {
  test('when "Mana Rosa said" follows "Rosa Soares" and another woman of her surname, then Rosa Soares spoke', () => {
    const text = 'Coffee.\n\nThe coordinator of the cooperative, Rosa Soares, met the buyers. Her sister Lucia Soares sells the coffee in Dili.\n\n“We want a contract that is clear,” Mana Rosa said to GMN TV.';
    expectOneQuotationBy(text, 'Rosa Soares');
  });
});

describe('attribution: a paragraph opening on "According to X," after a quotation that lost its stop', () => {
  const lead = 'River.\n\nThe officer of the Commission, Efua Sarpong, told Joy News that the Commission went to the river.\n\n';
  test('when "According to the Commission, the dirt has risen …" opens the paragraph after, then it attributes its own clause, not the quotation', () => {
    for (const close of ['”', '\n”']) {
      const text = `${lead}“The Commission has taken samples and the mercury is above the limit${close}\n\nAccording to the Commission, the dirt in the water has risen to 4,000 units.`;
      expect(extract({ text }).claims.find((c) => c.kind === 'direct')).toMatchObject({ speaker: 'Efua Sarpong', source: 'Joy News' });
    }
  });
  test('when "According to the Commission." stands alone, or a scraper cut the sentence in lower case, then it still credits the quotation', () => {
    const alone = `${lead}“The Commission has taken samples and the mercury is above the limit”\n\nAccording to the Commission.`;
    expect(extract({ text: alone }).claims.find((c) => c.kind === 'direct')).toMatchObject({ cue: 'according to' });
    const cut = 'Wages.\n\nA "\n\nliving wage\n\n" for a single adult in Tarvo is about $12 an hour, according to calculations by Ana Ruiz of the university.';
    expect(extract({ text: cut }).claims.find((c) => c.kind === 'partial')).toMatchObject({ cue: 'according to', speaker: 'Ana Ruiz' });
  });
});

describe('attribution: a role set off after the name and closed by the colon of the quotation', () => {
  test('when "Ana Ruiz, the mayor: “…”", then she spoke, not an unnamed mayor', () => {
    const text = 'Storm.\n\nThe storm hit on Monday.\n\nAna Ruiz, the mayor: "We will rebuild the bridge before the winter."';
    expectOneQuotationBy(text, 'Ana Ruiz');
  });
});

describe('attribution: a quotation signed on its line after a hyphen spaced as a dash', () => {
  test('when \'"…" - Ana Ruiz, mayor of Tarvo\' closes the paragraph, then she spoke', () => {
    const text = 'Storm.\n\nThe storm hit on Monday.\n\n"We will rebuild the bridge before the winter." - Ana Ruiz, mayor of Tarvo';
    expectOneQuotationBy(text, 'Ana Ruiz');
  });
});

describe('attribution: "the former" and "the latter" after two people named side by side', () => {
  test('when "The mayor Ana Ruiz and the engineer Tom Hale …" is followed by "said the former", "said the latter", then each is the first or the second', () => {
    for (const pair of ['Ana Ruiz and Tom Hale', 'The mayor Ana Ruiz and the engineer Tom Hale']) {
      const text = `Bridge.\n\n${pair} inspected the bridge.\n\n"It will hold," said the former. "The cracks are old," said the latter.`;
      expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Tom Hale']);
    }
  });
});

describe('attribution: a titled name followed by "of" and the body the person serves', () => {
  test('when "Professor Wang of Peking University told …", then Wang spoke, not an organisation of that whole name', () => {
    for (const [titled, name] of [['Professor Wang', 'Wang'], ['Professor Ana Ruiz', 'Ana Ruiz'], ['Dr. Wang', 'Wang']]) {
      const text = `Policy.\n\n${titled} of Peking University told this newspaper: "The policy is right."`;
      expectOneQuotationBy(text, name!);
    }
  });
});

describe('attribution: a company\'s abbreviation closing the sentence before a quotation on its line', () => {
  test('when "Tom Hale is the director of Acme Corp. “…,” the director said", then the description is Hale, named in the sentence before', () => {
    expectOneQuotationBy('Bridge.\n\nTom Hale is the director of Acme Corp. “We will fix the bridge,” the director said.', 'Tom Hale');
  });
});
