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
