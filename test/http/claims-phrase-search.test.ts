import { insertArticleWithClaims } from '../support/claims-fixtures';
import { getTestDb } from '../support';
import { signedIn } from '../support/claims-http';

const tag = `zp${Date.now().toString(36)}`;
const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));
const search = (q: string, more = '') => `/claims?q=${encodeURIComponent(q)}${more}`;

const QUOTES = [
  `He is not the leader we were promised ${tag}.`,
  `She is a bright, charismatic leader ${tag}.`,
  `The military leaders did not agree ${tag}.`,
  `The leader is not the problem ${tag}.`,
  `We will not retreat ${tag}.`,
  `“We, will win,” the crowd sang ${tag}.`,
  `Will we win ${tag}?`,
  `We willingly pay ${tag}.`,
];

async function claims(userId: number) {
  const { articleId, claimIds } = await insertArticleWithClaims(getTestDb(), userId, QUOTES.map((q) => `"${q}"`).join('\n\n'), QUOTES.map((quote) => ({ quote })));
  return { articleId, claimIds, only: (...i: number[]) => i.map((n) => claimIds[n]!) };
}

describe('GET /claims with a quoted phrase', () => {
  test('when the phrase holds stop words ("not the leader"), then only claims holding it word for word are listed, not every claim with its one indexed word', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds, only } = await claims(userId);

    const everywhere = await agent.get(search('"not the leader"'));

    expect(everywhere.status).toBe(200);
    expect(ids(everywhere.text).filter((id) => claimIds.includes(id))).toEqual(only(0));
    const inArticle = await agent.get(search('"not the leader"', `&article=${articleId}`));
    expect(ids(inArticle.text)).toEqual(only(0));
    expect(inArticle.text).toContain('1 matching claim');
    // the same words out of order, or apart, are no phrase
    expect(ids((await agent.get(search('"the leader not"', `&article=${articleId}`))).text)).toEqual([]);
  });

  test('when the phrase is of stop words alone ("we will"), then it is searched, whatever the case and punctuation between its words, and not refused as too common', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, claimIds, only } = await claims(userId);

    const everywhere = await agent.get(search('"we will"'));

    expect(everywhere.status).toBe(200);
    expect(everywhere.text).not.toContain('too common');
    expect(ids(everywhere.text).filter((id) => claimIds.includes(id)).sort()).toEqual(only(4, 5).sort());
    // typed with a phone's quotation marks, and with other words beside it
    expect(ids((await agent.get(search('“we will” win', `&article=${articleId}`))).text)).toEqual(only(5));
    expect(ids((await agent.get(search('"will we"', `&article=${articleId}`))).text)).toEqual(only(6));
    // unquoted, the same words are still too common to search for
    const unquoted = await agent.get(search('we will', `&article=${articleId}`));
    expect(ids(unquoted.text)).toEqual([]);
    expect(unquoted.text).toContain('too common to be searched for');
  });

  test('when a phrase is excluded or offered as an alternative, then it is the phrase word for word that is left out or taken', async () => {
    const { agent, userId } = await signedIn();
    const { articleId, only } = await claims(userId);
    const inArticle = (q: string) => agent.get(search(q, `&article=${articleId}&sort=article&dir=asc`)).then((res) => ids(res.text));

    expect(await inArticle(`leader -"not the leader"`)).toEqual(only(1, 2, 3));
    expect(await inArticle(`"not the leader" OR "we will"`)).toEqual(only(0, 4, 5));
  });

  test('when a phrase holds characters that mean something to SQL or to a pattern, then they are words like any other', async () => {
    const { agent, userId } = await signedIn();
    const quote = `Prices rose 100% _overnight_, it's \\ true ${tag}`;
    const { articleId, claimIds } = await insertArticleWithClaims(getTestDb(), userId, `"${quote}"`, [{ quote }]);
    for (const q of [`"100% _overnight_"`, `"it's \\ true"`, `"rose 100"`]) {
      const res = await agent.get(search(q, `&article=${articleId}`));
      expect({ q, status: res.status, ids: ids(res.text) }).toEqual({ q, status: 200, ids: claimIds });
    }
    for (const q of [`"rose 1%"`, `"_ov%"`, `"'); DROP TABLE claims; --"`]) {
      const res = await agent.get(search(q, `&article=${articleId}`));
      expect({ q, status: res.status, ids: ids(res.text) }).toEqual({ q, status: 200, ids: [] });
    }
  });
});
