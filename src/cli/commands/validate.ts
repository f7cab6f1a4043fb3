import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import type { ArticleMeta, RawArticle, RawFormat } from '../../types/index.ts';
import { formatProblem, isGoldLike, validateGold, type ArticleSource, type Problem } from '../../eval/validate.ts';
import { log, UsageError } from '../io.ts';

/**
 * `claims validate [paths...]`: checks gold annotation files (issue 3). A directory is
 * read one level deep (`annotations/` does not descend into `annotations/raw/`; pass
 * `annotations/raw/ann-a` to check that one); JSON files that are not gold files
 * (`splits.json`) are skipped. Problems go to stdout as `file: item: problem`; exit 1
 * when there is any.
 */
export function register(program: Command): void {
  program
    .command('validate')
    .description('check gold annotation files against the schema and their raw articles (SPEC §3)')
    .argument('[paths...]', 'gold files or directories of them', ['annotations'])
    .option('--corpus <dir>', 'where the raw articles are', 'corpora')
    .action((paths: string[], opts: { corpus: string }) => {
      const result = validatePaths(paths, opts.corpus);
      for (const p of result.problems) process.stdout.write(`${formatProblem(p)}\n`);
      for (const s of result.skipped) log(`skipped ${s} (not a gold file)`);
      const bad = new Set(result.problems.map((p) => p.file)).size;
      log(
        `${result.files.length} gold file${result.files.length === 1 ? '' : 's'} checked, ` +
          `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}${bad ? ` in ${bad} file${bad === 1 ? '' : 's'}` : ''}`,
      );
      if (result.problems.length > 0) process.exitCode = 1;
    });
}

export interface ValidationResult {
  /** Gold files checked. */
  readonly files: readonly string[];
  /** JSON files skipped as not gold (e.g. `splits.json`). */
  readonly skipped: readonly string[];
  readonly problems: readonly Problem[];
}

/** Validates every gold file named by `paths` (files, or directories read one level deep). */
export function validatePaths(paths: readonly string[], corpusDir: string): ValidationResult {
  const files: string[] = [];
  const skipped: string[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`no such file or directory: ${path}`);
    const list = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(path, f))
          .filter((f) => statSync(f).isFile())
      : [path];
    for (const file of list) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        files.push(file);
        problems.push({ file, item: '(file)', problem: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
      if (!isGoldLike(data)) {
        skipped.push(file);
        continue;
      }
      files.push(file);
      const doc = typeof (data as { doc?: unknown }).doc === 'string' ? (data as { doc: string }).doc : basename(file, '.json');
      // A doc that differs from the file name is reported; the article is still found by either.
      const article = readArticle(corpusDir, doc) ?? readArticle(corpusDir, basename(file, '.json'));
      problems.push(...validateGold(file, data, article ? toSource(article) : null));
    }
  }
  return { files, skipped, problems };
}

function toSource(a: RawArticle): ArticleSource {
  const headlines: string[] = [];
  if (a.meta?.title) headlines.push(a.meta.title);
  if (a.format !== 'html') {
    const first = a.raw.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '');
    if (first) headlines.push(first.replace(/^#+\s*/, ''));
  }
  return { raw: a.raw, format: a.format, headlines };
}

const FORMATS: readonly RawFormat[] = ['txt', 'md', 'html'];

/**
 * Reads `<dir>/<id>.<txt|md|html>` with its `<id>.meta.json` as a RawArticle, or null
 * when there is no such article: the raw text as the validator needs it (the evaluation
 * reads articles through ingest's `readInputs`, as `claims extract` does).
 */
export function readArticle(dir: string, id: string): RawArticle | null {
  for (const format of FORMATS) {
    const path = join(dir, `${id}.${format}`);
    if (!existsSync(path)) continue;
    const raw = readFileSync(path, 'utf8');
    const metaPath = join(dir, `${id}.meta.json`);
    const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as ArticleMeta) : undefined;
    return { id, format, raw, origin: path, ...(meta ? { meta } : {}) };
  }
  return null;
}

/** Ids of every article in a corpus directory (files with a raw extension; README.md and the like excluded by needing a meta file or a known format). */
export function corpusIds(dir: string): string[] {
  if (!existsSync(dir)) throw new UsageError(`no such corpus directory: ${dir}`);
  const ids = new Set<string>();
  for (const f of readdirSync(dir)) {
    const m = /^(.*)\.(txt|md|html)$/.exec(f);
    if (m?.[1] && existsSync(join(dir, `${m[1]}.meta.json`))) ids.add(m[1]);
  }
  return [...ids].sort();
}
