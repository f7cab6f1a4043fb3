import type { Command } from 'commander';
import { UsageError } from '../io.ts';

/** `claims validate`: placeholder until its issue lands. */
export function register(program: Command): void {
  program
    .command('validate')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('claims validate is not implemented yet');
    });
}
