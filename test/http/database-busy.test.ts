import type { Express } from 'express';
import pg from 'pg';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app';
import { openDatabase, type Database } from '../../server/db/connect';
import { APP_TIMEOUTS, createDb, type Db, type SessionTimeouts } from '../../server/db/knex';
import { MIGRATION_CONFIG } from '../../server/db/migrate';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { createUser, isolatedDatabase, newAgent, signIn, TEST_SESSION_SECRET, type Agent, type IsolatedDatabase } from '../support';

// The embedded database is one PostgreSQL session under every connection: another connection cannot hold a lock
// while the app's statements wait for it (they wait their turn at the socket instead), settings made on one connection
// are every connection's, and it does not apply statement_timeout at all. What is tested here needs a server.
const onServer = Boolean(process.env.DATABASE_URL?.trim());
const describeOnServer = onServer ? describe : describe.skip;
if (!onServer) {
  test.skip('skipped on the embedded database: one session under every connection, so no lock can be held against the app, and no statement timeout applies', () => undefined);
}

const BUSY = 'The database is busy with other work and could not answer in time. Try again in a moment.';

describeOnServer('when a table the app reads is locked by another session', () => {
  let iso: IsolatedDatabase;
  let claimId: number;
  let email: string;
  let password: string;
  beforeAll(async () => {
    iso = await isolatedDatabase();
    const editor = await createUser(iso.db, { role: 'editor' });
    ({ password } = editor);
    email = editor.user.email;
    const article = await insertArticleWithClaims(iso.db, editor.user.id, 'She said “we will build it” on Monday.', [{ quote: 'we will build it' }]);
    claimId = article.claimIds[0]!;
  }, 60_000);
  afterAll(() => iso?.close());

  /** The real app on `db`, and an agent signed in to it. */
  async function signedIn(db: Db, sessionPool: pg.Pool): Promise<{ app: Express; agent: Agent }> {
    const app = createApp({
      config: { sessionSecret: TEST_SESSION_SECRET, trustProxy: false, nodeEnv: 'test', logLevel: 'silent' },
      db, sessionPool, logger: pino({ level: 'silent' }),
    });
    return { app, agent: await signIn(newAgent(app), email, password) };
  }

  /** `LOCK TABLE claims IN ACCESS EXCLUSIVE MODE` from psql, as the review did; resolves with its release. */
  async function lockClaims(): Promise<() => Promise<void>> {
    const locker = new pg.Client({ connectionString: iso.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
    return async () => {
      await locker.query('ROLLBACK');
      await locker.end();
    };
  }

  const timed = async <T>(p: PromiseLike<T>): Promise<{ value: T; ms: number }> => {
    const started = Date.now();
    const value = await p;
    return { value, ms: Date.now() - started };
  };

  describe('and the app runs with its own timeouts', () => {
    let database: Database;
    beforeAll(async () => {
      database = await openDatabase({ databaseUrl: iso.url, dataDir: '/nonexistent' }, { timeouts: APP_TIMEOUTS });
    });
    afterAll(() => database?.close());

    test('then claim pages give up waiting after the lock timeout with the busy 503, their connections come back, and pages not reading claims and /healthz answer meanwhile', async () => {
      const { agent } = await signedIn(database.db, database.sessionPool);
      const release = await lockClaims();
      try {
        const claimPages = Array.from({ length: 8 }, () => timed(agent.get(`/claims/${claimId}`)));
        await new Promise((r) => setTimeout(r, 500));
        const health = await timed(agent.get('/healthz'));
        const account = await timed(agent.get('/account'));
        expect([health.value.status, account.value.status]).toEqual([200, 200]);
        expect(Math.max(health.ms, account.ms)).toBeLessThan(1000);

        const pages = await Promise.all(claimPages);
        expect(pages.map(({ value }) => [value.status, value.headers['retry-after']])).toEqual(pages.map(() => [503, '5']));
        for (const { value } of pages) expect(value.text).toContain(BUSY);
        for (const { ms } of pages) {
          expect(ms).toBeGreaterThanOrEqual(APP_TIMEOUTS.lockMs);
          expect(ms).toBeLessThan(APP_TIMEOUTS.lockMs + 3000);
        }
        expect(database.db.client.pool.numUsed()).toBe(0);
      } finally {
        await release();
      }
      expect((await agent.get(`/claims/${claimId}`)).status).toBe(200);
    }, 30_000);

    test('then the app\'s connections, knex\'s and the session pool\'s, carry the timeouts, and a migration runs with none', async () => {
      const show = async (query: (sql: string) => Promise<Array<Record<string, string>>>) => ({
        statement: (await query('SHOW statement_timeout'))[0]!.statement_timeout,
        lock: (await query('SHOW lock_timeout'))[0]!.lock_timeout,
      });
      const app = { statement: '30s', lock: '5s' };
      expect(await show(async (sql) => (await database.db.raw(sql)).rows)).toEqual(app);
      expect(await show(async (sql) => (await database.sessionPool.query(sql)).rows)).toEqual(app);
      const inMigration = await database.db.transaction(async (trx) => {
        await MIGRATION_CONFIG.beforeEach!(trx, []);
        return show(async (sql) => (await trx.raw(sql)).rows);
      });
      expect(inMigration).toEqual({ statement: '0', lock: '0' });
    });
  });

  test('when the command-line tools open the database, then their connections have no timeouts', async () => {
    const cli = await openDatabase({ databaseUrl: iso.url, dataDir: '/nonexistent' });
    try {
      expect((await cli.db.raw('SHOW statement_timeout')).rows[0].statement_timeout).toBe('0');
      expect((await cli.db.raw('SHOW lock_timeout')).rows[0].lock_timeout).toBe('0');
      expect((await cli.sessionPool.query('SHOW lock_timeout')).rows[0].lock_timeout).toBe('0');
    } finally {
      await cli.close();
    }
  });

  test('when a statement runs past the statement timeout, then the page is the busy 503 and its connection comes back', async () => {
    const short: SessionTimeouts = { statementMs: 300, lockMs: 0 };
    const db = createDb(iso.url, { poolMax: 4, timeouts: short });
    const sessionPool = new pg.Pool({ connectionString: iso.url, max: 2 });
    try {
      const { agent } = await signedIn(db, sessionPool);
      const release = await lockClaims();
      let page;
      try {
        page = await timed(agent.get(`/claims/${claimId}`));
      } finally {
        await release();
      }
      expect(page.value.status).toBe(503);
      expect(page.value.text).toContain(BUSY);
      expect(page.ms).toBeLessThan(3000);
      expect(db.client.pool.numUsed()).toBe(0);
    } finally {
      await sessionPool.end();
      await db.destroy();
    }
  });
});
