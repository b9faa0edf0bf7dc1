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
let timeLimitMs = TIME_LIMIT_MS;

/** How long one document may take to read (15 s unless set); tests set it short. */
export function configureDocumentReader(options: { timeLimitMs?: number }): void {
  timeLimitMs = options.timeLimitMs ?? TIME_LIMIT_MS;
}

/**
 * Documents are read one at a time, in the order they came: only the one being read is in the worker, and its time
 * limit runs from when its reading starts. A limit started when a document joined the queue, and a worker restarted
 * with everything in it, had let six hostile uploads make an innocent one behind them fail (a second review).
 */
interface Job {
  id: number;
  request: Request;
  what: string;
  resolve: (r: NonNullable<Reply['result']>) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 1;
const queue: Job[] = [];
let running: Job | null = null;

function finishRunning(): Job | null {
  const job = running;
  running = null;
  if (job?.timer) clearTimeout(job.timer);
  return job;
}

function htmlWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(join(__dirname, 'html-worker.mjs'));
  w.on('message', (reply: Reply) => {
    if (!running || running.id !== reply.id) return;
    const job = finishRunning()!;
    if (reply.result) job.resolve(reply.result);
    else job.reject(new Error(`the document could not be read (${reply.error ?? 'unknown error'})`));
    startNext();
  });
  const lost = (err: Error) => {
    if (worker !== w) return;
    worker = null;
    finishRunning()?.reject(err);
    startNext();
  };
  w.on('error', lost);
  w.on('exit', () => lost(new Error('the document reader stopped')));
  // Held only while a document is being read (see startNext): an idle reader must not keep a process from exiting.
  // After the listeners, because attaching a 'message' listener refs the worker's port again.
  w.unref();
  worker = w;
  return w;
}

function startNext(): void {
  if (running) return;
  const job = queue.shift();
  if (!job) {
    worker?.unref();
    return;
  }
  running = job;
  const w = htmlWorker();
  w.ref();
  job.timer = setTimeout(() => {
    if (running !== job) return;
    finishRunning();
    job.reject(new Error(`${job.what} took too long to read`));
    // the worker is still busy with it: a new one reads what waits
    if (worker === w) {
      worker = null;
      void w.terminate();
    }
    startNext();
  }, timeLimitMs);
  job.timer.unref();
  w.postMessage({ id: job.id, ...job.request });
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
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, request, what, resolve, reject });
    startNext();
  });
}

/** Stops the worker so a process (or a test run) can exit without waiting for it. */
export async function stopHtmlReader(): Promise<void> {
  const w = worker;
  worker = null;
  finishRunning()?.reject(new Error('the document reader was stopped'));
  for (const job of queue.splice(0)) job.reject(new Error('the document reader was stopped'));
  if (w) await w.terminate();
}
