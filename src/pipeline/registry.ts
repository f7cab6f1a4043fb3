import type { Extractor, ExtractorInfo } from '../types/index.ts';

/**
 * The extractor registry: every extractor is registered once under its name, so the
 * CLI, the evaluation harness and the benchmark can run any of them by name.
 * Extractors register themselves from `src/pipeline/extractors.ts`.
 *
 * A factory may be synchronous (plugins, tests) or return a promise: the built-in ones
 * import their modules on first use, so a thread that only reads input and writes output
 * (the main thread of a batch run with workers) never loads gazetteers, lexicons or the
 * wink-nlp model (~100 MB of RSS measured with every module of the CLI loaded, against
 * ~10 MB for reading and writing alone).
 */
type Factory = () => Extractor | Promise<Extractor>;

const registry = new Map<string, Factory>();
const built = new Map<string, Extractor>();
const loading = new Map<string, Promise<Extractor>>();

/** Registers a factory; the extractor is built (and its models loaded) only when asked for. */
export function registerExtractor(name: string, factory: Factory): void {
  if (registry.has(name)) throw new Error(`extractor "${name}" is registered twice`);
  registry.set(name, factory);
}

function unknown(name: string): Error {
  return new Error(`unknown extractor "${name}" (known: ${[...registry.keys()].join(', ') || 'none'})`);
}

export function hasExtractor(name: string): boolean {
  return registry.has(name);
}

/** The extractor registered under `name`, loading its modules if needed. */
export async function loadExtractor(name: string): Promise<Extractor> {
  const cached = built.get(name);
  if (cached) return cached;
  const factory = registry.get(name);
  if (!factory) throw unknown(name);
  let pending = loading.get(name);
  if (!pending) {
    pending = Promise.resolve().then(factory);
    loading.set(name, pending);
  }
  try {
    const extractor = await pending;
    built.set(name, extractor);
    return extractor;
  } finally {
    loading.delete(name);
  }
}

/**
 * The extractor registered under `name`, synchronously: works for synchronous factories
 * and for any extractor `loadExtractor` has already loaded; throws a clear error listing
 * the known names for an unknown one.
 */
export function getExtractor(name: string): Extractor {
  const cached = built.get(name);
  if (cached) return cached;
  const factory = registry.get(name);
  if (!factory) throw unknown(name);
  const notYet = (): Error => new Error(`extractor "${name}" loads its modules asynchronously: await loadExtractor("${name}") first`);
  if (loading.has(name)) throw notYet();
  const made = factory();
  if (made instanceof Promise) {
    // The load has started: keep it for the loadExtractor call that must follow.
    made.catch(() => undefined);
    loading.set(name, made);
    throw notYet();
  }
  built.set(name, made);
  return made;
}

/** Loads every registered extractor (for callers that then want the synchronous getExtractor). */
export async function loadAllExtractors(): Promise<void> {
  for (const name of registry.keys()) await loadExtractor(name);
}

export function extractorNames(): readonly string[] {
  return [...registry.keys()];
}

export async function describeExtractors(): Promise<readonly ExtractorInfo[]> {
  const out: ExtractorInfo[] = [];
  for (const n of extractorNames()) {
    const e = await loadExtractor(n);
    out.push({ name: e.name, version: e.version, description: e.description });
  }
  return out;
}
