import type { Request } from 'express';
import { z } from 'zod';
import { LITERAL, vocabularyLiteral, type Db } from '../db/knex';
import type { AuditEventRow } from './repository';
import { changeLines, peopleNamedBy, recordJson } from './changes';
import { dbOf } from '../http/context';
import { secureRouter } from '../http/secure-router';
import { isCalendarDate } from '../http/validation';

const PAGE_SIZE = 50;
const date = z.string().refine(isCalendarDate, 'not a date');
const eventId = z.string().regex(/^[1-9]\d{0,15}$/).transform(Number);
const FIELDS = {
  actor: z.string().regex(/^[1-9]\d{0,15}$/).transform(Number),
  action: z.string().regex(/^[a-z][a-z_]*\.[a-z][a-z_]*$/).max(100),
  entity_type: z.string().regex(/^[a-z][a-z_]*$/).max(100),
  entity_id: z.string().trim().min(1).max(100),
  from: date,
  to: date,
  after: eventId,
  before: eventId,
} as const;
type Field = keyof typeof FIELDS;
type Filters = { [K in Field]?: z.output<(typeof FIELDS)[K]> };

/**
 * The actions the audit filter offers: those the app records. A speaker created by an import or a correction is
 * recorded inside that change's one event (its `created_speaker`), so there is no separate speaker.create event.
 */
export const AUDIT_ACTIONS = [
  'article.create', 'article.update', 'article.remove', 'claim.create', 'claim.remove', 'claim.verdict', 'claim.attribution_approve',
  'claim.attribution_correct', 'claim.assign', 'claim.assign_many', 'claim.speaker_merge', 'claim.speaker_rename', 'speaker.merge', 'speaker.update',
  'user.sign_in', 'user.sign_in_failed', 'user.sign_out', 'user.create', 'user.update', 'user.password_change',
  'user.password_change_failed', 'user.password_reset', 'audit.check', 'audit.check_result',
];
export const AUDIT_ENTITY_TYPES = ['article', 'claim', 'speaker', 'user', 'audit_check'];

/** The filters as the form labels them, and what to give instead, for the notice of one that was ignored. */
const FILTER_WORDS: Record<Field, { label: string; why: string }> = {
  actor: { label: 'actor', why: 'choose one from the list' },
  action: { label: 'action', why: 'choose one from the list' },
  entity_type: { label: 'record type', why: 'choose one from the list' },
  entity_id: { label: 'record id', why: 'it holds at most 100 characters' },
  from: { label: 'From date', why: 'give a calendar date, as YYYY-MM-DD' },
  to: { label: 'To date', why: 'give a calendar date, as YYYY-MM-DD' },
  after: { label: 'page link', why: 'use the Older and Newer links' },
  before: { label: 'page link', why: 'use the Older and Newer links' },
};

/** 'Ignored the From date “2026-02-30”: give a calendar date, as YYYY-MM-DD.' */
function ignoredFilter(field: Field, value: string): string {
  const { label, why } = FILTER_WORDS[field];
  const shown = value.trim();
  return `Ignored the ${label} “${shown.length > 60 ? `${shown.slice(0, 59)}…` : shown}”: ${why}.`;
}

function parseFilters(raw: Record<string, unknown>): { filters: Filters; values: Record<string, string>; messages: string[] } {
  const filters: Filters = {};
  const values: Record<string, string> = {};
  const messages: string[] = [];
  for (const field of Object.keys(FIELDS) as Field[]) {
    const value = Array.isArray(raw[field]) ? raw[field][0] : raw[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const parsed = FIELDS[field].safeParse(value.trim());
    if (!parsed.success) {
      messages.push(ignoredFilter(field, value));
      continue;
    }
    (filters as Record<Field, unknown>)[field] = parsed.data;
    if (field !== 'after' && field !== 'before') values[field] = value.trim();
  }
  // (both kept, as asked: the page says why it lists nothing rather than guess which of the two was meant)
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    messages.push(`The From date ${filters.from} is after the To date ${filters.to}, so no event can fall between them: swap them or change one.`);
  }
  return { filters, values, messages };
}

/** An audit event as the page shows it: the chain's hashes stay out, the actor's name and email come in. */
export type AuditPageRow = Omit<AuditEventRow, 'prev_hash' | 'hash'> & { actor_name: string | null; actor_email: string | null };

/**
 * Newest first, keyset on `id`, which an event has from the moment it is written (its seq only once it is linked into
 * the chain, so a pending event is listed like any other); every filter has an index ending in `id`. A date range orders by
 * (occurred_at, id) instead, so its index serves it too; the cursor stays an id, its time looked up in place.
 */
async function listEvents(db: Db, f: Filters): Promise<{ rows: AuditPageRow[]; more: boolean }> {
  const backwards = f.before !== undefined && f.after === undefined;
  const byTime = f.from !== undefined || f.to !== undefined;
  const key = byTime ? '(e.occurred_at, e.id)' : 'e.id';
  const keyOf = byTime ? '(SELECT occurred_at, id FROM audit_events WHERE id = ?)' : '?';
  const qb = db('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select('e.id', 'e.seq', 'e.occurred_at', 'e.actor_id', 'u.name as actor_name', 'u.email as actor_email', 'e.action',
      'e.entity_type', 'e.entity_id', 'e.before', 'e.after', 'e.note', 'e.ip');
  if (f.actor !== undefined) qb.where('e.actor_id', f.actor);
  if (f.action) qb.whereRaw(`e.action = ${vocabularyLiteral(f.action)}`);
  if (f.entity_type) qb.whereRaw(`e.entity_type = ${vocabularyLiteral(f.entity_type)}`);
  const entityId = f.entity_id;
  if (entityId && f.entity_type === 'speaker') {
    // why: a speaker merged away changed in the merge, which is filed under the speaker kept
    qb.where((w) => w.where('e.entity_id', entityId).orWhereRaw(`(e.action = 'speaker.merge' AND e.before -> 'loser' ->> 'id' = ?)`, [entityId]));
  } else if (entityId) qb.where('e.entity_id', entityId);
  if (f.from) qb.where('e.occurred_at', '>=', f.from);
  if (f.to) qb.whereRaw('e.occurred_at < ?::date + 1', [f.to]);
  if (f.after !== undefined) qb.whereRaw(`${key} < ${keyOf}`, [f.after]);
  else if (f.before !== undefined) qb.whereRaw(`${key} > ${keyOf}`, [f.before]);
  const dir = backwards ? 'asc' : 'desc';
  if (byTime) qb.orderBy('e.occurred_at', dir);
  const rows: AuditPageRow[] = await qb.orderBy('e.id', dir).limit(PAGE_SIZE + 1, LITERAL);
  const more = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: backwards ? page.reverse() : page, more };
}

type Person = { id: number; name: string; email: string };

/**
 * The accounts the actor filter offers: every account, active or not, in the order of names (the first 500), as the
 * trigger on accounts keeps them (migration keep_audit_actor_options) rather than read and sorted on every view. An
 * actor the filter names beyond those (a newsroom of more accounts, reached by an actor's link on this page or from
 * the account's page) is looked up and offered too, so the form shows it chosen and keeps it when another filter is
 * applied.
 */
async function actorOptions(db: Db, chosen: number | undefined): Promise<Person[]> {
  const row: { actors: Person[] } | undefined = await db('reviewer_options').where('id', 1).first('actors');
  const actors = row?.actors ?? [];
  if (chosen === undefined || actors.some((a) => a.id === chosen)) return actors;
  const person: Person | undefined = await db('users').where('id', chosen).first('id', 'name', 'email');
  return person ? [person, ...actors] : actors;
}

/**
 * Who the events' words name by account number (assignees): from the accounts the actor filter lists already, and
 * any it leaves out (a newsroom of more accounts than it lists) in one look-up for the page.
 */
async function peopleOf(db: Db, rows: AuditPageRow[], actors: Person[]): Promise<ReadonlyMap<number, string>> {
  const people = new Map<number, string>();
  const named = new Set(rows.flatMap((e) => peopleNamedBy(e.action, e.before, e.after)));
  if (named.size === 0) return people;
  for (const a of actors) if (named.has(a.id)) people.set(a.id, a.name);
  const missing = [...named].filter((id) => !people.has(id));
  if (missing.length === 0) return people;
  const found: Array<{ id: number; name: string }> = await db('users').whereIn('id', missing).select('id', 'name');
  for (const u of found) people.set(u.id, u.name);
  return people;
}

const r = secureRouter();

r.get('/audit', 'read:audit', async (req: Request, res) => {
  const db = dbOf(req);
  const { filters, values, messages } = parseFilters(req.query as Record<string, unknown>);
  const [{ rows, more }, actors] = await Promise.all([
    listEvents(db, filters),
    actorOptions(db, filters.actor),
  ]);
  const people = await peopleOf(db, rows, actors);
  const href = (cursor: Record<string, string>) => `/audit?${new URLSearchParams({ ...values, ...cursor }).toString()}`;
  const goingBack = filters.before !== undefined && filters.after === undefined;
  const cursorGiven = filters.after !== undefined || filters.before !== undefined;
  const hasNext = goingBack ? true : more;
  const hasPrev = goingBack ? more : cursorGiven;
  res.render('audit/index', {
    title: 'Audit trail',
    rows,
    actors,
    people,
    changeLines,
    recordJson,
    actions: AUDIT_ACTIONS,
    entityTypes: AUDIT_ENTITY_TYPES,
    filters: values,
    messages,
    nextHref: hasNext && rows.length ? href({ after: String(rows.at(-1)!.id) }) : null,
    prevHref: hasPrev && rows.length ? href({ before: String(rows[0]!.id) }) : null,
  });
});

export default r.router;
