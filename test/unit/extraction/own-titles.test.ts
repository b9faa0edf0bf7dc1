import { extract } from '../../../server/extraction';
import { viewOf } from '../../../server/extraction/attribution/analysis';
import { findQuotes } from '../../../server/extraction/quotes';
import { analyseDocument } from '../../../server/extraction/structure';

/** The titles an article teaches by its own use. */
function titlesOf(text: string): string[] {
  const doc = analyseDocument(text);
  return [...viewOf(doc, findQuotes(doc)).titles];
}

function speakerOf(text: string, words: string): string | null | undefined {
  return extract({ text }).claims.find((c) => c.text.includes(words))?.speaker;
}

describe('titles of the source language that translation leaves untranslated, learnt from the article itself', () => {
  const alderman = [
    'Wethâlder Durk van der Meer (education) understands the worries of the parents.',
    '„The decision is not yet taken,“ emphasised the wethâlder Thursday, „the council votes in January.“',
    'The wethâlder said it in the local paper so: „We have a responsibility for all children.“',
  ].join('\n\n');

  it('when the article writes the word in lower case as a noun that speaks ("the wethâlder said"), then before a name it is a title', () => {
    expect(titlesOf(alderman)).toEqual(['wethâlder']);
    expect(speakerOf(alderman, 'responsibility for all children')).toBe('Durk van der Meer');
    expect(speakerOf(alderman, 'not yet taken')).toBe('Durk van der Meer');
  });

  it('when "the …" sets a name off after the place it serves ("The Gup of Chhoekhor gewog, Sangay Dorji,"), then "the Gup" is that person', () => {
    const text = [
      'The Gup of Chhoekhor gewog, Sangay Dorji, said that the wild pigs destroyed the potato of more than 40 acres.',
      '— If the electric fence does not come before the planting, the people will go to the city, the Gup said.',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual(['gup']);
    expect(speakerOf(text, 'electric fence')).toBe('Sangay Dorji');
  });

  it('when the capitalised words name a body, a programme or a person, then nothing is learnt', () => {
    // (a body's noun that speaks in lower case, before its own name)
    expect(titlesOf('According to the Air Quality Control Company, the index rose. The air said nothing, said the air.')).toEqual([]);
    // (the complement of another office names a body, whose officer the name is)
    expect(titlesOf('The president of the Community of Irrigators, Antonio Ruiz Lopez, has warned the farmers.')).toEqual([]);
    // (a long complement after "of" names a body whose name the word opens)
    expect(titlesOf('The Order of the Doctors of Portugal, Fernando Jorge Magalhães, also entered the debate.')).toEqual([]);
    // (a given name no list knows, before a surname)
    expect(titlesOf('“I like circuses,” Newt Gingrich told the paper. Megyn Kelly asked Gingrich about it.')).toEqual([]);
    // (a name in marks)
    expect(titlesOf('She pointed to the project «Clean Air», which the clean said is late.')).toEqual([]);
  });
});

describe('a learnt title whose holder is named with a courtesy title', () => {
  it('when the apposition opens on a title ("The Dzongdag of Bumthang, Dasho Ugyen Namgyel,"), then the word is still learnt and the holder speaks', () => {
    const text = [
      'The farmers met on Monday.',
      'The Dzongdag of Bumthang, Dasho Ugyen Namgyel, as reported by Kuensel: “The administration will discuss the matter in the next session.”',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual(['dzongdag']);
    expect(extract({ text }).claims.find((c) => c.text.includes('next session'))).toMatchObject({ speaker: 'Ugyen Namgyel', source: 'Kuensel' });
  });
});

describe('titles of several words, portfolios after "for", and names that open on a glottal stop', () => {
  it('when "the …" runs over two words no list knows before "of …, Name" ("The Kaitaki Rohe of Ōtaki, ʻEmeli Sione,"), then both words are the title and its holder speaks', () => {
    const text = [
      'The harbour was closed for a week after the storm.',
      'The Kaitaki Rohe of Ōtaki, ʻEmeli Sione, she visited the wharf on Monday.',
      '“The boats they will go out again when the wall is mended,” said the Kaitaki Rohe.',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual(['kaitaki', 'rohe']);
    expect(speakerOf(text, 'wall is mended')).toBe('ʻEmeli Sione');
  });

  it('when the title holds a portfolio of two fields after "for" ("The Ministeri for Roads and Harbours, Aqqaluk Berthelsen,"), then it is learnt too', () => {
    const text = [
      'The Ministeri for Roads and Harbours, Aqqaluk Berthelsen, he wrote on Facebook that the road will open in May.',
      '„We do not forget the villages,“ wrote the Ministeri.',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual(['ministeri']);
    expect(speakerOf(text, 'forget the villages')).toBe('Aqqaluk Berthelsen');
  });

  it('when "The …" runs straight into a name that ", she wrote" takes up ("The Sámediggeráđđi Biret Elle Buljo, she"), then the word before the name is the title', () => {
    const text = [
      'Ana Ruiz, 24 years, she took over the herd of her mother in the spring.',
      'The Raadijoht Biret Elle Buljo, she wrote on Facebook in the evening: «The parliament it stands with the herders.»',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual(['raadijoht']);
    expect(speakerOf(text, 'stands with the herders')).toBe('Biret Elle Buljo');
    // (a body's name before a comma and a verb teaches nothing: "The Harbour Trust, said …" sets no name off)
    expect(titlesOf('The Harbour Trust, said the mayor, will pay. Tomas Berg agreed.')).toEqual([]);
  });

  it('when an office after "of" has a long complement, then it still names a body and nothing is learnt', () => {
    expect(titlesOf('The Order of Doctors and Nurses, Fernando Jorge Magalhães, also entered the debate.')).toEqual([]);
  });

  it('when a name opens on the ʻokina ("ʻAna Taufa"), then it is a capitalised name like any other', () => {
    const text = 'The widow ʻAna Taufa said the price was too low. “We cannot live on this,” ʻAna Taufa said.';
    expect(speakerOf(text, 'cannot live')).toBe('ʻAna Taufa');
  });
});

describe('a title the article writes in two of its forms', () => {
  it('when "Borgmesteri Aqqa Lund" stands before a name and "the borgmester he said" later, then the borgmester is that person', () => {
    const text = 'Fishing\n\nThe fisher Jens Kristian Berthelsen said the quota came too late.\n\n' +
      'Borgmesteri Aqqa Lund of Avannaata Kommunia, he said in the session that the kommune supports the fishers. ' +
      '"We have said it many times: the people of the settlements must be asked," the borgmester he said.';
    expect(extract({ text }).claims.find((c) => c.text.includes('many times'))?.speaker).toBe('Aqqa Lund');
  });
});

describe('a title of the source language written in lower case, with its holder set off after "of …"', () => {
  const text = 'Football\n\nThe goalkeeper Tomas Berg saved a penalty in the last minute.\n\n' +
    'At the press meeting after the match, the venjari of KB, Anders Dal, was not in a good mood.\n\n“We lost the match on a penalty that never was one.”\n\n' +
    'Later the venjari said that the club will complain.';
  test('when "…, the venjari of KB, Anders Dal, was …" opens a clause, then "venjari" is a title, and the quotation after it is his', () => {
    expect(titlesOf(text)).toEqual(['venjari']);
    expect(speakerOf(text, 'We lost the match')).toBe('Anders Dal');
  });
  test('when "the end of the match, Ana Ruiz, …" follows a preposition, then "end" is no title', () => {
    expect(titlesOf('Football\n\nAfter the end of the match, Ana Ruiz, the coach, spoke to the press.')).toEqual([]);
  });
});
