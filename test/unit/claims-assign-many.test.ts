import { assignManyNotices } from '../../server/claims/assign-many';
import { parseAssignMany } from '../../server/claims/inputs';

describe('assignManyNotices', () => {
  const none = { ok: true as const, assigned: [], alreadySo: [], changed: [], removed: [] };

  it('when claims were assigned and some were so already, then one notice says both, to a name or to you', () => {
    expect(assignManyNotices({ ...none, assigned: [1, 2, 3], alreadySo: [4] }, 'Rita Moreno')).toEqual([
      { type: 'success', message: '3 claims assigned to Rita Moreno. 1 claim was assigned to Rita Moreno already.' }]);
    expect(assignManyNotices({ ...none, alreadySo: [4, 5] }, 'you')).toEqual([{ type: 'info', message: '2 claims were assigned to you already.' }]);
    expect(assignManyNotices({ ...none, assigned: [7] }, null)).toEqual([{ type: 'success', message: '1 claim taken out of every queue.' }]);
  });

  it('when claims changed or were removed after the list was shown, then each kind is named by number, apart', () => {
    expect(assignManyNotices({ ...none, changed: [3, 8, 12], removed: [5] }, 'you')).toEqual([
      { type: 'error', message: 'Claims 3, 8 and 12 changed after the list was shown, so they were left as they are: open them to see what changed, and assign again if still wanted.' },
      { type: 'info', message: 'Claim 5 was removed by an editor meanwhile.' },
    ]);
  });
});

describe('parseAssignMany', () => {
  it('when a claim is ticked twice, then it counts once, on the version first given', () => {
    expect(parseAssignMany({ claim: ['4:2', '9:1', '4:3'], assignee: '12', back: '/claims?status=unreviewed' }, 100)).toEqual({
      input: { claims: [{ id: 4, version: 2 }, { id: 9, version: 1 }], assignee: 12, back: '/claims?status=unreviewed' }, problem: null, back: '/claims?status=unreviewed' });
  });

  it('when the limit is reached exactly, then the ticks are taken; one more and they are refused', () => {
    const ticks = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}:1`);
    expect(parseAssignMany({ claim: ticks(3), assignee: 'me' }, 3).input?.claims).toHaveLength(3);
    expect(parseAssignMany({ claim: ticks(4), assignee: 'me' }, 3)).toMatchObject({ input: null, problem: 'Tick at most 3 claims at a time (4 were ticked): nothing was changed.' });
  });

  it.each(['https://elsewhere.example/claims', '//elsewhere.example', '/claims#top', '/claims?a=1 b', '/claims\\@x', '/queue', '/claimsx', 'x'.repeat(3000)])(
    'when the page to go back to is %p, then it is the claims list',
    (back) => {
      expect(parseAssignMany({ claim: '1:1', assignee: 'me', back }, 100).back).toBe('/claims');
    },
  );
});
