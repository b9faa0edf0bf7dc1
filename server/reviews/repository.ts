import type { Db, Trx } from '../db/knex';
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

export async function insertReview(
  trx: Trx,
  review: { claimId: number; reviewerId: number; status: ReviewStatus; note: string | null; evidenceUrls: string[] },
): Promise<number> {
  const [row] = await trx('claim_reviews')
    .insert({ claim_id: review.claimId, reviewer_id: review.reviewerId, status: review.status, note: review.note, evidence_urls: review.evidenceUrls })
    .returning('id');
  return (row as { id: number }).id;
}

export async function listReviews(db: Db | Trx, claimId: number, limit = 50): Promise<ReviewRow[]> {
  return db('claim_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewer_id')
    .where('r.claim_id', claimId)
    .orderBy([{ column: 'r.created_at', order: 'desc' }, { column: 'r.id', order: 'desc' }])
    .limit(limit)
    .select('r.id', 'r.claim_id', 'r.reviewer_id', 'u.name as reviewer_name', 'r.status', 'r.note', 'r.evidence_urls', 'r.created_at');
}
