// The entry of the report worker thread: the sources are TypeScript run through tsx, and a
// worker thread does not inherit the main thread's loader, so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./render-job.ts');
