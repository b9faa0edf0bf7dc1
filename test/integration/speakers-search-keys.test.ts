import { randomBytes } from 'node:crypto';
import { insertSpeaker, listSpeakers, setAliases, type SpeakerRow } from '../../server/speakers/repository';
import { mergeSpeakers } from '../../server/speakers/service';
import { createUser, getTestDb } from '../support';

const db = getTestDb();
const tag = () => [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

async function editor() {
  const { user } = await createUser(db, { role: 'editor' });
  return { id: user.id, ip: null };
}
const speaker = async (createdBy: number, name: string, aliases: string[] = []): Promise<SpeakerRow> =>
  (await insertSpeaker(db, { name, aliases, kind: 'person', role: null, createdBy })).row;
const keysOf = async (id: number) => db('speakers').where({ id }).first('search_keys', 'merged_name_keys');
// these speakers have no claims: the search is asked to list such speakers too
const found = async (q: string) => (await listSpeakers(db, { q, after: null, limit: 50, withoutClaims: true })).rows.map((r) => r.id);

describe('the keys the speaker list’s search tests', () => {
  it('when a speaker is created with aliases, then its search keys are its name’s key and its aliases’ keys, one a line', async () => {
    const t = tag();
    const row = await speaker((await editor()).id, `Łukasz ${t}`, [`the Minister ${t}`, `Ministère ${t}`, `THE MINISTER ${t}`]);

    expect(await keysOf(row.id)).toEqual({ search_keys: `łukasz ${t}\nthe minister ${t}\nministere ${t}`, merged_name_keys: '' });
  });

  it('when a speaker is inserted naming only its name key, then the search finds it by that key', async () => {
    const t = tag();
    const [row] = await db('speakers').insert({ name: `Ana ${t}`, name_key: `ana ${t}` }).returning('id');

    expect(await found(`ana ${t}`)).toEqual([row.id]);
  });

  it('when a speaker’s aliases are replaced, then the search finds it by the new ones and no longer by the old', async () => {
    const t = tag();
    const row = await speaker((await editor()).id, `Boris ${t}`, [`the Kremlin ${t}`]);
    expect(await found(`kremlin ${t}`)).toEqual([row.id]);

    await setAliases(db, row.id, [`Président ${t}`]);

    expect(await found(`kremlin ${t}`)).toEqual([]);
    expect(await found(`president ${t}`)).toEqual([row.id]);
    expect(await found(`boris ${t}`)).toEqual([row.id]);
  });

  it('when a speaker that others were merged into is merged on, then the speaker kept carries every merged name, even with its aliases gone, and the one merged away carries none', async () => {
    const actor = await editor();
    const t = tag();
    const [first, middle, kept] = [await speaker(actor.id, `Ivan ${t}`), await speaker(actor.id, `I Petrov ${t}`), await speaker(actor.id, `Ivan Petrov ${t}`)];

    await mergeSpeakers(db, actor, { loserId: first.id, survivorId: middle.id });
    expect(await keysOf(middle.id)).toMatchObject({ merged_name_keys: `ivan ${t}` });
    await mergeSpeakers(db, actor, { loserId: middle.id, survivorId: kept.id });
    // why: a merge makes the merged names aliases too; without them, only the merged names find the speaker kept
    await setAliases(db, kept.id, []);

    expect(await keysOf(kept.id)).toEqual({ search_keys: `ivan petrov ${t}\nivan ${t}\ni petrov ${t}`, merged_name_keys: `ivan ${t}\ni petrov ${t}` });
    expect(await keysOf(middle.id)).toMatchObject({ merged_name_keys: '' });
    expect(await found(`ivan ${t}`)).toEqual([kept.id]);
    expect(await found(`i petrov ${t}`)).toEqual([kept.id]);
    expect(await found(t)).toEqual([kept.id]);
  });
});
