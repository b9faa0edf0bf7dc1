/**
 * Word glosses for articles left in French, Spanish, Italian or Portuguese: the words attribution reads (articles,
 * prepositions, verbs of speech, titles, "selon" / "según" / "secondo" / "segundo") are given the key of their English
 * word, so the rules written for English news, and for the word-for-word English of machine translations from these
 * languages, read "« … », a déclaré le ministre de l'Intérieur, X" as they read "«…», has declared the minister of the
 * Interior, X". Only keys change: every token keeps its span, so names, evidence and cues are still shown as the
 * article writes them.
 *
 * A gloss never touches an English article: `glossTokens` runs only when the article's own words are in one of these
 * languages (`detectLanguage`).
 */

import { isPersonNoun, SPEECH_VERBS } from './lexicon';
import { K, regloss, wordToken, type Tok } from './tokens';

type Gloss = string | readonly string[];

/**
 * Verbs of speech and reporting, by stem and conjugation: "stem:english past,english present". A French verb in -er
 * gives its participle ("déclaré", the perfect tense's auxiliary glossed "has") and its imperfect ("déclarait") the
 * English past; a Spanish verb in -ar gives its preterite ("declaró"), participle ("declarado") and imperfect
 * ("declaraba") the past, one in -er or -ir the same in "-ió", "-ido", "-ía". Present tenses and irregular verbs are
 * listed whole below, and only where the form is not also a common noun ("la note", "la cuenta", "la demande").
 */
const FRENCH_ER = `déclar:declared affirm:affirmed ajout:added expliqu:explained estim:estimated indiqu:indicated soulign:stressed
  assur:assured confi:confided précis:specified insist:insisted dénonc:denounced annonc:announced rappel:recalled martel:insisted
  regrett:regretted racont:recounted témoign:testified comment:commented observ:observed déplor:deplored lanc:said résum:said
  confirm:confirmed plaid:pleaded tweet:tweeted répliqu:replied rétorqu:retorted détaill:specified soupir:sighed jur:vowed
  souffl:whispered gliss:said répét:repeated qualifi:called accus:accused exclam:exclaimed demand:asked lâch:said ironis:joked
  plaisant:joked relev:noted constat:noted avou:admitted murmur:whispered signal:indicated rapport:reported relat:recounted
  évoqu:mentioned mentionn:mentioned garant:assured exhort:urged protest:protested contest:denied justifi:explained
  interpell:asked tonn:thundered nu:denied renchér:added prévin:warned insist:insisted confess:confided argument:argued
  alert:warned reconn:acknowledged développ:elaborated résum:said précis:specified exprim:spoke`;
const FRENCH_FORMS = `dit:said disait:said écrit:wrote écrivait:wrote répondu:answered répondait:answered reconnu:acknowledged
  reconnaissait:acknowledged promis:promised promettait:promised prévenu:warned prévenait:warned averti:warned avertissait:warned
  réagi:reacted réagissait:reacted poursuivi:continued poursuivait:continued démenti:denied admis:admitted admettait:admitted
  conclu:concluded concluait:concluded souri:said souriait:said décrit:described décrivait:described nié:denied renchéri:added
  interrogé:interviewed interrogée:interviewed interrogés:interviewed interrogées:interviewed cité:quoted citée:quoted cités:quoted
  contacté:contacted contactée:contacted joint:reached jointe:reached sollicité:contacted sollicitée:contacted
  déclare:declares affirme:affirms ajoute:adds explique:explains estime:estimates indique:indicates souligne:stresses
  assure:assures confie:confides précise:specifies poursuit:continues insiste:insists dénonce:denounces raconte:recounts
  témoigne:testifies observe:observes reconnaît:acknowledges regrette:regrets prévient:warns avertit:warns résume:says
  rappelle:recalls annonce:announces répond:answers commente:comments martèle:insists déplore:deplores confirme:confirms
  admet:admits conclut:concludes sourit:says soupire:sighs répète:repeats détaille:specifies ironise:jokes tranche:says
  réplique:replies rétorque:retorts avoue:admits renchérit:adds réagit:reacts relate:recounts murmure:whispers
  ajoutant:adding disant:saying soulignant:noting rappelant:noting`;

const SPANISH_AR = `afirm:affirmed asegur:assured señal:noted explic:explained agreg:added indic:indicated subray:stressed
  puntualiz:specified declar:declared manifest:stated expres:stated coment:commented precis:specified denunci:denounced
  lament:lamented destac:stressed record:recalled anunci:announced consider:estimated opin:estimated relat:recounted
  confes:confided apunt:noted remarc:stressed enfatiz:stressed critic:criticized reiter:reiterated estim:estimated
  detall:specified calific:called habl:spoke reclam:demanded rechaz:denied acus:accused brome:joked felicit:praised
  adelant:revealed inform:informed solicit:asked pregunt:asked exclam:exclaimed insist:insisted argument:argued alert:warned
  aclar:clarified matiz:said zanj:said sentenci:said cuestion:asked replic:replied contest:answered lanz:said espet:retorted
  susurr:whispered grit:shouted concret:specified resalt:stressed ratific:confirmed confirm:confirmed reconoc:acknowledged
  neg:denied cont:told`;
const SPANISH_ER_IR = `añad:added insist:insisted admit:admitted respond:answered defend:argued resum:said describ:described
  exig:demanded escrib:wrote promet:promised rebat:retorted advert:warned`;
const SPANISH_FORMS = `dijo:said dice:says decía:said dicho:said sostuvo:maintained sostiene:maintains sostenía:maintained
  sostenido:maintained advirtió:warned advierte:warns reconoció:acknowledged reconoce:acknowledges reconocía:acknowledged
  reconocido:acknowledged concluyó:concluded concluye:concludes pidió:asked pide:asks pedía:asked desmintió:denied niega:denies
  escrito:wrote añade:adds agrega:adds afirma:affirms asegura:assures explica:explains señala:notes indica:indicates
  subraya:stresses sostiene:maintains relata:recounts advierte:warns insiste:insists comenta:comments recuerda:recalls
  lamenta:laments apunta:notes destaca:stresses resume:says describe:describes exige:demands precisa:specifies
  puntualiza:specifies admite:admits responde:answers replica:replies aclara:clarifies denuncia:denounces
  entrevistado:interviewed entrevistada:interviewed consultado:contacted consultada:contacted citado:quoted citada:quoted
  contactado:contacted contactada:contacted habla:speaks añadiendo:adding agregando:adding diciendo:saying señalando:noting
  subrayando:noting recordando:noting`;

/**
 * Italian verbs in -are give their participle ("dichiarato", after "ha" glossed "has"), their preterite ("dichiarò")
 * and imperfect ("dichiarava") the English past; the irregular participles and preterites of the verbs the press
 * uses most ("detto", "disse", "aggiunto", "ammesso") and the present of its reporting ("spiega", "aggiunge") are
 * listed whole, as in French, where the form is not also a common noun ("la replica", "la denuncia", "la nota").
 */
const ITALIAN_ARE = `dichiar:declared afferm:affirmed spieg:explained sottoline:stressed precis:specified replic:replied
  comment:commented assicur:assured tuon:thundered osserv:observed raccont:recounted denunci:denounced annunci:announced
  ricord:recalled confid:confided lament:lamented evidenzi:stressed rimarc:stressed conferm:confirmed attacc:criticized
  ammon:warned esort:urged rivel:revealed segnal:noted illustr:explained puntualizz:specified rassicur:assured accus:accused
  ironizz:joked scherz:joked sbott:snapped esclam:exclaimed domand:asked riport:reported testimoni:testified protest:protested
  argoment:argued stigmatizz:denounced rilev:noted incalz:insisted neg:denied confess:confided sentenzi:said insist:insisted
  elogi:praised critic:criticized chios:concluded consider:considered valut:assessed parl:spoke polemizz:criticized annot:noted
  twitt:tweeted invit:urged sollecit:urged rimprover:criticized contest:denied raccomand:urged`;
const ITALIAN_FORMS = `detto:said disse:said diceva:said dice:says aggiunto:added aggiunse:added aggiunge:adds ammesso:admitted
  ammise:admitted ammette:admits risposto:answered rispose:answered risponde:answers scritto:wrote scrisse:wrote scrive:writes
  ribadito:reiterated ribadì:reiterated ribadiva:reiterated ribadisce:reiterates chiarito:clarified chiarì:clarified
  chiarisce:clarifies avvertito:warned avvertì:warned avverte:warns concluso:concluded concluse:concluded conclude:concludes
  sostenuto:maintained sostenne:maintained sostiene:maintains sosteneva:maintained riconosciuto:acknowledged
  riconobbe:acknowledged riconosce:acknowledges promesso:promised promise:promised promette:promises insistito:insisted
  insistette:insisted insiste:insists smentito:denied smentì:denied smentisce:denies ammonito:warned proseguito:continued
  prosegue:continues riferito:reported riferisce:reports ripetuto:repeated ripete:repeats scandito:said scandisce:says
  spiega:explains sottolinea:stresses precisa:specifies commenta:comments assicura:assures osserva:observes racconta:recounts
  ricorda:recalls afferma:affirms dichiara:declares attacca:criticizes rivela:reveals puntualizza:specifies lamenta:laments
  ammonisce:warns incalza:insists evidenzia:stresses rimarca:stresses esclama:exclaims ironizza:jokes scherza:jokes
  sbotta:snaps chiosa:concludes confida:confides tuona:thunders considera:considers ritiene:considers ritenuto:considered
  parla:speaks parlare:speak chiesto:asked chiese:asked chiede:asks suggerito:suggested suggerì:suggested suggerisce:suggests
  garantito:assured garantì:assured garantisce:assures intervistato:interviewed intervistata:interviewed
  interpellato:contacted interpellata:contacted contattato:contacted contattata:contacted citato:quoted citata:quoted
  sentito:contacted sentita:contacted raggiunto:reached raggiunta:reached
  aggiungendo:adding dicendo:saying sottolineando:noting ricordando:noting`;

/**
 * Portuguese verbs in -ar give their preterite ("afirmou"), participle ("afirmado") and imperfect ("afirmava") the
 * English past, those in -er and -ir theirs in "-eu"/"-iu", "-ido", "-ia"; irregular verbs and the present of
 * reporting ("afirma", "diz") are listed whole, where the form is not also a common noun ("a conta", "a crítica",
 * "o alerta", "a garantia").
 */
const PORTUGUESE_AR = `afirm:affirmed declar:declared explic:explained destac:stressed ressalt:stressed fris:stressed critic:criticized
  lament:lamented sublinh:stressed acrescent:added ressalv:noted pontu:noted observ:observed complet:added
  alert:warned reforç:stressed argument:argued coment:commented relat:recounted sustent:maintained assegur:assured
  denunci:denounced anunci:announced lembr:recalled record:recalled confess:confided desabaf:said brinc:joked
  question:asked pergunt:asked indic:indicated revel:revealed detalh:specified ponder:noted reclam:demanded enfatiz:stressed
  salient:stressed reiter:reiterated ratific:confirmed confirm:confirmed neg:denied acus:accused elogi:praised
  dispar:said explan:explained justific:explained avis:warned retruc:retorted minimiz:said consider:considered aleg:alleged fal:spoke
  inform:informed ironiz:joked apont:noted tuit:tweeted sugest:suggested question:asked adiant:said`;
const PORTUGUESE_ER_IR = `admit:admitted defend:argued advert:warned insist:insisted respond:answered escrev:wrote promet:promised
  reconhec:acknowledged resum:said exig:demanded descrev:described rebat:retorted conclu:concluded esclarec:clarified`;
const PORTUGUESE_FORMS = `disse:said diz:says dizia:said dito:said contou:told avaliou:estimated garantiu:assured garante:assures pediu:asked pede:asks
  afirma:affirms declara:declares explica:explains destaca:stresses ressalta:stresses frisa:stresses lamenta:laments
  sublinha:stresses acrescenta:adds avalia:estimates pontua:notes observa:observes argumenta:argues comenta:comments
  relata:recounts sustenta:maintains assegura:assures lembra:recalls admite:admits defende:argues insiste:insists
  responde:answers reconhece:acknowledges conclui:concludes resume:says revela:reveals reforça:stresses enfatiza:stresses
  considera:considers alega:alleges fala:speaks questiona:asks
  entrevistado:interviewed entrevistada:interviewed ouvido:contacted ouvida:contacted procurado:contacted procurada:contacted
  contactado:contacted contactada:contacted consultado:contacted consultada:contacted citado:quoted citada:quoted
  acrescentando:adding dizendo:saying sublinhando:noting frisando:noting lembrando:noting`;

/** The forms of `spec` (see FRENCH_ER) with their English glosses. */
function conjugated(spec: string, endings: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of spec.split(/\s+/).filter(Boolean)) {
    const [stem, english] = entry.split(':') as [string, string];
    for (const ending of endings) out.push([stem + ending, english]);
  }
  return out;
}

const listed = (spec: string): [string, string][] =>
  spec.split(/\s+/).filter(Boolean).map((entry) => entry.split(':') as [string, string]);

const FRENCH_VERBS: [string, string][] = [...conjugated(FRENCH_ER, ['é', 'ait']), ...listed(FRENCH_FORMS)];
const SPANISH_VERBS: [string, string][] = [...conjugated(SPANISH_AR, ['ó', 'ado', 'aba']), ...conjugated(SPANISH_ER_IR, ['ió', 'ido', 'ía']),
  ...listed(SPANISH_FORMS)];
const ITALIAN_VERBS: [string, string][] = [...conjugated(ITALIAN_ARE, ['ato', 'ò', 'ava']), ...listed(ITALIAN_FORMS)];
const PORTUGUESE_VERBS: [string, string][] = [...conjugated(PORTUGUESE_AR, ['ou', 'ado', 'ava']), ...conjugated(PORTUGUESE_ER_IR, ['eu', 'iu', 'ido', 'ia']),
  ...listed(PORTUGUESE_FORMS)];

const FRENCH: Record<string, Gloss> = {
  le: 'the', la: 'the', les: 'the', "l'": 'the', un: 'a', une: 'a', des: 'of', de: 'of', "d'": 'of', du: ['of', 'the'],
  à: 'to', au: ['to', 'the'], aux: ['to', 'the'], et: 'and', ou: 'or', mais: 'but', que: 'that', "qu'": 'that', qui: 'who',
  dans: 'in', sur: 'on', pour: 'for', par: 'by', avec: 'with', lors: 'during', pendant: 'during', après: 'after', avant: 'before',
  selon: ['according', 'to'], a: 'has', ont: 'have', avait: 'had', est: 'is', sont: 'are', été: 'been', était: 'was', aussi: 'also',
  également: 'also', encore: 'again', déjà: 'already', hier: 'yesterday', ce: 'this', cette: 'this', son: 'its', sa: 'its', ses: 'its',
  depuis: 'since', chez: 'at', sans: 'without', contre: 'against', vers: 'towards', entre: 'between', devant: 'before', sous: 'under',
  puis: 'then', alors: 'then', ainsi: 'thus', comme: 'as', où: 'where', si: 'if', quand: 'when', lorsque: 'when', car: 'because',
  donc: 'so', ne: 'not', pas: 'not', très: 'very', plus: 'more', il: 'he', elle: 'she', ils: 'they', elles: 'they', lui: 'him',
  leur: 'their', eux: 'them', nous: 'we', je: 'i', on: 'we', "c'": 'it', ces: 'these', termes: 'terms', mots: 'words', propos: 'words',
  lundi: 'monday', mardi: 'tuesday', mercredi: 'wednesday', jeudi: 'thursday', vendredi: 'friday', samedi: 'saturday', dimanche: 'sunday',
  // titles and descriptions of people
  m: 'mr', mme: 'mrs', mlle: 'miss', dr: 'dr', dre: 'dr', pr: 'prof', pre: 'prof', ministre: 'minister', premier: 'prime', première: 'prime', président: 'president',
  présidente: 'president', maire: 'mayor', député: 'deputy', députée: 'deputy', sénateur: 'senator', sénatrice: 'senator',
  'porte-parole': 'spokesperson', juge: 'judge', procureur: 'prosecutor', procureure: 'prosecutor', directeur: 'director',
  directrice: 'director', secrétaire: 'secretary', avocat: 'lawyer', avocate: 'lawyer', préfet: 'prefect', préfète: 'prefect',
  chef: 'chief', cheffe: 'chief', patron: 'boss', patronne: 'boss', entraîneur: 'coach', entraîneuse: 'coach', sélectionneur: 'coach',
  professeur: 'professor', professeure: 'professor', chercheur: 'researcher', chercheuse: 'researcher', économiste: 'economist',
  médecin: 'doctor', gouverneur: 'governor', commissaire: 'commissioner', conseiller: 'adviser', conseillère: 'adviser',
  général: 'general', syndicaliste: 'unionist', élu: 'official', élue: 'official', habitant: 'resident', habitante: 'resident',
  agence: 'agency', journal: 'newspaper', hebdomadaire: 'weekly', radio: 'radio', télévision: 'television',
  chaîne: 'channel', entrevue: 'interview', micro: 'microphone', antenne: 'antenna', ondes: 'waves', communiqué: 'statement', entretien: 'interview', interview: 'interview', conférence: 'conference', presse: 'press',
};

const SPANISH: Record<string, Gloss> = {
  el: 'the', la: 'the', los: 'the', las: 'the', un: 'a', una: 'a', de: 'of', del: ['of', 'the'], a: 'to', al: ['to', 'the'],
  y: 'and', e: 'and', o: 'or', pero: 'but', que: 'that', quien: 'who', en: 'in', sobre: 'on', para: 'for', por: 'by', con: 'with',
  durante: 'during', tras: 'after', después: 'after', antes: 'before', según: ['according', 'to'], ha: 'has', han: 'have', había: 'had',
  es: 'is', son: 'are', fue: 'was', era: 'was', sido: 'been', también: 'also', además: 'also', ayer: 'yesterday', este: 'this',
  esta: 'this', su: 'its', sus: 'its',
  desde: 'from', hasta: 'until', entre: 'between', sin: 'without', contra: 'against', hacia: 'towards', ante: 'before', bajo: 'under',
  como: 'as', donde: 'where', si: 'if', cuando: 'when', porque: 'because', pues: 'so', entonces: 'then', así: 'thus', luego: 'then',
  muy: 'very', más: 'more', no: 'not', ya: 'already', él: 'he', ella: 'she', ellos: 'they', ellas: 'they', nosotros: 'we', yo: 'i',
  estas: 'these', estos: 'these', palabras: 'words', términos: 'terms',
  lunes: 'monday', martes: 'tuesday', miércoles: 'wednesday', jueves: 'thursday', viernes: 'friday', sábado: 'saturday', domingo: 'sunday',
  sr: 'mr', sra: 'mrs', srta: 'miss', don: 'mr', doña: 'mrs', dra: 'dr', ministro: 'minister', ministra: 'minister', presidente: 'president',
  // ("el premio mayor", "la plaza mayor": bigger, main; unglossed, it read as the English "mayor", a person)
  mayor: 'major', letrado: 'lawyer', letrada: 'lawyer',
  presidenta: 'president', alcalde: 'mayor', alcaldesa: 'mayor', diputado: 'deputy', diputada: 'deputy', senador: 'senator',
  senadora: 'senator', portavoz: 'spokesperson', vocero: 'spokesperson', vocera: 'spokesperson', juez: 'judge', jueza: 'judge',
  fiscal: 'prosecutor', director: 'director', directora: 'director', secretario: 'secretary', secretaria: 'secretary', abogado: 'lawyer',
  abogada: 'lawyer', gobernador: 'governor', gobernadora: 'governor', jefe: 'chief', jefa: 'chief', titular: 'chief', mandatario: 'leader',
  mandataria: 'leader', entrenador: 'coach', entrenadora: 'coach', técnico: 'coach', profesor: 'professor', profesora: 'professor',
  investigador: 'researcher', investigadora: 'researcher', economista: 'economist', médico: 'doctor', médica: 'doctor', concejal: 'councillor',
  concejala: 'councillor', consejero: 'councillor', consejera: 'councillor', general: 'general', vecino: 'resident', vecina: 'resident', sindicalista: 'unionist', comisario: 'commissioner',
  directivo: 'manager', directiva: 'manager', emisora: 'station', diálogo: 'interview', conversación: 'interview',
  autoridad: 'official', lo: 'it', edil: 'councillor', líder: 'leader', dirigente: 'leader', gerente: 'manager', coordinador: 'coordinator', coordinadora: 'coordinator',
  delegado: 'delegate', delegada: 'delegate', comandante: 'commander', capitán: 'captain', rector: 'rector', rectora: 'rector',
  obispo: 'bishop', sacerdote: 'priest', párroco: 'priest', doctor: 'doctor', doctora: 'doctor', enfermera: 'nurse', enfermero: 'nurse',
  agricultor: 'farmer', agricultora: 'farmer', pescador: 'fisherman', comerciante: 'trader', empresario: 'businessman',
  empresaria: 'businesswoman', trabajador: 'worker', trabajadora: 'worker', estudiante: 'student', madre: 'mother', padre: 'father',
  hijo: 'son', hija: 'daughter', esposa: 'wife', esposo: 'husband', hermano: 'brother', hermana: 'sister', abuelo: 'grandfather',
  abuela: 'grandmother', funcionario: 'official', funcionaria: 'official', ingeniero: 'engineer', ingeniera: 'engineer',
  arquitecto: 'architect', arquitecta: 'architect', periodista: 'journalist', autor: 'author', autora: 'author', cineasta: 'filmmaker',
  actor: 'actor', actriz: 'actress', jugador: 'player', jugadora: 'player', delantero: 'striker', arquero: 'goalkeeper',
  portero: 'goalkeeper', activista: 'activist', policía: 'officer', bombero: 'firefighter', vecinos: 'residents', habitante: 'resident',
  agencia: 'agency', diario: 'newspaper', periódico: 'newspaper', radio: 'radio', televisión: 'television', cadena: 'channel',
  micrófono: 'microphone', micrófonos: 'microphones', antena: 'antenna', comunicado: 'statement', entrevista: 'interview', conferencia: 'conference', prensa: 'press', declaraciones: 'statements',
  respuesta: 'answer', réplica: 'reply',
};

const ITALIAN: Record<string, Gloss> = {
  il: 'the', lo: 'the', la: 'the', i: 'the', gli: 'the', le: 'the', "l'": 'the', un: 'a', uno: 'a', una: 'a', "un'": 'a', di: 'of', "d'": 'of',
  del: ['of', 'the'], dello: ['of', 'the'], della: ['of', 'the'], dei: ['of', 'the'], degli: ['of', 'the'], delle: ['of', 'the'], "dell'": ['of', 'the'],
  a: 'to', ad: 'to', al: ['to', 'the'], allo: ['to', 'the'], alla: ['to', 'the'], ai: ['to', 'the'], agli: ['to', 'the'], alle: ['to', 'the'],
  "all'": ['to', 'the'], da: 'from', dal: ['from', 'the'], dallo: ['from', 'the'], dalla: ['from', 'the'], dai: ['from', 'the'],
  dagli: ['from', 'the'], dalle: ['from', 'the'], "dall'": ['from', 'the'], in: 'in', nel: ['in', 'the'], nello: ['in', 'the'],
  nella: ['in', 'the'], nei: ['in', 'the'], negli: ['in', 'the'], nelle: ['in', 'the'], "nell'": ['in', 'the'], su: 'on', sul: ['on', 'the'],
  sullo: ['on', 'the'], sulla: ['on', 'the'], sui: ['on', 'the'], sugli: ['on', 'the'], sulle: ['on', 'the'], "sull'": ['on', 'the'],
  con: 'with', per: 'for', tra: 'between', fra: 'between', e: 'and', ed: 'and', o: 'or', ma: 'but', che: 'that', chi: 'who',
  ha: 'has', hanno: 'have', aveva: 'had', avevano: 'had', è: 'is', sono: 'are', era: 'was', stato: 'been', stata: 'been', anche: 'also',
  ieri: 'yesterday', oggi: 'today', questo: 'this', questa: 'this', "quest'": 'this', nostro: 'our', nostra: 'our', queste: 'these', questi: 'these',
  parole: 'words', termini: 'terms', suo: 'its', sua: 'its', suoi: 'its', sue: 'its',
  lui: 'he', lei: 'she', loro: 'they', noi: 'we', io: 'i', non: 'not', più: 'more', molto: 'very', poi: 'then', dopo: 'after',
  prima: 'before', durante: 'during', presso: 'at', senza: 'without', contro: 'against', verso: 'towards', sotto: 'under',
  come: 'as', dove: 'where', se: 'if', quando: 'when', perché: 'because', quindi: 'so', così: 'so', già: 'already', ancora: 'again',
  lunedì: 'monday', martedì: 'tuesday', mercoledì: 'wednesday', giovedì: 'thursday', venerdì: 'friday', sabato: 'saturday', domenica: 'sunday',
  // titles and descriptions of people
  sig: 'mr', dott: 'dr', prof: 'prof', ministro: 'minister', ministra: 'minister', premier: 'premier', presidente: 'president',
  presidentessa: 'president', sindaco: 'mayor', sindaca: 'mayor', deputato: 'deputy', deputata: 'deputy', senatore: 'senator',
  senatrice: 'senator', parlamentare: 'lawmaker', portavoce: 'spokesperson', giudice: 'judge', procuratore: 'prosecutor', procuratrice: 'prosecutor',
  pm: 'prosecutor', gip: 'judge', direttore: 'director', direttrice: 'director', segretario: 'secretary', segretaria: 'secretary',
  avvocato: 'lawyer', avvocata: 'lawyer', avvocatessa: 'lawyer', prefetto: 'prefect', questore: 'commissioner', governatore: 'governor',
  governatrice: 'governor', assessore: 'councillor', assessora: 'councillor', consigliere: 'councillor', consigliera: 'councillor',
  capo: 'chief', capogruppo: 'leader', leader: 'leader', allenatore: 'coach', allenatrice: 'coach', ct: 'coach', tecnico: 'coach', commissario: 'commissioner',
  professore: 'professor', professoressa: 'professor', ricercatore: 'researcher', ricercatrice: 'researcher', economista: 'economist',
  medico: 'doctor', sindacalista: 'unionist', generale: 'general', abitante: 'resident', residente: 'resident', imprenditore: 'businessman',
  imprenditrice: 'businesswoman', agricoltore: 'farmer', agricoltrice: 'farmer', studente: 'student', studentessa: 'student',
  madre: 'mother', padre: 'father', figlio: 'son', figlia: 'daughter', moglie: 'wife', marito: 'husband', fratello: 'brother',
  sorella: 'sister', vescovo: 'bishop', parroco: 'priest', sacerdote: 'priest', rettore: 'rector', rettrice: 'rector',
  comandante: 'commander', giornalista: 'journalist', attivista: 'activist', portiere: 'goalkeeper', attaccante: 'striker',
  giocatore: 'player', giocatrice: 'player', funzionario: 'official', funzionaria: 'official', ingegnere: 'engineer',
  architetto: 'architect', infermiere: 'nurse', infermiera: 'nurse', esperto: 'expert', esperta: 'expert', titolare: 'owner',
  // how the words were put, after "was" ("è stata netta: «…»")
  netto: 'sharp', netta: 'sharp', chiaro: 'clear', chiara: 'clear', categorico: 'categorical', categorica: 'categorical',
  presidio: 'picket', imputato: 'defendant', imputata: 'defendant', ex: 'former', ospite: 'guest',
  sottosegretario: 'undersecretary', sottosegretaria: 'undersecretary', viceministro: 'minister', viceministra: 'minister',
  vicesindaco: 'mayor', europarlamentare: 'lawmaker', onorevole: 'lawmaker', magistrato: 'magistrate', legale: 'lawyer',
  difensore: 'lawyer', carabiniere: 'officer', dirigente: 'manager', amministratore: 'administrator', manager: 'manager',
  commerciante: 'trader', negoziante: 'shopkeeper', ristoratore: 'restaurateur', operaio: 'worker', operaia: 'worker',
  lavoratore: 'worker', lavoratrice: 'worker', pensionato: 'pensioner', pensionata: 'pensioner', cittadino: 'citizen', cittadina: 'citizen',
  nonno: 'grandfather', nonna: 'grandmother', preside: 'headteacher', insegnante: 'teacher', docente: 'lecturer', maestro: 'teacher',
  maestra: 'teacher', scienziato: 'scientist', scienziata: 'scientist', primario: 'head', chirurgo: 'surgeon', dottore: 'doctor',
  dottoressa: 'doctor', cardinale: 'cardinal', calciatore: 'player', calciatrice: 'player', capitano: 'captain', fondatore: 'founder',
  fondatrice: 'founder', coordinatore: 'coordinator', coordinatrice: 'coordinator', responsabile: 'head', volontario: 'volunteer',
  volontaria: 'volunteer', testimone: 'witness', vittima: 'victim', sopravvissuto: 'survivor', sopravvissuta: 'survivor',
  agricoltori: 'farmers', viticoltore: 'farmer', viticoltrice: 'farmer', allevatore: 'farmer', allevatrice: 'farmer',
  agenzia: 'agency', giornale: 'newspaper', radio: 'radio', televisione: 'television', tv: 'television', emittente: 'station',
  rete: 'channel', canale: 'channel', microfono: 'microphone', microfoni: 'microphones', intervista: 'interview', comunicato: 'statement',
  conferenza: 'conference', stampa: 'press', dichiarazioni: 'statements', replica: 'reply', risposta: 'answer',
};

const PORTUGUESE: Record<string, Gloss> = {
  o: 'the', a: 'the', os: 'the', as: 'the', um: 'a', uma: 'a', de: 'of', do: ['of', 'the'], da: ['of', 'the'], dos: ['of', 'the'],
  das: ['of', 'the'], em: 'in', no: ['in', 'the'], na: ['in', 'the'], nos: ['in', 'the'], nas: ['in', 'the'], num: ['in', 'a'],
  numa: ['in', 'a'], à: ['to', 'the'], às: ['to', 'the'], ao: ['to', 'the'], aos: ['to', 'the'], pelo: ['by', 'the'], pela: ['by', 'the'],
  pelos: ['by', 'the'], pelas: ['by', 'the'], neste: ['in', 'this'], nesta: ['in', 'this'], nesse: ['in', 'this'], nessa: ['in', 'this'],
  e: 'and', ou: 'or', mas: 'but', que: 'that', quem: 'who', com: 'with', para: 'for', por: 'by', sobre: 'on', durante: 'during',
  após: 'after', depois: 'after', antes: 'before', conforme: ['according', 'to'], desde: 'since', até: 'until', entre: 'between',
  sem: 'without', contra: 'against', perante: 'before', sob: 'under', como: 'as', onde: 'where', se: 'if', quando: 'when',
  porque: 'because', então: 'then', assim: 'thus', já: 'already', também: 'also', ainda: 'also', não: 'not', mais: 'more',
  muito: 'very', ele: 'he', ela: 'she', eles: 'they', elas: 'they', nós: 'we', eu: 'i', ontem: 'yesterday', hoje: 'today', este: 'this',
  esta: 'this', esse: 'this', essa: 'this', nosso: 'our', nossa: 'our', estas: 'these', essas: 'these', palavras: 'words', termos: 'terms', seu: 'its', sua: 'its', seus: 'its', suas: 'its', tem: 'has', têm: 'have', tinha: 'had',
  foi: 'was', é: 'is', são: 'are', era: 'was', sido: 'been',
  'segunda-feira': 'monday', 'terça-feira': 'tuesday', 'quarta-feira': 'wednesday', 'quinta-feira': 'thursday', 'sexta-feira': 'friday',
  sábado: 'saturday', domingo: 'sunday',
  // titles and descriptions of people
  sr: 'mr', sra: 'mrs', dr: 'dr', dra: 'dr', ministro: 'minister', ministra: 'minister', presidente: 'president', presidenta: 'president',
  'primeiro-ministro': ['prime', 'minister'], 'primeira-ministra': ['prime', 'minister'], prefeito: 'mayor', prefeita: 'mayor',
  autarca: 'mayor', governador: 'governor', governadora: 'governor', deputado: 'deputy', deputada: 'deputy', senador: 'senator',
  senadora: 'senator', vereador: 'councillor', vereadora: 'councillor', parlamentar: 'lawmaker', juiz: 'judge', juíza: 'judge', procurador: 'prosecutor',
  procuradora: 'prosecutor', promotor: 'prosecutor', promotora: 'prosecutor', delegado: 'commissioner', delegada: 'commissioner',
  secretário: 'secretary', secretária: 'secretary', 'porta-voz': 'spokesperson', técnico: 'coach', técnica: 'coach',
  treinador: 'coach', treinadora: 'coach', sindicalista: 'unionist', líder: 'leader', dirigente: 'leader', chefe: 'chief',
  diretor: 'director', diretora: 'director', advogado: 'lawyer', advogada: 'lawyer', professor: 'professor', professora: 'professor',
  pesquisador: 'researcher', pesquisadora: 'researcher', investigador: 'researcher', investigadora: 'researcher',
  economista: 'economist', médico: 'doctor', médica: 'doctor', enfermeiro: 'nurse', enfermeira: 'nurse', agricultor: 'farmer',
  agricultora: 'farmer', produtor: 'farmer', produtora: 'farmer', pescador: 'fisherman', comerciante: 'trader',
  empresário: 'businessman', empresária: 'businesswoman', trabalhador: 'worker', trabalhadora: 'worker', estudante: 'student',
  mãe: 'mother', pai: 'father', filho: 'son', filha: 'daughter', esposa: 'wife', marido: 'husband', irmão: 'brother', irmã: 'sister',
  avô: 'grandfather', avó: 'grandmother', morador: 'resident', moradora: 'resident', habitante: 'resident', ativista: 'activist',
  jornalista: 'journalist', autor: 'author', autora: 'author', jogador: 'player', jogadora: 'player', atacante: 'striker',
  goleiro: 'goalkeeper', comandante: 'commander', capitão: 'captain', reitor: 'rector', reitora: 'rector', bispo: 'bishop',
  padre: 'priest', pastor: 'pastor', funcionário: 'official', funcionária: 'official', engenheiro: 'engineer', arquiteto: 'architect',
  policial: 'officer', bombeiro: 'firefighter', especialista: 'specialist', analista: 'analyst', consultor: 'consultant',
  coordenador: 'coordinator', coordenadora: 'coordinator', gerente: 'manager', réu: 'defendant', ré: 'defendant', arguido: 'defendant',
  arguida: 'defendant', ex: 'former', antigo: 'former', antiga: 'former', governante: 'minister',
  magistrado: 'magistrate', magistrada: 'magistrate',
  desembargador: 'judge', desembargadora: 'judge', superintendente: 'superintendent', gestor: 'manager', gestora: 'manager',
  fundador: 'founder', fundadora: 'founder', dono: 'owner', dona: 'owner', proprietário: 'owner', proprietária: 'owner',
  vizinho: 'neighbour', vizinha: 'neighbour', aposentado: 'pensioner', aposentada: 'pensioner', motorista: 'driver',
  vendedor: 'vendor', vendedora: 'vendor', feirante: 'vendor', camponês: 'farmer', camponesa: 'farmer', arquiteta: 'architect',
  defensor: 'lawyer', defensora: 'lawyer', embaixador: 'ambassador', embaixadora: 'ambassador', assessor: 'adviser', assessora: 'adviser',
  cientista: 'scientist', aluno: 'student', aluna: 'student', coronel: 'colonel', capitã: 'captain', régulo: 'chief', soba: 'chief',
  edil: 'councillor', testemunha: 'witness', vítima: 'victim', sobrevivente: 'survivor', voluntário: 'volunteer', voluntária: 'volunteer',
  docente: 'lecturer',
  // how the words were put, after "was" ("o prefeito foi direto: "…"")
  direto: 'direct', direta: 'direct', claro: 'clear', clara: 'clear', taxativo: 'categorical', taxativa: 'categorical',
  enfático: 'emphatic', enfática: 'emphatic',
  agência: 'agency', jornal: 'newspaper', diário: 'newspaper', revista: 'magazine', rádio: 'radio', televisão: 'television',
  emissora: 'station', canal: 'channel', entrevista: 'interview', comunicado: 'statement', conferência: 'conference', imprensa: 'press',
  resposta: 'answer', réplica: 'reply',
  declarações: 'statements', microfones: 'microphones',
};

/** Runs of words glossed as fewer English words: "d'après" and "de acuerdo con" are "according to". */
type Phrases = readonly (readonly [readonly string[], readonly string[], string?])[];
// ("C'est en ces termes que X a résumé": it is in these terms that)
const FRENCH_PHRASES: Phrases = [[["d'", 'après'], ['according', 'to']], [['en', 'ces'], ['in', 'these']]];
const SPANISH_PHRASES: Phrases = [[['de', 'acuerdo', 'con'], ['according', 'to']]];
// ("stando a", "a detta di": according to; "il primo cittadino" is the mayor; "ha fatto sapere", has let it be known)
/** Italian "a" and "di" fused with an article ("al", "all'", "della"), which the phrases below may end on. */
const ITALIAN_FUSED_A = ['al', 'allo', 'alla', "all'", 'ai', 'agli', 'alle'];
const ITALIAN_FUSED_DI = ['del', 'dello', 'della', "dell'", 'dei', 'degli', 'delle'];
const ITALIAN_PHRASES: Phrases = [[['stando', 'a'], ['according', 'to']], [['a', 'detta', 'di'], ['according', 'to']],
  // ("Stando all'assessora, …", "A detta del presidente, …": the same, with the article fused onto the last word)
  ...ITALIAN_FUSED_A.map((fused) => [['stando', fused], ['according', 'to'], 'the'] as const),
  ...ITALIAN_FUSED_DI.map((fused) => [['a', 'detta', fused], ['according', 'to'], 'the'] as const),
  [['primo', 'cittadino'], ['mayor']], [['prima', 'cittadina'], ['mayor']], [['fatto', 'sapere'], ['announced']], [['numero', 'uno'], ['head']],
  // ("è stato netto ai microfoni di …: «…»": was sharp)
  [['è', 'stato'], ['was']], [['è', 'stata'], ['was']]];
// ("na avaliação do urbanista X", "na opinião da economista Y", "na visão de Z": in the view of, as "according to")
const PORTUGUESE_PHRASES: Phrases = [[['de', 'acordo', 'com'], ['according', 'to']],
  ...['avaliação', 'opinião', 'visão', 'leitura'].flatMap((view) => [[['na', view, 'de'], ['according', 'to']], [['na', view, 'do'], ['according', 'to'], 'the'],
    [['na', view, 'da'], ['according', 'to'], 'the']] as const)];

/**
 * A specialist's noun by its ending, which no list can hold whole: French "-logue" ("l'urgentologue", "la
 * climatologue"), Spanish and Portuguese "-ólogo" ("el vulcanólogo", "la politóloga"), Italian "-ologo" ("il
 * virologo", "la climatologa"); read as English "specialist", a person.
 */
const FRENCH_SPECIALIST = /^\p{L}{3,}logues?$/u;
const SPANISH_SPECIALIST = /^\p{L}{2,}ólog[oa]s?$/u;
const ITALIAN_SPECIALIST = /^\p{L}{2,}olog[oaie]$/u;

/** Articles, prepositions and conjunctions written onto the next word: French "l'AFP", "d'après", "qu'il"; Italian
 * "l'ANSA", "all'Adnkronos", "un'intervista", "dell'ex ministro". */
const FRENCH_ELIDED = /^(l|d|qu|c|s)['’]/;
const ITALIAN_ELIDED = /^(l|d|un|dell|all|nell|sull|dall|quest|quell)['’]/;

interface Language {
  words: ReadonlyMap<string, Gloss>;
  phrases: Phrases;
  /** The elided words split from the word they are written onto, if the language writes them so. */
  elided: RegExp | null;
  specialist: RegExp;
  /** Whether an office is given "to" its field ("l'assessore ai Lavori pubblici"), read as English "for". */
  officeFor: boolean;
  /** The word that, before a person, gives their view as "according to" does ("secondo il ministro", "segundo o
   * prefeito"), and after an article is an ordinal ("il secondo turno"). */
  according: string | null;
  /** Whether a word in lower case says the speaker's own "I" or "we" with no subject pronoun: a possessive, an object
   * pronoun, a verb in the first person ("mio", "mi", "abbiamo"; "meu", "vendem-me", "temos"). */
  firstPerson: (word: string) => boolean;
  /** The gender the language's nouns of persons say of their own (see gendersOf). */
  genders: ReadonlyMap<string, 'f' | 'm'>;
}

/**
 * why: Romance languages report speech in the third person ("disse que o irmão nunca lhe pediu nada"), and drop the
 * subject pronoun a first-person verb needs none of: a clause closed by its cue that says "my", "me" or "we have" in its
 * own words is the speaker's own, a quotation that lost its marks. Only forms that are nothing else: a verb ending that
 * nouns and adjectives share ("ramos", "próximos", "extremos") is left out, as are "nos" and "ci", which are also "in
 * the" and "there".
 */
const firstPersonOf = (words: string, endings: RegExp | null, notVerbs: string) => {
  const set = new Set(words.split(/\s+/));
  const not = new Set(notVerbs.split(/\s+/));
  return (word: string): boolean => set.has(word) || (endings !== null && endings.test(word) && !not.has(word));
};
const FRENCH_FIRST_PERSON = firstPersonOf('moi me m mon ma mes notre nos sommes avons', null, '');
const SPANISH_FIRST_PERSON = firstPersonOf(`me mi mis conmigo nuestro nuestra nuestros nuestras tengo estoy soy voy quiero puedo creo sé hemos
  he`, /^[a-zñ]+(?:amos|emos|imos)$/, 'ramos gamos extremos supremos primos mismos');
const ITALIAN_FIRST_PERSON = firstPersonOf('me mi mio mia miei mie nostro nostra nostri nostre ho', /^[a-z]+iamo$/, 'richiamo');
const PORTUGUESE_FIRST_PERSON = (() => {
  const listed = firstPersonOf(`me meu minha meus minhas nosso nossa nossos nossas comigo connosco conosco tenho estou sou vou quero posso acho
    sei`, /^[a-zç]+(?:amos|emos|imos)$/, 'ramos gamos extremos supremos primos');
  // ("vendem-me", "disse-nos": a pronoun after the verb's hyphen)
  return (word: string): boolean => listed(word) || /-(?:me|nos)$/.test(word);
})();

/** A language's glosses with the genders its nouns of persons say (see gendersOf). */
const withGenders = (lang: Omit<Language, 'genders'>): Language => ({ ...lang, genders: gendersOf(lang.words) });

const LANGUAGES: ReadonlyMap<string, Language> = new Map([
  ['fr', withGenders({ words: new Map<string, Gloss>([...FRENCH_VERBS, ...Object.entries(FRENCH)]), phrases: FRENCH_PHRASES, elided: FRENCH_ELIDED,
    specialist: FRENCH_SPECIALIST, according: null, officeFor: false, firstPerson: FRENCH_FIRST_PERSON })],
  ['es', withGenders({ words: new Map<string, Gloss>([...SPANISH_VERBS, ...Object.entries(SPANISH)]), phrases: SPANISH_PHRASES, elided: null,
    specialist: SPANISH_SPECIALIST, according: null, officeFor: false, firstPerson: SPANISH_FIRST_PERSON })],
  ['it', withGenders({ words: new Map<string, Gloss>([...ITALIAN_VERBS, ...Object.entries(ITALIAN)]), phrases: ITALIAN_PHRASES, elided: ITALIAN_ELIDED,
    specialist: ITALIAN_SPECIALIST, according: 'secondo', officeFor: true, firstPerson: ITALIAN_FIRST_PERSON })],
  ['pt', withGenders({ words: new Map<string, Gloss>([...PORTUGUESE_VERBS, ...Object.entries(PORTUGUESE)]), phrases: PORTUGUESE_PHRASES, elided: null,
    specialist: SPANISH_SPECIALIST, according: 'segundo', officeFor: false, firstPerson: PORTUGUESE_FIRST_PERSON })],
]);

/** why: "o comerciante Adão Mbala conta que …", "la vecina cuenta que …": "conta" and "cuenta" are also the noun "account"
 * ("a conta", "la cuenta"), so they are read as "tells" only right before "que" and not after an article. */
const TELLS_BEFORE_THAT = new Set(['conta', 'cuenta']);
const THAT_WORDS = new Set(['que']);

/** Glosses of how plainly someone spoke ("è stata netta", "foi clara"): read only after "was". Capitalised, those words
 * are given names ("Chiara Bellotti", "Clara Nunes"), never glossed. */
const MANNER_GLOSSES = new Set(['sharp', 'clear', 'categorical', 'direct', 'blunt', 'firm']);

/** Small words that, between two capitalised words, join a person's name rather than mean "of" or "the" ("Charles de
 * Gaulle", "Luis del Río", "Ana de la Torre"). */
const PARTICLES = new Set(['de', 'del', 'du', 'des', 'la', 'le', 'y', "d'", 'di', 'da', 'do', 'dos', 'das', 'della', 'dal', 'lo']);

/**
 * why: "L'avocate a qualifié …", "la ministra", "la sindaca": the glosses read a person's noun in English, which says
 * nothing of gender, where the word itself does. A noun is feminine when the same table glosses it and a masculine form
 * alike, the feminine made from the masculine as each language makes it ("avocat"/"avocate", "ministro"/"ministra",
 * "director"/"directora", "sénateur"/"sénatrice", "senatore"/"senatrice", "presidente"/"presidentessa"), and that
 * masculine form is masculine; a noun of one form for both ("ministre", "presidente" in Spanish) has none.
 */
function gendersOf(words: ReadonlyMap<string, Gloss>): ReadonlyMap<string, 'f' | 'm'> {
  const out = new Map<string, 'f' | 'm'>();
  const feminines = (m: string): string[] => {
    const forms = [`${m}e`, `${m}a`];
    if (m.endsWith('o')) forms.push(`${m.slice(0, -1)}a`);
    if (m.endsWith('eur')) forms.push(`${m.slice(0, -3)}rice`);
    if (m.endsWith('tore')) forms.push(`${m.slice(0, -3)}rice`);
    if (m.endsWith('e')) forms.push(`${m.slice(0, -1)}essa`);
    return forms;
  };
  for (const [m, gloss] of words) {
    if (typeof gloss !== 'string' || !isPersonNoun(gloss)) continue;
    for (const f of feminines(m)) {
      if (words.get(f) !== gloss) continue;
      out.set(f, 'f');
      if (!out.has(m)) out.set(m, 'm');
    }
  }
  return out;
}

/** The gender a person's noun, as written in an article in `language`, says of its own (see gendersOf), or null. */
export function nounGender(language: string | null, word: string): 'f' | 'm' | null {
  const lang = language === null ? undefined : LANGUAGES.get(language);
  return lang === undefined ? null : (lang.genders.get(word) ?? null);
}

/** Whether a word in lower case, as written in an article in `language`, says the speaker's own "I" or "we" without a
 * subject pronoun (see `firstPersonOf`); false in a language not glossed here. */
export function firstPersonWord(language: string | null, word: string): boolean {
  const lang = language === null ? undefined : LANGUAGES.get(language);
  return lang !== undefined && lang.firstPerson(word);
}

export const glossesLanguage = (language: string | null): boolean => language !== null && LANGUAGES.has(language);

/** Whether a word in lower case is a verb of speech of one of the languages glossed here ("spiegato", "disse", "afirmou",
 * "déclaré"), whatever the article's language: what quotation finding asks of an aside between dashes. */
export function ownLanguageSpeechVerb(word: string): boolean {
  for (const lang of LANGUAGES.values()) if (speechGloss(lang.words.get(word))) return true;
  return false;
}

/** The languages glossed here (`GLOSSED_LANGUAGES` in text/language.ts says so to the pages, without loading this). */
export const glossedLanguages = (): string[] => [...LANGUAGES.keys()];

/**
 * The article's tokens with the English keys of the words attribution reads (see the file's comment), or `toks`
 * itself when the language has no glosses. A word that stands for two English words ("selon", "du", "al") becomes two
 * tokens, the second an empty span at the word's end; French elisions are split at the apostrophe ("l'AFP" → "the"
 * "AFP"). Quotation tokens keep their order, so callers re-index them.
 */
export function glossTokens(text: string, toks: Tok[], language: string | null): Tok[] {
  const lang = language === null ? undefined : LANGUAGES.get(language);
  if (!lang) return toks;
  const split = lang.elided ? splitElisions(text, toks, lang.elided) : toks;
  const out: Tok[] = [];
  // (whether the word before was glossed: an office's "de" is "of", a name's is its particle)
  let glossedBefore = false;
  // (whether the word before was "to" with its article fused and read off before a name: "al Giornale di Sicilia")
  let fusedTo = false;
  for (let i = 0; i < split.length; i++) {
    const t = split[i]!;
    const wasGlossed = glossedBefore;
    const afterFusedTo = fusedTo;
    glossedBefore = false;
    fusedTo = false;
    if (t.k !== K.Word) {
      out.push(t);
      continue;
    }
    const phrase = lang.phrases.find(([from]) => from.every((w, k) => split[i + k]?.k === K.Word && split[i + k]!.key === w));
    if (phrase) {
      // (the English words take the phrase's words from its end, one each; the first takes what is left: "de acuerdo
      // con" is "according" over "de acuerdo", "to" over "con"; the article a last word holds, "do" in "na avaliação
      // do", is an empty token where the next word starts, as a contraction's is)
      const [from, to, article] = phrase;
      const extra = from.length - to.length;
      for (let k = 0; k < to.length; k++) {
        const first = split[i + (k === 0 ? 0 : k + extra)]!;
        const end = split[i + k + extra]!.e;
        out.push(regloss(first, to[k]!, first.s, end));
      }
      i += from.length - 1;
      if (article) {
        const at = articleAt(split, i);
        out.push(wordToken(at, at, article, false, split[i]!.para));
      }
      glossedBefore = true;
      continue;
    }
    // why: "«…» ¶ Lo decía, entre lágrimas, X": Spanish closes a quotation with "lo" (it) before the verb and the speaker
    // after it, as English "So said X"; elsewhere "lo" is "it"
    // ("Selon elle", "según él": after a preposition, the pronoun is the object form English reads there)
    const object = OBJECT_FORMS.get(t.key);
    const gloss = t.key === 'lo' && t.cap && speechGloss(lang.words.get(split[i + 1]?.key ?? '')) ? 'so'
      : !t.cap && TELLS_BEFORE_THAT.has(t.key) && THAT_WORDS.has(split[i + 1]?.key ?? '') && !afterArticle(out, wasGlossed) ? 'tells'
      : FOR_A_VIEW.has(t.key) && t.cap && opensOnPerson(lang.words, split, i + 1) ? ACCORDING_TO
      : t.key === lang.according ? (!afterArticle(out, wasGlossed) && opensOnBody(lang.words, split, i + 1) ? ACCORDING_TO : undefined)
      : object !== undefined && wasGlossed && PREPOSITION_GLOSSES.has(out[out.length - 1]!.key) ? object
      : afterArticle(out, wasGlossed) && speechGloss(lang.words.get(t.key)) ? PARTICIPLE_NOUNS.get(t.key)
      : VERB_OR_TITLE.has(t.key) && !afterArticle(out, wasGlossed) && !t.cap ? VERB_OR_TITLE.get(t.key)
      : NOUN_OR_ADJECTIVE.has(t.key) && !afterArticle(out, wasGlossed) ? undefined
      : lang.words.get(t.key) ?? (!t.cap && lang.specialist.test(t.key) ? 'specialist' : undefined);
    if (gloss === undefined || (PARTICLES.has(t.key) && ((!wasGlossed && inName(split, i)) || particleOfName(split, i))) || (afterFusedTo && paperName(gloss, t)) ||
      (t.cap && MANNER_GLOSSES.has(gloss as string))) {
      out.push(t);
      continue;
    }
    glossedBefore = true;
    const first = typeof gloss === 'string' ? gloss : gloss[0]!;
    // why: "l'assessore ai Lavori pubblici", "il ministro alla Salute": Italian gives an office "to" its field, which
    // English calls the office "for" it
    const english = first === 'to' && lang.officeFor && out.length > 0 && isPersonNoun(out[out.length - 1]!.key) ? 'for' : first;
    // why: "ha spiegato all'ANSA", "disse à Lusa", "ao Público": the article fused into "to" before a name is the name's
    // own, as English gives words "to ANSA"
    if (typeof gloss === 'string' || (english === 'to' && gloss.length === 2 && gloss[1] === 'the' && nameAt(lang.words, split, i + 1))) {
      fusedTo = typeof gloss !== 'string';
      out.push(regloss(t, english, t.s, t.e));
      continue;
    }
    const { e, para } = t;
    out.push(regloss(t, english, t.s, t.e));
    for (let k = 1; k < gloss.length; k++) {
      const at = ARTICLE_WORDS.has(gloss[k]!) ? articleAt(split, i) : e;
      out.push(wordToken(at, at, gloss[k]!, false, para));
    }
  }
  return out;
}

/** English determiners a contraction holds ("du", "della", "do", "neste"). */
const ARTICLE_WORDS = new Set(['the', 'a', 'this']);

/**
 * Where the article a contraction at `i` holds stands: at the start of the next word of its paragraph, so a mention
 * that opens on it ("do urbanista Gustavo Arruda" → "the urbanist …") starts at the word and not at a space; else at
 * the contraction's end.
 */
function articleAt(toks: readonly Tok[], i: number): number {
  const next = toks[i + 1];
  return next !== undefined && next.para === toks[i]!.para ? next.s : toks[i]!.e;
}

/** The English object form of a subject pronoun of either language ("elle", "ella" → "her"), read after a preposition. */
const OBJECT_FORMS: ReadonlyMap<string, string> = new Map([['elle', 'her'], ['lui', 'him'], ['eux', 'them'], ['elles', 'them'], ['él', 'him'],
  ['ella', 'her'], ['ellos', 'them'], ['ellas', 'them'], ['lei', 'her'], ['loro', 'them'], ['ele', 'him'], ['ela', 'her'], ['eles', 'them'],
  ['elas', 'them']]);
const PREPOSITION_GLOSSES = new Set(['to', 'for', 'with', 'by', 'of', 'from', 'against', 'towards', 'between', 'without', 'at', 'on', 'in',
  'after', 'before', 'under', 'during', 'since']);

const ACCORDING_TO: readonly string[] = ['according', 'to'];

/** Prepositions "for" that open a sentence on a person to give their view: French "pour", Spanish and Portuguese
 * "para", Italian "per". */
const FOR_A_VIEW = new Set(['pour', 'para', 'per']);

/**
 * why: "secondo il ministro", "segundo a prefeita", "secondo Rossi", "segundo ele": Italian "secondo" and Portuguese
 * "segundo" are "according to" before a body or a person, and "second" after an article or before a common noun ("il
 * secondo turno", "em segundo lugar"). Whether the words from `i` open on an article, a capitalised name or a pronoun.
 */
function opensOnBody(words: ReadonlyMap<string, Gloss>, toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || t.k !== K.Word) return false;
  const gloss = words.get(t.key);
  const first = typeof gloss === 'string' ? gloss : gloss?.[0];
  return t.cap || OBJECT_FORMS.has(t.key) || first === 'the' || first === 'a' || t.key === 'quanto' || t.key === 'fontes' || t.key === 'fonti';
}

/**
 * why: "Pour le géographe Boubacar Diallo, la digue …", "Para la fiscal, la recuperación …", "Pour lui, …": French and
 * Spanish open a sentence on "for" a person to give that person's view, as "according to" does; "Pour la première
 * fois", "Para ello" open on no person. Whether the words from `i` name a person: a capitalised name, an object
 * pronoun, or an article and a noun glossed as a person's.
 */
function opensOnPerson(words: ReadonlyMap<string, Gloss>, toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || t.k !== K.Word) return false;
  if (OBJECT_FORMS.has(t.key)) return true;
  if (t.cap && !words.has(t.key)) return true;
  const noun = toks[i + 1];
  const article = words.get(t.key);
  if ((article !== 'the' && article !== 'a') || !noun || noun.k !== K.Word) return false;
  const gloss = words.get(noun.key);
  return typeof gloss === 'string' && isPersonNoun(gloss);
}

/**
 * why: "a lancé d'emblée le prévenu": after an article, a participle of speech is a noun ("le prévenu" is the
 * defendant, not "the warned"); those that name people are given their noun, the others are left unread.
 */
// ("el acusado", "l'accusé" stay "the accused", as English says it: a description the article's "X, acusado de …" ties to
// its person, where "the defendant" would go to whoever is most named)
const PARTICIPLE_NOUNS: ReadonlyMap<string, string> = new Map([['prévenu', 'defendant'], ['prévenue', 'defendant'], ['accusé', 'accused'],
  ['accusée', 'accused'], ['acusado', 'accused'], ['acusada', 'accused'], ['accusato', 'accused'], ['accusata', 'accused'], ['entrevistado', 'interviewee'], ['entrevistada', 'interviewee'],
  ['intervistato', 'interviewee'], ['intervistata', 'interviewee']]);

/** why: "Fatima El Bouzidi juge le calendrier « irréaliste »": a title that is also a verb of judging ("le juge X",
 * "la juez") is the verb where no article stands before it. */
const VERB_OR_TITLE: ReadonlyMap<string, string> = new Map([['juge', 'estimates']]);

/** why: "il legale della famiglia" but "un'azione legale", "la responsabile" but "il ministro responsabile": nouns of
 * people that are adjectives too are read as the person only after an article. */
const NOUN_OR_ADJECTIVE = new Set(['legale', 'responsabile', 'primario', 'primaria', 'cittadino', 'cittadina', 'onorevole', 'volontario',
  'volontaria', 'docente', 'dirigente']);

/** Whether the word before, just glossed, is an article. */
const afterArticle = (out: readonly Tok[], wasGlossed: boolean): boolean =>
  wasGlossed && out.length > 0 && (out[out.length - 1]!.key === 'the' || out[out.length - 1]!.key === 'a');

/** Whether a gloss is a verb of speech. */
const speechGloss = (gloss: Gloss | undefined): boolean => typeof gloss === 'string' && SPEECH_VERBS.has(gloss);

/** why: "il sindaco Di Stefano", "o deputado Da Costa": a capitalised particle inside a sentence (after a word in lower
 * case), before a capitalised word, opens a surname. */
function particleOfName(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const before = toks[i - 1];
  const after = toks[i + 1];
  return t.cap && before !== undefined && before.k === K.Word && !before.cap && after !== undefined && after.k === K.Word && after.cap;
}

/** English nouns of the press and broadcasting that open the names of papers, stations and agencies. */
const PRESS_GLOSSES = new Set(['newspaper', 'radio', 'agency', 'television', 'channel', 'magazine', 'station', 'weekly', 'press']);

/** Nouns of the printed press, which papers are named by in their own language. */
const PAPER_GLOSSES = new Set(['newspaper', 'magazine', 'weekly']);

/**
 * why: "ha detto al Giornale di Sicilia", "ao Jornal do Commercio", "ao Diário de Notícias": a paper's noun capitalised
 * right after "to" and the article fused into it opens the paper's name, which English news would leave untranslated,
 * and stays the name's word (a station's or an agency's noun is read as the English one, which the engine knows names
 * by: "to Radio Nacional").
 */
const paperName = (gloss: Gloss, t: Tok): boolean => typeof gloss === 'string' && PAPER_GLOSSES.has(gloss) && t.cap;

/** Whether the word at `i` is a capitalised word no gloss reads, or a capitalised press noun: a name ("ANSA", "Lusa",
 * "Giornale di Sicilia", "Rádio Moçambique"). */
function nameAt(words: ReadonlyMap<string, Gloss>, toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || t.k !== K.Word || !t.cap) return false;
  const gloss = words.get(t.key);
  return gloss === undefined || (typeof gloss === 'string' && PRESS_GLOSSES.has(gloss));
}

/** Whether the small word at `i` sits inside a person's name: a capitalised word no gloss reads before it, a
 * capitalised word (after one more particle at most) after it. */
function inName(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1];
  if (!before || before.k !== K.Word || !before.cap || before.e + 1 !== toks[i]!.s) return false;
  let j = i + 1;
  if (toks[j]?.k === K.Word && PARTICLES.has(toks[j]!.key) && !toks[j]!.cap) j++;
  const after = toks[j];
  return after !== undefined && after.k === K.Word && after.cap;
}

/** Tokens with an elided article, preposition or conjunction (`elided`) split from the word it is written onto. */
function splitElisions(text: string, toks: Tok[], elided: RegExp): Tok[] {
  let out: Tok[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const m = t.k === K.Word ? elided.exec(t.key) : null;
    if (!m || t.key.length === m[0].length) {
      out?.push(t);
      continue;
    }
    out ??= toks.slice(0, i);
    const cut = t.s + m[0].length;
    const rest = text.slice(cut, t.e);
    const restCap = rest.charAt(0) !== rest.charAt(0).toLowerCase();
    const { e, para } = t;
    out.push(regloss(t, `${m[1]!}'`, t.s, cut));
    out.push(wordToken(cut, e, rest.toLowerCase().replace(/’/g, "'").replace(/\./g, ''), restCap, para));
  }
  return out ?? toks;
}
