import { reduceHtml } from './html-reducer';

/** An imported document reduced to the plain text the engine reads, with what its markup said about itself. */
export interface ImportedDocument {
  text: string;
  /** The original HTML, kept so the engine can read facts from its head. */
  html?: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
}

export type DocumentKind = 'text' | 'html' | 'markdown';

export function kindOfFile(filename: string, mimeType = ''): DocumentKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (!ext && mimeType === 'text/plain') return 'text';
  return null;
}

export async function documentFrom(kind: DocumentKind, content: string, url?: string): Promise<ImportedDocument> {
  if (kind === 'html') return htmlDocument(content, url);
  const text = kind === 'markdown' ? markdownToText(content) : normaliseText(content);
  return { text, title: null, author: null, outlet: null, publishedAt: null, language: null };
}

/** Line endings unified and the byte-order mark dropped; the text is otherwise kept as given. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
}

/** Trailing spaces and runs of blank lines collapsed, for text this module produced from markup. */
function tidy(text: string): string {
  return normaliseText(text).replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
}

/** Readability finds the article inside the page's clutter; its HTML is then cut into paragraphs of text. */
export async function htmlDocument(html: string, url?: string): Promise<ImportedDocument> {
  const reduced = await reduceHtml(html, url);
  return { ...reduced, text: tidy(reduced.text), html };
}

/** Markdown reduced to the words a reader sees; block structure survives as blank lines between paragraphs. */
export function markdownToText(md: string): string {
  const lines = tidy(md).split('\n');
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) { fenced = !fenced; continue; }
    if (fenced) { out.push(line); continue; }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) { out.push(''); continue; }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;
    if (/^\s{0,3}(=+|-+)\s*$/.test(line)) continue;
    out.push(inline(line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s{0,3}(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '')));
  }
  return tidy(out.join('\n'));
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_]+?)(?<=\S)_(?=\W|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>"])/g, '$1');
}
