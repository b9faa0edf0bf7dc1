import { join } from 'node:path';
import type { Extraction } from '../extraction/types';
import type { EngineRequest, EngineResult } from '../workers/engine-thread';
import { SerialWorker } from '../workers/serial-worker';

/** Far above what the engine needs on the longest article (about a second on a million characters of quotation marks). */
const TIME_LIMIT_MS = 30_000;

const engine = new SerialWorker<EngineRequest, EngineResult>(
  join(__dirname, '..', 'workers', 'engine.mjs'),
  'the extraction engine',
  TIME_LIMIT_MS,
  (_what, error) => `the extraction engine failed on this text (${error})`,
  () => 'the extraction engine took too long on this text',
);

/** How long the engine may take on one text (30 s unless set); tests set it short. */
export function configureEngine(options: { timeLimitMs?: number }): void {
  engine.configure({ timeLimitMs: options.timeLimitMs ?? TIME_LIMIT_MS });
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
 * as their number only.
 */
export async function extractOffThread(text: string, html: string | undefined, maxClaims: number): Promise<EngineResult> {
  try {
    return await engine.run({ text, ...(html ? { html } : {}), maxClaims }, 'the article');
  } catch (err) {
    throw new EngineFailed((err as Error).message);
  }
}

/** Stops the worker so a process (or a test run) can exit without waiting for it. */
export async function stopEngine(): Promise<void> {
  await engine.stop();
}

export type { Extraction };
