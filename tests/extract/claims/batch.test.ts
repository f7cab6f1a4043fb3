import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/extract/actors/index.ts';
import { extractClaims, extractClaimsBatch } from '../../../src/extract/claims/index.ts';
import { extractFigures } from '../../../src/extract/figures/index.ts';
import { ingest } from '../../../src/ingest/index.ts';
import type { Actor, Doc } from '../../../src/types/index.ts';

const CORPUS = new URL('../../../corpora/', import.meta.url);
const docs: Doc[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 8)
  .map((f) => ingest({ id: f, format: 'txt', raw: readFileSync(new URL(f, CORPUS), 'utf8'), origin: f }));
const actors = docs.map((d) => extractActors(d));
const figures = docs.map((d) => extractFigures(d));

describe('extractClaimsBatch (claims step by step over a batch)', () => {
  it('gives every document the claims extractClaims gives it alone, with and without coreference', () => {
    for (const coref of [true, false]) {
      const alone = docs.map((d, k) => extractClaims(d, actors[k]!, figures[k]!, { coref }));
      expect(alone.reduce((n, r) => n + r.claims.length, 0)).toBeGreaterThan(20);
      expect(extractClaimsBatch(docs, actors, figures, { coref })).toEqual(alone);
    }
  });

  it('gives a document whose step throws its Error, and the others their claims', () => {
    // an actor without a name breaks the name steps of that document only
    const broken: Actor[] = [{ ...actors[2]![0]!, name: undefined as unknown as string }, ...actors[2]!.slice(1)];
    expect(() => extractClaims(docs[2]!, broken, figures[2]!)).toThrow();
    const withBroken = actors.map((a, k) => (k === 2 ? broken : a));
    const got = extractClaimsBatch(docs, withBroken, figures);
    expect(got[2]).toBeInstanceOf(Error);
    const alone = docs.map((d, k) => (k === 2 ? null : extractClaims(d, actors[k]!, figures[k]!)));
    got.forEach((r, k) => {
      if (k !== 2) expect(r).toEqual(alone[k]);
    });
  });

  it('tells the step clock of each document\'s part of every step, documents in order', () => {
    const log: number[] = [];
    let open = -1;
    extractClaimsBatch(docs.slice(0, 3), actors.slice(0, 3), figures.slice(0, 3), {}, {
      start: (k) => {
        expect(open).toBe(-1);
        open = k;
        log.push(k);
      },
      stop: (k) => {
        expect(open).toBe(k);
        open = -1;
      },
    });
    expect(log.length % 3).toBe(0);
    expect(log).toEqual(Array.from({ length: log.length / 3 }, () => [0, 1, 2]).flat());
  });
});
