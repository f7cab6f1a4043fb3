import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.ts';

describe('claims CLI', () => {
  it('registers every command of the contract', async () => {
    const names = (await buildProgram()).commands.map((c) => c.name());
    for (const n of ['ingest', 'extract', 'eval', 'validate', 'bench', 'extractors']) {
      expect(names).toContain(n);
    }
  });

  it('loads only the command it runs, and every command for help or an unknown word', async () => {
    expect((await buildProgram('extract')).commands.map((c) => c.name())).toEqual(['extract']);
    expect((await buildProgram('exract')).commands.length).toBe(6);
  });
});
