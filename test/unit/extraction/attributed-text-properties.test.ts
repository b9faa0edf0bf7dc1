import fc from 'fast-check';
import { attribute } from '../../../server/extraction/attribution';
import type { QuoteCandidate, Span } from '../../../server/extraction/types';
import { documentOf, quotesOf } from './attribution-helpers';
import { tally } from './property-tally';

/*
 * The spans and speaker keys of attribution, checked over text written the way articles attribute quotations. Text of
 * random pieces with random quote candidates (attribution-properties.test.ts) almost never gets an attribution, so its
 * checks of attributed spans and keys seldom have anything to check; here most runs have speakers, mentions, cues
 * and indirect claims, and the test fails if they stop having them.
 */
const pieces = ['“', '”', '"', "'", '’', '‘', '«', '»', ' ', '\n\n', ',', '.', ':', 'he', 'She', 'said', 'told', 'the minister', 'according to',
  'Ana Lima', 'Mr.', 'Sen.', 'the', 'a spokesman for the', 'Agency', '(R-TX)', '—', 'that', 'also', 'é', '🙂'];
const who = fc.constantFrom('Ana Lima', 'Mr. Tomas Reyes', 'Sen. Joan Park (R-TX)', 'the minister', 'a spokesman for the Agency', 'he', 'She',
  'Olga Petrova, the mayor,');
const cue = fc.constantFrom('said', 'told reporters', 'added', 'warned', 'says');
const words = fc.array(fc.constantFrom('we', 'will', 'never', 'accept', 'the', 'deal', 'prices', 'are', 'rising', 'not', 'safe', 'é', '🙂'), { minLength: 1, maxLength: 10 })
  .map((w) => w.join(' '));
const sentence = fc.oneof(
  fc.tuple(words, who, cue).map(([s, w, c]) => `“${s},” ${w} ${c}.`),
  fc.tuple(who, cue, words).map(([w, c, s]) => `${w} ${c}: “${s}.”`),
  fc.tuple(words, cue, who).map(([s, c, w]) => `“${s},” ${c} ${w}.`),
  fc.tuple(who, cue, words).map(([w, c, s]) => `${w} ${c} that ${s}.`),
  fc.tuple(words, who).map(([s, w]) => `According to ${w}, ${s}.`),
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')),
);
const attributedText = fc.array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n')), { minLength: 1, maxLength: 12 })
  .map((xs) => xs.map(([s, sep]) => s + sep).join(''));

/** The text's “…” quotations as candidates, and a few random ones among them (possibly overlapping or empty). */
const withQuotes = attributedText.chain((text) =>
  fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 3 }).map((pairs) => [
    ...quotesOf(text),
    ...pairs.map(([a, b]): QuoteCandidate => ({
      start: Math.min(a, b), end: Math.max(a, b), kind: 'direct', repairs: [], confidence: 1, openAt: -1, closeEnd: -1,
    })),
  ])));

const inside = (text: string, s: Span | null): boolean => !s || (s.start >= 0 && s.start <= s.end && s.end <= text.length);

describe('attribution properties over attributed text', () => {
  test('when quotations are attributed as articles do, then every attribution span lies inside the text and every speaker key names a speaker', () => {
    const seen = tally();
    fc.assert(fc.property(withQuotes, ([text, quotes]) => {
      const r = attribute(documentOf(text), quotes);
      const all = [...r.attributions, ...r.indirect.map((c) => c.attribution)];
      seen.run({
        'speaker key': all.some((a) => a?.speakerKey),
        mention: r.attributions.some((a) => a?.mention),
        cue: r.attributions.some((a) => a?.cueSpan),
        indirect: r.indirect.length > 0,
      });
      expect(r.attributions).toHaveLength(quotes.length);
      for (const a of r.attributions) if (a) for (const s of [a.mention, a.cueSpan, a.sourceSpan]) expect(inside(text, s)).toBe(true);
      for (const c of r.indirect) expect(inside(text, c) && c.start < c.end).toBe(true);
      const keys = new Set(r.speakers.map((s) => s.key));
      for (const a of all) if (a?.speakerKey) expect(keys.has(a.speakerKey)).toBe(true);
    }), { numRuns: 400 });
    // about 0.9 of the runs had a speaker key, a mention and a cue to check, and about 0.65 an indirect claim
    expect(seen.below({ 'speaker key': 0.5, mention: 0.5, cue: 0.5, indirect: 0.3 })).toEqual({});
  }, 60_000);
});
