import fc from 'fast-check';
import { extract } from '../../../server/extraction';

/** Text built from the pieces that make extraction hard: every mark glyph, line breaks, cues and clutter. */
const piece = fc.constantFrom(
  '"', '“', '”', '„', '«', '»', '‘', '’', "'", "''", '\n', '\n\n', '\n\n\n\n', ' ', '.', ',', ':', '<a href="x">', '</a>',
  'he said', 'Read also', 'Source: lenouvel', 'The minister', 'saying,', 'We will win', '2024-05-01', '©', '—',
);
const articleLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(articleLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

describe('extraction engine properties', () => {
  it('when given any string, then it never throws and every span lies inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = extract({ text });
        for (const c of result.claims) {
          expect(0 <= c.start && c.start <= c.end && c.end <= text.length).toBe(true);
          expect(c.text).toBe(text.slice(c.start, c.end));
          for (const s of [c.mention, c.cueSpan, c.sourceSpan]) {
            if (s) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
          }
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
        for (const b of result.boilerplate) expect(0 <= b.start && b.start <= b.end && b.end <= text.length).toBe(true);
      }),
      // why: strings fast-check once found to throw (a possessive word at the very end of the text)
      { numRuns: 1500, examples: [[',Bs’'], ["0 A-S'"]] },
    );
  });

  it('when the same text is extracted twice, then the output is identical', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(extract({ text }))).toBe(JSON.stringify(extract({ text })));
      }),
      { numRuns: 500 },
    );
  });

  it('when a quotation is found, then no claim lies inside site clutter', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const result = extract({ text });
        for (const c of result.claims) {
          if (c.end > c.start) expect(result.boilerplate.some((b) => c.start >= b.start && c.end <= b.end)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('when a sentence runs on without a stop from a paragraph into a clutter line, then no reported claim comes from it', () => {
    // A counterexample the long fuzzing run shrank to: "Peace we are," has no stop, and "We. the" does not end a
    // sentence, so one sentence ran from the article into "Read also: …" and its that-clause became a claim.
    const text = 'We.\n\nPeace we are,\n\nRead also: We. the Ministry of Defence said that We. ';
    const result = extract({ text });
    expect(result.boilerplate).toEqual([{ start: 20, end: 73 }]);
    expect(result.claims).toEqual([]);
  });
});
