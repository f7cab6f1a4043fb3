import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BATCH_DOCS } from '../pipeline/batch.ts';
import type { RawArticle } from '../types/index.ts';
import { generateDocs, loadPool } from './corpus.ts';
import { CRASH_MARK, winkAlone } from './phases.ts';

/**
 * `claims bench --phases instructions`: how many machine instructions wink-nlp alone and each
 * extractor execute per byte of news, counted by valgrind, which counts the same total for the
 * same work whatever else the machine runs. The time phases' ratios move by 20-40% between hours
 * of this shared host (0.32x one day, 0.39x another, for the same code); an instruction count
 * does not, so it can tell a 1% change in the pipeline from none.
 *
 * It does not replace the time phases: an instruction is not a unit of time (a cache miss costs
 * a hundred), and the pipeline's instructions cost more time each than wink-nlp's. It measures
 * the work; the time phases measure what the work costs on this machine today.
 *
 * How: each target runs in a process of its own under `valgrind --tool=callgrind`, with V8 in
 * `--predictable` mode (no concurrent compiler or GC threads, a fixed GC schedule, fixed hash and
 * random seeds: two runs' counts 0.07% apart for wink-nlp and 0.7% for `rules`). The
 * process starts with callgrind's instrumentation off (`--instr-atstart=no`: nothing counted, and
 * ~5x faster than counted code), loads, runs the warm-up, says so on stderr and waits; the bench
 * then turns the counting on (`callgrind_control --instr=on`) and lets it go on, so the count it
 * reports at exit is the counted documents' alone, without the start-up (loading the model,
 * compiling the code) or the warm-up. (Counting two whole runs and taking the difference left
 * 3% of noise: loading the modules through tsx does not execute the same instructions twice.)
 * Under valgrind the code runs ~30x slower, hence the small default count.
 */

/** The child phase that runs one target in this thread for the counter: `icount:wink` or `icount:<extractor>`. */
export const ICOUNT_PREFIX = 'icount:';
/** The target of wink-nlp alone (its full pipe with sentences and entities, as the `wink` phase). */
export const ICOUNT_WINK = 'wink';

/**
 * Documents (from the warm-up seed) a counted process runs before counting starts. V8 keeps
 * optimising the pipeline's functions long after start-up (many get hot late, a few deoptimise
 * on a new object shape), and under `--predictable` that compiling runs in the counted thread:
 * after 300 documents it was 35% of `rules`'s count over the next 60, after 1,000 it was 11% over
 * the next 100 (wink-nlp's: 0.9%). The compiling is counted apart anyway (`compileInstructions`).
 */
export const ICOUNT_WARMUP = 1000;
/**
 * Documents counted by default. Fewer are at the mercy of where a full GC falls: over 20
 * documents wink-nlp counted 14.3 M instructions per document in one build and 23.0 in the next,
 * over 300 it stays within 0.2%.
 */
export const ICOUNT_DOCS = 300;
/** What a counted child writes on stderr once warm, before it waits for the flag file. */
export const ICOUNT_READY = 'claims-icount: warm';

/** V8 flags of the counted processes: one thread of V8's own work, a fixed GC schedule, fixed seeds. */
export const PREDICTABLE_FLAGS = ['--predictable', '--predictable-gc-schedule', '--random-seed=1', '--hash-seed=1'] as const;
export const VALGRIND_ARGS = ['--tool=callgrind', '--instr-atstart=no', '--smc-check=all-non-file'] as const;

/**
 * `--cache-sim`: callgrind also simulates the caches and the branch predictor over the counted
 * documents. The geometry is fixed here, not read off the host (valgrind would take this VM's
 * reported L3 of 512 MB as its last level, where nothing but a first touch misses): a 32 KB
 * 8-way L1 for instructions and one for data, and as the last level a 1 MB 16-way cache, the size
 * of one core's own L2 on current servers (the L3 is shared with whatever else the host runs).
 * Like the instruction count, the simulated misses are the same whatever the machine's load; they
 * are a model (valgrind's predictor is simpler than a real one), for telling where the pipeline's
 * instructions cost more time each than wink-nlp's, and whether a change makes that better.
 */
export const CACHE_SIM_ARGS = ['--cache-sim=yes', '--branch-sim=yes', '--I1=32768,8,64', '--D1=32768,8,64', '--LL=1048576,16,64'] as const;

/** The simulated misses of a counted run (`--cache-sim`), over its counted documents. */
export interface CacheCounts {
  /** Instruction fetches that missed the L1 instruction cache. */
  readonly i1Misses: number;
  /** Data reads and writes that missed the L1 data cache. */
  readonly d1Misses: number;
  /** Instruction and data accesses that missed the last level too (the modelled 1 MB L2). */
  readonly llMisses: number;
  readonly branches: number;
  /** Mispredicted branches, conditional and indirect. */
  readonly mispredicts: number;
  /** Of `mispredicts`, the indirect ones (jumps and calls through a register: dispatch, regex backtracking). */
  readonly indirectMispredicts: number;
}

/** The simulated misses out of callgrind's report at exit (with CACHE_SIM_ARGS), or null when it has none. */
export function parseCacheReport(report: string): CacheCounts | null {
  const i1 = reportNumber(report, /==\s*I1\s+misses:\s+([\d,]+)/);
  const d1 = reportNumber(report, /==\s*D1\s+misses:\s+([\d,]+)/);
  const lli = reportNumber(report, /==\s*LLi\s+misses:\s+([\d,]+)/);
  const lld = reportNumber(report, /==\s*LLd\s+misses:\s+([\d,]+)/);
  const branches = reportNumber(report, /==\s*Branches:\s+([\d,]+)/);
  const mispredicts = reportNumber(report, /==\s*Mispredicts:\s+([\d,]+)/);
  const indirect = reportNumber(report, /==\s*Mispredicts:.*\+\s*([\d,]+) ind\)/);
  if (i1 === null || d1 === null || lli === null || lld === null || branches === null || mispredicts === null || indirect === null) return null;
  return { i1Misses: i1, d1Misses: d1, llMisses: lli + lld, branches, mispredicts, indirectMispredicts: indirect };
}

/**
 * Where V8 compiles code (its optimising compiler TurboFan, the baseline compiler Sparkplug, the
 * bytecode compiler): the instructions spent inside these functions are the count's JIT
 * compiling. In a real run TurboFan compiles on a helper thread, beside the documents; under
 * `--predictable` it compiles in the counted thread, so it is reported apart.
 */
export const COMPILE_ENTRIES: readonly RegExp[] = [
  /\bPipelineCompilationJob::(?:Execute|Finalize)JobImpl\(/,
  /\bBaselineBatchCompiler::CompileBatch\(|\bCompiler::CompileBaseline\(/,
  /\bInterpreterCompilationJob::ExecuteJobImpl\(/,
  /\bMaglevCompilationJob::(?:Execute|Finalize)JobImpl\(/,
];

/**
 * The instructions a callgrind profile (its output file, `--tool=callgrind` format) spent inside
 * the functions `entries` name, callees included: the inclusive cost of every call into one of
 * them from a function that is not one of them (so a compile that calls another is counted once).
 */
export function instructionsInside(profile: string, entries: readonly RegExp[] = COMPILE_ENTRIES): number {
  const names = new Map<string, string>();
  const isEntry = new Map<string, boolean>();
  const entry = (id: string | undefined): boolean => {
    if (id === undefined) return false;
    let e = isEntry.get(id);
    if (e === undefined) {
      const name = names.get(id) ?? '';
      e = entries.some((re) => re.test(name));
      isEntry.set(id, e);
    }
    return e;
  };
  let fn: string | undefined;
  let cfn: string | undefined;
  let callCost = false;
  let inside = 0;
  for (const line of profile.split('\n')) {
    const m = /^(c?fn)=\((\d+)\)(?: (.*))?$/.exec(line);
    if (m) {
      const [, kind, id, name] = m as unknown as [string, string, string, string | undefined];
      if (name !== undefined) names.set(id, name);
      if (kind === 'fn') fn = id;
      else cfn = id;
      continue;
    }
    if (line.startsWith('calls=')) {
      callCost = true;
      continue;
    }
    if (callCost && line !== '' && !line.includes('=')) {
      callCost = false;
      // the line after calls=: position, then the call's inclusive cost per event (Ir first)
      if (entry(cfn) && !entry(fn)) inside += Number(line.split(' ')[1] ?? 0);
    }
  }
  return inside;
}

/** What a counted child prints (as JSON on stdout). */
export interface CountedRun {
  readonly target: string;
  readonly docs: number;
  readonly bytes: number;
  /** Documents whose record carries an `extractor-crash` (see PhaseResult.stageCrashes). */
  readonly stageCrashes: number;
  /** Documents that failed outright. */
  readonly failed: number;
}

/** One target's count. */
export interface InstructionCount {
  readonly target: string;
  readonly label: string;
  /** Documents counted. */
  readonly docs: number;
  readonly bytes: number;
  readonly instructionsPerDoc: number;
  readonly instructionsPerKB: number;
  /** valgrind's count over the counted documents. */
  readonly instructions: number;
  /** Of `instructions`, those V8 spent compiling (COMPILE_ENTRIES). */
  readonly compileInstructions: number;
  /** Per KB without the compiling: the work a worker thread does (V8 compiles on a helper thread). */
  readonly instructionsPerKBWithoutCompile: number;
  /** With `--cache-sim`: the simulated misses per document (see CACHE_SIM_ARGS). */
  readonly cachePerDoc?: CacheCounts;
  readonly stageCrashes: number;
  readonly failed: number;
}

/** The run a counted child does: warm-up, then `docs` documents of the corpus, in this thread. */
export async function countedRun(
  target: string,
  o: { corpus: string; docs: number; seed: number; warmup: number; warmupSeed: number; waitFor?: string },
): Promise<CountedRun> {
  const pool = loadPool(o.corpus);
  const warm = [...generateDocs(pool, o.warmup, o.warmupSeed)];
  let bytes = 0;
  let stageCrashes = 0;
  let failed = 0;
  if (target === ICOUNT_WINK) {
    const w = (await import('../nlp/wink.ts')).wink();
    for (const d of warm) winkAlone(w, d.raw);
    if (o.waitFor) waitForFile(o.waitFor);
    for (const d of generateDocs(pool, o.docs, o.seed)) {
      winkAlone(w, d.raw);
      bytes += d.raw.length;
    }
  } else {
    // as a worker runs it: batches of BATCH_DOCS, ingest, the extractor, the JSONL line
    await import('../pipeline/extractors.ts');
    const [{ loadExtractor }, { processBatch }, { formatRecord }] = await Promise.all([
      import('../pipeline/registry.ts'),
      import('../pipeline/process.ts'),
      import('../pipeline/format.ts'),
    ]);
    const extractor = await loadExtractor(target);
    const run = (ds: readonly RawArticle[], counted: boolean): void => {
      for (const out of processBatch(ds, extractor)) {
        const line = out.record ? formatRecord(out.record, 'jsonl') : '';
        if (!counted) continue;
        if (!out.ok) failed++;
        else if (line.includes(CRASH_MARK)) stageCrashes++;
      }
    };
    for (let i = 0; i < warm.length; i += BATCH_DOCS) run(warm.slice(i, i + BATCH_DOCS), false);
    if (o.waitFor) waitForFile(o.waitFor);
    const batch: RawArticle[] = [];
    for (const d of generateDocs(pool, o.docs, o.seed)) {
      bytes += d.raw.length;
      batch.push(d);
      if (batch.length < BATCH_DOCS) continue;
      run(batch, true);
      batch.length = 0;
    }
    if (batch.length > 0) run(batch, true);
  }
  return { target, docs: o.docs, bytes, stageCrashes, failed };
}

/**
 * Says on stderr that the warm-up is done and sleeps until `file` exists (the bench creates it
 * once valgrind counts). Sleeps in Atomics.wait, which executes nothing.
 */
function waitForFile(file: string): void {
  process.stderr.write(`${ICOUNT_READY}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + 10 * 60_000;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`instruction count: no go-ahead (${file}) within 10 minutes`);
    Atomics.wait(cell, 0, 0, 20);
  }
}

/** The instructions callgrind counted ("Collected : N" in its report at exit), or null. */
export function parseInstructionTotal(report: string): number | null {
  return reportNumber(report, /\bCollected\s*:\s*([\d,]+)/);
}

/** The number (digits, maybe with thousands commas) `re`'s first group finds in valgrind's report, or null. */
function reportNumber(report: string, re: RegExp): number | null {
  const m = re.exec(report);
  return m ? Number((m[1] as string).replace(/,/g, '')) : null;
}

/** Whether valgrind and callgrind_control can be run here. */
export function hasValgrind(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0 && spawnSync('callgrind_control', ['-h'], { encoding: 'utf8' }).status === 0;
}

/** One target's count from what valgrind counted and what the child ran. */
export function instructionCount(label: string, instructions: number, run: CountedRun, compileInstructions = 0, cache: CacheCounts | null = null): InstructionCount {
  if (run.docs <= 0 || run.bytes <= 0) throw new Error(`instruction count of ${run.target}: no documents were counted`);
  if (compileInstructions < 0 || compileInstructions > instructions) throw new Error(`instruction count of ${run.target}: ${compileInstructions} compiling out of ${instructions}`);
  const perDoc = (x: number): number => x / run.docs;
  return {
    target: run.target,
    label,
    docs: run.docs,
    bytes: run.bytes,
    instructionsPerDoc: instructions / run.docs,
    instructionsPerKB: (instructions / run.bytes) * 1024,
    instructions,
    compileInstructions,
    instructionsPerKBWithoutCompile: ((instructions - compileInstructions) / run.bytes) * 1024,
    ...(cache
      ? {
          cachePerDoc: {
            i1Misses: perDoc(cache.i1Misses),
            d1Misses: perDoc(cache.d1Misses),
            llMisses: perDoc(cache.llMisses),
            branches: perDoc(cache.branches),
            mispredicts: perDoc(cache.mispredicts),
            indirectMispredicts: perDoc(cache.indirectMispredicts),
          },
        }
      : {}),
    stageCrashes: run.stageCrashes,
    failed: run.failed,
  };
}

/**
 * Runs `node <nodeArgs> --wait-for <flag>` under callgrind: once the child says it is warm, turns
 * the counting on and creates the flag file; returns the count at exit and the child's JSON.
 */
export function countChild(
  nodeArgs: readonly string[],
  opts: { readonly cacheSim?: boolean } = {},
): Promise<{ instructions: number; compileInstructions: number; cache: CacheCounts | null; run: CountedRun }> {
  const dir = mkdtempSync(join(tmpdir(), 'claims-icount-'));
  const flag = join(dir, 'go');
  const profile = join(dir, 'callgrind.out');
  const sim = opts.cacheSim ? CACHE_SIM_ARGS : [];
  const args = [...VALGRIND_ARGS, ...sim, `--callgrind-out-file=${profile}`, process.execPath, ...PREDICTABLE_FLAGS, ...nodeArgs, '--wait-for', flag];
  return new Promise<{ instructions: number; compileInstructions: number; cache: CacheCounts | null; run: CountedRun }>((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let counting: Promise<void> | null = null;
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      err += c;
      if (counting || !err.includes(ICOUNT_READY) || child.pid === undefined) return;
      const pid = String(child.pid);
      counting = new Promise<void>((done, fail) => {
        execFile('callgrind_control', ['--instr=on', pid], (e) => (e ? fail(new Error(`callgrind_control --instr=on ${pid}: ${e.message}`)) : done()));
      }).then(() => writeFileSync(flag, ''));
      counting.catch((e: unknown) => {
        child.kill();
        reject(e instanceof Error ? e : new Error(String(e)));
      });
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const instructions = parseInstructionTotal(err);
      if (code !== 0 || instructions === null || !counting) {
        return reject(new Error(`counted run (${nodeArgs.join(' ')}) exited with ${code}: ${err.split('\n').filter((l) => l && !l.startsWith('==')).slice(-5).join(' | ')}`));
      }
      let run: CountedRun;
      try {
        run = JSON.parse(out) as CountedRun;
      } catch {
        return reject(new Error(`counted run (${nodeArgs.join(' ')}) printed no result`));
      }
      const cache = opts.cacheSim ? parseCacheReport(err) : null;
      if (opts.cacheSim && !cache) return reject(new Error(`counted run (${nodeArgs.join(' ')}): valgrind reported no cache simulation`));
      try {
        resolve({ instructions, compileInstructions: instructionsInside(readFileSync(profile, 'utf8')), cache, run });
      } catch (e) {
        reject(new Error(`counted run (${nodeArgs.join(' ')}): cannot read callgrind's profile: ${e instanceof Error ? e.message : String(e)}`));
      }
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}
