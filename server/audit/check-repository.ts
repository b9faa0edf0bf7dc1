import { LITERAL, type Db } from '../db/knex';
import type { ChainHead } from './heads';
import { recordAudit, type ChainProblem } from './service';

export type CheckOutcome = 'intact' | 'broken' | 'failed';

export interface AuditCheckRow {
  id: number;
  /** Null for a check run from the command line (`npm run audit:verify`). */
  started_by: number | null;
  started_from: 'app' | 'command_line';
  starter_name: string | null;
  started_at: Date;
  progress_at: Date;
  finished_at: Date | null;
  outcome: CheckOutcome | null;
  events_expected: number;
  events_checked: number;
  pending: number | null;
  problem: ChainProblem | null;
  broken_event_id: number | null;
  message: string | null;
  /** The last link an intact check verified, which later checks compare the chain with. */
  head_seq: number | null;
  head_hash: string | null;
  /** Running, but its progress has not moved for the time that means its process ended. */
  stale: boolean;
}

export interface CheckResult {
  outcome: CheckOutcome;
  eventsChecked: number;
  pending?: number | null;
  problem?: AuditCheckRow['problem'];
  brokenEventId?: number | null;
  message?: string | null;
  head?: ChainHead | null;
}

const COLUMNS = ['c.id', 'c.started_by', 'c.started_from', 'u.name as starter_name', 'c.started_at', 'c.progress_at', 'c.finished_at', 'c.outcome',
  'c.events_expected', 'c.events_checked', 'c.pending', 'c.problem', 'c.broken_event_id', 'c.message', 'c.head_seq', 'c.head_hash'];

/** How many events the chain holds now, from its last link (the unique index on seq answers it at once). */
export async function linkedEventCount(db: Db): Promise<number> {
  const row = await db('audit_events').max({ n: 'seq' }).first();
  return Number(row?.n ?? 0);
}

/**
 * Records a new check as running, unless one is: a running check whose progress has not moved for `staleSeconds` was
 * left by a process that ended, and is closed as failed first. Null when another check is running.
 */
export async function insertRunningCheck(db: Db, startedBy: { id: number; ip: string | null }, eventsExpected: number, staleSeconds: number): Promise<number | null> {
  return db.transaction(async (trx) => {
    await trx.raw(
      `UPDATE audit_checks SET finished_at = now(), outcome = 'failed', message = ?
        WHERE finished_at IS NULL AND progress_at < now() - make_interval(secs => ?)`,
      ['it stopped without finishing: the app process running it ended', staleSeconds],
    );
    const { rows } = await trx.raw(
      `INSERT INTO audit_checks (started_by, events_expected) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING id`,
      [startedBy.id, eventsExpected],
    );
    const id = (rows as Array<{ id: number }>)[0]?.id ?? null;
    if (id !== null) {
      await recordAudit(trx, {
        actorId: startedBy.id, action: 'audit.check', entityType: 'audit_check', entityId: id, after: { events_expected: eventsExpected }, ip: startedBy.ip,
      });
    }
    return id;
  });
}

/** Moves a running check's progress on; a finished one stays as it ended. */
export async function recordCheckProgress(db: Db, id: number, eventsChecked: number): Promise<void> {
  await db('audit_checks').where({ id }).whereNull('finished_at').update({ events_checked: eventsChecked, progress_at: db.fn.now() });
}

/**
 * Closes a running check with its result, recorded in the trail as the check's outcome (on behalf of whoever started
 * it) in the same transaction: a chain found broken is itself an event the trail keeps.
 */
export async function finishCheck(db: Db, id: number, result: CheckResult): Promise<void> {
  await db.transaction(async (trx) => {
    const [closed]: Array<{ started_by: number }> = await trx('audit_checks').where({ id }).whereNull('finished_at')
      .update({ finished_at: db.fn.now(), progress_at: db.fn.now(), ...resultColumns(result) }, ['started_by']);
    if (!closed) return;
    await recordAudit(trx, {
      actorId: closed.started_by, action: 'audit.check_result', entityType: 'audit_check', entityId: id,
      after: { outcome: result.outcome, events_checked: result.eventsChecked, broken_event_id: result.brokenEventId ?? null }, note: result.message ?? null,
    });
  });
}

/**
 * Records a check run from the command line, finished as it is recorded: its head joins those later checks compare
 * the chain with. It started `tookMs` before now, by the database's clock, which times every other check.
 */
export async function recordCommandLineCheck(db: Db, tookMs: number, result: CheckResult): Promise<number> {
  const [row]: Array<{ id: number }> = await db('audit_checks').insert({
    started_from: 'command_line',
    started_at: db.raw('now() - make_interval(secs => ?)', [tookMs / 1000]),
    finished_at: db.fn.now(),
    events_expected: result.eventsChecked,
    ...resultColumns(result),
  }, ['id']);
  return row!.id;
}

function resultColumns(result: CheckResult) {
  return {
    outcome: result.outcome,
    events_checked: result.eventsChecked,
    pending: result.pending ?? null,
    problem: result.problem ?? null,
    broken_event_id: result.brokenEventId ?? null,
    message: result.message ?? null,
    head_seq: result.head?.seq ?? null,
    head_hash: result.head?.hash ?? null,
  };
}

/** The newest checks first, with who started each; staleness by the database's clock, which wrote the progress. */
export async function recentChecks(db: Db, limit: number, staleSeconds: number): Promise<AuditCheckRow[]> {
  return db('audit_checks as c')
    .leftJoin('users as u', 'u.id', 'c.started_by')
    .select([...COLUMNS, db.raw('(c.finished_at IS NULL AND c.progress_at < now() - make_interval(secs => ?)) AS stale', [staleSeconds])])
    .orderBy('c.id', 'desc')
    .limit(limit, LITERAL);
}
