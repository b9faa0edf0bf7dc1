/**
 * How one recorded value reads in a change's words: labels for codes, names for account numbers, one short line for
 * long text, each set apart from the words around it. Each value costs a few string operations, whatever its length:
 * the audit page shows fifty events a view.
 */
import { ROLE_LABELS } from '../auth/permissions';
import { STATUS_LABELS } from '../claims/present';

export type People = ReadonlyMap<number, string>;
export type Rec = Record<string, unknown>;
export type Kind = 'text' | 'quote' | 'status' | 'person' | 'date' | 'yesno' | 'role' | 'active' | 'speaker_kind';
export type Field = readonly [key: string, label: string, kind: Kind];

const TEXT_SHOWN = 120;
const NAMES_SHOWN = 5;
export const NOBODY: People = new Map();

/** "Label: before → after" for each field both records hold and the event changed. */
export function fieldLines(fields: Field[], b: Rec | null, a: Rec | null, people: People): string[] {
  if (!b || !a) return [];
  const lines: string[] = [];
  for (const [key, label, kind] of fields) {
    if (!(key in a) || !(key in b) || same(b[key], a[key])) continue;
    lines.push(`${label}: ${shown(kind, b[key], people)} → ${shown(kind, a[key], people)}`);
  }
  return lines;
}

/** "Label: value" for each field a created record holds; a flag it does not set says nothing. */
export function factLines(fields: Field[], r: Rec): string[] {
  const held = ([key, , kind]: Field) => r[key] !== undefined && r[key] !== null && r[key] !== '' && !(kind === 'yesno' && r[key] === false);
  return fields.filter(held).map(([key, label, kind]) => `${label}: ${shown(kind, r[key], NOBODY)}`);
}

/** "Label: value", the value in words ("Assigned to: Ana Silva", "nobody"). */
export function fact(label: string, kind: Kind, v: unknown, people: People): string {
  return `${label}: ${shown(kind, v, people)}`;
}

/** "Label: n" when something was counted; nothing for none. */
export function count(n: unknown, label: string): string[] {
  return typeof n === 'number' && n > 0 ? [`${label}: ${n}`] : [];
}

/**
 * A value between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: each value takes its own direction from its first
 * letter, and the words and arrow around it stay left to right. Without them two right-to-left names either side of
 * an arrow ran together, and "Speaker: אבי כהן → שרה לוי" read as a correction from the new name to the old one.
 */
export function isolated(value: string): string {
  return `\u2068${value}\u2069`;
}

function shown(kind: Kind, v: unknown, people: People): string {
  return isolated(inWords(kind, v, people));
}

function inWords(kind: Kind, v: unknown, people: People): string {
  if (v === null || v === undefined || v === '') return kind === 'person' ? 'nobody' : 'none';
  switch (kind) {
    case 'status': return labelOf(STATUS_LABELS, v);
    case 'role': return labelOf(ROLE_LABELS, v);
    case 'person': return typeof v === 'number' ? people.get(v) ?? `reviewer #${v}` : shorten(String(v));
    case 'quote': return `“${shorten(String(v))}”`;
    case 'date': return String(v).slice(0, 10);
    case 'yesno': return v === true ? 'yes' : v === false ? 'no' : String(v);
    case 'active': return v === true ? 'Active' : v === false ? 'Deactivated' : String(v);
    case 'speaker_kind': return labelOf(SPEAKER_KIND_LABELS, v);
    default: return shorten(typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
}

/** A speaker's kind as the speaker's page names it. */
const SPEAKER_KIND_LABELS: Record<string, string> = { person: 'Person', organization: 'Organisation' };

function labelOf(labels: Record<string, string>, v: unknown): string {
  return typeof v === 'string' && Object.hasOwn(labels, v) ? labels[v]! : shorten(String(v));
}

/** Names, the first few of them, and how many more. */
export function listed(names: unknown[]): string {
  const shownNames = names.slice(0, NAMES_SHOWN).map((n) => isolated(shorten(String(n)))).join(', ');
  return names.length > NAMES_SHOWN ? `${shownNames} and ${names.length - NAMES_SHOWN} more` : shownNames;
}

/** The values of a list its other does not hold, each once and in its order ("added" read one way, "removed" the other). */
export function notIn(values: unknown[], other: unknown[]): unknown[] {
  const held = new Set(other);
  return [...new Set(values)].filter((v) => !held.has(v));
}

export function asRecord(v: unknown): Rec | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : null;
}

function same(x: unknown, y: unknown): boolean {
  return x === y || JSON.stringify(x) === JSON.stringify(y);
}

/** One line, at most TEXT_SHOWN characters; only the head of a long text is read. */
export function shorten(s: string): string {
  const head = s.length > TEXT_SHOWN * 4 ? s.slice(0, TEXT_SHOWN * 4) : s;
  const flat = head.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_SHOWN || head.length < s.length ? `${flat.slice(0, TEXT_SHOWN - 1)}…` : flat;
}
