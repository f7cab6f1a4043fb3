import type { Command } from 'commander';
import '../../pipeline/extractors.ts';
import { describeExtractors } from '../../pipeline/registry.ts';

/** `claims extractors`: lists the registered extractors with name, version and description. */
export function register(program: Command): void {
  program
    .command('extractors')
    .description('list the registered extractors')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const list = await describeExtractors();
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      for (const e of list) process.stdout.write(`${e.name}@${e.version}\t${e.description}\n`);
    });
}
