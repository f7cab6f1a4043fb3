import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/types/index.ts';
import { describeExtractors, getExtractor, hasExtractor, loadExtractor, registerExtractor } from '../../src/pipeline/registry.ts';

const fake = (name: string): Extractor => ({
  name,
  version: '9',
  description: 'a test double',
  extract: (doc) => ({ doc: doc.id, extractor: `${name}@9`, title: doc.title, text: doc.text, actors: [], figures: [], claims: [], messages: [] }),
});

describe('extractor registry', () => {
  it('builds a lazily loaded extractor once, on first load, and then serves it synchronously', async () => {
    let built = 0;
    registerExtractor('test-lazy', async () => {
      await new Promise((r) => setTimeout(r, 5));
      built++;
      return fake('test-lazy');
    });
    expect(hasExtractor('test-lazy')).toBe(true);
    expect(built).toBe(0);
    expect(() => getExtractor('test-lazy')).toThrow(/await loadExtractor\("test-lazy"\)/);
    const [a, b] = await Promise.all([loadExtractor('test-lazy'), loadExtractor('test-lazy')]);
    expect(a).toBe(b);
    expect(getExtractor('test-lazy')).toBe(a);
    expect(built).toBe(1);
  });

  it('serves synchronous factories (plugins) without a load step', () => {
    registerExtractor('test-sync', () => fake('test-sync'));
    expect(getExtractor('test-sync').name).toBe('test-sync');
  });

  it('names the known extractors when asked for an unknown one, and refuses a name twice', async () => {
    await expect(loadExtractor('no-such')).rejects.toThrow(/unknown extractor "no-such" \(known: .*test-sync/);
    expect(() => getExtractor('no-such')).toThrow(/unknown extractor/);
    expect(hasExtractor('no-such')).toBe(false);
    expect(() => registerExtractor('test-sync', () => fake('x'))).toThrow(/registered twice/);
  });

  it('lets a failed load be retried and reports the factory error', async () => {
    let calls = 0;
    registerExtractor('test-flaky', async () => {
      calls++;
      if (calls === 1) throw new Error('model file missing');
      return fake('test-flaky');
    });
    await expect(loadExtractor('test-flaky')).rejects.toThrow('model file missing');
    expect((await loadExtractor('test-flaky')).name).toBe('test-flaky');
  });

  it('describes every extractor with its version', async () => {
    const list = await describeExtractors();
    expect(list.find((e) => e.name === 'test-sync')).toEqual({ name: 'test-sync', version: '9', description: 'a test double' });
  });
});
