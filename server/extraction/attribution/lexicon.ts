/** Hand-made word lists for attribution: speech verbs, titles, role nouns, function words. */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Inflects a regular verb lemma; irregular forms are listed with the lemma as "lemma:form,form". */
function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) return [lemma, lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing'];
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  // why: short verbs ending consonant-vowel-consonant double the final letter (quip → quipped)
  const dbl = /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) ? lemma + lemma.at(-1) : stem;
  return [lemma, s, dbl + 'ed', dbl + 'ing'];
}

const SPEECH_LEMMAS = `say:said tell:told add write:wrote,written,writes,writing speak:spoke,spoken state declare exclaim affirm assure
  insist argue claim continue suggest reply respond answer recall warn announce acknowledge admit concede complain joke
  quip predict promise vow pledge stress emphasize emphasise observe remark comment counter charge contend maintain post
  boast lament muse recount shout yell cry urge explain note tweet retweet ask blast slam criticize criticise praise
  conclude confirm deny reiterate caution speculate thunder proclaim testify demand mention indicate refer
  allege assert report reveal describe declare opine gush scoff snap sneer fume rail chide mock taunt tout hail
  accuse insist inform elaborate clarify specify estimate calculate predict forecast posit theorize theorise
  acknowledge reason recount relate recollect remind reassure concur retort add echo underline underscore
  repeat pronounce call react chant wonder read:read,reads,reading put:put,puts tweeted:tweeted
  interject interrupt agree disagree object protest plead beg sigh whisper mutter murmur scream bellow grumble exult marvel rave groan
  inquire enquire query denounce condemn deplore decry regret castigate confide rejoice lambast scold guarantee
  appeal implore exhort detail convey`;

/** Verbs that introduce speech ("said", "told", "exclaimed"), in every inflection, mapped to their lemma. */
export const SPEECH_VERBS = new Map<string, string>();
for (const entry of SPEECH_LEMMAS.split(/\s+/).filter(Boolean)) {
  const [lemma, irregular] = entry.split(':') as [string, string | undefined];
  const forms = irregular ? [lemma, ...irregular.split(','), lemma + 's', lemma + 'ing'] : inflect(lemma);
  // why: verbs stressed on a last syllable ending vowel-consonant double it ("admitted", "referred"); listing both
  // spellings costs nothing and spares a stress dictionary
  if (/[aeiou][bdgklmnprt]$/.test(lemma) && !/[aeiou]{2}[a-z]$/.test(lemma.replace('qu', 'q'))) forms.push(lemma + lemma.at(-1) + 'ed', lemma + lemma.at(-1) + 'ing');
  for (const f of forms) if (!SPEECH_VERBS.has(f)) SPEECH_VERBS.set(f, lemma);
}
// why: these forms read as adjectives or nouns more often than as speech ("a post", "the state", "read")
for (const f of ['post', 'posts', 'state', 'states', 'read', 'put', 'puts', 'charge', 'charges', 'note', 'notes', 'counter', 'maintain', 'reason', 'reasons', 'cry', 'rail', 'estimate', 'estimates', 'report', 'reports', 'comment', 'comments', 'answer', 'answers', 'reply', 'claim', 'claims', 'promise', 'promises', 'echo', 'repeat', 'query', 'queries', 'appeal', 'appeals'])
  SPEECH_VERBS.delete(f);

/** Forms that read as nouns elsewhere ("a report", "the states") but are verbs right after a comma and before their
 * subject at a sentence's end ("…, reports the Main Directorate of the Ministry."). */
export const INVERTED_ONLY = new Set(['reports', 'states', 'notes', 'claims', 'comments', 'estimates']);

/** Words that may sit between a speaker and the speech verb ("Ruiz also said", "she has repeatedly said"). */
export const VERB_FILLERS = words(`also then later has had have was were is would will could had once again previously
  recently repeatedly further simply only just often frequently finally quickly flatly bluntly ultimately subsequently
  first earlier today yesterday tonight never still even not already reportedly publicly privately openly
  long consistently separately explicitly strongly angrily quietly
  himself herself themselves itself haven't hasn't hadn't didn't doesn't don't wouldn't won't can't isn't wasn't
  weren't couldn't`);

/**
 * Titles, and hyphenated compounds of them ("secretary-treasurer", "attorney-general", "commander-in-chief"): every
 * part a title or a role noun, at least one a title; the compound is its own role noun.
 */
/** The titles the article being read teaches by its own use (see own-titles.ts); none between articles. */
let ownTitles: ReadonlySet<string> = new Set();
/** The titles it abbreviates with a dot (see abbreviations.ts): titles, and no nouns for a person. */
let ownAbbreviations: ReadonlySet<string> = ownTitles;

/** Runs `read` with `titles` counted as titles and nouns for a person, as the lexicon's are, and `abbreviated` as
 * titles, and forgets them after. */
export function withOwnTitles<T>(titles: ReadonlySet<string>, read: () => T, abbreviated: ReadonlySet<string> = ownAbbreviations): T {
  const before = ownTitles;
  const beforeAbbreviations = ownAbbreviations;
  ownTitles = titles;
  ownAbbreviations = abbreviated;
  try {
    return read();
  } finally {
    ownTitles = before;
    ownAbbreviations = beforeAbbreviations;
  }
}

/** Whether `key` is a title the article being read teaches. */
const ownTitle = (key: string): boolean => ownTitles.size !== 0 && ownTitles.has(key);
const ownAbbreviation = (key: string): boolean => ownAbbreviations.size !== 0 && ownAbbreviations.has(key);

class TitleMap extends Map<string, string> {
  override has(key: string): boolean {
    return super.has(key) || ownTitle(key) || ownAbbreviation(key) || this.compound(key);
  }

  override get(key: string): string | undefined {
    return super.get(key) ?? (ownTitle(key) || ownAbbreviation(key) || this.compound(key) ? key : undefined);
  }

  private readonly compounds = new Map<string, boolean>();

  private compound(key: string): boolean {
    if (key.indexOf('-') < 0) return false;
    const known = this.compounds.get(key);
    if (known !== undefined) return known;
    const titled = this.compoundOfTitles(key);
    // why: looked up for every hyphenated word of every article; the answers are kept, up to a bound
    if (this.compounds.size < 10_000) this.compounds.set(key, titled);
    return titled;
  }

  private compoundOfTitles(key: string): boolean {
    let titled = false;
    for (const part of key.split('-')) {
      if (super.has(part)) titled = true;
      else if (!PERSON_NOUNS.has(part) && part !== 'in' && part !== 'of' && part !== 'at') return false;
    }
    return titled;
  }
}

/** Person titles that precede a name; the value is the role noun a later description may use. */
export const TITLES = new TitleMap(Object.entries({
  mr: '', mrs: '', ms: '', miss: '', dr: 'doctor', prof: 'professor', professor: 'professor', sen: 'senator',
  senator: 'senator', gov: 'governor', governor: 'governor', rep: 'representative', representative: 'representative',
  congressman: 'congressman', congresswoman: 'congresswoman', president: 'president', vice: 'president', secretary: 'secretary',
  minister: 'minister', premier: 'premier', chancellor: 'chancellor', general: 'general', gen: 'general', lt: 'general',
  col: 'colonel', colonel: 'colonel', major: 'major', corporal: 'corporal', brigadier: 'brigadier', marshal: 'marshal', adm: 'admiral', admiral: 'admiral', judge: 'judge', justice: 'justice',
  mayor: 'mayor', ambassador: 'ambassador', speaker: 'speaker', chairman: 'chairman', chairwoman: 'chairwoman',
  sheriff: 'sheriff', attorney: 'attorney', candidate: 'candidate', pope: 'pope', king: 'king', queen: 'queen',
  prince: 'prince', princess: 'princess', sir: '', lord: '', lady: '', rev: 'reverend', reverend: 'reverend',
  father: 'priest', rabbi: 'rabbi', inspector: 'inspector', detective: 'detective', commissioner: 'commissioner', superintendent: 'superintendent', sgt: 'sergeant', capt: 'captain', captain: 'captain', coach: 'coach', trainer: 'trainer', pres: 'president',
  alderman: 'alderman', alderwoman: 'alderwoman', councilman: 'councilman', councilwoman: 'councilwoman', councilmember: 'councilmember',
  councillor: 'councillor', councilor: 'councilor', assemblyman: 'assemblyman', assemblywoman: 'assemblywoman', lieutenant: 'lieutenant', sergeant: 'sergeant',
  atty: 'attorney', engr: 'engineer', counselor: 'counselor', counsellor: 'counsellor', mp: 'mp', datuk: '', dato: '', datin: '', mzee: '', hon: '', ka: '',
  // (Thai honorifics and offices before a given name: "Khun Somchai", "Kamnan Prasert", "Phu Yai Somsak", the village headman)
  khun: '', kamnan: 'headman', phu: '', yai: '',
  // (the Khmer honorific before a woman's name, after "Lok": "Lok Chumteav Chhun Sreypov", madam)
  chumteav: '',
  // (Amharic courtesy titles: "Ato Dawit Tesfaye", mister; "Woizero Tigist Haile", missis; "Woizerit", miss)
  ato: '', woizero: '', weyzero: '', woizerit: '', weyzerit: '', 'w/ro': '', 'w/rt': '', 'w/t': '',
  // (Oromo courtesy titles: "Obbo Tolera Gemechu", mister; "Aadde Lensa Bekele", missis; "Durbee", miss; and Somali
  // "Mudane", the honourable, and "Marwo", missis; Swahili "Bwana", mister)
  obbo: '', aadde: '', durbee: '', mudane: '', marwo: '', bwana: '',
  // (courtesy titles machine translation leaves untranslated before a surname: Albanian "Zoti Hoxha", mister, "Zonja",
  // missis; Georgian "Batono", "Kalbatono"; Armenian "Paron", "Tikin"; Lithuanian "Ponas", "Ponia"; Estonian "Härra",
  // "Proua"; Catalan "Senyor", "Senyora"; Malay "Encik", "Puan")
  zoti: '', zonja: '', zonjusha: '', batono: '', kalbatono: '', paron: '', tikin: '', ponas: '', ponia: '', härra: '', proua: '',
  senyor: '', senyora: '', encik: '', puan: '',
  // (honorifics and offices before a name in South Asian, Arabic, Kurdish, Persian and African news: "Haji Abdullahi",
  // "Engineer Hassan al-Tamimi", "Kak Rebwar", "Mama Rehema", "Shri Patil", "Kamanda Chilongo", "Inkosi Mchunu")
  haji: '', hajji: '', alhaji: '', alhaja: '', mallam: '', malam: '', sheikh: '', shaikh: '', ustad: '', ustaz: '', mawlawi: '',
  maulana: '', maulvi: '', mullah: '', janab: '', kak: '', mama: '', mheshimiwa: '', ndugu: '', shri: '', shrimati: '', smt: '',
  // (more honorifics translation leaves before a name: "His Excellency Meas Vannak", "Madame Carole Kremer", Malay
  // "Hajah", Hausa "Hajiya", "Hadji", "Comrade", Wolof "Oustaz" and Tajik "Ustod" (teacher), Zulu "Gogo" (grandmother),
  // Igbo "Nne" (mother), Indonesian "Ibu" and "Bapak", Hindi "Srimati")
  excellency: '', madame: '', madam: '', hajah: '', hajiya: '', hadji: '', comrade: '', oustaz: '', ustod: '', gogo: '', nne: '', ibu: '', bapak: '',
  srimati: '',
  // ("Honourable 'Malineo Sekhesa"; Sesotho "Ntate" (mister) and "Morena" (chief), "Mme" (missis) being French "Mme"'s,
  // written "'M'e" too; Dzongkha "Dasho" (a royal honour) and "Aum" (missis); Tetum "Maun" (brother, mister) and "Mana"
  // (sister, missis))
  honourable: '', honorable: '', ntate: '',
  // (a judge's "Her Honour Sharon Ellis-Morgan", "His Honor")
  honour: 'judge', honor: 'judge', morena: 'chief', "m'e": '', dasho: '', aum: '', maun: '', mana: '',
  // (isiXhosa "Mnu" (mister) and "Nkosikazi" (missis), written after the personal prefix u-: "uMnu Lwazi Ntshinga" ("Miss",
  // "Nkosazana", is a given name as often); Indonesian and Malay "Pak" (mister), Bapak's short form)
  mnu: '', nkosikazi: '', pak: '',
  // (Uyghur and Uzbek "Xanim" / "Khanim" (missis) before the name: "Xanim Tursun"; Setswana "Rre" (mister))
  xanim: '', khanim: '', rre: '',
  // (Javanese "Mbah" (grandmother, grandfather) before the name: "Mbah Painem")
  mbah: '',
  // (Occitan "Mossur" and "Madama" (mister, madam); Hiligaynon and Tagalog "Manang" and "Manong" (elder sister, elder
  // brother))
  mossur: '', madama: '', manang: '', manong: '',
  // (Tagalog and Waray "Nanay" and "Tatay" (mother, father) for an elder woman or man: "Nanay Purita Cabahug"; "Kap", the
  // barangay captain's title written short: "Kap Dodong")
  nanay: '', tatay: '', kap: 'captain',
  // (Breton "Aotrou" and "Itron" (mister, missis), Corsican "Sgiò" (mister), Upper Sorbian "Knjez" and "Knjeni" (mister,
  // missis), Friulian "Siôr" and "Siore", Sakha "Ebee" (grandmother), Gĩkũyũ "Mũthuri" (an elder man))
  aotrou: '', itron: '', sgiò: '', knjez: '', knjeni: '', siôr: '', siore: '', ebee: '', mũthuri: '',
  // (Tibetan "Pala" and "Amala" (father, mother) for an elder man or woman, "Genla" (teacher) and "Kusho" (sir):
  // "Pala Ngawang")
  pala: '', amala: '', genla: 'teacher', kusho: '',
  // (Kabyle "Dda" (elder brother, for a man one respects): "Dda Lounès Ait Hamou"; K'iche' "Tat" (mister): "Tat Baltazar
  // Tzul"; Spanish "Doña" (madam): "Doña Eusebia Cuaxiloa". Not Kabyle "Nna", for a woman: "NNA" is a news agency's)
  dda: '', tat: '', doña: '',
  // (Acholi "Ladit" (an elder, mister): "Ladit Oryem"; Konkani "Bab" (mister) and "Bai" is a given name as often; Fon
  // "Dah" (an elder, a chief): "Dah Cyprien Ahouansou")
  ladit: '', bab: '', dah: '',
  rais: 'rais', kamanda: 'commander', inkosi: 'chief', baale: 'chief', oba: 'king', engineer: 'engineer', eng: 'engineer', maitre: 'lawyer', maître: 'lawyer',
  // (offices of Indian and Pakistani districts and villages, and "Sahib" after a name or a title: "Butt Sahib", "Haji Sahib")
  collector: 'collector', sarpanch: 'sarpanch', tehsildar: 'tehsildar', sahib: '',
  // (Punjabi and Urdu honorifics before a name: "Mian Abdul Ghaffar Bhatti", "Chaudhry Arshad Warraich")
  mian: '', chaudhry: '', chaudhary: '', choudhary: '', choudhury: '',
  // (academic degrees written before the name in Central Europe: "MUDr. Jana Horáková", "Ing. Petr Novák")
  mudr: 'doctor', judr: '', phdr: '', rndr: '', mvdr: 'doctor', paeddr: '', ing: 'engineer', mgr: '', bc: '',
  // (titles translated news writes short with their stop before a name: Hindi "Smt." and "Kum.", Indian "Adv." and
  // "Er.", Indonesian "Ir." and "Drs.", Spanish "Lic.", "Dra." and "Sra.", French "Mme" and "Pr", Sri Lankan "Ven.",
  // Catholic "Fr.", Nigerian "Pst.", Danish "Hr.", Zimbabwean "Cde."; see SHORT_TITLES)
  kum: '', adv: 'advocate', er: 'engineer', ir: 'engineer', drs: '', hj: '', lic: '', dra: 'doctor', sra: '', srta: '', mme: '',
  mlle: '', pr: 'professor', ven: '', fr: 'priest', pst: 'pastor', hr: '', cde: '', maj: 'major', brig: 'brigadier', insp: 'inspector',
  supt: 'superintendent', msgr: '',
  // (South African and British councils' titles, written short: "Ald. Thandi Mokoena", alderman; "Cllr Ian Reed", councillor)
  ald: 'alderman', cllr: 'councillor', clr: 'councillor',
  former: '', democratic: '', republican: '', gop: '', dem: '', chief: '', deputy: '', acting: '', foreign: '', prime: '',
  defense: '', defence: '', state: '', house: '', senate: '', white: '', press: '', interior: '', health: '', us: '', u: '',
}));

/**
 * Titles written short with a stop before a name ("Smt. Lakshmi Devi", "Lic. Ana Ruiz", "Ven. Ananda Thera", "Dipl.-Ing.
 * Eva Berg"): the stop ends no sentence, and the abbreviation is no name of its own (it was named as the speaker).
 */
export const SHORT_TITLES = words(`mr mrs ms dr sen gov rep gen lt col st jr sr prof rev capt sgt adm pres atty engr hon mudr judr
  phdr rndr mvdr paeddr ing mgr bc smt kum adv er ir drs hj lic dra sra srta mme mlle pr ven fr pst hr mag arq abg cde maj
  brig insp supt msgr mons doc bro sis ald cllr clr eng`);

/**
 * Spellings of one given name a single article may mix, as Malaysian and Indonesian news do ("Mohd Hisham Yusof … said
 * Mohamad Hisham"): each maps to one form, so the two are read as the same word of a name.
 */
export const GIVEN_NAME_SPELLINGS: ReadonlyMap<string, string> = new Map(
  ['mohd', 'muhd', 'md', 'mohamad', 'mohammad', 'muhammad', 'muhamad', 'mohamed', 'mohammed', 'muhammed'].map((w) => [w, 'muhammad']),
);

/** Company forms written before a firm's name: Indonesian "PT" and "CV", Russian "OOO", "ZAO", "PAO" ("ООО «Вектор»"). */
export const LEADING_COMPANY_FORMS = new Set(['pt', 'cv', 'ooo', 'zao', 'pao', 'ооо', 'зао', 'пао']);

/** Nouns that name words as someone's answer to what came before ("the reply from X", "his reaction to"); each
 * reader of such nouns adds the ones its construction takes. */
export const ANSWER_NOUNS = ['reply', 'response', 'answer', 'reaction', 'comment'] as const;

/** Social networks and messaging platforms, where words are published as they are on a paper's page. */
export const PLATFORMS = new Set(['facebook', 'instagram', 'telegram', 'twitter', 'tiktok', 'youtube', 'linkedin', 'threads', 'vkontakte',
  'weibo', 'wechat', 'bluesky', 'mastodon', 'x']);
/**
 * Honorifics a person is also called by alone, once named with them ("Alhaji Rasheed Akinyemi … said Alhaji", "Inkosi
 * Sibusiso Mchunu … said Inkosi"): not English titles, which alone name an office ("the President").
 */
export const HONORIFICS = new Set(['haji', 'hajji', 'alhaji', 'alhaja', 'mallam', 'malam', 'sheikh', 'shaikh', 'ustad', 'ustaz', 'mawlawi',
  'maulana', 'maulvi', 'mullah', 'inkosi', 'baale', 'oba', 'kamanda', 'kamnan', 'mzee', 'datuk', 'dato', 'mian', 'chaudhry', 'chaudhary',
  'choudhary', 'choudhury', 'chumteav', 'excellency', 'hajah', 'hajiya', 'hadji', 'oustaz', 'ustod', 'gogo', 'nne',
  // (Acholi "Ladit" for an elder man, Konkani "Bab" for a man, Fon "Dah" for an elder or a chief: "Ladit Oryem",
  // "Bab Fernandes", "Dah Ahouansou")
  'ladit', 'bab', 'dah']);

/** Titles that say the person is a woman or a man (for he/she agreement). */
export const FEMALE_WORDS = words(`mrs ms miss madam madame madama manang nanay itron knjeni siore ebee hajah hajiya gogo nne ibu srimati mme m'e nkosikazi xanim khanim aum lady queen woizero weyzero woizerit weyzerit w/ro w/rt w/t aadde durbee marwo princess congresswoman chairwoman spokeswoman businesswoman
  alderwoman councilwoman assemblywoman
  wife mother daughter sister grandmother actress woman girl widow aunt niece she her herself`);
export const MALE_WORDS = words(`mr sir lord king prince ato obbo bwana bapak pak mnu rre ntate maun mossur manong tatay aotrou sgiò knjez siôr mũthuri ladit bab dah congressman chairman spokesman businessman husband father son
  alderman councilman assemblyman
  brother grandfather actor man boy widower uncle nephew he him his himself`);

/** Heads of descriptions that stand for a person ("the minister", "the billionaire shipping magnate"). */
// why: "His namesake, member of the Diet Liis Mets, wrote": news that names two people of one surname calls the second
// "his namesake", a person the name set off after it restates
export const PERSON_NOUNS = words(`specialist forecaster president minister senator governor candidate secretary spokesman spokeswoman spokesperson
  official officials leader chairman chairwoman chair director researcher professor analyst expert economist
  strategist adviser advisor aide lawmaker lawmakers congressman congresswoman representative mayor general admiral
  colonel commander chief executive ceo founder owner mogul billionaire businessman businesswoman host anchor reporter
  alderman alderwoman councilman councilwoman councilmember councillor councilor assemblyman assemblywoman
  journalist columnist author writer judge justice attorney lawyer prosecutor sheriff officer detective agent ambassador
  diplomat envoy negotiator rapporteur nominee frontrunner front-runner contender challenger incumbent rival opponent
  speaker manager consultant pollster historian scientist doctor physician activist organizer organiser student
  teacher father mother wife husband son daughter woman man resident voter veteran worker victim witness source
  sources master head premier chancellor pope king queen prince star actor actress
  singer comedian billionaire developer investor banker critic supporter backer donor member members friend
  neighbor neighbour partner colleague deputy counsel commissioner superintendent coach player pastor bishop priest
  rabbi imam officer soldier sergeant captain ex-president vice-president general-in-chief mp mep
  coordinator administrator editor publisher producer correspondent unionist trade-unionist syndicalist assessor
  democrat republican conservative liberal progressive independent socialist communist tory centrist nationalist populist
  libertarian leftist social-democrat protester protesters attendee
  respondent marcher spectator demonstrator participant delegate staffer insider confidant employee observer
  commentator pundit blogger lobbyist advocate operative volunteer constituent treasurer chairperson whip narrator
  narrators announcer interviewer questioner voice moderator surrogate relative ally scholar juror investigator novelist rapper
  filmmaker athlete survivor parent nurse surgeon farmer entrepreneur landlord tenant occupant trooper legislator monarch cleric politician
  sister brother widow widower aunt uncle grandmother grandfather niece nephew cousin
  counterpart interlocutor predecessor successor trainer shepherd herder pensioner retiree housewife vendor labourer
  laborer craftsman artisan baker butcher midwife pupil villager inhabitant citizen
  inspector engineer technician firefighter paramedic pilot ranger coroner examiner auditor regulator trustee provost
  chaplain clerk registrar architect planner accountant mechanic driver skipper sailor fisherman miner trader dealer
  broker shopkeeper eyewitness bystander passenger commuter traveller traveler tourist mourner mediator arbitrator
  prefect subprefect sub-prefect hejtman intendant starost voivode burgomaster ombudsman ombudswoman rector headmaster
  headmistress magistrate notary consul patriarch mufti sheikh breeder undersecretary gendarme policeman policewoman
  seaman seafarer parliamentarian mayoress regent governant collector tehsildar sarpanch headman chieftain
  baale inkosi oba kamanda kamnan hokim akim hakim kaymakam muhtar mukhtar wojt soltys starosta guide marabout
  referee umpire linesman boxer wrestler suspect defendant
  striker defender midfielder winger quarterback pitcher batsman batter bowler jockey cyclist sprinter
  swimmer skier golfer teammate rookie
  namesake`);

/**
 * A listed person noun, or any noun of a field's practitioner by its ending, whatever the field ("the hydrologist",
 * "an epidemiologist", "the statistician"): no list holds them all. Plain string tests: it is asked for many words.
 */
export const isPersonNoun = (key: string): boolean =>
  PERSON_NOUNS.has(key) || ownTitle(key) || (key.length >= 8 && (key.endsWith('ologist') || key.endsWith('ician'))) || (key.includes('-') && personCompound(key));

/** "director-general", "secretary-general", "editor-in-chief": person nouns joined by hyphens (and "in", "of", "at"). */
function personCompound(key: string): boolean {
  let person = false;
  for (const part of key.split('-')) {
    if (PERSON_NOUNS.has(part)) person = true;
    else if (part !== 'in' && part !== 'of' && part !== 'at' && !(ROLE_PREFIXES.has(part) && !person)) return false;
  }
  return person;
}

// why: "the vice-minister", "the co-chairperson", "the pro-rector", "the ex-mayor": a prefix of rank or of a former or
// shared office, or "lord" ("the Lord-Mayor"), before a person noun makes a person noun, as translations hyphenate them
// where English writes two words
const ROLE_PREFIXES = new Set(['vice', 'ex', 'co', 'pro', 'sub', 'acting', 'interim', 'lord']);

/** Heads of descriptions that stand for an organisation or a document ("the statement", "the campaign"). */
export const ORG_NOUNS = words(`campaign statement report committee company group organization organisation agency
  ministry department administration government party team network newspaper paper magazine website site board
  firm corporation union council commission office court embassy institute foundation center centre bureau
  website editorial letter memo email e-mail release study survey poll lawsuit complaint filing document documents
  ad advertisement video post tweet message book bylaws army police kremlin white-house
  article piece column essay op-ed textbook transcript readout petition nonprofit non-profit service outlet ruling
  verdict indictment affidavit crowd audience
  authority association federation coalition parliament cabinet caucus
  channel station broadcaster portal command`);

/** Capitalised words that open a sentence but never start a name. */
export const NOT_NAME = words(`the a an and but or so yet for nor if when while although though because since after before
  as at by in on of to from with without into onto about against during under over this that these those there here
  it its he she they we you i his her their our my your him them us me who what which where why how some many
  most more all any each every no not one two three four five six seven eight nine ten first last next
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  january february march april may june july august september october november december
  yes oh well still also even then now just only instead meanwhile however moreover indeed
  according asked said says despite among between until unless whether whose whom than both either neither
  aka alias
  like unlike such again perhaps maybe later earlier once twice read see follow source latest trends let please
  photo image video watch click share subscribe advertisement related editor editors note update updated
  alongside amid amidst amongst across along around behind beneath beside besides beyond inside outside through
  throughout toward towards upon within via near
  separately additionally furthermore nevertheless nonetheless similarly likewise overall ultimately
  fortunately unfortunately interestingly notably importantly
  wherever whenever whatever whoever whichever someone somebody`);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = words(`party committee campaign news times post journal agency university college institute
  department administration house council association foundation center centre inc corp corporation company co
  group network fund commission court congress senate press bureau office ministry service coalition pac
  union bank club league federation organization organisation board team society trust reserve army navy
  police command guard forces force school church review magazine tribune herald gazette daily weekly radio tv television fm
  channel broadcasting media reuters kremlin government parliament assembly council cabinet
  alliance movement front project program programme initiative caucus staff industries airlines partners
  forum summit conference festival academy institution authority railway railways airport industry bloc
  energy motors holdings technologies pharmaceuticals airways logistics telecom petroleum utilities
  limited ltd plc llc llp gmbh sarl pty pvt pt tbk ooo ооо пао зао
  institut instituut istituto instituto universidad università universität université universitet uniwersytet
  ministerio ministère ministerium ministero ministerstvo banco banque fundación fondation stiftung fundacja akademie
  academia agencia agence agentur agenzia gruppo grupo partido parti partei comité komitet verband sociedad société
  gesellschaft kommission comisión commissione tribunal tribunale gericht rada sejm seimas saeima duma bundestag knesset
  majlis riigikogu storting folketing riksdag eduskunta sabor skupština cortes hospital clinic infirmary gymnasium lyceum lycée`);

/** Nouns of settlements and areas, which name a place when written in lower case right before or after a name. */
export const SETTLEMENT_NOUNS = words(`commune municipality town village city county region district province locality resort
  parish township hamlet borough oblast raion voivodeship prefecture canton department neighbourhood neighborhood
  area areas suburb suburbs towns villages districts neighbourhoods neighborhoods ward wards taluka tehsil mohalla
  colonia barrio comuna aldea vereda mahalla kelurahan kecamatan desa kampung`);

/** Nouns of places that, as the subject of a verb of speech, stand for the body that runs the place ("the prefecture
 * said", "the municipality informed"). */
export const BODY_PLACES = words(`municipality prefecture region province county canton commune oblast voivodeship`);

/** Words that make a capitalised run a place (never a speaker antecedent). */
// why: Malay and Indonesian news keep the village's and the district's noun in the place's name ("Kampung Pasir",
// "Kecamatan Tanjung"): a name holding one is a place, never the person a later "she" goes back to
export const PLACE_WORDS = words(`united states kingdom republic north south east west new city county state island islands
  street avenue square river lake mountain valley beach bay gulf sea ocean coast middle far road highway boulevard chowk
  market bazaar mandi mosque temple cathedral
  northeast northwest southeast southwest central asia africa europe america pacific atlantic district province region
  rua avenida praça praca calle paseo piazza viale corso rue straße strasse platz ulica ulitsa
  utca sokak sokağı caddesi jalan
  kampung kelurahan kecamatan kabupaten`);

/** Forms of "go" that, followed by "on", mean speaking on ("went on to say"). */
export const GOING_ON = words('went goes go going');

/** Portfolios an office names after "of" ("Secretary of State", "Chief of Staff", "Minister of Foreign Affairs"). */
// why: translations name a portfolio by its adjective too ("Minister of Environmental Protection and Agriculture X"):
// a word left off the list is read as the start of the holder's name
export const OFFICE_WORDS = words(`state staff defense defence justice treasury commerce energy education health labor labour
  transportation transport interior agriculture veterans homeland security affairs foreign national intelligence
  communications operations finance economy economic trade culture environment housing human services urban development
  war navy army air emergency management budget policy strategy information public the joint chiefs investigations
  immigration republic government council ministers cabinet industry sport sports youth science technology tourism
  construction digital family social solidarity women fisheries infrastructure regional ecology ecological transition
  employment work research innovation heritage media mines mining water resources natural forestry climate planning
  territorial equality relations european integration pensions welfare customs population heavy rural higher vocational
  disaster civil protection consumer investment administration road roads safety food irrigation revenue petroleum power
  railways aviation telecommunications urbanisation urbanization urbanism change sea policies police environmental agricultural
  cultural situations physical communities territories gender children arts wildlife livestock cooperatives`);

/** Offices held abroad, which name the country or the body they are posted to after "to" or "in" ("the ambassador of
 * Russia to the USA", "the Permanent Representative to the UN"). */
export const POSTED_OFFICES = words('ambassador ambassadors envoy envoys representative consul emissary');

/** Verbs after which "by" names where words were reported ("quoted by the DPA agency", "cited by Reuters"). */
// ("Interrogated by Radio Onde Furlane, …": French and Italian translations, "interrogé par", "interrogato da")
export const REPORTED_BY = words('quoted cited reported relayed interviewed interrogated published contacted questioned reached asked broadcast aired');

/** Connectors allowed inside a name ("Ludwig van Beethoven", "Hassan al-Amin", "Bank of America"; Faroese "Sámal á
 * Lakjuni", "Hanus í Gerðinum", "Jenis við Stein", a farm's or a place's name after a preposition). */
/** Verbs that give someone the name they go by ("call him Chan Pak"). */
export const NAMING_VERBS = words('call calls called name names named nickname nicknamed');

export const NAME_CONNECTORS = words('de da di do du van von der den la le bin ibn al el del della dos das ben á í við dela delos delas arap binti bint ole anak');

/** "told" in the forms news writes it before the one told ("tells Reuters", "telling the BBC", a translation's "tell"). */
export const TOLD_FORMS = words('told tells tell telling');

export const SUBJECT_PRONOUNS = words('he she they i we it');

/**
 * Honorifics written after a name or a title in South Asian, Persian and Turkish usage. ("aka" is also the English
 * "also known as": after a name and before another name or marks it leads that other name (see ALIAS_LEADS in
 * entities.ts); both readings end the name before it, and neither "Aka", "AKA" nor "Alias" opens a name: see NOT_NAME.)
 */
export const TRAILING_HONORIFICS = new Set(['sahib', 'saheb', 'sahab', 'ji', 'begum', 'khanum', 'bey', 'efendi', 'effendi', 'hanim',
  // (Crimean Tatar and Turkish: "Elmaz hanım", "Server ağa")
  'hanım', 'ağa', 'aga',
  // (Uzbek, Kazakh and Kyrgyz: "Mahmuda opa", "Toktosun ata", "Rustam aka")
  'opa', 'aka', 'ata', 'apa', 'eje']);

/** Nouns for an agency or venue that a claim is reported through ("told the national press agency", "on a local radio
 * station"). Not the forms words take ("a statement", "an interview", "a report"): those name no source. */
export const SOURCE_NOUNS = words(`agency press news newspaper television channel radio broadcaster outlet daily
  magazine weekly website site network wire service paper portal station tabloid`);

/**
 * Last words of newspapers' and agencies' names that are no organisation word elsewhere ("told the Guardian", "in an
 * interview with Le Monde", "told Al Jazeera"). Some are surnames too (a Mayor Guardian), so they make a name a venue
 * only after a lead and only when nothing marks it as a person; they never make it an organisation that speaks. The
 * last two lines are papers' words in English and in the languages translations keep them in ("the Leeuwarder Courant",
 * "Dagens Nyheter", "Helsingin Sanomat", "Diário de Notícias", "La Stampa", "Frankfurter Allgemeine").
 */
export const MASTHEAD_WORDS = words(`guardian telegraph observer chronicle examiner courier economist newsweek monde
  figaro spiegel zeitung pais corriere repubblica jazeera politico axios interfax tass xinhua
  yonhap kyodo haaretz kommersant izvestia novosti mirror express independent standard sun star
  herald tribune gazette bulletin dispatch sentinel courant gazet krant dagblad tidning sanomat
  nyheter diario jornal giornale gazzetta stampa kurier nachrichten tagblatt anzeiger rundschau allgemeine
  jornada prensa noticias heraldo periodico periódico semanario agence agencia agenzia agentur`);

/** Whether a word of a name is a masthead's, its accents aside ("País" in "El País"). */
export const mastheadWord = (w: string): boolean => MASTHEAD_WORDS.has(w.normalize('NFD').replace(/\p{M}/gu, ''));

/** Nouns of bodies that translations name in marks right after ("the company «Aurora Energy»", "the association
 * "Women of the Sea""): never documents, works or things, whose names in marks name no one who speaks. */
export const NAMED_BODY_NOUNS = words(`company firm corporation enterprise concern holding group organization organisation
  association federation union foundation fund movement party coalition alliance society cooperative club council
  committee commission agency institute centre center bureau authority administration department ministry service
  network channel station newspaper portal broadcaster operator bank`);

/** Documents a body issues, which name the body after "of", "from" or "by" ("the statement of the ministry"). */
export const ISSUED_DOCUMENTS = words(`statement release communique communiqué report document letter note decree order message announcement notice`);

/** Determiners that open a description. */
/** Pronouns that may stand for a speaker. */
export const PRONOUNS = words('he she they it i we him her his its their them who');
export const DETERMINERS = words('the a an his her their its this that one another our some several many other both two three');

/** Common given names whose bearer is usually a woman or a man: a prior for he/she agreement, outweighed by titles
  * ("Mr.", "Mrs.") and by the article's own pronouns. English names first, then, a line or two each, those of the
  * languages the news reports from (Spanish, Portuguese, French, Italian, German, Dutch, Nordic, Slavic, Greek, Arabic,
  * Turkish, Persian, Hebrew, Indian, Chinese, Japanese, Korean, African); a name borne by women in one language and by
  * men in another ("Andrea", "Simone", "Nicola", "Kari") is in neither list, nor is one that is as often a place, a
  * company or a common word ("Orlando", "Heinz", "Marine"). */
export const FEMALE_NAMES = words(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia
  kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
  carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
  megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice alice madison doris
  abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
  charlotte rose alexis kayla elena sonia sofia claire clare eleanor ella lucy alison
  allison jane janet jill joanne kate katie kristen leah lily lori louise lynn monica nina paula rosa sally sylvia tina
  tracy valerie wendy yvonne zoe michele nancy donna kirsten
  meghan dana ana gabriela fatima aisha mariam leila ines irene marta anne annie agnes
  hillary hilary sheila loretta nikki carly ursula angelina carmen dolores lucia luisa mercedes pilar silvia veronica
  yolanda adriana alejandra claudia daniela isabel ingrid greta heidi petra olga natalia natalya tatiana tatyana
  svetlana irina yulia ekaterina marina galina lyudmila nadia nadezhda
  abby becky beth betsy cathy cindy debbie deb dottie ellie gwen jen jenny kathy kim liz maggie meg missy molly nan pam
  patty peggy sue susie trish vicky
  josefa juana francisca concepcion rosario beatriz cristina eva inmaculada marisol nuria raquel rocio rocío soledad
  susana ximena valentina camila lucía paola fernanda marcela mariana alicia catalina esperanza graciela isabela
  jimena leticia lorena luz margarita milagros miriam noelia paloma rebeca sofía
  conceição joana leonor rita vitória manuela marília dilma tânia tania fabiana luana aline bruna juliana larissa
  renata vanessa débora
  nathalie isabelle sylvie françoise francoise monique valérie sandrine céline celine stéphanie sophie martine
  brigitte chantal véronique veronique sabine aurélie aurelie caroline delphine élodie elodie émilie hélène helene
  juliette laure léa lea manon mathilde mélanie melanie nadine pauline ségolène segolene virginie agnès amélie amelie
  anaïs béatrice beatrice claudine colette corinne élise elise geneviève genevieve josiane margaux muriel odile océane
  pascale solène yvette
  giulia francesca chiara federica alessandra elisa martina giorgia serena simona gabriella giovanna ilaria michela
  patrizia rosanna stefania tiziana vittoria antonella carla donatella giuseppina loredana marisa ornella raffaella
  rossella sabrina caterina ludovica nicoletta mariella
  gisela helga hildegard ilse inge karin katrin kathrin monika renate sigrid susanne ulrike ute birgit christa elke
  gertrud hannelore jutta lena marlene stefanie tanja annalena anja annika astrid britta frida freja ingeborg kristin
  linnea maja malin margrethe mette sanna signe solveig tove ulla ylva agneta birgitta camilla ebba elin hanna
  karolina lotta magdalena sofie femke mieke sanne ineke marieke anouk lotte fleur romy esther jolanda wilma tineke
  aino riikka tuula satu päivi paivi minna kaisa marjatta
  anastasia alexandra alla anya darya daria elizaveta evgenia yevgenia inna kseniya ksenia larisa oksana polina raisa
  vera yana yelena zoya agnieszka beata dorota ewa grazyna joanna justyna katarzyna malgorzata małgorzata urszula
  zofia jelena milica dragana snezana ivana marija vesna jasmina mirjana tetiana olena oleksandra yuliia kateryna
  iryna halyna viktoriia jana lenka zuzana veronika
  helena amelia amélia mariela ioana oana ileana roxana mihaela andreea raluca georgiana anca corina
  eleni katerina dimitra vasiliki angeliki ioanna konstantina despina fotini panagiota athena eirini irini nikoleta
  theodora chrysoula evangelia kalliopi marianna paraskevi efthymia stavroula
  fatma fatimah khadija zainab zeinab maryam amina aminah layla laila noura hana huda rania rana reem salma samira
  yasmin yasmine jamila hiba lina dalia ghada hanan iman lubna maha manal mona najwa nawal rasha rawan sana suha wafa
  zahra asma aya dina basma nesrine souad
  ayse ayşe emine hatice zeynep elif meryem merve esra ozlem özlem gulsen aylin ebru pinar pınar seda tugba tuğba ece
  buse melike nazli sibel canan leyla meral tansu nilufer
  fatemeh narges nasrin shirin parisa mahsa neda azadeh samaneh golnaz roya mina sima simin farnaz niloufar nazanin
  ladan mahnaz soraya taraneh yasaman elham afsaneh haleh homa parvaneh tahereh
  noa tamar yael shira avital ayelet efrat hadas liat orly rivka sarit tali yaara yifat ronit galit naama limor keren
  osnat maya
  priya pooja anjali sunita anita kavita neha deepika priyanka aishwarya lakshmi sita radha meena rekha geeta gita
  shanti sushma indira nirmala smriti mamata mayawati shreya divya swati shweta ritu nisha asha usha savita rani padma
  lata alka archana bhavna madhuri malini nandini pallavi preeti rashmi sapna shalini sneha sudha vandana
  xiuying guiying xiulan meiling xiaomei xiaoling huiling yanling
  yoko keiko akiko yumiko naoko haruka sakura aiko emiko michiko sachiko tomoko hiroko kazuko mariko noriko reiko
  yoshiko megumi misaki nanami hina yuna yui
  geun-hye seo-yeon min-ji soo-jin ha-eun
  ngozi chimamanda adaeze amaka chiamaka folake funmilayo funmi yetunde nneka chioma ifeoma akosua abena efua adwoa
  afua yaa esi nomvula thandiwe thandeka lindiwe naledi zodwa nosipho nkosazana wangari wanjiku meron hirut tigist
  zawadi neema rehema halima aminata fatou awa mariama aissatou khady ndeye`);
export const MALE_NAMES = words(`james robert john michael david william richard joseph thomas charles christopher daniel matthew
  anthony mark steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
  gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
  jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
  keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
  logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis 
  chris mike tom tim jim bob bill dick rick ricky 
  harry ronald jimmy abraham franklin leon
  ben ian neil nigel omar ahmed mohammed muhammad ali hassan ivan boris igor pierre jacques francois
  angelo luis carlos jorge miguel pedro diego fernando marcos rafael antonio mario luigi giovanni hans karl
  donald barack ted marco martin howard stanley leonard bernard vladimir sergei sergey dmitry alexei alexey mikhail nikolai
  yuri viktor andrei oleg emmanuel francesco matteo klaus wolfgang jurgen
  andy bernie bert chuck dan danny dave doug ed eddie fred greg hank jake jeff jon ken len matt mitch nick pete phil
  ray rob ron rudy russ steve teddy tommy tony walt zach
  javier alejandro manuel francisco ramon ramón enrique alberto alfonso andres andrés eduardo emilio esteban felipe
  gonzalo guillermo gustavo hector héctor hugo ignacio jaime joaquin joaquín julio lorenzo mateo nicolás pablo rodrigo
  ruben rubén sergio tomas tomás vicente victor jesús agustin agustín alvaro álvaro arturo cesar césar cristian
  cristobal ernesto fabian federico gerardo gilberto horacio ismael leonardo marcelo mauricio nestor octavio raul raúl
  ricardo roberto rogelio sebastian sebastián teodoro ulises xavier
  joão joao paulo luiz luís thiago tiago gonçalo rui nuno duarte vasco afonso henrique fabio fábio sérgio jair geraldo
  cristiano renato otavio leandro diogo bruno andre andré edson luciano
  jean-pierre jean-luc jean-claude jean-marc jean-paul jean-michel jean-yves jean-baptiste jean-louis françois
  philippe michel alain christophe olivier nicolas laurent thierry julien sébastien sebastien stéphane stephane
  frédéric frederic guillaume gilles didier pascal yves hervé herve benoît benoit antoine arnaud bertrand cédric
  cedric damien fabrice florian gérard gerard hugues jérôme jerome lionel loïc mathieu matthieu maxime raphaël raphael
  rémi remi romain sylvain thibault édouard edouard clément clement bastien
  giuseppe vincenzo pietro salvatore carlo domenico paolo alessandro giorgio stefano massimo maurizio riccardo
  fabrizio enrico emanuele filippo giacomo guido luca mattia nicolò ottavio raffaele renzo silvio umberto vittorio
  claudio dario enzo franco gianluca giancarlo piero sandro tommaso
  jürgen dieter günter gunter günther gunther helmut horst manfred werner gerhard rolf uwe bernd jörg joerg stefan
  thorsten torsten matthias markus tobias lukas jonas felix maximilian moritz niklas olaf friedrich heinrich hermann
  ludwig kurt rainer reinhard ulrich volker armin christoph dirk holger jens lars sven björn bjorn erik nils magnus
  anders henrik stig gustav ingvar leif mikael oskar rasmus søren soren jesper mads morten andreas pieter willem
  hendrik joost sander ruud geert wouter maarten bart jeroen marc rutger kees henk gerrit frans wim juha jukka mikko
  antti matti pekka timo sauli heikki petteri
  aleksandr aleksander aleksandar alexandr anatoly arkady bogdan dmitri dmitriy evgeny yevgeny fyodor gennady grigory
  ilya konstantin leonid pavel pyotr ruslan stanislav vadim vasily vitaly vyacheslav yaroslav zbigniew andrzej
  krzysztof tomasz piotr pawel paweł marek jacek jaroslaw jarosław lech wojciech grzegorz mateusz michał jakub kamil
  lukasz łukasz radoslaw radosław rafal rafał zoran dragan goran slobodan vojislav branko dusan dušan nenad predrag
  zeljko željko tomislav ivica miroslav vladislav volodymyr oleksandr oleksiy mykola petro taras serhiy andriy vitali
  vitaliy dmytro yevhen bohdan václav vaclav jiri jiří petr pavol milos miloš ladislav zdenek tomáš vytautas gitanas
  georgios giorgos konstantinos dimitris dimitrios nikos nikolaos yannis giannis ioannis kostas panagiotis christos
  vasilis vasileios stavros spyros thanasis kyriakos evangelos stelios manolis michalis petros theodoros apostolos
  antonis sotiris
  mohamed mohammad mahmoud ahmad abdullah abdallah khaled khalid youssef yousef yusuf ibrahim ismail mustafa mostafa
  hussein hussain hamza tariq tarek karim kareem samir walid nabil jamal rashid faisal saleh salah majid nasser fahad
  fahd osama usama bashar hafez hosni anwar gamal adel ayman bilal hani hisham imad mahmud marwan mounir nabih nizar
  qasim riad riyad saad talal wael yasser yasir zaid ziad abbas haider haidar nouri ammar ashraf emad essam fouad
  hamad hamid jawad kamal mansour mazen naguib raed ramzi sherif tamer yahya zakaria
  mehmet ahmet huseyin hüseyin osman murat ömer ramazan halil suleyman süleyman recep tayyip kemal emre burak cem mert
  baris barış onur serkan volkan tolga kaan selahattin devlet bulent bülent ekrem mevlut mevlüt hakan orhan cengiz
  levent erkan fatih oguz oğuz
  reza mohsen hossein javad mehdi saeed behrouz bahram dariush kourosh cyrus farhad babak arash amir omid hamed
  mojtaba ebrahim akbar masoud massoud ruhollah kazem jafar parviz siamak kamran
  moshe yosef avraham yitzhak yaakov naftali yair gideon itamar ehud eitan avi uri yoav amos shlomo menachem benny
  gilad omer nir ronen shimon meir dov haim chaim yehuda reuven
  rahul amit rajesh sanjay vijay ravi suresh ramesh anil sunil arun ashok deepak manoj rajiv sachin vikram vivek anand
  arvind narendra amitabh nitin rakesh sandeep mukesh mahesh ajay akash aditya arjun rohit sameer sanjeev vinod
  pradeep gautam prakash pranab manmohan mohan krishna venkatesh karthik nikhil siddharth varun gaurav ashish dinesh
  ganesh jagdish kunal lalit naveen piyush rajnath shyam tushar uday yash
  jinping keqiang zedong jiabao jintao guoqiang jianguo zhiqiang jianjun
  hiroshi takashi kenji akira taro ichiro shinzo yoshihide fumio shigeru haruki kenta daisuke takeshi satoshi kazuo
  masato naoki shota yuto haruto koji tetsuya toshiro yuji yusuke
  jae-in suk-yeol jae-myung min-jun seo-jun
  kwame kofi kwesi kojo kwaku chinedu chukwuemeka emeka obinna olusegun babatunde tunde adebayo femi goodluck
  muhammadu jomo uhuru raila thabo cyril sipho bongani mandla nelson julius emmerson abiy haile tewodros amadou moussa
  mamadou ousmane ibrahima abdoulaye cheikh macky alassane modibo yoweri eliud`);

/**
 * The commonest Vietnamese family names, with their marks and without (most Vietnamese carry one of them), which open
 * a name of three or four words ("Lê Thị Thu Hằng", "Le Thi Thu Hang"): after a body's name in one run of capitals
 * ("the spokesperson of the Ministry of Foreign Affairs Le Thi Thu Hang"), the holder's name starts there.
 */
export const VIETNAMESE_FAMILY_NAMES = words(`nguyễn nguyen trần tran lê le phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo
  đặng dang bùi bui đỗ do hồ ho ngô ngo dương duong lý ly đào dao đinh dinh trương truong lâm lam`);

/**
 * Adjectives of nationality ("Russian", "Turkish"): written in capitals, they are modifiers and never a name by
 * themselves ("the head of Russian diplomacy"), and they tell apart officials of different countries ("the Turkish
 * minister" is not the Russian one). Continental and ethnic words ("European", "Arab") are left out: they describe
 * people of many nationalities.
 */
export const DEMONYMS = words(`afghan albanian algerian american angolan argentine argentinian armenian australian austrian
  azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese burundian
  cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch
  ecuadorian egyptian emirati eritrean estonian ethiopian finnish french georgian german ghanaian greek guatemalan
  guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi israeli italian ivorian jamaican japanese
  jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz latvian lebanese liberian libyan lithuanian malagasy malawian
  malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese
  nicaraguan nigerian norwegian omani pakistani palestinian panamanian paraguayan peruvian filipino polish portuguese
  qatari romanian russian rwandan saudi senegalese serbian singaporean slovak slovenian somali spanish sudanese swedish
  swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
  vietnamese yemeni zambian zimbabwean english scottish welsh irish
  englishman englishwoman frenchman frenchwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman
  dutchwoman spaniard swede briton`);

/** A word that names a country by its demonym's stem ("Malaysia" for "malaysian", "Kenya" for "kenyan"). */
export const countryLike = (key: string): boolean => DEMONYMS.has(`${key}n`) || DEMONYMS.has(`${key}an`) || DEMONYMS.has(`${key}ian`);

/** Nationalities one person may hold at once: a Scottish minister is a British one. */
export const SAME_NATION: Record<string, string> = {
  english: 'british', scottish: 'british', welsh: 'british',
  // (a nation's noun for its people, "the Frenchman", is the nation its adjective names)
  englishman: 'british', englishwoman: 'british', scotsman: 'british', scotswoman: 'british', welshman: 'british', welshwoman: 'british',
  briton: 'british', frenchman: 'french', frenchwoman: 'french', irishman: 'irish', irishwoman: 'irish', dutchman: 'dutch',
  dutchwoman: 'dutch', spaniard: 'spanish', swede: 'swedish',
};

/** What "to know" after a verb of wanting makes of it: a question put ("“…?” a reporter wanted to know"). */
export const TO_KNOW: readonly string[] = ['to', 'know'];

/** Cues of several words, by the verb that opens them and the words that must follow it: "he went on", "she pointed
 * out", "he shot back", "a reporter wanted to know". The verb is the cue. */
// why: a Map, not an object: any word can be a key, and an object looks each one up as a property name
export const PHRASAL = new Map<string, readonly string[]>(Object.entries({ went: ['on'], goes: ['on'], go: ['on'], pointed: ['out'], points: ['out'],
  shot: ['back'], fired: ['back'], fires: ['back'], shoots: ['back'], lashed: ['out'], lashes: ['out'], wanted: TO_KNOW, wants: TO_KNOW, want: TO_KNOW,
  // "before Ruiz cut in: “…”", "Hale chimed in" (not "cuts in": a noun before "in" as often, "cuts in funding")
  cut: ['in'], chimed: ['in'], chimes: ['in'] }));

/** Words that open a new clause, after which a speech verb belongs to another speaker ("…, but Lopez said"). */
export const CLAUSE_BREAK = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'after', 'when', 'before']);

/** Parts of a station the words go out on or are said before, between "the" and "of" and its name ("on the antenna of
 * RTBF", "on the waves of Radio-Canada", "before the cameras of the channel …"). */
export const ON_AIR = new Set(['antenna', 'air', 'airwaves', 'waves', 'microphone', 'microphones', 'cameras']);
