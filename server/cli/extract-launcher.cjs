'use strict';
/**
 * Starts the extract CLI from a bundle of its TypeScript, built once and rebuilt whenever a source file it was
 * built from changes (see bundle.cjs). Compiling the engine on the fly at every start costs more than extracting a
 * small batch, and the bundle calls across modules directly instead of through the live-binding getters of per-file
 * output.
 */
const path = require('node:path');
const { loadBundled } = require('./bundle.cjs');

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
// `npm run extract` also starts Node with --no-regexp-tier-up (package.json). why: V8 first compiles each regular
// expression to bytecode for its interpreter, then again to machine code once it has run once; the engine's
// expressions (many with Unicode classes, costly to compile) run on every article, so compiling each once, straight
// to machine code, saves the first pass: over 100 articles, about 2 % fewer instructions in total. It changes how a
// pattern runs, never what it matches. It is given on the command line because set here, after expressions have
// been compiled (building the bundle compiles some), it crashed Node.

void loadBundled(path.join(__dirname, 'extract.ts'), 'extract').then((cli) => cli.main(process.argv.slice(2)));
