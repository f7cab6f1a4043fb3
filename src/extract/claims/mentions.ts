import { ANAPHORS } from '../../lexicons/cues.ts';
import type { Actor, ActorType, Span } from '../../types/index.ts';

/**
 * Where actors are referred to in the text: their named mentions, plus (when
 * coreference is on) pronouns and descriptions resolved to the nearest compatible
 * antecedent ("the country" -> the last country named, "he" -> the last person).
 */
export interface Ref extends Span {
  readonly id: string;
  readonly type: ActorType;
  /** `name`: a mention of the actor; `anaphor`: a pronoun or description resolved to it. */
  readonly via: 'name' | 'anaphor';
}

export function namedRefs(actors: readonly Actor[]): Ref[] {
  const refs: Ref[] = [];
  for (const a of actors) {
    for (const m of a.mentions) refs.push({ id: a.id, type: a.type, start: m.start, end: m.end, via: 'name' });
  }
  return refs.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * Name mentions the actor list may have missed: every other occurrence of an actor's
 * name or aliases, and of a person's surname ("Chen" for "Yi-Lan Chen", also "Chens"
 * where a capture lost its apostrophe). A surname two persons share is skipped.
 */
export function completeNameRefs(text: string, actors: readonly Actor[], named: readonly Ref[]): Ref[] {
  const surnameOwners = new Map<string, string[]>();
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const last = a.name.split(/\s+/).at(-1) ?? '';
    if (/^\p{Lu}[\p{L}'-]{2,}$/u.test(last)) surnameOwners.set(last, [...(surnameOwners.get(last) ?? []), a.id]);
  }
  const forms: { id: string; type: Actor['type']; form: string }[] = [];
  for (const a of actors) {
    for (const f of new Set([a.name, ...a.aliases])) if (f.length >= 2) forms.push({ id: a.id, type: a.type, form: f });
  }
  for (const [last, owners] of surnameOwners) {
    const a = actors.find((x) => x.id === owners[0]);
    if (owners.length === 1 && a) forms.push({ id: a.id, type: a.type, form: last });
  }
  forms.sort((x, y) => y.form.length - x.form.length);
  const out: Ref[] = [];
  const taken = (s: number, e: number): boolean => named.some((r) => r.start < e && s < r.end) || out.some((r) => r.start < e && s < r.end);
  for (const { id, type, form } of forms) {
    const esc = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?=(?:['\u2019]?s)?(?![\\p{L}\\p{N}]))`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken(start, end)) out.push({ id, type, start, end, via: 'name' });
    }
  }
  return out;
}

/** Pronouns resolve within this many sentences back; descriptions ("the country") anywhere before. */
const PRONOUN_REACH = 3;

const ANAPHOR_RES = ANAPHORS.map((a) => ({
  re: new RegExp(`\\b${a.pattern}\\b`, 'gi'),
  types: a.types,
  pronoun: !/^the\\s/.test(a.pattern),
}));

/**
 * Resolves anaphors sentence by sentence. Only subject-like uses are resolved: a
 * possessive ("his allies") or an anaphor inside a named mention ("the Group" in
 * "the Lazarus Group") is left alone.
 */
export function resolveAnaphors(text: string, sentences: readonly Span[], named: readonly Ref[]): Ref[] {
  const out: Ref[] = [];
  sentences.forEach((s, si) => {
    const sentence = text.slice(s.start, s.end);
    const reachStart = sentences[Math.max(0, si - PRONOUN_REACH)]?.start ?? 0;
    for (const { re, types, pronoun } of ANAPHOR_RES) {
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        // Possessives ("his allies") name no participant; "her" may be either, so it is left too.
        if (/^(?:his|her|its|their)$/i.test(m[0])) continue;
        if (named.some((r) => r.start < end && start < r.end)) continue;
        if (out.some((r) => r.start < end && start < r.end)) continue;
        // "the group called Hafnium": the description introduces a name, it refers back to nothing.
        if (/^\s*,?\s*(?:called|named|known\s+as|dubbed)\b/i.test(text.slice(end, end + 20))) continue;
        // "the country's president": a description used as a possessor is still the country.
        const antecedent = nearestBefore(named, start, types, pronoun ? reachStart : 0);
        if (antecedent) out.push({ id: antecedent.id, type: antecedent.type, start, end, via: 'anaphor' });
      }
    }
  });
  return out;
}

function nearestBefore(refs: readonly Ref[], pos: number, types: readonly ActorType[], from: number): Ref | undefined {
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i];
    if (!r || r.end > pos) continue;
    if (r.start < from) return undefined;
    if (types.includes(r.type)) return r;
  }
  return undefined;
}

/** Refs inside `[start, end)`, in text order. */
export function refsIn(refs: readonly Ref[], start: number, end: number): Ref[] {
  return refs.filter((r) => r.start >= start && r.end <= end);
}

/** Unique ids in order of first appearance. */
export function uniqueIds(refs: readonly Ref[]): string[] {
  return [...new Set(refs.map((r) => r.id))];
}
