/**
 * Outlets whose handles no rule can rebuild into their names: the web address of a paper, an agency or a channel, as
 * aggregators print it after "Source:" ("rp.pl" is Rzeczpospolita, "almasryalyoum" is Al-Masry Al-Youm). The
 * handle's letters and digits only, lower case, its domain endings cut off (or kept, where the name alone is several
 * outlets'); the name as the outlet writes it. Major
 * national outlets of the countries whose news aggregators translate; a handle the rules already read right
 * ("lefigaro", "dailymail") needs no entry.
 */
const MASTHEADS: Record<string, string> = {
  // Poland, Czechia, Slovakia, Hungary
  rp: 'Rzeczpospolita', wyborcza: 'Gazeta Wyborcza', gazetaprawna: 'Dziennik Gazeta Prawna', onet: 'Onet', wp: 'Wirtualna Polska',
  tvn24: 'TVN24', polsatnews: 'Polsat News', interia: 'Interia', pap: 'PAP', wprost: 'Wprost', polityka: 'Polityka',
  idnes: 'iDNES.cz', novinky: 'Novinky.cz', denikn: 'Deník N', irozhlas: 'iROZHLAS', ct24: 'ČT24', aktualne: 'Aktuálně.cz',
  lidovky: 'Lidovky.cz', seznamzpravy: 'Seznam Zprávy', ctk: 'ČTK', sme: 'SME', dennikn: 'Denník N', pravda: 'Pravda',
  aktuality: 'Aktuality.sk', tasr: 'TASR', hnonline: 'Hospodárske noviny', telex: 'Telex', indexhu: 'Index', hvg: 'HVG',
  '444': '444', nepszava: 'Népszava', magyarnemzet: 'Magyar Nemzet', mti: 'MTI', portfolio: 'Portfolio', origo: 'Origo',
  // Germany, Austria, Switzerland
  faz: 'Frankfurter Allgemeine Zeitung', sueddeutsche: 'Süddeutsche Zeitung', sz: 'Süddeutsche Zeitung', zeit: 'Die Zeit',
  welt: 'Die Welt', tagesschau: 'Tagesschau', taz: 'taz', handelsblatt: 'Handelsblatt', dw: 'Deutsche Welle', ntv: 'n-tv',
  derstandard: 'Der Standard', diepresse: 'Die Presse', krone: 'Kronen Zeitung', kurier: 'Kurier', orf: 'ORF', apa: 'APA',
  nzz: 'Neue Zürcher Zeitung', tagesanzeiger: 'Tages-Anzeiger', srf: 'SRF', blick: 'Blick', watson: 'Watson', rts: 'RTS',
  // France, Belgium, Netherlands, Luxembourg
  lemonde: 'Le Monde', liberation: 'Libération', lesechos: 'Les Échos', francetvinfo: 'Franceinfo', ouestfrance: 'Ouest-France',
  lavoixdunord: 'La Voix du Nord', ledauphine: 'Le Dauphiné libéré', lalibre: 'La Libre Belgique', lesoir: 'Le Soir',
  rtbf: 'RTBF', rtl: 'RTL', dhnet: 'La DH', standaard: 'De Standaard', nieuwsblad: 'Het Nieuwsblad', hln: 'Het Laatste Nieuws',
  vrt: 'VRT', vrtnws: 'VRT NWS', volkskrant: 'de Volkskrant', nrc: 'NRC', telegraaf: 'De Telegraaf', trouw: 'Trouw', nos: 'NOS',
  ad: 'AD', parool: 'Het Parool', rtlnieuws: 'RTL Nieuws', wort: 'Luxemburger Wort',
  // Southern Europe
  elpais: 'El País', elmundo: 'El Mundo', abc: 'ABC', lavanguardia: 'La Vanguardia', elperiodico: 'El Periódico',
  eldiario: 'elDiario.es', efe: 'EFE', rtve: 'RTVE', publico: 'Público', expresso: 'Expresso', observador: 'Observador',
  dn: 'Diário de Notícias', jn: 'Jornal de Notícias', rtp: 'RTP', lusa: 'Lusa', corriere: 'Corriere della Sera',
  repubblica: 'la Repubblica', lastampa: 'La Stampa', ilsole24ore: 'Il Sole 24 Ore', ilmessaggero: 'Il Messaggero',
  ansa: 'ANSA', rainews: 'RaiNews', tgcom24: 'TGCom24', ilfattoquotidiano: 'Il Fatto Quotidiano', avvenire: 'Avvenire',
  kathimerini: 'Kathimerini', tanea: 'Ta Nea', protothema: 'Proto Thema', naftemporiki: 'Naftemporiki', ertnews: 'ERT News',
  philenews: 'Phileleftheros', cyprusmail: 'Cyprus Mail', timesofmalta: 'Times of Malta',
  // the Balkans and Eastern Europe
  digi24: 'Digi24', hotnews: 'HotNews', adevarul: 'Adevărul', agerpres: 'Agerpres', libertatea: 'Libertatea', g4media: 'G4Media',
  dnevnik: 'Dnevnik', btv: 'bTV', bta: 'BTA', mediapool: 'Mediapool', novinite: 'Novinite', blic: 'Blic', politika: 'Politika',
  danas: 'Danas', n1info: 'N1', b92: 'B92', tanjug: 'Tanjug', jutarnji: 'Jutarnji list', vecernji: 'Večernji list',
  hina: 'HINA', indexhr: 'Index.hr', delo: 'Delo', rtvslo: 'RTV SLO', stasi: 'STA', klix: 'Klix.ba', vijesti: 'Vijesti',
  mia: 'MIA', makfax: 'Makfax', topchannel: 'Top Channel', balkanweb: 'BalkanWeb', ukrinform: 'Ukrinform',
  pravdacomua: 'Ukrainska Pravda', unian: 'UNIAN', suspilne: 'Suspilne', rbc: 'RBC',
  kommersant: 'Kommersant', vedomosti: 'Vedomosti', ria: 'RIA Novosti', tass: 'TASS', interfax: 'Interfax', izvestia: 'Izvestia',
  rg: 'Rossiyskaya Gazeta', meduza: 'Meduza', novayagazeta: 'Novaya Gazeta', belta: 'BelTA', delfi: 'Delfi', err: 'ERR',
  postimees: 'Postimees', lsm: 'LSM', lrt: 'LRT', '15min': '15min', yle: 'Yle', hs: 'Helsingin Sanomat', iltalehti: 'Iltalehti',
  // Scandinavia and Iceland
  dr: 'DR', politiken: 'Politiken', berlingske: 'Berlingske', jyllandsposten: 'Jyllands-Posten', ritzau: 'Ritzau', nrk: 'NRK',
  aftenposten: 'Aftenposten', vg: 'VG', dagbladet: 'Dagbladet', ntb: 'NTB', svt: 'SVT', dnse: 'Dagens Nyheter',
  svd: 'Svenska Dagbladet', aftonbladet: 'Aftonbladet', expressen: 'Expressen', sverigesradio: 'Sveriges Radio', tt: 'TT',
  ruv: 'RÚV', mbl: 'Morgunblaðið', visir: 'Vísir',
  // Turkey, the Caucasus, Central Asia
  hurriyet: 'Hürriyet', sabah: 'Sabah', milliyet: 'Milliyet', cumhuriyet: 'Cumhuriyet', sozcu: 'Sözcü', aa: 'Anadolu Agency',
  trthaber: 'TRT Haber', ntvcomtr: 'NTV', bianet: 'Bianet', civilge: 'Civil.ge', interpressnews: 'InterPressNews',
  armenpress: 'Armenpress', azertac: 'AZERTAC', apaaz: 'APA', trendaz: 'Trend', kun: 'Kun.uz', 
  tengrinews: 'Tengrinews', kazinform: 'Kazinform', akipress: 'AKIpress', montsame: 'Montsame',
  // the Middle East and North Africa
  almasryalyoum: 'Al-Masry Al-Youm', youm7: 'Youm7', ahram: 'Al-Ahram', shorouknews: 'Al-Shorouk', masrawy: 'Masrawy',
  aljazeera: 'Al Jazeera', alarabiya: 'Al Arabiya', annahar: 'An-Nahar', lorientlejour: "L'Orient-Le Jour", alghad: 'Al Ghad',
  petra: 'Petra', wam: 'WAM', spa: 'SPA', kuna: 'KUNA', qna: 'QNA', hespress: 'Hespress', map: 'MAP', tap: 'TAP',
  elkhabar: 'El Khabar', aps: 'APS', haaretz: 'Haaretz', ynet: 'Ynet', ynetnews: 'Ynet', maariv: 'Maariv', israelhayom: 'Israel Hayom',
  kan: 'Kan', walla: 'Walla', timesofisrael: 'The Times of Israel', irna: 'IRNA', isna: 'ISNA', tasnimnews: 'Tasnim',
  farsnews: 'Fars', hamshahrionline: 'Hamshahri', mehrnews: 'Mehr', ettelaat: 'Ettelaat',
  // South and Southeast Asia
  thehindu: 'The Hindu', hindustantimes: 'Hindustan Times', timesofindia: 'The Times of India', indiatimes: 'The Times of India',
  ndtv: 'NDTV', indianexpress: 'The Indian Express', ptinews: 'PTI', bhaskar: 'Dainik Bhaskar', jagran: 'Dainik Jagran',
  dawn: 'Dawn', geo: 'Geo News', tribunecompk: 'The Express Tribune', app: 'APP', prothomalo: 'Prothom Alo',
  thedailystar: 'The Daily Star', bss: 'BSS', dailymirror: 'Daily Mirror', kathmandupost: 'The Kathmandu Post',
  ekantipur: 'Kantipur', kompas: 'Kompas', detik: 'detikcom', tempo: 'Tempo', antaranews: 'Antara', cnnindonesia: 'CNN Indonesia',
  liputan6: 'Liputan6', bharian: 'Berita Harian', thestar: 'The Star', malaysiakini: 'Malaysiakini', bernama: 'Bernama',
  utusan: 'Utusan Malaysia', straitstimes: 'The Straits Times', vnexpress: 'VnExpress', tuoitre: 'Tuổi Trẻ',
  thanhnien: 'Thanh Niên', vietnamplus: 'VietnamPlus', bangkokpost: 'Bangkok Post', thairath: 'Thairath', matichon: 'Matichon',
  khaosod: 'Khaosod', inquirer: 'Philippine Daily Inquirer', philstar: 'The Philippine Star', abscbn: 'ABS-CBN',
  gmanetwork: 'GMA News', rappler: 'Rappler', phnompenhpost: 'The Phnom Penh Post', khmertimeskh: 'Khmer Times',
  // East Asia
  asahi: 'Asahi Shimbun', yomiuri: 'Yomiuri Shimbun', mainichi: 'Mainichi Shimbun', nikkei: 'Nikkei', nhk: 'NHK',
  kyodonews: 'Kyodo News', jiji: 'Jiji Press', chosun: 'Chosun Ilbo', joongang: 'JoongAng Ilbo', donga: 'Dong-A Ilbo',
  hani: 'Hankyoreh', yna: 'Yonhap', yonhapnews: 'Yonhap', kbs: 'KBS', mbc: 'MBC', sbs: 'SBS', ltn: 'Liberty Times',
  udn: 'United Daily News', chinatimes: 'China Times', cna: 'Central News Agency', xinhuanet: 'Xinhua', newscn: 'Xinhua',
  peoplecomcn: "People's Daily", chinadaily: 'China Daily', caixin: 'Caixin', thepaper: 'The Paper', scmp: 'South China Morning Post',
  // Africa
  nationafrica: 'Nation', standardmedia: 'The Standard', taifaleo: 'Taifa Leo', monitor: 'Daily Monitor', newvision: 'New Vision',
  thecitizen: 'The Citizen', mwananchi: 'Mwananchi', punchng: 'Punch', vanguardngr: 'Vanguard', premiumtimesng: 'Premium Times',
  guardianng: 'The Guardian', dailytrust: 'Daily Trust', news24: 'News24', timeslive: 'TimesLIVE', dailymaverick: 'Daily Maverick',
  iol: 'IOL', sabcnews: 'SABC News', ethiopianreporter: 'The Reporter', addisstandard: 'Addis Standard', fanabc: 'Fana',
  seneweb: 'Seneweb', lesoleil: 'Le Soleil', apssn: 'APS', jeuneafrique: 'Jeune Afrique', rfi: 'RFI', myjoyonline: 'MyJoyOnline',
  graphic: 'Graphic Online',
  // the Americas
  clarin: 'Clarín', lanacion: 'La Nación', infobae: 'Infobae', pagina12: 'Página/12', telam: 'Télam', folha: 'Folha de S.Paulo',
  uol: 'UOL', estadao: 'O Estado de S. Paulo', oglobo: 'O Globo', g1: 'G1', globo: 'Globo', eltiempo: 'El Tiempo',
  elespectador: 'El Espectador', semana: 'Semana', eluniversal: 'El Universal', jornada: 'La Jornada', milenio: 'Milenio',
  excelsior: 'Excélsior', reforma: 'Reforma', proceso: 'Proceso', emol: 'El Mercurio', latercera: 'La Tercera', biobiochile: 'BioBioChile',
  elcomercio: 'El Comercio', larepublica: 'La República', eluniverso: 'El Universo', lapresse: 'La Presse', ledevoir: 'Le Devoir',
  radiocanada: 'Radio-Canada', journaldemontreal: 'Le Journal de Montréal', cbc: 'CBC', theglobeandmail: 'The Globe and Mail',
  // English-language papers and agencies whose addresses abbreviate their names
  nytimes: 'The New York Times', wsj: 'The Wall Street Journal', apnews: 'AP', latimes: 'Los Angeles Times', ft: 'Financial Times',
  huffpost: 'HuffPost', economist: 'The Economist',
};

/**
 * Wire agencies that sign datelines in a word of title case ("ORLANDO, Fla. (Reuters) -", "MORIOKA, 8 October (Kyodo)
 * --"), where a place's province or region stands in the same brackets ("VALDOBBIADENE (Treviso) –"): the agency's
 * name as it signs, folded to lower case. Agencies that sign in capitals ("AP", "ANSA") or with a press word need none.
 */
const WIRE_SIGNATURES = new Set([
  'reuters', 'bloomberg', 'kyodo', 'jiji', 'yonhap', 'xinhua', 'bernama', 'antara', 'anadolu', 'interfax', 'sputnik',
  'tanjug', 'belga', 'lusa', 'agerpres', 'hina', 'adnkronos', 'askanews', 'notimex', 'ukrinform', 'unian', 'armenpress',
  'kyodo news', 'jiji press', 'europa press', 'prensa latina', 'agencia brasil', 'agência brasil',
]);

/** Every masthead's name, folded to lower case, for reading a name written out rather than a handle. */
const MASTHEAD_NAMES = new Set(Object.values(MASTHEADS).map((name) => name.toLowerCase()));

/**
 * Whether the words in a dateline's brackets sign it as an agency or outlet rather than placing its place in a province
 * or region: written in capitals or with a capital inside a word ("AP", "LaPresse", "Keystone-SDA"), holding a press
 * word ("Tamazgha Presse"), or a name the lists know ("Reuters", "Yonhap"). A plain word of title case that no list
 * knows ("Treviso", "Avairon") is a place.
 */
export function signsDateline(words: string): boolean {
  const folded = words.trim().toLowerCase();
  if (WIRE_SIGNATURES.has(folded) || MASTHEAD_NAMES.has(folded)) return true;
  if (/\p{Lu}\p{Lu}|\p{Ll}\p{Lu}/u.test(words)) return true;
  return PRESS_WORD.test(folded);
}

/** A word that makes the name it is in a press body's ("Presse", "News", "Agencia", "TV"). */
const PRESS_WORD = /(?:^|[\s-])(?:press|presse|prensa|imprensa|stampa|news|nieuws|nachrichten|noticias|notizie|not[ií]cias|agency|agence|agencia|agenzia|ag[eê]ncia|agentur|wire|tv|radio|r[aá]dio|t[eé]l[eé]vision|televisi[oó]n|televisione|televis[aã]o|daily|times|journal|gazette|gazeta|gazzetta|tribune|herald|ilbo)(?:$|[\s-])/u;

/** The country endings a web address may carry after its name ("rp.pl", "yna.co.kr", "idnes.cz"). */
const DOMAIN_END = /(\.(com|net|org|co|gov|go|info|news|tv|online))?(\.[a-z]{2})?$/;

/**
 * The masthead a handle names, when it is the address or handle of an outlet the list holds ("rp.pl" → Rzeczpospolita,
 * "www.almasryalyoum.com" → Al-Masry Al-Youm), else null.
 */
export function mastheadOf(handle: string): string | null {
  const trimmed = handle.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  if (!trimmed || /\s/.test(trimmed)) return null;
  // (the whole address first, where one name is several outlets' in several countries: "pravda.com.ua", "dn.se")
  const whole = trimmed.replace(/[^a-z0-9]/g, '');
  if (Object.hasOwn(MASTHEADS, whole)) return MASTHEADS[whole]!;
  const key = trimmed.replace(DOMAIN_END, '').replace(/[^a-z0-9]/g, '');
  return Object.hasOwn(MASTHEADS, key) ? MASTHEADS[key]! : null;
}
