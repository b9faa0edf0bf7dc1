import type { Db } from './knex';

const answered = new WeakMap<Db, Promise<boolean>>();

/**
 * Whether an open database's connections share one session underneath (the embedded database, PGlite, which names
 * itself in `version()`, as sharesOneSession in connect.ts asks before a database is opened): there, a transaction
 * left open holds up every other connection until it ends. Asked once for each database.
 */
export function servesOneSession(db: Db): Promise<boolean> {
  let answer = answered.get(db);
  if (!answer) {
    answer = db.raw<{ rows: { version: string }[] }>('SELECT version() AS version').then(({ rows }) => /\bPGlite\b/.test(rows[0]?.version ?? ''));
    answer.catch(() => answered.delete(db));
    answered.set(db, answer);
  }
  return answer;
}
