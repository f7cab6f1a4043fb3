import type { Actor, Claim, ExtractionRecord, Figure, Gold, Message } from '../types/index.ts';
import { locateGold } from './locate.ts';

/**
 * Turns a gold file into an extraction record over a cleaned `text`, locating its
 * snippets as the scorer does, so one annotator's gold can be scored against another's
 * with the same scorer (inter-annotator agreement, issue 3). Items whose snippets
 * cannot be found are left out, each with a `gold-unlocated` message.
 */
export function goldToRecord(gold: Gold, text: string, extractor = 'gold'): ExtractionRecord {
  const located = locateGold(gold, text);
  const messages: Message[] = [];
  const unlocated = (what: string): void => {
    messages.push({ level: 'warning', code: 'gold-unlocated', message: `${what} not found in the cleaned text`, stage: 'eval' });
  };
  const source = 'gold';
  const reason = 'annotated';

  const actors: Actor[] = located.actors.map((a) => ({
    id: a.gold.id,
    name: a.gold.name,
    type: a.gold.type,
    affiliation: a.gold.affiliation,
    aliases: [...a.gold.aliases],
    mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
    source,
    reason,
  }));

  const figures: Figure[] = [];
  located.figures.forEach((f, i) => {
    if (!f.span) {
      unlocated(`figures[${i}] "${f.gold.text}"`);
      return;
    }
    figures.push({
      id: `f${i + 1}`,
      text: text.slice(f.span.start, f.span.end),
      start: f.span.start,
      end: f.span.end,
      value: f.gold.value,
      value_max: f.gold.value_max,
      kind: f.gold.kind,
      qualifier: f.gold.qualifier,
      unit: f.gold.unit,
      counted: f.gold.counted,
      source,
      reason,
    });
  });

  const claims: Claim[] = [];
  located.claims.forEach((c, i) => {
    const span = c.span;
    if (!span) {
      unlocated(`claims[${i}] evidence`);
      return;
    }
    claims.push({
      id: `c${i + 1}`,
      type: c.gold.type,
      claimants: [...c.gold.claimants],
      targets: [...c.gold.targets],
      cue: c.gold.cue,
      content: c.gold.content,
      evidence: { start: span.start, end: span.end, text: text.slice(span.start, span.end) },
      certainty: c.gold.certainty,
      reported_by: [...c.gold.reported_by],
      figures: figures.filter((f) => f.start >= span.start && f.end <= span.end).map((f) => f.id),
      confidence: 1,
      source,
      reason,
    });
  });

  const nl = text.indexOf('\n');
  return {
    doc: gold.doc,
    extractor,
    title: (nl < 0 ? text : text.slice(0, nl)).trim(),
    text,
    actors,
    figures,
    claims,
    messages,
  };
}
