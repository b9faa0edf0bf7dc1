import { down, up } from '../../migrations/20261202120100_fill_speakers_alias_keys';
import { insertSpeaker, setAliases, speakerNameKey } from '../../server/speakers/repository';
import { createUser, isolatedDatabase, type IsolatedDatabase } from '../support';

let iso: IsolatedDatabase;
beforeAll(async () => {
  iso = await isolatedDatabase();
}, 60_000);
afterAll(async () => iso?.close());

const speaker = async (name: string, aliases: string[]) => {
  const { user } = await createUser(iso.db, { role: 'editor' });
  return (await insertSpeaker(iso.db, { name, aliases, kind: 'person', role: null, createdBy: user.id })).row;
};
const keysOf = async (id: number) => (await iso.db('speakers').where({ id }).first('alias_keys')).alias_keys as string;

describe('the keys of speakers’ aliases', () => {
  it('when speakers with aliases were stored before their keys were, then the migration gives each the keys the app gives, and its down takes them back', async () => {
    const [withAliases] = await iso.db('speakers')
      .insert({ name: 'Sergei Ivanov', name_key: 'sergei ivanov', aliases: ['the Minister', 'Łukasz’s “Ministère”', 'THE MINISTER', '!!'] }).returning('id');
    const [without] = await iso.db('speakers').insert({ name: 'Ana Ruiz', name_key: 'ana ruiz' }).returning('id');
    const written = await speaker('Paula Ortiz', ['the Minister', 'Łukasz’s “Ministère”', 'THE MINISTER', '!!']);

    await up(iso.db);

    expect(await keysOf(withAliases.id)).toBe('the minister\nłukasz s ministere');
    expect(await keysOf(withAliases.id)).toBe(await keysOf(written.id));
    expect(await keysOf(without.id)).toBe('');
    await down(iso.db);
    expect(await keysOf(withAliases.id)).toBe('');
  });

  it('when a merge sets a speaker’s aliases, then their keys follow', async () => {
    const row = await speaker('Chen Wei', []);
    await setAliases(iso.db, row.id, ['Dr. Chen', 'Chén Wèi']);
    expect(await keysOf(row.id)).toBe([speakerNameKey('Dr. Chen'), speakerNameKey('Chén Wèi')].join('\n'));
  });
});
