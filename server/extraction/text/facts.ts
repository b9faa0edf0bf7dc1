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

  for (let h = 0; h < head.length; h++) {
    const p = head[h]!;
    if (p.boilerplate) continue;
    const l = line(p);
    if (!facts.publishedAt && l.length <= 40 && isoDateAt(l) === l.trim()) {
      facts.publishedAt = isoDateAt(l);
      p.boilerplate = true; // a date line alone is metadata, not prose
    } else if (!facts.author && isByline(l)) {
      facts.author = l.slice(3).trim();
      p.boilerplate = true;
    } else if (!facts.title && l.length <= 300 && !l.includes('\n')) {
      facts.title = titleAcrossBreaks(l, head.slice(h + 1).map(line));
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

  // why: wire copy opens on a dateline naming its agency ("WASHINGTON (AP) —", "BERLIN (Reuters) -"); with no outlet
  // named otherwise, that agency is where the article comes from
  if (!facts.outlet) {
    for (const p of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
      if (p.boilerplate) continue;
      const agency = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)))?.[1];
      if (agency) {
        facts.outlet = agency.trim();
        break;
      }
    }
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

/** A dateline: a place in capitals, the agency in parentheses, then a dash. */
const DATELINE = /^[A-Z][A-Z.'’\- ]{1,40}(?:,[A-Za-z.' ]{1,30})?\s\(([A-Z][A-Za-z&.\- ]{0,38}[A-Za-z.])\)\s*[—–-]/;
/** How far into the article a dateline is looked for. */
const DATELINE_PARAGRAPHS = 8;

/** How many lines after a title line with an open quotation may finish it, and how long each may be. */
const TITLE_CONTINUATION_LINES = 3;
const TITLE_CONTINUATION_CHARS = 120;

/**
 * A title whose quotation a scraper broke onto lines of their own ('The Latest: Sanders declares "' / 'revolution,' /
 * '" ignores losses.') is the lines up to the one that closes it, joined as one line; a title whose marks balance, or
 * whose quotation no short line closes, is its own line.
 */
export function titleAcrossBreaks(first: string, next: string[]): string {
  if (!opensQuotation(first)) return first;
  const pieces = [first];
  for (const l of next.slice(0, TITLE_CONTINUATION_LINES)) {
    if (!l || l.length > TITLE_CONTINUATION_CHARS) return first;
    pieces.push(l);
    const joined = joinPieces(pieces);
    if (!opensQuotation(joined)) return joined.length <= 300 ? joined : first;
  }
  return first;
}

/** Whether a line leaves a quotation open: an odd number of straight marks, or more opening than closing curly ones. */
function opensQuotation(l: string): boolean {
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  for (const c of l) {
    if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '«') guillemets++;
    else if (c === '»') guillemets--;
  }
  return straight % 2 === 1 || curly > 0 || guillemets > 0;
}

/** Lines joined by a space, except right inside quotation marks ('declares "' + 'revolution,' → 'declares "revolution,'). */
function joinPieces(pieces: string[]): string {
  let out = pieces[0]!;
  let open = false;
  for (const c of out) if (c === '"') open = !open;
  for (const piece of pieces.slice(1)) {
    const last = out.at(-1)!;
    const afterOpening = (last === '"' && open) || last === '“' || last === '«';
    const closing = (piece[0] === '"' && open) || piece[0] === '”' || piece[0] === '»';
    out += afterOpening || closing ? piece : ` ${piece}`;
    for (const c of piece) if (c === '"') open = !open;
  }
  return out;
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
