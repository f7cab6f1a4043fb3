import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * Negated and lawful acts as denials (session 6): "never", "at no time", "will never", "has not
 * and will not" before a wrong; lawful conduct stated without an adverb; "had no idea" of a
 * wrong. Reported speech only (entries `never-done`, `lawful-conduct`, `no-idea` of
 * src/lexicons/wrongdoing.ts). Sentences composed for these tests (invented people, real
 * states); none is from the corpus or the generality sets.
 */

const denials = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'denial');
const reasons = (claims: readonly Claim[]): string[] => claims.map((c) => c.reason);

const CHILE = country('cl', 'Chile', 'Santiago', 'Chilean');
const PERU = country('pe', 'Peru', 'Lima', 'Peruvian');
const KENYA = country('ke', 'Kenya', 'Nairobi', 'Kenyan');
const SOMALIA = country('so', 'Somalia', 'Mogadishu');
const ROJAS = p('rojas', 'Elena Rojas', 'Rojas');
const OTIENO = p('otieno', 'David Otieno', 'Otieno');
const KAMAU = p('kamau', 'Grace Kamau', 'Kamau');
const ANDEX = org('andex', 'company', 'Andex Mining', 'Andex');

describe('negated acts in reported speech', () => {
  it('reads "never" before a wrong without an auxiliary, in any tense', () => {
    const d = denials(claimsOf('"Chile never interferes in the elections of its neighbours," Rojas told reporters.', [CHILE, ROJAS]));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ claimants: ['rojas'], targets: [] });
    expect(d[0]?.reason).toMatch(/^evaluative-never-done:/);
  });

  it('reads "at no time", also with a quote mark and an inversion', () => {
    expect(denials(claimsOf('Santiago said its patrol boats had "at no time" entered Peruvian waters.', [CHILE, PERU]))[0]).toMatchObject({ claimants: ['cl'] });
    expect(denials(claimsOf('"At no time did our soldiers fire on the crowd," Otieno said.', [OTIENO]))[0]).toMatchObject({ claimants: ['otieno'] });
  });

  it('reads "will never" and "has not and will not"', () => {
    expect(denials(claimsOf('Kenya said its air force will never target civilians in Somalia.', [KENYA, SOMALIA]))[0]).toMatchObject({ claimants: ['ke'] });
    expect(denials(claimsOf('"Our units have not and will not attack aid convoys," Otieno said.', [OTIENO]))[0]).toMatchObject({ claimants: ['otieno'] });
    expect(denials(claimsOf('Otieno said the brigade had "never planted and will never plant" landmines near the border.', [OTIENO]))[0]).toMatchObject({ claimants: ['otieno'] });
  });

  it('reads giving or paying verbs only with a wrong as their object', () => {
    expect(denials(claimsOf('Kamau said her client had "never paid anyone to change a vote."', [KAMAU]))[0]).toMatchObject({ claimants: ['kamau'] });
    expect(denials(claimsOf('Kamau said the minister never authorised a single improper transfer.', [KAMAU]))).toHaveLength(1);
    expect(denials(claimsOf('Kamau said the ministry had never paid the contractors on time.', [KAMAU]))).toHaveLength(0);
    expect(denials(claimsOf('Kamau said the company never sent invoices to Lima.', [KAMAU, PERU]))).toHaveLength(0);
  });

  it('denies only for the speaker\'s side: not for described wrongdoers, not a body on another body', () => {
    expect(denials(claimsOf('Otieno said the attackers never used the stolen rifles.', [OTIENO]))).toHaveLength(0);
    expect(denials(claimsOf('Andex said Somalia never pays bribes to its staff.', [ANDEX, SOMALIA]))).toHaveLength(0);
    expect(denials(claimsOf('Somalia said its forces had never attacked the convoy.', [SOMALIA]))[0]).toMatchObject({ claimants: ['so'] });
  });

  it('gives nothing for narration, a victim passive, a modal or a question', () => {
    expect(denials(claimsOf('The Chilean army never attacked Peruvian towns during the war.', [CHILE, PERU]))).toHaveLength(0);
    expect(reasons(claimsOf('Otieno said the village was never attacked during the war.', [OTIENO]))).not.toContain('evaluative-never-done:innocent+reporting-verb');
    expect(denials(claimsOf('Otieno said the village was never attacked during the war.', [OTIENO]))).toHaveLength(0);
    expect(denials(claimsOf('Rojas said Chile could never attack a neighbour without a vote in Congress.', [ROJAS, CHILE]))).toHaveLength(0);
    expect(denials(claimsOf('Reporters asked Rojas whether Chile had never spied on Peru?', [ROJAS, CHILE, PERU]))).toHaveLength(0);
  });
});

describe('lawful conduct in reported speech', () => {
  it('reads "complies with" a law or sanctions without an adverb, answering criticism', () => {
    expect(denials(claimsOf('A UN panel accused Andex of shipping ore to Somalia. Andex said its exports to Somalia comply with the sanctions.', [ANDEX, SOMALIA]))[0]).toMatchObject({ claimants: ['andex'] });
    expect(denials(claimsOf('Rights groups have criticised the mine. Andex said the mine complies with national environmental rules.', [ANDEX]))[0]).toMatchObject({ claimants: ['andex'] });
  });

  it('gives nothing for lawful conduct claimed unprompted', () => {
    expect(denials(claimsOf('Andex said the new mine complies with national environmental rules and will open in May.', [ANDEX]))).toHaveLength(0);
  });

  it('reads active conduct "in full compliance / in accordance with" the law', () => {
    expect(denials(claimsOf('Somalia condemned the boarding of the ship. Kenya said its navy conducted the boarding in full compliance with international law.', [KENYA, SOMALIA]))[0]).toMatchObject({ claimants: ['ke'] });
  });

  it('reads a legal process defended: "were tried in accordance with the law"', () => {
    expect(denials(claimsOf('Lima rejected the criticism and said the activists had been "prosecuted in accordance with the law".', [PERU]))[0]).toMatchObject({ claimants: ['pe'] });
  });

  it('gives nothing for compliance asked for, foreseen or narrated', () => {
    expect(denials(claimsOf('Peru urged Andex to comply with the environmental rules.', [PERU, ANDEX]))).toHaveLength(0);
    expect(denials(claimsOf('Rojas demanded that Andex comply with international law.', [ROJAS, ANDEX]))).toHaveLength(0);
    expect(denials(claimsOf('Rojas said Andex must comply with the new regulations.', [ROJAS, ANDEX]))).toHaveLength(0);
    expect(denials(claimsOf('Andex complied with the regulations and opened a second mine in 2019.', [ANDEX]))).toHaveLength(0);
  });
});

describe('ignorance of a wrong', () => {
  it('reads "had no idea" with a wrong in reach', () => {
    expect(denials(claimsOf('Kamau said Otieno "had no idea the cattle were stolen."', [KAMAU, OTIENO]))[0]).toMatchObject({ claimants: ['kamau'] });
  });

  it('gives nothing for an idea about something else, or with nobody saying it', () => {
    expect(denials(claimsOf('Kamau said Otieno had no idea the match had been moved to Friday.', [KAMAU, OTIENO]))).toHaveLength(0);
    expect(denials(claimsOf('Otieno had no idea the cattle were stolen.', [OTIENO]))).toHaveLength(0);
  });
});
