import { z } from 'zod';
import { cleanName, nameProblem, type FieldErrors } from '../http/validation';
import { first, versionField } from '../reviews/verdict-input';

const offset = z.string().regex(/^\d{1,9}$/, 'Give a character position (a whole number).').transform(Number);

export type AttributionInput =
  | { action: 'approve'; version: number; note: string | null }
  | {
    action: 'correct'; version: number; note: string | null; speaker: { id: number } | { name: string };
    /** The quote as the editor wants it to read, found in the article (null: keep, or use the positions). */
    quote?: string | null;
    start: number | null;
    end: number | null;
  };

/** Room for a quote of MAX_QUOTE characters with its line breaks typed as spaces, or pasted with extra ones. */
export const MAX_TYPED_QUOTE = 20_000;

export interface AttributionValues {
  action: string;
  speaker: string;
  quote: string;
  start: string;
  end: string;
  note: string;
}

export function parseAttribution(body: Record<string, unknown>): { input: AttributionInput | null; values: AttributionValues; errors: FieldErrors } {
  const values: AttributionValues = { action: first(body.action), speaker: first(body.speaker).trim(), quote: first(body.quote), start: first(body.start).trim(), end: first(body.end).trim(), note: first(body.note) };
  const errors: FieldErrors = {};
  const version = versionField.safeParse(first(body.version));
  if (!version.success) errors.version = version.error.issues[0]?.message ?? 'Invalid version.';
  const note = values.note.trim();
  if (note.length > 5000) errors.note = 'Keep the note under 5,000 characters.';
  if (values.action !== 'approve' && values.action !== 'correct') errors.action = 'Choose approve or correct.';
  const start = values.start === '' ? null : offset.safeParse(values.start);
  const end = values.end === '' ? null : offset.safeParse(values.end);
  if (values.action === 'correct') {
    const typed = cleanName(values.speaker);
    if (typed === '') errors.speaker = 'Choose a speaker or type the name of a new one.';
    else if (typed.length > 200) errors.speaker = 'Keep the speaker name under 200 characters.';
    else if (typed.startsWith('#') && !/^#\s*\d{1,15}$/.test(typed)) errors.speaker = 'Type a speaker’s number as the speaker page shows it, such as #12.';
    else if (!/^#?\d{1,15}$/.test(typed) && nameProblem(typed)) errors.speaker = 'A speaker’s name needs at least one letter or digit.';
    if (values.quote.length > MAX_TYPED_QUOTE) errors.quote = `Keep the quote under ${MAX_TYPED_QUOTE.toLocaleString('en')} characters.`;
    if (start && !start.success) errors.start = start.error.issues[0]?.message ?? 'Invalid start.';
    if (end && !end.success) errors.end = end.error.issues[0]?.message ?? 'Invalid end.';
  }
  if (Object.keys(errors).length > 0 || !version.success) return { input: null, values, errors };
  const common = { version: version.data, note: note === '' ? null : note };
  if (values.action === 'approve') return { input: { action: 'approve', ...common }, values, errors };
  const typed = cleanName(values.speaker);
  const speaker = /^#?\s*\d{1,15}$/.test(typed) ? { id: Number(typed.replace(/^#\s*/, '')) } : { name: typed };
  const position = (r: typeof start) => (r?.success ? r.data : null);
  return { input: { action: 'correct', ...common, speaker, quote: values.quote.trim() === '' ? null : values.quote, start: position(start), end: position(end) }, values, errors };
}

export interface AssignInput {
  version: number;
  /** 'me' resolves to the signed-in user; null unassigns. */
  assignee: number | 'me' | null;
}

export function parseAssign(body: Record<string, unknown>): { input: AssignInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const version = versionField.safeParse(first(body.version));
  if (!version.success) errors.version = version.error.issues[0]?.message ?? 'Invalid version.';
  const raw = first(body.assignee).trim();
  const assignee = raw === 'me' ? 'me' : raw === '' || raw === 'nobody' ? null : /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
  if (assignee === undefined) errors.assignee = 'Choose a reviewer, yourself or nobody.';
  if (!version.success || assignee === undefined) return { input: null, errors };
  return { input: { version: version.data, assignee }, errors };
}
