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

/** A linked event as the database prints each of its columns (bigints, times and jsonb too): the text its hash covers. */
export type StoredChainEvent = { [K in keyof AuditEventRow]: null extends AuditEventRow[K] ? string | null : string } & {
  seq: string;
  prev_hash: string;
  hash: string;
};

/**
 * Told how many links a chain read has handed out so far, after each batch: set around a verification that shows its
 * progress (an admin's check in the app), which goes through the verifier every other caller uses.
 */
export const chainReadProgress = new AsyncLocalStorage<(linksRead: number) => void>();

// why: a value parsed by the driver is no longer the text the hash covers (a time to the millisecond, a jsonb's key
// order and numbers, a bigint past 2^53), and no function of the database may stand between the column and the hash
const AS_PRINTED = { types: { getTypeParser: () => (value: string) => value } };

/**
 * Every linked event in chain order, its columns as printed, in batches (one in memory at a time, and the next on its
 * way while the caller works through it); no database function is called.
 */
export async function* chainLinks(db: Db, batchSize = 5000): AsyncGenerator<StoredChainEvent[]> {
  const progress = chainReadProgress.getStore();
  const batchAfter = (seq: string): Promise<StoredChainEvent[]> =>
    db('audit_events').select(COLUMNS).where('seq', '>', seq).orderBy('seq').limit(batchSize).options(AS_PRINTED);
  let next: Promise<StoredChainEvent[]> | null = batchAfter('0');
  let read = 0;
  try {
    while (next) {
      const rows: StoredChainEvent[] = await next;
      next = rows.length < batchSize ? null : batchAfter(rows.at(-1)!.seq);
      if (rows.length) yield rows;
      read += rows.length;
      progress?.(read);
    }
  } finally {
    // a caller that stops early (at a broken link) leaves no statement running behind it
    await next?.catch(() => undefined);
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

/** The session holding the chain's lock, a transaction-scoped advisory lock on hashtext('audit_events_chain'). */
export interface ChainLockHolder {
  pid: number;
  /** Null where this role may not see another role's session. */
  user: string | null;
  application: string | null;
  state: string | null;
  /** When its transaction began. */
  since: Date | null;
}

export async function chainLockHolder(db: Db): Promise<ChainLockHolder | null> {
  const { rows } = await db.raw(`
    SELECT l.pid, a.usename AS user, nullif(a.application_name, '') AS application, a.state, a.xact_start AS since
      FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.pid <> pg_backend_pid()
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND l.classid::bigint = (hashtext('audit_events_chain')::bigint >> 32) & 4294967295
       AND l.objid::bigint = hashtext('audit_events_chain')::bigint & 4294967295
     LIMIT 1`);
  return (rows as ChainLockHolder[])[0] ?? null;
}

export async function countPendingEvents(db: Db): Promise<number> {
  const row = await db('audit_events').whereNull('seq').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}
