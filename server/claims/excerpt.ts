export type HighlightKind = 'quote' | 'mention' | 'source';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}

export interface Segment {
  text: string;
  /** The highlights covering this piece of text, in the order given; empty for plain text. */
  kinds: HighlightKind[];
}

export interface Excerpt {
  segments: Segment[];
  /** Where in the body the excerpt starts and ends (body[from, to) is what its segments hold). */
  from: number;
  to: number;
  clippedBefore: boolean;
  clippedAfter: boolean;
  /** Whether the excerpt shows the character at this offset. */
  covers(offset: number): boolean;
}

const BLANK_LINE = /\n[ \t]*\n/g;
const CONTEXT = 400;

/**
 * The paragraph(s) holding the highlights — a quote broken over several lines, the sentence naming its speaker —
 * cut into plain and highlighted pieces, so a view can mark them without building HTML from strings.
 */
export function excerptAround(body: string, highlights: Highlight[], maxChars = 3000): Excerpt {
  const valid = highlights.filter((h) => h.start >= 0 && h.end > h.start && h.end <= body.length);
  if (valid.length === 0) return { segments: [], from: 0, to: 0, clippedBefore: false, clippedAfter: false, covers: () => false };
  const lo = Math.min(...valid.map((h) => h.start));
  const hi = Math.max(...valid.map((h) => h.end));
  let from = 0;
  let to = body.length;
  for (const m of body.matchAll(BLANK_LINE)) {
    const sepEnd = m.index + m[0].length;
    if (sepEnd <= lo) from = sepEnd;
    else if (m.index >= hi) {
      to = m.index;
      break;
    }
  }
  if (to - from > maxChars) {
    from = Math.max(from, lo - CONTEXT);
    to = Math.min(to, Math.max(hi + CONTEXT, from + maxChars));
  }
  return { segments: segment(body, valid, from, to), from, to, clippedBefore: from > 0, clippedAfter: to < body.length, covers: (at) => at >= from && at < to };
}

function segment(body: string, highlights: Highlight[], from: number, to: number): Segment[] {
  const cuts = new Set([from, to]);
  for (const h of highlights) for (const at of [h.start, h.end]) if (at > from && at < to) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const kinds = highlights.filter((h) => h.start <= a && h.end >= b).map((h) => h.kind);
    const last = segments.at(-1);
    if (last && last.kinds.join() === kinds.join()) last.text += body.slice(a, b);
    else segments.push({ text: body.slice(a, b), kinds });
  }
  return segments;
}
