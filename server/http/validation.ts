import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

/**
 * Parses a submitted form; on failure returns one message per field plus the user's input
 * (minus `_csrf` and anything password-like), ready to re-render with status 422.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(body) };
}

export function formValues(body: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) {
      if (k === '_csrf' || /password/i.test(k)) continue;
      values[k] = v;
    }
  }
  return values;
}

/** A local path to go back to after sign-in; anything else (other hosts, `//x`) becomes `/`. */
export function safeLocalPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}

/**
 * A day written YYYY-MM-DD that the calendar has. Date.parse alone takes "2022-02-30" as 2 March and "1" as 2001, and
 * would store or search for a date nobody gave.
 */
export function isCalendarDate(d: string): boolean {
  if (!/^[12]\d{3}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}

/**
 * Characters that hide or reorder what a name shows: zero-width spaces, word joiners, the byte-order mark, and
 * bidirectional marks, embeddings, overrides and isolates ("…\u202Egnp.exe" shows reversed). The joiners some scripts
 * spell words with (U+200C, U+200D) stay.
 */
const HIDDEN_IN_NAMES = /[\u200b\u200e\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A person's or organisation's name as typed, without hidden characters and with its spaces collapsed. */
export function cleanName(typed: string): string {
  return typed.replace(HIDDEN_IN_NAMES, '').replace(/\s+/g, ' ').trim();
}

/**
 * Why a cleaned name cannot be one, or null: a name with no letter or digit ("!!!", "🤖", only zero-width spaces) has
 * an empty matching key, so every such name had become one invisible speaker.
 */
export function nameProblem(name: string): string | null {
  if (name === '') return 'Enter a name';
  if (name.length > 200) return 'Use at most 200 characters';
  return LETTER_OR_DIGIT.test(name) ? null : 'A name needs at least one letter or digit';
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-](0\d|1[0-4])(:?[0-5]\d)?)$/;

/**
 * An ISO 8601 time as the database prints one (to the microsecond, with its offset) on a day that exists in years
 * 1000–2999: page links carry one, and "0000-01-01" or "2020-02-30" inside a hand-edited link had reached the database
 * and failed the page with a 500.
 */
export function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  return m !== null && isCalendarDate(m[1]!);
}
