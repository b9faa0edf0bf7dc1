'use strict';
/**
 * Starts the extract CLI from a bundle of its TypeScript, built once and rebuilt whenever a source file it was
 * built from changes. Compiling the engine on the fly at every start costs more than extracting a small batch,
 * and the bundle calls across modules directly instead of through the live-binding getters of per-file output.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = path.join(__dirname, 'extract.ts');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'verbatim', 'cli');
/** Named after the checkout, so two checkouts sharing one node_modules never load each other's engine. */
const NAME = `extract-${require('node:crypto').createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}`;
const BUNDLE = path.join(CACHE, `${NAME}.cjs`);
/** Source files the bundle was built from, with their modification times. */
const INPUTS = path.join(CACHE, `${NAME}.inputs.json`);

function isFresh() {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
    if (!fs.existsSync(BUNDLE)) return false;
  } catch {
    return false;
  }
  for (const [file, mtimeMs] of Object.entries(inputs)) {
    try {
      if (fs.statSync(path.join(ROOT, file)).mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function build() {
  const esbuild = require('esbuild');
  fs.mkdirSync(CACHE, { recursive: true });
  // Written under a private name and renamed: a second process starting meanwhile sees the old bundle or the new.
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    inputs[file] = fs.statSync(path.join(ROOT, file)).mtimeMs;
  }
  fs.renameSync(tmp, BUNDLE);
  const tmpInputs = `${INPUTS}.${process.pid}.tmp`;
  fs.writeFileSync(tmpInputs, JSON.stringify(inputs));
  fs.renameSync(tmpInputs, INPUTS);
}

function load() {
  if (!isFresh()) {
    try {
      build();
    } catch (e) {
      // Without a bundle the CLI still works, compiled on the fly.
      process.stderr.write(`extract: cannot prebuild the engine (${e.message.split('\n')[0]}); compiling on the fly\n`);
      require('tsx/cjs');
      return require(ENTRY);
    }
  }
  return require(BUNDLE);
}

// why: a batch spends most of its time before the optimising compiler has caught up, and compiling each hot
// function with every callee it can inline costs more than the inlining saves over ~12 MB (the CLI on 13.8 MB:
// ~10% fewer instructions in total, ~15% over the first hundred articles). A smaller inlining budget keeps the
// compiled graphs small; it changes how fast the engine runs, never what it returns.
// Other tiering flags (--maglev, --always-sparkplug, --no-lazy-feedback-allocation, a lower --interrupt-budget,
// less TurboFan escape analysis or loop peeling, fewer ticks before optimising, no OSR, no inlining at all)
// measured no better over 13.8 MB. Articles are extracted on this one thread on purpose: the optimising compiler
// spends about a second of CPU on the engine's ~220 hot functions, on a background thread that the second core
// carries; a worker thread's engine needs that second again, from cold. On two idle cores, batches handed to one
// worker beside this thread took 1.84 s against 1.74 s (3.1 s of CPU against 2.1 s), byte-identical output.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');

void load().main(process.argv.slice(2));
