import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BUNDLE_CJS = path.join(__dirname, '..', '..', 'server', 'cli', 'bundle.cjs');
const { bundlePath } = require(BUNDLE_CJS) as { bundlePath: (entry: string, name: string) => string };

/** Loads the entry in a process of its own, as the app, jest's workers and the CLI each do. */
function start(entry: string, preload?: string): Promise<{ answer: number; file: string; stderr: string }> {
  const script = `require(${JSON.stringify(BUNDLE_CJS)}).loadBundled(process.argv[1], 'bundle-test')
    .then((m) => process.stdout.write(JSON.stringify({ answer: m.answer, file: m.file })))`;
  const args = [...(preload ? ['-r', preload] : []), '-e', script, entry];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, (err, stdout, stderr) => (err ? reject(err) : resolve({ ...JSON.parse(stdout), stderr })));
  });
}

describe('an entry point loaded from its bundle', () => {
  let dir: string;
  let entry: string;
  let bundle: string;
  let saves = 0;
  /** Writes the answer, each time with a modification time of its own however quickly the tests run. */
  const saveAnswer = (n: number) => {
    const file = path.join(dir, 'answer.ts');
    writeFileSync(file, `export const answer: number = ${n};\n`);
    const at = new Date(Date.now() - 60_000 + ++saves * 1000);
    utimesSync(file, at, at);
  };
  /** The bundle and any temporary file a build left beside it. */
  const filesOfBundle = () => readdirSync(path.dirname(bundle)).filter((f) => f.startsWith(path.basename(bundle)));
  const written = () => {
    const s = statSync(bundle);
    return { ino: s.ino, mtimeMs: s.mtimeMs };
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-'));
    entry = path.join(dir, 'entry.ts');
    bundle = bundlePath(entry, 'bundle-test');
    writeFileSync(entry, "export { answer } from './answer';\nexport const file: string = __filename;\n");
    saveAnswer(1);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(bundle, { force: true });
  });

  it('when no bundle is there, then one is built and the module comes from it', async () => {
    expect(existsSync(bundle)).toBe(false);
    expect(await start(entry)).toEqual({ answer: 1, file: bundle, stderr: '' });
  });

  it('when nothing it was built from has changed, then the next start loads it as it is', async () => {
    await start(entry);
    const before = written();
    expect(await start(entry)).toEqual({ answer: 1, file: bundle, stderr: '' });
    expect(written()).toEqual(before);
  });

  it('when a file it was built from changes, then the next start builds it again from the new text', async () => {
    await start(entry);
    saveAnswer(2);
    expect(await start(entry)).toEqual({ answer: 2, file: bundle, stderr: '' });
  });

  it('when several processes start at once on a stale bundle, then each loads the new module whole and one bundle is left, which the next start keeps', async () => {
    saveAnswer(3);
    const started = await Promise.all(Array.from({ length: 6 }, () => start(entry)));
    expect(started).toEqual(Array.from({ length: 6 }, () => ({ answer: 3, file: bundle, stderr: '' })));
    expect(filesOfBundle()).toEqual([path.basename(bundle)]);
    const settled = written();
    await start(entry);
    expect(written()).toEqual(settled);
  });

  it('when a file is saved while the bundle is being built, then that start loads the text it read and the next builds again', async () => {
    saveAnswer(4);
    // saves answer 5 once esbuild has read answer 4, before the build is recorded
    const saveDuring = path.join(dir, 'save-during-build.cjs');
    const at = new Date(Date.now() - 60_000 + ++saves * 1000);
    writeFileSync(saveDuring, `const fs = require('node:fs');
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  const real = load.call(this, request, ...rest);
  if (request !== 'esbuild') return real;
  return { ...real, build: async (options) => {
    const result = await real.build(options);
    fs.writeFileSync(${JSON.stringify(path.join(dir, 'answer.ts'))}, 'export const answer: number = 5;\\n');
    fs.utimesSync(${JSON.stringify(path.join(dir, 'answer.ts'))}, new Date(${at.getTime()}), new Date(${at.getTime()}));
    return result;
  } };
};
`);
    expect(await start(entry, saveDuring)).toMatchObject({ answer: 4, file: bundle });
    expect(await start(entry)).toMatchObject({ answer: 5, file: bundle });
  });

  it('when the bundle cannot be written, then the entry is compiled on the fly, stderr says why and no temporary file is left', async () => {
    saveAnswer(6);
    const readOnly = path.join(dir, 'read-only.cjs');
    writeFileSync(readOnly, "require('node:fs').renameSync = () => { throw new Error('EROFS: read-only file system, rename'); };\n");
    const started = await start(entry, readOnly);
    expect(started).toEqual({
      answer: 6,
      file: entry,
      stderr: `bundle-test: cannot prebuild ${path.relative(path.join(__dirname, '..', '..'), entry)} (EROFS: read-only file system, rename); compiling on the fly\n`,
    });
    expect(filesOfBundle()).toEqual([path.basename(bundle)]);
  });
});
