import { expect } from 'vitest';
import { extractActors } from '../../../src/extract/actors/index.ts';
import type { Actor, Doc } from '../../../src/types/index.ts';

/** A cleaned Doc over `text` (the actor stage needs no ingest sentences). */
export function makeDoc(text: string): Doc {
  return { id: 't', title: 'Headline', text, format: 'txt', paragraphs: [], sentences: [], removed: [], offsetMap: [], origin: 'test', messages: [] };
}

/** The actors of `body` under a neutral headline, every mention checked against the text. */
export function actors(body: string, compromise = false): Actor[] {
  const doc = makeDoc(`Report on events\n\n${body}`);
  const out = extractActors(doc, { compromise });
  for (const a of out) for (const m of a.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  return out;
}

export const find = (list: readonly Actor[], name: string): Actor | undefined => list.find((a) => a.name === name);
export const names = (list: readonly Actor[]): string[] => list.map((a) => a.name);
export const forms = (list: readonly Actor[]): string[] => list.flatMap((a) => [a.name, ...a.aliases]);
export const typed = (list: readonly Actor[]): string[] => list.map((a) => `${a.type}:${a.name}`).sort();
