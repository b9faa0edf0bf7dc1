import { csrfFrom, getTestDb } from '../support';
import { correctionForm, signedIn } from '../support/claims-http';
import { insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const BODY = 'Pier plan\n\n"We cannot keep patching a pier that is falling into the sea,"\nsaid Mayor Ines Okafor.';
const QUOTE = 'We cannot keep patching a pier that is falling into the sea,';

/** The words of the claim page's Confidence line. */
const confidence = (html: string) => /<dt>Confidence<\/dt><dd>([\s\S]*?)<\/dd>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();

describe('the confidence line of a claim the engine found no speaker for', () => {
  it('when nobody has named its speaker yet, then it says the engine named none', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, userId, BODY, [{ quote: QUOTE, speaker: null }]);
    expect(confidence((await agent.get(`/claims/${claimId}`)).text)).toBe('90 % that this is a quotation (the engine named no speaker)');
  });

  it('when an editor has named its speaker, then it no longer reads as if the claim had none', async () => {
    const { agent, userId } = await signedIn('editor');
    const { claimIds: [claimId] } = await insertArticleWithClaims(db, userId, BODY, [{ quote: QUOTE, speaker: null }]);
    const speaker = `Ines Okafor ${Date.now()}`;
    const page = (await agent.get(`/claims/${claimId}`)).text;
    const res = await agent.post(`/claims/${claimId}/attribution`).type('form').send({ ...correctionForm(page), _csrf: csrfFrom(page), speaker });
    expect(res.status).toBe(303);
    const after = (await agent.get(`/claims/${claimId}`)).text;
    expect(after).toContain(`<dt>Speaker</dt><dd><a href="/speakers/`);
    expect(confidence(after)).toBe(`90 % that this is a quotation (the engine named no speaker; an editor named ${speaker})`);
    expect(after).not.toContain('no speaker found');
  });
});
