import { describe, expect, it } from 'vitest';
import { AGENCY_PATTERNS } from '../../src/lexicons/org-patterns.ts';
import { THREAT_PATTERNS } from '../../src/lexicons/threat-groups.ts';
import { uncoveredShape } from '../../src/nlp/regex-literals.ts';

/**
 * The actors and figures stages skip a naming pattern on a text without its `requires` word
 * (`text.includes(requires)`, case as written: the patterns have no `i` flag). That loses
 * nothing only if every string the pattern can match holds the word: read off the patterns.
 */
describe('requires words of the naming patterns', () => {
  const entries = [...AGENCY_PATTERNS, ...THREAT_PATTERNS].filter((p) => p.requires !== undefined);

  it('are in every string each agency and threat-group pattern can match (case kept)', () => {
    expect(entries.length).toBeGreaterThan(5);
    const open = entries.map((p) => ({ id: p.id, shape: uncoveredShape(p.source, [p.requires ?? ''], { caseSensitive: true }) })).filter((x) => x.shape !== null);
    expect(open).toEqual([]);
  });

  it('fail the check for a word a match can lack', () => {
    const state = AGENCY_PATTERNS.find((p) => p.id === 'us-state');
    expect(state).toBeDefined();
    // "the state of Ohio" as well as "the State of Ohio"
    expect(uncoveredShape(state?.source ?? '', ['State'], { caseSensitive: true })).not.toBeNull();
  });
});
