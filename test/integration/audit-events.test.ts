import { recordAudit, verifyAuditChain } from '../../server/audit/service';
import type { Trx } from '../../server/db/knex';
import { createUser, getTestDb } from '../support';

const db = getTestDb();

/** Runs `fn` in a transaction that is always rolled back, with triggers off where the test says so. */
async function inRolledBackTransaction(fn: (trx: Trx) => Promise<void>): Promise<void> {
  const undo = new Error('rollback');
  await expect(db.transaction(async (trx) => {
    await fn(trx);
    throw undo;
  })).rejects.toBe(undo);
}

async function threeEvents(trx: Trx) {
  const { user } = await createUser(trx);
  const made = [];
  for (const action of ['user.update', 'user.password_reset', 'user.sign_out']) {
    made.push(await recordAudit(trx, { actorId: user.id, action, entityType: 'user', entityId: user.id, after: { n: made.length } }));
  }
  return made;
}

test('when an event is recorded, then it extends the hash chain from the previous event', async () => {
  const { user } = await createUser(db);
  const a = await recordAudit(db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, before: { role: 'editor' }, after: { role: 'admin' }, ip: '127.0.0.1' });
  const b = await recordAudit(db, { actorId: null, action: 'user.sign_in_failed', entityType: 'user', entityId: null, note: 'x' });
  expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(b.seq).toBeGreaterThan(a.seq);
  const previousOfB = await db('audit_events').select('hash').where({ seq: b.seq - 1 }).first();
  expect(b.prev_hash).toBe(previousOfB.hash);
  expect(a).toMatchObject({ before: { role: 'editor' }, after: { role: 'admin' }, entity_id: String(user.id), ip: '127.0.0.1' });
});

test('when anyone tries UPDATE, DELETE or TRUNCATE on audit_events, then the database refuses', async () => {
  const { user } = await createUser(db);
  const e = await recordAudit(db, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id });
  await expect(db('audit_events').where({ id: e.id }).update({ note: 'rewritten' })).rejects.toThrow(/append-only: UPDATE refused/);
  await expect(db('audit_events').where({ id: e.id }).del()).rejects.toThrow(/append-only: DELETE refused/);
  await expect(db.raw('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE refused/);
  expect(await db('audit_events').select('note').where({ id: e.id }).first()).toEqual({ note: null });
});

test('when a row is inserted with made-up chain values, then the trigger overwrites them', async () => {
  const { user } = await createUser(db);
  const [row] = await db('audit_events')
    .insert({ actor_id: user.id, action: 'user.update', entity_type: 'user', entity_id: String(user.id), seq: 1, prev_hash: 'x', hash: 'y' })
    .returning(['seq', 'prev_hash', 'hash']);
  expect(row.seq).toBeGreaterThan(1);
  expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
});

test('when the trail is untouched, then verification passes', async () => {
  await inRolledBackTransaction(async (trx) => {
    await threeEvents(trx);
    const report = await verifyAuditChain(trx);
    expect(report).toMatchObject({ ok: true });
  });
});

test('when an event is altered behind the triggers, then verification names that event', async () => {
  await inRolledBackTransaction(async (trx) => {
    const [, middle] = await threeEvents(trx);
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx('audit_events').where({ id: middle!.id }).update({ after: JSON.stringify({ n: 99 }) });
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: false, problem: 'altered', eventId: middle!.id });
  });
});

test('when an event is removed, then verification names the event after the gap', async () => {
  await inRolledBackTransaction(async (trx) => {
    const [, middle, last] = await threeEvents(trx);
    await trx.raw('SET LOCAL session_replication_role = replica');
    await trx('audit_events').where({ id: middle!.id }).del();
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: false, problem: 'removed', eventId: last!.id });
  });
});

test('when two events swap places, then verification names the first one out of order', async () => {
  await inRolledBackTransaction(async (trx) => {
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
