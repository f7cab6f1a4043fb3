import { describe, expect, it } from 'vitest';
import { isPossessiveMark, isApostropheOrPossessive, isOpeningQuote, isClosingQuote } from '../../../src/extract/actors/tokens.ts';
import { firstWordsOfPhrases } from '../../../src/extract/actors/names.ts';
import { uniqueReasons } from '../../../src/extract/actors/index.ts';

// The character tests replace regexes in the rules' per-token loops: each must answer as its regex does.
const SAMPLES = ["'s", '’s', "'S", '’S', "'", '’', 's', "''", "'ss", "s'", '"', '“', '”', '‘', "'t", '’d', '', 'as', '""', '“x', ',', 'S'];

describe('token character tests (speed session 10)', () => {
  it('isPossessiveMark is /^[\'’][sS]$/', () => {
    for (const t of SAMPLES) expect(isPossessiveMark(t), t).toBe(/^['’][sS]$/.test(t));
    expect(isPossessiveMark('’s')).toBe(true);
    expect(isPossessiveMark("'t")).toBe(false);
  });
  it('isApostropheOrPossessive is /^[\'’](?:[sS])?$/', () => {
    for (const t of SAMPLES) expect(isApostropheOrPossessive(t), t).toBe(/^['’](?:[sS])?$/.test(t));
    expect(isApostropheOrPossessive('’')).toBe(true);
    expect(isApostropheOrPossessive("''")).toBe(false);
  });
  it('isOpeningQuote is /^["“]$/ and isClosingQuote is /^["”]$/', () => {
    for (const t of SAMPLES) {
      expect(isOpeningQuote(t), t).toBe(/^["“]$/.test(t));
      expect(isClosingQuote(t), t).toBe(/^["”]$/.test(t));
    }
    expect(isOpeningQuote('“')).toBe(true);
    expect(isOpeningQuote('”')).toBe(false);
    expect(isClosingQuote('”')).toBe(true);
    expect(isClosingQuote('“')).toBe(false);
  });
});

describe('firstWordsOfPhrases', () => {
  it('keeps the first word of each phrase of two words or more, from every set', () => {
    const got = firstWordsOfPhrases(new Set(['news agency', 'newspaper', 'state broadcaster']), ['hacking group', 'ransomware gang', 'gang', 'cyber crime group']);
    expect([...got].sort()).toEqual(['cyber', 'hacking', 'news', 'ransomware', 'state']);
  });
  it('gives nothing for one-word entries', () => {
    expect(firstWordsOfPhrases(['party', 'bloc'], new Map([['firm', 1]]).keys()).size).toBe(0);
  });
});

describe('uniqueReasons', () => {
  it('joins the distinct reasons in first-seen order', () => {
    const r = (reason: string) => ({ reason });
    expect(uniqueReasons([r('title-before-name'), r('gazetteer:country-name'), r('title-before-name'), r('surname-of-known-person'), r('gazetteer:country-name')])).toBe('title-before-name,gazetteer:country-name,surname-of-known-person');
    expect(uniqueReasons([r('acronym-in-brackets')])).toBe('acronym-in-brackets');
    expect(uniqueReasons([])).toBe('');
  });
});

describe('matchAt with the first word already looked up', () => {
  it('finds what the plain walk finds, and nothing where the caller found no first word', async () => {
    const { matchAt, gazetteerFirstWords } = await import('../../../src/extract/actors/gazetteer.ts');
    const { tokenize } = await import('../../../src/extract/actors/tokens.ts');
    const tokens = tokenize('Officials of the Federal Bureau of Investigation met Irans envoy in Oslo.');
    const first = gazetteerFirstWords();
    let matched = 0;
    for (let i = 0; i < tokens.length; i++) {
      const plain = matchAt(tokens, i);
      const withHead = matchAt(tokens, i, tokens.length, first.get(tokens[i]!.lower) ?? null);
      expect(withHead, tokens[i]!.text).toEqual(plain);
      if (plain) matched++;
    }
    expect(matched).toBeGreaterThanOrEqual(2); // the FBI's name, "Irans" (a possessive that lost its apostrophe)
    // a head of null: the first word is no form's (the walk stops at once)
    const fbi = tokens.findIndex((t) => t.text === 'Federal');
    expect(matchAt(tokens, fbi, tokens.length, null)).toBeUndefined();
  });
});

describe('caseFiltered', () => {
  it('returns the node\'s own array when every hit passes, a filtered copy otherwise', async () => {
    const { caseFiltered, gazetteer } = await import('../../../src/extract/actors/gazetteer.ts');
    const { tokenize } = await import('../../../src/extract/actors/tokens.ts');
    const hits = gazetteer().next.get('us')!.hits;
    expect(hits.length).toBeGreaterThan(0);
    // "US" (the country's acronym) matches with exact case only
    expect(caseFiltered(hits, tokenize('the US said'), 1)).toBe(hits);
    const lower = caseFiltered(hits, tokenize('told us that'), 1);
    expect(lower).not.toBe(hits);
    expect(lower.length).toBeLessThan(hits.length);
  });
});
