import { extract } from '../../../server/extraction';
import { analyseDocument } from '../../../server/extraction/structure';

describe("a translated page's own name, from its header and its footer", () => {
  it('when a short name on the first line stands over a menu line of sections, then the name is the outlet and neither line is the title', () => {
    const text = [
      'Karibu Habari\nNyumbani | Siasa | Uchumi | Michezo | Video',
      'Ferry fares will rise in January, says the port authority',
      'This news was translated automatically from Swahili.',
      'The port authority said on Monday that the fares would rise.',
    ].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts.outlet).toBe('Karibu Habari');
    expect(doc.facts.title).toBe('Ferry fares will rise in January, says the port authority');
  });

  it('when the menu is a paragraph of its own under the name, then the name is still the outlet', () => {
    const text = ['NORDKYST NYTT', 'Hjem | Nyheter | Sport | Kultur', 'Harbour closes for the winter', 'The harbour master said the harbour would close.'].join('\n\n');
    expect(analyseDocument(text).facts.outlet).toBe('NORDKYST NYTT');
  });

  it('when the first line is a sentence or the next line no menu, then no outlet is read from them', () => {
    const prose = ['The council met on Monday.\nIt voted | twice | on | the budget', 'The mayor said the vote was close.'].join('\n\n');
    expect(analyseDocument(prose).facts.outlet).toBeNull();
    const noMenu = ['Karibu Habari\nThe ferry fares will rise in January, the port authority said on Monday.', 'More text follows here.'].join('\n\n');
    expect(analyseDocument(noMenu).facts.outlet).toBeNull();
  });

  it('when no line of the header names the outlet, then the rights holder of the copyright line does', () => {
    const text = [
      'Ferry fares will rise in January',
      'The port authority said on Monday that the fares would rise.',
      '© 2025 Bahari Daily. All rights reserved.',
    ].join('\n\n');
    expect(analyseDocument(text).facts.outlet).toBe('Bahari Daily');
  });

  it('when a section\'s label stands over the title and the page\'s own notice comes after it, then the label is neither the aggregator nor the title', () => {
    const text = [
      'HARBOUR ACTU – The news of the port\nHome | News | Economy | Sport | Culture',
      'ECONOMY / PORTS',
      'Port City: the dockers they cross the arms, «Pay us!»',
      'Published on 18 March 2025 | By Ana Ruiz Lagos\n[This article was translated automatically from French.]',
      'The dockers stopped work on Tuesday, the union said.',
    ].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts).toMatchObject({ translated: true, republishedBy: null, title: 'Port City: the dockers they cross the arms, «Pay us!»' });
    expect(doc.paragraphs[1]!.boilerplate).toBe(true);
    // (an aggregator's name right over its notice is still the aggregator)
    const aggregated = analyseDocument(['Harbour Digest\nNow you can see non-English news in English', 'Port City: the dockers they cross the arms', 'The dockers stopped work.'].join('\n\n'));
    expect(aggregated.facts.republishedBy).toBe('Harbour Digest');
  });

  it('when the page opens on its web address or on a menu spaced out in a script without capitals, then neither is the title', () => {
    const body = 'Tabaski: the price of the sheep has climbed\n\nThe sellers said the trucks pay too much on the roads.';
    expect(analyseDocument(`harbourweb.net\n\nHome | News | Politics | Economy | Sport\n\n${body}`).facts.title).toBe('Tabaski: the price of the sheep has climbed');
    expect(analyseDocument(`Home  State  Port City  Sports  Entertainment  ଓଡ଼ିଆ\n\n${body}`).facts.title).toBe('Tabaski: the price of the sheep has climbed');
    // (a title is no web address, whatever its dots)
    expect(analyseDocument(`Harbour.net sold for $4.5 million\n\nHome | News | Politics | Economy | Sport\n\n${body}`).facts.title).toBe('Harbour.net sold for $4.5 million');
  });

  it('when the site\'s name stands with its motto, after a dash or on a line of its own, over its menu, then neither is the title', () => {
    const body = 'Wood trucks stopped: "The forest is ours"\n\nThe community mayors stopped three trucks on Monday.';
    expect(analyseDocument(`HARBOUR NEWS TODAY — the news of the coast in every language\n\nHome | National | Regions | Economy | Sport\n\n${body}`).facts.title)
      .toBe('Wood trucks stopped: "The forest is ours"');
    expect(analyseDocument(`THE HARBOUR HERALD\n\nThe Coast's Daily Newspaper\n\nNews | Parish | Courts | Business | Sport\n\n${body}`).facts.title)
      .toBe('Wood trucks stopped: "The forest is ours"');
    // (a title over a menu, which no site prints, stays the title)
    expect(analyseDocument(`Wood trucks stopped on the coast road by the mayors — a report\n\n${body}`).facts.title).toBe('Wood trucks stopped on the coast road by the mayors — a report');
  });

  it('when a cookie notice or an "auto-translated" label heads the page, then it is clutter, neither title nor claim', () => {
    const doc = analyseDocument('Harbour Daily\nHome   Region   Country   Economy   Sports\nEste sitio utiliza cookies para mejorar su experiencia. Al continuar acepta su uso.\n\nEl puerto cierra: "No hay combustible"\n\nEl puerto cerró el lunes.');
    expect(doc.facts.title).toBe('El puerto cierra: "No hay combustible"');
    const notice = analyseDocument('Source: @harbourdaily\nNaipatarus: Auto-translated from Ilocano\n\nTHE PORT CLOSES FOR LACK OF FUEL\n\nThe port closed on Monday.');
    expect(notice.facts).toMatchObject({ translated: true, title: 'THE PORT CLOSES FOR LACK OF FUEL' });
    // (an article's sentence about cookies is no notice)
    expect(analyseDocument('Regulator fines a shop\n\nThe company uses cookies to follow its users, the regulator said.').paragraphs[1]!.boilerplate).toBe(false);
  });

  it('when wire copy signs at its foot with the writer\'s label, then the writer is the author, and a sentence opening on "By" there is not', () => {
    const middle = Array.from({ length: 8 }, (_, i) => `The drivers met for the ${i + 1}th time and want a raise, the union said.`);
    const body = ['Tram strike paralyses the city', 'PORT CITY (PAP) – No tram left the depots on Wednesday.', ...middle, 'The talks start on Thursday. (PAP)'];
    expect(analyseDocument([...body, 'Author: Anna Wieczorek Lis'].join('\n\n')).facts.author).toBe('Anna Wieczorek Lis');
    expect(analyseDocument([...body, 'Reporter Jung Hae-rin (hrjung@example.kr)'].join('\n\n')).facts.author).toBe('Jung Hae-rin');
    expect(analyseDocument([...body, 'By Thursday The Drivers Expect An Answer'].join('\n\n')).facts.author).toBeNull();
  });

  it('when a date line names its month in a language no rule reads, or the title runs into its standfirst, then the title is still the headline', () => {
    const menu = 'Harbour Voice\n\nHome | Towns | Schools | Sport | Weather';
    const body = 'The letter of the regional office arrived at the town hall on Monday, the mayor said.';
    expect(analyseDocument(`${menu}\n\nBastia, 22 di ferraghju 2024\n\nThe school of the village closes\n\n${body}`).facts)
      .toMatchObject({ title: 'The school of the village closes', publishedAt: null });
    expect(analyseDocument(`${menu}\n\nSabide 9 di Març 2024\n\nThe school of the village closes? The parents: "No"\nThe region has merged the classes of three villages into one.\n\n${body}`).facts.title)
      .toBe('The school of the village closes? The parents: "No"');
    // (a sentence with a date in it stays prose)
    expect(analyseDocument(`${menu}\n\nThe school closed on 22 March 2024\n\n${body}`).facts.title).toBe('The school closed on 22 March 2024');
  });

  it('when a notice says the page was "Translated by Google", then it is a translation notice, not the title', () => {
    const text = ['Translated by Google from Sesotho. The original article is in Sesotho.', 'Drought: the villages eat their seed', 'The rain has not come.'].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts.translated).toBe(true);
    expect(doc.facts.title).toBe('Drought: the villages eat their seed');
  });
});

describe('menus parted by dots, and a date with its writer after a bar', () => {
  it('when a menu line parts its sections with middle dots, under a site name with a tagline, then neither line is the title', () => {
    const text = [
      'HARBOURWIRE — The news of the coast in your language\nFront page · Ports · Fishing · Weather · Sport · Culture',
      'Source: Porto Daily',
      'The ferries they stop: the fuel it is finished',
      'The ferry company said on Monday that it had no fuel left.',
    ].join('\n\n');
    expect(analyseDocument(text).facts.title).toBe('The ferries they stop: the fuel it is finished');
  });

  it('when a line gives a date and the writer parted by a bar, then it dates the article, names its author and is no title', () => {
    const text = ['Dunmore, Thursday 6 March 2025 | Ana Maria Ruiz', 'The market burned in the night', 'The fire took the market of Dunmore.'].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts).toMatchObject({ title: 'The market burned in the night', publishedAt: '2025-03-06', author: 'Ana Maria Ruiz' });
  });

  it('when the date is in a month no rule reads and the bar names a desk, then the line is still no title, and no date or author is made up', () => {
    const text = ['3. vindemiaire 2025, 14:22 | Editorial desk', 'The fishers of the fjord they are angry', 'The quota was cut by a fifth.'].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts).toMatchObject({ title: 'The fishers of the fjord they are angry', publishedAt: null, author: null });
  });

  it('when a dateline signs a part "by" a person among other parts, then the person is the author, and a desk is none', () => {
    const body = 'The quota was cut by a fifth, the fishers said on Monday.';
    const facts = (lines: string[]) => analyseDocument([...lines, body].join('\n\n')).facts;
    expect(facts(['The fishers of the fjord they are angry', 'Tuesday, 14 Okatopa 2025 — by Sione Fifita, Vavau']))
      .toMatchObject({ title: 'The fishers of the fjord they are angry', author: 'Sione Fifita' });
    expect(facts(['The fishers of the fjord they are angry', 'Samedi 25 octobre 2025 | Kombissiri | Par Boureima Zida (Correspondant)']))
      .toMatchObject({ author: 'Boureima Zida', publishedAt: '2025-10-25' });
    expect(facts(['The fishers of the fjord they are angry', 'Posted on 3 August 2023 by Ana Ruiz Lagos | Categories: Port, Court | 3 Comments']))
      .toMatchObject({ author: 'Ana Ruiz Lagos', publishedAt: '2023-08-03' });
    // the particles a name holds, and a writer's label opening a part
    expect(facts(['The fishers of the fjord they are angry', 'By Núria Casadevall i Ferrer']).author).toBe('Núria Casadevall i Ferrer');
    expect(facts(['The fishers of the fjord they are angry', 'Dili, Tuesday (20/05/2025) - Reporter: Ana Soares | Editor: Rui Belo\nSource: portnews.tl']))
      .toMatchObject({ author: 'Ana Soares', publishedAt: '2025-05-20', title: 'The fishers of the fjord they are angry' });
    // a desk or a team signs no writer, though its line still dates the article
    expect(facts(['The fishers of the fjord they are angry', 'Por Equipo de Prensa Radio Costa | 14 de febrero de 2024, 09:12 hrs.']))
      .toMatchObject({ author: null, publishedAt: '2024-02-14' });
    expect(facts(['The fishers of the fjord they are angry', 'Friday 17 October 2025, 14:32 — Saramacca — by Harbour redactie']).author).toBeNull();
    // a sentence of the article is never read for a writer, whatever "by" it holds
    expect(facts(['The fishers of the fjord they are angry', 'The boat was built in 2019 by Ana Ruiz and sold last week.']).author).toBeNull();
  });

  it('when the date line and the byline share the translation notice\'s paragraph or the source line, then both are read', () => {
    const body = 'The dockers stopped work on Tuesday, the union said.';
    const notice = analyseDocument(['The dockers they cross the arms', 'Publié le 18/03/2025 à 14h20 | Par Rodrigue Mavoungou\n[Cet article a été traduit automatiquement. Translated automatically from French.]', body].join('\n\n'));
    expect(notice.facts).toMatchObject({ translated: true, publishedAt: '2025-03-18', author: 'Rodrigue Mavoungou' });
    const source = analyseDocument(['The dockers they cross the arms', 'Source : Harbour Infos | Publié le 22 mai 2024 à 07h15 | Par Mahugnon Sossa', body].join('\n\n'));
    expect(source.facts).toMatchObject({ publishedAt: '2024-05-22', author: 'Mahugnon Sossa' });
  });

  it('when a date and time line ends on "· Ni Name" (the language\'s "by"), then it names the author without the word and is no title', () => {
    const text = ['Drivers say: no to the phaseout', 'Lunes, Marso 10, 2025 · 9:15 PM · Ni Jun Rosales', 'Hundreds of jeepneys did not ply on Monday.'].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.facts).toMatchObject({ title: 'Drivers say: no to the phaseout', author: 'Jun Rosales' });
    expect(doc.paragraphs[1]!.boilerplate).toBe(true);
  });

  it('when the page keeps its Spanish list headings and share and follow lines, then they and the headlines under them are clutter', () => {
    const text = ['Alpacas die in the snow', 'The snow killed 3,200 alpacas, the mayor said.', 'Comparte: Facebook · WhatsApp · X',
      'Te puede interesar\n» Ilave: the fair of the quinoa brought 300 producers\n» Cusco: the festival left 40 millions',
      'Lo más leído\n1. Frost: the list of the districts in red alert\n2. Puno: the price of the chuño rose',
      'Síguenos en Facebook y TikTok: @andesnews'].join('\n\n');
    const doc = analyseDocument(text);
    expect(doc.paragraphs.map((p) => p.boilerplate)).toEqual([false, false, true, true, true, true]);
    expect(extract({ text }).claims.filter((c) => c.text.includes('quinoa') || c.text.includes('festival'))).toEqual([]);
  });

  it('when a title holds a bar or dots between words of a sentence, then it is still the title', () => {
    const text = ['Ferries stop for a week | fuel runs out', 'The ferry company said on Monday that it had no fuel left.'].join('\n\n');
    expect(analyseDocument(text).facts.title).toBe('Ferries stop for a week | fuel runs out');
  });
});

describe('dates in any language the CLDR names months in, and in the numbers of other scripts', () => {
  const body = 'The quota was cut by a fifth, the fishers said on Monday.';
  const title = 'The fishers of the fjord they are angry';
  const dated = (...lines: string[]) => analyseDocument([title, ...lines, body].join('\n\n')).facts.publishedAt;

  it('when a date line names its month or weekday in a language the first rules did not know, then the date is read', () => {
    expect(dated('Huwebes, Nobyembre 21, 2024 | By Carlo Dizon')).toBe('2024-11-21');
    expect(dated('20 Nëntor 2026, 17:35')).toBe('2026-11-20');
    expect(dated('02 Желтоқсан 2026, 11:05')).toBe('2026-12-02');
    expect(dated('Fimmtudagur, 3. desember 2026 | 08:15')).toBe('2026-12-03');
    expect(dated('3. novembari 2025, 14:22 | Editorial desk')).toBe('2025-11-03');
  });

  it('when a month\'s word names two months in two languages, or a month of another calendar, then no date is made up', () => {
    // ("listopad": November in Czech, October in Croatian; Azar is the Persian calendar's, 1404 its year)
    expect(dated('Sprimont, 8 listopad 2024')).toBeNull();
    expect(dated('Tehran, 26 Azar 1404')).toBeNull();
  });

  it('when a date is written with spaced dots, a Roman month or the signs of Chinese and Korean, then it is read day, month and year', () => {
    expect(dated('Source: harbour.cz | 15. 4. 2024 17:32')).toBe('2024-04-15');
    expect(dated('Пряшів / Prjašiv, 14.IV.2025 — 06:40 | napysav: Ivan Bilak')).toBe('2025-04-14');
    expect(dated('2025年3月15日（星期六） 06:12 ｜ Harbour reporter ｜ Courts')).toBe('2025-03-15');
    expect(dated('2024년 11월 3일 09:40')).toBe('2024-11-03');
  });

  it('when the time comes before the date, or after an "@", or two places before it, then the date is read', () => {
    expect(dated('18:37, 27 November 2026')).toBe('2026-11-27');
    expect(dated('Disember 1, 2026 @ 9:14pm')).toBe('2026-12-01');
    expect(dated('Homún, Yucatán, 22 de agosto de 2024 · Reportera: Lucía Pech')).toBe('2024-08-22');
  });

  it('when a publication\'s label opens the line and a date of another calendar comes first, then the Gregorian date is read', () => {
    expect(dated('Staff Reporter || Sylhet\nPublished: 12 Agrahayan 1431, 27 November 2024 | 10:05 pm  ...  Updated: 28-11-2024 01:12')).toBe('2024-11-27');
    // (a word opening on a label's letters is no label)
    expect(dated('Dates of the festival: 27 November 2024 to 1 December 2024')).toBeNull();
  });

  it('when the date line shares the paragraph of the site\'s name and menu, then it is read', () => {
    const text = ['Harbour Voice\nHome | Coast | Towns | Sport | Video\nKelso, 18 October 2024 | Updated: 11:20 AM', title, body].join('\n\n');
    expect(analyseDocument(text).facts).toMatchObject({ publishedAt: '2024-10-18', title });
  });

  it('when wire copy opens on a dateline with its date and the head gives none, then the dateline\'s date is the article\'s', () => {
    expect(dated('Kraków, 17.09.2025 (PAP) – Since dawn no tram has left the depots.')).toBe('2025-09-17');
    expect(dated('Meiringen BE, 18 July 2024 (Keystone-SDA) – The lake rose by a metre.')).toBe('2024-07-18');
    // (a date line in the head comes first)
    expect(dated('Published: 16 September 2025', 'Kraków, 17.09.2025 (PAP) – Since dawn no tram has left the depots.')).toBe('2025-09-16');
  });
});

describe('a site\'s header with a long menu item, a source line under its menu, and its own notice of machine translation', () => {
  const body = 'The well of the village has been dry for two months, the families said on Monday.';
  const title = 'The well of Brae is dry, the children drink the water of the goats';

  it('when the menu ends on a longer item (the live stream) after many short sections, then the motto over it is no title', () => {
    const head = 'SEAVIEW RADIO\nCommunity station and news portal · Kelso, capital of the coast\nHome | News | Villages | Culture | Health | Sport | Opinion | 🔴 Live on 95.3 FM\n[Auto-translated from Scots by machine.]';
    expect(analyseDocument([head, title, body].join('\n\n')).facts.title).toBe(title);
    // (a long first item is a motto, and a short line of a few bars no menu: "Ferries stop for a week | fuel runs out")
    expect(analyseDocument(['Ferries stop for a week | fuel runs out', body].join('\n\n')).facts.title).toBe('Ferries stop for a week | fuel runs out');
  });

  it('when the site\'s name stands over its menu and a source line in one paragraph, then the name is no title', () => {
    const head = 'SEAVIEW TV Kelso Television\nHome / News / Politics / Society / Sport / Our language today / Replay\nSource : SEAVIEW TV';
    expect(analyseDocument([head, title, body].join('\n\n')).facts.title).toBe(title);
  });

  it('when a line between the menu and the notice repeats a word of the site\'s name, then it is the site\'s motto, no title', () => {
    const head = 'KNA — Kelso News Agency\nFront page / News / Politics / Society / Culture / Sport\nCoast News Agency KNA, Kelso\nThe text was translated from Scots by a machine translator.';
    expect(analyseDocument([head, title, body].join('\n\n')).facts.title).toBe(title);
    // (a line there that shares no word of the name is the title, as on pages that print it over the notice)
    const titled = 'KNA — Kelso News Agency\nFront page / News / Politics / Society / Culture / Sport\nFerries stop for a week\nThe text was translated from Scots by a machine translator.';
    expect(analyseDocument([titled, body].join('\n\n')).facts.title).toBe('Ferries stop for a week');
  });

  it('when the site says in its own language that a machine translated the page, then the page is translated; a language switcher is no notice', () => {
    for (const notice of ['Article traduit automatiquement (scots / français → English).', 'Texto traducido automáticamente del gallego.', 'Questo articolo è stato tradotto automaticamente.', 'Dieser Artikel wurde maschinell übersetzt.']) {
      expect(analyseDocument([title, notice, body].join('\n\n')).facts.translated).toBe(true);
    }
    expect(analyseDocument([title, 'FR | EN (traduction automatique)', body].join('\n\n')).facts.translated).toBe(false);
    expect(analyseDocument([title, 'La traducción del informe tardó tres semanas, dijo el alcalde.', body].join('\n\n')).facts.translated).toBe(false);
  });
});

describe('bylines that say where the writer filed from, or whom they wrote for', () => {
  const title = 'The maize stays in the stores';
  const body = 'The farmers of the district have sold nothing since March, the cooperative said.';
  const author = (byline: string) => analyseDocument([title, byline, body].join('\n\n')).facts.author;

  it('when a byline ends on the place ("em Malanje", "in Kelso") or the paper ("for Harbour News"), then the writer is the author', () => {
    expect(author('Por Edvaldo Mateus, em Malanje')).toBe('Edvaldo Mateus');
    expect(author('By Tuqtu Ishulutak, for Harbour News')).toBe('Tuqtu Ishulutak');
    expect(author('By Ana Ruiz, in Kelso')).toBe('Ana Ruiz');
  });

  it('when a byline opens on the Malay, German or Dutch word for "by", then the writer is the author', () => {
    expect(author('Oleh Nik Nurul Huda Nik Mat')).toBe('Nik Nurul Huda Nik Mat');
    expect(author('Von Anna Berg')).toBe('Anna Berg');
    // (a sentence is no byline: "in the port" is no place a writer filed from)
    expect(author('By Ana Ruiz, in the port of Kelso, the boats were counted.')).toBeNull();
  });
});
