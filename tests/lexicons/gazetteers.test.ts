import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/lexicons/countries.ts';
import { AGENCIES } from '../../src/lexicons/agencies.ts';
import { INTL_ORGS } from '../../src/lexicons/intl-orgs.ts';
import { MEDIA } from '../../src/lexicons/media.ts';
import { COMPANIES } from '../../src/lexicons/companies.ts';
import { NGOS } from '../../src/lexicons/ngos.ts';
import { THREAT_GROUPS, THREAT_PATTERNS } from '../../src/lexicons/threat-groups.ts';
import { AGENCY_PATTERNS } from '../../src/lexicons/org-patterns.ts';
import { ACTOR_TYPES } from '../../src/types/index.ts';

const ORGS = [...AGENCIES, ...INTL_ORGS, ...MEDIA, ...COMPANIES, ...NGOS, ...THREAT_GROUPS];
const countryNames = new Set(COUNTRIES.map((c) => c.name));

describe('gazetteers', () => {
  it('cover every UN member state (193) and more, with unique names', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(195);
    expect(countryNames.size).toBe(COUNTRIES.length);
    for (const n of ['Afghanistan', 'Zimbabwe', 'Tuvalu', 'North Korea', 'South Sudan', 'Eswatini', 'Timor-Leste']) expect(countryNames).toContain(n);
  });
  it('write every country form trimmed and longer than one character', () => {
    for (const c of COUNTRIES) {
      expect(c.name.trim()).toBe(c.name);
      for (const f of [...c.aliases, ...c.adjectives, ...c.demonyms, ...c.capitals, ...c.offices]) expect(f.length).toBeGreaterThan(1);
    }
  });
  it('refer only to listed countries and parents, with valid types', () => {
    const orgNames = new Set(ORGS.map((o) => o.name));
    for (const o of ORGS) {
      expect(ACTOR_TYPES).toContain(o.type);
      if (o.country) expect(countryNames, `${o.name} -> ${o.country}`).toContain(o.country);
      if (o.parent) expect(orgNames, `${o.name} -> ${o.parent}`).toContain(o.parent);
      for (const w of o.weak ?? []) expect([o.name, ...o.aliases]).toContain(w);
      for (const x of o.exactCase ?? []) expect([o.name, ...o.aliases]).toContain(x);
    }
  });
  it('list every body once (one canonical name, one actor key)', () => {
    const seen = new Set<string>();
    const dup = ORGS.map((o) => o.name).filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
    expect(dup).toEqual([]);
  });
  it('cover outlets and security bodies of every G20 state, not only those of our articles', () => {
    const g20 = ['Argentina', 'Australia', 'Brazil', 'Canada', 'China', 'France', 'Germany', 'India', 'Indonesia', 'Italy', 'Japan', 'Mexico', 'Russia', 'Saudi Arabia', 'South Africa', 'South Korea', 'Turkey', 'United Kingdom', 'United States'];
    for (const c of g20.filter((x) => x !== 'United States' && x !== 'United Kingdom')) {
      expect(MEDIA.some((o) => o.country === c), `media of ${c}`).toBe(true);
      expect(AGENCIES.some((o) => o.country === c), `agency of ${c}`).toBe(true);
    }
  });
  it('hold parties, think tanks and unions of many regions, not only of our articles', () => {
    const all = new Set(NGOS.flatMap((o) => [o.name, ...o.aliases]));
    for (const n of ['AKP', 'Fidesz', 'Awami League', 'African National Congress', 'Morena', 'Sinn Féin', 'Chadema', 'Georgian Dream', 'Lowy Institute', 'Institute for the Study of War', 'AFL-CIO', 'COSATU']) expect(all, n).toContain(n);
  });
  it('give no acronym to two bodies unless one is weak or needs its country', () => {
    // a new acronym must not silently take over another list's body ("PAP" is the Polish Press Agency)
    const owner = new Map<string, string>();
    const clash: string[] = [];
    for (const o of ORGS) {
      for (const f of o.aliases.filter((a) => /^[A-Z]{2,6}$/.test(a) && !(o.weak ?? []).includes(a))) {
        const had = owner.get(f);
        if (had !== undefined && had !== o.name) clash.push(`${f}: ${had} / ${o.name}`);
        owner.set(f, o.name);
      }
    }
    // known, deliberate: both read by context (chooseRef: the body whose country is named wins)
    const known = new Set(['RSF', 'PTI', 'BIS', 'AFP', 'ABC']);
    expect(clash.filter((c) => !known.has(c.split(':')[0]!))).toEqual([]);
  });
  it('compile every pattern', () => {
    for (const p of [...THREAT_PATTERNS, ...AGENCY_PATTERNS]) expect(() => new RegExp(p.source, 'g')).not.toThrow();
  });
  it('hold general knowledge: major agencies, organisations, outlets, groups', () => {
    const all = new Set(ORGS.flatMap((o) => [o.name, ...o.aliases]));
    for (const n of ['FBI', 'MSS', 'GCHQ', 'FSB', 'NATO', 'Interpol', 'Reuters', 'Xinhua', 'Lazarus Group', 'Hezbollah', 'Amnesty International']) expect(all).toContain(n);
  });
});
