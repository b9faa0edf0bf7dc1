import type { ArticleFacts, Paragraph } from '../types';
import { readHtmlFacts } from './html';
import { detectLanguage } from './language';
import { outletDisplayName } from './outlet';

/** How far into the article its header lines (title, date, byline) can be. */
const HEADER_PARAGRAPHS = 8;

/**
 * Reads title, date, outlet, author, language and aggregator from the paragraphs. Marks header and footer lines
 * it consumes as boilerplate, so they never yield claims.
 */
export function readFacts(text: string, paragraphs: Paragraph[], html?: string): ArticleFacts {
  const line = (p: Paragraph) => text.slice(p.start, p.end).trim();
  const facts: ArticleFacts = { title: null, publishedAt: null, outlet: null, author: null, language: null, translated: false, republishedBy: null };
  const head = paragraphs.slice(0, HEADER_PARAGRAPHS);

  // An aggregator announces itself near the top ("Now you can see non-English news..."); the short line above
  // that notice is its name.
  const notice = head.findIndex((p) => isTranslationNotice(line(p)));
  if (notice >= 0) {
    facts.translated = true;
    const name = head.slice(0, notice).find((p) => isNameLine(line(p)));
    if (name) {
      facts.republishedBy = line(name);
      name.boilerplate = true;
    }
    head[notice]!.boilerplate = true;
  }

  for (const p of head) {
    if (p.boilerplate) continue;
    const l = line(p);
    if (!facts.publishedAt && l.length <= 40 && isoDateAt(l) === l.trim()) {
      facts.publishedAt = isoDateAt(l);
      p.boilerplate = true; // a date line alone is metadata, not prose
    } else if (!facts.author && isByline(l)) {
      facts.author = l.slice(3).trim();
      p.boilerplate = true;
    } else if (!facts.title && l.length <= 300 && !l.includes('\n')) {
      facts.title = l;
    }
  }

  for (const p of paragraphs) {
    const l = line(p);
    if (!p.boilerplate) continue;
    const lower = l.toLowerCase();
    // "Source: lefigaro" names the outlet the aggregator took the article from.
    if (!facts.outlet && lower.startsWith('source:')) facts.outlet = outletDisplayName(l.slice(7));
    // A listing line such as "All news articles on 2022-09-07" dates the article when its header did not.
    if (!facts.publishedAt && lower.startsWith('all news articles on')) facts.publishedAt = isoDateAt(l);
  }

  const fromHtml = html ? readHtmlFacts(html) : null;
  if (fromHtml) {
    facts.title = fromHtml.title ?? facts.title;
    facts.publishedAt = fromHtml.publishedAt ?? facts.publishedAt;
    facts.outlet = fromHtml.outlet ?? facts.outlet;
    facts.author = fromHtml.author ?? facts.author;
  }
  facts.language = fromHtml?.language ?? detectLanguage(text);
  return facts;
}

/** "By Jane Doe and John Roe": a byline is "By" followed by capitalised name words only. */
function isByline(l: string): boolean {
  if (l.length > 80 || !/^by\s/i.test(l)) return false;
  const words = l.slice(3).trim().split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => w === 'and' || /^\p{Lu}/u.test(w));
}

function isTranslationNotice(l: string): boolean {
  const lower = l.toLowerCase();
  if (l.length > 200) return false;
  return lower.includes('non-english news') || (lower.includes('translat') && (lower.includes('automatic') || lower.includes('machine')));
}

/** A site name: a short line without sentence punctuation. */
function isNameLine(l: string): boolean {
  return l.length > 0 && l.length <= 60 && !/[.!?:;,"“”«»]/.test(l);
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;

/** The first ISO 8601 date or date-time in a line, or null. */
export function isoDateAt(l: string): string | null {
  const m = ISO_DATE.exec(l);
  return m ? m[0] : null;
}
