import type { Paragraph, QuoteKind } from '../types';
import { isLower, isQuoteAt, isSpaceAt, isUpper, isWordAt, isWordChar } from './chars';
import { endsWithIntroducer, isSpeechVerb } from './intro';
import type { RawQuote } from './pairing';
import { REPAIRS } from './repairs';
import { DEMONYMS } from '../attribution/lexicon';
import { broadcasterWord } from '../text/broadcasters';
import { paragraphAt } from '../text/paragraphs';

/**
 * Premises, sites, schemes and bodies that translations name in marks after their noun, in their own language and
 * case: "the restaurant „Biser“", "the residential complex "Nur Residence"", "the subsidy scheme «Save water at
 * home»", "the consortium "Cables del Norte S.A."", "the committee «Terra e verità»".
 */
const PREMISE_NOUNS = ['restaurant', 'hotel', 'bar', 'cafe', 'café', 'market', 'bazaar', 'building', 'complex', 'consortium',
  'committee', 'scheme', 'enterprise', 'microdistrict', 'mahalla', 'neighbourhood', 'neighborhood', 'centre', 'center',
  'application', 'exhibition', 'package', 'residence', 'mall', 'cooperative'];
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
/** What is done to documents: "a 'memorandum' signed by …" names a paper, it does not quote anyone. */
const DOCUMENT_VERBS = new Set([
  'signed', 'adopted', 'ratified', 'issued', 'published', 'passed', 'approved', 'concluded', 'drafted', 'enacted',
  'filed', 'submitted', 'initialled', 'initialed', 'renewed', 'agreed', 'negotiated', 'struck',
]);
/** Verbs whose object in marks after an article is a document's name ("signed a “memorandum of understanding”"). */
const SIGNED = new Set(['signed', 'signs', 'sign', 'signing', 'ratified', 'ratifies', 'ratify', 'initialled', 'initialed', 'enacted', 'enacts']);
const ARTICLES = new Set(['a', 'an', 'the']);
const TITLE_MAX_WORDS = 7;
const TITLE_MAX_CHARS = 80;
/** Prizes and events whose names translations give in marks after their noun ("the award «Person of the Year»", "the
 * forum «Open Innovations»"). */
const EVENT_NOUNS = ['award', 'prize', 'medal', 'trophy', 'contest', 'competition', 'tournament', 'exhibition', 'forum', 'conference', 'summit', 'fair', 'expo'];
/** Words that announce a title: "the reality show 'X'", "his book 'X'", "the 'X' ad". */
const TITLE_NOUNS = new Set([
  'show', 'series', 'program', 'programme', 'film', 'movie', 'book', 'novel', 'album', 'song', 'ad', 'ads', 'advert',
  // ("the textbook "Ana tilim" was presented", "a poem «Tuvğan til»", "the dictionary «…»")
  'textbook', 'poem', 'dictionary',
  // ("The pump boat "Bituon sang Aga"", "member of the colectivo «Kanan Ts'ono'ot»")
  'boat', 'boats', 'canoe', 'colectivo', 'collectif', 'programa', 'empresa', 'entreprise', 'impresa',
  'article', 'column', 'op-ed', 'titled', 'entitled', 'headline', 'slogan', 'campaign', 'documentary', 'play', 'magazine',
  'newspaper', 'podcast', 'hashtag', 'motto', 'banner', 'sign', 'signs',
  // what protesters carry: "gathered with banners „We Give Birth Here”", "the placard «Water for Ward 9»"
  'banners', 'placard', 'placards',
  // the names of bodies and operations given in marks, as translations often do ("the organisation 'League of Patients'");
  // not a movement, a coalition or a bill, whose names in marks are often someone's words ("the 'Gang of Eight' bill")
  'organization', 'organisation', 'association', 'foundation', 'operation', 'festival', 'exercise', 'platform', 'collective',
  'portal', 'app', 'drama', 'comedy', 'thriller', 'manifesto', 'plan', 'project', 'initiative', 'strategy', 'group',
  // things given names: "the small lunar probe 「Tsukiakari」", "the vaccine «Sputnik V»"
  'probe', 'satellite', 'rocket', 'mission', 'ship', 'vessel', 'spacecraft', 'brand', 'model', 'product', 'vaccine', 'drug',
  'species', 'variety',
  // bodies and media named in their own language: "the airline «Taiga Avia»", "the ferry «Panagia Tinou III»"
  'airline', 'ferry', 'boat', 'company', 'firm', 'club', 'team', 'band', 'channel', 'station', 'daily', 'weekly', 'radio',
  // ("told the agency «Interfax»", "the publication «Vedomosti»", "the enterprise «Velskenergo»")
  'agency', 'publication', 'enterprise',
  // ("la cellule « Bâtiments à risque »", "la célula «Agua Segura»": a body's unit named in its own language)
  'cellule', 'célula', 'cellula', 'cell',
  // military units named in marks: "the commander of the battalion «Azov»", "the brigade „Edelweiss“"
  'battalion', 'brigade', 'regiment', 'division', 'unit', 'detachment', 'squadron', 'corps',
  // storms, petitions and broadcasts given names: 'due to Typhoon "Dalisay"', 'the petition „We Give Birth in Krnov“'
  'typhoon', 'hurricane', 'cyclone', 'storm', 'petition', 'telethon',
  // the firms behind a club and the groups of a council: 'the sponsor "Harbour Fish"', 'the faction "Homeland"'
  'sponsor', 'sponsors', 'faction',
  ...EVENT_NOUNS,
  // why: "on the broadcast “Harbour at Noon” of the regional channel": a programme named by the noun of its airing, as
  // translations from French and German say "l'émission", "die Sendung"
  'broadcast', 'broadcasts',
  // cards and tickets that schemes issue: "the machines of the card “Tap&Go”"
  'card', 'cards',
  ...PREMISE_NOUNS,
  // the same nouns in French and Spanish, for articles left in those languages ("l'ONG « Mer et Vie »", "la película
  // «Marea baja»", "el operativo «Mosquito Cero»"); an adjective between noun and marks is read past below
  'ong', 'opération', 'operación', 'operativo', 'programme', 'projet', 'proyecto', 'película', 'livre', 'libro', 'pièce', 'obra',
  'spectacle', 'documentaire', 'documental', 'álbum', 'chanson', 'canción', 'émission', 'campagne', 'campaña', 'colectivo',
  'mouvement', 'movimiento', 'label', 'dispositif', 'initiative', 'iniciativa', 'plateforme', 'plataforma', 'application',
  'aplicación', 'groupe', 'grupo', 'revue', 'revista', 'quotidien', 'hebdomadaire', 'semanario', 'asociación', 'fondation',
  'fundación', 'coopérative', 'cooperativa', 'équipe', 'equipo', 'club', 'société', 'sociedad', 'compagnie', 'compañía',
  'agence', 'agencia', 'chaîne', 'cadena', 'émission', 'opérateur', 'festival', 'prix', 'premio', 'trophée', 'trofeo', 'tournoi',
  'torneo', 'navire', 'bateau', 'barco', 'marque', 'marca', 'exposition', 'exposición', 'salon', 'feria', 'foire', 'rapport', 'informe',
  'pétition', 'petición', 'tribune', 'tribuna', 'stade', 'estadio', 'quartier', 'barrio', 'cité', 'collectif', 'plan', 'lista', 'inchiesta',
  'indagine', 'inquérito', 'investigação', 'projecto', 'construtora', 'raccolta', 'fondo', 'collettivo', 'coletivo',
  // and in Italian and Portuguese ("l'operazione «Mani Pulite»", "o projeto "Água Limpa"", "la piattaforma «Spesa Sicura»")
  'operazione', 'operação', 'progetto', 'projeto', 'programma', 'libro', 'livro', 'spettacolo', 'espetáculo', 'documentario',
  'documentário', 'canzone', 'canção', 'campagna', 'campanha', 'movimento', 'iniziativa', 'piattaforma', 'gruppo',
  'associazione', 'associação', 'fondazione', 'fundação', 'squadra', 'società', 'sociedade', 'azienda', 'agenzia', 'agência',
  'premio', 'prêmio', 'prémio', 'trofeo', 'nave', 'navio', 'marchio', 'mostra', 'exposição', 'fiera', 'feira', 'rapporto',
  'relatório', 'petizione', 'petição', 'stadio', 'estádio', 'quartiere', 'bairro', 'piano', 'plano', 'rivista', 'settimanale',
  'semanário', 'emittente', 'emissora', 'applicazione', 'aplicativo', 'comitato', 'comitê', 'comité', 'collettivo', 'coletivo',
]);
/** French, Spanish, Italian and Portuguese articles, read before marks as "the" and "a" are ("le « Virage Rouge »", "la
 * «Caldera»", "il «Ponte Nuovo»", "o "Mercadão""); not those that are also English words ("a", "as", "i"). */
const ARTICLE_GLOSSES: ReadonlyMap<string, string> = new Map([['le', 'the'], ['la', 'the'], ['les', 'the'], ["l'", 'the'], ['el', 'the'],
  ['los', 'the'], ['las', 'the'], ['un', 'a'], ['une', 'a'], ['una', 'a'], ['il', 'the'], ['lo', 'the'], ['gli', 'the'], ['uno', 'a'],
  ["un'", 'a'], ['o', 'the'], ['os', 'the'], ['um', 'a'], ['uma', 'a']]);
/** Laws and the like, whose titles translations give in marks, often after their number ("the bill No. 9123 «On …»"),
 * and the articles of a code a case is opened under ("under the article «Violation of the rules of …»"). */
const LEGAL_NOUNS = new Set(['bill', 'law', 'decree', 'resolution', 'ordinance', 'regulation', 'act', 'article']);
/**
 * why: "Kelly said the bill “will pass before the recess”", "the law “is unconstitutional”": a quotation after a law's
 * noun that opens on a verb in lower case is what is said of the law, the sentence's predicate; a law's title never
 * opens on one ("the bill «On the protection of …»", "the Act “Protect Our Kids”").
 */
const PREDICATE_OPENINGS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'can', 'cannot', 'may', 'might',
  'must', 'shall', 'has', 'had', 'have', 'does', 'did', 'do']);
/** Nouns whose presence makes a quotation in title case the name of a document ("the ‘Seoul Joint Statement for …’"). */
const DOCUMENT_HEADS = new Set(['statement', 'declaration', 'agreement', 'accord', 'treaty', 'memorandum', 'convention',
  'charter', 'protocol', 'act', 'law', 'report', 'plan', 'strategy', 'initiative', 'programme', 'program', 'roadmap', 'pact', 'manifesto',
  // why: warnings an authority issues and contests people play, named in title case: "the 「Heavy Snow Emergency
  // Warning」", "the "County Farmers League""
  'warning', 'alert', 'advisory', 'league', 'cup', 'festival', 'championship', 'award', 'prize']);
/**
 * Words that say the marks hold a name, whatever its case or length: "under the slogan «Protect yourself from the
 * sun»", "carries the title «Fair Work for All»", "with the name 'Badlav Patra'", "a firm named „Aqua Consilium”".
 * Translated titles keep their language's sentence case, so the title-case test below would miss them.
 */
const NAMING_WORDS = new Set(['title', 'titled', 'entitled', 'name', 'named', 'nicknamed', 'slogan', 'motto', 'hashtag', 'theme',
  // "known in the market by the nickname "Boss Onion"", "under the moniker «Uncle Drum»"
  'nickname', 'moniker', 'sobriquet',
  // a category an authority gives: "river bank which is classified "especially dangerous""
  'classified', 'categorised', 'categorized',
  // why: "a proposition of law baptised « Zero sinistered »": French and Spanish translations name a text or a scheme
  // with the participle of "baptiser", "bautizar"
  'baptised', 'baptized', 'christened',
  // why: "l'enquête, baptisée « Champ clair »", "la investigación, denominada "Operación Acueducto"", "el llamado “tanque
  // madre”": French and Spanish articles left in their own language name a thing with the participle of naming right
  // before the marks (as English "named" or "so-called"); a participle agrees with the noun it names, so its every form
  // is listed ("dit" alone, "a dit « … »", is "said", and is left out)
  ...['baptisé', 'surnommé', 'intitulé', 'dénommé', 'appelé', 'nommé'].flatMap((w) => [w, `${w}e`, `${w}s`, `${w}es`]), 'dite', 'dites',
  ...['bautizad', 'denominad', 'llamad', 'apodad', 'titulad'].flatMap((w) => [`${w}o`, `${w}a`, `${w}os`, `${w}as`]),
  // (Italian "denominata «…»", "il cosiddetto «…»", Portuguese "batizada de "…"", "o chamado "…"")
  ...['denominat', 'chiamat', 'battezzat', 'ribattezzat', 'soprannominat', 'intitolat', 'cosiddett'].flatMap((w) => [`${w}o`, `${w}a`, `${w}i`, `${w}e`]),
  ...['denominad', 'chamad', 'batizad', 'rebatizad', 'apelidad', 'intitulad'].flatMap((w) => [`${w}o`, `${w}a`, `${w}os`, `${w}as`]),
  // (nicknames, and the verbs by which people call a thing so: "il soprannome di «Doge»", "a que chamam «picada da
  // morte»", "quello che chiamano «il buco»")
  'soprannome', 'nomignolo', 'apelido', 'alcunha', 'chamam', 'chamavam', 'chiamano', 'chiamavano']);
/** Prepositions that give who named a thing, after the participle ("dubbed by locals", "ribattezzato dagli infermieri",
 * "batizado pelos grevistas"). */
const NAMED_BY = new Set(['by', 'da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'", 'pelo', 'pela', 'pelos', 'pelas', 'por', 'par']);
/** Most words between a participle of naming and the marks, who named the thing among them. */
const NAMED_BY_REACH = 6;

/**
 * why: "ormai ribattezzato dagli infermieri "la galleria"", "batizado pelos próprios grevistas de “Recife Parado”", "a
 * scheme dubbed by locals 'the money pit'": who gave the name may stand between the participle of naming and the
 * marks; the words in lower case from the marks back to a preposition of agency right after such a participle.
 */
function namedBy(text: string, open: number): boolean {
  let at = open;
  let agent = false;
  for (let k = 0; k < NAMED_BY_REACH; k++) {
    const w = wordBefore(text, at)?.toLowerCase();
    if (w === undefined || !isLower(w[0] ?? '')) return false;
    if (agent && NAMING_WORDS.has(w)) return true;
    agent = NAMED_BY.has(w);
    at = startOfWordBefore(text, at);
  }
  return false;
}

/** Participles of christening, read as "named" is: a verb with its own subject names nothing ("she baptised “…”"). */
const BAPTISED = new Set(['baptised', 'baptized', 'christened']);
/** Works whose titles translations give in sentence case ("the drama ”Mossa och järn”"). */
const WORK_NOUNS = new Set(['film', 'movie', 'book', 'novel', 'album', 'song', 'documentary', 'play', 'drama', 'comedy', 'thriller', 'series',
  'programme', 'program', 'show', 'textbook', 'poem', 'dictionary', 'boat', 'boats', 'canoe']);
/** Companies' legal forms, written in capitals before or after their name in marks ("JSC «Oblenergo»"). */
const LEGAL_FORMS = new Set(['jsc', 'ojsc', 'pjsc', 'cjsc', 'llc', 'llp', 'ltd', 'plc', 'ooo', 'oao', 'zao', 'pao', 'gmbh', 'sarl',
  'spa', 'nszz', 'pt', 'tbk']);
/** Nouns after which a name in marks keeps its own language's sentence case ("the campaign «Sport without violence»"). */
const OWN_CASE_NOUNS = new Set([...PREMISE_NOUNS, 'campaign', 'group', 'programme', 'program', 'banner', 'banners', 'placard', 'placards',
  // why: "the operation «Classe vide»", "the project "Nahr al-Amal"", "the movement «Enfermeiros em Marcha»": operations,
  // projects and movements keep their own language's case as the campaigns do
  'operation', 'project', 'movement',
  // why: "the investments of the company „Kauno šiluma“": a firm's name in its own language (a name opens on a capital)
  // ("the empresa "Porcícola Peninsular del Sureste"": or the noun left in the language too)
  'company', 'firm', 'empresa', 'entreprise', 'impresa', 'empresas',
  // why: "il comitato «Scuole aperte Murgia»", "a lista «Continuidade e Confiança»", "l'operation « Classe vide »": the
  // same nouns in the languages read in their own words, whose names keep sentence case
  'comitato', 'comitê', 'comité', 'lista', 'programma', 'programa', 'progetto', 'projeto', 'projecto', 'proyecto', 'projet', 'campagna',
  'campanha', 'campaña', 'campagne', 'movimento', 'movimiento', 'mouvement', 'operazione', 'operação', 'operación', 'opération', 'operativo',
  'inchiesta', 'indagine', 'inquérito', 'investigação', 'piano', 'plano', 'iniziativa', 'iniciativa', 'initiative', 'raccolta', 'collettivo',
  'coletivo', 'colectivo', 'collectif', 'dispositif', 'plateforme', 'plataforma', 'piattaforma', 'construtora', 'fondo', 'associazione',
  'associação', 'asociación', 'association',
  // ("la cellule « Bâtiments à risque »": a body's unit)
  'cellule', 'célula', 'cellula', 'cell']);
/** Whether the noun before the marks at `open` has an article before it, or before the one word describing it ("the
 * opposition movement „Free Farmers“"). */
function determinedNoun(text: string, open: number): boolean {
  const noun = startOfWordBefore(text, open);
  const w = wordBefore(text, noun)?.toLowerCase() ?? '';
  if (DETERMINERS.has(w)) return true;
  return w !== '' && isLower(w[0]) && DETERMINERS.has(wordBefore(text, startOfWordBefore(text, noun))?.toLowerCase() ?? '');
}

/**
 * Nouns that announce a name right after them only with an article before them: "the movement «Enfermeiros em Marcha»"; not
 * after them ("a “Stop the Port” movement" may be someone's words).
 */
const APPOSED_NOUNS = new Set(['movement']);
/**
 * why: "the party «Belaya Rus»", "the Chilean NGO «Clean Hands»", "the plant «Belaz»", "the hospital «Santa Rosa»", "the
 * camp «Nuevo Amanecer»", "the street «Lenin»": parties and unions, works, schools, shops and places of a town keep their
 * names in marks right after their noun in translations from Russian, Spanish, French …; English marks its coinages
 * before the noun ("the "Gang of Eight" coalition", "the "Never Trump" camp") and quotes them as words, so these nouns
 * announce a name only before it.
 */
const NAMED_AFTER_NOUN = new Set(['party', 'union', 'federation', 'coalition', 'alliance', 'ngo',
  'plant', 'factory', 'mill', 'mine', 'farm', 'school', 'lycée', 'college', 'hospital', 'clinic', 'sanatorium', 'camp',
  'shop', 'store', 'supermarket', 'bakery', 'pharmacy', 'theatre', 'theater', 'cinema', 'museum', 'stadium', 'park', 'dam',
  'bridge', 'airport', 'village', 'settlement', 'street', 'avenue', 'square']);
/** Media whose names translations give in marks and in their own language's case. */
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'magazine', 'channel', 'station', 'radio', 'portal', 'agency', 'website', 'tv', 'television']);
/** Longest name in marks after a naming word: a bill's or a paper's title may run to a sentence's length. */
const NAME_MAX_CHARS = 200;

/**
 * `partial`: a quoted phrase inside the reporter's sentence ("welcoming the 'positive' relations"); `direct`: a
 * quotation that stands as speech, after an introducer, a sentence end or at the start of a line.
 */
export function quoteKind(text: string, q: RawQuote, start: number, paragraphs: readonly Paragraph[] = []): QuoteKind {
  if (q.repairs.includes(REPAIRS.unmarked)) return 'unmarked';
  const at = q.openAt >= 0 ? q.openAt : start;
  const before = lastNonSpace(text, at);
  // why: the title line has no closing stop, yet a lede's quotation under it ('"We will not pay," said …') stands as
  // speech; after any other line without one, a scraper cut the quoted phrase off its sentence
  // ("Read also: Storm hits coast" above it: site clutter ends no sentence of the article's, and continues none)
  if (isWordAt(text, before) && !afterTitleLine(text, at) && !paragraphAt(paragraphs, before)?.boilerplate) return 'partial';
  // "…turbines, 'for local use only'": a lower-case phrase after a comma continues the reporter's
  // sentence, unless a speech verb introduces it ("he said, 'we will …'").
  if (text[before] === ',' && isLower(leadingLetter(text, start)) && !endsWithIntroducer(text, Math.max(0, at - 40), at)) return 'partial';
  return 'direct';
}

/**
 * Quoted stretches that are not speech: titles of shows, books and slogans (every word capitalised, no
 * sentence inside), and names of documents or things ("a 'memorandum of understanding' signed …", where the
 * marks name an object that the sentence then acts on).
 */
export function isNotSpeech(text: string, q: RawQuote, start: number, end: number): boolean {
  const open = q.openAt;
  if (open < 0 || q.closeEnd < 0) return false;
  if (end - start <= FOREIGN_NAME_MAX_CHARS && inAnotherScript(text, start, end) && latinAround(text, open, q.closeEnd)) return true;
  const before = wordBefore(text, open);
  const after = wordAfter(text, q.closeEnd);
  // (lowered once: on a wall of short quotations each lowering is a string)
  const lowered = before === null ? '' : before.toLowerCase();
  const lower = ARTICLE_GLOSSES.get(lowered) ?? lowered;
  if (before && DETERMINERS.has(lower) && after && DOCUMENT_VERBS.has(after)) return true;
  // ("The minister signed a “memorandum of understanding” with Turkey": the document is the object of what is done
  // to it, a name of a few words with no sentence in it)
  // (only the verbs a document alone takes: "issued a “stand down”" may quote an order's words)
  if (before && ARTICLES.has(lower) && SIGNED.has(wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() ?? '') &&
    end - start <= TITLE_MAX_CHARS && text.slice(start, end).split(/\s+/).length <= TITLE_MAX_WORDS && !/[.!?;:,]/.test(text.slice(start, end))) return true;
  // "the so-called 'experts'": the reporter distancing from a word, not anyone's speech.
  if (lower === 'called' && text.slice(Math.max(0, open - 12), open).toLowerCase().includes('so-called')) return true;
  // ("o plano, batizado de "Tarifa Justa"", "chamada de «…»", "il soprannome di «Doge»": Portuguese names a thing with the
  // participle and "de", Italian a nickname with "di")
  const naming = before !== null && (NAMING_WORDS.has(lower) || ((lower === 'de' || lower === 'di') && NAMING_WORDS.has(wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() ?? '')) ||
    (isLower(before[0]) && namedBy(text, open))) && !((before === 'named' || BAPTISED.has(before)) && namedAsVerb(text, open));
  // (the word before decides which test can apply at all: most quotations follow "said" or a comma)
  const named = naming || ((lower === 'as' || lower === 'the' || lower === 'a' || lower === 'como' || lower === 'comme' || lower === 'come') && knownAs(text, open)) ||
    ((lower === 'a' || lower === 'an' || lower === 'as' || DECLARED.has(lower)) && declaredAs(text, open)) ||
    ((LEGAL_NOUNS.has(lower) || lower === 'no' || lower === 'nr' || /^\d/.test(lower)) && legalTitle(text, open) && !PREDICATE_OPENINGS.has(wordAfter(text, start) ?? ''));
  if (named && end - start <= NAME_MAX_CHARS && !/[.!?]\s/.test(text.slice(start, end))) return true;
  if (end - start <= NAME_MAX_CHARS && documentTitle(text, start, end)) return true;
  if (end - start > TITLE_MAX_CHARS) return false;
  if (text[start] === 'T' && capitalsTitle(text, start, end)) return true;
  if (before !== null && isUpper(before[0]) && isLower(text[start]) && scareAfterProperAdjective(text, open, start, end, q.closeEnd)) return true;
  // why: a short phrase no sentence stops inside is a name when its context says so, whatever its case (the context is
  // read first: on a wall of short quotations most have none, and pay for no slice)
  // ("… call it "Bylaw No. 2"": a stop before a number ends no sentence)
  if ((compoundName(text, open) || namedByCalling(text, open, lower, start, end) || planName(text, start, end, lower) || namedAfter(text, q.closeEnd)) && !/[.!?;]\s+(?!\d)/.test(text.slice(start, end))) return true;
  if (lower === 'or' && aliasAfterOr(text, open, start, end, q.closeEnd)) return true;
  if ((lower === 'aka' || lower === 'alias' || (before === null && akaBefore(text, open))) && aliasName(text, open, start, end)) return true;
  if ((lower === 'the' || lower === '') && ironicCalling(text, open) && !/[.!?;]\s/.test(text.slice(start, end))) return true;
  // why: "which they call «Tuli Pamo», meaning «we are together»": what a name means, after "meaning", glosses it
  // ("… "Atl amo tlanamakalo", that in castilla it means "the water is not sold"": or after a clause that says so of the
  // name in marks just before it)
  if ((lower === 'meaning' || lower === 'means') && (text[lastNonSpace(text, startOfWordBefore(text, open))] === ',' || glossClause(text, open))) return true;
  // why: "the programme „Lijo ho Bohle“ (Food for All)", "the theme „Alegria sin Fin“ (Joy without end)": marks followed
  // by their translation in brackets hold a name in its own language
  if (end - start <= NAME_MAX_CHARS && glossedAfter(text, q.closeEnd) && !/[.!?;]\s/.test(text.slice(start, end))) return true;
  // why: "the programme „Auyl qauipsiz“ ("Safe village")": the gloss in brackets after a name in marks translates the name
  if (end - start <= GLOSS_MAX_CHARS && glossOfName(text, open) && !/[.!?;]\s/.test(text.slice(start, end))) return true;
  // why: "the people stood up and sang “Tutira Mai Nga Iwi”", "sang the supporters »Gentan á Strendur«": what is sung is
  // a song, named by its title (not "chanted": a crowd's chant is its words)
  // ("the women started to sing „Namibia, Land of the Brave“": a song's title may hold a comma)
  if (isUpper(leadingLetter(text, start)) && sungTitle(text, open, lower) && (titleLikeName(text, start, end) || songTitle(text, start, end))) return true;
  // why: "who is known in all the village with the name of "Kashona"": what follows "the name of" is a name
  if (lower === 'of' && NAME_NOUNS.has(wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() ?? '') && titleLikeName(text, start, end)) return true;
  // why: "the chairman of the "Mangingisda sang Tabucan Multi-Purpose Cooperative"", "president of the «Associacion dels
  // Pastres del Larzac»": a body's name in marks after "of the", holding a body's word in its own language
  if (lower === 'the' && wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() === 'of' && end - start <= TITLE_MAX_CHARS && isUpper(leadingLetter(text, start)) &&
    !/[.!?;:,]\s/.test(text.slice(start, end)) && bodyWordIn(text, start, end)) return true;
  // why: "In the plaza they put the banner: "¡El agua no se vende, se defiende!"", "the banner of the last manifestation:
  // «…»": what a sign named before the colon reads is its slogan
  if (text[lastNonSpace(text, open)] === ':' && (SIGN_NOUNS.has(wordBefore(text, lastNonSpace(text, open))?.toLowerCase() ?? '') ||
    wordBackIn(text, lastNonSpace(text, open), SIGN_COLON_REACH, SIGN_NOUNS))) return true;
  // why: "the banners said "Umax jakañawa"", "one banner say "Kava i laef blong yumi"": what a banner, a placard or a
  // sign reads is its slogan, no one's quoted words
  // ("… said "Umax jakañawa" and "Jallalla Omasuyos"": the next slogan after "and" too)
  // ("one carton on the fence where they wrote with red paint „Pompu now!”": the verb before what it was written with)
  if ((SIGN_VERBS.has(lower) && wordBackIn(text, startOfWordBefore(text, open), SIGN_REACH, SIGN_NOUNS)) ||
    (WRITING_MEANS.has(lower) && wordBackIn(text, writtenWith(text, open), SIGN_REACH, SIGN_NOUNS)) ||
    // ("the boys painted with red letters: «SIN WÜIN NO HAY VIDA»": what is painted is an inscription, on whatever thing)
    (WRITING_MEANS.has(lower) && INSCRIBED.has(wordBefore(text, writtenWith(text, open))?.toLowerCase() ?? '')) ||
    (lower === 'and' && SIGN_LIST.test(text.slice(Math.max(0, open - SIGN_LIST_WINDOW), open))) ||
    ((lower === 'it' || lower === 'them') && writtenOn(text, open)) ||
    ((lower === 'words' || lower === 'word') && inscribedWith(text, open)) ||
    // ("They carried the capulanas written with «O MAR É NOSSO»": a sign written with the words)
    (lower === 'with' && (INSCRIBED.has(wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() ?? '') || wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() === 'written') &&
      wordBackIn(text, startOfWordBefore(text, open), SIGN_REACH, SIGN_NOUNS))) return true;
  if (end - start <= ALERT_MAX_CHARS && alertColour(text, start, end)) return true;
  if (end - start <= EPITHET_MAX_CHARS && cityEpithet(text, start, end)) return true;
  if (lower === 'the' && end - start <= ALERT_NAME_MAX_CHARS && alertName(text, start, end)) return true;
  if (before !== null && isLower(before[0]) && carriedWords(text, open) && !/[.!?;]\s/.test(text.slice(start, end))) return true;
  if (!isUpper(leadingLetter(text, start))) return false;
  if ((lower === 'the' || lower === 'a' || lower === 'an') && articleName(text, start, end, lower) && afterName(text, q.closeEnd)) return true;
  // why: "in the frame of the «Offensive agropastorale et halieutique» of the government": between "the" and "of" a body,
  // capitalised marks hold the body's scheme, in its own language's case; no one's words are the government's so
  if (lower === 'the' && end - start <= TITLE_MAX_CHARS && ofBody(text, q.closeEnd) && !/[.!?;:,]/.test(text.slice(start, end))) return true;
  if (lower === 's' && ownedByBody(text, open) && titleCaseName(text, start, end) && afterName(text, q.closeEnd)) return true;
  // why: "The company's new model, called "Aurora", will go on sale": a participle of naming set off after its noun by a
  // comma names the thing; no one calls it so in words ("Ruiz called "Aurora" a failure" has its subject before the verb)
  if ((lower === 'called' || lower === 'dubbed') && text[lastNonSpace(text, startOfWordBefore(text, open) - 1)] === ',' && titleCaseName(text, start, end)) return true;
  // why: "The boat of the tomite, which is called «Tamari'i Tautira», will make the tour": the passive of naming ("is
  // called", "was named") gives the thing its name; no one says the words
  if ((lower === 'called' || lower === 'named') && PASSIVE_BE.has(wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() ?? '') && titleCaseName(text, start, end)) return true;
  // why: "on it is write ‘Tie the wrist’", "in Balochi is written ‹Aap zind int›", "one sentence is written: «…»", "on
  // which with blue colour „Munzur Kızı“ is written": the passive of writing, before the marks or after them as
  // verb-final translations put it, says what stands written on a thing; no one's words
  // ("the boat … which name is ‹Pa Hti Moo›": and a thing's name given with "name is")
  if (end - start <= NAME_MAX_CHARS && !/[.!?;]\s/.test(text.slice(start, end)) &&
    (WRITTEN_BEFORE.test(text.slice(Math.max(0, open - WRITTEN_WINDOW), open)) || WRITTEN_AFTER.test(text.slice(q.closeEnd, q.closeEnd + WRITTEN_WINDOW)) ||
      (lower === 'is' && wordBefore(text, startOfWordBefore(text, open))?.toLowerCase() === 'name'))) return true;
  if (text[q.closeEnd] === ':' && headlineSpeaker(text, open, start, end)) return true;
  if (lower === 'of' && placeName(text, open, start, end)) return true;
  // why: "on HBN's 'Early Tide'", "Harbour News Channel's 'Tidewatch,'": a programme after a broadcaster's possessive is
  // where the words were said (the broadcaster is the venue), a title however short
  const venue = broadcasterPossessive(text, open);
  // why: "told “Okaz”: “…”", "told «An-Nahar».", "Spokesman of Jeddah Municipality to “Okaz”: “…”": a short name in
  // marks the words are told to, or given to before the colon that opens them, is the paper's
  const owner = (lower === 'of' && personAfter(text, q.closeEnd)) || (lower === 'to' && givenTo(text, open)) || lower === 'told' ||
    (lower === 'to' && text[q.closeEnd] === ':');
  // why: "LLP „Rudny Teplo Energy“", "JSC «Oblenergo»", "«Azervod» OJSC": a company's legal form next to the marks says
  // they hold its name, as in the languages that write it so
  const company = (before !== null && LEGAL_FORMS.has(lower) && isUpper(before[0])) || (after !== null && isUpper(after[0]) && LEGAL_FORMS.has(after.toLowerCase()));
  const press = (lower === 'of' || lower === 'by' || lower === 'the') && pressName(text, open, lower);
  const apposed = (APPOSED_NOUNS.has(lower) && determinedNoun(text, open)) || NAMED_AFTER_NOUN.has(lower);
  // why: "the "Spring Harvest" markets", "the «Nilufar» bus company": a plural of a naming noun, or a noun in lower case
  // before one, after marks an article opens frames them as an attributive name, as one naming noun does
  // (not past an article, which opens an apposition: "that ''The Tides,'' a show …")
  const nounAhead = after !== null && DETERMINERS.has(lower) && isLower(after[0]) && !DETERMINERS.has(after) && titleNounAhead(text, q.closeEnd, after);
  const members = before !== null && isLower(before[0]) && ofMembers(text, open);
  // why: "included in the Plan of Development “Medellín Avanza”", "the Programme of Housing «Casa Nueva»": Spanish,
  // Portuguese and French translations give a scheme's noun its field after "of", capitalised as one title, and the
  // scheme's own name in marks after it (read only after a capitalised word)
  const fielded = before !== null && isUpper(before[0]) && ofField(text, open);
  const announced = press || company || venue || owner || apposed || members || fielded || isTitleNoun(before) || isTitleNoun(after) || isTitleNoun(wordBefore(text, startOfWordBefore(text, open))) ||
    (lower === 'the' && actsAsSubject(text, q.closeEnd)) || nounAhead;
  const introduced = text[lastNonSpace(text, open)];
  // why: "Il suo programma, «Volley per tutti», punta sui giovani", "the plan, “Clean River”, was approved": a short name
  // set off by commas on both sides right after a title's noun is that noun's apposition, its name
  if (introduced === ',' && isTitleNoun(wordBefore(text, lastNonSpace(text, open))) && text[firstNonSpace(text, q.closeEnd)] === ',' &&
    !/[.!?;:]/.test(text.slice(start, end)) && text.slice(start, end).split(/\s+/).length <= TITLE_MAX_WORDS) return true;
  if (!announced || introduced === ':' || introduced === ',') return false;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  // (one word is a title too when the noun before it announces one: "the portal «Diia»", "the film ”Vinterhamnen”")
  // why: and when an article before and the noun after frame it, as an attributive name: "the “Maktabim” platform",
  // "the ‘Gramavandi’ scheme", "the «Qushbegi» mahalla"; nobody's one capitalised word sits between "the" and a noun
  const framed = after !== null && DETERMINERS.has(lower) && (isTitleNoun(after) || nounAhead);
  // ("les « Mimos » ont renversé la situation": one capitalised word an article opens and a verb follows is the subject,
  // a team's or a band's name; no one's one word is the subject of a verb outside the marks)
  const subject = lower === 'the' && actsAsSubject(text, q.closeEnd);
  if (words.length < (press || company || venue || owner || apposed || members || framed || subject || isTitleNoun(before) ? 1 : 2) || words.length > TITLE_MAX_WORDS) return false;
  // (a stop inside a word is no sentence's: "Kompas.com News Update")
  for (let w = 0; w < words.length - 1; w++) if (/[.!?]$/.test(words[w]!)) return false;
  // (nor do media's names in their own language: "the newspaper «Maru-Şahu jahan»", "the channel «Altyn Asyr»")
  if (before !== null && (WORK_NOUNS.has(lower) || MEDIA_NOUNS.has(lower) || OWN_CASE_NOUNS.has(lower) || (members && ownCaseMembers(text, open)))) return true;
  // why: "within the framework of the "Clean air - healthy Ulaanbaatar" program": between "the" and a scheme's noun, a
  // name in its own language's case, as after the noun ("a "Stop Trump" movement", after "a", may be someone's words)
  if (lower === 'the' && after !== null && OWN_CASE_NOUNS.has(after.toLowerCase())) return true;
  return words.every((w) => w.length < 4 || isUpper(firstLetter(w)) || /^\d/.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()) || elidedCapital(w));
}

/** Longest nickname written in marks inside a person's name. */
const NICKNAME_MAX_CHARS = 20;

/**
 * why: 'said the mayor of the village, Ricardo "Ricky" Topasna, cutting the ribbon': a word or two in capitals, in marks
 * between a given name and a surname, are the name the person goes by, nobody's words, and part of the person's name
 * as written. Not in a headline's title case ('Clinton "Disappointed" By Result': a capitalised word after the surname),
 * nor a participle.
 */
export function nicknameInName(text: string, q: RawQuote, start: number, end: number): boolean {
  if (q.openAt < 0 || q.closeEnd < 0 || end - start > NICKNAME_MAX_CHARS) return false;
  const before = wordBefore(text, q.openAt);
  const after = wordAfter(text, q.closeEnd);
  // (names written in title case: "THE ‘WONDER WOMAN’ AND" is a shouted headline's)
  if (before === null || after === null || !isUpper(before[0]) || !isUpper(after[0]) || before.toUpperCase() === before || after.toUpperCase() === after) return false;
  const closeEnd = q.closeEnd;
  const words = text.slice(start, end).split(' ');
  if (words.length > 2 || !words.every((w) => w.length > 1 && isUpper(w[0]) && /^[\p{L}'’-]+$/u.test(w) && !/(ed|ing)$/.test(w))) return false;
  let i = closeEnd;
  while (i < text.length && isSpaceAt(text, i)) i++;
  i += after.length;
  const next = wordAfter(text, i);
  return !(next !== null && isUpper(next[0]) && isSpaceAt(text, i));
}

/**
 * why: "the association “Comité d'Entraide Valmont”", "the bank «Cassa d'Abruzzo»": French, Italian and Catalan names
 * keep an elided article or preposition before a capitalised word, and the word is capitalised for the title all the same
 */
function elidedCapital(w: string): boolean {
  const c = w[0];
  return (c === 'd' || c === 'l') && (w[1] === "'" || w[1] === '\u2019') && isUpper(w[2]);
}

/** Whether the capitalised word before the marks at `open` follows "of" and a title noun ("the Plan of Development"). */
function ofField(text: string, open: number): boolean {
  const at = startOfWordBefore(text, open);
  if (wordBefore(text, at) !== 'of') return false;
  return isTitleNoun(wordBefore(text, startOfWordBefore(text, at)) ?? null);
}

/** Bodies named for whom they gather whose names keep their own language's case ("the association of consumers «Sugu ni»"). */
const OWN_CASE_BODIES = new Set(['association', 'associations', 'committee', 'cooperative', 'group', 'movement']);

/**
 * why: "The association of consumers «Nyogon deme» has denounced …", "the cooperative of weavers “Tia fou”": a body
 * named after whom it gathers keeps its name in its own language's case, as after its noun alone. `open` is the opening
 * mark, after "of" and the members' word.
 */
function ownCaseMembers(text: string, open: number): boolean {
  const at = startOfWordBefore(text, startOfWordBefore(text, open));
  return OWN_CASE_BODIES.has(wordBefore(text, at)?.toLowerCase() ?? '');
}

/**
 * Whether a person's name (two capitalised words) follows the closing mark ending at `i`: "the general director of
 * «Taiga Avia» Yevgeny Rudakov", where the marks name the body the person works for.
 */
function personAfter(text: string, i: number): boolean {
  const first = wordAfter(text, i);
  if (first === null || !isUpper(first[0]) || text[i] !== ' ') return false;
  const second = wordAfter(text, i + 1 + first.length);
  return second !== null && isUpper(second[0]) && text[i + 1 + first.length] === ' ';
}

/** People of the press, whose paper or channel follows "of" ("the correspondent of «Vedomosti»"). */
const PRESS_PEOPLE = new Set(['correspondent', 'correspondents', 'reporter', 'reporters', 'journalist', 'journalists', 'editor',
  'editors', 'columnist']);
/**
 * why: "at the request of «Harbour Courier» the company did not answer", "to the inquiry of „Dziennik Portowy”": a paper
 * that asks is named after "the request of", as its reporters are after "the correspondent of"; words are not asked
 */
const ASKING_NOUNS = new Set(['request', 'requests', 'inquiry', 'inquiries', 'enquiry', 'query', 'queries']);
/** Verbs whose agent after "by" is a paper or a channel ("as reported by the „Kurier Lubelski”"). */
const PUBLISHED = new Set(['reported', 'published', 'broadcast', 'aired', 'revealed']);

/**
 * why: "told the correspondent of «Vedomosti»", "as reported earlier by the „Kurier Lubelski”", "the photos published
 * by 'Dinamani'": marks after a person of the press and "of", or after "by" with a verb of publishing, hold the name of
 * the paper or channel, not anyone's words. `lower` is the word right before the marks ("of", "by" or "the").
 */
function pressName(text: string, open: number, lower: string): boolean {
  let at = startOfWordBefore(text, open);
  let w = lower;
  if (w === 'the') {
    w = wordBefore(text, at)?.toLowerCase() ?? '';
    if (w !== 'by') return false;
    at = startOfWordBefore(text, at);
  }
  const prev = wordBefore(text, at)?.toLowerCase();
  if (prev === undefined) return false;
  if (w === 'of') return PRESS_PEOPLE.has(prev) || ASKING_NOUNS.has(prev);
  if (PUBLISHED.has(prev)) return true;
  // (an adverb between: "reported earlier by")
  const prev2 = wordBefore(text, startOfWordBefore(text, at))?.toLowerCase();
  return prev2 !== undefined && PUBLISHED.has(prev2) && isLower(prev[0]);
}

/** Nouns for what a speaker gives a paper: "explained in statements to "Youm7"". */
// ("said in a comment for Nasha Niva": Belarusian and Russian translations give a single comment "for" or "to" the paper)
// ("wrote in an op-ed for The Harbour Times", "in a column for Público": what a person writes for a paper)
export const GIVEN_NOUNS = new Set(['statement', 'statements', 'interview', 'interviews', 'remarks', 'comment', 'comments', 'declarations',
  'op-ed', 'oped', 'article', 'column', 'essay', 'editorial', 'commentary', 'piece']);

/**
 * Whether the "to" before offset `i` gives words to whoever the marks name, a paper or a channel: "– declared he to
 * «Kommersant»", "in statements to "Youm7"": a speech verb or its noun right before "to", or a pronoun after the verb.
 */
function givenTo(text: string, i: number): boolean {
  let at = startOfWordBefore(text, i);
  let w = wordBefore(text, at)?.toLowerCase();
  if (w === 'he' || w === 'she' || w === 'they' || w === 'it') {
    at = startOfWordBefore(text, at);
    w = wordBefore(text, at)?.toLowerCase();
  }
  // ("pointed out to “Okaz” that": a verb of speaking with its particle)
  if (w === 'out') return OUT_SPEECH.has(wordBefore(text, startOfWordBefore(text, at))?.toLowerCase() ?? '');
  // ("He, according to “Armenpress”, stated that …": the source named in marks after "according to")
  return w !== undefined && (isSpeechVerb(w) || GIVEN_NOUNS.has(w) || w === 'according');
}

/**
 * why: "a member of the group of fans «Ultras Zêrin»", "the association of women «Fanilo»": a body's noun and "of" whom
 * it gathers, right before the marks, announce its name as the noun alone does. `open` is the opening mark, after the
 * members' word.
 */
function ofMembers(text: string, open: number): boolean {
  const at = startOfWordBefore(text, open);
  if (wordBefore(text, at) !== 'of') return false;
  const body = wordBefore(text, startOfWordBefore(text, at))?.toLowerCase() ?? '';
  return isTitleNoun(body) || NAMED_AFTER_NOUN.has(body);
}

/** Verbs that speak with "out" after them ("pointed out to", "spoke out to"). */
const OUT_SPEECH = new Set(['pointed', 'points', 'point', 'spoke', 'speaks', 'lashed', 'lashes', 'called', 'cried']);

/** Verbs and pronouns that, right after a name in marks, make it the subject of the reporter's sentence. */
const SUBJECT_NEXT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'which', 'who',
  // (the same auxiliaries in an article left in French, Spanish, Italian or Portuguese: "les « Mimos » ont renversé", "i
  // «Leoni» sono"; not the forms that are English words too, "a", "ha", "son")
  'ont', 'sont', 'est', 'était', 'étaient', 'avait', 'avaient', 'han', 'había', 'habían', 'fue', 'fueron', 'hanno', 'sono', 'erano',
  'aveva', 'avevano', 'têm', 'tem', 'foi', 'foram', 'são', 'qui', 'que', 'che']);

/**
 * Whether the name in marks ending at `i` goes on as the subject of the sentence ("The „Red Devils” are after this
 * defeat on the 14th place", "the „Intervention Team for the Brown Bear“ is already in the locality", "The „X“, which
 * …"): the reporter writes about what the marks name; nobody's words are the subject of a verb outside them.
 */
function actsAsSubject(text: string, i: number): boolean {
  let at = i;
  while (at < text.length && text[at] === ' ') at++;
  if (text[at] === ',') at++;
  const next = wordAfter(text, at);
  return next !== null && SUBJECT_NEXT.has(next);
}

/** Adverbs that say a name is how people call someone or something: "familiarly called "Cak Met"". */
const NAMING_ADVERBS = new Set(['affectionately', 'familiarly', 'fondly', 'popularly', 'commonly', 'locally', 'colloquially',
  'jokingly', 'lovingly', 'informally', 'simply']);
/** Forms of "call" that give a name. */
const CALL = new Set(['call', 'calls', 'calling', 'called', 'known', 'nicknamed', 'dubbed']);
/** Subjects that name things for everyone, not one speaker: "villagers call "Plai Dam"", "people here call the "red book"". */
const GENERIC_NAMERS = new Set(['people', 'villagers', 'locals', 'residents', 'inhabitants', 'fans', 'customers', 'neighbours',
  'neighbors', 'everyone', 'everybody', 'children', 'pupils', 'students', 'workers', 'fishermen', 'farmers', 'youth', 'learners',
  'traders', 'vendors', 'citizens', 'supporters', 'townspeople', 'parishioners', 'regulars',
  'families', 'parents', 'elders', 'drivers', 'passengers', 'commuters', 'fishers', 'herders', 'miners', 'shopkeepers',
  'friends', 'colleagues', 'kids', 'folk', 'folks',
  // the words translations leave untranslated for the people of a place: Indonesian and Malay "warga" (residents),
  // Cantonese "kaifong" (neighbours)
  'warga', 'kaifong']);
/** How many words back from the marks a naming adverb may stand from its "called" ("called by old customers affectionately"). */
const CALLED_REACH = 5;

/**
 * Whether the marks at offset `i` hold what people call someone or something rather than anyone's words: after a
 * naming adverb, before or after the verb ("called by old customers affectionately "A-Kuei"", "familiarly called "Cak
 * Met""), or after "call" whose subject is everyone in a place ("villagers call "Plai Dam"", "which people here call
 * the "red book""). "Rudakov called «textbook»" is his word, and stays a quotation. `lower` is the word before the
 * marks, in lower case.
 */
function namedByCalling(text: string, i: number, lower: string, start: number, end: number): boolean {
  let at = i;
  let w: string | undefined = lower;
  if (!NAMING_ADVERBS.has(w) && !CALL.has(w) && !isLower(w[0])) return false;
  if (NAMING_ADVERBS.has(w)) return wordBackIn(text, at, CALLED_REACH, CALL);
  // ("who is familiarly called "Cak Met"": the adverb before the verb)
  if (CALL.has(w) && NAMING_ADVERBS.has(wordBefore(text, startOfWordBefore(text, at))?.toLowerCase() ?? '')) return true;
  // why: "the supporters, who call themselves «the Panthers of the Hill»", "a collective calling itself "Night Bakers"": what
  // people call themselves is their name, whoever they are
  if (calledThemselves(text, at, w) && titleLikeName(text, start, end)) return true;
  // why: "the youth of the city call “Aabo Waddo”", "the villagers call her "Embroidery Queen"", "the learners now call
  // the biggest tree “the open classroom”", "called by the traders "white gold"": what a community calls someone or
  // something, with the thing called (a pronoun or a short noun phrase in lower case) between the verb and the marks,
  // and the community as the verb's subject or its agent, is the name they go by; a named person calling something a
  // word ("Ruiz called it "a farce"") stays that person's words. (Only read when a form of "call" is near: most
  // quotations have none, and pay for one short slice.)
  if (!text.slice(Math.max(0, i - CALL_WINDOW), i).toLowerCase().includes('call')) return false;
  let verb = false;
  for (let k = 0; k <= CALLED_OBJECT_WORDS && w !== undefined; k++) {
    if (CALL_PRESENT.has(w)) {
      verb = true;
      break;
    }
    // ("called by the traders"): the community after "by", the verb before it
    if (GENERIC_NAMERS.has(w)) {
      const by = wordBefore(text, startOfWordBefore(text, at))?.toLowerCase();
      const by2 = by === 'the' ? wordBefore(text, startOfWordBefore(text, startOfWordBefore(text, at)))?.toLowerCase() : by;
      return by2 === 'by' && wordBackIn(text, startOfWordBefore(text, at), CALLED_BY_REACH, CALLED);
    }
    if (!isLower(w[0]) || (k > 0 && CALL_PAST.has(w))) return false;
    at = startOfWordBefore(text, at);
    w = wordBefore(text, at)?.toLowerCase();
  }
  if (!verb) return false;
  // ("call" right before the marks with a named subject is the caller's word: "Ruiz and Berg call "madness"")
  if (wordBackIn(text, at, CALLER_REACH, GENERIC_NAMERS)) return true;
  // why: "a campaign which they call «Tuli Pamo»", "the new law, that the council call it "Bylaw No. 2"", "some drinkers
  // already call the mayor "Mista Tenklok"": a name in capitals that a clause in the present gives something, its
  // subject no one named (a relative pronoun, or words in lower case), is what the thing is called, nobody's words
  // ("that in the village they call «the Long Wall»": past the article the name takes in English)
  const named = isUpper(text[start]) || (text.startsWith('the ', start) && isUpper(text[start + 4]));
  if (named && titleLikeName(text, start, end) && unnamedCaller(text, at)) return true;
  // why: "The youth of Othaya, who call him "Kahawa Boy", were wearing …": a relative clause on a community ("the
  // youth", "the villagers") that calls someone so gives the name they go by
  if (named && titleLikeName(text, start, end) && GENERIC_CALLERS.test(text.slice(Math.max(0, i - CALL_WINDOW), i))) return true;
  // why: "The agency calls the levy "Harajin Hanya"", "the ministry calls the scheme «Green Roofs»": a body that calls a
  // thing of its own, named by its noun after an article, by a name in title case gives the thing's official name; a
  // judgement a body passes in the present ("the union calls the levy "theft"") is in lower case and stays its words
  return at < i && DETERMINERS.has(wordAfter(text, at)?.toLowerCase() ?? '') &&
    BODY_NAMERS.has(wordBefore(text, startOfWordBefore(text, at))?.toLowerCase() ?? '') && titleCaseName(text, start, end);
}

/** Reflexive objects of "call" ("who call themselves"). */
const REFLEXIVES = new Set(['themselves', 'himself', 'herself', 'itself', 'ourselves', 'myself']);

/** Whether the marks at `at`, after the word `w` (lower case), follow "call themselves" or "call themselves the". */
function calledThemselves(text: string, at: number, w: string): boolean {
  if (w === 'the') {
    at = startOfWordBefore(text, at);
    w = wordBefore(text, at)?.toLowerCase() ?? '';
  }
  return REFLEXIVES.has(w) && CALL.has(wordBefore(text, startOfWordBefore(text, at))?.toLowerCase() ?? '');
}

/** Most words in lower case back from "call" to the relative pronoun or the start of its clause ("whom in the village they"). */
const CALLER_CLAUSE_WORDS = 6;
/** Most capitalised words of a place the caller's clause may hold after "of" ("the residents of Lakeside Estate"). */
const CALLER_PLACE_WORDS = 4;
const RELATIVES = new Set(['which', 'that', 'whom', 'who']);
const PERSONAL_CALLERS = new Set(['he', 'she', 'i', 'we', 'you']);
/** Words that open a clause on a group of people ("Some drinkers", "Many fans"). */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'these', 'those']);

/** Whether the words before "call" (ending at `at`) are a clause whose subject no name gives: back to a relative pronoun
 * or a clause's start, all in lower case ("which they", "that the council", "some drinkers already"). */
function unnamedCaller(text: string, at: number): boolean {
  for (let k = 0; k < CALLER_CLAUSE_WORDS; k++) {
    at = startOfWordBefore(text, at);
    let w = wordBefore(text, at);
    // (a sign between words, "near-constant calls", ends the reading: no clause was found)
    if (w === null) return false;
    // why: "whom the residents of Lakeside Estate all call": a place after "of" names where the callers live, not who
    // they are; its capitalised words are passed over
    if (isUpper(w[0])) {
      let back = at;
      let before: string | null = w;
      for (let p = 0; p < CALLER_PLACE_WORDS && before !== null && isUpper(before[0]); p++) {
        back = startOfWordBefore(text, back);
        before = wordBefore(text, back);
      }
      if (before === 'of') {
        at = back;
        w = before;
      }
    }
    const lower = w.toLowerCase();
    if (RELATIVES.has(lower)) return k > 0;
    // ("one he calls ''Confident America''": a person's pronoun stands for someone named, whose slogan it is)
    if (PERSONAL_CALLERS.has(lower)) return false;
    // (the clause's first word: after a stop, a comma or a line's start; capitalised there only as a sentence's opener)
    const c = text[lastNonSpace(text, startOfWordBefore(text, at))];
    const opens = c === undefined || c === '.' || c === ',' || c === '\n';
    if (!isLower(w[0]) && !(opens && (DETERMINERS.has(lower) || QUANTIFIERS.has(lower)))) return false;
    if (opens) return true;
  }
  return false;
}

/** Longest stretch in marks read as a name left in its own script. */
const FOREIGN_NAME_MAX_CHARS = 60;
/** How far before and after the marks the reporter's own script is read. */
const AROUND_CHARS = 80;
/** Fewest Latin letters there that make the reporter's words ones in a Latin script. */
const AROUND_LATIN = 20;

/**
 * why: "on the wall «Скъола у хъæуы зæрдæ»", "the programme «Земский учитель»", "the slogan "बांध ना त वोट ना"": in an
 * article translated into a language of the Latin script, words in marks left in another script (Cyrillic, Devanagari)
 * are a name, a title or a slogan as written there; what someone said was translated with the rest.
 */
function inAnotherScript(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) return false;
    if (c >= 0x370 && LETTER.test(text[i]!)) letters++;
  }
  return letters > 0;
}
/** Whether the reporter's words around the marks (from `open` to `closeEnd`) are written in the Latin script. */
function latinAround(text: string, open: number, closeEnd: number): boolean {
  let latin = 0;
  const count = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
  };
  count(Math.max(0, open - AROUND_CHARS), open);
  count(closeEnd, Math.min(text.length, closeEnd + AROUND_CHARS));
  return latin >= AROUND_LATIN;
}
const LETTER = /\p{L}/u;

/** Forms of "be" before a participle of naming ("is called", "was named"). */
const PASSIVE_BE = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

/** Most words of a name a clause calls something ("Nakamal Opening Hours Bylaw No. 2 of 2025"). */
const NAME_IN_MARKS_MAX_WORDS = 8;

/** One to eight words, the first capitalised, no stop or comma inside: a name rather than a sentence. */
function titleLikeName(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end);
  // ("Bylaw No. 2": a stop before a number ends no sentence)
  return body.split(' ').length <= NAME_IN_MARKS_MAX_WORDS && !/[,;:!?]\s|[.!?]\s+\p{L}|[,;:!?]$/u.test(body);
}

/** Bodies that give their own schemes, levies and sites their names ("the agency calls the levy …"). */
const BODY_NAMERS = new Set(['agency', 'ministry', 'government', 'authority', 'authorities', 'council', 'municipality',
  'department', 'administration', 'company', 'board', 'office', 'bureau', 'commission', 'directorate', 'institute']);
/** Most words of an official name given by a body. */
const BODY_NAME_WORDS = 4;

/** Whether text[start, end) is one to four words, each opening on a capital, with no sign inside. */
function titleCaseName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(' ');
  return words.length <= BODY_NAME_WORDS && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w));
}

/** How far back from the marks an ironic aside after "call" is read, in characters. */
const IRONY_WINDOW = 90;
/** "call" with what is called, then an aside of irony set off by commas, then an optional "the", up to the marks. */
const IRONIC_CALL = /\b(?:call|calls|called|calling)\b[^.;:!?"“”«»]{0,50}, (?:with (?:irony|sarcasm)|ironically|sarcastically|mockingly|jokingly), (?:the )?$/i;

/**
 * why: "Some of them call the project, with irony, the "transportation revolution"", "they called him, mockingly, "the
 * professor"": a name given with an aside of irony is a scare quote, the namers' jibe and nobody's quoted words. `open` is
 * the opening mark. (Read only when the window holds one of the aside's words.)
 */
function ironicCalling(text: string, open: number): boolean {
  // (the aside's comma must stand right before the marks or their article: most quotations pay for no slice)
  let i = lastNonSpace(text, open);
  if (text[i] === 'e' && text[i - 1] === 'h' && text[i - 2] === 't') i = lastNonSpace(text, i - 2);
  if (text[i] !== ',') return false;
  const window = text.slice(Math.max(0, open - IRONY_WINDOW), open);
  if (!/iron|sarcas|mocking|jokingly/i.test(window)) return false;
  return IRONIC_CALL.test(window.trimEnd() + ' ');
}

/** Whether the marks at `open` stand right inside a bracket opened right after other marks closed ("„…“ ("…")"). */
function glossOfName(text: string, open: number): boolean {
  const bracket = lastNonSpace(text, open);
  return text[bracket] === '(' && isQuoteAt(text, lastNonSpace(text, bracket));
}

/** Most words of a song's title. */
const SONG_TITLE_WORDS = 8;
/** One to eight words opening on a capital, no stop inside: a song's title, commas and all. */
function songTitle(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end);
  return body.split(/\s+/).length <= SONG_TITLE_WORDS && !/[.!?;:]\s|[.!?;:]$/.test(body);
}
/** Nouns after which "of" and marks give a name ("the name of "Kashona"", "the nickname of "Dolfo""). */
const NAME_NOUNS = new Set(['name', 'nickname', 'title', 'alias']);
/** Body words, in English and in the forms translations keep, that make a name in marks a body's. */
const BODY_WORDS = new Set(['cooperative', 'cooperativa', 'coopérative', 'association', 'associacion', 'asociación', 'asociacion', 'associação',
  'associazione', 'union', 'federation', 'federación', 'committee', 'council', 'movement', 'society', 'foundation', 'club', 'collective', 'colectivo']);
/** Whether a word of text[start, end) is a body's word. */
function bodyWordIn(text: string, start: number, end: number): boolean {
  return text.slice(start, end).toLowerCase().split(/[^\p{L}]+/u).some((w) => BODY_WORDS.has(w));
}
/** Most words between a sign's noun and the colon that opens what it reads ("the banner of the last manifestation:"). */
const SIGN_COLON_REACH = 5;

/** Forms of "sing", whose object in marks is a song's title. */
// ("one gaiteru played «Asturias, patria querida»": what a musician plays is a tune, named by its title)
const SUNG = new Set(['sang', 'sing', 'sings', 'singing', 'sung', 'played']);

/** Whether the marks at `open` follow a form of "sing", directly or past its subject in lower case ("sang the fans"). */
function sungTitle(text: string, open: number, lower: string): boolean {
  if (SUNG.has(lower)) return true;
  let at = open;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(text, at);
    if (w === null || !isLower(w[0])) return false;
    if (SUNG.has(w)) return k > 0;
    at = startOfWordBefore(text, at);
  }
  return SUNG.has(wordBefore(text, at) ?? '');
}

/** Most words between "called" and the "by" of its agent ("called in the market by the traders"). */
const CALLED_BY_REACH = 4;
const CALLED: ReadonlySet<string> = new Set(['called']);

/** Verbs of what a sign reads ("the banner says", "placards which wrote"). */
const SIGN_VERBS = new Set(['say', 'says', 'said', 'read', 'reads', 'wrote', 'write', 'writes', 'reading', 'saying',
  // "a banner with the words «…»", "the signs written "…""
  'words', 'word', 'written']);
/** Things that carry slogans. */
const SIGN_NOUNS = new Set(['banner', 'banners', 'placard', 'placards', 'sign', 'signs', 'poster', 'posters', 'billboard', 'billboards', 'graffiti',
  'tarpaulin', 'tarpaulins', 'streamer', 'streamers', 'plaque', 'plaques', 'mural', 'murals', 'sticker', 'stickers', 'banderole', 'banderoles',
  // (and the words translations keep for them: Spanish "manta", "pancarta", French "pancarte"; a "carton" of cardboard)
  'manta', 'mantas', 'pancarta', 'pancartas', 'pancarte', 'pancartes', 'carton', 'cartons',
  // (Mozambique's printed cloths, worn with slogans on them)
  'capulana', 'capulanas',
  // ("one cloth with the words «A TERRA É NOSSA»")
  'cloth', 'cloths']);
/** Participles that put words on a surface: "painted with the words «Road of Life»". (Not "emblazoned": a T-shirt
 * "emblazoned with the words" someone said repeats that person's words.) */
const INSCRIBED = new Set(['painted', 'inscribed', 'engraved', 'carved', 'embroidered', 'stitched', 'printed']);

/**
 * why: "a banner of cloth hung on the wall, written on it «We are all with you»": the words written on a thing, which
 * a sign noun before names, are its slogan. `open` is the opening mark, after "it" or "them".
 */
function writtenOn(text: string, open: number): boolean {
  const on = startOfWordBefore(text, open);
  if (wordBefore(text, on)?.toLowerCase() !== 'on') return false;
  const verb = startOfWordBefore(text, on);
  if (wordBefore(text, verb)?.toLowerCase() !== 'written') return false;
  // (the thing may stand before a comma: "hung on the wall, written on it")
  const window = text.slice(Math.max(0, verb - SIGN_WINDOW), verb).toLowerCase().split(/[^\p{L}]+/u);
  return window.some((w) => SIGN_NOUNS.has(w));
}
/** How far back from "written on it" the thing written on is looked for, in characters. */
const SIGN_WINDOW = 80;

/** Whether the marks at `open` follow "painted with the words" or the like: an inscription, nobody's words. */
function inscribedWith(text: string, open: number): boolean {
  let at = startOfWordBefore(text, open);
  if (wordBefore(text, at)?.toLowerCase() !== 'the') return false;
  at = startOfWordBefore(text, at);
  if (wordBefore(text, at)?.toLowerCase() !== 'with') return false;
  // ("the youths had hung one banderole with the words «Koom yaa vɩɩm»": a sign "with the words" bears them)
  return INSCRIBED.has(wordBefore(text, startOfWordBefore(text, at))?.toLowerCase() ?? '') || wordBackIn(text, at, SIGN_WITH_REACH, SIGN_NOUNS);
}
/** What words are written with or in, closing the phrase before the marks ("with red paint", "in big letters"). */
const WRITING_MEANS = new Set(['paint', 'letters', 'marker', 'chalk', 'ink', 'spray']);
/** Most words between a verb of writing and the marks ("wrote with red paint"). */
const WRITING_MEANS_WORDS = 4;

/** Where the verb of writing a few words before `open` starts, past "with" or "in" ("wrote with red paint «…»"); 0
 * (where no word is before) when there is none. */
function writtenWith(text: string, open: number): number {
  let at = startOfWordBefore(text, open);
  for (let n = 0; n < WRITING_MEANS_WORDS; n++) {
    const w = wordBefore(text, at)?.toLowerCase();
    if (w === undefined) return 0;
    at = startOfWordBefore(text, at);
    if (w !== 'with' && w !== 'in') continue;
    const verb = wordBefore(text, at)?.toLowerCase() ?? '';
    return SIGN_VERBS.has(verb) || INSCRIBED.has(verb) ? at : 0;
  }
  return 0;
}

/** How far back the closing mark of the name a gloss's clause explains may stand ("…", that in castilla it means "…"). */
const GLOSS_CLAUSE_CHARS = 40;

/** Whether a comma right after a closing mark opens the clause that ends on "means" before `open`. */
function glossClause(text: string, open: number): boolean {
  // (read back no further than the reach: a megabyte with no comma must not be read again for every quotation)
  let comma = open - 1;
  for (const from = Math.max(0, open - GLOSS_CLAUSE_CHARS); comma >= from && text.charCodeAt(comma) !== 44; comma--);
  if (comma < 0 || text.charCodeAt(comma) !== 44 || !/["”»“'’]/.test(text[lastNonSpace(text, comma)] ?? '')) return false;
  // (no stop between: one clause)
  return !/[.!?;:]/.test(text.slice(comma + 1, open));
}

/** The passive of writing right before a quotation's marks, past the language it is written in and a colon. */
const WRITTEN_BEFORE = /\b(?:is|was|are|were)\s+(?:written|write|painted|inscribed|printed)(?:\s+(?:in|on)\s+(?:the\s+)?\p{L}+)?\s*:?\s*$/iu;
/** The same right after the closing mark ("„Munzur Kızı“ is written"). */
const WRITTEN_AFTER = /^\s*(?:is|was|are|were)\s+(?:written|painted|inscribed|printed)\b/i;
/** How many characters around the marks the passive of writing is read in. */
const WRITTEN_WINDOW = 40;

/** Most words between a sign's noun and the "with the words" it bears ("one long banderole of cloth with the words"). */
const SIGN_WITH_REACH = 5;
/** Most words between a sign's noun and its verb ("one banner in front of one bar on Main Street it say"). */
const SIGN_REACH = 10;
/** A sign's verb, one slogan in marks and "and", up to the next slogan's marks. */
const SIGN_LIST = /\b(?:banners?|placards?|signs?|posters?|billboards?)\b[^.!?"“”«»„]{0,30}\b(?:say|says|said|read|reads|wrote|writes)\s+["“«„][^"“”«»„]{1,60}["”»“]\s+and\s*$/iu;
/** How far back "and" between two slogans is read for the sign before them. */
const SIGN_LIST_WINDOW = 140;
/** Most characters of a translation in brackets after a name in marks. */
const GLOSS_MAX_CHARS = 60;

/** Whether a translation in brackets follows the closing mark at `i`: " (Food for All)", capitalised, no stop inside. */
function glossedAfter(text: string, i: number): boolean {
  let k = i;
  if (text[k] === ' ') k++;
  if (text[k] !== '(' || !isUpper(text[k + 1])) return false;
  // (looked for within reach only: a megabyte of "“a” (A" must not be read to its end from each mark)
  let close = k + 1;
  while (close < text.length && close - k <= GLOSS_MAX_CHARS && text[close] !== ')') close++;
  if (text[close] !== ')') return false;
  return !/[.!?;:"“”«»]/.test(text.slice(k + 1, close));
}

/** Whether one of the `reach` words before offset `at`, read back one by one in lower case, is in `words`. */
function wordBackIn(text: string, at: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let k = 0; k < reach; k++) {
    at = startOfWordBefore(text, at);
    const w = wordBefore(text, at)?.toLowerCase();
    if (w === undefined) return false;
    if (words.has(w)) return true;
  }
  return false;
}

/** Present forms of "call" that give a name a community uses ("the residents call it «Nur Ui»"). */
const CALL_PRESENT = new Set(['call', 'calls', 'calling']);
/** Past forms a named speaker uses to call something a word: between the marks and "call" they stop the search. */
const CALL_PAST = new Set(['called', 'said', 'says', 'say']);
/** How many words the thing called may take between "call" and the marks ("the biggest tree"). */
const CALLED_OBJECT_WORDS = 4;
/** How many words back from "call" its subject may stand ("the youth of the city call", "the fans of Erbil call"). */
const CALLER_REACH = 6;
/** How far back from the marks "call" is looked for, in characters. */
const CALL_WINDOW = 60;
/** A community, maybe of a place, then a relative pronoun and "call" with its object, right before the marks. */
const GENERIC_CALLERS = new RegExp(
  `\\b(?:${[...GENERIC_NAMERS].join('|')})(?: of \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3})?,? (?:who|that) (?:all |now |still |already )?call (?:him|her|it|them)\\s*$`,
  'iu',
);

/**
 * Whether the marks at offset `i` close a compound the word before opens with a hyphen ("in the Ö1-„Morgenjournal“"): a
 * programme, a product or a place named after its owner, as German and other languages join them.
 */
function compoundName(text: string, i: number): boolean {
  return i >= 2 && text[i - 1] === '-' && isWordAt(text, i - 2);
}

/**
 * why: "inscriptions left by the Russian «liberators» – they were kept", "the Taliban 'government' in Kabul": one word in
 * lower case in marks, after "the" and a capitalised word standing as its adjective, that ends the noun phrase is the
 * reporter's distance from what the group calls itself (a scare quote), not a quoted word of anyone named. `open` is
 * the opening mark, right after the capitalised word.
 */
function scareAfterProperAdjective(text: string, open: number, start: number, end: number, closeEnd: number): boolean {
  for (let i = start; i < end; i++) if (!isLower(text[i])) return false;
  const the = startOfWordBefore(text, open);
  if (wordBefore(text, the)?.toLowerCase() !== 'the') return false;
  // ("called the proposal of the West “unacceptable”": after "of the" a capitalised word that is no nationality is a
  // noun, the object's end, and the word in marks what it was called; "the crimes of the Russian «liberators»" stays)
  if (wordBefore(text, startOfWordBefore(text, the))?.toLowerCase() === 'of' && !DEMONYMS.has(wordBefore(text, open)?.toLowerCase() ?? '')) return false;
  return afterName(text, closeEnd);
}

/** Most words of a title in capitals that opens on "THE". */
const CAPITALS_TITLE_WORDS = 6;

/**
 * why: "'THE RED APARTMENT' EMPTIED", "‘THE OTHER SIDE OF THE HARBOUR’": marks in capitals that open on the article are a
 * title or a name set in a subheading's capitals; nobody's words open on "THE" and run without a verb's sentence (no
 * stop or comma inside, at most six words).
 */
function capitalsTitle(text: string, start: number, end: number): boolean {
  if (text[start + 1] !== 'H' || text[start + 2] !== 'E' || text[start + 3] !== ' ') return false;
  const body = text.slice(start, end);
  const words = body.split(' ');
  return words.length >= 2 && words.length <= CAPITALS_TITLE_WORDS && /^[\p{Lu}\p{N}'’ -]+$/u.test(body);
}

/** Most words of a name someone also goes by. */
const ALIAS_MAX_WORDS = 3;

/**
 * Whether the marks at `open` hold the name a person also goes by, set off after the name and its details by ", or"
 * and closed by a comma: "Mrs. Buppha Kaewmanee, age 54 years, or "Pa Pha", owner of …". Every word is capitalised,
 * so a choice between quoted words ("“bad,” or “terrible”") is none.
 */
function aliasAfterOr(text: string, open: number, start: number, end: number, closeEnd: number): boolean {
  const or = startOfWordBefore(text, open);
  if (text[lastNonSpace(text, or)] !== ',' || text[closeEnd] !== ',') return false;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= ALIAS_MAX_WORDS && words.every((w) => isUpper(w[0]) && /^[\p{L}'’-]+$/u.test(w));
}

/** Longest other name in marks after "aka" or "alias". */
const ALIAS_MAX_CHARS = 40;

/** Whether "a.k.a." (in either case) stands right before offset `open`. */
function akaBefore(text: string, open: number): boolean {
  const stop = lastNonSpace(text, open);
  return stop >= 5 && text[stop] === '.' && text.slice(stop - 5, stop + 1).toLowerCase() === 'a.k.a.' && !isWordAt(text, stop - 6);
}

/**
 * why: "Ramón Ortiz, aka «El Flaco», said …", "the smuggler alias „Tata“", "a.k.a. “Big Mo”": the marks after an alias
 * lead hold another name the person goes by (read as theirs by the names' clustering), nobody's words; a name is short,
 * with no stop, colon or comma inside. The lead sits between the two names: "used the alias “…”" is the noun, which
 * the sentence's own words frame
 */
function aliasName(text: string, open: number, start: number, end: number): boolean {
  if (end - start > ALIAS_MAX_CHARS || /[.!?;:,]/.test(text.slice(start, end)) || !isUpper(leadingLetter(text, start))) return false;
  const noun = wordBefore(text, startOfWordBefore(text, open));
  return noun === null || !DETERMINERS.has(noun.toLowerCase());
}

/** Words that make "capital" the by-name of a city that is not the capital ("the «northern capital»"). */
const EPITHET_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'cultural', 'second', 'old', 'ancient',
  'spiritual', 'industrial', 'financial', 'business']);
/** Longest city's by-name in marks ("the «industrial capital»"). */
const EPITHET_MAX_CHARS = 20;

/**
 * why: "In the «southern capital» more than 600 minibuses work", "the “northern capital” hosts the forum": Russian,
 * Kazakh and Kyrgyz news call a city by its by-name in marks, an adjective and "capital", and it is nobody's words
 * (only quotations of a score of characters that end on "capital" are read)
 */
function cityEpithet(text: string, start: number, end: number): boolean {
  if (end - start < 10 || text.charCodeAt(end - 1) !== 108 || text.slice(end - 8, end).toLowerCase() !== ' capital') return false;
  return EPITHET_ADJECTIVES.has(text.slice(start, end - 8).toLowerCase());
}

/** Colours that name a level of alert, a zone or a state of the air, alone or before the noun of the level. */
const ALERT_COLOURS = new Set(['red', 'orange', 'yellow', 'green', 'purple', 'amber', 'violet', 'maroon']);
const ALERT_LEVEL_NOUNS = new Set(['light', 'alert', 'level', 'zone', 'code', 'flag', 'warning']);
/** The letters colours open on, in either case. */
const ALERT_INITIALS = 'roygpavmROYGPAVM';
/** Longest colour level in marks ("maroon warning"). */
const ALERT_MAX_CHARS = 15;

/**
 * why: "the air at six stations was "orange" and at one "maroon"", "the valley towns enter the 「amber alert」 rationing":
 * a colour alone in marks, or with the noun of a level, is the name of a level of alert an authority sets, never
 * anyone's words (only quotations of a dozen characters are read)
 */
function alertColour(text: string, start: number, end: number): boolean {
  // (ruled out before any slice by its length, its first letter and its last, a letter: "yes." is no colour)
  if (end - start < 3 || !isWordChar(text[end - 1]!) || ALERT_INITIALS.indexOf(text[start]!) < 0) return false;
  const words = text.slice(start, end).toLowerCase().split(' ');
  if (words.length > 2 || !ALERT_COLOURS.has(words[0]!)) return false;
  return words.length === 1 || ALERT_LEVEL_NOUNS.has(words[1]!);
}

/** Nouns that end the name of an alert an authority issues ("the 「bear appearance warning」"). */
const ALERT_NOUNS = new Set(['warning', 'alert', 'advisory', 'alarm']);
/** Longest alert's name in marks. */
const ALERT_NAME_MAX_CHARS = 40;
/** Most words of an alert's name. */
const ALERT_NAME_WORDS = 4;

/**
 * why: "the prefecture has issued the 「bear appearance warning」 for the whole area": marks after "the" that end on the
 * noun of an alert hold the alert's name, in whatever case; nobody's words end on "warning" after an article
 */
function alertName(text: string, start: number, end: number): boolean {
  // (ruled out at its last letter before any slice: most quotations end on a stop or another word)
  const z = text[end - 1];
  if (z !== 'g' && z !== 't' && z !== 'y' && z !== 'm') return false;
  const words = text.slice(start, end).split(' ');
  return words.length >= 2 && words.length <= ALERT_NAME_WORDS && ALERT_NOUNS.has(words[words.length - 1]!.toLowerCase()) &&
    words.every((w) => /^[\p{L}-]+$/u.test(w));
}

/**
 * What carries written words in the street: banners, placards, slogans. (Not "signs": the English press quotes a sign's
 * words as the words of whoever holds it, "held up a sign saying "…"".)
 */
const CARRIERS = new Set(['banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'slogan', 'slogans',
  'inscription', 'inscriptions', 'sticker', 'stickers', 'graffiti']);
/** Most words between a carrier and the marks ("a banner on which was written"). */
const CARRIER_REACH = 6;

/**
 * why: "a banner was hanging with "Fair bread, happy people"", "their placards were saying "Water first"", "the slogans
 * of "Save the valley" were shouted", "under the slogan of the town hall "Nobody left behind"": words a banner, a placard
 * or a slogan carries are its text, a name for what the crowd shows, not anyone's speech; the words between carrier and
 * marks are in lower case, so no speaker stands between them (a comma or a name stops the walk).
 */
function carriedWords(text: string, open: number): boolean {
  // (read word by word in place: most quotations follow "said", and pay for no slice)
  let at = open;
  for (let k = 0; k < CARRIER_REACH; k++) {
    let e = at;
    while (e > 0 && isSpaceAt(text, e - 1)) e--;
    let s = e;
    while (s > 0 && e - s < 30 && isWordAt(text, s - 1)) s--;
    if (s === e || !isLower(text[s])) return false;
    const c = text[s];
    const z = text[e - 1];
    if (e - s >= 6 && e - s <= 12 && (c === 'b' || c === 'p' || c === 's' || c === 'i' || c === 'g') &&
      (z === 'r' || z === 's' || z === 'n' || z === 'd' || z === 'i') && CARRIERS.has(text.slice(s, e))) return true;
    at = s;
  }
  return false;
}

/** Most words of a name in title case an article opens. */
const ARTICLE_NAME_WORDS = 6;

/**
 * why: "started the “Swasth Mohalla Abhiyan” from today", "ordered a «Sworn Administrative Examination».", "is working in
 * the ‘Aanavandi’ for 22 years", "the passengers of the "Panagia Tinou III" –": marks an article opens, every word of
 * them capitalised, that end the noun phrase (`afterName`) hold the name of a scheme, a place, a vessel or a body, as
 * translations keep their source's marks around names; nobody's quoted words open on "the" in title case. One word
 * only after "the" ("a “Never”" is an answer quoted); no stop inside.
 */
function articleName(text: string, start: number, end: number, article: string): boolean {
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length > ARTICLE_NAME_WORDS || (words.length < 2 && article !== 'the')) return false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (/[.!?,;:]$/.test(word) && w < words.length - 1) return false;
    if (!(word.length < 4 || isUpper(firstLetter(word)) || /^\d/.test(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()))) return false;
  }
  return !/[.!?]$/.test(words[words.length - 1]!);
}

/**
 * why: "the government's “Alu Mission” to make the state self-reliant", "the ministry's «Clean Shores» from May": a name in
 * title case (every word capitalised) after a body named by its common noun and a possessive ("the government's") is
 * the body's scheme, as after "the"; a person's or a named law's possessive ("the Act's "Cadillac Tax"") may quote
 * words, and a law's levy in lower case ("the law's "Cadillac tax"") is a quoted coinage. `open` is the opening mark,
 * right after the possessive's "s".
 */
function ownedByBody(text: string, open: number): boolean {
  let s = open;
  while (s > 0 && isSpaceAt(text, s - 1)) s--;
  const apostrophe = text[s - 2];
  if (text[s - 1] !== 's' || (apostrophe !== "'" && apostrophe !== '\u2019')) return false;
  const owner = wordBefore(text, s - 2);
  return owner !== null && isLower(owner[0]) && !LEGAL_NOUNS.has(owner) && wordBefore(text, startOfWordBefore(text, s - 2))?.toLowerCase() === 'the';
}

/** Prepositions, and words that open a clause, that may follow a name in marks an article opens ("the “Swasth Mohalla
 * Abhiyan” from today"). */
const NAME_FOLLOWERS = new Set(['of', 'for', 'to', 'from', 'near', 'in', 'on', 'at', 'with', 'under', 'since', 'during', 'into', 'by', 'after', 'before',
  'over', 'against', 'between', 'through', 'within', 'until',
  // (a clause that opens after the name: "the «Green Court» where the park was")
  'and', 'or', 'but', 'because', 'while', 'when', 'where', 'which', 'that', 'who', 'whose', 'than']);

/**
 * Whether what follows the marks ending at `i` closes a name's noun phrase: a preposition, a clause that opens, or the
 * end of the clause (a stop, a comma, a dash, a colon). A noun after the marks makes them an attributive phrase ("the "Gang of Eight" bill", "the
 * "Stop Trump" movement"), which English news quotes as words.
 */
/** Whether "of the government", "of the ministry" (a body's common noun, BODY_NAMERS) follows offset `i`. */
function ofBody(text: string, i: number): boolean {
  if (wordAfter(text, i) !== 'of') return false;
  let at = text.indexOf('of', i) + 2;
  let next = wordAfter(text, at);
  if (next === 'the') {
    at = text.indexOf('the', at) + 3;
    next = wordAfter(text, at);
  }
  return next !== null && BODY_NAMERS.has(next.toLowerCase());
}

function afterName(text: string, i: number): boolean {
  while (i < text.length && text[i] === ' ') i++;
  const c = text[i];
  if (c === undefined || c === '.' || c === ',' || c === ';' || c === ':' || c === '–' || c === '—' || c === ')' || c === '\n') return true;
  const next = wordAfter(text, i);
  return next !== null && NAME_FOLLOWERS.has(next);
}

/** Most words of a body's name in marks that opens a headline before its colon. */
const HEADLINE_SPEAKER_WORDS = 3;

/**
 * why: '"Azersu": Flooding of the streets is the result of garbage': a line that opens on a short name in marks and a
 * colon gives the body that says what follows, as translated headlines write their speaker; the name is nobody's
 * words. `open` is the opening mark, at the start of its line.
 */
function headlineSpeaker(text: string, open: number, start: number, end: number): boolean {
  let i = open;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n') return false;
  const words = text.slice(start, end).split(' ');
  return words.length <= HEADLINE_SPEAKER_WORDS && words.every((w) => /^\p{Lu}[\p{L}\p{N}'’&-]*$/u.test(w));
}

/** Places whose own name or byname follows "of": "the town of "Little Venice"". */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'district', 'province', 'region', 'island', 'valley', 'county', 'municipality']);
/** Most words of a place's name in marks. */
const PLACE_MAX_WORDS = 4;

/**
 * why: "even in the town of "Little Venice" the water came in", "the village of „Stara Brzoza”": marks after a place's noun
 * and "of" hold the place's name or byname, every word capitalised; nobody's words belong to a place. `open` is the
 * opening mark, right after "of".
 */
function placeName(text: string, open: number, start: number, end: number): boolean {
  const noun = wordBefore(text, startOfWordBefore(text, open));
  if (noun === null || !PLACE_NOUNS.has(noun)) return false;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  return words.length <= PLACE_MAX_WORDS && words.every((w) => isUpper(w[0]) || TITLE_SMALL_WORDS.has(w));
}

/** Nouns that end a plan's or a project's own name in marks ("the "Phénix plan""). */
const PLAN_NOUNS = new Set(['plan', 'project', 'programme', 'program', 'operation', 'initiative', 'strategy', 'scheme', 'package']);
/** Most words a plan's name in marks takes, its noun included. */
const PLAN_MAX_WORDS = 4;

/**
 * Whether the quotation at `start`–`end` names a plan with its noun inside the marks, after an article: "the "Phénix
 * plan" did not save the site". Its first word is capitalised; a plan that is a phrase ("the "do nothing" plan") has
 * its noun outside.
 */
function planName(text: string, start: number, end: number, before: string): boolean {
  if (!isUpper(leadingLetter(text, start))) return false;
  // why: "the men of “Operation Tide”", "Under "Mission Safe Village" the district moved …": a capitalised plan noun
  // opening a short phrase of capitalised words names the plan, whatever stands before it (read before any slice:
  // the phrase must open on one of these nouns)
  const c = text[start];
  const opening = (c === 'O' || c === 'M' || c === 'P' || c === 'C' || c === 'I') && PLAN_OPENERS.has(text.slice(start, start + 9).split(' ', 1)[0]!);
  if (!opening && !DETERMINERS.has(before)) return false;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > PLAN_MAX_WORDS) return false;
  // ("Mission Accomplished" is a sentence in title case: a participle after the noun says what became of it)
  if (opening && words.every((w) => isUpper(w[0]) && !w.endsWith('ed'))) return true;
  return DETERMINERS.has(before) && PLAN_NOUNS.has(words[words.length - 1]!.replace(/[,.]$/, '').toLowerCase());
}

/** Plan nouns that open a plan's own name, capitalised ("Operation Tide", "Mission Safe Village"). */
const PLAN_OPENERS = new Set(['Operation', 'Mission', 'Project', 'Programme', 'Program', 'Campaign', 'Initiative']);

/** Auxiliaries before a naming participle that follows the name in marks. */
const NAMED_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'had', 'have']);
/** Participles that give a name. */
const NAMED_PARTICIPLES = new Set(['known', 'named', 'called', 'dubbed', 'nicknamed', 'baptized', 'baptised', 'christened']);

/**
 * why: "the city, which in the whole world as "Pearl City" is known", "the operation, which the police "Iron Fist" had
 * named": translations from languages that put the verb last leave the naming participle after the name in marks;
 * nobody's words are followed by "is known" or "had named". `i` is the end of the closing mark.
 */
function namedAfter(text: string, i: number): boolean {
  if (text[i] !== ' ') return false;
  const c = text[i + 1];
  if (c !== 'i' && c !== 'a' && c !== 'w' && c !== 'h') return false;
  const aux = wordAfter(text, i);
  if (aux === null || !NAMED_AUX.has(aux)) return false;
  const participle = wordAfter(text, i + 1 + aux.length);
  return participle !== null && NAMED_PARTICIPLES.has(participle);
}

/** Whether "known as" (and an article) stands right before offset `i`: "known as „de Stofzuiger“". */
function knownAs(text: string, i: number): boolean {
  let at = startOfWordBefore(text, i);
  let w = wordBefore(text, i)?.toLowerCase();
  if (w === 'the' || w === 'a') {
    w = wordBefore(text, at)?.toLowerCase();
    at = startOfWordBefore(text, at);
  }
  if (w === undefined || !AS_WORDS.has(w)) return false;
  // ("known in the village as „Fatma Nine”", "known at the beach as "Mama Omena"": where she is known may come between)
  let object = false;
  for (let k = 0; k < KNOWN_AS_REACH; k++) {
    const before = wordBefore(text, at)?.toLowerCase();
    // why: "The mayor classified the strike as "abusive and irresponsible"": a verb of classing with its object before
    // "as" is someone's judgement of the thing, a quotation; the category an authority gives is read in the passive
    // ("is classified as "red zone"") or without an object ("which the neighbours baptized as …")
    if (before !== undefined && KNOWN_VERBS.has(before)) return !(object && JUDGING_VERBS.has(before));
    if (!before || !/^\p{Ll}/u.test(before)) return false;
    object = OBJECT_DETERMINERS.has(before);
    at = startOfWordBefore(text, at);
  }
  return false;
}

/** Verbs of classing that, with an object between them and "as", give someone's judgement of it. */
const JUDGING_VERBS = new Set(['classified', 'categorised', 'categorized']);
/** Determiners that open the object right after such a verb ("classified the strike as"). */
const OBJECT_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our']);

/** Verbs before "as" that give a name or a category: "known as „de Stofzuiger“", "classified as "red zone"". */
// why: "the class which the people of the town know as «Promo Flood»", "which the neighbours baptized as "the bridge
// of hope"": the active forms give a name as the participle does
const KNOWN_VERBS = new Set(['known', 'classified', 'categorised', 'categorized', 'designated', 'know', 'baptized', 'baptised',
  // ("conocida por los hinchas como «La Caldera»", "connu sous le nom de …", "declarado en 2024 como «zona tensionada»":
  // French and Spanish, where "como" and "comme" are "as")
  ...['conocid', 'bautizad', 'declarad', 'designad'].flatMap((w) => [`${w}o`, `${w}a`, `${w}os`, `${w}as`]),
  ...['connu', 'baptisé', 'désigné', 'classé', 'surnommé'].flatMap((w) => [w, `${w}e`, `${w}s`, `${w}es`]),
  // (Italian "conosciuto come", "noto come"; Portuguese "conhecido como")
  ...['conosciut', 'designat', 'dichiarat'].flatMap((w) => [`${w}o`, `${w}a`, `${w}i`, `${w}e`]), 'noto', 'nota', 'noti',
  ...['conhecid', 'designad', 'declarad'].flatMap((w) => [`${w}o`, `${w}a`, `${w}os`, `${w}as`])]);
/** "as" in the languages whose articles are read in their own words. */
const AS_WORDS = new Set(['as', 'como', 'comme', 'come']);

/** Most words between "known" and "as" ("known in the village as"). */
// ("known among the people of his street as “Abu Karim”": who knows him may take six words)
const KNOWN_AS_REACH = 7;

/** Participles by which an authority gives a category ("will be declared a “disaster area”"). */
const DECLARED = new Set(['declared', 'proclaimed', 'designated']);
/** Forms of "be" before such a participle. */
const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/**
 * why: "the neighbourhood will be declared a “disaster area affecting general life”", "was proclaimed «zone of
 * emergency»": what a place or a thing is declared, in the passive, is the category an authority gives it, not anyone's
 * words ("he declared “…”" has a speaker). `i` is the opening mark.
 */
function declaredAs(text: string, i: number): boolean {
  let at = startOfWordBefore(text, i);
  let w = wordBefore(text, i)?.toLowerCase();
  if (w === 'a' || w === 'an' || w === 'as') {
    w = wordBefore(text, at)?.toLowerCase();
    at = startOfWordBefore(text, at);
  }
  if (w === undefined || !DECLARED.has(w)) return false;
  const be = wordBefore(text, at)?.toLowerCase();
  return be !== undefined && BE_FORMS.has(be);
}

/** Whether a law's noun, alone or with its number ("No. 9123", "n° 12-4"), stands right before offset `i`. */
function legalTitle(text: string, i: number): boolean {
  let at = i;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(text, at);
    if (w === null) return false;
    // ("act" in lower case is as often the verb: to act “presidential”)
    if (LEGAL_NOUNS.has(w.toLowerCase()) && (w !== 'act' || k > 0)) return true;
    if (!/^(no|nr|n|number|\d[\d-]*)$/i.test(w)) return false;
    at = startOfWordBefore(text, at);
    // (past the stop of "No.")
    while (at > 0 && isSpaceAt(text, at - 1)) at--;
    if (text[at - 1] === '.' || text[at - 1] === '°') at--;
  }
  return false;
}

/**
 * A quotation of three words or more in title case, no sentence inside, with a document's noun among its words: the
 * name of a document ("the ‘Seoul Joint Statement for the Future-oriented Comprehensive Partnership’").
 */
function documentTitle(text: string, start: number, end: number): boolean {
  // why: asked of every quotation, most of them sentences: a word in lower case or a sign rules one out at once, before
  // anything is sliced
  let words = 0;
  let document = false;
  for (let i = start; i < end; ) {
    while (i < end && isSpaceAt(text, i)) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && !isSpaceAt(text, j)) {
      const c = text[j]!;
      if ((c === '.' || c === '!' || c === '?' || c === ',' || c === ';' || c === ':') && j < end - 1) return false;
      j++;
    }
    words++;
    if ((words === 1 || j - i >= 4) && !isUpper(text[i]!)) {
      if (words === 1) return false;
      const w = text.slice(i, j).toLowerCase();
      if (!TITLE_SMALL_WORDS.has(w)) return false;
    }
    if (!document && j - i >= 3 && isUpper(text[i]!)) document = DOCUMENT_HEADS.has(text.slice(i, j).toLowerCase());
    i = j;
  }
  return words >= 3 && document;
}

/**
 * Whether the "named" before offset `i` is a verb with its own subject ("Ana Ruiz, for example, named “Tidewatch” as her
 * favourite"), choosing something, rather than a participle after the noun it names ("a firm named „Aqua Consilium”").
 */
function namedAsVerb(text: string, i: number): boolean {
  let at = startOfWordBefore(text, i);
  // why: "The raid, code-named «Night Wind», began at ten": "named" joined to a noun by a hyphen is a participle
  if (at >= 2 && text[at - 1] === '-' && isWordAt(text, at - 2)) return false;
  while (at > 0 && isSpaceAt(text, at - 1)) at--;
  // (past the comma closing an aside or a noun: "the firm, named …")
  const nounAt = text[at - 1] === ',' ? at - 1 : at;
  const noun = wordBefore(text, nounAt);
  // why: "the operation which they named "Dry Net"": a subject pronoun after a relative pronoun names the thing the clause
  // is about, a name however the verb is read
  if (noun !== null && PRONOUN_NAMERS.has(noun) && RELATIVES.has(wordBefore(text, startOfWordBefore(text, nounAt))?.toLowerCase() ?? '')) return false;
  return noun === null || !isLower(noun[0]) || VERB_CONTEXT.has(noun);
}

/** Subject pronouns that, after a relative pronoun, give the name of what the clause is about ("which they named"). */
const PRONOUN_NAMERS = new Set(['they', 'we']);

/** Words before "named" that leave it a verb: a pronoun subject, or the end of an aside ("Ana Ruiz, for example, named"). */
const VERB_CONTEXT = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'you', 'example', 'instance', 'also', 'then', 'later', 'too', 'once']);

/** Short words a title-case title leaves in lower case ("Midday with Charlie Sykes"). */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'over', 'upon', 'about', 'after', 'without']);

/**
 * Whether a broadcaster's name with a possessive mark ends right before offset `i` ("HBN's", "Harbour News Channel’s"):
 * the channel owning the programme that follows. A writer's or a law's possessive ("Ana Ruiz's", "the Act's") is none.
 */
function broadcasterPossessive(text: string, i: number): boolean {
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  if (text[i - 1] !== 's' || (text[i - 2] !== "'" && text[i - 2] !== '’')) return false;
  let k = i - 2;
  const e = k;
  while (k > 0 && e - k < 30 && isWordAt(text, k - 1)) k--;
  const word = text.slice(k, e);
  return broadcasterWord(word) !== null;
}

export function quoteConfidence(q: RawQuote, kind: QuoteKind, single: boolean): number {
  if (kind === 'unmarked') return 0.5;
  let c = single ? 0.8 : 0.95;
  if (q.repairs.includes(REPAIRS.openLost)) c = Math.min(c, 0.6);
  else if (q.repairs.length) c -= 0.15;
  return c;
}

/**
 * Whether `after`, the word in lower case after the marks ending at `closeEnd`, is the plural of a naming noun
 * ("markets"), or a noun before one ("bus company"). Plurals the title nouns list themselves are read by the caller.
 */
function titleNounAhead(text: string, closeEnd: number, after: string): boolean {
  if (after.length > 3 && after.endsWith('s') && TITLE_NOUNS.has(after.slice(0, -1))) return true;
  let at = closeEnd;
  while (at < text.length && isSpaceAt(text, at)) at++;
  at += after.length;
  if (text[at] !== ' ') return false;
  return isTitleNoun(wordAfter(text, at));
}

function isTitleNoun(w: string | null): boolean {
  return !!w && TITLE_NOUNS.has(w.toLowerCase());
}

function startOfWordBefore(text: string, i: number): number {
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  while (i > 0 && isWordAt(text, i - 1)) i--;
  return i;
}

/** Longest first line read as the article's title. */
const TITLE_LINE_MAX = 200;

/** Whether the text before offset `i`, past spaces and line breaks, is only the article's first line (its title). */
function afterTitleLine(text: string, i: number): boolean {
  let broken = false;
  while (i > 0 && isSpaceAt(text, i - 1)) if (text[--i] === '\n') broken = true;
  if (!broken) return false;
  const floor = Math.max(0, i - TITLE_LINE_MAX);
  while (i > floor && text[i - 1] !== '\n') i--;
  if (i > floor) while (i > 0 && isSpaceAt(text, i - 1)) i--;
  return i === 0;
}

/** The offset of the first character from `i` on that is not a space. */
function firstNonSpace(text: string, i: number): number {
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/** The offset of the last character before `i` that is not a space; -1 when there is none. */
function lastNonSpace(text: string, i: number): number {
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  return i - 1;
}

function wordBefore(text: string, i: number): string | null {
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  const e = i;
  while (i > 0 && e - i < 30 && isWordAt(text, i - 1)) i--;
  return e > i ? text.slice(i, e) : null;
}

function wordAfter(text: string, i: number): string | null {
  while (i < text.length && isSpaceAt(text, i)) i++;
  const s = i;
  while (i < text.length && i - s < 30 && isWordAt(text, i)) i++;
  return i > s ? text.slice(s, i) : null;
}

/** The first letter or digit among the four characters at `start`: the one the quotation opens on. */
function leadingLetter(text: string, start: number): string | undefined {
  // why: most quotations open on their letter; only the rest pay for a slice
  return isWordAt(text, start) ? text[start] : firstLetter(text.slice(start, start + 4));
}

function firstLetter(w: string): string | undefined {
  for (const c of w) if (isWordChar(c)) return c;
  return undefined;
}
