import { parseSearch, requiredPhrases, searchable } from '../../server/claims/list-search';

describe('parseSearch', () => {
  it('when a search has words and phrases, then the phrases are kept word for word and the words go to the text index with them', () => {
    expect(parseSearch('"not the leader" sanctions')).toEqual([{ words: '"not the leader" sanctions', phrases: ['not the leader'], excluded: [] }]);
  });

  it('when a phrase is excluded, then it is left out of what the text index is asked, whose words a match may well hold', () => {
    expect(parseSearch('leader -"not the leader" -army')).toEqual([{ words: 'leader -army', phrases: [], excluded: ['not the leader'] }]);
  });

  it('when a search has alternatives, then each is a group of its own, "or" in any case', () => {
    expect(parseSearch('"we will" OR talks or "peace talks"')).toEqual([
      { words: '"we will"', phrases: ['we will'], excluded: [] },
      { words: 'talks', phrases: [], excluded: [] },
      { words: '"peace talks"', phrases: ['peace talks'], excluded: [] },
    ]);
    expect(requiredPhrases('"we will" OR talks')).toEqual([]);
  });

  it('when a phrase is typed with a phone’s quotation marks or left open, then it is a phrase all the same', () => {
    expect(parseSearch('“we will” win')[0]!.phrases).toEqual(['we will']);
    expect(parseSearch('win "we will')[0]!.phrases).toEqual(['we will']);
  });

  it('when a phrase has no letter or digit, then it is no phrase, as websearch_to_tsquery finds no word in it', () => {
    expect(parseSearch('"..." talks')).toEqual([{ words: 'talks', phrases: [], excluded: [] }]);
    expect(parseSearch('or')).toEqual([]);
  });

  it('when a group holds a run of more minus signs than websearch_to_tsquery can stack, then its words carry what the run amounts to', () => {
    expect(parseSearch(`talks ${'- '.repeat(40)}"we will" ${'-'.repeat(41)}army`)).toEqual([{ words: 'talks  "we will"  -army', phrases: ['we will'], excluded: [] }]);
  });
});

describe('searchable', () => {
  it('when a run of minus signs is longer than 30, then it becomes one minus sign when odd and none when even, whatever lies between them', () => {
    expect(searchable(`${'-'.repeat(50)}pier`)).toBe(' pier');
    expect(searchable(`pier ${'-'.repeat(31)}army`)).toBe('pier  -army');
    expect(searchable(`pier ${'- !&|()<'.repeat(33)}"we will"`)).toBe('pier  -"we will"');
  });

  it('when a run is 30 long or less, or the minus signs are inside a word or a phrase, then the search is left as typed', () => {
    for (const q of [`${'-'.repeat(30)}pier`, `x or y ${'- '.repeat(30)}z`, `co${'-'.repeat(60)}op`, `"${'-'.repeat(60)}"`, `x ${'-'.repeat(60)}`, '-"not the leader" -army']) {
      expect(searchable(q)).toBe(q);
    }
  });

  it('when a search is made searchable twice, then the second time changes nothing', () => {
    const q = `a ${'-'.repeat(45)} b "${'-'.repeat(40)}" ${'-'.repeat(32)}c`;
    expect(searchable(searchable(q))).toBe(searchable(q));
  });
});
