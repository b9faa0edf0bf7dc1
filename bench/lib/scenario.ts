import { spawn } from 'node:child_process';
import path from 'node:path';

/** One measured load: GETs cycling over `paths`, or verdict submissions on a pool of claims. */
export interface Scenario {
  name: string;
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  paths?: string[];
  /** Verdicts are submitted with the reviewers' sessions in turn. */
  verdicts?: { sessions: Array<{ cookie: string; csrf: string }>; claims: Array<{ id: number; version: number }> };
}

export interface LoadResult {
  name: string;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  /** Kilobytes a response, headers included. */
  kilobytes?: number;
  /** CPU milliseconds per request of the load generator itself (reading the responses), on the same cores. */
  loadCpu?: number;
  /** CPU milliseconds per request: the server process, and its PostgreSQL backends. */
  cpu?: { app: number; database: number };
}

const TSX = path.resolve(__dirname, '../../node_modules/.bin/tsx');

/** Runs a scenario in a separate load-generator process and returns its figures. */
export function runLoad(scenario: Scenario): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(__dirname, 'load-process.ts'), JSON.stringify(scenario)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator for ${scenario.name} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadResult);
    });
  });
}
