import { recordAudit } from '../audit/service';
import { claimEventsSince } from '../claims/history-repository';
import type { Actor, ClaimChange } from '../claims/outcome';
import { lockClaim, updateClaim } from '../claims/repository';
import type { Db } from '../db/knex';
import { notFound } from '../http/errors';
import { insertReview } from './repository';
import type { VerdictInput } from './verdict-input';

/**
 * A reviewer's verdict on a claim: the review row, the claim's new status and version, and one `claim.verdict`
 * audit event, all or nothing. A form built from an older version is refused with what changed since.
 */
export async function submitVerdict(db: Db, actor: Actor, claimId: number, input: VerdictInput): Promise<ClaimChange> {
  return db.transaction(async (trx) => {
    const claim = await lockClaim(trx, claimId);
    if (!claim) throw notFound('claim');
    if (claim.version !== input.version) {
      return { ok: false, conflict: { current: claim, events: await claimEventsSince(trx, claimId, input.version) } };
    }
    const reviewId = await insertReview(trx, { claimId, reviewerId: actor.id, ...input });
    const updated = await updateClaim(trx, claimId, actor.id, { status: input.status });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'claim.verdict',
      entityType: 'claim',
      entityId: claimId,
      before: { status: claim.status, version: claim.version },
      after: { status: updated.status, version: updated.version, review_id: reviewId, evidence_urls: input.evidenceUrls },
      note: input.note,
      ip: actor.ip,
    });
    return { ok: true, claim: updated };
  });
}
