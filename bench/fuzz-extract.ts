/**
 * `npm run bench:fuzz [-- --runs 100000 --seed 42]`: feeds the extraction engine generated articles (every quote
 * glyph, scraper damage, cues, pronouns, clutter) and noise; fails on any exception, invalid span or
 * non-deterministic result, then prints time per MB by input size and checks that CPU time grows linearly with size.
 */
import fc from 'fast-check';
import { extract } from '../server/extraction';
import { articleText, endlessSentencePiece, fuzzInput, LONE_MARKS } from './lib/article-arbitraries';
import { extractionProblems } from './lib/extraction-invariants';
import { SizeBuckets } from './lib/size-buckets';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const runs = arg('runs', 100_000);
const seed = arg('seed', Date.now() % 2 ** 31);
const buckets = new SizeBuckets();

function timedExtract(text: string) {
  const t0 = process.hrtime.bigint();
  const result = extract({ text });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  buckets.add(Buffer.byteLength(text), ms);
  return result;
}

console.log(`fuzzing extract() with ${runs} generated inputs, seed ${seed}`);
const started = Date.now();
let bytes = 0;
let claims = 0;
const outcome = fc.check(
  fc.property(fuzzInput, (text) => {
    bytes += Buffer.byteLength(text);
    const first = timedExtract(text);
    claims += first.claims.length;
    const problems = extractionProblems(text, first);
    if (problems.length) throw new Error(problems.slice(0, 5).join('; '));
    if (JSON.stringify(extract({ text })) !== JSON.stringify(first)) throw new Error('a second run gave a different result');
  }),
  { numRuns: runs, seed },
);
const seconds = (Date.now() - started) / 1000;
console.log(`${outcome.numRuns} inputs, ${(bytes / 1e6).toFixed(1)} MB, ${claims} claims found, ${seconds.toFixed(1)} s`);
if (outcome.failed) {
  console.error(`FAILED after ${outcome.numRuns} runs (seed ${seed}, path ${outcome.counterexamplePath}):`);
  console.error(String(outcome.errorInstance instanceof Error ? outcome.errorInstance.message : outcome.errorInstance));
  console.error(`smallest failing input: ${JSON.stringify(outcome.counterexample?.[0]).slice(0, 2000)}`);
  process.exitCode = 1;
}

// Scaling: the same kinds of input at growing sizes, so time per MB can be compared bucket to bucket.
const SIZES = [4 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20];
const articles = fc.sample(articleText, { numRuns: 2000, seed });
const sentencePieces = fc.sample(endlessSentencePiece, { numRuns: 2000, seed });
const growTo = (size: number, next: (i: number) => string) => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = next(i);
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
};
const families: Record<string, (size: number) => string> = {
  articles: (size) => growTo(size, (i) => articles[i % articles.length]!),
  'lone marks': (size) => growTo(size, (i) => LONE_MARKS[i % LONE_MARKS.length]!.repeat(37) + 'x'),
  // every mark alone on its line: each one looks back over the walls of marks and blank lines before it
  'marks on lines': (size) => growTo(size, (i) => LONE_MARKS[i % LONE_MARKS.length]! + (i % 7 === 0 ? ',' : '')),
  'no spaces': (size) => 'a'.repeat(size),
  'one paragraph': (size) => growTo(size, (i) => articles[i % articles.length]!.replace(/\s+/g, ' ')).replace(/\n/g, ' '),
  'deep nesting': (size) => '“‘'.repeat(size / 4) + 'x' + '’”'.repeat(size / 4),
  // attributed quotations and nothing that ends a sentence: the whole input is one sentence
  'one sentence': (size) => {
    const parts: string[] = [];
    for (let i = 0, length = 0; length < size; i++) length += (parts[parts.length] = sentencePieces[i % sentencePieces.length]!).length;
    return parts.join('').slice(0, size);
  },
};
const slopes: Array<[string, number, number]> = [];
for (const [family, make] of Object.entries(families)) {
  const points: Array<[number, number]> = [];
  const cpuPoints: Array<[number, number]> = [];
  for (const size of SIZES) {
    const text = make(size);
    // why: noise on a shared machine only ever adds time; the fastest of five runs is the steadiest estimate, and a
    // few-millisecond 16 KB point taken as a median of three swung the slope by ±0.15. The slope is fitted to the
    // process's CPU time, not the wall clock, which stretches with whatever else the machine runs: with three busy
    // loops beside it on two cores, the wall-clock exponent of "lone marks" read 1.39 (over the bar) and its CPU-time
    // exponent 1.02, as on an idle machine.
    const samples = [0, 1, 2, 3, 4].map(() => {
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const result = extract({ text });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = process.cpuUsage(cpu0);
      const problems = extractionProblems(text, result);
      if (problems.length) throw new Error(`${family} at ${size} bytes: ${problems.slice(0, 3).join('; ')}`);
      return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
    });
    const ms = Math.min(...samples.map((r) => r.ms));
    buckets.add(Buffer.byteLength(text), ms);
    points.push([Buffer.byteLength(text), ms]);
    cpuPoints.push([Buffer.byteLength(text), Math.min(...samples.map((r) => r.cpuMs))]);
  }
  slopes.push([family, logLogSlope(cpuPoints.slice(1)), logLogSlope(points.slice(1))]);
  const worst = Math.max(...points.map(([, ms]) => ms));
  if (worst > 1000) console.log(`! ${family}: ${worst.toFixed(0)} ms for one input (limit 1000 ms at 1 MB)`);
}

console.log('\ntime per MB by input size (all runs):');
console.log(buckets.table());
console.log('\ngrowth exponent of CPU time against size, 16 KB .. 1 MB (1.0 = linear; wall-clock exponent beside it):');
for (const [family, slope, wall] of slopes) console.log(`  ${family.padEnd(14)} ${slope.toFixed(2)}   (wall ${wall.toFixed(2)})`);
const superlinear = slopes.filter(([, s]) => s > 1.25);
if (superlinear.length) {
  console.error(`NOT LINEAR: ${superlinear.map(([f, s]) => `${f} (${s.toFixed(2)})`).join(', ')}`);
  process.exit(1);
}
if (outcome.failed) process.exit(1);
console.log('\nok: no exception, every span valid, deterministic, time linear in input size');

/** Least-squares slope of log(time) on log(size). */
function logLogSlope(points: Array<[number, number]>): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(Math.max(y, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}
