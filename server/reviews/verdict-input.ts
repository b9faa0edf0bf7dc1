import { z } from 'zod';
import type { FieldErrors } from '../http/validation';

export const REVIEW_STATUSES = ['verified', 'disputed', 'needs_translation_review'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface VerdictInput {
  status: ReviewStatus;
  note: string | null;
  evidenceUrls: string[];
  version: number;
}

/** What the user typed, as strings, to re-fill the form after a 422 or a 409. */
export interface VerdictValues {
  status: string;
  note: string;
  evidence_url: string;
}

export type { FieldErrors } from '../http/validation';

const MAX_URLS = 10;
export const first = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

export const versionField = z.string().regex(/^\d{1,9}$/, 'The form has no valid version; reload the claim and try again.').transform(Number);

function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/**
 * Evidence links arrive as repeated fields or as one field with a link per line (several links on a line, apart, count
 * too). A line that is not all links stays whole, so the person is shown what they typed ("not a url" had come back
 * as three lines).
 */
export function splitEvidence(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : typeof raw === 'string' ? [raw] : [];
  return parts.flatMap((p) => p.split(/\r?\n/)).map((line) => line.trim()).filter((line) => line !== '').flatMap((line) => {
    // why: a link typed in a sentence's way ("https://a.example/1, https://b.example/2.") does not end on its comma
    const words = line.split(/\s+/).map((w) => (isWebUrl(w) ? w.replace(/[,;.]+$/, '') : w));
    return words.length > 1 && words.every(isWebUrl) ? words : words.length === 1 ? words : [line];
  });
}

const MAX_URL_LENGTH = 2000;

/** What is wrong with each evidence link, in the person's words; empty when every one is fine. */
function evidenceProblems(urls: string[]): string[] {
  const quoted = (u: string) => `“${u.length > 60 ? `${u.slice(0, 60)}…` : u}”`;
  const problems: string[] = [];
  for (const u of urls) {
    if (u.length > MAX_URL_LENGTH) problems.push(`${quoted(u)} is longer than ${MAX_URL_LENGTH.toLocaleString('en')} characters`);
    else if (!isWebUrl(u)) problems.push(`${quoted(u)} is not an http or https address`);
  }
  return problems;
}

export function parseVerdict(body: Record<string, unknown>): { input: VerdictInput | null; values: VerdictValues; errors: FieldErrors } {
  const urls = splitEvidence(body.evidence_url);
  const values: VerdictValues = { status: first(body.status), note: first(body.note), evidence_url: urls.join('\n') };
  const errors: FieldErrors = {};
  const status = z.enum(REVIEW_STATUSES).safeParse(values.status);
  if (!status.success) errors.status = 'Choose verified, disputed or needs translation review.';
  const note = values.note.trim();
  if (note.length > 5000) errors.note = 'Keep the note under 5,000 characters.';
  else if (status.success && status.data !== 'verified' && note === '') errors.note = 'Say why: a note is required for this status.';
  const problems = evidenceProblems(urls);
  if (problems.length) {
    const more = problems.length > 3 ? `, and ${problems.length - 3} more` : '';
    errors.evidence_url = `Evidence links must be http or https addresses, one a line: ${problems.slice(0, 3).join('; ')}${more}.`;
  } else if (urls.length > MAX_URLS) errors.evidence_url = `Give at most ${MAX_URLS} evidence links.`;
  const version = versionField.safeParse(first(body.version));
  if (!version.success) errors.version = version.error.issues[0]?.message ?? 'Invalid version.';
  if (Object.keys(errors).length > 0 || !status.success || !version.success) return { input: null, values, errors };
  return { input: { status: status.data, note: note === '' ? null : note, evidenceUrls: urls, version: version.data }, values, errors };
}
