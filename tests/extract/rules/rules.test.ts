import { describe, expect, it } from 'vitest';
import { createRules, extractRules, runStage } from '../../../src/extract/rules.ts';
import '../../../src/pipeline/extractors.ts';
import { extractorNames, loadExtractor } from '../../../src/pipeline/registry.ts';
import type { Doc, Message } from '../../../src/types/index.ts';
import { makeDoc } from '../claims/helpers.ts';

const TEXT = 'US accuses China of hacking\n\nThe United States accused China of hacking Microsoft servers, officials said.';

describe('rules extractor', () => {
  it('composes actors, figures and claims into one record', () => {
    const record = createRules({ compromise: false }).extract(makeDoc(TEXT));
    expect(record.extractor).toMatch(/^rules@/);
    expect(record.text).toBe(TEXT);
    expect(record.claims.length).toBeGreaterThan(0);
    const byId = new Map(record.actors.map((a) => [a.id, a.name]));
    const c = record.claims.find((x) => x.evidence.text.startsWith('The United States'));
    expect(c?.claimants.map((id) => byId.get(id))).toEqual(['United States']);
    expect(c?.targets.map((id) => byId.get(id))).toEqual(['China']);
  });

  it('turns a stage that throws into an error message and keeps the record', () => {
    // A Doc whose text is not a string makes every stage throw.
    const broken = { ...makeDoc('x'), text: null } as unknown as Doc;
    const record = extractRules(broken, { compromise: false });
    expect(record.claims).toEqual([]);
    expect(record.actors).toEqual([]);
    const errors = record.messages.filter((m) => m.level === 'error' && m.code === 'extractor-crash');
    expect(errors.map((m) => m.stage)).toEqual(['extract:actors', 'extract:figures', 'extract:claims']);
  });

  it('adds each stage\'s time to the given StageTimes and makes the same record as without', () => {
    const times = { actors: 0, figures: 0, claims: 0 };
    const timed = extractRules(makeDoc(TEXT), { compromise: false }, times);
    expect(timed).toEqual(extractRules(makeDoc(TEXT), { compromise: false }));
    for (const ms of Object.values(times)) expect(ms).toBeGreaterThan(0);
    const after = { ...times };
    extractRules(makeDoc(TEXT), { compromise: false }, times);
    // (added to, not overwritten)
    for (const k of ['actors', 'figures', 'claims'] as const) expect(times[k]).toBeGreaterThan(after[k]);
  });

  it('runStage returns the fallback and records the error', () => {
    const messages: Message[] = [];
    const out = runStage('extract:claims', messages, makeDoc('x'), () => {
      throw new Error('boom');
    }, 42);
    expect(out).toBe(42);
    expect(messages[0]).toMatchObject({ level: 'error', code: 'extractor-crash', stage: 'extract:claims' });
    expect(messages[0]?.message).toContain('boom');
  });
});

describe('registry', () => {
  it('registers the baseline, rules and the three ablations', () => {
    expect(extractorNames()).toEqual(expect.arrayContaining(['baseline', 'rules', 'rules-no-coref', 'rules-no-clean', 'rules-compromise']));
  });

  it('names each ablation in its output and asks for raw text only in no-clean', async () => {
    expect((await loadExtractor('rules-no-clean')).clean).toBe(false);
    expect((await loadExtractor('rules')).clean).not.toBe(false);
    const record = (await loadExtractor('rules-no-coref')).extract(makeDoc(TEXT));
    expect(record.extractor).toMatch(/^rules-no-coref@/);
  });
});

describe('rules: possessives that lost their apostrophe (DOJ captures)', () => {
  const slots = (text: string, cue: string): { claimants: string[]; targets: string[] } => {
    const record = extractRules(makeDoc(`Report\n\n${text}`), { compromise: false });
    const byId = new Map(record.actors.map((a) => [a.id, a.name]));
    const c = record.claims.find((x) => x.cue === cue);
    return { claimants: (c?.claimants ?? []).map((id) => byId.get(id) ?? id), targets: (c?.targets ?? []).map((id) => byId.get(id) ?? id) };
  };
  it('reads "the Treasurys Office" as the office, not the department', () => {
    const record = extractRules(makeDoc('Report\n\nYesterday the Department of the Treasurys Office of Foreign Assets Control (OFAC) designated the company and its owner Ivan Petrov for sanctions for the theft of data.'), { compromise: false });
    const byId = new Map(record.actors.map((a) => [a.id, a.name]));
    const names = record.claims.flatMap((c) => c.claimants.map((id) => byId.get(id)));
    expect(names).toContain('Office of Foreign Assets Control');
    expect(names).not.toContain('Department of the Treasury');
  });
  it('does not take the owner of a glued possessive for a subject ("Russias main spy agency")', () => {
    const s = slots('Ivan Petrov and three other defendants, including two officers of the Federal Security Service (FSB), Russias main spy agency, were charged with hacking.', 'charged');
    expect(s.targets).toEqual(['Ivan Petrov']);
  });
});
