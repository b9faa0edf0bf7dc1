export interface Span {
  start: number;
  end: number;
}

export interface MarkedClaim extends Span {
  id: number;
  number: number;
  status: string;
  speaker: string | null;
}

export interface Piece {
  text: string;
  /** Set when this piece is (part of) a claim. */
  claim?: MarkedClaim;
  /** The claim's last piece: its label (number, speaker, status) follows it. */
  last?: boolean;
}

export interface RenderedParagraph {
  boilerplate: boolean;
  pieces: Piece[];
}

/**
 * The article text as paragraphs (blank-line separated) whose pieces are plain text or claims, so the page can
 * mark every claim in place. A claim that runs over a paragraph break is marked in each paragraph it touches;
 * a claim holding another whole, or overlapping an earlier one, is left unmarked here (it is still listed below the
 * text).
 */
export function highlightArticle(body: string, claims: MarkedClaim[], boilerplate: Span[]): RenderedParagraph[] {
  const marks = nonOverlapping(claims);
  const out: RenderedParagraph[] = [];
  for (const p of paragraphs(body)) {
    const pieces: Piece[] = [];
    let at = p.start;
    for (const m of marks) {
      if (m.end <= p.start || m.start >= p.end) continue;
      const s = Math.max(m.start, p.start);
      const e = Math.min(m.end, p.end);
      if (s > at) pieces.push({ text: body.slice(at, s) });
      pieces.push({ text: body.slice(s, e), claim: m, last: m.end <= p.end });
      at = e;
    }
    if (at < p.end) pieces.push({ text: body.slice(at, p.end) });
    out.push({ boilerplate: isClutter(p, boilerplate), pieces });
  }
  return out;
}

/** Whether any of `span` lies in a paragraph the article page shows as site clutter. */
export function touchesClutter(body: string, boilerplate: Span[], span: Span): boolean {
  return boilerplate.length > 0 && paragraphs(body).some((p) => p.start < span.end && span.start < p.end && isClutter(p, boilerplate));
}

/** A paragraph is clutter when the engine's spans cover at least half of it. */
function isClutter(p: Span, boilerplate: Span[]): boolean {
  return boilerplate.some((b) => p.start < b.end && b.start < p.end && overlapShare(p, b) >= 0.5);
}

function nonOverlapping(claims: MarkedClaim[]): MarkedClaim[] {
  const sorted = [...claims].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  // why: a reported claim may hold the phrase its speaker was quoted saying; the quotation, the words to check verbatim,
  // is marked, and the reported claim around it is listed below the text
  // (the next claim in this order is the one a claim holds, if it holds any: it starts no earlier and, starting at
  // the same place, ends no later)
  const holds = (c: MarkedClaim, d: MarkedClaim | undefined) => d !== undefined && d.start < c.end && d.end <= c.end && (d.start > c.start || d.end < c.end);
  const out: MarkedClaim[] = [];
  let reach = -1;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    if (c.start < reach || holds(c, sorted[i + 1])) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}

function overlapShare(p: Span, b: Span): number {
  return (Math.min(p.end, b.end) - Math.max(p.start, b.start)) / Math.max(1, p.end - p.start);
}

/** Blank-line separated paragraphs with their offsets, surrounding whitespace trimmed. */
export function paragraphs(body: string): Span[] {
  const out: Span[] = [];
  const breaks = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (;;) {
    const m = breaks.exec(body);
    const end = m ? m.index : body.length;
    const trimmed = trim(body, start, end);
    if (trimmed) out.push(trimmed);
    if (!m) return out;
    start = m.index + m[0].length;
  }
}

function trim(body: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
