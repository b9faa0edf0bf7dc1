import { locateQuote, quoteOccurrences, typedQuoteKey } from '../../server/claims/quote-text';

const body = 'The mayor spoke first.\n\n“We will rebuild the bridge\nbefore winter,” she said, “and we will\n\nnot wait.” ' +
  'Later: “We will rebuild the bridge” was painted on a wall.';
const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
/** A place found, or null; 'ambiguous' fails the tests that expect a place. */
const at = (...args: Parameters<typeof locateQuote>) => locateQuote(...args) as { start: number; end: number } | null;
const current = span('We will rebuild the bridge\nbefore winter');

describe('finding a typed quote in the article', () => {
  it('when the editor lengthens a quote the scraper broke over lines, then its span covers the words, whatever the spaces', () => {
    // typed on one line with the marks around it; the article breaks it over lines
    const found = at(body, '“We will rebuild the bridge before winter, she said, and we will not wait.”', current);
    expect(found).toBeNull(); // the commas and marks between are the article's, not typed: no such text
    const lengthened = at(body, 'We will rebuild the bridge before winter,” she said, “and we will not wait.', current)!;
    expect(body.slice(lengthened.start, lengthened.end)).toBe('We will rebuild the bridge\nbefore winter,” she said, “and we will\n\nnot wait.');
  });

  it('when the editor shortens it, then the span is that part, the occurrence in the claim’s place winning over an earlier or later one', () => {
    const shortened = at(body, 'We will rebuild the bridge', current)!;
    expect(shortened).toEqual({ start: current.start, end: current.start + 'We will rebuild the bridge'.length });
    // the same words painted on a wall later in the article are another place
    const wall = span('We will rebuild the bridge” was');
    const fromWall = at(body, 'We will rebuild the bridge', { start: wall.start, end: wall.start + 10 })!;
    expect(fromWall.start).toBe(wall.start);
  });

  it('when quotation marks, apostrophes or dashes are typed straight, then they match the article’s curly ones, and offsets stay right', () => {
    const text = 'He said: “It’s over — for now.”';
    const found = at(text, `"It's over - for now."`, { start: 10, end: 20 })!;
    expect(text.slice(found.start, found.end)).toBe('It’s over — for now.');
  });

  it('when the text is not in the article, is only marks and spaces, or lies beyond the search radius, then nothing is found', () => {
    expect(at(body, 'We will rebuild the tunnel', current)).toBeNull();
    expect(at(body, ' “ ” ', current)).toBeNull();
    const far = `${'x '.repeat(6000)}“Far words,” he said.`;
    expect(at(far, 'Far words,', { start: 0, end: 5 }, 1000)).toBeNull();
    expect(at(far, 'Far words,', { start: 0, end: 5 }, 20_000)).not.toBeNull();
  });

  it('when the words occur twice inside the quote, then no place is picked: which part is meant is not said', () => {
    const text = 'He said: “You are not the leader of Russia, but the leader of the world.”';
    const quote = { start: text.indexOf('You'), end: text.indexOf('world.') + 6 };
    expect(locateQuote(text, 'the leader', quote)).toBe('ambiguous');
    expect(at(text, 'the leader of the world', quote)).toEqual({ start: text.indexOf('the leader of the world'), end: text.indexOf('world.') + 5 });
  });

  it('when a name is typed composed and the article stores it decomposed (or the other way), then it is found', () => {
    const decomposed = 'Ahmet Davutog\u0306lu said it.';
    expect(quoteOccurrences(decomposed, 'Davutoğlu said')).toEqual([{ start: 6, end: decomposed.indexOf(' it') }]);
    const composed = 'Ahmet Davutoğlu said it.';
    expect(quoteOccurrences(composed, 'Davutoğlu said'.normalize('NFD'))).toEqual([{ start: 6, end: composed.indexOf(' it') }]);
  });

  it('when typed, a quote is keyed by its words: marks at its ends dropped, spaces collapsed, marks and dashes folded', () => {
    expect(typedQuoteKey('  “Yes,\r\n  we  can —  now”  ')).toBe('Yes, we can - now');
    expect(typedQuoteKey('«»')).toBe('');
  });

  it('when looked for in the whole article, then each place it occurs is found, up to the number asked for', () => {
    expect(quoteOccurrences(body, 'We will rebuild the bridge', 5).map((s) => s.start)).toEqual([current.start, span('We will rebuild the bridge” was').start]);
    expect(quoteOccurrences(body, 'We will rebuild the bridge', 1)).toHaveLength(1);
    const once = quoteOccurrences(body, '"and we will not wait."');
    expect(once.map((s) => body.slice(s.start, s.end))).toEqual(['and we will\n\nnot wait.']);
    expect(quoteOccurrences(body, 'a tunnel')).toEqual([]);
  });
});

describe('finding a typed quote in a long article', () => {
  it('when the article has a million characters, then the whole text is searched in linear time (it had taken 70 s)', () => {
    const body = `${'Paragraph of the report, with nothing quoted in it at all. '.repeat(16_000)}The last words here.`;
    const started = performance.now();
    expect(quoteOccurrences(body, 'The last words here.')).toHaveLength(1);
    // a generous bound: a quadratic search takes minutes here, a linear one well under a second
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
