import { extract } from '../../../server/extraction';
import { glossedLanguages } from '../../../server/extraction/attribution/gloss';
import { GLOSSED_LANGUAGES, readsThroughGlosses } from '../../../server/extraction/text/language';
import { claimsOf, glossed } from '../../support/glosses';

describe('word glosses of an article left in French or Spanish', () => {
  it('when a French word is elided onto the next ("l\'AFP", "d\'après"), then it is split at the apostrophe and each part read on its own', () => {
    expect(glossed("Selon l'AFP, d'après le maire", 'fr')).toEqual(['Selon=according', '=to', "l'=the", 'AFP=afp', "d'=according", 'après=to', 'le=the', 'maire=mayor']);
  });

  it('when "de acuerdo con" or "del" is read, then the run keeps its spans and the English words cover it from its end', () => {
    expect(glossed('De acuerdo con el alcalde del pueblo', 'es')).toEqual(['De acuerdo=according', 'con=to', 'el=the', 'alcalde=mayor', 'del=of', '=the', 'pueblo=pueblo']);
  });

  it('when a small word joins a person\'s name ("Charles de Gaulle", "Luis del Río"), then it is kept as the name\'s particle', () => {
    expect(glossed('avec Charles de Gaulle', 'fr')).toEqual(['avec=with', 'Charles=charles', 'de=de', 'Gaulle=gaulle']);
    expect(glossed('dijo Luis del Río', 'es')).toEqual(['dijo=said', 'Luis=luis', 'del=del', 'Río=río']);
    // (an office's "of" is read as "of": the word before it is a gloss, not a name)
    expect(glossed('la Présidente de la République', 'fr')).toEqual(['la=the', 'Présidente=president', 'de=of', 'la=the', 'République=république']);
  });

  it('when a participle of speech follows an article ("le prévenu"), then it is read as a noun, not as the verb', () => {
    expect(glossed('il a prévenu le prévenu', 'fr')).toEqual(['il=he', 'a=has', 'prévenu=warned', 'le=the', 'prévenu=defendant']);
  });

  it('when the article is English, or in a language with no glosses, then no word changes', () => {
    expect(glossed('le maire a dit', 'en')).toEqual(['le=le', 'maire=maire', 'a=a', 'dit=dit']);
    expect(glossed('der Bürgermeister hat gesagt', 'de')).toEqual(['der=der', 'Bürgermeister=bürgermeister', 'hat=hat', 'gesagt=gesagt']);
  });
});

describe('speakers of an article left in French', () => {
  const intro = 'Le gouvernement a présenté mardi son projet de budget devant les députés, et la majorité a salué le texte.\n\n';

  it('when a title and the name set off after it follow the inverted verb, then the named person speaks, not the title\'s first word', () => {
    expect(claimsOf(`${intro}« Nous irons jusqu'au bout », a déclaré le Premier ministre, Michel Darrieux, devant l'Assemblée.`))
      .toEqual([["Nous irons jusqu'au bout", 'Michel Darrieux', null]]);
  });

  it('when "Selon" or "D\'après" introduces a person, then a quotation in that sentence is theirs', () => {
    const [claim] = claimsOf(`${intro}Selon l'économiste Thomas Lerouge, la réforme « ne réglera rien ».`).filter(([, , ]) => true);
    expect(claim).toEqual(['ne réglera rien', 'Thomas Lerouge', null]);
    expect(claimsOf(`${intro}D'après la juge Anne Vidal, le dossier « est vide ».`)).toContainEqual(['est vide', 'Anne Vidal', null]);
  });

  it('when "Il a ajouté :" opens the next quotation, then "il" is the man named before, not the next speaker', () => {
    const text = `${intro}Selon l'économiste Thomas Lerouge, la réforme « ne réglera rien ». Il a ajouté : « Les comptes resteront dans le rouge. »\n\n` +
      '« C\'est une provocation », a réagi Sophie Marin, secrétaire générale du syndicat.';
    expect(claimsOf(text)).toContainEqual(['Les comptes resteront dans le rouge.', 'Thomas Lerouge', null]);
    expect(claimsOf(text)).toContainEqual(["C'est une provocation", 'Sophie Marin', null]);
  });

  it('when the speaker was "interrogé par" or spoke "à" an agency, then the agency is the source', () => {
    expect(claimsOf(`${intro}« C'est une provocation », a réagi Sophie Marin, interrogée par l'AFP.`)).toEqual([["C'est une provocation", 'Sophie Marin', 'AFP']]);
  });

  it('when the words were given "au micro de" a station, then the station is the source', () => {
    expect(claimsOf(`${intro}« Je dédie ces buts à ma mère », a confié l'attaquant Koné au micro de la RTI.`)).toEqual([['Je dédie ces buts à ma mère', 'Koné', 'RTI']]);
  });

  it('when a description stands for a person named before ("la syndicaliste"), then the quotation is that person\'s', () => {
    const text = `${intro}« C'est une provocation », a réagi Sophie Marin, syndicaliste et élue locale.\n\nLa syndicaliste a promis « une mobilisation massive ».`;
    expect(claimsOf(text)).toContainEqual(['une mobilisation massive', 'Sophie Marin', null]);
  });
});

describe('speakers of an article left in Spanish', () => {
  const intro = 'El Gobierno presentó este martes su plan contra la sequía ante el Congreso, y la oposición criticó el texto.\n\n';

  it('when a title and the name set off after it follow "dijo", then the named person speaks', () => {
    expect(claimsOf(`${intro}«No vamos a dejar a nadie atrás», dijo la ministra de Agricultura, Sara Lozano, en Madrid.`))
      .toEqual([['No vamos a dejar a nadie atrás', 'Sara Lozano', null]]);
  });

  it('when "Según" or "De acuerdo con" introduces a person, then the reported claim and the quotation in that sentence are theirs', () => {
    const claims = claimsOf(`${intro}Según el presidente de los regantes, Andrés del Campo, las medidas llegan tarde.\n\n` +
      'De acuerdo con el consejero de Agricultura, Jaime Pérez, el plan cubrirá "a más de diez mil explotaciones".');
    expect(claims).toContainEqual(['las medidas llegan tarde', 'Andrés del Campo', null]);
    expect(claims).toContainEqual(['a más de diez mil explotaciones', 'Jaime Pérez', null]);
  });
});

describe('names in marks of an article left in French or Spanish', () => {
  const kinds = (text: string) => extract({ text }).claims.map((c) => c.text);
  const intro = 'Le conseil municipal a voté le budget mardi soir, et la majorité a salué un texte équilibré pour la ville.\n\n';
  const introEs = 'El pleno municipal aprobó este martes el presupuesto, y la mayoría celebró un texto equilibrado para la ciudad.\n\n';

  it('when a participle of naming stands before the marks ("baptisée", "denominada", "el llamado"), then they hold a name, no claim', () => {
    expect(kinds(`${intro}L'enquête, baptisée « Champ clair », avait été ouverte en mars.`)).toEqual([]);
    expect(kinds(`${introEs}La investigación, denominada "Operación Acueducto", sigue abierta.`)).toEqual([]);
    expect(kinds(`${introEs}El más grande, el llamado “tanque madre”, está en el patio.`)).toEqual([]);
  });

  it('when "como" or "comme" follows a participle of knowing, then the marks hold what the thing is known as', () => {
    expect(kinds(`${introEs}Juega en su cancha, conocida por los hinchas como «La Caldera».`)).toEqual([]);
  });

  it('when a French or Spanish article and a naming noun frame capitalised words in marks, then they hold a name', () => {
    expect(kinds(`${intro}La coordinatrice de l'ONG « Mer et Vie » était présente, et la fête a gagné le « Virage Rouge ».`)).toEqual([]);
  });

  it('when a participle of naming is a verb with its own subject ("a dit « … »"), then the marks still hold words said', () => {
    expect(kinds(`${intro}Le maire a dit « nous tiendrons nos promesses » devant le conseil.`)).toEqual(['nous tiendrons nos promesses']);
  });
});

describe('a Spanish quotation closed by "Lo decía" and its speaker', () => {
  const intro = 'Cientos de vecinos se concentraron ayer frente al ayuntamiento para pedir más viviendas públicas.\n\n';

  it('when "Lo" and a verb of speech open the next paragraph, then the name after the verb (past how the words were said) speaks', () => {
    const speakerOf = (text: string) => extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker;
    expect(speakerOf(`${intro}«Nos están echando del centro»\n\nLo decía con la pancarta todavía en la mano Vicenta Martí, vecina del barrio.`)).toBe('Vicenta Martí');
    expect(speakerOf(`${intro}«Yo tengo 80 años y no lo iba a ver»\n\nLo decía, entre lágrimas, Washington Suárez, socio del club.`)).toBe('Washington Suárez');
  });
});

describe('the head of a page printed in French or Spanish', () => {
  const body = 'Le conseil municipal a voté mardi le budget de la ville, et la majorité a salué un texte équilibré.\n\n' +
    '« Nous tiendrons nos promesses », a déclaré la maire, Anne Vidal, devant le conseil.';

  it('when a section label stands over the title in one paragraph, then the line under it is the title', () => {
    const { facts } = extract({ text: `Le Courrier du Lac\nAccueil | Politique | Économie | Sport\n\nPolitique\nBudget : la majorité salue un texte équilibré\n\n${body}` });
    expect(facts.title).toBe('Budget : la majorité salue un texte équilibré');
  });

  it('when the title under a section label holds a quotation, then the label ("Justice") speaks for no quotation', () => {
    const text = 'Rennes Matin\nAccueil | Actualité | Justice | Économie | Sport\n\nJustice\nFraude aux aides agricoles : « Je n\'ai jamais touché un centime », jure l\'ancien président de la coopérative\n\n' +
      'Le procès de Yannick Le Goff, ancien président de la coopérative, s\'est ouvert jeudi devant le tribunal de Rennes. Le sexagénaire est soupçonné d\'avoir détourné des aides.\n\n' +
      '« Je n\'ai jamais touché un centime », a lancé d\'emblée le prévenu, costume sombre, face à la présidente du tribunal, Hélène Marchadier.';
    const { claims } = extract({ text });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.speaker)).not.toContain('Justice');
  });

  it('when the page\'s menu is spaced out by runs of spaces rather than bars, then it is site clutter and names no speaker', () => {
    const text = 'Diario Cordillera\nInicio   Región   País   Economía   Deportes   Opinión\n\nLista de espera supera los 48 mil pacientes\n\n' +
      'El dato fue confirmado este sábado por la seremi de Salud, Paula Echeverría, quien reconoció que la red "no ha logrado recuperar el ritmo".';
    const { claims, boilerplate } = extract({ text });
    expect(boilerplate[0]).toEqual({ start: 0, end: text.indexOf('\n\n') });
    expect(claims.map((c) => c.speaker)).not.toContain('Inicio   Región   País   Economía   Deportes   Opinión');
  });

  it('when a byline opens on "Par" or "Por", then the writer is read, the parts with figures give the date, and no part is an outlet', () => {
    const fr = extract({ text: `Budget : la majorité salue un texte équilibré\n\nPar Gaëlle Kerhervé | Lyon | Publié le 14/03/2025 à 19h07 | Mis à jour le 14/03/2025 à 21h15\n\n${body}` }).facts;
    expect([fr.author, fr.publishedAt, fr.outlet]).toEqual(['Gaëlle Kerhervé', '2025-03-14', null]);
    const es = extract({ text: `Budget : la majorité salue un texte équilibré\n\nPor Nuria Sanchis | Valencia | 14/03/2025 - 19:52 h | Actualizado: 14/03/2025 - 21:10 h\n\n${body}` }).facts;
    expect([es.author, es.publishedAt, es.outlet]).toEqual(['Nuria Sanchis', '2025-03-14', null]);
  });

  it('when a date line is labelled "Publié le" or "Publicado el", and an update follows it, then the publication date is read', () => {
    const { facts } = extract({ text: `Budget : la majorité salue un texte équilibré\n\nPublié le 22 octobre 2025, 16:40 | Modifié le 22 octobre 2025, 18:05\n\n${body}` });
    expect(facts.publishedAt).toBe('2025-10-22');
  });
});

describe('which languages are read through glosses', () => {
  it('when the pages ask which languages are glossed, then they are exactly those the engine has glosses for, whatever the region subtag', () => {
    expect([...GLOSSED_LANGUAGES].sort()).toEqual(glossedLanguages().sort());
    expect([readsThroughGlosses('fr'), readsThroughGlosses('es-MX'), readsThroughGlosses('FR-ca'), readsThroughGlosses('it'), readsThroughGlosses('pt-BR'),
      readsThroughGlosses('de'), readsThroughGlosses('en')]).toEqual([true, true, true, true, true, false, false]);
  });
});

describe('people named by a title or a specialist\'s noun in French and Spanish', () => {
  const speakerOf = (text: string, quote: string) => extract({ text }).claims.find((c) => c.text === quote)?.speaker;

  it('when "la Dre" titles a doctor and "l\'urgentologue" stands for her, then her quotations are hers, not the paper she spoke to', () => {
    const text = 'Le service des urgences déborde depuis des semaines à Laval, selon le personnel soignant.\n\n' +
      '« On soigne des patients dans les corridors », dénonce la Dre Catherine Bélanger, qui a confié ses craintes à Info Laval.\n\n' +
      'Certaines nuits, deux médecins seulement assurent la garde, affirme l\'urgentologue. « Les gens attendent quinze heures », ajoute-t-elle.';
    expect(speakerOf(text, 'On soigne des patients dans les corridors')).toBe('Catherine Bélanger');
    expect(speakerOf(text, 'Les gens attendent quinze heures')).toBe('Catherine Bélanger');
  });

  it('when "quotidien" is everyday life, not a daily paper, then a description of it names no venue', () => {
    const text = 'Le service des urgences déborde, a confié la Dre Catherine Bélanger à Info Laval.\n\nElle décrit un quotidien devenu intenable :\n\n' +
      '« Quand je commence mon quart, je sais que je ne verrai pas tout le monde. »';
    expect(speakerOf(text, 'Quand je commence mon quart, je sais que je ne verrai pas tout le monde.')).toBe('Catherine Bélanger');
  });
});

describe('a setting between an inverted verb and the speaker\'s description', () => {
  it('when common nouns of a setting come before "the councillor of …, Name", then the councillor speaks (English, and Spanish glossed)', () => {
    const speakerOf = (text: string) => extract({ text }).claims[0]?.speaker;
    expect(speakerOf('The council approved the moratorium in Valencia and Russafa on Tuesday.\n\n"We are not against tourism," said during the debate the councillor of Urbanismo, Andres Ferrer.'))
      .toBe('Andres Ferrer');
    expect(speakerOf('El pleno aprobó la moratoria en Valencia y Russafa este martes.\n\n«No estamos en contra del turismo», defendió durante el debate el concejal de Urbanismo, Andrés Ferrer.'))
      .toBe('Andrés Ferrer');
  });
});

describe('a Spanish verb of speech whose subject is dropped', () => {
  const intro = 'El Gobierno presentó este martes su plan contra la sequía ante el Congreso, y la oposición criticó el texto.\n\n';
  const claimOf = (text: string, quote: string) => extract({ text }).claims.find((c) => c.text === quote);

  it('when "afirmó en declaraciones a Europa Press" follows a quotation, then the agency is not the speaker', () => {
    const claim = claimOf(`${intro}Según el presidente de los regantes, Andrés Campo, las medidas llegan tarde. "Llevamos dos años pidiendo ayudas", afirmó en declaraciones a Europa Press.`,
      'Llevamos dos años pidiendo ayudas');
    expect(claim?.speaker).not.toBe('Europa Press');
  });

  it('when the person comes after whom the words were given to ("dijo a este medio Rosalba Camacho"), then she speaks', () => {
    expect(claimOf(`${intro}"El agua sigue sin llegar", dijo a este medio Rosalba Camacho, integrante del comité vecinal.`, 'El agua sigue sin llegar')?.speaker)
      .toBe('Rosalba Camacho');
  });
});

describe('"Pour X," and "Para X," opening a sentence on a person\'s view', () => {
  const intro = 'Les ouvriers de la manufacture ont appris la nouvelle mardi matin, et la colère montait dans les ateliers.\n\n';

  it('when "Pour" or "Para" opens on a name, a pronoun or a person\'s noun, then the sentence is that person\'s reported claim', () => {
    const reported = (text: string) => extract({ text }).claims.filter((c) => c.kind === 'indirect').map((c) => [c.speaker, c.cue]);
    expect(reported(`${intro}Pour Laurence Chappuis, la direction a menti aux salariés pendant des mois.`)).toEqual([['Laurence Chappuis', 'according to']]);
    expect(reported('El tribunal dictó sentencia el lunes contra el exdirector de obras públicas del municipio.\n\nLa fiscal Teresa Anaya Ruiz presentó el caso. Para la fiscal, la recuperación del dinero es tan importante como la condena.'))
      .toEqual([['Teresa Anaya Ruiz', 'according to']]);
  });

  it('when "Pour" opens on no person ("Pour la première fois"), then nothing is reported', () => {
    expect(extract({ text: `${intro}Pour la première fois, la direction a fermé les ateliers pendant une semaine entière.` }).claims).toEqual([]);
  });
});

describe('Spanish descriptions of office holders', () => {
  it('when "el mandatario" or "el titular de" stands for an office holder named before, then the quotation is theirs', () => {
    const text = 'Las lluvias dejaron miles de damnificados en el norte del departamento durante el fin de semana.\n\n' +
      'El gobernador del Cesar, Andrés Meza Quintero, declaró la calamidad pública en los municipios ribereños.\n\n' +
      '“Vamos a atender la emergencia humanitaria”, dijo el mandatario departamental.';
    expect(extract({ text }).claims.find((c) => c.kind === 'direct')?.speaker).toBe('Andrés Meza Quintero');
  });
});

describe('a paper named before the colon that opens the words', () => {
  it('when "Elle a détaillé ses reproches à La Marseillaise :" opens the quotation, then the paper is its source', () => {
    const text = 'La pièce sur la grève des dockers de 1950 divise les familles du quartier depuis sa première au théâtre.\n\n' +
      'Marie-Jo Santoni, fille d\'un docker gréviste, juge la pièce injuste. Elle a détaillé ses reproches à La Marseillaise :\n\n' +
      '« Mon père n\'a jamais parlé comme ça. Il n\'a jamais insulté un contremaître. »';
    expect(claimsOf(text)).toContainEqual(["Mon père n'a jamais parlé comme ça. Il n'a jamais insulté un contremaître.", 'Marie-Jo Santoni', 'La Marseillaise']);
  });
});
