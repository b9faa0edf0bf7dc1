import { insertArticleWithClaims } from '../support/claims-fixtures';
import { claimForm } from '../support/claims-http';
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
