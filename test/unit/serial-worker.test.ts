import { join } from 'node:path';
import { SerialWorker, WorkerBusy, type WorkerLimits } from '../../server/workers/serial-worker';

type Spin = { ms: number; limit: number };
const SPIN = join(__dirname, '..', 'support', 'spin-worker.mjs');
/** Each job's run limit is the one it carries, as a document's follows its size. */
const worker = (limits: Omit<WorkerLimits<Spin>, 'runMs' | 'startMs'> & { startMs?: number }) =>
  new SerialWorker<Spin, { ms: number }>(SPIN, 'the spinner', { startMs: 0, ...limits, runMs: (r) => r.limit }, (_w, e) => e, (what) => `${what} took too long`);

/** How a job ended and when, counted from when it was sent. */
async function outcome(job: () => Promise<unknown>) {
  const sent = performance.now();
  try {
    await job();
    return { done: true, after: performance.now() - sent };
  } catch (err) {
    return { done: false, after: performance.now() - sent, busy: err instanceof WorkerBusy ? err : null, message: (err as Error).message };
  }
}

describe('a worker that shares its time among requests', () => {
  let spinner: SerialWorker<Spin, { ms: number }>;
  afterEach(() => spinner.stop());

  it('when jobs come faster than the worker takes them, then those that could not be done within the wait are refused at once, with when to try again', async () => {
    spinner = worker({ waitMs: 3000, accountMs: 3000 });
    await spinner.run({ ms: 0, limit: 2000 }, 'warm-up');
    const sent = Array.from({ length: 5 }, (_, i) => outcome(() => spinner.run({ ms: 300, limit: 1000 }, `job ${i}`)));

    const [a, b, c, d, e] = await Promise.all(sent);

    expect([a, b, c].map((o) => o!.done)).toEqual([true, true, true]);
    for (const refused of [d!, e!]) {
      expect(refused).toMatchObject({ done: false, busy: expect.objectContaining({ byAccount: false, retryAfterSeconds: 1 }) });
      expect(refused.after).toBeLessThan(100);
    }
  });

  it('when hostile jobs fill the worker, then no request waits longer than the wait, and a job taken behind them still gets its whole run limit', async () => {
    spinner = worker({ waitMs: 2500, accountMs: 2500 });
    await spinner.run({ ms: 0, limit: 2000 }, 'warm-up');
    // each would spin for a minute: only their limits end them
    const hostile = [1, 2, 3].map((i) => outcome(() => spinner.run({ ms: 60_000, limit: 800 }, `hostile ${i}`)));
    const innocent = outcome(() => spinner.run({ ms: 300, limit: 800 }, 'innocent'));
    const late = outcome(() => spinner.run({ ms: 10, limit: 800 }, 'late'));

    const [h1, h2, h3, i, l] = await Promise.all([...hostile, innocent, late]);

    expect([h1, h2, h3].map((o) => o!.message)).toEqual(['hostile 1 took too long', 'hostile 2 took too long', 'hostile 3 took too long']);
    expect(i).toMatchObject({ done: false, busy: expect.objectContaining({ retryAfterSeconds: 1 }) });
    expect(l).toMatchObject({ done: false, busy: expect.any(WorkerBusy) });
    for (const o of [h1!, h2!, h3!]) expect(o.after).toBeLessThan(2500 + 300);
    // with room again, an innocent job queued behind a hostile one is taken and done: the wait ahead does not eat its limit
    const h4 = outcome(() => spinner.run({ ms: 60_000, limit: 800 }, 'hostile 4'));
    const taken = await outcome(() => spinner.run({ ms: 300, limit: 800 }, 'innocent'));
    expect(taken).toMatchObject({ done: true });
    expect(taken.after).toBeLessThan(2500 + 300);
    expect((await h4).message).toBe('hostile 4 took too long');
  });

  it('when one account sends more than its share, then its next job is refused at once saying so, and another account’s job is taken', async () => {
    spinner = worker({ waitMs: 3000, accountMs: 1500 });
    await spinner.run({ ms: 0, limit: 2000 }, 'warm-up');
    const first = outcome(() => spinner.run({ ms: 60_000, limit: 1000 }, 'hostile', 7));
    const second = outcome(() => spinner.run({ ms: 60_000, limit: 1000 }, 'hostile again', 7));
    const other = outcome(() => spinner.run({ ms: 50, limit: 1000 }, 'an editor’s', 8));
    // jobs without an account are held to the worker's wait only
    const unowned = outcome(() => spinner.run({ ms: 50, limit: 500 }, 'a command line’s'));

    const [f, s, o, u] = await Promise.all([first, second, other, unowned]);

    expect(f.message).toBe('hostile took too long');
    expect(s).toMatchObject({ done: false, busy: expect.objectContaining({ byAccount: true, retryAfterSeconds: 1 }) });
    expect(s.after).toBeLessThan(100);
    expect(o).toMatchObject({ done: true });
    expect(o.after).toBeLessThan(1000 + 1000 + 300);
    expect(u).toMatchObject({ done: true });
  });

  it('when the account’s share is taken by jobs still waiting, then the time to try again is when they are done at the latest', async () => {
    spinner = worker({ waitMs: 10_000, accountMs: 2500 });
    await spinner.run({ ms: 0, limit: 2000 }, 'warm-up');
    const ahead = outcome(() => spinner.run({ ms: 60_000, limit: 2000 }, 'someone else’s', 1));
    const mine = outcome(() => spinner.run({ ms: 60_000, limit: 2000 }, 'mine', 2));

    const refused = await outcome(() => spinner.run({ ms: 10, limit: 1000 }, 'mine again', 2));

    // mine waits up to 2 s behind the other account's, then runs up to 2 s
    expect(refused).toMatchObject({ done: false, busy: expect.objectContaining({ byAccount: true, retryAfterSeconds: 4 }) });
    await Promise.all([ahead, mine]);
  });

  it('when a new worker is slow to load after a hostile job was cut off, then the job behind it still gets its whole run limit, the loading reserved apart', async () => {
    process.env.SPIN_START_MS = '700';
    try {
      spinner = worker({ waitMs: 5000, accountMs: 5000, startMs: 1000 });
      await spinner.run({ ms: 0, limit: 500 }, 'warm-up');
      const hostile = outcome(() => spinner.run({ ms: 60_000, limit: 800 }, 'hostile', 1));
      // 600 ms of work in a limit of 800: the 700 ms the new worker takes to load would have cut it off
      const innocent = outcome(() => spinner.run({ ms: 600, limit: 800 }, 'innocent', 2));
      // room for two more such jobs, not three: each holds its limit and a worker's loading
      const more = [3, 4, 5].map((a) => outcome(() => spinner.run({ ms: 10, limit: 800 }, `job of ${a}`, a)));

      const [h, i, ...m] = await Promise.all([hostile, innocent, ...more]);

      expect(h.message).toBe('hostile took too long');
      expect(i).toMatchObject({ done: true });
      expect(m.map((o) => o.done)).toEqual([true, false, false]);
      expect(i.after).toBeLessThan(5000);
    } finally {
      delete process.env.SPIN_START_MS;
    }
  });
});
