import { accessSync, constants, createWriteStream, existsSync, mkdirSync, openSync, statSync, type WriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Output and logging helpers shared by every command. Data goes to stdout or `--out`;
 * everything for people goes to stderr, so JSON/JSONL on stdout stays parseable.
 */

export interface Output {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** Why a file system call failed, in words (the code's meaning, not its stack). */
function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'EISDIR':
      return 'it is a folder; give a file name';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Gets `path` ready to be written as the file an option names (`--out`, `--errors`, `--json`,
 * `--html`): creates its folder if missing, and turns what would fail later (a folder in its
 * place, a parent that is a file, no permission) into a UsageError now, naming the option, before
 * a run that may take minutes. Does not create or change the file itself. `-` and undefined
 * (stdout) pass.
 */
export function prepareOutputFile(path: string | undefined, option: string): void {
  if (path === undefined || path === '-') return;
  const dir = dirname(resolve(path));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot write ${option} ${path}: cannot create the folder ${dir}: ${fsReason(err)}`);
  }
  const exists = existsSync(path);
  if (exists && statSync(path).isDirectory()) throw new UsageError(`cannot write ${option} ${path}: it is a folder; give a file name`);
  try {
    accessSync(exists ? path : dir, constants.W_OK);
  } catch (err) {
    throw new UsageError(`cannot write ${option} ${path}: ${fsReason(err)}`);
  }
}

/** Opens `path` for writing; a failure is a UsageError naming the option (no stack trace). */
export function openFileForWriting(path: string, flags: 'w' | 'a', option: string): number {
  prepareOutputFile(path, option);
  try {
    return openSync(path, flags);
  } catch (err) {
    throw new UsageError(`cannot write ${option} ${path}: ${fsReason(err)}`);
  }
}

/**
 * An output stream to `path`, or stdout when `path` is undefined or `-`. Honours back-pressure.
 * The file is opened here, so a path that cannot be written fails now, as a UsageError naming `option`.
 */
export function openOutput(path?: string, flags: 'w' | 'a' = 'w', option = '--out'): Output {
  const stream: NodeJS.WritableStream =
    path === undefined || path === '-' ? process.stdout : createWriteStream(path, { fd: openFileForWriting(path, flags, option) });
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
