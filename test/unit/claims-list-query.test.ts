import { decodeCursor, encodeCursor, parseClaimListQuery } from '../../server/claims/list-query';

describe('parseClaimListQuery', () => {
  test('when every filter is valid, then each is kept and "me" becomes the signed-in user', () => {
    const { query, messages } = parseClaimListQuery(
      { status: 'disputed', attribution: 'corrected', speaker: '7', article: '3', assignee: 'me', source: ' AFP ', q: 'sanctions', sort: 'speaker', dir: 'desc' },
      42,
    );
    expect(messages).toEqual([]);
    expect(query).toEqual({
      filters: { status: 'disputed', attribution: 'corrected', speakerId: 7, articleId: 3, assigneeId: 42, source: 'AFP', q: 'sanctions' },
      sort: 'speaker',
      dir: 'desc',
      cursor: null,
    });
  });

  test('when values are malformed, then they are ignored with one message each and defaults apply', () => {
    const { query, messages } = parseClaimListQuery({ status: 'bogus', speaker: "1' OR 1=1", sort: ['nope'], assignee: 'nobody', article: '0' }, 1);
    expect(query.filters).toEqual({ assigneeId: null });
    expect(query.sort).toBe('updated');
    expect(query.dir).toBe('desc');
    expect(messages).toHaveLength(4);
  });

  test('when the search is an empty phrase or only quotation marks, then it is ignored as a search of spaces is; a phrase with words is kept', () => {
    for (const q of [' ', '""', '" "', '"', '""  ""', '“ ”', "' '", '«»']) {
      const { query, messages } = parseClaimListQuery({ q }, 1);
      expect({ q, search: query.filters.q, messages: messages.length }).toEqual({ q, search: undefined, messages: 1 });
    }
    expect(parseClaimListQuery({ q: ' "" sanctions ' }, 1).query.filters.q).toBe('"" sanctions');
    expect(parseClaimListQuery({ q: '"held accountable"' }, 1).query.filters.q).toBe('"held accountable"');
    expect(parseClaimListQuery({ q: "l'État" }, 1).query.filters.q).toBe("l'État");
  });

  test('when the search has no letter or digit (minus signs, operators), then it is ignored saying so; a long run of minus signs before a word is searched as it amounts to', () => {
    for (const q of ['-'.repeat(50), '!&|', '- - -', '…']) {
      const { query, messages } = parseClaimListQuery({ q }, 1);
      expect({ q, search: query.filters.q, messages }).toEqual({ q, search: undefined, messages: [`Ignored the search “${q}”: it holds no letter or digit, no word to search for.`] });
    }
    expect(parseClaimListQuery({ q: `${'-'.repeat(51)} pier` }, 1).query.filters.q).toBe('-pier');
    expect(parseClaimListQuery({ q: `co-op ${'-'.repeat(30)}pier` }, 1).query.filters.q).toBe(`co-op ${'-'.repeat(30)}pier`);
  });

    test('when a cursor was made for another sort or tampered with, then it is refused and the first page shows', () => {
    const updatedCursor = encodeCursor(['2026-11-29T07:00:00.123456+00:00', '15']);
    expect(decodeCursor(updatedCursor, 'updated')).toEqual(['2026-11-29T07:00:00.123456+00:00', '15']);
    expect(decodeCursor(updatedCursor, 'article')).toBeNull();
    expect(decodeCursor(encodeCursor(['yesterday', '15']), 'updated')).toBeNull();
    expect(decodeCursor('%%%not-base64', 'updated')).toBeNull();
    // shaped like times, on days that do not exist: they had reached the database and failed the page
    // nor a control character anywhere in it
    expect(decodeCursor(encodeCursor(['a\u0000b', '1']), 'speaker')).toBeNull();
    for (const time of ['0000-01-01T00:00:00Z', '2020-02-30T00:00:00Z', '2026-13-45T99:99:99.000Z']) {
      expect(decodeCursor(encodeCursor([time, '15']), 'updated')).toBeNull();
      expect(decodeCursor(encodeCursor(['verified', time, '15']), 'status')).toBeNull();
    }
    const { query, messages } = parseClaimListQuery({ sort: 'status', after: encodeCursor(['deleted', '2026-11-29T07:00:00Z', '1']) }, 1);
    expect(query.cursor).toBeNull();
    expect(messages).toHaveLength(1);
  });

  test('when a previous-page cursor is given, then the query travels backwards from it', () => {
    const before = encodeCursor(['Vladimir Putin', '9']);
    expect(parseClaimListQuery({ sort: 'speaker', before }, 1).query.cursor).toEqual({ before: ['Vladimir Putin', '9'] });
  });
});
