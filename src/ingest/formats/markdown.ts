import type { FormatSplit } from '../index.ts';
import { splitPlain } from './txt.ts';

/** TEMPORARY: Markdown handled as text until the Markdown splitter lands. */
export function splitMarkdown(raw: string, _clean: boolean): FormatSplit {
  return splitPlain({ text: raw, rawIndex: null }, true);
}
