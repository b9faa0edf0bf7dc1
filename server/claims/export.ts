import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { Db } from '../db/knex';
import { dbOf } from '../http/context';
import { unauthorized } from '../http/errors';
import { csvHead, csvRecords, type ClaimExportRow } from './export-csv';
import { claimExportBatches } from './export-repository';
import { COMMON_WORDS_ALONE, exportHref, formValues, scopeOf, searchesNothing, TOO_COMMON } from './list-page';
import { parseClaimListQuery, type ClaimFilters, type ClaimListQuery } from './list-query';
import { SEARCH_WALK, searchesWalkOnly } from './list-repository';
import { readSearch } from './list-search';

/** A download that has not taken a byte for this long is ended, and with it its snapshot's connection. */
const STALLED_MS = 60_000;

interface Refusal {
  status: number;
  notices: string[];
  links: Array<{ href: string; text: string }>;
}

/**
 * why: a file carries no notice, and a professional user acts on what it holds, often far from the list (a correction
 * log, a CMS import, a script). So where the list would show its rows with a notice beside them — a filter or search
 * it ignored, a search it could walk only part of the claims for, an article removed with its claims or a speaker
 * merged away or never there — nothing is downloaded: the page says why in the list's words and links to the list and
 * to the file that can be had. A bookmarked link or a script then fails loudly instead of getting every claim, or
 * none, silently. The list's own link carries only what the list could read, so from the list nothing is refused
 * but for the search walked and the article or speaker gone.
 */
async function refusalOf(db: Db, query: ClaimListQuery, messages: string[], readable: Record<string, string>): Promise<Refusal | null> {
  if (messages.length) return { status: 422, notices: messages, links: [{ href: exportHref(readable), text: 'Download the claims the list shows, without what it ignored (CSV)' }] };
  return (await searchRefusal(db, query.filters.q)) ?? scopeRefusal(db, query.filters, readable);
}

async function searchRefusal(db: Db, q: string | undefined): Promise<Refusal | null> {
  if (!q) return null;
  if (await searchesNothing(db, q)) return { status: 422, notices: [TOO_COMMON], links: [] };
  if (!searchesWalkOnly(await readSearch(db, q, 0))) return null;
  const walk = SEARCH_WALK.toLocaleString('en');
  return { status: 422, notices: [`The list searches only the first ${walk} claims in its order for this search, so a file of it would not hold every claim it finds: ${COMMON_WORDS_ALONE}`], links: [] };
}

/** An article, a speaker or a claim the list names but whose claims are gone (removed, merged into another) or never were. */
async function scopeRefusal(db: Db, f: ClaimFilters, readable: Record<string, string>): Promise<Refusal | null> {
  const scope = await scopeOf(db, f);
  if (f.articleId !== undefined && !scope?.article) {
    const gone = scope?.removedArticle;
    if (!gone) return { status: 404, notices: [`No article has the number ${f.articleId}: it has no claims to download.`], links: [] };
    const title = gone.title ? ` “${gone.title}”` : '';
    const why = gone.note ? ` (“${gone.note}”)` : '';
    const notice = `Article #${f.articleId}${title} was removed by ${gone.by ?? 'someone'} on ${gone.on}, with its claims${why}: none are left to download.`;
    return { status: 410, notices: [notice], links: [{ href: `/articles/${f.articleId}`, text: 'What the audit trail keeps of it' }] };
  }
  if (f.wordsOf !== undefined && !scope?.words) {
    return { status: 404, notices: [`No claim has the number ${f.wordsOf} (it may have been removed): there are no claims holding its words to download.`], links: [] };
  }
  const speaker = scope?.speaker;
  if (f.speakerId !== undefined && !speaker) return { status: 404, notices: [`No speaker has the number ${f.speakerId}: there are no claims of theirs to download.`], links: [] };
  const into = speaker?.mergedInto;
  if (!speaker || !into) return null;
  return {
    status: 410,
    notices: [`${speaker.name} (#${speaker.id}) was merged into ${into.name} (#${into.id}): their claims are ${into.name}’s now.`],
    links: [{ href: exportHref({ ...readable, speaker: String(into.id) }), text: `Download ${into.name}’s claims instead (CSV)` }],
  };
}

/** The CSV, as the client takes it: one batch read ahead at most; a client that leaves ends the reading. */
export async function sendCsv(out: Writable, batches: AsyncIterable<ClaimExportRow[]>, origin: string): Promise<void> {
  async function* chunks() {
    yield csvHead();
    for await (const rows of batches) yield csvRecords(rows, origin);
  }
  try {
    await pipeline(Readable.from(chunks(), { highWaterMark: 1 }), out);
  } catch (err) {
    // the client left, stalled or was gone before the first byte: not a failure of ours, and nothing more is read
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_STREAM_')) throw err;
  }
}

async function* startingWith<T>(first: IteratorResult<T, void>, rest: AsyncGenerator<T, void>): AsyncGenerator<T, void> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

/** GET /claims/export: the claims list as a CSV file, with the list's filters, search and order, every page of it. */
export async function exportClaims(req: Request, res: Response): Promise<void> {
  if (!req.user) throw unauthorized();
  const db = dbOf(req);
  // why: the file is the whole list, every page: a page link's position (after, before) narrows nothing, and a stale one
  // is no reason to refuse
  const raw: Record<string, unknown> = { ...(req.query as Record<string, unknown>) };
  delete raw.after;
  delete raw.before;
  const { query, messages, ignored } = parseClaimListQuery(raw, req.user.id);
  const refusal = await refusalOf(db, query, messages, formValues(raw, query, ignored));
  if (refusal) {
    const asSent = new URL(req.originalUrl, 'http://verbatim.invalid').searchParams;
    asSent.delete('after');
    asSent.delete('before');
    const listHref = `/claims${asSent.size ? `?${asSent.toString()}` : ''}`;
    return res.status(refusal.status).render('claims/export-refused', { title: 'Claims not downloaded', ...refusal, listHref });
  }
  const headers = {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="verbatim-claims-${new Date().toISOString().slice(0, 10)}.csv"`,
    'Cache-Control': 'no-store',
  };
  if (req.method === 'HEAD') return void res.set(headers).end();
  const batches = claimExportBatches(db, query);
  try {
    // read before the headers go, so a database that fails at once gets its error page and not a broken file
    const first = await batches.next();
    res.set(headers);
    res.setTimeout(STALLED_MS, () => res.destroy());
    // (the address the file was asked for at, behind a proxy as TRUST_PROXY lets the app read it)
    await sendCsv(res, startingWith(first, batches), `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  } finally {
    await batches.return(undefined);
  }
}
