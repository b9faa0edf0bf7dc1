import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/*
 * A fresh PGlite cluster costs an initdb (3 s on an idle machine, far more on a busy one). The
 * install step makes one empty cluster here, once; a new data folder starts as a copy of it.
 */
const ROOT = path.resolve(__dirname, '../..');

function pgliteVersion(): string {
  const pkg = path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

export function templateDir(): string {
  return path.join(ROOT, 'node_modules/.cache/verbatim', `pglite-${pgliteVersion()}-cluster`);
}

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** Copies the prepared empty cluster into `pgDir` when that folder is new; false when there is none. */
export function seedFromTemplate(pgDir: string): boolean {
  if (!isEmptyDir(pgDir)) return false;
  let template: string;
  try {
    template = templateDir();
  } catch {
    return false;
  }
  if (!existsSync(path.join(template, 'PG_VERSION'))) return false;
  mkdirSync(pgDir, { recursive: true });
  cpSync(template, pgDir, { recursive: true });
  return true;
}

/** Builds the template atomically: `init` makes a cluster inside a work folder and returns its path. */
export async function prepareTemplate(init: (workDir: string) => Promise<string>): Promise<string> {
  const target = templateDir();
  if (existsSync(path.join(target, 'PG_VERSION'))) return target;
  removeAbandonedBuilds(target);
  const building = `${target}.building-${process.pid}`;
  mkdirSync(building, { recursive: true });
  try {
    const cluster = await init(building);
    rmSync(target, { recursive: true, force: true });
    renameSync(cluster, target);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return target;
}

/** Work folders of installs that were interrupted (their process is gone). */
function removeAbandonedBuilds(target: string): void {
  const parent = path.dirname(target);
  if (!existsSync(parent)) return;
  const prefix = `${path.basename(target)}.building-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!isRunning(pid)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
