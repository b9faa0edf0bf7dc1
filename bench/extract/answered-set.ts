import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../../server/extraction';
import type { Claim, Extraction } from '../../server/extraction/types';
import { CYRILLIC, romanised } from '../../server/extraction/text/romanise';

/**
 * Scores the engine on a folder of articles with their answers written down beside them: `NN.txt` (the text as a
 * scraper leaves it) and `NN.json` (every quotation with its speaker and source, the stretches in marks that are no
 * claims, the reported claims, the outlet). The sets under `bench/translated/` are machine-translation-style news,
 * the case the product exists for, which the evaluation kit's US news does not cover.
 *
 * Matching follows the kit's scorer: a predicted quotation, cut at paragraph breaks and trimmed of spaces and
 * marks, matches an expected one when they overlap by at least half of the longer, one to one, best overlap first.
 * A speaker (or source) is right when the words of one name are all among the other's ("Popescu" for "Ioana
 * Popescu" is right, "Ion Popescu" is not): stricter than the kit's one shared word, since these sets put two
 * people of one surname in an article on purpose.
 */

interface Located {
  text: string;
  occurrence?: number;
}
interface ExpectedQuote extends Located {
  speaker: string | null;
  source: string | null;
  kind: 'direct' | 'partial' | 'unmarked';
}
interface ExpectedReported extends Located {
  speaker: string | null;
  source: string | null;
}
export interface Answers {
  language?: string;
  outlet: string | null;
  quotes: ExpectedQuote[];
  not_claims: Located[];
  indirect: ExpectedReported[];
}

interface Piece {
  start: number;
  end: number;
  claim: Claim;
}

export interface ArticleScore {
  id: string;
  quotes: number;
  found: number;
  predicted: number;
  /** Predicted quotation pieces that match no expected quotation and lie in no stretch that is not a claim. */
  extra: number;
  /** Predicted quotation pieces that match no expected quotation and lie in a stretch that is not a claim. */
  onNames: number;
  speakersRight: number;
  sourcesNamed: number;
  sourcesRight: number;
  notClaims: number;
  notClaimsClaimed: number;
  reported: number;
  reportedFound: number;
  reportedSpeakerRight: number;
  outletRight: boolean;
  /** One line per miss, for reading the failures. */
  misses: string[];
}

const STOP = new Set(['the', 'of', 'and', 'de', 'la', 'le', 'del', 'van', 'von', 'der', 'da', 'di', 'do', 'dos', 'das']);
const GENERIC_SOURCE = new Set(['agency', 'news', 'daily', 'newspaper', 'paper', 'radio', 'television', 'channel', 'programme', 'program',
  'station', 'portal', 'website', 'site', 'broadcaster', 'public', 'press', 'weekly', 'magazine', 'network', 'service', 'interview']);

function words(name: string, generic?: Set<string>): string[] {
  // (accents folded: a handle such as "denik.cz" cannot know them)
  // (a name in Cyrillic in its Latin letters, as the engine reads it: "Руслан Оздоев" is "Ruslan Ozdoev")
  const all = [...name.toLowerCase()]
    .map((c) => (CYRILLIC.test(c) ? romanised(c) : c))
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w) && !generic?.has(w));
  // (initials say nothing beside a full word, but a name of one letter, the platform X, is that letter)
  const long = all.filter((w) => w.length > 1);
  return long.length ? long : all;
}

/** True when every word of one name is among the other's (an empty name matches nothing). */
export function sameName(a: string | null, b: string | null, generic?: Set<string>): boolean {
  if (!a || !b) return false;
  const wa = words(a, generic);
  const wb = words(b, generic);
  if (!wa.length || !wb.length) return false;
  const sa = new Set(wa);
  const sb = new Set(wb);
  return wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w));
}

function locate(text: string, item: Located, what: string, id: string): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < (item.occurrence ?? 1); n++) {
    at = text.indexOf(item.text, at + 1);
    if (at < 0) throw new Error(`${id}: ${what} not found in the text: ${JSON.stringify(item.text.slice(0, 60))}`);
  }
  return { start: at, end: at + item.text.length };
}

const TRIM = /^[\s"“”„‟«»「」『』'‘’‚‛‹›]+|[\s"“”„‟«»「」『』'‘’‚‛‹›]+$/gu;

/** Cuts a predicted claim at paragraph breaks and trims each piece of spaces and marks, as the kit's scorer does. */
function pieces(text: string, claim: Claim): Piece[] {
  const out: Piece[] = [];
  const body = text.slice(claim.start, claim.end);
  const re = /\n\s*\n/g;
  let from = 0;
  for (let m = re.exec(body); ; m = re.exec(body)) {
    const to = m ? m.index : body.length;
    const raw = body.slice(from, to);
    const lead = raw.length - raw.replace(/^[\s"“”„‟«»「」『』'‘’‚‛‹›]+/u, '').length;
    const trimmed = raw.replace(TRIM, '');
    if (trimmed) out.push({ start: claim.start + from + lead, end: claim.start + from + lead + trimmed.length, claim });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** An expected quotation's span cut at paragraph breaks and trimmed of spaces and marks, as `pieces` cuts a predicted one. */
function goldPieces(text: string, span: { start: number; end: number }): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const body = text.slice(span.start, span.end);
  const re = /\n\s*\n/g;
  let from = 0;
  for (let m = re.exec(body); ; m = re.exec(body)) {
    const raw = body.slice(from, m ? m.index : body.length);
    const lead = raw.length - raw.replace(/^[\s"“”„‟«»「」『』'‘’‚‛‹›]+/u, '').length;
    const trimmed = raw.replace(TRIM, '');
    if (trimmed) out.push({ start: span.start + from + lead, end: span.start + from + lead + trimmed.length });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out.length ? out : [span];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  2 * overlap(a, b) >= Math.max(a.end - a.start, b.end - b.start);

/** Pairs expected spans with predicted ones one to one, best overlap first. */
function pair<T extends { start: number; end: number }, U extends { start: number; end: number }>(gold: T[], pred: U[]): Map<number, number> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, i) => pred.forEach((p, j) => matches(g, p) && candidates.push([overlap(g, p), i, j])));
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const byGold = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const [, i, j] of candidates) {
    if (byGold.has(i) || usedPred.has(j)) continue;
    byGold.set(i, j);
    usedPred.add(j);
  }
  return byGold;
}

/** A source is right when the text names one and the claim carries it, or names none and the claim carries none or the outlet. */
function sourceRight(expected: string | null, claim: Claim, result: Extraction): boolean {
  if (expected) return sameName(expected, claim.source, GENERIC_SOURCE);
  return !claim.source || sameName(claim.source, result.facts.outlet, GENERIC_SOURCE);
}

export function scoreArticle(id: string, text: string, answers: Answers): ArticleScore {
  const result = extract({ text });
  const quoted = result.claims.filter((c) => c.kind !== 'indirect');
  const predicted = quoted.flatMap((c) => pieces(text, c));
  // (an answer over several paragraphs is cut into its paragraphs' pieces too, as the kit's gold is: each piece a
  // quotation of its own with the answer's speaker and source)
  const gold = answers.quotes.flatMap((q) => goldPieces(text, locate(text, q, 'quotation', id)).map((span) => ({ ...span, q })));
  const names = answers.not_claims.map((n) => locate(text, n, 'name in marks', id));
  const misses: string[] = [];
  const short = (s: string) => JSON.stringify(s.length > 50 ? `${s.slice(0, 47)}…` : s);

  const byGold = pair(gold, predicted);
  let speakersRight = 0;
  let sourcesRight = 0;
  let sourcesNamed = 0;
  gold.forEach((g, i) => {
    const j = byGold.get(i);
    if (g.q.source) sourcesNamed++;
    if (j === undefined) return void misses.push(`not found: ${short(text.slice(g.start, g.end))}`);
    const claim = predicted[j]!.claim;
    const speakerOk = g.q.speaker === null ? claim.speaker === null : sameName(g.q.speaker, claim.speaker);
    if (speakerOk) speakersRight++;
    else misses.push(`speaker ${JSON.stringify(claim.speaker)} for ${JSON.stringify(g.q.speaker)}: ${short(g.q.text)}`);
    if (sourceRight(g.q.source, claim, result)) sourcesRight += g.q.source ? 1 : 0;
    else if (g.q.source) misses.push(`source ${JSON.stringify(claim.source)} for ${JSON.stringify(g.q.source)}: ${short(g.q.text)}`);
  });
  const matchedPred = new Set(byGold.values());
  let extra = 0;
  let onNames = 0;
  predicted.forEach((p, j) => {
    if (matchedPred.has(j)) return;
    if (names.some((n) => matches(n, p))) return void onNames++;
    extra++;
    misses.push(`extra: ${short(text.slice(p.start, p.end))}`);
  });
  let notClaimsClaimed = 0;
  for (const n of names) {
    // (matched as a quotation is: a quotation that only holds the name, "the ‘Green Roofs’ programme will …", is a claim
    // of its own, scored as one)
    if (!predicted.some((p) => matches(n, p))) continue;
    notClaimsClaimed++;
    misses.push(`name in marks claimed: ${short(text.slice(n.start, n.end))}`);
  }

  const reportedGold = answers.indirect.map((r) => ({ ...locate(text, r, 'reported claim', id), r }));
  const reportedPred = result.claims.filter((c) => c.kind === 'indirect');
  // a reported claim counts as found by an indirect claim, or by a quotation the engine read there
  const byReported = pair(reportedGold, [...reportedPred, ...quoted]);
  let reportedSpeakerRight = 0;
  reportedGold.forEach((g, i) => {
    const j = byReported.get(i);
    if (j === undefined) return void misses.push(`reported claim not found: ${short(g.r.text)}`);
    const claim = [...reportedPred, ...quoted][j]!;
    const who = g.r.speaker ?? g.r.source;
    if (sameName(who, claim.speaker) || sameName(who, claim.source, GENERIC_SOURCE)) reportedSpeakerRight++;
    else misses.push(`reported claim by ${JSON.stringify(claim.speaker ?? claim.source)} for ${JSON.stringify(who)}: ${short(g.r.text)}`);
  });

  const outletRight = answers.outlet === null ? result.facts.outlet === null : sameName(answers.outlet, result.facts.outlet, GENERIC_SOURCE);
  if (!outletRight) misses.push(`outlet ${JSON.stringify(result.facts.outlet)} for ${JSON.stringify(answers.outlet)}`);
  return {
    id,
    quotes: gold.length,
    found: byGold.size,
    predicted: predicted.length,
    extra,
    onNames,
    speakersRight,
    sourcesNamed,
    sourcesRight,
    notClaims: names.length,
    notClaimsClaimed,
    reported: reportedGold.length,
    reportedFound: byReported.size,
    reportedSpeakerRight,
    outletRight,
    misses,
  };
}

export function scoreFolder(dir: string): ArticleScore[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const answers = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Answers;
      return scoreArticle(id, readFileSync(path.join(dir, f), 'utf8'), answers);
    });
}

export function summary(scores: ArticleScore[]): string {
  const sum = (k: keyof ArticleScore) => scores.reduce((n, s) => n + Number(s[k]), 0);
  const found = sum('found');
  // a piece on a name in marks is as wrong as any other unexpected one: counted apart (below) and in precision too
  const precision = sum('predicted') ? (100 * (sum('predicted') - sum('extra') - sum('onNames'))) / sum('predicted') : 100;
  return [
    `${scores.length} articles: quotations found ${found}/${sum('quotes')} (precision ${precision.toFixed(1)}) | speaker right ${sum('speakersRight')}/${found} ` +
      `(${((100 * sum('speakersRight')) / Math.max(1, found)).toFixed(1)}) | named source right ${sum('sourcesRight')}/${sum('sourcesNamed')}`,
    `names in marks claimed ${sum('notClaimsClaimed')}/${sum('notClaims')} | reported claims found ${sum('reportedFound')}/${sum('reported')}, ` +
      `${sum('reportedSpeakerRight')} with the right speaker or source | outlet right ${sum('outletRight')}/${scores.length}`,
  ].join('\n');
}

// `npx tsx bench/extract/answered-set.ts DIR…` prints each set's figures and every miss
if (require.main === module) {
  for (const dir of process.argv.slice(2)) {
    const scores = scoreFolder(dir);
    console.log(`${dir}\n${summary(scores)}`);
    for (const s of scores) for (const m of s.misses) console.log(`  ${s.id}: ${m}`);
  }
}
