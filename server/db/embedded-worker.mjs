// Runs PGlite (Postgres compiled to WebAssembly) off the main thread and serves it over the
// Postgres wire protocol on 127.0.0.1, so the app talks to it exactly as to a real server.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const { dataDir, maxConnections } = workerData;

try {
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());

  parentPort.on('message', async (msg) => {
    if (msg !== 'stop') return;
    try {
      await server.stop();
      await db.close();
      parentPort.postMessage({ type: 'stopped' });
    } catch (err) {
      parentPort.postMessage({ type: 'error', message: String(err?.stack ?? err) });
    }
  });
  parentPort.postMessage({ type: 'ready', port });
} catch (err) {
  parentPort.postMessage({ type: 'error', message: String(err?.stack ?? err) });
}
