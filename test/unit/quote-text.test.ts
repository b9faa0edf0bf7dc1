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
    const text = 'She said: “You are not the captain of one boat, but the captain of the whole fleet.”';
    const quote = { start: text.indexOf('You'), end: text.indexOf('fleet.') + 6 };
    expect(locateQuote(text, 'the captain', quote)).toBe('ambiguous');
    expect(at(text, 'the captain of the whole fleet', quote)).toEqual({ start: text.indexOf('the captain of the whole fleet'), end: text.indexOf('fleet.') + 5 });
  });

  it('when a name is typed composed and the article stores it decomposed (or the other way), then it is found', () => {
    const decomposed = 'Ahmet Davutog\u0306lu said it.';
    expect(quoteOccurrences(decomposed, 'Davutoğlu said')).toEqual([{ start: 6, end: decomposed.indexOf(' it') }]);
    const composed = 'Ahmet Davutoğlu said it.';
    expect(quoteOccurrences(composed, 'Davutoğlu said'.normalize('NFD'))).toEqual([{ start: 6, end: composed.indexOf(' it') }]);
  });

  it('when typed, a quote is keyed by its words: marks at its ends dropped, spaces kept between words only, marks and dashes folded', () => {
    expect(typedQuoteKey('  “Yes,\r\n  we  can —  now…”  ')).toBe('Yes,we can-now...');
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

describe('finding a typed quote in a scraped article', () => {
  // a scraper left the opening mark on a line of its own and split the paragraph around it
  const scraped = 'The harbour master closed the quay at noon.\n\n“\n\nNo ship leaves tonight,” she told the crews, ' +
    'who had waited since dawn…\u00a0and longer.\r\n\r\n« Nous partons demain », a skipper answered.';
  /** The article's own words at each place the typed quote is found. */
  const found = (text: string, typed: string) => quoteOccurrences(text, typed).map((s) => text.slice(s.start, s.end));

  it('when the editor types the stranded mark against its words, then the span runs from the first typed word to the last, line breaks and all', () => {
    expect(quoteOccurrences(scraped, 'at noon. "No ship leaves tonight,'))
      .toEqual([{ start: scraped.indexOf('at noon.'), end: scraped.indexOf('tonight,') + 'tonight,'.length }]);
    expect(found(scraped, 'at noon. "No ship leaves tonight,')).toEqual(['at noon.\n\n“\n\nNo ship leaves tonight,']);
    const near = at(scraped, 'noon."No ship', { start: scraped.indexOf('No ship'), end: scraped.indexOf('tonight,') + 8 })!;
    expect(scraped.slice(near.start, near.end)).toBe('noon.\n\n“\n\nNo ship');
  });

  it('when the article has no space beside a mark and the editor types one, then it is found all the same', () => {
    const tight = 'She said:“We sail at dawn,”and left.';
    expect(quoteOccurrences(tight, 'said: " We sail at dawn, " and left')).toEqual([{ start: tight.indexOf('said'), end: tight.length - 1 }]);
  });

  it('when words are glued or split where the article has them the other way, then nothing is found: a space between two words counts', () => {
    expect(found(scraped, 'Noship leaves')).toEqual([]);
    expect(found(scraped, 'No ship leaves to night')).toEqual([]);
    expect(found('The quay closed; noship left.', 'no ship left')).toEqual([]);
  });

  it('when a mark or stop inside the quote is left out, then nothing is found: only spaces are forgiven, not punctuation', () => {
    expect(found(scraped, 'at noon. No ship leaves')).toEqual([]);
    expect(found(scraped, 'at noon "No ship leaves')).toEqual([]);
    expect(found(scraped, 'since dawn and longer')).toEqual([]);
  });

  it('when spaces are no-break spaces, tabs or line breaks on either side, then any run of them matches any other', () => {
    expect(found(scraped, 'dawn… and\tlonger.  « Nous')).toEqual(['dawn…\u00a0and longer.\r\n\r\n« Nous']);
    expect(found(scraped, 'No\u00a0ship\r\n\r\nleaves \t tonight')).toEqual(['No ship leaves tonight']);
  });

  it('when an ellipsis is typed as three stops, or the other way, then it matches and the span takes it whole', () => {
    expect(found(scraped, 'waited since dawn...and longer.')).toEqual(['waited since dawn…\u00a0and longer.']);
    expect(found('He paused. "Well... we will see."', 'Well… we will see.')).toEqual(['Well... we will see.']);
    expect(found('He paused. "Well . . . we will see."', 'Well… we')).toEqual(['Well . . . we']);
    // a typed quote ending inside an ellipsis ends after the whole ellipsis, never inside one character
    expect(found(scraped, 'since dawn.')).toEqual(['since dawn…']);
  });

  it('when typed with straight marks, then curly quotation marks, apostrophes and spaced guillemets match, and the other way round', () => {
    expect(found(scraped, '"Nous partons demain",')).toEqual(['Nous partons demain »,']);
    expect(found('He called it “the captain’s call”.', "the captain's call")).toEqual(['the captain’s call']);
    expect(found("He called it 'the captain's call'.", '‘the captain’s call’')).toEqual(["the captain's call"]);
  });

  it('when forgiven spaces make the words occur twice, then the whole-article look-up finds both and the near look-up calls it ambiguous', () => {
    const twice = 'Chant: “Sail!\n\n”\n\nThen again, “Sail!” until dusk.';
    expect(found(twice, 'Sail!" Then')).toEqual(['Sail!\n\n”\n\nThen']);
    expect(quoteOccurrences(twice, 'Sail! "until')).toHaveLength(1);
    expect(found(twice, 'Sail!')).toEqual(['Sail!', 'Sail!']);
    expect(locateQuote(twice, 'Sail!', { start: 0, end: twice.length })).toBe('ambiguous');
    expect(typedQuoteKey('Sail! ” Then')).toBe(typedQuoteKey('Sail!”Then'));
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

  it('when a million characters are scraped lines of stranded marks, spaces and ellipses, then the typed quote is found at its exact place, still in linear time', () => {
    const body = `${'He said:\n\n“\n\nWe wait…\u00a0\u00a0then act,\n\n”\n\n'.repeat(25_000)}Last:\n\n“\n\nWe wait… and go.”`;
    const started = performance.now();
    expect(quoteOccurrences(body, 'Last: "We wait... and go.')).toEqual([{ start: body.lastIndexOf('Last:'), end: body.length - 1 }]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
