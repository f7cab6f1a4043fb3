import type { Command } from 'commander';
import { UsageError } from '../io.ts';

/** `claims eval`: placeholder until its issue lands. */
export function register(program: Command): void {
  program
    .command('eval')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('claims eval is not implemented yet');
    });
}
