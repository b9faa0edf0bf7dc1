import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE users (
      id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      -- stored lower-cased so uniqueness and sign-in ignore case
      email            text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
      name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      role             text NOT NULL CHECK (role IN ('fact_checker', 'editor', 'admin')),
      password_hash    text NOT NULL,
      active           boolean NOT NULL DEFAULT true,
      last_sign_in_at  timestamptz,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      created_at       timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now()
    )`);
  await knex.raw('CREATE INDEX users_role_active_idx ON users (role, active)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE users');
}
