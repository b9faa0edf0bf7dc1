// A worker for SerialWorker's tests: each job keeps the thread busy for `ms` milliseconds, as a hostile document
// keeps the document reader busy, then answers with how long it ran. SPIN_START_MS makes it slow to load, as jsdom is.
import { parentPort } from 'node:worker_threads';

const spin = (ms) => {
  const start = Date.now();
  while (Date.now() - start < ms);
};

parentPort.on('message', ({ id, ms }) => {
  spin(ms);
  parentPort.postMessage({ id, result: { ms } });
});
spin(Number(process.env.SPIN_START_MS ?? 0));
parentPort.postMessage({ ready: true });
