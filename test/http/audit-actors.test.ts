import { recordAudit } from '../../server/audit/service';
import { createUser, isolatedDatabase, newAgent, signIn, type IsolatedDatabase } from '../support';

/** The actor filter's choices, as value → label. */
const actorChoices = (html: string) =>
  new Map([.../<select name="actor">([\s\S]*?)<\/select>/.exec(html)![1]!.matchAll(/<option value="(\d*)"( selected)?>([^<]*)<\/option>/g)].map((m) => [m[1]!, { label: m[3]!, selected: Boolean(m[2]) }]));
const rowsOf = (html: string) => [...html.matchAll(/<tr data-event="(\d+)">/g)].map((m) => Number(m[1]));

// (a database of its own: it holds more accounts than the filter lists, which would change what other files' pages offer)
describe('the audit trail of a newsroom with more accounts than the actor filter lists', () => {
  let iso: IsolatedDatabase;
  beforeAll(async () => {
    iso = await isolatedDatabase();
  }, 60_000);
  afterAll(() => iso?.close());

  test('when an actor beyond the first 500 is reached by their link or from their account, then the filter shows them chosen and lists only their events', async () => {
    const { user: editor, password } = await createUser(iso.db, { role: 'editor', name: 'Aaron Editor' });
    const { user: admin, password: adminPassword } = await createUser(iso.db, { role: 'admin', name: 'Abel Admin' });
    const hash: string = (await iso.db('users').where({ id: editor.id }).first('password_hash')).password_hash;
    // 500 accounts whose names sort before the late one's, in one statement
    await iso.db('users').insert(Array.from({ length: 500 }, (_, i) => ({
      email: `bulk-${i}@newsroom.test`, name: `Bulk ${String(i).padStart(3, '0')}`, role: 'fact_checker', password_hash: hash, active: true,
    })));
    const { user: late } = await createUser(iso.db, { role: 'fact_checker', name: 'Zoe Late' });
    const theirs = await recordAudit(iso.db, { actorId: late.id, action: 'user.sign_in', entityType: 'user', entityId: late.id, ip: null, before: null, after: null });
    const others = await recordAudit(iso.db, { actorId: editor.id, action: 'user.sign_in', entityType: 'user', entityId: editor.id, ip: null, before: null, after: null });

    const agent = await signIn(newAgent(iso.app()), editor.email, password);
    const all = (await agent.get('/audit')).text;
    expect(actorChoices(all).size).toBe(501); // "Anyone" and the first 500 by name
    expect(actorChoices(all).has(String(late.id))).toBe(false);
    expect(all).toContain(`<a href="/audit?actor=${late.id}" title="Every event of this actor">Zoe Late</a>`);
    expect(rowsOf(all)).toEqual(expect.arrayContaining([theirs.id, others.id]));

    const filtered = await agent.get(`/audit?actor=${late.id}`);
    expect(filtered.status).toBe(200);
    expect(actorChoices(filtered.text).get(String(late.id))).toEqual({ label: `Zoe Late (${late.email})`, selected: true });
    expect(rowsOf(filtered.text)).toEqual([theirs.id]);
    // the chosen actor's own rows no longer link to the filter they are under
    expect(filtered.text).not.toContain(`href="/audit?actor=${late.id}"`);
    // with another filter applied, the actor stays chosen
    const narrowed = (await agent.get(`/audit?actor=${late.id}&action=user.sign_in`)).text;
    expect(actorChoices(narrowed).get(String(late.id))?.selected).toBe(true);
    expect(rowsOf(narrowed)).toEqual([theirs.id]);

    // an admin reaches the same list from the account's page
    const adminAgent = await signIn(newAgent(iso.app()), admin.email, adminPassword);
    const account = (await adminAgent.get(`/admin/users/${late.id}`)).text;
    expect(account).toContain(`<a href="/audit?actor=${late.id}">Every event of this account</a>`);
  });
});
