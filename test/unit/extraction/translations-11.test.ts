import { extract } from '../../../server/extraction';
import { analyseDocument } from '../../../server/extraction/structure';

describe('translated pages of sites that open on their own menu', () => {
  it('when the page opens on "Site | Section | Section | …", then the site is the outlet, the menu no title and no speaker', () => {
    const text = [
      'riverbend.ee | Uudised | Majandus | Sport | Kultuur',
      'Ferry line to the islands will stop in January',
      '4. märts 2026 10:15',
      'Source: Maret Vaher | maret@riverbend.ee',
      'This article has been translated automatically.',
      '',
      'The ferry operator said on Monday that the winter line would stop. "We cannot sail with half-empty boats," said the chief executive Tarmo Lepik.',
    ].join('\n');
    const doc = analyseDocument(text);
    expect(doc.facts.outlet).toBe('riverbend.ee');
    expect(doc.facts.title).toBe('Ferry line to the islands will stop in January');
    expect(doc.facts.republishedBy).toBeNull();
    const claim = extract({ text }).claims.find((c) => c.text.includes('half-empty'));
    expect(claim?.speaker).toBe('Tarmo Lepik');
  });

  it('when the site name is set off from the menu by a wider space, then the name alone is the outlet', () => {
    const text = [
      'NORTHPOST   News | Politics | Economy | Culture | Sport',
      'Mayor promises new bridge by 2028',
      'March 2, 2026',
      '',
      'The mayor presented the plan to the council on Tuesday.',
    ].join('\n');
    expect(analyseDocument(text).facts.outlet).toBe('NORTHPOST');
  });

  it('when a first line has bars but reads as a sentence, then it names no outlet', () => {
    const text = ['Prices rise again, says the bank | Economy | Markets | Business', '', 'The central bank said prices rose.'].join('\n');
    expect(analyseDocument(text).facts.outlet).toBeNull();
  });

  it('when the bars are a navigation trail opening on "Home" or "Menu", then they name no outlet and a source line still does', () => {
    const trail = ['Home | News | World | Politics', '', 'Bridge tolls to rise in spring', '', 'The council said tolls would rise.'].join('\n');
    expect(analyseDocument(trail).facts.outlet).toBeNull();
    const menu = ['Menu | Search | Login | Subscribe', '', 'Bridge tolls to rise in spring', '', 'Source: dailyherald', '', 'The council said tolls would rise.'].join('\n');
    expect(analyseDocument(menu).facts.outlet).toBe('Daily Herald');
  });
});

describe('lines of dialogue kept under the narration, in one paragraph', () => {
  const quoted = (text: string) => extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text.trim());

  it('when a line opens on a dash under a line of narration, then its speech before "– said …" is a quotation', () => {
    const text = [
      'Harbour Gazette',
      '',
      'The harbour master Ilse Varga answered the critics after the meeting on Thursday.',
      '– Let them come down to the quay and count the boats with us, – said the harbour master.',
      '',
      'The meeting ended late.',
    ].join('\n');
    expect(quoted(text).some((q) => /^Let them come down to the quay and count the boats with us,?$/.test(q))).toBe(true);
  });

  it('when a dialogue line holds an attribution set off by dashes and a word in marks, then the speech is one quotation and the word no claim of its own', () => {
    const text = [
      'The engineer Tomas Brenner spoke about the new pumps at the plant.',
      '— The pumps are newer than in 2019, but the word "newer" means little — stated the engineer on the radio.',
      '— If the river falls again, we will be buying water by the truck.',
    ].join('\n');
    const q = quoted(text);
    expect(q).toContain('The pumps are newer than in 2019, but the word "newer" means little');
    expect(q).toContain('If the river falls again, we will be buying water by the truck.');
    expect(q).not.toContain('newer');
  });

  it('when a dialogue line follows a quoted one in the same paragraph, then it is the same speaker going on', () => {
    const text = [
      'The mayor of Lindholm, Petra Quist, blamed the ministry for the delay.',
      '– The money was promised two years ago, and it never came, – stressed the mayor.',
      '– Lindholm is not asking for a favour. Lindholm asks for what was agreed.',
    ].join('\n');
    const claims = extract({ text }).claims.filter((c) => c.kind !== 'indirect');
    const last = claims.find((c) => c.text.startsWith('Lindholm is not asking'));
    expect(last).toBeDefined();
  });

  it('when a line opens on a dash in a list under a heading, then it is no quotation', () => {
    const text = ['The council approved three projects:', 'The new school in the north', '– Repairs to the old bridge', '– A bus line to the hospital'].join('\n');
    expect(quoted(text)).toEqual([]);
  });
});

describe('a block that lost its marks as the last line of the paragraph that led to it', () => {
  const quoted = (text: string) => extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text.trim());

  it('when the narration above names something in marks and the block\'s stop stands on a line of its own, then the block is a quotation', () => {
    const text = [
      'Ferry cuts anger the islanders',
      '',
      'The fisherman Aron Dahl, a member of the club "Sea Wolves", told the local radio that the cuts came without warning.',
      'We were never asked about any of this. Now the boat comes twice a week and the shop stays empty',
      '.',
      '',
      'The ministry did not answer.',
    ].join('\n');
    expect(quoted(text)).toContain('We were never asked about any of this. Now the boat comes twice a week and the shop stays empty');
  });

  it('when the line above does not end a sentence, then the last line is no quotation of its own', () => {
    const text = [
      'The fisherman Aron Dahl, a member of the club "Sea Wolves", told the local radio that the cuts came',
      'without any warning to the islanders on the northern coast',
      '.',
    ].join('\n');
    expect(quoted(text).some((q) => q.startsWith('without any warning'))).toBe(false);
  });
});

describe('names as translations leave them', () => {
  const speakerOf = (text: string, start: string) => extract({ text }).claims.find((c) => c.text.startsWith(start))?.speaker;

  it('when an untranslated courtesy title ("Zoti") stands before a surname two people share, then it is the one last named, not a new person', () => {
    const text = [
      '"We act now", declared the mayor of Portoria, Ervin Dallo, at the press conference.',
      '',
      'The chairman of the hoteliers, Artan Dallo, called the action a show.',
      '',
      'The inspectors came on Monday. "They paid their taxes for ten years and nobody asked," Zoti Dallo added.',
    ].join('\n');
    expect(speakerOf(text, 'They paid')).toBe('Artan Dallo');
  });

  it('when a given name is spelt short once and in full later ("Mohd" and "Mohamad"), then both are the same person', () => {
    const text = [
      'Its director, Mohd Faizal Rahman, said the river would rise again next week.',
      '“The second wave is usually heavier, so we must prepare now,” said Mohamad Faizal.',
    ].join('\n');
    expect(speakerOf(text, 'The second wave')).toBe('Mohd Faizal Rahman');
  });
});

describe('an office, "of" and a place before the holder\'s name, with no comma', () => {
  it('when "the Mayor of Ashvard Gevorg Tashyan" is written as one run, then the speaker is the holder without the place', () => {
    const text = [
      'The new line will not open in 2027. About this, at the session of the council, informed the Mayor of Ashvard Gevorg Tashyan.',
      '',
      '«I will not hide it: the builder has failed us», - said Tashyan.',
    ].join('\n');
    const claim = extract({ text }).claims.find((c) => c.text.startsWith('I will not hide'));
    expect(claim?.speaker).toBe('Gevorg Tashyan');
  });
});

describe('a speaker, then the station on whose air the words went out, then the verb', () => {
  it('when "X in the air of TV Y said" comes before the words, then X speaks and the station is no speaker', () => {
    const text = 'The regional governor Pavle Zhvania in the air of TV Meridian said that the queues are a „passing problem“ and will end soon.';
    const claims = extract({ text }).claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.speaker).toBe('Pavle Zhvania');
  });
});
