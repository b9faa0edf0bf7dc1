// Reduces an HTML page (or a Markdown document) to its article text in a worker thread: parsing a large document is
// CPU-bound and would otherwise stall every other request, and one that never finishes can be cut off by terminating it.
import { parentPort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { htmlToText } from './html-text.mjs';
import { markdownToText } from './markdown.mjs';

function clean(s) {
  const t = typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
  return t || null;
}

function reduce(html, url) {
  const dom = new JSDOM(html, { url: url || 'https://article.invalid/', virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const pageTitle = clean(document.title);
    const article = new Readability(document, { charThreshold: 200 }).parse();
    const body = article?.content ?? document.body?.innerHTML ?? '';
    return {
      text: htmlToText(body),
      title: clean(article?.title) ?? pageTitle,
      author: clean(article?.byline),
      outlet: clean(article?.siteName),
      publishedAt: clean(article?.publishedTime),
      language: clean(article?.lang)?.split('-')[0]?.toLowerCase() ?? null,
    };
  } finally {
    dom.window.close();
  }
}

parentPort.on('message', ({ id, html, markdown, url }) => {
  try {
    const result = typeof markdown === 'string' ? { text: markdownToText(markdown) } : reduce(html, url);
    parentPort.postMessage({ id, result });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err?.message ?? err) });
  }
});
