/**
 * Scores the attribution stage alone: the gold quotes become the quote candidates, so speaker accuracy is
 * measured apart from quote finding.
 *
 *   npx tsx bench/attribution-oracle.ts [seed|dev|scraped|all] [--errors N]
 *   npx tsx bench/attribution-oracle.ts hostile     (attribution time on 1 MB hostile inputs, CPU ms)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { attribute } from '../server/extraction/attribution';
import { analyseDocument } from '../server/extraction/structure';
import type { QuoteCandidate, QuoteKind, Span } from '../server/extraction/types';

interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  meta?: { kind?: string };
}
interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const shared = path.resolve(__dirname, '..', '..', 'shared', 'eval');
const FILES: Record<string, { gold: string; canonical?: string }> = {
  seed: { gold: 'seed-gold.jsonl' },
  dev: { gold: 'polnear-dev.jsonl', canonical: 'polnear-dev-canonical.jsonl' },
  scraped: { gold: 'polnear-dev-scraped.jsonl' },
};
const MARKS = '"\'“”„‟«»‹›‘’‚‛「」『』';

/** The quote mark next to a gold boundary, looking past spaces (scrapers put marks on their own lines). */
function markNear(text: string, from: number, step: 1 | -1): Span | null {
  let i = step < 0 ? from - 1 : from;
  for (let n = 0; n < 6 && i >= 0 && i < text.length && /\s/.test(text[i]!); n++) i += step;
  return i >= 0 && i < text.length && MARKS.includes(text[i]!) ? { start: i, end: i + 1 } : null;
}

function candidates(doc: GoldDoc): QuoteCandidate[] {
  return doc.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    kind: (q.meta?.kind ?? 'direct') as QuoteKind,
    openAt: markNear(doc.text, q.start, -1)?.start ?? -1,
    closeEnd: markNear(doc.text, q.end, 1)?.end ?? -1,
    repairs: [],
    confidence: 1,
  }));
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'his', 'its', 'their', 'who', 'which', 'that', 'this', 'these', 'those']);
const STOP = new Set(['the', 'and', 'of', 'for', 'a', 'an', 'in', 'on', 'at', 'to', 'mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'president', 'former', 'general', 'minister', 'said', 'told']);
const nameWords = (s: string | null): Set<string> =>
  new Set((s ?? '').toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 3 && !STOP.has(w) && !PRONOUNS.has(w)));

/** The scorer's rule: the mention overlaps the gold span, or (for a non-pronoun gold) a name word is shared. */
function speakerRight(g: GoldQuote, speaker: string | null, mention: Span | null): boolean {
  if (g.speaker_start != null && mention && mention.start < g.speaker_end! && g.speaker_start < mention.end) return true;
  if (PRONOUNS.has(g.speaker!.trim().toLowerCase())) return false;
  const want = nameWords(g.speaker);
  return [...nameWords(speaker)].some((w) => want.has(w));
}

function run(name: string, errors: number): void {
  const spec = FILES[name]!;
  const goldPath = path.join(shared, 'data', spec.gold);
  const docs: GoldDoc[] = fs.readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const lines: string[] = [];
  let bytes = 0;
  // Each stage is timed on its own: the document structure pass the attribution reads, and attribute() itself. The
  // candidates built from the gold, the predictions written out and the error report are in neither figure.
  let structureNs = 0n;
  let attributionNs = 0n;
  const shown: string[] = [];
  for (const doc of docs) {
    bytes += Buffer.byteLength(doc.text);
    const quotes = candidates(doc);
    const t0 = process.hrtime.bigint();
    const structure = analyseDocument(doc.text);
    const t1 = process.hrtime.bigint();
    const { attributions, indirect, speakers } = attribute(structure, quotes);
    const t2 = process.hrtime.bigint();
    structureNs += t1 - t0;
    attributionNs += t2 - t1;
    const names = new Map(speakers.map((s) => [s.key, s.name]));
    const out = quotes.map((q, i) => {
      const a = attributions[i];
      return {
        start: q.start, end: q.end, kind: q.kind, speaker: a?.speakerKey ? names.get(a.speakerKey) : null,
        speaker_mention: a?.mention ?? null, cue: a?.cue ?? null, confidence: a?.confidence ?? 0, evidence: a?.evidence ?? '',
      };
    });
    for (const c of indirect)
      out.push({ start: c.start, end: c.end, kind: 'indirect' as QuoteKind, speaker: c.attribution.speakerKey ? names.get(c.attribution.speakerKey) : null,
        speaker_mention: c.attribution.mention, cue: c.attribution.cue, confidence: c.attribution.confidence, evidence: c.attribution.evidence });
    lines.push(JSON.stringify({ id: doc.id, quotes: out }));
    if (shown.length < errors) doc.quotes.forEach((g, i) => {
      const p = out[i]!;
      if (!g.speaker || shown.length >= errors) return;
      if (speakerRight(g, p.speaker ?? null, p.speaker_mention)) return;
      const ctx = doc.text.slice(Math.max(0, g.start - 220), Math.min(doc.text.length, g.end + 120)).replace(/\s+/g, ' ');
      const said = p.speaker_mention ? doc.text.slice(p.speaker_mention.start, p.speaker_mention.end) : '∅';
      shown.push(`— ${doc.id}\n   gold: ${g.speaker} | pred: ${said} → ${p.speaker} [${p.evidence}]\n   …${ctx}…`);
    });
  }
  const rate = (ns: bigint) => `${(bytes / 1e6 / (Number(ns) / 1e9)).toFixed(1)} MB/s`;
  const pred = path.join(os.tmpdir(), `attribution-oracle-${name}.jsonl`);
  fs.writeFileSync(pred, lines.join('\n') + '\n');
  const args = [path.join(shared, 'score.mjs'), goldPath, pred];
  if (spec.canonical) args.push('--canonical', path.join(shared, 'data', spec.canonical));
  console.log(`== ${name} (${(bytes / 1e6).toFixed(2)} MB; attribute() alone ${rate(attributionNs)}, structure pass alone ${rate(structureNs)}) → ${pred}`);
  console.log(execFileSync('node', args, { encoding: 'utf8' }).trim());
  if (shown.length) console.log(shown.join('\n'));
}

/** One-megabyte texts with a quotation every 50 characters: attribution must stay linear on them. */
function hostile(): void {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const inputs: Record<string, string> = {
    'names and cues, one endless sentence': fill('Ana Lima said “yes,” he said, and the minister, who also said that Rui Paz told the senator '),
    'capitalised words only': fill('The Aaa Bbb Ccc Ddd Eee Fff '),
    'fillers after a name': 'Ana ' + fill('also '),
    'mixed quote marks': fill('“a” "b ‘c’ «d» '),
    'no spaces': fill('abcdefghij'),
  };
  for (const [name, text] of Object.entries(inputs)) {
    const quotes: QuoteCandidate[] = [];
    for (let i = 5; i + 10 < text.length; i += 50) quotes.push({ start: i, end: i + 10, kind: 'direct', openAt: -1, closeEnd: -1, repairs: [], confidence: 1 });
    const doc = analyseDocument(text);
    const before = process.cpuUsage();
    attribute(doc, quotes);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    console.log(`hostile 1 MB, ${name.padEnd(38)} ${quotes.length} quotes ${ms.toFixed(0).padStart(6)} ms CPU ${ms < 1000 ? 'ok' : 'TOO SLOW'}`);
  }
}

const argv = process.argv.slice(2);
const at = argv.indexOf('--errors');
const errors = at >= 0 ? Number(argv.splice(at, 2)[1]) : 0;
const which = argv[0] ?? 'all';
if (!fs.existsSync(shared)) {
  console.error(`evaluation kit not found at ${shared}`);
  process.exit(2);
}
if (which === 'hostile') hostile();
else for (const name of which === 'all' ? Object.keys(FILES) : [which]) run(name, errors);
