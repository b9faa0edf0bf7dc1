import { countClaimsByStatus, estimateMatching, listClaims, phrasePairs, requiredPhrases } from '../../server/claims/list-repository';
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
        for (const budget of [2, 3]) expect(await listClaims(db, search, 1, budget)).toEqual(walked);
        if (walked.rows[0]) {
          const next = { ...search, cursor: { after: walked.rows[0].sort_key } };
          expect(await listClaims(db, next, 1, 2)).toEqual(await listClaims(db, next, 1));
        }
      }
    }
  });

  test('when a rare phrase outruns its walk, then the claims holding its words side by side give the same pages as the text', async () => {
    const quotes = [`held accountable ${tag}`, `accountable held ${tag}`, `they will be held accountable for it ${tag}`, `a well-known O'Brien said ${tag}`,
      `held to account ${tag}`, `held, accountable ${tag}`, `nothing here ${tag}`];
    const body = quotes.map((q) => `"${q}" said someone.`).join('\n\n');
    const phrases = await insertArticleWithClaims(db, reviewer, body, quotes.map((q, i) => ({ quote: q, speaker: i === 6 ? `Maria Lopez ${tag}` : null })));
    for (const [i, id] of phrases.claimIds.entries()) await db('claims').where({ id }).update({ updated_at: db.raw(`now() - interval '${i} seconds'`) });
    const searches = ['"held accountable"', '"accountable held"', `"held accountable" ${tag}`, `"well-known O'Brien"`, '"held to account"', '"maria lopez"',
      '"held accountable" OR "held to account"', `${tag} -"held accountable"`, '"be held accountable for"'];
    for (const q of searches) {
      const truth: { id: number }[] = await db('claims').select('id').where({ article_id: phrases.articleId })
        .whereRaw("search @@ websearch_to_tsquery('english', ?)", [q]).orderBy('id');
      for (const sort of ['updated', 'article'] as ClaimSort[]) {
        for (const dir of ['asc', 'desc'] as SortDir[]) {
          const search: ClaimListQuery = { filters: { articleId: phrases.articleId, q }, sort, dir, cursor: null };
          const walked = await listClaims(db, search, 50);
          expect(walked.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(truth.map((r) => Number(r.id)));
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
      .toEqual([phrases.claimIds[0], phrases.claimIds[2], phrases.claimIds[5]]);
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

  test('when a search has quoted phrases, then only phrases every match must hold give word pairs', async () => {
    expect(requiredPhrases('"held accountable" sanctions')).toEqual(['held accountable']);
    expect(requiredPhrases('"held accountable" or "peace talks"')).toEqual([]);
    expect(requiredPhrases('talks -"held accountable"')).toEqual([]);
    expect(requiredPhrases('"single" "two words"')).toEqual(['two words']);
    expect(requiredPhrases('"unclosed phrase')).toEqual([]);
    expect(await phrasePairs(db, '"held accountable" "peace talks"')).toEqual(['held account', 'peac talk']);
    expect(await phrasePairs(db, '"held to account"')).toEqual([]);
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

  test('when the planner estimates a filtered count, then it is a whole number and needs no scan', async () => {
    const estimate = await estimateMatching(db, { articleId, status: 'unreviewed' });
    expect(Number.isInteger(estimate)).toBe(true);
    expect(estimate).toBeGreaterThanOrEqual(1);
  });
});
