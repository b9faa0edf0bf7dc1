import { randomBytes } from 'node:crypto';
import { getTestDb } from '../support';
import { signedIn } from '../support/claims-http';
import { fixtureSpeaker, insertArticleWithClaims } from '../support/claims-fixtures';

const db = getTestDb();
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

/** The speakers the list's "Described so in articles" section shows for a search: [id, words as written, claims]. */
async function describedFor(agent: Awaited<ReturnType<typeof signedIn>>['agent'], q: string) {
  const page = (await agent.get(`/speakers?q=${encodeURIComponent(q)}`)).text;
  const section = /<section aria-labelledby="described-heading">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
  return [...section.matchAll(/<a href="\/speakers\/(\d+)">[^<]*<\/a> — “([^”]*)” <span class="hint">\((\d+) claims?\)/g)]
    .map((m) => [Number(m[1]), m[2], Number(m[3])]);
}

const counts = async (speakerId: number) =>
  db('speaker_evidence').where({ speaker_id: speakerId }).where('claims', '>', 0).orderBy('words').select('words', 'written', 'claims');

describe('finding a speaker by how articles described them', () => {
  it('when claims give a speaker a description, then a search for its words shows the speaker beneath the list, a correction moves it with the claim, and a removal drops it', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const t = tag();
    const body = `Port news ${t}\n\n“We will not retreat,” the Master of the Port ${t} said. “Ships come back,” she added. “Yes,” Quell said.`;
    const { articleId, claimIds, speakerIds } = await insertArticleWithClaims(db, userId, body, [
      { quote: 'We will not retreat,', speaker: `Ana Quell ${t}`, mention: `the Master of the Port ${t}` },
      { quote: 'Ships come back,', speaker: `Ana Quell ${t}`, mention: 'she' },
      { quote: 'Yes,', speaker: `Ana Quell ${t}`, mention: 'Quell' },
    ]);
    const ana = speakerIds[`Ana Quell ${t}`]!;
    expect(await counts(ana)).toEqual([
      { words: 'quell', written: 'Quell', claims: 1 }, { words: 'she', written: 'she', claims: 1 },
      { words: `the master of the port ${t}`, written: `the Master of the Port ${t}`, claims: 1 },
    ]);
    // folded: case and accents aside; the speaker's own name and pronouns are never shown as descriptions
    expect(await describedFor(agent, `MASTER OF THE PÖRT ${t}`)).toEqual([[ana, `the Master of the Port ${t}`, 1]]);
    expect(await describedFor(agent, `quell ${t}`)).toEqual([]);

    // a verdict changes neither the speaker nor the evidence: nothing is counted again
    await db('claims').where({ id: claimIds[0]! }).update({ status: 'verified', version: db.raw('version + 1') });
    expect(await counts(ana)).toHaveLength(3);

    // a correction giving the claim to someone else moves its description with it
    const other = await fixtureSpeaker(db, `Tom Berg ${t}`);
    await db('claims').where({ id: claimIds[0]! }).update({ speaker_id: other, speaker_name: `Tom Berg ${t}` });
    expect(await describedFor(agent, `master of the port ${t}`)).toEqual([[other, `the Master of the Port ${t}`, 1]]);
    expect((await counts(ana)).map((c) => c.words)).toEqual(['quell', 'she']);

    // removing the article's claims takes their words away
    await db('claim_reviews').whereIn('claim_id', claimIds).delete();
    await db('claims').where({ article_id: articleId }).delete();
    expect(await describedFor(agent, `master of the port ${t}`)).toEqual([]);
    expect(await counts(other)).toEqual([]);
  });

  it('when a speaker is found by name already, then the section does not show them again', async () => {
    const { agent, userId } = await signedIn('fact_checker');
    const t = tag();
    const body = `Port news ${t}\n\n“We stay,” the harbour chief ${t} said.`;
    const { speakerIds } = await insertArticleWithClaims(db, userId, body, [{ quote: 'We stay,', speaker: `Harbour Chief ${t}`, mention: `the harbour chief ${t}` }]);
    expect(await describedFor(agent, `harbour chief ${t}`)).toEqual([]);
    const page = (await agent.get(`/speakers?q=${encodeURIComponent(`harbour chief ${t}`)}`)).text;
    expect(page).toContain(`<a href="/speakers/${speakerIds[`Harbour Chief ${t}`]}">Harbour Chief ${t}</a>`);
  });

  it('when the counts are kept by triggers, then they equal the counts read from the claims', async () => {
    const { rows } = await db.raw(`
      WITH kept AS (SELECT speaker_id, words, claims FROM speaker_evidence WHERE claims <> 0),
           read AS (SELECT speaker_id, speaker_sort_key(mention_text) AS words, count(*)::int AS claims FROM claims
                     WHERE speaker_id IS NOT NULL AND mention_text IS NOT NULL AND speaker_sort_key(mention_text) <> '' GROUP BY 1, 2)
      SELECT (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM read) a)::int AS only_kept,
             (SELECT count(*) FROM (SELECT * FROM read EXCEPT SELECT * FROM kept) b)::int AS only_read,
             (SELECT count(*) FROM read)::int AS read`);
    expect(rows[0]).toMatchObject({ only_kept: 0, only_read: 0 });
    expect(rows[0].read).toBeGreaterThan(0);
  });
});
