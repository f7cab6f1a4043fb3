import { describe, expect, it } from 'vitest';
import { requiredLiterals, uncoveredShape } from '../../src/nlp/regex-literals.ts';

describe('requiredLiterals', () => {
  it('reads exact strings off alternations, concatenations and small classes', () => {
    expect(requiredLiterals('said|says')).toEqual(['said', 'says']);
    expect(requiredLiterals('accus(?:e|es|ed)\\s+of')).toEqual(['accuse of', 'accused of', 'accuses of']);
    expect(requiredLiterals('[Tt]he\\s+charges')).toEqual(['the charges']);
    expect(requiredLiterals('a?b')).toEqual(['ab', 'b']);
  });

  it('breaks a run at anything that may be any string, and keeps the best part', () => {
    expect(requiredLiterals('[Tt]he\\s+(?:\\w+\\s+)?charges')).toEqual(['charges']);
    expect(requiredLiterals('(?:is|was)\\s+not\\s+(?:\\w+ly\\s+)?true')).toEqual(['is not ', 'was not ']);
  });

  it('gives null where no literal is required', () => {
    expect(requiredLiterals('\\w+')).toBeNull();
    expect(requiredLiterals('(?:foo)?')).toBeNull();
    expect(requiredLiterals('foo|\\d+')).toBeNull();
  });

  it('reads lookarounds as empty (they are not part of the match) and lower-cases', () => {
    expect(requiredLiterals('X(?=y)Z')).toEqual(['xz']);
    expect(requiredLiterals('(?<!\\bto\\s)Comply')).toEqual(['comply']);
  });
});

describe('uncoveredShape', () => {
  it('proves keys that run across parts of the pattern', () => {
    expect(uncoveredShape('(?:is|was)\\s+not\\s+true', ['not true'])).toBeNull();
    expect(uncoveredShape('deni(?:ed|es)|den(?:y|ying)', ['deni', 'deny'])).toBeNull();
  });

  it('finds a reading no key is in: an adverb between the words of a key', () => {
    expect(uncoveredShape('(?:is|was)\\s+not\\s+(?:\\w+ly\\s+)?true', ['not true'])).not.toBeNull();
    expect(uncoveredShape('(?:is|was)\\s+not\\s+(?:\\w+ly\\s+)?true', ['not true', 'ly true'])).toBeNull();
  });

  it('finds a key that needs spaces the pattern does not promise (\\b allows punctuation)', () => {
    expect(uncoveredShape('\\b(?:tie|ties)\\b', [' tie ', ' ties'])).not.toBeNull();
    expect(uncoveredShape('\\b(?:tie|ties)\\b', ['tie'])).toBeNull();
  });

  it('takes what a trailing lookahead or a leading lookbehind reads as part of the sentence', () => {
    expect(uncoveredShape('(?:uses|used)(?=\\s+force\\s+to\\s+(?:silence|crush))', ['to silence', 'to crush'])).toBeNull();
    expect(uncoveredShape('(?<=\\bheld\\s)in\\s+contempt', ['held in'])).toBeNull();
    // a negative lookahead promises nothing
    expect(uncoveredShape('used(?!\\s+to\\s+silence)', ['to silence'])).not.toBeNull();
  });

  it('opens optional parts: both readings must hold a key', () => {
    expect(uncoveredShape('(?:very\\s+)?wrong', ['very wrong'])).not.toBeNull();
    expect(uncoveredShape('(?:very\\s+)?wrong', ['wrong'])).toBeNull();
  });

  it('reads a whitespace run as one space, as in the text ingest makes', () => {
    expect(uncoveredShape('made\\s+up', ['made up'])).toBeNull();
    expect(uncoveredShape('made\\s*up', ['made up'])).not.toBeNull();
  });

  it('says "any" where a part may be anything, and reports it in the shape', () => {
    expect(uncoveredShape('\\w+ed\\s+them', ['ed them'])).toBeNull();
    expect(uncoveredShape('\\w+\\s+them', ['ed them'])).toContain('·');
  });

  it('keeps the case of characters and keys when asked (a gate tested on the text as it is)', () => {
    expect(uncoveredShape('[Ss]tate\\s+of', ['State'])).toBeNull();
    expect(uncoveredShape('[Ss]tate\\s+of', ['State'], { caseSensitive: true })).toBe('{S|s}tate of');
    expect(uncoveredShape('[Ss]tate\\s+of', ['tate'], { caseSensitive: true })).toBeNull();
    expect(uncoveredShape('APT\\s?\\d+', ['apt'], { caseSensitive: true })).not.toBeNull();
  });
});
