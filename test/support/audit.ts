import type { Db, Trx } from '../../server/db/knex';
import type { AuditEventRow } from '../../server/audit/repository';

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
