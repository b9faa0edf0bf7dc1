import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { createDb, DEFAULT_POOL_MAX, knexLog, timeoutStatements, type Db, type SessionTimeouts } from './knex';

export const SESSION_POOL_MAX = 4;

export interface Database {
  db: Db;
  /** A small pg pool for the session store. */
  sessionPool: pg.Pool;
  embedded: EmbeddedDatabase | null;
  /** Whether connections may prepare named statements (a PostgreSQL server, not the embedded database). */
  prepareStatements: boolean;
  /** Closes the session pool first, then knex, then the embedded database. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Where knex's messages and the session pool's errors go (the console for knex, nowhere for the pool, without). */
  logger?: Logger;
  /** Set on every connection of both pools (the app's: APP_TIMEOUTS); none without. */
  timeouts?: SessionTimeouts;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'preparedStatements'>>,
  { logger, timeouts }: OpenOptions = {},
): Promise<Database> {
  const onPoolError = (err: Error) => logger?.error({ err }, 'session pool error');
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedDatabase({ dataDir: config.dataDir, maxConnections: DEFAULT_POOL_MAX + SESSION_POOL_MAX + 6 });
  const url = config.databaseUrl ?? embedded!.connectionString;
  // Named statements only on a server of its own: the embedded database shares one backend session among all its
  // connections, and other processes (a CLI, a second app process) reach it through DATABASE_URL too.
  const prepareStatements = !embedded && (config.preparedStatements ?? true) && !(await sharesOneSession(url));
  const db = createDb(url, { prepareStatements, timeouts, ...(logger ? { log: knexLog(logger) } : {}) });
  const sessionPool = new pg.Pool({
    connectionString: url,
    max: SESSION_POOL_MAX,
    // awaited before the pool hands a new client out
    ...(timeouts ? { onConnect: async (client: pg.ClientBase) => void (await client.query(timeoutStatements(timeouts))) } : {}),
  });
  sessionPool.on('error', onPoolError);
  let closing: Promise<void> | null = null;
  return {
    db,
    sessionPool,
    embedded,
    prepareStatements,
    close() {
      closing ??= (async () => {
        await sessionPool.end().catch(onPoolError);
        await db.destroy();
        await embedded?.stop();
      })();
      return closing;
    },
  };
}

/**
 * Whether the server at `url` is the embedded database (PGlite, which names itself in `version()`), served over a
 * socket to every process on this machine from one backend session, where one connection's prepared statements
 * collide with another's. When the server cannot be asked, the answer is yes: unnamed statements are always safe.
 */
export async function sharesOneSession(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, application_name: 'verbatim', connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version() AS version');
    return /\bPGlite\b/.test(rows[0]?.version ?? '');
  } catch {
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
