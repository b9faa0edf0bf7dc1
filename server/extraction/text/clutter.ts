/**
 * Site clutter: the lines a scraper or an aggregator wraps around an article. Recognised by how such lines
 * are built (short, a copyright sign, a dateline of a listing) and by a list of stock phrases at their start. That
 * list holds the usual navigation and promotion wording and also the wrapper phrases some aggregators are known to
 * print ("Trends 24h", "Now you can see …"); no rule asks which site the text came from.
 */

/** "Suivez TNTV sur Facebook, Instagram et TikTok", "Sigue a El Tiempo en X": "follow" with the site's name, in the
 * languages scraped pages leave it in; clutter only when a network is named, as "Follow …" is. */
const FOLLOW_IN_OTHER_LANGUAGES = ['suivez ', 'sigue a ', 'siga o ', 'segui ', 'folgen sie ',
  // ("Like Malaita Nius on Facebook …": a page asks to be liked on a network as to be followed)
  'like '];

/**
 * Stock openings of navigation and promotion lines, lower-case, including aggregators' known wrapper phrases; a line
 * starting with one is clutter when short.
 */
const CLUTTER_OPENINGS = [
  'to discover', 'read also', 'read more', 'see also', 'also read', 'related:', 'related articles', 'related stories',
  'you may like', 'you may also like', 'you might also like', 'trends 24h', 'most read', 'most popular',
  'all news articles on', 'follow ', 'subscribe to', 'sign up for', 'share this', 'share on', 'click here',
  'all rights reserved', 'copyright ', 'the information on this site', 'the inclusion of any links',
  'now you can see', 'source:', 'fonte:', 'fuente:', 'font:', 'quelle:', 'fonti:', 'photo:', 'image:', 'credit:', 'listen to this article', 'watch:', 'top stories',
  'more from', 'leave a comment', 'download the', 'news/',
  // (a related story's headline under a label of broadcasters' sites: "MORE: Trump calls ruling “a disgrace”", "LISTEN:
  // Biden says …", "WATCH | Zelensky: …"), and the labels of tags, picks and sponsored links
  'more:', 'listen:', 'listen |', 'watch |', 'recommended:', 'also on our site', 'editor\'s picks', 'editor’s picks', 'editors\' picks',
  'editors’ picks', 'sponsored:', 'sponsored content', 'tags:', 'topics:', 'see more:', 'disclaimer:', 'etiquetas:', 'etiquettes:',
  // (as scraped pages leave them untranslated: Spanish, Portuguese, French, Italian, German, Indonesian, Cebuano)
  'lee también', 'leia também', 'veja também', 'lire aussi', 'à lire aussi', 'leggi anche', 'lesen sie auch', 'baca juga',
  'basaha usab', 'comparte:', 'compartir:', 'compartilhe:', 'partager:', 'síguenos en', 'siga-nos', 'suivez-nous',
  ...FOLLOW_IN_OTHER_LANGUAGES,
];

/** Openings of a "follow" line in other languages, clutter only when the line names a network. */
const FOLLOW_OPENINGS = new Set(FOLLOW_IN_OTHER_LANGUAGES);

/** One-word navigation headings, clutter only when they are the whole line ("Latest", "Trending"). */
const CLUTTER_HEADINGS = new Set([
  'latest', 'trending', 'recommended', 'comments', 'privacy', 'advertisement', 'sponsored', 'newsletter', 'share',
  'related', 'popular', 'more', 'menu', 'home', 'search', 'to discover',
]);

/**
 * Items of a site's navigation that name no site ("Home | News | World", "Menu | Search | Login"), in English and as
 * scraped pages often leave them untranslated.
 */
const NAVIGATION_ITEMS = new Set([
  'news', 'start', 'homepage', 'home page', 'front page', 'main', 'main page', 'index', 'login', 'log in', 'sign in',
  'subscribe', 'sections', 'inicio', 'início', 'accueil', 'startseite', 'beranda', 'etusivu', 'forside', 'strona główna',
]);

/** Whether an item of a site's menu line is a navigation word rather than the site's name. */
export function isNavigationItem(item: string): boolean {
  const l = trimEndPunctuation(item.trim().toLowerCase());
  return CLUTTER_HEADINGS.has(l) || NAVIGATION_ITEMS.has(l);
}

/** Words that mark a "follow us" line: a line starting with "Follow" is clutter only when it names a network. */
const NETWORKS = ['twitter', 'facebook', 'instagram', 'telegram', 'tiktok', 'youtube', 'linkedin', 'application', 'app', 'newsletter', ' on x'];

const MAX_CLUTTER_LENGTH = 160;
/** Clutter blocks are a few short lines; a longer paragraph is settled by its first part. */
const CLUTTER_SCAN = 2000;

/** Headings over a list of other articles' headlines ("You may like", "Trends 24h"), lower-case, as the whole line. */
const LIST_HEADINGS = new Set([
  'you may like', 'you may also like', 'you might also like', 'trends 24h', 'most read', 'most popular', 'related news',
  'related articles', 'related stories', 'top stories', 'trending', 'latest', 'latest news', 'recommended', 'popular', 'related',
  'you may like also', 'you may also like these', 'trending now', 'most viewed', 'most shared', 'more news', 'popular now',
  // (a "read also" heading over a list of links rather than before one headline on its line)
  'read also', 'also read', 'see also', 'read more', 'lire aussi',
  // (untranslated: Spanish, Portuguese, French, Indonesian)
  'te puede interesar', 'también te puede interesar', 'lo más leído', 'más leídas', 'más leídos', 'lo más visto', 'noticias relacionadas', 'mais lidas', 'leia também',
  'les plus lus', 'à lire aussi', 'berita terkait',
  // (Russian: "most read", "popular", "read also")
  'самое читаемое', 'популярное', 'читайте также',
]);
/** Longest line read as another article's headline under such a heading. */
const TEASER_MAX_LENGTH = 120;

/** Whether the line is a heading over a list of other articles' headlines. */
export function isListHeading(line: string): boolean {
  const l = line.trim();
  // ("Trends 24 hours": the hours written out, as a translation writes "24h")
  if (l.length <= 30 && LIST_HEADINGS.has(trimEndPunctuation(l.toLowerCase()).replace(HOURS_WRITTEN, '$1h'))) return true;
  // why: "SWI HLAYIWAKA NGOPFU / MOST READ": a site of two languages writes the heading in both, set apart by a slash
  // or a bar; one of them known is enough
  if (l.length > 2 * 30 + 3 || !BILINGUAL_SEPARATOR.test(l)) return false;
  return l.split(BILINGUAL_SEPARATOR).some((part) => part.length <= 30 && LIST_HEADINGS.has(trimEndPunctuation(part.trim().toLowerCase()).replace(HOURS_WRITTEN, '$1h')));
}

/** What sets a heading's two languages apart ("Ulimi / Agriculture", "Most read | Zvinoverengwa"). */
const BILINGUAL_SEPARATOR = /\s[/|]\s/;

/** Hours written out after their number ("24 hours", "24 hrs"), read as the "24h" of a list heading. */
const HOURS_WRITTEN = /(\d+)\s*(?:hours?|hrs?)$/;

/**
 * Whether the line may be another article's headline in a list under such a heading: short, one line, and with no
 * sentence end after its last word, as headlines are written ("Heat: German Weather Service warns of up to 36
 * degrees"); a line of the article's own prose ends on its stop.
 */
export function isTeaserLine(line: string): boolean {
  const l = line.trim();
  if (!l || l.length > TEASER_MAX_LENGTH || l.includes('\n')) return false;
  return !'.!?…:;'.includes(l[l.length - 1]!);
}

/** A paragraph is site clutter when every line of it is. */
export function isClutterParagraph(text: string, start: number, end: number): boolean {
  const nl = text.indexOf('\n', start);
  if (nl < 0 || nl >= end) {
    // Prose paragraphs are long single lines, and clutter opens with a word, a copyright sign or a bullet:
    // most paragraphs are settled here without cutting or lower-casing anything.
    if (end - start > MAX_CLUTTER_LENGTH || !mayOpenClutter(text, start, end)) return false;
    return isClutterLine(text.slice(start, end));
  }
  let any = false;
  // why: "You may like ⏎ Heat: German Weather Service warns of up to 36 degrees ⏎ …": the lines under a list heading
  // are other articles' headlines, site clutter as the heading is, though no stock phrase opens them
  let listed = false;
  for (const line of text.slice(start, Math.min(end, start + CLUTTER_SCAN)).split('\n')) {
    if (!line.trim()) continue;
    if (listed && isTeaserLine(line)) continue;
    if (!isClutterLine(line) && !isListHeading(line)) return false;
    // ("Share this: Facebook | WhatsApp | X ⏎ Más leídas: ⏎ 1. …": a heading under a clutter line opens a list too)
    listed = isListHeading(line);
    any = true;
  }
  return any;
}

/**
 * An aggregator's line saying it brings news of other languages in English ("Now you can see non-English news …",
 * "Now you can read foreign-language news in English …", "Articles machine-translated from …"): short, about news
 * or articles, and about another language or a translation.
 */
export function isTranslationNotice(l: string): boolean {
  if (l.length > 200) return false;
  const lower = l.toLowerCase();
  if (lower.includes('non-english news')) return true;
  const news = lower.includes('news') || lower.includes('article') || lower.includes('press');
  // ("Foreign press, in your language": a notice may offer the reader's language rather than name English)
  const foreign = lower.includes('non-english') || lower.includes('foreign-language') || lower.includes('foreign language') ||
    lower.includes('other languages') || lower.includes('in english') || lower.includes('in your language');
  // ("Translated by Google from Sesotho.": a named translation service is a machine's translation)
  // ("Naipatarus: Auto-translated from Ilocano": "auto-translated" says as much)
  const translated = lower.includes('translat') && (lower.includes('automatic') || lower.includes('auto-translat') || lower.includes('machine') || lower.includes('english') ||
    lower.includes('by google') || lower.includes('deepl') || lower.includes('by ai'));
  return translated || (news && foreign) || TRANSLATED_BY_MACHINE.test(lower);
}

/** "Article traduit automatiquement", "texto traducido automáticamente", "tradotto automaticamente", "maschinell
 * übersetzt": a site's own notice, in its language, that a machine translated the page (the participle, not the noun of
 * a language switcher's "EN (traduction automatique)"). */
const TRANSLATED_BY_MACHINE = /(?<!\p{L})(?:traduit|traduite|traducid[oa]|tradott[oa]|traduzid[oa])(?!\p{L}).{0,40}(?<!\p{L})autom[aá]tic?\p{L}*|(?<!\p{L})(?:automatisch|maschinell)\s+übersetzt/u;

const SPACE_BEFORE_COLON = /[ \u00a0\u202f]+:/g;

/** A line that is site clutter rather than article text. */
export function isClutterLine(text: string): boolean {
  const line = stripBullet(text.trim());
  // why: "Este sitio utiliza cookies para mejorar su experiencia. Al continuar…": a site's cookie notice, longer than
  // other clutter lines, in the languages scraped pages keep
  if (line.length <= COOKIE_NOTICE_MAX && line.includes('ookie') && COOKIE_NOTICE.test(line)) return true;
  if (!line || line.length > MAX_CLUTTER_LENGTH) return false;
  if (line.charCodeAt(0) === 0xa9) return true; // "©" opens copyright lines
  const lower = line.toLowerCase();
  // why: "Dainik Surma Kantho is not responsible for the comments. All rights reserved © 2024.", "Radio Imzad FM — La voix
  // de l'Adrar © 2025. Les opinions …": a site's rights line may open on its name or a disclaimer; a year by the sign,
  // or the reservation of rights, makes it one wherever they stand
  if (RIGHTS_LINE.test(lower)) return true;
  if (shareLine(line, lower)) return true;
  // why: "📻 Listen Süchiki Wajiira live in the 95.3 FM": a station's line asking to listen to it live, behind an emoji
  if (LISTEN_LIVE.test(lower)) return true;
  if (CLUTTER_HEADINGS.has(trimEndPunctuation(lower))) return true;
  // Aggregators translate "non-English news" and disclaim external sources; the sentences are their own.
  if (lower.includes('external sources') || isTranslationNotice(line)) return true;
  if (isBreadcrumb(line)) return true;
  // ("Source : Tamurt", "Tags : …": French typography sets a space before the colon)
  const opened = lower.replace(SPACE_BEFORE_COLON, ':');
  for (const opening of CLUTTER_OPENINGS) {
    if (!opened.startsWith(opening)) continue;
    if (opening === 'follow ' || FOLLOW_OPENINGS.has(opening)) return NETWORKS.some((w) => lower.includes(w));
    // A stock opening that runs into a long sentence is prose ("Latest figures show that …").
    return opening.endsWith(':') || opening.endsWith('/') || line.length <= 80 || !lower.includes(' said');
  }
  return followInAnyLanguage(line, lower);
}

/** A site's notice that it uses cookies: the word and the site or its use of them, and no quotation. */
const COOKIE_NOTICE = /^(?=[^"“”«»]*$)(?=.*\bcookies?\b)(?=.*(?:\b(?:this|our) (?:web)?site\b|\bwe use\b|\beste sitio\b|\bnuestro sitio\b|\bce site\b|\bnotre site\b|\bnous utilisons\b|\bquesto sito\b|\bil nostro sito\b|\butilizziamo\b|\beste site\b|\bo nosso site\b|\busamos\b|\bdiese (?:web)?seite\b|\bwir verwenden\b))/iu;
const COOKIE_NOTICE_MAX = 400;

/** A year beside the copyright sign, or rights reserved, in the languages scraped pages keep. */
const RIGHTS_LINE = /©\s*\d{4}|\d{4}\s*©|rights reserved|derechos reservados|droits réservés|direitos reservados|hak cipta/;

/** A short line that opens (past any emoji) on "listen" and asks to hear a station live. */
const LISTEN_LIVE = /^[^\p{L}\p{N}]{0,4}(?:listen|escucha|écoutez|ouça)\b.{0,60}\b(?:live|en vivo|en direct|ao vivo|fm)\b/u;

/** Words that open a "share" line, in the languages scraped pages leave them in. */
const SHARE_WORDS = /^(share|partager|partagez|compartir|comparte|compartilhar|compartilhe|bagikan|condividi|teilen)\b/;
/** Longest "share" line. */
const SHARE_MAX_LENGTH = 110;

/**
 * why: "Share ▶ Facebook ▶ Messenger ▶ WhatsApp", "Partager ▸ Facebook ▸ WhatsApp ▸ Telegram": the buttons that share
 * the page, a share word and a network's name, with no quotation in the line.
 */
function shareLine(line: string, lower: string): boolean {
  // ("Share prices of Facebook fell." is a sentence: it ends on its stop, as no row of buttons does)
  if (line.length > SHARE_MAX_LENGTH || !SHARE_WORDS.test(lower) || /["“”«»]/.test(line) || /[.!?]$/.test(line)) return false;
  return A_NETWORK.test(lower);
}

/** Networks a "follow us" line lists, as words of the line ("X" alone, "ВКонтакте"). */
const FOLLOW_NETWORKS = /(?<![\p{L}\p{N}])(facebook\p{L}*|instagram\p{L}*|telegram\p{L}*|tiktok|youtube|whatsapp|linkedin|twitter|x|вконтакте|vk|threads)(?![\p{L}\p{N}])/gu;
/** One network named anywhere in a line (the same words, not global: `test` keeps no state). */
const A_NETWORK = new RegExp(FOLLOW_NETWORKS.source, 'u');
/** The site's name or handle that closes a "follow us" line, after a colon or a dash. */
const FOLLOW_TAIL = /(?:[:–—-]\s*(?:@[\w.]+|[\p{Lu}\p{N}][\p{L}\p{N}'’.]*(?:\s+[\p{L}\p{N}'’.]+){0,4}))$/u;
/** Longest "follow us" line read in a language no list holds. */
const FOLLOW_MAX_LENGTH = 110;

/**
 * why: "Tikondeni pa Facebook, X na WhatsApp: Nkhani za Kumpoto", "Bizdi Telegram hám Instagram-da baqlań:
 * @nokis_kundelik", "Подписывайтесь на нас в Telegram и ВКонтакте: @magharul_khabar": a site asks to be followed in
 * its own language, which no list of openings holds; the line names two networks or more and closes on the site's
 * name or handle after a colon or a dash, with no sentence end. A sentence about networks ends on its stop.
 */
function followInAnyLanguage(line: string, lower: string): boolean {
  if (line.length > FOLLOW_MAX_LENGTH || !FOLLOW_TAIL.test(line) || /["“”«»]/.test(line)) return false;
  const networks = new Set<string>();
  for (const m of lower.matchAll(FOLLOW_NETWORKS)) networks.add(m[1]!.slice(0, 5));
  return networks.size >= 2;
}

/** Separators of a site's breadcrumb trail, set off by spaces ("Home » Maharashtra » Kolhapur"). */
const CRUMB_SEPARATOR = /\s[»›>|/]\s/;
/** Longest breadcrumb line, and most words of one of its steps. */
const CRUMB_MAX_CHARS = 100;
const CRUMB_WORDS = 4;

/**
 * why: "Home » Maharashtra » Kolhapur": a site's trail of sections, two or more spaced separators between short steps
 * with no sentence in them; its guillemets separate, they quote nothing. A line holding an opening guillemet is left
 * alone (« Oui » is French typography).
 */
function isBreadcrumb(line: string): boolean {
  if (line.length > CRUMB_MAX_CHARS || !CRUMB_SEPARATOR.test(line) || line.includes('«') || line.includes('‹')) return false;
  const steps = line.split(CRUMB_SEPARATOR);
  if (steps.length < 3) return false;
  for (const step of steps) {
    const words = step.trim().split(/\s+/);
    if (!words[0] || words.length > CRUMB_WORDS || /[.,;:!?"“”]/.test(step)) return false;
  }
  return true;
}

function mayOpenClutter(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  const c = text[i];
  if (c === undefined || i >= end) return false;
  const code = c.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || c === '©' || BULLETS.includes(c) || (code > 127 && /\p{L}/u.test(c));
}

function trimEndPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && '.:!…'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** The bullets and arrows a line of a site's buttons or lists opens on ("▶ Share", "▸ Facebook"). */
const BULLETS = '•·-–*▪►>▶▸';

/** Lines like "• Follow …" or "- Read also …": list bullets in front of navigation text. */
function stripBullet(line: string): string {
  let i = 0;
  while (i < line.length && BULLETS.includes(line[i]!)) i++;
  return i ? line.slice(i).trimStart() : line;
}
