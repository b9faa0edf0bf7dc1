import { ATTRIBUTION_FILTERS, ATTRIBUTION_LABELS, CLAIM_STATUSES, ELSEWHERE_FILTERS, ELSEWHERE_LABELS, type ClaimStatus } from './list-query';
import { speakerUncertain } from './uncertain';

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
  attributionFilters: ATTRIBUTION_FILTERS,
  attributionLabels: ATTRIBUTION_LABELS,
  elsewhereFilters: ELSEWHERE_FILTERS,
  elsewhereLabels: ELSEWHERE_LABELS,
  speakerUncertain,
  statusLabel: (s: ClaimStatus) => STATUS_LABELS[s] ?? s,
  shorten: (quote: string) => (quote.length > PREVIEW ? `${quote.slice(0, PREVIEW).trimEnd()}…` : quote),
};
