import type pg from 'pg';

/**
 * Runs a bulk load with the tables' secondary indexes and unique constraints dropped, then rebuilds them: building
 * an index once over a million rows is far cheaper than maintaining it row by row. All in one transaction, so a
 * failure leaves the schema exactly as it was. Primary keys stay (they are appended to in order), and so do the
 * indexes named in `keep`.
 */
export async function withIndexesRebuilt<T>(db: pg.Client, tables: string[], load: () => Promise<T>, keep: string[] = []): Promise<T> {
  await db.query('BEGIN');
  try {
    const { rows: constraints } = await db.query<{ table: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'u' AND conrelid::regclass::text = ANY($1) AND NOT conname = ANY($2)`,
      [tables, keep],
    );
    const { rows: indexes } = await db.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def
         FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
          AND NOT i.indexname = ANY($2)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
      [tables, keep],
    );
    for (const c of constraints) await db.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${quoteIdent(c.name)}`);
    for (const i of indexes) await db.query(`DROP INDEX ${quoteIdent(i.name)}`);
    const result = await load();
    for (const i of indexes) await db.query(i.def);
    for (const c of constraints) await db.query(`ALTER TABLE ${c.table} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.def}`);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
