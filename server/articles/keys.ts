import { createHash } from 'node:crypto';

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * The same article behind different spellings of its link: scheme, "www.", fragment, tracking parameters,
 * a trailing slash and letter case do not make a new article.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(name)) u.searchParams.delete(name);
  const host = u.host.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  return `//${host}${path}${u.search}`.toLowerCase();
}

/** sha256 of the text with whitespace runs collapsed: re-pasting the same article with other line breaks matches. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** The most words one search of the articles list tests. */
export const MAX_SEARCH_WORDS = 8;

/**
 * The words of a search of the articles list, folded as the database folds an article's search key (lower case, then
 * the combining marks of a decomposed letter dropped: "Élysée" → "elysee"), split at anything not a letter or digit,
 * each once, at most MAX_SEARCH_WORDS.
 */
export function articleSearchWords(q: string): string[] {
  const folded = q.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, MAX_SEARCH_WORDS);
}
