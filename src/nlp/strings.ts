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

/**
 * Whether a UTF-16 code unit is one `/\s/` matches (the ECMAScript WhiteSpace and
 * LineTerminator characters). Sentence trims and boundary scans ask it of single characters, where a
 * regex call per character was most of their cost (speed session 10); ingest's units use it
 * too, less the BOM they drop as invisible.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
