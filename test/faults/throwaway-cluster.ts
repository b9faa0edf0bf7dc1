import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chmodSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL cluster of its own, on its own port, that a fault test may stop and restart at will without touching
 * the machine's shared server. Runs the Debian binaries as the `postgres` OS user (they refuse to run as root).
 */
export interface ThrowawayCluster {
  port: number;
  url(database?: string): string;
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  destroy(): void;
}

const BIN = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((d) =>
  existsSync(path.join(d, 'pg_ctl')),
);

/** Why a cluster cannot be made here, or null when it can. */
export function clusterUnavailable(): string | null {
  if (!BIN) return 'no PostgreSQL server binaries under /usr/lib/postgresql';
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    return 'no postgres OS user to run the server binaries as';
  }
  if (process.getuid?.() !== 0) return 'not root, so cannot run the server binaries as the postgres user';
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const why = clusterUnavailable();
  if (why) throw new Error(why);
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'verbatim-fault-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const asPostgres = (cmd: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN!, cmd), ...args], { stdio: 'pipe', cwd: '/' });

  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = () => asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '30', 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') => asPostgres('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  start();
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    destroy: () => {
      try {
        stop('immediate');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
