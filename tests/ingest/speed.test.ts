import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { wink } from '../../src/nlp/wink.ts';

/**
 * The whole ingest (split, clean, sentences) must run at >= 0.4x the speed of wink-nlp's
 * readDoc alone on the same articles: ingest calls readDoc once per document, so
 * everything else must stay cheap. Measured in CPU time (a busy shared machine inflates
 * wall-clock time at random), interleaved rounds, best of each.
 */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

const dir = new URL('../../corpora/', import.meta.url);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

describe('ingest speed', () => {
  it('runs at >= 0.4x the speed of wink readDoc alone', () => {
    const nlp = wink();
    nlp.readDoc('Warm up. Two sentences.');
    for (const t of texts.slice(0, 3)) ingest({ id: 'w', format: 'txt', raw: t, origin: 'w' });
    let bestWink = Infinity;
    let bestIngest = Infinity;
    for (let round = 0; round < 3; round++) {
      bestWink = Math.min(bestWink, cpuMs(() => texts.forEach((text) => nlp.readDoc(text))));
      bestIngest = Math.min(bestIngest, cpuMs(() => texts.forEach((text) => ingest({ id: 'x', format: 'txt', raw: text, origin: 'x' }))));
    }
    const ratio = bestWink / bestIngest;
    expect(ratio, `readDoc ${bestWink.toFixed(0)} ms CPU, ingest ${bestIngest.toFixed(0)} ms CPU`).toBeGreaterThanOrEqual(0.4);
  });
});
