import { parseSearch, requiredPhrases } from '../../server/claims/list-search';

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
});
