import { extract } from '../../../server/extraction';
import { detectLanguage } from '../../../server/extraction/text/language';
import { claimsOf, glossed, LEADS } from '../../support/glosses';

const { it: ITALIAN, pt: PORTUGUESE } = LEADS;

describe('word glosses of an article left in Italian or Portuguese', () => {
  it('when an Italian word is elided onto the next ("dell\'ex"), then it is split at the apostrophe and each part read', () => {
    expect(glossed("il presidente dell'ex consorzio", 'it')).toEqual(['il=the', 'presidente=president', "dell'=of", '=the', 'ex=former', 'consorzio=consorzio']);
  });

  it('when "to" and an article are fused before a name ("all\'ANSA", "à Lusa"), then the name is given the words with no article', () => {
    expect(glossed("ha spiegato all'ANSA", 'it')).toEqual(['ha=has', 'spiegato=explained', "all'=to", 'ANSA=ansa']);
    expect(glossed('disse à Lusa', 'pt')).toEqual(['disse=said', 'à=to', 'Lusa=lusa']);
    // (before a common noun the article stays: "to the agency")
    expect(glossed('disse à agência', 'pt')).toEqual(['disse=said', 'à=to', '=the', 'agência=agency']);
  });

  it('when a paper\'s name opens on a press noun after a fused "to the" ("al Giornale di Sicilia"), then the paper is the source', () => {
    expect(glossed('ha detto al Giornale di Sicilia', 'it')).toEqual(['ha=has', 'detto=said', 'al=to', 'Giornale=giornale', 'di=di', 'Sicilia=sicilia']);
    expect(claimsOf(`${ITALIAN}La Città si era costituita parte civile con l'avvocata Ilaria Cascio. «Chiederemo il risarcimento integrale del danno», ` +
      'ha detto Cascio al Giornale di Sicilia.')).toEqual([['Chiederemo il risarcimento integrale del danno', 'Ilaria Cascio', 'Giornale di Sicilia']]);
  });

  it('when "secondo" or "segundo" stands before a person, then it is "according to"; after an article it is the ordinal', () => {
    expect(glossed('Secondo il ministro', 'it')).toEqual(['Secondo=according', '=to', 'il=the', 'ministro=minister']);
    expect(glossed('Segundo ela', 'pt')).toEqual(['Segundo=according', '=to', 'ela=her']);
    expect(glossed('o segundo turno', 'pt')).toEqual(['o=the', 'segundo=segundo', 'turno=turno']);
  });

  it('when an Italian office is given "to" its field ("l\'assessore ai Lavori pubblici"), then it is read as the office "for" it', () => {
    expect(glossed("l'assessore ai Lavori", 'it')).toEqual(["l'=the", 'assessore=councillor', 'ai=for', '=the', 'Lavori=lavori']);
  });

  it('when a noun of a person is an adjective too ("legale", "responsabile"), then it is the person only after an article', () => {
    expect(glossed('il legale della famiglia', 'it').slice(0, 2)).toEqual(['il=the', 'legale=lawyer']);
    expect(glossed("un'azione legale", 'it')).toEqual(["un'=a", 'azione=azione', 'legale=legale']);
  });

  it('when a capitalised particle opens a surname inside a sentence ("il sindaco Di Stefano"), then it is kept as the name\'s', () => {
    expect(glossed('il sindaco Di Stefano', 'it')).toEqual(['il=the', 'sindaco=mayor', 'Di=di', 'Stefano=stefano']);
  });

  it('when a contraction holds an article, then the article stands at the next word\'s start, so evidence never opens on a space', () => {
    const text = `${PORTUGUESE}Na avaliação do urbanista Gustavo Arruda, professor da universidade, a mudança de gestão vai falhar.`;
    const claim = extract({ text }).claims.find((c) => c.speaker === 'Gustavo Arruda');
    expect(claim?.text).toBe('a mudança de gestão vai falhar');
    expect(text.slice(claim!.mention!.start, claim!.mention!.end)).toBe('urbanista Gustavo Arruda');
  });
});

describe('speakers of an article left in Italian', () => {
  it('when the inverted verb is followed by the title and the name, then the named person speaks', () => {
    expect(claimsOf(`${ITALIAN}«Abbiamo aspettato due anni», ha detto il sindaco, Giorgio Ravelli, davanti ai consiglieri.`))
      .toEqual([['Abbiamo aspettato due anni', 'Giorgio Ravelli', null]]);
  });

  it('when the subject is dropped and the words went "to" a paper, then the person the sentence before named speaks, and the paper is the source', () => {
    const text = `${ITALIAN}Sulla stessa linea Giorgia Ferrari, responsabile dell'industria per il sindacato. «Chiediamo un piano sociale degno di questo nome», ha dichiarato al Corriere del Ticino.`;
    expect(claimsOf(text)).toEqual([['Chiediamo un piano sociale degno di questo nome', 'Giorgia Ferrari', 'Corriere del Ticino']]);
  });

  it('when the words went "ai microfoni di" a station, then the station is the source and never the speaker', () => {
    const text = `${ITALIAN}Amaro il commento di Franco Nardini, professore emerito di paleografia. «Non avrei mai pensato di vederlo succedere qui», ha detto ai microfoni di Rai Radio3.`;
    expect(claimsOf(text)).toEqual([['Non avrei mai pensato di vederlo succedere qui', 'Franco Nardini', 'Rai Radio3']]);
  });

  it('when "ha dichiarato:" with no subject opens the quotation, then the person the sentences before were about speaks', () => {
    const text = `${ITALIAN}L'avvocato Carlo Messina ha già annunciato ricorso in appello. Al termine dell'udienza ha dichiarato:\n«\nLeggeremo le motivazioni. ` +
      'Il mio assistito non ha mai preso un euro.\n»';
    expect(claimsOf(text)).toEqual([['Leggeremo le motivazioni. Il mio assistito non ha mai preso un euro.', 'Carlo Messina', null]]);
  });

  it('when a station named after "ai microfoni di" stands before the colon that opens a quotation, then the sentence\'s subject speaks and the station is the source', () => {
    const text = `${ITALIAN}Davide Colombo, segretario del sindacato, è stato netto ai microfoni di Rai Radio1: «Il personale per guidare quei bus non c'è».`;
    expect(claimsOf(text)).toEqual([["Il personale per guidare quei bus non c'è", 'Davide Colombo', 'Rai Radio1']]);
    // (as in English: the station is never the speaker)
    expect(claimsOf('The council approved the plan yesterday, with the votes of the majority.\n\nDavide Colombo, secretary of the union, ' +
      'was sharp on the microphone of Rai Radio1: "The staff is not there."')).toEqual([['The staff is not there.', 'Davide Colombo', 'Rai Radio1']]);
  });

  it('when a name in marks keeps its own sentence case after "il comitato", "il soprannome di" or "ribattezzato dagli infermieri", then it is no claim', () => {
    const text = `${ITALIAN}Il comitato «Scuole aperte Murgia» ha organizzato un presidio. Il presidente uscente si è guadagnato il soprannome di «Doge», ` +
      'e il corridoio, ormai ribattezzato dagli infermieri "la galleria", è pieno, ha detto il sindaco Giorgio Ravelli.';
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text)).toEqual([]);
  });

  it('when an aside between dashes inside the marks drops its subject ("– ha spiegato –", "— afirmou —"), then it cuts the quotation in two, both the speaker\'s', () => {
    const text = `${ITALIAN}Il senatore Alberto Ricci ha ribadito la linea: “La Carta Casa non è un bonus elettorale – ha spiegato – ma una misura strutturale”.`;
    expect(claimsOf(text)).toEqual([['La Carta Casa non è un bonus elettorale', 'Alberto Ricci', null], ['ma una misura strutturale', 'Alberto Ricci', null]]);
    const pt = `${PORTUGUESE}O antigo autarca José Meireles falou à saída do tribunal. «Não houve favorecimento nenhum — afirmou — houve decisões técnicas.»`;
    expect(claimsOf(pt).map(([words]) => words)).toEqual(['Não houve favorecimento nenhum', 'houve decisões técnicas.']);
  });

  it('when a quotation of two sentences closes on a comma after its mark and a verb in the perfect ("», ha attaccato X,"), then X speaks', () => {
    const text = `${ITALIAN}Per i sindacati la chiusura era nell’aria. «Abbiamo chiesto più volte un piano industriale. Oggi scopriamo che la decisione era presa», ` +
      'ha attaccato Renato Pedrazzini, segretario del sindacato.';
    expect(claimsOf(text)).toEqual([['Abbiamo chiesto più volte un piano industriale. Oggi scopriamo che la decisione era presa', 'Renato Pedrazzini', null]]);
  });

  it('when "Per il capogruppo …, X," opens the sentence, then the words in marks in it are X\'s', () => {
    expect(claimsOf(`${ITALIAN}Per il capogruppo della Lega, Davide Colombo, il piano è «un libro dei sogni».`)).toContainEqual(['un libro dei sogni', 'Davide Colombo', null]);
  });

  it('when a name in marks follows "il cosiddetto" or a naming participle, then it is no claim', () => {
    const text = `${ITALIAN}Il progetto, denominato «Ponte Nuovo», e il cosiddetto «bonus cantieri» sono stati approvati, ha detto il sindaco Giorgio Ravelli.`;
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text)).toEqual([]);
  });
});

describe('a sentence after the quotation that says who spoke it', () => {
  it('when "Quien habla es X" or "Quem fala é X" follows the quotation, then X speaks', () => {
    const es = 'Las aguas de la ciénaga amanecieron cubiertas de peces muertos este fin de semana, según los pescadores.\n\n' +
      '“Nunca habíamos visto algo así. Uno tira la atarraya y saca pescado podrido”. Quien habla es Eliécer Pacheco, de 58 años, pescador.';
    expect(claimsOf(es)).toContainEqual(['Nunca habíamos visto algo así. Uno tira la atarraya y saca pescado podrido', 'Eliécer Pacheco', null]);
    const pt = `${PORTUGUESE}“Nunca vimos nada assim. A água subiu numa noite”. Quem fala é Celso Machava, biólogo marinho e professor.`;
    expect(claimsOf(pt)).toContainEqual(['Nunca vimos nada assim. A água subiu numa noite', 'Celso Machava', null]);
  });

  it('when "C\'est en ces termes que X a résumé" follows in a paragraph of its own, then X speaks', () => {
    const text = 'L\'ASEC a battu le Stade d\'Abidjan dimanche et repris seul la première place du championnat à six journées de la fin.\n\n' +
      '« On savait que ce match se jouerait dans la tête. À la mi-temps, je n\'ai pas crié. »\n\n' +
      'C\'est en ces termes que l\'entraîneur de l\'ASEC, Patrice Yao Kouadio, a résumé la rencontre en conférence de presse.';
    expect(claimsOf(text)).toEqual([["On savait que ce match se jouerait dans la tête. À la mi-temps, je n'ai pas crié.", 'Patrice Yao Kouadio', null]]);
  });
});

describe('speakers of an article left in Portuguese', () => {
  it('when an office\'s adjective follows its noun ("o director provincial de Saúde"), then the name set off after the portfolio is the speaker', () => {
    const text = `${PORTUGUESE}O director provincial de Saúde de Nampula, Ilídio Macuácua, garantiu que os centros de tratamento têm capacidade para receber os doentes.`;
    expect(claimsOf(text)).toEqual([['os centros de tratamento têm capacidade para receber os doentes', 'Ilídio Macuácua', null]]);
  });

  it('when a quotation ends on "afirmou" alone, then its speaker is the person the sentence before is about, not a place it names first', () => {
    const text = `${PORTUGUESE}Em entrevista coletiva no Palácio do Campo das Princesas, a governadora Helena Cavalcanti disse que o impasse não pode continuar. “Não existe mais espaço para remendos”, afirmou.`;
    expect(claimsOf(text)).toContainEqual(['Não existe mais espaço para remendos', 'Helena Cavalcanti', null]);
  });

  it('when "considera que" reports a view, then the clause after it is a reported claim of the person', () => {
    const text = `${PORTUGUESE}A economista Teresa Kiala, docente da universidade, considera que o problema é estrutural.`;
    expect(claimsOf(text)).toEqual([['o problema é estrutural', 'Teresa Kiala', null]]);
  });

  it('when a verb that takes an object ("contou") follows the quotation with only where the words went after it, then the person of the sentence before speaks', () => {
    const text = `${PORTUGUESE}No centro de tratamento, a enfermeira Luísa Macuácua trabalha em turnos de 16 horas. "Ontem recebemos 43 doentes. Temos camas para 30", contou à STV.`;
    expect(claimsOf(text)).toEqual([['Ontem recebemos 43 doentes. Temos camas para 30', 'Luísa Macuácua', 'STV']]);
  });

  it('when the words went "à agência Lusa" with no subject after, then the agency is the source and the person the sentence before named speaks', () => {
    const text = `${PORTUGUESE}Para Carla Nhantumbo, coordenadora de emergência da organização, a resposta das autoridades chegou tarde. ` +
      '"Os sinais de alerta estavam lá desde dezembro", disse à agência Lusa.';
    expect(claimsOf(text)).toContainEqual(['Os sinais de alerta estavam lá desde dezembro', 'Carla Nhantumbo', 'Lusa']);
  });

  it('when the words were given "ao nosso jornal", then the page\'s own outlet is the source', () => {
    const text = `Jornal do Planalto\nInício | Política | Economia | Desporto\n\n${PORTUGUESE}«Um intermediário ofereceu-me metade do preço», disse o agricultor Marcelino Ngola ao nosso jornal.`;
    expect(claimsOf(text)).toEqual([['Um intermediário ofereceu-me metade do preço', 'Marcelino Ngola', 'Jornal do Planalto']]);
  });

  it('when a name in marks keeps its own sentence case after "a lista" or a naming participle and who gave the name, then it is no claim', () => {
    const text = `${PORTUGUESE}A lista «Continuidade e confiança» reagiu ao final da manhã. O movimento, batizado pelos próprios grevistas de “Recife parado”, ` +
      'ganhou apoio, e os camionistas chamam «picada da morte» ao troço, disse o deputado João da Silva.';
    expect(extract({ text }).claims.filter((c) => c.kind !== 'indirect').map((c) => c.text)).toEqual([]);
  });

  it('when a name in marks follows "batizado de", then it is no claim', () => {
    const text = `${PORTUGUESE}O deputado João da Silva disse que o plano, batizado de "Tarifa Justa", não tem previsão orçamentária.`;
    expect(extract({ text }).claims.map((c) => c.text)).not.toContain('Tarifa Justa');
  });
});

describe('the head of a page printed in Italian or Portuguese', () => {
  it('when an Italian page uses "la" and "le" more than French ones do, then it is read as Italian', () => {
    expect(detectLanguage('Balerna, la Meccanica chiude e trasferisce la produzione in Slovacchia: la metà dei posti a rischio. La fine è vicina, ' +
      'dice la sindaca, e lo stabilimento resterà vuoto per la prima volta in settant\'anni.')).toBe('it');
  });

  it('when a byline opens on "di" and a date line on "Publicado em", then the writer and the date are read', () => {
    const it = extract({ text: `Ponte chiuso, il sindaco attacca la Regione\n\ndi Marco Ferri | 14 marzo 2025\n\n${ITALIAN}` }).facts;
    expect([it.author, it.publishedAt, it.outlet]).toEqual(['Marco Ferri', '2025-03-14', null]);
    const pt = extract({ text: `Prefeitura anuncia corte na tarifa\n\nPublicado em 14/03/2025 às 19h07\n\n${PORTUGUESE}` }).facts;
    expect(pt.publishedAt).toBe('2025-03-14');
  });

  it('when the site\'s name, menu, section, title and byline are the lines of one paragraph, then the title and the byline are read under the menu', () => {
    const text = `SiciliaCronache.it\nHome | Cronaca | Politica | Economia | Sport\nCRONACA GIUDIZIARIA\nAppalti truccati sulle strade provinciali, sei anni all'ex dirigente\n` +
      `di Marta Giambalvo | 12 marzo 2025, 18:42\n\n${ITALIAN}«Il giudice ha riconosciuto che non si trattava di errori», ha detto la pm Francesca Messina.`;
    const { facts, claims } = extract({ text });
    expect([facts.title, facts.author, facts.publishedAt]).toEqual(["Appalti truccati sulle strade provinciali, sei anni all'ex dirigente", 'Marta Giambalvo', '2025-03-12']);
    expect(claims.map((c) => c.speaker)).toEqual(['Francesca Messina']);
  });

  it('when a section\'s label in capitals is a paragraph of its own over the title, then it is no title', () => {
    const text = `NOTÍCIAS DO TÂMEGA\nInício | Região | Política | Justiça | Economia\n\nJUSTIÇA\n\nEx-autarca de Amarante nega ter favorecido empresa do irmão\n\n${PORTUGUESE}`;
    expect(extract({ text }).facts.title).toBe('Ex-autarca de Amarante nega ter favorecido empresa do irmão');
  });

  it('when the rights line says "Riproduzione riservata" before the site\'s name, then the site is the outlet', () => {
    const { facts } = extract({ text: `${ITALIAN}«Noi non chiudiamo la porta a nessuno», ha detto il sindaco Giorgio Ravelli.\n\n© Riproduzione riservata – CronacheVesuviane.it` });
    expect(facts.outlet).toBe('CronacheVesuviane');
  });
});
