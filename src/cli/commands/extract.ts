import type { Command } from 'commander';
import { UsageError } from '../io.ts';

/** `claims extract`: placeholder until its issue lands. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('(not implemented yet)')
    .action(() => {
      throw new UsageError('claims extract is not implemented yet');
    });
}
