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
