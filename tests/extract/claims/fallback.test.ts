import { describe, expect, it } from 'vitest';
import { claimsOf, org, p } from './helpers.ts';

/**
 * Fallbacks for slots still empty after every rule (src/extract/claims/fallback.ts).
 * Articles composed for these tests (new names and wording), with the cases where the
 * fallback must not fire.
 */

const ODELL = p('mo', 'Maya Odell', 'Odell');
const FISK = p('lf', 'Lena Fisk', 'Fisk');
const BRIGHTWELL = org('bm', 'company', 'Brightwell Mining', 'Brightwell');
const BOARD = org('hw', 'agency', 'Harlow Water Board');

const ACCUSATION = 'Senator Maya Odell accused Brightwell Mining of dumping waste into the Sava river.';

describe('target: the accused of the same side\'s accusation just before', () => {
  it('gives a later judgement by the same accuser the accused it named', () => {
    for (const text of [
      `${ACCUSATION} "The dumping was illegal," Odell said.`,
      `${ACCUSATION} Inspectors visited the site twice last spring. Farmers have complained for years. "What happened there is a crime against every family downstream," Odell said.`,
    ]) {
      const judged = claimsOf(text, [ODELL, BRIGHTWELL]).filter((c) => c.type === 'accusation').at(-1);
      expect(judged?.evidence.text, text).not.toMatch(/^Senator/);
      expect(judged, text).toMatchObject({ claimants: ['mo'], targets: ['bm'] });
      expect(judged?.reason, text).toMatch(/fallback:target:previous-claim$/);
    }
  });

  it('leaves the judgement of another speaker empty (she may not blame the same party)', () => {
    const text = `${ACCUSATION} Mayor Lena Fisk said the dumping was illegal.`;
    const judged = claimsOf(text, [ODELL, FISK, BRIGHTWELL]).find((c) => c.claimants.includes('lf'));
    expect(judged?.targets).toEqual([]);
  });

  it('does not fire where the sentence names another actor the rules did not choose', () => {
    const text = `${ACCUSATION} "The dumping was illegal, and the Harlow Water Board looked away," Odell said.`;
    const judged = claimsOf(text, [ODELL, BRIGHTWELL, BOARD]).filter((c) => c.type === 'accusation' && !/^Senator/.test(c.evidence.text));
    expect(judged.length).toBeGreaterThan(0);
    for (const c of judged) expect(c.reason).not.toMatch(/fallback/);
  });

  it('does not reach past a few sentences', () => {
    const text = `${ACCUSATION} Inspectors visited the site twice last spring. Farmers have complained for years. The river feeds three towns. Fishing was banned in May. Tourism has collapsed since. "The dumping was illegal," Odell said.`;
    const judged = claimsOf(text, [ODELL, BRIGHTWELL]).filter((c) => c.type === 'accusation').at(-1);
    expect(judged?.evidence.text).toMatch(/^"The dumping/);
    expect(judged?.targets).toEqual([]);
  });

  it('gives an agentless claim nothing (no accuser to continue)', () => {
    const text = `${ACCUSATION} The dumping was described as illegal in a leaked memo.`;
    const claims = claimsOf(text, [ODELL, BRIGHTWELL]);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.targets).toEqual([]);
  });
});
