// Which jobs a SerialWorker takes, and which it refuses at once.

/**
 * How a worker shares its time among requests. A job is queued only if it would be done within `waitMs` of being sent
 * even were every job ahead of it to run to its limit, and be cut off, and a new worker to take all of `startMs` to be
 * ready after each; otherwise it is refused at once. So no request waits longer than `waitMs` whatever others send,
 * the queue (and the documents it holds in memory) stays bounded, and a job taken always gets its whole run limit: a
 * few hostile inputs ahead of it cannot eat into it, as they did when a limit ran from queueing with no bound on the
 * queue.
 */
export interface WorkerLimits<Q> {
  /** The longest a request waits for its answer, queued and run, counted from when it was sent. */
  waitMs: number;
  /** The longest one job may run, for its size, from when a worker is ready for it: past it the job fails and the worker is replaced. */
  runMs: (request: Q) => number;
  /** The longest a new worker may take to be ready (to load what it runs), reserved for each job in case the one before is cut off. */
  startMs: number;
  /**
   * The most of the worker's time one account's jobs may hold together. At least one job of the largest size (its
   * `startMs + runMs`), and at most `waitMs` less that, so one account's jobs always leave room for another's.
   */
  accountMs: number;
}

/** A job refused before it was queued, nothing of it started: the worker's time is taken, by the account's jobs or by all. */
export class WorkerBusy extends Error {
  constructor(readonly byAccount: boolean, readonly retryAfterSeconds: number, name: string) {
    super(`${name} is busy${byAccount ? ' with this account’s other jobs' : ''}; try again in ${retryAfterSeconds} s`);
    this.name = 'WorkerBusy';
  }
}

/** A job in hand (running or waiting) as the worker's time goes: whose it is and how much of the time it holds. */
export interface Held {
  account: number | undefined;
  /** Its run limit and a worker's start, held while it waits. */
  holdMs: number;
  /** Running: when it is done at the latest. */
  endsAt?: number;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** When each job in hand is done at the latest, in the order the worker takes them, each after the one before. */
function schedule(now: number, jobs: readonly Held[]): Array<{ job: Held; held: number; end: number }> {
  let end = now;
  return jobs.map((job) => {
    const held = job.endsAt !== undefined ? Math.max(0, job.endsAt - now) : job.holdMs;
    end += held;
    return { job, held, end };
  });
}

/** Why `job` cannot be taken behind `jobs` (the running one first, then those waiting), or null when it can. */
export function refusal<Q>(limits: WorkerLimits<Q>, name: string, now: number, jobs: readonly Held[], job: Held): WorkerBusy | null {
  const ahead = schedule(now, jobs);
  if (job.account !== undefined) {
    const mine = ahead.filter(({ job: j }) => j.account === job.account);
    // the account's jobs are all done by the end of its last, at the latest
    if (mine.reduce((sum, { held }) => sum + held, job.holdMs) > limits.accountMs) {
      return new WorkerBusy(true, seconds((mine.at(-1)?.end ?? now) - now), name);
    }
  }
  const over = (ahead.at(-1)?.end ?? now) - now + job.holdMs - limits.waitMs;
  return over > 0 ? new WorkerBusy(false, seconds(over), name) : null;
}
