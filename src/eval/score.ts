import type { Actor, Claim, ExtractionRecord, Figure, Gold, Span } from '../types/index.ts';
import { assign, type Candidate } from './assign.ts';
import { locateGold, overlap, sentenceAround } from './locate.ts';
import { accuracy, ingestScores, mean, prf } from './metrics.ts';
import { actorKey, tokenF1 } from './normalize.ts';
import type {
  ActorPair,
  Alignment,
  ClaimPair,
  DocEval,
  EvalError,
  FigurePair,
  LocatedGold,
  Scores,
  SortedPrediction,
} from './types.ts';

/**
 * Scores one extraction record against one gold file (SPEC §4). Pure and
 * deterministic: predictions are put in a canonical order first, so the order in which
 * an extractor emits its items changes nothing.
 *
 * `failure`: set when the extractor threw on this document; pass a record with no
 * items over the cleaned text, and the row is marked as failed.
 */
export function evaluateDocument(gold: Gold, record: ExtractionRecord, failure: string | null = null): DocEval {
  const text = record.text;
  const located = locateGold(gold, text);
  const pred = sortPrediction(record);

  const actors = alignActors(located, pred.actors);
  const actorMap = new Map<string, string>(); // predicted actor id -> gold actor id
  for (const p of actors.pairs) {
    const a = pred.actors[p.pred];
    const g = located.actors[p.gold];
    if (a && g && !actorMap.has(a.id)) actorMap.set(a.id, g.gold.id);
  }
  const figures = alignFigures(located, pred.figures);
  const claims = alignClaims(located, pred, actorMap);

  const keepFound = located.keep.filter((k) => k.span !== null).length;
  const dropAbsent = located.drop.filter((d) => d.span === null).length;
  const scores: Scores = {
    ingest: ingestScores(keepFound, located.keep.length, dropAbsent, located.drop.length),
    actors: {
      detection: prf(actors.pairs.length, actors.spurious.length, actors.missed.length),
      type: accuracy(actors.pairs.filter((p) => p.typeOk).length, actors.pairs.length),
    },
    figures: {
      detection: prf(figures.pairs.length, figures.spurious.length, figures.missed.length),
      value: accuracy(figures.pairs.filter((p) => p.valueOk).length, figures.pairs.length),
      kind: accuracy(figures.pairs.filter((p) => p.kindOk).length, figures.pairs.length),
      qualifier: accuracy(figures.pairs.filter((p) => p.qualifierOk).length, figures.pairs.length),
      unit: accuracy(figures.pairs.filter((p) => p.unitOk).length, figures.pairs.length),
      strict: strictPRF(figures.pairs.filter((p) => p.strictOk).length, pred.figures.length, located.figures.length),
    },
    claims: {
      detection: prf(claims.pairs.length, claims.spurious.length, claims.missed.length),
      claimants: accuracy(claims.pairs.filter((p) => p.claimantsOk).length, claims.pairs.length),
      claimantsLenient: accuracy(claims.pairs.filter((p) => p.claimantsLenientOk).length, claims.pairs.length),
      targets: accuracy(claims.pairs.filter((p) => p.targetsOk).length, claims.pairs.length),
      targetsLenient: accuracy(claims.pairs.filter((p) => p.targetsLenientOk).length, claims.pairs.length),
      certainty: accuracy(claims.pairs.filter((p) => p.certaintyOk).length, claims.pairs.length),
      content: mean(
        claims.pairs.reduce((s, p) => s + p.contentF1, 0),
        claims.pairs.length,
      ),
      strict: strictPRF(claims.pairs.filter((p) => p.strictOk).length, pred.claims.length, located.claims.length),
    },
  };

  const base = { doc: gold.doc, extractor: record.extractor, text, failure, located, pred, actors, figures, claims, scores };
  return { ...base, errors: collectErrors(base) };
}

/** Strict P/R/F1: only the strictly right matches are true positives; everything else predicted is fp, everything else gold is fn. */
function strictPRF(strictTp: number, nPred: number, nGold: number): ReturnType<typeof prf> {
  return prf(strictTp, nPred - strictTp, nGold - strictTp);
}

// ---------------------------------------------------------------------------
// Canonical order of predictions
// ---------------------------------------------------------------------------

type Key = readonly (string | number)[];

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

function sortBy<T>(items: readonly T[], key: (t: T) => Key): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((x) => x.item);
}

const json = (v: unknown): string => JSON.stringify(v) ?? '';

/** The record's items in an order that depends only on their content (ids last). */
export function sortPrediction(record: ExtractionRecord): SortedPrediction {
  return {
    actors: sortBy(record.actors, (a) => [actorKey(a.name), a.type, json([...a.aliases].sort()), a.affiliation ?? '', a.id, json(a)]),
    figures: sortBy(record.figures, (f) => [f.start, f.end, f.text, f.kind, f.value ?? -1, f.id, json(f)]),
    claims: sortBy(record.claims, (c) => [
      c.evidence.start,
      c.evidence.end,
      c.type,
      c.cue,
      c.content,
      json([...c.claimants].sort()),
      json([...c.targets].sort()),
      c.id,
      json(c),
    ]),
  };
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

function keysOf(name: string, aliases: readonly string[]): Set<string> {
  return new Set([name, ...aliases].map(actorKey).filter((k) => k !== ''));
}

/**
 * A predicted actor is a candidate for a gold actor when a name or alias of one equals
 * a name or alias of the other under `actorKey` ("the U.S. Department of Justice" ~
 * "U.S. Department of Justice"). Among candidates, same name and same type are preferred.
 */
export function alignActors(located: LocatedGold, pred: readonly Actor[]): Alignment<ActorPair> {
  const goldKeys = located.actors.map((a) => keysOf(a.gold.name, a.gold.aliases));
  const candidates: Candidate[] = [];
  pred.forEach((p, pi) => {
    const pk = keysOf(p.name, p.aliases);
    goldKeys.forEach((gk, gi) => {
      let shared = 0;
      for (const k of pk) if (gk.has(k)) shared++;
      if (shared === 0) return;
      const g = located.actors[gi]?.gold;
      const sameName = g !== undefined && actorKey(g.name) === actorKey(p.name);
      const sameType = g !== undefined && g.type === p.type;
      candidates.push({ pred: pi, gold: gi, quality: (sameName ? 1000 : 0) + (sameType ? 100 : 0) + Math.min(shared, 99) });
    });
  });
  const pairs = assign(pred.length, located.actors.length, candidates).map(
    (p): ActorPair => ({ ...p, typeOk: pred[p.pred]?.type === located.actors[p.gold]?.gold.type }),
  );
  return withLeftovers(pairs, located.actors.length, pred.length);
}

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

const unitKey = (u: string | null): string | null => (u === null ? null : u.trim().toLowerCase());

function jaccard(a: Span, b: Span): number {
  const ov = overlap(a, b);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : ov / union;
}

/** A predicted figure is a candidate for a gold figure when their spans overlap by at least one character. */
export function alignFigures(located: LocatedGold, pred: readonly Figure[]): Alignment<FigurePair> {
  const candidates: Candidate[] = [];
  const slots = (p: Figure, gi: number): Omit<FigurePair, 'gold' | 'pred'> => {
    const g = located.figures[gi]?.gold;
    // The value of a range is both ends: "between 10 and 20" is right only as 10-20.
    const valueOk = g !== undefined && sameNumber(p.value, g.value) && sameNumber(p.value_max, g.value_max);
    const kindOk = g !== undefined && p.kind === g.kind;
    const unitOk = g !== undefined && unitKey(p.unit) === unitKey(g.unit);
    const qualifierOk = g !== undefined && p.qualifier === g.qualifier;
    return { valueOk, kindOk, qualifierOk, unitOk, strictOk: valueOk && kindOk && unitOk };
  };
  pred.forEach((p, pi) => {
    located.figures.forEach((g, gi) => {
      if (!g.span || overlap(g.span, p) === 0) return;
      const s = slots(p, gi);
      const agree = (s.valueOk ? 8 : 0) + (s.kindOk ? 4 : 0) + (s.unitOk ? 2 : 0) + (s.qualifierOk ? 1 : 0);
      candidates.push({ pred: pi, gold: gi, quality: Math.round(1000 * jaccard(g.span, p)) * 16 + agree });
    });
  });
  const pairs = assign(pred.length, located.figures.length, candidates).map((p): FigurePair => {
    const fig = pred[p.pred];
    if (!fig) throw new Error('unreachable: pair out of range');
    return { ...p, ...slots(fig, p.gold) };
  });
  return withLeftovers(pairs, located.figures.length, pred.length);
}

// ---------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------

/** Evidence spans are close enough when they overlap by at least half of the shorter one. */
export function evidenceOverlaps(a: Span, b: Span): boolean {
  const ov = overlap(a, b);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return ov > 0 && 2 * ov >= shorter;
}

/**
 * Claimant/target comparison. Predicted actor ids are mapped to gold ids through the
 * actor alignment; an unaligned one becomes `?<id>` and never equals a gold id.
 */
class ActorSlots {
  private readonly goldAffiliation = new Map<string, string | null>();
  private readonly predAffiliation = new Map<string, string | null>();

  constructor(
    located: LocatedGold,
    pred: readonly Actor[],
    private readonly actorMap: ReadonlyMap<string, string>,
  ) {
    for (const a of located.actors) this.goldAffiliation.set(a.gold.id, a.gold.affiliation);
    for (const a of pred) if (!this.predAffiliation.has(a.id)) this.predAffiliation.set(a.id, a.affiliation);
  }

  mapped(predId: string): string {
    return this.actorMap.get(predId) ?? `?${predId}`;
  }

  exact(pred: readonly string[], gold: readonly string[]): boolean {
    const p = new Set(pred.map((id) => this.mapped(id)));
    const g = new Set(gold);
    return p.size === g.size && [...p].every((x) => g.has(x));
  }

  /**
   * Whether predicted actor `p` stands for gold actor `g` leniently: the same actor, or
   * one affiliated with the other, either way, by the gold's affiliations or by the
   * prediction's own ("Antony Blinken" [affiliation usa] for gold "United States").
   */
  private close(p: string, g: string): boolean {
    const m = this.actorMap.get(p);
    if (m === g) return true;
    if (m !== undefined && (this.goldAffiliation.get(m) === g || this.goldAffiliation.get(g) === m)) return true;
    const pa = this.predAffiliation.get(p);
    if (pa !== undefined && pa !== null && this.actorMap.get(pa) === g) return true;
    // The prediction says some actor aligned with g belongs to p.
    for (const [q, qa] of this.predAffiliation) {
      if (qa === p && this.actorMap.get(q) === g) return true;
    }
    return false;
  }

  /** Every predicted actor is close to some gold one and every gold actor to some predicted one. */
  lenient(pred: readonly string[], gold: readonly string[]): boolean {
    if (pred.length === 0 || gold.length === 0) return pred.length === gold.length;
    return pred.every((p) => gold.some((g) => this.close(p, g))) && gold.every((g) => pred.some((p) => this.close(p, g)));
  }
}

/**
 * A predicted claim is a candidate for a gold claim of the same type when their
 * evidence spans overlap by at least half of the shorter span. Among candidates the
 * assignment prefers the best slot agreement (claimants, targets, certainty, content),
 * then the closest evidence span.
 */
export function alignClaims(
  located: LocatedGold,
  pred: SortedPrediction,
  actorMap: ReadonlyMap<string, string>,
): Alignment<ClaimPair> {
  const actors = new ActorSlots(located, pred.actors, actorMap);
  const slots = (p: Claim, gi: number): Omit<ClaimPair, 'gold' | 'pred'> => {
    const g = located.claims[gi]?.gold;
    if (!g) throw new Error('unreachable: gold claim out of range');
    const claimantsOk = actors.exact(p.claimants, g.claimants);
    const targetsOk = actors.exact(p.targets, g.targets);
    return {
      claimantsOk,
      claimantsLenientOk: claimantsOk || actors.lenient(p.claimants, g.claimants),
      targetsOk,
      targetsLenientOk: targetsOk || actors.lenient(p.targets, g.targets),
      certaintyOk: p.certainty === g.certainty,
      contentF1: tokenF1(p.content, g.content),
      strictOk: claimantsOk && targetsOk,
      claimantsMapped: uniqueSorted(p.claimants.map((id) => actors.mapped(id))),
      targetsMapped: uniqueSorted(p.targets.map((id) => actors.mapped(id))),
    };
  };
  const candidates: Candidate[] = [];
  pred.claims.forEach((p, pi) => {
    located.claims.forEach((g, gi) => {
      if (!g.span || g.gold.type !== p.type || !evidenceOverlaps(g.span, p.evidence)) return;
      const s = slots(p, gi);
      const agreement =
        (s.claimantsOk ? 1000 : 0) + (s.targetsOk ? 1000 : 0) + (s.certaintyOk ? 1000 : 0) + Math.round(1000 * s.contentF1);
      candidates.push({ pred: pi, gold: gi, quality: agreement * 1000 + Math.round(999 * jaccard(g.span, p.evidence)) });
    });
  });
  const pairs = assign(pred.claims.length, located.claims.length, candidates).map((p): ClaimPair => {
    const claim = pred.claims[p.pred];
    if (!claim) throw new Error('unreachable: pair out of range');
    return { ...p, ...slots(claim, p.gold) };
  });
  return withLeftovers(pairs, located.claims.length, pred.claims.length);
}

function uniqueSorted(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort();
}

function withLeftovers<P extends { gold: number; pred: number }>(pairs: P[], nGold: number, nPred: number): Alignment<P> {
  const g = new Set(pairs.map((p) => p.gold));
  const p = new Set(pairs.map((x) => x.pred));
  return {
    pairs,
    missed: range(nGold).filter((i) => !g.has(i)),
    spurious: range(nPred).filter((i) => !p.has(i)),
  };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

type Base = Omit<DocEval, 'errors'>;

function clip(s: string, n = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

/** Every missed gold item, every false positive and every matched pair with a wrong slot. */
function collectErrors(d: Base): EvalError[] {
  const out: EvalError[] = [];
  const at = (span: Span | null): Pick<EvalError, 'sentence' | 'start'> =>
    span ? { sentence: sentenceAround(d.text, span.start, span.end), start: span.start } : { sentence: '', start: null };
  const err = (e: Omit<EvalError, 'doc'>): void => {
    out.push({ doc: d.doc, ...e });
  };

  // Ingest
  for (const k of d.located.keep) {
    if (k.span) continue;
    err({ layer: 'ingest', kind: 'missed', reason: 'keep snippet missing from cleaned text', source: null, item: clip(k.snippet), detail: '', ...at(null) });
  }
  for (const k of d.located.drop) {
    if (!k.span) continue;
    err({ layer: 'ingest', kind: 'spurious', reason: 'drop snippet left in cleaned text', source: null, item: clip(k.snippet), detail: '', ...at(k.span) });
  }

  // Actors
  const goldName = new Map(d.located.actors.map((a) => [a.gold.id, a.gold.name]));
  const predName = new Map<string, string>();
  for (const a of d.pred.actors) if (!predName.has(a.id)) predName.set(a.id, a.name);
  for (const gi of d.actors.missed) {
    const a = d.located.actors[gi];
    if (!a) continue;
    err({ layer: 'actor', kind: 'missed', reason: a.gold.type, source: null, item: a.gold.name, detail: '', ...at(a.mentions[0] ?? null) });
  }
  for (const pi of d.actors.spurious) {
    const a = d.pred.actors[pi];
    if (!a) continue;
    err({ layer: 'actor', kind: 'spurious', reason: a.reason, source: a.source, item: a.name, detail: `type ${a.type}`, ...at(a.mentions[0] ?? null) });
  }
  for (const p of d.actors.pairs) {
    const a = d.pred.actors[p.pred];
    const g = d.located.actors[p.gold];
    if (!a || !g || p.typeOk) continue;
    err({ layer: 'actor', kind: 'wrong-slot', reason: a.reason, source: a.source, item: a.name, detail: `type: gold ${g.gold.type} / predicted ${a.type}`, ...at(a.mentions[0] ?? null) });
  }

  // Figures
  for (const gi of d.figures.missed) {
    const f = d.located.figures[gi];
    if (!f) continue;
    const unlocated = f.span === null;
    err({
      layer: 'figure',
      kind: unlocated ? 'unlocated' : 'missed',
      reason: unlocated ? 'gold snippet not found in cleaned text' : f.gold.kind,
      source: null,
      item: f.gold.text,
      detail: unlocated ? (f.context ? `text "${clip(f.gold.text)}" not in its context` : `context "${clip(f.gold.context)}" not found`) : '',
      ...at(f.span),
    });
  }
  for (const pi of d.figures.spurious) {
    const f = d.pred.figures[pi];
    if (!f) continue;
    err({ layer: 'figure', kind: 'spurious', reason: f.reason, source: f.source, item: f.text, detail: `${f.kind} ${f.value ?? 'null'}`, ...at(f) });
  }
  for (const p of d.figures.pairs) {
    const f = d.pred.figures[p.pred];
    const g = d.located.figures[p.gold]?.gold;
    if (!f || !g) continue;
    const wrong: string[] = [];
    if (!p.valueOk) wrong.push(`value: gold ${numText(g.value, g.value_max)} / predicted ${numText(f.value, f.value_max)}`);
    if (!p.kindOk) wrong.push(`kind: gold ${g.kind} / predicted ${f.kind}`);
    if (!p.qualifierOk) wrong.push(`qualifier: gold ${g.qualifier} / predicted ${f.qualifier}`);
    if (!p.unitOk) wrong.push(`unit: gold ${g.unit ?? 'null'} / predicted ${f.unit ?? 'null'}`);
    if (wrong.length === 0) continue;
    err({ layer: 'figure', kind: 'wrong-slot', reason: f.reason, source: f.source, item: f.text, detail: wrong.join('; '), ...at(f) });
  }

  // Claims
  const names = (ids: readonly string[], table: ReadonlyMap<string, string>): string =>
    `[${ids.map((id) => table.get(id) ?? id).join(', ')}]`;
  for (const gi of d.claims.missed) {
    const c = d.located.claims[gi];
    if (!c) continue;
    const unlocated = c.span === null;
    err({
      layer: 'claim',
      kind: unlocated ? 'unlocated' : 'missed',
      reason: unlocated ? 'gold snippet not found in cleaned text' : c.gold.type,
      source: null,
      item: `${c.gold.type} "${c.gold.cue}"`,
      detail: unlocated ? `evidence "${clip(c.gold.evidence)}" not found` : `${names(c.gold.claimants, goldName)} -> ${names(c.gold.targets, goldName)}: ${clip(c.gold.content)}`,
      // The evidence is the sentence (or clause) of a claim.
      ...(c.span ? { sentence: clip(d.text.slice(c.span.start, c.span.end), 400), start: c.span.start } : { sentence: clip(c.gold.evidence, 400), start: null }),
    });
  }
  for (const pi of d.claims.spurious) {
    const c = d.pred.claims[pi];
    if (!c) continue;
    err({
      layer: 'claim',
      kind: 'spurious',
      reason: c.reason,
      source: c.source,
      item: `${c.type} "${c.cue}"`,
      detail: `${names(c.claimants, predName)} -> ${names(c.targets, predName)}: ${clip(c.content)}`,
      sentence: clip(c.evidence.text, 400),
      start: c.evidence.start,
    });
  }
  for (const p of d.claims.pairs) {
    const c = d.pred.claims[p.pred];
    const g = d.located.claims[p.gold]?.gold;
    if (!c || !g) continue;
    const wrong: string[] = [];
    if (!p.claimantsOk) wrong.push(`claimants: gold ${names(g.claimants, goldName)} / predicted ${names(c.claimants, predName)}`);
    if (!p.targetsOk) wrong.push(`targets: gold ${names(g.targets, goldName)} / predicted ${names(c.targets, predName)}`);
    if (!p.certaintyOk) wrong.push(`certainty: gold ${g.certainty} / predicted ${c.certainty}`);
    if (wrong.length === 0) continue;
    err({ layer: 'claim', kind: 'wrong-slot', reason: c.reason, source: c.source, item: `${c.type} "${c.cue}"`, detail: wrong.join('; '), sentence: clip(c.evidence.text, 400), start: c.evidence.start });
  }
  return out;
}

function numText(v: number | null, max: number | null): string {
  return max === null ? String(v) : `${v}-${max}`;
}
