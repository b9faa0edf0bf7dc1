import type { Db } from '../db/knex';

export interface AuditEventRow {
  id: number;
  seq: number;
  occurred_at: Date;
  actor_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface NewAuditEvent {
  actor_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  note: string | null;
  ip: string | null;
}

const COLUMNS = [
  'id', 'seq', 'occurred_at', 'actor_id', 'action', 'entity_type', 'entity_id',
  'before', 'after', 'note', 'ip', 'prev_hash', 'hash',
] as const;

/** The trigger fills seq, prev_hash and hash. */
export async function insertAuditEvent(db: Db, row: NewAuditEvent): Promise<AuditEventRow> {
  const [inserted] = await db('audit_events')
    .insert({
      ...row,
      before: db.raw('?::jsonb', [row.before]),
      after: db.raw('?::jsonb', [row.after]),
    })
    .returning(COLUMNS);
  return inserted as AuditEventRow;
}

export interface ChainLink {
  id: number;
  seq: number;
  prev_hash: string;
  hash: string;
  recomputed: string;
}

/** Every event in chain order with its hash recomputed from its stored content. */
export async function* chainLinks(db: Db, batchSize = 5000): AsyncGenerator<ChainLink> {
  let after = 0;
  for (;;) {
    const rows: ChainLink[] = await db('audit_events')
      .select('id', 'seq', 'prev_hash', 'hash', db.raw('audit_event_hash(audit_events.*) AS recomputed'))
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batchSize);
    yield* rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.seq;
  }
}
