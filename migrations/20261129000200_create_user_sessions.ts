import type { Knex } from 'knex';

// The layout connect-pg-simple expects; created here so the app never creates tables at run time.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE user_sessions (
      sid     varchar NOT NULL PRIMARY KEY,
      sess    json NOT NULL,
      expire  timestamp(6) NOT NULL
    )`);
  await knex.raw('CREATE INDEX user_sessions_expire_idx ON user_sessions (expire)');
  // ending every session of one account (deactivation) looks sessions up by their signed-in user
  await knex.raw(`CREATE INDEX user_sessions_user_idx ON user_sessions ((sess -> 'passport' ->> 'user'))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE user_sessions');
}
