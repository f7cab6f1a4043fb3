import { describe, expect, it } from 'vitest';
import { makeFound, sameActorAt, type FoundInit } from '../../../src/extract/actors/index.ts';
import { gazetteer } from '../../../src/extract/actors/gazetteer.ts';

// Records the actor rules read at every token or mention have ONE object shape: the same
// fields in the same order whatever a rule states (absent fields undefined), so V8 keeps
// the code reading them monomorphic and does not throw it away when a rare combination
// of fields turns up late in a run (issue 6).

const minimal: FoundInit = { start: 4, end: 9, key: 'name:acme', name: 'Acme', type: 'company', source: 'actors:rules', reason: 'r', strong: true };
const full: FoundInit = {
  ...minimal, titleLine: true, country: 'Norland', countryIsAffiliation: true, parent: 'Ministry of Trade', affiliationKey: 'country:Norland',
  personTokens: ['Ada', 'Brenner'], titleBody: 'Trade Office', roleBodyEnds: [3], akaKey: 'person:ada b', extraAliases: ['ACME Ltd'], absorbs: 'org:Acme',
};

describe('makeFound', () => {
  it('gives every record the same fields in the same order', () => {
    expect(Object.keys(makeFound(minimal))).toEqual(Object.keys(makeFound(full)));
    // a field a rule may set only on some paths is present (undefined) on the others
    expect(Object.keys(makeFound(minimal))).toContain('absorbs');
    expect(makeFound(minimal).absorbs).toBeUndefined();
    expect(makeFound(minimal).titleLine).toBe(false);
  });

  it('keeps what the rule stated', () => {
    const f = makeFound(full);
    expect(f.parent).toBe('Ministry of Trade');
    expect(f.personTokens).toEqual(['Ada', 'Brenner']);
    expect(f.titleLine).toBe(true);
  });
});

describe('sameActorAt', () => {
  it('is the owner named again elsewhere: new span and reason, weak, on no title line, the rest kept', () => {
    const owner = makeFound(full);
    const again = sameActorAt(owner, 40, 44, 'acronym-in-brackets');
    expect(Object.keys(again)).toEqual(Object.keys(owner));
    expect(again).toEqual({ ...owner, start: 40, end: 44, reason: 'acronym-in-brackets', strong: false, titleLine: false });
    // the owner itself is not changed
    expect(owner.start).toBe(4);
    expect(owner.strong).toBe(true);
  });
});

describe('gazetteer records', () => {
  it('every hit and every ref in the trie has one shape', () => {
    const hitShapes = new Set<string>();
    const refShapes = new Set<string>();
    const walk = (n: ReturnType<typeof gazetteer>): void => {
      for (const h of n.hits) {
        hitShapes.add(Object.keys(h).join(','));
        if (h.ref) refShapes.add(Object.keys(h.ref).join(','));
      }
      for (const c of n.next.values()) walk(c);
    };
    walk(gazetteer());
    expect([...hitShapes]).toHaveLength(1);
    expect([...refShapes]).toHaveLength(1);
    // bodies with and without a country or parent are among them
    expect([...refShapes][0]).toContain('parent');
  });
});
