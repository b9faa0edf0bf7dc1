import { walkedNotice } from '../../server/claims/list-page';

describe('what a list filtered by the words elsewhere says when its walk ran out', () => {
  test('how far it looked, from the start, onwards or back, and that Next looks further when it can', () => {
    expect(walkedNotice(20000, 'first', true)).toBe('Only the first 20,000 claims in this order were looked at for words other claims hold: '
      + 'Next looks at the 20,000 after them; another filter (a status, an assignee, an article) narrows what is looked at, and the download holds them all.');
    expect(walkedNotice(20000, 'next', true)).toMatch(/^Only the next 20,000 claims in this order were looked at/);
    // walking back through pages, no page follows the walk's end to offer
    expect(walkedNotice(20000, 'previous', false)).toBe('Only the previous 20,000 claims in this order were looked at for words other claims hold: '
      + 'another filter (a status, an assignee, an article) narrows what is looked at, and the download holds them all.');
  });
});
