import type { Knex } from 'knex';

/**
 * The claims list's attribution filter "speaker uncertain" (server/claims/uncertain.ts): the engine's proposals under 75 %
 * confidence, in last-change order. They are a fraction of the proposals, and the proposals' own index would be walked
 * and each row read to test its confidence; this index holds only them, so a first page reads its fifty entries, and
 * it shrinks as editors approve or correct attributions. The predicate is the filter's, word for word.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX claims_uncertain_updated_idx ON claims (updated_at, id)
                  WHERE attribution_status = 'proposed' AND speaker_id IS NOT NULL AND confidence < 0.75`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_uncertain_updated_idx');
}
