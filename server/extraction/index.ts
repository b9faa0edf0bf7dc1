import { attribute } from './attribution';
import { findQuotes } from './quotes';
import { nicknameInName } from './quotes/classify';
import { NO_REPAIRS, REPAIRS } from './quotes/repairs';
import { foreignLanguageHint, TRANSLATED_HINT } from './hints';
import { analyseDocument } from './structure';
import { isEnglish, languageName, readsThroughGlosses } from './text/language';
import { paragraphAt } from './text/paragraphs';
import type { Attribution, Claim, ClaimKind, ExtractInput, Extraction, Paragraph, Repair, Span } from './types';

export type * from './types';
export { TRANSLATED_HINT } from './hints';

/** Text in, claims out: the whole engine. Pure: no I/O, deterministic, never throws on any string. */
export function extract(input: ExtractInput): Extraction {
  const doc = analyseDocument(input.text, input.html);
  const quotes = findQuotes(doc);
  const { attributions, indirect, speakers } = attribute(doc, quotes);
  const names = new Map(speakers.map((s) => [s.key, s.name]));
  // why: from the text the engine read, not from the page's own label (a translation may keep its source's lang="fr")
  const foreign = doc.language !== null && !isEnglish(doc.language) ? foreignLanguageHint(languageName(doc.language), readsThroughGlosses(doc.language)) : null;
  // why: a claim in the paragraph of the claim before it shares that claim's paragraph span; a wall of short
  // quotations would otherwise make a span for every claim
  let paragraph: Span | null = null;

  const toClaim = (span: Span, kind: ClaimKind, a: Attribution | null, repairs: Repair[], confidence: number): Claim => {
    paragraph = paragraphSpan(doc.paragraphs, span.start, paragraph);
    return {
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
      translationReview: translationHint(repairs, doc.facts.translated, foreign),
      paragraph,
    };
  };

  // why: filled by loops, not spread from mapped arrays, whose layouts differ when one is empty; sized up front, as
  // growing it a push at a time copies a wall of quotations' claims over and over
  const claims = new Array<Claim>(quotes.length + indirect.length);
  let n = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    // why: 'Ricardo "Ricky" Topasna': a nickname in marks inside a person's name is part of the name (attribution reads
    // it so, to keep the name whole), nobody's words
    if (q.kind === 'partial' && nicknameInName(input.text, q, q.start, q.end)) continue;
    claims[n++] = toClaim(q, q.kind, attributions[i] ?? null, q.repairs, q.confidence);
  }
  for (let i = 0; i < indirect.length; i++) {
    const c = indirect[i]!;
    // (a quotation that lost its marks, found by its cue: the words are the speaker's, not the reporter's)
    claims[n++] = c.verbatim
      ? toClaim(c, 'unmarked', c.attribution, VERBATIM_REPAIRS, UNMARKED_CONFIDENCE)
      : toClaim(c, 'indirect', c.attribution, NO_REPAIRS, c.attribution.confidence);
  }
  claims.length = n;
  // (a wall of quotations comes out in order already, and is not walked again by a comparator)
  if (!inOrder(claims)) claims.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    facts: doc.facts,
    claims,
    speakers,
    boilerplate: doc.paragraphs.filter((p) => p.boilerplate).map(({ start, end }) => ({ start, end })),
  };
}

/** Whether the claims stand in the order the sort above would put them in. */
function inOrder(claims: Claim[]): boolean {
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i - 1]!;
    const b = claims[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** The repair a quotation found by its cue after its marks were lost needed, and how sure such a find is. */
const VERBATIM_REPAIRS: Repair[] = [REPAIRS.unmarkedSpeech];
const UNMARKED_CONFIDENCE = 0.5;

/** The reasons to review a claim's wording, the translation's first (an editor's correction of the article's
 * translated fact adds or takes away that first reason alone). */
function translationHint(repairs: Repair[], translated: boolean, foreign: string | null): Claim['translationReview'] {
  if (!translated && foreign === null && !repairs.length) return null;
  const reasons: string[] = [];
  if (translated) reasons.push(TRANSLATED_HINT);
  if (foreign !== null) reasons.push(foreign);
  if (repairs.length) reasons.push(`the quote's boundaries were repaired (${repairs.map((r) => r.description).join('; ')})`);
  return { reason: reasons.join('; and ') };
}

/** The span of the paragraph holding offset (`last` when it is that one); an empty span between paragraphs. */
function paragraphSpan(paragraphs: Paragraph[], offset: number, last: Span | null): Span {
  if (last && offset >= last.start && offset < last.end) return last;
  const p = paragraphAt(paragraphs, offset);
  return p ? { start: p.start, end: p.end } : { start: offset, end: offset };
}
