/**
 * A copy of `s` that holds on to no other string. In V8 a slice of 13 or more characters
 * (`text.slice(a, b)`, a regex match, a token's text) points into the string it was cut
 * from, so a long-lived cache keyed by such a slice keeps the whole document alive: a
 * memo of the words of a stream of news articles held ~30 MB of article texts per 1,000
 * documents with new names (measured, `.claims-tmp/novel.ts`). Cost: one short copy, so
 * call it where a key is inserted into a cache, not where it is looked up.
 *
 * (`' ' + s` is a new cons string; slicing it flattens it into a fresh string of
 * `s.length + 1` characters, which is all the result then refers to.)
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
