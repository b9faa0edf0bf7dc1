import { randomUUID } from 'node:crypto';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { getTestDb, type Agent } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

/** The claim page's "same words elsewhere" section as lines of words (tags and spacing taken out), or null. */
async function sameWords(agent: Agent, claimId: number): Promise<{ summary: string; items: string[] } | null> {
  const page = await agent.get(`/claims/${claimId}`);
  expect(page.status).toBe(200);
  const section = /<h2 id="same-words">[^<]*<\/h2>([\s\S]*?)<\/section>/.exec(page.text)?.[1];
  if (section === undefined) return null;
  const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.:)])/g, '$1').trim();
  const items = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => words(m[1]!).replace(/ \d{4}-\d\d-\d\d \d\d:\d\d UTC/, ' <time>'));
  return { summary: words(section.replace(/<ul[\s\S]*<\/ul>/, '')), items };
}

async function verdict(agent: Agent, claimId: number, status: string, note = '') {
  const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...(await claimForm(agent, claimId)), status, note });
  expect(res.status).toBe(303);
}

describe('the same words elsewhere, on a claim page', () => {
  test('when three articles hold one quotation written three ways, then each claim lists the other two with their verdicts and speakers, and the page says where they disagree', async () => {
    const checker = await signedIn('fact_checker');
    const editor = await signedIn('editor');
    const name = (await getTestDb()('users').where({ id: checker.userId }).first('name')).name as string;
    // a word of its own, so no other test's claim holds these words
    const token = `harbour${randomUUID().slice(0, 8)}`;
    const minister = `Ana Reyes ${token}`;
    const envoy = `Peter Harlow ${token}`;
    const first = await insertArticleWithClaims(getTestDb(), checker.userId,
      `Talks ended. "We will not give up the ${token} port, ever," ${minister} said.`,
      [{ quote: `We will not give up the ${token} port, ever,`, speaker: minister }], `Minister holds firm ${token}`);
    const second = await insertArticleWithClaims(getTestDb(), checker.userId,
      `Talks ended. “we will NOT give up the ${token} port — ever…” the minister said.`,
      [{ quote: `we will NOT give up the ${token} port — ever…`, speaker: minister }], `Port talks ${token}`);
    const third = await insertArticleWithClaims(getTestDb(), checker.userId,
      `Talks ended. We will not\ngive up the ${token} port, ever. ${envoy} told reporters. "No more today," he added.`,
      [{ quote: `We will not\ngive up the ${token} port, ever.`, speaker: envoy }, { quote: `No more today,`, speaker: envoy }], `Envoy speaks ${token}`);
    // the same words with one more are another quotation
    const longer = await insertArticleWithClaims(getTestDb(), checker.userId,
      `"We will not give up the ${token} port, ever again," ${minister} said.`,
      [{ quote: `We will not give up the ${token} port, ever again,`, speaker: minister }], `Longer ${token}`);
    const [a, b, c] = [first.claimIds[0]!, second.claimIds[0]!, third.claimIds[0]!];

    await verdict(checker.agent, a, 'verified', 'Matches the ministry transcript');
    await verdict(checker.agent, c, 'disputed', `${envoy} never said it`);

    const onB = await sameWords(editor.agent, b);
    expect(onB!.summary).toBe('The verdicts disagree: these words were verified in one place and disputed in another. '
      + '2 other claims hold these words: 1 verified, 1 disputed. 1 of them gives the words to someone else. '
      + 'Compared word for word, whatever the case, accents, quotation marks and punctuation; quotes of fewer than four words are not compared.');
    // those holding a verdict first, the most recently changed first
    expect(onB!.items).toEqual([
      `Claim ${c} Disputed by ${name}, <time>, in Envoy speaks ${token} (Fixture Times) Said by ${envoy} (not this claim’s speaker) Note: ${envoy} never said it`,
      `Claim ${a} Verified by ${name}, <time>, in Minister holds firm ${token} (Fixture Times) Said by ${minister} Note: Matches the ministry transcript`,
    ]);

    const onA = await sameWords(editor.agent, a);
    expect(onA!.summary).toMatch(/^The verdicts disagree: .* 2 other claims hold these words: 1 disputed, 1 not reviewed yet\. 1 of them gives the words to someone else\. /);
    expect(onA!.items.map((line) => line.split(' ')[1])).toEqual([String(c), String(b)]);

    // the longer quotation and a quotation of three words are compared with nothing
    expect((await sameWords(editor.agent, longer.claimIds[0]!))!.summary).toMatch(/^No other claim holds these words\. /);
    expect(await sameWords(editor.agent, third.claimIds[1]!)).toBeNull();

    // an editor cutting the disputed claim's words takes it out of the others' lists, and its verdict with it
    const res = await editor.agent.post(`/claims/${c}/attribution`).type('form')
      .send({ ...(await claimForm(editor.agent, c)), action: 'correct', speaker: envoy, quote: `We will not\ngive up the ${token} port` });
    expect(res.status).toBe(303);
    const after = await sameWords(editor.agent, b);
    expect(after!.summary).toMatch(/^1 other claim holds these words: 1 verified\. Compared/);
    expect(after!.items).toHaveLength(1);
  });

  test('when the other claim names no speaker or holds hostile text, then the page says so and escapes it', async () => {
    const checker = await signedIn('fact_checker');
    const token = `quay${randomUUID().slice(0, 8)}`;
    const quote = `<script>alert(1)</script> we shall hold the ${token} line`;
    const named = await insertArticleWithClaims(getTestDb(), checker.userId, `"${quote}," said the mayor.`, [{ quote, speaker: null, mention: 'the mayor' }],
      `<img src=x onerror=alert(2)> ${token}`);
    const other = await insertArticleWithClaims(getTestDb(), checker.userId, `"${quote}," Jo Vance ${token} said.`, [{ quote, speaker: `Jo Vance ${token}` }]);
    const page = (await checker.agent.get(`/claims/${named.claimIds[0]}`)).text;
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>alert(1)');
    const onNamed = await sameWords(checker.agent, named.claimIds[0]!);
    expect(onNamed!.summary).toMatch(/^1 other claim holds these words: 1 not reviewed yet\. It names who said the words; this claim names no one\. /);
    expect(onNamed!.items).toEqual([`Claim ${other.claimIds[0]} Unreviewed, in Fixture article (Fixture Times) Said by Jo Vance ${token} (this claim names no one)`]);
    const onOther = await sameWords(checker.agent, other.claimIds[0]!);
    expect(onOther!.summary).toMatch(/^1 other claim holds these words: 1 not reviewed yet\. Compared/);
    expect(onOther!.items[0]).toContain('Said by no one named: the article says “the mayor”');
    expect(onOther!.items[0]).toContain(`in &lt;img src=x onerror=alert(2)&gt; ${token}`);
  });
});
