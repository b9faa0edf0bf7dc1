import type { Knex } from 'knex';

/**
 * The articles list's review state: how many of an article's claims have no verdict yet, and which articles still hold
 * one ("Still being checked") or hold none ("Every claim reviewed"). This index holds only the claims waiting for a
 * verdict, by article, so each row's count and each article's test read a few entries and no claim: a verdict takes its
 * claim out of it and writes nothing to it, and only a claim imported, added, assigned or made unreviewed again while
 * it waits writes an entry.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX claims_unreviewed_article_idx ON claims (article_id) WHERE status = 'unreviewed'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX claims_unreviewed_article_idx');
}
