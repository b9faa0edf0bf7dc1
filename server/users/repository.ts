import type { Db } from '../db/knex';
import type { Role } from '../auth/permissions';
import { REVOCATION_SEEN, SESSION_TABLE } from '../auth/session-store';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  last_sign_in_at: Date | null;
  password_changed_at: Date;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = ['id', 'email', 'name', 'role', 'active', 'last_sign_in_at', 'password_changed_at', 'created_at', 'updated_at'] as const;

/**
 * SQL naming the account `u` (an alias of users) where claims show whom they are assigned to: its name, with its email
 * beside it when another account has the same name (case aside), so two Zoë Ångströms can be told apart. A unique
 * name stays bare, keeping the lists short to read. The names more than one account has are kept by a trigger on the
 * accounts, beside the pick lists labelled the same way (migrations keep_reviewer_options and
 * keep_shared_names_with_reviewer_options).
 */
export function personLabel(u: string): string {
  const shared = `lower(${u}.name) IN (SELECT json_array_elements_text(shared_names) FROM reviewer_options WHERE id = 1)`;
  return `(${u}.name || CASE WHEN ${shared} THEN ' (' || ${u}.email || ')' ELSE '' END)`;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db('users').select(COLUMNS).where({ id }).first();
}

export async function findUserByIdForUpdate(db: Db, id: number): Promise<UserRow | undefined> {
  return db('users').select(COLUMNS).where({ id }).forUpdate().first();
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db('users').select(COLUMNS).where({ email: normaliseEmail(email) }).first();
}

/**
 * The one place a password hash is read; only the auth module calls it. With it, in the same statement, when the
 * account's sessions were last revoked: the hash and the time belong together.
 */
export async function findCredentials(
  db: Db,
  email: string,
): Promise<(UserRow & { password_hash: string; sessions_revoked_at: Date | null }) | undefined> {
  return db('users').select([...COLUMNS, 'password_hash', 'sessions_revoked_at']).where({ email: normaliseEmail(email) }).first();
}

export async function findPasswordHash(db: Db, id: number): Promise<string | undefined> {
  const row = await db('users').select('password_hash').where({ id }).first();
  return row?.password_hash;
}

/** Accounts' names by id, deactivated ones too: the trail names people who have left. */
export async function namesOf(db: Db, ids: number[]): Promise<Map<number, string>> {
  const rows: Array<{ id: number; name: string }> = ids.length ? await db('users').whereIn('id', ids).select('id', 'name') : [];
  return new Map(rows.map((u) => [u.id, u.name]));
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return db('users').select(COLUMNS).orderBy([{ column: 'active', order: 'desc' }, 'name', 'id']);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db('users').count<{ n: string }[]>({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

export async function insertUser(
  db: Db,
  user: { email: string; name: string; role: Role; passwordHash: string; active?: boolean },
): Promise<UserRow> {
  const [row] = await db('users')
    .insert({
      email: normaliseEmail(user.email),
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      active: user.active ?? true,
    })
    .returning(COLUMNS);
  return row as UserRow;
}

export async function updateUser(
  db: Db,
  id: number,
  changes: Partial<Pick<UserRow, 'name' | 'role' | 'active'>>,
): Promise<UserRow> {
  const [row] = await db('users')
    .update({ ...changes, updated_at: db.fn.now() })
    .where({ id })
    .returning(COLUMNS);
  return row as UserRow;
}

export async function setPasswordHash(db: Db, id: number, passwordHash: string): Promise<void> {
  await db('users')
    .update({ password_hash: passwordHash, password_changed_at: db.fn.now(), updated_at: db.fn.now() })
    .where({ id });
}

export async function markSignedIn(db: Db, id: number): Promise<void> {
  await db('users').update({ last_sign_in_at: db.fn.now() }).where({ id });
}

/** Active admins other than `exceptId`, locked so two admins cannot demote each other at once. */
export async function otherActiveAdminIds(db: Db, exceptId: number): Promise<number[]> {
  const rows = await db('users')
    .select('id')
    .where({ role: 'admin', active: true })
    .whereNot({ id: exceptId })
    .forUpdate();
  return rows.map((r: { id: number }) => r.id);
}

/**
 * Ends every session of the user at once but `keptSid` (the one changing its own password): their rows go, and the
 * account's sessions_revoked_at moves on, so a sign-in that checked the old password and saves its session only after
 * this gets none either (see auth/session-store). The kept session is recorded as signed in after it. Returns how many
 * sessions ended.
 */
export async function endSessionsOf(db: Db, userId: number, keptSid?: string): Promise<number> {
  // to the millisecond a session's JSON keeps, and later than the last, so no two revocations share a time
  const [{ sessions_revoked_at: revokedAt }] = await db('users')
    .update({ sessions_revoked_at: db.raw(`greatest(date_trunc('milliseconds', clock_timestamp()), sessions_revoked_at + interval '1 millisecond')`) })
    .where({ id: userId })
    .returning('sessions_revoked_at');
  const sessionsOf = () => db(SESSION_TABLE).whereRaw(`(sess -> 'passport' ->> 'user') = ?`, [String(userId)]);
  const ended = await (keptSid ? sessionsOf().whereNot({ sid: keptSid }) : sessionsOf()).del();
  if (keptSid) {
    await sessionsOf().where({ sid: keptSid })
      .update({ sess: db.raw(`jsonb_set(sess::jsonb, ?, to_jsonb(?::text))::json`, [`{${REVOCATION_SEEN}}`, (revokedAt as Date).toISOString()]) });
  }
  return ended;
}

/** Who last did one of these actions to an account, and when: a conflict page says whose change met the form. */
export async function lastAccountEvent(db: Db, userId: number, actions: string[]): Promise<{ action: string; actor_name: string | null; occurred_at: Date } | undefined> {
  return db('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .where({ 'e.entity_type': 'user', 'e.entity_id': String(userId) })
    .whereIn('e.action', actions)
    .orderBy('e.id', 'desc')
    .first('e.action', 'u.name as actor_name', 'e.occurred_at');
}
