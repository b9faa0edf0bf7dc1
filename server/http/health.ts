import type { Db } from '../db/knex';
import { secureRouter, PUBLIC } from './secure-router';

const TIMEOUT_MS = 2000;

export function healthRouter(db: Db) {
  const r = secureRouter();
  r.get('/healthz', PUBLIC, async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    try {
      await withTimeout(db.raw('SELECT 1'), TIMEOUT_MS);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'not answering' });
    }
  });
  return r.router;
}

function withTimeout<T>(p: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    Promise.resolve(p).finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
    }),
  ]);
}
