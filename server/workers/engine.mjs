// The extraction engine in a worker thread (see server/articles/engine.ts), loaded from a bundle of engine-thread.ts
// and the engine (see ../cli/bundle.cjs): compiling their TypeScript file by file through tsx at every start made a
// new worker ready in 220 ms here, against 80 ms from the bundle, of which 44 ms is any worker's start.
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../cli/bundle.cjs';

await loadBundled(fileURLToPath(new URL('./engine-thread.ts', import.meta.url)), 'engine');
