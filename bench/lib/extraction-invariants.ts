import type { Extraction, Span } from '../../server/extraction/types';

const CLAIM_KINDS = new Set(['direct', 'partial', 'unmarked', 'indirect']);

/**
 * What every extraction must satisfy whatever the input: spans inside the text, quotes equal to their span,
 * speakers referenced by key exist, confidences in 0..1, claims in text order, none inside site clutter.
 * Returns the violations found (empty when the result is sound).
 */
export function extractionProblems(text: string, result: Extraction): string[] {
  const problems: string[] = [];
  const len = text.length;
  const span = (where: string, s: Span | null | undefined, nullable: boolean) => {
    if (s == null) {
      if (!nullable) problems.push(`${where}: missing span`);
      return;
    }
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > len) {
      problems.push(`${where}: span ${s.start}..${s.end} outside 0..${len}`);
    }
  };
  const unit = (where: string, x: number) => {
    if (!Number.isFinite(x) || x < 0 || x > 1) problems.push(`${where}: ${x} not in 0..1`);
  };

  const speakerNames = new Map<string, string>();
  for (const [i, s] of result.speakers.entries()) {
    if (speakerNames.has(s.key)) problems.push(`speakers[${i}]: duplicate key ${s.key}`);
    if (typeof s.name !== 'string' || s.name.trim() === '') problems.push(`speakers[${i}]: empty name`);
    if (s.kind !== 'person' && s.kind !== 'organization') problems.push(`speakers[${i}]: kind ${String(s.kind)}`);
    speakerNames.set(s.key, s.name);
  }

  for (const [i, b] of result.boilerplate.entries()) span(`boilerplate[${i}]`, b, false);

  let previousStart = -1;
  for (const [i, c] of result.claims.entries()) {
    const at = `claims[${i}]`;
    span(at, c, false);
    if (c.text !== text.slice(c.start, c.end)) problems.push(`${at}: text is not the slice ${c.start}..${c.end}`);
    if (!CLAIM_KINDS.has(c.kind)) problems.push(`${at}: kind ${String(c.kind)}`);
    if (c.start < previousStart) problems.push(`${at}: out of text order`);
    previousStart = c.start;
    span(`${at}.mention`, c.mention, true);
    span(`${at}.cueSpan`, c.cueSpan, true);
    span(`${at}.sourceSpan`, c.sourceSpan, true);
    span(`${at}.paragraph`, c.paragraph, false);
    unit(`${at}.confidence`, c.confidence);
    if (c.speakerKey !== null) {
      if (!speakerNames.has(c.speakerKey)) problems.push(`${at}: unknown speaker key ${c.speakerKey}`);
      else if (c.speaker !== speakerNames.get(c.speakerKey)) problems.push(`${at}: speaker name differs from its key's`);
    } else if (c.speaker !== null) {
      problems.push(`${at}: speaker without a key`);
    }
    if (!Array.isArray(c.repairs) || c.repairs.some((r) => typeof r.code !== 'string' || typeof r.description !== 'string')) {
      problems.push(`${at}: malformed repairs`);
    }
    if (c.translationReview !== null && typeof c.translationReview?.reason !== 'string') problems.push(`${at}: malformed translation hint`);
    if (typeof c.evidence !== 'string') problems.push(`${at}: evidence not a string`);
    if (c.end > c.start && result.boilerplate.some((b) => c.start >= b.start && c.end <= b.end)) {
      problems.push(`${at}: claim inside site clutter ${c.start}..${c.end}`);
    }
  }

  const f = result.facts;
  for (const key of ['title', 'publishedAt', 'outlet', 'author', 'language', 'republishedBy'] as const) {
    if (f[key] !== null && typeof f[key] !== 'string') problems.push(`facts.${key}: not a string or null`);
  }
  if (typeof f.translated !== 'boolean') problems.push('facts.translated: not a boolean');
  if (f.publishedAt !== null && Number.isNaN(Date.parse(f.publishedAt))) problems.push(`facts.publishedAt: ${f.publishedAt} is not a date`);
  return problems;
}
