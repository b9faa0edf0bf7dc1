import { insertArticleWithClaims } from '../support/claims-fixtures';
import { claimForm, correctionForm } from '../support/claims-http';
import { createUser, csrfFrom, getTestDb, newAgent, signIn, testApp } from '../support';

const HOST = 'verbatim.test';

async function reviewerWithClaim() {
  const db = getTestDb();
  const { user, password } = await createUser(db, { role: 'fact_checker' });
  const { claimIds: [claimId] } = await insertArticleWithClaims(db, user.id, 'The mayor said: "The bridge opens in May."', [{ quote: 'The bridge opens in May.', speaker: 'Mayor Example' }]);
  const agent = await signIn(newAgent(testApp()), user.email, password);
  return { agent, user, password, claimId: claimId! };
}

describe('a form refused before any handler read it', () => {
  test('when a verdict form from before the user signed in again is sent, then 403 says so, keeps the signed-in header and gives back the note', async () => {
    const { agent, user, password, claimId } = await reviewerWithClaim();
    const stale = await claimForm(agent, claimId);
    // signing out and in again starts a new session, whose token the open form does not carry
    await agent.post('/logout').type('form').send({ _csrf: csrfFrom((await agent.get('/account')).text) });
    await signIn(agent, user.email, password);

    const note = 'Council minutes of 3 May <b>say</b> August';
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form').set('Host', HOST)
      .set('Origin', `http://${HOST}`).set('Referer', `http://${HOST}/claims/${claimId}`)
      .send({ ...stale, status: 'disputed', note });
    expect(res.status).toBe(403);
    expect(res.text).toContain('This form was not saved');
    // what the user typed and chose comes back, escaped; bookkeeping fields do not
    expect(res.text).toContain('Council minutes of 3 May &lt;b&gt;say&lt;/b&gt; August');
    // fields are named as their form names them, and a choice as the form offered it
    expect(res.text).toMatch(/<label for="unsaved-\d+">Verdict<\/label>\s*<textarea[^>]*>Disputed<\/textarea>/);
    expect(res.text).not.toContain(stale._csrf);
    expect(res.text).toContain(`href="/claims/${claimId}">Open the form again`);
    // the header is the signed-in user's own, not a signed-out one with a "Sign in" link
    expect(res.text).toContain('href="/account"');
    expect(res.text).not.toContain('href="/login"');
    expect(await getTestDb()('claims').where({ id: claimId }).first('status')).toEqual({ status: 'unreviewed' });
  });

  test('when a refused form chose a verdict or a role, then the page names the choice as the form did; a value no form offers comes back as sent', async () => {
    const { agent, claimId } = await reviewerWithClaim();
    const send = (path: string, fields: Record<string, string>) => agent.post(path).type('form').set('Host', HOST).set('Origin', `http://${HOST}`).send({ _csrf: 'x', ...fields });
    const given = (html: string, label: string) => new RegExp(`<label for="unsaved-\\d+">${label}</label>\\s*<textarea[^>]*>([^<]*)</textarea>`).exec(html)?.[1];

    const verdict = await send(`/claims/${claimId}/verdict`, { status: 'needs_translation_review', note: 'Check the\u0000 French' });
    expect(verdict.status).toBe(422);
    expect(given(verdict.text, 'Verdict')).toBe('Needs translation review');
    const account = await send('/admin/users', { name: 'Ana\u0000 Kova', role: 'editor' });
    expect(given(account.text, 'Role')).toBe('Editor');
    const odd = await send(`/claims/${claimId}/verdict`, { status: 'constructor', note: 'x\u0000' });
    expect(given(odd.text, 'Verdict')).toBe('constructor');
    expect(await getTestDb()('claims').where({ id: claimId }).first('status')).toEqual({ status: 'unreviewed' });
  });

  test('when an admin changed the sender’s role while the form was open, then 403 says which role it needs and gives back what it held, never a password or token', async () => {
    const db = getTestDb();
    const admin = await createUser(db, { role: 'admin' });
    const adminAgent = await signIn(newAgent(testApp()), admin.user.email, admin.password);
    const { user, password } = await createUser(db, { role: 'editor' });
    const editor = await signIn(newAgent(testApp()), user.email, password);
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, user.id, 'The mayor said: "The bridge opens in May."', [{ quote: 'The bridge opens in May.', speaker: 'Mayor Example' }]);
    const open = correctionForm((await editor.get(`/claims/${claimId}`)).text);

    // the admin makes the editor a fact-checker through the account's page
    const accountPage = (await adminAgent.get(`/admin/users/${user.id}`)).text;
    const shown = Object.fromEntries([...accountPage.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const demoted = await adminAgent.post(`/admin/users/${user.id}`).type('form')
      .send({ ...shown, _csrf: csrfFrom(accountPage), name: user.name, role: 'fact_checker', active: 'true' });
    expect(demoted.status).toBe(303);
    expect(await db('users').where({ id: user.id }).first('role')).toEqual({ role: 'fact_checker' });

    const note = 'Long careful reasoning about why this is Jane Doe, with sources.';
    const res = await editor.post(`/claims/${claimId}/attribution`).type('form').set('Host', HOST)
      .set('Origin', `http://${HOST}`).set('Referer', `http://${HOST}/claims/${claimId}`)
      .send({ ...open, speaker: 'Jane Doe', note });

    expect(res.status).toBe(403);
    expect(res.text).toContain('You do not have access to this page');
    expect(res.text).toContain('This form was not saved: it needs the role Editor, and yours is Fact-checker (an administrator may have changed it since you opened the form).');
    const given = [...res.text.matchAll(/<label for="unsaved-\d+">([^<]*)<\/label>\s*<textarea[^>]*>([^<]*)<\/textarea>/g)].map((m) => [m[1], m[2]]);
    // what the editor typed, and the quote box as it stood; not the token, the version or what the form had shown
    expect(given).toEqual([['Speaker', 'Jane Doe'], ['Quote', 'The bridge opens in May.'], ['Note', note]]);
    expect(await db('claims').where({ id: claimId }).first('speaker_name', 'version')).toEqual({ speaker_name: 'Mayor Example', version: 1 });

    // an admin made an editor meanwhile: the account form's password does not come back, its name does
    const other = await createUser(db, { role: 'admin' });
    const otherAgent = await signIn(newAgent(testApp()), other.user.email, other.password);
    const usersPage = (await otherAgent.get('/admin/users')).text;
    await db('users').where({ id: other.user.id }).update({ role: 'editor' });
    const create = await otherAgent.post('/admin/users').type('form').set('Host', HOST).set('Origin', `http://${HOST}`)
      .send({ _csrf: csrfFrom(usersPage), name: 'Nadia Petrova', email: 'nadia.p@example.test', role: 'editor', password: 'lantern orchard velvet 7' });
    expect(create.status).toBe(403);
    expect(create.text).toContain('it needs the role Admin, and yours is Editor');
    expect(create.text).toContain('>Nadia Petrova</textarea>');
    expect(create.text).not.toContain('lantern orchard velvet 7');
  });

  test('when another site forges the post, then the page echoes nothing it sent', async () => {
    const { agent, claimId } = await reviewerWithClaim();
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form').set('Host', HOST).set('Origin', 'http://elsewhere.example')
      .send({ _csrf: 'forged', version: '1', status: 'disputed', note: 'Call this number now' });
    expect(res.status).toBe(403);
    expect(res.text).toContain('This form was not saved');
    expect(res.text).not.toContain('Call this number now');
    expect(res.text).not.toContain('Open the form again</a>');
  });

  test('when a form holds a NUL character, then 422 gives back what it held without it, and never a password', async () => {
    const { agent } = await reviewerWithClaim();
    const res = await agent.post('/account/password').type('form').set('Host', HOST).set('Origin', `http://${HOST}`)
      .send({ _csrf: 'x', current_password: 'my-old-secret-1', new_password: 'my-new-secret\u0000-2', note: 'line one\u0000 line two' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('NUL character');
    expect(res.text).toContain('line one line two');
    expect(res.text).not.toContain('my-old-secret-1');
    expect(res.text).not.toContain('my-new-secret');
  });
});
