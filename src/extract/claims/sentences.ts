import type { Doc, Span } from '../../types/index.ts';
import { splitSentencesRegex } from '../baseline/sentences.ts';

/**
 * The sentences claims are looked for in: ingest's when it gave any, else a regex
 * split of the text (the placeholder ingest gives none). A sentence that ingest split
 * inside a quotation stays as it is: quotes are handled across sentences by quotes.ts.
 */
export function claimSentences(doc: Doc): readonly Span[] {
  if (doc.sentences.length > 0) return doc.sentences;
  return splitSentencesRegex(doc.text);
}

/** Index of the paragraph (blank-line separated block) each sentence starts in. */
export function paragraphOf(text: string, sentences: readonly Span[], doc: Doc): number[] {
  if (doc.paragraphs.length > 0) {
    return sentences.map((s) => {
      const i = doc.paragraphs.findIndex((p) => s.start >= p.start && s.start < p.end);
      return i < 0 ? 0 : i;
    });
  }
  const out: number[] = [];
  let para = 0;
  let last = 0;
  for (const s of sentences) {
    if (/\n\s*\n/.test(text.slice(last, s.start))) para++;
    out.push(para);
    last = s.end;
  }
  return out;
}

/**
 * Runs a sentence-tail pattern (one that opens at a comma and holds at most `commas` - 1
 * more commas before `$`) on the part of `s` from its `commas`-th last comma only: the
 * same match, without trying the pattern at every earlier comma. The match index is
 * given relative to `s`.
 */
export function execFromComma(re: RegExp, s: string, commas: number): RegExpExecArray | null {
  let at = s.length;
  for (let k = 0; k < commas; k++) {
    const c = s.lastIndexOf(',', at - 1);
    if (c < 0) break;
    at = c;
  }
  if (at === s.length) return null;
  const m = re.exec(s.slice(at));
  if (m) m.index += at;
  return m;
}
