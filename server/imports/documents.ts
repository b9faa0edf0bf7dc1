import { reduceHtml, reduceMarkdown } from './html-reducer';

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

/** `account`: whose import it is, held to its share of the document reader (see html-reducer.ts). */
export async function documentFrom(kind: DocumentKind, content: string, url?: string, account?: number): Promise<ImportedDocument> {
  if (kind === 'html') return htmlDocument(content, url, account);
  const text = kind === 'markdown' ? tidy(await reduceMarkdown(tidy(content), account)) : normaliseText(content);
  return { text, title: null, author: null, outlet: null, publishedAt: null, language: null };
}

/** Line endings unified and the byte-order mark dropped; the text is otherwise kept as given. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
}

/**
 * Trailing spaces and runs of blank lines collapsed, for text this module produced from markup. Spaces are cut by a
 * scan from each line's end: the pattern /[ \t]+$/m retried every position of a long run of spaces before a word, and
 * 60,000 spaces in an upload held the server 5.7 s.
 */
function tidy(text: string): string {
  return normaliseText(text).split('\n').map(withoutTrailingBlanks).join('\n').replace(/\n{3,}/g, '\n\n');
}

function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Readability finds the article inside the page's clutter; its HTML is then cut into paragraphs of text. */
export async function htmlDocument(html: string, url?: string, account?: number): Promise<ImportedDocument> {
  const reduced = await reduceHtml(html, url, account);
  return { ...reduced, text: tidy(reduced.text), html };
}
