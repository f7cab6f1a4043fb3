import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import PQueue from 'p-queue';
import '../../pipeline/extractors.ts';
import { defaultWorkers } from '../../pipeline/batch.ts';
import { extractorNames } from '../../pipeline/registry.ts';
import { PAIR_BLOCK, PAIRED_PREFIX, runPhase, WARMUP_SEED_OFFSET, WINK_INTERLEAVED, type PhaseResult } from '../../bench/phases.ts';
import type { ThreadSplit } from '../../bench/threads.ts';
import {
  countChild, countedRun, hasValgrind, ICOUNT_DOCS, ICOUNT_PREFIX, ICOUNT_WARMUP, ICOUNT_WINK, instructionCount, type CacheCounts, type InstructionCount,
} from '../../bench/instructions.ts';
import { log, prepareOutputFile, UsageError } from '../io.ts';
import { parseCount } from '../args.ts';

interface BenchOptions {
  docs: number;
  compromiseDocs: number;
  workers: number;
  repeat: number;
  seed: number;
  corpus: string;
  extractor: string[];
  json?: string;
  phase?: string;
  phases: string[];
  countDocs: number;
  cacheSim?: boolean;
  warmup?: number;
  waitFor?: string;
}

const PHASES = ['wink', 'compromise', 'single', 'paired', 'multi', 'stages', 'instructions'] as const;
/** What `claims bench` runs unless `--phases` says otherwise (`stages` and `instructions` are asked for by name). */
const DEFAULT_PHASES = ['wink', 'compromise', 'single', 'paired', 'multi'] as const;

const WINK_LABEL = 'wink-nlp readDoc+sentences+entities';
const STAGES_LABEL = 'rules by stage (one thread, no worker)';
const pairedLabel = (e: string): string => `${e} (1 worker, in turn with wink-nlp on 1 worker)`;
const pairedRatioKey = (e: string): string =>
  `${e} (1 worker) / wink-nlp alone (1 worker), in turn over blocks of ${PAIR_BLOCK} documents, MB/s, median of runs`;
const BIN = fileURLToPath(new URL('../../../bin/claims.js', import.meta.url));

/** Runs one phase in a child process of its own, so each phase's peak RSS is its own. */
function runChild(phase: string, docs: number, workers: number, o: BenchOptions): Promise<PhaseResult> {
  const args = [BIN, 'bench', '--phase', phase, '--docs', String(docs), '--workers', String(workers),
    '--seed', String(o.seed), '--corpus', o.corpus];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench phase ${phase} exited with ${code}`));
      try {
        resolve(JSON.parse(out) as PhaseResult);
      } catch {
        reject(new Error(`bench phase ${phase} printed no result`));
      }
    });
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** The median run of a phase (by throughput), so every column comes from one real run. */
function medianRun(runs: readonly PhaseResult[]): PhaseResult {
  const m = median(runs.map((r) => r.mbPerSec));
  return [...runs].sort((a, b) => Math.abs(a.mbPerSec - m) - Math.abs(b.mbPerSec - m))[0] as PhaseResult;
}

export interface BenchReport {
  readonly docs: number;
  readonly seed: number;
  readonly repeat: number;
  readonly cores: number;
  readonly node: string;
  /**
   * Each row is the median run of its phase; `mbPerSecByRound` holds every run's MB/s in round order
   * (a paired phase: the extractor's, and `inTurnMbPerSecByRound` wink-nlp's in the same runs).
   */
  readonly rows: readonly (PhaseResult & {
    readonly label: string;
    readonly runs: number;
    readonly mbPerSecByRound: readonly number[];
    readonly inTurnMbPerSecByRound?: readonly number[];
  })[];
  readonly ratios: Readonly<Record<string, number>>;
  /** The `instructions` phase: wink-nlp alone first, then each extractor (src/bench/instructions.ts). */
  readonly instructions?: readonly InstructionCount[];
}

/** CPU milliseconds per document, every thread of the phase's process (main thread included). */
function cpuPerDoc(r: PhaseResult): number {
  return (1000 * r.cpuSeconds) / Math.max(1, r.docs);
}

/**
 * Cores the phase's process kept busy over the timed part (every thread: the workers, V8's
 * GC and compiler threads, the main thread). One worker keeps more than one core busy, which
 * bounds what N workers can gain on N cores.
 */
function coresBusy(r: PhaseResult): number {
  return r.cpuSeconds / Math.max(1e-9, r.seconds);
}

/** The stages that make up the pipeline's time (`wink sentence boundaries` is inside ingest). */
const STAGE_TOTAL = ['ingest', 'actors', 'figures', 'claims', 'format'] as const;

/** wink-nlp alone's time over the pipeline's, per document, in one stages run; null without both. */
export function interleavedRatio(r: PhaseResult): number | null {
  const ms = r.stageMsPerDoc;
  const winkMs = ms?.[WINK_INTERLEAVED];
  if (!ms || winkMs === undefined) return null;
  const total = STAGE_TOTAL.reduce((sum, k) => sum + (ms[k] ?? 0), 0);
  return total > 0 ? winkMs / total : null;
}

/**
 * One warning for each row where some document's record carries an `extractor-crash`: a
 * stage threw and the record went out without it, so that row's speed is not the full
 * pipeline's (a compiled build once looked 25% faster because the actors stage crashed on a
 * missing data file).
 */
export function crashWarnings(rows: readonly { readonly label: string; readonly stageCrashes: number }[]): string[] {
  return rows
    .filter((r) => r.stageCrashes > 0)
    .map((r) => `claims bench: WARNING: ${r.label}: ${r.stageCrashes} documents had a stage crash (extractor-crash): its speed measures less than the full pipeline`);
}

/**
 * A phase's CPU by thread, per document (Linux). At 1 worker the other threads (V8's
 * compiler and GC helpers) run beside the worker on a core of their own; at N workers on N
 * cores they take time from the workers.
 */
export function threadLine(t: ThreadSplit): string {
  const total = t.main + t.workers + t.helpers;
  const own = t.workers > 0 ? ` (workers ${((100 * t.workers) / Math.max(1e-9, total)).toFixed(0)}% of the CPU)` : '';
  return (
    `CPU by thread, ms per document: main ${t.main.toFixed(2)}, workers ${t.workers.toFixed(2)}, ` +
    `other threads (V8 compiler and GC helpers) ${t.helpers.toFixed(2)}${own}`
  );
}

/** The simulated misses of an instruction count, per document (`--cache-sim`). */
export function cacheLine(m: CacheCounts): string {
  const k = (x: number): string => `${(x / 1000).toFixed(1)} k`;
  return (
    `per document, simulated: L1 instruction misses ${k(m.i1Misses)}, L1 data misses ${k(m.d1Misses)}, ` +
    `last-level (1 MB) misses ${k(m.llMisses)}, mispredicted branches ${k(m.mispredicts)} of ${k(m.branches)} ` +
    `(indirect ${k(m.indirectMispredicts)})`
  );
}

function table(report: BenchReport): string {
  const head = ['phase', 'workers', 'docs', 'docs/s', 'MB/s', 'CPU ms/doc', 'cores busy', 'p50 ms', 'p99 ms', 'peak RSS MB', 'per worker', 'RSS 10/50/100% MB', 'failed'];
  const rows = report.rows.map((r) => [
    r.label, String(r.workers), String(r.docs), r.docsPerSec.toFixed(1), r.mbPerSec.toFixed(2), cpuPerDoc(r).toFixed(2),
    coresBusy(r).toFixed(2), r.p50ms.toFixed(2), r.p99ms.toFixed(2), String(r.peakRssMB), String(Math.round(r.peakRssMB / Math.max(1, r.workers))),
    r.rssMB.join('/'), r.stageCrashes > 0 ? `${r.failed} (+${r.stageCrashes} stage crashes)` : String(r.failed),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(w[i] ?? 0)).join(' | ')} |`;
  // (the instructions phase alone has no rows: no table then)
  const out = rows.length > 0 ? [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line), ''] : [];
  for (const [k, v] of Object.entries(report.ratios)) out.push(`${k}: ${v.toFixed(2)}x`);
  for (const r of report.rows) {
    const t = r.threadMsPerDoc;
    if (t) out.push(`${r.label}: ${threadLine(t)}`);
  }
  for (const r of report.rows) {
    const w = r.inTurn;
    if (!w) continue;
    out.push(
      `${r.label}: its turns of wink-nlp alone on a worker of its own, ${w.docs} docs: ${w.docsPerSec.toFixed(1)} docs/s, ` +
        `${w.mbPerSec.toFixed(2)} MB/s, CPU ${((1000 * w.cpuSeconds) / Math.max(1, w.docs)).toFixed(2)} ms/doc, p50 ${w.p50ms.toFixed(2)} ms, p99 ${w.p99ms.toFixed(2)} ms ` +
        `(the two took turns over blocks of ${w.blockDocs} documents, each outside the other's clock)`,
    );
  }
  for (const c of report.instructions ?? []) {
    out.push(
      `${c.label}: ${(c.instructionsPerDoc / 1e6).toFixed(2)} M instructions/doc, ${(c.instructionsPerKB / 1e6).toFixed(3)} M/KB, ` +
        `of which V8 compiling ${((100 * c.compileInstructions) / Math.max(1, c.instructions)).toFixed(1)}% ` +
        `(valgrind, V8 --predictable, one thread; ${c.docs} docs counted after ${ICOUNT_WARMUP} of warm-up)`,
    );
    const m = c.cachePerDoc;
    if (m) out.push(`${c.label}: ${cacheLine(m)}`);
  }
  const staged = report.rows.find((r) => r.stageMsPerDoc);
  if (staged?.stageMsPerDoc) {
    const ms = staged.stageMsPerDoc;
    const parts = Object.entries(ms).map(([k, v]) => `${k} ${v.toFixed(2)}`);
    const winkRow = report.rows.find((r) => r.label === WINK_LABEL);
    const ref = winkRow ? `; wink-nlp alone ${(1000 * winkRow.seconds / Math.max(1, winkRow.docs)).toFixed(2)}` : '';
    out.push(`${STAGES_LABEL}, ms per document: ${parts.join(', ')}${ref} (wink sentence boundaries is a part of ingest; ${WINK_INTERLEAVED} ran in the same thread, in turn with the pipeline over blocks of about 100 documents, outside its clock)`);
  }
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('bench')
    .summary('throughput and memory, side by side with wink-nlp and compromise alone')
    .description(
      'measure throughput and memory: wink-nlp and compromise alone, the baseline extractor and the full\n' +
        'rules pipeline at 1 and N workers, over the same generated corpus, side by side',
    )
    .option('--docs <n>', 'documents in the generated corpus', parseCount, 10_000)
    .option('--compromise-docs <n>', 'documents for compromise alone (it is ~20x slower; a sample)', parseCount, 300)
    .option('-w, --workers <n>', 'N for the multi-worker run', parseCount, defaultWorkers())
    .option('--repeat <n>', 'runs per phase; the median run is reported', parseCount, 1)
    .option('--seed <n>', 'seed of the generated corpus', parseCount, 1)
    .option('--corpus <dir>', 'folder of .txt articles whose paragraphs make the corpus', 'corpora')
    .option('-e, --extractor <names...>', 'extractors to measure', ['baseline', 'rules'])
    .option('--json <file>', 'also write the report as JSON')
    .option(
      '--phases <names...>',
      `which phases to run: ${PHASES.join(', ')} (single/multi: each extractor at 1 and N workers; paired: each ` +
        'extractor at 1 worker taking turns with wink-nlp alone on 1 worker, for a ratio that the load of a shared ' +
        'machine moves less; stages: rules in one thread, timed stage by stage, to show where its time goes; ' +
        'instructions: wink-nlp alone and each extractor under valgrind, instructions per byte, which the load of the machine ' +
        'hardly moves; needs valgrind)',
      [...DEFAULT_PHASES],
    )
    .option('--count-docs <n>', `documents the instructions phase counts (under valgrind, ~30x slower)`, parseCount, ICOUNT_DOCS)
    .option('--cache-sim', 'instructions phase: also simulate the L1 caches, a 1 MB last level and the branch predictor')
    .option('--phase <name>', '(internal) run one phase in this process and print its JSON')
    .option('--warmup <n>', '(internal) warm-up documents of a counted phase', parseCount)
    .option('--wait-for <file>', '(internal) a counted phase waits for this file after its warm-up')
    .addHelpText('after', '\nExample:\n  claims bench --docs 10000 --repeat 3 --json eval/bench.json\n  claims bench --docs 100000 -e rules   # memory stays flat over a long stream')
    .action(async (o: BenchOptions) => {
      if (o.phase?.startsWith(ICOUNT_PREFIX)) {
        const r = await countedRun(o.phase.slice(ICOUNT_PREFIX.length), {
          corpus: o.corpus, docs: o.docs, seed: o.seed, warmup: o.warmup ?? ICOUNT_WARMUP, warmupSeed: o.seed + WARMUP_SEED_OFFSET,
          ...(o.waitFor ? { waitFor: o.waitFor } : {}),
        });
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      if (o.phase) {
        const r = await runPhase({ phase: o.phase, corpus: o.corpus, docs: o.docs, seed: o.seed, workers: o.workers });
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      if (o.docs < 1) throw new UsageError('--docs must be at least 1');
      if (o.countDocs < 1) throw new UsageError('--count-docs must be at least 1');
      const known = extractorNames();
      const missing = o.extractor.filter((e) => !known.includes(e));
      if (missing.length) throw new UsageError(`unknown extractor(s) ${missing.join(', ')} (known: ${known.join(', ')})`);
      const unknownPhase = o.phases.filter((p) => !(PHASES as readonly string[]).includes(p));
      if (unknownPhase.length) throw new UsageError(`unknown phase(s) ${unknownPhase.join(', ')} (known: ${PHASES.join(', ')})`);
      const want = new Set(o.phases);
      if (want.has('instructions') && !hasValgrind()) throw new UsageError('the instructions phase needs valgrind and callgrind_control (Debian: apt-get install valgrind)');
      // before a run of minutes, not after it: the report would be lost
      prepareOutputFile(o.json, '--json');
      const plan: { label: string; phase: string; docs: number; workers: number }[] = [];
      if (want.has('wink')) plan.push({ label: WINK_LABEL, phase: 'wink', docs: o.docs, workers: 0 });
      if (want.has('compromise')) {
        plan.push({ label: 'compromise nlp().json()', phase: 'compromise', docs: Math.min(o.docs, o.compromiseDocs), workers: 0 });
      }
      if (want.has('stages')) plan.push({ label: STAGES_LABEL, phase: 'stages', docs: o.docs, workers: 0 });
      for (const e of o.extractor) {
        if (want.has('single')) plan.push({ label: `${e} (1 worker)`, phase: e, docs: o.docs, workers: 1 });
        if (want.has('paired')) plan.push({ label: pairedLabel(e), phase: `${PAIRED_PREFIX}${e}`, docs: o.docs, workers: 1 });
        if (want.has('multi') && o.workers > 1) plan.push({ label: `${e} (${o.workers} workers)`, phase: e, docs: o.docs, workers: o.workers });
      }
      // Rounds: every phase once per round, so a change in the machine's load over the
      // run falls on every phase alike instead of on whichever phase ran then.
      const repeat = Math.max(1, o.repeat);
      const runs: PhaseResult[][] = plan.map(() => []);
      for (let i = 0; i < repeat; i++) {
        for (const [k, p] of plan.entries()) {
          log(`claims bench: ${p.label}, run ${i + 1}/${repeat} (${p.docs} docs)`);
          runs[k]?.push(await runChild(p.phase, p.docs, p.workers, o));
        }
      }
      const rows: (PhaseResult & { label: string; runs: number; mbPerSecByRound: number[]; inTurnMbPerSecByRound?: number[] })[] = plan.map((p, k) => ({
        ...medianRun(runs[k] ?? []),
        label: p.label,
        runs: runs[k]?.length ?? 0,
        // (any run's crashes, not only the median run's: one crashed run is reason enough to distrust the phase)
        stageCrashes: Math.max(0, ...(runs[k] ?? []).map((r) => r.stageCrashes)),
        mbPerSecByRound: (runs[k] ?? []).map((r) => r.mbPerSec),
        ...((runs[k] ?? []).some((r) => r.inTurn) ? { inTurnMbPerSecByRound: (runs[k] ?? []).map((r) => r.inTurn?.mbPerSec ?? Number.NaN) } : {}),
      }));
      const find = (label: string): (typeof rows)[number] | undefined => rows.find((r) => r.label === label);
      const ratios: Record<string, number> = {};
      const winkRow = find(WINK_LABEL);
      for (const e of o.extractor) {
        const one = find(`${e} (1 worker)`);
        const many = find(`${e} (${o.workers} workers)`);
        if (one && winkRow) ratios[`${e} (1 worker) / wink-nlp alone, MB/s`] = one.mbPerSec / winkRow.mbPerSec;
        // The same by CPU time per document (less sensitive to what else the machine runs).
        if (one && winkRow) ratios[`${e} (1 worker) / wink-nlp alone, by CPU time per document`] = cpuPerDoc(winkRow) / cpuPerDoc(one);
        // Paired by round: the two phases of one round ran minutes apart under the same load, so
        // the median of the rounds' own ratios is steadier on a shared host than the ratio of
        // the two median runs, which may come from different rounds.
        if (one && winkRow && repeat > 1) {
          const paired = one.mbPerSecByRound.map((v, i) => v / (winkRow.mbPerSecByRound[i] ?? Number.NaN));
          ratios[`${e} (1 worker) / wink-nlp alone, MB/s, median of each round's own ratio`] = median(paired);
        }
        // The extractor at one worker against wink-nlp alone at one worker, taking turns within the
        // same phase (seconds apart, under the same load): the median of the runs' own ratios.
        const pairedRuns = plan.flatMap((p, k) => (p.label === pairedLabel(e) ? (runs[k] ?? []) : []));
        const own = pairedRuns.flatMap((r) => (r.inTurn ? [r.mbPerSec / r.inTurn.mbPerSec] : []));
        if (own.length > 0) ratios[pairedRatioKey(e)] = median(own);
        if (one && many) ratios[`${e} ${o.workers} workers / 1 worker, docs/s`] = many.docsPerSec / one.docsPerSec;
        // What N workers could reach at best here: the cores they can have over what one worker keeps busy.
        if (one && many) ratios[`${e} ${o.workers} workers / 1 worker, ceiling: cores for them / cores busy at 1 worker`] = Math.min(o.workers, defaultWorkers()) / coresBusy(one);
      }
      // The stages phase's pipeline against wink-nlp alone run in turn with it in the same thread
      // (blocks of about 100 documents): both under the same load within a second (median of the runs' own ratios).
      const stagedRuns = plan.map((p, k) => (p.phase === 'stages' ? runs[k] ?? [] : [])).flat();
      const interleaved = stagedRuns.map((r) => interleavedRatio(r)).filter((x): x is number => x !== null);
      if (interleaved.length > 0) ratios[`${STAGES_LABEL} / ${WINK_INTERLEAVED} (same thread, blocks of about 100 documents in turn), ms per document, median of runs`] = median(interleaved);
      const instructions = want.has('instructions') ? await countInstructions(o) : undefined;
      for (const c of instructions?.slice(1) ?? []) {
        const w = instructions?.[0];
        if (!w) continue;
        ratios[`${c.target} / wink-nlp alone, by instructions per byte (valgrind, V8 --predictable, one thread)`] = w.instructionsPerKB / c.instructionsPerKB;
        // (what a worker thread executes: in a real run V8 compiles on a helper thread)
        ratios[`${c.target} / wink-nlp alone, by instructions per byte without V8's compiling`] = w.instructionsPerKBWithoutCompile / c.instructionsPerKBWithoutCompile;
      }
      const report: BenchReport = {
        docs: o.docs, seed: o.seed, repeat: o.repeat, cores: defaultWorkers(), node: process.version, rows, ratios,
        ...(instructions ? { instructions } : {}),
      };
      process.stdout.write(`${table(report)}\n`);
      for (const w of crashWarnings([...rows, ...(instructions ?? [])])) process.stderr.write(`${w}\n`);
      if (o.json) writeFileSync(o.json, `${JSON.stringify(report, null, 2)}\n`);
    });
}

/**
 * The instructions phase: wink-nlp alone and each extractor, each in a process of its own under
 * valgrind, as many at a time as there are cores (the counts do not depend on what runs beside them).
 */
async function countInstructions(o: BenchOptions): Promise<InstructionCount[]> {
  const targets = [ICOUNT_WINK, ...o.extractor];
  const label = (t: string): string => (t === ICOUNT_WINK ? WINK_LABEL : `${t} (ingest, extract, JSONL line; one thread)`);
  const queue = new PQueue({ concurrency: defaultWorkers() });
  return Promise.all(targets.map(async (t) => {
    const r = await queue.add(() => {
      log(`claims bench: instructions of ${label(t)} under valgrind (${o.countDocs} docs after ${ICOUNT_WARMUP} of warm-up)`);
      return countChild([BIN, 'bench', '--phase', `${ICOUNT_PREFIX}${t}`, '--docs', String(o.countDocs),
        '--seed', String(o.seed), '--corpus', o.corpus, '--warmup', String(ICOUNT_WARMUP)], { cacheSim: o.cacheSim === true });
    });
    if (!r) throw new Error(`instruction count of ${t}: no result`);
    return instructionCount(label(t), r.instructions, r.run, r.compileInstructions, r.cache);
  }));
}
