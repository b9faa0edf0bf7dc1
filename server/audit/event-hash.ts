import { hash } from 'node:crypto';
import type { StoredChainEvent } from './repository';

/**
 * An audit event's hash, computed here from its values and never by the database: whoever owns the table owns
 * audit_event_hash() too, and can replace it with one that vouches for a rewritten event. The text hashed is, byte for
 * byte, the one audit_event_hash() hashes: the jsonb text of [prev_hash, seq, occurred_at, actor_id, action,
 * entity_type, entity_id, before, after, note, ip], elements joined by ", ", text escaped as jsonb escapes it (which
 * is what JSON.stringify does: \" \\ \b \f \n \r \t, other control characters as \u00xx, nothing else), numbers and
 * jsonb as PostgreSQL prints them, a NULL as null.
 */
export interface HashedEvent {
  prevHash: string;
  /** seq and actor_id as PostgreSQL prints a bigint. */
  seq: string | number;
  /** to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'): null for an infinite time. */
  occurredAt: string | null;
  actorId: string | number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** before and after as jsonb prints them. */
  before: string | null;
  after: string | null;
  note: string | null;
  ip: string | null;
}

export function eventHash(e: HashedEvent): string {
  return hash('sha256', `[${text(e.prevHash)}, ${e.seq}, ${text(e.occurredAt)}, ${e.actorId ?? 'null'}, ${text(e.action)}, ` +
    `${text(e.entityType)}, ${text(e.entityId)}, ${e.before ?? 'null'}, ${e.after ?? 'null'}, ${text(e.note)}, ${text(e.ip)}]`, 'hex');
}

/** A linked event's hash, from its columns as the database prints them. */
export function storedEventHash(e: StoredChainEvent): string {
  return eventHash({
    prevHash: e.prev_hash, seq: e.seq, occurredAt: hashedTimestamp(e.occurred_at), actorId: e.actor_id, action: e.action,
    entityType: e.entity_type, entityId: e.entity_id, before: e.before, after: e.after, note: e.note, ip: e.ip,
  });
}

// why: most values need no escape, and quoting them is twice as fast as JSON.stringify, which seed:large feels
const ESCAPED = /["\\\u0000-\u001f]/;
const text = (value: string | null) => (value === null ? 'null' : ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`);

// What timestamptz prints under DateStyle ISO, in the session's time zone: 2026-12-01 09:30:00.5+05:30, 0044-03-15
// 12:19:32+00:19:32 BC. The year has four digits or more; the fraction loses its trailing zeros.
const ISO_TIMESTAMPTZ = /^(\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?([+-])(\d\d)(?::(\d\d))?(?::(\d\d))?( BC)?$/;

/**
 * A timestamptz as PostgreSQL prints it (DateStyle ISO, any time zone) in the form audit_event_hash() writes it:
 * UTC to the microsecond, the year as to_char's YYYY gives it (at least four digits, an era's sign dropped).
 */
export function hashedTimestamp(printed: string): string | null {
  if (printed === 'infinity' || printed === '-infinity') return null;
  const m = ISO_TIMESTAMPTZ.exec(printed);
  if (!m) throw new Error(`a time printed as "${printed}", not as DateStyle ISO prints it: the audit chain is verified with DateStyle ISO`);
  const [, year, month, day, hours, minutes, seconds, fraction = '', sign, offsetH, offsetM = '00', offsetS = '00', bc] = m as unknown as string[];
  const micros = fraction.padEnd(6, '0');
  if (offsetH === '00' && offsetM === '00' && offsetS === '00') return `${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${micros}Z`;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetH) * 3600 + Number(offsetM) * 60 + Number(offsetS));
  const localSeconds = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) - offset;
  const days = daysFromCivil(bc ? 1 - Number(year) : Number(year), Number(month), Number(day)) + Math.floor(localSeconds / 86_400);
  const secondOfDay = ((localSeconds % 86_400) + 86_400) % 86_400;
  const [y, mo, d] = civilFromDays(days);
  const t = [Math.floor(secondOfDay / 3600), Math.floor(secondOfDay / 60) % 60, secondOfDay % 60].map(two);
  return `${String(y <= 0 ? 1 - y : y).padStart(4, '0')}-${two(mo)}-${two(d)}T${t[0]}:${t[1]}:${t[2]}.${micros}Z`;
}

const two = (n: number) => String(n).padStart(2, '0');

// Days since 1970-01-01 of a proleptic Gregorian date (year 0 is 1 BC), and back: H. Hinnant's chrono algorithms,
// exact for every year PostgreSQL stores, where Date stops at ±275,760.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}
