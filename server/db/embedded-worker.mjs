// Runs PGlite (Postgres compiled to WebAssembly) off the main thread and serves it over the
// Postgres wire protocol on 127.0.0.1, so the app talks to it exactly as to a real server.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const { dataDir, maxConnections } = workerData;

const SYNC = 0x53; // 'S': ends an extended-protocol batch (Parse/Bind/Describe/Execute/Sync)
const QUERY = 0x51; // 'Q': a simple query is a batch by itself
const STARTUP = 0x00; // the startup message has no type byte; its length's high byte is 0

/*
 * PGlite is ONE Postgres session shared by every client connection. pglite-socket 0.2.17 queues
 * protocol messages one by one, so Parse/Bind/Execute of two connections can interleave: the
 * unnamed statement and portal get swapped and rows reach the wrong client ("portal does not
 * exist", empty RETURNING). This scheduler keeps a connection's whole batch — up to its Sync —
 * together, as well as its whole transaction, and never stalls the queue after a failure.
 */
function scheduleWholeBatches(queue) {
  if (typeof queue?.processQueue !== 'function' || !Array.isArray(queue.queue)) {
    throw new Error('pglite-socket internals changed: cannot keep protocol batches together');
  }
  let midBatch = false;
  queue.processQueue = async function processQueue() {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const pinned = (midBatch || this.db.isInTransaction()) && this.lastHandlerId !== null;
        const index = pinned ? this.queue.findIndex((q) => q.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // the pinned connection's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        this.lastHandlerId = item.handlerId;
        const type = item.message[0];
        midBatch = !(type === SYNC || type === QUERY || type === STARTUP);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (err) {
          midBatch = false;
          item.reject(err);
        }
      }
    } finally {
      this.processing = false;
    }
  };
  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async function clearTransactionIfNeeded(handlerId) {
    if (this.lastHandlerId === handlerId) midBatch = false;
    await clearTransaction(handlerId);
    void this.processQueue();
  };
}

try {
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  scheduleWholeBatches(server.queryQueue);
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
