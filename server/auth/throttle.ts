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
 * Sign-in failure counting, kept in PostgreSQL so every app process agrees. Keys are the typed
 * email (whether or not an account has it) and the client address, so an unknown email locks
 * exactly like a real one.
 */
export class SignInThrottle {
  constructor(
    private readonly db: Db,
    private readonly options: ThrottleOptions = DEFAULT_THROTTLE,
  ) {}

  /** Seconds until sign-in is allowed again for this email or address; 0 when it is. */
  async lockedFor(email: string, ip: string): Promise<number> {
    const { rows } = await this.db.raw(
      `SELECT coalesce(max(ceil(extract(epoch FROM locked_until - now()))), 0) AS seconds
       FROM sign_in_throttles WHERE key IN (?, ?) AND locked_until > now()`,
      [emailKey(email), addressKey(ip)],
    );
    const row = rows[0] as { seconds: string | number } | undefined;
    return Number(row?.seconds ?? 0);
  }

  /**
   * Counts one failure against both keys; returns the seconds locked now (0 if not locked).
   * Pass the transaction that records the failed sign-in, so the count and the event go together.
   */
  async recordFailure(email: string, ip: string, trx: Db = this.db): Promise<number> {
    const byEmail = await this.bump(trx, emailKey(email), this.options.perEmail);
    const byAddress = await this.bump(trx, addressKey(ip), this.options.perAddress);
    return Math.max(byEmail, byAddress);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.db('sign_in_throttles').where({ key: emailKey(email) }).del();
  }

  private async bump(db: Db, key: string, rule: ThrottleRule): Promise<number> {
    const { rows } = await db.raw(
      `INSERT INTO sign_in_throttles AS t (key, failures, window_start) VALUES (:key, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures     = CASE WHEN t.window_start < now() - make_interval(secs => :window) THEN 1 ELSE t.failures + 1 END,
         window_start = CASE WHEN t.window_start < now() - make_interval(secs => :window) THEN now() ELSE t.window_start END
       RETURNING failures`,
      { key, window: rule.windowSeconds },
    );
    const failures = Number(rows[0].failures);
    if (failures < rule.limit) return 0;
    await db.raw(
      `UPDATE sign_in_throttles SET locked_until = now() + make_interval(secs => :lock), failures = 0, window_start = now()
       WHERE key = :key`,
      { key, lock: rule.lockSeconds },
    );
    return rule.lockSeconds;
  }
}
