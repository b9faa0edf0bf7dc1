import { csrfFrom, getTestDb, type Agent } from '../support';
import { claimForm, correctionForm, signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const BODY = 'Ferry levy passed\n\n“We cannot keep patching the pier,” said Ines Okafor.\n\nA spokeswoman said the repairs start in May.';
const QUOTE = 'We cannot keep patching the pier,';

async function fixture(userId: number) {
  return insertArticleWithClaims(db, userId, BODY, [{ quote: QUOTE, speaker: `Ines Okafor ${Date.now()}` }], `Ferry levy ${Date.now()}`);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#34;': '"', '&#39;': "'" };
const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|#34|#39);/g, (e) => ENTITIES[e]!).replace(/\s+/g, ' ').trim();

/** The opening tag of the element with this id, its attributes by name. */
function tagWithId(html: string, id: string): { name: string; attrs: Record<string, string> } | undefined {
  const tag = new RegExp(`<(\\w+)\\b[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!tag) return undefined;
  const attrs = Object.fromEntries([...tag[0].matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? '']));
  return { name: tag[1]!, attrs };
}

/** The words of the element with this id (one without elements of its own kind inside, as an error line is). */
function textOfId(html: string, id: string): string | undefined {
  const m = new RegExp(`<(\\w+)\\b[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? words(m[2]!) : undefined;
}

/**
 * A refused form's field as a screen reader meets it when tabbing to it: marked invalid, and described by the words
 * that say what is wrong with it (not only shown above it, or in the summary at the top of a long page).
 */
function fieldProblem(html: string, id: string): { invalid: string | undefined; description: string } {
  const control = tagWithId(html, id);
  if (!control) throw new Error(`the page has no #${id}`);
  const ids = (control.attrs['aria-describedby'] ?? '').split(/\s+/).filter(Boolean);
  const description = ids.map((ref) => textOfId(html, ref) ?? `(missing #${ref})`).join(' ');
  return { invalid: control.attrs['aria-invalid'], description };
}

/** The links of the page's error summary that lead to no element of the page. */
function summaryTargetsMissing(html: string): string[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
  const links = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  return links.filter((id) => !tagWithId(html, id));
}

async function articleForm(agent: Agent, articleId: number) {
  const page = (await agent.get(`/articles/${articleId}`)).text;
  return { _csrf: csrfFrom(page), version: /name="version" value="(\d+)"/.exec(page)![1]! };
}

describe('a refused form on a claim or an article page says, at each field, what is wrong with it', () => {
  it('when a verdict is disputed without a note and with a link that is not one, then the note and evidence boxes are described by their errors', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const { claimIds: [claimId] } = await fixture(userId);
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form')
      .send({ ...(await claimForm(agent, claimId!)), status: 'disputed', note: '', evidence_url: 'not a link' });
    expect(res.status).toBe(422);
    expect(fieldProblem(res.text, 'verdict-note')).toEqual({ invalid: 'true', description: expect.stringContaining('a note is required') });
    expect(fieldProblem(res.text, 'verdict-evidence')).toEqual({ invalid: 'true', description: expect.stringContaining('“not a link” is not an http or https address') });
    expect(summaryTargetsMissing(res.text)).toEqual([]);
  });

  it('when a verdict is sent with no verdict chosen, then the summary leads to the first choice and the choices are described by the error', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const { claimIds: [claimId] } = await fixture(userId);
    const res = await agent.post(`/claims/${claimId}/verdict`).type('form').send({ ...(await claimForm(agent, claimId!)), note: 'Typed first' });
    expect(res.status).toBe(422);
    const link = /<div class="error-summary"[\s\S]*?href="#([^"]+)"/.exec(res.text)![1]!;
    expect(tagWithId(res.text, link)?.attrs.type).toBe('radio');
    const fieldset = /<fieldset\b([^>]*)>[\s\S]*?<\/fieldset>/.exec(/<form method="post" action="\/claims\/\d+\/verdict"[\s\S]*?<\/form>/.exec(res.text)![0])!;
    expect(fieldset[0]).toContain(`id="${link}"`);
    const refs = (/aria-describedby="([^"]*)"/.exec(fieldset[1]!)?.[1] ?? '').split(' ').filter(Boolean);
    const described = refs.map((ref) => textOfId(res.text, ref) ?? '').join(' ');
    expect(described).toContain('Choose verified, disputed or needs translation review');
  });

  it('when an editor’s correction names words the article does not have, then the quote box is described by why', async () => {
    const { agent, userId } = await signedIn('editor');
    const { claimIds: [claimId] } = await fixture(userId);
    const page = (await agent.get(`/claims/${claimId}`)).text;
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form')
      .send({ ...correctionForm(page), _csrf: csrfFrom(page), quote: 'Words nobody wrote anywhere' });
    expect(res.status).toBe(422);
    expect(fieldProblem(res.text, 'attr-quote')).toEqual({ invalid: 'true', description: expect.stringContaining('does not have that text') });
    expect(summaryTargetsMissing(res.text)).toEqual([]);
  });

  it('when an editor removes a claim without saying why, then the reason box is described by the error', async () => {
    const { agent, userId } = await signedIn('editor');
    const { claimIds: [claimId] } = await fixture(userId);
    const res = await agent.post(`/claims/${claimId}/remove`).type('form').send({ ...(await claimForm(agent, claimId!)), note: '' });
    expect(res.status).toBe(422);
    expect(fieldProblem(res.text, 'remove-note')).toEqual({ invalid: 'true', description: expect.stringContaining('Say why') });
  });

  it('when an editor adds a claim whose words the article lacks, or corrects a date that is no date, then that box on the article page is described by its error', async () => {
    const { agent, userId } = await signedIn('editor');
    const { articleId } = await fixture(userId);
    const added = await agent.post(`/articles/${articleId}/claims`).type('form')
      .send({ ...(await articleForm(agent, articleId)), quote: 'Words nobody wrote anywhere', speaker: '', kind: 'direct' });
    expect(added.status).toBe(422);
    expect(fieldProblem(added.text, 'add-quote')).toEqual({ invalid: 'true', description: expect.stringMatching(/\S/) });
    expect(summaryTargetsMissing(added.text)).toEqual([]);

    const facts = await agent.post(`/articles/${articleId}/facts`).type('form')
      .send({ ...(await articleForm(agent, articleId)), published_at: 'yesterday', translated: 'no' });
    expect(facts.status).toBe(422);
    expect(fieldProblem(facts.text, 'facts-published_at')).toEqual({ invalid: 'true', description: expect.stringContaining('YYYY-MM-DD') });
  });
});
