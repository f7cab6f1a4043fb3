import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.ts';

describe('claims CLI', () => {
  it('registers every command of the contract', () => {
    const names = buildProgram().commands.map((c) => c.name());
    for (const n of ['ingest', 'extract', 'eval', 'validate', 'bench', 'extractors']) {
      expect(names).toContain(n);
    }
  });
});
