import { kickAuditChainer } from '../audit/chainer';
import { claimEventsSince } from '../claims/history-repository';
import type { Actor, ClaimChange } from '../claims/outcome';
import { findClaim } from '../claims/repository';
import type { Db } from '../db/knex';
import { notFound } from '../http/errors';
import { writeVerdict } from './repository';
import type { VerdictInput } from './verdict-input';

/**
 * A reviewer's verdict on a claim: the review row, the claim's new status and version, and one `claim.verdict`
 * audit event, all or nothing. A form built from an older version is refused with what changed since.
 */
export async function submitVerdict(db: Db, actor: Actor, claimId: number, input: VerdictInput): Promise<ClaimChange> {
  const written = await writeVerdict(db, { claimId, reviewerId: actor.id, ip: actor.ip, ...input });
  if (written) {
    kickAuditChainer(db);
    return { ok: true, claim: written.claim };
  }
  const current = await findClaim(db, claimId);
  if (!current) throw notFound('claim');
  return { ok: false, conflict: { current, events: await claimEventsSince(db, claimId, input.version) } };
}
