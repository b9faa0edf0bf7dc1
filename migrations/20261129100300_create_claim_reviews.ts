import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE claim_reviews (
      id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      claim_id       bigint NOT NULL REFERENCES claims (id) ON DELETE RESTRICT,
      reviewer_id    bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
      status         text NOT NULL CHECK (status IN ('verified', 'disputed', 'needs_translation_review')),
      note           text,
      evidence_urls  text[] NOT NULL DEFAULT '{}',
      created_at     timestamptz NOT NULL DEFAULT now()
    )`);
  await knex.raw('CREATE INDEX claim_reviews_claim_idx ON claim_reviews (claim_id, created_at DESC)');
  await knex.raw('CREATE INDEX claim_reviews_reviewer_idx ON claim_reviews (reviewer_id)');
  await knex.raw('CREATE INDEX claim_reviews_created_at_idx ON claim_reviews (created_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE claim_reviews');
}
