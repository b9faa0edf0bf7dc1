import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE speakers (
      id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      -- lower-cased name without diacritics or punctuation: how imports find an existing speaker
      name_key        text NOT NULL,
      aliases         text[] NOT NULL DEFAULT '{}',
      kind            text NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organization')),
      role            text,
      -- set when an editor merged this speaker into another; claims then point at the survivor
      merged_into_id  bigint REFERENCES speakers (id) ON DELETE RESTRICT,
      created_by      bigint REFERENCES users (id) ON DELETE RESTRICT,
      created_at      timestamptz NOT NULL DEFAULT now(),
      updated_at      timestamptz NOT NULL DEFAULT now(),
      version         integer NOT NULL DEFAULT 1
    )`);
  await knex.raw('CREATE UNIQUE INDEX speakers_name_key_live_idx ON speakers (name_key) WHERE merged_into_id IS NULL');
  await knex.raw('CREATE INDEX speakers_merged_into_idx ON speakers (merged_into_id)');
  await knex.raw('CREATE INDEX speakers_created_by_idx ON speakers (created_by)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE speakers');
}
