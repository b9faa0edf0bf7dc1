import { Writable } from 'node:stream';
import type { Knex } from 'knex';
import pg from 'pg';
import pino from 'pino';
import type { ChildServer } from '../../bench/lib/child-server';
import { signInOverHttp } from '../../bench/lib/web-session';
import { createDb, knexLog, type Db } from '../../server/db/knex';
import { migrateLatest } from '../../server/db/migrate';
import { startAppProcess } from '../faults/app-process';
import { createScratchDatabase, createUser, testDatabaseUrl, type ScratchDatabase } from '../support';

const serverUrl = process.env.DATABASE_URL?.trim();

/** Each line as JSON, or the line itself where it is not. */
const entries = (text: string): unknown[] => text.split('\n').filter((l) => l.trim()).map((line) => {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return line;
  }
});

test('when a pooled connection has ended, then knex says so as one JSON entry of the app\'s log, and nothing on the console', async () => {
  let written = '';
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => void ((written += chunk.toString()), done()) });
  const db: Db = createDb(testDatabaseUrl(), { poolMax: 1, log: knexLog(pino({ level: 'info' }, sink)) });
  const consoleSpies = (['log', 'warn', 'error'] as const).map((m) => jest.spyOn(console, m));
  try {
    await db.raw('SELECT 1');
    // the connection's end seen from the pool: the server ending it, or the network
    const connection = (await db.client.acquireConnection()) as pg.Client;
    await connection.end();
    db.client.releaseConnection(connection as unknown as Knex.Client);
    expect((await db.raw('SELECT 2 AS n')).rows).toEqual([{ n: 2 }]);

    expect(consoleSpies.flatMap((spy) => spy.mock.calls)).toEqual([]);
    expect(entries(written)).toEqual([
      expect.objectContaining({ level: 40, component: 'knex', msg: 'Connection Error: Connection ended unexpectedly' }),
    ]);
  } finally {
    for (const spy of consoleSpies) spy.mockRestore();
    await db.destroy();
  }
});

// pg_terminate_backend needs a server: the embedded database is one backend session under every connection.
const describeOnServer = serverUrl ? describe : describe.skip;
if (!serverUrl) test.skip('the app process whose backends are terminated: skipped on the embedded database, which has one backend session under every connection', () => undefined);

describeOnServer('when the app process\'s backends are terminated (pg_terminate_backend)', () => {
  let scratch: ScratchDatabase;
  let app: ChildServer | undefined;
  let output = '';
  let errors = '';

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl!, 'verbatim_test_logs');
    const db = createDb(scratch.url, { poolMax: 1 });
    let account: Awaited<ReturnType<typeof createUser>>;
    try {
      await migrateLatest(db);
      account = await createUser(db, { role: 'editor' });
    } finally {
      await db.destroy();
    }
    app = await startAppProcess(scratch.url, { LOG_LEVEL: 'info' });
    app.process.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    app.process.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
    const { cookie } = await signInOverHttp(app.url, account.user.email, account.password);

    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1', [scratch.name]);
      expect(rows.length).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    await new Promise((r) => setTimeout(r, 200));
    for (const path of ['/claims', '/account', '/healthz']) {
      const res = await fetch(`${app.url}${path}`, { headers: { cookie } });
      expect([path, res.status]).toEqual([path, 200]);
    }
    await app.stop('SIGTERM');
  }, 90_000);

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await scratch?.drop();
  });

  test('then every line the app writes is a JSON log entry, the ended connections among them, and pages keep answering', () => {
    expect(errors).toBe('');
    const logged = entries(output);
    expect(logged.filter((e) => typeof e !== 'object')).toEqual([]);
    expect(logged).toContainEqual(expect.objectContaining({ level: 40, component: 'knex', msg: expect.stringContaining('Connection Error') }));
    expect(logged).toContainEqual(expect.objectContaining({ level: 50, msg: 'session pool error' }));
  });
});
