import { CUES } from '../../lexicons/cues.ts';
import type { Actor, Claim, Figure, Span } from '../../types/index.ts';

/**
 * The baseline's claims: every sentence with a cue word from the shared lexicon is a
 * claim of the cue's type; the nearest actor mention before the cue is the claimant,
 * the nearest after it the target. No negation, no hedging, no passives, no quotes:
 * the floor the `rules` extractor must beat.
 */
const CUE_RES = CUES.map((c) => ({ cue: c, re: new RegExp(`\\b${c.pattern}\\b`, 'i') }));

export function findClaimsBaseline(
  text: string,
  sentences: readonly Span[],
  actors: readonly Actor[],
  figures: readonly Figure[],
): Claim[] {
  const mentions = actors
    .flatMap((a) => a.mentions.map((m) => ({ id: a.id, start: m.start, end: m.end })))
    .sort((x, y) => x.start - y.start);
  const claims: Claim[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    let best: { index: number; length: number; c: (typeof CUE_RES)[number]['cue'] } | undefined;
    for (const { cue, re } of CUE_RES) {
      const m = re.exec(sentence);
      if (m && (!best || m.index < best.index)) best = { index: m.index, length: m[0].length, c: cue };
    }
    if (!best) continue;
    const cueStart = s.start + best.index;
    const cueEnd = cueStart + best.length;
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const before = inside.filter((m) => m.end <= cueStart).at(-1);
    const after = inside.find((m) => m.start >= cueEnd);
    claims.push({
      id: `c${claims.length + 1}`,
      type: best.c.type,
      claimants: before ? [before.id] : [],
      targets: after && after.id !== before?.id ? [after.id] : [],
      cue: text.slice(cueStart, cueEnd),
      content: text.slice(cueEnd, s.end).trim(),
      evidence: { start: s.start, end: s.end, text: sentence },
      certainty: best.c.hedged ? 'hedged' : 'asserted',
      reported_by: [],
      figures: figures.filter((f) => f.start >= s.start && f.end <= s.end).map((f) => f.id),
      confidence: best.c.confidence * 0.5,
      cue_span: { start: cueStart, end: cueEnd },
      source: 'baseline:claims',
      reason: best.c.id,
    });
  }
  return claims;
}
