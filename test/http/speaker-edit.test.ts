import { randomBytes } from 'node:crypto';
import { importArticle } from '../../server/articles/service';
import { speakerNameKey } from '../../server/speakers/repository';
import { editSpeaker, mergeSpeakers } from '../../server/speakers/service';
import { auditEventsFor, createUser, csrfFrom, getTestDb, newAgent, signIn, testApp, type Agent } from '../support';

const db = getTestDb();
const app = testApp();
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());

async function signedIn(role: 'fact_checker' | 'editor'): Promise<{ agent: Agent; userId: number }> {
  const { user, password } = await createUser(db, { role });
  return { agent: await signIn(newAgent(app), user.email, password), userId: user.id };
}

/** An article that names `name` twice, imported; its speaker and claims. */
async function imported(userId: number, name: string) {
  const { articleId } = await importArticle(db, { id: userId, ip: null }, {
    // (a text of its own each time: the same text again is the article already there)
    text: `Junta talks ${tag()}\n\n"We will hold elections," said ${name}.\n\n"The army stays," ${name} added.`,
  });
  const claims: Array<{ id: number; speaker_id: number }> = await db('claims').where({ article_id: articleId }).orderBy('position').select('id', 'speaker_id');
  return { articleId, claims, speakerId: claims[0]!.speaker_id };
}

/** The edit form of a speaker's page, sent with these fields over what the page filled in. */
async function edit(agent: Agent, speakerId: number, fields: Record<string, string>, page?: string) {
  const html = page ?? (await agent.get(`/speakers/${speakerId}`)).text;
  const form = /<form method="post" action="\/speakers\/\d+\/edit"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error('the speaker page has no edit form');
  const filled = Object.fromEntries([...form.matchAll(/<input\b[^>]*?\bname="(\w+)"[^>]*?\bvalue="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]));
  const kind = /<option value="(\w+)" selected>/.exec(form)?.[1] ?? 'person';
  return agent.post(`/speakers/${speakerId}/edit`).type('form').send({ _csrf: csrfFrom(html), ...filled, kind, ...fields });
}

const speakerRow = (id: number) => db('speakers').where({ id }).first('name', 'name_key', 'aliases', 'role', 'kind', 'version', 'former_name_keys');

describe('POST /speakers/:id/edit', () => {
  it('when an editor corrects a misspelt name, then the claims show it and keep their verdicts, the old name is an alias, one event says so, and an article writing the old name later leads here', async () => {
    const { agent, userId } = await signedIn('editor');
    const family = tag();
    const { claims, speakerId } = await imported(userId, `Min Aung ${family}`);
    await db('claims').where({ id: claims[0]!.id }).update({ status: 'verified' });

    const res = await edit(agent, speakerId, { name: `Min Aung ${family}g`, edit_note: 'Spelt as the agency does.' });
    expect(res.status).toBe(303);
    const page = await agent.get(res.headers.location!);
    expect(page.text).toContain(`Speaker corrected. 2 claims show the new name; “Min Aung ${family}” stays as another name, and articles that write it lead here.`);
    expect(page.text).toContain(`<h1>Min Aung ${family}g</h1>`);
    expect(await speakerRow(speakerId)).toMatchObject({ name: `Min Aung ${family}g`, aliases: expect.arrayContaining([`Min Aung ${family}`]), version: 2,
      former_name_keys: [`min aung ${family.toLowerCase()}`] });
    expect(await db('claims').whereIn('id', claims.map((c) => c.id)).orderBy('id').select('speaker_name', 'status', 'version')).toEqual([
      { speaker_name: `Min Aung ${family}g`, status: 'verified', version: 1 }, { speaker_name: `Min Aung ${family}g`, status: 'unreviewed', version: 1 }]);
    const list = await agent.get(`/claims?q=${encodeURIComponent(`${family}g`)}`);
    for (const c of claims) expect(list.text).toContain(`href="/claims/${c.id}"`);

    const events = await auditEventsFor(db, 'speaker', speakerId);
    expect(events.map((e) => e.action)).toEqual(['speaker.update']);
    expect(events[0]).toMatchObject({ actor_id: userId, note: 'Spelt as the agency does.', before: { name: `Min Aung ${family}`, version: 1 },
      after: { name: `Min Aung ${family}g`, claims_renamed: 2, version: 2 } });
    const audit = await agent.get(`/audit?entity_type=speaker&entity_id=${speakerId}`);
    expect(audit.text).toContain('Speaker corrected');
    expect(audit.text).toMatch(/Name: .*Min Aung [A-Za-z]+.* → .*Min Aung [A-Za-z]+g/);
    // each claim's own history says so, as part of that one event, and leaves the claim's version (a verdict form
    // open on it stays good)
    for (const c of claims) {
      expect(await auditEventsFor(db, 'claim', c.id)).toEqual([expect.objectContaining({
        action: 'claim.speaker_rename', actor_id: userId, note: 'Spelt as the agency does.',
        before: { speaker_id: speakerId, speaker_name: `Min Aung ${family}`, version: 1 },
        after: { speaker_id: speakerId, speaker_name: `Min Aung ${family}g`, version: 1, part_of_event: events[0]!.id } })]);
      const claimPage = await agent.get(`/claims/${c.id}`);
      expect(claimPage.text).toContain('Speaker’s name corrected');
      expect(claimPage.text).toMatch(/Speaker’s name: .*Min Aung [A-Za-z]+.* → .*Min Aung [A-Za-z]+g/);
    }

    const again = await imported(userId, `Min Aung ${family}`);
    expect(again.speakerId).toBe(speakerId);
    expect(await db('claims').where({ id: again.claims[0]!.id }).first('speaker_name')).toEqual({ speaker_name: `Min Aung ${family}g` });
  });

  it('when only the role and the kind are corrected, then no claim is touched and the event names both changes', async () => {
    const { agent, userId } = await signedIn('editor');
    const { claims, speakerId } = await imported(userId, `Ona ${tag()}`);
    const res = await edit(agent, speakerId, { role: 'mayor of the port', kind: 'organization' });
    expect(res.status).toBe(303);
    expect(await speakerRow(speakerId)).toMatchObject({ role: 'mayor of the port', kind: 'organization', version: 2, former_name_keys: [] });
    const [event] = await auditEventsFor(db, 'speaker', speakerId);
    expect(event).toMatchObject({ action: 'speaker.update', after: { role: 'mayor of the port', kind: 'organization', claims_renamed: 0 } });
    expect(await db('claims').whereIn('id', claims.map((c) => c.id)).pluck('version')).toEqual([1, 1]);
    for (const c of claims) expect(await auditEventsFor(db, 'claim', c.id)).toEqual([]);
    const found = await agent.get(`/speakers?q=${encodeURIComponent('mayor of the port')}`);
    expect(found.text).toContain(`href="/speakers/${speakerId}"`);
  });

  it('when the new name is another live speaker’s, then nothing changes and the form says to merge instead', async () => {
    const { agent, userId } = await signedIn('editor');
    const [a, b] = [await imported(userId, `Ana ${tag()}`), await imported(userId, `Eva ${tag()}`)];
    const other = await speakerRow(b.speakerId);
    const res = await edit(agent, a.speakerId, { name: other!.name.toUpperCase() });
    expect(res.status).toBe(422);
    expect(res.text).toContain(`Speaker #${b.speakerId} is already called ${other!.name}: if that is the same person, merge this speaker into them below`);
    expect(res.text).toContain(`value="${other!.name.toUpperCase()}"`);
    expect(await speakerRow(a.speakerId)).toMatchObject({ version: 1 });
    expect(await auditEventsFor(db, 'speaker', a.speakerId)).toEqual([]);
  });

  it('when the form was opened before another editor’s change, then it is refused with what it held; sent again as the speaker reads, nothing is saved', async () => {
    const { agent, userId } = await signedIn('editor');
    const { speakerId } = await imported(userId, `Ines ${tag()}`);
    const stale = (await agent.get(`/speakers/${speakerId}`)).text;
    expect((await edit(agent, speakerId, { role: 'treasurer' })).status).toBe(303);
    const refused = await edit(agent, speakerId, { role: 'finance minister' }, stale);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('was changed by someone else meanwhile');
    expect(refused.text).toContain('value="finance minister"');
    expect(await speakerRow(speakerId)).toMatchObject({ role: 'treasurer', version: 2 });
    // the first change sent again from the old page: the speaker already reads so
    const twice = await edit(agent, speakerId, { role: 'treasurer' }, stale);
    expect(twice.status).toBe(303);
    expect((await agent.get(twice.headers.location!)).text).toContain('already reads so; nothing was saved.');
    expect(await auditEventsFor(db, 'speaker', speakerId)).toHaveLength(1);
  });

  it('when a name has no letter, the role is too long or the kind unknown, then each field says why and nothing changes', async () => {
    const { agent, userId } = await signedIn('editor');
    const { speakerId } = await imported(userId, `Rui ${tag()}`);
    const res = await edit(agent, speakerId, { name: '!!!', role: 'x'.repeat(201), kind: 'robot' });
    expect(res.status).toBe(422);
    for (const message of ['A name needs at least one letter or digit', 'Use at most 200 characters', 'Choose a person or an organisation']) expect(res.text).toContain(message);
    expect(await speakerRow(speakerId)).toMatchObject({ version: 1 });
  });

  it('when a fact-checker sends the form, then 403 and the page offers no form', async () => {
    const editor = await signedIn('editor');
    const { speakerId } = await imported(editor.userId, `Lia ${tag()}`);
    const { agent } = await signedIn('fact_checker');
    const page = await agent.get(`/speakers/${speakerId}`);
    expect(page.text).not.toContain(`action="/speakers/${speakerId}/edit"`);
    const res = await agent.post(`/speakers/${speakerId}/edit`).type('form').send({ _csrf: csrfFrom(page.text), version: '1', name: 'Someone Else', kind: 'person' });
    expect(res.status).toBe(403);
    expect(await speakerRow(speakerId)).toMatchObject({ version: 1 });
  });

  it('when a renamed speaker is merged into another, then articles writing the old name lead to the speaker kept', async () => {
    const { agent, userId } = await signedIn('editor');
    const old = `Ugo ${tag()}`;
    const renamed = await imported(userId, old);
    expect((await edit(agent, renamed.speakerId, { name: `${old}i` })).status).toBe(303);
    const kept = await imported(userId, `Hugo ${tag()}`);
    await mergeSpeakers(db, { id: userId, ip: null }, { loserId: renamed.speakerId, survivorId: kept.speakerId });
    expect((await speakerRow(kept.speakerId))!.former_name_keys).toEqual([old.toLowerCase()]);
    expect((await imported(userId, old)).speakerId).toBe(kept.speakerId);
  });
});

// (on the embedded database one session serves every connection: no transaction can be held open against another)
const onServer = process.env.DATABASE_URL?.trim() ? it : it.skip;

describe('editSpeaker against a speaker created meanwhile', () => {
  onServer('when another transaction creates a speaker of the new name while the edit runs, then the edit is refused plainly and nothing changes', async () => {
    const { userId } = await signedIn('editor');
    const { speakerId } = await imported(userId, `Teo ${tag()}`);
    const wanted = `Teodor ${tag()}`;
    const other = await db.transaction();
    try {
      // created but not committed: the edit's check cannot see it, and its write waits on the name's unique index
      await other('speakers').insert({ name: wanted, name_key: speakerNameKey(wanted) });
      const editing = editSpeaker(db, { id: userId, ip: null }, { id: speakerId, version: 1, name: wanted, role: null, kind: 'person', note: null })
        .then(() => 'saved', (err: Error) => err.message);
      await waitForLockWait();
      await other.commit();
      expect(await editing).toBe(`Another speaker was just given the name ${wanted}: if that is the same person, merge this speaker into them below`);
    } finally {
      if (!other.isCompleted()) await other.rollback();
    }
    expect(await speakerRow(speakerId)).toMatchObject({ version: 1 });
    expect(await auditEventsFor(db, 'speaker', speakerId)).toEqual([]);
  });
});

/** Until some statement of this database waits for a lock (the edit's write), at most five seconds. */
async function waitForLockWait(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await db.raw(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the edit never waited for the other transaction');
}
