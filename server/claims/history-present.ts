/**
 * A claim's recorded changes in words ("Status: Unreviewed → Verified"), for its history; the raw record stays beside
 * them for whoever needs every field.
 */
import { claimViewHelpers } from './present';
import type { ClaimStatus } from './list-query';

const FIELDS: Array<[key: string, label: string]> = [
  ['status', 'Status'],
  ['speaker_name', 'Speaker'],
  ['attribution_status', 'Attribution'],
  ['assignee_id', 'Assigned to'],
  ['quote', 'Quote'],
  ['start_offset', 'Starts at character'],
  ['end_offset', 'Ends before character'],
  ['kind', 'Kind'],
];

const QUOTE_SHOWN = 120;

/** Each field the event changed, as "Label: before → after"; what an event created or removed, in a line of its own. */
export function changeLines(action: string, before: unknown, after: unknown, people: ReadonlyMap<number, string>): string[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (action === 'claim.create' && a) return [`Added: ${said(a)}`];
  if (action === 'claim.remove' && b) return [`Removed: ${said(b)}${reviewCount(b)}`];
  const lines: string[] = [];
  for (const [key, label] of FIELDS) {
    if (!b || !a || !(key in a) || !(key in b) || same(b[key], a[key])) continue;
    lines.push(`${label}: ${shown(key, b[key], people)} → ${shown(key, a[key], people)}`);
  }
  const created = a?.created_speaker as { name?: unknown } | undefined;
  if (created && typeof created.name === 'string') lines.push(`New speaker: ${created.name}`);
  const links = a?.evidence_urls;
  if (Array.isArray(links) && links.length) lines.push(`Evidence: ${links.length === 1 ? 'one link' : `${links.length} links`}`);
  return lines;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

function shown(key: string, value: unknown, people: ReadonlyMap<number, string>): string {
  if (value === null || value === undefined || value === '') return key === 'assignee_id' ? 'nobody' : 'none';
  if (key === 'status' && typeof value === 'string') return claimViewHelpers.statusLabel(value as ClaimStatus);
  if (key === 'assignee_id' && typeof value === 'number') return people.get(value) ?? `reviewer #${value}`;
  if (key === 'quote' && typeof value === 'string') return `“${shorten(value)}”`;
  return String(value);
}

function said(r: Record<string, unknown>): string {
  const quote = typeof r.quote === 'string' ? `“${shorten(r.quote)}”` : 'a claim';
  return typeof r.speaker_name === 'string' && r.speaker_name ? `${quote} — ${r.speaker_name}` : quote;
}

function reviewCount(r: Record<string, unknown>): string {
  const n = Array.isArray(r.reviews) ? r.reviews.length : 0;
  return n === 0 ? '' : n === 1 ? ', with its verdict' : `, with its ${n} verdicts`;
}

function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > QUOTE_SHOWN ? `${flat.slice(0, QUOTE_SHOWN - 1)}…` : flat;
}
