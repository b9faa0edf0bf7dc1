import type { Db } from './knex';

/**
 * Vacuuming for a database that nothing else vacuums: the embedded one. PGlite is one PostgreSQL backend with no
 * autovacuum launcher beside it, so every row version a change leaves behind (a claim's before each verdict and
 * assignment, an audit event's before it was linked into the chain, a session's before each save) would stay in the
 * tables and their indexes for good, and every page that reads them would read past it. On a PostgreSQL server with
 * autovacuum off (the same condition), ten thousand claims after 15,000 verdicts held 15,000 dead rows, and a searched
 * claims list cost its database 8.3 ms a view against 2.9 ms once vacuumed (148 → 285 views a second).
 *
 * A pass vacuums, one at a time, the tables whose dead rows have passed the threshold autovacuum would vacuum them at
 * by default (50 rows and a fifth of the table), most dead rows first, and analyses them as it goes. Only one process
 * ever opens an embedded data folder, so passes never run twice at once; on the embedded database every other query
 * waits while one runs (it serves all connections from one session), which on a newsroom's tables takes milliseconds
 * to a few seconds, and a pass finds nothing to do until enough has changed again.
 */

/** autovacuum_vacuum_threshold and autovacuum_vacuum_scale_factor at their defaults. */
const VACUUM_BASE = 50;
const VACUUM_SHARE = 0.2;

/** How often a pass runs: dead rows of five minutes of a busy desk are a small part of any table. */
const INTERVAL_MS = 5 * 60_000;

/** The tables whose dead rows passed autovacuum's default threshold, as the statistics last counted them. */
export async function tablesToVacuum(db: Db): Promise<string[]> {
  const { rows } = await db.raw<{ rows: Array<{ relname: string }> }>(
    `SELECT relname FROM pg_stat_user_tables
      WHERE schemaname = ANY (current_schemas(false)) AND n_dead_tup > ${VACUUM_BASE} + ${VACUUM_SHARE} * greatest(n_live_tup, 0)
      ORDER BY n_dead_tup DESC, relname`,
  );
  return rows.map((r) => r.relname);
}

/** One pass: vacuums and analyses the tables due, one at a time; returns their names. */
export async function vacuumDeadRows(db: Db): Promise<string[]> {
  const tables = await tablesToVacuum(db);
  for (const table of tables) await db.raw('VACUUM (ANALYZE) ??', [table]);
  return tables;
}

/**
 * Vacuums every table, whatever the statistics say. The embedded database forgets its counts of dead rows whenever it
 * is opened again (measured: 2,935 counted before a clean close, 0 after reopening), so rows left dead before a restart
 * are counted by no pass after it: a newsroom that stops and starts its app each day with fewer changes a day than
 * the threshold would never vacuum at all. Run once after each start; a table with nothing to do costs little, as
 * VACUUM skips the pages its visibility map marks clean.
 */
export async function vacuumEveryTable(db: Db): Promise<string[]> {
  const { rows } = await db.raw<{ rows: Array<{ relname: string }> }>(
    `SELECT relname FROM pg_stat_user_tables WHERE schemaname = ANY (current_schemas(false)) ORDER BY relname`,
  );
  for (const { relname } of rows) await db.raw('VACUUM ??', [relname]);
  return rows.map((r) => r.relname);
}

/** Whether the PostgreSQL server at `db` runs autovacuum (both it and the statistics it reads are on). */
export async function autovacuumRuns(db: Db): Promise<boolean> {
  const { rows } = await db.raw<{ rows: Array<{ name: string; setting: string }> }>(
    `SELECT name, setting FROM pg_settings WHERE name IN ('autovacuum', 'track_counts')`,
  );
  return rows.length === 2 && rows.every((r) => r.setting === 'on');
}

export interface Maintenance {
  /** Stops the timer and waits for a pass under way. */
  stop(): Promise<void>;
}

export interface MaintenanceOptions {
  intervalMs?: number;
  /** Vacuum every table once right after starting (see vacuumEveryTable), before the passes by counts. */
  everyTableFirst?: boolean;
  onVacuumed?: (tables: string[], ms: number) => void;
  /** A failed pass (the database away for a moment): the next one tries again. */
  onError?: (err: unknown) => void;
}

/** A pass every `intervalMs`; a tick that comes while one is under way is skipped, so passes never queue up. */
export function startMaintenance(db: Db, opts: MaintenanceOptions = {}): Maintenance {
  const onVacuumed = opts.onVacuumed ?? (() => undefined);
  const onError = opts.onError ?? (() => undefined);
  let running: Promise<void> | null = null;
  const pass = async (vacuum: (db: Db) => Promise<string[]>) => {
    const started = Date.now();
    try {
      const tables = await vacuum(db);
      if (tables.length) onVacuumed(tables, Date.now() - started);
    } catch (err) {
      onError(err);
    } finally {
      running = null;
    }
  };
  if (opts.everyTableFirst) running = pass(vacuumEveryTable);
  const timer = setInterval(() => {
    running ??= pass(vacuumDeadRows);
  }, opts.intervalMs ?? INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
