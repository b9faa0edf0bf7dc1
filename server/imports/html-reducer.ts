import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface ReducedHtml {
  text: string;
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
}

type Request = { html: string; url?: string } | { markdown: string };
type Reply = { id: number; result?: ReducedHtml | { text: string }; error?: string };

const TIME_LIMIT_MS = 15_000;
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: NonNullable<Reply['result']>) => void; reject: (e: Error) => void }>();

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  worker = null;
}

function htmlWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(join(__dirname, 'html-worker.mjs'));
  w.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.result) p.resolve(reply.result);
    else p.reject(new Error(`the document could not be read (${reply.error ?? 'unknown error'})`));
  });
  w.on('error', (err) => failAll(err));
  w.on('exit', () => { if (worker === w) failAll(new Error('the HTML reader stopped')); });
  // Held only while a page is being read (see settle): an idle reader must not keep a process from exiting.
  // After the listeners, because attaching a 'message' listener refs the worker's port again.
  w.unref();
  worker = w;
  return w;
}

/** The article text and facts of an HTML page, read with Mozilla Readability on jsdom off the main thread. */
export function reduceHtml(html: string, url?: string): Promise<ReducedHtml> {
  return read({ html, url }, 'the HTML') as Promise<ReducedHtml>;
}

/** The text of a Markdown document, read off the main thread (see markdown.mjs). */
export async function reduceMarkdown(markdown: string): Promise<string> {
  return (await read({ markdown }, 'the Markdown')).text;
}

function read(request: Request, what: string): Promise<NonNullable<Reply['result']>> {
  const id = nextId++;
  const w = htmlWorker();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`${what} took too long to read`));
      if (worker === w) { worker = null; void w.terminate(); failAll(new Error('the HTML reader was restarted')); }
    }, TIME_LIMIT_MS);
    timer.unref();
    const settle = () => {
      clearTimeout(timer);
      if (pending.size === 0) w.unref();
    };
    pending.set(id, {
      resolve: (r) => { pending.delete(id); settle(); resolve(r); },
      reject: (e) => { pending.delete(id); settle(); reject(e); },
    });
    w.ref();
    w.postMessage({ id, ...request });
  });
}

/** Stops the worker so a process (or a test run) can exit without waiting for it. */
export async function stopHtmlReader(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
