import { describe, expect, it } from 'vitest';
import { country, p, claimsOf } from './helpers.ts';

/** Cue families counted by the guidelines: arrests, lawsuits, concern about conditions, denial phrases. */

describe('arrests and reasons', () => {
  it('reads an arrest for a stated act (no crime word needed)', () => {
    const [c] = claimsOf('In 2022, Mhlanga was arrested for taking photos of the police.', [p('m', 'Mhlanga')]);
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['m'] });
  });

  it('gives an ordered arrest and its alleged reason the same accused', () => {
    const text = 'Bosnian prosecutors had ordered the arrest of Dodik for ignoring a court summons for allegedly trying to undermine the constitution.';
    const claims = claimsOf(text, [country('ba', 'Bosnian'), p('d', 'Dodik')]);
    expect(claims.map((c) => [c.cue, c.claimants, c.targets, c.certainty])).toEqual([
      ['arrest', ['ba'], ['d'], 'asserted'],
      ['allegedly', ['ba'], ['d'], 'hedged'],
    ]);
    expect(claims[0]?.content).toBe('ignoring a court summons');
  });

  it('takes no claim from an arrest with no reason', () => {
    expect(claimsOf('Police arrested Mhlanga on Monday.', [p('m', 'Mhlanga')])).toHaveLength(0);
  });
});

describe('lawsuits and concern', () => {
  it('reads "X sued in Austria for defamation" with X as claimant', () => {
    const [c] = claimsOf('Glawischnig sued in Austria for defamation and won.', [p('g', 'Glawischnig'), country('at', 'Austria')]);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['g'], cue: 'sued' });
  });

  it('reads concern about the conditions of detention as an accusation', () => {
    const [c] = claimsOf("Lai's legal team has expressed concern about the conditions in which he is being held.", [p('l', 'Lai')]);
    expect(c).toMatchObject({ type: 'accusation' });
    expect(c?.cue).toMatch(/concern/);
  });

  it('takes no claim from concern about the economy', () => {
    expect(claimsOf('The minister expressed concern about the economy.', [])).toHaveLength(0);
  });
});

describe('denial phrases', () => {
  it('reads "totally rubbish" by its speaker', () => {
    const [c] = claimsOf('"Of course I disagree. Totally rubbish," Lai said.', [p('l', 'Lai')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['l'] });
  });

  it('reads a not-guilty plea as a denial', () => {
    const [c] = claimsOf('Chen pleaded not guilty to all charges.', [p('c', 'Chen')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['c'] });
  });

  it('credits the refusal to recognise the court to the lawyer who says it, targeting the court', () => {
    const text = "Dodik's lawyer, Anto Nobilo, said Dodik does not recognize either the Bosnian court or the prosecutor's office.";
    const [c] = claimsOf(text, [p('n', 'Anto Nobilo'), p('d', 'Dodik'), country('ba', 'Bosnian')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['n'], targets: ['ba'] });
  });

  it('does not read "does not recognize the danger" as a denial', () => {
    expect(claimsOf('Dodik does not recognize the danger.', [p('d', 'Dodik')])).toHaveLength(0);
  });
});
