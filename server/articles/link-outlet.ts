import { isIP } from 'node:net';
import { outletDisplayName } from '../extraction/text/outlet';

/**
 * Sites that carry other people's pages rather than publish their own: archives, link shorteners, search engines' page
 * caches and social networks. An article linked there was published by someone the address does not name.
 */
const CARRIERS = [
  'archive.org', 'archive.ph', 'archive.today', 'archive.is', 'archive.li', 'archive.md', 'ghostarchive.org',
  't.co', 'bit.ly', 'ow.ly', 'tinyurl.com', 'buff.ly', 'lnkd.in', 'dlvr.it',
  'google.com', 'news.google.com', 'googleusercontent.com', 'ampproject.org', 'bing.com', 'msn.com', 'yahoo.com',
  'twitter.com', 'x.com', 'facebook.com', 'instagram.com', 'threads.net', 't.me', 'youtube.com', 'tiktok.com',
  'linkedin.com', 'reddit.com', 'medium.com', 'substack.com', 'telegra.ph',
];

/** Google's translation proxy writes the site it translates into its own host name: `www-lefigaro-fr.translate.goog`. */
const TRANSLATION_PROXY = /^([a-z0-9-]+)\.translate\.goog$/;

/**
 * The outlet an article's link names, for an article whose text and page do not name one ("https://www.lefigaro.fr/…"
 * → Le Figaro), by the rules that read an aggregator's "Source: lefigaro" line; null for a link that is no web address,
 * an address by number, or a site that carries other people's pages. A page translated through a proxy names the site
 * it translated.
 */
export function outletOfLink(link: string | null | undefined): string | null {
  if (!link) return null;
  let host: string;
  try {
    const u = new URL(link.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (isIP(host.replace(/^\[|\]$/g, '')) || !host.includes('.')) return null;
  const proxied = TRANSLATION_PROXY.exec(host);
  // ("www-lefigaro-fr": a hyphen stands for a dot, two for a hyphen the host had)
  if (proxied) host = proxied[1]!.replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
  host = host.replace(/^www\d*\./, '');
  if (CARRIERS.some((c) => host === c || host.endsWith(`.${c}`))) return null;
  return outletDisplayName(host);
}
