import type { Knex } from 'knex';

/**
 * Removing claims deletes their reviews, and the day counters those reviews had raised were updated in whatever order
 * the join produced: two removals at once, each with reviews on the same days in other shards, deadlocked (seen under
 * the removal race test). The counter rows are now locked in (day, shard) order first, as the insert trigger takes them.
 */
const UPDATE = `
      UPDATE claim_review_days d SET reviews = d.reviews - o.n
        FROM (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, id % 16 AS shard, count(*) AS n FROM old_reviews GROUP BY 1, 2) o
       WHERE d.day = o.day AND d.shard = o.shard;`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE OR REPLACE FUNCTION claim_review_days_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM claim_review_days d
        WHERE (d.day, d.shard) IN (SELECT (created_at AT TIME ZONE 'UTC')::date, id % 16 FROM old_reviews)
        ORDER BY d.day, d.shard FOR UPDATE;
      ${UPDATE}
      RETURN NULL;
    END $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE OR REPLACE FUNCTION claim_review_days_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${UPDATE}
      RETURN NULL;
    END $$`);
}
