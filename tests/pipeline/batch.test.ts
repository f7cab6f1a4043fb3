import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runBatch, type BatchOptions } from '../../src/pipeline/batch.ts';
import type { DocFailure } from '../../src/pipeline/process.ts';
import type { ExtractionRecord, InputFailure, RawArticle } from '../../src/types/index.ts';
import '../fixtures/pipeline/plugin.ts';

const PLUGIN = new URL('../fixtures/pipeline/plugin.ts', import.meta.url).href;
void fileURLToPath;

/** A realistic short article: ingest treats one-line bodies as teasers, so two full paragraphs. */
const BODY = (i: number): string =>
  `Officials in the capital said on Tuesday that article ${i} describes a long investigation into a series of attacks on public institutions across the region.\n\nThe ministry said the inquiry would continue for several months and that more details would be published when the work is complete.`;

function article(i: number, body = ''): RawArticle {
  return { id: `d${i}`, format: 'txt', raw: `Headline ${i}\n\n${body}${BODY(i)}`, origin: `test:${i}` };
}

async function* from(items: readonly (RawArticle | InputFailure)[]): AsyncGenerator<RawArticle | InputFailure> {
  for (const x of items) yield x;
}

async function run(items: readonly (RawArticle | InputFailure)[], o: Partial<BatchOptions>) {
  const records: ExtractionRecord[] = [];
  const failures: DocFailure[] = [];
  const summary = await runBatch(from(items), {
    extractor: 'test-echo',
    workers: 0,
    ordered: true,
    docTimeoutMs: null,
    plugins: [PLUGIN],
    onRecord: (r) => void records.push(r),
    onFailure: (f) => void failures.push(f),
    ...o,
  });
  return { records, failures, summary };
}

describe('runBatch', () => {
  it('keeps input order, reports unreadable input and goes on', async () => {
    const bad: InputFailure = {
      failed: true, id: null, origin: 'x.jsonl:3',
      message: { level: 'error', code: 'bad-json', message: 'Unexpected token', stage: 'read' },
    };
    const items = [article(0), article(1), bad, article(3)];
    const { records, failures, summary } = await run(items, {});
    expect(records.map((r) => r.doc)).toEqual(['d0', 'd1', 'd3']);
    expect(failures).toEqual([{ doc: null, origin: 'x.jsonl:3', stage: 'read', code: 'bad-json', message: 'Unexpected token' }]);
    expect(summary).toMatchObject({ read: 4, ok: 3, failed: 1, skipped: 0 });
  });

  it('turns an extractor crash into a failure and an error record, and goes on', async () => {
    const { records, failures } = await run([article(0), article(1, 'POISON here. '), article(2)], {});
    expect(records.map((r) => r.doc)).toEqual(['d0', 'd1', 'd2']);
    expect(records[1]?.messages.map((m) => m.code)).toContain('extractor-crash');
    expect(failures.map((f) => [f.doc, f.stage, f.code])).toEqual([['d1', 'extract', 'extractor-crash']]);
  });

  it('skips documents already done (resume)', async () => {
    const { records, summary } = await run([article(0), article(1), article(2)], { skip: new Set(['d1']) });
    expect(records.map((r) => r.doc)).toEqual(['d0', 'd2']);
    expect(summary.skipped).toBe(1);
  });

  it('runs on worker threads in input order, and stops a runaway document at its time limit', async () => {
    const items = [article(0), article(1, 'SPIN forever. '), ...Array.from({ length: 12 }, (_, i) => article(i + 2))];
    const { records, failures, summary } = await run(items, { workers: 2, docTimeoutMs: 3000 });
    expect(records.map((r) => r.doc)).toEqual(items.filter((_, i) => i !== 1).map((a) => a.id));
    expect(failures.map((f) => [f.doc, f.stage, f.code])).toEqual([['d1', 'timeout', 'doc-timeout']]);
    expect(summary).toMatchObject({ ok: 13, failed: 1 });
  });

  it('bounds the documents in flight by the window (memory stays flat)', async () => {
    let pulled = 0;
    let maxAhead = 0;
    let written = 0;
    async function* gen(): AsyncGenerator<RawArticle> {
      for (let i = 0; i < 200; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - written);
        yield article(i);
      }
    }
    await runBatch(gen(), {
      extractor: 'test-echo', workers: 0, ordered: true, docTimeoutMs: null, plugins: [], window: 8,
      onRecord: () => void written++, onFailure: () => undefined,
    });
    expect(written).toBe(200);
    expect(maxAhead).toBeLessThanOrEqual(9);
  });
});
