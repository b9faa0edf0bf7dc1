import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordAudit } from '../../server/audit/service';
import type { Db } from '../../server/db/knex';
import { runCliScript, withEmbeddedDb } from '../support/cli';
import { migrateLatest } from '../../server/db/migrate';


// Each test a trail of its own, on an embedded database in a folder of its own (the commands need it to themselves).
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-audit-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => runCliScript(dataDir, script, args, env);

const withDb = <T>(fn: (db: Db) => Promise<T>) => withEmbeddedDb(dataDir, fn);

/** A migrated database whose trail holds three events, pending as the app leaves them. */
const threeEvents = () => withDb(async (db) => {
  await migrateLatest(db);
  for (const action of ['user.sign_in', 'user.update', 'user.sign_out']) await recordAudit(db, { actorId: null, action, entityType: 'user', entityId: null });
});

/** Removes the events after `seq` behind the triggers, and with them, where told, every check recorded. */
const cutAfter = (seq: number, checksToo = false) => withDb((db) => db.transaction(async (trx) => {
  await trx.raw('SET LOCAL session_replication_role = replica');
  await trx('audit_events').where('seq', '>', seq).del();
  if (checksToo) await trx('audit_checks').del();
}));

test('when events are cut off the end after audit:verify verified them, then the next audit:verify exits 1 naming what is gone and the check that saw it', async () => {
  await threeEvents();
  const intact = await cli('verify-audit');
  expect(intact.code).toBe(0);
  const hash = /Head: 3:([0-9a-f]{64})\n/.exec(intact.out)?.[1];
  expect(hash).toBeDefined();
  expect(intact.out).toContain(`Audit trail intact: 3 events, hash chain verified.\nHead: 3:${hash}\nKeep it outside the database; \`npm run audit:verify -- --head 3:${hash}\``);
  const check = await withDb((db) => db('audit_checks').first('id', 'started_from', 'started_by', 'outcome', 'head_seq', 'head_hash', 'finished_at'));
  expect(check).toMatchObject({ started_from: 'command_line', started_by: null, outcome: 'intact', head_seq: 3, head_hash: hash });

  await cutAfter(1);
  const cut = await cli('verify-audit');
  expect(cut.code).toBe(1);
  const at = `${(check.finished_at as Date).toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  expect(cut.out).toContain(`Audit trail BROKEN: events after #1 that check ${check.id} of ${at} verified (up to #3) are gone.`);
  expect(cut.out).not.toContain('Head:');
  // and it stays so: a check that found the chain broken records no head for the next to go by
  expect((await cli('verify-audit')).code).toBe(1);
}, 240_000);

test('when the checks recorded were removed with the events, then audit:verify cannot tell, and a head kept outside the database shows what is gone', async () => {
  await threeEvents();
  const head = /Head: (3:[0-9a-f]{64})\n/.exec((await cli('verify-audit')).out)![1]!;
  expect(await cli('verify-audit', ['--head', head])).toMatchObject({ code: 0, out: expect.stringContaining('The chain still holds the head given.') });

  await cutAfter(1, true);
  expect(await cli('verify-audit')).toMatchObject({ code: 0, out: expect.stringContaining('Audit trail intact: 1 events') });
  const given = await cli('verify-audit', ['--head', head]);
  expect(given.code).toBe(1);
  expect(given.out).toContain('Audit trail BROKEN: events after #1 up to the head given (#3) are gone.');
}, 240_000);

test('when a head is not written SEQ:HASH, then audit:verify exits 2 saying how, and checks nothing', async () => {
  const bad = await cli('verify-audit', ['--head', '3:not-a-hash']);
  expect(bad.code).toBe(2);
  expect(bad.out).toContain('--head 3:not-a-hash: a head is written SEQ:HASH');
  expect(bad.out).toContain('Usage: npm run audit:verify');
  expect(await cli('verify-audit', ['--heads', '3'])).toMatchObject({ code: 2 });
}, 120_000);

test('when --wait is not a number of seconds, then audit:verify exits 2 saying how, and checks nothing', async () => {
  const bad = await cli('verify-audit', ['--wait', 'soon']);
  expect(bad.code).toBe(2);
  expect(bad.out).toContain('--wait soon: give a number of seconds from 0 to 86400');
  expect(bad.out).toContain('Exit code: 0 intact, 1 broken, 2 a wrong argument, 3 intact as far as linked');
}, 120_000);
