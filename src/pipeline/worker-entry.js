// Plain-JS entry of a worker thread: registers tsx's loader in this thread (loader
// hooks are per thread), then hands every task to the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const worker = import('./worker.ts');

export default async function run(task) {
  const mod = await worker;
  return mod.default(task);
}
