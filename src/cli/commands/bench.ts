import type { Command } from 'commander';
import { UsageError } from '../io.ts';

/** `claims bench`: placeholder until its issue lands. */
export function register(program: Command): void {
  program
    .command('bench')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('claims bench is not implemented yet');
    });
}
