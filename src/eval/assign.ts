/**
 * One-to-one assignment between predicted and gold items.
 *
 * Every matching rule of the scorer (actors, figures, claims) says which pairs *may*
 * match (a candidate) and how good a candidate is (a non-negative integer quality).
 * The assignment chosen is the one with the MOST matched pairs; among those, the one
 * with the highest total quality. This is done exactly, with the Hungarian algorithm
 * over integer weights `big + quality`, where `big` exceeds any possible total of
 * qualities, so one extra pair always outweighs any gain in quality.
 *
 * Example: p1 may match g1 (quality 3) or g2 (quality 2), p2 may match only g1
 * (quality 1). Greedy "best first" would take p1-g1 and leave p2 and g2 unmatched;
 * the assignment here takes p1-g2 and p2-g1 (two pairs).
 *
 * Determinism: with integer weights the result is exact; ties between optimal
 * assignments are settled by row/column order, so callers put both sides in a
 * canonical order (gold in file order, predictions sorted by content) first.
 */

/** A candidate pair: row `pred`, column `gold`, with its quality (integer >= 0). */
export interface Candidate {
  readonly pred: number;
  readonly gold: number;
  readonly quality: number;
}

/** A chosen pair. */
export interface Pair {
  readonly pred: number;
  readonly gold: number;
}

/**
 * The maximum-cardinality, then maximum-quality, one-to-one subset of `candidates`
 * for `nPred` predicted and `nGold` gold items. Pairs are returned sorted by gold index.
 */
export function assign(nPred: number, nGold: number, candidates: readonly Candidate[]): Pair[] {
  if (candidates.length === 0) return [];
  for (const c of candidates) {
    if (!Number.isInteger(c.quality) || c.quality < 0) throw new RangeError(`quality must be a non-negative integer, got ${c.quality}`);
  }
  const maxQuality = Math.max(...candidates.map((c) => c.quality));
  const big = (maxQuality + 1) * (Math.min(nPred, nGold) + 1);
  if (!Number.isSafeInteger(big * (Math.min(nPred, nGold) + 1))) throw new RangeError('assignment weights too large');

  // Rows must not outnumber columns for the algorithm below: transpose when needed.
  const transpose = nPred > nGold;
  const n = transpose ? nGold : nPred;
  const m = transpose ? nPred : nGold;
  const weight: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (const c of candidates) {
    const r = transpose ? c.gold : c.pred;
    const k = transpose ? c.pred : c.gold;
    const row = weight[r];
    if (row === undefined || k < 0 || k >= m) throw new RangeError(`candidate ${c.pred}-${c.gold} out of range`);
    row[k] = Math.max(row[k] ?? 0, big + c.quality);
  }
  const cols = hungarianMax(weight, n, m);
  const pairs: Pair[] = [];
  for (let r = 0; r < n; r++) {
    const k = cols[r];
    if (k === undefined || k < 0) continue;
    if ((weight[r]?.[k] ?? 0) === 0) continue; // assigned to a non-candidate: no match
    pairs.push(transpose ? { pred: k, gold: r } : { pred: r, gold: k });
  }
  return pairs.sort((a, b) => a.gold - b.gold || a.pred - b.pred);
}

/**
 * Maximum-weight assignment of each of `n` rows to a distinct one of `m >= n` columns
 * (weights >= 0). Returns, per row, its column. The O(n^2 m) potentials formulation
 * of the Hungarian algorithm, minimising `max - weight`.
 */
function hungarianMax(weight: readonly (readonly number[])[], n: number, m: number): number[] {
  let max = 0;
  for (const row of weight) for (const w of row) if (w > max) max = w;
  const cost = (i: number, j: number): number => max - (weight[i - 1]?.[j - 1] ?? 0);
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: row (1-based) assigned to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0] ?? 0;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (cur < (minv[j] ?? INF)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] ?? INF) < delta) {
          delta = minv[j] ?? INF;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const r = p[j] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          minv[j] = (minv[j] ?? INF) - delta;
        }
      }
      j0 = j1;
    } while ((p[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      p[j0] = p[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    const r = p[j] ?? 0;
    if (r > 0) result[r - 1] = j - 1;
  }
  return result;
}
