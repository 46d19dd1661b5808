// Entry of an extraction worker thread: the CLI runs TypeScript through tsx, and a worker
// thread does not inherit its loader, so register it here before loading the real module.
import { register } from 'tsx/esm/api';

register();
await import('./extract-thread.ts');
