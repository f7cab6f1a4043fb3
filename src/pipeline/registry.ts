import type { Extractor, ExtractorInfo } from '../types/index.ts';

/**
 * The extractor registry: every extractor is registered once under its name, so the
 * CLI, the evaluation harness and the benchmark can run any of them by name.
 * Extractors register themselves from `src/pipeline/extractors.ts`.
 */
const registry = new Map<string, () => Extractor>();

/** Registers a factory; the extractor is built (and its models loaded) only when asked for. */
export function registerExtractor(name: string, factory: () => Extractor): void {
  if (registry.has(name)) throw new Error(`extractor "${name}" is registered twice`);
  registry.set(name, factory);
}

const built = new Map<string, Extractor>();

/** The extractor registered under `name`; throws a clear error listing the known names. */
export function getExtractor(name: string): Extractor {
  const cached = built.get(name);
  if (cached) return cached;
  const factory = registry.get(name);
  if (!factory) {
    throw new Error(`unknown extractor "${name}" (known: ${[...registry.keys()].join(', ') || 'none'})`);
  }
  const extractor = factory();
  built.set(name, extractor);
  return extractor;
}

export function extractorNames(): readonly string[] {
  return [...registry.keys()];
}

export function describeExtractors(): readonly ExtractorInfo[] {
  return extractorNames().map((n) => {
    const e = getExtractor(n);
    return { name: e.name, version: e.version, description: e.description };
  });
}
