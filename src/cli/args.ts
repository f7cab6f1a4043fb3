import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';

/** commander parser for a non-negative whole number option. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number >= 0, got "${value}"`);
  return n;
}

const ARTICLE = /\.(txt|md|html?)$/i;

/**
 * How many articles the inputs hold, for the progress bar's ETA: files of folders are
 * counted (cheap: names only); JSONL files and stdin are of unknown size (null).
 */
export async function countInputs(inputs: readonly string[]): Promise<number | null> {
  let n = 0;
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (ARTICLE.test(e.name)) n++;
      else if (/\.jsonl?$/i.test(e.name) && !e.name.endsWith('.meta.json')) throw new Error('records');
    }
  };
  try {
    for (const input of inputs) {
      if (input === '-') return null;
      const st = statSync(input);
      if (st.isDirectory()) walk(input);
      else if (ARTICLE.test(input)) n++;
      else return null;
    }
  } catch {
    return null;
  }
  return n;
}
