import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedDatabase } from '../../server/db/embedded';
import { createDb, type Db } from '../../server/db/knex';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs a CLI on the embedded database in dataDir; resolves with its exit code and output. */
async function cli(script: string, args: string[] = []): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(TSX, [`server/cli/${script}.ts`, ...args], { cwd: ROOT, env });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 4 });
  const db = createDb(embedded.connectionString, { poolMax: 1 });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
    await embedded.stop();
  }
}

test('when an account is scripted and the audit trail is later rewritten, then audit:verify names the altered event', async () => {
  const created = await cli('create-user', ['--email', 'Ana@Example.org', '--name', 'Ana Silva', '--role', 'editor']);
  expect(created.code).toBe(0);
  expect(created.out).toMatch(/Created editor ana@example.org \(id \d+\)\.\nPassword \(shown only once\): [A-Za-z0-9]{20}/);

  const intact = await cli('verify-audit');
  expect(intact.code).toBe(0);
  expect(intact.out).toContain('Audit trail intact: 1 events, hash chain verified.');

  const eventId = await withDb(async (db) => {
    const event = await db('audit_events').select('id', 'after').where({ action: 'user.create' }).first();
    expect(event.after).toMatchObject({ email: 'ana@example.org', role: 'editor' });
    await db.transaction(async (trx) => {
      await trx.raw('SET LOCAL session_replication_role = replica');
      await trx('audit_events').where({ id: event.id }).update({ after: JSON.stringify({ role: 'admin' }) });
    });
    return event.id as number;
  });
  const broken = await cli('verify-audit');
  expect(broken.code).toBe(1);
  expect(broken.out).toContain(`Audit trail BROKEN: event ${eventId} (#1) was altered`);
}, 120_000);
