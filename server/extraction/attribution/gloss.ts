/**
 * Word glosses for articles left in French or Spanish: the words attribution reads (articles, prepositions, verbs of
 * speech, titles, "selon" / "según") are given the key of their English word, so the rules written for English news,
 * and for the word-for-word English of machine translations from these languages, read "« … », a déclaré le ministre
 * de l'Intérieur, X" as they read "«…», has declared the minister of the Interior, X". Only keys change: every token
 * keeps its span, so names, evidence and cues are still shown as the article writes them.
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
  alert:warned reconn:acknowledged développ:elaborated résum:said précis:specified`;
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
  réplique:replies rétorque:retorts avoue:admits renchérit:adds réagit:reacts relate:recounts murmure:whispers`;

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
  contactado:contacted contactada:contacted`;

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

const FRENCH: Record<string, Gloss> = {
  le: 'the', la: 'the', les: 'the', "l'": 'the', un: 'a', une: 'a', des: 'of', de: 'of', "d'": 'of', du: ['of', 'the'],
  à: 'to', au: ['to', 'the'], aux: ['to', 'the'], et: 'and', ou: 'or', mais: 'but', que: 'that', "qu'": 'that', qui: 'who',
  dans: 'in', sur: 'on', pour: 'for', par: 'by', avec: 'with', lors: 'during', pendant: 'during', après: 'after', avant: 'before',
  selon: ['according', 'to'], a: 'has', ont: 'have', avait: 'had', est: 'is', sont: 'are', été: 'been', était: 'was', aussi: 'also',
  également: 'also', encore: 'again', déjà: 'already', hier: 'yesterday', ce: 'this', cette: 'this', son: 'its', sa: 'its', ses: 'its',
  depuis: 'since', chez: 'at', sans: 'without', contre: 'against', vers: 'towards', entre: 'between', devant: 'before', sous: 'under',
  puis: 'then', alors: 'then', ainsi: 'thus', comme: 'as', où: 'where', si: 'if', quand: 'when', lorsque: 'when', car: 'because',
  donc: 'so', ne: 'not', pas: 'not', très: 'very', plus: 'more', il: 'he', elle: 'she', ils: 'they', elles: 'they', lui: 'him',
  leur: 'their', eux: 'them', nous: 'we', je: 'i', on: 'we',
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
  chaîne: 'channel', micro: 'microphone', antenne: 'antenna', ondes: 'waves', communiqué: 'statement', entretien: 'interview', interview: 'interview', conférence: 'conference', presse: 'press',
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
  lunes: 'monday', martes: 'tuesday', miércoles: 'wednesday', jueves: 'thursday', viernes: 'friday', sábado: 'saturday', domingo: 'sunday',
  sr: 'mr', sra: 'mrs', srta: 'miss', don: 'mr', doña: 'mrs', dra: 'dr', ministro: 'minister', ministra: 'minister', presidente: 'president',
  presidenta: 'president', alcalde: 'mayor', alcaldesa: 'mayor', diputado: 'deputy', diputada: 'deputy', senador: 'senator',
  senadora: 'senator', portavoz: 'spokesperson', vocero: 'spokesperson', vocera: 'spokesperson', juez: 'judge', jueza: 'judge',
  fiscal: 'prosecutor', director: 'director', directora: 'director', secretario: 'secretary', secretaria: 'secretary', abogado: 'lawyer',
  abogada: 'lawyer', gobernador: 'governor', gobernadora: 'governor', jefe: 'chief', jefa: 'chief', titular: 'chief', mandatario: 'leader',
  mandataria: 'leader', entrenador: 'coach', entrenadora: 'coach', técnico: 'coach', profesor: 'professor', profesora: 'professor',
  investigador: 'researcher', investigadora: 'researcher', economista: 'economist', médico: 'doctor', médica: 'doctor', concejal: 'councillor',
  concejala: 'councillor', consejero: 'councillor', consejera: 'councillor', general: 'general', vecino: 'resident', vecina: 'resident', sindicalista: 'unionist', comisario: 'commissioner',
  directivo: 'executive', directiva: 'executive', emisora: 'station', diálogo: 'interview', conversación: 'interview',
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
};

/** Runs of words glossed as fewer English words: "d'après" and "de acuerdo con" are "according to". */
const FRENCH_PHRASES: readonly (readonly [readonly string[], readonly string[]])[] = [[["d'", 'après'], ['according', 'to']]];
const SPANISH_PHRASES: readonly (readonly [readonly string[], readonly string[]])[] = [[['de', 'acuerdo', 'con'], ['according', 'to']]];

/**
 * A specialist's noun by its ending, which no list can hold whole: French "-logue" ("l'urgentologue", "la
 * climatologue"), Spanish "-ólogo" ("el vulcanólogo", "la politóloga"); read as English "specialist", a person.
 */
const FRENCH_SPECIALIST = /^\p{L}{3,}logues?$/u;
const SPANISH_SPECIALIST = /^\p{L}{2,}ólog[oa]s?$/u;

const LANGUAGES: ReadonlyMap<string, { words: ReadonlyMap<string, Gloss>; phrases: typeof FRENCH_PHRASES; elides: boolean; specialist: RegExp }> = new Map([
  ['fr', { words: new Map<string, Gloss>([...FRENCH_VERBS, ...Object.entries(FRENCH)]), phrases: FRENCH_PHRASES, elides: true, specialist: FRENCH_SPECIALIST }],
  ['es', { words: new Map<string, Gloss>([...SPANISH_VERBS, ...Object.entries(SPANISH)]), phrases: SPANISH_PHRASES, elides: false, specialist: SPANISH_SPECIALIST }],
]);

/** French elision: the article, preposition or conjunction written onto the next word ("l'AFP", "d'après", "qu'il"). */
const ELIDED = /^(l|d|qu)['’]/;

/** Small words that, between two capitalised words, join a person's name rather than mean "of" or "the" ("Charles de
 * Gaulle", "Luis del Río", "Ana de la Torre"). */
const PARTICLES = new Set(['de', 'del', 'du', 'des', 'la', 'le', 'y', "d'"]);

export const glossesLanguage = (language: string | null): boolean => language !== null && LANGUAGES.has(language);

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
  const split = lang.elides ? splitElisions(text, toks) : toks;
  const out: Tok[] = [];
  // (whether the word before was glossed: an office's "de" is "of", a name's is its particle)
  let glossedBefore = false;
  for (let i = 0; i < split.length; i++) {
    const t = split[i]!;
    const wasGlossed = glossedBefore;
    glossedBefore = false;
    if (t.k !== K.Word) {
      out.push(t);
      continue;
    }
    const phrase = lang.phrases.find(([from]) => from.every((w, k) => split[i + k]?.k === K.Word && split[i + k]!.key === w));
    if (phrase) {
      // (the English words take the phrase's words from its end, one each; the first takes what is left: "de acuerdo
      // con" is "according" over "de acuerdo", "to" over "con")
      const [from, to] = phrase;
      const extra = from.length - to.length;
      for (let k = 0; k < to.length; k++) {
        const first = split[i + (k === 0 ? 0 : k + extra)]!;
        const end = split[i + k + extra]!.e;
        out.push(regloss(first, to[k]!, first.s, end));
      }
      i += from.length - 1;
      glossedBefore = true;
      continue;
    }
    // why: "«…» ¶ Lo decía, entre lágrimas, X": Spanish closes a quotation with "lo" (it) before the verb and the speaker
    // after it, as English "So said X"; elsewhere "lo" is "it"
    // ("Selon elle", "según él": after a preposition, the pronoun is the object form English reads there)
    const object = OBJECT_FORMS.get(t.key);
    const gloss = t.key === 'lo' && t.cap && speechGloss(lang.words.get(split[i + 1]?.key ?? '')) ? 'so'
      : (t.key === 'pour' || t.key === 'para') && t.cap && opensOnPerson(lang.words, split, i + 1) ? ACCORDING_TO
      : object !== undefined && wasGlossed && PREPOSITION_GLOSSES.has(out[out.length - 1]!.key) ? object
      : afterArticle(out, wasGlossed) && speechGloss(lang.words.get(t.key)) ? PARTICIPLE_NOUNS.get(t.key)
      : VERB_OR_TITLE.has(t.key) && !afterArticle(out, wasGlossed) && !t.cap ? VERB_OR_TITLE.get(t.key)
      : lang.words.get(t.key) ?? (!t.cap && lang.specialist.test(t.key) ? 'specialist' : undefined);
    if (gloss === undefined || (PARTICLES.has(t.key) && !wasGlossed && inName(split, i))) {
      out.push(t);
      continue;
    }
    glossedBefore = true;
    if (typeof gloss === 'string') {
      out.push(regloss(t, gloss, t.s, t.e));
      continue;
    }
    const { e, para } = t;
    out.push(regloss(t, gloss[0]!, t.s, t.e));
    for (let k = 1; k < gloss.length; k++) out.push(wordToken(e, e, gloss[k]!, false, para));
  }
  return out;
}

/** The English object form of a subject pronoun of either language ("elle", "ella" → "her"), read after a preposition. */
const OBJECT_FORMS: ReadonlyMap<string, string> = new Map([['elle', 'her'], ['lui', 'him'], ['eux', 'them'], ['elles', 'them'], ['él', 'him'],
  ['ella', 'her'], ['ellos', 'them'], ['ellas', 'them']]);
const PREPOSITION_GLOSSES = new Set(['to', 'for', 'with', 'by', 'of', 'from', 'against', 'towards', 'between', 'without', 'at', 'on', 'in',
  'after', 'before', 'under', 'during', 'since']);

const ACCORDING_TO: readonly string[] = ['according', 'to'];

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
  ['accusée', 'accused'], ['acusado', 'accused'], ['acusada', 'accused'], ['entrevistado', 'interviewee'], ['entrevistada', 'interviewee']]);

/** why: "Fatima El Bouzidi juge le calendrier « irréaliste »": a title that is also a verb of judging ("le juge X",
 * "la juez") is the verb where no article stands before it. */
const VERB_OR_TITLE: ReadonlyMap<string, string> = new Map([['juge', 'estimates']]);

/** Whether the word before, just glossed, is an article. */
const afterArticle = (out: readonly Tok[], wasGlossed: boolean): boolean =>
  wasGlossed && out.length > 0 && (out[out.length - 1]!.key === 'the' || out[out.length - 1]!.key === 'a');

/** Whether a gloss is a verb of speech. */
const speechGloss = (gloss: Gloss | undefined): boolean => typeof gloss === 'string' && SPEECH_VERBS.has(gloss);

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

/** French tokens with an elided article, preposition or conjunction split from the word it is written onto. */
function splitElisions(text: string, toks: Tok[]): Tok[] {
  let out: Tok[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const m = t.k === K.Word ? ELIDED.exec(t.key) : null;
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
