#!/usr/bin/env node
// The `claims` command. The code is TypeScript run through tsx's loader, so there is
// no build step between a checkout and a working CLI.
import { register } from 'tsx/esm/api';

// A reader that stops early (`claims extract corpora | head`) closes the pipe: stop quietly
// with code 0, as Unix tools do, rather than die of an unhandled EPIPE with a stack trace.
// Any other failure to write the output (a full disk) is one line on stderr and code 1.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`claims: cannot write the output: ${err.message}\n`);
  process.exit(1);
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
