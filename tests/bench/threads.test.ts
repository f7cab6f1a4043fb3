import { describe, expect, it } from 'vitest';
import { ownTid, splitCpu, threadCpu } from '../../src/bench/threads.ts';
import { threadLine } from '../../src/cli/commands/bench.ts';

describe('CPU by thread', () => {
  it('splits the CPU between two snapshots into main, workers and the rest, per document', () => {
    const main = process.pid;
    const before = new Map([[main, 100], [11, 50], [12, 10], [13, 0]]);
    // 14 started after the first snapshot; 13 ended before the second
    const after = new Map([[main, 300], [11, 850], [12, 410], [14, 40]]);
    const t = splitCpu(before, after, [11, 12], 100);
    expect(t.main).toBeCloseTo(2, 9);
    expect(t.workers).toBeCloseTo(12, 9);
    expect(t.helpers).toBeCloseTo(0.4, 9);
    expect(threadLine(t)).toBe('CPU by thread, ms per document: main 2.00, workers 12.00, other threads (V8 compiler and GC helpers) 0.40 (workers 83% of the CPU)');
    expect(threadLine(splitCpu(before, after, [], 100))).not.toMatch(/workers \d+%/);
  });

  it.runIf(process.platform === 'linux')('reads every thread of this process, with this thread as the process id', () => {
    const a = threadCpu();
    let x = 0;
    for (let i = 0; i < 3e7; i++) x = (x + i * 7) % 1_000_003;
    const b = threadCpu();
    expect(x).toBeGreaterThanOrEqual(0);
    expect(ownTid()).toBe(process.pid);
    const spent = (b?.get(process.pid) ?? 0) - (a?.get(process.pid) ?? 0);
    expect(spent).toBeGreaterThan(1);
  });
});
