/**
 * Turns a site handle as aggregators print it ("lecourant", "natl-ledger", "kvt") into the outlet's display name
 * ("Le Courant", "National Ledger", "KVT") by general rules: cut at separators and at glued articles and common
 * masthead words, expand the usual masthead abbreviations, capitalise words and upper-case bare initials.
 */

import { mastheadOf } from './mastheads';

/** Articles that outlets glue to their name ("lecourant", "thetimes"), in the languages aggregators translate. */
const GLUED_ARTICLES = ['the', 'les', 'le', 'la', 'el', 'il'];

/** Words mastheads are built from, so a glued handle can be cut ("dailymail" → Daily Mail). */
export const MASTHEAD_WORDS = [
  'daily', 'sunday', 'weekly', 'evening', 'morning', 'post', 'times', 'news', 'herald', 'journal', 'tribune', 'mail',
  'star', 'today', 'world', 'press', 'review', 'observer', 'gazette', 'examiner', 'chronicle', 'wire', 'beast', 'hill',
  'guardian', 'telegraph', 'independent', 'express', 'standard', 'sun', 'mirror', 'monde', 'parisien', 'figaro',
  'zeitung', 'spiegel', 'pais', 'republica', 'corriere', 'street', 'insider', 'report', 'online', 'media',
  // ("azadiradio" → Azadi Radio: a station's handle glues its word to its name as a paper's does)
  'radio',
];

const MASTHEAD_WORDS_LONGEST_FIRST = [...MASTHEAD_WORDS].sort((a, b) => b.length - a.length);

/** Masthead words that open a name ("Daily Bhulekha", "Sunday Standard"). */
const OPENING_MASTHEAD_WORDS = ['daily', 'sunday', 'weekly', 'evening', 'morning'];

/** Whether a word can start with these letters: a vowel, or a consonant before a vowel, or a usual pair ("tr", "sh",
 * the "bh" of transliterations). */
function canStartWord(rest: string): boolean {
  const [a, b] = [rest[0] ?? '', rest[1] ?? ''];
  const vowel = (c: string) => 'aeiouy'.includes(c);
  return vowel(a) || vowel(b) || /^(bh|bl|br|ch|cl|cr|dh|dr|fl|fr|gh|gl|gr|jh|kh|kl|kr|ph|pl|pr|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr|zh)/.test(rest);
}

/** Abbreviations handles use for masthead words ("natl-ledger"). */
const ABBREVIATIONS: Record<string, string> = { natl: 'National', intl: 'International' };

/** Subdomains that name a section or an edition of a site, not the site ("regional.kompas.com"). */
const SECTION_SUBDOMAINS = new Set(['regional', 'edition', 'en', 'english', 'm', 'mobile', 'amp', 'international', 'local', 'sport', 'sports', 'money']);

const TOP_LEVEL_DOMAINS = new Set(['com', 'net', 'org', 'fr', 'de', 'es', 'it', 'co', 'uk', 'info', 'news', 'eu', 'ru', 'us', 'ca', 'au', 'www']);

export function outletDisplayName(handle: string): string | null {
  // why: "rp.pl" is Rzeczpospolita and "almasryalyoum" Al-Masry Al-Youm: no rule rebuilds a masthead its address
  // abbreviates or spells without its hyphens
  const known = mastheadOf(handle);
  if (known) return known;
  // why: "The Paper (thepaper.cn)", "MAZ (maz-online.de)": a name as the outlet writes it, its address in brackets after it
  const addressed = /^(\p{Lu}[^()]{0,60}?)\s*\(\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+[^()\s]*\s*\)$/u.exec(handle.trim());
  if (addressed) return addressed[1]!;
  // why: "g1.globo.com/mg/minas-gerais": an address's path names a section, not the paper
  const host = /^[^\s/]+\.[a-z]{2,}(?=\/)/i.exec(handle.trim().replace(/^https?:\/\//i, ''))?.[0];
  if (host) return outletDisplayName(host);
  // why: a name written as one ("Al-Ahram Gate", "Liberty Times Net") is shown as written; only a handle is rebuilt
  const written = handle.trim().replace(/\s+/g, ' ');
  if (written.includes(' ') && /^\p{Lu}/u.test(written)) return written;
  let parts = handle.trim().toLowerCase().split(/[\s._\-/]+/);
  // why: "denik.cz", "yna.co.kr": a domain's last part of two letters is a country's, whatever the country
  if (handle.includes('.') && parts.length > 1 && /^[a-z]{2}$/.test(parts.at(-1)!)) parts = parts.slice(0, -1);
  parts = parts.filter((p) => p && !TOP_LEVEL_DOMAINS.has(p));
  // ("regional.kompas.com", "edition.cnn.com": a section's subdomain before the paper's name)
  if (handle.includes('.') && !/\s/.test(handle.trim()) && parts.length >= 2 && SECTION_SUBDOMAINS.has(parts[0]!)) parts = parts.slice(1);
  const words: string[] = [];
  for (const part of parts) words.push(...cutGlued(part));
  // ("news.am": a name made only of a domain's words is the domain, as written)
  if (!words.length) return written && /\p{L}/u.test(written) ? written[0]!.toUpperCase() + written.slice(1) : null;
  return words.map(displayWord).join(' ');
}

function cutGlued(part: string): string[] {
  for (const article of GLUED_ARTICLES) {
    const rest = part.slice(article.length);
    // Only a long remainder is cut off, so words that merely begin like an article ("leader") stay whole; and one a
    // word can start with ("lankadeepa" is no "la nkadeepa")
    if (part.startsWith(article) && (rest.length >= 5 || MASTHEAD_WORDS.includes(rest)) && canStartWord(rest)) {
      return [article, ...cutGlued(rest)];
    }
  }
  // ("dailybhulekha" → Daily Bhulekha: a masthead word that opens the handle)
  for (const word of OPENING_MASTHEAD_WORDS) {
    if (part.length >= word.length + 5 && part.startsWith(word) && canStartWord(part.slice(word.length))) return [word, ...cutGlued(part.slice(word.length))];
  }
  // (the longest word that ends it: "portexpress" ends on "express", not on "press")
  for (const word of MASTHEAD_WORDS_LONGEST_FIRST) {
    if (part.length > word.length + 2 && part.endsWith(word)) return [...cutGlued(part.slice(0, -word.length)), word];
  }
  return [part];
}

function displayWord(word: string): string {
  const expanded = ABBREVIATIONS[word];
  if (expanded) return expanded;
  // Bare initials ("kvt", "bbc", "usa") carry no vowel pattern of a word: they are read letter by letter.
  if (word.length <= 4 && ![...word].some((c) => 'aeiou'.includes(c))) return word.toUpperCase();
  if (['usa', 'abc', 'afp', 'upi', 'ap', 'ria'].includes(word)) return word.toUpperCase();
  return word[0]!.toUpperCase() + word.slice(1);
}
