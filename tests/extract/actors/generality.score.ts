import type { Actor, Doc } from '../../../src/types/index.ts';
import { extractActors } from '../../../src/extract/actors/index.ts';
import type { GeneralityCase } from './generality.cases.ts';

/** Normalised form for comparing names (SPEC §4 style: case, quotes, leading "the", possessive). */
export function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s$/, '');
}

export interface CaseResult {
  readonly id: string;
  /** Expected actors not found (by any accepted name). */
  readonly missing: readonly string[];
  /** Found with another type or affiliation: "name: got X, want Y". */
  readonly wrong: readonly string[];
  /** Predicted actors matching no expected or optional name. */
  readonly extra: readonly string[];
  readonly tp: number;
}

function makeDoc(text: string): Doc {
  return { id: 'g', title: 'Report', text, format: 'txt', paragraphs: [], sentences: [], removed: [], offsetMap: [], origin: 'test', messages: [] };
}

/** Runs the extractor on one case (headline + blank line + paragraph) and compares. */
export function scoreCase(c: GeneralityCase): CaseResult & { readonly actors: readonly Actor[] } {
  const doc = makeDoc(`Report\n\n${c.text}`);
  const actors = extractActors(doc);
  const forms = (x: Actor): Set<string> => new Set([x.name, ...x.aliases].map(norm));
  const used = new Set<Actor>();
  const missing: string[] = [];
  const wrong: string[] = [];
  const matchOf = new Map<string, Actor>();
  for (const e of c.actors) {
    const want = e.names.map(norm);
    const hit = actors.find((x) => !used.has(x) && want.some((w) => forms(x).has(w)));
    if (!hit) {
      missing.push(e.names[0]!);
      continue;
    }
    used.add(hit);
    matchOf.set(e.names[0]!, hit);
  }
  for (const e of c.actors) {
    const hit = matchOf.get(e.names[0]!);
    if (!hit) continue;
    if (hit.type !== e.type) wrong.push(`${e.names[0]}: type ${hit.type}, want ${e.type}`);
    if (e.affiliation !== undefined) {
      const got = hit.affiliation === null ? null : actors.find((x) => x.id === hit.affiliation) ?? null;
      const wantAff = e.affiliation === null ? null : matchOf.get(e.affiliation) ?? null;
      const ok = e.affiliation === null ? got === null : got !== null && (got === wantAff || forms(got).has(norm(e.affiliation)));
      if (!ok) wrong.push(`${e.names[0]}: affiliation ${got?.name ?? 'null'}, want ${e.affiliation ?? 'null'}`);
    }
  }
  const optional = new Set((c.optional ?? []).map(norm));
  const extra = actors.filter((x) => !used.has(x) && ![...forms(x)].some((f) => optional.has(f))).map((x) => `${x.name} (${x.type})`);
  return { id: c.id, missing, wrong, extra, tp: used.size, actors };
}
