import { closeSync, existsSync, ftruncateSync, openSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';

/**
 * Resuming a run: the output (and errors) file of an earlier run is the record of what
 * is done. Records are appended one line per write, so a run killed at any moment
 * (kill -9 included) leaves at most one partial last line, which is cut off here.
 */

/** Cuts a trailing partial line (no final newline) off `path`; returns the bytes removed. */
export function truncatePartialLine(path: string): number {
  if (!existsSync(path)) return 0;
  const size = statSync(path).size;
  if (size === 0) return 0;
  const fd = openSync(path, 'r+');
  try {
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    // Walk back to the last newline.
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      const i = chunk.subarray(0, n).lastIndexOf(0x0a);
      if (i >= 0) {
        const keep = start + i + 1;
        if (keep !== size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}

/** The `doc` ids of every complete JSONL line of `path` (missing file: none). */
export async function doneIds(path: string, key = 'doc'): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(path)) return ids;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as Record<string, unknown>;
      const id = v[key];
      if (typeof id === 'string') ids.add(id);
    } catch {
      // A corrupt line in the middle (not ours): the document is simply done again.
    }
  }
  return ids;
}
