import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.ts';
import { extractFigures, isFirstWord } from '../../../src/extract/figures/index.ts';
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

describe('extractFigures: harder forms', () => {
  const texts = (body: string): string[] => figs(body).map((f) => f.text);
  it('reads "ranging from X to Y" as one range, but "from X to Y" as a change', () => {
    expect(one('They face sentences ranging from ten years to twenty years.')).toMatchObject({ value: 10, value_max: 20, qualifier: 'range', unit: 'year' });
    expect(texts('The toll rose from fourteen to 31.')).toEqual(['fourteen', '31']);
  });
  it('reads a vote tally as two counts and "five or 10 years" as two durations', () => {
    expect(texts('The House voted 230-to-198.')).toEqual(['230', '198']);
    const out = figs('Each count carries up to five or 10 years in prison.');
    expect(out.map((f) => [f.text, f.kind, f.unit, f.qualifier])).toEqual([
      ['up to five', 'duration', 'year', 'at_most'],
      ['10 years', 'duration', 'year', 'at_most'],
    ]);
  });
  it('bounds penalties stated a few words before or after', () => {
    const out = figs('It carries a maximum penalty of 10 years in prison and a $250,000 fine. He got a two-year mandatory minimum.');
    expect(out.map((f) => f.qualifier)).toEqual(['at_most', 'at_most', 'at_least']);
    expect(one('Each count under 18 U.S.C. 1030 carries a maximum of 10 years.')).toMatchObject({ qualifier: 'at_most' });
    expect(one('The centre can hold, at most, 550 people.')).toMatchObject({ text: 'at most, 550', qualifier: 'at_most' });
  });
  it('reads hyphenated units and ages in months', () => {
    expect(one('The ten-storey building fell.')).toMatchObject({ text: 'ten-storey', kind: 'quantity', unit: 'storey' });
    expect(one('An eleven-month-old boy was rescued.')).toMatchObject({ kind: 'quantity', unit: 'month_of_age', value: 11 });
    expect(one('The roughly 1,600-kilometer route.')).toMatchObject({ text: 'roughly 1,600-kilometer', unit: 'kilometer', qualifier: 'approx' });
  });
  it('keeps the unit word as written, in the singular', () => {
    expect(one('Iran has 275 kilos of uranium.')).toMatchObject({ unit: 'kilo', counted: 'uranium' });
    expect(figs('It is about 160 km (100 miles) away.').map((f) => [f.unit, f.qualifier])).toEqual([['km', 'approx'], ['mile', 'approx']]);
  });
  it('reads lists of ages and quoted names with ages', () => {
    expect(figs('He met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at a pub.').map((f) => f.unit)).toEqual(['year_of_age', 'year_of_age']);
    expect(one('Defendant Yi-Lan Chen, aka "Kevin Chen," 40, was held.')).toMatchObject({ unit: 'year_of_age' });
  });
  it('reads vague shares and amounts', () => {
    expect(one('Nearly half of the output was lost.')).toMatchObject({ value: 50, kind: 'percent', qualifier: 'approx' });
    expect(one('Several thousand people rallied.')).toMatchObject({ value: 1000, qualifier: 'approx' });
    expect(one('It was a multimillion dollar theft.')).toMatchObject({ value: 1e6, kind: 'money', unit: 'USD', qualifier: 'approx' });
    expect(one('It lasted a decade-long period.')).toMatchObject({ value: 10, kind: 'duration', unit: 'year' });
    expect(one('He paid US$22,900 in cash.')).toMatchObject({ value: 22900, unit: 'USD' });
  });
  it('skips numbers in names, counts of an indictment, citations, addresses and URLs', () => {
    expect(texts('He shopped at 7-Eleven and flew on Marine One to see the Four Modernizations.')).toEqual([]);
    expect(texts('He pleaded guilty to Count One and Counts Forty through Forty-Seven.')).toEqual([]);
    expect(texts('It alleged a violation of 17 U.S. Code § 1201 at 36 Quai des Orfèvres.')).toEqual([]);
    expect(texts('See www.justice.gov/opa/december-5-2016-announcement for more.')).toEqual([]);
    expect(one('Berisha left office eight years ago.')).toMatchObject({ text: 'eight years' });
  });
});

describe('extractFigures: list numbering', () => {
  it('skips the number of a list item but keeps a sentence-final number', () => {
    expect(figs('1. The defendant fled.\n2) He returned.').map((f) => f.text)).toEqual([]);
    expect(figs('The toll rose to 5. Officials left.').map((f) => f.text)).toEqual(['5']);
  });
});

describe('extractFigures: page furniture and number shapes', () => {
  const texts = (body: string): string[] => figs(body).map((f) => f.text);
  it('skips lines made of furniture words and numbers, and teaser lines', () => {
    expect(texts('Page 2 of 4\n1 2 3 4 Next\nShare 14\n2 comments | 5 min read\nShowing 1-10 of 250 results\nUpdated 3/7/2024\n19-456')).toEqual([]);
    expect(texts('Related: 5 things to know about the raid\nSee also: 3 arrested in Ohio')).toEqual([]);
  });
  it('keeps figures on short headline-like lines and in body lines', () => {
    expect(texts('Five Charged in $3 Million Fraud\n\nUpdated 2 hours ago\nPolice said 40 people were hurt.')).toEqual(['Five', '$3 Million', '40']);
  });
  it('reads glued digit pairs by shape: range, score, release or phone number, tally', () => {
    expect(figs('They face 10-15 years.')[0]).toMatchObject({ value: 10, value_max: 15, qualifier: 'range' });
    expect(texts('The side lost 3-1 and release 18-123 and 1-800 numbers were cited.')).toEqual([]);
    expect(texts('The House voted 230-to-198.')).toEqual(['230', '198']);
  });
  it('skips codes with a leading zero, hyphen-glued identifiers and camel-case names', () => {
    expect(texts('Storm-0558 hit 0745 GMT systems on docket 23-cv-4567 and iOS 17 phones.')).toEqual([]);
  });
  it('skips ratios and number-word slogans, keeps a single quoted count', () => {
    expect(texts('One in five adults, under "one country, two systems", said so.')).toEqual([]);
    expect(texts('A source said "three terrorists" died.')).toEqual(['three']);
  });
});

describe('extractFigures: "one" in set phrases', () => {
  it('skips "one example", "at one point", "in one go", keeps counting "one"', () => {
    const texts = (body: string): string[] => figs(body).map((f) => f.text);
    expect(texts('It is just one example. At one point they met, and in one go it fell.')).toEqual([]);
    expect(texts('He faces one count and spent one day in jail; one officer was hurt.')).toEqual(['one', 'one day', 'one']);
  });
});

describe('isFirstWord', () => {
  it('accepts the words a figure can start with, whatever their first letter', () => {
    for (const w of ['one', 'two', 'five', 'eleven', 'eighty', 'dozens', 'decade', 'multi', 'zero', 'half', 'several', 'a', 'millions', 'tens', 'thousands', 'hundreds', 'nine']) {
      expect([w, isFirstWord(w)]).toEqual([w, true]);
    }
  });
  it('rejects other words, with or without a first letter figure words share', () => {
    for (const w of ['in', 'court', 'police', ',', '"', 'the', 'said', 'often', 'tenant', 'millions-strong', '', 'ünf', 'hundred', 'million', 'both']) {
      expect([w, isFirstWord(w)]).toEqual([w, false]);
    }
  });
});
