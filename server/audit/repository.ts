import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db/knex';
import type { KnownHead } from './heads';

/** seq, prev_hash and hash stay null while the event is pending: written, not yet linked into the chain. */
export interface AuditEventRow {
  id: number;
  seq: number | null;
  occurred_at: Date;
  actor_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  ip: string | null;
  prev_hash: string | null;
  hash: string | null;
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

/** Inserted pending; the chain links it once it has committed. */
export async function insertAuditEvent(db: Db, row: NewAuditEvent): Promise<AuditEventRow> {
  const [inserted] = await db('audit_events').insert(withJsonb(db, row)).returning(COLUMNS);
  return inserted as AuditEventRow;
}

/** Many events in one statement. */
export async function insertAuditEvents(db: Db, rows: NewAuditEvent[]): Promise<void> {
  await db('audit_events').insert(rows.map((row) => withJsonb(db, row)));
}

function withJsonb(db: Db, row: NewAuditEvent) {
  return { ...row, before: db.raw('?::jsonb', [row.before]), after: db.raw('?::jsonb', [row.after]) };
}

export interface ChainLink {
  id: number;
  seq: number;
  prev_hash: string;
  hash: string;
  recomputed: string;
}

/**
 * Told how many links a chain read has handed out so far, after each batch: set around a verification that shows its
 * progress (an admin's check in the app), which goes through the verifier every other caller uses.
 */
export const chainReadProgress = new AsyncLocalStorage<(linksRead: number) => void>();

/** Every event in chain order with its hash recomputed from its stored content, a batch in memory at a time. */
export async function* chainLinks(db: Db, batchSize = 5000): AsyncGenerator<ChainLink> {
  const progress = chainReadProgress.getStore();
  let after = 0;
  let read = 0;
  for (;;) {
    const rows: ChainLink[] = await db('audit_events')
      .select('id', 'seq', 'prev_hash', 'hash', db.raw('audit_event_hash(audit_events.*) AS recomputed'))
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batchSize);
    yield* rows;
    read += rows.length;
    progress?.(read);
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.seq;
  }
}

/**
 * Links up to `batch` committed pending events as the chain's next links. Null when another linker holds the chain
 * (it will take these too, or the next pass will); with `wait`, waits for it instead.
 */
export async function linkPendingEvents(db: Db, batch: number, wait = false): Promise<number | null> {
  const { rows } = await db.raw('SELECT audit_events_link_pending(?, ?) AS linked', [batch, wait]);
  return (rows as Array<{ linked: number | null }>)[0]!.linked;
}

/** Each head an intact check verified, named by the newest check that verified it: what the chain must still hold. */
export async function verifiedHeads(db: Db): Promise<KnownHead[]> {
  const rows: Array<{ id: number; finished_at: Date; head_seq: number; head_hash: string }> = await db('audit_checks')
    .distinctOn('head_seq', 'head_hash')
    .whereNotNull('head_seq')
    .orderBy([{ column: 'head_seq' }, { column: 'head_hash' }, { column: 'id', order: 'desc' }])
    .select('id', 'finished_at', 'head_seq', 'head_hash');
  return rows.map((r) => ({ seq: r.head_seq, hash: r.head_hash, checkId: r.id, checkedAt: r.finished_at }));
}

export async function countPendingEvents(db: Db): Promise<number> {
  const row = await db('audit_events').whereNull('seq').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}
