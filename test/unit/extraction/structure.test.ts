import { extract } from '../../../server/extraction';
import { analyseDocument } from '../../../server/extraction/structure';
import { outletDisplayName } from '../../../server/extraction/text/outlet';
import { splitParagraphs } from '../../../server/extraction/text/paragraphs';

const AGGREGATED = [
  'The Daily Relay',
  'Daily picks of non-English news, translated for you...',
  'Harbour workers vote to end the strike',
  '2023-03-14T08:30:00.000Z',
  'The dock workers accepted the offer on Monday, ending a three-week strike.',
  'To discover',
  '  • Follow port news by the hour in our newsletter',
  'Read also Why the port matters to the region',
  'The first ships are expected on Wednesday.',
  'Source: lemonde',
  'All news articles on 2023-03-14',
  'You may like',
  'Trends 24h',
  '© Relay Media 2021 - Privacy - Terms',
  'Articles here are collected from external sources and shown as published.',
].join('\n\n');

const lines = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end).trim());

describe('analyseDocument facts', () => {
  it('when an aggregator republished the article, then title, date, outlet and aggregator are read', () => {
    const { facts } = analyseDocument(AGGREGATED);
    expect(facts).toEqual({
      title: 'Harbour workers vote to end the strike',
      publishedAt: '2023-03-14T08:30:00.000Z',
      outlet: 'Le Monde',
      author: null,
      language: 'en',
      translated: true,
      republishedBy: 'The Daily Relay',
    });
  });

  it('when the aggregator’s header lines are pasted without blank lines between them, then the same facts are read and its name speaks for no one', () => {
    const [name, notice, title, date, body] = AGGREGATED.split('\n\n');
    const quoted = `${body} “We are relieved,” the union said.`;
    for (const text of [[name, notice, title, date, quoted].join('\n'), `${[name, notice, title, date].join('\n')}\n\n${quoted}`]) {
      const doc = analyseDocument(text);
      expect(doc.facts).toMatchObject({ title, publishedAt: '2023-03-14T08:30:00.000Z', translated: true, republishedBy: 'The Daily Relay' });
      expect(lines(text, doc.paragraphs.filter((p) => p.boilerplate))).toEqual([name, notice, date]);
      expect(extract({ text }).claims.map((c) => c.speaker)).not.toContain('The Daily Relay');
    }
    // a block of lines further down, or one with no notice and no date, is left as it is
    const prose = `${title}\n\nThe port reopened.\nShips came in at dawn.`;
    expect(analyseDocument(prose).paragraphs).toHaveLength(2);
  });

  it('when a short site name opens the page over the title and its date, with no aggregator notice, then the title is the line under it', () => {
    const text = 'World Digest\n\nDockworkers extend the strike for a third week\n\n2023-03-14T09:12:40.118Z\n\nThe strike entered its third week on Tuesday.';
    const doc = analyseDocument(text);
    expect(doc.facts).toMatchObject({ title: 'Dockworkers extend the strike for a third week', publishedAt: '2023-03-14T09:12:40.118Z' });
    expect(lines(text, doc.paragraphs.filter((p) => p.boilerplate))).toContain('World Digest');
    // a short title over its date stays the title
    expect(analyseDocument('Fares rise\n\n2023-03-14\n\nFerry fares rise by four percent in January.').facts.title).toBe('Fares rise');
  });

  it('when a scraper broke the title’s quotation onto lines of their own, then the title is those lines joined', () => {
    const text = 'Ruiz declares "\n\nvictory,\n\n" ignores the count.\n\nPORTO — The mayor spoke on Monday night to a crowd of supporters.';
    expect(analyseDocument(text).facts.title).toBe('Ruiz declares "victory," ignores the count.');
    // a title whose marks balance stays its own line, and so does one that no short line closes
    expect(analyseDocument('Ruiz calls it "a victory"\n\n"Nothing," she said.').facts.title).toBe('Ruiz calls it "a victory"');
    const unclosed = `Ruiz says "\n\n${'A long paragraph of the article that runs on. '.repeat(4)}\n\nMore.`;
    expect(analyseDocument(unclosed).facts.title).toBe('Ruiz says "');
  });

  it('when a scraper swapped the marks of a broken title or left a stray one at its end, then the title is joined and the stray mark dropped', () => {
    const swapped = 'Mirela Voss: "\n\nNo Deal\n\n“ On Tolls Until Spring.\n\nMirela Voss said there was no deal.';
    expect(analyseDocument(swapped).facts.title).toBe('Mirela Voss: "No Deal“ On Tolls Until Spring.');
    const stray = 'Gov Voss: Tolls Are “\n\nA Tax On The Poor,\n\n” ”\n\nThat Is Her Message.\n\nVoss spoke on Monday.';
    expect(analyseDocument(stray).facts.title).toBe('Gov Voss: Tolls Are “A Tax On The Poor,”');
    expect(analyseDocument('Voss Calls Tolls “A Tax” ”\n\nVoss spoke.').facts.title).toBe('Voss Calls Tolls “A Tax”');
    // a line break inside a continuation is a space: the title is one line
    expect(analyseDocument('Voss: tolls are “\n\nunfair\n\n"; \nbakers plan a march.\n\nVoss spoke.').facts.title).toBe('Voss: tolls are “unfair"; bakers plan a march.');
  });

  it('when a byline follows the title, then the author is read and the byline is not prose', () => {
    const text = 'Rail fares rise again\n\nBy Anna Keller and Tom Reyes\n\nFares rise by four percent in January, the operator said.';
    const doc = analyseDocument(text);
    expect(doc.facts.author).toBe('Anna Keller and Tom Reyes');
    expect(doc.paragraphs[1]!.boilerplate).toBe(true);
  });

  it('when a byline names the writer and the publication ("By Lena Ortiz, Harbour Gazette"), then the author is the writer and the outlet the publication', () => {
    const body = '\n\nFerry fares rise by four percent in January, the operator said on Monday.';
    const facts = (byline: string) => analyseDocument(`Ferry fares rise${byline ? `\n\n${byline}` : ''}${body}`).facts;
    expect(facts('By Lena Ortiz, Harbour Gazette')).toMatchObject({ author: 'Lena Ortiz', outlet: 'Harbour Gazette' });
    expect(facts('By Lena Ortiz | The Coastal Times')).toMatchObject({ author: 'Lena Ortiz', outlet: 'The Coastal Times' });
    expect(facts('By Lena Ortiz and Piet Jansen, Nordic Press Writers')).toMatchObject({ author: 'Lena Ortiz and Piet Jansen', outlet: 'Nordic Press' });
    // a job title is no publication, and a part opening on a given name is another writer
    expect(facts('By Lena Ortiz, Staff Writer')).toMatchObject({ author: 'Lena Ortiz', outlet: null });
    expect(facts('By Lena Ortiz, David Moss')).toMatchObject({ author: 'Lena Ortiz, David Moss', outlet: null });
    // an aggregator's "Source:" line still names the outlet it took the article from
    const aggregated = analyseDocument(`Ferry fares rise\n\nBy Lena Ortiz, Harbour Gazette${body}\n\nSource: lecourant`).facts;
    expect(aggregated).toMatchObject({ author: 'Lena Ortiz', outlet: 'Le Courant' });
  });

  it('when a date stands on a line of its own, written out, labelled or in ISO form, then it is the publication date and no title', () => {
    const body = '\n\nFerry fares rise by four percent in January, the operator said on Monday.';
    const date = (line: string) => analyseDocument(`Ferry fares rise\n\n${line}${body}`).facts.publishedAt;
    expect(date('April 9, 2023')).toBe('2023-04-09');
    expect(date('Published: 9 April 2023')).toBe('2023-04-09');
    expect(date('Posted on Sunday, Apr. 9th, 2023 at 7:45 a.m. CET')).toBe('2023-04-09');
    expect(date('2023-04-09')).toBe('2023-04-09');
    // an update's date gives way to the publication's
    expect(date('Updated April 10, 2023 10:15 GMT\n\nPublished April 9, 2023')).toBe('2023-04-09');
    expect(date('Last updated: 10 April 2023')).toBe('2023-04-10');
    // a date opening a sentence, or one that does not exist, is not a date line
    expect(date('April 9, 2023 will be remembered as the day fares rose.')).toBeNull();
    expect(date('February 30, 2023')).toBeNull();
    const first = analyseDocument(`April 9, 2023\n\nFerry fares rise${body}`);
    expect(first.facts).toMatchObject({ title: 'Ferry fares rise', publishedAt: '2023-04-09' });
    expect(first.paragraphs[0]!.boilerplate).toBe(true);
  });

  it('when title, byline and date are lines of one paragraph, then each is read from its line', () => {
    const text = 'Ferry fares rise\nBy Lena Ortiz, Harbour Gazette\n9 April 2023\n\nFerry fares rise by four percent in January, the operator said.';
    expect(analyseDocument(text).facts).toMatchObject({ title: 'Ferry fares rise', author: 'Lena Ortiz', outlet: 'Harbour Gazette', publishedAt: '2023-04-09' });
    // lines of prose cut by a hard wrap are no header block
    const wrapped = 'The operator said on Monday that ferry fares\nwill rise by four percent in January.\n\nMore.';
    expect(analyseDocument(wrapped).facts.author).toBeNull();
  });

  it('when a translated paper’s header block gives place and date, its source and a labelled writer, then each is read', () => {
    const body = '\n\nThe ministry raised the readiness of hospitals on Tuesday, its spokesman said.';
    const facts = (block: string) => analyseDocument(`Ministry raises readiness in hospitals\n\n${block}${body}`).facts;
    expect(facts('Cairo, Tuesday 16 July 2024\nSource: Al-Ahram Gate\nWritten by: Mahmoud Abdel-Sattar'))
      .toMatchObject({ title: 'Ministry raises readiness in hospitals', publishedAt: '2024-07-16', outlet: 'Al-Ahram Gate', author: 'Mahmoud Abdel-Sattar' });
    expect(facts('Kyiv, 11 September 2024, 14:35\nSource: Economic Pravda\nAuthor: Mariia Tkachenko'))
      .toMatchObject({ publishedAt: '2024-09-11', outlet: 'Economic Pravda', author: 'Mariia Tkachenko' });
    expect(facts('Patna, Sun, 26 Oct 2025 07:45 PM (IST)\nEdited By: Ritesh Kumar Jha')).toMatchObject({ publishedAt: '2025-10-26', author: 'Ritesh Kumar Jha' });
    // numbers: year first, or day and month first when one of them is over 12; an ambiguous order is no date
    expect(facts('Seoul, 2021.05.18 17:42\nReporter Lee Ji-eun')).toMatchObject({ publishedAt: '2021-05-18', author: 'Lee Ji-eun' });
    expect(facts('Jakarta, Thursday (14/3/2024)\nReporter: Andi Fadli | Editor: Sri Wahyuni')).toMatchObject({ publishedAt: '2024-03-14', author: 'Andi Fadli' });
    expect(facts('Jakarta, 3/4/2024\nReporter: Andi Fadli').publishedAt).toBeNull();
    // a place before something that is no date is no date line
    expect(facts('Cairo, the capital\nAuthor: Mahmoud Abdel-Sattar').publishedAt).toBeNull();
  });

  it('when a sentence starts with "By" and a number, then it is not taken for a byline', () => {
    const text = 'Poll shows a split\n\nBy 52-48, those asked said the tax should stay.';
    expect(analyseDocument(text).facts.author).toBeNull();
  });

  it('when the article is in French, then its language is fr', () => {
    const text = 'Le conseil municipal a voté le budget, et la majorité est satisfaite. Les travaux commencent dans une semaine pour la ville.';
    expect(analyseDocument(text).facts.language).toBe('fr');
  });

  it('when an aggregator’s notice offers the reader’s language ("Foreign press, in your language"), then the article is marked translated and the notice is no title', () => {
    const facts = analyseDocument('Transnews Wire\n\nForeign press, in your language\n\nWolf killed 17 sheep\n\n2024-09-18 08:12\n\nThe wolf came at night.').facts;
    expect(facts).toMatchObject({ translated: true, title: 'Wolf killed 17 sheep' });
  });

  it('when a republished article’s footer names a rights holder other than the aggregator ("© Sportski žurnal"), then that is the outlet', () => {
    const head = 'Polyglot Post\n\nNow you can read foreign news in English...\n\nThe coach is angry\n\nThe coach spoke after the match on Sunday evening.';
    expect(analyseDocument(`${head}\n\n© Sportski žurnal`).facts.outlet).toBe('Sportski žurnal');
    // the aggregator's own rights are no outlet
    expect(analyseDocument(`${head}\n\n© 2024 Polyglot Post. All rights reserved.`).facts.outlet).toBeNull();
  });

  it('when the source line sits after a bar in a footer or runs on into a date, then only the handle names the outlet', () => {
    expect(analyseDocument('Vote delayed\n\nThe council delayed the vote on Tuesday.\n\n© Coast Translated 2024 | Source: lecourant').facts.outlet).toBe('Le Courant');
    expect(analyseDocument('Vote delayed\n\nSource: ostravsky.cz | 15. 4. 2024 17:32\n\nThe council delayed the vote on Tuesday.').facts.outlet).toBe('Ostravsky');
  });

  it('when the article spells the outlet the handle names with accents, then the outlet is spelled so', () => {
    const text = 'Vote delayed\n\nThe council delayed the vote, the mayor told Ostravský on Tuesday.\n\nSource: ostravsky';
    expect(analyseDocument(text).facts.outlet).toBe('Ostravský');
    // a handle's name the text never writes stays as rebuilt
    expect(analyseDocument('Vote delayed\n\nThe council delayed the vote.\n\nSource: ostravsky').facts.outlet).toBe('Ostravsky');
  });

  it('when the article writes the outlet a handle glues together with capitals or separators inside it, then the outlet is written so', () => {
    expect(analyseDocument('Floods\n\nSpeaking with PortExpress, the chairman said the bank was safe.\n\nSource: portexpress').facts.outlet).toBe('PortExpress');
    expect(analyseDocument('Bread\n\nThe minister told Al-Saha Al-Youm that prices hold.\n\nSource: alsahaalyoum').facts.outlet).toBe('Al-Saha Al-Youm');
    // (a word the handle only begins, or a name written as the handle is, leaves the rule's rebuilding)
    expect(analyseDocument('Floods\n\nPortExpressions of concern came in.\n\nSource: portexpress').facts.outlet).toBe('Port Express');
    expect(analyseDocument('Vote\n\nThe mayor told Lecourant so.\n\nSource: lecourant').facts.outlet).toBe('Le Courant');
  });

  it('when the handle is the address of a masthead no rule can rebuild ("rp.pl", "almasryalyoum"), then the outlet is its name', () => {
    expect(analyseDocument('Floods\n\nThe river rose.\n\nSource: rp.pl').facts.outlet).toBe('Rzeczpospolita');
    expect(analyseDocument('Bread\n\nPrices hold.\n\nSource: almasryalyoum').facts.outlet).toBe('Al-Masry Al-Youm');
    expect(analyseDocument('Rain\n\nIt rained.\n\nSource: www.yna.co.kr').facts.outlet).toBe('Yonhap');
    // a name several outlets share is told apart by the whole address
    expect(analyseDocument('War\n\nShelling went on.\n\nSource: pravda.com.ua').facts.outlet).toBe('Ukrainska Pravda');
    expect(analyseDocument('Vote\n\nThe vote passed.\n\nSource: pravda.sk').facts.outlet).toBe('Pravda');
    // a handle the list does not hold is rebuilt by the rules
    expect(analyseDocument('Vote\n\nThe vote passed.\n\nSource: harbourtimes').facts.outlet).toBe('Harbour Times');
  });

  it('when a handle opens on a masthead word ("dailybhulekha"), then it is cut there; an article is cut off only before letters a word can start with', () => {
    expect(analyseDocument('Flour\n\nPrices rose.\n\nSource: dailybhulekha.com').facts.outlet).toBe('Daily Bhulekha');
    expect(analyseDocument('Fraud\n\nThe court sat.\n\nSource: lankadiva.lk').facts.outlet).toBe('Lankadiva');
    expect(analyseDocument('Vote\n\nThe vote passed.\n\nSource: lecourant').facts.outlet).toBe('Le Courant');
    // a short rest after it is no word of its own
    expect(analyseDocument('Vote\n\nThe vote passed.\n\nSource: morningside').facts.outlet).toBe('Morningside');
  });

  it('when wire copy opens on a dateline with its agency, then the agency is the outlet, unless the article names one', () => {
    expect(analyseDocument('Vote delayed\n\nPORTO (Harbour Wire) — The council delayed the vote on Tuesday.').facts.outlet).toBe('Harbour Wire');
    expect(analyseDocument('Talks go on\n\nLISBON, Portugal (AP) - Talks went on.').facts.outlet).toBe('AP');
    expect(analyseDocument('Talks go on\n\nLISBON (AP) - Talks went on.\n\nSource: lecourant').facts.outlet).toBe('Le Courant');
    // the day may come between the place and the agency, in the wires' forms
    expect(analyseDocument('Talks go on\n\nLISBON, Dec. 4 (Harbour Wire) — Talks went on.').facts.outlet).toBe('Harbour Wire');
    expect(analyseDocument('Talks go on\n\nPORTO, Portugal, 4 December 2023 (AP) — Talks went on.').facts.outlet).toBe('AP');
    expect(analyseDocument('Talks go on\n\nFARO, Ala., March 14, 2023 (AP) - Talks went on.').facts.outlet).toBe('AP');
    // a capitalised word in parentheses inside prose is no dateline
    expect(analyseDocument('Talks go on\n\nThe union (UGT) — and others — walked out.').facts.outlet).toBeNull();
    // translated wire copy writes the place in title case, the date after the brackets or before them
    expect(analyseDocument('Ward closed\n\nBiałystok (PAP), 24.06.2025 – The ward will close.').facts.outlet).toBe('PAP');
    expect(analyseDocument('Lake\n\nInnertkirchen BE, 18 July 2024 (Keystone-SDA) – The lake grew.').facts.outlet).toBe('Keystone-SDA');
    expect(analyseDocument('Landslide\n\nChitwan, Saun 14 (RSS): The road is closed.').facts.outlet).toBe('RSS');
    expect(analyseDocument('Talks go on\n\nThe minister (PSD), who spoke first, left.').facts.outlet).toBeNull();
    // a date in numbers before the brackets, a stop after them, or the agency first and the place after it
    expect(analyseDocument('Ward closed\n\nKraków, 11.02.2025 (PAP) – The ward will close.').facts.outlet).toBe('PAP');
    expect(analyseDocument('Drought\n\nBILBAO, 4 Oct. (EFE).- The reservoir fell to 9 %.').facts.outlet).toBe('EFE');
    expect(analyseDocument('Quake\n\n(ANSA) - BARI, 3 JUNE - A shock was felt in the night.').facts.outlet).toBe('ANSA');
    // (brackets opening a sentence of prose are no agency)
    expect(analyseDocument('Quake\n\n(Updated) - The shock was felt in the night.').facts.outlet).toBeNull();
  });

  it('when a dateline\'s brackets hold the place\'s province or region, then they name no outlet, and an agency\'s signature still does', () => {
    // a plain word in title case that no list knows is where the place lies
    expect(analyseDocument('Hail\n\nMONTEBELLO (Vicenza) – La grandine ha colpito le vigne.').facts.outlet).toBeNull();
    expect(analyseDocument('Wolf\n\nLA COSTA (Lozère) — The wolf attacked again.').facts.outlet).toBeNull();
    expect(analyseDocument('Hail\n\nMONTEBELLO (Vicenza) – La grandine.\n\nPORTO (AP) - Talks went on.').facts.outlet).toBe('AP');
    // agencies that sign in a word of title case, a capital inside a word, or a press word
    expect(analyseDocument('Talks go on\n\nORLANDO, Fla. (Reuters) - Talks went on.').facts.outlet).toBe('Reuters');
    expect(analyseDocument('Snow\n\nAOMORI, 8 October (Kyodo) -- Snow fell.').facts.outlet).toBe('Kyodo');
    expect(analyseDocument('Vote\n\nTORINO (LaPresse) – Il voto slitta.').facts.outlet).toBe('LaPresse');
    expect(analyseDocument('Vote\n\nGranada (Sierra Presse) – The vote slipped.').facts.outlet).toBe('Sierra Presse');
  });

  it('when the outlet\'s name stands under the title above the date, then it is the outlet, and a person\'s name there is not', () => {
    const body = '\n\nThe council met on Monday and closed the bridge.';
    // on a line of its own above the date line, in one paragraph or two
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nHarbour Today\nPublished on 12-03-2024 - 08:15${body}`).facts.outlet).toBe('Harbour Today');
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nRadio Makala\n\nDodoma, 28.04.2025${body}`).facts).toMatchObject({ outlet: 'Radio Makala', publishedAt: '2025-04-28' });
    // before the date on the same line, or before a bar and the place it files from
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nAomori Nippo  2024/11/20 05:00${body}`).facts).toMatchObject({ outlet: 'Aomori Nippo', publishedAt: '2024-11-20' });
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nCoast News | Mombasa\nPublished: 18 March 2025, 10:42 PM${body}`).facts.outlet).toBe('Coast News');
    // one word run together, or a name the article writes again
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nDeltaportal\n08.05.2024, 10:30${body}`).facts.outlet).toBe('Deltaportal');
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nKivu Lumière\n08.05.2024${body} Kivu Lumière asked the mayor why.`).facts.outlet).toBe('Kivu Lumière');
    // a person's name over the date is the author's line; a source line names the outlet before the masthead does
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nMaria Lopez\n12.03.2024${body}`).facts.outlet).toBeNull();
    expect(analyseDocument(`Bridge closed after the council found cracks in the piers\n\nHarbour Today\n12.03.2024${body}\n\nSource: lecourant`).facts.outlet).toBe('Le Courant');
  });

  it('when a date is written in numbers with dots, then the day comes first', () => {
    expect(analyseDocument('Bridge closed after the council found cracks in the piers\n\nTbilisi, 05.04.2024\n\nThe council met.').facts.publishedAt).toBe('2024-04-05');
    expect(analyseDocument('Bridge closed after the council found cracks in the piers\n\n05/04/2024\n\nThe council met.').facts.publishedAt).toBeNull();
  });

  it('when a date in numbers with slashes or dashes could be read both ways, then a page in a language whose papers write the day first, or one translated from such a page, reads it so', () => {
    const notice = 'Harbour Digest\nNow you can see non-English news in English\n\n';
    expect(analyseDocument(`Il ponte chiude dopo le crepe trovate nei piloni\n\n08/04/2025 - 19:15\n\nIl consiglio si è riunito e ha deciso di chiudere il ponte.`).facts.publishedAt).toBe('2025-04-08');
    expect(analyseDocument(`${notice}Bridge closed after the council found cracks\n\nMuqdisho, 12/05/2025\n\nThe council met.`).facts.publishedAt).toBe('2025-05-12');
    expect(analyseDocument(`${notice}Bridge closed after the council found cracks\n\nPublished on 12-03-2024 - 08:15\n\nThe council met.`).facts.publishedAt).toBe('2024-03-12');
    // (an English page's stays unread: American papers put the month first)
    expect(analyseDocument('Bridge closed after the council found cracks in the piers\n\n05-04-2024\n\nThe council met.').facts.publishedAt).toBeNull();
  });

  it('when a date line holds the time, its zone, the update or a label after the date, then the date is read and the line is no title', () => {
    const notice = 'Harbour Digest\nNow you can see non-English news in English\n\n';
    const date = (line: string) => analyseDocument(`${notice}Ferry fares rise\n\n${line}\n\nFerry fares rise by four percent in January, the operator said.`).facts;
    expect(date('03/08/2024 10:27 | Last update: 11:05')).toMatchObject({ publishedAt: '2024-08-03', title: 'Ferry fares rise' });
    expect(date('27.09.2024 [14:05]').publishedAt).toBe('2024-09-27');
    expect(date('05.03.2024, 19:40 | Society').publishedAt).toBe('2024-03-05');
    expect(date('Published on 22 June 2024 at 6 h 15 | Updated at 9 h 02').publishedAt).toBe('2024-06-22');
    expect(date('Tuesday, 14 of May of 2024 - 08:41 hrs').publishedAt).toBe('2024-05-14');
    expect(date('Thursday, 12/10/2023, 06:30 (GMT+7)').publishedAt).toBe('2023-10-12');
    // words after the date make it a title, not a date line
    const titled = analyseDocument(`${notice}12 March 2024 – Council votes on the budget\n\nFerry fares rise by four percent in January.`).facts;
    expect(titled).toMatchObject({ title: '12 March 2024 – Council votes on the budget', publishedAt: null });
  });

  it('when one part of a line set off by bars or dashes is a date line of its own, then it dates the article and the line is no title', () => {
    const body = '\n\nFerry fares rise by four percent in January, the operator said on Monday.';
    const facts = (line: string) => analyseDocument(`Ferry fares rise\n\n${line}${body}`).facts;
    expect(facts('Port desk | 16 May 2025').publishedAt).toBe('2025-05-16');
    expect(facts('Posted by the Port desk | 3 April 2024 | Communities')).toMatchObject({ publishedAt: '2024-04-03', author: null });
    expect(facts('Thursday 2 October 2025 — Port City (Coast) — Port desk, with its correspondents').publishedAt).toBe('2025-10-02');
    // (with its writer, when a part is signed; an update's part alone dates nothing; another calendar's year is no date)
    expect(facts('Tuesday, 14 March 2024 | By Ana Ruiz Lagos, Port City')).toMatchObject({ publishedAt: '2024-03-14', author: 'Ana Ruiz Lagos' });
    expect(facts('Port desk | Modified 12 May 2025').publishedAt).toBe('2025-05-12');
    expect(facts('Port desk | 1403/12/03').publishedAt).toBeNull();
  });

  it('when a dateline or byline holds its date among other parts, then the date is read wherever it stands, in the calendar the rules read', () => {
    const body = '\n\nFerry fares rise by four percent in January, the operator said on Monday.';
    const facts = (line: string) => analyseDocument(`Ferry fares rise\n\n${line}${body}`).facts;
    expect(facts('By Ana Ruiz Lagos | 14 March 2024, 6:42 pm | Port City').publishedAt).toBe('2024-03-14');
    expect(facts('Posted on 3 August 2023 by Ana Ruiz | Categories: Port, Court | 3 Comments').publishedAt).toBe('2023-08-03');
    expect(facts('Redacción Deportes | Domingo 17 de noviembre de 2024 | 21:48').publishedAt).toBe('2024-11-17');
    // another calendar's date is passed over for the one after it, in a header block over its source line
    const calendars = analyseDocument(`Ferry fares rise\nDate: 1403/12/03 – 21 February 2025\nSource: portdaily.com${body}`);
    expect(calendars.facts).toMatchObject({ publishedAt: '2025-02-21', outlet: 'Port Daily' });
    // an update's date, when it is the only one, dates the article only as an update does
    expect(facts('Port desk | Last update 4 March 2024 | 3 min read').publishedAt).toBe('2024-03-04');
    const block = analyseDocument(`Harbour Digest\nNow you can see non-English news in English\n\nFerry fares rise\nPort Daily - 03/02/2025, 14:25 WIB\nSource: portdaily.com${body}`);
    expect(block.facts).toMatchObject({ publishedAt: '2025-02-03', title: 'Ferry fares rise' });
  });

  it('when a header block holds a date line no rule reads, then its "Source:" line still names the outlet', () => {
    const text = 'Colombia News English\nNow you can read the news of Colombia in English\n\n' +
      '"We will not stop": mayor of Medellín on the cable\nTuesday, 14 of May of 2024 - 07:35 a. m.\nSource: eltiempo.com\n\nThe mayor assured this Monday that the works go on.';
    expect(analyseDocument(text).facts).toMatchObject({ outlet: 'El Tiempo', title: '"We will not stop": mayor of Medellín on the cable' });
  });

  it('when HTML is given, then its meta tags take precedence', () => {
    const html = '<html lang="de-DE"><head><title>Ignored</title><meta property="og:title" content="Brücke &amp; Hafen">' +
      '<meta property="article:published_time" content="2024-01-02T10:00:00Z"><meta property="og:site_name" content="Nordblatt"></head></html>';
    const { facts } = analyseDocument('Some plain text about a bridge.', html);
    expect(facts.title).toBe('Brücke & Hafen');
    expect(facts.publishedAt).toBe('2024-01-02T10:00:00Z');
    expect(facts.outlet).toBe('Nordblatt');
    expect(facts.language).toBe('de');
  });
});

describe('analyseDocument aggregator notices', () => {
  it('when the aggregator words its notice otherwise ("foreign-language news in English"), then the article is translated and the line above names the aggregator', () => {
    const text = 'The World Mirror\nNow you can read foreign-language news in English...\nPort strike ends after three weeks\n2023-11-14T09:12:40.511Z\n' +
      'The dock workers accepted the offer on Monday.';
    expect(analyseDocument(text).facts).toMatchObject({ translated: true, republishedBy: 'The World Mirror', title: 'Port strike ends after three weeks' });
    expect(analyseDocument('Port news\n\nArticles machine-translated into English from the original.\n\nThe strike ended.').facts.translated).toBe(true);
    // a sentence about news in English is no notice
    expect(analyseDocument('Port news\n\nThe dock workers said they read the news every morning before work, mostly on their phones.').facts.translated).toBe(false);
  });
});

describe('analyseDocument site clutter', () => {
  it('when navigation, promotion and footer lines surround the article, then exactly they are clutter', () => {
    const doc = analyseDocument(AGGREGATED);
    const clutter = lines(AGGREGATED, doc.paragraphs.filter((p) => p.boilerplate));
    expect(clutter).toEqual([
      'The Daily Relay', 'Daily picks of non-English news, translated for you...', '2023-03-14T08:30:00.000Z', 'To discover',
      '• Follow port news by the hour in our newsletter', 'Read also Why the port matters to the region', 'Source: lemonde',
      'All news articles on 2023-03-14', 'You may like', 'Trends 24h', '© Relay Media 2021 - Privacy - Terms',
      'Articles here are collected from external sources and shown as published.',
    ]);
  });

  it('when a list heading writes its hours out ("Trends 24 hours") over other articles\' headlines, then the block is clutter and names no speaker', () => {
    const text = 'Embroidery\n\nThe county opened an embroidery school.\n\nTrends 24 hours\nThe Mid-Autumn Festival railway tickets start selling today\n' +
      'Shanghai: the new metro line will open at the end of the month\n\nThe teacher smiled and answered: “Yes, but you have to wait until next spring.”';
    const doc = analyseDocument(text);
    expect(lines(text, doc.paragraphs.filter((p) => p.boilerplate))).toEqual([
      'Trends 24 hours\nThe Mid-Autumn Festival railway tickets start selling today\nShanghai: the new metro line will open at the end of the month',
    ]);
    expect(extract({ text }).claims.map((c) => c.speaker)).not.toContain('Mid-Autumn Festival');
  });

  it('when a paragraph only starts like a heading word, then it stays article text', () => {
    const text = 'Latest figures show the river has risen by two metres since Sunday, the agency said.';
    expect(analyseDocument(text).paragraphs[0]!.boilerplate).toBe(false);
  });

  it('when clutter is flagged, then paragraph offsets still point into the original text', () => {
    const doc = analyseDocument(AGGREGATED);
    for (const p of doc.paragraphs) expect(AGGREGATED.slice(p.start, p.end).trim().length).toBeGreaterThan(0);
    expect(AGGREGATED.slice(doc.paragraphs[0]!.start, doc.paragraphs[0]!.end)).toBe('The Daily Relay');
  });
});

describe('splitParagraphs', () => {
  it('when blank lines hold spaces or come several in a row, then no empty paragraph is made', () => {
    const text = 'One.\n \n\n\nTwo.\n\t\nThree.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('when a single line break sits inside a paragraph, then the paragraph is not cut', () => {
    expect(splitParagraphs('First line\nsecond line')).toHaveLength(1);
  });
});

describe('outletDisplayName', () => {
  it.each([
    ['lecourant', 'Le Courant'],
    ['natl-ledger', 'National Ledger'],
    ['intl-courier', 'International Courier'],
    ['kvt', 'KVT'],
    ['west-harbour-times', 'West Harbour Times'],
    ['theguardian.com', 'The Guardian'],
    ['eveningstandard', 'Evening Standard'],
    ['leader', 'Leader'],
    ['ostravsky.cz', 'Ostravsky'],
    ['harbourpost.co.pt', 'Harbour Post'],
    ['news.am', 'News.am'],
    ['Harbour Courier (harbourcourier.pt)', 'Harbour Courier'],
    ['HBZ (hbz-online.de)', 'HBZ'],
    ['g1.globo.com/mg/minas-gerais', 'G1 Globo'],
    ['regional.kompas.com', 'Kompas'],
  ])('when the handle is %s, then the display name is %s', (handle, name) => {
    expect(outletDisplayName(handle)).toBe(name);
  });
});

describe('site clutter: a breadcrumb trail', () => {
  it('when a line is a trail of short steps between spaced guillemets ("Home » Region » Town"), then it is clutter and its guillemets quote nothing', () => {
    const text = 'State News Hub\n\nHome » Coastal Region » Port Town\n\nRiver crossed the danger mark\n\nThe rain has fallen for four days, the district office said.';
    const doc = analyseDocument(text);
    expect(doc.paragraphs.filter((p) => p.boilerplate).map((p) => text.slice(p.start, p.end))).toContain('Home » Coastal Region » Port Town');
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect')).toEqual([]);
    // a line of French typography with spaced guillemets is no trail
    expect(analyseDocument('« Nous » et « vous » , dit-il.\n\nLa suite.').paragraphs[0]!.boilerplate).toBe(false);
  });
});

describe('a related story under a broadcaster’s label', () => {
  it('when a line reads "MORE: Trump calls ruling “a disgrace”", then it is clutter and its marks are no claim', () => {
    const text = 'Court rules\n\nThe judge Ana Ruiz ruled on Monday. “The law is clear,” she said.\n\nMORE: Trump calls ruling “a disgrace”\n\nThe appeal is due in May.';
    expect(extract({ text }).claims.map((c) => c.text)).toEqual(['The law is clear,']);
  });

  it('when lines are labelled "LISTEN:", "WATCH |", "RECOMMENDED:", "Editor’s picks:", "Sponsored:" or "Tags:", then none yields a claim', () => {
    const labelled = ['LISTEN: Biden says “we will not back down”', 'WATCH | Zelensky: “We will win”', 'RECOMMENDED: Putin: “The West lies”',
      'Editor’s picks: “I will run again,” says Trump', 'Sponsored: “Best deal of the year” on new cars', 'Tags: court, “law and order”, Ruiz'];
    const text = `Court rules\n\nThe judge Ana Ruiz ruled on Monday. “The law is clear,” she said.\n\n${labelled.join('\n\n')}\n\nThe appeal is due in May.`;
    expect(extract({ text }).claims.map((c) => c.text)).toEqual(['The law is clear,']);
  });
});
