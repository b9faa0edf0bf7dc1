import { countClaimsByStatus, countMatchingByStatus, listClaims } from '../../server/claims/list-repository';
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

  test('when claims change status, then the kept counters match a full count', async () => {
    const before = await countClaimsByStatus(db);
    await db('claims').where({ id: claimIds[0] }).update({ status: 'needs_translation_review' });
    const after = await countClaimsByStatus(db);
    expect(after.needs_translation_review - before.needs_translation_review).toBe(1);
    expect(after.unreviewed - before.unreviewed).toBe(-1);
    const truth = await db('claims').select('status').count({ n: '*' }).groupBy('status');
    for (const row of truth as { status: keyof typeof after; n: number }[]) expect(after[row.status]).toBe(Number(row.n));
    await db('claims').where({ id: claimIds[0] }).update({ status: 'unreviewed' });
  });

  test('when matching claims are counted, then the count is exact under the cap and flagged above it', async () => {
    expect(await countMatchingByStatus(db, { articleId }, 100)).toEqual({ counts: { unreviewed: 5, disputed: 1, verified: 1 }, total: 7, capped: false });
    expect(await countMatchingByStatus(db, { articleId }, 3)).toMatchObject({ total: 3, capped: true });
  });
});
