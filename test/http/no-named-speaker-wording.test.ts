import { importArticle } from '../../server/articles/service';
import { getTestDb } from '../support';
import { signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();

/**
 * A claim the article gives to "a spokeswoman" has a speaker the article does not name, not an unknown one: every
 * page says so in the same words as the claims list ("no named speaker"), never "speaker unknown", which reads as if
 * nobody could tell who spoke.
 */
describe('a claim whose speaker the article only describes', () => {
  const BODY = 'Repairs delayed\n\nA spokeswoman for the harbour authority said: “The repairs will start in May.”\n\n“We found the money,” said Ines Okafor.';

  async function article(userId: number) {
    return insertArticleWithClaims(db, userId, BODY, [
      { quote: 'The repairs will start in May.', speaker: null, mention: 'A spokeswoman for the harbour authority', assigneeId: userId },
      { quote: 'We found the money,', speaker: `Ines Okafor ${Date.now()}` },
    ], `Repairs delayed ${Date.now()}`);
  }

  it('when the article page marks it in the text and lists it, then neither calls its speaker unknown', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const { articleId, claimIds: [claimId] } = await article(userId);
    const page = (await agent.get(`/articles/${articleId}`)).text;
    const text = /<div class="article-text">([\s\S]*?)<\/div>/.exec(page)![1]!;
    const tag = new RegExp(`<a href="/claims/${claimId}">[^<]*</a></mark><small class="claim-tag[^"]*">([\\s\\S]*?)</small>`).exec(text)?.[1]?.replace(/<[^>]+>/g, '');
    expect(tag).toBe('[1: no named speaker · Unreviewed]');
    expect(page).not.toContain('speaker unknown');
    expect(page).toContain('“A spokeswoman for the harbour authority”, no name given');
  });

  it('when an imported article describes the speaker only through a relative clause, then the pages show the description, not "who"', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const text = `Flood defences questioned ${Date.now()}\n\nA resident who asked not to be named said: “The water came in within minutes.”`;
    const { articleId } = await importArticle(db, { id: userId, ip: null }, { text });
    const claim = await db('claims').where({ article_id: articleId }).first('id', 'mention_text', 'speaker_id');
    expect(claim).toMatchObject({ mention_text: 'A resident', speaker_id: null });
    expect((await agent.get(`/articles/${articleId}`)).text).toContain('“A resident”, no name given');
    expect((await agent.get(`/claims/${claim.id}`)).text).toContain('A resident (no name given)');
  });

  it('when it is in my queue, then the dashboard says it has no named speaker', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const { claimIds: [claimId] } = await article(userId);
    const page = (await agent.get('/')).text;
    const item = new RegExp(`<li><a href="/claims/${claimId}">[\\s\\S]*?</li>`).exec(page)?.[0].replace(/<[^>]+>/g, '');
    expect(item).toMatch(/^“The repairs will start in May\.” — no named speaker, in Repairs delayed \d+$/);
  });
});
