import type { Db, Trx } from '../../server/db/knex';
import type { AuditEventRow } from '../../server/audit/repository';
import { csrfFrom, type Agent } from './http';

/** The audit events about one record, oldest first (linked into the chain or still pending). */
export async function auditEventsFor(db: Db, entityType: string, entityId: string | number): Promise<AuditEventRow[]> {
  return db('audit_events')
    .select('*')
    .where({ entity_type: entityType, entity_id: String(entityId) })
    .orderBy('id');
}

/** Runs `fn` in a transaction that is always rolled back: what it does to the trail behind its triggers stays there. */
export async function inRolledBackTransaction(db: Db, fn: (trx: Trx) => Promise<void>): Promise<void> {
  const undo = new Error('rollback');
  await expect(db.transaction(async (trx) => {
    await fn(trx);
    throw undo;
  })).rejects.toBe(undo);
}

/** Starts a check of the whole trail as an admin does on /audit/check, and waits for it to finish: the check's row. */
export async function checkTrailNow(db: Db, agent: Agent, timeoutMs = 20_000) {
  const page = await agent.get('/audit/check');
  await agent.post('/audit/check').type('form').send({ _csrf: csrfFrom(page.text) });
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 50))) {
    if (!(await db('audit_checks').whereNull('finished_at').first())) return db('audit_checks').orderBy('id', 'desc').first();
  }
  throw new Error(`the check did not finish within ${timeoutMs / 1000} s`);
}
