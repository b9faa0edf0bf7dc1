import { auditEventsFor } from '../support/audit';
import { csrfFrom, getTestDb } from '../support';
import { signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const claimsOf = async (articleId: number) => Number((await db('claims').where({ article_id: articleId }).count({ n: '*' }))[0]!.n);
const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/**
 * An article where the engine found the first quotation and missed the second, which a scraper broke over lines; the
 * site's newsletter line below the text, with a quotation of its own, it marked as clutter.
 */
async function articleMissingOne(userId: number) {
  const tag = stamp();
  const body = `Harbour vote ${tag}\n\n“We are ready to rebuild,” the mayor said.\n\nThe union leader Rosa Marn${tag} disagreed. “The money\nis not there,” she told reporters. The money was never the point.` +
    '\n\nOur newsletter: “Never miss a story,” every morning.';
  const fixture = await insertArticleWithClaims(db, userId, body, [{ quote: 'We are ready to rebuild,', speaker: `Mayor ${tag}` }]);
  await db('articles').where({ id: fixture.articleId }).update({ boilerplate: JSON.stringify([{ start: body.indexOf('Our newsletter'), end: body.length }]) });
  return { ...fixture, body, tag };
}

async function addClaim(agent: Awaited<ReturnType<typeof signedIn>>['agent'], articleId: number, fields: Record<string, string>) {
  const page = await agent.get(`/articles/${articleId}`);
  return agent.post(`/articles/${articleId}/claims`).type('form').send({ _csrf: csrfFrom(page.text), kind: 'direct', ...fields });
}

describe('adding a claim the engine missed', () => {
  it('when an editor types the missed quote on one line and names its speaker, then it is a claim at its place in the article, with one event', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await articleMissingOne(userId);
    const speaker = `Rosa Marn${a.tag}`;
    const res = await addClaim(agent, a.articleId, { quote: '“The money is not there,”', speaker, note: 'Missed: the quote was broken over two lines.' });
    expect(res.status).toBe(303);
    const claimId = Number(/^\/claims\/(\d+)$/.exec(res.headers.location ?? '')?.[1]);
    const claim = await db('claims').where({ id: claimId }).first();
    const start = a.body.indexOf('The money\nis not there,');
    expect(claim).toMatchObject({
      article_id: a.articleId, quote: 'The money\nis not there,', start_offset: start, end_offset: start + 'The money\nis not there,'.length,
      kind: 'direct', status: 'unreviewed', speaker_name: speaker, attribution_status: 'corrected', proposed_speaker_id: null, version: 1, source: 'Fixture Times',
    });
    const events = await auditEventsFor(db, 'claim', claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'claim.create', actor_id: userId, note: 'Missed: the quote was broken over two lines.',
      after: { article_id: a.articleId, quote: 'The money\nis not there,', speaker_name: speaker, created_speaker: { name: speaker } } });
    expect((await agent.get(res.headers.location!)).text).toContain(`Claim ${claimId} added to the article, with a speaker new to Verbatim`);
    // the article lists it second, in the order of the text, and marks it
    const page = (await agent.get(`/articles/${a.articleId}`)).text;
    const listed = [...page.matchAll(/<li>\s*<a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));
    expect(listed).toEqual([a.claimIds[0], claimId]);
    expect(page).toContain(`<a href="/claims/${claimId}">The money<br>is not there,</a>`);
    // and the claims list counts it among the unreviewed
    expect((await agent.get(`/claims?article=${a.articleId}`)).text).toContain(`href="/claims/${claimId}"`);
  });

  it('when the speaker typed is only the surname of a known speaker, then the editor is asked whom they mean, and the ticked box adds the claim with a new speaker', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await articleMissingOne(userId);
    await db('speakers').insert({ name: `Rosa Marn${a.tag}`, name_key: `rosa marn${a.tag}`, kind: 'person', created_by: userId });
    const asked = await addClaim(agent, a.articleId, { quote: 'The money is not there,', speaker: `Marn${a.tag}` });
    expect(asked.status).toBe(422);
    expect(asked.text).toContain(`No speaker is called “Marn${a.tag}”, but #`);
    expect(asked.text).toContain(`<input type="checkbox" name="new_speaker" value="yes"> “Marn${a.tag}” is a new speaker, none of those</label>`);
    expect(await claimsOf(a.articleId)).toBe(1);
    const added = await addClaim(agent, a.articleId, { quote: 'The money is not there,', speaker: `Marn${a.tag}`, new_speaker: 'yes' });
    expect(added.status).toBe(303);
    expect(await db('claims').where({ article_id: a.articleId }).orderBy('position').pluck('speaker_name')).toEqual([`Mayor ${a.tag}`, `Marn${a.tag}`]);
  });

  it('when the speaker is left empty, then the claim is added unattributed, for an editor to attribute later', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await articleMissingOne(userId);
    const res = await addClaim(agent, a.articleId, { quote: 'The money is not there', kind: 'partial' });
    expect(res.status).toBe(303);
    const claim = await db('claims').where({ id: Number(res.headers.location!.split('/').pop()) }).first('speaker_id', 'attribution_status', 'kind');
    expect(claim).toEqual({ speaker_id: null, attribution_status: 'proposed', kind: 'partial' });
  });

  it.each([
    ['words the article does not have', { quote: 'The money is here' }, 'The article does not have that text'],
    ['words it has twice', { quote: 'The money' }, 'appear more than once in the article'],
    ['the words of a claim already there', { quote: 'We are ready to rebuild,' }, 'is already these words'],
    ['words inside a claim already there', { quote: 'ready to rebuild' }, 'Those words overlap claim'],
    ['words running into a claim already there', { quote: 'rebuild,” the mayor said.' }, 'Those words overlap claim'],
    ['words around a claim already there', { quote: '“We are ready to rebuild,” the mayor said.' }, 'Those words overlap claim'],
    ['words of a paragraph marked as site clutter', { quote: 'Never miss a story,' }, 'in a paragraph marked [site clutter]'],
    ['no quote', { quote: '  ' }, 'Type or paste the quote as the article writes it.'],
    ['an unknown kind', { quote: 'The money is not there', kind: 'rumour' }, 'Choose what kind of claim it is.'],
    ['a speaker number nobody has', { quote: 'The money is not there', speaker: '#987654321' }, 'No speaker has that id.'],
    ['a speaker of punctuation', { quote: 'The money is not there', speaker: '!!!' }, 'needs at least one letter or digit'],
  ])('when an editor sends %s, then 422 at the top of the article and in the form, with what was typed, and nothing is added', async (_case, fields, message) => {
    const { agent, userId } = await signedIn('editor');
    const a = await articleMissingOne(userId);
    const res = await addClaim(agent, a.articleId, { note: `note ${a.tag}`, ...fields });
    expect(res.status).toBe(422);
    const summary = /<div class="error-summary"[^>]*data-error-summary>([\s\S]*?)<\/div>/.exec(res.text)?.[1];
    expect(summary).toContain(message);
    expect(summary).toMatch(/<a href="#add-(quote|speaker|kind|note|claim-heading)">/);
    expect(res.text.indexOf('data-error-summary')).toBeLessThan(res.text.indexOf('class="article-text"'));
    expect(res.text).toContain(`>note ${a.tag}</textarea>`);
    // the box for "a new speaker" belongs to a name refused for the speakers it may mean, not to other refusals
    expect(res.text).not.toContain('name="new_speaker"');
    expect(/<textarea id="add-quote" name="quote"[^>]*>([^<]*)<\/textarea>/.exec(res.text)?.[1]).toBe(fields.quote);
    expect(await claimsOf(a.articleId)).toBe(1);
  });

  it('when an editor adds a reported claim around a quotation already there, then it is added: a reported claim may hold the phrase its speaker was quoted saying', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await articleMissingOne(userId);
    const res = await addClaim(agent, a.articleId, { quote: '“We are ready to rebuild,” the mayor said.', kind: 'indirect' });
    expect(res.status).toBe(303);
    expect(await claimsOf(a.articleId)).toBe(2);
    // but not on the very words of the quotation, nor running into it
    for (const quote of ['We are ready to rebuild,', 'rebuild,” the mayor said.']) {
      const refused = await addClaim(agent, a.articleId, { quote, kind: 'indirect' });
      expect(refused.status).toBe(422);
    }
    expect(await claimsOf(a.articleId)).toBe(2);
  });

  it('when a fact-checker opens an article, then there is no form to add a claim, and a post is refused', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const a = await articleMissingOne(userId);
    const page = await agent.get(`/articles/${a.articleId}`);
    expect(page.text).not.toContain('Add a claim Verbatim missed');
    const res = await agent.post(`/articles/${a.articleId}/claims`).type('form').send({ _csrf: csrfFrom(page.text), quote: 'The money is not there', kind: 'direct' });
    expect(res.status).toBe(403);
    expect(await claimsOf(a.articleId)).toBe(1);
  });

  it('when two editors add the same missed quote at once, then one claim is added and the other is told it is there', async () => {
    const first = await signedIn('editor');
    const second = await signedIn('editor');
    const a = await articleMissingOne(first.userId);
    const [r1, r2] = await Promise.all([
      addClaim(first.agent, a.articleId, { quote: 'The money is not there,' }),
      addClaim(second.agent, a.articleId, { quote: 'The money is not there,' }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([303, 422]);
    expect((r1.status === 422 ? r1 : r2).text).toContain('is already these words');
    expect(await claimsOf(a.articleId)).toBe(2);
  });
});
