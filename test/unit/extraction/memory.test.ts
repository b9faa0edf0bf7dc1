import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extract } from '../../../server/extraction';

// A full collection on demand: the flag exposes `gc` to contexts made after it is set.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** The heap in use once everything unreachable is collected, in MB. */
function liveMb(): number {
  collect();
  collect();
  return getHeapStatistics().used_heap_size / (1 << 20);
}

const SMALL = 'The council met on Monday.';

describe('extraction engine memory between articles', () => {
  it('when a large article is followed by a small one, then the large one’s text and tokens are no longer held', () => {
    // quotations a description attributes, the words of every quotation the same: the vocabulary stays small, and
    // every per-article look-up (venues, "by", interviews) runs on the large article
    const large = '“We go – said the mayor of the town – now” she told the agency by phone in an interview. '.repeat(8000);
    extract({ text: SMALL });
    const before = liveMb();
    expect(extract({ text: large }).claims.length).toBeGreaterThan(8000);
    extract({ text: SMALL });
    const after = liveMb();
    // the large article's view (its tokens and per-token tables) is over 20 MB; what stays is its text (1.4 MB, held
    // here by `large`), the code compiled for it and the heap's slack, about 5 MB in all
    expect(after - before).toBeLessThan(10);
  });
});
