import { unitFrom, type Projection, type Unit } from '../unit.ts';

/**
 * Plain text (SPEC §1): the first non-empty line is the headline, then the body. Blocks
 * are separated by blank lines; inside a block each line is its own unit (captures often
 * put one paragraph or one menu item per line), unless the block is hard-wrapped prose,
 * whose lines are joined.
 */
export interface SplitArticle {
  readonly headline: Unit | null;
  readonly units: Unit[];
}

interface Line {
  readonly start: number;
  readonly end: number;
}

export function linesOf(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s <= to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    let ee = e;
    if (ee > s && text.charCodeAt(ee - 1) === 13) ee--;
    out.push({ start: s, end: ee });
    if (e >= to) break;
    s = e + 1;
  }
  return out;
}

function isBlank(text: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** Hard-wrapped prose: 3+ lines of similar length, none long, most not ending a sentence. */
function isHardWrapped(text: string, block: readonly Line[]): boolean {
  if (block.length < 3) return false;
  let max = 0;
  for (const l of block) max = Math.max(max, l.end - l.start);
  if (max > 100 || max < 40) return false;
  const body = block.slice(0, -1);
  const full = body.filter((l) => l.end - l.start >= max * 0.6).length;
  const openEnded = body.filter((l) => !/[.!?:"”]\s*$/.test(text.slice(Math.max(l.start, l.end - 3), l.end))).length;
  return full >= body.length * 0.8 && openEnded >= body.length * 0.5;
}

/** Splits a plain-text projection into a headline unit and body units. */
export function splitPlain(proj: Projection, withHeadline: boolean): SplitArticle {
  const text = proj.text;
  const lines = linesOf(text);
  const units: Unit[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const first = block[0];
    const last = block[block.length - 1];
    if (first && last && isHardWrapped(text, block)) units.push(unitFrom(proj, first.start, last.end, 'line'));
    else for (const l of block) units.push(unitFrom(proj, l.start, l.end, 'line'));
    block = [];
  };
  let headline: Unit | null = null;
  for (const l of lines) {
    if (isBlank(text, l)) flush();
    else if (withHeadline && headline === null) headline = unitFrom(proj, l.start, l.end, 'title', 1);
    else block.push(l);
  }
  flush();
  return { headline, units: units.filter((u) => u.text.length > 0) };
}
