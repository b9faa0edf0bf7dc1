import type { Db } from '../db/knex';
import {
  finishCheck, insertRunningCheck, linkedEventCount, recentChecks, recordCheckProgress, type AuditCheckRow, type CheckOutcome, type CheckResult,
} from './check-repository';
import { chainReadProgress, type ChainLockHolder } from './repository';
import { verifyAuditChain, type ChainLockHeld, type ChainReport } from './service';

/** How often a running check writes how far it has come; a check silent for STALE_SECONDS was left by a process that ended. */
const PROGRESS_MS = 2000;
export const STALE_SECONDS = 30;

/** The words the command line and the app both say about a verification. */
export function chainReportWords(report: ChainReport): string {
  const pending = report.lockHeld ? ` ${lockHeldWords(report.pending, report.lockHeld)}`
    : report.pending ? ` ${report.pending} events written meanwhile are not linked yet and were not checked.` : '';
  return report.ok
    ? `Audit trail intact: ${report.events} events, hash chain verified.${pending}`
    : `Audit trail BROKEN: ${report.message}.${pending}`;
}

function lockHeldWords(pending: number, { waitedMs, holder }: ChainLockHeld): string {
  const events = pending === 1 ? '1 event is not linked and was' : `${pending} events are not linked and were`;
  return `${events} not checked: ${holderWords(holder)} has held the chain's lock for more than ${waitedMs / 1000} s; check again once it lets go.`;
}

/** Who holds the chain's lock, as far as this role may see: another role's session shows only its process id. */
function holderWords(holder: ChainLockHolder | null): string {
  if (!holder) return 'another session';
  const since = holder.since ? ` since ${holder.since.toISOString().replace('T', ' ').slice(0, 19)} UTC` : '';
  const about = [holder.user && `user ${holder.user}`, holder.application && `application ${holder.application}`, holder.state && `${holder.state}${since}`];
  const known = about.filter(Boolean);
  return known.length ? `process ${holder.pid} (${known.join(', ')})` : `process ${holder.pid}`;
}

export type AuditCheckState = Omit<AuditCheckRow, 'stale'> & { state: 'running' | 'abandoned' | CheckOutcome };

/**
 * Starts a check of the whole chain in this process, in the background, unless one is running (in any process):
 * then that one is the answer. The check is the verifier `npm run audit:verify` runs, reading the chain a batch at a
 * time, so memory stays flat however long the trail.
 */
export async function startAuditCheck(db: Db, startedBy: { id: number; ip: string | null }, onError: (err: unknown) => void): Promise<{ started: boolean }> {
  const id = await insertRunningCheck(db, startedBy, await linkedEventCount(db), STALE_SECONDS);
  if (id === null) return { started: false };
  void runAuditCheck(db, id, onError);
  return { started: true };
}

async function runAuditCheck(db: Db, id: number, onError: (err: unknown) => void): Promise<void> {
  let checked = 0;
  const heartbeat = setInterval(() => void recordCheckProgress(db, id, checked).catch(onError), PROGRESS_MS);
  heartbeat.unref();
  try {
    const report = await chainReadProgress.run((n) => (checked = n), () => verifyAuditChain(db));
    await finishCheck(db, id, resultOf(report));
  } catch (err) {
    onError(err);
    const result: CheckResult = { outcome: 'failed', eventsChecked: checked, message: 'the check stopped on an error (see the app log); start it again' };
    await finishCheck(db, id, result).catch(onError);
  } finally {
    clearInterval(heartbeat);
  }
}

/** A verification as a check records it: an intact one with the head it verified. */
export function resultOf(report: ChainReport): CheckResult {
  const message = chainReportWords(report);
  if (report.ok) return { outcome: 'intact', eventsChecked: report.events, pending: report.pending, message, head: report.head };
  return { outcome: 'broken', eventsChecked: report.events, pending: report.pending, problem: report.problem, brokenEventId: report.eventId, message };
}

/** The newest checks, each with its state: a running check that stopped moving was left by a process that ended. */
export async function auditChecks(db: Db, limit = 10): Promise<AuditCheckState[]> {
  const rows = await recentChecks(db, limit, STALE_SECONDS);
  return rows.map(({ stale, ...row }) => ({ ...row, state: row.outcome ?? (stale ? 'abandoned' : 'running') }));
}
