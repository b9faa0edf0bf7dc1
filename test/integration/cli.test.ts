import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../server/db/knex';
import { runCliScript, withEmbeddedDb } from '../support/cli';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => runCliScript(dataDir, script, args, env);
const withDb = <T>(fn: (db: Db) => Promise<T>) => withEmbeddedDb(dataDir, fn);

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

// a closed port on this machine: nothing listens on 1 unless someone runs tcpmux
test.each([['migrate'], ['verify-audit'], ['create-user', '--email', 'x@example.org', '--name', 'X Y', '--role', 'editor']])(
  'when DATABASE_URL names a server that refuses the connection, then %s says so in one line naming the setting, exit code 2, nothing written',
  async (script, ...args) => {
    const { code, out } = await cli(script, args, { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/verbatim', DATA_DIR: path.join(dataDir, 'never-made') });
    expect(code).toBe(2);
    expect(out.trim()).toBe('DATABASE_URL: cannot connect to 127.0.0.1:1 (connection refused)');
    expect(existsSync(path.join(dataDir, 'never-made'))).toBe(false);
  },
);
