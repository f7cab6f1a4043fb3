import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../types/index.ts';

/**
 * The benchmark corpus: any number of synthetic-but-real articles built from the
 * paragraphs of the bundled corpus. Each document takes a headline and 3-12 paragraphs
 * drawn at random from different articles, with every digit run re-drawn, so no two
 * documents are the same text and no cache (ours or a library's) can help. Fully
 * determined by the seed; generated lazily, so 100,000 documents cost no memory.
 */

export interface Pool {
  readonly headlines: readonly string[];
  readonly paragraphs: readonly string[];
  readonly bytes: number;
}

/** Paragraphs of the bundled `.txt` articles (raw, boilerplate included: real input). */
export function loadPool(corpusDir: string): Pool {
  const headlines: string[] = [];
  const paragraphs: string[] = [];
  for (const f of readdirSync(corpusDir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const raw = readFileSync(join(corpusDir, f), 'utf8').replace(/\r\n?/g, '\n');
    const [head, ...rest] = raw.split(/\n\s*\n/);
    if (head) headlines.push(head.trim());
    for (const p of rest) if (p.trim().length > 40) paragraphs.push(p.trim());
  }
  if (paragraphs.length === 0) throw new Error(`no .txt articles with paragraphs in ${corpusDir}`);
  const bytes = paragraphs.reduce((n, p) => n + p.length, 0);
  return { headlines, paragraphs, bytes };
}

/** mulberry32: a small, fast, seedable PRNG (the benchmark must be repeatable). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* generateDocs(pool: Pool, count: number, seed: number): Generator<RawArticle> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const redraw = (s: string): string => s.replace(/\d+/g, (d) => String(Math.floor(rnd() * 10 ** d.length)).padStart(1, '0'));
  for (let i = 0; i < count; i++) {
    const n = 3 + Math.floor(rnd() * 10);
    const parts: string[] = [redraw(pick(pool.headlines))];
    for (let k = 0; k < n; k++) parts.push(redraw(pick(pool.paragraphs)));
    const id = `bench-${String(i).padStart(6, '0')}`;
    yield { id, format: 'txt', raw: parts.join('\n\n'), origin: `bench:${i}` };
  }
}
