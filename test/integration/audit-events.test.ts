import { startAuditChainer } from '../../server/audit/chainer';
import { linkPendingEvents } from '../../server/audit/repository';
import { linkPendingAuditEvents, recordAudit, verifyAuditChain } from '../../server/audit/service';
import { createDb, type Db, type Trx } from '../../server/db/knex';
import { inRolledBackTransaction } from '../support/audit';
import { createUser, getTestDb, testDatabaseUrl } from '../support';

const db = getTestDb();
const LOCK = "SELECT pg_advisory_xact_lock(hashtext('audit_events_chain'))";

/** Three events about a new user, linked into the chain. */
async function threeEvents(trx: Trx) {
  const { user } = await createUser(trx);
  const made = [];
  for (const action of ['user.update', 'user.password_reset', 'user.sign_out']) {
    made.push(await recordAudit(trx, { actorId: user.id, action, entityType: 'user', entityId: user.id, after: { n: made.length } }));
  }
  await linkPendingAuditEvents(trx);
  return trx('audit_events').whereIn('id', made.map((e) => e.id)).orderBy('id').select('id', 'seq', 'hash');
}

const eventRow = (conn: Db, id: number) => conn('audit_events').where({ id }).first('id', 'seq', 'prev_hash', 'hash', 'note');

/** The chain's last link as the linker reads it. */
async function lastLink(conn: Db): Promise<{ seq: number; hash: string }> {
  const row = await conn('audit_events').whereNotNull('seq').orderBy('seq', 'desc').first('seq', 'hash');
  return row ?? { seq: 0, hash: '0'.repeat(64) };
}

/** The hash the event would have as link `seq` after `prevHash`, its content as stored or with `changes`. */
async function hashAs(conn: Db, id: number, seq: number, prevHash: string, changes: Record<string, unknown> = {}): Promise<string> {
  const { rows } = await conn.raw(
    `SELECT audit_event_hash(jsonb_populate_record(NULL::audit_events, to_jsonb(e) || ?::jsonb)) AS hash FROM audit_events e WHERE id = ?`,
    [JSON.stringify({ ...changes, seq, prev_hash: prevHash }), id],
  );
  return rows[0].hash;
}

/** A forged change must fail without spoiling the surrounding transaction. */
const refusedInSavepoint = (trx: Trx, change: (sp: Trx) => Promise<unknown>) => expect(trx.transaction(change)).rejects.toThrow(/append-only: UPDATE refused/);

test('when an event is recorded, then it is written pending and linked after its commit as the chain\'s next event', async () => {
  const { user } = await createUser(db);
  const a = await recordAudit(db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, before: { role: 'editor' }, after: { role: 'admin' }, ip: '127.0.0.1' });
  expect(a).toMatchObject({ seq: null, prev_hash: null, hash: null, before: { role: 'editor' }, after: { role: 'admin' }, entity_id: String(user.id), ip: '127.0.0.1' });
  const b = await recordAudit(db, { actorId: null, action: 'user.sign_in_failed', entityType: 'user', entityId: null, note: 'x' });
  await linkPendingAuditEvents(db);
  const [linkedA, linkedB] = [await eventRow(db, a.id), await eventRow(db, b.id)];
  expect(linkedA.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(linkedB.seq).toBe(linkedA.seq + 1);
  expect(linkedB.prev_hash).toBe(linkedA.hash);
});

// The embedded database is one session that runs one transaction at a time: nothing uncommitted is ever beside it.
const withConcurrentSessions = process.env.DATABASE_URL?.trim() ? test : test.skip;

withConcurrentSessions('when an event is not committed yet, then the linker leaves it pending and links it once it commits', async () => {
  const { user } = await createUser(db);
  let pendingId = 0;
  const trx = await db.transaction();
  try {
    pendingId = (await recordAudit(trx, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id })).id;
    const later = await recordAudit(db, { actorId: user.id, action: 'user.sign_out', entityType: 'user', entityId: user.id });
    await linkPendingAuditEvents(db);
    expect((await eventRow(db, later.id)).seq).toEqual(expect.any(Number));
    expect((await eventRow(trx, pendingId)).seq).toBeNull();
    await trx.commit();
  } finally {
    if (!trx.isCompleted()) await trx.rollback();
  }
  await linkPendingAuditEvents(db);
  expect((await eventRow(db, pendingId)).seq).toEqual(expect.any(Number));
});

test('when events are committed, then the chainer links them in id order without being asked', async () => {
  const { user } = await createUser(db);
  const ids: number[] = [];
  for (let i = 0; i < 5; i++) ids.push((await recordAudit(db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, after: { i } })).id);
  const deadline = Date.now() + 5000;
  let rows: Array<{ id: number; seq: number | null }> = [];
  while (Date.now() < deadline) {
    rows = await db('audit_events').whereIn('id', ids).orderBy('id').select('id', 'seq');
    if (rows.every((r) => r.seq !== null)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seqs = rows.map((r) => r.seq!);
  expect(seqs.every((s) => s !== null)).toBe(true);
  expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
});

test('when an audited transaction commits, then its process links the event at once, without waiting for the timer', async () => {
  const pool = createDb(testDatabaseUrl(), { poolMax: 2 });
  const chainer = startAuditChainer(pool, { intervalMs: 3_600_000 });
  let passes = 0;
  pool.on('query', (q: { sql: string }) => { if (q.sql.includes('audit_events_link_pending')) passes++; });
  try {
    const { user } = await createUser(db);
    const event = await pool.transaction((trx) => recordAudit(trx, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id }));
    const deadline = Date.now() + 2000;
    while (passes === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(passes).toBeGreaterThan(0);
    await chainer.kick();
    expect((await eventRow(db, event.id)).seq).toEqual(expect.any(Number));
  } finally {
    await chainer.stop();
    await pool.destroy();
  }
});

test('when anyone tries UPDATE, DELETE or TRUNCATE on audit_events, then the database refuses', async () => {
  const { user } = await createUser(db);
  const e = await recordAudit(db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id });
  await expect(db('audit_events').where({ id: e.id }).del()).rejects.toThrow(/append-only: DELETE refused/);
  await linkPendingAuditEvents(db);
  await expect(db('audit_events').where({ id: e.id }).update({ note: 'rewritten' })).rejects.toThrow(/append-only: UPDATE refused/);
  await expect(db('audit_events').where({ id: e.id }).del()).rejects.toThrow(/append-only: DELETE refused/);
  await expect(db.raw('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE refused/);
  expect(await db('audit_events').select('note').where({ id: e.id }).first()).toEqual({ note: null });
});

test('when a pending event is rewritten or linked with forged values, then the database refuses; the true link is accepted', async () => {
  const { user } = await createUser(db);
  await inRolledBackTransaction(db, async (trx) => {
    await trx.raw(LOCK);
    await linkPendingEvents(trx, 1_000_000);
    const e = await recordAudit(trx, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, note: 'true' });
    const last = await lastLink(trx);
    const seq = last.seq + 1;
    const good = await hashAs(trx, e.id, seq, last.hash);
    await refusedInSavepoint(trx, (sp) => sp('audit_events').where({ id: e.id }).update({ note: 'rewritten' }));
    await refusedInSavepoint(trx, (sp) => sp('audit_events').where({ id: e.id }).update({ seq, prev_hash: last.hash, hash: 'f'.repeat(64) }));
    await refusedInSavepoint(trx, async (sp) => sp('audit_events').where({ id: e.id })
      .update({ seq: seq + 1, prev_hash: last.hash, hash: await hashAs(sp, e.id, seq + 1, last.hash) }));
    await refusedInSavepoint(trx, async (sp) => sp('audit_events').where({ id: e.id })
      .update({ seq, prev_hash: 'a'.repeat(64), hash: await hashAs(sp, e.id, seq, 'a'.repeat(64)) }));
    await refusedInSavepoint(trx, async (sp) => sp('audit_events').where({ id: e.id })
      .update({ seq, prev_hash: last.hash, note: 'forged', hash: await hashAs(sp, e.id, seq, last.hash, { note: 'forged' }) }));
    expect(await eventRow(trx, e.id)).toMatchObject({ seq: null, hash: null, note: 'true' });

    await trx('audit_events').where({ id: e.id }).update({ seq, prev_hash: last.hash, hash: good });
    expect(await eventRow(trx, e.id)).toMatchObject({ seq, prev_hash: last.hash, hash: good });
    await refusedInSavepoint(trx, (sp) => sp('audit_events').where({ id: e.id }).update({ note: 'rewritten' }));
    await refusedInSavepoint(trx, (sp) => sp('audit_events').where({ id: e.id }).update({ seq: null, prev_hash: null, hash: null }));
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: true });
  });
});

test('when a row is inserted with made-up chain values, then the database refuses it', async () => {
  const { user } = await createUser(db);
  for (const forged of [{ seq: 1 }, { prev_hash: 'x' }, { hash: 'y' }, { seq: 1, prev_hash: 'x', hash: 'y' }]) {
    await expect(db('audit_events').insert({ actor_id: user.id, action: 'user.update', entity_type: 'user', entity_id: String(user.id), ...forged }))
      .rejects.toThrow(/inserted pending/);
  }
});

test('when an event is inserted with a time of its own, then the database stamps its transaction\'s time, the same for every event of the transaction, and the chain verifies', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    const { user } = await createUser(trx);
    const { rows: [{ began }] } = await trx.raw('SELECT transaction_timestamp() AS began');
    const [backdated] = await trx('audit_events')
      .insert({ occurred_at: '2020-01-01 09:00+00', actor_id: user.id, action: 'user.update', entity_type: 'user', entity_id: String(user.id) })
      .returning(['id', 'occurred_at']);
    await trx.raw('SELECT pg_sleep(0.02)');
    const later = await recordAudit(trx, { actorId: user.id, action: 'user.sign_out', entityType: 'user', entityId: user.id });
    expect(backdated.occurred_at).toEqual(began);
    expect(later.occurred_at).toEqual(began);
    await linkPendingAuditEvents(trx);
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: true });
    expect(await trx('audit_events').where({ id: backdated.id }).first('occurred_at')).toEqual({ occurred_at: began });
  });
});

test('when two chainers on separate pools race over many concurrent writes, then every event is linked once into one valid chain', async () => {
  const pools = [createDb(testDatabaseUrl(), { poolMax: 3 }), createDb(testDatabaseUrl(), { poolMax: 3 })];
  const chainers = pools.map((p) => startAuditChainer(p, { intervalMs: 5, batch: 7 }));
  try {
    const { user } = await createUser(db);
    const writes = Array.from({ length: 200 }, (_, i) => pools[i % 2]!.transaction((trx) =>
      recordAudit(trx, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, after: { i } })));
    const ids = (await Promise.all(writes)).map((e) => e.id);
    await Promise.all(chainers.map((c) => c.kick()));
    await Promise.all(pools.map((p) => linkPendingEvents(p, 1000, true)));
    const rows: Array<{ seq: number | null }> = await db('audit_events').whereIn('id', ids).select('seq');
    expect(rows.filter((r) => r.seq === null)).toEqual([]);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(ids.length);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  } finally {
    await Promise.all(chainers.map((c) => c.stop()));
    await Promise.all(pools.map((p) => p.destroy()));
  }
});

test('when the trail is untouched, then verification passes', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    await threeEvents(trx);
    const report = await verifyAuditChain(trx);
    expect(report).toMatchObject({ ok: true, pending: 0 });
  });
});

test('when an event is altered behind the triggers, then verification names that event', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    const [, middle] = await threeEvents(trx);
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx('audit_events').where({ id: middle!.id }).update({ after: JSON.stringify({ n: 99 }) });
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: false, problem: 'altered', eventId: middle!.id });
  });
});

test('when an event is removed, then verification names the event after the gap', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    const [, middle, last] = await threeEvents(trx);
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx('audit_events').where({ id: middle!.id }).del();
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: false, problem: 'removed', eventId: last!.id });
  });
});

test('when two events swap places, then verification names the first one out of order', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    const [first, second] = await threeEvents(trx);
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx('audit_events').where({ id: first!.id }).update({ seq: -1 });
    await trx('audit_events').where({ id: second!.id }).update({ seq: first!.seq });
    await trx('audit_events').where({ id: first!.id }).update({ seq: second!.seq });
    const report = await verifyAuditChain(trx);
    expect(report).toMatchObject({ ok: false, eventId: second!.id });
    expect(['altered', 'reordered']).toContain((report as { problem: string }).problem);
  });
});
