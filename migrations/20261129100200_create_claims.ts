import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE claims (
      id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      article_id          bigint NOT NULL REFERENCES articles (id) ON DELETE RESTRICT,
      position            integer NOT NULL,
      start_offset        integer NOT NULL CHECK (start_offset >= 0),
      end_offset          integer NOT NULL CHECK (end_offset >= start_offset),
      quote               text NOT NULL,
      kind                text NOT NULL CHECK (kind IN ('direct', 'partial', 'unmarked', 'indirect')),
      cue                 text,
      confidence          real NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
      repairs             jsonb NOT NULL DEFAULT '[]',
      translation_hint    text,
      -- what the engine proposed, kept apart from the current speaker so corrections stay visible
      proposed_speaker_id bigint REFERENCES speakers (id) ON DELETE RESTRICT,
      speaker_id          bigint REFERENCES speakers (id) ON DELETE RESTRICT,
      -- denormalised for the list and text search; rewritten whenever speaker_id changes or speakers merge
      speaker_name        text,
      mention_start       integer,
      mention_end         integer,
      mention_text        text,
      evidence            text NOT NULL DEFAULT '',
      source              text,
      source_start        integer,
      source_end          integer,
      status              text NOT NULL DEFAULT 'unreviewed'
                          CHECK (status IN ('unreviewed', 'verified', 'disputed', 'needs_translation_review')),
      attribution_status  text NOT NULL DEFAULT 'proposed' CHECK (attribution_status IN ('proposed', 'approved', 'corrected')),
      assignee_id         bigint REFERENCES users (id) ON DELETE RESTRICT,
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now(),
      updated_by          bigint REFERENCES users (id) ON DELETE RESTRICT,
      -- optimistic lock: every form carries it, every write bumps it
      version             integer NOT NULL DEFAULT 1,
      search              tsvector GENERATED ALWAYS AS (
                            setweight(to_tsvector('simple', coalesce(speaker_name, '')), 'A') ||
                            setweight(to_tsvector('english', quote), 'B')) STORED,
      UNIQUE (article_id, position)
    )`);
  await knex.raw('CREATE INDEX claims_speaker_idx ON claims (speaker_id)');
  await knex.raw('CREATE INDEX claims_proposed_speaker_idx ON claims (proposed_speaker_id)');
  await knex.raw('CREATE INDEX claims_assignee_idx ON claims (assignee_id)');
  await knex.raw('CREATE INDEX claims_updated_by_idx ON claims (updated_by)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE claims');
}
