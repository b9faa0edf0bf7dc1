import { down, up } from '../../migrations/20261206170000_search_speakers_by_role';
import { insertSpeaker, listSpeakers } from '../../server/speakers/repository';
import { createUser, isolatedDatabase, type IsolatedDatabase } from '../support';

let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase();
}, 60_000);
afterAll(async () => iso?.close());

const found = async (q: string) => (await listSpeakers(iso.db, { q, after: null, limit: 50, withoutClaims: true })).rows.map((r) => r.name);

describe('the speaker list’s search by role', () => {
  it('when a speaker is created with a role, then the search finds them by any words of it, folded as names are', async () => {
    const { user } = await createUser(iso.db);
    await insertSpeaker(iso.db, { name: 'Tomás Andrade', aliases: [], kind: 'person', role: 'UN special rapporteur on Myanmar', createdBy: user.id });
    await insertSpeaker(iso.db, { name: 'Jeanne Ravel', aliases: [], kind: 'person', role: 'Professeure émérite à l’Inalco', createdBy: user.id });
    await insertSpeaker(iso.db, { name: 'Rapporteur Nobody', aliases: [], kind: 'person', role: null, createdBy: user.id });

    expect(await found('special rapporteur')).toEqual(['Tomás Andrade']);
    expect(await found('rapporteur')).toEqual(['Rapporteur Nobody', 'Tomás Andrade']);
    expect(await found('EMERITE')).toEqual(['Jeanne Ravel']);
    expect(await found('l inalco')).toEqual(['Jeanne Ravel']);
    // the role is the speaker's last search line: no match runs from the name into it
    expect(await found('andrade un')).toEqual([]);
  });

  it('when the migration runs over speakers whose roles were written before it, then it folds each role into the search keys, and its down takes them out', async () => {
    await down(iso.db);
    await iso.db('speakers').insert([
      { name: 'Olu Bakare', name_key: 'olu bakare', role: 'Governor of Ògùn State' },
      { name: 'Mira Sen', name_key: 'mira sen', role: null },
    ]);
    expect(await iso.db.raw(`SELECT 1 FROM information_schema.columns WHERE table_name = 'speakers' AND column_name = 'role_key'`))
      .toMatchObject({ rows: [] });

    await up(iso.db);

    expect(await iso.db('speakers').whereIn('name', ['Olu Bakare', 'Mira Sen']).orderBy('name').select('name', 'role_key', 'search_keys')).toEqual([
      { name: 'Mira Sen', role_key: '', search_keys: 'mira sen' },
      { name: 'Olu Bakare', role_key: 'governor of ogun state', search_keys: 'olu bakare\ngovernor of ogun state' },
    ]);
    expect(await found('ogun')).toEqual(['Olu Bakare']);
    expect(await found('special rapporteur')).toEqual(['Tomás Andrade']);
    // the search keys' trigram index is made again, as it was: on live speakers, without a pending list
    const { rows } = await iso.db.raw(`SELECT indexdef FROM pg_indexes WHERE indexname = 'speakers_search_keys_trgm_idx'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].indexdef).toMatch(/USING gin \(search_keys \S*gin_trgm_ops\) WITH \(fastupdate='?off'?\) WHERE \(merged_into_id IS NULL\)/);
  });
});
