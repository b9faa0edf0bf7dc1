import { join } from 'node:path';
import { SerialWorker } from '../workers/serial-worker';

export interface ReducedHtml {
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
}

type Request = { html: string; url?: string } | { markdown: string };

const TIME_LIMIT_MS = 15_000;

const reader = new SerialWorker<Request, ReducedHtml | { text: string }>(
  join(__dirname, 'html-worker.mjs'),
  'the document reader',
  TIME_LIMIT_MS,
  (_what, error) => `the document could not be read (${error})`,
  (what) => `${what} took too long to read`,
);

/** How long one document may take to read (15 s unless set); tests set it short. */
export function configureDocumentReader(options: { timeLimitMs?: number }): void {
  reader.configure({ timeLimitMs: options.timeLimitMs ?? TIME_LIMIT_MS });
}

/** The article text and facts of an HTML page, read with Mozilla Readability on jsdom off the main thread. */
export function reduceHtml(html: string, url?: string): Promise<ReducedHtml> {
  return reader.run({ html, url }, 'the HTML') as Promise<ReducedHtml>;
}

/** The text of a Markdown document, read off the main thread (see markdown.mjs). */
export async function reduceMarkdown(markdown: string): Promise<string> {
  return (await reader.run({ markdown }, 'the Markdown')).text;
}

/** Stops the worker so a process (or a test run) can exit without waiting for it. */
export async function stopHtmlReader(): Promise<void> {
  await reader.stop();
}
