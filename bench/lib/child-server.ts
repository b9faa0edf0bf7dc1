import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ChildServer {
  port: number;
  url: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * Starts a TypeScript server script in its own process and waits for it to print the port it listens on (the app's
 * `running at http://localhost:PORT/`, or `listening on PORT`). The app runs through its real entry point; `nodeArgs`
 * go to node before it (`--cpu-prof`, which NODE_OPTIONS refuses).
 */
export function startChildServer(script: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000, nodeArgs: string[] = []): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...tsxArgs(), script], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(script)} did not start within ${timeoutMs} ms:\n${out}${err}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.stdout!.on('data', (d: Buffer) => {
      out = (out + d.toString()).slice(-4000);
      const m = /(?:listening on |running at http:\/\/localhost:)(\d+)/.exec(out);
      if (m && timer) {
        clearTimeout(timer);
        const port = Number(m[1]);
        resolve({
          port,
          url: `http://127.0.0.1:${port}`,
          process: child,
          stop: (signal = 'SIGTERM') =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
        out = '';
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${path.basename(script)} exited (${code ?? signal}) before listening:\n${out}${err}`));
    });
  });
}

/** tsx as a loader of this node, so the child's pid is the server's own and a signal reaches it directly. */
function tsxArgs(): string[] {
  return ['--import', 'tsx'];
}
