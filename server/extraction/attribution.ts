import * as cuesModule from './attribution/cues';
import type { Index, Local } from './attribution/cues';
import * as evidenceModule from './attribution/evidence';
import * as indirectModule from './attribution/indirect';
import * as analysisModule from './attribution/analysis';
import type { Analysis } from './attribution/analysis';
import * as tokensModule from './attribution/tokens';
import * as entitiesModule from './attribution/entities';
import * as mentionsModule from './attribution/mentions';
import type { ArticleDocument, Attribution, IndirectClaim, QuoteCandidate, Speaker } from './types';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { cueAfter, cueBefore, isSpeech, sentenceLead, sentenceSubject, subjectOf } = cuesModule;
const { describe, sourceNear, speakerList } = evidenceModule;
const { findIndirect } = indirectModule;
const { analyse, entityOf } = analysisModule;
const { K } = tokensModule;
const { entityForLabel, isPersonLike } = entitiesModule;
const { opensClause } = mentionsModule;

export interface AttributionResult {
  /** One entry per quote, in the same order (null when nobody is named). */
  attributions: (Attribution | null)[];
  indirect: IndirectClaim[];
  speakers: Speaker[];
}

/** How a quotation got its speaker: its own cue, or a neighbour's. */
export interface Assignment extends Local {
  /** Set when the speaker was carried over from another quotation. */
  via: 'previous' | 'next' | 'container' | 'topic' | null;
}

/** Finds who said each quote, and the reported claims without quote marks. */
export function attribute(doc: ArticleDocument, quotes: QuoteCandidate[]): AttributionResult {
  const a = analyse(doc, quotes);
  const assigned = assign(a, quotes);
  const indirect = findIndirect(a);
  for (const x of [...assigned, ...indirect.map((c) => c.local)]) if (x) entityOf(a, x.mention);
  const { speakers, keyOf } = speakerList(a, [...assigned, ...indirect.map((c) => c.local)]);
  const attributions = assigned.map((x) => (x ? toAttribution(a, x, keyOf) : null));
  return {
    attributions,
    indirect: indirect.map((c) => ({ start: c.start, end: c.end, attribution: toAttribution(a, { ...c.local, via: null }, keyOf) })),
    speakers,
  };
}

function toAttribution(a: Analysis, x: Assignment, keyOf: Map<number, string>): Attribution {
  const m = a.ix.mentions[x.mention]!;
  const cueTok = x.cue >= 0 ? a.view.toks[x.cue]! : null;
  const source = x.cue >= 0 ? sourceNear(a, x.cue) : null;
  return {
    speakerKey: m.entity >= 0 ? (keyOf.get(m.entity) ?? null) : null,
    mention: { start: m.s, end: m.e },
    cue: cueTok ? (cueTok.key === 'according' ? 'according to' : a.view.text.slice(cueTok.s, cueTok.e)) : null,
    cueSpan: cueTok ? { start: cueTok.s, end: cueTok.e } : null,
    source: source?.name ?? null,
    sourceSpan: source?.span ?? null,
    confidence: x.confidence,
    evidence: describe(a, x),
  };
}

/** Local cues first; then quotations without one borrow from their neighbours. */
function assign(a: Analysis, quotes: QuoteCandidate[]): (Assignment | null)[] {
  const { ix, view } = a;
  const out: (Assignment | null)[] = quotes.map(() => null);
  const order = quotes.map((_, i) => i).filter((i) => view.quoteAt[i]! >= 0).sort((x, y) => view.quoteAt[x]! - view.quoteAt[y]!);
  for (const qi of order) {
    const l = transcriptLabel(a, quotes[qi]!, view.quoteAt[qi]!) ?? localCue(ix, view.quoteAt[qi]!, quotes[qi]!, a.view.text);
    if (l) out[qi] = { ...l, via: null };
  }
  let previous = -1;
  let previousPara = -1e9;
  for (const qi of order) {
    const x = out[qi];
    const para = view.toks[view.quoteAt[qi]!]!.para;
    if (!x) continue;
    // why: "he said" after a run of someone's quotations is that someone, if nothing says otherwise
    const e = entityOf(a, x.mention, para - previousPara <= 3 ? previous : -1);
    if (e >= 0) {
      previous = e;
      previousPara = para;
    }
  }
  const local = out.slice();
  order.forEach((qi, n) => {
    if (out[qi]) return;
    const qv = view.quoteAt[qi]!;
    const prev = n > 0 ? order[n - 1]! : -1;
    const next = n + 1 < order.length ? order[n + 1]! : -1;
    const prevA = prev >= 0 ? (out[prev] ?? null) : null;
    const nextA = next >= 0 ? (local[next] ?? null) : null;
    const prevGap = prev >= 0 ? gap(a, view.quoteAt[prev]!, qv, prevA) : null;
    const nextGap = next >= 0 ? gap(a, qv, view.quoteAt[next]!, null) : null;
    // why: a quotation right after another one, with nothing but the first one's cue between, continues it
    if (prevA && prevGap && prevGap.words === 0 && prevGap.paras <= 2) out[qi] = carry(prevA, 'previous', 0.8);
    // why: a quotation cut off from the next one only by a paragraph break shares its cue ("…\n\nLike X," said Y)
    else if (nextA && nextGap && nextGap.words === 0 && nextGap.paras <= 1) out[qi] = carry(nextA, 'next', 0.75);
    // why: '"…" but necessary "…," he said': a few words joining two quotations in one sentence
    else if (nextA && nextGap && nextGap.words <= 3 && !nextGap.otherSpeaker && view.sent[qv] === view.sent[view.quoteAt[next]!]) out[qi] = carry(nextA, 'next', 0.7);
    else if (prevA && prevGap && !prevGap.otherSpeaker && prevGap.paras <= 1) out[qi] = carry(prevA, 'previous', 0.6);
    else {
      // why: an article may open on a pull quote whose speaker the next sentence introduces
      const ahead = prev < 0 ? cueAhead(a, qv) : null;
      if (ahead) {
        out[qi] = { ...ahead, via: null };
        return;
      }
      const t = topic(a, qv);
      if (t >= 0) out[qi] = { mention: t, cue: -1, how: 'sentence-subject', confidence: 0.45, via: 'topic' };
      else if (prevA && prevGap && prevGap.paras <= 3) out[qi] = carry(prevA, 'previous', 0.4);
      else if (nextA && nextGap && nextGap.paras <= 1) out[qi] = carry(nextA, 'next', 0.4);
    }
  });
  quotes.forEach((_, qi) => {
    const c = view.container[qi]!;
    if (c >= 0 && out[c]) out[qi] = carry(out[c]!, 'container', out[c]!.confidence);
  });
  return out;
}

const carry = (x: Assignment, via: Assignment['via'], confidence: number): Assignment => ({ ...x, via, confidence: Math.min(confidence, x.confidence) });

function localCue(ix: Index, qv: number, q: QuoteCandidate, text: string): Local | null {
  const after = cueAfter(ix, qv);
  const before = cueBefore(ix, qv);
  if (after && before) {
    // why: a quotation ending on a comma waits for its cue; one ending on a stop closes a sentence whose cue came
    // before it; otherwise a verb right at the quotation wins
    const tail = text.slice(Math.max(q.start, q.end - 3), q.end).trim();
    if (tail.endsWith(',')) return after;
    if (tail.endsWith('.')) return before;
    // why: a verb far after a phrase quoted mid-sentence belongs to another clause ("…'rigged', a charge X denied")
    if (after.confidence < 0.85) return before;
    return qv - before.cue <= 4 ? before : after;
  }
  return after ?? before ?? sentenceLead(ix, qv);
}

interface Gap {
  /** Narrative words between the quotations, not counting the first one's cue sentence. */
  words: number;
  paras: number;
  /** A speech verb or a subject other than the first quotation's speaker lies between. */
  otherSpeaker: boolean;
}

function gap(a: Analysis, from: number, to: number, prev: Assignment | null): Gap {
  const { toks, sent } = a.view;
  const cueSent = prev && prev.cue > from && prev.cue < to ? sent[prev.cue] : -1;
  const speaker = prev ? entityOf(a, prev.mention) : -1;
  let words = 0;
  let otherSpeaker = false;
  for (let k = from + 1; k < to; k++) {
    const t = toks[k]!;
    if (t.k !== K.Word || sent[k] === cueSent) continue;
    words++;
    if (isSpeech(t)) otherSpeaker = true;
    const mi = a.ix.startAt[k]!;
    if (mi >= 0) {
      const m = a.ix.mentions[mi]!;
      if (m.subject && m.kind !== 'place' && entityOf(a, mi) !== speaker) otherSpeaker = true;
    }
    if (words > 400) break;
  }
  return { words, paras: toks[to]!.para - toks[from]!.para, otherSpeaker };
}

/** The nearest person or organisation that is a clause subject before the quotation, in its paragraph or the one before. */
function topic(a: Analysis, qv: number): number {
  const { sent } = a.view;
  for (let k = Math.max(a.view.sentStart[sent[qv]!]!, qv - 100); k < qv; k++) {
    const mi = a.ix.startAt[k]!;
    const m = mi >= 0 ? a.ix.mentions[mi]! : null;
    // why: "Rubio's catch phrase was that …": the sentence's own first named person owns its quotation
    const opening = k === a.view.sentStart[sent[qv]!];
    if (m && m.entity >= 0 && m.type !== 'pronoun' && (m.subject || m.possessive || opening) && isPersonLike(a.entities[m.entity]!)) return mi;
  }
  const para = a.view.toks[qv]!.para;
  for (let k = qv - 1; k >= 0 && k >= qv - 150; k--) {
    const t = a.view.toks[k]!;
    // why: scrapers cut paragraphs; a few sentences back is still the same passage
    if (para - t.para > 1) break;
    // why: "For the researcher, …" or "According to X, …" just before sets who is speaking
    if (k === a.view.sentStart[sent[k]!]) {
      const lead = sentenceLead(a.ix, k);
      if (lead) return lead.mention;
    }
    const mi = a.ix.startAt[k]!;
    if (mi < 0) continue;
    const m = a.ix.mentions[mi]!;
    if (m.subject && opensClause(a.view, m) && m.kind !== 'place' && entityOf(a, mi) >= 0 && a.entities[m.entity]!.kind !== 'place') return mi;
  }
  return -1;
}

/** A quotation standing alone, with its speaker's verb in the sentence that follows ("…" \n\n The general spoke to …). */
function cueAhead(a: Analysis, qv: number): Local | null {
  const { toks, sent } = a.view;
  let k = qv + 1;
  while (k < toks.length && k < qv + 300 && sent[k] === sent[qv]) k++;
  const s = sent[k];
  for (let j = k; j < toks.length && j < k + 30 && sent[j] === s; j++) {
    if (toks[j]!.k === K.Quote) return null;
    if (!isSpeech(toks[j])) continue;
    const subject = subjectOf(a.ix, j);
    const m = subject >= 0 ? subject : sentenceSubject(a.ix, j);
    if (m >= 0 && a.ix.mentions[m]!.type !== 'pronoun') return { mention: m, cue: j, how: 'sentence-subject', confidence: 0.45 };
  }
  return null;
}

const LABEL = /^\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):\s/;

/** A transcript quotation opens on its speaker's label ("WALLACE: Let's start with …"). */
function transcriptLabel(a: Analysis, q: QuoteCandidate, qv: number): Local | null {
  const m = LABEL.exec(a.view.text.slice(q.start, Math.min(q.end, q.start + 48)));
  if (!m || m[1]!.replace(/[^A-Z]/g, '').length < 2) return null;
  const s = q.start + m[0].indexOf(m[1]!);
  const words = m[1]!.toLowerCase().split(' ');
  const entity = entityForLabel(a.entities, words, m[1]!);
  a.ix.mentions.push({
    type: 'name', vi: qv, vj: qv, s, e: s + m[1]!.length, words, surface: m[1]!, roles: [], kind: 'person', possessive: false,
    subject: true, plural: false, sent: a.view.sent[qv]!, para: a.view.toks[qv]!.para, owner: null, gender: null, entity,
  });
  return { mention: a.ix.mentions.length - 1, cue: -1, how: 'colon', confidence: 0.8 };
}
