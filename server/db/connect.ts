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
  /** Closes the session pool first, then knex, then the embedded database. */
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  onPoolError: (err: Error) => void = () => undefined,
): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedDatabase({ dataDir: config.dataDir, maxConnections: DEFAULT_POOL_MAX + SESSION_POOL_MAX + 6 });
  const url = config.databaseUrl ?? embedded!.connectionString;
  const db = createDb(url);
  const sessionPool = new pg.Pool({ connectionString: url, max: SESSION_POOL_MAX });
  sessionPool.on('error', onPoolError);
  let closing: Promise<void> | null = null;
  return {
    db,
    sessionPool,
    embedded,
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
