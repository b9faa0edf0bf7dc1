import type pg from 'pg';
import { AGGREGATORS, CUES, FIRST_NAMES, LAST_NAMES, OUTLETS, PLACES, WORDS } from './vocabulary';

/**
 * The large seed, set-based: every table is filled by INSERT … SELECT over generate_series and staging tables, so
 * a million claims take minutes, not hours. Values come from a deterministic hash of each row's number, so the same
 * N gives the same data. Each claim has a history of events (assign, verdicts, attribution approval) that its
 * current status, version and reviews agree with; the audit trail is that history, chained exactly as the
 * database's own trigger chains it.
 */
export interface SeedPlan {
  claims: number;
  articles: number;
  speakers: number;
  startIso: string;
  endIso: string;
  base: { article: number; claim: number; speaker: number; nameIndex: number };
  users: { factCheckers: number[]; editors: number[] };
}

export const CLAIMS_PER_ARTICLE = 10;
const SENTENCES = 20_000;

export function plan(claims: number, base: SeedPlan['base'], users: SeedPlan['users'], now = new Date()): SeedPlan {
  const articles = Math.ceil(claims / CLAIMS_PER_ARTICLE);
  return {
    claims,
    articles,
    speakers: Math.max(20, Math.ceil(articles / 5)),
    startIso: new Date(now.getTime() - 380 * 86_400_000).toISOString(),
    endIso: now.toISOString(),
    base,
    users,
  };
}

const ids = (xs: number[]) => `ARRAY[${xs.map((x) => Math.trunc(x)).join(',')}]::bigint[]`;

export async function createHelpers(db: pg.Client, p: SeedPlan): Promise<void> {
  await db.query(`
    CREATE FUNCTION pg_temp.rnd(x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
      SELECT hashint8(x)::bigint & 2147483647 $$`);
  await db.query(`
    CREATE FUNCTION pg_temp.sentence(seed bigint, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT upper(left(s, 1)) || substr(s, 2)
        FROM (SELECT string_agg(w[1 + pg_temp.rnd(seed * 97 + i) % array_length(w, 1)], ' ') AS s
                FROM generate_series(1, n) i, (SELECT ${WORDS} AS w) v) t $$`);
  // A pool of sentences to compose quotes from by joining: far cheaper per row than building each from words.
  await db.query(`
    CREATE TEMP TABLE seed_sentences AS
    SELECT i, pg_temp.sentence(i, 3 + (pg_temp.rnd(i * 3) % 14)::int) AS s FROM generate_series(0, ${SENTENCES - 1}) i`);
  await db.query('ALTER TABLE seed_sentences ADD PRIMARY KEY (i)');
  // Names are unique up to 40 × 50 × 26 speakers, then get a generation suffix, so name_key never collides.
  await db.query(`
    CREATE FUNCTION pg_temp.person(j bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT f[1 + j % 40] || ' ' || chr(65 + (((j / 2000) * 25 + j % 2000) % 26)::int) || '. ' || l[1 + (j / 40) % 50]
             || CASE WHEN j >= 52000 THEN ' ' || (j / 52000 + 1)::text ELSE '' END
        FROM (SELECT ${FIRST_NAMES} AS f, ${LAST_NAMES} AS l) v $$`);
  await db.query(`
    CREATE FUNCTION pg_temp.article_time(a bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
      SELECT timestamptz '${p.startIso}' + ((a - 1)::float8 / ${p.articles}) * (timestamptz '${p.endIso}' - timestamptz '${p.startIso}' - interval '2 days') $$`);
  // How many events each claim has had: 45 % untouched, 10 % only assigned, the rest 2–40 (assign, verdicts, approval).
  await db.query(`
    CREATE FUNCTION pg_temp.history(n bigint) RETURNS int LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN pg_temp.rnd(n * 19) % 100 < 45 THEN 0
                  WHEN pg_temp.rnd(n * 19) % 100 < 55 THEN 1
                  ELSE 2 + (pg_temp.rnd(n * 23) % 39)::int END $$`);
  // The verdict given at event j of claim n (events 1 and 3+ are verdicts; 0 assigns, 2 approves the attribution).
  await db.query(`
    CREATE FUNCTION pg_temp.verdict(n bigint, j int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT (ARRAY['verified', 'disputed', 'needs_translation_review'])[1 + ((n + j) % 3)::int] $$`);
  await db.query(`
    CREATE FUNCTION pg_temp.status_after(n bigint, j int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN j < 1 THEN 'unreviewed' WHEN j = 2 THEN pg_temp.verdict(n, 1) ELSE pg_temp.verdict(n, j) END $$`);
  await db.query(`
    CREATE FUNCTION pg_temp.actor(n bigint, j int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN j IN (0, 2) THEN (${ids(p.users.editors)})[1 + pg_temp.rnd(n * 31 + j) % ${p.users.editors.length}]
                  ELSE (${ids(p.users.factCheckers)})[1 + pg_temp.rnd(n * 37 + j) % ${p.users.factCheckers.length}] END $$`);
}

export async function stageClaims(db: pg.Client, p: SeedPlan): Promise<void> {
  await db.query(`
    CREATE UNLOGGED TABLE seed_articles AS
    SELECT a, title, pg_temp.article_time(a) AS created_at,
           title || E'\\n\\nBy ' || pg_temp.person(a * 7 + 3) || E'\\n\\n' ||
           (${PLACES})[1 + pg_temp.rnd(a * 5) % 10] || ' — ' || pg_temp.sentence(a * 103, 14 + (pg_temp.rnd(a) % 12)::int) ||
           ' (VB-' || (${p.base.article} + a) || E').\\n\\n' AS header
      FROM generate_series(1, ${p.articles}) a,
           LATERAL (SELECT pg_temp.sentence(a * 101, 5 + (pg_temp.rnd(a * 3) % 7)::int) AS title) t`);
  await db.query('ALTER TABLE seed_articles ADD PRIMARY KEY (a)');

  await db.query(`
    CREATE UNLOGGED TABLE seed_speaker_names AS
    SELECT j, pg_temp.person(${p.base.nameIndex} + j) AS name FROM generate_series(1, ${p.speakers}) j`);
  await db.query('ALTER TABLE seed_speaker_names ADD PRIMARY KEY (j)');
  const sentence = (expr: string) => `(SELECT s FROM seed_sentences WHERE i = pg_temp.rnd(${expr}) % ${SENTENCES})`;
  await db.query(`
    CREATE UNLOGGED TABLE seed_units AS
    SELECT n, a, p, q, spk, spk_name, cue, k,
           CASE form WHEN 0 THEN nar || '“' || q || ',” ' || spk_name || ' ' || cue || '.'
                     ELSE nar || spk_name || ' ' || cue || ': “' || q || '.”' END AS unit,
           CASE form WHEN 0 THEN length(nar) + 1 ELSE length(nar) + length(spk_name) + length(cue) + 4 END AS q_off,
           CASE form WHEN 0 THEN length(nar) + length(q) + 4 ELSE length(nar) END AS m_off
      FROM (SELECT n, (n - 1) / ${CLAIMS_PER_ARTICLE} + 1 AS a, ((n - 1) % ${CLAIMS_PER_ARTICLE})::int AS p,
                   ${sentence('n * 2')} || CASE WHEN pg_temp.rnd(n * 43) % 2 = 0
                                                THEN ' ' || lower(${sentence('n * 47')}) ELSE '' END AS q,
                   1 + pg_temp.rnd(((n - 1) / ${CLAIMS_PER_ARTICLE} + 1) * 7 + n % 3) % ${p.speakers} AS spk,
                   (pg_temp.rnd(n * 3) % 2)::int AS form,
                   (${CUES})[1 + pg_temp.rnd(n * 5) % 10] AS cue,
                   CASE WHEN pg_temp.rnd(n * 11) % 3 = 0 THEN ${sentence('n * 13')} || E'.\\n\\n' ELSE '' END AS nar,
                   pg_temp.history(n) AS k
              FROM generate_series(1, ${p.claims}) n) x
      JOIN seed_speaker_names s ON s.j = x.spk,
           LATERAL (SELECT s.name AS spk_name) sn`);

  await db.query(`
    CREATE UNLOGGED TABLE seed_claims AS
    SELECT u.*, length(h.header) + sum(length(u.unit) + 2) OVER (PARTITION BY u.a ORDER BY u.p) - length(u.unit) - 2 AS unit_start,
           h.created_at AS article_created_at,
           least(interval '2 days', (timestamptz '${p.endIso}' - h.created_at) / (u.k + 1))
             * (0.2 + (pg_temp.rnd(u.n * 29) % 80) / 100.0) AS step
      FROM seed_units u JOIN seed_articles h USING (a)`);
  await db.query('ALTER TABLE seed_claims ADD PRIMARY KEY (n)');
  await db.query('DROP TABLE seed_units');
}

export async function insertSpeakers(db: pg.Client, p: SeedPlan): Promise<void> {
  await db.query(`
    INSERT INTO speakers (id, name, name_key, kind, role, role_key, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT ${p.base.speaker} + j, name, trim(regexp_replace(lower(name), '[^a-z0-9]+', ' ', 'g')), 'person',
           role, coalesce(trim(regexp_replace(lower(role), '[^a-z0-9]+', ' ', 'g')), ''),
           timestamptz '${p.startIso}', timestamptz '${p.startIso}'
      FROM (SELECT j, name, CASE WHEN pg_temp.rnd(j) % 3 = 0 THEN 'spokesperson for ' || (${OUTLETS})[1 + pg_temp.rnd(j * 7) % 8] END AS role
              FROM seed_speaker_names) n`);
  await db.query(`SELECT setval(pg_get_serial_sequence('speakers', 'id'), (SELECT max(id) FROM speakers))`);
}

export async function insertArticles(db: pg.Client, p: SeedPlan): Promise<void> {
  await db.query(`
    INSERT INTO articles (id, title, body, content_hash, url, url_key, outlet, author, published_at, language,
                          translated, republished_by, import_method, created_by, created_at, updated_at)
    OVERRIDING SYSTEM VALUE
    SELECT ${p.base.article} + a, title, body,
           encode(sha256(convert_to(regexp_replace(btrim(body), '\\s+', ' ', 'g'), 'UTF8')), 'hex'),
           url, lower(url), (${OUTLETS})[1 + pg_temp.rnd(a * 13) % 8], pg_temp.person(a * 7 + 3),
           created_at - interval '6 hours', 'en', translated,
           CASE WHEN translated THEN (${AGGREGATORS})[1 + pg_temp.rnd(a * 17) % 3] END,
           (ARRAY['paste', 'upload', 'url'])[1 + pg_temp.rnd(a * 19) % 3],
           pg_temp.actor(a, 1), created_at, created_at
      FROM (SELECT h.a, h.title, h.created_at,
                   h.header || string_agg(c.unit, E'\\n\\n' ORDER BY c.p) || E'\\n\\nRead also: ' ||
                     pg_temp.sentence(h.a * 107, 7) AS body,
                   'https://news.example.org/' || to_char(h.created_at, 'YYYY/MM/DD') || '/' || (${p.base.article} + h.a) AS url,
                   pg_temp.rnd(h.a * 23) % 10 < 3 AS translated
              FROM seed_articles h JOIN seed_claims c USING (a)
             GROUP BY h.a, h.title, h.created_at, h.header) x`);
  await db.query(`SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))`);
}

/**
 * Run it inside a transaction: the claims reference only rows inserted above, so the insert skips the per-row
 * foreign-key checks (five a claim) with triggers off, then applies the status counts and writes the word pairs and
 * the speakers' evidence words its statement triggers keep.
 */
export async function insertClaims(db: pg.Client, p: SeedPlan): Promise<void> {
  await db.query('SET LOCAL session_replication_role = replica');
  await db.query(`
    INSERT INTO claims (id, article_id, position, start_offset, end_offset, quote, kind, cue, confidence, translation_hint,
                        proposed_speaker_id, speaker_id, speaker_name, mention_start, mention_end, mention_text, evidence,
                        source, status, attribution_status, assignee_id, created_at, updated_at, updated_by, version)
    OVERRIDING SYSTEM VALUE
    SELECT ${p.base.claim} + n, ${p.base.article} + a, p, unit_start + q_off, unit_start + q_off + length(q), q, 'direct', cue,
           0.6 + (pg_temp.rnd(n * 41) % 40) / 100.0,
           CASE WHEN pg_temp.rnd(a * 23) % 10 < 3 THEN 'the article was machine-translated by an aggregator; check the wording against the original' END,
           ${p.base.speaker} + spk, ${p.base.speaker} + spk, spk_name, unit_start + m_off, unit_start + m_off + length(spk_name), spk_name,
           'named in the sentence: "' || spk_name || ' ' || cue || '"',
           (${OUTLETS})[1 + pg_temp.rnd(a * 13) % 8],
           pg_temp.status_after(n, k - 1),
           CASE WHEN k >= 3 THEN 'approved' ELSE 'proposed' END,
           CASE WHEN k >= 1 THEN pg_temp.actor(n, 1) END,
           article_created_at,
           CASE WHEN k = 0 THEN article_created_at ELSE article_created_at + k * step END,
           CASE WHEN k >= 1 THEN pg_temp.actor(n, k - 1) END,
           1 + k
      FROM seed_claims`);
  await db.query(`
    SELECT claim_status_counts_apply((
      SELECT coalesce(jsonb_agg(jsonb_build_object('status', status, 'shard', shard, 'n', n)), '[]')
        FROM (SELECT status, id % 16 AS shard, count(*) AS n FROM claims WHERE id > ${p.base.claim} GROUP BY 1, 2) t))`);
  // The word pairs phrase search reads, which the insert trigger would have written.
  await db.query(`INSERT INTO claim_word_pairs (claim_id, pairs) SELECT id, phrase_pairs(quote, speaker_name) FROM claims WHERE id > ${p.base.claim}`);
  // The words each speaker was named by, which the insert trigger would have counted.
  await db.query(`SELECT speaker_evidence_add(array_agg(1), array_agg(speaker_id), array_agg(mention_text)) FROM claims WHERE id > ${p.base.claim}`);
  await db.query('SET LOCAL session_replication_role = DEFAULT');
  await db.query(`SELECT setval(pg_get_serial_sequence('claims', 'id'), (SELECT max(id) FROM claims))`);
}
