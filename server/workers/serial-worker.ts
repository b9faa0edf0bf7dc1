import { Worker } from 'node:worker_threads';

type Reply<R> = { id: number; result?: R; error?: string };

interface Job<Q, R> {
  id: number;
  request: Q;
  what: string;
  resolve: (r: R) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

/**
 * CPU-bound work off the main thread, so one large or hostile input never holds up other requests: a worker thread
 * takes one job at a time, in the order they came, and only the job it is on is in it. Each job's time limit runs from
 * when the worker starts on it; a job past its limit fails alone, the worker is terminated and a new one takes the
 * jobs that wait (a limit started at queueing, and a restart that failed everything queued, had let a few hostile
 * inputs fail an innocent one behind them).
 *
 * The worker script answers each `{ id, ...request }` message with `{ id, result }` or `{ id, error }`.
 */
export class SerialWorker<Q extends object, R> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly queue: Job<Q, R>[] = [];
  private running: Job<Q, R> | null = null;

  /** `name`: what the worker is, for errors ("the document reader"); `failure`: why a job failed, in words. */
  constructor(
    private readonly file: string,
    private readonly name: string,
    private timeLimitMs: number,
    private readonly failure: (what: string, error: string) => string,
    private readonly tooLong: (what: string) => string,
  ) {}

  configure(options: { timeLimitMs: number }): void {
    this.timeLimitMs = options.timeLimitMs;
  }

  run(request: Q, what: string): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, what, resolve, reject });
      this.startNext();
    });
  }

  /** Stops the worker so a process (or a test run) can exit without waiting for it; queued jobs fail. */
  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.finishRunning()?.reject(new Error(`${this.name} was stopped`));
    for (const job of this.queue.splice(0)) job.reject(new Error(`${this.name} was stopped`));
    if (w) await w.terminate();
  }

  private finishRunning(): Job<Q, R> | null {
    const job = this.running;
    this.running = null;
    if (job?.timer) clearTimeout(job.timer);
    return job;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.file);
    w.on('message', (reply: Reply<R>) => {
      if (!this.running || this.running.id !== reply.id) return;
      const job = this.finishRunning()!;
      if (reply.result !== undefined) job.resolve(reply.result);
      else job.reject(new Error(this.failure(job.what, reply.error ?? 'unknown error')));
      this.startNext();
    });
    const lost = (err: Error) => {
      if (this.worker !== w) return;
      this.worker = null;
      this.finishRunning()?.reject(err);
      this.startNext();
    };
    w.on('error', lost);
    w.on('exit', () => lost(new Error(`${this.name} stopped`)));
    // Held only while a job runs (see startNext): an idle worker must not keep a process from exiting.
    // After the listeners, because attaching a 'message' listener refs the worker's port again.
    w.unref();
    this.worker = w;
    return w;
  }

  private startNext(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    this.running = job;
    const w = this.start();
    w.ref();
    job.timer = setTimeout(() => {
      if (this.running !== job) return;
      this.finishRunning();
      job.reject(new Error(this.tooLong(job.what)));
      // the worker is still busy with it: a new one takes what waits
      if (this.worker === w) {
        this.worker = null;
        void w.terminate();
      }
      this.startNext();
    }, this.timeLimitMs);
    job.timer.unref();
    w.postMessage({ id: job.id, ...job.request });
  }
}
