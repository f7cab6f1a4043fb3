import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNameLexicon } from '../../src/nlp/name-lexicon-build.ts';
import { encodeNameLexicon, kindsOfTags, lexiconKinds } from '../../src/nlp/name-lexicon.ts';

describe('name lexicon (snapshot of compromise\'s dictionary)', () => {
  it('matches the installed compromise (run `npx tsx src/nlp/name-lexicon-build.ts` after an upgrade)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../src/nlp/name-lexicon.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(buildNameLexicon());
  });

  it('answers the lookups the actor rules make', () => {
    expect(lexiconKinds('Antony')?.firstName).toBe(true);
    expect(lexiconKinds('said')?.common).toBe(true);
    expect(lexiconKinds('said')?.firstName).toBe(false);
    expect(lexiconKinds('Paris')?.place).toBe(true);
    expect(lexiconKinds('Xqzvw')).toBeUndefined();
    // accents fold: "José" is found as "jose"
    expect(lexiconKinds('José')).toEqual(lexiconKinds('jose'));
  });

  it('encodes kinds as bit sets and round-trips words with any character', () => {
    expect(kindsOfTags(['FirstName', 'Noun'])).toBe(1 | 16);
    expect(kindsOfTags(['Country'])).toBe(4);
    expect(encodeNameLexicon([['b', 4], ['a|b', 4], ['c', 1]])).toEqual({ '1': 'c', '4': 'a|b\nb' });
  });
});
