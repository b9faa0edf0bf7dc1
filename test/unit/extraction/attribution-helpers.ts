import { extract } from '../../../server/extraction';
import { attribute } from '../../../server/extraction/attribution';
import type { ArticleDocument, Paragraph, QuoteCandidate } from '../../../server/extraction/types';

/** A document cut at blank lines, with no facts: attribution tests do not depend on the structure stage. */
export function documentOf(text: string): ArticleDocument {
  const paragraphs: Paragraph[] = [];
  let from = 0;
  for (const m of text.matchAll(/\n[ \t]*\n/g)) {
    if (m.index > from) paragraphs.push({ start: from, end: m.index, index: paragraphs.length, boilerplate: false });
    from = m.index + m[0].length;
  }
  if (from < text.length) paragraphs.push({ start: from, end: text.length, index: paragraphs.length, boilerplate: false });
  return {
    text,
    paragraphs,
    facts: { title: null, publishedAt: null, outlet: null, author: null, language: 'en', translated: false, republishedBy: null },
    language: 'en',
  };
}

/** Quote candidates for every “…” pair (curly marks only, so that apostrophes stay words). */
export function quotesOf(text: string): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const m of text.matchAll(/“([^”]*)”/g)) {
    out.push({
      start: m.index + 1,
      end: m.index + 1 + m[1]!.length,
      kind: 'direct',
      openAt: m.index,
      closeEnd: m.index + 2 + m[1]!.length,
      repairs: [],
      confidence: 1,
    });
  }
  return out;
}

/** Attributes the text's quotes and reads back, per quote, the speaker's name, the mention text and the cue. */
export function speakersOf(text: string, quotes = quotesOf(text)) {
  const result = attribute(documentOf(text), quotes);
  const names = new Map(result.speakers.map((s) => [s.key, s]));
  return {
    result,
    quotes: result.attributions.map((a) => ({
      speaker: a?.speakerKey ? (names.get(a.speakerKey)?.name ?? null) : null,
      mention: a?.mention ? text.slice(a.mention.start, a.mention.end) : null,
      cue: a?.cue ?? null,
      source: a?.source ?? null,
      evidence: a?.evidence ?? '',
    })),
  };
}

/** The first claim the whole engine finds in `text` whose words hold `words`. */
export function claimWith(text: string, words: string) {
  return extract({ text }).claims.find((c) => c.text.includes(words));
}

/** The first reported claim (no marks) the whole engine finds in `text` whose words hold `words`. */
export function reportedWith(text: string, words: string) {
  return extract({ text }).claims.find((c) => c.kind === 'indirect' && c.text.includes(words));
}
