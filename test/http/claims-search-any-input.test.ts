import fc from 'fast-check';
import { insertArticleWithClaims } from '../support/claims-fixtures';
import { getTestDb } from '../support';
import { signedIn } from '../support/claims-http';

const ids = (html: string) => [...html.matchAll(/<td><a href="\/claims\/(\d+)">/g)].map((m) => Number(m[1]));
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#34;': '"', '&#39;': "'" };
const notices = (html: string) => [...html.matchAll(/<p class="flash flash--error" role="alert">([^<]*)<\/p>/g)].map((m) => m[1]!.replace(/&(amp|lt|gt|#34|#39);/g, (e) => ENTITIES[e]!));
const search = (q: string, more = '') => `/claims?q=${encodeURIComponent(q)}${more}`;

/** What websearch_to_tsquery's parser passes over, reads as operators, or reads its own way, and words. */
const PIECES = ['-', ' ', '"', '“', '”', '«', 'or', 'OR', '!', '&', '|', '(', ')', '<', '<->', ':', '*', '\\', "'", '\u00a0', '\t', 'x', 'é', 'the', 'pier', '1'];
/** Strings of those pieces, with runs of one of them long enough to have broken the parser (30 minus signs did). */
const operatorHeavy = fc.array(fc.oneof(
  fc.constantFrom(...PIECES),
  fc.tuple(fc.constantFrom('-', '- ', '-!', '!', '&', '|', '(', ' or', '"x" ', '-"x" '), fc.integer({ min: 1, max: 70 })).map(([s, n]) => s.repeat(n)),
), { maxLength: 12 }).map((parts) => parts.join('').slice(0, 200));

describe('GET /claims?q= with any text', () => {
  test('when a search holds long runs of minus signs, then it is read as they amount to (an odd run leaves out, an even one cancels), never a failed page', async () => {
    const { agent, userId } = await signedIn();
    const tag = `zm${Date.now().toString(36)}`;
    const { articleId, claimIds } = await insertArticleWithClaims(getTestDb(), userId, `"pier ${tag}" and "harbour"`, [{ quote: `pier ${tag}` }, { quote: 'harbour' }]);
    const inArticle = `&article=${articleId}&sort=article&dir=asc`;

    // 50 in a row had answered 500 ("tsquery stack too small"); 31 after "x or y" did
    for (const [q, found] of [
      [`${'-'.repeat(50)} ${tag}`, [claimIds[0]]],
      [`${'-'.repeat(51)}${tag}`, [claimIds[1]]],
      [`${'- '.repeat(40)}${tag}`, [claimIds[0]]],
      [`harbour or pier ${'-'.repeat(31)}${tag}`, [claimIds[1]]],
      [`${'-!'.repeat(45)}${tag}`, [claimIds[1]]],
      [`${tag} ${'-'.repeat(33)}"harbour"`, [claimIds[0]]],
    ] as Array<[string, number[]]>) {
      const res = await agent.get(search(q, inArticle));
      expect({ q, status: res.status, ids: ids(res.text), notices: notices(res.text) }).toEqual({ q, status: 200, ids: found, notices: [] });
    }
  });

  test('when a search has no letter or digit (runs of minus signs, operators), then it is ignored and the page says why', async () => {
    const { agent } = await signedIn();
    for (const q of ['-'.repeat(50), '-'.repeat(20), '!'.repeat(200), '&|()<'.repeat(40), '- '.repeat(100)]) {
      const res = await agent.get(search(q));
      expect({ q, status: res.status, notices: notices(res.text) }).toEqual({
        q, status: 200, notices: [`Ignored the search “${q.trim().length > 60 ? `${q.trim().slice(0, 59)}…` : q.trim()}”: it holds no letter or digit, no word to search for.`],
      });
    }
  });

  test('when a search has many alternatives, phrases, excluded phrases or words, then it is searched or ignored as too long, never a failed page', async () => {
    const { agent } = await signedIn();
    for (const q of ['x or '.repeat(39) + 'x', '"pier x" '.repeat(22), '-"x" '.repeat(40), `${'-'.repeat(40)}"x"`, 'word '.repeat(1000), '"' + '-'.repeat(150) + '"']) {
      const res = await agent.get(search(q));
      expect({ q: q.slice(0, 40), status: res.status }).toEqual({ q: q.slice(0, 40), status: 200 });
    }
    expect(notices((await agent.get(search('word '.repeat(1000)))).text)).toEqual([expect.stringContaining('it is 4999 characters long, over the limit of 200')]);
  });

  test('when any text is searched, then the page answers 200, the search read or ignored with a notice', async () => {
    const { agent } = await signedIn();
    // a NUL is refused before any search with a page of its own (see unstorable-input.ts)
    const anyText = fc.oneof(operatorHeavy, fc.string({ maxLength: 200, unit: 'grapheme' }), fc.string({ maxLength: 200, unit: 'binary' })).map((q) => q.replace(/\0/g, ''));
    await fc.assert(fc.asyncProperty(anyText, async (q) => {
      const res = await agent.get(search(q));
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }), { numRuns: 250, examples: [['-'.repeat(50)], [`x or y ${'-'.repeat(31)}z`], ['-'.repeat(33)]] });
  }, 60_000);
});
