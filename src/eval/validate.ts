import { z } from 'zod';
import type { ActorType, Certainty, ClaimType, FigureKind, Gold, Qualifier, RawFormat } from '../types/index.ts';
import { actorKey, normalise, normaliseSnippet } from './normalize.ts';

/**
 * The gold validator (issue 3): checks one gold file against SPEC §2-3 and against
 * the raw article it annotates. Pure: the CLI reads the files and prints the problems.
 *
 * Every problem reads `file: item: problem`, e.g.
 *   annotations/x.json: claims[2] (accusation "accused"): evidence occurs 2 times in the article; it must occur once
 */

export interface Problem {
  readonly file: string;
  /** The item, e.g. `actors[3] "FBI"`, `claims[0] (denial "denied")`, `ingest.keep[2]`; `(file)` for the file as a whole. */
  readonly item: string;
  readonly problem: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.item}: ${p.problem}`;
}

/** The raw article a gold file annotates. */
export interface ArticleSource {
  readonly raw: string;
  readonly format: RawFormat;
  /**
   * Headline forms (the meta file's title, the first line of a .txt/.md file): a
   * snippet of the headline may occur again in markup (SPEC §3).
   */
  readonly headlines: readonly string[];
}

// ---------------------------------------------------------------------------
// Schema (field names and enums of SPEC §3)
// ---------------------------------------------------------------------------

const ACTOR_TYPE_VALUES = ['country', 'agency', 'intl_org', 'company', 'threat_group', 'media', 'person', 'other_org'] as const satisfies readonly ActorType[];
const FIGURE_KIND_VALUES = ['count', 'money', 'percent', 'duration', 'quantity'] as const satisfies readonly FigureKind[];
const QUALIFIER_VALUES = ['exact', 'at_least', 'at_most', 'approx', 'range'] as const satisfies readonly Qualifier[];
const CLAIM_TYPE_VALUES = ['accusation', 'denial'] as const satisfies readonly ClaimType[];
const CERTAINTY_VALUES = ['asserted', 'hedged'] as const satisfies readonly Certainty[];

const text = z.string().min(1, 'must not be empty');
const ids = z.array(text);

const ActorSchema = z.strictObject({
  id: text,
  name: text,
  type: z.enum(ACTOR_TYPE_VALUES),
  affiliation: text.nullable(),
  aliases: z.array(text),
});

const FigureSchema = z.strictObject({
  text,
  context: text,
  value: z.number().nullable(),
  value_max: z.number().nullable(),
  kind: z.enum(FIGURE_KIND_VALUES),
  qualifier: z.enum(QUALIFIER_VALUES),
  unit: text.nullable(),
  counted: z.string().nullable(),
});

const ClaimSchema = z.strictObject({
  type: z.enum(CLAIM_TYPE_VALUES),
  claimants: ids,
  targets: ids,
  cue: text,
  content: text,
  evidence: text,
  certainty: z.enum(CERTAINTY_VALUES),
  reported_by: ids,
});

/** The file's outline; items are checked one by one so one bad item does not hide the rest. */
const FileSchema = z.strictObject({
  doc: text,
  ingest: z.strictObject({ keep: z.array(text), drop: z.array(text) }),
  actors: z.array(z.unknown()),
  figures: z.array(z.unknown()),
  claims: z.array(z.unknown()),
  notes: z.string().optional(),
});

type GoldActorIn = z.infer<typeof ActorSchema>;
type GoldFigureIn = z.infer<typeof FigureSchema>;
type GoldClaimIn = z.infer<typeof ClaimSchema>;

/** Whether a parsed JSON file is meant as a gold file (`splits.json` and other data are skipped). */
export function isGoldLike(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  return ['doc', 'ingest', 'actors', 'figures', 'claims'].some((k) => k in data);
}

/** Duration units SPEC §2 names (singular), plus `second`. */
const DURATION_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);

// ---------------------------------------------------------------------------
// Markup in snippets
// ---------------------------------------------------------------------------

/** Markup a snippet must not contain (SPEC §3): data, so a new pattern is one line. */
const MARKUP_PATTERNS: readonly { readonly re: RegExp; readonly what: string }[] = [
  { re: /<\/?[A-Za-z][^<>]*>|<!--/, what: 'an HTML tag' },
  { re: /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/, what: 'an HTML entity' },
  { re: /!\[[^\]]*\]?\(?/, what: 'Markdown image syntax' },
  { re: /\[[^\]\n]*\]\([^)\s]*\)?|\]\((?:https?:|\/|#|mailto:)/, what: 'Markdown link syntax' },
  { re: /(\*\*|__)\S(?:[\s\S]*?\S)?\1/, what: 'Markdown emphasis' }, // **strong**, __strong__
  { re: /(^|[^\w*])\*[^\s*](?:[^*\n]*?[^\s*])?\*(?![\w*])/, what: 'Markdown emphasis' }, // *em*, not "5 * 3"
  { re: /(^|[^\w_])_[^\s_](?:[^_\n]*?[^\s_])?_(?!\w)/, what: 'Markdown emphasis' }, // _em_, not snake_case
  { re: /^#{1,6}\s/, what: 'a Markdown heading marker' },
];

/** The kind of markup in `s`, or null. */
export function markupIn(s: string): string | null {
  for (const p of MARKUP_PATTERNS) if (p.re.test(s)) return p.what;
  return null;
}

// ---------------------------------------------------------------------------
// Occurrences in the raw article
// ---------------------------------------------------------------------------

/** Start offsets of every occurrence of `s` in `raw`, overlapping ones included. */
export function occurrences(raw: string, s: string): number[] {
  const out: number[] = [];
  if (s === '') return out;
  for (let i = raw.indexOf(s); i >= 0; i = raw.indexOf(s, i + 1)) out.push(i);
  return out;
}

/**
 * Ranges of the raw article that are markup rather than text a reader sees: HTML tags
 * with their attributes (alt, title, content="..."), and the whole of head, script,
 * style, noscript and template elements; in Markdown, image syntax and link targets.
 */
export function markupRanges(raw: string, format: RawFormat): [number, number][] {
  const ranges: [number, number][] = [];
  if (format === 'txt') return ranges;
  for (const m of raw.matchAll(/<(head|script|style|noscript|template|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  for (const m of raw.matchAll(/<[^<>]*>/g)) ranges.push([m.index, m.index + m[0].length]);
  if (format === 'md') {
    for (const m of raw.matchAll(/!\[[^\]]*\]\([^)]*\)/g)) ranges.push([m.index, m.index + m[0].length]);
    for (const m of raw.matchAll(/\]\([^)]*\)/g)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Ranges of the lines that hold a whole headline and nothing else ("# " marker allowed). */
function headlineLineRanges(raw: string, headlineKeys: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  for (const line of raw.split('\n')) {
    const key = normaliseSnippet(line.replace(/^\s*#+\s*/, ''));
    if (key !== '' && headlineKeys.includes(key)) out.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  return out;
}

const inRanges = (pos: number, ranges: readonly [number, number][]): boolean => ranges.some(([s, e]) => pos >= s && pos < e);

/**
 * A text a reader sees, for the looser checks (aliases): tags dropped and the common
 * entities decoded, so "Justice Department&#8217;s" still shows "Department".
 */
function readable(raw: string, format: RawFormat): string {
  if (format === 'txt') return raw;
  return raw
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#[xX]([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash);/g, (_m, n: string) => ENTITIES[n] ?? ' ');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201D', ldquo: '\u201C', mdash: '\u2014', ndash: '\u2013',
};

/**
 * Whether `needle` occurs in `hay` starting at a word boundary. Only the start is
 * bounded: "Justice Department" counts in "the Justice Departments Office" (a page whose
 * scraper dropped the apostrophe), "US" does not count in "focus".
 */
function startsAWord(hay: string, needle: string): boolean {
  if (needle === '') return true;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(hay[i - 1] ?? '') || !/[\p{L}\p{N}]/u.test(needle[0] ?? '')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The validator
// ---------------------------------------------------------------------------

/** The file stem of a path: `annotations/raw/ann-a/x.json` -> `x`. */
function stem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/i, '');
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

/** zod issues as short sentences: `type: "agencyy" is not one of country, agency, …`. */
function schemaProblems(issues: readonly z.core.$ZodIssue[], data: unknown): string[] {
  return issues.map((i) => {
    const where = pathText(i.path);
    const prefix = where ? `${where}: ` : '';
    const got = valueAt(data, i.path);
    switch (i.code) {
      case 'unrecognized_keys':
        return `${prefix}unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
      case 'invalid_value':
        return got === undefined
          ? `${prefix}missing (one of ${i.values.map(String).join(', ')})`
          : `${prefix}${JSON.stringify(got)} is not one of ${i.values.map(String).join(', ')}`;
      case 'invalid_type':
        return got === undefined ? `${prefix}missing (expected ${i.expected})` : `${prefix}expected ${i.expected}, got ${JSON.stringify(got)}`;
      default:
        return `${prefix}${i.message}`;
    }
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/**
 * Checks one gold file. `file` is the path shown in messages (its stem should be the
 * `doc`); `data` the parsed JSON; `article` the raw article, or null when it could not
 * be found (then only the checks that need no article run, plus one problem saying so).
 */
export function validateGold(file: string, data: unknown, article: ArticleSource | null): Problem[] {
  const problems: Problem[] = [];
  const add = (item: string, problem: string): void => {
    problems.push({ file, item, problem });
  };

  const outline = FileSchema.safeParse(data);
  if (!outline.success) {
    // Report outline problems; item-level checks still run on what can be read.
    for (const p of schemaProblems(outline.error.issues, data)) add('(file)', p);
  }
  const obj = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const doc = typeof obj['doc'] === 'string' ? obj['doc'] : null;
  if (doc !== null && doc !== stem(file)) add('doc', `"${doc}" does not match the file name "${stem(file)}.json"`);
  if (!article) add('(file)', `no raw article found for doc "${doc ?? stem(file)}"`);

  // --- items, each parsed on its own ---
  const parseEach = <T>(key: string, schema: z.ZodType<T>, label: (raw: unknown, i: number) => string): (T | null)[] => {
    const list = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [];
    return list.map((raw, i) => {
      const r = schema.safeParse(raw);
      if (r.success) return r.data;
      for (const p of schemaProblems(r.error.issues, raw)) add(label(raw, i), p);
      return null;
    });
  };
  const field = (raw: unknown, k: string): string | null => {
    const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[k] : undefined;
    return typeof v === 'string' ? v : null;
  };
  const actorLabel = (raw: unknown, i: number): string => `actors[${i}]${field(raw, 'name') ? ` "${clip(field(raw, 'name') ?? '')}"` : ''}`;
  const figureLabel = (raw: unknown, i: number): string => `figures[${i}]${field(raw, 'text') ? ` "${clip(field(raw, 'text') ?? '')}"` : ''}`;
  const claimLabel = (raw: unknown, i: number): string =>
    `claims[${i}] (${field(raw, 'type') ?? '?'}${field(raw, 'cue') ? ` "${clip(field(raw, 'cue') ?? '', 30)}"` : ''})`;

  const actors = parseEach<GoldActorIn>('actors', ActorSchema, actorLabel);
  const figures = parseEach<GoldFigureIn>('figures', FigureSchema, figureLabel);
  const claims = parseEach<GoldClaimIn>('claims', ClaimSchema, claimLabel);
  const ingestRaw = typeof obj['ingest'] === 'object' && obj['ingest'] !== null ? (obj['ingest'] as Record<string, unknown>) : {};
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const keep = strings(ingestRaw['keep']);
  const drop = strings(ingestRaw['drop']);

  // --- snippets against the raw article ---
  const ranges = article ? markupRanges(article.raw, article.format) : [];
  const headlineKeys = article ? article.headlines.map(normaliseSnippet).filter((h) => h !== '') : [];
  const headlineLines = article ? headlineLineRanges(article.raw, headlineKeys) : [];
  const isHeadlineSnippet = (s: string): boolean => {
    const k = normaliseSnippet(s);
    return k !== '' && headlineKeys.some((h) => h.includes(k));
  };
  /** Problem text when snippet `s` is not in the article the required number of times, else null. */
  const occursCheck = (s: string, once: boolean): string | null => {
    if (!article) return null;
    const hits = occurrences(article.raw, s);
    if (hits.length === 0) return `"${clip(s)}" does not occur verbatim in the article`;
    if (!once || hits.length === 1) return null;
    // SPEC §3: a headline snippet may recur where the page repeats the headline in markup.
    // A text capture of a page shows that repeat as a line holding the whole headline
    // again (a DOJ page: headline, menus, then the headline once more above the body);
    // all such lines count as one, so the snippet still means its first occurrence.
    if (isHeadlineSnippet(s)) {
      const visible = hits.filter((h) => !inRanges(h, ranges));
      const inHeadlineLines = visible.filter((h) => inRanges(h, headlineLines));
      if (visible.length - inHeadlineLines.length + Math.min(inHeadlineLines.length, 1) <= 1) return null;
    }
    return `"${clip(s)}" occurs ${hits.length} times in the article; it must occur once (pick a longer snippet)`;
  };
  const snippetChecks = (item: string, what: string, s: string, once: boolean): void => {
    const markup = markupIn(s);
    if (markup) add(item, `${what} contains ${markup}: "${clip(s)}"`);
    const occ = occursCheck(s, once);
    if (occ) add(item, `${what} ${occ}`);
  };

  const seenKeep = new Set<string>();
  keep.forEach((s, i) => {
    snippetChecks(`ingest.keep[${i}]`, 'keep snippet', s, true);
    if (seenKeep.has(s)) add(`ingest.keep[${i}]`, `duplicate keep snippet "${clip(s)}"`);
    seenKeep.add(s);
  });
  const seenDrop = new Set<string>();
  drop.forEach((s, i) => {
    snippetChecks(`ingest.drop[${i}]`, 'drop snippet', s, false);
    if (seenDrop.has(s)) add(`ingest.drop[${i}]`, `duplicate drop snippet "${clip(s)}"`);
    if (seenKeep.has(s)) add(`ingest.drop[${i}]`, `"${clip(s)}" is both a keep and a drop snippet`);
    seenDrop.add(s);
  });

  // --- actors ---
  const actorById = new Map<string, GoldActorIn>();
  // Ids of actors that failed the schema still count as existing, so one bad actor
  // does not make every reference to it a second problem.
  const rawActors = Array.isArray(obj['actors']) ? (obj['actors'] as unknown[]) : [];
  const brokenIds = new Set(rawActors.map((a, i) => (actors[i] === null ? field(a, 'id') : null)).filter((x): x is string => x !== null));
  const nameOwner = new Map<string, string>(); // actorKey of a name -> actor id
  const seeable = article ? normalise(readable(article.raw, article.format)) : null;
  actors.forEach((a, i) => {
    if (!a) return;
    const item = `actors[${i}] "${clip(a.name)}"`;
    if (actorById.has(a.id)) add(item, `duplicate actor id "${a.id}"`);
    else actorById.set(a.id, a);
    // Two actors with one canonical name are one actor twice. (A shared alias is allowed:
    // a text may call two ministries "the Ministry of Foreign Affairs"; the scorer's
    // one-to-one assignment copes with that.)
    const owner = nameOwner.get(actorKey(a.name));
    if (owner !== undefined && owner !== a.id) add(item, `name "${a.name}" is also the name of actor "${owner}" (one actor twice? else give each its fullest name, e.g. with its country)`);
    else nameOwner.set(actorKey(a.name), a.id);
    const seenAlias = new Set<string>();
    for (const alias of a.aliases) {
      if (seenAlias.has(alias)) add(item, `duplicate alias "${alias}"`);
      seenAlias.add(alias);
      if (seeable && !startsAWord(seeable.text, normaliseSnippet(alias))) {
        add(item, `alias "${clip(alias)}" does not occur in the article (aliases are forms used in the text)`);
      }
    }
  });
  actors.forEach((a, i) => {
    if (!a || a.affiliation === null) return;
    const item = `actors[${i}] "${clip(a.name)}"`;
    if (a.affiliation === a.id) add(item, 'affiliation points to the actor itself');
    else if (!actorById.has(a.affiliation) && !brokenIds.has(a.affiliation)) add(item, `affiliation "${a.affiliation}" is not an actor id of this file`);
  });

  // --- figures ---
  const seenFigure = new Set<string>();
  figures.forEach((f, i) => {
    if (!f) return;
    const item = `figures[${i}] "${clip(f.text)}"`;
    snippetChecks(item, 'context', f.context, true);
    if (markupIn(f.text)) add(item, `text contains ${markupIn(f.text) ?? 'markup'}`);
    if (!f.context.includes(f.text)) add(item, `text "${clip(f.text)}" does not occur in its context "${clip(f.context)}"`);
    if (f.qualifier === 'range') {
      if (f.value_max === null) add(item, 'a range needs value_max (the high end)');
      else if (f.value !== null && f.value_max < f.value) add(item, `value_max ${f.value_max} is below value ${f.value}`);
    } else if (f.value_max !== null) {
      add(item, `value_max is set but qualifier is "${f.qualifier}" (value_max is only for ranges)`);
    }
    const unitProblem = checkUnit(f.kind, f.unit);
    if (unitProblem) add(item, unitProblem);
    const key = JSON.stringify([f.text, f.context]);
    if (seenFigure.has(key)) add(item, 'duplicate figure (same text and context)');
    seenFigure.add(key);
  });

  // --- claims ---
  const seenClaim = new Set<string>();
  claims.forEach((c, i) => {
    if (!c) return;
    const item = `claims[${i}] (${c.type} "${clip(c.cue, 30)}")`;
    snippetChecks(item, 'evidence', c.evidence, true);
    for (const [slot, value] of [['cue', c.cue], ['content', c.content]] as const) {
      const markup = markupIn(value);
      if (markup) add(item, `${slot} contains ${markup}`);
      if (!c.evidence.includes(value) && article && !article.raw.includes(value)) {
        add(item, `${slot} "${clip(value)}" occurs neither in the evidence nor in the article`);
      }
    }
    for (const [slot, list] of [['claimants', c.claimants], ['targets', c.targets], ['reported_by', c.reported_by]] as const) {
      const seen = new Set<string>();
      for (const id of list) {
        if (seen.has(id)) add(item, `${slot} lists "${id}" twice`);
        seen.add(id);
        const a = actorById.get(id);
        if (!a) {
          if (!brokenIds.has(id)) add(item, `${slot}: "${id}" is not an actor id of this file`);
        }
        else if (slot === 'reported_by' && a.type !== 'media') add(item, `reported_by: "${id}" is a ${a.type}, not a media actor`);
      }
    }
    const key = JSON.stringify([c.type, c.evidence, c.cue, c.content, [...c.claimants].sort(), [...c.targets].sort()]);
    if (seenClaim.has(key)) add(item, 'duplicate claim (same type, evidence, cue, content, claimants and targets)');
    seenClaim.add(key);
  });

  return problems;
}

/** The unit rules of SPEC §2 for each figure kind; a problem text or null. */
function checkUnit(kind: FigureKind, unit: string | null): string | null {
  switch (kind) {
    case 'count':
      return unit === null ? null : `a count has unit null, not "${unit}"`;
    case 'percent':
      return unit === 'percent' ? null : `a percent has unit "percent", not ${JSON.stringify(unit)}`;
    case 'money':
      return unit !== null && /^[A-Z]{3}$/.test(unit) ? null : `money needs an ISO currency code (USD, EUR, …) as unit, not ${JSON.stringify(unit)}`;
    case 'duration':
      return unit !== null && DURATION_UNITS.has(unit)
        ? null
        : `a duration needs a singular time unit (${[...DURATION_UNITS].join(', ')}), not ${JSON.stringify(unit)}`;
    case 'quantity':
      return unit !== null && unit.trim() !== '' ? null : 'a quantity needs its unit word (e.g. "year_of_age", "ton")';
  }
}

const GoldSchema = z.strictObject({
  doc: text,
  ingest: z.strictObject({ keep: z.array(text), drop: z.array(text) }),
  actors: z.array(ActorSchema),
  figures: z.array(FigureSchema),
  claims: z.array(ClaimSchema),
  notes: z.string().optional(),
});

/**
 * The gold file as typed data when it matches the schema, else the reasons it does not
 * (for the evaluation, which scores only well-formed gold; `claims validate` says more).
 */
export function parseGold(data: unknown): { gold: Gold } | { problems: string[] } {
  const r = GoldSchema.safeParse(data);
  if (!r.success) return { problems: schemaProblems(r.error.issues, data) };
  const { notes, ...rest } = r.data;
  return { gold: notes === undefined ? rest : { ...rest, notes } };
}
