import type { Db } from '../db/knex';
import { chainLinks, insertAuditEvent, type AuditEventRow } from './repository';

export interface AuditInput {
  actorId: number | null;
  /** `entity.verb`, e.g. `user.create`, `claim.verdict` */
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
  ip?: string | null;
}

/**
 * Appends one event to the audit trail. Pass the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export function recordAudit(trx: Db, input: AuditInput): Promise<AuditEventRow> {
  return insertAuditEvent(trx, {
    actor_id: input.actorId,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId == null ? null : String(input.entityId),
    before: toJson(input.before),
    after: toJson(input.after),
    note: input.note ?? null,
    ip: input.ip ?? null,
  });
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export type ChainReport =
  | { ok: true; events: number }
  | { ok: false; events: number; problem: 'altered' | 'removed' | 'reordered'; eventId: number; seq: number; message: string };

/**
 * Recomputes the hash chain in order and names the first event that no longer fits:
 * its content changed (altered), events before it are missing (removed), or it points at a
 * different predecessor (reordered or removed).
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let previous: { seq: number; hash: string } = { seq: 0, hash: '0'.repeat(64) };
  let events = 0;
  for await (const link of chainLinks(db)) {
    events++;
    const at = { eventId: link.id, seq: link.seq, events };
    if (link.recomputed !== link.hash) {
      return { ok: false, problem: 'altered', ...at, message: `event ${link.id} (#${link.seq}) was altered: its content no longer matches its hash` };
    }
    if (link.seq !== previous.seq + 1) {
      return { ok: false, problem: 'removed', ...at, message: `events #${previous.seq + 1}–#${link.seq - 1} before event ${link.id} (#${link.seq}) were removed` };
    }
    if (link.prev_hash !== previous.hash) {
      return { ok: false, problem: 'reordered', ...at, message: `event ${link.id} (#${link.seq}) does not follow #${previous.seq}: the chain was reordered or rewritten` };
    }
    previous = link;
  }
  return { ok: true, events };
}
