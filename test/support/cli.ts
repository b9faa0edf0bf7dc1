import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedDatabase } from '../../server/db/embedded';
import { createDb, type Db } from '../../server/db/knex';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/**
 * Runs a command-line entry point (`server/cli/<script>.ts`) on the embedded database in `dataDir`, or on the server
 * `env` names; resolves with its exit code and output.
 */
export async function runCliScript(dataDir: string, script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> {
  const full: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete full.DATABASE_URL;
  Object.assign(full, env);
  try {
    const { stdout, stderr } = await run(TSX, [`server/cli/${script}.ts`, ...args], { cwd: ROOT, env: full });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** The embedded database in `dataDir`, opened for the length of `fn` (the commands need it to themselves otherwise). */
export async function withEmbeddedDb<T>(dataDir: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 4 });
  const db = createDb(embedded.connectionString, { poolMax: 1 });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
    await embedded.stop();
  }
}
