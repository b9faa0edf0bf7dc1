import { randomBytes } from 'node:crypto';
import { importArticle } from '../../server/articles/service';
import { insertSpeaker, speakerNameKey } from '../../server/speakers/repository';
import { mergeSpeakers } from '../../server/speakers/service';
import { auditEventsFor, createUser, csrfFrom, getTestDb, hiddenFields, newAgent, signIn, testApp, type Agent } from '../support';

const db = getTestDb();
const app = testApp();
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('').replace(/^./, (c) => c.toUpperCase());

async function twoSpellings() {
  const name = tag();
  const { user } = await createUser(db);
  const actor = { id: user.id, ip: null };
  const a = await importArticle(db, actor, { text: `Mine reopens\n\n"We start digging in May," said Anna ${name}, the owner.` });
  const b = await importArticle(db, actor, { text: `Mine news\n\n"Nobody was hurt," said Ann ${name} on Friday.\n\n"We start digging in June," Ann ${name} added.` });
  const speakerOf = async (articleId: number) => (await db('claims').where({ article_id: articleId }).first('speaker_id')).speaker_id as number;
  return { name, survivorId: await speakerOf(a.articleId), loserId: await speakerOf(b.articleId), loserArticle: b.articleId };
}

async function otherSpeaker(name: string): Promise<number> {
  const [row] = await db('speakers').insert({ name, name_key: speakerNameKey(name) }).returning('id');
  return (row as { id: number }).id;
}

/** A merge form sent from a page opened earlier (a second tab); with `confirm`, as its confirmation page sends it. */
const mergeFrom = (agent: Agent, page: string, loserId: number, fields: Record<string, string>) => {
  const version = /name="version" value="(\d+)"/.exec(page)![1]!;
  return agent.post(`/speakers/${loserId}/merge`).type('form').send({ _csrf: csrfFrom(page), version, ...fields });
};

/** The fields of the confirmation page's merge form, as a browser would send them. */
const confirmationForm = (page: string, loserId: number) => hiddenFields(page, `/speakers/${loserId}/merge`);

async function agentFor(role: 'fact_checker' | 'editor'): Promise<Agent> {
  const { user, password } = await createUser(db, { role });
  return signIn(newAgent(app), user.email, password);
}

/** The merge form sent from the speaker's page: it asks before merging. */
async function askToMerge(agent: Agent, loserId: number, fields: Record<string, string>) {
  const page = await agent.get(`/speakers/${loserId}`);
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '1';
  return agent.post(`/speakers/${loserId}/merge`).type('form').send({ _csrf: csrfFrom(page.text), version, ...fields });
}

/** A merge as an editor makes it: the form, then the confirmation page's form. */
async function merge(agent: Agent, loserId: number, fields: Record<string, string>) {
  const asked = await askToMerge(agent, loserId, fields);
  expect(asked.status).toBe(200);
  return agent.post(`/speakers/${loserId}/merge`).type('form').send(confirmationForm(asked.text, loserId));
}

describe('speakers', () => {
  let editor: Agent;
  let checker: Agent;
  beforeAll(async () => {
    [editor, checker] = await Promise.all([agentFor('editor'), agentFor('fact_checker')]);
  });

  it('when a page link of the speaker or article pages holds a time that does not exist, then the first page is shown, not an error', async () => {
    const { loserId } = await twoSpellings();
    for (const path of [`/speakers/${loserId}`, '/articles']) {
      for (const at of ['2026-13-45T99:99:99.000Z', '0000-01-01T00:00:00.000Z', '2020-02-30T00:00:00.000Z']) {
        expect((await checker.get(`${path}?before=${at}_1`)).status).toBe(200);
      }
    }
  });

  it('when a search of the speaker list holds only signs ("%", "_"), then it matches no one rather than everyone', async () => {
    await twoSpellings();
    for (const q of ['%', '_', '!!']) {
      const res = await checker.get(`/speakers?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.text).not.toMatch(/href="\/speakers\/\d+"/);
    }
  });

  it('when someone searches the speaker list, then matching speakers are listed with their claim counts', async () => {
    const { name, loserId } = await twoSpellings();
    const res = await checker.get(`/speakers?q=${name.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`<a href="/speakers/${loserId}">Ann ${name}</a>`);
    expect(res.text).toContain(`Anna ${name}`);
    expect(res.text).toMatch(new RegExp(`Ann ${name}</a></td>[\\s\\S]*?<td data-label="Claims">2</td>`));
  });

  it('when someone searches the speaker list for what a speaker is also called, whatever its case and accents, then the speaker is listed with that alias marked', async () => {
    const t = tag();
    const { user } = await createUser(db);
    const { row: boris } = await insertSpeaker(db, { name: `Boris ${t}`, aliases: [`Ministère ${t}`, `the Kremlin ${t}`], kind: 'person', role: null, createdBy: user.id });
    const { row: chen } = await insertSpeaker(db, { name: `Chen ${t}`, aliases: [`a Researcher ${t}`], kind: 'person', role: null, createdBy: user.id });
    const listed = (html: string) => [...html.matchAll(/<a href="\/speakers\/(\d+)">/g)].map((m) => Number(m[1]));

    for (const [q, id, alias] of [
      [`ministere ${t}`, boris.id, `Ministère ${t}`], [`MINISTÈRE ${t}`, boris.id, `Ministère ${t}`], [`kremlin ${t}`, boris.id, `the Kremlin ${t}`],
      [`researcher ${t}`, chen.id, `a Researcher ${t}`],
    ] as const) {
      // these speakers hold no claims, so the search is asked to list such speakers too
      const res = await checker.get(`/speakers?q=${encodeURIComponent(q)}&all=1`);
      expect(res.status).toBe(200);
      expect(listed(res.text)).toEqual([id]);
      expect(res.text).toContain(`<mark>${alias}</mark>`);
    }
    const byName = await checker.get(`/speakers?q=${encodeURIComponent(`boris ${t}`)}&all=1`);
    expect(listed(byName.text)).toEqual([boris.id]);
    expect(byName.text).not.toContain('<mark>');
  });

  it('when someone searches the speaker list for words of a speaker’s role, then the speaker is listed with the role marked', async () => {
    const t = tag();
    const { user } = await createUser(db);
    const { row } = await insertSpeaker(db, { name: `Tomás ${t}`, aliases: [], kind: 'person', role: `UN special rapporteur on ${t}`, createdBy: user.id });
    const res = await checker.get(`/speakers?q=${encodeURIComponent(`Rapporteur on ${t}`)}&all=1`);
    expect(res.text).toMatch(new RegExp(`<a href="/speakers/${row.id}">Tomás ${t}</a></td>\\s*<td data-label="Role"><mark>UN special rapporteur on ${t}</mark></td>`));
    // found by name, the role is shown unmarked
    const byName = await checker.get(`/speakers?q=${encodeURIComponent(`tomas ${t}`)}&all=1`);
    expect(byName.text).toContain(`<td data-label="Role">UN special rapporteur on ${t}</td>`);
    expect(byName.text).not.toContain('<mark>');
  });

  it('when a merge makes a speaker’s name an alias of the one kept, then searching for it finds the speaker kept with that alias marked', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    await merge(editor, loserId, { into: String(survivorId) });
    const res = await checker.get(`/speakers?q=${encodeURIComponent(`ann ${name}`)}`);
    expect(res.text).toContain(`<a href="/speakers/${survivorId}">Anna ${name}</a>`);
    expect(res.text).toContain(`<mark>Ann ${name}</mark>`);
  });

  it('when all of a speaker’s claims went to someone else, then the speaker list leaves them out unless asked, and its pages keep the asking', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    await db('claims').where({ speaker_id: loserId }).update({ speaker_id: survivorId, speaker_name: `Anna ${name}` });
    const listed = (html: string) => [...html.matchAll(/<a href="\/speakers\/(\d+)">/g)].map((m) => Number(m[1]));

    const plain = await checker.get(`/speakers?q=${name}`);
    expect(listed(plain.text)).toEqual([survivorId]);
    expect(plain.text).toMatch(/<input type="checkbox" name="all" value="1">/);
    const asked = await checker.get(`/speakers?q=${name}&all=1`);
    expect(listed(asked.text)).toEqual(expect.arrayContaining([survivorId, loserId]));
    expect(asked.text).toMatch(new RegExp(`Ann ${name}</a></td>[\\s\\S]*?<td data-label="Claims">0</td>`));
    expect(asked.text).toMatch(/<input type="checkbox" name="all" value="1" checked>/);
    // the speaker's own page is still there, from a claim's history or the audit trail
    expect((await checker.get(`/speakers/${loserId}`)).status).toBe(200);

    // a page of speakers further on keeps the box ticked
    const t = tag();
    for (let i = 0; i < 51; i++) await db('speakers').insert({ name: `Pager ${t} ${String(i).padStart(2, '0')}`, name_key: `pager ${t.toLowerCase()} ${String(i).padStart(2, '0')}` });
    const first = await checker.get(`/speakers?q=${t}&all=1`);
    expect(listed(first.text)).toHaveLength(50);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.text)![1]!.replace(/&amp;/g, '&');
    expect(new URL(next, 'http://x').searchParams.get('all')).toBe('1');
    expect(listed((await checker.get(next)).text)).toHaveLength(1);
    expect(listed((await checker.get(`/speakers?q=${t}`)).text)).toEqual([]);
  });

  it('when the speaker list is read, then names sort whatever their case ("ad …" among the a’s, not after every capital)', async () => {
    const t = tag().toLowerCase();
    for (const name of [`Zed ${t}`, `ad ${t}`, `Bea ${t}`, `Ana ${t}`]) await db('speakers').insert({ name, name_key: `${name.toLowerCase()}` });
    const res = await checker.get(`/speakers?q=${t}&all=1`);
    const listed = [...res.text.matchAll(new RegExp(`<a href="/speakers/\\d+">([^<]* ${t})</a>`, 'g'))].map((m) => m[1]);
    expect(listed).toEqual([`ad ${t}`, `Ana ${t}`, `Bea ${t}`, `Zed ${t}`]);
  });

  it('when articles described a speaker in words of their own, then the speaker’s page lists those descriptions, not the names or pronouns', async () => {
    const name = tag();
    const { user } = await createUser(db);
    const text = `Harbour deal signed\n\nPort director Ana ${name} signed the deal on Monday.\n\n"We will not retreat," the port director said.\n\n` +
      `"Ships will come back," she added. "The quay is ready," ${name} said.`;
    const { articleId } = await importArticle(db, { id: user.id, ip: null }, { text });
    const speakerId = (await db('claims').where({ article_id: articleId }).whereNotNull('speaker_id').first('speaker_id')).speaker_id as number;
    expect(await db('claims').where({ article_id: articleId }).orderBy('position').pluck('mention_text')).toEqual(['the port director', 'she', name]);

    const page = (await checker.get(`/speakers/${speakerId}`)).text;
    const described = /<dt>Described as<\/dt><dd>([\s\S]*?)<\/dd>/.exec(page)?.[1]?.replace(/<[^>]+>/g, '');
    expect(described).toBe('“the port director” (1 claim)');
  });

  it("when someone opens a speaker, then every claim of theirs is listed with links to the claim and the article", async () => {
    const { loserId, loserArticle } = await twoSpellings();
    const claims = await db('claims').where({ speaker_id: loserId }).pluck('id');
    expect(claims).toHaveLength(2);
    const res = await checker.get(`/speakers/${loserId}`);
    expect(res.status).toBe(200);
    for (const id of claims) expect(res.text).toContain(`href="/claims/${id}"`);
    expect(res.text).toContain(`href="/articles/${loserArticle}"`);
    expect(res.text).not.toContain('Merge into another speaker');
  });

  it('when an editor merges two speakers, then claims move with their names rewritten, aliases join, the old page redirects, and one event is written', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const moving = await db('claims').where({ speaker_id: loserId }).select('id', 'version');
    expect(moving).toHaveLength(2);

    const res = await merge(editor, loserId, { into: `Anna ${name}`, note: 'Same mine owner' });

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/speakers/${survivorId}`);
    const moved = await db('claims').whereIn('id', moving.map((c) => c.id)).select('id', 'speaker_id', 'speaker_name', 'version');
    expect(moved.every((c) => c.speaker_id === survivorId && c.speaker_name === `Anna ${name}`)).toBe(true);
    expect(moved.map((c) => c.version)).toEqual(moving.map((c) => c.version + 1));
    expect(await db('speakers').where({ id: survivorId }).first('aliases')).toEqual({ aliases: expect.arrayContaining([`Ann ${name}`]) });
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: survivorId });

    const events = await auditEventsFor(db, 'speaker', survivorId);
    expect(events.map((e) => e.action)).toEqual(['speaker.merge']);
    expect(events[0]).toMatchObject({ note: 'Same mine owner', after: { claims_moved: 2, claim_ids: moving.map((c) => c.id).sort((a, b) => a - b), loser: { id: loserId, merged_into_id: survivorId } } });

    const old = await checker.get(`/speakers/${loserId}`);
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe(`/speakers/${survivorId}`);
    const search = await checker.get(`/claims?q=${encodeURIComponent(`Anna ${name}`)}`);
    for (const c of moving) expect(search.text).toContain(`href="/claims/${c.id}"`);
  });

  it('when an editor sends the merge form, then nothing is merged yet: a page says who goes into whom, how many claims move from how many articles and that the name becomes an alias, with a form to confirm and a way back', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const { user } = await createUser(db);
    await importArticle(db, { id: user.id, ip: null }, { text: `Mine update\n\n"Trucks arrive on Monday," said Ann ${name}.` });
    const moving = await db('claims').where({ speaker_id: loserId }).orderBy('id').select('id', 'version');
    expect(moving).toHaveLength(3);
    const speakerPage = (await editor.get(`/speakers/${loserId}`)).text;
    expect(speakerPage).not.toContain('name="confirm"');

    const asked = await askToMerge(editor, loserId, { into: `Anna ${name}`, note: 'Same mine owner' });

    expect(asked.status).toBe(200);
    expect(asked.text).toContain(`<h1>Merge Ann ${name} into Anna ${name}?</h1>`);
    expect(asked.text).toContain(`Nothing is merged yet. Ann ${name} (#${loserId}) becomes part of Anna ${name} (#${survivorId}):`);
    expect(asked.text).toContain(`Its 3 claims, in 2 articles, move to Anna ${name} with their verdicts`);
    expect(asked.text).toContain(`“Ann ${name}” becomes an alias of Anna ${name}`);
    expect(asked.text).toContain(`Ann ${name}’s page will lead to Anna ${name}`);
    expect(asked.text).toContain('The audit trail keeps the merge, with your note: “Same mine owner”.');
    expect(asked.text).toContain(`<button type="submit" class="button button--danger">Merge Ann ${name} into Anna ${name}</button>`);
    expect(asked.text).toContain(`<a href="/speakers/${loserId}">Cancel</a>`);
    const form = confirmationForm(asked.text, loserId);
    expect(form).toEqual({
      _csrf: csrfFrom(speakerPage), version: '1', into: `Anna ${name}`, note: 'Same mine owner', confirm: String(survivorId),
      claims: '3', fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const unmerged = async () => {
      expect(await db('claims').where({ speaker_id: loserId }).orderBy('id').select('id', 'version')).toEqual(moving);
      expect(await db('speakers').where({ id: loserId }).first('merged_into_id', 'version')).toEqual({ merged_into_id: null, version: 1 });
      expect((await db('speakers').where({ id: survivorId }).first('aliases')).aliases).not.toContain(`Ann ${name}`);
      expect(await auditEventsFor(db, 'speaker', survivorId)).toEqual([]);
      expect(await db('audit_events').whereIn('entity_id', moving.map((c) => String(c.id))).where({ entity_type: 'claim' })).toEqual([]);
    };
    await unmerged();
    for (const confirm of ['', 'yes', String(loserId)]) {
      const again = await editor.post(`/speakers/${loserId}/merge`).type('form').send({ ...form, confirm });
      expect(again.status).toBe(200);
      expect(again.text).toContain(`<h1>Merge Ann ${name} into Anna ${name}?</h1>`);
    }
    await unmerged();

    const done = await editor.post(`/speakers/${loserId}/merge`).type('form').send(form);

    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(`/speakers/${survivorId}`);
    expect((await editor.get(done.headers.location!)).text).toContain(`Merged: 3 claims moved to Anna ${name}.`);
    expect(await db('claims').whereIn('id', moving.map((c) => c.id)).pluck('speaker_id')).toEqual([survivorId, survivorId, survivorId]);
    const events = await auditEventsFor(db, 'speaker', survivorId);
    expect(events.map((e) => e.action)).toEqual(['speaker.merge']);
    expect(events[0]).toMatchObject({ note: 'Same mine owner', after: { claims_moved: 3 } });
  });

  it('when the speaker to merge has no claims, aliases, an earlier merge and a role, then the confirmation says each of these as the merge will do it', async () => {
    const t = tag();
    const { user } = await createUser(db);
    const { row: bo } = await insertSpeaker(db, { name: `Bo ${t}`, aliases: [`B. ${t}`], kind: 'person', role: 'mayor', createdBy: user.id });
    const { row: cy } = await insertSpeaker(db, { name: `Cy ${t}`, aliases: [], kind: 'person', role: 'councillor', createdBy: user.id });
    await mergeSpeakers(db, { id: user.id, ip: null }, { loserId: await otherSpeaker(`Old ${t}`), survivorId: bo.id });

    const asked = await askToMerge(editor, bo.id, { into: `#${cy.id}` });

    expect(asked.status).toBe(200);
    expect(asked.text).toContain('It has no claims to move.');
    expect(asked.text).toContain(`“Bo ${t}”, “B. ${t}”, “Old ${t}” become aliases of Cy ${t}`);
    expect(asked.text).toContain(`The speaker merged into Bo ${t} earlier (Old ${t}) leads to Cy ${t} too.`);
    expect(asked.text).toContain(`which keeps its name, role and kind; the role “mayor” is not kept.`);
    expect(asked.text).toContain('The audit trail keeps the merge.');
    expect(confirmationForm(asked.text, bo.id)).toMatchObject({ into: `#${cy.id}`, note: '', confirm: String(cy.id) });
    expect(await auditEventsFor(db, 'speaker', cy.id)).toEqual([]);
  });

  it('when the confirmation is sent without its token, with a forged one or with another session’s, then it is refused and nothing is merged', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const form = confirmationForm((await askToMerge(editor, loserId, { into: `Anna ${name}` })).text, loserId);
    const othersToken = csrfFrom((await checker.get(`/speakers/${loserId}`)).text);

    for (const _csrf of [undefined, 'forged-token-0123456789abcdef', othersToken]) {
      const res = await editor.post(`/speakers/${loserId}/merge`).type('form').send({ ...form, _csrf });
      expect(res.status).toBe(403);
    }

    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect(await db('claims').where({ speaker_id: loserId }).pluck('id')).toHaveLength(2);
    expect(await auditEventsFor(db, 'speaker', survivorId)).toEqual([]);
    expect((await editor.post(`/speakers/${loserId}/merge`).type('form').send(form)).status).toBe(303);
  });

  it('when the name confirmed leads to another speaker by the time the merge is confirmed, then it asks again naming that one, and nothing is merged', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const danaId = await otherSpeaker(`Dana ${name}`);
    const form = confirmationForm((await askToMerge(editor, loserId, { into: `Anna ${name}`, note: 'Same mine owner' })).text, loserId);
    const { user } = await createUser(db);
    await mergeSpeakers(db, { id: user.id, ip: null }, { loserId: survivorId, survivorId: danaId });

    const res = await editor.post(`/speakers/${loserId}/merge`).type('form').send(form);

    expect(res.status).toBe(200);
    expect(res.text).toContain(`“Anna ${name}” now leads to Dana ${name} (#${danaId}), not to the speaker you confirmed. Nothing was merged; check again below.`);
    expect(res.text).toContain(`<h1>Merge Ann ${name} into Dana ${name}?</h1>`);
    expect(confirmationForm(res.text, loserId)).toMatchObject({ into: `Anna ${name}`, note: 'Same mine owner', confirm: String(danaId) });
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect((await auditEventsFor(db, 'speaker', danaId)).map((e) => e.before)).toEqual([expect.objectContaining({ loser: expect.objectContaining({ id: survivorId }) })]);
  });

  it('when a merge moves a claim someone has open, then the claim has an event of it: the verdict’s 409, the history and the merged speaker’s audit filter say so', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const [claimId] = await db('claims').where({ speaker_id: loserId }).orderBy('id').pluck('id');
    const open = await checker.get(`/claims/${claimId}`);
    const version = /name="version" value="(\d+)"/.exec(open.text)![1];

    expect((await merge(editor, loserId, { into: String(survivorId), note: 'Same mine owner' })).status).toBe(303);
    const res = await checker.post(`/claims/${claimId}/verdict`).type('form').send({ _csrf: csrfFrom(open.text), version, status: 'verified' });

    const line = `<li>Speaker merged: \u2068Ann ${name}\u2069 → \u2068Anna ${name}\u2069</li>`;
    expect(res.status).toBe(409);
    expect(res.text).toContain(line);
    expect(res.text).not.toContain('No change since the engine found it');
    const history = (await checker.get(`/claims/${claimId}`)).text;
    expect(history).toContain(line);
    expect(history).toMatch(/<strong>[^<]+<\/strong> Speaker changed by a merge <code class="hint">claim.speaker_merge<\/code>/);
    const [mergeEvent] = await auditEventsFor(db, 'speaker', survivorId);
    const claimEvents = await auditEventsFor(db, 'claim', claimId!);
    expect(claimEvents).toEqual([expect.objectContaining({ action: 'claim.speaker_merge', note: 'Same mine owner',
      before: { speaker_id: loserId, speaker_name: `Ann ${name}`, version: 1 },
      after: { speaker_id: survivorId, speaker_name: `Anna ${name}`, version: 2, part_of_event: mergeEvent!.id } })]);

    const filtered = await editor.get(`/audit?entity_type=speaker&entity_id=${loserId}`);
    expect(filtered.text).toContain(`Merged: \u2068Ann ${name}\u2069 into \u2068Anna ${name}\u2069`);
    expect(filtered.text).toContain(`<a href="/speakers/${survivorId}">speaker ${survivorId}</a>`);
  });

  it('when a second tab merges (or confirms merging) a speaker the first tab already merged elsewhere, then 409 says where it went, keeps the input, and nothing changes', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const danaId = await otherSpeaker(`Dana ${name}`);
    const tab2 = (await editor.get(`/speakers/${loserId}`)).text;
    expect((await merge(editor, loserId, { into: String(survivorId) })).status).toBe(303);
    const claims = await db('claims').where({ speaker_id: survivorId }).orderBy('id').select('id', 'version');

    for (const confirm of [{}, { confirm: String(danaId) }] as Array<Record<string, string>>) {
      const res = await mergeFrom(editor, tab2, loserId, { into: `Dana ${name}`, note: 'typed in tab 2', ...confirm });

      expect(res.status).toBe(409);
      expect(res.text).toContain(`Ann ${name} was already merged into another speaker`);
      expect(res.text).toContain(`<a href="/speakers/${survivorId}">Anna ${name}</a>`);
      expect(res.text).toContain(`Dana ${name}`);
      expect(res.text).toContain('typed in tab 2');
    }
    expect(await db('claims').where({ speaker_id: survivorId }).orderBy('id').select('id', 'version')).toEqual(claims);
    expect(await db('speakers').where({ id: danaId }).first('aliases', 'version')).toEqual({ aliases: [], version: 1 });
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: survivorId });
    expect((await auditEventsFor(db, 'speaker', survivorId)).map((e) => e.action)).toEqual(['speaker.merge']);
    expect(await auditEventsFor(db, 'speaker', danaId)).toEqual([]);
  });

  it('when a second tab asks for the merge the first tab already made, then it is done: it leads to the speaker kept and says nothing more was saved', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const tab2 = (await editor.get(`/speakers/${loserId}`)).text;
    expect((await merge(editor, loserId, { into: String(survivorId) })).status).toBe(303);

    for (const confirm of [{}, { confirm: String(survivorId) }] as Array<Record<string, string>>) {
      const res = await mergeFrom(editor, tab2, loserId, { into: `Anna ${name}`, ...confirm });

      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/speakers/${survivorId}`);
      expect((await editor.get(res.headers.location!)).text).toContain(`Ann ${name} was already merged into Anna ${name}; nothing more was saved.`);
    }
    expect((await auditEventsFor(db, 'speaker', survivorId)).map((e) => e.action)).toEqual(['speaker.merge']);
  });

  it('when a fact-checker tries to merge, asking or confirming, then it is forbidden and nothing changes', async () => {
    const { survivorId, loserId } = await twoSpellings();
    const checkerPage = await checker.get(`/speakers/${loserId}`);
    for (const confirm of [{}, { confirm: String(survivorId) }] as Array<Record<string, string>>) {
      const res = await checker.post(`/speakers/${loserId}/merge`).type('form').send({ _csrf: csrfFrom(checkerPage.text), into: String(survivorId), version: '1', ...confirm });
      expect(res.status).toBe(403);
    }
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect(await auditEventsFor(db, 'speaker', survivorId)).toEqual([]);
  });

  it('when the speaker to keep does not exist or is the same one, then it answers 422 and nothing changes', async () => {
    const { loserId } = await twoSpellings();
    for (const confirm of [{}, { confirm: String(loserId) }] as Array<Record<string, string>>) {
      const nobody = `Nobody ${tag()}`;
      const unknown = await askToMerge(editor, loserId, { into: nobody, ...confirm });
      expect(unknown.status).toBe(422);
      expect(unknown.text).toContain('No speaker called');
      expect(unknown.text).toContain(`value="${nobody}"`);
      const itself = await askToMerge(editor, loserId, { into: String(loserId), note: 'typed note', ...confirm });
      expect(itself.status).toBe(422);
      expect(itself.text).toContain('cannot be merged into itself');
      expect(itself.text).toContain('value="typed note"');
    }
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect(await auditEventsFor(db, 'speaker', loserId)).toEqual([]);
  });

  it('when the speaker changed since the form (or its confirmation) was loaded, then it answers 409, keeps what was typed, and nothing is merged', async () => {
    const { survivorId, loserId } = await twoSpellings();
    const page = await editor.get(`/speakers/${loserId}`);
    await db('speakers').where({ id: loserId }).increment('version', 1);
    for (const confirm of [{}, { confirm: String(survivorId) }] as Array<Record<string, string>>) {
      const res = await editor.post(`/speakers/${loserId}/merge`).type('form').send({ _csrf: csrfFrom(page.text), version: '1', into: String(survivorId), note: 'typed note', ...confirm });
      expect(res.status).toBe(409);
      expect(res.text).toContain('changed by someone else');
      expect(res.text).toContain('value="typed note"');
    }
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect(await auditEventsFor(db, 'speaker', survivorId)).toEqual([]);
  });

  it('when claims are attributed to the speaker between its confirmation page and the confirm, then nothing is merged: the page again says how many more, with the new numbers and the note kept; confirming that page merges them all', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const asked = await askToMerge(editor, loserId, { into: `Anna ${name}`, note: 'Same mine owner' });
    expect(asked.text).toContain(`Its 2 claims, in 1 article, move to Anna ${name}`);
    const form = confirmationForm(asked.text, loserId);
    const { user } = await createUser(db);
    await importArticle(db, { id: user.id, ip: null }, { text: `Mine update\n\n"Trucks arrive on Monday," said Ann ${name}.\n\n"The road is ready," Ann ${name} added.` });
    const claims = await db('claims').where({ speaker_id: loserId }).orderBy('id').select('id', 'version');
    expect(claims).toHaveLength(4);

    const res = await editor.post(`/speakers/${loserId}/merge`).type('form').send(form);

    expect(res.status).toBe(200);
    expect(res.text).toContain(`Since you looked, 2 more claims were attributed to Ann ${name}: it now has 4 claims in 2 articles. Nothing was merged; check again below.`);
    expect(res.text).toContain(`<h1>Merge Ann ${name} into Anna ${name}?</h1>`);
    expect(res.text).toContain(`Its 4 claims, in 2 articles, move to Anna ${name}`);
    expect(res.text).toContain('The audit trail keeps the merge, with your note: “Same mine owner”.');
    const again = confirmationForm(res.text, loserId);
    expect(again).toMatchObject({ into: `Anna ${name}`, note: 'Same mine owner', confirm: String(survivorId), claims: '4' });
    expect(again.fingerprint).not.toBe(form.fingerprint);
    expect(await db('claims').where({ speaker_id: loserId }).orderBy('id').select('id', 'version')).toEqual(claims);
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id', 'version')).toEqual({ merged_into_id: null, version: 1 });
    expect(await auditEventsFor(db, 'speaker', survivorId)).toEqual([]);
    expect(await db('audit_events').where({ entity_type: 'claim' }).whereIn('entity_id', claims.map((c) => String(c.id)))).toEqual([]);

    const done = await editor.post(`/speakers/${loserId}/merge`).type('form').send(again);

    expect(done.status).toBe(303);
    expect((await editor.get(done.headers.location!)).text).toContain(`Merged: 4 claims moved to Anna ${name}.`);
    expect(await db('claims').whereIn('id', claims.map((c) => c.id)).pluck('speaker_id')).toEqual(claims.map(() => survivorId));
    const events = await auditEventsFor(db, 'speaker', survivorId);
    expect(events.map((e) => e.action)).toEqual(['speaker.merge']);
    expect(events[0]).toMatchObject({ note: 'Same mine owner', after: { claims_moved: 4, claim_ids: claims.map((c) => c.id) } });
  });

  it('when a claim of the speaker goes to someone else before the confirm, then nothing is merged and the page again says how many fewer it has', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const form = confirmationForm((await askToMerge(editor, loserId, { into: `Anna ${name}` })).text, loserId);
    const [claimId] = await db('claims').where({ speaker_id: loserId }).orderBy('id').pluck('id');
    await db('claims').where({ id: claimId }).update({ speaker_id: await otherSpeaker(`Dana ${name}`) });

    const res = await editor.post(`/speakers/${loserId}/merge`).type('form').send(form);

    expect(res.status).toBe(200);
    expect(res.text).toContain(`Since you looked, 1 claim is no longer attributed to Ann ${name}: it now has 1 claim in 1 article. Nothing was merged; check again below.`);
    expect(confirmationForm(res.text, loserId)).toMatchObject({ claims: '1' });
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect(await auditEventsFor(db, 'speaker', survivorId)).toEqual([]);
  });

  it('when a confirmation comes without the claims its page showed (a page from before they were sent) or with them garbled, then it asks again and nothing is merged', async () => {
    const { name, survivorId, loserId } = await twoSpellings();
    const form = confirmationForm((await askToMerge(editor, loserId, { into: `Anna ${name}`, note: 'Same mine owner' })).text, loserId);
    const { claims: _claims, fingerprint: _fingerprint, ...older } = form;

    for (const sent of [older, { ...older, claims: '2' }, { ...form, fingerprint: 'not-a-fingerprint' }, { ...form, claims: '-2' }]) {
      const res = await editor.post(`/speakers/${loserId}/merge`).type('form').send(sent);

      expect(res.status).toBe(200);
      expect(res.text).toContain('The page you confirmed from did not say which claims would move. Nothing was merged; check again below.');
      expect(res.text).toContain(`Its 2 claims, in 1 article, move to Anna ${name}`);
      expect(confirmationForm(res.text, loserId)).toEqual(form);
    }
    expect(await db('speakers').where({ id: loserId }).first('merged_into_id')).toEqual({ merged_into_id: null });
    expect(await db('claims').where({ speaker_id: loserId }).pluck('id')).toHaveLength(2);
    expect(await auditEventsFor(db, 'speaker', survivorId)).toEqual([]);
    expect((await editor.post(`/speakers/${loserId}/merge`).type('form').send(form)).status).toBe(303);
  });
});
