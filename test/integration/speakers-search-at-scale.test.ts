import type { Db } from '../../server/db/knex';
import { down as emptyMergedNameKeys, up as fillMergedNameKeys } from '../../migrations/20261204090100_fill_speakers_merged_name_keys';
import { listSpeakers, speakerNameKey } from '../../server/speakers/repository';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { createUser, isolatedDatabase, type IsolatedDatabase } from '../support';

let iso: IsolatedDatabase;
const SPEAKERS = 20_000;

/**
 * Speakers named as a newsroom's are ("Anna Kalomi"), one in ten with an alias ("the Minister of Dovel"), one in fifty
 * with a speaker merged into it directly in the table ("Dr Anna Kalomi", no alias of it), as merges before aliases
 * joined left them; and one rare name of each kind.
 */
beforeAll(async () => {
  iso = await isolatedDatabase();
  await iso.db.raw(`
    INSERT INTO speakers (name, name_key, aliases, alias_keys)
    SELECT name, lower(name), CASE WHEN n % 10 = 0 THEN ARRAY[alias] ELSE '{}' END, CASE WHEN n % 10 = 0 THEN lower(alias) ELSE '' END
      FROM (SELECT n, f[1 + n % 8] || ' ' || initcap(s[1 + (n / 8) % 30] || s[1 + (n / 240) % 30] || s[1 + n / 7200]) AS name,
                   'the ' || t[1 + n % 7] || ' of ' || initcap(s[1 + (n / 3) % 30] || s[1 + (n / 90) % 30]) AS alias
              FROM generate_series(1, ${SPEAKERS}) n,
                   (SELECT ARRAY['Anna', 'Jean', 'Maria', 'Ahmed', 'Olga', 'Pedro', 'Kwame', 'Sofia'] AS f,
                           ARRAY['ka', 'lo', 'mi', 'dov', 'el', 'ru', 'sha', 'tin', 'bel', 'nu', 'ga', 'rin', 'so', 'pe', 'zu',
                                 'fen', 'ta', 'bri', 'ad', 'os', 'ur', 'tek', 'var', 'yo', 'cha', 'hel', 'jo', 'kel', 'nor', 'wex'] AS s,
                           ARRAY['minister', 'mayor', 'governor', 'director', 'senator', 'envoy', 'chair'] AS t) v) x`);
  await iso.db.raw(`INSERT INTO speakers (name, name_key, merged_into_id) SELECT 'Dr ' || name, 'dr ' || name_key, id FROM speakers WHERE id % 50 = 0`);
  await iso.db('speakers').insert([
    { name: 'Zebulon Quartermaine', name_key: 'zebulon quartermaine' },
    { name: 'Helga Marsh', name_key: 'helga marsh', aliases: ['the Harbourmaster General'], alias_keys: 'the harbourmaster general' },
  ]);
  const [{ id: tullio }] = await iso.db('speakers').insert({ name: 'Marcus Tullio', name_key: 'marcus tullio' }).returning('id');
  await iso.db('speakers').insert({ name: 'Marco Tulliovski', name_key: 'marco tulliovski', merged_into_id: tullio });
  await fillMergedNameKeys(iso.db);
  // one claim for each live speaker of an even number, and Helga Marsh's: the list shows only speakers with claims
  const { user } = await createUser(iso.db);
  const { articleId } = await insertArticleWithClaims(iso.db, user.id, 'Claims of half the speakers', []);
  await iso.db.raw(
    `INSERT INTO claims (article_id, position, start_offset, end_offset, quote, kind, speaker_id, speaker_name)
     SELECT ?, row_number() OVER (ORDER BY id), 0, 1, 'claim of ' || name, 'direct', id, name
       FROM speakers WHERE merged_into_id IS NULL AND (id % 2 = 0 OR name = 'Helga Marsh')`,
    [articleId],
  );
  // why: the plans below are PostgreSQL's choice on what it knows of the speakers, as autovacuum would have it
  await iso.db.raw('ANALYZE speakers, claims');
}, 180_000);
afterAll(async () => iso?.close());

/** The search as it was before search keys: three tests on the walk of the name keys, one looking up merged speakers. */
async function searchedBefore(db: Db, q: string, after: string | null, limit: number) {
  const key = speakerNameKey(q).replace(/[\\%_]/g, (c) => `\\${c}`);
  const qb = db('speakers as s').whereNull('s.merged_into_id').orderBy('s.name_key').limit(limit + 1).select('s.id')
    .where((w) => w.where('s.name_key', 'like', `%${key}%`).orWhere('s.alias_keys', 'like', `%${key}%`)
      .orWhereRaw('EXISTS (SELECT 1 FROM speakers m WHERE m.merged_into_id = s.id AND m.name_key LIKE ?)', [`%${key}%`]));
  if (after) qb.where('s.name_key', '>', after);
  const rows: Array<{ id: number }> = await qb;
  return { ids: rows.slice(0, limit).map((r) => r.id), more: rows.length > limit };
}

/** Live speakers holding a claim, matching `q` as the search does, in order: what the list shows by default. */
async function withClaims(db: Db, q: string, after: string | null, limit: number) {
  const key = speakerNameKey(q);
  const qb = db('speakers as s').whereNull('s.merged_into_id').whereRaw('s.id IN (SELECT speaker_id FROM claims WHERE speaker_id IS NOT NULL)')
    .whereRaw('strpos(s.search_keys, ?) > 0', [key]).orderBy('s.name_key').limit(limit + 1).select('s.id');
  if (after) qb.where('s.name_key', '>', after);
  const rows: Array<{ id: number }> = await qb;
  return { ids: rows.slice(0, limit).map((r) => r.id), more: rows.length > limit };
}

/** The plan of the statement listSpeakers runs for `q`. */
async function planOf(db: Db, q: string, withoutClaims = true): Promise<string> {
  let sent: { sql: string; bindings: unknown[] } | undefined;
  const capture = (query: { sql: string; bindings: unknown[] }) => { sent = query; };
  db.on('query', capture);
  try {
    await listSpeakers(db, { q, after: null, limit: 50, withoutClaims });
  } finally {
    db.off('query', capture);
  }
  const { rows } = await db.raw(`EXPLAIN ${sent!.sql.replace(/\$(\d+)/g, '?')}`, sent!.bindings as string[]);
  return (rows as Array<{ 'QUERY PLAN': string }>).map((r) => r['QUERY PLAN']).join('\n');
}

describe('the speaker list’s search over many speakers', () => {
  it('when speakers were merged into others before the merged names had a column, then the migration gives each speaker kept their name keys, and its down takes them back', async () => {
    const [tullio] = await iso.db('speakers').where({ name: 'Marcus Tullio' }).select('id', 'merged_name_keys', 'search_keys');
    expect(tullio).toMatchObject({ merged_name_keys: 'marco tulliovski', search_keys: 'marcus tullio\nmarco tulliovski' });
    const [withAlias] = await iso.db('speakers').where({ id: 50 }).select('name_key', 'alias_keys', 'search_keys');
    expect(withAlias.search_keys).toBe(`${withAlias.name_key}\n${withAlias.alias_keys}\ndr ${withAlias.name_key}`);

    await emptyMergedNameKeys(iso.db);
    expect(await iso.db('speakers').where('merged_name_keys', '<>', '').count('* as n').first()).toEqual({ n: 0 });
    await fillMergedNameKeys(iso.db);
    expect(await iso.db('speakers').where('merged_name_keys', '<>', '').count('* as n').first()).toEqual({ n: SPEAKERS / 50 + 1 });
  });

  it('when any term is searched, then the same speakers are listed in the same order and pages as before search keys', async () => {
    const terms = ['anna', 'an', 'a', 'dr', 'dr anna', 'dr anna ka', 'the', 'mi', 'minister of', 'governor of dov', 'kalo', 'lomika',
      'quartermain', 'harbourmaster', 'tulliovski', 'marco', 'marcus', 'qx', 'xyzzy', 'sofia wex', 'a k', 'Ministère', 'NOR'];
    for (const q of terms) {
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const before = await searchedBefore(iso.db, q, after, 50);
        const now = await listSpeakers(iso.db, { q, after: after ? { nameKey: after } : null, limit: 50, withoutClaims: true });
        expect({ q, page, ids: now.rows.map((r) => r.id), more: now.more }).toEqual({ q, page, ...before });
        if (!before.more) break;
        after = (await iso.db('speakers').where({ id: before.ids.at(-1)! }).first('name_key')).name_key as string;
      }
    }
  });

  it('when the list leaves out speakers with no claims, then it lists those holding claims in the same order and pages, searched or not', async () => {
    for (const q of ['', 'anna', 'a', 'minister of', 'harbourmaster', 'quartermain', 'sofia wex']) {
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const expected = await withClaims(iso.db, q, after, 50);
        const now = await listSpeakers(iso.db, { q: q || null, after: after ? { nameKey: after } : null, limit: 50 });
        expect({ q, page, ids: now.rows.map((r) => r.id), more: now.more }).toEqual({ q, page, ...expected });
        expect(now.rows.every((r) => r.claims === 1)).toBe(true);
        if (!expected.more) break;
        after = (await iso.db('speakers').where({ id: expected.ids.at(-1)! }).first('name_key')).name_key as string;
      }
    }
    expect((await listSpeakers(iso.db, { q: 'quartermain', after: null, limit: 50 })).rows).toEqual([]);
  });

  it('when the list leaves out speakers with no claims, then each speaker’s claims are looked up by index, never by reading the claims whole', async () => {
    for (const q of ['anna', 'harbourmaster', 'an']) {
      const plan = await planOf(iso.db, q, false);
      expect(plan).toContain('claims_speaker_updated_idx');
      expect(plan).not.toMatch(/Seq Scan on claims/);
    }
  });

  it('when a rare term is searched, then its few speakers are found by the trigram index, whether by name, alias or merged name', async () => {
    for (const q of ['quartermain', 'harbourmaster', 'tulliovski']) expect(await planOf(iso.db, q)).toContain('speakers_search_keys_trgm_idx');
  });

  it('when a common term is searched, then the list walks the name keys in order and stops at the page’s last match', async () => {
    const plan = await planOf(iso.db, 'anna');
    expect(plan).toContain('speakers_name_key_live_idx');
    expect(plan).not.toContain('speakers_search_keys_trgm_idx');
  });

  it('when a term has fewer than three characters, common or rare, then the list walks the name keys: it has no trigram, and the index would be read whole', async () => {
    for (const q of ['an', 'qx', 'é']) {
      const plan = await planOf(iso.db, q);
      expect(plan).toContain('speakers_name_key_live_idx');
      expect(plan).not.toContain('speakers_search_keys_trgm_idx');
    }
  });
});
