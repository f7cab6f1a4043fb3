import type { Figure, FigureKind, Qualifier } from '../../types/index.ts';

/**
 * The baseline's figure finder: digits and a few number words with an optional
 * qualifier in front and a scale/unit word behind. Skips four-digit years and numbers
 * glued to a capitalised name ("APT 40", "Windows 10") or to a hyphen ("COVID-19").
 */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  dozens: 12, hundreds: 100, thousands: 1000, millions: 1000000,
};
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const QUALIFIER: readonly [RegExp, Qualifier][] = [
  [/^(?:at least|more than|over)$/i, 'at_least'],
  [/^(?:up to|less than|fewer than|under)$/i, 'at_most'],
  [/^(?:about|around|nearly|almost|roughly|some)$/i, 'approx'],
];
const UNIT: readonly [RegExp, FigureKind, string][] = [
  [/^(?:percent|per cent|%)$/i, 'percent', 'percent'],
  [/^years?$/i, 'duration', 'year'],
  [/^months?$/i, 'duration', 'month'],
  [/^weeks?$/i, 'duration', 'week'],
  [/^days?$/i, 'duration', 'day'],
  [/^hours?$/i, 'duration', 'hour'],
];

const FIGURE = new RegExp(
  '(?:\\b(at least|more than|over|up to|less than|fewer than|under|about|around|nearly|almost|roughly|some)\\s+)?' +
    '([$\u20ac\u00a3])?' +
    '(\\d[\\d,]*(?:\\.\\d+)?|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)\\b)' +
    '(?:\\s*(thousand|million|billion|trillion)\\b)?' +
    '(?:\\s*(%|percent|per cent|years?|months?|weeks?|days?|hours?)\\b)?',
  'gi',
);

export function findFiguresBaseline(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, qual, currency, num = '', scale, unitWord] = m;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(start + whole.length, start + whole.length + 2);
    // "APT 40", "Windows 10", "COVID-19", "CVE-2021-26855": part of a name or identifier.
    if (/[A-Z][A-Za-z]*[\s-]$/.test(before) && !qual && !currency) continue;
    if (/^-\d/.test(after) || /\d-$/.test(before)) continue;
    const lowered = num.toLowerCase();
    const word = NUMBER_WORDS[lowered];
    let value = word ?? Number(num.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    // Four-digit numbers between 1900 and 2099 without anything around them are years.
    if (word === undefined && /^(?:19|20)\d\d$/.test(num) && !currency && !unitWord && !scale) continue;
    if (scale) value *= SCALE[scale.toLowerCase()] ?? 1;
    let kind: FigureKind = 'count';
    let unit: string | null = null;
    if (currency) {
      kind = 'money';
      unit = currency === '$' ? 'USD' : currency === '\u20ac' ? 'EUR' : 'GBP';
    } else if (unitWord) {
      const u = UNIT.find(([re]) => re.test(unitWord));
      if (u) [, kind, unit] = u;
    }
    let qualifier: Qualifier = word !== undefined && word >= 12 && /s$/.test(lowered) ? 'approx' : 'exact';
    if (qual) qualifier = QUALIFIER.find(([re]) => re.test(qual))?.[1] ?? qualifier;
    figures.push({
      id: `f${figures.length + 1}`,
      text: whole,
      start,
      end: start + whole.length,
      value,
      value_max: null,
      kind,
      qualifier,
      unit,
      counted: null,
      source: 'baseline:figures',
      reason: currency ? 'currency-number' : unitWord ? 'number-unit' : 'number',
    });
  }
  return figures;
}
