import { resultOf } from '../../server/audit/check';
import { recordCommandLineCheck } from '../../server/audit/check-repository';
import type { ChainHead } from '../../server/audit/heads';
import { linkPendingAuditEvents, recordAudit, verifyAuditChain, type ChainReport } from '../../server/audit/service';
import type { Trx } from '../../server/db/knex';
import { inRolledBackTransaction } from '../support/audit';
import { createUser, getTestDb } from '../support';

const db = getTestDb();

/** `n` events about a new account, linked into the chain. */
async function events(trx: Trx, n: number): Promise<void> {
  const { user } = await createUser(trx);
  for (let i = 0; i < n; i++) await recordAudit(trx, { actorId: user.id, action: 'user.update', entityType: 'user', entityId: user.id, after: { i } });
  await linkPendingAuditEvents(trx);
}

/** Verifies the chain and records the check as `npm run audit:verify` does: its id, when it finished, the head it verified. */
async function recordedCheck(trx: Trx): Promise<{ id: number; at: string; head: ChainHead }> {
  const report = await verifyAuditChain(trx);
  expect(report).toMatchObject({ ok: true });
  const id = await recordCommandLineCheck(trx, 10, resultOf(report));
  const { finished_at: finished } = await trx('audit_checks').where({ id }).first('finished_at');
  return { id, at: `${(finished as Date).toISOString().replace('T', ' ').slice(0, 16)} UTC`, head: (report as { head: ChainHead }).head };
}

/** Removes the links after `seq` behind the triggers, as a superuser or the table's owner can. */
async function cutAfter(trx: Trx, seq: number): Promise<void> {
  await trx.raw('SET LOCAL session_replication_role = replica');
  await trx('audit_events').where('seq', '>', seq).del();
  await trx.raw('SET LOCAL session_replication_role = origin');
}

const lastSeq = async (trx: Trx): Promise<number> => Number((await trx('audit_events').max({ n: 'seq' }).first())!.n);

test('when the chain holds every head checks verified and those given, then verification passes and reports its last link as its head', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    await events(trx, 2);
    const first = await recordedCheck(trx);
    await events(trx, 2);
    const report = await verifyAuditChain(trx, [first.head]);
    const last = await trx('audit_events').orderBy('seq', 'desc').first('seq', 'hash');
    expect(report).toEqual({ ok: true, events: last.seq, head: { seq: last.seq, hash: last.hash }, pending: 0 });
    const recorded = await trx('audit_checks').where({ id: first.id }).first('started_from', 'started_by', 'outcome', 'head_seq', 'head_hash');
    expect(recorded).toEqual({ started_from: 'command_line', started_by: null, outcome: 'intact', head_seq: first.head.seq, head_hash: first.head.hash });
  });
});

test('when events are cut off the end after a check verified them, then verification says which are gone and which check verified them', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    await events(trx, 4);
    const check = await recordedCheck(trx);
    await cutAfter(trx, check.head.seq - 2);
    const report = await verifyAuditChain(trx);
    expect(report).toMatchObject({ ok: false, problem: 'truncated', seq: check.head.seq, eventId: null, events: check.head.seq - 2 });
    expect((report as { message: string }).message)
      .toBe(`events after #${check.head.seq - 2} that check ${check.id} of ${check.at} verified (up to #${check.head.seq}) are gone`);
  });
});

test('when the chain was cut and has grown past a verified head since, then verification says the event at that head was replaced, after the last head still held', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    await events(trx, 2);
    const earlier = await recordedCheck(trx);
    await events(trx, 3);
    const later = await recordedCheck(trx);
    await cutAfter(trx, earlier.head.seq);
    await events(trx, 5);
    expect(await lastSeq(trx)).toBeGreaterThan(later.head.seq);
    const now = await trx('audit_events').where({ seq: later.head.seq }).first('id');
    const report = await verifyAuditChain(trx);
    expect(report).toMatchObject({ ok: false, problem: 'replaced', seq: later.head.seq, eventId: now.id });
    expect((report as { message: string }).message).toBe(`event #${later.head.seq} is not the one check ${later.id} of ${later.at} verified: ` +
      `events after #${earlier.head.seq} (which still matches check ${earlier.id} of ${earlier.at}) up to #${later.head.seq} were removed or rewritten`);
  });
});

test('when the checks recorded are removed with the events, then only a head kept outside the database shows what is gone', async () => {
  await inRolledBackTransaction(db, async (trx) => {
    await events(trx, 4);
    const kept = (await recordedCheck(trx)).head;
    await cutAfter(trx, kept.seq - 1);
    await trx('audit_checks').del();
    expect(await verifyAuditChain(trx)).toMatchObject({ ok: true, events: kept.seq - 1 });
    const cut: ChainReport = await verifyAuditChain(trx, [kept]);
    expect(cut).toMatchObject({ ok: false, problem: 'truncated', message: `events after #${kept.seq - 1} up to the head given (#${kept.seq}) are gone` });
    const forged = { seq: kept.seq - 1, hash: 'f'.repeat(64) };
    expect(await verifyAuditChain(trx, [forged])).toMatchObject({
      ok: false, problem: 'replaced', seq: forged.seq, message: `event #${forged.seq} is not the head given: events up to #${forged.seq} were removed or rewritten`,
    });
  });
});
