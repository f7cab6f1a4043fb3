import type { Doc, RawArticle } from '../types/index.ts';

/**
 * PLACEHOLDER (replaced by the ingest work, issue 2): the `.txt` article as-is, with
 * the headline as the only sentence split. Exists so other stages can import `ingest`.
 */
export function ingest(article: RawArticle): Doc {
  const text = article.raw.replace(/\r\n?/g, '\n').trim();
  const nl = text.indexOf('\n');
  const title = article.title ?? (nl < 0 ? text : text.slice(0, nl)).trim();
  return {
    id: article.id,
    title,
    text,
    format: article.format,
    paragraphs: [],
    sentences: [],
    removed: [],
    offsetMap: [{ start: 0, end: text.length, rawStart: 0, rawEnd: text.length }],
    ...(article.meta ? { meta: article.meta } : {}),
    origin: article.origin,
    messages: [],
  };
}
