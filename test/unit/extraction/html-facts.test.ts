import fc from 'fast-check';
import { attributes, readHtmlFacts } from '../../../server/extraction/text/html';

/** What a meta tag's attributes mean, written as one expression: the specification the linear reader must agree with
 * (on short tags only: on a long name that no sign follows, this expression reads the name again from each letter). */
const SPEC = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function specAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(SPEC)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
  return out;
}

describe('readHtmlFacts', () => {
  it('when attributes are quoted either way, spaced around their sign or preceded by bare names, then each is read', () => {
    expect(readHtmlFacts(`<meta data-x property = 'og:site_name' content="Nordblatt">`).outlet).toBe('Nordblatt');
    expect(readHtmlFacts('<meta PROPERTY="og:site_name" content=\'Le Monde\'>').outlet).toBe('Le Monde');
    // a value whose quote never closes is no value: the reading goes on inside it, as far as the tag's end
    expect(readHtmlFacts('<meta property="og:site_name" content="unclosed content=\'Kathimerini\'>').outlet).toBe('Kathimerini');
    // an unquoted value is passed over
    expect(readHtmlFacts('<meta property=og:site_name content="Nordblatt">').outlet).toBeNull();
  });

  it('on any tag built from names, signs, quotes and spaces, then the attributes read are the ones the specification reads', () => {
    const name = fc.constantFrom('property', 'Content', 'og:site_name', 'x', 'a-b.c', ':n', '9', '-');
    const space = fc.constantFrom('', ' ', '\n', '  ');
    const value = fc.constantFrom('"v"', "'w'", '"', "'", '"a\'b"', 'bare', '""');
    const attribute = fc.tuple(name, space, fc.constantFrom('=', ''), space, value).map((parts) => parts.join(''));
    const piece = fc.oneof(attribute, attribute, name, space, value, fc.constantFrom('=', '.', ':'));
    let read = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const tag = `<meta ${pieces.join('')}`;
      const spec = specAttributes(tag);
      read += spec.size;
      expect([...attributes(tag)]).toEqual([...spec]);
    }), { numRuns: 3000 });
    // (the generated tags hold attributes, not only text that holds none)
    expect(read).toBeGreaterThan(1000);
  });
});
