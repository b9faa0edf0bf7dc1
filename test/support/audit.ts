import type { Db } from '../../server/db/knex';
import type { AuditEventRow } from '../../server/audit/repository';

/** The audit events about one record, oldest first (linked into the chain or still pending). */
export async function auditEventsFor(db: Db, entityType: string, entityId: string | number): Promise<AuditEventRow[]> {
  return db('audit_events')
    .select('*')
    .where({ entity_type: entityType, entity_id: String(entityId) })
    .orderBy('id');
}
