import { insertArticleWithClaims } from '../support/claims-fixtures';
import { getTestDb } from '../support';
import { signedIn } from '../support/claims-http';
import { encodeCursor } from '../../server/claims/list-query';

const tag = `Q${Date.now().toString(36)}`;
const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));
/** Each row's speaker, or — for none. */
const speakers = (html: string) => [...html.matchAll(/<td><a href="\/claims\/\d+">[^<]*<\/a><\/td>\s*<td>(?:<a href="\/claims\?speaker=\d+">([^<]+)<\/a>|<em>)/g)].map((m) => m[1] ?? '—');
const nextLink = (html: string) => /href="([^"]+)" rel="next"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? null;

// the order the speakers list gives them: by the name folded (accents and case aside)
const NAMES = [`Élodie Durand ${tag}`, `Émile Roux ${tag}`, `emma Stone ${tag}`, `Ørjan Berg ${tag}`, `Vladimir Putin ${tag}`, `Zoë Ball ${tag}`];

describe('the claims list sorted by speaker', () => {
  test('when speakers’ names begin with accents or lower case, then they sort among their letters, page after page, and a page link keeps its place', async () => {
    const { agent, userId } = await signedIn();
    // written out of order, so neither their ids nor their places in the article give the order away
    const order = [4, 1, 5, 0, 3, 2];
    const claims = Array.from({ length: 60 }, (_, i) => ({ quote: `remark ${i} on the harbour ${tag}`, speaker: i === 7 ? null : NAMES[order[i % 6]!]! }));
    const { articleId, claimIds } = await insertArticleWithClaims(getTestDb(), userId, claims.map((c) => `"${c.quote}"`).join('\n\n'), claims);
    const expected = claims.map((c, i) => ({ id: claimIds[i]!, rank: c.speaker === null ? -1 : NAMES.indexOf(c.speaker) }))
      .sort((a, b) => a.rank - b.rank || a.id - b.id).map((c) => c.id);

    const first = await agent.get(`/claims?article=${articleId}&sort=speaker&dir=asc`);
    const second = await agent.get(nextLink(first.text)!);

    expect([...ids(first.text), ...ids(second.text)]).toEqual(expected);
    expect([...new Set([...speakers(first.text), ...speakers(second.text)])]).toEqual(['—', ...NAMES]);
    expect(nextLink(second.text)).toBeNull();
    // a page link holds the name as written, as links made before this order did: it still picks up where it was
    const at = expected.indexOf(claimIds[12]!);
    const from = await agent.get(`/claims?article=${articleId}&sort=speaker&dir=asc&after=${encodeCursor([claims[12]!.speaker!, String(claimIds[12])])}`);
    expect(ids(from.text)).toEqual(expected.slice(at + 1, at + 51));
    const descending = await agent.get(`/claims?article=${articleId}&sort=speaker&dir=desc`);
    expect(ids(descending.text)).toEqual([...expected].reverse().slice(0, 50));
  });
});
