import fs from 'node:fs';
import pg from 'pg';

/** Clock ticks per second for /proc/<pid>/stat on Linux. */
const TICKS = 100;

/** CPU seconds (user + system) a process has used so far, or null where /proc cannot tell. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

/** Local ports of the TCP connections a process holds to PostgreSQL's port. */
function databasePorts(pid: number, pgPort: number): number[] {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed meanwhile
    }
  }
  const remote = `:${pgPort.toString(16).toUpperCase().padStart(4, '0')}`;
  const ports: number[] = [];
  for (const line of fs.readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length > 9 && f[2]!.endsWith(remote) && inodes.has(f[9]!)) ports.push(parseInt(f[1]!.split(':')[1]!, 16));
  }
  return ports;
}

/**
 * CPU time spent serving a scenario, the app process and its PostgreSQL backends together: on a machine shared with
 * other work, wall-clock figures swing, while CPU per request says what a page costs. Linux only; null elsewhere.
 */
export async function cpuMeter(appPid: number, databaseUrl: string): Promise<(() => Promise<{ app: number; database: number } | null>) | null> {
  if (cpuSeconds(appPid) === null) return null;
  const pgPort = Number(new URL(databaseUrl).port || 5432);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ports = databasePorts(appPid, pgPort);
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE client_port = ANY($1)', [ports]);
    const backends = rows.map((r) => r.pid);
    const total = (pids: number[]) => pids.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0);
    const app0 = cpuSeconds(appPid)!;
    const db0 = total(backends);
    return async () => {
      const app1 = cpuSeconds(appPid);
      return app1 === null ? null : { app: app1 - app0, database: total(backends) - db0 };
    };
  } finally {
    await client.end();
  }
}
