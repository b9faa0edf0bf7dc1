import { highlightArticle, paragraphs, touchesClutter } from '../../server/articles/highlight';

const claim = (id: number, body: string, quote: string, extra: Partial<{ status: string; speaker: string }> = {}) => {
  const start = body.indexOf(quote);
  return { id, number: id, start, end: start + quote.length, status: 'unreviewed', speaker: 'Ann Lee', ...extra };
};

describe('article highlighting', () => {
  it('when the body has blank lines, then paragraphs are cut there with exact offsets', () => {
    const body = 'One.\n\n  Two\nstill two.\n\n\n\nThree.';
    expect(paragraphs(body).map((p) => body.slice(p.start, p.end))).toEqual(['One.', 'Two\nstill two.', 'Three.']);
  });

  it('when claims sit inside paragraphs, then each is one marked piece between the plain text around it', () => {
    const body = 'Intro.\n\nShe said "we will win" and "we will stay" today.';
    const out = highlightArticle(body, [claim(1, body, 'we will win'), claim(2, body, 'we will stay', { status: 'verified' })], []);
    expect(out[1]!.pieces.map((p) => [p.text, p.claim?.id ?? null, p.last ?? null])).toEqual([
      ['She said "', null, null], ['we will win', 1, true], ['" and "', null, null], ['we will stay', 2, true], ['" today.', null, null],
    ]);
    expect(out[1]!.pieces.map((p) => p.text).join('')).toBe(body.slice(8));
  });

  it('when a quote runs over a paragraph break, then it is marked in both paragraphs and labelled once at its end', () => {
    const body = '"First half\n\nsecond half," he said.';
    const out = highlightArticle(body, [{ ...claim(7, body, 'First half'), end: body.indexOf(',') }], []);
    expect(out.map((p) => p.pieces.filter((x) => x.claim).map((x) => [x.text, x.last]))).toEqual([[['First half', false]], [['second half', true]]]);
  });

  it('when claims overlap, then the later one is not marked twice', () => {
    const body = 'He said "a b c d".';
    const out = highlightArticle(body, [claim(1, body, 'a b c'), claim(2, body, 'b c d')], []);
    expect(out[0]!.pieces.filter((p) => p.claim).map((p) => p.claim!.id)).toEqual([1]);
  });

  it('when a reported claim holds a quoted phrase, then the phrase is marked and the claim around it is listed only', () => {
    const body = 'She declared that the request will be analysed "with priority" by her office.';
    const reported = claim(1, body, 'the request will be analysed "with priority" by her office');
    const out = highlightArticle(body, [reported, claim(2, body, 'with priority')], []);
    expect(out[0]!.pieces.filter((p) => p.claim).map((p) => p.claim!.id)).toEqual([2]);
    // the same two claims in either order, and two claims on the same words keep the first
    expect(highlightArticle(body, [claim(2, body, 'with priority'), reported], [])[0]!.pieces.filter((p) => p.claim).map((p) => p.claim!.id)).toEqual([2]);
    expect(highlightArticle(body, [claim(3, body, 'with priority'), claim(2, body, 'with priority')], [])[0]!.pieces.filter((p) => p.claim).map((p) => p.claim!.id)).toEqual([3]);
  });

  it('when a paragraph is site clutter, then it is flagged as boilerplate', () => {
    const body = 'Read also: other news\n\nThe story.';
    const out = highlightArticle(body, [], [{ start: 0, end: 21 }]);
    expect(out.map((p) => p.boilerplate)).toEqual([true, false]);
  });

  it('when words lie in or run into a paragraph the page shows as clutter, then they touch clutter; words of a paragraph a span only grazes do not', () => {
    const body = 'The story, “in full.”\n\nRead also: “other news” here';
    const clutter = [{ start: body.indexOf('Read'), end: body.length }];
    const at = (words: string) => ({ start: body.indexOf(words), end: body.indexOf(words) + words.length });
    expect(touchesClutter(body, clutter, at('other news'))).toBe(true);
    expect(touchesClutter(body, clutter, at('in full.”\n\nRead'))).toBe(true);
    expect(touchesClutter(body, clutter, at('in full.'))).toBe(false);
    expect(touchesClutter(body, [{ start: 0, end: 3 }], at('in full.'))).toBe(false);
  });
});
