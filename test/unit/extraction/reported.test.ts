import { extract } from '../../../server/extraction';

/** The reported claims (kind `indirect`) of a text, as text and speaker. */
const reported = (text: string) => extract({ text }).claims.filter((c) => c.kind === 'indirect').map((c) => ({ text: c.text, speaker: c.speaker }));

describe('reported claims', () => {
  test('when a short sentence opened by "This" or "That" says who reported the sentence before it ("This was reported by X", "That reports X"), then that sentence is X\'s claim', () => {
    const lead = 'Heating\n\nA pipe burst in the old quarter of Marovka on Monday night.\n\n';
    expect(reported(`${lead}The new boiler house of the town opened on Friday after two years of repairs. This was reported by the Velsk town council.`))
      .toEqual([{ text: 'The new boiler house of the town opened on Friday after two years of repairs', speaker: 'Velsk town council' }]);
    expect(reported(`${lead}The water pressure dropped in three districts of the town on Tuesday. That reports the Dorna water company.`))
      .toEqual([{ text: 'The water pressure dropped in three districts of the town on Tuesday', speaker: 'Dorna water company' }]);
    expect(reported(`${lead}Two schools of the district were closed for the rest of the week. This was reported in the regional education office on its website.`))
      .toEqual([{ text: 'Two schools of the district were closed for the rest of the week', speaker: null }]);
    // a sentence after it that goes on past its subject, or says nothing of a report, reports nothing
    expect(reported(`${lead}The water pressure dropped in three districts of the town on Tuesday. That was the worst day since May.`)).toEqual([]);
    expect(reported(`${lead}The water pressure dropped in three districts of the town on Tuesday. This was reported by the company, which blamed the frost.`)).toEqual([]);
  });

  test('when a short sentence opened by "About this" and a setting set off by commas names who reported the sentence before it ("About this, at …, informed X"), or a passive one names them after a setting ("This was announced on Monday by X (ABC)"), then that sentence is X\'s claim, and the short sentence reports nothing of its own', () => {
    const lead = 'Metro\n\nA pipe burst in the old quarter of Marovka on Monday night.\n\n';
    expect(reported(`${lead}The new station of the metro in the district of Lomov will not open in 2027, as it was planned. About this, at the session of the town council, informed the mayor Ivan Petrov.`))
      .toEqual([{ text: 'The new station of the metro in the district of Lomov will not open in 2027, as it was planned', speaker: 'Ivan Petrov' }]);
    expect(reported(`${lead}The heating in the town will cost on average 19 percent more than last winter. This was announced on Monday by the Velsk Energy Council (VEC).`))
      .toEqual([{ text: 'The heating in the town will cost on average 19 percent more than last winter', speaker: 'Velsk Energy Council' }]);
    // "About" before anything but "this" points back at nothing
    expect(reported(`${lead}The new station of the metro in the district of Lomov will not open in 2027. About forty workers, at the session of the town council, protested.`)).toEqual([]);
  });

  test('when a first office opening the sentence is joined by "and" to a name\'s own office, and a setting stands before the verb ("The Governor of X and Mayor of Y Z at the press conference informed that …"), then the name is who reported', () => {
    const lead = 'Air\n\nThe smog over the capital was thick again on Monday.\n\n';
    expect(reported(`${lead}The Governor of the Northern Province and Mayor of Velsk Bat Tamir at the press conference of today informed that from January the use of raw coal will be forbidden in the city.`))
      .toEqual([{ text: 'from January the use of raw coal will be forbidden in the city', speaker: 'Bat Tamir' }]);
  });

  test('when a second report is joined by "and", the subject\'s pronoun and a verb that reports only its "that" ("… and she remembered that …"), then its clause is a claim, a name in marks and an aside in it included', () => {
    const lead = 'Water\n\nThe drought goes on in the region.\n\n';
    expect(reported(`${lead}Ana Ruiz defended that the cut is «painful but needed» and she remembered that the programme «Water for All», approved in the spring, has already paid for 36 new wells.`))
      .toContainEqual({ text: 'the programme «Water for All», approved in the spring, has already paid for 36 new wells', speaker: 'Ana Ruiz' });
    // remembering a thing, not "that", reports nothing
    expect(reported(`${lead}Ana Ruiz defended that the cut is «painful but needed» and she remembered the dry summer of 1998 in the valley.`).map((c) => c.text))
      .not.toContainEqual(expect.stringContaining('1998'));
  });

  test('when a report is followed, after a comma and "and" or "but", by a report of its own ("…, and she assured that …"), then both clauses are claims, each of its own speaker', () => {
    const lead = 'Mine\n\nThe mine at Kelso will open in the spring.\n\n';
    expect(reported(`${lead}Ana Ruiz said that the extraction respects all the norms, and she assured that the company will give work to thirty people of the region.`)).toEqual([
      { text: 'the extraction respects all the norms', speaker: 'Ana Ruiz' },
      { text: 'the company will give work to thirty people of the region', speaker: 'Ana Ruiz' },
    ]);
    expect(reported(`${lead}Ana Ruiz said that the mine is safe, but Tomas Brell warned that the river will carry its waste to the sea.`)).toEqual([
      { text: 'the mine is safe', speaker: 'Ana Ruiz' },
      { text: 'the river will carry its waste to the sea', speaker: 'Tomas Brell' },
    ]);
  });

  test('when a long office opens the sentence, then a comma, the name, a verb of speech and a comma before the clause ("Director-General of X (ABC), Dr Y said, …"), then the clause is the name\'s claim; a clause of its own before the comma is no office', () => {
    const lead = 'Floods\n\nThe rain fell for three days in the north.\n\n';
    expect(reported(`${lead}Director-General of the National Disaster Agency (NDA), Datuk Dr Amir Hassan said, a total of 97 shelters were opened in six districts.`))
      .toEqual([{ text: 'a total of 97 shelters were opened in six districts', speaker: 'Amir Hassan' }]);
    expect(reported(`${lead}After the agency opened the shelters on the hills last year, Amir Hassan said, most of the villages were thought to be safe.`).map((c) => c.text))
      .not.toContain('most of the villages were thought to be safe');
  });

  test('when a verb of speech reports a clause without "that" opening on "a" ("said a man aged 41 is feared drowned"), then the clause is a claim; an object with a past form after it is none', () => {
    const lead = 'Floods\n\nThe rain fell for three days in the north.\n\n';
    expect(reported(`${lead}The Velsk river police said a man aged 41 is feared drowned after being swept away by the current.`))
      .toEqual([{ text: 'a man aged 41 is feared drowned after being swept away by the current', speaker: 'Velsk river police' }]);
    expect(reported(`${lead}The Velsk trade office announced a tariff imposed on steel from abroad.`)).toEqual([]);
  });

  test('when an office with "of" opens the sentence right before the name, and a setting stands before the verb ("The minister of energy Dina Kass on the briefing stated that …"), then the name is who reported', () => {
    const lead = 'Heat\n\nThe boiler house broke down on Monday.\n\n';
    expect(reported(`${lead}The minister of energy Dina Kass on the briefing in the capital stated that the boiler house of Lomov is worn out by 78 percent.`))
      .toEqual([{ text: 'the boiler house of Lomov is worn out by 78 percent', speaker: 'Dina Kass' }]);
    // (with the place of the office named before the holder: "of energy of Velsk Dina Kass")
    expect(reported(`${lead}The minister of energy of Velsk Dina Kass on the briefing in the capital stated that the boiler house of Lomov is worn out by 78 percent.`))
      .toEqual([{ text: 'the boiler house of Lomov is worn out by 78 percent', speaker: 'Dina Kass' }]);
  });

  test('when a colon after the reported clause opens a quotation ("explained that the town is ready: «…», said X"), then the claim ends before the colon', () => {
    const text = 'Water\n\nThe drought goes on.\n\nThe mayor Josep Vilar explained to the Velsk news agency that the town is ready: «We have done the homework. The tanks are full», said Vilar.';
    expect(reported(text)).toEqual([{ text: 'the town is ready', speaker: 'Josep Vilar' }]);
  });

  test('when "claims that" follows a name, an office or the comma closing the subject\'s relative clause, then "claims" is the verb and its clause a claim; after an article or a possessive it is the noun', () => {
    const lead = 'Football\n\nThe team lost again on Sunday.\n\n';
    expect(reported(`${lead}Ana Ruiz claims that the referee is not neutral this season.`)).toEqual([{ text: 'the referee is not neutral this season', speaker: 'Ana Ruiz' }]);
    expect(reported(`${lead}The coach Ana Ruiz, who played for the club for ten years, claims that the referee is not neutral this season.`))
      .toEqual([{ text: 'the referee is not neutral this season', speaker: 'Ana Ruiz' }]);
    expect(reported(`${lead}The claims that the referee is not neutral were rejected by the league.`)).toEqual([]);
    expect(reported(`${lead}Ruiz's claims that the referee is not neutral were rejected by the league.`)).toEqual([]);
  });

  test('when the reporter of a named agency or station carried the words ("…, reports the correspondent of Kazinform", "reports a BBC correspondent"), then the agency is the source and no speaker is named after the reporter', () => {
    const lead = 'Roads\n\nThe roads froze overnight.\n\n';
    const claim = (text: string) => extract({ text: lead + text }).claims[0]!;
    expect(claim('Every street was salted, reports the correspondent of Kazinform.')).toMatchObject({ kind: 'indirect', speaker: null, source: 'Kazinform' });
    expect(claim('Every street was salted, reports a BBC correspondent.')).toMatchObject({ kind: 'indirect', speaker: null, source: 'BBC' });
    expect(claim('“Every street was salted,” Ana Ruiz told the correspondent of Kazinform.')).toMatchObject({ speaker: 'Ana Ruiz', source: 'Kazinform' });
  });

  test('when a second verb of speech of the same subject is joined by "and" ("said that … and promised that …"), then each verb reports its own claim', () => {
    const lead = 'Port\n\nThe port closed on Sunday.\n\n';
    const claims = extract({ text: `${lead}Ana Ruiz said that the port is safe and promised that the workers will be paid.` }).claims.map((c) => [c.text, c.speaker, c.cue]);
    expect(claims).toEqual([['the port is safe', 'Ana Ruiz', 'said'], ['the workers will be paid', 'Ana Ruiz', 'promised']]);
    // (a relative "that" inside the claim splits nothing)
    expect(extract({ text: `${lead}Ana Ruiz said that the port that was built in 1990 is safe.` }).claims.map((c) => c.text)).toEqual(['the port that was built in 1990 is safe']);
  });

  test('when "reports that" or "notes that" follows a body\'s noun and the clause opens on its subject, then it is the body\'s claim; "reports that" before a verb is the noun with its relative clause', () => {
    const lead = 'Port\n\nThe port closed on Sunday.\n\n';
    const sourced = (text: string) => extract({ text: lead + text }).claims.filter((c) => c.kind === 'indirect').map((c) => [c.text, c.source]);
    expect(sourced('The ministry reports that the port will need 40 million euros.')).toEqual([['the port will need 40 million euros', 'ministry']]);
    expect(sourced('The police reports that were filed show nothing.')).toEqual([]);
    expect(sourced('Freshly filed Harbour Commission reports that track spending show a rise.')).toEqual([]);
  });

  test('when "demanded that" reports a clause, after a setting set off by commas too, then the clause is the subject\'s claim; "demanded" with an object reports nothing', () => {
    const lead = 'Tea gardens\n\nThe workers of the gardens stopped work on Monday.\n\n';
    expect(reported(`${lead}The union leader Ravi Das, in a press release, demanded that the government should raise the wages in all gardens.`))
      .toEqual([{ text: 'the government should raise the wages in all gardens', speaker: 'Ravi Das' }]);
    expect(reported(`${lead}The union leader Ravi Das demanded the resignation of the labour minister.`)).toEqual([]);
  });

  test('when a clause reported without "that" opens on two noun phrases joined by "and the", or its verb is "made", then the clause is a claim', () => {
    const lead = 'River\n\nThe banks of the river fell in at three places.\n\n';
    expect(reported(`${lead}Ivo Tran, researcher at the Velsk water institute, said the sand mining and the dams upstream made the river poor in sediment.`))
      .toEqual([{ text: 'the sand mining and the dams upstream made the river poor in sediment', speaker: 'Ivo Tran' }]);
  });

  test('when someone "gave the assurance that" something will happen, then the clause is their claim; giving someone a thing reports nothing', () => {
    const lead = 'Prices\n\nThe price of potatoes doubled in a month.\n\n';
    expect(reported(`${lead}The supplies minister Ravi Nath, speaking to the media in the capital, gave the assurance that the potato price will come down within one week.`))
      .toEqual([{ text: 'the potato price will come down within one week', speaker: 'Ravi Nath' }]);
    expect(reported(`${lead}The supplies minister Ravi Nath gave the farmers a loan that covers the seed for one season.`)).toEqual([]);
  });

  test('when a sentence with no subject opens on "In", a body\'s name (and its name in marks) and a verb of speech ("In JSC «Velskenergo» informed that …"), then the clause is the body\'s claim', () => {
    const lead = 'Power\n\nThe frost came early to the region this year.\n\n';
    const claims = extract({ text: `${lead}In JSC «Velskenergo» informed that the schedules of outages in the region are not applied at the moment.` }).claims
      .filter((c) => c.kind === 'indirect');
    expect(claims.map((c) => c.text)).toEqual(['the schedules of outages in the region are not applied at the moment']);
    expect(claims[0]!.speaker).not.toBeNull();
  });

  test('when someone "promised to" do something, then the promise from "to" is their claim; a promise of a thing to someone is none', () => {
    const lead = 'Schools\n\nThe plan to merge the schools of the county was presented on Wednesday.\n\n';
    expect(reported(`${lead}The minister Ivo Kask promised to meet with the heads of the local governments next week in Jahvi.`))
      .toEqual([{ text: 'to meet with the heads of the local governments next week in Jahvi', speaker: 'Ivo Kask' }]);
    expect(reported(`${lead}The minister Ivo Kask promised the voters of the county a new school in Jahvi.`)).toEqual([]);
  });

  test('when a participle of speech set off by commas reports a clause before its subject\'s own verb of speech ("X, stating that …, claimed that …"), then the two are two claims of the subject', () => {
    const text = 'Ferries\n\nThe harbour master Ines Lund spoke on Monday.\n\nLund, stating that the harbour supports the new timetable, claimed that the procedures of the ministry are too slow.';
    expect(reported(text)).toEqual([
      { text: 'the harbour supports the new timetable', speaker: 'Ines Lund' },
      { text: 'the procedures of the ministry are too slow', speaker: 'Ines Lund' },
    ]);
  });

  test('when a claim\'s source is a pronoun right after someone\'s quotation ("“…”, declared X. ¶ According to him, …"), then it goes on with that speaker, unless a person is named between', () => {
    const text = 'Buses\n\nThe mayor Boris Varga said on Monday that the city will not raise the wages this year.\n\n“The drivers are tired of promises,” declared the chairman of the drivers\' union, Pavel Dorin.\n\nAccording to him, over 300 drivers are missing in the city companies.';
    expect(reported(text)[1]).toEqual({ text: 'over 300 drivers are missing in the city companies', speaker: 'Pavel Dorin' });
    // a person named since the quotation is whom the pronoun goes on with
    // a crowd named since is no one the pronoun could go on with
    const crowd = text.replace('According to him,', 'As many as 400 residents have been evacuated to the schools. According to him,');
    expect(reported(crowd)[1]).toEqual({ text: 'over 300 drivers are missing in the city companies', speaker: 'Pavel Dorin' });
    const named = text.replace('According to him,', 'The deputy mayor Ivan Kolev came to the depot at noon. According to him,');
    expect(reported(named)[1]).toEqual({ text: 'over 300 drivers are missing in the city companies', speaker: 'Ivan Kolev' });
  });

  test('when "according to" names a document and, after "of", the body that made it ("the data of the harbour office"), then that body is the source, not the document', () => {
    const claim = (text: string) => extract({ text }).claims.filter((c) => c.kind === 'indirect').map((c) => ({ text: c.text, speaker: c.speaker, source: c.source }));
    const lead = 'Storm\n\nThe storm hit the coast of Velsk on Sunday night.\n\n';
    expect(claim(`${lead}According to the data of the harbour office, 40 boats were damaged in the night.`))
      .toEqual([{ text: '40 boats were damaged in the night', speaker: null, source: 'harbour office' }]);
    expect(claim(`${lead}The Velsk Harbour Office counted the damage. According to the first estimates of the office, 40 boats were damaged in the night.`))
      .toEqual([{ text: '40 boats were damaged in the night', speaker: 'Velsk Harbour Office', source: 'Velsk Harbour Office' }]);
    // a possessive after "of" is what the document is about, not who made it
    expect(claim(`${lead}According to the estimates of the port's budget, 40 boats were damaged in the night.`)[0]?.source).not.toBe('port');
  });

  test('when an honorific follows the name before the verb ("Butt Sahib told that …", "Rao ji said that …"), then the name is the speaker', () => {
    const lead = 'Flour\n\nThe shopkeeper Imran Aslam Butt runs a flour shop in Lahore.\n\n';
    expect(reported(`${lead}Butt Sahib told that the government rate and the market rate have a gap of 500 rupees.`))
      .toEqual([{ text: 'the government rate and the market rate have a gap of 500 rupees', speaker: 'Imran Aslam Butt' }]);
    const quoted = extract({ text: `${lead}The mayor Ali Khan spoke first.\n\nButt Sahib further said, “We have no wheat in the mills.”` }).claims;
    expect(quoted.map((c) => [c.kind, c.speaker])).toEqual([['direct', 'Imran Aslam Butt']]);
  });

  test('when "who" and a verb of speech follow a description set off after a person\'s name that ends on a body or a place ("X, leader of the union of the market, who announced that …"), then the person is the speaker', () => {
    const lead = 'Market\n\nThe traders of the Velsk market protested on Monday.\n\n';
    expect(reported(`${lead}Thus it pointed out Jose Ortega, known among the traders as “El Chato”, leader of the Union of Merchants of the market, who announced that this Wednesday they will march to the town hall.`))
      .toEqual([{ text: 'this Wednesday they will march to the town hall', speaker: 'Jose Ortega' }]);
    expect(reported(`${lead}Those are the words of Claudine Mukamana, a seller of vegetables in the market of Kimironko, in the district of Nyarugenge, who said that every day she waits for the bus more than one hour.`))
      .toEqual([{ text: 'every day she waits for the bus more than one hour', speaker: 'Claudine Mukamana' }]);
    // a clause of the sentence's own between the name and the body leaves "who" to the body
    expect(reported(`${lead}Jose Ortega, the trader, said the Velsk Traders Union was ready, and the Union, who announced that the march will go ahead, agreed.`)[0]?.speaker).not.toBe('Jose Ortega');
  });

  test('when ", and" or ", but" brings in someone and a verb of speech of theirs after a reported clause, then the claim ends before it', () => {
    const lead = 'Fares\n\nThe tram fares rose by a third on Monday.\n\n';
    expect(reported(`${lead}The passenger Almaz Tesfaye complained that the decision was taken without asking the public, and she called it a shame.`))
      .toEqual([{ text: 'the decision was taken without asking the public', speaker: 'Almaz Tesfaye' }]);
    expect(reported(`${lead}The mayor Ivo Rask said that the river has begun to fall since Tuesday, but the weather office maintains the alert until Thursday.`))
      .toEqual([{ text: 'the river has begun to fall since Tuesday', speaker: 'Ivo Rask' }]);
    // a clause of the claim's own after the conjunction stays in it
    expect(reported(`${lead}The mayor Ivo Rask said that the river has begun to fall, but the roads will stay closed until Thursday.`))
      .toEqual([{ text: 'the river has begun to fall, but the roads will stay closed until Thursday', speaker: 'Ivo Rask' }]);
  });

  test('when a verb of speech and a comma report a clause that opens on its own setting ("He revealed, at present the county has …") or holds a verb of speech as an adjective ("no reported injuries"), then the clause is the claim', () => {
    const lead = 'Embroidery\n\nThe county secretary Long Wei spoke on Monday.\n\n';
    expect(reported(`${lead}He revealed, at present the county has trained more than 3,200 embroiderers.`))
      .toEqual([{ text: 'at present the county has trained more than 3,200 embroiderers', speaker: 'Long Wei' }]);
    expect(reported(`${lead}He added, until Monday afternoon there were no reported injuries in the district.`))
      .toEqual([{ text: 'until Monday afternoon there were no reported injuries in the district', speaker: 'Long Wei' }]);
    // a setting set off by its own comma is the verb's, an aside
    expect(reported(`${lead}He said, in a statement, the county will pay for the repairs.`)).toEqual([]);
  });

  test('when a relative clause opens on "according to" ("which according to X may …", "where, according to X, …"), then what follows the source is X\'s claim', () => {
    const claim = (text: string) => extract({ text }).claims.filter((c) => c.kind === 'indirect').map((c) => ({ text: c.text, source: c.source }));
    expect(claim('Typhoon\n\nMore than 30,000 residents were evacuated in the province as the typhoon Lando approaches, which according to the Weather Bureau may make landfall on Saturday morning.'))
      .toEqual([{ text: 'may make landfall on Saturday morning', source: 'Weather Bureau' }]);
    expect(claim('Housing\n\nThe parish council approved a pause on new licences in Alfama, a neighbourhood where, according to the Velsk Housing Office, one in every three houses is already let to tourists.'))
      .toEqual([{ text: 'one in every three houses is already let to tourists', source: 'Velsk Housing Office' }]);
  });

  test('when a quotation\'s cue goes on with a comma and a clause without marks ("「…」 the director Hsu further stated, the bureau will …"), then the clause is a claim of the quotation\'s speaker', () => {
    const text = 'Night market\n\nThe director of the Health Bureau, Hsu Mei-ling, spoke on Monday.\n\n「We check the stalls every month, but we cannot stand beside every pot,」the director Hsu further stated, the bureau will from next month inspect every stall twice.';
    expect(reported(text)).toEqual([{ text: 'the bureau will from next month inspect every stall twice', speaker: 'Hsu Mei-ling' }]);
    // an aside after the cue\'s comma reports nothing
    expect(reported(text.replace('the bureau will from next month inspect every stall twice', 'however, in a calm voice'))).toEqual([]);
    // as does a participle or a noun set off after it, which describe the speaker or the scene
    for (const tail of ['looking out on the crowd of stall owners', 'a job she has wanted for years', 'according to a transcript of the meeting']) {
      expect(reported(text.replace('the bureau will from next month inspect every stall twice', tail))).toEqual([]);
    }
  });

  test('when "was categorical", "was adamant" or "was firm" comes before "that", then the clause is the subject\'s claim', () => {
    const lead = 'Strike\n\nThe bus drivers of Velsk went on strike on Monday.\n\n';
    expect(reported(`${lead}The leader of the union in the sector, Ivo Marinov, was categorical that this time there will be no retreat.`))
      .toEqual([{ text: 'this time there will be no retreat', speaker: 'Ivo Marinov' }]);
    expect(reported(`${lead}The mayor Ana Berg was adamant that the city has no money for a raise.`)).toEqual([{ text: 'the city has no money for a raise', speaker: 'Ana Berg' }]);
    // the adjective alone, with no "that", reports nothing
    expect(reported(`${lead}The mayor Ana Berg was firm with the drivers at the meeting on Monday.`)).toEqual([]);
  });

  test('when "said" reports a clause without "that" whose verb is an irregular past ("said the embankment broke …"), then the clause is the claim', () => {
    const lead = 'Flood\n\nThe river flooded twelve villages of Demak on Sunday night.\n\n';
    expect(reported(`${lead}The head of the disaster agency, Agus Wibowo, said the embankment broke along around 40 meters in Ketanjung village.`))
      .toEqual([{ text: 'the embankment broke along around 40 meters in Ketanjung village', speaker: 'Agus Wibowo' }]);
    // a noun phrase alone after "said" is no clause
    expect(reported(`${lead}The head of the disaster agency, Agus Wibowo, said the words of the prayer with the families.`)).toEqual([]);
  });

  test('when a body the article only describes reports a claim ("The police said that …", "The prefecture said that …"), then the description is the claim\'s source, as after "according to"', () => {
    const sourced = (text: string) => extract({ text }).claims.filter((c) => c.kind === 'indirect').map((c) => ({ text: c.text, speaker: c.speaker, source: c.source }));
    const lead = 'Storm\n\nA storm hit the coast of Velsk on Sunday night and cut the power in four villages.\n\n';
    expect(sourced(`${lead}The police said that three fishermen were still missing on Monday.`))
      .toEqual([{ text: 'three fishermen were still missing on Monday', speaker: null, source: 'police' }]);
    expect(sourced(`${lead}The prefecture said that it will pay for the broken roofs.`))
      .toEqual([{ text: 'it will pay for the broken roofs', speaker: null, source: 'prefecture' }]);
    // a person the article only describes names no one to look up
    expect(sourced(`${lead}The official said that the dam held through the night.`)).toEqual([{ text: 'the dam held through the night', speaker: null, source: null }]);
    // so for a quotation
    const quoted = extract({ text: `${lead}“The roofs will be paid for,” the prefecture said in a statement.` }).claims[0]!;
    expect(quoted).toMatchObject({ kind: 'direct', speaker: null, source: 'prefecture' });
  });

  test('when an era\'s dotted capitals follow a year in the dateline ("Tahsas 3, 2017 E.C."), then they name no one a later claim could be given to', () => {
    const text = 'Tahsas 3, 2017 E.C. | 12 December 2024\n\nThe bus company of the city raised its fares on Monday. According to the new price list, the shortest ride went up from 4 birr to 9 birr.';
    expect(reported(text)).toEqual([{ text: 'the shortest ride went up from 4 birr to 9 birr', speaker: null }]);
  });

  test('when a verb of speech closing a sentence goes on into a modal ("…, the health office said must wait …"), then the clause before its comma is no claim of it', () => {
    const lead = 'Night market\n\nThe city closed a food stall in the night market of Velsk on Monday.\n\n';
    expect(reported(`${lead}Whether the stall can open again, the health office said must wait for the final report.`)).toEqual([]);
    expect(reported(`${lead}Whether the stall can open again, the health office said shall be settled by the court.`)).toEqual([]);
  });

  test('when an office is set off after the name of a source phrase ("In the opinion of X, professor of …, …"), then the claim starts after the office', () => {
    expect(reported('Fines\n\nThe city raised the fines for fake goods in May.\n\nIn the opinion of Lena Varga, professor of law at the Velsk University, the fines are not enough.'))
      .toEqual([{ text: 'the fines are not enough', speaker: 'Lena Varga' }]);
  });

  test('when "It is recalled that" or "It is mentioned that" opens a sentence, then it is the writer\'s reminder, no one\'s claim, and a verb of speech inside still reports', () => {
    const lead = 'Dam\n\nThe river rose by two metres in Velsk on Sunday.\n\n';
    expect(reported(`${lead}It is recalled that the Velsk river council warned in May that the dam is too old.`)).toEqual([{ text: 'the dam is too old', speaker: 'Velsk river council' }]);
    expect(reported(`${lead}It is mentioned that, last winter also, the road was closed for nine days.`)).toEqual([]);
  });

  test('when a list heading ("Trends 24h", "You may like") heads other articles\' headlines, in its paragraph or in short paragraphs after it, then those headlines report no claim', () => {
    const text = 'Elephants\n\nA herd of wild elephants destroyed a durian orchard in Velsk on Sunday night.\n\nTrends 24h\n\nRubber price in Velsk falls, farmers complain no buyers\n\n' +
      'The village headman Somchai Dorn said that twenty families lost their crops this year.\n\nYou may like\nWeather: the weather office warned nine provinces of heavy rain\nFuel prices: the new list is out\n\n' +
      'The rangers will guard the orchards at night.';
    expect(reported(text)).toEqual([{ text: 'twenty families lost their crops this year', speaker: 'Somchai Dorn' }]);
  });

  test('when a quotation of a clause\'s length inside a reported claim is joined by "and" to the reporter\'s clause, then the reported claim is that clause alone', () => {
    const lead = 'Roads\n\nThe river flooded the town of Velsk on Sunday.\n\n';
    expect(reported(`${lead}The mayor Ivo Berg said that the repairs are "at half the way" and will be finished before the summer.`))
      .toEqual([{ text: 'will be finished before the summer', speaker: 'Ivo Berg' }]);
    expect(reported(`${lead}The farmer Ana Ruiz told that the same flood comes every year and the council "wakes up only after the water enters the houses".`))
      .toEqual([{ text: 'the same flood comes every year', speaker: 'Ana Ruiz' }]);
    // a phrase that goes on with the quotation's, or a noun joined to it, leaves the claim whole
    expect(reported(`${lead}The mayor Ivo Berg said that the town was hit "harder than in 1998" and as a place with no money left for the roads.`))
      .toEqual([{ text: 'the town was hit "harder than in 1998" and as a place with no money left for the roads', speaker: 'Ivo Berg' }]);
    expect(reported(`${lead}The mayor Ivo Berg said that he wants a new bridge and "a wall along the whole river".`))
      .toEqual([{ text: 'he wants a new bridge and "a wall along the whole river"', speaker: 'Ivo Berg' }]);
  });

  test('when a group of people the article does not name reports a claim ("According to the residents, …", "Some villagers said that …"), then the group is the claim\'s source, but not those the words were told to', () => {
    const sourced = (text: string) => extract({ text }).claims.filter((c) => c.kind === 'indirect').map((c) => ({ text: c.text, source: c.source }));
    const lead = 'Flood\n\nThe river flooded the town of Velsk on Sunday.\n\n';
    expect(sourced(`${lead}According to the residents, the water came at midnight.`)).toEqual([{ text: 'the water came at midnight', source: 'residents' }]);
    expect(sourced(`${lead}Some villagers said that the boats were lost.`)).toEqual([{ text: 'the boats were lost', source: 'villagers' }]);
    expect(sourced(`${lead}The mayor of the town, in a press conference to the journalists, told that the school will stay closed until Friday.`))
      .toEqual([{ text: 'the school will stay closed until Friday', source: null }]);
  });

  test('when a place noun opens "let know that" ("The municipality let know that …"), then the place\'s body is who reported the clause, not a person named before', () => {
    const text = 'Floods\n\nAccording to the Velsk Municipality, 90 people slept in the town hall. The manager Pieter Botha opened the church hall too.\n\nThe municipality let know that drinking water will be distributed with tankers.';
    expect(reported(text)).toEqual([
      { text: '90 people slept in the town hall', speaker: 'Velsk Municipality' },
      { text: 'drinking water will be distributed with tankers', speaker: 'Velsk Municipality' },
    ]);
  });

  test('when an inverted cue closes a sentence whose clauses have subjects of their own ("…, his life is not threatened, informed for the agency the spokeswoman X."), then the speaker after the verb reports them', () => {
    const text = 'Bear\n\nA bear attacked a man in the forest near Velsk on Sunday.\n\nThe man was taken to the hospital in Banska Bystrica, his life is not threatened, informed for the agency the spokeswoman Lena Horak.';
    expect(reported(text)).toEqual([{ text: 'The man was taken to the hospital in Banska Bystrica, his life is not threatened', speaker: 'Lena Horak' }]);
  });

  test('when a place\'s noun speaks for its council ("The prefecture said that …"), then it goes to no other body named before it', () => {
    const sourced = (text: string) => extract({ text }).claims.filter((c) => c.kind === 'indirect').map((c) => ({ speaker: c.speaker, source: c.source }));
    expect(sourced('Bears\n\nSoldiers of the Self-Defense Forces helped to carry the traps on Monday.\n\nThe prefecture said that it will answer the request next week.'))
      .toEqual([{ speaker: null, source: 'prefecture' }]);
  });
});

describe('reported clauses that open on a number', () => {
  const lead = 'Harbour.\n\nAna Ruiz is the harbour minister. The storm hit on Sunday.\n\n';
  const reported = (s: string) => extract({ text: lead + s }).claims.filter((c) => c.kind === 'indirect').map((c) => [c.text, c.speaker]);
  test('when "said two people were injured" or "said 40 boats were lost" reports without "that", then the clause is a claim', () => {
    expect(reported('Harbour Police said two people were injured.')).toEqual([['two people were injured', 'Harbour Police']]);
    expect(reported('Ruiz said 40 boats were lost in the storm.')).toEqual([['40 boats were lost in the storm', 'Ana Ruiz']]);
  });
  test('when the number alone is the subject ("said 2019 was the worst year", "said 40 were injured"), then the clause is a claim', () => {
    expect(reported('Ruiz said 2019 was the worst year for the port.')).toEqual([['2019 was the worst year for the port', 'Ana Ruiz']]);
    expect(reported('Ruiz said 40 were injured in the storm.')).toEqual([['40 were injured in the storm', 'Ana Ruiz']]);
  });
  test('when the number carries a currency sign, then the claim keeps it', () => {
    expect(reported('Ruiz said $5 million was being sent to the port.')).toEqual([['$5 million was being sent to the port', 'Ana Ruiz']]);
  });
  test('when a number opens the verb\'s object, with no verb of its own after it, then no clause is reported', () => {
    expect(reported('Ruiz announced 40 new jobs for the port.')).toEqual([]);
  });
});

describe('reported clauses that open on "it" or "there"', () => {
  const lead = 'Harbour.\n\nAna Ruiz is the harbour minister. The storm hit on Sunday.\n\n';
  const reported = (s: string) => extract({ text: lead + s }).claims.filter((c) => c.kind === 'indirect').map((c) => [c.text, c.speaker ?? c.source]);
  test('when "said it would …" or "said there was …" reports without "that", then the clause is a claim', () => {
    expect(reported('The ministry said it would appeal the ruling.')).toEqual([['it would appeal the ruling', 'ministry']]);
    expect(reported('Ruiz said there was no risk to the port.')).toEqual([['there was no risk to the port', 'Ana Ruiz']]);
    expect(reported('Ruiz told reporters it was too early to say.')).toEqual([['it was too early to say', 'Ana Ruiz']]);
  });
  test('when "it" is the verb\'s object ("said it twice"), then no clause is reported', () => {
    expect(reported('Ruiz said it twice in the debate.')).toEqual([]);
  });
});

describe('reported clauses after "told" and whom it was told to, and sources described by a relative clause', () => {
  const lead = 'Harbour.\n\nAna Ruiz chairs the harbour committee.\n\n';
  const reported = (s: string) => extract({ text: lead + s }).claims.filter((c) => c.kind === 'indirect').map((c) => [c.text, c.speaker]);
  test('when "told reporters" or "told the BBC" comes before a clause opening on a noun phrase, then the clause is the claim', () => {
    expect(reported('Ruiz told reporters the report would be published in May.')).toEqual([['the report would be published in May', 'Ana Ruiz']]);
    expect(reported('Ruiz told the BBC the report would be published in May.')).toEqual([['the report would be published in May', 'Ana Ruiz']]);
    // (a second object with no verb of its own is what was told, no clause)
    expect(reported('Ruiz told the committee the truth.')).toEqual([]);
  });
  test('when a relative clause about the source is set off after "According to X", then the claim starts after it', () => {
    expect(reported('According to Ana Ruiz, who chairs the committee, the report will be published in May.')).toEqual([['the report will be published in May', 'Ana Ruiz']]);
    // (a verb of speech in the relative clause, with a time after it, is the clause's, no attribution of the sentence)
    expect(reported('According to Ruiz, who spoke on Monday, the report will be published in May.')).toEqual([['the report will be published in May', 'Ana Ruiz']]);
    expect(reported('According to Ruiz, who spoke to the BBC on Monday, the report will be published in May.')).toEqual([['the report will be published in May', 'Ana Ruiz']]);
  });
});

describe('reported clauses that open on a noun with no article', () => {
  const lead = 'Clinic\n\nTom Hale runs the clinic of Marovka.\n\n';
  test('when "said prices would rise", "said officers were called …", "said police were called …", then the clause is the claim', () => {
    expect(reported(`${lead}Hale said prices would rise again in the spring.`)).toEqual([{ text: 'prices would rise again in the spring', speaker: 'Tom Hale' }]);
    expect(reported(`${lead}Hale said officers were called at 10pm after a neighbour heard shots.`)).toEqual([{ text: 'officers were called at 10pm after a neighbour heard shots', speaker: 'Tom Hale' }]);
    expect(reported(`${lead}Hale said police were called at 10pm after a neighbour heard shots.`)).toEqual([{ text: 'police were called at 10pm after a neighbour heard shots', speaker: 'Tom Hale' }]);
  });
  test('when an adverb stands after the verb ("said again", "said later"), or the verb takes an object ("told residents"), then it opens no clause', () => {
    expect(reported(`${lead}Hale said later was too late for the families.`)).toEqual([]);
    expect(reported(`${lead}Hale told residents the clinic would close in May.`)).toEqual([{ text: 'the clinic would close in May', speaker: 'Tom Hale' }]);
  });
});

describe('a sentence that names who reported the one before it, as Russian translations write it', () => {
  const lead = 'Bridge\n\nThe old bridge of Velsk was closed in March.\n\n';
  const claim = 'The works on the bridge will end in May after the inspection';
  test('when "About this at the briefing told the minister Ivan Petrov." has its setting with no commas, then the sentence before is his claim', () => {
    expect(reported(`${lead}${claim}. About this at the briefing told the minister Ivan Petrov.`)).toEqual([{ text: claim, speaker: 'Ivan Petrov' }]);
  });
  test('when a verb in the present opens the sentence before the source ("Informs RIA Novosti.", "Writes Kommersant."), then the source reported the sentence before', () => {
    expect(reported(`${lead}${claim}. Informs RIA Novosti.`)).toEqual([{ text: claim, speaker: 'RIA Novosti' }]);
    expect(reported(`${lead}${claim}. Writes Kommersant.`)).toEqual([{ text: claim, speaker: 'Kommersant' }]);
  });
  test('when a noun opens the sentence after ("Reports of delays were denied."), then nothing is reported', () => {
    expect(reported(`${lead}${claim}. Reports of delays were denied.`)).toEqual([]);
  });
});

describe('"As X reports, …" with a body, a paper or its reporter before the verb', () => {
  const lead = 'Bridge\n\nThe old bridge of Velsk was closed in March.\n\n';
  const claim = (sentence: string) => extract({ text: `${lead}${sentence}` }).claims.find((c) => c.kind === 'indirect');
  test('when "As RIA Novosti reports, …", "As the ministry notes, …" or "As the correspondent of Kazinform reports, …", then the clause is reported through them', () => {
    expect(claim('As RIA Novosti reports, the works on the bridge will end in May.')).toMatchObject({ text: 'the works on the bridge will end in May', speaker: 'RIA Novosti' });
    expect(claim('As the ministry notes, the works on the bridge will end in May.')).toMatchObject({ speaker: null, source: 'ministry' });
    expect(claim('As the correspondent of Kazinform reports, the works on the bridge will end in May.')).toMatchObject({ speaker: null, source: 'Kazinform' });
  });
  test('when the paper itself reported it before ("As we reported, …"), then nothing is reported', () => {
    expect(claim('As we reported, the works on the bridge will end in May.')).toBeUndefined();
  });
});

describe('a view held and stated: "is convinced that", "is confident that"', () => {
  const lead = 'Bridge\n\nThe old bridge of Velsk was closed in March.\n\n';
  test('when "Ivan Petrov is convinced that …", then the clause is his claim', () => {
    expect(reported(`${lead}Ivan Petrov is convinced that the works on the bridge will end in May.`)).toEqual([{ text: 'the works on the bridge will end in May', speaker: 'Ivan Petrov' }]);
  });
  test('when someone "can be convinced that …" or "is not convinced that …", then nothing is claimed', () => {
    expect(reported(`${lead}Ivan Petrov can be convinced that the works on the bridge will end in May.`)).toEqual([]);
    expect(reported(`${lead}Ivan Petrov is not convinced that the works on the bridge will end in May.`)).toEqual([]);
  });
});

describe('", before adding that …" as a second claim of the same speaker', () => {
  test('when "She said she had no choice, before adding that …", then the two clauses are two claims, "before" in neither', () => {
    const text = 'Port\n\nAna Ruiz met the press on Monday.\n\nShe said she had no choice, before adding that the port would reopen in May.';
    expect(reported(text)).toEqual([{ text: 'she had no choice', speaker: 'Ana Ruiz' }, { text: 'the port would reopen in May', speaker: 'Ana Ruiz' }]);
  });
});

describe('reported: a clause after a time set between the verb and it', () => {
  test('when "said on Monday the talks would continue" or "said last week prices would rise", then the clause is the claim', () => {
    for (const [said, clause] of [['said on Monday', 'the talks would continue'], ['said Tuesday night', 'the bridge will reopen in May'], ['said last week', 'prices would rise']]) {
      const text = `Talks.\n\nAnton Kirov is the minister of economy. The minister ${said} ${clause}.`;
      expect(extract({ text }).claims).toEqual([expect.objectContaining({ kind: 'indirect', text: clause, speaker: 'Anton Kirov' })]);
    }
  });

  test('when a speaker\'s clause is closed by ", the agency reported", then the speaker\'s own clause is the claim', () => {
    const text = 'Talks.\n\nAnton Kirov is the minister of economy. Kirov said the talks would continue, the agency reported.';
    expect(extract({ text }).claims).toEqual([expect.objectContaining({ text: 'the talks would continue', speaker: 'Anton Kirov' })]);
  });

  test('when "Reports TASS." follows a sentence, then the agency reported it, as after "Informs"', () => {
    const text = 'Bridge.\n\nThe bridge will open in May after the repairs end. Reports TASS.';
    expect(extract({ text }).claims).toEqual([expect.objectContaining({ kind: 'indirect', text: 'The bridge will open in May after the repairs end', speaker: 'TASS' })]);
  });
});

describe('reported: a view expressed with "that"', () => {
  test('when "X expressed confidence that …" or "the deputy voiced her hope that …", then the clause is X\'s claim', () => {
    for (const said of ['Krylova expressed confidence', 'The deputy voiced her hope', 'Krylova expressed concern']) {
      const text = `Law.\n\nThe deputy Olga Krylova spoke in parliament. ${said} that the law will pass in autumn.`;
      expect(reported(text)).toEqual([{ text: 'the law will pass in autumn', speaker: 'Olga Krylova' }]);
    }
  });

  test('when the view is a noun of the sentence ("Her confidence that the law will pass was shaken"), then nothing is reported', () => {
    expect(reported('Law.\n\nThe deputy Olga Krylova spoke in parliament. Her confidence that the law will pass was shaken.')).toEqual([]);
  });
});

describe('reported: the speaker of an inverted cue named with the office before the name', () => {
  test('when "…, the mayor Ivan Petrov said." or "…, mayor Ivan Petrov said.", then the clause before the comma is the mayor\'s', () => {
    for (const who of ['the mayor Ivan Petrov', 'mayor Ivan Petrov']) {
      expect(reported(`Plant.\n\nThe plant will reopen in June, ${who} said.`)).toEqual([{ text: 'The plant will reopen in June', speaker: 'Ivan Petrov' }]);
    }
  });
});

describe('reported: a view in a pronoun\'s words, and what one has from someone\'s words', () => {
  test('when "In his opinion, …", "In her view, …" or "From the words of the witness, …", then the clause is that person\'s', () => {
    expect(reported('Data.\n\nThe expert Pavel Orlov studied the data. In his opinion, prices will fall in winter.')).toEqual([{ text: 'prices will fall in winter', speaker: 'Pavel Orlov' }]);
    expect(reported('Data.\n\nThe expert Anna Orlova studied the data. In her view, prices will fall in winter.')).toEqual([{ text: 'prices will fall in winter', speaker: 'Anna Orlova' }]);
    expect(reported('Crash.\n\nThe witness Anna Belova saw the crash. From the words of the witness, the car was driving very fast.')).toEqual([
      { text: 'the car was driving very fast', speaker: 'Anna Belova' },
    ]);
  });
});

describe('reported: a sentence the speaker points back to with "about this" or "this"', () => {
  test('when "The mayor Ivan Petrov told about this to journalists." or "X stated this." follows, then the sentence before is the speaker\'s', () => {
    expect(reported('Plant.\n\nThe plant will reopen in June after the repairs. The mayor Ivan Petrov told about this to journalists.')).toEqual([
      { text: 'The plant will reopen in June after the repairs', speaker: 'Ivan Petrov' },
    ]);
    expect(reported('Talks.\n\nThe talks will continue next week in Geneva. The spokeswoman Maria Zakharova stated this.')).toEqual([
      { text: 'The talks will continue next week in Geneva', speaker: 'Maria Zakharova' },
    ]);
  });

  test('when the speaker denied it, told "this story", or "said this is …", then the sentence before is no claim of theirs', () => {
    for (const after of ['Petrov denied this.', 'Petrov told this story twice.', 'Petrov said this is only the beginning.']) {
      expect(reported(`Plant.\n\nThe plant will reopen in June after the repairs. ${after}`).filter((c) => c.text.startsWith('The plant'))).toEqual([]);
    }
  });
});

describe('reported: what was pointed back to is no sentence about the speaker', () => {
  test('when "X visited the plant. X stated this in an interview." then the sentence about X is no claim of X\'s', () => {
    const text = 'Plant.\n\nThe governor Oleg Sidorov visited the plant in May. Sidorov stated this in an interview with TASS.';
    expect(reported(text)).toEqual([]);
  });
});

describe('reported: "drew attention to the fact that", "pointed to the fact that"', () => {
  test('when the governor drew attention to, or pointed to, the fact that …, then the clause is the governor\'s claim', () => {
    for (const verb of ['also drew attention', 'pointed']) {
      const text = `Roads.\n\nThe governor Oleg Sidorov visited the plant. Sidorov ${verb} to the fact that the roads are in poor condition.`;
      expect(reported(text)).toEqual([{ text: 'the roads are in poor condition', speaker: 'Oleg Sidorov' }]);
    }
  });
});

describe('reported: a view held "of the opinion that"', () => {
  test('when "The coach is of the opinion that …" or "They are of the view that …", then the clause is the subject\'s claim', () => {
    expect(reported('Club.\n\nThe coach Patrick Chanda left. The coach is of the opinion that the mine company must take back the club.')).toEqual([
      { text: 'the mine company must take back the club', speaker: 'Patrick Chanda' },
    ]);
    expect(reported('Club.\n\nThe coach Patrick Chanda left. Chanda was of the view that the club must be sold.')).toEqual([{ text: 'the club must be sold', speaker: 'Patrick Chanda' }]);
  });

  test('when "a matter of the opinion that …" has no "be" before it, then nothing is reported', () => {
    expect(reported('Club.\n\nThe coach Patrick Chanda left. A change of the opinion that the club matters came late.')).toEqual([]);
  });
});

describe('reported: a source named in marks after "according to"', () => {
  test('when "According to "Kommersant", the budget will grow" or "He, according to "Armenpress", stated that …", then the paper is the source, not a quotation', () => {
    const [claim] = extract({ text: 'Budget.\n\nThe minister spoke on Monday. According to "Kommersant", the budget will grow.' }).claims;
    expect(claim).toMatchObject({ kind: 'indirect', text: 'the budget will grow', source: 'Kommersant' });
    const claims = extract({ text: 'Metro.\n\nThe director is Gagik Hovhannisyan. He, according to "Armenpress", stated that the tunnel works are done on 70 percent.' }).claims;
    expect(claims).toEqual([expect.objectContaining({ kind: 'indirect', text: 'the tunnel works are done on 70 percent', speaker: 'Gagik Hovhannisyan', source: 'Armenpress' })]);
  });

  test('when a book described after a comma was "written by" its author, then the sentence before is no claim of anyone\'s', () => {
    const text = 'Pay.\n\nBill Clinton was paid $2 million by Teneo, according to "Man of the World," a book written with his participation by author Joe Conason.';
    expect(extract({ text }).claims.filter((c) => c.speaker === 'Joe Conason' || c.text.includes('Man of the World'))).toEqual([]);
  });
});

describe('reported: a clause without "that" opening on a name', () => {
  test('when "Lavrov said Moscow was ready" or "Trump said Hillary Clinton would lose", then the clause is the claim', () => {
    expect(reported('Talks.\n\nThe talks ended. Lavrov said Moscow was ready for talks.')).toEqual([{ text: 'Moscow was ready for talks', speaker: 'Lavrov' }]);
    expect(reported('Vote.\n\nThe debate ended. Trump said Hillary Clinton would lose the election.')).toEqual([
      { text: 'Hillary Clinton would lose the election', speaker: 'Trump' },
    ]);
  });

  test('when "said Russia\'s position had not changed" or "said this was a mistake", then a possessive name or a demonstrative opens the clause', () => {
    expect(reported("Talks.\n\nThe talks ended. Lavrov said Russia's position had not changed.")).toEqual([{ text: "Russia's position had not changed", speaker: 'Lavrov' }]);
    expect(reported('Talks.\n\nThe talks ended. Lavrov said this was a mistake.')).toEqual([{ text: 'this was a mistake', speaker: 'Lavrov' }]);
  });

  test('when the name after "said" is the inverted speaker ("…, said Ana Ruiz, who was …"), then no clause opens on it', () => {
    expect(reported('Vote.\n\nThe vote was close, said Ana Ruiz, who was there.').map((c) => c.text)).not.toContain('Ana Ruiz, who was there');
  });
});

describe('reported: an adverb of how often or how long between the subject and its verb', () => {
  test('when "Ruiz has long argued that …", "has consistently argued", "separately said", then the clause is Ruiz\'s claim', () => {
    for (const said of ['has long argued', 'has consistently argued', 'separately said']) {
      expect(reported(`Bill.\n\nThe bill stalled. Ruiz ${said} that the bill was flawed.`)).toEqual([{ text: 'the bill was flawed', speaker: 'Ruiz' }]);
    }
  });
});

describe('reported: "said it" before a verb in the past or the present', () => {
  test('when "She said it took ten years" or "said it needed more money", then the clause is the claim; "said it twice" reports nothing', () => {
    expect(reported('Bridge.\n\nAna Ruiz opened the bridge. She said it took ten years.')).toEqual([{ text: 'it took ten years', speaker: 'Ana Ruiz' }]);
    expect(reported('Bridge.\n\nAna Ruiz opened the bridge. She said it needed more money.')).toEqual([{ text: 'it needed more money', speaker: 'Ana Ruiz' }]);
    expect(reported('Bridge.\n\nAna Ruiz opened the bridge. She said it twice to the crowd.')).toEqual([]);
  });
});

describe('reported: an aside "as the mayor Ana Ruiz said", and "As X put it,"', () => {
  test('when "The trucks, as the mayor Ana Ruiz said, come only twice a week", then the mayor is the speaker', () => {
    expect(reported('Water.\n\nThe village has no water. The trucks, as the mayor Ana Ruiz said, come only twice a week.')).toEqual([
      { text: 'The trucks, as the mayor Ana Ruiz said, come only twice a week', speaker: 'Ana Ruiz' },
    ]);
  });

  test('when "As Ruiz said on Friday, …" or "As Reuters reported on Friday, …" (a name of one word, a setting after the verb), then the clause after the comma is theirs', () => {
    for (const [as, speaker] of [['As Ruiz said on Friday', 'Ruiz'], ['As Reuters reported on Friday', 'Reuters'], ['As Ruiz explained to Radio Sur', 'Ruiz']]) {
      expect(reported(`Water.\n\nAna Ruiz is the mayor. ${as}, the trucks come only twice a week.`)).toEqual([{ text: 'the trucks come only twice a week', speaker: speaker === 'Ruiz' ? 'Ana Ruiz' : speaker }]);
    }
  });

  test('when "…, but, as the inhabitants say, it is not enough" or "…, as the farmers say." sets the attribution off inside the sentence, then the clause after its comma, or before it when it closes the sentence, is theirs', () => {
    const lead = 'Water.\n\nAna Ruiz is the mayor. ';
    expect(reported(`${lead}The water comes by truck, but, as the inhabitants say, it is not enough for everyone.`)).toEqual([{ text: 'it is not enough for everyone', speaker: null }]);
    expect(reported(`${lead}The tanks are full, but as the mayor told Radio Sur on Monday, the harvest will be poor this year.`))
      .toEqual([{ text: 'the harvest will be poor this year', speaker: 'Ana Ruiz' }]);
    expect(reported(`${lead}The tanks of the town are full, as the farmers say.`)).toEqual([{ text: 'The tanks of the town are full', speaker: null }]);
    // the paper's own "as we reported", and "as X spoke" (a time, not a report), report nothing
    expect(reported(`${lead}The tanks are full, but as we reported on Monday, the harvest will be poor this year.`)).toEqual([]);
    expect(reported(`${lead}The crowd cheered, and as Ruiz spoke, the police closed the road.`)).toEqual([]);
  });

  test('when "As Ana Ruiz put it, …", then the clause after the comma is hers', () => {
    expect(reported('Water.\n\nThe village has no water. As Ana Ruiz put it, the trucks come only twice a week.')).toEqual([
      { text: 'the trucks come only twice a week', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('reported: a place before the name set off before the verb', () => {
  test('when "The SAPS spokesperson in the Cape Winelands, Capt. Ntombi Mdletshe, said that …", then the captain speaks, not the place', () => {
    expect(reported('Flood.\n\nThe river flooded the town. The SAPS spokesperson in the Cape Winelands, Capt. Ntombi Mdletshe, said that no deaths were reported.')).toEqual([
      { text: 'no deaths were reported', speaker: 'Ntombi Mdletshe' },
    ]);
  });
});

describe('reported: a line after a quotation that ends on its own stop', () => {
  test('when "“… for ten years?” ¶ Zoti Hoxha added that the association will go to the court.", then the added clause is reported too', () => {
    const text = 'Beach.\n\nThe chairman Artan Hoxha called the action "a spectacle".\n"Many of these bars paid taxes. Where were they for ten years?"\nZoti Hoxha added that the association will go to the court.';
    expect(reported(text)).toEqual([{ text: 'the association will go to the court', speaker: 'Artan Hoxha' }]);
  });

  test('when the quotation ends on a comma ("“…,” Hoxha added."), then the name after it is the quotation\'s cue and nothing more is reported', () => {
    expect(reported('Beach.\n\nThe hoteliers are angry. "We paid taxes for ten years," Hoxha added.')).toEqual([]);
  });
});

describe('reported: people the article does not name, described by what they know', () => {
  test('when "…, two people familiar with the matter said." or "People familiar with the matter said …", then the group is the source', () => {
    const claims = [
      extract({ text: 'Jobs.\n\nThe company cut jobs. The cuts will affect 500 workers, two people familiar with the matter said.' }).claims,
      extract({ text: 'Jobs.\n\nThe company cut jobs. People familiar with the matter said the cuts will affect 500 workers.' }).claims,
      extract({ text: 'Jobs.\n\nThe company cut jobs. The cuts will affect 500 workers, officials briefed on the plan said.' }).claims,
    ];
    expect(claims.map((c) => c.map((x) => [x.text, x.speaker, x.source]))).toEqual([
      [['The cuts will affect 500 workers', null, 'two people familiar with the matter']],
      [['the cuts will affect 500 workers', null, 'People familiar with the matter']],
      [['The cuts will affect 500 workers', null, 'officials briefed on the plan']],
    ]);
  });

  test('when people are "aware of" something with no verb of speech after it, then nothing is reported', () => {
    expect(reported('Jobs.\n\nThe company cut jobs. Many people were aware of the plan and its cost.')).toEqual([]);
  });
});

describe('reported: the paper told and the clause’s subject side by side', () => {
  test('when "Peskov told Reuters Moscow was ready to talk", then Reuters is the source and Moscow opens the clause; a paper of two words stays whole', () => {
    const claims = [
      extract({ text: 'Talks.\n\nDmitry Peskov told Reuters Moscow was ready to talk.' }).claims,
      extract({ text: 'Talks.\n\nDmitry Peskov told TASS Russia would respond.' }).claims,
      extract({ text: 'Talks.\n\nDmitry Peskov told ABC News the talks were over.' }).claims,
    ];
    expect(claims.map((c) => c.map((x) => [x.text, x.speaker, x.source]))).toEqual([
      [['Moscow was ready to talk', 'Dmitry Peskov', 'Reuters']],
      [['Russia would respond', 'Dmitry Peskov', 'TASS']],
      [['the talks were over', 'Dmitry Peskov', 'ABC News']],
    ]);
  });
});

describe('a clause reported without "that", then ", adding that …"', () => {
  test('when "X said the road will stay closed, adding that …", then the clause before the participle is a claim of its own, and the added one another', () => {
    const text = 'Roads\n\nThe police chief Tom Hale said the road will stay closed, adding that repairs would take a month.';
    expect(reported(text)).toEqual([{ text: 'the road will stay closed', speaker: 'Tom Hale' }, { text: 'repairs would take a month', speaker: 'Tom Hale' }]);
    // (a second speaker's own verb in the clause still reports a clause of its own: the first verb's noun clause is not read)
    const other = 'Roads\n\nThe police chief Tom Hale said the mayor Ana Ruiz told the council that repairs would take a month.';
    expect(reported(other).map((c) => c.text)).not.toContain('the mayor Ana Ruiz told the council that repairs would take a month');
  });

  test('when "The road will stay closed, the mayor Ana Ruiz said, adding that …", then the first claim ends before the speaker set off after it', () => {
    for (const said of ['Tom Hale said', 'the mayor Ana Ruiz said']) {
      const text = `Roads\n\nThe road will stay closed, ${said}, adding that repairs would take a month.`;
      expect(reported(text).map((c) => c.text)).toEqual(['The road will stay closed', 'repairs would take a month']);
    }
  });
});

describe('an attribution set off inside the clause it reports, with a time', () => {
  test('when "The bridge, the mayor Ana Ruiz said on Monday, is safe for traffic", then the whole sentence is her claim', () => {
    for (const time of ['on Monday', 'last week', 'yesterday']) {
      const text = `Roads\n\nThe bridge over the river, the mayor Ana Ruiz said ${time}, is safe for traffic.`;
      expect(reported(text)).toEqual([{ text: `The bridge over the river, the mayor Ana Ruiz said ${time}, is safe for traffic`, speaker: 'Ana Ruiz' }]);
    }
  });
});

describe('a group with an owner or a modifier closing the sentence', () => {
  test('when "…, her neighbours say." or "…, local residents said.", then the clause before the comma is the group\'s claim, its source the group', () => {
    const lead = 'Water.\n\nAna Ruiz is the mayor. ';
    for (const group of ['her neighbours say', 'local residents said', 'legal experts say']) {
      const claims = extract({ text: `${lead}The water of the town has been dirty since Saturday, ${group}.` }).claims;
      expect(claims).toEqual([expect.objectContaining({ kind: 'indirect', text: 'The water of the town has been dirty since Saturday', speaker: null, source: group.split(' ')[1] })]);
    }
    // a number before the group ("74 percent said they …") and "as" ("as the farmers say, …") are no modifiers
    expect(reported(`${lead}Among the voters, 74 percent said they are set on voting for the mayor.`)).toEqual([{ text: 'they are set on voting for the mayor', speaker: null }]);
  });
});
