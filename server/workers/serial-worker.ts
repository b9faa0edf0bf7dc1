import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { refusal, WorkerBusy, type Held, type WorkerLimits } from './time-share';

export { WorkerBusy, type WorkerLimits };

type Reply<R> = { ready: true } | { id: number; result?: R; error?: string };

interface Job<Q, R> extends Held {
  id: number;
  request: Q;
  what: string;
  runMs: number;
  /** When its request has waited `waitMs`. */
  deadline: number;
  resolve: (r: R) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

/**
 * CPU-bound work off the main thread, so one large or hostile input never holds up other requests: a worker thread
 * takes one job at a time, in the order they came, and only the job it is on is in it. A job past its run limit fails
 * alone, the worker is terminated and a new one takes the jobs that wait. Which jobs are taken: see WorkerLimits.
 *
 * The worker script posts `{ ready: true }` once loaded, and answers each `{ id, ...request }` message with
 * `{ id, result }` or `{ id, error }`.
 */
export class SerialWorker<Q extends object, R> {
  private worker: Worker | null = null;
  private ready = false;
  private nextId = 1;
  private readonly queue: Job<Q, R>[] = [];
  private running: Job<Q, R> | null = null;
  private limits: WorkerLimits<Q>;

  /** `name`: what the worker is, for errors ("the document reader"); `failure`: why a job failed, in words. */
  constructor(
    private readonly file: string,
    private readonly name: string,
    private readonly defaults: WorkerLimits<Q>,
    private readonly failure: (what: string, error: string) => string,
    private readonly tooLong: (what: string) => string,
  ) {
    this.limits = defaults;
  }

  /** Limits other than the defaults (tests set them short); `{}` puts the defaults back. */
  configure(limits: Partial<WorkerLimits<Q>>): void {
    this.limits = { ...this.defaults, ...limits };
  }

  /** Runs the job, or fails at once with WorkerBusy; `account`: whose job it is, held to its share of the time. */
  run(request: Q, what: string, account?: number): Promise<R> {
    const now = performance.now();
    const { startMs, accountMs, waitMs } = this.limits;
    const runMs = Math.max(0, Math.min(this.limits.runMs(request), accountMs - startMs, waitMs - startMs));
    const job = { id: this.nextId++, request, what, account, runMs, holdMs: startMs + runMs, deadline: now + waitMs };
    const busy = refusal(this.limits, this.name, now, [...(this.running ? [this.running] : []), ...this.queue], job);
    if (busy) return Promise.reject(busy);
    return new Promise((resolve, reject) => {
      this.queue.push({ ...job, resolve, reject });
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
    this.ready = false;
    w.on('message', (reply: Reply<R>) => {
      if ('ready' in reply) {
        if (this.worker !== w) return;
        this.ready = true;
        if (this.running) this.limitRun(this.running, w);
        return;
      }
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
    w.postMessage({ id: job.id, ...job.request });
    if (this.ready) this.limitRun(job, w);
    else {
      // a new worker loading: the job's run limit starts once it is ready, and its request's wait bounds the loading
      job.endsAt = Math.min(job.deadline, performance.now() + job.holdMs);
      this.cutOffAt(job, w, job.deadline - performance.now(), () => new WorkerBusy(false, 1, this.name));
    }
  }

  /** The job's run limit from now, unless that would keep its request past its wait (only limits changed meanwhile can). */
  private limitRun(job: Job<Q, R>, w: Worker): void {
    const now = performance.now();
    job.endsAt = Math.min(job.deadline, now + job.runMs);
    this.cutOffAt(job, w, job.endsAt - now, () => new Error(this.tooLong(job.what)));
  }

  private cutOffAt(job: Job<Q, R>, w: Worker, ms: number, why: () => Error): void {
    if (job.timer) clearTimeout(job.timer);
    job.timer = setTimeout(() => {
      if (this.running !== job) return;
      this.finishRunning();
      job.reject(why());
      // the worker is still busy with it: a new one takes what waits
      if (this.worker === w) {
        this.worker = null;
        void w.terminate();
      }
      this.startNext();
    }, Math.max(0, ms));
    job.timer.unref();
  }
}
