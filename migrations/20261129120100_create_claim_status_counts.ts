import type { Knex } from 'knex';

/**
 * Claims per status for the list's header, kept by triggers so no request counts a million rows. Each status is
 * split over 16 shards (claim id mod 16) so concurrent verdicts on different claims rarely wait on the same
 * counter row; rows are always locked in (status, shard) order so two writers can never deadlock on them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE claim_status_counts (
      status  text NOT NULL CHECK (status IN ('unreviewed', 'verified', 'disputed', 'needs_translation_review')),
      shard   smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
      claims  bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (status, shard)
    )`);
  await knex.raw(`
    INSERT INTO claim_status_counts (status, shard, claims)
    SELECT s.status, g.shard, coalesce(c.n, 0)
      FROM unnest(ARRAY['unreviewed', 'verified', 'disputed', 'needs_translation_review']) AS s (status)
     CROSS JOIN generate_series(0, 15) AS g (shard)
      LEFT JOIN (SELECT status, id % 16 AS shard, count(*) AS n FROM claims GROUP BY 1, 2) c
             ON c.status = s.status AND c.shard = g.shard`);

  await knex.raw(`
    CREATE FUNCTION claim_status_counts_apply(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM claim_status_counts c
        JOIN jsonb_to_recordset(deltas) AS d (status text, shard smallint, n bigint)
          ON c.status = d.status AND c.shard = d.shard
       ORDER BY c.status, c.shard
         FOR UPDATE OF c;
      UPDATE claim_status_counts c SET claims = c.claims + d.n
        FROM jsonb_to_recordset(deltas) AS d (status text, shard smallint, n bigint)
       WHERE c.status = d.status AND c.shard = d.shard;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION claim_status_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM claim_status_counts_apply((
        SELECT coalesce(jsonb_agg(jsonb_build_object('status', status, 'shard', shard, 'n', n)), '[]')
          FROM (SELECT status, id % 16 AS shard, count(*) AS n FROM new_claims GROUP BY 1, 2) t));
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION claim_status_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM claim_status_counts_apply((
        SELECT coalesce(jsonb_agg(jsonb_build_object('status', status, 'shard', shard, 'n', -n)), '[]')
          FROM (SELECT status, id % 16 AS shard, count(*) AS n FROM old_claims GROUP BY 1, 2) t));
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION claim_status_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      first_status text := least(OLD.status, NEW.status);
      second_status text := greatest(OLD.status, NEW.status);
      claim_shard smallint := NEW.id % 16;
    BEGIN
      UPDATE claim_status_counts c SET claims = c.claims + CASE WHEN first_status = NEW.status THEN 1 ELSE -1 END
       WHERE c.status = first_status AND c.shard = claim_shard;
      UPDATE claim_status_counts c SET claims = c.claims + CASE WHEN second_status = NEW.status THEN 1 ELSE -1 END
       WHERE c.status = second_status AND c.shard = claim_shard;
      RETURN NULL;
    END $$`);

  await knex.raw(`CREATE TRIGGER claims_count_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_claims
                  FOR EACH STATEMENT EXECUTE FUNCTION claim_status_counts_on_insert()`);
  await knex.raw(`CREATE TRIGGER claims_count_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_claims
                  FOR EACH STATEMENT EXECUTE FUNCTION claim_status_counts_on_delete()`);
  await knex.raw(`CREATE TRIGGER claims_count_update AFTER UPDATE OF status ON claims
                  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION claim_status_counts_on_update()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TRIGGER claims_count_update ON claims');
  await knex.raw('DROP TRIGGER claims_count_delete ON claims');
  await knex.raw('DROP TRIGGER claims_count_insert ON claims');
  await knex.raw('DROP FUNCTION claim_status_counts_on_update()');
  await knex.raw('DROP FUNCTION claim_status_counts_on_delete()');
  await knex.raw('DROP FUNCTION claim_status_counts_on_insert()');
  await knex.raw('DROP FUNCTION claim_status_counts_apply(jsonb)');
  await knex.raw('DROP TABLE claim_status_counts');
}
