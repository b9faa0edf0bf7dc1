/** Facts an article's HTML states in its head: meta tags, <title>, <html lang>. Read with linear scans. */
export interface HtmlFacts {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
  language: string | null;
}

const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

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

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
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
