import { CLAIM_COLUMNS, type ClaimRow } from '../claims/repository';
import type { Db } from '../db/knex';
import type { ReviewStatus } from './verdict-input';

export interface ReviewRow {
  id: number;
  claim_id: number;
  reviewer_id: number;
  reviewer_name: string | null;
  status: ReviewStatus;
  note: string | null;
  evidence_urls: string[];
  created_at: Date;
}

export interface VerdictWrite {
  claimId: number;
  /** The version the reviewer's form was built from. */
  version: number;
  reviewerId: number;
  status: ReviewStatus;
  note: string | null;
  evidenceUrls: string[];
  ip: string | null;
}

const RETURNED = CLAIM_COLUMNS.map((col) => `c.${col}`).join(', ');

/**
 * Whether claim `c`, whose latest review is `r`, already holds the verdict asked for: its status, and that review's
 * status, note and evidence (in their order). A claim whose words moved since its verdict is unreviewed, so it holds
 * none. Parameters: status, note, evidence as JSON.
 */
const HOLDS_VERDICT = `(c.status = CAST(? AS text) AND r.status = c.status AND r.note IS NOT DISTINCT FROM CAST(? AS text)
  AND to_jsonb(r.evidence_urls) = CAST(? AS jsonb))`;
const LATEST_REVIEW = 'SELECT status, note, evidence_urls FROM claim_reviews WHERE claim_id = ? ORDER BY created_at DESC, id DESC LIMIT 1';

export type VerdictWritten = { claim: ClaimRow; reviewId: number } | { claim: ClaimRow; alreadySo: true };

/**
 * A whole verdict in one statement, so one round trip and one transaction: lock the claim, move it to the new
 * status and the next version only if it is still at the form's version, add the review and the `claim.verdict`
 * audit event (written pending, as every event is), whose before holds the evidence of the verdict it replaces.
 * A verdict the claim already holds, on the form's version, writes nothing and comes back `alreadySo`.
 * No row back means the claim is missing or has moved on.
 */
export async function writeVerdict(db: Db, v: VerdictWrite): Promise<VerdictWritten | undefined> {
  const evidence = JSON.stringify(v.evidenceUrls);
  const { rows } = await db.raw(
    `WITH locked AS (SELECT id, status, version FROM claims WHERE id = ? FOR UPDATE),
     -- why: the statement's snapshot holds the claim's latest verdict: one committed after it also moved the claim
     -- past the form's version, and then neither the update nor held below finds a row and nothing is written
     previous AS (${LATEST_REVIEW}),
     held AS (
       SELECT c.id FROM locked c, previous r WHERE c.version = ? AND ${HOLDS_VERDICT}),
     claim AS (
       UPDATE claims c SET status = CAST(? AS text), updated_by = ?, updated_at = now(), version = c.version + 1
         FROM locked WHERE c.id = locked.id AND c.version = ? AND NOT EXISTS (SELECT 1 FROM held)
       RETURNING ${RETURNED}, locked.status AS status_before),
     review AS (
       INSERT INTO claim_reviews (claim_id, reviewer_id, status, note, evidence_urls)
       SELECT id, updated_by, status, CAST(? AS text), ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb))) FROM claim
       RETURNING id, claim_id),
     event AS (
       INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after, note, ip)
       SELECT c.updated_by, 'claim.verdict', 'claim', c.id::text,
              jsonb_build_object('status', c.status_before, 'version', c.version - 1,
                                 'evidence_urls', COALESCE((SELECT to_jsonb(evidence_urls) FROM previous), '[]'::jsonb)),
              jsonb_build_object('status', c.status, 'version', c.version, 'review_id', r.id, 'evidence_urls', CAST(? AS jsonb)),
              CAST(? AS text), CAST(? AS text)
         FROM claim c JOIN review r ON r.claim_id = c.id)
     SELECT c.*, r.id AS review_id FROM claim c JOIN review r ON r.claim_id = c.id
     UNION ALL
     SELECT ${RETURNED}, c.status, NULL FROM claims c JOIN held ON held.id = c.id`,
    [v.claimId, v.claimId, v.version, v.status, v.note, evidence, v.status, v.reviewerId, v.version, v.note, evidence, evidence, v.note, v.ip],
  );
  const row = (rows as Array<ClaimRow & { status_before: string; review_id: number | null }>)[0];
  if (!row) return undefined;
  const { status_before: _, review_id: reviewId, ...claim } = row;
  return reviewId === null ? { claim, alreadySo: true } : { claim, reviewId };
}

/** The claim as it is now, and whether it holds the verdict asked for (read together, in one snapshot). */
export async function claimHoldingVerdict(db: Db, v: Pick<VerdictWrite, 'claimId' | 'status' | 'note' | 'evidenceUrls'>): Promise<{ claim: ClaimRow; holds: boolean } | undefined> {
  const { rows } = await db.raw(
    `SELECT ${RETURNED}, COALESCE(${HOLDS_VERDICT}, false) AS holds
       FROM claims c LEFT JOIN LATERAL (${LATEST_REVIEW}) r ON true WHERE c.id = ?`,
    [v.status, v.note, JSON.stringify(v.evidenceUrls), v.claimId, v.claimId],
  );
  const row = (rows as Array<ClaimRow & { holds: boolean }>)[0];
  if (!row) return undefined;
  const { holds, ...claim } = row;
  return { claim, holds };
}
