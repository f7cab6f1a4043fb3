import type { Actor, Claim, Doc, Figure, Message } from '../../types/index.ts';
import { analyseSentence, type Found } from './analyse.ts';
import { namedRefs, resolveAnaphors, type Ref } from './mentions.ts';
import { attributeQuotes, quoteSpans } from './quotes.ts';
import { claimSentences } from './sentences.ts';
import { createCompromiseTagger, type CueTagger } from './tagger.ts';

/**
 * Claims: accusations and denials (SPEC §2 "Claims"). For each sentence that holds a
 * cue word (one cheap regex test first), the cue's frame fills claimants, targets and
 * content from the actor references around it; quotes lend their speaker; pronouns and
 * descriptions resolve to actors when coreference is on.
 */
export interface ClaimOptions {
  /** Resolve pronouns and descriptions ("he", "the country") to actors. Default true. */
  readonly coref?: boolean;
  /** Use compromise to tell ambiguous cue words apart (verb or noun). Default true. */
  readonly compromise?: boolean;
}

export interface ClaimsResult {
  readonly claims: Claim[];
  readonly messages: Message[];
}

export const CLAIMS_SOURCE = 'claims:rules';

let sharedTagger: CueTagger | undefined;

export function extractClaims(
  doc: Doc,
  actors: readonly Actor[],
  figures: readonly Figure[],
  options: ClaimOptions = {},
): ClaimsResult {
  const coref = options.coref ?? true;
  const tagger = options.compromise ?? true ? (sharedTagger ??= createCompromiseTagger()) : null;
  const text = doc.text;
  const sentences = claimSentences(doc);
  const named = namedRefs(actors);
  const refs: Ref[] = coref
    ? [...named, ...resolveAnaphors(text, sentences, named)].sort((a, b) => a.start - b.start || b.end - a.end)
    : named;
  const quotes = attributeQuotes(text, quoteSpans(text), sentences, refs);
  const claims: Claim[] = [];
  let previous: { claimants: readonly string[]; reportedBy: readonly string[] } | null = null;
  let previousAge = 0;
  for (const sentence of sentences) {
    const found = analyseSentence({ text, sentence, refs, quotes, tagger, previous: coref ? previous : null });
    for (const f of found) claims.push(toClaim(f, claims.length + 1, text, sentence, figures));
    const withClaimant = found.filter((f) => f.claimants.length > 0).at(-1);
    if (withClaimant) {
      previous = { claimants: withClaimant.claimants, reportedBy: withClaimant.reportedBy };
      previousAge = 0;
    } else if (++previousAge > 1) {
      previous = null;
    }
  }
  return { claims, messages: [] };
}

function toClaim(f: Found, n: number, text: string, sentence: { start: number; end: number }, figures: readonly Figure[]): Claim {
  const content = f.contentSpan;
  return {
    id: `c${n}`,
    type: f.type,
    claimants: f.claimants,
    targets: f.targets,
    cue: text.slice(f.cueSpan.start, f.cueSpan.end),
    content: content ? text.slice(content.start, content.end) : '',
    evidence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
    certainty: f.certainty,
    reported_by: f.reportedBy,
    figures: figures.filter((x) => x.start >= sentence.start && x.end <= sentence.end).map((x) => x.id),
    confidence: f.confidence,
    cue_span: { start: f.cueSpan.start, end: f.cueSpan.end },
    ...(content ? { content_span: { start: content.start, end: content.end } } : {}),
    source: CLAIMS_SOURCE,
    reason: `${f.cue.id}:${f.how}`,
  };
}
