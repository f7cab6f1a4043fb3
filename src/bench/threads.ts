import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * CPU time by thread of this process, from Linux's /proc (elsewhere: nothing). It splits a
 * phase's CPU into the thread that reads and writes (main), the worker threads that run
 * the extractor, and every other thread: V8's platform threads (concurrent TurboFan
 * compiling, parallel scavenges, concurrent marking) and libuv's pool. The split says what
 * bounds scaling: at 1 worker the helpers run on another core for free, at N workers on
 * all cores they compete with the workers.
 */

/** CPU ms per thread id, at one moment. */
export type ThreadCpu = ReadonlyMap<number, number>;

/** CPU ms of one thread: schedstat's nanoseconds where the kernel keeps them, else stat's ticks. */
function threadMs(dir: string): number | null {
  try {
    const ns = Number(readFileSync(`${dir}/schedstat`, 'utf8').split(' ')[0]);
    if (Number.isFinite(ns)) return ns / 1e6;
  } catch {
    // no schedstat: fall back to stat
  }
  try {
    // fields after the command name (which may hold spaces, so split after its ')'): utime is 14th, stime 15th overall
    const rest = readFileSync(`${dir}/stat`, 'utf8');
    const f = rest.slice(rest.lastIndexOf(')') + 2).split(' ');
    // USER_HZ is 100 on every Linux this runs on
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null; // the thread ended between readdir and read
  }
}

/** Every thread's CPU ms now; null where /proc/self/task is not there (not Linux). */
export function threadCpu(): ThreadCpu | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const m = new Map<number, number>();
  for (const t of tids) {
    const ms = threadMs(`/proc/self/task/${t}`);
    if (ms !== null) m.set(Number(t), ms);
  }
  return m;
}

/** The kernel's id of the calling thread (main or worker); null where /proc is not there. */
export function ownTid(): number | null {
  try {
    const m = /\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** CPU ms per document by kind of thread, over a phase's counted documents. */
export interface ThreadSplit {
  /** The thread that reads the input and writes the output (in-thread phases: all the work). */
  readonly main: number;
  /** The worker threads, together. */
  readonly workers: number;
  /** Every other thread: V8's compiler and GC helpers, libuv's pool. */
  readonly helpers: number;
}

/**
 * The split of the CPU between two snapshots, per document. `main` is the process's first
 * thread (its id is the process id), `workers` the given thread ids, `helpers` the rest;
 * a thread that started after `before` counts from zero.
 */
export function splitCpu(before: ThreadCpu, after: ThreadCpu, workerTids: readonly number[], docs: number): ThreadSplit {
  const main = process.pid;
  const workers = new Set(workerTids);
  let m = 0;
  let w = 0;
  let h = 0;
  for (const [tid, ms] of after) {
    const spent = ms - (before.get(tid) ?? 0);
    if (tid === main) m += spent;
    else if (workers.has(tid)) w += spent;
    else h += spent;
  }
  const n = Math.max(1, docs);
  return { main: m / n, workers: w / n, helpers: h / n };
}
