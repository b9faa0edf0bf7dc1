import type { Db } from '../db/knex';
import { linkPendingEvents } from './repository';

/**
 * Links committed audit events into the hash chain, in batches, off the write path: kicked after every audited
 * commit and on a timer, so events are linked within a fraction of a second even when the process that wrote them
 * died. The queue is the table and the database's lock decides who links, so any number of processes can run one.
 * Within a process, a kick starts a pass shortly after (or after the pass under way), and every kick that arrives
 * before it starts joins it: under load one pass links the events of many commits.
 */
export interface AuditChainer {
  /** Resolves when a pass that began after this call has finished. */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

export interface ChainerOptions {
  /** The timer's period: how late an event is linked at worst when no kick reaches this process. */
  intervalMs?: number;
  /** How long a kick waits for more commits to join its pass. */
  gatherMs?: number;
  batch?: number;
  /** The first failure of a run of failures: while the database is away, the timer would fail four times a second. */
  onError?: (err: unknown) => void;
  /** The first pass that works again after failures, with how many passes failed meanwhile. */
  onRecovered?: (failedPasses: number) => void;
}

const BATCH = 1000;

// One chainer per database: a transaction reaches it through its client's configuration, which knex shares with it.
const running = new WeakMap<object, AuditChainer>();
const keyOf = (db: Db): object => db.client.config as object;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function startAuditChainer(db: Db, opts: ChainerOptions = {}): AuditChainer {
  const existing = running.get(keyOf(db));
  if (existing) return existing;
  const batch = opts.batch ?? BATCH;
  const gatherMs = opts.gatherMs ?? 20;
  const onError = opts.onError ?? (() => undefined);
  const onRecovered = opts.onRecovered ?? (() => undefined);
  let failedPasses = 0;
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let upcoming: Promise<void> | null = null;

  const link = async () => {
    try {
      while (!stopped && (await linkPendingEvents(db, batch)) === batch);
      if (failedPasses > 0) onRecovered(failedPasses);
      failedPasses = 0;
    } catch (err) {
      if (failedPasses++ === 0) onError(err);
    }
  };
  const kick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    upcoming ??= current.then(() => sleep(gatherMs)).then(() => {
      upcoming = null;
      current = link();
      return current;
    });
    return upcoming;
  };
  const timer = setInterval(() => void kick(), opts.intervalMs ?? 250);
  timer.unref();
  const chainer: AuditChainer = {
    kick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      running.delete(keyOf(db));
      await upcoming;
      await current;
    },
  };
  running.set(keyOf(db), chainer);
  return chainer;
}

/** Asks this process's chainer, if it runs one for that database, to link what `conn` has committed. */
export function kickAuditChainer(conn: Db): void {
  void running.get(keyOf(conn))?.kick();
}
