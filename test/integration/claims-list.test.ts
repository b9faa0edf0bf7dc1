import { countClaimsByStatus, countMatching, listClaims, loadClaimListPage, planMatching } from '../../server/claims/list-repository';
import { phrasePairs, readSearch, requiredPhrases } from '../../server/claims/list-search';
import type { ClaimListQuery, ClaimSort, SortDir } from '../../server/claims/list-query';
import type { Db } from '../../server/db/knex';
import { insertArticleWithClaims, insertReviewer } from '../support/claims-fixtures';
import { getTestDb } from '../support';

let db: Db;
let articleId: number;
let claimIds: number[];
let reviewer: number;
const tag = `zq${Date.now().toString(36)}`;
const QUOTES = ['alpha harvests', 'bravo sanctions', 'charlie pipelines', 'delta harvests', 'echo elections', 'foxtrot harvests', 'golf tariffs'];

beforeAll(async () => {
  db = getTestDb();
  reviewer = await insertReviewer(db);
  const body = QUOTES.map((q) => `"${q} ${tag}" said someone.`).join('\n\n');
  const fixture = await insertArticleWithClaims(db, reviewer, body, QUOTES.map((q, i) => ({
    quote: `${q} ${tag}`,
    speaker: i % 2 === 0 ? `Anna ${tag}` : `Boris ${tag}`,
    source: i < 3 ? 'Agency One' : 'Agency Two',
    status: i === 1 ? 'disputed' : i === 4 ? 'verified' : 'unreviewed',
    assigneeId: i === 2 ? reviewer : null,
  })));
  ({ articleId, claimIds } = fixture);
  // Distinct last-change times so the default sort is fully determined.
  for (const [i, id] of claimIds.entries()) await db('claims').where({ id }).update({ updated_at: db.raw(`now() - interval '${i} minutes'`) });
});

const query = (filters: ClaimListQuery['filters'], sort: ClaimSort = 'updated', dir: SortDir = 'desc', cursor: ClaimListQuery['cursor'] = null): ClaimListQuery =>
  ({ filters: { articleId, ...filters }, sort, dir, cursor });
const ids = async (q: ClaimListQuery, limit = 50) => (await listClaims(db, q, limit)).rows.map((r) => r.id);

describe('claims list', () => {
  test('when filtered by status, attribution, speaker, source or assignee, then only matching claims come back', async () => {
    expect(await ids(query({ status: 'disputed' }))).toEqual([claimIds[1]]);
    expect(await ids(query({ attribution: 'approved' }))).toEqual([]);
    expect(await ids(query({ assigneeId: reviewer }))).toEqual([claimIds[2]]);
    expect((await ids(query({ assigneeId: null })))).toHaveLength(6);
    expect(await ids(query({ source: 'Agency One' }))).toEqual(claimIds.slice(0, 3));
    const anna = (await listClaims(db, query({ q: `Anna ${tag}` }), 50)).rows;
    expect(anna.map((r) => r.speaker_name)).toEqual(Array(4).fill(`Anna ${tag}`));
  });

  test('when searched, then quotes match by stemmed words and speakers by name', async () => {
    expect(await ids(query({ q: 'harvest' }))).toEqual([claimIds[0], claimIds[3], claimIds[5]]);
    expect(await ids(query({ q: `"golf tariffs" OR pipelines` }))).toEqual([claimIds[2], claimIds[6]].sort((a, b) => a! - b!));
    expect(await ids(query({ q: `boris -sanctions` }))).toEqual([claimIds[3], claimIds[5]]);
  });

  test('when searched without the accents a quote or a name is written with, or with them where it has none, then it is found all the same', async () => {
    const body = `“Nous ne céderons pas ${tag},” dit Recep Erdoğan${tag}.\n\n“The naive plan ${tag},” said Ana Lopez${tag}.`;
    const accents = await insertArticleWithClaims(db, reviewer, body, [
      { quote: `Nous ne céderons pas ${tag},`, speaker: `Recep Erdoğan${tag}` },
      { quote: `The naive plan ${tag},`, speaker: `Ana Lopez${tag}` },
    ]);
    const [french, naive] = accents.claimIds;
    const found = async (q: string) => (await listClaims(db, { filters: { articleId: accents.articleId, q }, sort: 'updated', dir: 'desc', cursor: null }, 50)).rows.map((r) => r.id);
    expect(await found(`Erdogan${tag}`)).toEqual([french]);
    expect(await found(`Erdoğan${tag}`)).toEqual([french]);
    expect(await found('cederons')).toEqual([french]);
    expect(await found('naïve')).toEqual([naive]);
    expect(await found(`López${tag}`)).toEqual([naive]);
    // a phrase is read from the word pairs, which fold the same way
    expect(await found('"ne cederons"')).toEqual([french]);
    expect(await phrasePairs(db, '"ne céderons"')).toEqual(await phrasePairs(db, '"ne cederons"'));
  });

  test('when a search outruns its walk along the sort order, then the text index gives the same pages', async () => {
    for (const sort of ['updated', 'speaker'] as ClaimSort[]) {
      const search = query({ q: 'harvest' }, sort, 'asc');
      const walked = await listClaims(db, search, 2);
      const indexed = await listClaims(db, search, 2, 1);
      expect(indexed).toEqual(walked);
      expect(walked.rows).toHaveLength(2);
      const next = { ...search, cursor: { after: walked.rows[1]!.sort_key } };
      expect(await listClaims(db, next, 2, 1)).toEqual(await listClaims(db, next, 2));
      const back = { ...search, cursor: { before: walked.rows[1]!.sort_key } };
      expect((await listClaims(db, back, 2, 1)).rows.map((r) => r.id)).toEqual([walked.rows[0]!.id]);
    }
    expect((await listClaims(db, query({ q: `nomatch${tag}` }), 2, 1)).rows).toEqual([]);
  });

  test('when a rare search is looked up in a stretch of recent changes first, then its pages are the same as the walk gives', async () => {
    // The oldest claim further back (still the oldest, so every order stays as it was), and a claim changed long before
    // all of them elsewhere, so that not every stretch here reaches past every claim's last change (which reads the
    // whole match set instead). Newest first, 'alpha OR golf' then takes the wider stretch: a walk of two finds alpha,
    // the first stretch after it (eight minutes) nothing more, the second (thirty-two) golf.
    await db('claims').where({ id: claimIds[6] }).update({ updated_at: db.raw(`now() - interval '20 minutes'`) });
    const old = await insertArticleWithClaims(db, reviewer, `"long ago ${tag}"`, [{ quote: `long ago ${tag}` }]);
    await db('claims').whereIn('id', old.claimIds).update({ updated_at: db.raw(`now() - interval '1 day'`) });
    for (const dir of ['desc', 'asc'] as SortDir[]) {
      for (const q of ['harvest', `"foxtrot harvests"`, 'alpha OR golf', `nomatch${tag}`]) {
        const search = query({ q }, 'updated', dir);
        const walked = await listClaims(db, search, 1);
        // every search but the one made to match nothing finds a claim, so the next-page check below runs for each
        expect(walked.rows).toHaveLength(q.startsWith('nomatch') ? 0 : 1);
        for (const budget of [2, 3]) expect(await listClaims(db, search, 1, budget)).toEqual(walked);
        if (walked.rows[0]) {
          const next = { ...search, cursor: { after: walked.rows[0].sort_key } };
          expect(await listClaims(db, next, 1, 2)).toEqual(await listClaims(db, next, 1));
        }
      }
    }
  });

  test('when a rare phrase outruns its walk, then the claims holding its words side by side give the same pages as the walk', async () => {
    const quotes = [`held accountable ${tag}`, `accountable held ${tag}`, `they will be held accountable for it ${tag}`, `a well-known O'Brien said ${tag}`,
      `held to account ${tag}`, `held, accountable ${tag}`, `nothing here ${tag}`, `held accountability ${tag}`, `Held   ACCOUNTABLE! ${tag}`];
    const body = quotes.map((q) => `"${q}" said someone.`).join('\n\n');
    const phrases = await insertArticleWithClaims(db, reviewer, body, quotes.map((q, i) => ({ quote: q, speaker: i === 6 ? `Maria Lopez ${tag}` : null })));
    for (const [i, id] of phrases.claimIds.entries()) await db('claims').where({ id }).update({ updated_at: db.raw(`now() - interval '${i} seconds'`) });
    // a phrase holds its words as written, in order, whatever the case, punctuation and spacing between them
    const searches: Array<[string, number[]]> = [['"held accountable"', [0, 2, 5, 8]], ['"accountable held"', [1]], [`"held accountable" ${tag}`, [0, 2, 5, 8]],
      [`"well-known O'Brien"`, [3]], ['"held to account"', [4]], ['"to account"', [4]], ['"will be"', [2]], ['"maria lopez"', [6]],
      ['"held accountable" OR "held to account"', [0, 2, 4, 5, 8]], [`${tag} -"held accountable"`, [1, 3, 4, 6, 7]], ['"be held accountable for"', [2]]];
    for (const [q, expected] of searches) {
      const truth = expected.map((i) => phrases.claimIds[i]!).sort((a, b) => a - b);
      for (const sort of ['updated', 'article'] as ClaimSort[]) {
        for (const dir of ['asc', 'desc'] as SortDir[]) {
          const search: ClaimListQuery = { filters: { articleId: phrases.articleId, q }, sort, dir, cursor: null };
          const walked = await listClaims(db, search, 50);
          expect([q, walked.rows.map((r) => r.id).sort((a, b) => a - b)]).toEqual([q, truth]);
          // The same page read from the pairs at once (the default here: few claims), after a walk that ran out
          // (walk of 1, pairs never first), and from the walk alone (pairs never first, a walk longer than the table).
          expect(await listClaims(db, search, 50, 1)).toEqual(walked);
          expect(await listClaims(db, search, 50, 1, 0)).toEqual(walked);
          expect(await listClaims(db, search, 50, 4000, 0)).toEqual(walked);
          expect(await listClaims(db, search, 1, 1)).toEqual(await listClaims(db, search, 1));
          expect(await listClaims(db, search, 1, 1, 0)).toEqual(await listClaims(db, search, 1));
        }
      }
    }
    expect((await listClaims(db, { filters: { articleId: phrases.articleId, q: '"held accountable"' }, sort: 'updated', dir: 'desc', cursor: null }, 50)).rows.map((r) => r.id))
      .toEqual([0, 2, 5, 8].map((i) => phrases.claimIds[i]));
  });

  test('when a phrase is the only filter, then its claims read from the pairs page by page as the walk reads them, every column alike', async () => {
    const quotes = [`held ${tag} accountable`, `they held ${tag} accountable again`, `held ${tag} and accountable`, `held ${tag} accountable at last`];
    const body = quotes.map((q) => `"${q}" said someone.`).join('\n\n');
    const fixture = await insertArticleWithClaims(db, reviewer, body, quotes.map((q, i) => ({
      quote: q, speaker: i === 1 ? `Maria Lopez ${tag}` : null, source: i === 3 ? 'Agency Three' : null, assigneeId: i === 0 ? reviewer : null,
    })));
    for (const [i, id] of fixture.claimIds.entries()) await db('claims').where({ id }).update({ updated_at: db.raw(`now() - interval '${i} seconds'`) });
    for (const dir of ['desc', 'asc'] as SortDir[]) {
      const first: ClaimListQuery = { filters: { q: `"held ${tag} accountable"` }, sort: 'updated', dir, cursor: null };
      const whole = await listClaims(db, first, 50);
      expect(whole.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual([fixture.claimIds[0], fixture.claimIds[1], fixture.claimIds[3]]);
      // the walk alone (pairs never first) reads the same rows, column for column
      expect(await listClaims(db, first, 50, 4000, 0)).toEqual(whole);
      // one row a page, forwards from the first page, the same as the walk's pages
      let cursor: ClaimListQuery['cursor'] = null;
      for (const expected of whole.rows) {
        const page = await listClaims(db, { ...first, cursor }, 1);
        expect(page.rows).toEqual([expected]);
        expect(page).toEqual(await listClaims(db, { ...first, cursor }, 1, 4000, 0));
        cursor = { after: page.rows[0]!.sort_key };
      }
    }
  });

  test('when a claim\'s quote or speaker changes, then its word pairs follow; when only its review changes, they are not rewritten', async () => {
    const fixture = await insertArticleWithClaims(db, reviewer, `"first words ${tag}"`, [{ quote: `first words ${tag}`, speaker: `Ines Moreau ${tag}` }]);
    const id = fixture.claimIds[0]!;
    const search = (q: string): ClaimListQuery => ({ filters: { articleId: fixture.articleId, q }, sort: 'updated', dir: 'desc', cursor: null });
    const found = async (q: string) => (await listClaims(db, search(q), 5, 1)).rows.map((r) => r.id);
    expect(await found('"first words"')).toEqual([id]);
    await db('claims').where({ id }).update({ quote: `harbour fees will rise ${tag}` });
    expect(await found('"first words"')).toEqual([]);
    expect(await found('"harbour fees will rise"')).toEqual([id]);
    await db('claims').where({ id }).update({ speaker_name: `Paul Okafor ${tag}` });
    expect(await found('"paul okafor"')).toEqual([id]);
    expect(await found('"ines moreau"')).toEqual([]);
    const before = await db('claim_word_pairs').where({ claim_id: id }).first('pairs', db.raw('xmin::text AS xmin'));
    await db('claims').where({ id }).update({ status: 'verified', updated_at: db.fn.now() });
    expect(await db('claim_word_pairs').where({ claim_id: id }).first('pairs', db.raw('xmin::text AS xmin'))).toEqual(before);
  });

  test('when a quote changes only in stop words, then its word pairs follow, though its stemmed search text stays the same', async () => {
    const fixture = await insertArticleWithClaims(db, reviewer, `"we will go ${tag}"`, [{ quote: `we will go ${tag}` }]);
    const id = fixture.claimIds[0]!;
    // a walk of one row and pairs never read first: the pairs alone find the claim among the article's others
    const found = async (q: string) => (await listClaims(db, { filters: { q: `${q} ${tag}` }, sort: 'updated', dir: 'desc', cursor: null }, 5, 1)).rows.map((r) => r.id);
    expect(await found('"we will go"')).toEqual([id]);
    const { search } = await db('claims').where({ id }).first('search');
    await db('claims').where({ id }).update({ quote: `they should go ${tag}` });
    expect((await db('claims').where({ id }).first('search')).search).toEqual(search);
    expect(await found('"they should go"')).toEqual([id]);
    expect(await found('"we will go"')).toEqual([]);
  });

  test('when a phrase of stop words is one of alternatives and the walk ends before the page is full, then the page says how many claims were searched', async () => {
    const quotes = [`we will see ${tag}`, `they might ${tag}`, `we will ${tag}`];
    const fixture = await insertArticleWithClaims(db, reviewer, quotes.map((q) => `"${q}"`).join('\n\n'), quotes.map((quote) => ({ quote })));
    const search: ClaimListQuery = { filters: { articleId: fixture.articleId, q: '"we will" OR "they might"' }, sort: 'article', dir: 'asc', cursor: null };
    expect(await loadClaimListPage(db, search, 50)).toMatchObject({ rows: fixture.claimIds.map((id) => ({ id })), searchedOnly: null });
    // neither the text index nor word pairs every match holds can narrow it: what the walk read is what was searched
    expect(await loadClaimListPage(db, search, 50, 2)).toMatchObject({ rows: fixture.claimIds.slice(0, 2).map((id) => ({ id })), searchedOnly: 2 });
    // a phrase with a word the index keeps, or one phrase every match holds, is searched among all claims
    for (const q of ['"we will see" OR "they might"', '"we will"']) {
      expect(await loadClaimListPage(db, { ...search, filters: { ...search.filters, q } }, 50, 1)).toMatchObject({ searchedOnly: null });
    }
  });

  test('when a phrase’s candidates are no more than the search reads first, then their ids come with the count and the page is the same as from the pairs', async () => {
    const q = `"harvests ${tag}"`;
    const read = await readSearch(db, q, 2000);
    const holding = [claimIds[0], claimIds[3], claimIds[5]].map(String).sort();
    expect(read.candidates).toBe(3);
    expect([...read.candidateIds!].sort()).toEqual(holding);
    // past the budget the ids are not kept, only the count up to one more than it
    expect(await readSearch(db, q, 2)).toMatchObject({ candidates: 3, candidateIds: null });
    // read first with or without the ids (a budget of 2 scans the pairs again), the page holds the same claims
    const page = (pairsFirst: number) => loadClaimListPage(db, query({ q }), 50, 1, pairsFirst).then((p) => p.rows.map((r) => r.id));
    expect(await page(2000)).toEqual([claimIds[0], claimIds[3], claimIds[5]]);
    expect(await page(2)).toEqual(await page(2000));
  });

  test('when a search has quoted phrases, then only phrases every match must hold give word pairs', async () => {
    expect(requiredPhrases('"held accountable" sanctions')).toEqual(['held accountable']);
    expect(requiredPhrases('"held accountable" or "peace talks"')).toEqual([]);
    expect(requiredPhrases('talks -"held accountable"')).toEqual([]);
    expect(requiredPhrases('"peace talks" -"held accountable" -sanctions')).toEqual(['peace talks']);
    expect(requiredPhrases('"single" “two words”')).toEqual(['single', 'two words']);
    expect(requiredPhrases('"unclosed phrase')).toEqual(['unclosed phrase']);
    // the pairs are the words as written, stop words included, accents folded
    expect(await phrasePairs(db, '"held accountable" "peace talks"')).toEqual(['held accountable', 'peace talks']);
    expect(await phrasePairs(db, '"held to account"')).toEqual(['held to', 'to account']);
    expect(await phrasePairs(db, '"Nous ne céderons"')).toEqual(['ne cederons', 'nous ne']);
    expect(await phrasePairs(db, 'held accountable')).toEqual([]);
  });

  test('when paged two at a time in every sort, then next pages walk all rows once and previous pages walk back', async () => {
    for (const sort of ['updated', 'article', 'speaker', 'status'] as ClaimSort[]) {
      for (const dir of ['asc', 'desc'] as SortDir[]) {
        const all = await ids(query({}, sort, dir));
        const seen: number[] = [];
        let page = await listClaims(db, query({}, sort, dir), 2);
        const pages = [page.rows];
        seen.push(...page.rows.map((r) => r.id));
        while (page.more) {
          page = await listClaims(db, query({}, sort, dir, { after: page.rows.at(-1)!.sort_key }), 2);
          pages.push(page.rows);
          seen.push(...page.rows.map((r) => r.id));
        }
        expect(seen).toEqual(all);
        expect(new Set(seen).size).toBe(QUOTES.length);
        const last = pages.at(-1)!;
        const back = await listClaims(db, query({}, sort, dir, { before: last[0]!.sort_key }), 2);
        expect(back.rows.map((r) => r.id)).toEqual(pages.at(-2)!.map((r) => r.id));
        expect(back.more).toBe(true);
      }
    }
  });

  test('when filtered by the words other claims hold, then the walk gives in every sort and page what testing every claim gives, and says when it ran out', async () => {
    const words = ['the river port will reopen', 'no ship will pay a toll', 'the harbour master has resigned', 'cranes arrive in the spring', 'dredging starts after the vote', 'the docks will stay public'];
    const own = words.map((w, i) => `${w} ${tag}${i}`);
    const a = await insertArticleWithClaims(db, reviewer, own.map((q) => `"${q}"`).join('\n\n'), own.map((quote, i) => ({ quote, speaker: i % 2 ? `Anna ${tag}` : `Boris ${tag}` })));
    // another article holds four of them: one judged there, one given to someone else
    const twinned = [0, 2, 3, 5];
    const twins = twinned.map((i) => own[i]!.toUpperCase());
    await insertArticleWithClaims(db, reviewer, twins.map((q) => `"${q}"`).join('\n\n'), twins.map((quote, k) => ({
      quote, speaker: k === 3 ? `Carla ${tag}` : twinned[k]! % 2 ? `Anna ${tag}` : `Boris ${tag}`, status: k === 1 ? 'verified' : 'unreviewed',
    })));
    for (const [i, id] of a.claimIds.entries()) await db('claims').where({ id }).update({ updated_at: db.raw(`now() - interval '${i} minutes'`) });
    const of = (...i: number[]) => i.map((k) => a.claimIds[k]);
    const every = async (q: ClaimListQuery) => (await loadClaimListPage(db, q, 50, undefined, undefined, Infinity)).rows.map((r) => r.id);
    const paged = async (q: ClaimListQuery) => {
      const seen: number[] = [];
      let page = await loadClaimListPage(db, q, 2);
      seen.push(...page.rows.map((r) => r.id));
      while (page.more) {
        page = await loadClaimListPage(db, { ...q, cursor: { after: page.rows.at(-1)!.sort_key } }, 2);
        seen.push(...page.rows.map((r) => r.id));
      }
      return seen;
    };
    const byArticle = (elsewhere: 'any' | 'judged' | 'speaker', extra: ClaimListQuery['filters'] = {}): ClaimListQuery =>
      ({ filters: { articleId: a.articleId, elsewhere, ...extra }, sort: 'article', dir: 'asc', cursor: null });
    expect(await every(byArticle('any'))).toEqual(of(0, 2, 3, 5));
    expect(await every(byArticle('judged'))).toEqual(of(2));
    expect(await every(byArticle('speaker'))).toEqual(of(5));
    for (const sort of ['updated', 'article', 'speaker', 'status'] as ClaimSort[]) {
      for (const dir of ['asc', 'desc'] as SortDir[]) {
        for (const filters of [{ elsewhere: 'any' as const }, { elsewhere: 'any' as const, status: 'unreviewed' as const }]) {
          const q: ClaimListQuery = { filters: { articleId: a.articleId, ...filters }, sort, dir, cursor: null };
          const all = await every(q);
          expect(all.slice().sort((x, y) => x! - y!)).toEqual(of(0, 2, 3, 5));
          expect(await paged(q)).toEqual(all);
        }
      }
    }
    // a walk of two claims finds one and says it went no further; one of all seven says nothing
    expect(await loadClaimListPage(db, byArticle('any'), 50, undefined, undefined, 2)).toMatchObject({ rows: [{ id: a.claimIds[0] }], walkedOnly: 2 });
    expect(await loadClaimListPage(db, byArticle('any'), 50, undefined, undefined, 7)).toMatchObject({ rows: of(0, 2, 3, 5).map((id) => ({ id })), walkedOnly: null, walkedTo: null });
    // walks of two going on, each from the last claim the one before walked, find them all in every order and stop
    // where they run out
    const walkOn = async (start: ClaimListQuery) => {
      const found: number[] = [];
      let walks = 0;
      for (let q = start; ; walks++) {
        const page = await loadClaimListPage(db, q, 50, undefined, undefined, 2);
        found.push(...page.rows.map((r) => r.id));
        if (!page.walkedTo) return { found, walks: walks + 1 };
        q = { ...q, cursor: { after: page.walkedTo } };
      }
    };
    expect(await walkOn(byArticle('any'))).toEqual({ found: of(0, 2, 3, 5), walks: 4 });
    for (const sort of ['updated', 'speaker', 'status'] as ClaimSort[]) {
      for (const dir of ['asc', 'desc'] as SortDir[]) {
        const q: ClaimListQuery = { ...byArticle('any'), sort, dir };
        expect((await walkOn(q)).found).toEqual(await every(q));
      }
    }
  });

  test('when sorted by speaker, then names come in order with the id breaking ties', async () => {
    const rows = (await listClaims(db, query({}, 'speaker', 'asc'), 50)).rows;
    expect(rows.map((r) => r.speaker_name)).toEqual([...Array(4).fill(`Anna ${tag}`), ...Array(3).fill(`Boris ${tag}`)]);
  });

  test('when claims are inserted, change status and are deleted, then the kept counters match a full count', async () => {
    const extra = await insertArticleWithClaims(db, reviewer, '"one" "two"', [{ quote: 'one' }, { quote: 'two', status: 'disputed' }]);
    await db('claims').where({ id: extra.claimIds[0] }).update({ status: 'needs_translation_review' });
    await db('claims').where({ id: extra.claimIds[1] }).update({ status: 'verified' });
    await db('claims').where({ id: extra.claimIds[1] }).delete();
    // One snapshot for both sides: other test files write claims concurrently.
    await db.transaction(async (trx) => {
      await trx.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const kept = await countClaimsByStatus(trx);
      const truth: { status: string; n: number | string }[] = await trx('claims').select('status').count({ n: '*' }).groupBy('status');
      const expected = { unreviewed: 0, verified: 0, disputed: 0, needs_translation_review: 0, ...Object.fromEntries(truth.map((r) => [r.status, Number(r.n)])) };
      expect(kept).toEqual(expected);
    });
  });

  test('when the planner estimates a filtered count, then it is a whole number with what reading the claims costs, and needs no scan', async () => {
    const planned = await planMatching(db, { articleId, status: 'unreviewed' });
    expect(Number.isInteger(planned.rows)).toBe(true);
    expect(planned.rows).toBeGreaterThanOrEqual(1);
    expect(planned.cost).toBeGreaterThan(0);
  });

  test('when a filter’s claims are counted, then they are counted as the page finds them, up to one past the cap', async () => {
    const words = (q: string) => readSearch(db, q, 2000);
    expect(await countMatching(db, { articleId }, null, 50)).toBe(7);
    expect(await countMatching(db, { articleId, assigneeId: null, source: 'Agency Two' }, null, 50)).toBe(4);
    expect(await countMatching(db, { articleId, q: `harvests ${tag}` }, await words(`harvests ${tag}`), 50)).toBe(3);
    expect(await countMatching(db, { articleId, q: `harvests -alpha ${tag}` }, await words(`harvests -alpha ${tag}`), 50)).toBe(2);
    // past the cap, one more than it and no further
    expect(await countMatching(db, { articleId }, null, 3)).toBe(4);
    // a quoted phrase is held to each claim's text: not counted
    expect(await countMatching(db, { articleId, q: `"delta harvests"` }, await words(`"delta harvests"`), 50)).toBeNull();
  });
});
