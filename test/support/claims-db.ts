import { createDb, type Db } from '../../server/db/knex';
import { migrateLatest } from '../../server/db/migrate';

/** A migrated database for the claims tests. */
export async function claimsTestDb(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const db = createDb(url);
  await migrateLatest(db);
  return db;
}
