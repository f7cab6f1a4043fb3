#!/usr/bin/env node
// The `claims` command. The code is TypeScript run through tsx's loader, so there is
// no build step between a checkout and a working CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
