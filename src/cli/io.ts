import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * Output and logging helpers shared by every command. Data goes to stdout or `--out`;
 * everything for people goes to stderr, so JSON/JSONL on stdout stays parseable.
 */

export interface Output {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** An output stream to `path`, or stdout when `path` is undefined or `-`. Honours back-pressure. */
export function openOutput(path?: string, flags: 'w' | 'a' = 'w'): Output {
  const stream: NodeJS.WritableStream =
    path === undefined || path === '-' ? process.stdout : createWriteStream(path, { flags });
  return {
    write(chunk: string): Promise<void> {
      return new Promise((resolve, reject) => {
        const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
        if (ok) resolve();
        else stream.once('drain', () => resolve());
      });
    },
    close(): Promise<void> {
      if (stream === process.stdout) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const ws = stream as WriteStream;
        ws.once('error', reject);
        ws.end(() => resolve());
      });
    },
  };
}

let quiet = false;
export function setQuiet(q: boolean): void {
  quiet = q;
}

/** A line for people, on stderr. */
export function log(line: string): void {
  if (!quiet) process.stderr.write(`${line}\n`);
}

/** A warning on stderr (always shown, even with --quiet). */
export function warn(line: string): void {
  process.stderr.write(`claims: ${line}\n`);
}

/** An error a user can act on: the CLI prints its message without a stack trace. */
export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UsageError';
    this.exitCode = exitCode;
  }
}
