import { locateQuote, quoteOccurrences, typedQuoteKey } from '../../server/claims/quote-text';

const body = 'The mayor spoke first.\n\n“We will rebuild the bridge\nbefore winter,” she said, “and we will\n\nnot wait.” ' +
  'Later: “We will rebuild the bridge” was painted on a wall.';
const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
const current = span('We will rebuild the bridge\nbefore winter');

describe('finding a typed quote in the article', () => {
  it('when the editor lengthens a quote the scraper broke over lines, then its span covers the words, whatever the spaces', () => {
    // typed on one line with the marks around it; the article breaks it over lines
    const found = locateQuote(body, '“We will rebuild the bridge before winter, she said, and we will not wait.”', current);
    expect(found).toBeNull(); // the commas and marks between are the article's, not typed: no such text
    const lengthened = locateQuote(body, 'We will rebuild the bridge before winter,” she said, “and we will not wait.', current)!;
    expect(body.slice(lengthened.start, lengthened.end)).toBe('We will rebuild the bridge\nbefore winter,” she said, “and we will\n\nnot wait.');
  });

  it('when the editor shortens it, then the span is that part, the occurrence in the claim’s place winning over an earlier or later one', () => {
    const shortened = locateQuote(body, 'We will rebuild the bridge', current)!;
    expect(shortened).toEqual({ start: current.start, end: current.start + 'We will rebuild the bridge'.length });
    // the same words painted on a wall later in the article are another place
    const wall = span('We will rebuild the bridge” was');
    const fromWall = locateQuote(body, 'We will rebuild the bridge', { start: wall.start, end: wall.start + 10 })!;
    expect(fromWall.start).toBe(wall.start);
  });

  it('when quotation marks, apostrophes or dashes are typed straight, then they match the article’s curly ones, and offsets stay right', () => {
    const text = 'He said: “It’s over — for now.”';
    const found = locateQuote(text, `"It's over - for now."`, { start: 10, end: 20 })!;
    expect(text.slice(found.start, found.end)).toBe('It’s over — for now.');
  });

  it('when the text is not in the article, is only marks and spaces, or lies beyond the search radius, then nothing is found', () => {
    expect(locateQuote(body, 'We will rebuild the tunnel', current)).toBeNull();
    expect(locateQuote(body, ' “ ” ', current)).toBeNull();
    const far = `${'x '.repeat(6000)}“Far words,” he said.`;
    expect(locateQuote(far, 'Far words,', { start: 0, end: 5 }, 1000)).toBeNull();
    expect(locateQuote(far, 'Far words,', { start: 0, end: 5 }, 20_000)).not.toBeNull();
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
