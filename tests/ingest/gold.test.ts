import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gold, RawFormat } from '../../src/types/index.ts';
import { ingest } from '../../src/ingest/index.ts';

/**
 * Ingest against the gold `ingest.keep` / `ingest.drop` snippets of the dev split (SPEC
 * §3, §4): keep-recall must be 1.0 and drop-precision at least 0.95. The adjudicated file
 * `annotations/<id>.json` is used where it exists, else every annotator's raw file
 * (`annotations/raw/<annotator>/<id>.json`). Test-split articles are never looked at.
 */
const root = new URL('../../', import.meta.url);
const read = (p: string): string => readFileSync(new URL(p, root), 'utf8');
const splits = JSON.parse(read('annotations/splits.json')) as { dev: string[] };

/** SPEC §4: NFKC, curly quotes and dashes to ASCII, whitespace runs to one space, case-insensitive. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function goldFiles(id: string): string[] {
  if (existsSync(new URL(`annotations/${id}.json`, root))) return [`annotations/${id}.json`];
  const rawDir = new URL('annotations/raw/', root);
  if (!existsSync(rawDir)) return [];
  return readdirSync(rawDir)
    .map((a) => `annotations/raw/${a}/${id}.json`)
    .filter((p) => existsSync(new URL(p, root)));
}

const cases = splits.dev.flatMap((id) => goldFiles(id).map((file) => ({ id, file })));

describe('ingest against the gold snippets (dev split)', () => {
  it(`keeps every keep snippet and drops at least 95% of drop snippets (${cases.length} gold files)`, () => {
    // the dev gold ships with the repository: none found is a broken checkout, not a pass
    expect(cases.length).toBeGreaterThan(0);
    let keep = 0;
    let kept = 0;
    let drop = 0;
    let dropped = 0;
    const missed: string[] = [];
    const leaked: string[] = [];
    const texts = new Map<string, string>();
    for (const { id, file } of cases) {
      const gold = JSON.parse(read(file)) as Gold;
      let text = texts.get(id);
      if (text === undefined) {
        const format: RawFormat = existsSync(new URL(`corpora/${id}.html`, root)) ? 'html' : existsSync(new URL(`corpora/${id}.md`, root)) ? 'md' : 'txt';
        text = normalise(ingest({ id, format, raw: read(`corpora/${id}.${format}`), origin: id }).text);
        texts.set(id, text);
      }
      for (const k of gold.ingest?.keep ?? []) {
        keep++;
        if (text.includes(normalise(k))) kept++;
        else missed.push(`${file}: ${k}`);
      }
      for (const d of gold.ingest?.drop ?? []) {
        drop++;
        if (!text.includes(normalise(d))) dropped++;
        else leaked.push(`${file}: ${d}`);
      }
    }
    expect(keep).toBeGreaterThan(0);
    expect(missed, 'keep snippets missing from the cleaned text').toEqual([]);
    expect(kept / keep).toBe(1);
    if (drop > 0) expect(dropped / drop, `drop snippets left in the cleaned text:\n${leaked.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
