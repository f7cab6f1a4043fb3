import { Command, CommanderError } from 'commander';
import { UsageError, warn } from './io.ts';
import { register as registerIngest } from './commands/ingest.ts';
import { register as registerExtract } from './commands/extract.ts';
import { register as registerEval } from './commands/eval.ts';
import { register as registerValidate } from './commands/validate.ts';
import { register as registerBench } from './commands/bench.ts';
import { register as registerExtractors } from './commands/extractors.ts';

/** Builds the `claims` program. Each command lives in its own module under `commands/`. */
export function buildProgram(): Command {
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
  registerIngest(program);
  registerExtract(program);
  registerEval(program);
  registerValidate(program);
  registerBench(program);
  registerExtractors(program);
  return program;
}

/** Runs the CLI; returns the exit code instead of calling process.exit, so tests can call it. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
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
