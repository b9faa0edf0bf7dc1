import { insertArticleWithClaims } from '../support/claims-fixtures';
import { getTestDb, type Agent } from '../support';
import { claimForm, signedIn } from '../support/claims-http';

const BODY = 'Officials met on Monday. "We are ready to talk, and we will sign," the envoy said.';
const QUOTE = 'We are ready to talk, and we will sign,';

/** The claim page's verdicts, each as its line of words (tags and spacing taken out). */
async function verdicts(agent: Agent, claimId: number): Promise<string[]> {
  const page = (await agent.get(`/claims/${claimId}`)).text;
  const section = /<h2 id="reviews">Verdicts<\/h2>([\s\S]*?)<\/section>/.exec(page)![1]!;
  return [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ \d{4}-\d\d-\d\d \d\d:\d\d UTC/, '').trim());
}

async function verdict(agent: Agent, claimId: number, status: string, note = '') {
  const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...(await claimForm(agent, claimId)), status, note });
  expect(res.status).toBe(303);
}

async function moveQuote(agent: Agent, claimId: number, quote: string, speaker: string) {
  const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...(await claimForm(agent, claimId)), action: 'correct', speaker, quote });
  expect(res.status).toBe(303);
}

describe('the verdicts on a claim page', () => {
  test('when the quote was moved after a verdict, then that verdict says the earlier words it was given on, and one given since does not', async () => {
    const checker = await signedIn('fact_checker', `Vera Checker ${Date.now()}`);
    const editor = await signedIn('editor');
    const speaker = `Envoy ${Date.now()}`;
    const { claimIds: [claimId] } = await insertArticleWithClaims(getTestDb(), checker.userId, BODY, [{ quote: QUOTE, speaker, mention: 'the envoy' }]);
    await verdict(checker.agent, claimId!, 'verified');

    await moveQuote(editor.agent, claimId!, 'We are ready to talk', speaker);

    expect(await getTestDb()('claims').where({ id: claimId }).first('status', 'quote')).toEqual({ status: 'unreviewed', quote: 'We are ready to talk' });
    const name = (await getTestDb()('users').where({ id: checker.userId }).first('name')).name as string;
    expect(await verdicts(checker.agent, claimId!)).toEqual([`Verified by ${name}, Given on earlier wording: «${QUOTE}»`]);

    await verdict(checker.agent, claimId!, 'disputed', 'Only the first half was said');
    expect(await verdicts(checker.agent, claimId!)).toEqual([
      `Disputed by ${name}, Only the first half was said`,
      `Verified by ${name}, Given on earlier wording: «${QUOTE}»`,
    ]);
  });

  test('when the speaker was corrected after a verdict, then that verdict says whom it was given on, and one given since does not; given back to that speaker, it does not either', async () => {
    const checker = await signedIn('fact_checker');
    const editor = await signedIn('editor');
    const speaker = `Envoy ${Date.now()}`;
    const other = `Peter Harlow ${Date.now()}`;
    const { claimIds: [claimId] } = await insertArticleWithClaims(getTestDb(), checker.userId, BODY, [{ quote: QUOTE, speaker, mention: 'the envoy' }]);
    await verdict(checker.agent, claimId!, 'verified');

    await moveQuote(editor.agent, claimId!, QUOTE, other);

    expect(await getTestDb()('claims').where({ id: claimId }).first('status', 'speaker_name')).toEqual({ status: 'unreviewed', speaker_name: other });
    expect(await verdicts(checker.agent, claimId!)).toEqual([expect.stringMatching(new RegExp(`^Verified by .*, Given when attributed to ${speaker}$`))]);
    await verdict(checker.agent, claimId!, 'disputed', 'Harlow never said it');
    const lines = await verdicts(checker.agent, claimId!);
    expect(lines[0]).toMatch(/^Disputed by .*, Harlow never said it$/);
    expect(lines[1]).toContain(`Given when attributed to ${speaker}`);

    await moveQuote(editor.agent, claimId!, QUOTE, speaker);
    const back = await verdicts(checker.agent, claimId!);
    expect(back[0]).toContain(`Given when attributed to ${other}`);
    expect(back[1]).not.toContain('Given when attributed');
  });

  test('when a verdict was given on a claim naming no speaker and one was named since, then the verdict says so', async () => {
    const checker = await signedIn('fact_checker');
    const editor = await signedIn('editor');
    const { claimIds: [claimId] } = await insertArticleWithClaims(getTestDb(), checker.userId, BODY, [{ quote: QUOTE, speaker: null }]);
    await verdict(checker.agent, claimId!, 'verified');
    await moveQuote(editor.agent, claimId!, QUOTE, `Envoy ${Date.now()}`);
    expect(await verdicts(checker.agent, claimId!)).toEqual([expect.stringMatching(/^Verified by .*, Given when attributed to no one$/)]);
  });

  test('when the quote was moved twice, then each verdict names the words it was given on; moved back to them, a verdict is on the words it has', async () => {
    const checker = await signedIn('fact_checker');
    const editor = await signedIn('editor');
    const speaker = `Envoy ${Date.now()}`;
    const { claimIds: [claimId] } = await insertArticleWithClaims(getTestDb(), checker.userId, BODY, [{ quote: QUOTE, speaker, mention: 'the envoy' }]);
    await verdict(checker.agent, claimId!, 'verified');
    await moveQuote(editor.agent, claimId!, 'We are ready to talk', speaker);
    await verdict(checker.agent, claimId!, 'disputed', 'Half a sentence');
    await moveQuote(editor.agent, claimId!, 'we will sign', speaker);
    const lines = await verdicts(checker.agent, claimId!);
    expect(lines[0]).toMatch(/^Disputed by .*, Given on earlier wording: «We are ready to talk» Half a sentence$/);
    expect(lines[1]).toMatch(new RegExp(`^Verified by .*, Given on earlier wording: «${QUOTE}»$`));

    await moveQuote(editor.agent, claimId!, QUOTE, speaker);
    const back = await verdicts(checker.agent, claimId!);
    expect(back[0]).toContain('Given on earlier wording: «We are ready to talk»');
    expect(back[1]).not.toContain('earlier wording');
  });
});
