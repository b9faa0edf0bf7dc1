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

const sameText = (a, b) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * A page's title without the site name most pages add after a separator ("Mayor defends budget | City Post"):
 * Readability keeps a title whole when the part before the separator is short, so the suffix is cut here when the
 * page says it is the site's name (its site-name meta data) or when the part before it is the page's own headline.
 */
function withoutSiteName(title, siteName, headings) {
  if (!title) return null;
  // why: a headline and a site name are short; a longer "title" is not cut, and the pattern never reads far
  if (title.length > 300) return title;
  const parts = /^(.*\S)\s+[|\-–—:»·]{1,2}\s+([^|–—»·]+)$/.exec(title);
  if (!parts) return title;
  const [, head, tail] = parts;
  if (siteName && sameText(tail.trim(), siteName)) return head;
  return headings.some((h) => sameText(h, head)) ? head : title;
}

function reduce(html, url) {
  const dom = new JSDOM(html, { url: url || 'https://article.invalid/', virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    const pageTitle = clean(document.title);
    // read before Readability, which takes headings out of the document it is given
    const headings = [...document.querySelectorAll('h1')].map((h) => clean(h.textContent)).filter(Boolean);
    const article = new Readability(document, { charThreshold: 200 }).parse();
    const body = article?.content ?? document.body?.innerHTML ?? '';
    return {
      text: htmlToText(body),
      title: withoutSiteName(clean(article?.title) ?? pageTitle, clean(article?.siteName), headings),
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

// jsdom takes seconds to load on a busy machine: a job's time limit starts from here (see SerialWorker)
parentPort.postMessage({ ready: true });
