/**
 * Regenerates `name-lexicon.json` from compromise's own lexicon:
 *
 *   npx tsx src/nlp/name-lexicon-build.ts
 *
 * The actor rules only look words up in compromise's dictionary (is "antony" a first
 * name? is "harare" a place?); they never run its tagger. Loading compromise for that
 * costs ~50 MB of memory and ~0.3 s in every worker thread, so the lookups read this
 * file instead. tests/nlp/name-lexicon.test.ts fails when the file no longer matches the
 * installed compromise (after an upgrade: run this again).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromise } from './compromise.ts';
import { encodeNameLexicon, kindsOfTags } from './name-lexicon.ts';

export function buildNameLexicon(): Record<string, string> {
  const model = compromise().model() as { one?: { lexicon?: Record<string, string | string[]> } };
  const entries: [string, number][] = [];
  for (const [word, tag] of Object.entries(model.one?.lexicon ?? {})) {
    entries.push([word, kindsOfTags(Array.isArray(tag) ? tag : [tag])]);
  }
  return encodeNameLexicon(entries);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('./name-lexicon.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(buildNameLexicon(), null, 1)}\n`);
  process.stderr.write(`wrote ${out}\n`);
}
