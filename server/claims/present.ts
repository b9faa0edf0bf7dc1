import { ATTRIBUTION_STATUSES, CLAIM_STATUSES, type ClaimStatus } from './list-query';

/** A claim status in words, on every page that shows one. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: 'Unreviewed',
  verified: 'Verified',
  disputed: 'Disputed',
  needs_translation_review: 'Needs translation review',
};

const PREVIEW = 180;

/** Helpers every claims view uses. */
export const claimViewHelpers = {
  statuses: CLAIM_STATUSES,
  attributionStatuses: ATTRIBUTION_STATUSES,
  statusLabel: (s: ClaimStatus) => STATUS_LABELS[s] ?? s,
  shorten: (quote: string) => (quote.length > PREVIEW ? `${quote.slice(0, PREVIEW).trimEnd()}…` : quote),
};
