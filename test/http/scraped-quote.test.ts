import { auditEventsFor } from '../support/audit';
import { csrfFrom, getTestDb } from '../support';
import { correctionForm, signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();

/**
 * A quotation running over two paragraphs, each opened with a mark, as a scraper leaves it: the second paragraph's
 * mark alone on a line between blank ones. The engine found the first paragraph's words only, or nothing.
 */
async function scrapedArticle(userId: number, engineFound: boolean) {
  const tag = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const first = 'We are not afraid of the ministry.';
  const body = `Dock strike ${tag}\n\nThe union leader Ines Vale${tag} spoke at the gate.\n\n“${first}\n\n“\n\n` +
    'You will not move one crate without us,” she said…\u00a0and walked off.';
  const fixture = await insertArticleWithClaims(db, userId, body, engineFound ? [{ quote: first, speaker: `Ines Vale${tag}` }] : []);
  // typed in a text box: one line, a space before the mark and none after it, three stops for the ellipsis
  const typed = `${first} "You will not move one crate without us,`;
  const start = body.indexOf(first);
  const end = body.indexOf('without us,') + 'without us,'.length;
  return { ...fixture, body, typed, span: { start, end, quote: body.slice(start, end) } };
}

describe('a typed quote over a scraped article', () => {
  it('when an editor adds a claim by typing its words on one line across a mark the scraper left alone, then the claim holds the article’s own text', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await scrapedArticle(userId, false);
    const page = await agent.get(`/articles/${a.articleId}`);
    const res = await agent.post(`/articles/${a.articleId}/claims`).type('form')
      .send({ _csrf: csrfFrom(page.text), kind: 'direct', quote: `${a.typed}" she said... and walked`, note: 'Missed over two paragraphs.' });
    expect(res.status).toBe(303);
    const claimId = Number(/^\/claims\/(\d+)$/.exec(res.headers.location ?? '')?.[1]);
    const end = a.body.indexOf('and walked') + 'and walked'.length;
    const quote = a.body.slice(a.span.start, end);
    expect(quote).toBe('We are not afraid of the ministry.\n\n“\n\nYou will not move one crate without us,” she said…\u00a0and walked');
    expect(await db('claims').where({ id: claimId }).first('quote', 'start_offset', 'end_offset'))
      .toEqual({ quote, start_offset: a.span.start, end_offset: end });
    const events = await auditEventsFor(db, 'claim', claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'claim.create', actor_id: userId, after: { quote, start_offset: a.span.start, end_offset: end } });
  });

  it('when an editor lengthens a claim by typing its words across the stranded mark, then the claim moves to the article’s span, with one event', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await scrapedArticle(userId, true);
    const claimId = a.claimIds[0]!;
    const form = correctionForm((await agent.get(`/claims/${claimId}`)).text);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...form, quote: a.typed });
    expect(res.status).toBe(303);
    expect(await db('claims').where({ id: claimId }).first('quote', 'start_offset', 'end_offset', 'version'))
      .toEqual({ quote: a.span.quote, start_offset: a.span.start, end_offset: a.span.end, version: 2 });
    const events = await auditEventsFor(db, 'claim', claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'claim.attribution_correct', after: { quote: a.span.quote, end_offset: a.span.end } });
  });

  it('when the typed words glue two of the article’s words together, then 422 says the article does not have that text, and nothing moves', async () => {
    const { agent, userId } = await signedIn('editor');
    const a = await scrapedArticle(userId, true);
    const claimId = a.claimIds[0]!;
    const form = correctionForm((await agent.get(`/claims/${claimId}`)).text);
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...form, quote: a.typed.replace('one crate', 'onecrate') });
    expect(res.status).toBe(422);
    expect(res.text).toContain('The article does not have that text');
    expect(await db('claims').where({ id: claimId }).first('quote', 'version')).toEqual({ quote: 'We are not afraid of the ministry.', version: 1 });
    expect(await auditEventsFor(db, 'claim', claimId)).toHaveLength(0);
  });
});
