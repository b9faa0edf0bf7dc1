// The extraction engine in a worker thread (see server/articles/engine.ts). The engine is TypeScript: tsx compiles it
// here as it does for the app's own thread.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
createRequire(import.meta.url)('./engine-thread.ts');
