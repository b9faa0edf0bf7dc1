import path from 'node:path';
import type { Knex } from 'knex';
import type { Db, Trx } from './knex';
import { MIGRATION_CONFIG, MIGRATIONS_DIR, migrationStatus } from './migrate';

/** What undoing a migration would take away: a table that holds rows, every row of one, or a column holding values. */
export type DataLoss =
  | { kind: 'table'; table: string }
  | { kind: 'rows'; table: string }
  | { kind: 'column'; table: string; column: string };

export type Rollback =
  | { outcome: 'nothing' }
  /** Nothing was changed: its `down` would lose `losses`, and dropping data was not allowed. */
  | { outcome: 'refused'; name: string; losses: DataLoss[] }
  /** Nothing was changed: its `down` failed when tried. */
  | { outcome: 'failed'; name: string; error: Error }
  | { outcome: 'undone'; name: string; losses: DataLoss[]; remaining: string[] };

/**
 * Undoes the latest applied migration, and only that one. Its `down` is tried first in a transaction that is always
 * rolled back (PostgreSQL and the embedded database both undo DDL with it); when the trial drops a table or a column
 * holding data, or empties a table, the migration stays applied unless `dropData` is given.
 */
export async function rollbackLatest(db: Db, { dropData = false } = {}): Promise<Rollback> {
  const name = (await migrationStatus(db)).done.sort().at(-1);
  if (!name) return { outcome: 'nothing' };
  const migration = (await import(path.join(MIGRATIONS_DIR, name))) as { down: (knex: Knex) => Promise<void> };
  let losses: DataLoss[];
  try {
    losses = await lossesOf(db, migration.down);
  } catch (err) {
    return { outcome: 'failed', name, error: err instanceof Error ? err : new Error(String(err)) };
  }
  if (losses.length && !dropData) return { outcome: 'refused', name, losses };
  await db.migrate.down({ ...MIGRATION_CONFIG, name });
  return { outcome: 'undone', name, losses, remaining: (await migrationStatus(db)).done.sort() };
}

interface Table {
  /** Its name as SQL reads it (regclass: schema-qualified and quoted where it must be). */
  name: string;
  /** Its columns that hold stored values (not generated from others), quoted. */
  columns: string[];
}

/** What `down` would lose, found by running it in a transaction that is then rolled back. */
export async function lossesOf(db: Db, down: (knex: Knex) => Promise<void>): Promise<DataLoss[]> {
  const trx = await db.transaction();
  try {
    const before = await tablesOf(trx);
    const withRows = await tablesWithRows(trx, before.map((t) => t.name));
    await trx.raw('SAVEPOINT before_down');
    await down(trx);
    const after = new Map((await tablesOf(trx)).map((t) => [t.name, new Set(t.columns)]));
    const kept = await tablesWithRows(trx, [...withRows].filter((t) => after.has(t)));
    const losses: DataLoss[] = [];
    const droppedColumns: Array<{ table: string; column: string }> = [];
    for (const { name, columns } of before) {
      const columnsAfter = after.get(name);
      if (!withRows.has(name)) continue;
      if (!columnsAfter) losses.push({ kind: 'table', table: name });
      else if (!kept.has(name)) losses.push({ kind: 'rows', table: name });
      else droppedColumns.push(...columns.filter((c) => !columnsAfter.has(c)).map((column) => ({ table: name, column })));
    }
    await trx.raw('ROLLBACK TO SAVEPOINT before_down');
    for (const { table, column } of droppedColumns) {
      const { rows } = await trx.raw(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE ${column} IS NOT NULL) AS held`);
      if ((rows as Array<{ held: boolean }>)[0]!.held) losses.push({ kind: 'column', table, column });
    }
    return losses;
  } finally {
    await trx.rollback();
  }
}

/** Every ordinary and partitioned table outside PostgreSQL's own schemas, but knex's bookkeeping. */
async function tablesOf(trx: Trx): Promise<Table[]> {
  const { rows } = await trx.raw(`
    SELECT c.oid::regclass::text AS name,
           coalesce(array_agg(quote_ident(a.attname) ORDER BY a.attnum) FILTER (WHERE a.attname IS NOT NULL), '{}') AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p')
       AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
       AND c.relname NOT IN ('${MIGRATION_CONFIG.tableName}', '${MIGRATION_CONFIG.tableName}_lock')
     GROUP BY c.oid`);
  return rows as Table[];
}

/** Which of `tables` hold at least one row, in one statement. */
async function tablesWithRows(trx: Trx, tables: string[]): Promise<Set<string>> {
  if (!tables.length) return new Set();
  const { rows } = await trx.raw(tables.map((t) => `SELECT ${literal(t)} AS name WHERE EXISTS (SELECT 1 FROM ${t})`).join(' UNION ALL '));
  return new Set((rows as Array<{ name: string }>).map((r) => r.name));
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A loss in words: "table users and its rows", "column users.sessions_revoked_at and its values". */
export function lossWords(loss: DataLoss): string {
  switch (loss.kind) {
    case 'table': return `table ${loss.table} and its rows`;
    case 'rows': return `every row of table ${loss.table}`;
    case 'column': return `column ${loss.table}.${loss.column} and its values`;
  }
}
