import type { Knex } from 'knex';

/**
 * An import's preview between the form that asks for it and the page that shows it, so that page is one a browser can
 * go back to and reload (post, redirect, get) rather than the answer to a form, which the browser offers only to send
 * again. Each is its account's only, and kept a day at most (server/articles/drafts.ts).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE import_drafts (
      id          uuid PRIMARY KEY,
      account_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      tab         text NOT NULL CHECK (tab IN ('paste', 'upload', 'url')),
      input       json NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now()
    )`);
  await knex.raw('CREATE INDEX import_drafts_account_idx ON import_drafts (account_id, created_at DESC)');
  await knex.raw('CREATE INDEX import_drafts_created_at_idx ON import_drafts (created_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE import_drafts');
}
