import type { Command } from 'commander';
import { UsageError } from '../io.ts';

/** `claims ingest`: placeholder until its issue lands. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('claims ingest is not implemented yet');
    });
}
