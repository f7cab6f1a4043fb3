import { describe, expect, it } from 'vitest';
import { completeNameRefs, isSurnameForm, namedRefs, surnameActors } from '../../../src/extract/claims/mentions.ts';
import type { Actor, ActorType } from '../../../src/types/index.ts';

/** Name completion (mentions.ts): the surname test and the form walk, with actors built by hand. */

function actor(id: string, type: ActorType, name: string, aliases: readonly string[], text: string, at: readonly string[] = []): Actor {
  const mentions = at.map((form) => {
    const start = text.indexOf(form);
    return { start, end: start + form.length, text: form };
  });
  return { id, name, type, affiliation: null, aliases, mentions, source: 'test', reason: 'test' } as unknown as Actor;
}

describe('isSurnameForm', () => {
  it('takes a capitalised word of three or more letters, an apostrophe or hyphen inside', () => {
    for (const w of ['Okafor', "O'Hara", 'Lund-Berg', 'Ngo', 'Müller', 'Łukasik', 'Çelik']) expect(isSurnameForm(w), w).toBe(true);
  });

  it('rejects short, lower-case, numbered or dotted words', () => {
    for (const w of ['Li', 'okafor', 'Okafor2', 'J.', 'ümit', '', "'Hara", 'Okafor ']) expect(isSurnameForm(w), w).toBe(false);
  });
});

describe('completeNameRefs', () => {
  it('finds the other occurrences of a name, its alias and its surname, each form once', () => {
    const text = 'Teodora Vasquez-Lind met the Harbor Trust board. Later Vasquez-Lind said the Trust had lied; HT denied it.';
    const actors = [
      actor('p1', 'person', 'Teodora Vasquez-Lind', ['Teodora Vasquez-Lind'], text, ['Teodora Vasquez-Lind']),
      actor('c1', 'company', 'Harbor Trust', ['HT', 'HT', 'Trust'], text, ['Harbor Trust']),
    ];
    const merged = surnameActors(actors);
    const listed = namedRefs(actors, merged);
    const found = completeNameRefs(text, actors, listed, merged).map((r) => [r.id, text.slice(r.start, r.end)]);
    expect(found).toEqual([['p1', 'Vasquez-Lind'], ['c1', 'Trust'], ['c1', 'HT']]);
  });

  it('finds names that open with a letter beyond Latin (Greek) and leaves words glued to a form alone', () => {
    const text = 'Ωmega Labs rejected the report. ZΩmega is another firm; Ωmega said nothing more.';
    const actors = [actor('c1', 'company', 'Ωmega Labs', ['Ωmega'], text, ['Ωmega Labs'])];
    const found = completeNameRefs(text, actors, namedRefs(actors)).map((r) => [r.start, text.slice(r.start, r.end)]);
    expect(found).toEqual([[text.lastIndexOf('Ωmega'), 'Ωmega']]);
  });
});
