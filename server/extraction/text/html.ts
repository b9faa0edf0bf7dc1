/** Facts an article's HTML states in its head: meta tags, <title>, <html lang>. Read with linear scans. */
export interface HtmlFacts {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
  language: string | null;
}

/** An attribute's name, read at one offset (sticky): what follows it is read by hand, so no name is read twice. */
const ATTRIBUTE_NAME = /[a-zA-Z_:][-a-zA-Z0-9_:.]*/y;
const NAME_START = /[a-zA-Z_:]/;
const SPACE = /\s/;

export function readHtmlFacts(html: string): HtmlFacts {
  const meta = new Map<string, string>();
  let at = 0;
  for (;;) {
    const open = html.indexOf('<meta', at);
    if (open < 0) break;
    const close = html.indexOf('>', open);
    if (close < 0) break;
    const attrs = attributes(html.slice(open, close));
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    const content = attrs.get('content');
    if (key && content && !meta.has(key)) meta.set(key, decode(content).trim());
    at = close + 1;
  }
  const htmlTag = tagAttributes(html, '<html');
  return {
    title: meta.get('og:title') ?? textOfTag(html, 'title'),
    publishedAt: meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('date') ?? null,
    outlet: meta.get('og:site_name') ?? null,
    author: meta.get('author') ?? meta.get('article:author') ?? null,
    language: (htmlTag?.get('lang') ?? '').split('-')[0]?.toLowerCase() || null,
  };
}

/**
 * The quoted attributes of a tag (`name="value"` or `name='value'`), a later one of a name winning. A name with no
 * quoted value after it is passed over from its end: one expression matching name, sign and value together had to try
 * again from each letter of a long name that no sign follows, reading it over and over (128 KB of letters in one
 * <meta> took 12 s).
 */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < tag.length) {
    if (!NAME_START.test(tag[i]!)) {
      i++;
      continue;
    }
    ATTRIBUTE_NAME.lastIndex = i;
    const name = ATTRIBUTE_NAME.exec(tag)![0];
    i += name.length;
    let k = i;
    while (k < tag.length && SPACE.test(tag[k]!)) k++;
    if (tag[k] !== '=') continue;
    k++;
    while (k < tag.length && SPACE.test(tag[k]!)) k++;
    const quote = tag[k];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, k + 1);
    if (end < 0) continue;
    out.set(name.toLowerCase(), tag.slice(k + 1, end));
    i = end + 1;
  }
  return out;
}

function tagAttributes(html: string, opening: string): Map<string, string> | null {
  const open = html.indexOf(opening);
  if (open < 0) return null;
  const close = html.indexOf('>', open);
  return close < 0 ? null : attributes(html.slice(open, close));
}

function textOfTag(html: string, name: string): string | null {
  const open = html.indexOf(`<${name}`);
  if (open < 0) return null;
  const start = html.indexOf('>', open) + 1;
  const end = html.indexOf(`</${name}`, start);
  if (start <= 0 || end < 0) return null;
  return decode(html.slice(start, end)).trim() || null;
}

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' })[e] ?? _);
}
