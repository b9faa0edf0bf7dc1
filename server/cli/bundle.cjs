'use strict';
/**
 * A TypeScript entry point loaded from one esbuild bundle of it, built once and rebuilt whenever a source file it was
 * built from changes, instead of compiled file by file through tsx at every start. The bundle lives under
 * node_modules/.cache, never in the repository; when it cannot be built or written, the entry is compiled on the fly
 * through tsx as before (tsx needs esbuild too: without it, neither way starts).
 *
 * Several processes (the app's, jest's workers, the CLI) may load the same bundle at once: each build is written under
 * a private name and renamed, so a reader sees the old bundle or the new, whole. The source files a bundle was built
 * from and their modification times are its own first line, so a reader never pairs one build's list with another's
 * code. Two processes that find it stale may both rebuild it; the last rename wins, and either is whole.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { threadId } = require('node:worker_threads');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'verbatim', 'bundles');
const INPUTS = '// inputs ';

/** Named after the entry's absolute path, so two checkouts sharing one node_modules never load each other's engine. */
function bundlePath(entry, name) {
  return path.join(CACHE, `${name}-${crypto.createHash('sha1').update(entry).digest('hex').slice(0, 12)}.cjs`);
}

function isFresh(bundle) {
  let inputs;
  try {
    const text = fs.readFileSync(bundle, 'utf8');
    if (!text.startsWith(INPUTS)) return false;
    inputs = JSON.parse(text.slice(INPUTS.length, text.indexOf('\n')));
  } catch {
    return false;
  }
  for (const [file, mtimeMs] of Object.entries(inputs)) {
    try {
      if (fs.statSync(path.resolve(ROOT, file)).mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

async function build(entry, bundle) {
  const esbuild = require('esbuild');
  const inputs = {};
  // Each file's time is taken before esbuild reads it (a plugin's onLoad runs first, and returning nothing leaves
  // the reading to esbuild): a file saved during the build then looks newer than recorded and the next start builds
  // again. Taken after the build, it would pass off the old text as the new.
  const recordTimes = {
    name: 'record-times',
    setup(b) {
      b.onLoad({ filter: /./, namespace: 'file' }, (args) => {
        inputs[path.relative(ROOT, args.path)] = fs.statSync(args.path).mtimeMs;
        return undefined;
      });
    },
  };
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      outfile: bundle,
      write: false,
      bundle: true,
      packages: 'external',
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
      absWorkingDir: ROOT,
      plugins: [recordTimes],
    });
  } finally {
    // the service process would otherwise idle beside a worker for as long as it lives
    await esbuild.stop();
  }
  fs.mkdirSync(CACHE, { recursive: true });
  // worker threads of one process share its pid
  const tmp = `${bundle}.${process.pid}-${threadId}.tmp`;
  try {
    fs.writeFileSync(tmp, `${INPUTS}${JSON.stringify(inputs)}\n${result.outputFiles[0].text}`);
    fs.renameSync(tmp, bundle);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The module `entry` (an absolute path) exports, from its bundle `name`, built first if missing or stale. When it
 * cannot be built, says so on stderr as `name` and compiles the entry on the fly.
 */
async function loadBundled(entry, name) {
  const bundle = bundlePath(entry, name);
  if (!isFresh(bundle)) {
    try {
      await build(entry, bundle);
    } catch (e) {
      process.stderr.write(`${name}: cannot prebuild ${path.relative(ROOT, entry)} (${e.message.split('\n')[0]}); compiling on the fly\n`);
      require('tsx/cjs/api').register();
      return require(entry);
    }
  }
  return require(bundle);
}

module.exports = { loadBundled, bundlePath };
