import { join } from 'node:path';
import type { Extraction } from '../extraction/types';
import type { EngineRequest, EngineResult } from '../workers/engine-thread';
import { SerialWorker, WorkerBusy, type WorkerLimits } from '../workers/serial-worker';

/**
 * How long the engine may take on a text once a worker is ready: 1 s, and 10 s more a million characters (11 s at the
 * longest text an import takes). In CPU time of the worker thread a news article costs 10–20 ms, a million characters
 * of dense quotations 0.1–0.2 s, and the worst shape found, a million characters of nothing but short quotations
 * (166,666 of them), 0.4–0.5 s; on two shared cores at load 8–10 wall-clock time was 3–10 times that (1.2–4.6 s for
 * the last), and wall-clock time is what the limits hold. The page's HTML is read for its head only: it does not count.
 */
const RUN_MS = { base: 1_000, perMillionChars: 10_000 };

/**
 * A new worker loads the engine from its prebuilt bundle (see workers/engine.mjs): 70–95 ms on two shared cores at load
 * 2–3, of which an empty worker takes 40–47 ms (40 ms of CPU beyond it), 120–190 ms when it first builds the bundle
 * again after the engine changed. Compiled through tsx, as when the bundle cannot be written, it takes 170–260 ms there
 * and took 0.5–0.9 s at load 8–10: reserved as 1 s, which still covers it. A text then waits at most 30 s for the
 * engine, its own reading included; one account's texts hold at most 18 s of that (eight news articles pasted at once,
 * as a desk imports the day's wires), and another account's longest text (1 + 11 s) still fits behind them (see
 * WorkerLimits).
 */
const LIMITS: WorkerLimits<EngineRequest> = {
  waitMs: 30_000,
  runMs: (r) => RUN_MS.base + (RUN_MS.perMillionChars * r.text.length) / 1e6,
  startMs: 1_000,
  accountMs: 18_000,
};

const engine = new SerialWorker<EngineRequest, EngineResult>(
  join(__dirname, '..', 'workers', 'engine.mjs'),
  'the extraction engine',
  LIMITS,
  (_what, error) => `the extraction engine failed on this text (${error})`,
  () => 'the extraction engine took too long on this text',
);

/** Limits other than LIMITS (tests set them short); `{}` puts them back. */
export function configureEngine(limits: Partial<WorkerLimits<EngineRequest>>): void {
  engine.configure(limits);
}

/** The engine could not give its findings for a text (it failed on it, or took too long); the text is not lost. */
export class EngineFailed extends Error {
  constructor(reason: string) {
    super(`Verbatim could not read the claims of this text: ${reason}. Nothing was saved; try again, or split the text into parts.`);
  }
}

/**
 * The engine's findings for an article, worked out in a worker thread: a long article takes the engine up to a second,
 * which on the main thread every other request would wait for. A text holding more than `maxClaims` claims comes back
 * as their number only. `account`: whose import it is; fails at once with WorkerBusy when the engine's time is taken.
 */
export async function extractOffThread(text: string, html: string | undefined, maxClaims: number, account?: number): Promise<EngineResult> {
  try {
    return await engine.run({ text, ...(html ? { html } : {}), maxClaims }, 'the article', account);
  } catch (err) {
    // refused before it started, the text is not the engine's trouble: the request says when to send it again
    if (err instanceof WorkerBusy) throw err;
    throw new EngineFailed((err as Error).message);
  }
}

/** Stops the worker so a process (or a test run) can exit without waiting for it. */
export async function stopEngine(): Promise<void> {
  await engine.stop();
}

export type { Extraction };
