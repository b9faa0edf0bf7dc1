import type { Db } from '../db/knex';

export interface ThrottleRule {
  /** failures allowed inside the window before the key is locked */
  limit: number;
  windowSeconds: number;
  lockSeconds: number;
}

export interface ThrottleOptions {
  perEmail: ThrottleRule;
  perAddress: ThrottleRule;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  perEmail: { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  perAddress: { limit: 50, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
};

const emailKey = (email: string) => `email:${email}`;
const addressKey = (ip: string) => `ip:${ip}`;

/**
 * Sign-in attempt counting, kept in PostgreSQL so every app process agrees. Keys are the typed email (whether or not
 * an account has it) and the client address, so an unknown email locks exactly like a real one.
 *
 * An attempt is counted when it is admitted, before its password is checked, and given back when it succeeds: counted
 * only after the slow check, a burst of simultaneous guesses all passed the lock check first (a review got 78 password
 * checks through a limit of 5). Counted first, the sixth of any burst is refused without a check.
 */
export class SignInThrottle {
  constructor(
    private readonly db: Db,
    private readonly options: ThrottleOptions = DEFAULT_THROTTLE,
  ) {}

  /** Counts this attempt against both keys; the seconds sign-in stays locked for them (0: go on and check it). */
  async admit(email: string, ip: string): Promise<number> {
    return this.db.transaction(async (trx) => {
      const byEmail = await this.count(trx, emailKey(email), this.options.perEmail);
      const byAddress = await this.count(trx, addressKey(ip), this.options.perAddress);
      return Math.max(byEmail, byAddress);
    });
  }

  /**
   * An admitted attempt failed: a key whose attempts reached its limit is locked now; returns the seconds locked (0 if
   * not). Pass the transaction that records the failed sign-in, so the lock and the event go together.
   */
  async recordFailure(email: string, ip: string, trx: Db = this.db): Promise<number> {
    const byEmail = await this.lockIfSpent(trx, emailKey(email), this.options.perEmail);
    const byAddress = await this.lockIfSpent(trx, addressKey(ip), this.options.perAddress);
    return Math.max(byEmail, byAddress);
  }

  /** An admitted attempt succeeded: the email starts afresh, and the address gets its attempt back. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.db.transaction(async (trx) => {
      await trx('sign_in_throttles').where({ key: emailKey(email) }).del();
      await trx('sign_in_throttles').where({ key: addressKey(ip) }).update({ failures: trx.raw('greatest(failures - 1, 0)') });
    });
  }

  private async count(db: Db, key: string, rule: ThrottleRule): Promise<number> {
    const { rows } = await db.raw(
      `INSERT INTO sign_in_throttles AS t (key, failures, window_start) VALUES (:key, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures     = CASE WHEN t.locked_until > now() THEN t.failures
                             WHEN t.window_start < now() - make_interval(secs => :window) THEN 1 ELSE t.failures + 1 END,
         window_start = CASE WHEN t.locked_until > now() THEN t.window_start
                             WHEN t.window_start < now() - make_interval(secs => :window) THEN now() ELSE t.window_start END
       RETURNING failures, coalesce(ceil(extract(epoch FROM t.locked_until - now())), 0) AS locked`,
      { key, window: rule.windowSeconds },
    );
    const { failures, locked } = rows[0] as { failures: number; locked: string | number };
    // why: now() is when this transaction began; one that waited on the row while another locked it began earlier,
    // and read a lock a second longer than it is ("Try again in 16 minutes")
    if (Number(locked) > 0) return Math.min(Number(locked), rule.lockSeconds);
    return Number(failures) > rule.limit ? this.lock(db, key, rule) : 0;
  }

  private async lockIfSpent(db: Db, key: string, rule: ThrottleRule): Promise<number> {
    const { rows } = await db.raw(
      `SELECT 1 FROM sign_in_throttles WHERE key = :key AND failures >= :limit AND (locked_until IS NULL OR locked_until <= now())`,
      { key, limit: rule.limit },
    );
    return rows.length ? this.lock(db, key, rule) : 0;
  }

  private async lock(db: Db, key: string, rule: ThrottleRule): Promise<number> {
    await db.raw(
      `UPDATE sign_in_throttles SET locked_until = now() + make_interval(secs => :lock), failures = 0, window_start = now()
       WHERE key = :key`,
      { key, lock: rule.lockSeconds },
    );
    return rule.lockSeconds;
  }
}

/** Until when sign-in with this email is locked after repeated failures; null when it is not. */
export async function signInLockedUntil(db: Db, email: string): Promise<Date | null> {
  const row: { locked_until: Date } | undefined = await db('sign_in_throttles')
    .where({ key: emailKey(email) }).whereRaw('locked_until > now()').first('locked_until');
  return row?.locked_until ?? null;
}

/** Lifts the lock and count of an email's sign-ins; whether it was locked. */
export async function clearSignInLock(db: Db, email: string): Promise<boolean> {
  const { rows } = await db.raw(`DELETE FROM sign_in_throttles WHERE key = ? RETURNING locked_until > now() AS locked`, [emailKey(email)]);
  return (rows as Array<{ locked: boolean | null }>).some((r) => r.locked === true);
}
