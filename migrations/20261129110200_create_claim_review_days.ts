import type { Knex } from 'knex';

/**
 * Reviews per UTC day for the dashboard chart, kept by a statement trigger so drawing it never counts half a
 * million review rows. Each day is split over 16 shards (review id mod 16) so concurrent verdicts rarely wait on
 * the same counter row; rows are upserted in (day, shard) order so two writers never deadlock on them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE claim_review_days (
      day      date NOT NULL,
      shard    smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
      reviews  bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (day, shard)
    )`);
  await knex.raw(`
    INSERT INTO claim_review_days (day, shard, reviews)
    SELECT (created_at AT TIME ZONE 'UTC')::date, id % 16, count(*) FROM claim_reviews GROUP BY 1, 2`);
  await knex.raw(`
    CREATE FUNCTION claim_review_days_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO claim_review_days AS d (day, shard, reviews)
      SELECT (created_at AT TIME ZONE 'UTC')::date, id % 16, count(*) FROM new_reviews GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (day, shard) DO UPDATE SET reviews = d.reviews + EXCLUDED.reviews;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION claim_review_days_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE claim_review_days d SET reviews = d.reviews - o.n
        FROM (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, id % 16 AS shard, count(*) AS n FROM old_reviews GROUP BY 1, 2) o
       WHERE d.day = o.day AND d.shard = o.shard;
      RETURN NULL;
    END $$`);
  await knex.raw(`CREATE TRIGGER claim_review_days_insert AFTER INSERT ON claim_reviews REFERENCING NEW TABLE AS new_reviews
                  FOR EACH STATEMENT EXECUTE FUNCTION claim_review_days_on_insert()`);
  await knex.raw(`CREATE TRIGGER claim_review_days_delete AFTER DELETE ON claim_reviews REFERENCING OLD TABLE AS old_reviews
                  FOR EACH STATEMENT EXECUTE FUNCTION claim_review_days_on_delete()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER claim_review_days_delete ON claim_reviews');
  await knex.raw('DROP TRIGGER claim_review_days_insert ON claim_reviews');
  await knex.raw('DROP FUNCTION claim_review_days_on_delete()');
  await knex.raw('DROP FUNCTION claim_review_days_on_insert()');
  await knex.raw('DROP TABLE claim_review_days');
}
