import type { Gold, Span } from '../types/index.ts';
import { locate, locateWords, normalise, type NormText } from './normalize.ts';
import type { LocatedActor, LocatedClaim, LocatedFigure, LocatedGold, LocatedSnippet } from './types.ts';

/**
 * Finds every gold snippet in a cleaned text (SPEC §4 "Locating"). Gold has no
 * offsets: keep/drop snippets, figure contexts and claim evidence are verbatim strings
 * of the raw article, looked for here under `normalise`. A snippet that occurs more
 * than once means its first occurrence (SPEC §3: a repeated headline). A figure's
 * `text` is looked for inside its located context, so "four" in the context "four MSS
 * hackers" lands on that "four" and not on an earlier one.
 */
export function locateGold(gold: Gold, text: string): LocatedGold {
  const hay = normalise(text);
  const snippet = (s: string): LocatedSnippet => ({ snippet: s, span: plain(locate(hay, s)) });
  return {
    gold,
    keep: gold.ingest.keep.map(snippet),
    drop: gold.ingest.drop.map(snippet),
    actors: gold.actors.map((a): LocatedActor => ({ gold: a, mentions: actorMentions(hay, [a.name, ...a.aliases]) })),
    figures: gold.figures.map((f) => locateFigure(hay, f.context, f.text, f)),
    claims: gold.claims.map((c): LocatedClaim => ({ gold: c, span: plain(locate(hay, c.evidence)) })),
  };
}

function locateFigure(hay: NormText, context: string, figureText: string, gold: LocatedFigure['gold']): LocatedFigure {
  const ctx = locate(hay, context);
  if (!ctx) return { gold, context: null, span: null };
  const inner = locate(hay, figureText, ctx.nStart, ctx.nEnd);
  return { gold, context: plain(ctx), span: plain(inner) };
}

/**
 * Whole-word occurrences of any of `names` in the text, longest name first and
 * non-overlapping ("Ministry of State Security" wins over "State" inside it).
 */
export function actorMentions(hay: NormText, names: readonly string[]): Span[] {
  const unique = [...new Set(names)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const taken: Span[] = [];
  for (const name of unique) {
    for (const hit of locateWords(hay, name)) {
      if (taken.some((t) => t.start < hit.end && hit.start < t.end)) continue;
      taken.push({ start: hit.start, end: hit.end });
    }
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

function plain(l: Span | null): Span | null {
  return l ? { start: l.start, end: l.end } : null;
}

/** Characters of `a` and `b` that overlap (0 when disjoint). */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The sentence around `[start, end)`, for error reports: from after the previous
 * sentence end or line break to the next one, at most 400 characters either way.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const LIMIT = 400;
  let s = start;
  while (s > 0 && start - s < LIMIT) {
    const prev = text[s - 1] ?? '';
    if (prev === '\n') break;
    if (/\s/.test(prev) && /[.!?]["'\u201D\u2019)]?$/.test(text.slice(Math.max(0, s - 3), s - 1))) break;
    s--;
  }
  let e = Math.max(end, start);
  // A span that already ends a sentence ("... computers.") ends the sentence here.
  const endsSentence = e > start && /[.!?]["'\u201D\u2019)]*$/.test(text.slice(Math.max(start, e - 3), e));
  while (!endsSentence && e < text.length && e - end < LIMIT) {
    const ch = text[e] ?? '';
    if (ch === '\n') break;
    e++;
    if (/[.!?]/.test(ch) && (e >= text.length || /[\s"'\u201D\u2019)]/.test(text[e] ?? ''))) {
      while (e < text.length && /["'\u201D\u2019)]/.test(text[e] ?? '')) e++;
      break;
    }
  }
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}
