import { describe, expect, it } from 'vitest';
import { extractRules } from '../../../src/extract/rules.ts';
import { makeDoc } from '../claims/helpers.ts';

// A national title with no country stated is not affiliated with the document's most-named
// country (composed text; the most-named country here is the accused one).
const TEXT = [
  'Pipeline blast',
  '',
  'Russia has expanded its naval patrols in the Baltic Sea, and Russia held drills near the coast last week. Russia says the patrols are routine.',
  '',
  'Interior Minister Helga Brandt said Russian agents had sabotaged the gas pipeline near the port of Rostock.',
].join('\n');

describe('rules: affiliation guesses do not suppress claims', () => {
  it('keeps the accusation of a titled speaker whose country is not stated', () => {
    const record = extractRules(makeDoc(TEXT), { compromise: false });
    const byId = new Map(record.actors.map((a) => [a.id, a]));
    const brandt = record.actors.find((a) => a.name === 'Helga Brandt');
    expect(brandt).toBeDefined();
    expect(brandt?.affiliation).toBeNull();
    const c = record.claims.find((x) => x.type === 'accusation' && x.evidence.text.includes('sabotaged'));
    expect(c?.claimants.map((id) => byId.get(id)?.name)).toEqual(['Helga Brandt']);
    expect(c?.targets.map((id) => byId.get(id)?.name)).toEqual(['Russia']);
  });
});
