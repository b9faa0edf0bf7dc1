import { z } from 'zod';
import { cleanName, nameProblem, type FieldErrors } from '../http/validation';
import { first, versionField } from '../reviews/verdict-input';
import type { TypedSpeaker } from './typed-speaker';

const offset = z.string().regex(/^\d{1,9}$/, 'Give a character position (a whole number).').transform(Number);

export type AttributionInput =
  | { action: 'approve'; version: number; note: string | null }
  | {
    action: 'correct'; version: number; note: string | null; speaker: TypedSpeaker;
    /** The speaker box holds what the form showed: the claim keeps the speaker it has now (another editor's, maybe). */
    speakerAsShown?: boolean;
    /** The quote as the editor wants it to read, found in the article (null: keep, or use the positions). */
    quote?: string | null;
    /** The quote as the form showed it: the typed quote moves the claim only when it differs from this. */
    wasQuote?: string | null;
    start: number | null;
    end: number | null;
  };

/** Room for a quote of MAX_QUOTE characters with its line breaks typed as spaces, or pasted with extra ones. */
export const MAX_TYPED_QUOTE = 20_000;

export interface AttributionValues {
  action: string;
  speaker: string;
  was_speaker: string;
  quote: string;
  was_quote: string;
  start: string;
  end: string;
  note: string;
  /** 'yes': the typed name is a new speaker, whoever else goes by it or by its words. */
  new_speaker: string;
}

export function parseAttribution(body: Record<string, unknown>): { input: AttributionInput | null; values: AttributionValues; errors: FieldErrors } {
  const values: AttributionValues = {
    action: first(body.action), speaker: first(body.speaker).trim(), was_speaker: first(body.was_speaker).trim(), quote: first(body.quote),
    was_quote: first(body.was_quote), start: first(body.start).trim(), end: first(body.end).trim(), note: first(body.note),
    new_speaker: first(body.new_speaker) === 'yes' ? 'yes' : '',
  };
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
    const problem = typed === '' ? 'Choose a speaker or type the name of a new one.' : speakerProblem(typed);
    if (problem) errors.speaker = problem;
    // why: an emptied box had kept the old quote without a word; with positions given it leaves the quote to them,
    // and a form without the box (positions alone) keeps it still
    if (body.quote !== undefined && values.quote.trim() === '' && values.start === '' && values.end === '') errors.quote = 'A claim’s quote cannot be empty. To take out what is not a claim, use the Remove claim form below.';
    else if (values.quote.length > MAX_TYPED_QUOTE) errors.quote = `Keep the quote under ${MAX_TYPED_QUOTE.toLocaleString('en')} characters.`;
    if (start && !start.success) errors.start = start.error.issues[0]?.message ?? 'Invalid start.';
    if (end && !end.success) errors.end = end.error.issues[0]?.message ?? 'Invalid end.';
  }
  if (Object.keys(errors).length > 0 || !version.success) return { input: null, values, errors };
  const common = { version: version.data, note: note === '' ? null : note };
  if (values.action === 'approve') return { input: { action: 'approve', ...common }, values, errors };
  const typed = cleanName(values.speaker);
  const speakerAsShown = body.was_speaker !== undefined && typed === cleanName(values.was_speaker);
  const position = (r: typeof start) => (r?.success ? r.data : null);
  return { input: { action: 'correct', ...common, speaker: speakerRef(typed, values.new_speaker === 'yes'), speakerAsShown, quote: values.quote.trim() === '' ? null : values.quote, wasQuote: values.was_quote === '' ? null : values.was_quote, start: position(start), end: position(end) }, values, errors };
}

export const CLAIM_KINDS = ['direct', 'partial', 'indirect', 'unmarked'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface NewClaimInput {
  quote: string;
  speaker: TypedSpeaker | null;
  kind: ClaimKind;
  note: string | null;
}

export interface NewClaimValues {
  quote: string;
  speaker: string;
  kind: string;
  note: string;
  /** As AttributionValues.new_speaker. */
  new_speaker: string;
}

/** A claim the engine missed, as an editor adds it: its words as the article writes them, and who said it if known. */
export function parseNewClaim(body: Record<string, unknown>): { input: NewClaimInput | null; values: NewClaimValues; errors: FieldErrors } {
  const values: NewClaimValues = {
    quote: first(body.quote), speaker: first(body.speaker).trim(), kind: first(body.kind) || 'direct', note: first(body.note),
    new_speaker: first(body.new_speaker) === 'yes' ? 'yes' : '',
  };
  const errors: FieldErrors = {};
  if (values.quote.trim() === '') errors.quote = 'Type or paste the quote as the article writes it.';
  else if (values.quote.length > MAX_TYPED_QUOTE) errors.quote = `Keep the quote under ${MAX_TYPED_QUOTE.toLocaleString('en')} characters.`;
  const typed = cleanName(values.speaker);
  const problem = typed === '' ? null : speakerProblem(typed);
  if (problem) errors.speaker = problem;
  if (!(CLAIM_KINDS as readonly string[]).includes(values.kind)) errors.kind = 'Choose what kind of claim it is.';
  const note = values.note.trim();
  if (note.length > 5000) errors.note = 'Keep the note under 5,000 characters.';
  if (Object.keys(errors).length > 0) return { input: null, values, errors };
  return { input: { quote: values.quote, speaker: typed === '' ? null : speakerRef(typed, values.new_speaker === 'yes'), kind: values.kind as ClaimKind, note: note === '' ? null : note }, values, errors };
}

/** Why a typed speaker (a name, or a number such as "#12") cannot be one; null when it can. */
function speakerProblem(typed: string): string | null {
  if (typed.length > 200) return 'Keep the speaker name under 200 characters.';
  if (typed.startsWith('#') && !/^#\s*\d{1,15}$/.test(typed)) return 'Type a speaker’s number as the speaker page shows it, such as #12.';
  if (!/^#?\d{1,15}$/.test(typed) && nameProblem(typed)) return 'A speaker’s name needs at least one letter or digit.';
  return null;
}

const speakerRef = (typed: string, asNew: boolean): TypedSpeaker =>
  (/^#?\s*\d{1,15}$/.test(typed) ? { id: Number(typed.replace(/^#\s*/, '')) } : asNew ? { name: typed, asNew } : { name: typed });

export interface RemovalInput {
  version: number;
  note: string;
}

/** Taking out a claim that is not one: why is required, it stays in the audit trail with the claim. */
export function parseRemoval(body: Record<string, unknown>): { input: RemovalInput | null; values: { note: string }; errors: FieldErrors } {
  const values = { note: first(body.note) };
  const errors: FieldErrors = {};
  const version = versionField.safeParse(first(body.version));
  if (!version.success) errors.version = version.error.issues[0]?.message ?? 'Invalid version.';
  const note = values.note.trim();
  if (note === '') errors.removeNote = 'Say why this is not a claim: the note stays in the audit trail with it.';
  else if (note.length > 5000) errors.removeNote = 'Keep the note under 5,000 characters.';
  if (Object.keys(errors).length > 0 || !version.success) return { input: null, values, errors };
  return { input: { version: version.data, note }, values, errors };
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

export interface AssignManyForm {
  claims: Array<{ id: number; version: number }>;
  assignee: 'me' | number | null;
  /** The list page to go back to: a path of the claims list, else the claims list. */
  back: string;
}

/** A page of the claims list, with its query, and nothing that could lead elsewhere. */
const BACK_PATH = /^\/claims(?:\?[^#\s\\]*)?$/;
const TICKED = /^(\d{1,15}):(\d{1,9})$/;

/**
 * The claims list's "assign the ticked claims" form: each ticked claim as `id:version` (the version the list showed
 * it at), at most `limit` of them, a claim ticked twice counted once.
 */
export function parseAssignMany(body: Record<string, unknown>, limit: number): { input: AssignManyForm | null; problem: string | null; back: string } {
  const rawBack = first(body.back);
  const back = rawBack.length <= 2000 && BACK_PATH.test(rawBack) ? rawBack : '/claims';
  const raw = (Array.isArray(body.claim) ? body.claim : body.claim === undefined ? [] : [body.claim]).map((v) => (typeof v === 'string' ? v.trim() : ''));
  if (raw.length === 0) return { input: null, problem: 'Tick at least one claim to assign: nothing was changed.', back };
  const claims = new Map<number, number>();
  for (const value of raw) {
    const m = TICKED.exec(value);
    if (!m) return { input: null, problem: 'The ticked claims could not be read: reload the list and tick them again. Nothing was changed.', back };
    if (!claims.has(Number(m[1]))) claims.set(Number(m[1]), Number(m[2]));
  }
  if (claims.size > limit) return { input: null, problem: `Tick at most ${limit} claims at a time (${claims.size} were ticked): nothing was changed.`, back };
  const who = first(body.assignee).trim();
  const assignee = who === 'me' ? 'me' : who === 'nobody' ? null : /^\d{1,15}$/.test(who) ? Number(who) : undefined;
  if (assignee === undefined) return { input: null, problem: 'Choose a reviewer, yourself or nobody to assign the ticked claims to: nothing was changed.', back };
  return { input: { claims: [...claims].map(([id, version]) => ({ id, version })), assignee, back }, problem: null, back };
}
