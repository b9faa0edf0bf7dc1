import { randomBytes } from 'node:crypto';
import { ASSIGN_MANY_LIMIT } from '../../server/claims/assign-many';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { auditEventsFor, createUser, csrfFrom, getTestDb, type Agent } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

const db = getTestDb();
const tag = () => [...randomBytes(5)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

/** An article of `n` claims, each its own quote; their ids in order. */
async function claimsOf(userId: number, n: number): Promise<{ articleId: number; ids: number[] }> {
  const t = tag();
  const quotes = Array.from({ length: n }, (_, i) => `ticked words ${i} ${t}`);
  const { articleId, claimIds } = await insertArticleWithClaims(db, userId, quotes.map((q) => `"${q}"`).join('\n\n'), quotes.map((quote) => ({ quote })));
  return { articleId, ids: claimIds };
}

/** The list page's ticks, as id → the value its box sends ("id:version"), and the page's assign form. */
async function listed(agent: Agent, path: string) {
  const page = (await agent.get(path)).text;
  const ticks = new Map([...page.matchAll(/<input type="checkbox" name="claim" value="((\d+):\d+)" form="assign-ticked"/g)].map((m) => [Number(m[2]), m[1]!]));
  const form = /<form method="post" action="\/claims\/assign" id="assign-ticked"[\s\S]*?<\/form>/.exec(page)?.[0] ?? null;
  return { page, ticks, form, back: form ? /name="back" value="([^"]*)"/.exec(form)![1]!.replace(/&amp;/g, '&') : null };
}

const notices = async (agent: Agent, location: string) =>
  [...(await agent.get(location)).text.matchAll(/<p class="flash flash--(\w+)"[^>]*>([^<]*)<\/p>/g)].map((m) => `${m[1]}: ${m[2]}`);

describe('POST /claims/assign: the claims ticked on the list, together', () => {
  it('when a desk lead ticks claims and picks a reviewer, then each is assigned on the version the list showed, with one event and a part on each claim, and the list comes back as it was', async () => {
    const lead = await signedIn('editor');
    const reviewer = await createUser(db, { role: 'fact_checker', name: `Aida ${tag()}` });
    const { articleId, ids } = await claimsOf(lead.userId, 3);
    // the list as it opens has no boxes, only the way to them, which keeps its filters and order
    const plain = await listed(lead.agent, `/claims?article=${articleId}&sort=article&dir=asc`);
    expect([plain.ticks.size, plain.form]).toEqual([0, null]);
    const path = `/claims?article=${articleId}&sort=article&dir=asc&tick=1`;
    expect(plain.page).toContain(`<a href="${path.replace(/&/g, '&amp;')}">Assign several claims at once</a>`);
    const { page, ticks, form, back } = await listed(lead.agent, path);
    expect([...ticks.keys()].sort()).toEqual([...ids].sort());
    expect(form).toContain(`<option value="${reviewer.user.id}">${reviewer.user.name}</option>`);
    expect(back).toBe(path);
    // (the download is of the claims, whatever the boxes; the way back to the plain list keeps the rest)
    expect(page).toContain(`<a href="/claims/export?article=${articleId}&amp;sort=article&amp;dir=asc">Download these claims (CSV)</a>`);
    expect(page).toContain(`<a href="/claims?article=${articleId}&amp;sort=article&amp;dir=asc">Done assigning</a>`);

    const res = await lead.agent.post('/claims/assign').type('form')
      .send(`_csrf=${encodeURIComponent(csrfFrom(page))}&claim=${ticks.get(ids[0]!)}&claim=${ticks.get(ids[2]!)}&assignee=${reviewer.user.id}&back=${encodeURIComponent(back!)}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(path);
    expect(await notices(lead.agent, path)).toEqual([`success: 2 claims assigned to ${reviewer.user.name}.`]);
    expect(await db('claims').whereIn('id', ids).orderBy('id').select('id', 'assignee_id', 'version')).toEqual([
      { id: ids[0], assignee_id: reviewer.user.id, version: 2 }, { id: ids[1], assignee_id: null, version: 1 }, { id: ids[2], assignee_id: reviewer.user.id, version: 2 }]);
    expect(await db('claims').whereIn('id', [ids[0]!, ids[2]!]).pluck('updated_by')).toEqual([lead.userId, lead.userId]);

    const parent = await db('audit_events').where({ action: 'claim.assign_many', actor_id: lead.userId }).first('id', 'entity_id', 'after');
    expect(parent).toEqual({ id: expect.any(Number), entity_id: null, after: { assignee_id: reviewer.user.id, claims_assigned: 2, claim_ids: [ids[0], ids[2]] } });
    for (const id of [ids[0]!, ids[2]!]) {
      expect((await auditEventsFor(db, 'claim', id)).map((e) => [e.action, e.before, e.after])).toEqual([
        ['claim.assign', { assignee_id: null, version: 1 }, { assignee_id: reviewer.user.id, version: 2, part_of_event: parent.id }]]);
    }
    expect(await auditEventsFor(db, 'claim', ids[1]!)).toEqual([]);
    // the reviewer's queue holds them; the audit page says it in words
    const audit = (await lead.agent.get(`/audit?action=claim.assign_many&actor=${lead.userId}`)).text;
    expect(audit).toContain('Claims assigned together');
    expect(audit).toContain(`Assigned to: \u2068${reviewer.user.name}\u2069`);
    expect(audit).toContain(`Claims (2): ${ids[0]}, ${ids[2]}`);
    expect(audit).toContain('<td>claims (2)</td>');
  });

  it('when every claim on the page is ticked at once, then each box comes checked, and the form still goes back to the page unticked', async () => {
    const lead = await signedIn('editor');
    const { articleId, ids } = await claimsOf(lead.userId, 3);
    const path = `/claims?article=${articleId}&tick=1`;
    const page = (await lead.agent.get(path)).text;
    const all = /<a href="([^"]+)">Tick every claim on this page<\/a>/.exec(page)![1]!.replace(/&amp;/g, '&');
    expect(all).toBe(`${path}&all=1`);
    const ticked = await listed(lead.agent, all);
    expect([...ticked.page.matchAll(/<input type="checkbox" name="claim" value="(\d+):\d+"[^>]* checked>/g)].map((m) => Number(m[1])).sort()).toEqual([...ids].sort());
    expect(ticked.back).toBe(path);
    expect(ticked.page).toContain(`<a href="${path.replace(/&/g, '&amp;')}">Untick all</a>`);
    const res = await lead.agent.post('/claims/assign').type('form')
      .send(`_csrf=${encodeURIComponent(csrfFrom(ticked.page))}&${[...ticked.ticks.values()].map((v) => `claim=${v}`).join('&')}&assignee=me&back=${encodeURIComponent(ticked.back!)}`);
    expect(res.headers.location).toBe(path);
    expect(await notices(lead.agent, path)).toEqual(['success: 3 claims assigned to you.']);
    // (the plain page's boxes are not checked)
    expect((await lead.agent.get(path)).text).not.toMatch(/name="claim"[^>]* checked>/);
  });

  it('when a ticked claim changed after the list was shown, then it is left as it is and named, while the others are assigned', async () => {
    const lead = await signedIn('fact_checker');
    const { articleId, ids } = await claimsOf(lead.userId, 3);
    const { page, ticks, back } = await listed(lead.agent, `/claims?article=${articleId}&tick=1`);
    // a verdict on the second, and the third assigned to the lead already, after the list was shown
    const other = await signedIn('fact_checker');
    await other.agent.post(`/claims/${ids[1]}/verdict`).type('form').send({ ...(await claimForm(other.agent, ids[1]!)), status: 'verified', note: 'checked' });
    const assigned = await lead.agent.post(`/claims/${ids[2]}/assign`).type('form').send({ ...(await claimForm(lead.agent, ids[2]!)), assignee: 'me' });
    await lead.agent.get(assigned.headers.location!); // (its own notice, shown)

    const res = await lead.agent.post('/claims/assign').type('form')
      .send(`_csrf=${encodeURIComponent(csrfFrom(page))}&${ids.map((id) => `claim=${ticks.get(id)}`).join('&')}&assignee=me&back=${encodeURIComponent(back!)}`);
    expect(res.status).toBe(303);
    expect(await notices(lead.agent, res.headers.location!)).toEqual([
      'success: 1 claim assigned to you. 1 claim was assigned to you already.',
      `error: Claim ${ids[1]} changed after the list was shown, so it was left as it is: open it to see what changed, and assign again if still wanted.`,
    ]);
    expect(await db('claims').whereIn('id', ids).orderBy('id').pluck('assignee_id')).toEqual([lead.userId, null, lead.userId]);
  });

  it('when a ticked claim was removed meanwhile, or the reviewer deactivated, then the answer says so and nothing else is lost', async () => {
    const lead = await signedIn('editor');
    const gone = await createUser(db, { role: 'fact_checker', name: `Gone ${tag()}` });
    const { articleId, ids } = await claimsOf(lead.userId, 2);
    const { page, ticks, back } = await listed(lead.agent, `/claims?article=${articleId}&tick=1`);
    const send = (assignee: string) => lead.agent.post('/claims/assign').type('form')
      .send(`_csrf=${encodeURIComponent(csrfFrom(page))}&${ids.map((id) => `claim=${ticks.get(id)}`).join('&')}&assignee=${assignee}&back=${encodeURIComponent(back!)}`);

    await db('users').where({ id: gone.user.id }).update({ active: false });
    const refused = await send(String(gone.user.id));
    expect(refused.status).toBe(303);
    expect(await notices(lead.agent, refused.headers.location!)).toEqual(['error: That reviewer does not exist or is deactivated: choose someone else. Nothing was changed.']);
    expect(await db('claims').whereIn('id', ids).pluck('version')).toEqual([1, 1]);

    const removal = await lead.agent.post(`/claims/${ids[0]}/remove`).type('form').send({ ...(await claimForm(lead.agent, ids[0]!)), note: 'A headline, not speech.' });
    await lead.agent.get(removal.headers.location!); // (its own notice, shown)
    const res = await send('nobody');
    expect(await notices(lead.agent, res.headers.location!)).toEqual([
      'info: 1 claim had no assignee already.',
      `info: Claim ${ids[0]} was removed by an editor meanwhile.`,
    ]);
  });

  it.each([
    ['no claim ticked', '', 'Tick at least one claim to assign: nothing was changed.'],
    ['a tick that is no claim', 'claim=12%3Bdrop&', 'The ticked claims could not be read: reload the list and tick them again. Nothing was changed.'],
    ['too many ticks', Array.from({ length: ASSIGN_MANY_LIMIT + 1 }, (_, i) => `claim=${i + 1}:1&`).join(''), `Tick at most ${ASSIGN_MANY_LIMIT} claims at a time (${ASSIGN_MANY_LIMIT + 1} were ticked): nothing was changed.`],
    ['no assignee', 'claim=1:1&assignee=someone&', 'Choose a reviewer, yourself or nobody to assign the ticked claims to: nothing was changed.'],
  ])('when the form holds %s, then it goes back to the list saying why, and nothing is written', async (_, fields, message) => {
    const lead = await signedIn('fact_checker');
    const page = (await lead.agent.get('/claims')).text;
    const before = await db('audit_events').where({ actor_id: lead.userId }).count<{ count: string }[]>('* as count');
    const res = await lead.agent.post('/claims/assign').type('form')
      .send(`_csrf=${encodeURIComponent(csrfFrom(page))}&${fields}${fields.includes('assignee=') ? '' : 'assignee=me&'}back=${encodeURIComponent('/claims?status=unreviewed')}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/claims?status=unreviewed');
    expect(await notices(lead.agent, res.headers.location!)).toEqual([`error: ${message}`]);
    expect(await db('audit_events').where({ actor_id: lead.userId }).count<{ count: string }[]>('* as count')).toEqual(before);
  });

  it('when the page to go back to is elsewhere, then the answer goes to the claims list instead', async () => {
    const lead = await signedIn('fact_checker');
    const page = (await lead.agent.get('/claims')).text;
    for (const back of ['https://elsewhere.example/claims', '//elsewhere.example/claims', '/claims\\@elsewhere', '/admin/users', '/claimsx']) {
      const res = await lead.agent.post('/claims/assign').type('form').send({ _csrf: csrfFrom(page), back, assignee: 'me' });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/claims');
    }
  });
});
