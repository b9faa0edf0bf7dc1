import type { Knex } from 'knex';

/**
 * Search queries are parsed with the English configuration so quotes match by stem ("harvest" finds
 * "harvests"). Speaker names were indexed unstemmed only, so a stemmed query word ("boris" → "bori") missed
 * them; index each name both ways. One configuration on the query side keeps negation ("-word") exact.
 */
const column = (speakerTerms: string) => `
  ALTER TABLE claims ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(${speakerTerms}, 'A') || setweight(to_tsvector('english', quote), 'B')) STORED`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE claims DROP COLUMN search');
  await knex.raw(column("to_tsvector('simple', coalesce(speaker_name, '')) || to_tsvector('english', coalesce(speaker_name, ''))"));
  await knex.raw('CREATE INDEX claims_search_idx ON claims USING gin (search)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE claims DROP COLUMN search');
  await knex.raw(column("to_tsvector('simple', coalesce(speaker_name, ''))"));
  await knex.raw('CREATE INDEX claims_search_idx ON claims USING gin (search)');
}
