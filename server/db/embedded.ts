import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { dataDirError } from '../config';
import { isRunning, prepareTemplate, seedFromTemplate } from './embedded-template';

export interface EmbeddedDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the database files live; created on first start. */
  dataDir: string;
  /** Concurrent client connections the socket server accepts (knex pool + session pool, at least). */
  maxConnections: number;
  /** Start a new folder from the cluster prepared at install time (default true). */
  useTemplate?: boolean;
}

export class DataDirInUseError extends Error {}

const WORKER_FILE = path.join(__dirname, 'embedded-worker.mjs');
const START_TIMEOUT_MS = 60_000;

/**
 * Starts PGlite in a worker thread behind a Postgres wire-protocol socket on 127.0.0.1.
 * PGlite itself does not stop two processes from opening one data folder, so a lock file does.
 */
export async function startEmbeddedDatabase(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const releaseLock = lockDataDir(opts.dataDir);
  const pgDir = path.join(opts.dataDir, 'pg');
  let worker: Worker;
  let port: number;
  try {
    if (opts.useTemplate !== false) seedFromTemplate(pgDir);
    worker = new Worker(WORKER_FILE, { workerData: { dataDir: pgDir, maxConnections: opts.maxConnections } });
    port = await waitForReady(worker);
  } catch (err) {
    releaseLock();
    throw err;
  }
  let stopping: Promise<void> | null = null;
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      stopping ??= stopWorker(worker).finally(releaseLock);
      return stopping;
    },
  };
}

/** Makes the empty cluster new data folders are copied from (run at install time). */
export function prepareEmbeddedTemplate(): Promise<string> {
  return prepareTemplate(async (workDir) => {
    const db = await startEmbeddedDatabase({ dataDir: workDir, maxConnections: 1, useTemplate: false });
    await db.stop();
    return path.join(workDir, 'pg');
  });
}

function waitForReady(worker: Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('The embedded database did not start within 60 s'));
    }, START_TIMEOUT_MS);
    const onMessage = (msg: { type: string; port?: number; message?: string }) => {
      if (msg.type === 'ready' && msg.port) {
        done();
        resolve(msg.port);
      } else if (msg.type === 'error') {
        done();
        void worker.terminate();
        reject(new Error(`The embedded database failed to start: ${msg.message}`));
      }
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
  });
}

function stopWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 10_000);
    worker.on('message', (msg: { type: string }) => {
      if (msg.type === 'stopped' || msg.type === 'error') {
        clearTimeout(timer);
        void worker.terminate().then(() => resolve());
      }
    });
    worker.postMessage('stop');
  });
}

/** Creates the data folder if need be and locks it; a folder that cannot be is named (DATA_DIR), not its system call. */
function lockDataDir(dataDir: string): () => void {
  try {
    mkdirSync(dataDir, { recursive: true });
    return acquireLock(path.join(dataDir, 'db.lock'));
  } catch (err) {
    throw err instanceof DataDirInUseError ? err : dataDirError(dataDir, err);
  }
}

/** Creates the lock file exclusively; a stale lock (its process gone) is taken over. */
function acquireLock(file: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && isRunning(holder)) {
        throw new DataDirInUseError(
          `The data folder ${path.dirname(file)} is in use by another Verbatim process (pid ${holder}). ` +
            'Stop it first, or set DATA_DIR to another folder.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock ${file}`);
}
