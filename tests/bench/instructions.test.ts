import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDocs, loadPool } from '../../src/bench/corpus.ts';
import { countedRun, ICOUNT_WINK, instructionCount, instructionsInside, parseInstructionTotal, type CountedRun } from '../../src/bench/instructions.ts';
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
