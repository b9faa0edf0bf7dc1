import { excerptAround } from '../../server/claims/excerpt';
import { namingSpan } from '../../server/claims/pages';

const body = ['First paragraph, unrelated.', '"We will win,', '" she said, Reuters reported.', 'Last paragraph.'].join('\n\n');
const at = (s: string) => body.indexOf(s);

describe('excerptAround', () => {
  test('when a quote is broken over paragraphs and its speaker named in the next, then the excerpt spans exactly those paragraphs', () => {
    const quote = { start: at('We will'), end: at('We will') + 'We will win,'.length, kind: 'quote' as const };
    const mention = { start: at('she'), end: at('she') + 3, kind: 'mention' as const };
    const { segments, clippedBefore, clippedAfter } = excerptAround(body, [quote, mention]);
    expect(segments.map((s) => s.text).join('')).toBe('"We will win,\n\n" she said, Reuters reported.');
    expect(segments.filter((s) => s.kinds.length > 0)).toEqual([
      { text: 'We will win,', kinds: ['quote'] },
      { text: 'she', kinds: ['mention'] },
    ]);
    expect([clippedBefore, clippedAfter]).toEqual([true, true]);
  });

  test('when highlights overlap, then the overlapping piece carries both kinds', () => {
    const { segments } = excerptAround('abcdef', [{ start: 0, end: 4, kind: 'quote' }, { start: 2, end: 6, kind: 'mention' }]);
    expect(segments).toEqual([
      { text: 'ab', kinds: ['quote'] },
      { text: 'cd', kinds: ['quote', 'mention'] },
      { text: 'ef', kinds: ['mention'] },
    ]);
  });

  test('when a highlight lies outside the text, then it is ignored rather than trusted', () => {
    expect(excerptAround('short', [{ start: 3, end: 99, kind: 'quote' }]).segments).toEqual([]);
    expect(excerptAround('short', [{ start: 0, end: 5, kind: 'quote' }, { start: 9, end: 12, kind: 'source' }]).segments).toEqual([{ text: 'short', kinds: ['quote'] }]);
  });

  test('when the paragraph is huge, then the excerpt is clipped around the highlight', () => {
    const long = 'x'.repeat(10_000) + 'QUOTE' + 'y'.repeat(10_000);
    const { segments, clippedBefore, clippedAfter } = excerptAround(long, [{ start: 10_000, end: 10_005, kind: 'quote' }]);
    const text = segments.map((s) => s.text).join('');
    expect(text.length).toBeLessThan(3100);
    expect(text).toContain('QUOTE');
    expect([clippedBefore, clippedAfter]).toEqual([true, true]);
  });
});

describe('namingSpan', () => {
  const body = 'Ana Ruiz spoke first. Later, Tomas Berg arrived.\n\n“We are ready,” she said. Ruiz left. Ana Ruizova stayed.';
  const at = body.indexOf('she');

  test('when the mention is a pronoun or a description, then the full name nearest before it is where the article names the speaker', () => {
    expect(namingSpan(body, 'Ana Ruiz', 'she', at)).toEqual({ start: 0, end: 8 });
    // the nearest after, when the article names the person only later
    expect(namingSpan(body, 'Tomas Berg', 'the newcomer', 0)).toEqual({ start: body.indexOf('Tomas Berg'), end: body.indexOf('Tomas Berg') + 10 });
  });

  test('when the full name is not written, then the surname as a whole word is; when the mention is the name, then there is nothing to add', () => {
    const text = 'Mayor Ruizova spoke. Ruiz was there too. “We are ready,” she said.';
    expect(namingSpan(text, 'Ana Ruiz', 'she', text.indexOf('she'))).toEqual({ start: text.indexOf('Ruiz was'), end: text.indexOf('Ruiz was') + 4 });
    expect(namingSpan(body, 'Ana Ruiz', 'Ruiz', at)).toBeNull();
    expect(namingSpan(body, 'Luis Lopez', 'he', at)).toBeNull();
    expect(namingSpan(body, null, 'she', at)).toBeNull();
  });
});
