import type { Db, Trx } from '../db/knex';
import { kickAuditChainer } from './chainer';
import { storedEventHash } from './event-hash';
import { watchHeads, type ChainHead, type KnownHead, type LostHead } from './heads';
import {
  chainLinks, chainLockHolder, countPendingEvents, insertAuditEvent, insertAuditEvents, linkPendingEvents, verifiedHeads,
  type AuditEventRow, type ChainLockHolder, type NewAuditEvent,
} from './repository';

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
 * Appends one event to the audit trail, pending until it is linked into the chain after it commits. Pass the
 * transaction that makes the change, so the change and its record commit or roll back together.
 */
export async function recordAudit(trx: Db, input: AuditInput): Promise<AuditEventRow> {
  const event = await insertAuditEvent(trx, eventRow(input));
  afterCommit(trx, () => kickAuditChainer(trx));
  return event;
}

/**
 * Appends many events at once (a removal that takes thousands of claims with it), in statements of a thousand rows,
 * pending like any other until linked into the chain. Pass the transaction that makes the change.
 */
async function recordAuditEvents(trx: Db, inputs: AuditInput[]): Promise<void> {
  for (let i = 0; i < inputs.length; i += AUDIT_INSERT_BATCH) {
    await insertAuditEvents(trx, inputs.slice(i, i + AUDIT_INSERT_BATCH).map(eventRow));
  }
  if (inputs.length) afterCommit(trx, () => kickAuditChainer(trx));
}

const AUDIT_INSERT_BATCH = 1000;

/**
 * One action that changes many records (an article removed with its claims, a merge, a deactivation giving a queue
 * back): its own event first, then each record's event, in bulk, marked `part_of_event` with the action's id in its
 * `after`, so a record's history says what changed it while lists of actions (the dashboard) show the action once.
 */
export async function recordAuditWithParts(trx: Db, action: AuditInput, parts: AuditInput[]): Promise<AuditEventRow> {
  const event = await recordAudit(trx, action);
  await recordAuditEvents(trx, parts.map((part) => ({ ...part, after: { ...(part.after as object | null | undefined), part_of_event: event.id } })));
  return event;
}

function eventRow(input: AuditInput): NewAuditEvent {
  return {
    actor_id: input.actorId,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId == null ? null : String(input.entityId),
    before: toJson(input.before),
    after: toJson(input.after),
    note: input.note ?? null,
    ip: input.ip ?? null,
  };
}

/** Runs `then` once `conn`'s outermost transaction has committed (at once outside a transaction), never on rollback. */
function afterCommit(conn: Db, then: () => void): void {
  if (!conn.isTransaction) return then();
  let trx = conn as Trx;
  while (trx.parentTransaction) trx = trx.parentTransaction;
  trx.executionPromise.then(then, () => undefined);
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export type ChainProblem = 'altered' | 'removed' | 'reordered' | LostHead['problem'];
type LinksReport =
  | { ok: true; events: number; head: ChainHead | null }
  | { ok: false; events: number; problem: ChainProblem; eventId: number | null; seq: number; message: string };
/**
 * `pending` counts events not linked when the check ended, so not verified. `lockHeld` is there when they could not be
 * linked: another session held the chain's lock for the whole wait.
 */
export type ChainReport = LinksReport & { pending: number; lockHeld?: ChainLockHeld };

const LINK_BATCH = 5000;
/** How long linking waits for the chain's lock before it gives up, by default: a linking pass holds it for milliseconds. */
export const CHAIN_LOCK_WAIT_MS = 10_000;
const LOCK_POLL_MS = 100;

/** Linking gave up: another session held the chain's lock for the whole wait, and still does. */
export class ChainLockHeld extends Error {
  constructor(readonly waitedMs: number, readonly holder: ChainLockHolder | null) {
    super(`the chain's lock was held by ${holder ? `process ${holder.pid}` : 'another session'} for more than ${waitedMs / 1000} s`);
  }
}

/**
 * Links every committed pending event now. A linker at work in another process holds the chain's lock for a batch at
 * a time, so this tries again until it gets it; a session that keeps it for `lockWaitMs` (a bulk load, a transaction
 * left open) ends the wait with ChainLockHeld, naming it, rather than hanging until it lets go.
 */
export async function linkPendingAuditEvents(db: Db, lockWaitMs = CHAIN_LOCK_WAIT_MS): Promise<number> {
  let total = 0;
  let waitingSince: number | null = null;
  for (;;) {
    const linked = await linkPendingEvents(db, LINK_BATCH);
    if (linked === null) {
      // why: the lock held while nothing is pending (a bulk load of its own) keeps nothing from being verified
      if (!(await countPendingEvents(db))) return total;
      waitingSince ??= Date.now();
      if (Date.now() - waitingSince >= lockWaitMs) throw new ChainLockHeld(lockWaitMs, await chainLockHolder(db));
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
      continue;
    }
    waitingSince = null;
    total += linked;
    if (linked < LINK_BATCH) return total;
  }
}

/**
 * Links what is pending, then recomputes the hash chain in order and names the first event that no longer fits:
 * its content changed (altered), events before it are missing (removed), or it points at a different predecessor
 * (reordered or removed). Then whether the chain still holds every head an earlier check verified, and those given
 * (kept outside the database): one it ends before lost the events after its end (truncated), one it holds another
 * event at lost events up to it (replaced). `head` is the last link verified, for the caller to record and show.
 * When the chain's lock stays held, what is linked is verified all the same and the report says what was not.
 */
export async function verifyAuditChain(db: Db, given: readonly ChainHead[] = [], lockWaitMs = CHAIN_LOCK_WAIT_MS): Promise<ChainReport> {
  const lockHeld = await linkPendingAuditEvents(db, lockWaitMs).then(() => null, (err: unknown) => {
    if (err instanceof ChainLockHeld) return err;
    throw err;
  });
  const heads: KnownHead[] = [...await verifiedHeads(db), ...given.map((h) => ({ ...h, checkId: null, checkedAt: null }))];
  const report = await verifyLinks(db, watchHeads(heads));
  const pending = await countPendingEvents(db);
  return { ...report, pending, ...(lockHeld && pending ? { lockHeld } : {}) };
}

/** The hash of every link is computed here, from its columns as stored (see event-hash.ts), never asked of the database. */
async function verifyLinks(db: Db, heads: ReturnType<typeof watchHeads>): Promise<LinksReport> {
  let previous: ChainHead = { seq: 0, hash: '0'.repeat(64) };
  let events = 0;
  for await (const batch of chainLinks(db)) {
    for (const stored of batch) {
      events++;
      const link = { id: Number(stored.id), seq: Number(stored.seq), hash: stored.hash };
      const at = { eventId: link.id, seq: link.seq, events };
      if (storedEventHash(stored) !== link.hash) {
        return { ok: false, problem: 'altered', ...at, message: `event ${link.id} (#${link.seq}) was altered: its content no longer matches its hash` };
      }
      if (link.seq !== previous.seq + 1) {
        return { ok: false, problem: 'removed', ...at, message: `events #${previous.seq + 1}–#${link.seq - 1} before event ${link.id} (#${link.seq}) were removed` };
      }
      if (stored.prev_hash !== previous.hash) {
        return { ok: false, problem: 'reordered', ...at, message: `event ${link.id} (#${link.seq}) does not follow #${previous.seq}: the chain was reordered or rewritten` };
      }
      const lost = heads.passed(link);
      if (lost) return { ok: false, events, ...lost };
      previous = link;
    }
  }
  const lost = heads.ended(previous.seq);
  if (lost) return { ok: false, events, ...lost };
  return { ok: true, events, head: events ? { seq: previous.seq, hash: previous.hash } : null };
}
