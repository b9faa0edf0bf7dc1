import { extract } from '../../../server/extraction';
import { findQuotes } from '../../../server/extraction/quotes';
import { isLinePunctuation, isLinePunctuationAt, isQuoteAt, isQuoteChar, isSpace, isSpaceAt, isWordAt, isWordChar } from '../../../server/extraction/quotes/chars';
import { afterAttributionSentence } from '../../../server/extraction/quotes/intro';
import { analyseDocument } from '../../../server/extraction/structure';
import type { QuoteCandidate } from '../../../server/extraction/types';

function quotesIn(text: string): (QuoteCandidate & { text: string })[] {
  return findQuotes(analyseDocument(text)).map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
}

const texts = (text: string) => quotesIn(text).map((q) => q.text);

describe('findQuotes on clean text', () => {
  it.each([
    ['straight marks', 'The mayor said, "The bridge opens in May." Then she left.', 'The bridge opens in May.'],
    ['curly marks', 'The mayor said, “The bridge opens in May.” Then she left.', 'The bridge opens in May.'],
    ['guillemets', 'Le maire a dit : « Le pont ouvre en mai. » Puis il est parti.', 'Le pont ouvre en mai.'],
    ['low-high marks', 'Der Bürgermeister sagte: „Die Brücke öffnet im Mai.“ Dann ging er.', 'Die Brücke öffnet im Mai.'],
    ['single curly marks', 'The mayor said ‘the bridge is late’ and left.', 'the bridge is late'],
    ['typewriter doubles', "''We will rebuild the pier,'' the harbour master said.", 'We will rebuild the pier,'],
  ])('when a quotation uses %s, then its words are found without the marks', (_, text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['a line', '« Le pont ouvre en mai », a déclaré le maire.', ['Le pont ouvre en mai']],
    ['a line, with no-break spaces', '«\u00a0Le pont ouvre en mai\u00a0», a déclaré le maire.', ['Le pont ouvre en mai']],
    ['a line, with narrow no-break spaces', '«\u202fLe pont ouvre en mai\u202f», a déclaré le maire.', ['Le pont ouvre en mai']],
    ['a line and end another', 'Le maire est arrivé.\n\n« Le pont ouvre en mai, » a-t-il dit. « Et il restera ouvert. »', ['Le pont ouvre en mai,', 'Et il restera ouvert.']],
  ])('when spaced guillemets (French style) open %s, then the words inside are the quotation, not the words after', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('when a closing mark leads a line with a space after it, then it still closes the quotation before it', () => {
    expect(texts('“We will rebuild the pier,\n\n” the harbour master said.')).toEqual(['We will rebuild the pier,']);
  });

  it('when a quotation nests another one, then the outer quotation is one claim with the inner marks kept', () => {
    expect(texts('“They told me ‘wait here’ and never came back,” the driver said.')).toEqual([
      'They told me ‘wait here’ and never came back,',
    ]);
  });

  it('when a quotation nests a pair in another glyph style, then the outer one is one claim', () => {
    expect(texts('"GUEST: I watched “Night Shift” twice and it moved me," she said.')).toEqual([
      'GUEST: I watched “Night Shift” twice and it moved me,',
    ]);
  });

  it('when guillemets hold a pair of low and curly marks, or curly marks hold guillemets, then the outer one is one claim', () => {
    expect(texts('«The owner, LLP „Rudny Energy“, received the tariff», — said she.')).toEqual(['The owner, LLP „Rudny Energy“, received the tariff']);
    expect(texts('«We asked “why”, and nobody answered», — she said.')).toEqual(['We asked “why”, and nobody answered']);
    expect(texts('“We read «Pravda» every day,” he said.')).toEqual(['We read «Pravda» every day,']);
  });

  it('when low marks hold a quotation set in the same low marks, then the outer one is one claim', () => {
    expect(texts('„The word „kiram“ means guest, and we welcome every guest“, said the minister Ilnur Sadykov.')).toEqual([
      'The word „kiram“ means guest, and we welcome every guest',
    ]);
    // with no closing mark left for the outer quotation, the second low mark closes the first, its space slipped
    expect(texts('„We will win „ said Ilnur Sadykov, „and soon.“')).toEqual(['We will win', 'and soon.']);
  });

  it('when a mark alone on a paragraph\'s first line is closed by the paragraph\'s one other mark, then the lines between are the quotation', () => {
    expect(texts('Ana Ruiz spoke.\n\n«\nThe minister has had two years. Today, the people pay the bill », has hammered the deputy.')).toEqual([
      'The minister has had two years. Today, the people pay the bill',
    ]);
    expect(texts('Ana Ruiz spoke.\n\n"\nAll equipment is involved. We hold the situation under control", – R.Nasibov stated.')).toEqual([
      'All equipment is involved. We hold the situation under control',
    ]);
    // not when that mark stands apart from the words before it: it opens the next words, and the lone mark closed the last
    const cut = 'He said they treat his country \n\nlike a dog with a leash.\n\n"\nThe administration is hopeful.\nTrump said it showed "\n\na lack of respect.\n\n"\nThe interview comes late.';
    expect(texts(cut)).toEqual(['like a dog with a leash.', 'a lack of respect.']);
  });

  it('when a paragraph opens with a mark and an elision, then the mark opens the quotation', () => {
    expect(texts('“… and then the lights went out,” the caretaker said.')).toEqual(['… and then the lights went out,']);
  });

  it('when apostrophes sit inside and after words, then they open no quotation', () => {
    expect(texts("The farmers' union won't say it's over, and the workers’ council agrees.")).toEqual([]);
  });

  it('when a quoted phrase sits inside the reporter\'s sentence, then it is partial', () => {
    const [q] = quotesIn('The senator called the plan “reckless and costly” on Tuesday.');
    expect(q?.kind).toBe('partial');
  });

  it('when a lower-case phrase follows a comma without a speech verb, then it is partial', () => {
    const [q] = quotesIn('They signed a treaty on fishing rights, “for the good of both coasts”.');
    expect(q?.kind).toBe('partial');
  });

  it('when a quotation follows its introducer, then it is direct', () => {
    const [q] = quotesIn('The coach said: “We trained for this all winter.”');
    expect(q?.kind).toBe('direct');
  });

  it('when a long quotation runs over paragraphs that each reopen the mark, then each paragraph is found', () => {
    const text = '“We began in a garage.\n\n“Ten years later we employ four hundred people,” the founder said.';
    expect(texts(text)).toEqual(['We began in a garage.', 'Ten years later we employ four hundred people,']);
  });

  it('when a paragraph runs on into one that reopens the mark but holds an inverted cue after a comma, then the quotation ends before the cue', () => {
    const text = 'The director of the water board, Mrs. Lena Varga, met the farmers.\n\n«If we wait a week, we lose the whole harvest, underlined Mrs. Varga. According to her, the cuts start on Monday.\n\n«The pumps are old. Nobody paid for new ones», said the farmer Tomas Brell.';
    expect(texts(text)).toEqual(['If we wait a week, we lose the whole harvest', 'The pumps are old. Nobody paid for new ones']);
    expect(quotesIn(text)[0]?.repairs.map((r) => r.code)).toContain('close-mark-missing');
    expect(extract({ text }).claims.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Lena Varga', 'Tomas Brell']);
  });

  it.each([
    ['two paragraphs', '«The dike will hold this winter. We have the pumps.\n\n» Nobody will have to leave», declared the prefect Anne Roux.',
      ['The dike will hold this winter. We have the pumps.', 'Nobody will have to leave']],
    ['three paragraphs, spaced', '« The dike will hold.\n\n» We have the pumps.\n\n» Nobody will have to leave », declared the prefect Anne Roux.',
      ['The dike will hold.', 'We have the pumps.', 'Nobody will have to leave']],
  ])('when a quotation in guillemets runs over %s, each after the first opening on the repeated », then each paragraph is found', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
    expect(extract({ text }).claims.map((c) => [c.kind, c.speaker])).toEqual(expected.map(() => ['direct', 'Anne Roux']));
  });

  it('when a paragraph opens on » followed by the attribution, then the » closes the quotation above it', () => {
    const text = '«\n\nThe dike will hold this winter\n\n», declared the prefect Anne Roux. « We have the pumps. »';
    expect(texts(text)).toEqual(['The dike will hold this winter', 'We have the pumps.']);
  });

  it('when quote marks sit inside markup attributes, then they are not quotations', () => {
    expect(texts('<embed author="someone" id="12">A post</embed>.')).toEqual([]);
  });
});

describe('findQuotes on scraped text', () => {
  it('when the marks stand alone on their own lines, then the line between them is the quotation', () => {
    const text = 'The captain stood up.\n\n"\n\nWe sail at dawn,\n\n" he announced.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('We sail at dawn,');
    expect(q?.kind).toBe('direct');
  });

  it('when marks stand alone on lines inside one paragraph (single line breaks), then the lines between them are the quotation', () => {
    const text = 'The board met on Friday.\n\n"\nThe pier will not survive another winter,\n"\nsaid harbour master Lena Ortiz, who called the meeting.';
    expect(texts(text)).toEqual(['The pier will not survive another winter,']);
    // a lone mark on a paragraph's first line with no lone mark below it closes the paragraph before
    const closing = 'Ortiz said the pier would not survive another winter.\n\n"\nThe board then moved on to the ferry timetable and the new fares.\n"\n\nWe need a vote today,';
    expect(texts(closing)).not.toContain('The board then moved on to the ferry timetable and the new fares.');
  });

  it('when an inline quotation is cut onto its own line, then it is found as a partial quotation', () => {
    const [q] = quotesIn('She described the budget as “\n\nfrankly unworkable\n\n” before the vote.');
    expect(q?.text).toBe('frankly unworkable');
    expect(q?.kind).toBe('partial');
  });

  it('when the opening and closing glyphs are swapped, then the quotation is still found', () => {
    expect(texts('The clerk wrote ”\n\nno records were kept\n\n“ in the margin.')).toEqual(['no records were kept']);
  });

  it('when the closing mark was lost, then the quotation ends with its line and the repair is recorded', () => {
    const [q] = quotesIn('He promised "\n\nlower fares for everyone\n\nThe board met on Friday.\n\nRevenue fell.');
    expect(q?.text).toBe('lower fares for everyone');
    expect(q?.repairs.map((r) => r.code)).toContain('close-mark-missing');
  });

  it('when the closing mark was lost and the line ends on an attribution (", said the minister."), then the quotation ends before it', () => {
    const [q] = quotesIn('The minister spoke late.\n\n"We need growth, not debt, said the head of the liberals.\n\nThe vote is on Friday.');
    expect(q?.text).toBe('We need growth, not debt');
    expect(q?.repairs.map((r) => r.code)).toContain('close-mark-missing');
    expect(quotesIn('She wrote:\n\n"We need growth, not debt, he added.').map((q) => q.text)).toEqual(['We need growth, not debt']);
    // a last clause with no speech verb, or a long one, is still the quotation's
    expect(quotesIn('He promised "\n\nlower fares, for everyone who rides\n\nThe board met.').map((q) => q.text)).toEqual(['lower fares, for everyone who rides']);
  });

  it('when a mark stands alone on a line inside its paragraph and the next line opens on a speech verb ("…give up\\n”\\nsaid Lindiwe"), then it closes the line before it, whose opening mark was lost', () => {
    const text = 'The learner, Lindiwe Dube, 17, dreams to become a doctor.\n\nLast year the wind took my books. I study at night with a candle\n”\nsaid Lindiwe, holding her books.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('Last year the wind took my books. I study at night with a candle');
    expect(q?.repairs.map((r) => r.code)).toContain('open-mark-missing');
  });

  it('when a line of a paragraph opens on a mark after a line that ended a sentence with no closing mark, then each line is a quotation of its own', () => {
    const text = 'Ali Warsame, the chairman of the drivers, spoke.\n\n“A driver earns 10 dollars a day. From that he pays the fuel.\n“Now they say pay 15 more. We will not pay it,” said Ali Warsame.';
    expect(texts(text)).toEqual(['A driver earns 10 dollars a day. From that he pays the fuel.', 'Now they say pay 15 more. We will not pay it,']);
    // (a mark that opens a line after words that run on is the closing mark with a slipped space)
    expect(texts('He wrote “the fares will rise\n“ on the board and left.')).toEqual(['the fares will rise']);
  });

  it.each([
    ['a dash', '«We will rebuild the school before the rains – declared the headmaster Banda.'],
    ['a comma and a dash', '«We will rebuild the school before the rains, – declared the headmaster Banda.'],
  ])('when the closing mark was lost before %s and an inverted cue inside the line, then the quotation ends before them', (_, line) => {
    expect(texts(`School.\n\n${line}\n\nThe parents applauded.`)).toEqual(['We will rebuild the school before the rains']);
  });

  it('when the closing mark was lost before a line that opens on a dash and a speech verb ("\\n– said Anarbek ata."), then the quotation ends before that line', () => {
    const [q] = quotesIn('The residents gathered. Anarbek Toktogulov, 70, is one of them.\n„\nMy pension is small. The deputies should ride with us one week\n– said Anarbek ata.\n\nThe vote is on Friday.');
    expect(q?.text).toBe('My pension is small. The deputies should ride with us one week');
    expect(q?.repairs.map((r) => r.code)).toContain('close-mark-missing');
  });

  it('when the closing mark was lost before an inverted attribution that runs on with commas (", said laughing the young X, 17, a pupil …"), then the quotation ends before it', () => {
    const [q] = quotesIn('The schools stayed empty.\n\n«We came this morning, nobody. What else can we do, said laughing the young Ama Diop, 17 years, a pupil of the lycée, the biggest of the city, where the classes were closed.\n\nThe strike goes on.');
    expect(q?.text).toBe('We came this morning, nobody. What else can we do');
    expect(q?.repairs.map((r) => r.code)).toContain('close-mark-missing');
    // a speech verb that reports ("…, said that …") stays inside the quotation
    expect(texts('The schools stayed empty.\n\n«We came this morning, said that nobody would come, and we waited for the teachers of the lycée all day long in the rain, in the cold, for nothing at all.\n\nThe strike goes on.'))
      .toEqual(['We came this morning, said that nobody would come, and we waited for the teachers of the lycée all day long in the rain, in the cold, for nothing at all.']);
  });

  it('when a line in the first person follows a line that reports what someone said, with no marks in either, then it is her words that lost their marks', () => {
    const text = 'Fish prices.\n\nFishmonger Grace Wanjiru said that the price of fish has doubled in a week.\n\nWe women are the ones who are hurt most. I take fish on credit.\n\nThe county did not answer.';
    expect(texts(text)).toEqual(['We women are the ones who are hurt most. I take fish on credit.']);
    // not after a line that quotes someone: the paper's own "we" goes on there
    expect(texts('Pensions.\n\n“It is fair,” she said.\n\nWe asked the other campaigns about the plan.')).toEqual(['It is fair,']);
    // nor after prose that reports no one
    expect(texts('Fish prices.\n\nThe price of fish has doubled in a week.\n\nWe visited the beach on Monday.')).toEqual([]);
  });

  it('when a first-person line follows a line whose only marks give a name ("known as \\"Mama Omena\\""), then it is still her words that lost their marks', () => {
    const text = 'Fish prices.\n\nFishmonger Grace Wanjiru, known at the beach as "Mama Samaki", said that the price of fish has doubled.\n\nWe women are the ones who are hurt most. I take fish on credit.\n\nThe county did not answer.';
    expect(texts(text)).toContain('We women are the ones who are hurt most. I take fish on credit.');
    const fans = 'Derby.\n\nAli Sindi, a member of the group of fans «Ultras North», told a different story.\n\nWe came with three buses, they threw bottles at us.\n\nThe police did not comment.';
    expect(texts(fans)).toContain('We came with three buses, they threw bottles at us.');
    // a line that quotes words, however short, is still one whose "we" after it is the paper's
    expect(texts('Pensions.\n\nShe called it "Fair Enough", she said.\n\nWe asked the other campaigns about the plan.')).not.toContain('We asked the other campaigns about the plan.');
  });

  it('when a first-person line is followed by a line that points back at it ("This is what the 81-year-old told Abante."), then it is her words that lost their marks', () => {
    const text = 'Typhoon.\n\nLola Remedios Tabuzo, 81 years old, was among the first brought to the school.\n\nI have survived many typhoons. But my knees are not like before.\n\nThis is what the 81-year-old told the radio.';
    expect(quotesIn(text).map((q) => [q.text, q.kind])).toEqual([['I have survived many typhoons. But my knees are not like before.', 'unmarked']]);
    expect(texts('Fish.\n\nAna Ruiz sells fish.\n\nWe women are hurt most.\n\nShe said so while showing the empty baskets.')).toEqual(['We women are hurt most.']);
    // a line after it that tells something else leaves it the article's
    expect(texts('Typhoon.\n\nThe school is full.\n\nWe visited the school on Monday.\n\nThis is where the families sleep.')).toEqual([]);
  });

  it('when a first-person line is followed by "He was saying these words while …", then it is his words that lost their marks', () => {
    const text = 'Fever.\n\nOmar Haidari, a porter from the valley, lost his son.\n\nWe did not know it was the fever. We waited too long.\n\nHe was saying these words while looking at the ground.';
    expect(texts(text)).toEqual(['We did not know it was the fever. We waited too long.']);
    expect(texts('Fever.\n\nThe clinic is full.\n\nWe visited the clinic on Monday.\n\nHe was looking at the ground.')).toEqual([]);
  });

  it('when a line of someone\'s words is followed by a line opening on a dash and the verb ("– said the mother of six"), then they are her words that lost their marks', () => {
    const text = 'Buses.\n\nAmina Yusuf sells tomatoes at the market.\n\nI walked two hours today. The bus is our car, the poor have no other.\n\n– said the mother of six, putting the basket down.';
    expect(texts(text)).toEqual(['I walked two hours today. The bus is our car, the poor have no other.']);
    // a dash before a line that says nothing of speech leaves the line before it the article's
    expect(texts('Buses.\n\nThe market opened at six.\n\nThe buses came late again today.\n\n– the third day this week.')).toEqual([]);
  });

  it('when a line ends its long introduction with a colon ("X said, in televised statements for the programme … on the channel …:"), then the first-person line after it is his words', () => {
    const text = 'Bread.\n\nThe baker Omar Haidar said, in televised statements for the evening programme Market Talk broadcast on the Delta channel:\n\nThe citizen does not eat the reserve, I eat the bread I buy every morning.\n\nPrices rose again in May.';
    expect(texts(text)).toEqual(['The citizen does not eat the reserve, I eat the bread I buy every morning.']);
    // a colon after a sentence with no verb of speech introduces a list, not words
    expect(texts('Bread.\n\nThe report, published on Monday by the ministry of the economy for the whole of the region, lists the following:\n\nI. The price of flour rose by a third in a year.\n\nPrices rose again in May.')).toEqual([]);
  });

  it('when a lede after a cut is followed by a line that opens a quotation of its own („…“, said Mayor …), then the lede stays the reporter’s', () => {
    const text = 'Flood in the valley\n\n2023-08-07T09:14:22Z\n\n\nAfter the heavy rain of the weekend, the clean-up is running at full speed.\n\n„We had luck in the misfortune“, said Mayor Gernot Pichl.';
    expect(texts(text)).toEqual(['We had luck in the misfortune']);
  });

  it('when a corner bracket closing a quotation is glued to its attribution (「…」he appealed.), then it closes, and the attribution is no quotation', () => {
    const text = 'Drought.\n\nThe director responded, the wells are running. Citizens please do not hoard water.」he appealed.\n\nRain is due in April.';
    expect(texts(text)).not.toContain('he appealed.');
    expect(texts('Drought.\n\nThe director said:「Citizens please do not hoard water.」he appealed.')).toEqual(['Citizens please do not hoard water.']);
  });

  it('when a line in the first person that lost its marks ends on the attribution (", she told our reporter."), then the words before it are the quotation', () => {
    const text = 'Strike.\n\nA trader, Binta Lawan, waited at the roadside.\n\nWe waited two hours for a bus, my legs are paining me, she told our reporter.\n\nThe strike goes on.';
    expect(quotesIn(text).map((q) => [q.text, q.kind])).toEqual([['We waited two hours for a bus, my legs are paining me', 'unmarked']]);
    expect(extract({ text }).claims.find((c) => c.kind === 'unmarked')?.speaker).toBe('Binta Lawan');
    // a first-person line whose last clause attributes nothing is the article's
    expect(texts('Strike.\n\nWe visited the market on Monday, which was half empty.\n\nThe strike goes on.')).toEqual([]);
  });

  it.each([
    ['after a setting', 'At dawn I walked from the bus park to the market, my knees are hurting. Let them agree, we are the ones who suffer, she told our reporter.',
      'At dawn I walked from the bus park to the market, my knees are hurting. Let them agree, we are the ones who suffer'],
    ['inside a clause of its own', 'Whatever we collected from the fees, we put into the pipes, there are receipts. The station is old, said Koval on the radio.',
      'Whatever we collected from the fees, we put into the pipes, there are receipts. The station is old'],
  ])('when a line that lost its marks has "I" or "we" as a subject in its opening clause (%s) and ends on the attribution, then the words before it are the quotation', (_, line, quote) => {
    const text = `Strike.\n\nThe trader Rina Koval waited at the roadside.\n\n${line}\n\nThe strike goes on.`;
    expect(quotesIn(text).map((q) => [q.text, q.kind])).toEqual([[quote, 'unmarked']]);
    expect(extract({ text }).claims.find((c) => c.kind === 'unmarked')?.speaker).toBe('Rina Koval');
    // the paper's own "we" reports, it does not speak
    expect(texts('Strike.\n\nAs we reported on Monday, the market was half empty, the prices rose, said the union.\n\nThe strike goes on.')).toEqual([]);
    expect(texts('Strike.\n\nOn Monday we visited the market, it was half empty, the prices rose, said the union.\n\nThe strike goes on.')).toEqual([]);
  });

  it('when a line is followed by one that opens in lower case on a verb of speech ("added the hejtman on Monday …"), then it is a quotation that lost its marks', () => {
    const text = 'Hospital closes.\n\nThe hejtman considers the fears exaggerated.\n\nWe will strengthen the ambulance and we will pay a shuttle for the mothers.\n\nadded the hejtman on Monday evening on television.';
    expect(quotesIn(text).map((q) => [q.text, q.kind])).toEqual([['We will strengthen the ambulance and we will pay a shuttle for the mothers.', 'unmarked']]);
  });

  it('when a line in the first person follows a line ending on a verb of speech and a colon, with no cut around it, then it is the speaker’s words that lost their marks', () => {
    const text = 'Housing fraud.\n\nHamid Bennani, whose father died last year, wrote on his page after the session:\n\nMy father died waiting for a key. Today the court said the truth\n\nThe ministry did not comment.';
    expect(texts(text)).toEqual(['My father died waiting for a key. Today the court said the truth']);
    // a list after a colon, in no one's voice, is the article's
    expect(texts('Housing fraud.\n\nThe court ordered the following:\n\nThe notary pays a fine of ten thousand dirhams\n\nThe ministry did not comment.')).toEqual([]);
  });

  it('when a single mark opens a line and its closing mark was lost before an attribution, then the quotation ends before it', () => {
    const [q] = quotesIn("The dikes are old.\n\n'Every crack has a date. The state can come and read it, says the 67-year-old.\n\nThe ministry did not react.");
    expect(q?.text).toBe('Every crack has a date. The state can come and read it');
    expect(q?.repairs.map((r) => r.code)).toContain('close-mark-missing');
    // without an attribution closing the line, or where the mark stands inside a line, it may be an apostrophe
    expect(texts("The dikes are old.\n\n'Every crack has a date. The state can come and read it.\n\nThe ministry did not react.")).toEqual([]);
    expect(texts("Back in the '90s the dikes were new, says the 67-year-old.")).toEqual([]);
  });

  it('when the opening mark was lost at the start of a line and the attribution follows the closing mark, then the quotation is the line up to it', () => {
    const [q] = quotesIn('Voters went to the polls on Sunday.\n\nIt could fail,” suggests Ana Ruiz.');
    expect(q?.text).toBe('It could fail,');
    expect(q?.repairs.map((r) => r.code)).toContain('open-mark-missing');
    // an apostrophe-like mark with no attribution after it closes nothing
    expect(texts('Voters went to the polls.\n\nThe count was slow,” and the polls closed at nine.')).toEqual([]);
  });

  it('when a single mark alone on a paragraph’s first line is closed by the paragraph’s one single closing mark (‘⏎…?’ — asked the councillor), then the lines between are the quotation', () => {
    const text = 'Floods.\n\nThe councillor, Nasrin Mitu, said that water entered 300 houses.\n\n‘\nEvery year we hear the same word. It’s the “Drainage” project again, but where is it?’ — asked the councillor.\n\nThe end.';
    expect(texts(text)).toContain('Every year we hear the same word. It’s the “Drainage” project again, but where is it?');
    expect(texts(text).some((t) => t.startsWith('Floods'))).toBe(false);
  });

  it('when a paragraph holds a lone mark on its first line and another on its last, around words in someone’s own voice, then those words are the quotation', () => {
    const text = 'The son, Bilal Khan, told the radio that the family had no hope left.\n\n"\nFor nine days my mother did not eat anything. Every time the phone rang, our hearts stopped\n"\n\nBilal is a student.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('For nine days my mother did not eat anything. Every time the phone rang, our hearts stopped');
    expect(q?.repairs.map((r) => r.code)).toContain('mark-on-own-line');
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Bilal Khan');
    // marks a scraper stranded around the reporter's own lines, which speak of others, enclose no quotation there
    expect(texts('The minister spoke on Monday.\n\n"\nThe report was released amid growing concern about the banks.\n"\n\nShe left.'))
      .not.toContain('The report was released amid growing concern about the banks.');
  });

  it('when the opening mark was lost at a line’s start, the comma stands after the closing mark and the line before introduces it, then the whole line is the quotation', () => {
    const text = 'The coach, Ana Ruiz, praised her team and added:\n\nWe were not at our best in the first half. But nobody gave up", Ms Ruiz said.\n\nThe league meets on Monday.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('We were not at our best in the first half. But nobody gave up');
    expect(q?.repairs.map((r) => r.code)).toContain('open-mark-missing');
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Ana Ruiz');
    // after a line of the reporter's own, only the sentence the mark ends is the quotation
    expect(texts('The coach, Ana Ruiz, praised her team.\n\nThe first half was poor. But nobody gave up", Ms Ruiz said.')).toEqual(['But nobody gave up']);
    // a line whose first sentence already speaks in the first person is the speaker's from its start
    expect(texts('The coach, Ana Ruiz, did not comment on the referee.\n\nI have nothing to say to him. Let the commission speak”, she said.'))
      .toEqual(['I have nothing to say to him. Let the commission speak']);
    // as is a line a break inside the paragraph starts, where the scraper dropped the mark
    expect(texts('Wheat.\n\nA farmer, Ali Rafiq, told the paper that he has stored wheat since April.\nMy daughter marries in November, how will I pay? The traders give 2,800, the government says wait,” he said.'))
      .toEqual(['My daughter marries in November, how will I pay? The traders give 2,800, the government says wait,']);
    // and so is one after a line that introduces it with ":-", as South Asian English writes it
    expect(texts('Commissioner Ana Ruiz said:-\n\nThe drains were cleaned before the monsoon. The water has no way to go", she said.'))
      .toEqual(['The drains were cleaned before the monsoon. The water has no way to go']);
  });

  it('when a lone opening mark stands after a finished sentence and the closing mark opens the attribution line two or three lines on, then the lines between are one quotation', () => {
    for (const open of ['"', '“']) {
      const text = `The orchestra met on Monday.\n\n${open}\n\nThe budget was cut.\n\nWe could not plan\n\n,” confides a violinist.`;
      expect(quotesIn(text).map((q) => [q.text, q.kind])).toEqual([['The budget was cut.\n\nWe could not plan', 'direct']]);
    }
    // a line before with a mark of its own leaves the lone mark closing what it quoted
    const closing = 'The mayor spoke.\n\n” Ruiz says, That is a fair choice for the town.\n\n"\n\nThe board met.\n\nIt voted late.\n\n" Ruiz says it was fair.';
    expect(quotesIn(closing).map((q) => q.text)).not.toContain('The board met.\n\nIt voted late.');
  });

  it('when site clutter stands inside a quotation ("To discover"), then the lines on either side are its pieces and the clutter none of it', () => {
    const text = 'The port closed.\n\n“We made efforts.\n\nTo discover\n\nAnd in return, we are punished,” says Ana Ruiz.';
    expect(texts(text)).toEqual(['We made efforts.', 'And in return, we are punished,']);
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('when the opening mark was lost after an introducer, then the quotation starts after it', () => {
    const [q] = quotesIn('The chef smiled, saying, Nobody leaves this kitchen hungry.\n\n”\n\nThe dinner ended late.');
    expect(q?.text).toBe('Nobody leaves this kitchen hungry.');
    expect(q?.repairs.map((r) => r.code)).toContain('open-mark-missing');
  });

  it('when a line that lost its marks holds a single-quoted phrase, then it is still an unmarked quotation around that phrase', () => {
    const text = 'The vote is close.\n\n\n\nThe council must win back the ‘not my port’ crowd,\n\n said Ana Ruiz, a pollster in Lisbon.';
    const found = quotesIn(text);
    expect(found.map((q) => [q.text, q.kind])).toContainEqual(['The council must win back the ‘not my port’ crowd,', 'unmarked']);
  });

  it('when an interrupted quotation’s second half lost its opening mark after an attribution line, then it starts after that line', () => {
    const text =
      'The port reopened on Monday. “The tolls stay as they are,\n\n” Ruiz said. \n\nSmall boats will pay nothing: the harbour is open to all.\n\n”\n\nThe board met later.';
    expect(texts(text)).toEqual(['The tolls stay as they are,', 'Small boats will pay nothing: the harbour is open to all.']);
  });

  it('when a lone mark between two narrative lines follows such a second half, then it closes the second half and opens nothing', () => {
    const text =
      'Ships wait offshore.\n\n"\n\nThe tolls will stay where they are for the whole season,\n\n" said Ana Ruiz, a harbour official. \n\n' +
      'And the small boats will pay nothing at all until the dredging is done.\n\n"\n\nThe board argued that the fees should rise in spring.\n\n"\n\n' +
      'We will not wait for them,\n\n" the captains said.';
    const found = texts(text);
    expect(found).toContain('And the small boats will pay nothing at all until the dredging is done.');
    expect(found).not.toContain('The board argued that the fees should rise in spring.');
    expect(found).toContain('We will not wait for them,');
  });

  it('when the second half lost its opening mark on the attribution’s own line, then it starts after the attribution sentence', () => {
    const text =
      'The port is busy.\n\n"\n\nThe tolls stay as they are,\n\n" Ruiz said on Monday. We claim that nothing else changes for now.\n\n"\n\n' +
      'The board met later and argued about fees.\n\n"\n\nWe will appeal,\n\n" the captains said.';
    const found = texts(text);
    expect(found).toContain('We claim that nothing else changes for now.');
    expect(found).not.toContain('The board met later and argued about fees.');
  });

  it('when a lone mark opens a line that holds a quotation within it, then the inner pair is no boundary of it', () => {
    const text =
      'As the columnist wrote after the vote:\n\n"\n\nTake the harbour survey: the board filed it and moved on. The analyst said ' +
      '“They haven’t read it,” and left it there.\n\n”\n\nThe board met later.';
    expect(texts(text)).toEqual(['Take the harbour survey: the board filed it and moved on. The analyst said “They haven’t read it,” and left it there.']);
  });

  it('when a mark stands for a century’s digits, then it is no quote mark', () => {
    const text = "The show recalls ''Harbour Nights'' of the '90s and the class of '08.\n\n'\"\n\nWe danced all night,\n\n\"' she said.";
    expect(texts(text)).toEqual(['We danced all night,']);
  });

  it('when a lone double mark opens a line of typewriter marks that nests single-quoted words, then it opens that line', () => {
    const text =
      "The council met on ''Harbour Day.''\n\nThe mayor was asked whether the plan had changed.\n\n'\"\n\n" +
      "Listen, the day I said, 'No new tolls,' I meant it for the whole season,\n\n\"' she said.";
    expect(texts(text)).toContain("Listen, the day I said, 'No new tolls,' I meant it for the whole season,");
  });

  it('when a lone mark follows a phrase cut out of the sentence before it, then it closes the phrase instead of opening the next line', () => {
    const text =
      'The mayor told reporters the plan was\n\n"\n\nvery, very costly,\n\n" before noting that the port is \n\na good investment.\n\n"\n\n' +
      'The council met later and voted on the budget.\n\n"\n\nWe will appeal,\n\n" the captains said.';
    const found = texts(text);
    expect(found).toContain('a good investment.');
    expect(found).not.toContain('The council met later and voted on the budget.');
  });

  it('when the attribution sentence ends after a place’s short form, then the quotation starts after it, not after a later stop', () => {
    const text =
      'The port is busy.\n\n"\n\nThe tolls stay as they are,\n\n" Ruiz said in Salem, Ore. It would help, surely? We are ready.\n\n"\n\n' +
      'The board met later and argued about fees.\n\n"\n\nWe will appeal,\n\n" the captains said.';
    expect(texts(text)).toContain('It would help, surely? We are ready.');
  });


  it('when the line after an attribution line goes on about the speaker by name, then it is not taken for the quotation’s second half', () => {
    const text =
      'Inside the hall, the pastor is \'"\n\ncalling in every favour,\n\n"\' said Ana Ruiz, the campaign\'s county organiser.\n\n' +
      'Ms. Ruiz, a nurse, worked with the pastor on a petition to save two clinics.\n\n\'"\n\nMy task is to tell them: \'Look, this man means it.\n\n“\'\' Ms. Ruiz said of him.';
    expect(texts(text)).not.toContain('Ms. Ruiz, a nurse, worked with the pastor on a petition to save two clinics.');
  });

  it('when whole sentences lost their opening mark, then they are rebuilt back to the lone punctuation line', () => {
    const text = 'The river rose all night.\n\n.\n\nWe moved the animals first.\n\nThen we moved ourselves\n\n,” recalls a farmer.';
    expect(texts(text)).toEqual(['We moved the animals first.\n\nThen we moved ourselves']);
  });

  it('when the short line before such a quotation has no past tense, then it is still the speaker’s even in the third person', () => {
    const text = 'The river rose all night.\n\n.\n\nPossibly a new levee on the east bank.\n\nLike the one up north\n\n,” suggests a farmer.';
    expect(texts(text)).toEqual(['Possibly a new levee on the east bank.\n\nLike the one up north']);
  });

  it('when the short line before such a quotation tells in the third person and the past tense, then it stays the reporter’s', () => {
    const text = 'The river rose all night.\n\nThe levee held until dawn.\n\nThen we moved ourselves,\n\n” recalls a farmer.';
    expect(texts(text)).toEqual(['Then we moved ourselves,']);
  });

  it('when a quotation lost its marks and ends on a lone punctuation line, then it is found as unmarked', () => {
    const text = 'For the historian, the pattern is old.\n\nEmpires rarely fall in a single day\n\n.\n\nThe museum opens at nine.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('Empires rarely fall in a single day');
    expect(q?.kind).toBe('unmarked');
  });

  it('when a quotation lost its marks and its stop was broken onto the paragraph’s last line ("…we elected\\n?"), then it is found as unmarked up to that break', () => {
    const text = 'The river is salty.\n\nA fisherman, Omar Saleh, told the agency that his nets stay empty.\n\nEven the fish died. Where is the government we elected\n?\n\nThe ministry did not answer.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('Even the fish died. Where is the government we elected');
    expect(q?.kind).toBe('unmarked');
    expect(extract({ text }).claims.find((c) => c.kind === 'unmarked')?.speaker).toBe('Omar Saleh');
    // a paragraph whose own sentence ends before the lone stop, or whose last line is words, is prose
    expect(texts('The river is salty.\n\nEven the fish died. The nets stay empty.\n?\n\nThe ministry did not answer.')).toEqual([]);
    expect(texts('The river is salty.\n\nEven the fish died. The nets stay empty\nand the boats stay in port.\n\nThe ministry did not answer.')).toEqual([]);
  });

  it('when such a quotation follows lines of the article’s own prose, then only its own line is the quotation; lines back to an introducer belong to it', () => {
    const prose = 'Port budget passes\n\nThe harbour minister, Ana Ruiz, defended the budget on Tuesday.\n\n' +
      'We will not take on new debt, this is about the next generation\n\n.\n\nThe minister spoke after a long debate.';
    expect(quotesIn(prose).map((q) => [q.text, q.kind])).toEqual([['We will not take on new debt, this is about the next generation', 'unmarked']]);
    const introduced = 'For the historian, the pattern is old.\n\nEmpires rarely fall in a single day.\n\nThey erode over decades\n\n.\n\nThe museum opens at nine.';
    const [q] = quotesIn(introduced);
    expect(q?.text).toBe('Empires rarely fall in a single day.\n\nThey erode over decades');
  });

  it('when an unmarked line follows an introducer and an extra blank line, then it is an unmarked quotation', () => {
    const [q] = quotesIn('The teacher told the class: \n\nRead every page twice.\n\n\n\nThe bell rang.');
    expect(q?.text).toBe('Read every page twice.');
    expect(q?.kind).toBe('unmarked');
  });

  it('when a lone mark sits between a line in the first person and a narrative line, then it closes the first', () => {
    const text = 'The board met in March and voted on the sale of the northern fields after a long and bitter debate.' +
      '\n\nWe will not sell the farm.\n\n"\n\nThe family has owned the land since 1902.\n\n"\n\nWe will keep it,\n\n" she said.';
    expect(texts(text)).toEqual(['We will not sell the farm.', 'We will keep it,']);
  });

  it('when two lone marks follow each other, then the first closes the quotation before them', () => {
    const text = 'The guide answered: Nobody has climbed it in winter.\n\n"\n\n”\n\nThe group turned back.';
    expect(texts(text)).toEqual(['Nobody has climbed it in winter.']);
  });

  it('when marks enclose nothing, then no empty quotation is reported', () => {
    expect(texts('The sign read “ ” and nothing else.')).toEqual([]);
  });
});

describe('findQuotes on typewriter-style and cut-out text', () => {
  it('when an article writes double marks as two apostrophes, then single ones inside are nested quotations', () => {
    const text = "''When my father said, 'Go west,' we went,'' the farmer said. The 'pioneers' arrived in May.";
    expect(texts(text)).toEqual(["When my father said, 'Go west,' we went,", 'pioneers']);
  });

  it('when such an article lost one of the two apostrophes, then the lone one still opens the quotation', () => {
    const text = "The mayor, who spoke first, said ''yes.'' Later she wrote '\n\nWe start in June.\n\n\"' and signed it.";
    expect(texts(text)).toEqual(['yes.', 'We start in June.']);
  });

  it('when a double mark opens a quotation that a single mark closes before a comma and a speech verb, then that single mark closes it', () => {
    const text = 'The road stayed shut.\n\n"Since the morning I wait in the bus. The milk is going sour\', said driver Anil Rai (52) of Pokhara.\n\n"Who pays for the milk?" the 52-year-old asked.';
    expect(texts(text)).toEqual(['Since the morning I wait in the bus. The milk is going sour', 'Who pays for the milk?']);
    // (a single mark with a double one still to come in its paragraph is a quotation within it)
    const nested = 'The road stayed shut.\n\n"She wrote \'no\', said Rai, "and I agreed," the driver said.';
    expect(texts(nested)[0]).toBe("She wrote 'no', said Rai,");
  });

  it('when an unmarked line is followed by an attribution that names the speaker at length, then it is found', () => {
    const text = 'The vote was close.\n\n\n\nWe expected a long night,\n\n Senate Majority Leader Ann Roe, R-Ore., said Tuesday.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('We expected a long night,');
    expect(q?.kind).toBe('unmarked');
  });

  it('when an unmarked line is followed by "he went on", then it is found, as it is before "he said"', () => {
    const text = 'The program was stopped.\n\n\n\nWe should switch it back on this morning and get moving,\n\n he went on.\n\nThe program ended.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('We should switch it back on this morning and get moving,');
    expect(q?.kind).toBe('unmarked');
    // "went on" to a place is no speech
    expect(quotesIn('The program was stopped.\n\n\n\nWe should switch it back on this morning and get moving,\n\n the tour went to Rome.')).toEqual([]);
  });

  it('when speech goes on after an attribution sentence and an extra blank line, then it is unmarked speech', () => {
    const text = '"It was a long day," said Ann Roe, a nurse. \n\nWe worked until the last patient left.\n\n\n\nThe ward closed.';
    expect(texts(text)).toEqual(['It was a long day,', 'We worked until the last patient left.']);
  });

  it('when such speech ends the article, then the blank lines after it still mark it as cut out', () => {
    const text = 'The ward closed.\n\n"It was a long day," said Ann Roe, a nurse. \n\nWe worked until the last patient left.\n\n\n';
    expect(texts(text)).toEqual(['It was a long day,', 'We worked until the last patient left.']);
  });

  it('when the speaker after an inverted verb ends its sentence before the lost opening mark, then the quotation starts after the speaker', () => {
    const text = 'The pier is closed.\n\n“\n\nWe need a new one,\n\n“ said a harbour official. The old one is rotten.\n\n"\n\nThe board meets today.';
    expect(texts(text)).toEqual(['We need a new one,', 'The old one is rotten.']);
  });

  it('when the words after a speech verb are a clause, then the quotation with a lost opening mark starts after the verb', () => {
    const text = 'The pier is closed.\n\n“\n\nWe need a new one,\n\n“ said the old one was rotten. Nobody listened.\n\n"\n\nThe board meets today.';
    expect(texts(text)).toEqual(['We need a new one,', 'the old one was rotten. Nobody listened.']);
  });

  it('when a mid-sentence phrase lost its opening mark, then no start is guessed from a bare verb, only the words back to the one introducing them', () => {
    const text = 'Back in 2015 she told the council to stop dredging, because it risked higher costs\n\n" - and she was wrong.';
    expect(texts(text)).toEqual(['risked higher costs']);
  });

  it('when a phrase lost its opening mark and its line break, then the words before the mark back to the word introducing them are the quotation', () => {
    expect(texts('The mayor is known for what she called the old Harbour Board,\n\n” voiced at every meeting.')).toEqual(['old Harbour Board,']);
    expect(texts('She said the plan was simply unworkable\n\n" for the port.')).toEqual(['simply unworkable']);
    // small words between capitals belong to a name
    expect(texts('The bipartisan Friends of the Pier\n\n" group agreed.')).toEqual(['bipartisan Friends of the Pier']);
  });

  it('when such a phrase ends a line that holds an earlier mark and no introducer, then it is the words back to the one introducing them', () => {
    const text = 'She said it would "\n\nhurt prices\n\n" - yet prices rose all the same. And she blamed the board for trying to debase\n\n" the currency - which held firm.';
    expect(texts(text)).toEqual(['hurt prices', 'debase']);
  });

  it('when a speech verb in a line that lost its marks is part of what is said (after a modal, a negation or "I"), then it introduces nothing', () => {
    expect(texts('The crowd cheered.\n\n\n\nNot our plan, but we can’t complain about it!\n\n" Ruiz, the club’s treasurer, wrote on Friday.'))
      .toEqual(['Not our plan, but we can’t complain about it!']);
    expect(texts('The crowd cheered.\n\n\n\nI never told them so. I never told them so,\n\n" Ruiz said after the vote.'))
      .toEqual(['I never told them so. I never told them so,']);
  });

  it('when a speech verb’s form is followed by an auxiliary, then it is a noun ("states have"), no introducer', () => {
    const text = 'Costs rose, he said.\n\n\n\nWhen money runs short, states have to trim their payrolls,\n\n“ Ruiz said.';
    expect(texts(text)).toEqual(['When money runs short, states have to trim their payrolls,']);
    // and one followed by "of"
    expect(texts('Costs rose, he said.\n\n\n\nEvery mayor is wary of the state of the port,\n\n“ Ruiz said.')).toEqual(['Every mayor is wary of the state of the port,']);
  });

  it('when such a phrase follows an earlier mark on its line, then a bare verb places it no more than elsewhere mid-sentence', () => {
    const text = 'She wants the "\n\nold tolls,\n\n" Ruiz told reporters.\nThe mayor afterwards said she was only being ironic\n\n“ in her speech.';
    expect(texts(text)).toEqual(['old tolls,', 'ironic']);
    // a speech verb's form after a possessive is a noun, no attribution after the mark
    expect(texts(text.replace('in her speech', 'in her remarks'))).toEqual(['old tolls,', 'ironic']);
  });

  it('when no introducing word comes within a few words of such a mark, then no phrase is guessed', () => {
    const text = 'Storm winds battered northern coastal towns overnight leaving thousands without power\n\n" across the region.';
    expect(texts(text)).toEqual([]);
  });
});

describe('findQuotes and what is not speech', () => {
  it('when a document is named in quote marks and then acted on, then it is not a claim', () => {
    expect(texts('In 2019, a “framework of cooperation” signed by both towns opened the border.')).toEqual([]);
  });

  it('when a word is set off as so-called, then it is a scare quote and not a claim', () => {
    expect(texts('The so-called “experts” never visited the valley.')).toEqual([]);
  });

  it('when a body or an operation is named in quote marks after its noun ("the organisation “League of Patients”"), then it is not a claim', () => {
    expect(texts('The chair of the public organisation “League of Harbour Patients”, Ana Ruiz, doubts it.')).toEqual([]);
    expect(texts('The army launched the operation “Iron Tide” at dawn.')).toEqual([]);
    // a movement's or a bill's name in marks may be someone's words, and stays a quotation
    expect(texts('He promoted a “Stop the Port” movement all spring.')).toEqual(['Stop the Port']);
  });

  it('when a naming word stands before the marks ("under the slogan", "carries the title", "a firm named", "known as"), then they hold a name, whatever its case', () => {
    expect(texts('The ministry ran a campaign under the slogan «Protect yourself from the sun» all summer.')).toEqual([]);
    expect(texts('The labour bill carries the title «Fair Work for All» and goes to a vote next week.')).toEqual([]);
    expect(texts('The alliance released its manifesto with the name "Badlav Patra" last week.')).toEqual([]);
    expect(texts('The consultancy firm, named „Aqua Consilium Kft.”, had no employee.')).toEqual([]);
    expect(texts('In the stands he is known as „de Stofzuiger“, because no ball escapes him.')).toEqual([]);
    // "named" as the verb of someone choosing keeps its quotation, as "called" does
    expect(texts('Ana Ruiz, for example, named “Harbour Nights” as her favourite.')).toEqual(['Harbour Nights']);
    expect(texts('Tomas Berg named “the budget” his first target.')).toEqual(['the budget']);
  });

  it('when a community calls someone or something by a name, with the thing called between the verb and the marks, then the name is no claim', () => {
    expect(texts('The fishermen of the bay call her “Queen of the Nets” since the storm.')).toEqual([]);
    expect(texts('The youth of the district call the new bridge «the golden gate» with pride.')).toEqual([]);
    expect(texts('The fish is now called by the vendors "silver coin" because of its price.')).toEqual([]);
    // a named person calling something a word keeps the quotation
    expect(texts('Ana Ruiz calls the plan “a farce” and will vote against it.')).toEqual(['a farce']);
  });

  it('when premises, a site, a scheme or a body is named in marks after its noun, then the name is no claim, in its own sentence case too', () => {
    expect(texts('Among the first closed was the restaurant „Zlatna Riba“, open since 1998.')).toEqual([]);
    expect(texts('Families can apply to the subsidy scheme «Rain water for every garden» until May.')).toEqual([]);
    expect(texts('The ministry will carry on the campaign «Roads without speeding» in all schools.')).toEqual([]);
    // a lower-case phrase after the noun is still someone's words
    expect(texts('The committee “deeply regrets” the delay, Ana Ruiz said.')).toEqual(['deeply regrets']);
  });

  it('when one capitalised word in marks stands between an article and a naming noun ("the “Maktabim” platform"), then it is a name', () => {
    expect(texts('Lessons moved to the “Maktabim” platform for the rest of the week.')).toEqual([]);
    expect(texts('The buses of the ‘Gramvahini’ scheme stopped at noon.')).toEqual([]);
    // a phrase in lower case there is still someone's words
    expect(texts('He blamed the “hostile” group for the fire.')).toEqual(['hostile']);
  });

  it('when marks an article opens are followed by a naming noun’s plural, or by a noun before a naming noun, then they hold a name', () => {
    expect(texts('Families queued at the "Spring Harvest" markets since dawn.')).toEqual([]);
    expect(texts('The city adds 40 buses of the «Nilufar» bus company on the routes.')).toEqual([]);
    // an apposition after the marks leaves a quotation
    expect(texts('A survey found that "The Tides," a show from 1999, is still popular.')).toEqual(['The Tides,']);
  });

  it('when a company’s legal form stands next to the marks ("JSC «Oblenergo»", "«Azervod» OJSC"), then they hold its name', () => {
    expect(texts('The boiler belongs to LLP „Steppe Heat Service“, which raised the tariff.')).toEqual([]);
    expect(texts('In JSC «Poltavagaz» they said the repairs are over.')).toEqual([]);
    expect(texts('From October "Bakivod" OJSC will clean the drains.')).toEqual([]);
  });

  it('when marks follow a person of the press and "of", or "by" after a verb of publishing, then they hold a paper’s name', () => {
    expect(texts('The neighbours showed the correspondent of «Vedomosti» the frozen pipes.')).toEqual([]);
    expect(texts('As reported earlier by the „Kurier Lubelski”, the petition has four thousand names.')).toEqual([]);
    expect(texts('The photos published by ‘Dinamani’ spread quickly.')).toEqual([]);
  });

  it('when marks follow "the request of" or "the inquiry of", then they hold the name of whoever asks', () => {
    expect(texts('At the repeated request of «Harbour Courier» the company did not answer.')).toEqual([]);
  });

  it('when a short capitalised phrase opens on a plan noun ("Operation Tide"), or ends on "package" after an article, then it names the plan', () => {
    expect(texts('The men of “Operation Tide” joined the search at dawn.')).toEqual([]);
    expect(texts('Under "Mission Safe Village" the district moved 900 people.')).toEqual([]);
    expect(texts('Under the "Winter Relief Package" the flour will be cheaper.')).toEqual([]);
    // a capitalised sentence on such a noun is still someone's words
    expect(texts('He added: “Operation was a success, and nobody was hurt.”')).toEqual(['Operation was a success, and nobody was hurt.']);
    expect(texts('They mocked his famous “Mission Completed” speech.')).toEqual(['Mission Completed']);
  });

  it('when a naming participle follows the marks with its auxiliary ("as “Pearl City” is known"), then they hold a name', () => {
    expect(texts('In the town, which across the country as “Pearl City” is known, the shops closed.')).toEqual([]);
    expect(texts('In the raid, which the police "Iron Fist" had named, four men were held.')).toEqual([]);
  });

  it('when "named" is joined to a noun by a hyphen ("code-named «Night Wind»"), then it is a participle and the marks hold a name', () => {
    expect(texts('The raid, code-named «Night Wind», began at ten in the evening.')).toEqual([]);
  });

  it('when people know or baptize someone or something as a name, or know someone among many words as one, then the marks hold a name', () => {
    expect(texts('Her class, which the parents of the town know as «Promo Flood», lost three months.')).toEqual([]);
    expect(texts('The cable car, which the neighbours baptized as "the line of hope", cost twice the plan.')).toEqual([]);
    expect(texts('Karim Haddad, known among the people of his street as “Abu Sami”, opened the shop.')).toEqual([]);
  });

  it('when marks follow the banners or placards protesters carry, then they hold the banner’s words as a name', () => {
    expect(texts('About 300 people gathered in front of the hospital with banners „Rodimy w Lesku” on Sunday.')).toEqual([]);
    expect(texts('The mothers held the placard «Water for the whole valley» for an hour.')).toEqual([]);
  });

  it('when marks hold a city\'s by-name, an adjective and "capital" ("In the «southern capital» …"), then they hold a name', () => {
    expect(texts('In the «southern capital» more than 600 minibuses work on 40 routes.')).toEqual([]);
    expect(texts('The forum moved to the “northern capital” this year.')).toEqual([]);
  });

  it('when a colour stands alone in marks, or before the noun of a level, then it names a level of alert', () => {
    expect(texts('At noon the air at six stations was "orange" and at one "maroon".')).toEqual([]);
    expect(texts('From May the valley towns enter the 「amber alert」 water rationing.')).toEqual([]);
    // a colour with more words is someone's words
    expect(texts('Ana Ruiz said the figures were "red all over" and left.')).toEqual(['red all over']);
  });

  it('when an operation, a project or a movement is named in marks after its noun, then the name is no claim, in its own sentence case too', () => {
    expect(texts('The teachers will go on with the operation «Classe vide» next week.')).toEqual([]);
    expect(texts('The district will finish the project "Nahr al-Amal" by summer.')).toEqual([]);
    expect(texts('The movement «Enfermeiros em Marcha» joined the strike on Monday.')).toEqual([]);
    // a lower-case phrase there is still someone's words
    expect(texts('He said the movement “has lost its way” and left.')).toEqual(['has lost its way']);
  });

  it('when marks follow a place’s noun and "of", with every word capitalised, then they hold the place’s name or byname', () => {
    expect(texts('Even in the town of "Little Venice", the water entered the shops.')).toEqual([]);
    // a phrase in lower case there is still someone's words
    expect(texts('He called it the city of "broken promises" and left.')).toEqual(['broken promises']);
  });

  it('when an article opens marks in title case that end the noun phrase ("started the “Clean Ward Drive” from today"), then they hold a name', () => {
    expect(texts('The department has started the “Clean Ward Drive” from today, under which nurses go house to house.')).toEqual([]);
    expect(texts('He has worked in the ‘Kadalvandi’ for 22 years.')).toEqual([]);
    expect(texts('The minister ordered a «Sworn Technical Inquiry».')).toEqual([]);
    expect(texts('The residents showed the “Green Court” where the park was.')).toEqual([]);
    // a noun after the marks makes them an attributive phrase, quoted as words; lower case is someone's words
    expect(texts('Ruiz defended the "Harbour Eight" bill on Monday.')).toEqual(['Harbour Eight']);
    expect(texts('He called it the "worst deal" of the decade.')).toEqual(['worst deal']);
    // (one capitalised word after "a" is an answer quoted)
    expect(texts('She answered with a "Never" to the offer.')).toEqual(['Never']);
  });

  it('when marks follow a participle of christening ("a bill baptised « Zero flood »"), then they hold the name; a verb with its subject keeps the quotation', () => {
    expect(texts('He tabled in November a proposition of law baptised « Zero flood » on the dikes.')).toEqual([]);
    expect(texts('The crowd, which she baptised “my second family”, cheered.')).toEqual(['my second family']);
  });

  it('when marks follow "be declared" ("will be declared a “disaster area”"), then they hold the category given, not anyone\'s words', () => {
    expect(texts('The minister announced that the village will be declared a “disaster area affecting general life” soon.')).toEqual([]);
    expect(texts('The valley was proclaimed “zone of emergency” on Monday.')).toEqual([]);
    // the active verb has a speaker
    expect(texts('The minister declared “we will rebuild every house” on Monday.')).toEqual(['we will rebuild every house']);
  });

  it('when a short name in marks is what the words are told to before their colon ("told “Tide”: “…”", "pointed out to “Tide” that"), then it names the paper', () => {
    expect(texts('The farmer Ali Omar told “Tide”: “The water came at night.”')).toEqual(['The water came at night.']);
    expect(texts('Spokesman of the Port Authority to “Tide”: “We drained the pools”\n\nThe rain fell all night.')).toEqual(['We drained the pools']);
    expect(texts('Ali Omar pointed out to “Tide” that the rain was a record.')).toEqual([]);
    expect(texts('“The water came at night,” the farmer Ali Omar told «Harbour Post».')).toEqual(['The water came at night,']);
  });

  it('when a line opens on a short name in marks and a colon (\'"Aquaport": Flooding is the result of garbage\'), then the name says who speaks, no quotation', () => {
    expect(texts('"Aquaport": Flooding of the streets is the result of garbage\n\nThe rain fell all night.')).toEqual([]);
    // (a sentence in marks before a colon is someone's words)
    expect(texts('"We are ready": the mayor spoke on Monday.')).toEqual(['We are ready']);
  });

  it('when marks follow the article of a code a case is opened under ("under the article «…»"), then they hold its title', () => {
    expect(texts('A criminal case was opened under the article «Violation of the rules of safety of movement».')).toEqual([]);
  });

  it('when marks follow a card\'s noun ("the card “Tap&Go”"), then they hold its name', () => {
    expect(texts('In some buses the readers of the card “Tap&Go” did not work.')).toEqual([]);
  });

  it('when marks after "the" end on the noun of an alert ("issued the 「bear appearance warning」"), then they hold its name', () => {
    expect(texts('The prefecture has issued the 「wild boar appearance warning」 for the whole area.')).toEqual([]);
    // (a sentence that ends on the noun is someone's words)
    expect(texts('She said “this is the last warning” and left.')).toEqual(['this is the last warning']);
  });

  it('when marks follow the noun of a party, a works, a school or a place of a town ("the plant «Belaz»", "the Chilean NGO «Clean Hands»"), then they hold its name', () => {
    expect(texts('Workers of the plant «Belaz» went on strike on Monday.')).toEqual([]);
    expect(texts('Thousands joined the march organised by the Chilean NGO «Clean Hands».')).toEqual([]);
    expect(texts('The residents of the street «Lenin» complained about the water.')).toEqual([]);
    // before the noun, English marks a coinage, quoted as words
    expect(texts('He met the bipartisan "Harbour Eight" coalition on Monday.')).toEqual(['Harbour Eight']);
  });

  it('when marks in title case follow the noun of a broadcast ("on the broadcast «Harbour at Noon» of …"), then they hold the programme\'s name', () => {
    expect(texts('On the broadcast “Harbour am Mittag” of the valley channel, a fisherman said the nets were empty.')).toEqual([]);
  });

  it('when a name in marks keeps an elided article before a capitalised word ("the association “Comité d\'Entraide Valmont”"), then it is still a title', () => {
    expect(texts('The money went to the account of the association “Comité d\'Entraide Valmont” in 2019.')).toEqual([]);
  });

  it('when a title noun, "of" and its capitalised field come before marks in title case ("the Plan of Development «Valle Nuevo»"), then they hold the scheme\'s name', () => {
    expect(texts('The bridge is included in the Plan of Development “Valle Sereno”, which the council approved.')).toEqual([]);
    // a capitalised word after "of" with no title noun before keeps the quotation
    expect(texts('The mayor of Valmont “Keep Calm” said nothing.')).toEqual(['Keep Calm']);
  });

  it('when marks follow a body\'s noun and "of" whom it gathers ("the group of fans «Ultras Zêrin»"), then they hold its name', () => {
    expect(texts('He is a member of the group of fans «Ultras North» from Duhok.')).toEqual([]);
    expect(texts('The association of women «Fanilo» distributed rice.')).toEqual([]);
  });

  it('when marks in their own language\'s case follow an association and "of" whom it gathers ("the association of consumers «Sugu ni bara»"), then they hold its name', () => {
    expect(texts('The association of consumers “Sanu kadi nyogon” has denounced the prices.')).toEqual([]);
  });

  it('when the words between a banner, a placard or a slogan and the marks are in lower case, then the marks hold what it carries', () => {
    expect(texts('At the gate a banner was hanging with "Fair Bread, Happy Town" written on it.')).toEqual([]);
    expect(texts('Their posters were saying "Teachers, not promises" all morning.')).toEqual([]);
    expect(texts('The crowd met her with a banner on which was written «Welcome back, captain!».')).toEqual([]);
    expect(texts('They marched under the slogan of the dock union "Nobody sails alone" to the port.')).toEqual([]);
    // a speaker between the carrier and the marks keeps the quotation
    expect(texts('Under the banners, Ana Ruiz said "we will stay" and sat down.')).toEqual(['we will stay']);
  });

  it('when a quotation in title case ends on a warning’s or a contest’s noun, then it names the warning or the contest', () => {
    expect(texts('The city issued the 「Heavy Snow Emergency Warning」 for the whole district.')).toEqual([]);
    expect(texts('Related: the "County Farmers League" fills the stands every Sunday.')).toEqual([]);
  });

  it('when a law’s title follows its noun and number ("the bill No. 9123 «On the state support …»"), then it is no claim', () => {
    expect(texts('The Rada adopted the bill No. 9123 «On the state support of small business in the frontline territories». It passed.')).toEqual([]);
    expect(texts('The decree «On the mobilisation of reserves» came into force.')).toEqual([]);
    // "act" in lower case is as often the verb
    expect(texts('His wife warned him to act “presidential” on stage.')).toEqual(['presidential']);
  });

  it('when a quotation in title case holds a document’s noun ("the ‘Seoul Joint Statement for the Future’"), then it names the document', () => {
    expect(texts('The two governments adopted the ‘Porto Joint Statement for the Future-oriented Comprehensive Partnership’.')).toEqual([]);
    // title case without a document's noun, or a sentence, is still someone's words
    expect(texts('The crowd chanted “Stop The Port Now” for an hour.')).toEqual(['Stop The Port Now']);
  });

  it('when a work or a named service is announced by its noun, then its title is no claim, in sentence case or one word', () => {
    expect(texts('The audience award went to the drama ”Mossa och järn”, about two brothers.')).toEqual([]);
    expect(texts('Payments go through the portal «Diia», without a visit to any office.')).toEqual([]);
    expect(texts('Hongsheng continues to push its plan “Hongsheng 2030”, which foresees new plants.')).toEqual([]);
    expect(texts('The small lunar probe 「Tsukiakari」 detected water ice.')).toEqual([]);
  });

  it('when a storm, a petition or a telethon is named in marks after its noun, then the name is no claim', () => {
    expect(texts('Ferries stayed in port because of Typhoon “Marisol” on Sunday.')).toEqual([]);
    expect(texts('The petition „Keep the Ward Open“ gathered nine thousand signatures.')).toEqual([]);
    expect(texts('She later appeared on the telethon «Together Strong».')).toEqual([]);
  });

  it('when a name in marks carries a stop inside a word ("Porto.net Daily Brief"), then it is still a title after its noun', () => {
    expect(texts('Join the Telegram group "Porto.net Daily Brief", then open the link.')).toEqual([]);
    // a stop that ends a sentence inside the marks leaves someone's words
    expect(texts('She told the group "Stop. Think Again" twice.')).toEqual(['Stop. Think Again']);
  });

  it('when people at large call someone or something a name in marks, then the name is no claim; one speaker’s word stays his', () => {
    expect(texts('The stall belongs to Li Wen, called by regulars affectionately “Auntie Li”, who is 70.')).toEqual([]);
    expect(texts('The fisherman, who is jokingly called “Captain Salt”, smiled.')).toEqual([]);
    expect(texts('The old bull that villagers call “Big Ears” came back at night.')).toEqual([]);
    expect(texts('She shows the deed, which people here call the “green paper”.')).toEqual([]);
    expect(texts('The chairman called the landing “textbook”.')).toEqual(['textbook']);
    expect(texts('Critics call the plan “reckless”.')).toEqual(['reckless']);
  });

  it('when an authority classifies something as a category in marks, then the category is no claim', () => {
    expect(texts('Six kilometres of the bank are classified “highly dangerous” by the province.')).toEqual([]);
    expect(texts('The district was designated as “red zone” on Monday.')).toEqual([]);
  });

  it('when the marks close a compound a hyphen opens ("the Ö1-„Morgenjournal“"), then they hold a programme’s or a product’s name', () => {
    expect(texts('The scientist said so in the Radio-„Mittagsjournal“ on Monday.')).toEqual([]);
  });

  it('when a plan’s name carries its noun inside the marks ("the “Harbour plan”"), then it names the plan', () => {
    expect(texts('The “Lumen plan” did not save the plant.')).toEqual([]);
    // a phrase in lower case before the noun stays someone's words
    expect(texts('The minister defended the “do nothing plan” of her rival.')).toEqual(['do nothing plan']);
  });

  it('when a body in marks comes between "of" and a person’s name, or a paper takes the words after "to", then it is no claim', () => {
    expect(texts('The general director of «Nordic Wings» Pavel Orlov assured that the aircraft was sound.')).toEqual([]);
    expect(texts('«The engine was fine», – declared he to «Vedomosti».')).toEqual(['The engine was fine']);
    expect(texts('The director explained in statements to “Al-Nahar” that prices will fall.')).toEqual([]);
    // "to" after anything else may take someone's words
    expect(texts('Thousands rallied to “Save Our Ward” on Saturday.')).toEqual(['Save Our Ward']);
  });

  it('when a name in marks in title case goes on as the subject of a verb ("The „Red Lions” are …"), then it names a body', () => {
    expect(texts('The „Red Lions” are in 14th place after the defeat.')).toEqual([]);
    expect(texts('The ranger said the „Rapid Team for Brown Bears“ is already on site.')).toEqual([]);
    expect(texts('The „Harbour Link“, which has been planned since 2019, must wait.')).toEqual([]);
    // one that is the object, or followed by anything but a verb, stays a quotation
    expect(texts('The crowd chanted the “Save Our Ward” all night.')).toEqual(['Save Our Ward']);
    expect(texts('Rubio defended the “Gang of Ten” bill again.')).toEqual(['Gang of Ten']);
  });

  it('when a show title is quoted after a title noun, then it is not a claim', () => {
    expect(texts('She appeared on the quiz show “Brain Of The Year” twice.')).toEqual([]);
  });

  it('when a programme follows a broadcaster’s possessive ("on KPRT’s “Harbour Hour,”"), then it is a title, not a claim, however short', () => {
    expect(texts('Lena Marsh, speaking Tuesday on KPRT’s “Harbour Hour,” called the pier safe.')).toEqual([]);
    expect(texts('Ruiz was the first guest on Coastline Radio’s “Dawn.”')).toEqual([]);
    expect(texts('Berg told Porto News Channel’s “Mornings with Ada Brook” that “we are ready.”')).toEqual(['we are ready.']);
    // a writer’s or a law’s possessive owns no programme: what follows may be quoted words
    expect(texts('Her essay leans on Ana Ruiz’s “Harbour Rules” and on the Act’s “Fair Rent” clause.')).toEqual(['Harbour Rules', 'Fair Rent']);
  });

  it('when a quoted phrase is speech inside a sentence, then it stays a claim', () => {
    expect(texts('The union welcomed the "constructive" talks with the ministry.')).toEqual(['constructive']);
  });

  it('when quote marks sit in site clutter, then they yield no quotation', () => {
    expect(texts('The vote is on Sunday.\n\nRead also "Why the vote matters"\n\nIt will be close.')).toEqual([]);
  });
});

describe('findQuotes kinds', () => {
  it('when a full-sentence quotation opens the first paragraph under the title, then it is direct, as it is after a sentence', () => {
    const kinds = (text: string) => quotesIn(text).map((q) => q.kind);
    expect(kinds('Pier tolls approved\n\n“We will not pay,” said Mirela Voss, owner of the bakery.')).toEqual(['direct']);
    expect(kinds('Pier tolls approved\n\nThe council met.\n\n“We will not pay,” said Mirela Voss.')).toEqual(['direct']);
    // a phrase a scraper cut off its sentence further down stays partial
    expect(kinds('Pier tolls approved\n\nThe council met. Voss called the toll\n\n“A Disgrace” and left.')).toEqual(['partial']);
  });
});

describe('findQuotes confidence', () => {
  it('when a quotation needed a repair, then it is less certain than a clean one', () => {
    const [clean] = quotesIn('The pilot said, “We land in ten minutes.”');
    const [repaired] = quotesIn('The chef smiled, saying, Nobody leaves this kitchen hungry.\n\n”\n\nThe end.');
    expect(clean!.confidence).toBeGreaterThan(repaired!.confidence);
    expect(repaired!.confidence).toBeGreaterThan(0);
  });
});

describe('findQuotes on a wall of quotations', () => {
  it('when an article holds hundreds of quotations in one paragraph, then each is found with its own marks', () => {
    const text = '“Yes” '.repeat(300);
    const quotes = findQuotes(analyseDocument(text));
    expect(quotes).toHaveLength(300);
    quotes.forEach((q, i) => {
      expect(q).toMatchObject({ start: i * 6 + 1, end: i * 6 + 4, kind: 'direct' });
      expect(q.openAt).toBe(i * 6);
      expect(q.closeEnd).toBe(i * 6 + 5);
    });
  });
});

describe('character tests by offset', () => {
  it('when a character is tested at its offset, then the answer is the one for the character itself, and false past either end', () => {
    const text = ' «Olá,» ‘x’ – 9\u00a0\u2009"ß\n';
    for (let i = -1; i <= text.length; i++) {
      expect([isSpaceAt(text, i), isWordAt(text, i), isQuoteAt(text, i), isLinePunctuationAt(text, i)]).toEqual([
        isSpace(text[i]), isWordChar(text[i]), text[i] !== undefined && isQuoteChar(text[i]!), isLinePunctuation(text[i]),
      ]);
    }
  });
});

describe('afterAttributionSentence', () => {
  const at = (text: string, mark: string) => afterAttributionSentence(text, text.indexOf(mark) + 1, text.length);

  it('when an attribution follows a quotation that broke off on a comma, then the words after its sentence are where the rest starts', () => {
    const text = '"The tolls stay," Ruiz said on Monday. We are ready.';
    expect(text.slice(at(text, '," '))).toBe('We are ready.');
  });

  it('when the attribution’s sentence ends its line, then nothing after it is the rest of the quotation', () => {
    expect(at('"The tolls stay," Ruiz said.\nThe board met later.', '," ')).toBe(-1);
  });

  it('when the quotation ended on a stop, then the words after it are the reporter’s next sentence, not an attribution', () => {
    expect(at('"The tolls stay." Some captains have said they will leave. We are ready.', '." ')).toBe(-1);
  });

  it('when the words after the speech verb are a clause, then they are no speaker and no sentence end is given', () => {
    expect(at('"We need one," said the old one was rotten. Nobody listened.', '," ')).toBe(-1);
  });

  it('when a title or an initial follows the verb, then its stop ends no sentence', () => {
    const text = '"We stay," said Sen. Ana B. Ruiz of Ohio. We are ready.';
    expect(text.slice(at(text, '," '))).toBe('We are ready.');
  });
});

describe('findQuotes on dialogue dashes', () => {
  it('when a line opens on a dash and closes on an attribution ("– …, Kärkkäinen says to Yle."), then the words before the attribution are a direct quotation', () => {
    const text = 'The park divides the village.\n\n– If the park comes, we lose a third of the pastures, Juha Berg says to Yle.\n\nThe council votes in May.';
    expect(quotesIn(text).map((q) => [q.text, q.kind])).toEqual([['If the park comes, we lose a third of the pastures', 'direct']]);
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Juha Berg', source: 'Yle' });
  });

  it('when an attribution set off by dashes cuts a dialogue line ("—… —he told Clarín—. …"), then both pieces are quotations of the speaker', () => {
    const text = 'The river rose at night.\n\nRaúl Bustos lost his house.\n\n—The water entered in ten minutes —he told Clarín, still wet—. Nobody came until six in the morning.';
    expect(texts(text)).toEqual(['The water entered in ten minutes', 'Nobody came until six in the morning.']);
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Raúl Bustos', 'Raúl Bustos']);
  });

  it('when a name and its verb are set off by dashes inside a dialogue line ("— …, — Ruiz said. — …"), then both pieces are quotations of the speaker', () => {
    const lead = 'The port closed.\n\nAna Ruiz spoke on Monday.\n\n';
    const stop = `${lead}— We will rebuild the port, — Ruiz said. — Nobody will be fired.`;
    expect(texts(stop)).toEqual(['We will rebuild the port', 'Nobody will be fired.']);
    expect(extract({ text: stop }).claims.map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(texts(`${lead}— We will rebuild the port, — Ruiz said, — and nobody will be fired.`)).toEqual(['We will rebuild the port', 'and nobody will be fired.']);
    // (a capitalised sentence between two dashes without a verb of speech cuts nothing)
    expect(texts(`${lead}— We will rebuild the port — Lisbon, Porto — and hire again.`)).toEqual(['We will rebuild the port — Lisbon, Porto — and hire again.']);
  });

  it('when the closing attribution has a setting after the name, or a sentence of speech follows it, then the speech around it is found', () => {
    const set = 'Wolves came.\n\n– We assess that the risk is great, says Per-Olof Nyberg, officer at the board, to TT.';
    expect(texts(set)).toEqual(['We assess that the risk is great']);
    const goesOn = 'Wolves came.\n\n– I understand her completely, says Nyberg. But the hunt is what we can do just now.';
    expect(texts(goesOn)).toEqual(['I understand her completely', 'But the hunt is what we can do just now.']);
  });

  it('when a dash line has no attribution but speaks in the first person or asks, then it is the last speaker going on', () => {
    const text = 'Annika Lindqvist lost 17 sheep.\n\n– It looked like a battlefield, says she to SVT.\n\nShe built a fence.\n\n– The fence was approved two years ago. What more shall we do?';
    expect(texts(text)).toEqual(['It looked like a battlefield', 'The fence was approved two years ago. What more shall we do?']);
    expect(extract({ text }).claims.map((c) => c.speaker)).toEqual(['Annika Lindqvist', 'Annika Lindqvist']);
  });

  it('when a dialogue line closes on ", — shared the pensioner X", then the words before the comma are the quotation and X spoke them; "shared" without the dash closes no line', () => {
    const text = 'Heating.\n\nThe expert Ivan Petrenko warned about gas.\n\n— Last winter we lived in the kitchen, already good, — shared the pensioner Olena Kravets, who lives in the microdistrict.';
    expect(texts(text)).toEqual(['Last winter we lived in the kitchen, already good']);
    expect(extract({ text }).claims[0]).toMatchObject({ speaker: 'Olena Kravets', cue: 'shared' });
    const photo = 'Heating.\n\n— The new boiler house, the photo shared the mayor on Monday.';
    expect(texts(photo)).toEqual([]);
  });

  it('when a line opens on a dash with no attribution (a list’s item, a heading), then it is no quotation', () => {
    expect(texts('The plan has three parts.\n\n– New pastures for the herders in the north.\n\n— Compensation for every family.')).toEqual([]);
  });
});

describe('findQuotes: names given in marks in translated news', () => {
  it.each([
    ['known as, with where', 'The mechanic, known in the neighbourhood as "El Tano", carried people out.', 'El Tano'],
    ['a body of the named kind', 'The plane of the airline «Taiga Avia» landed in a field.', 'Taiga Avia'],
    ['a programme in its own language', 'She said so on the programme „Tazi sutrin“ on Tuesday.', 'Tazi sutrin'],
  ])('when a name is given in marks (%s), then it is no quotation', (_case, text, name) => {
    const doc = analyseDocument(text);
    const found = findQuotes(doc);
    expect(found.map((q) => text.slice(q.start, q.end))).not.toContain(name);
    expect((doc.names ?? []).map((n) => text.slice(n.start, n.end))).toContain(name);
  });
});

describe('findQuotes on marks that belong to a script', () => {
  test('when a Hebrew acronym keeps its gershayim as a straight mark inside the word (Nat"a, Tsa"hal), then it opens and closes nothing', () => {
    const text = 'Delays.\n\nThe CEO of Nat"a rejected it. "We are not at war with Nat"a. We want to be partners," she added.';
    const quotes = findQuotes(analyseDocument(text));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['We are not at war with Nat"a. We want to be partners,']);
    // (a mark that lost its space before a quotation, said"We …, is still a mark)
    const lost = 'Delays.\n\nShe said"We are ready." Then she left.';
    expect(findQuotes(analyseDocument(lost)).map((q) => lost.slice(q.start, q.end))).toEqual(['We are ready.']);
  });

  test('when corner brackets stand alone on lines around the words (「 ⏎ words ⏎ 」), then 「 opens and 」 closes them', () => {
    const text = 'Bears.\n\n「Bears come back to the same place」.\n\nThe governor touched on the hunters.\n\n「\nThe average age of the hunters is over 65 years.\n」\n\nhe emphasized.';
    const quotes = findQuotes(analyseDocument(text));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['Bears come back to the same place', 'The average age of the hunters is over 65 years.']);
  });
});

describe('findQuotes on attributions inside the marks', () => {
  test('when an attribution set off by dashes stands inside marked words („The lake – said the director – will recover”), then the words are two pieces around it, both the speaker’s', () => {
    const text = 'Lake.\n\nThe director Halmos Ferenc spoke on Monday.\n\n„The lake – said the director – will recover, if we get rain.”';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([['The lake', 'Halmos Ferenc'], ['will recover, if we get rain.', 'Halmos Ferenc']]);
    // ("– he added –" opens on a pronoun and its verb)
    const added = 'Lake.\n\nHalmos Ferenc spoke.\n\n„The level – he added – is the lowest in years.”';
    expect(extract({ text: added }).claims.map((c) => c.text)).toEqual(['The level', 'is the lowest in years.']);
  });

  test('when an aside between dashes inside the marks is the speaker’s own (“We — and I told him so — will not go”), then the quotation stays whole', () => {
    const text = 'Talks.\n\nAna Ruiz spoke.\n\n“We — and I told him so — will not go,” she said.';
    expect(extract({ text }).claims.map((c) => c.text)).toEqual(['We — and I told him so — will not go,']);
  });

  test('when the low opening mark „ stands alone on the line above the words and its closing mark alone below them, then it opens them', () => {
    const text = 'School.\n\nThe director spoke.\n\n„\nWhen I entered the burned gym in April, I thought there would never be children here again.\n“\n\n– says the director, wiping the tears.';
    const quotes = findQuotes(analyseDocument(text));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['When I entered the burned gym in April, I thought there would never be children here again.']);
  });
});

describe('findQuotes: a name given in marks, repeated', () => {
  it('when marks repeat word for word a name given in marks before ("call her "Silk Queen"" … "The "Silk Queen" answered"), then they hold the name again, no quotation', () => {
    const text = 'Crafts.\n\nThe weaver Mei Tan has 40,000 fans, and the villagers call her "Silk Queen".\n\nA buyer asked for a custom piece. The "Silk Queen" smiled and answered: "Yes, but you have to wait until spring."';
    expect(texts(text)).toEqual(['Yes, but you have to wait until spring.']);
    // words in marks that no name in marks came before stay a quotation
    expect(texts('Crafts.\n\nThe weaver Mei Tan called it "Silk Queen" and smiled.')).toEqual(['Silk Queen']);
  });
});

describe('findQuotes: a closing mark whose opening mark was lost after a reported sentence', () => {
  it('when the line reports the speaker with "that" and goes on in sentences up to a lone closing mark and its attribution, then those sentences are the quotation', () => {
    const text = 'Floods.\n\nSiti Rahma (45), his neighbour, admitted that her house was flooded for the third time this year. Every year it is the same, the promises are only promises. We are tired," she said.\n\nThe regent promised a new dike.';
    const [q] = quotesIn(text);
    expect(q?.text).toBe('Every year it is the same, the promises are only promises. We are tired,');
    expect(q?.repairs.map((r) => r.code)).toContain('open-mark-missing');
    // with the reported sentence right before the mark's own, that one sentence stays the quotation
    expect(texts('Floods.\n\nSiti Rahma admitted that her house was flooded again. We are tired," she said.')).toEqual(['We are tired,']);
  });
});

describe('findQuotes: a judgement in marks after a verb of classing with its object', () => {
  it('when someone "classified the strike as "…"", then the marks hold a quotation; "is classified as "…"" still gives a category', () => {
    expect(quotesIn('Strike.\n\nThe mayor Rui Lobo classified the strike as "abusive and irresponsible with the population" and left.').map((q) => [q.text, q.kind]))
      .toEqual([['abusive and irresponsible with the population', 'partial']]);
    expect(texts('Floods.\n\nThe river bank is classified as "especially dangerous" since May.')).toEqual([]);
  });
});

describe('findQuotes: corner brackets nested in corner brackets', () => {
  it('when double corner brackets stand inside single ones (「… 『Food Safety Act』 impose a fine.」), then the outer quotation is one claim', () => {
    const text = 'Night market.\n\nThe director Hsu Li said:「The sauce stood ten hours. We will according to 『Food Safety Act』 impose a fine.」\n\nThe stall is closed.';
    expect(texts(text)).toEqual(['The sauce stood ten hours. We will according to 『Food Safety Act』 impose a fine.']);
  });
});

describe('findQuotes: a lone closing mark under a line whose last sentence is the speaker’s', () => {
  it('when a line narrates in the past and the third person, then speaks in the first person up to a closing mark on its own line, then only that last sentence is the quotation', () => {
    const text = 'Harbour vote.\n\nThe fisherman Tomas Berg, from Lysholm, said that he had backed the new pier until the council vote. We never saw the real figures,\n\n" Berg said.\n\nThe council meets again in May.';
    const [q] = quotesIn(text).filter((c) => c.end > text.indexOf('figures'));
    expect(q?.text).toBe('We never saw the real figures,');
    // a line whose earlier sentence already speaks in the first person is taken whole
    const whole = 'Harbour vote.\n\nThe old pier was fine, I told them so. We never saw the real figures,\n\n" Berg said.';
    expect(texts(whole)[0]).toMatch(/The old pier was fine, I told them so\. We never saw the real figures,$/);
  });
});

describe('findQuotes: a lost opening mark before a phrase the reporter’s sentence goes on after', () => {
  it('when a verb of speech introduces a clause whose closing mark stands alone on the next line, then the clause after the verb is the quotation; a noun phrase after its article stays the phrase', () => {
    const text = 'Budget.\n\nThe treasurer Lena Moor said the fund is far too small to cover\n\n" the new school roof this year.';
    expect(texts(text)).toEqual(['the fund is far too small to cover']);
    const noun = 'Milk.\n\nThe farmer Ivo Dan said the dairies still pay a fair\n\n" price for the summer milk.';
    expect(texts(noun)).toEqual(['fair']);
  });
});

describe('findQuotes: a body’s scheme named in title case after its possessive', () => {
  it('when marks in title case follow "the ministry\'s" and end the noun phrase, then they hold the scheme\'s name; after a named law or a person, or in lower case, they stay words', () => {
    expect(texts('Farms.\n\nThe minister said the ministry\'s “Blue Harvest” to help young farmers starts in June.')).toEqual([]);
    expect(texts('Farms.\n\nThe minister praised the ministry\'s “very generous” offer to young farmers.')).toEqual(['very generous']);
    expect(texts('Farms.\n\nThe minister attacked the Act\'s “Land Levy” on small farms.')).toEqual(['Land Levy']);
  });
});

describe('findQuotes: a body that calls its own thing by a name in title case', () => {
  it('when "the agency calls the fee "…"" gives a name in title case, then it is the fee\'s name; a judgement in lower case, or a person calling, stays words', () => {
    expect(texts('Fees.\n\nDrivers pay 300 a day. The agency calls the fee "Kudin Hanya".')).toEqual([]);
    expect(texts('Fees.\n\nDrivers pay 300 a day. The union calls the fee "plain robbery".')).toEqual(['plain robbery']);
    expect(texts('Fees.\n\nDrivers pay 300 a day. Musa Bello calls the fee "Kudin Hanya".')).toEqual(['Kudin Hanya']);
  });
});

describe('findQuotes: a title in capitals opening on "THE"', () => {
  it('when a subheading in capitals holds marks that open on "THE" ("\'THE BLUE HOUSE\' SOLD"), then they hold a name; capitals that speak stay words', () => {
    expect(texts("Housing.\n\n'THE BLUE HOUSE' SOLD\n\nThe old building on the quay was sold last week.")).toEqual([]);
    expect(texts("Housing.\n\n'WE WILL NOT MOVE' SAY TENANTS\n\nThe old building on the quay was sold last week.")).toEqual(['WE WILL NOT MOVE']);
  });
});

describe('findQuotes: a name given with an aside of irony', () => {
  it('when someone calls a thing, with irony, the "…", then the marks are a scare quote; without the aside they stay words', () => {
    expect(texts('Roads.\n\nThe shop owners call the new bypass, with irony, the "road of progress".')).toEqual([]);
    expect(texts('Roads.\n\nThe mayor Ida Lund called the new bypass "a road of progress".')).toEqual(['a road of progress']);
  });
});

describe('findQuotes: one word in lower case in marks after "the" and a capitalised adjective', () => {
  it('when "the Northern «rescuers» – …" ends the noun phrase, then the marks are a scare quote; a word quoted after an ordinary adjective stays words', () => {
    expect(texts('War.\n\nThe walls still carry slogans left by the Northern «rescuers» – they were kept behind glass.')).toEqual([]);
    expect(texts('War.\n\nThe walls still carry slogans left by the so very kind «rescuers» – they were kept behind glass.')).toEqual(['rescuers']);
  });
});

describe('findQuotes: a lone closing mark after an introducer, a reported sentence and the speaker’s own', () => {
  it('when the words after "responded," narrate in the third person and the past, and only the last sentence speaks to or as someone, then that sentence is the quotation', () => {
    const text = 'Water.\n\nThe director Lin Wei responded, the city has already opened ten new wells in the east. Do not store water at home, you only lower the pressure,” he appealed.';
    expect(texts(text)).toEqual(['Do not store water at home, you only lower the pressure,']);
    // a last sentence that tells about someone in the third person keeps the words from the introducer
    const told = 'Water.\n\nThe director Lin Wei responded, the city has already opened ten new wells in the east. He then praised your patience,” he wrote.';
    expect(texts(told)).toEqual(['the city has already opened ten new wells in the east. He then praised your patience,']);
  });
});

describe('findQuotes: a line in the first person that the next line points back at with "says it"', () => {
  it('when "The beekeeper says it quietly, while …" follows a line in the first person, then that line is his words; "says it will …" reports a new claim and points back at nothing', () => {
    const text = 'Bees.\n\nThe beekeeper has little hope for the new rules.\n\nWe are on our own. I lost half of my hives this spring and nobody came.\n\nThe beekeeper says it quietly, while he closes the last empty box.';
    expect(texts(text)).toEqual(['We are on our own. I lost half of my hives this spring and nobody came.']);
    const report = 'Bees.\n\nThe beekeeper has little hope for the new rules.\n\nWe are on our own. I lost half of my hives this spring and nobody came.\n\nThe ministry says it will review the rules in May.';
    expect(texts(report)).toEqual([]);
  });
});

describe('a quotation over several paragraphs, opened once and closed once', () => {
  const long = [
    'The mayor of the town, Samuel Vuti, explained the reason on the radio on Wednesday:',
    '"Plenty of complaints came to the council from the mothers and from the schools. The men drink until two in the morning.',
    'We do not want to close the bars. The custom is ours and we respect it.',
    'So the council decided that ten is enough. Who wants to drink more can drink at home."',
    'Advertisement',
  ].join('\n\n');

  it('when a line ending on a colon introduces it and the mark closes a later paragraph, then the paragraphs between are part of it', () => {
    const claims = extract({ text: long }).claims.filter((c) => c.kind === 'direct');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('We do not want to close the bars.');
    expect(claims[0]!.text.endsWith('drink at home.')).toBe(true);
    expect(claims[0]!.speaker).toBe('Samuel Vuti');
  });

  it('when no colon introduces the opened paragraph, then the paragraphs after it stay the article\'s own', () => {
    const text = long.replace('on Wednesday:', 'on Wednesday.');
    const claims = extract({ text }).claims.filter((c) => c.kind === 'direct');
    expect(claims.some((c) => c.text.includes('We do not want to close the bars.'))).toBe(false);
  });
});

describe('names in marks that translated news gives with what they are called, mean or read', () => {
  const kinds = (text: string) => extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text);

  it('when a clause whose subject no one named calls something by a name in capitals, then the name is no claim', () => {
    expect(kinds('The supporters started a campaign on social media which they call «Tuli Pamo», meaning «we are together».')).toEqual([]);
    expect(kinds('The new law, that the council call it "Bar Opening Hours Bylaw No. 2", starts on 1 July.')).toEqual([]);
    expect(kinds('Some drinkers already call the mayor "Mister Ten O\'Clock" in the town.')).toEqual([]);
    expect(kinds('The veteran coach, whom the supporters are calling «Kafupi» because of his short body, has resigned.')).toEqual([]);
  });

  it('when a person named by a pronoun calls something a name, then the name stays their words', () => {
    expect(kinds('Mr. Ryan is at the center of a national campaign - one he calls "Confident America" - but not for president.')).toEqual(['Confident America']);
  });

  it('when a name in marks is followed by its translation in brackets, or a banner reads it, then it is no claim', () => {
    expect(kinds('The food will be given under the programme of the government „Lijo ho Bohle“ (Food for All).')).toEqual([]);
    expect(kinds('In the square the banners said "Umax jakañawa" and "Jallalla Omasuyos".')).toEqual([]);
    expect(kinds('The carnival of this year has as theme „Alegria sin Fin“ (Joy without end).')).toEqual([]);
  });
});

describe('long names and slogans on signs', () => {
  const kinds = (text: string) => extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text);
  it('when a clause calls a law by a name of eight words, or a banner far from its verb reads a slogan, then neither is a claim', () => {
    expect(kinds('The new law, that the council call it "Nakamal Opening Hours Bylaw No. 2 of 2025", starts on 1 July.')).toEqual([]);
    expect(kinds('One banner in front of one nakamal on Main Street it say "Kava i laef blong yumi".')).toEqual([]);
  });
});

describe('names, nicknames, songs and inscriptions in marks that no one says', () => {
  const kinds = (text: string) => extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text);

  it('when an agency or a publication is named in marks after its noun, then the name is no claim; words told to it still are', () => {
    expect(kinds('“The bridge will reopen in May,” the mayor Ana Ruiz told the agency «Interfax».')).toEqual(['The bridge will reopen in May,']);
    expect(kinds('The mayor Ana Ruiz told the publication «Vedomosti» that the bridge will reopen in May.')).toEqual([]);
    expect(kinds('The mayor Ana Ruiz told the agency "we are not afraid of anyone" on Monday.')).toEqual(['we are not afraid of anyone']);
  });

  it('when people call themselves by a name in marks, then the name is no claim', () => {
    expect(kinds('The stallholders of Kowloon Market, who call themselves «the Lantern Guild», marched on Friday.')).toEqual([]);
    expect(kinds('A collective calling itself "Night Bakers" left bread at the station.')).toEqual([]);
  });

  it('when the clause that gives a name names no caller, however many words it takes, then the name is no claim', () => {
    expect(kinds('The widow, whom in the village they call «Mama Rain», sells tea at the gate.')).toEqual([]);
    expect(kinds('The foreman, whom the residents of Lakeside Estate all call him «Copper King», denied the charges.')).toEqual([]);
    expect(kinds('The bridge, which the families call the "road of the goats", was closed on Monday.')).toEqual([]);
  });

  it('when a participle of naming set off by a comma names a thing ("the new model, called "Aurora","), or a prize or an event is named after its noun, then the name is no claim', () => {
    expect(kinds('The company\'s new model, called "Aurora", will go on sale in May.')).toEqual([]);
    expect(kinds('The award "Person of the Year" went to a nurse from Lviv.')).toEqual([]);
    expect(kinds('The forum "Open Harbours" gathered 300 mayors in Porto.')).toEqual([]);
    // (with its subject before the verb, what someone calls a thing is their words)
    expect(kinds('Ruiz called "Aurora" a failure.')).toEqual(['Aurora']);
  });

  it('when a named person calls something a word in the same clause, then it stays that person\'s words', () => {
    expect(kinds('The plan, which Senator Ana Ruiz calls "a giveaway to the banks", passed on Monday.')).toEqual(['a giveaway to the banks']);
  });

  it('when marks follow "the nickname" or a pronoun after a relative that named something, then they hold a name', () => {
    expect(kinds('He is known in the port by the nickname "Captain Salt", and he is now wanted.')).toEqual([]);
    expect(kinds('The police arrested six men in the operation which they named "Dry Net".')).toEqual([]);
  });

  it('when words are written, painted or put on a banner, a tarpaulin or a wall, then they are a slogan, no claim', () => {
    expect(kinds('The farmers put a tarpaulin in the market with the words "Buy from our farms" and waited.')).toEqual([]);
    expect(kinds('The driver stood on his jeepney, which is painted with the words «Road of Life» on its side.')).toEqual([]);
    expect(kinds('A banner of cloth was hung on the wall, written on it «Hilltown, we are all with you».')).toEqual([]);
  });

  it('when the words are on a T-shirt or were said, then they stay quoted words', () => {
    expect(kinds('A man wore a T-shirt emblazoned with the words "I cannot breathe" at the rally.')).toEqual(['I cannot breathe']);
    expect(kinds('The mayor repeated the words "we will not close the market" to the traders.')).toEqual(['we will not close the market']);
  });

  it('when a firm, a faction, a sponsor or a scheme is named in its own language\'s case, then the name is no claim', () => {
    expect(kinds('He blamed the investments of the company „Harbour heat“ for the rise.')).toEqual([]);
    expect(kinds('The opposition movement „Free Farmers of the Valley“ spread a statement.')).toEqual([]);
    expect(kinds('The mayor said that within the framework of the "Clean air - healthy city" program, coal will be banned.')).toEqual([]);
    expect(kinds('The sponsor "Harbour Fish" has promised to stay for one more season.')).toEqual([]);
    expect(kinds('The opposition faction "Homeland" walked out of the council.')).toEqual([]);
  });

  it('when a name in marks is translated in brackets in marks of their own, or a song is sung, then neither is a claim', () => {
    expect(kinds('He added that within the programme „Auyl qauipsiz“ ("Safe village") each akim will train.')).toEqual([]);
    expect(kinds('After his words, the people stood up and sang “Tutira Mai Nga Iwi”.')).toEqual([]);
    expect(kinds('When the referee blew, sang the supporters »Gentan a Strendur«, and a banner hung.')).toEqual([]);
  });

  it('when a crowd chants words, then they stay the crowd\'s words', () => {
    expect(kinds('The crowd chanted “Lock Him Up” all night.')).toEqual(['Lock Him Up']);
  });
});

describe('rarer glyphs of quotation marks', () => {
  it.each([
    ['fullwidth marks', '＂We will rebuild the pier,＂ said Ana Ruiz.'],
    ['CJK double prime marks', '〝We will rebuild the pier,〞 said Ana Ruiz.'],
    ['CJK double prime marks closed low', '〝We will rebuild the pier,〟 said Ana Ruiz.'],
    ['halfwidth corner brackets', '｢We will rebuild the pier,｣ said Ana Ruiz.'],
    ['double primes typed for marks', '″We will rebuild the pier,″ said Ana Ruiz.'],
    ['ornamental marks', '❝We will rebuild the pier,❞ said Ana Ruiz.'],
    ['marks escaped by backslashes, as text taken from JSON keeps them', '\\"We will rebuild the pier,\\" said Ana Ruiz.'],
  ])('when a quotation is set in %s, then it is found as one in common marks is, with its speaker', (_, text) => {
    const claims = extract({ text }).claims;
    expect(claims.map((c) => [c.kind, c.text, c.speaker])).toEqual([['direct', 'We will rebuild the pier,', 'Ana Ruiz']]);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toBe('We will rebuild the pier,');
  });

  it('when the title holds such marks, then the article\'s facts give it as written', () => {
    const text = 'Mayor: ＂The pier will reopen＂\n\n＂We will rebuild the pier,＂ said Ana Ruiz.';
    expect(extract({ text }).facts.title).toBe('Mayor: ＂The pier will reopen＂');
  });

  it('when a double prime follows a number, then it is a unit, no mark', () => {
    const claims = extract({ text: 'The 55″ screen costs 300 euros, and the 12″ one 90, said Ana Ruiz on Monday.' }).claims;
    expect(claims.filter((c) => c.kind !== 'indirect')).toEqual([]);
  });
});

describe('a quotation under a line of site clutter', () => {
  it('when a "Read also" line with no stop stands right above a quotation, then the quotation stands as speech, not as a phrase cut off that line', () => {
    const text = 'Pier\n\nAna Ruiz visited the pier.\n\n“We will rebuild every plank,” she said.\n\nRead also: Storm hits coast\n\n“It will take a year,” she added.';
    expect(extract({ text }).claims.map((c) => [c.kind, c.text])).toEqual([['direct', 'We will rebuild every plank,'], ['direct', 'It will take a year,']]);
  });
});

describe('a word in marks after "of the" and a capitalised noun', () => {
  it('when "called the proposal of the West “unacceptable”", then the word is what it was called; "of the Russian «liberators»" stays a scare quote', () => {
    expect(texts('Talks.\n\nLavrov called the proposal of the West “unacceptable” on Monday.')).toEqual(['unacceptable']);
    expect(texts('War.\n\nThe walls show the crimes of the Russian «liberators» – they were kept.')).toEqual([]);
  });
});

describe('a document named in marks as the object of signing', () => {
  it('when "The minister signed a “memorandum of understanding” with Turkey", then the marks name a document; "issued a “stand down”" stays words', () => {
    expect(texts('Talks.\n\nThe minister signed a “memorandum of understanding” with Turkey on Monday.')).toEqual([]);
    expect(texts('Talks.\n\nThe question of whether someone issued a “stand down” has loomed over the inquiry.')).toEqual(['stand down']);
  });
});

describe('words in marks after a law’s noun', () => {
  it('when they open on a verb in lower case ("said the bill “will pass before the recess”"), then they are what is said of the law; a title after it stays no claim', () => {
    expect(texts('Senate.\n\nSenator Mark Kelly said the bill “will pass before the recess.”')).toEqual(['will pass before the recess.']);
    expect(texts('Court.\n\nThe judge ruled that the law “is unconstitutional” and struck it down.')).toEqual(['is unconstitutional']);
    expect(texts('Senate.\n\nThe Senate passed the bill “Protect Our Harbours” on Monday.')).toEqual([]);
  });
});

describe('a military unit named in marks', () => {
  it('when "said the commander of the battalion “Azov” Denys Prokopenko", then the unit’s name is no claim and the commander is the speaker', () => {
    const claims = extract({ text: 'Front.\n\n“Sooner or later we will win,” – said the commander of the battalion “Azov” Denys Prokopenko.' }).claims;
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([['Sooner or later we will win,', 'Denys Prokopenko']]);
  });
});

describe('findQuotes: a quotation that opens on a signed figure', () => {
  it.each([
    ['a hyphen for a minus, leading its line', '“-5 percent is a cut, not a rise,” Bea Frost added.', ['-5 percent is a cut, not a rise,']],
    ['a minus sign, inside a line', 'He warned: “−5 percent is a cut,” and left.', ['−5 percent is a cut,']],
    ['a plus sign, as a phrase', 'Ana Ruiz called it “+3 points” at best.', ['+3 points']],
    ['an en dash typeset as a minus', '“–10 degrees by Friday,” the forecaster said.', ['–10 degrees by Friday,']],
  ])('when it opens on %s, then the mark opens the quotation and the sign is kept', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('when the quotation is attributed, then the claim keeps the sign and is direct speech of its speaker', () => {
    const [claim] = extract({ text: '“-5 percent is a cut, not a rise,” Bea Frost added.' }).claims;
    expect(claim).toMatchObject({ text: '-5 percent is a cut, not a rise,', kind: 'direct', speaker: 'Bea Frost' });
  });

  it('when a dash follows a closing mark with a figure after a space, then the mark still closes', () => {
    expect(texts('“We lost the vote,” – 5 members were absent, the clerk said.')).toEqual(['We lost the vote,']);
  });
});
