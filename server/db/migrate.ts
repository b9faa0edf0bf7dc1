import path from 'node:path';
import type { Db } from './knex';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../migrations');

const migrationConfig = {
  directory: MIGRATIONS_DIR,
  loadExtensions: ['.ts'],
  tableName: 'knex_migrations',
};

/** Applies every pending migration; returns the names applied. */
export async function migrateLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest(migrationConfig)) as [number, string[]];
  return applied;
}

/** Undoes the last batch; returns the names rolled back. */
export async function migrateRollback(db: Db, all = false): Promise<string[]> {
  const [, undone] = (await db.migrate.rollback(migrationConfig, all)) as [number, string[]];
  return undone;
}

export async function migrationStatus(db: Db): Promise<{ done: string[]; pending: string[] }> {
  const [done, pending] = (await db.migrate.list(migrationConfig)) as [{ name: string }[], { file: string }[]];
  return { done: done.map((m) => m.name), pending: pending.map((m) => m.file) };
}
