import { readsPairsFirst } from '../../server/claims/list-repository';

describe('readsPairsFirst', () => {
  const page = { limit: 50, searchWalk: 4000 };

  it('when a phrase is rare among many claims, then its candidates are read at once: a walk would not fill the page', () => {
    expect(readsPairsFirst({ candidates: 1381, claims: 1_000_000 }, page, 2000)).toBe(true);
    expect(readsPairsFirst({ candidates: 0, claims: 1_000_000 }, page, 2000)).toBe(true);
  });

  it('when a phrase is common in a small table, then the walk goes first: it fills the page after a few hundred rows', () => {
    // 1,500 of 10,000 claims: a page after about 340 walked rows, against 1,500 candidates at three rows each
    expect(readsPairsFirst({ candidates: 1500, claims: 10_000 }, page, 2000)).toBe(false);
    // 300 of 10,000: about 1,700 walked rows against 900
    expect(readsPairsFirst({ candidates: 300, claims: 10_000 }, page, 2000)).toBe(true);
  });

  it('when more claims hold the pairs than may be read at once, then the walk goes first whatever the table', () => {
    expect(readsPairsFirst({ candidates: 2001, claims: 1_000_000 }, page, 2000)).toBe(false);
    expect(readsPairsFirst({ candidates: 5, claims: 1_000_000 }, page, 0)).toBe(false);
  });
});

describe('readsPairsFirst, for a phrase of stop words alone', () => {
  const page = { limit: 50, searchWalk: 4000 };

  it('when every walked row would be tested by its text, then more candidates are read at once than for words the index keeps', () => {
    // "we will" in 3,701 of a million claims: a walk of 4,000 would not fill the page, and each of its rows costs eight
    expect(readsPairsFirst({ candidates: 3701, claims: 1_000_000, walkCost: 8 }, page, 2000)).toBe(true);
    expect(readsPairsFirst({ candidates: 3701, claims: 1_000_000 }, page, 2000)).toBe(false);
    // common enough that the walk fills the page first
    expect(readsPairsFirst({ candidates: 16_001, claims: 1_000_000, walkCost: 8 }, page, 2000)).toBe(false);
    expect(readsPairsFirst({ candidates: 1500, claims: 10_000, walkCost: 8 }, page, 2000)).toBe(false);
  });
});
