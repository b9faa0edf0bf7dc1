/** What a reviewer sees: the speaker list, the source a claim was reported through, and the evidence line. */
import type { Span, Speaker } from '../types';
import type { Analysis } from './analysis';
import type { Local } from './cues';
import * as lexiconModule from './lexicon';
import * as mentionsModule from './mentions';
import type { Assignment } from '../attribution';

// why: bind imports once; the CommonJS interop that runs this code turns each imported name into a getter call
const { SOURCE_NOUNS } = lexiconModule;
const { isWord } = mentionsModule;

/** Speakers that at least one claim is attributed to, keyed s1, s2, … in order of first attribution. */
export function speakerList(a: Analysis, used: (Local | null)[]): { speakers: Speaker[]; keyOf: Map<number, string> } {
  const keyOf = new Map<number, string>();
  const speakers: Speaker[] = [];
  for (const l of used) {
    if (!l) continue;
    const id = a.ix.mentions[l.mention]!.entity;
    if (id < 0 || keyOf.has(id)) continue;
    const e = a.entities[id]!;
    const key = `s${speakers.length + 1}`;
    keyOf.set(id, key);
    speakers.push({ key, name: e.name, aliases: [], kind: e.kind === 'organization' || e.kind === 'place' ? 'organization' : 'person', role: e.role });
  }
  // why: the names and descriptions the article used for each speaker, so a reviewer sees "the minister" is the named minister
  const aliases = new Map<number, Set<string>>();
  for (const m of a.ix.mentions) {
    if (m.entity < 0 || m.type === 'pronoun' || !keyOf.has(m.entity)) continue;
    const set = aliases.get(m.entity) ?? new Set<string>();
    if (set.size < 12) set.add(m.surface);
    aliases.set(m.entity, set);
  }
  for (const [id, key] of keyOf) {
    const s = speakers[Number(key.slice(1)) - 1]!;
    s.aliases = [...(aliases.get(id) ?? a.entities[id]!.aliases)].filter((x) => x !== s.name);
  }
  return { speakers, keyOf };
}

const SOURCE_LEADS = new Set(['told', 'to', 'with', 'on', 'in', 'according']);

/** The agency or venue named near the cue ("told CNN", "in an interview with the national press agency"), or in an
 * interview the sentence before mentions ("… said in an interview with X. '…,' he said"). */
export function sourceNear(a: Analysis, cue: number, speaker: number): { name: string; span: Span } | null {
  const { toks, sent } = a.view;
  for (let k = cue; k < toks.length && k <= cue + 14 && sent[k] === sent[cue]; k++) {
    const found = venueAt(a, k);
    if (found) return found;
  }
  // why: a quotation often follows the sentence that sets up the interview it comes from
  for (let k = cue - 1; k >= 0 && k >= cue - 60 && sent[cue]! - sent[k]! <= 2; k--) {
    if (toks[k]!.key !== 'interview' || toks[k + 1]?.key !== 'with') continue;
    // why: only an interview the same speaker gave ("the admiral spoke in an interview with …")
    let same = false;
    for (let j = k - 1; j >= 0 && sent[j] === sent[k] && !same; j--) same = (a.ix.mentions[a.ix.startAt[j]!]?.entity ?? -1) === speaker && speaker >= 0;
    const found = same ? venueAt(a, k + 2) : null;
    if (found) return found;
  }
  return null;
}

function venueAt(a: Analysis, k: number): { name: string; span: Span } | null {
  const mi = a.ix.startAt[k] ?? -1;
  if (mi < 0) return null;
  const m = a.ix.mentions[mi]!;
  const lead = a.view.toks[k - 1];
  const e = m.entity >= 0 ? a.entities[m.entity]! : null;
  const venue = (m.type === 'name' && e?.kind === 'organization') || (m.type === 'desc' && m.words.some((w) => SOURCE_NOUNS.has(w)));
  if (!venue || !isWord(lead) || !SOURCE_LEADS.has(lead.key)) return null;
  // why: "the Nordic agency NTB News" is reported as NTB News; a bare description as written
  const named = a.ix.mentions[mi + 1]?.vi === m.vj && a.ix.mentions[mi + 1]!.entity === m.entity;
  const name = e && (m.type === 'name' || named) ? e.name : m.surface.replace(/^(the|a|an)\s+/i, '');
  return { name, span: { start: m.s, end: m.e } };
}

const HOW: Record<string, string> = {
  after: 'named right after the quote',
  'after-inverted': 'named right after the quote',
  before: 'named before the quote',
  'before-inverted': 'named before the quote',
  'according-to': '"according to"',
  colon: 'introduces the quote with a colon',
  'sentence-subject': 'subject of the sentence',
  lead: 'opens the sentence',
};

/** One line a reviewer can check: `pronoun "he" → Ana Ruiz (last named subject), cue "said"`. */
export function describe(a: Analysis, x: Assignment): string {
  const m = a.ix.mentions[x.mention]!;
  const e = m.entity >= 0 ? a.entities[m.entity]! : null;
  const surface = a.view.text.slice(m.s, m.e);
  const cue = x.cue >= 0 ? `, cue "${a.view.text.slice(a.view.toks[x.cue]!.s, a.view.toks[x.cue]!.e)}"` : '';
  let who: string;
  if (m.type === 'pronoun') who = `pronoun "${surface}" → ${e ? `${e.name} (last named subject)` : 'unresolved'}`;
  else if (m.type === 'desc') who = `description "${surface}"${e && e.name !== m.surface.replace(/^(the|a|an)\s+/i, '') ? ` → ${e.name}` : ''}`;
  else who = `name "${surface}"${e && e.name !== surface ? ` → ${e.name}` : ''}`;
  const via = x.via === 'previous' ? '; continues the previous quote' : x.via === 'next' ? '; shares the next quote\'s cue' : x.via === 'topic' ? '; no cue: the paragraph\'s subject' : x.via === 'container' ? '; quoted inside a longer quote' : '';
  return `${who}, ${HOW[x.how] ?? x.how}${cue}${via}`;
}
