import fc from 'fast-check';
import { extract } from '../../../server/extraction';
import { articleText } from '../../../bench/lib/article-arbitraries';
import { tally } from './property-tally';

/** Text built from the pieces that make extraction hard: every mark glyph, line breaks, cues and clutter. */
const piece = fc.constantFrom(
  '"', '“', '”', '„', '«', '»', '‘', '’', "'", "''", '\n', '\n\n', '\n\n\n\n', ' ', '.', ',', ':', '<a href="x">', '</a>',
  'he said', 'Read also', 'Source: lenouvel', 'The minister', 'saying,', 'We will win', '2024-05-01', '©', '—',
);
const articleLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(articleLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));
/**
 * The inputs above seldom make a claim with a speaker or site clutter next to a claim; news-like articles (quotations
 * attributed in the usual constructions, damaged by scrapers, between clutter lines) make them in most runs.
 */
const withArticles = (arb: fc.Arbitrary<string>, articleWeight: number) =>
  fc.oneof({ weight: 4 - articleWeight, arbitrary: arb }, { weight: articleWeight, arbitrary: articleText });

describe('extraction engine properties', () => {
  it('when given any string, then it never throws and every span lies inside the text', () => {
    const seen = tally();
    fc.assert(
      fc.property(withArticles(anyText, 1), (text) => {
        const result = extract({ text });
        seen.run({
          claim: result.claims.length > 0,
          mention: result.claims.some((c) => c.mention),
          cue: result.claims.some((c) => c.cueSpan),
          clutter: result.boilerplate.length > 0,
        });
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
      // why: strings fast-check once found to throw (a possessive word at the very end of the text; a dash credit whose
      // name ends the text)
      { numRuns: 1500, examples: [[',Bs’'], ["0 A-S'"], ['"0"—B B']] },
    );
    // the spans checked above were there to check in a good share of the runs (about 0.33, 0.25, 0.24 and 0.12 of them)
    expect(seen.below({ claim: 0.1, mention: 0.05, cue: 0.05, clutter: 0.05 })).toEqual({});
  }, 60_000);

  it('when the same text is extracted twice, then the output is identical', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(extract({ text }))).toBe(JSON.stringify(extract({ text })));
      }),
      { numRuns: 500 },
    );
  });

  it('when a quotation is found, then no claim lies inside site clutter', () => {
    const seen = tally();
    fc.assert(
      fc.property(withArticles(articleLike, 2), (text) => {
        const result = extract({ text });
        seen.run({ 'claim beside clutter': result.claims.some((c) => c.end > c.start) && result.boilerplate.length > 0 });
        for (const c of result.claims) {
          if (c.end > c.start) expect(result.boilerplate.some((b) => c.start >= b.start && c.end <= b.end)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
    // the property had both a claim and clutter to compare in a good share of the runs (about 0.2 of them; from the
    // pieces alone, about 3 runs in 1000)
    expect(seen.below({ 'claim beside clutter': 0.05 })).toEqual({});
  }, 60_000);

  it('when a sentence runs on without a stop from a paragraph into a clutter line, then no reported claim comes from it', () => {
    // A counterexample the long fuzzing run shrank to: "Peace we are," has no stop, and "We. the" does not end a
    // sentence, so one sentence ran from the article into "Read also: …" and its that-clause became a claim.
    const text = 'We.\n\nPeace we are,\n\nRead also: We. the Ministry of Defence said that We. ';
    const result = extract({ text });
    expect(result.boilerplate).toEqual([{ start: 20, end: 73 }]);
    expect(result.claims).toEqual([]);
  });

  it('when the text opens on a comma before a name, then nothing throws', () => {
    // A counterexample the property run above found: a comma opening the text was read as closing a fronted phrase,
    // and the phrase's start was looked for before the first token.
    expect(() => extract({ text: ',B B,' })).not.toThrow();
    expect(() => extract({ text: ', Ana Ruiz, said it.' })).not.toThrow();
  });

  it('when the article\'s first mention is a pronoun after a comma, then nothing throws', () => {
    // A counterexample the property run above found: the pronoun that repeats a subject across an apposition looked at
    // the mention before the first one.
    const text = 'Election.\n\nElection people never the the sanctions deal, Our country, he said. ';
    expect(() => extract({ text })).not.toThrow();
    expect(extract({ text }).claims).toHaveLength(1);
  });

  it('when a sentence opened by its source holds a quotation and a verb reports a clause after it, then no claim ends before it starts', () => {
    // A counterexample the long fuzzing run shrank to: the claim of "According to the minister, …" ends before the
    // quotation, and the that-clause after "said that" was read with that end, a span running backwards.
    const text = 'We.\n\n\n\nWe.\n\n(?: According to the minister, Never country army,\n\n\nWe we we.\n \nthe Ministry of Defence said that We we. \n\nWe.\n\n';
    const result = extract({ text });
    expect(result.claims.length).toBeGreaterThan(0);
    for (const c of result.claims) expect(c.end).toBeGreaterThan(c.start);
  });
});
