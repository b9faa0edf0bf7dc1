import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { headText, type ChainHead } from '../../server/audit/heads';
import { linkPendingAuditEvents, recordAudit, verifyAuditChain } from '../../server/audit/service';
import type { Db } from '../../server/db/knex';
import { checkTrailNow } from '../support/audit';
import { runCliScript } from '../support/cli';
import { createUser, isolatedDatabase, newAgent, signIn, type IsolatedDatabase } from '../support';

// A trail of its own: the test rewrites an event and the database's hash function, which every check of a shared database would see.
let iso: IsolatedDatabase;
let app: Express;
let dataDir: string;
beforeAll(async () => {
  iso = await isolatedDatabase();
  app = iso.app();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-audit-forged-'));
}, 120_000);
afterAll(async () => {
  await iso?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm run audit:verify` in a process of its own, on this database (the embedded one too, through its socket). */
const verifyAudit = (args: string[]) => {
  const { connectionString } = iso.db.client.config.connection as { connectionString: string };
  return runCliScript(dataDir, 'verify-audit', args, { DATABASE_URL: connectionString });
};

/**
 * What the security review did as the table's owner: an event's actor and content rewritten behind the append-only
 * trigger, then audit_event_hash() renamed and replaced by one that answers the stored hash for that event.
 */
async function forge(db: Db, eventId: number, actorId: number): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await trx('audit_events').where({ id: eventId }).update({ actor_id: actorId, after: JSON.stringify({ role: 'admin' }), note: 'rewritten' });
    await trx.raw('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    await trx.raw('ALTER FUNCTION audit_event_hash(audit_events) RENAME TO audit_event_hash_v1');
    await trx.raw(`CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT CASE WHEN e.id = ${Number(eventId)} AND e.seq IS NOT NULL THEN e.hash ELSE audit_event_hash_v1(e) END $$`);
  });
}

test('when an event is rewritten and audit_event_hash() replaced by one that vouches for it, then audit:verify and the check in the app both name that event altered', async () => {
  const { user: admin, password } = await createUser(iso.db, { role: 'admin' });
  const { user: other } = await createUser(iso.db);
  for (let i = 0; i < 4; i++) await recordAudit(iso.db, { actorId: admin.id, action: 'user.update', entityType: 'user', entityId: admin.id, after: { i } });
  await linkPendingAuditEvents(iso.db);
  const before = await verifyAuditChain(iso.db);
  expect(before).toMatchObject({ ok: true });
  const kept = headText((before as { head: ChainHead }).head);
  const target = await iso.db('audit_events').where({ seq: 3 }).first('id', 'actor_id');
  expect(target.actor_id).not.toBe(other.id);

  await forge(iso.db, target.id, other.id);
  // the database's own function now vouches for every link, the rewritten one too: a verifier asking it sees nothing
  const { rows: [vouched] } = await iso.db.raw('SELECT count(*)::int AS n FROM audit_events WHERE seq IS NOT NULL AND audit_event_hash(audit_events.*) <> hash');
  expect(vouched).toEqual({ n: 0 });

  const cli = await verifyAudit(['--head', kept]);
  expect(cli.code).toBe(1);
  expect(cli.out).toContain(`Audit trail BROKEN: event ${target.id} (#3) was altered: its content no longer matches its hash.`);
  expect(cli.out).not.toContain('intact');
  expect(cli.out).not.toContain('still holds');

  const agent = await signIn(newAgent(app), admin.email, password);
  const check = await checkTrailNow(iso.db, agent);
  expect(check).toMatchObject({ outcome: 'broken', problem: 'altered', broken_event_id: target.id, events_checked: 3, head_seq: null });
  const page = await agent.get('/audit/check');
  expect(page.text).toContain(`<strong>Audit trail BROKEN: event ${target.id} (#3) was altered: its content no longer matches its hash.</strong>`);
  expect(page.text).toContain(`href="/audit?after=${target.id + 1}"`);
}, 120_000);
