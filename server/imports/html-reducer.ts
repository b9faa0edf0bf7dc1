import { join } from 'node:path';
import { SerialWorker, type WorkerLimits } from '../workers/serial-worker';

export interface ReducedHtml {
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
}

type Request = { html: string; url?: string } | { markdown: string };

/**
 * How long reading a document may take once a worker is ready: 3 s, and 12 s more a million characters, 15 s at most
 * (the limit every document had, now kept for those of a million characters and more; an import takes 2 MB). In CPU
 * time of the worker thread, real pages cost 3.5–5.4 s a megabyte (jsdom building the tree and Readability walking
 * it, about 0.3 ms an element; they hold one element per 60–80 characters): 0.2–0.4 MB 0.9–2.2 s, 1.2–2 MB 4.6–8 s;
 * a million characters of Markdown built to be slow ("![" over and over) 2.9 s, the first document after a start up
 * to 0.15 s. Wall-clock time is what the limits hold, and on two shared cores at load 8–10 the same work took 2–10
 * times its CPU time. A hostile page packs far more elements in (`<tr><td>x`, one per 4.5 characters) and is cut off
 * at its size's limit.
 */
const READ_MS = { base: 3_000, perMillionChars: 12_000, most: 15_000 };
const size = (r: Request) => ('markdown' in r ? r.markdown : r.html).length;

/**
 * A new worker loads jsdom in 0.7 s of CPU time (1.5–5.9 s of wall-clock time at load 3 to 10 here), reserved as 3 s
 * (slower than that, the request's wait still bounds it). An upload or link then waits at most 40 s for its document
 * to be read; one account's documents hold at most 20 s of that, so another account's largest document (3 + 15 s)
 * still fits behind them (see WorkerLimits).
 */
const LIMITS: WorkerLimits<Request> = {
  waitMs: 40_000,
  runMs: (r) => Math.min(READ_MS.most, READ_MS.base + (READ_MS.perMillionChars * size(r)) / 1e6),
  startMs: 3_000,
  accountMs: 20_000,
};

const reader = new SerialWorker<Request, ReducedHtml | { text: string }>(
  join(__dirname, 'html-worker.mjs'),
  'the document reader',
  LIMITS,
  (_what, error) => `the document could not be read (${error})`,
  (what) => `${what} took too long to read`,
);

/** Limits other than LIMITS (tests set them short); `{}` puts them back. */
export function configureDocumentReader(limits: Partial<WorkerLimits<Request>>): void {
  reader.configure(limits);
}

/**
 * The article text and facts of an HTML page, read with Mozilla Readability on jsdom off the main thread; `account`:
 * whose import it is. Fails at once with WorkerBusy when the reader's time is taken.
 */
export function reduceHtml(html: string, url?: string, account?: number): Promise<ReducedHtml> {
  return reader.run({ html, url }, 'the HTML', account) as Promise<ReducedHtml>;
}

/** The text of a Markdown document, read off the main thread (see markdown.mjs). */
export async function reduceMarkdown(markdown: string, account?: number): Promise<string> {
  return (await reader.run({ markdown }, 'the Markdown', account)).text;
}

/** Stops the worker so a process (or a test run) can exit without waiting for it. */
export async function stopHtmlReader(): Promise<void> {
  await reader.stop();
}
