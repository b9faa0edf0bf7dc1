import fc from 'fast-check';
import { attribute } from '../../../server/extraction/attribution';
import type { QuoteCandidate } from '../../../server/extraction/types';
import { documentOf } from './attribution-helpers';

const pieces = ['“', '”', '"', "'", '’', '‘', '«', '»', ' ', '\n\n', ',', '.', ':', 'he', 'She', 'said', 'told', 'the minister', 'according to',
  'Ana Lima', 'Mr.', 'Sen.', 'the', 'a spokesman for the', 'Agency', '(R-TX)', '—', 'that', 'also', 'é', '🙂'];
const textArb = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join('')));

/** Random quote candidates inside the text (any order, possibly overlapping or empty). */
const withQuotes = textArb.chain((text) =>
  fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.boolean()), { maxLength: 12 }).map((pairs) =>
    pairs.map(([a, b, marks]): QuoteCandidate => {
      const start = Math.min(a, b);
      const end = Math.max(a, b);
      return {
        start, end, kind: 'direct', repairs: [], confidence: 1,
        openAt: marks && start > 0 ? start - 1 : -1,
        closeEnd: marks && end < text.length ? end + 1 : -1,
      };
    }))));

const inside = (text: string, s: { start: number; end: number } | null): boolean => !s || (s.start >= 0 && s.start <= s.end && s.end <= text.length);

describe('attribution properties', () => {
  test('when given any text and any quote candidates, then it never throws and every span lies inside the text', () => {
    fc.assert(fc.property(withQuotes, ([text, quotes]) => {
      const r = attribute(documentOf(text), quotes);
      expect(r.attributions).toHaveLength(quotes.length);
      for (const a of r.attributions) if (a) for (const s of [a.mention, a.cueSpan, a.sourceSpan]) expect(inside(text, s)).toBe(true);
      for (const c of r.indirect) expect(inside(text, c) && c.start < c.end).toBe(true);
      const keys = new Set(r.speakers.map((s) => s.key));
      for (const a of [...r.attributions, ...r.indirect.map((c) => c.attribution)]) if (a?.speakerKey) expect(keys.has(a.speakerKey)).toBe(true);
    }), { numRuns: 400 });
  });

  test('when run twice on the same input, then the output is identical', () => {
    fc.assert(fc.property(withQuotes, ([text, quotes]) => {
      expect(attribute(documentOf(text), quotes)).toEqual(attribute(documentOf(text), quotes));
    }), { numRuns: 150 });
  });
});
