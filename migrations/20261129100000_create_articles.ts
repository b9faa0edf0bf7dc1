import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE articles (
      id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      body            text NOT NULL,
      -- sha256 of the whitespace-normalised body: the same text imported twice leads to one article
      content_hash    text NOT NULL UNIQUE,
      url             text,
      -- lower-cased, fragment-free URL: the same link imported twice leads to one article
      url_key         text UNIQUE,
      outlet          text,
      author          text,
      published_at    timestamptz,
      language        text,
      translated      boolean NOT NULL DEFAULT false,
      republished_by  text,
      import_method   text NOT NULL CHECK (import_method IN ('paste', 'upload', 'url')),
      created_by      bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
      created_at      timestamptz NOT NULL DEFAULT now(),
      updated_at      timestamptz NOT NULL DEFAULT now(),
      version         integer NOT NULL DEFAULT 1
    )`);
  await knex.raw('CREATE INDEX articles_created_by_idx ON articles (created_by)');
  await knex.raw('CREATE INDEX articles_created_at_idx ON articles (created_at DESC, id DESC)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE articles');
}
