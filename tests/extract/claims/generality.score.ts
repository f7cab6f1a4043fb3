/**
 * Scores an extractor on the claims generality set (generality.cases.ts), through the same
 * path as the CLI (`processArticle`: ingest, then the extractor), and matches claims like
 * SPEC §4: a predicted claim is a candidate for an expected one of the same type when its
 * evidence overlaps the expected snippet by at least half of the shorter span; one-to-one,
 * best slot agreement first. Claimants and targets are compared as sets of actors (an
 * actor matches when its name or an alias equals an accepted name, case-insensitive,
 * leading "the" and a possessive "'s" dropped).
 *
 *   npx tsx tests/extract/claims/generality.score.ts [--set passages|articles|heldout|heldout4|heldout5|heldout6|heldout7] [--extractor rules] [--quiet] [--json]
 *
 * `--set articles` scores the second set (generality2.cases.ts: whole invented articles).
 */
import '../../../src/pipeline/extractors.ts';
import { loadExtractor } from '../../../src/pipeline/registry.ts';
import { processArticle } from '../../../src/pipeline/process.ts';
import type { Actor, Claim, ExtractionRecord, Extractor } from '../../../src/types/index.ts';
import { CLAIM_CASES, NEUTRAL_HEADLINE, TAGS, type ActorNames, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_CASES, ARTICLE_TAGS } from './generality2.cases.ts';
import { HELDOUT_CASES, HELDOUT_TAGS } from './generality3.cases.ts';
import { SET4_CASES, SET4_TAGS } from './generality4.cases.ts';
import { SET5_CASES, SET5_TAGS } from './generality5.cases.ts';
import { SET6_CASES, SET6_TAGS } from './generality6.cases.ts';
import { SET7_CASES, SET7_TAGS } from './generality7.cases.ts';

/** Normalised form for comparing names and locating snippets. */
export function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s$/, '');
}

/**
 * A neutral first body paragraph (no actor, no cue). Ingest judges short paragraphs that
 * come before the first sentence-like one of 12+ words as standfirst or teaser, and drops
 * a one-line passage sharing no words with the headline as an "unrelated teaser"; real
 * articles open with a full lead, so the passages are placed after one.
 */
export const LEAD = 'This story was first published on Monday morning and has been updated throughout the day with more details.';

export function caseRaw(c: ClaimCase): string {
  return `${c.headline ?? NEUTRAL_HEADLINE}\n\n${LEAD}\n\n${c.text}`;
}

/** Where a snippet sits in the cleaned text (exact, then case-insensitive), else null. */
export function locate(text: string, snippet: string): { start: number; end: number } | null {
  let i = text.indexOf(snippet);
  if (i < 0) i = text.toLowerCase().indexOf(snippet.toLowerCase());
  return i < 0 ? null : { start: i, end: i + snippet.length };
}

function overlapOk(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return ov > 0 && ov >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

function actorForms(a: Actor): Set<string> {
  return new Set([a.name, ...a.aliases].map(norm));
}

/** Set equality of predicted actor ids against expected actors (one-to-one). */
export function sameActors(ids: readonly string[], want: readonly ActorNames[], actors: readonly Actor[]): boolean {
  const got = [...new Set(ids)].map((id) => actors.find((a) => a.id === id));
  if (got.length !== want.length) return false;
  const forms = got.map((a) => (a ? actorForms(a) : new Set<string>()));
  const wantN = want.map((w) => w.map(norm));
  const used = new Set<number>();
  const assign = (k: number): boolean => {
    if (k === wantN.length) return true;
    for (let j = 0; j < forms.length; j++) {
      if (used.has(j) || !wantN[k]!.some((w) => forms[j]!.has(w))) continue;
      used.add(j);
      if (assign(k + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return assign(0);
}

export interface Pair {
  readonly want: ExpectedClaim;
  readonly got: Claim;
  readonly claimantsOk: boolean;
  readonly targetsOk: boolean;
  readonly certaintyOk: boolean | null;
}

export interface CaseScore {
  readonly c: ClaimCase;
  /** Matched pairs of required expected claims. */
  readonly pairs: readonly Pair[];
  /** Required expected claims with no match (`located: false` when the snippet is not in the cleaned text). */
  readonly missed: readonly { readonly want: ExpectedClaim; readonly located: boolean }[];
  /** Predicted claims matching no expected claim (required or optional). */
  readonly spurious: readonly Claim[];
  /** Optional expected claims that were matched (counted neither way). */
  readonly optionalHit: number;
  readonly actors: readonly Actor[];
  readonly text: string;
}

/** Matches one record's claims to a case's expected claims. Pure: used by the tests on hand-made records. */
export function scoreRecord(c: ClaimCase, record: Pick<ExtractionRecord, 'text' | 'actors' | 'claims'>): CaseScore {
  const spans = c.claims.map((w) => locate(record.text, w.evidence));
  const usedGot = new Set<number>();
  const usedWant = new Set<number>();
  const pairs: Pair[] = [];
  let optionalHit = 0;
  // Required claims first, so an optional one never takes a prediction a required one could have.
  for (const optional of [false, true]) {
    const cands: { i: number; j: number; score: number; claimantsOk: boolean; targetsOk: boolean }[] = [];
    c.claims.forEach((w, i) => {
      const span = spans[i];
      if (!span || Boolean(w.optional) !== optional) return;
      record.claims.forEach((g, j) => {
        if (usedGot.has(j) || g.type !== w.type || !overlapOk(span, g.evidence)) return;
        const claimantsOk = sameActors(g.claimants, w.claimants, record.actors);
        const targetsOk = sameActors(g.targets, w.targets, record.actors);
        cands.push({ i, j, score: Number(claimantsOk) + Number(targetsOk), claimantsOk, targetsOk });
      });
    });
    cands.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
    for (const k of cands) {
      if (usedGot.has(k.j) || usedWant.has(k.i)) continue;
      usedGot.add(k.j);
      usedWant.add(k.i);
      const w = c.claims[k.i]!;
      const g = record.claims[k.j]!;
      if (optional) optionalHit++;
      else pairs.push({ want: w, got: g, claimantsOk: k.claimantsOk, targetsOk: k.targetsOk, certaintyOk: w.certainty ? w.certainty === g.certainty : null });
    }
  }
  const missed = c.claims.flatMap((w, i) => (w.optional || usedWant.has(i) ? [] : [{ want: w, located: spans[i] !== null }]));
  const spurious = record.claims.filter((_, j) => !usedGot.has(j));
  return { c, pairs, missed, spurious, optionalHit, actors: record.actors, text: record.text };
}

export function runCase(c: ClaimCase, extractor: Extractor): CaseScore {
  const out = processArticle({ id: c.id, format: 'txt', raw: caseRaw(c), origin: 'generality' }, extractor);
  const record = out.record ?? { text: '', actors: [], claims: [] };
  return scoreRecord(c, record);
}

export interface Totals {
  passages: number;
  expected: number;
  predicted: number;
  matched: number;
  strict: number;
  claimantsOk: number;
  targetsOk: number;
  certaintyOk: number;
  certaintyN: number;
  spurious: number;
  optionalHit: number;
}

const zero = (): Totals => ({ passages: 0, expected: 0, predicted: 0, matched: 0, strict: 0, claimantsOk: 0, targetsOk: 0, certaintyOk: 0, certaintyN: 0, spurious: 0, optionalHit: 0 });

function add(t: Totals, s: CaseScore): void {
  t.passages++;
  t.expected += s.pairs.length + s.missed.length;
  t.matched += s.pairs.length;
  t.spurious += s.spurious.length;
  t.optionalHit += s.optionalHit;
  t.predicted += s.pairs.length + s.spurious.length;
  for (const p of s.pairs) {
    if (p.claimantsOk) t.claimantsOk++;
    if (p.targetsOk) t.targetsOk++;
    if (p.claimantsOk && p.targetsOk) t.strict++;
    if (p.certaintyOk !== null) {
      t.certaintyN++;
      if (p.certaintyOk) t.certaintyOk++;
    }
  }
}

export interface Summary {
  readonly all: Totals;
  readonly byTag: ReadonlyMap<string, Totals>;
  readonly scores: readonly CaseScore[];
}

export function summarise(scores: readonly CaseScore[], tags: readonly string[] = TAGS): Summary {
  const all = zero();
  const byTag = new Map<string, Totals>(tags.map((t) => [t, zero()]));
  for (const s of scores) {
    add(all, s);
    for (const tag of s.c.tags) add(byTag.get(tag)!, s);
  }
  return { all, byTag, scores };
}

export async function scoreExtractor(name: string, cases: readonly ClaimCase[] = CLAIM_CASES, tags: readonly string[] = TAGS): Promise<Summary> {
  const ex = await loadExtractor(name);
  return summarise(cases.map((c) => runCase(c, ex)), tags);
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function headline(t: Totals): Record<string, number> {
  const p = t.predicted ? t.matched / t.predicted : 0;
  const r = t.expected ? t.matched / t.expected : 0;
  const sp = t.predicted ? t.strict / t.predicted : 0;
  const sr = t.expected ? t.strict / t.expected : 0;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    expected: t.expected, predicted: t.predicted, matched: t.matched, strict: t.strict, spurious: t.spurious,
    P: round(p), R: round(r), F1: round(f1(p, r)), strictF1: round(f1(sp, sr)),
    claimantAcc: round(t.matched ? t.claimantsOk / t.matched : 0), targetAcc: round(t.matched ? t.targetsOk / t.matched : 0),
    certaintyAcc: round(t.certaintyN ? t.certaintyOk / t.certaintyN : 0),
  };
}

function actorNames(ids: readonly string[], actors: readonly Actor[]): string {
  return `[${ids.map((id) => actors.find((a) => a.id === id)?.name ?? id).join(', ')}]`;
}
const wantNames = (xs: readonly ActorNames[]): string => `[${xs.map((x) => x[0]).join(', ')}]`;
const cut = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function report(name: string, s: Summary, quiet: boolean): string {
  const lines: string[] = [];
  const h = headline(s.all);
  lines.push(`extractor ${name}: ${s.all.passages} passages`);
  lines.push(Object.entries(h).map(([k, v]) => `${k} ${v}`).join('  '));
  lines.push('');
  lines.push(`${'tag'.padEnd(20)} pass  exp match strict spur  R      strictR claimAcc targAcc`);
  for (const [tag, t] of s.byTag) {
    if (t.passages === 0) continue;
    lines.push(
      `${tag.padEnd(20)} ${String(t.passages).padStart(4)} ${String(t.expected).padStart(4)} ${String(t.matched).padStart(5)} ${String(t.strict).padStart(6)} ${String(t.spurious).padStart(4)}  ${ratio(t.matched, t.expected)}  ${ratio(t.strict, t.expected)}   ${ratio(t.claimantsOk, t.matched)}    ${ratio(t.targetsOk, t.matched)}`,
    );
  }
  if (quiet) return lines.join('\n');
  lines.push('', 'failures (want = expected, got = predicted):');
  for (const cs of s.scores) {
    const out: string[] = [];
    for (const m of cs.missed) {
      out.push(`  MISSED ${m.want.type}${m.located ? '' : ' (snippet not in cleaned text)'} want ${wantNames(m.want.claimants)} -> ${wantNames(m.want.targets)} "${cut(m.want.evidence, 70)}"`);
    }
    for (const p of cs.pairs) {
      if (p.claimantsOk && p.targetsOk) continue;
      out.push(
        `  SLOTS ${p.want.type} "${cut(p.want.evidence, 50)}" want ${wantNames(p.want.claimants)} -> ${wantNames(p.want.targets)} got ${actorNames(p.got.claimants, cs.actors)} -> ${actorNames(p.got.targets, cs.actors)} (${p.got.reason})`,
      );
    }
    for (const g of cs.spurious) {
      out.push(`  SPURIOUS ${g.type} cue "${g.cue}" ${actorNames(g.claimants, cs.actors)} -> ${actorNames(g.targets, cs.actors)} (${g.reason}) "${cut(g.evidence.text, 70)}"`);
    }
    if (out.length) lines.push(`${cs.c.id} [${cs.c.tags.join(' ')}]`, ...out);
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--extractor');
  const name = at >= 0 ? argv[at + 1] ?? 'rules' : 'rules';
  const set = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : 'passages';
  const s =
    set === 'articles' ? await scoreExtractor(name, ARTICLE_CASES, ARTICLE_TAGS)
    : set === 'heldout' ? await scoreExtractor(name, HELDOUT_CASES, HELDOUT_TAGS)
    : set === 'heldout4' ? await scoreExtractor(name, SET4_CASES, SET4_TAGS)
    : set === 'heldout5' ? await scoreExtractor(name, SET5_CASES, SET5_TAGS)
    : set === 'heldout6' ? await scoreExtractor(name, SET6_CASES, SET6_TAGS)
    : set === 'heldout7' ? await scoreExtractor(name, SET7_CASES, SET7_TAGS)
    : set === 'passages' ? await scoreExtractor(name)
    : undefined;
  if (!s) throw new Error(`unknown --set ${set}: passages, articles, heldout (set 3), heldout4 (set 4), heldout5 (set 5), heldout6 (set 6) or heldout7 (set 7)`);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ extractor: name, ...headline(s.all) })}\n`);
  else process.stdout.write(`${report(name, s, argv.includes('--quiet'))}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await main(process.argv.slice(2));
}
