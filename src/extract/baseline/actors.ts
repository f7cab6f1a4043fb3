import type { Actor, ActorType, Mention, Span } from '../../types/index.ts';

/**
 * The baseline's actor finder: runs of capitalised words ("Ministry of State
 * Security", "Antony Blinken", "APT31"), typed by their last word. No gazetteer
 * logic beyond a few suffix lists, no NLP library: the floor the `rules` extractor
 * must beat.
 */
const NAME_RUN = /\b[A-Z][A-Za-z0-9&.'\u2019-]*(?:[ \t]+(?:(?:of|for|and|the|de|al)[ \t]+)?[A-Z][A-Za-z0-9&.'\u2019-]*)*/g;

/** Capitalised words that start sentences or headlines and name nothing. */
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'by', 'for', 'from', 'to', 'of', 'and', 'but', 'or', 'if', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'then', 'when', 'while', 'after',
  'before', 'during', 'since', 'although', 'however', 'meanwhile', 'also', 'according', 'last', 'next', 'first',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday', 'today',
  'some', 'many', 'all', 'one', 'two', 'three', 'four', 'five', 'his', 'her', 'their', 'our', 'my', 'said', 'says',
  'speaking', 'see', 'sources', 'read', 'related', 'more', 'other', 'such', 'with', 'without', 'under', 'over',
  'where', 'who', 'what', 'why', 'how', 'not', 'no', 'yes', 'so', 'both', 'each', 'every', 'any', 'because',
]);

const TYPE_BY_WORD: readonly [RegExp, ActorType][] = [
  [/\b(?:APT\s?\d+|Panda|Bear|Typhoon|Spider|Kitten|Chollima|Hafnium|Lazarus)\b/, 'threat_group'],
  [/\b(?:Department|Ministry|Agency|Office|Bureau|Service|Court|Police|Army|Navy|Command|Commission|Council|Congress|Senate|House|Parliament|FBI|CIA|NSA|FSB|GRU|MSS|NCSC|Justice)\b/, 'agency'],
  [/\b(?:Union|Nations|NATO|EU|UN|Organization|Organisation|Alliance)\b/, 'intl_org'],
  [/\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|plc|PLC|Bank|Group|Airlines?|Microsoft|Google|Yahoo|Facebook)\b\.?/, 'company'],
  [/\b(?:News|Times|Post|Press|Reuters|Bloomberg|VOA|BBC|CNN|Journal|Tribune|Guardian|Agence|Xinhua|TASS)\b/, 'media'],
];

export function findActorsBaseline(text: string): Actor[] {
  const byName = new Map<string, { type: ActorType; mentions: Mention[] }>();
  for (const m of text.matchAll(NAME_RUN)) {
    let start = m.index;
    let name = m[0];
    // Drop sentence-initial function words: "The Ministry" -> "Ministry", "In Beijing" -> "Beijing".
    for (;;) {
      const first = /^(\S+)\s+/.exec(name);
      if (!first || !NOT_A_NAME.has((first[1] ?? '').toLowerCase())) break;
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    name = name.replace(/['\u2019]s$/, '').replace(/[.,-]+$/, '');
    if (name.length < 2 || NOT_A_NAME.has(name.toLowerCase())) continue;
    const span: Span = { start, end: start + name.length };
    const entry = byName.get(name) ?? { type: guessType(name), mentions: [] };
    entry.mentions.push({ ...span, text: text.slice(span.start, span.end) });
    byName.set(name, entry);
  }
  const actors: Actor[] = [];
  for (const [name, { type, mentions }] of byName) {
    actors.push({
      id: `a${actors.length + 1}`,
      name,
      type,
      affiliation: null,
      aliases: [],
      mentions,
      source: 'baseline:actors',
      reason: 'capitalised-run',
    });
  }
  return actors;
}

function guessType(name: string): ActorType {
  for (const [re, type] of TYPE_BY_WORD) if (re.test(name)) return type;
  // Two or three plain capitalised words read as a person's name ("Antony Blinken").
  if (/^[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){1,2}$/.test(name)) return 'person';
  return 'other_org';
}
