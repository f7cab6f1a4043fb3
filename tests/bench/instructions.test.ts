import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDocs, loadPool } from '../../src/bench/corpus.ts';
import { CACHE_SIM_ARGS, countedRun, ICOUNT_WINK, instructionCount, instructionsInside, parseCacheReport, parseInstructionTotal, type CountedRun } from '../../src/bench/instructions.ts';
import { registerExtractor } from '../../src/pipeline/registry.ts';
import { EXTRACTOR_CRASH } from '../../src/types/index.ts';

const CORPUS = fileURLToPath(new URL('../../corpora', import.meta.url));

// What valgrind 3.19's callgrind prints at exit.
const REPORT = `==18888== Callgrind, a call-graph generating cache profiler
==18888== Command: node --predictable bin/claims.js bench --phase icount:wink
==18888==
==18888== Events    : Ir
==18888== Collected : 33054346
==18888==
==18888== I   refs:      33,054,346
`;

describe('instruction counts (claims bench --phases instructions)', () => {
  it('reads the executed-instruction total out of valgrind\'s report', () => {
    expect(parseInstructionTotal(REPORT)).toBe(33_054_346);
    expect(parseInstructionTotal('==1== Collected : 1,234\n')).toBe(1234);
    expect(parseInstructionTotal('valgrind: failed to start tool')).toBeNull();
  });

  it('reads the simulated cache misses and mispredicted branches out of the report of a --cache-sim run', () => {
    // (valgrind 3.19's summary with --cache-sim=yes --branch-sim=yes; the numbers of one run of rules)
    const report = `==6328== Events    : Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw Bc Bcm Bi Bim
==6328== Collected : 2289886267 540164950 233493311 15874336 9392568 3325453 121587 345585 388539 460433812 22622724 10759589 4055374
==6328==
==6328== I   refs:      2,289,886,267
==6328== I1  misses:       15,874,336
==6328== LLi misses:          121,587
==6328== I1  miss rate:          0.69%
==6328== LLi miss rate:          0.01%
==6328==
==6328== D   refs:        773,658,261  (540,164,950 rd + 233,493,311 wr)
==6328== D1  misses:       12,718,021  (  9,392,568 rd +   3,325,453 wr)
==6328== LLd misses:          734,124  (    345,585 rd +     388,539 wr)
==6328== D1  miss rate:           1.6% (        1.7%   +         1.4%  )
==6328==
==6328== LL refs:           28,592,357  ( 25,266,904 rd +   3,325,453 wr)
==6328== LL misses:           855,711  (    467,172 rd +     388,539 wr)
==6328==
==6328== Branches:        471,193,401  (460,433,812 cond +  10,759,589 ind)
==6328== Mispredicts:      26,678,098  ( 22,622,724 cond +   4,055,374 ind)
==6328== Mispred rate:            5.7% (        4.9%     +        37.7%   )
`;
    expect(parseCacheReport(report)).toEqual({
      i1Misses: 15_874_336, d1Misses: 12_718_021, llMisses: 121_587 + 734_124, branches: 471_193_401, mispredicts: 26_678_098, indirectMispredicts: 4_055_374,
    });
    expect(parseInstructionTotal(report)).toBe(2_289_886_267);
    // a run without the simulation has no such lines
    expect(parseCacheReport(REPORT)).toBeNull();
    // the geometry is given, not read off the host
    expect(CACHE_SIM_ARGS).toEqual(expect.arrayContaining(['--cache-sim=yes', '--branch-sim=yes', '--LL=1048576,16,64']));
  });

  it('reads the instructions V8 spent compiling out of a callgrind profile, each compile once', () => {
    // (the callgrind format: a name is given at a function id's first use, then the id alone; the
    // line after calls= holds the call's inclusive cost, Ir first; other lines are self costs)
    const profile = [
      'events: Ir Dr',
      'summary: 100000 5000',
      'fn=(1) Runtime_CompileOptimized',
      '0 40 2',
      'cfn=(2) v8::internal::compiler::PipelineCompilationJob::ExecuteJobImpl(v8::internal::RuntimeCallStats*, v8::internal::LocalIsolate*)',
      'calls=3 0 ',
      '0 30000 900',
      'cfn=(3) v8::internal::Zone::New(unsigned long)',
      'calls=1 0 ',
      '+2 500 10',
      '',
      'fn=(4) JS:*analyseCue',
      '0 9000',
      'cfn=(2)',
      'calls=1 0 ',
      '0 7000 70',
      'cfn=(5) v8::internal::interpreter::InterpreterCompilationJob::ExecuteJobImpl()',
      'calls=1 0 ',
      '* 250',
      '',
      // a compile that calls another compile: counted once, in the outer one
      'fn=(2)',
      '0 1000 5',
      'cfn=(5)',
      'calls=2 0 ',
      '0 800 8',
      'fn=(6) Builtins_RegExpPrototypeExec',
      '0 12345',
    ].join('\n');
    expect(instructionsInside(profile)).toBe(30000 + 7000 + 250);
    expect(instructionsInside(profile, [/RegExpPrototypeExec/])).toBe(0);
    expect(instructionsInside(profile, [/Zone::New/])).toBe(500);
  });

  it('gives the count per document and per KB of what the child ran', () => {
    const run: CountedRun = { target: 'rules', docs: 300, bytes: 1_200_000, stageCrashes: 1, failed: 0 };
    const c = instructionCount('rules (…)', 3_000_000, run);
    expect(c).toMatchObject({ target: 'rules', label: 'rules (…)', docs: 300, bytes: 1_200_000, instructions: 3_000_000, stageCrashes: 1 });
    expect(c.instructionsPerDoc).toBe(10_000);
    expect(c.instructionsPerKB).toBeCloseTo((3_000_000 / 1_200_000) * 1024, 9);
    expect(() => instructionCount('rules', 1, { ...run, docs: 0, bytes: 0 })).toThrow(/no documents/);
    // the compiling apart: what a worker thread executes
    const withCompile = instructionCount('rules', 3_000_000, run, 600_000);
    expect(withCompile.compileInstructions).toBe(600_000);
    expect(withCompile.instructionsPerKB).toBeCloseTo(c.instructionsPerKB, 9);
    expect(withCompile.instructionsPerKBWithoutCompile).toBeCloseTo((2_400_000 / 1_200_000) * 1024, 9);
    expect(c.instructionsPerKBWithoutCompile).toBeCloseTo(c.instructionsPerKB, 9);
    expect(() => instructionCount('rules', 1000, run, 2000)).toThrow(/compiling/);
    expect(c.cachePerDoc).toBeUndefined();
    // the simulated misses per document
    const sim = instructionCount('rules', 3_000_000, run, 0, { i1Misses: 600, d1Misses: 300, llMisses: 30, branches: 90_000, mispredicts: 3_000, indirectMispredicts: 900 });
    expect(sim.cachePerDoc).toEqual({ i1Misses: 2, d1Misses: 1, llMisses: 0.1, branches: 300, mispredicts: 10, indirectMispredicts: 3 });
  });

  it('runs wink-nlp alone or an extractor over the corpus prefix, and tells its bytes and crashes', async () => {
    const pool = loadPool(CORPUS);
    const bytes = [...generateDocs(pool, 6, 5)].reduce((n, d) => n + d.raw.length, 0);
    const wink = await countedRun(ICOUNT_WINK, { corpus: CORPUS, docs: 6, seed: 5, warmup: 2, warmupSeed: 9 });
    expect(wink).toEqual({ target: 'wink', docs: 6, bytes, stageCrashes: 0, failed: 0 });
    const rules = await countedRun('rules', { corpus: CORPUS, docs: 6, seed: 5, warmup: 2, warmupSeed: 9 });
    expect(rules).toEqual({ target: 'rules', docs: 6, bytes, stageCrashes: 0, failed: 0 });
  });

  it('counts documents whose record carries a stage crash, and documents that fail, but not in the warm-up', async () => {
    let n = 0;
    registerExtractor('icount-test-crashy', () => ({
      name: 'icount-test-crashy',
      version: '0',
      description: 'every third document throws; every other one has a crashed stage',
      extract: (doc) => {
        n++;
        if (n % 3 === 0) throw new Error('boom');
        const crashed = n % 2 === 0;
        return {
          doc: doc.id, extractor: 'icount-test-crashy@0', title: doc.title, text: doc.text, actors: [], figures: [], claims: [],
          messages: crashed ? [{ level: 'error', code: EXTRACTOR_CRASH, message: 'x failed', stage: 'extract:x', origin: doc.origin }] : [],
        };
      },
    }));
    const r = await countedRun('icount-test-crashy', { corpus: CORPUS, docs: 6, seed: 5, warmup: 6, warmupSeed: 9 });
    // calls 7..12 are counted: 9 and 12 throw; 8 and 10 have a crashed stage
    expect(r.failed).toBe(2);
    expect(r.stageCrashes).toBe(2);
  });

  it('waits after its warm-up until the bench creates the go-ahead file, and only then runs the counted documents', async () => {
    const flag = join(mkdtempSync(join(tmpdir(), 'icount-')), 'go');
    spawn('sh', ['-c', `sleep 0.4; touch '${flag}'`], { stdio: 'ignore' });
    const t0 = Date.now();
    const r = await countedRun(ICOUNT_WINK, { corpus: CORPUS, docs: 2, seed: 5, warmup: 1, warmupSeed: 9, waitFor: flag });
    expect(existsSync(flag)).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(350);
    expect(r.docs).toBe(2);
  });
});
