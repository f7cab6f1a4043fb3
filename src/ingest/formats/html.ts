import type { FormatSplit } from '../index.ts';
import { splitPlain } from './txt.ts';

/** TEMPORARY: HTML handled as text until the readability-based splitter lands. */
export function splitHtml(raw: string, _clean: boolean): FormatSplit {
  return splitPlain({ text: raw, rawIndex: null }, true);
}
