import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.ts';
import { extractFigures } from '../../../src/extract/figures/index.ts';
import type { Doc, Figure } from '../../../src/types/index.ts';

/** A cleaned document built directly (ingest's cleaning rules are not under test here). */
function makeDoc(text: string): Doc {
  return { id: 't', title: 'Headline', text, format: 'txt', paragraphs: [], sentences: [], removed: [], offsetMap: [], origin: 'test', messages: [] };
}

function figs(body: string): Figure[] {
  const doc = makeDoc(`Headline\n\n${body}`);
  const out = extractFigures(doc);
  for (const f of out) expect(doc.text.slice(f.start, f.end)).toBe(f.text);
  return out;
}

function one(body: string): Figure {
  const out = figs(body);
  expect(out, JSON.stringify(out.map((f) => f.text))).toHaveLength(1);
  return out[0]!;
}

describe('extractFigures: the seed article', () => {
  const raw = readFileSync(new URL('../../../corpora/seed-hafnium-exchange.txt', import.meta.url), 'utf8');
  const doc = ingest({ id: 'seed-hafnium-exchange', format: 'txt', raw, origin: 'seed' });
  const out = extractFigures(doc);
  const byText = (t: string): Figure | undefined => out.find((f) => f.text === t);

  it('finds the counted and measured figures with value, kind and qualifier', () => {
    expect(byText('at least 30,000')).toMatchObject({ value: 30000, kind: 'count', qualifier: 'at_least', unit: null, counted: 'data' });
    expect(byText('at least four months')).toMatchObject({ value: 4, kind: 'duration', qualifier: 'at_least', unit: 'month' });
    expect(byText('four')).toMatchObject({ value: 4, kind: 'count', qualifier: 'exact', counted: 'hackers' });
    expect(byText('thousands')).toMatchObject({ value: 1000, kind: 'count', qualifier: 'approx' });
  });

  it('has no figure inside APT 40/31/30, Advanced Persistent Threat 31, COVID-19 or "one of peace"', () => {
    for (const f of out) {
      const around = doc.text.slice(Math.max(0, f.start - 30), f.end + 5);
      expect(around).not.toMatch(/(?:APT|Threat) ?\d+$|COVID-?\s?\d*$|Covid 19$/);
      expect(f.text).not.toMatch(/^one$/i);
    }
    expect(out.some((f) => /^(?:40|31|30|19)$/.test(f.text))).toBe(false);
  });

  it('numbers ids f1.. in text order with source and reason', () => {
    out.forEach((f, i) => {
      expect(f.id).toBe(`f${i + 1}`);
      expect(f.source).toBe('figures:rules');
      expect(f.reason.length).toBeGreaterThan(0);
      if (i > 0) expect(f.start).toBeGreaterThan(out[i - 1]!.start);
    });
  });
});

describe('extractFigures: numbers', () => {
  it('reads digits with thousands separators and decimals with scale words', () => {
    expect(one('They stole 5.31 million records.')).toMatchObject({ text: '5.31 million', value: 5310000, kind: 'count', counted: 'records' });
    expect(one('It hit 30,000 servers.')).toMatchObject({ value: 30000 });
  });
  it('reads number words, hyphenated tens and counting phrases', () => {
    expect(one('Twenty-five people died.')).toMatchObject({ value: 25, counted: 'people' });
    expect(one('He hired a dozen lawyers.')).toMatchObject({ text: 'a dozen', value: 12 });
    expect(one('All three were charged.')).toMatchObject({ text: 'three', value: 3 });
  });
  it('reads vague multiples as approximate', () => {
    expect(one('Dozens of people were hurt.')).toMatchObject({ text: 'Dozens', value: 12, qualifier: 'approx' });
    expect(one('It affected tens of thousands of users.')).toMatchObject({ text: 'tens of thousands', value: 10000, qualifier: 'approx' });
    expect(one('The feud lasted decades.')).toMatchObject({ text: 'decades', value: 10, kind: 'duration', unit: 'year', qualifier: 'approx' });
  });
});

describe('extractFigures: qualifiers and ranges', () => {
  it('maps qualifier phrases', () => {
    expect(one('More than 140 universities were hit.')).toMatchObject({ text: 'More than 140', qualifier: 'at_least' });
    expect(one('It holds up to 40 people.')).toMatchObject({ text: 'up to 40', qualifier: 'at_most' });
    expect(one('About 50 people came.')).toMatchObject({ text: 'About 50', qualifier: 'approx' });
    expect(one('It carries a maximum sentence of five years in prison.')).toMatchObject({ text: 'five years', qualifier: 'at_most', kind: 'duration', unit: 'year' });
  });
  it('reads ranges', () => {
    expect(one('Between 10 and 20 people were arrested.')).toMatchObject({ value: 10, value_max: 20, qualifier: 'range' });
    expect(one('They face 10-20 years.')).toMatchObject({ text: '10-20 years', value: 10, value_max: 20, qualifier: 'range', kind: 'duration' });
    expect(one('It cost $1 million to $2 million.')).toMatchObject({ value: 1e6, value_max: 2e6, kind: 'money', unit: 'USD' });
  });
});

describe('extractFigures: units', () => {
  it('reads money with ISO currency', () => {
    expect(one('A fine of $2.5 million was paid.')).toMatchObject({ text: '$2.5 million', value: 2500000, kind: 'money', unit: 'USD', counted: null });
    expect(one('It cost £300 to fix.')).toMatchObject({ value: 300, unit: 'GBP' });
    expect(one('They paid €1.2bn in fines.')).toMatchObject({ text: '€1.2bn', value: 1.2e9, unit: 'EUR' });
    expect(one('The deal is worth 5 million yuan.')).toMatchObject({ text: '5 million yuan', value: 5e6, unit: 'CNY' });
  });
  it('reads percentages and durations with singular units', () => {
    expect(one('Prices rose 40 percent.')).toMatchObject({ text: '40 percent', value: 40, kind: 'percent', unit: 'percent' });
    expect(one('Prices rose 4.5%.')).toMatchObject({ value: 4.5, kind: 'percent' });
    expect(one('He spent three weeks there.')).toMatchObject({ text: 'three weeks', kind: 'duration', unit: 'week' });
    expect(one('Presidents serve five-year terms.')).toMatchObject({ text: 'five-year', kind: 'duration', unit: 'year', value: 5 });
  });
  it('reads ages', () => {
    expect(one('The suspect, Zamora, 67, was held.')).toMatchObject({ text: '67', kind: 'quantity', unit: 'year_of_age' });
    expect(one('A 38-year-old man was held.')).toMatchObject({ text: '38-year-old', value: 38, kind: 'quantity', unit: 'year_of_age' });
  });
  it('reads other quantities with a singular unit', () => {
    expect(one('They stole 31 terabytes of data.')).toMatchObject({ kind: 'quantity', unit: 'terabyte', counted: 'data' });
  });
});

describe('extractFigures: not figures', () => {
  const none = (body: string): void => expect(figs(body).map((f) => f.text)).toEqual([]);
  it('skips numbers inside names and identifiers', () => {
    none('APT 40 and APT31 and Advanced Persistent Threat 31 struck.');
    none('COVID-19 spread while Windows 10 crashed.');
    none('They exploited CVE-2021-26855 on the servers.');
    none('The G7 met about 5G and Section 230.');
    none('A Boeing 737 and Title 18 were mentioned.');
    none('It violated 18 U.S.C. 1030 again.');
  });
  it('skips dates, years, times, ordinals and phone numbers', () => {
    none('In 2019 he left.');
    none('He was arrested on Feb. 24 and again on 3 March.');
    none('The campaign ran through December 2017.');
    none('They met at 10:30 and at 3 p.m. the talks ended.');
    none('He came first, then 2nd, in his 3rd race.');
    none('Call 202-514-2007 for details.');
  });
  it('skips "one" as a pronoun', () => {
    none('It was one of the largest attacks.');
    none('No one was hurt.');
    none("One's rights matter.");
    expect(one('He faces one count of fraud.')).toMatchObject({ text: 'one', value: 1, counted: 'count' });
  });
  it('skips "a" and "an"', () => {
    none('A man and an official spoke.');
  });
});
