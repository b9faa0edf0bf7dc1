import path from 'node:path';
import type { Knex } from 'knex';
import type { Db } from './knex';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../migrations');

/**
 * Where the migrations are, and what each runs under: no statement or lock timeout (SET LOCAL, in the migration's
 * transaction), whatever the connection's session says. The app's connections carry timeouts sized for requests,
 * and the app migrates on one of them at start; a migration rewriting a million claims runs for over a minute.
 */
export const MIGRATION_CONFIG: Knex.MigratorConfigWithLifecycleHooks = {
  directory: MIGRATIONS_DIR,
  loadExtensions: ['.ts'],
  tableName: 'knex_migrations',
  beforeEach: async (trx) => {
    await trx.raw('SET LOCAL statement_timeout = 0');
    await trx.raw('SET LOCAL lock_timeout = 0');
  },
};

/** Applies every pending migration; returns the names applied. */
export async function migrateLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(MIGRATION_CONFIG)) as [number, string[]];
  return applied;
}

export async function migrationStatus(db: Db): Promise<{ done: string[]; pending: string[] }> {
  const [done, pending] = (await db.migrate.list(MIGRATION_CONFIG)) as [{ name: string }[], { file: string }[]];
  return { done: done.map((m) => m.name), pending: pending.map((m) => m.file) };
}
