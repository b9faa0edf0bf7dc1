import type { Db } from '../../server/db/knex';
import { startAuditChainer } from '../../server/audit/chainer';

/** A stand-in for the database that fails the linking call while `down` is set, and links nothing otherwise. */
function flakyDb() {
  const state = { down: true, calls: 0 };
  const db = {
    client: { config: {} },
    raw: async () => {
      state.calls++;
      if (state.down) throw new Error('connection refused');
      return { rows: [{ linked: 0 }] };
    },
  } as unknown as Db;
  return { db, state };
}

describe('audit chainer while the database is away', () => {
  test('when linking keeps failing, then only the first failure is reported, and the recovery once with the count', async () => {
    const { db, state } = flakyDb();
    const errors: unknown[] = [];
    const recoveries: number[] = [];
    const chainer = startAuditChainer(db, { intervalMs: 60_000, gatherMs: 0, onError: (e) => errors.push(e), onRecovered: (n) => recoveries.push(n) });
    try {
      for (let i = 0; i < 5; i++) await chainer.kick();
      expect(state.calls).toBe(5);
      expect(errors).toHaveLength(1);
      expect(recoveries).toEqual([]);

      state.down = false;
      await chainer.kick();
      await chainer.kick();
      expect(recoveries).toEqual([5]);

      state.down = true;
      await chainer.kick();
      expect(errors).toHaveLength(2);
    } finally {
      await chainer.stop();
    }
  });
});
