import { Command, CommanderError } from 'commander';
import { UsageError, warn } from './io.ts';

type CommandModule = { register(program: Command): void };

/**
 * The commands, each in its own module under `commands/`, in the order `--help` lists
 * them. A run imports only the module of the command it runs: `claims extract` then
 * never loads the evaluation harness, and its main thread (which only reads and writes
 * while the workers extract) stays small.
 */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  ingest: () => import('./commands/ingest.ts'),
  extract: () => import('./commands/extract.ts'),
  eval: () => import('./commands/eval.ts'),
  validate: () => import('./commands/validate.ts'),
  bench: () => import('./commands/bench.ts'),
  extractors: () => import('./commands/extractors.ts'),
};

/** Builds the `claims` program: every command, or only `only` when that names one. */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command();
  program
    .name('claims')
    .description(
      'Turn news articles into structured claim records (who accuses whom of what, who denies it, which ' +
        'actors, which figures) and score extractors against hand-labelled gold annotations.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const names = only !== undefined && only in COMMANDS ? [only] : Object.keys(COMMANDS);
  const modules = await Promise.all(names.map((n) => COMMANDS[n]?.()));
  for (const m of modules) m?.register(program);
  return program;
}

/** Runs the CLI; returns the exit code instead of calling process.exit, so tests can call it. */
export async function main(argv: readonly string[]): Promise<number> {
  // argv: node, script, then the command (when the first argument is not an option).
  const first = argv[2];
  const program = await buildProgram(first !== undefined && !first.startsWith('-') ? first : undefined);
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed.
      return err.exitCode;
    }
    if (err instanceof UsageError) {
      warn(err.message);
      return err.exitCode;
    }
    warn(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  }
}
