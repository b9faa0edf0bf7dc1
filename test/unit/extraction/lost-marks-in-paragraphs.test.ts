import { extract } from '../../../server/extraction';
import { nounGender } from '../../../server/extraction/attribution/gloss';
import { claimsOf, glossed, LEADS } from '../../support/glosses';

/** Each claim as [its words, its kind, its speaker]. */
const kindsOf = (text: string) => extract({ text }).claims.map((c) => [c.text, c.kind, c.speaker]);

const ENGLISH = 'The hospital board met on Monday to discuss the winter plan, the budget and the new wing, after a month of delays.\n\n';
const { it: ITALIAN, pt: PORTUGUESE, es: SPANISH } = LEADS;

describe('a speaker\'s label inside a paragraph, its words with no marks', () => {
  it('when a sentence opens on the surname of someone named before and a colon, then the rest of the paragraph is theirs', () => {
    expect(kindsOf(`${ENGLISH}The chief executive, John Harper, rejected the picture of a hospital in chaos. Harper: We have opened twenty ` +
      'beds this week. Fifteen more will follow by Friday.')).toEqual([
      ['We have opened twenty beds this week. Fifteen more will follow by Friday', 'unmarked', 'John Harper'],
    ]);
    expect(claimsOf(`${ITALIAN}Il direttore generale, Antonio Esposito, respinge le critiche dei sindacati. Esposito: La situazione è ` +
      'difficile ma sotto controllo, abbiamo aperto venti posti letto.')).toEqual([
      ['La situazione è difficile ma sotto controllo, abbiamo aperto venti posti letto', 'Antonio Esposito', null],
    ]);
  });

  it('when the label opens its line, names no one the article named before, or its words are in marks, then this rule claims nothing', () => {
    // (a line of its own under a label is an interview's or a transcript's: the paper's questions are labelled so too)
    expect(claimsOf(`${ENGLISH}The chief executive, John Harper, answered our questions.\nHarper: Nobody was turned away at the door.`)).toEqual([]);
    // ("Update:", a place before a colon: no one the article named)
    expect(claimsOf(`${ENGLISH}The board will meet again next week. Update: The meeting was moved to the town hall on Friday.`)).toEqual([]);
    // (words in marks after the label are a quotation, read once, with its marks)
    expect(kindsOf(`${ENGLISH}The chief executive, John Harper, rejected the picture. Harper: “We have opened twenty beds this week.”`)).toEqual([
      ['We have opened twenty beds this week.', 'direct', 'John Harper'],
    ]);
  });
});

describe('how plainly someone spoke, then a colon', () => {
  it('when a person "was blunt:" before a capitalised sentence, then the sentence is what they said', () => {
    expect(kindsOf(`${ENGLISH}The residents met the mayor after the flood. Maria Galassi was blunt: We will not wait for another promise, ` +
      'we want the diggers working at night.')).toEqual([
      ['We will not wait for another promise, we want the diggers working at night', 'unmarked', 'Maria Galassi'],
    ]);
  });

  it('when such a word is capitalised ("Chiara", "Clara"), then it is a given name, not glossed', () => {
    expect(glossed('Chiara Bellotti è stata chiara', 'it')).toEqual(['Chiara=chiara', 'Bellotti=bellotti', 'è stata=was', 'chiara=clear']);
    expect(glossed('Clara Nunes foi clara', 'pt').slice(0, 1)).toEqual(['Clara=clara']);
  });

  it('when what "was clear:" is no person ("The message was clear:"), then nothing is claimed', () => {
    expect(claimsOf(`${ENGLISH}The results came in after midnight. The message was clear: Harper up, the board down.`)).toEqual([]);
  });
});

describe('words in the first person closed by their cue, in a Romance language', () => {
  it('when a clause closed by ", disse X" says "my" or "me", then it is the speaker\'s own words, not reported speech', () => {
    expect(kindsOf(`${PORTUGUESE}O empresário Carlos Meireles falou à saída do tribunal. O meu sócio nunca me pediu favores, disse o ` +
      'empresário em declarações à agência Lusa, à porta do tribunal.')).toEqual([
      ['O meu sócio nunca me pediu favores', 'unmarked', 'Carlos Meireles'],
    ]);
    // (the same clause in the third person, as the language reports speech, stays a reported claim)
    expect(kindsOf(`${PORTUGUESE}O empresário Carlos Meireles falou à saída do tribunal. O sócio nunca lhe pediu favores, disse o ` +
      'empresário.')).toEqual([['O sócio nunca lhe pediu favores', 'indirect', 'Carlos Meireles']]);
  });

  it('when the verb alone says "we" ("Vamos", "abbiamo"), then the clause is the speaker\'s own words', () => {
    expect(kindsOf(`${SPANISH}Los trabajadores de la planta siguen frente al portón. Vamos a quedarnos aquí hasta que alguien responda, ` +
      'agregó Bustos, entre aplausos.')).toEqual([
      ['Vamos a quedarnos aquí hasta que alguien responda', 'unmarked', 'Bustos'],
    ]);
  });

  it('when the paragraph opens on such a word ("Mi padre me dijo …"), then its sentences before the cue are the speaker\'s too', () => {
    expect(kindsOf(`${SPANISH}El capitán Nicolás Pereyra marcó el gol del ascenso.\n\nMi padre me dijo en el vestuario que no me hiciera ` +
      'el héroe. Le hice caso a medias, bromeó el capitán.')).toEqual([
      ['Mi padre me dijo en el vestuario que no me hiciera el héroe. Le hice caso a medias', 'unmarked', 'Nicolás Pereyra'],
    ]);
  });

  it('when English words in the first person close on their cue, then they stay reported: English is not read so', () => {
    expect(kindsOf(`${ENGLISH}The treasurer, Ana Ruiz, spoke after the vote. We will repay the bonds in May, Ruiz said.`)).toEqual([
      ['We will repay the bonds in May', 'indirect', 'Ana Ruiz'],
    ]);
  });

  it('when the speaker\'s age closes the sentence (", de 52 anos"), then the cue before it still speaks for them', () => {
    expect(claimsOf(`${PORTUGUESE}No terminal, os passageiros reclamaram do aumento. Eu pego dois ônibus para ir e dois para voltar, ` +
      'disse a diarista Rosângela Ferreira, de 52 anos.')).toEqual([
      ['Eu pego dois ônibus para ir e dois para voltar', 'Rosângela Ferreira', null],
    ]);
  });
});

describe('reported claims around a quotation a scraper cut, and the sources set off before them', () => {
  it('when a closing mark stands alone on its line with no stop, then the next line\'s sentence reports on its own', () => {
    expect(kindsOf(`${ITALIAN}L'assessore Paolo Benedetti ha parlato ai cronisti. «Adesso tocca a noi recuperare il tempo perduto\n»\n` +
      'Benedetti ha aggiunto che il Comune ha chiesto di autorizzare i turni notturni nel cantiere.')).toEqual([
      ['Adesso tocca a noi recuperare il tempo perduto', 'direct', 'Paolo Benedetti'],
      ['il Comune ha chiesto di autorizzare i turni notturni nel cantiere', 'indirect', 'Paolo Benedetti'],
    ]);
  });

  it('when "said," is followed by the speaker\'s participle ("going on to contrast …"), then that is no claim', () => {
    expect(claimsOf(`${ENGLISH}Sanders said, going on to contrast the two plans for the hospital wing.`)).toEqual([]);
  });

  it('when "stando a" or "a detta di" is fused with its article ("all\'assessora", "del presidente"), then it is "according to"', () => {
    expect(kindsOf(`${ITALIAN}L'assessora Chiara Bellotti ha presentato il piano. Stando all'assessora, il calendario è stato concordato ` +
      'con i Comuni già a marzo.')).toEqual([['il calendario è stato concordato con i Comuni già a marzo', 'indirect', 'Chiara Bellotti']]);
  });

  it('when an Italian office is given "to the" field before a name ("l\'assessora alla Mobilità Chiara Bellotti"), then the name is hers alone', () => {
    expect(claimsOf(`${ITALIAN}L'assessora alla Mobilità Chiara Bellotti ha presentato il piano. «Ci metteremo la faccia», ha detto Bellotti.`))
      .toEqual([['Ci metteremo la faccia', 'Chiara Bellotti', null]]);
  });

  it('when a long description of the source follows its name ("According to X, a biologist at … and a member of …,"), then the claim starts after it', () => {
    expect(kindsOf(`${ENGLISH}According to Natalia Reyes, a biologist at the National University and a member of the “Living Swamp” group, ` +
      'the die-off is only the symptom of a deeper problem.')).toEqual([
      ['the die-off is only the symptom of a deeper problem', 'indirect', 'Natalia Reyes'],
    ]);
    // (a verb in the stretch after the comma makes it the claim: "the mayor of the town resigned" is what the source said)
    expect(kindsOf(`${ENGLISH}According to Ana Ruiz, the mayor of the town will resign, and the council will meet on Friday.`)).toEqual([
      ['the mayor of the town will resign', 'indirect', 'Ana Ruiz'],
      ['the council will meet on Friday', 'indirect', 'Ana Ruiz'],
    ]);
  });

  it('when a person\'s name is set off after the description that opens the source, then the name is the source', () => {
    expect(kindsOf(`${PORTUGUESE}Segundo o director provincial de Terra e Ambiente de Sofala, Jacinto Muianga, o projecto deve servir ` +
      'de modelo para outras cidades costeiras.')).toEqual([
      ['o projecto deve servir de modelo para outras cidades costeiras', 'indirect', 'Jacinto Muianga'],
    ]);
  });

  it('when Spanish "mayor" means greater ("el premio mayor"), then it is no mayor a description could stand for', () => {
    const text = `Película hablada en quechua gana el premio mayor del Festival de Cine de Lima\n\n${SPANISH}La película de la directora ` +
      'ayacuchana Rocío Huamán Quispe se llevó el premio. La cineasta, de 34 años, rodó la cinta en Lucanas. Según la directora, el rodaje ' +
      'duró apenas cinco semanas.';
    const claims = extract({ text }).claims;
    expect(claims.map((c) => c.text)).toEqual(['el rodaje duró apenas cinco semanas']);
    expect(claims[0]!.speaker ?? '').not.toMatch(/premio/);
  });
});

describe('reported claims whose verb has no subject of its own, in a Romance language', () => {
  it('when a verb of speech opens its sentence ("Afirmou ainda que …"), then it reports for the person the sentence before was about', () => {
    expect(kindsOf(`${PORTUGUESE}«A câmara aguarda a decisão do tribunal», disse o autarca Augusto Meireles à RTP. Afirmou ainda que a ` +
      'autarquia reviu todos os procedimentos de contratação pública.')).toEqual([
      ['A câmara aguarda a decisão do tribunal', 'direct', 'Augusto Meireles'],
      ['a autarquia reviu todos os procedimentos de contratação pública', 'indirect', 'Augusto Meireles'],
    ]);
  });

  it('when "conta" or "cuenta" stands right before "que", then it is "tells"; after an article it is the noun', () => {
    expect(glossed('Mbala conta que', 'pt')).toEqual(['Mbala=mbala', 'conta=tells', 'que=that']);
    expect(glossed('A conta que', 'pt')).toEqual(['A=the', 'conta=conta', 'que=that']);
    expect(kindsOf(`${PORTUGUESE}No mercado da Gabela, o comerciante Adão Mbala conta que já começou a comprar café mais barato.`)).toEqual([
      ['já começou a comprar café mais barato', 'indirect', 'Adão Mbala'],
    ]);
  });
});

describe('names in marks in an article left in its own language', () => {
  it('when one capitalised word in marks after an article is the subject of a verb ("les « Mimos » ont"), then it is a name', () => {
    expect(claimsOf('Le club a battu hier son rival en championnat ivoirien, devant huit mille supporters au stade.\n\nMenés à la pause, ' +
      'les « Mimos » ont renversé la situation grâce à un doublé de leur attaquant.')).toEqual([]);
  });

  it('when a body\'s unit ("la cellule") names itself in marks, then the name keeps its own case and is no claim', () => {
    expect(claimsOf('Un immeuble de quatre étages s\'est effondré dans la nuit à Liège, faisant deux blessés légers parmi les ' +
      'locataires.\n\nLa juge renvoie l\'affaire à la cellule « Bâtiments à risque » créée par la Ville l\'an dernier.')).toEqual([]);
  });

  it('when a short name in marks is set off by commas right after a title\'s noun ("Il suo programma, «…»,"), then it is a name', () => {
    expect(claimsOf(`${ITALIAN}La sfidante ha presentato la sua squadra. Il suo programma, «Volley per tutti», punta sui settori giovanili.`))
      .toEqual([]);
    // (after a noun that names no title, the marks may hold someone's words: "Her answer, “Never again”, was short")
    expect(claimsOf(`${ENGLISH}The chief executive, John Harper, was asked about the wing. His answer, “Never again”, was short.`).length).toBe(1);
  });
});

describe('who a description or a verb stands for, past an aside or a copula', () => {
  it('when an aside between dashes stands between a speaker and the verb, then a person the aside names does not speak', () => {
    expect(claimsOf(`${ENGLISH}“We are not against tourism,” said the planning councillor, Andrés Ferrer.\n\nThe opposition spokeswoman, ` +
      'Lucía Ferrer — no relation to the councillor —, called the measure an “electoral patch” and asked for a vote.')).toEqual([
      ['We are not against tourism,', 'Andrés Ferrer', null],
      ['electoral patch', 'Lucía Ferrer', null],
    ]);
    expect(claimsOf(`${ENGLISH}On Friday, Newt Gingrich — named by the paper as the leading choice of the nominee, Donald Trump — told ` +
      'the radio that “you have to look at it very seriously.”')).toEqual([['you have to look at it very seriously.', 'Newt Gingrich', null]]);
  });

  it('when a description says who it is with "is" and another description run into the name, then it stands for that name', () => {
    const text = `${ENGLISH}The councillor for the coast, Ana Machava, presented the plan. “We have no money for walls,” she said.\n\n` +
      'The scientific coordinator of the project is the marine biologist Celso Machava, brother of the councillor.\n\n' +
      '“When the cyclone came, the mangroves held,” the scientific coordinator said.';
    const celso = extract({ text }).speakers.find((s) => s.name === 'Celso Machava');
    expect(celso?.descriptions).toContain('The scientific coordinator of the project');
    expect(claimsOf(text).at(-1)).toEqual(['When the cyclone came, the mangroves held,', 'Celso Machava', null]);
  });
});

describe('the gender a Romance noun of a person says', () => {
  it('when a feminine form has a masculine one glossed alike ("avocate"/"avocat"), then it is feminine; one form for both says nothing', () => {
    expect([nounGender('fr', 'avocate'), nounGender('fr', 'avocat'), nounGender('fr', 'ministre')]).toEqual(['f', 'm', null]);
    expect([nounGender('es', 'directora'), nounGender('it', 'sindaca'), nounGender('it', 'senatrice'), nounGender('pt', 'vereadora')]).toEqual(['f', 'f', 'f', 'f']);
    expect(nounGender('en', 'lawyer')).toBeNull();
  });
});

describe('the paper and the speaker after an inverted verb, their names run together', () => {
  it('when "ha detto al Corriere Fiorentino Lorenzo Baldini" runs the paper into the name, then the paper is the source and he speaks', () => {
    expect(claimsOf(`${ITALIAN}«Per chi scrive una tesi questa biblioteca non ha alternative», ha detto al Corriere Fiorentino Lorenzo ` +
      'Baldini, dottorando in storia medievale.')).toEqual([['Per chi scrive una tesi questa biblioteca non ha alternative', 'Lorenzo Baldini', 'Corriere Fiorentino']]);
  });

  it('when two given names open the person\'s name ("alla Nazione Maria Luisa Rossi"), then the name starts at the first', () => {
    expect(claimsOf(`${ITALIAN}«Servono fondi subito», ha detto alla Nazione Maria Luisa Rossi, assessora al bilancio.`))
      .toEqual([['Servono fondi subito', 'Maria Luisa Rossi', 'Nazione']]);
  });
});

describe('a press noun that points back, as written in its own language', () => {
  it('when "a la agencia" follows "la agencia EFE", then the source is EFE', () => {
    expect(claimsOf(`${SPANISH}La presidenta del club, Alicia Rodríguez, explicó a la agencia EFE que el equipo jugará en otro estadio.\n\n` +
      '«Tenemos seis meses para hacer lo que no se hizo en treinta años», señaló la dirigente a la agencia.').at(-1))
      .toEqual(['Tenemos seis meses para hacer lo que no se hizo en treinta años', 'Alicia Rodríguez', 'EFE']);
  });
});

describe('the programme someone was the guest of', () => {
  it('when the speaker was "ospite di" or "a guest of" a programme, then the programme is the source, small words and all', () => {
    expect(claimsOf(`${ITALIAN}«Nessuno vuole una guerra sui numeri», ha detto Alberto Ricci ospite di Porta a Porta.`))
      .toEqual([['Nessuno vuole una guerra sui numeri', 'Alberto Ricci', 'Porta a Porta']]);
    expect(claimsOf(`${ENGLISH}“The emergency room is the only clinic open at night,” Gennaro Russo said as a guest of Morning Region.`))
      .toEqual([['The emergency room is the only clinic open at night,', 'Gennaro Russo', 'Morning Region']]);
  });
});

describe('a reply given to a paper before a colon', () => {
  it('when a noun of what was said is given "to" a paper before the colon ("gave his reply to Tuttosport:"), then the paper is the source', () => {
    expect(claimsOf(`${ENGLISH}Mario Gallo gave his reply to Tuttosport: “I respect the ruling but I do not share it.”`))
      .toEqual([['I respect the ruling but I do not share it.', 'Mario Gallo', 'Tuttosport']]);
    expect(claimsOf(`${ITALIAN}Di tutt'altro tono Roberto Gallo, il presidente uscente. Gallo ha affidato la sua replica a Tuttosport: «Rispetto la sentenza ma non la condivido»`))
      .toEqual([['Rispetto la sentenza ma non la condivido', 'Roberto Gallo', 'Tuttosport']]);
  });
});

describe('an adjective set after a person\'s noun, before the name', () => {
  it('when a word no gloss reads follows the noun ("la abogada defensora, Inmaculada …"), then the description is hers', () => {
    expect(claimsOf(`${SPANISH}El fiscal Francisco Javier Moreno pidió ocho años de prisión. La abogada defensora, Inmaculada Pérez de Lama, ` +
      'pidió la absolución. En declaraciones a Europa Press, la letrada calificó el caso de "fracaso empresarial".')).toEqual([
      ['fracaso empresarial', 'Inmaculada Pérez de Lama', 'Europa Press'],
    ]);
  });

  it('when it stands right before the name ("o biólogo marinho Celso Machava"), then the description runs into the name', () => {
    const text = `${PORTUGUESE}A vereadora Ana Machava apresentou o plano aos moradores. O coordenador do projecto é o biólogo marinho ` +
      'Celso Machava, irmão da vereadora.\n\n«Os dados estão publicados», disse o biólogo.';
    expect(claimsOf(text)).toEqual([['Os dados estão publicados', 'Celso Machava', null]]);
  });
});
