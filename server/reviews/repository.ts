import { CLAIM_COLUMNS, type ClaimRow } from '../claims/repository';
import { LITERAL, type Db, type Trx } from '../db/knex';
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
 * A whole verdict in one statement, so one round trip and one transaction: lock the claim, move it to the new
 * status and the next version only if it is still at the form's version, add the review and the `claim.verdict`
 * audit event (written pending, as every event is), whose before holds the evidence of the verdict it replaces.
 * No row back means the claim is missing or has moved on.
 */
export async function writeVerdict(db: Db, v: VerdictWrite): Promise<{ claim: ClaimRow; reviewId: number } | undefined> {
  const evidence = JSON.stringify(v.evidenceUrls);
  const { rows } = await db.raw(
    `WITH locked AS (SELECT id, status FROM claims WHERE id = ? FOR UPDATE),
     claim AS (
       UPDATE claims c SET status = CAST(? AS text), updated_by = ?, updated_at = now(), version = c.version + 1
         FROM locked WHERE c.id = locked.id AND c.version = ?
       RETURNING ${RETURNED}, locked.status AS status_before),
     -- why: the statement's snapshot holds the claim's latest verdict: one committed after it also moved the claim
     -- past the form's version, and then the update above finds no row and nothing is written
     previous AS (
       SELECT to_jsonb(evidence_urls) AS evidence_urls FROM claim_reviews WHERE claim_id = ? ORDER BY created_at DESC, id DESC LIMIT 1),
     review AS (
       INSERT INTO claim_reviews (claim_id, reviewer_id, status, note, evidence_urls)
       SELECT id, updated_by, status, CAST(? AS text), ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb))) FROM claim
       RETURNING id, claim_id),
     event AS (
       INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after, note, ip)
       SELECT c.updated_by, 'claim.verdict', 'claim', c.id::text,
              jsonb_build_object('status', c.status_before, 'version', c.version - 1,
                                 'evidence_urls', COALESCE((SELECT evidence_urls FROM previous), '[]'::jsonb)),
              jsonb_build_object('status', c.status, 'version', c.version, 'review_id', r.id, 'evidence_urls', CAST(? AS jsonb)),
              CAST(? AS text), CAST(? AS text)
         FROM claim c JOIN review r ON r.claim_id = c.id)
     SELECT c.*, r.id AS review_id FROM claim c JOIN review r ON r.claim_id = c.id`,
    [v.claimId, v.status, v.reviewerId, v.version, v.claimId, v.note, evidence, evidence, v.note, v.ip],
  );
  const row = (rows as Array<ClaimRow & { status_before: string; review_id: number }>)[0];
  if (!row) return undefined;
  const { status_before: _, review_id: reviewId, ...claim } = row;
  return { claim, reviewId };
}

export async function listReviews(db: Db | Trx, claimId: number, limit = 50): Promise<ReviewRow[]> {
  return db('claim_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewer_id')
    .where('r.claim_id', claimId)
    .orderBy([{ column: 'r.created_at', order: 'desc' }, { column: 'r.id', order: 'desc' }])
    .limit(limit, LITERAL)
    .select('r.id', 'r.claim_id', 'r.reviewer_id', 'u.name as reviewer_name', 'r.status', 'r.note', 'r.evidence_urls', 'r.created_at');
}
