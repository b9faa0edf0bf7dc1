import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { linkPendingAuditEvents, recordAudit, verifyAuditChain } from '../../server/audit/service';
import { checkTrailNow } from '../support/audit';
import { runCliScript } from '../support/cli';
import { createUser, isolatedDatabase, newAgent, signIn, type IsolatedDatabase } from '../support';

// The embedded database is one session: its connections share every advisory lock, and a transaction open on one stops
// the others at their next statement. A session holding the chain's lock against the others exists only on a server.
(process.env.DATABASE_URL?.trim() ? describe : describe.skip)('a chain lock another session keeps', () => {
  let iso: IsolatedDatabase;
  let url: string;
  let dataDir: string;
  let holder: pg.Client;
  beforeAll(async () => {
    iso = await isolatedDatabase();
    ({ connectionString: url } = iso.db.client.config.connection as { connectionString: string });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-audit-lock-'));
  }, 120_000);
  afterAll(async () => {
    await iso?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A session that takes the chain's lock, as a bulk load or a transaction left open in psql does, and keeps it. */
  async function holdChainLock(): Promise<number> {
    holder = new pg.Client({ connectionString: url, application_name: 'bulk-load' });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtext('audit_events_chain'))`);
    return (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  }
  afterEach(async () => {
    await holder?.query('ROLLBACK').catch(() => undefined);
    await holder?.end();
  });

  test('when nothing is pending, then verification does not wait for the lock', async () => {
    const { user } = await createUser(iso.db);
    await recordAudit(iso.db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id });
    await linkPendingAuditEvents(iso.db);
    await holdChainLock();
    const started = Date.now();
    expect(await verifyAuditChain(iso.db, [], 5_000)).toEqual({ ok: true, events: expect.any(Number), head: expect.any(Object), pending: 0 });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  test('when events are pending, then audit:verify waits as long as told, checks what is linked, names the holder and exits 3; once it lets go, exit 0', async () => {
    const { user } = await createUser(iso.db);
    await recordAudit(iso.db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id });
    const pid = await holdChainLock();
    const started = Date.now();
    const held = await verifyAudit(['--wait', '1']);
    expect(held.code).toBe(3);
    expect(held.out).toMatch(new RegExp(`^Audit trail intact: \\d+ events, hash chain verified\\. 1 event is not linked and was not checked: process ${pid} ` +
      `\\(user postgres, application bulk-load, idle in transaction since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\) has held the chain's lock ` +
      "for more than 1 s; check again once it lets go\\.$", 'm'));
    expect(held.out).toMatch(/^Head: \d+:[0-9a-f]{64}$/m);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(await iso.db('audit_checks').orderBy('id', 'desc').first('outcome', 'pending')).toEqual({ outcome: 'intact', pending: 1 });

    await holder.query('ROLLBACK');
    const released = await verifyAudit([]);
    expect(released.code).toBe(0);
    expect(released.out).not.toContain('not linked');
  }, 60_000);

  test('when events are pending, then the check in the app finishes after its wait instead of running on, saying who holds the lock', async () => {
    const { user, password } = await createUser(iso.db, { role: 'admin' });
    const agent = await signIn(newAgent(iso.app()), user.email, password);
    const pid = await holdChainLock();
    const check = await checkTrailNow(iso.db, agent, 30_000);
    // the sign-in and the check's own start wait to be linked
    expect(check).toMatchObject({ outcome: 'intact', pending: 2 });
    expect(check.message).toContain(`2 events are not linked and were not checked: process ${pid} (user postgres, application bulk-load, idle in transaction since `);
    expect((await agent.get('/audit/check')).text).toContain(`has held the chain&#39;s lock for more than 10 s; check again once it lets go.`);
  }, 60_000);

  const verifyAudit = (args: string[]) => runCliScript(dataDir, 'verify-audit', args, { DATABASE_URL: url });
});
