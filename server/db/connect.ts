import pg from 'pg';
import type { Config } from '../config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { createDb, DEFAULT_POOL_MAX, type Db } from './knex';

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

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'preparedStatements'>>,
  onPoolError: (err: Error) => void = () => undefined,
): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedDatabase({ dataDir: config.dataDir, maxConnections: DEFAULT_POOL_MAX + SESSION_POOL_MAX + 6 });
  const url = config.databaseUrl ?? embedded!.connectionString;
  // Named statements only on a server: the embedded database shares one backend session among its connections.
  const prepareStatements = !embedded && (config.preparedStatements ?? true);
  const db = createDb(url, { prepareStatements });
  const sessionPool = new pg.Pool({ connectionString: url, max: SESSION_POOL_MAX });
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
