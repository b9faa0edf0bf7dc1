import type { Db } from './knex';

/**
 * Keeps the planner's row counts for the claims table (and the speakers who come with its claims) near the truth where
 * nothing else does. A PostgreSQL server's autovacuum re-analyses a table once about a tenth of it has changed; the
 * embedded database runs no autovacuum, so without this its statistics stay those of the first ANALYZE (or none)
 * however many articles are imported, and every estimate built on them (the "About N matching claims" of a filtered
 * list) drifts further from the table.
 *
 * After an import: when the claims the kept status counters hold differ from the planner's count by more than
 * autovacuum's default analyze threshold (50 rows and 10 %), the table is analysed. On a server whose autovacuum keeps
 * up this finds nothing to do; each ANALYZE then waits for another tenth of growth, so the work stays in proportion.
 */
export async function refreshClaimStatistics(db: Db): Promise<boolean> {
  const { rows } = await db.raw<{ rows: Array<{ planned: number; kept: number }> }>(
    `SELECT greatest(c.reltuples, 0)::float8 AS planned,
            (SELECT coalesce(sum(claims), 0) FROM claim_status_counts)::float8 AS kept
       FROM pg_class c WHERE c.oid = 'claims'::regclass`,
  );
  const { planned, kept } = rows[0] ?? { planned: 0, kept: 0 };
  if (Math.abs(kept - planned) <= ANALYZE_BASE + ANALYZE_SHARE * planned) return false;
  // why: speakers grow with claims, and the speaker list's search picks between its trigram index and the walk of
  // the names by the planner's count of speakers, which on the embedded database would otherwise stay at none
  await db.raw('ANALYZE claims, speakers');
  return true;
}

/** autovacuum_analyze_threshold and autovacuum_analyze_scale_factor at their defaults. */
const ANALYZE_BASE = 50;
const ANALYZE_SHARE = 0.1;
