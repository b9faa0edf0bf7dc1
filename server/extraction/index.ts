import { attribute } from './attribution';
import { findQuotes } from './quotes';
import { TRANSLATED_HINT } from './hints';
import { analyseDocument } from './structure';
import type { Attribution, Claim, ClaimKind, ExtractInput, Extraction, Paragraph, Repair, Span } from './types';

export type * from './types';
export { TRANSLATED_HINT } from './hints';

/** Text in, claims out: the whole engine. Pure: no I/O, deterministic, never throws on any string. */
export function extract(input: ExtractInput): Extraction {
  const doc = analyseDocument(input.text, input.html);
  const quotes = findQuotes(doc);
  const { attributions, indirect, speakers } = attribute(doc, quotes);
  const names = new Map(speakers.map((s) => [s.key, s.name]));

  const toClaim = (span: Span, kind: ClaimKind, a: Attribution | null, repairs: Repair[], confidence: number): Claim => ({
    start: span.start,
    end: span.end,
    text: input.text.slice(span.start, span.end),
    kind,
    speaker: a?.speakerKey ? (names.get(a.speakerKey) ?? null) : null,
    speakerKey: a?.speakerKey ?? null,
    mention: a?.mention ?? null,
    cue: a?.cue ?? null,
    cueSpan: a?.cueSpan ?? null,
    source: a?.source ?? doc.facts.outlet,
    sourceSpan: a?.sourceSpan ?? null,
    confidence: a ? Math.min(confidence, a.confidence) : confidence,
    evidence: a?.evidence ?? '',
    repairs,
    translationReview: translationHint(repairs, doc.facts.translated),
    paragraph: paragraphAt(doc.paragraphs, span.start),
  });

  // why: filled by loops, not spread from mapped arrays, whose layouts differ when one is empty
  const claims: Claim[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    claims.push(toClaim(q, q.kind, attributions[i] ?? null, q.repairs, q.confidence));
  }
  for (const c of indirect) claims.push(toClaim(c, 'indirect', c.attribution, [], c.attribution.confidence));
  claims.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    facts: doc.facts,
    claims,
    speakers,
    boilerplate: doc.paragraphs.filter((p) => p.boilerplate).map(({ start, end }) => ({ start, end })),
  };
}

function translationHint(repairs: Repair[], translated: boolean): Claim['translationReview'] {
  const reasons: string[] = [];
  if (translated) reasons.push(TRANSLATED_HINT);
  if (repairs.length) reasons.push(`the quote's boundaries were repaired (${repairs.map((r) => r.description).join('; ')})`);
  return reasons.length ? { reason: reasons.join('; and ') } : null;
}

function paragraphAt(paragraphs: Paragraph[], offset: number): Span {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return { start: p.start, end: p.end };
  }
  return { start: offset, end: offset };
}
