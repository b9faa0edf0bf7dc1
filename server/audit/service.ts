import type { Db, Trx } from '../db/knex';
import { kickAuditChainer } from './chainer';
import { watchHeads, type ChainHead, type KnownHead, type LostHead } from './heads';
import {
  chainLinks, countPendingEvents, insertAuditEvent, insertAuditEvents, linkPendingEvents, verifiedHeads, type AuditEventRow, type NewAuditEvent,
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
export type ChainReport = LinksReport & { pending: number };

const LINK_BATCH = 5000;

/** Links every committed pending event now, waiting for a linker at work in another process to finish first. */
export async function linkPendingAuditEvents(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const linked = (await linkPendingEvents(db, LINK_BATCH, true)) ?? 0;
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
 * `pending` counts events committed while it ran, not yet linked and so not verified.
 */
export async function verifyAuditChain(db: Db, given: readonly ChainHead[] = []): Promise<ChainReport> {
  await linkPendingAuditEvents(db);
  const heads: KnownHead[] = [...await verifiedHeads(db), ...given.map((h) => ({ ...h, checkId: null, checkedAt: null }))];
  const report = await verifyLinks(db, watchHeads(heads));
  return { ...report, pending: await countPendingEvents(db) };
}

async function verifyLinks(db: Db, heads: ReturnType<typeof watchHeads>): Promise<LinksReport> {
  let previous: ChainHead = { seq: 0, hash: '0'.repeat(64) };
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
    const lost = heads.passed(link);
    if (lost) return { ok: false, events, ...lost };
    previous = link;
  }
  const lost = heads.ended(previous.seq);
  if (lost) return { ok: false, events, ...lost };
  return { ok: true, events, head: events ? { seq: previous.seq, hash: previous.hash } : null };
}
