// Checks only that every evidence snippet of the held-out set B occurs exactly once in
// headline + blank line + body, within one paragraph, and that tags are known. Runs no extractor.
import { HELDOUT_B_CASES } from './generality3b.cases.ts';
import { ARTICLE_TAGS } from './generality2.cases.ts';

let bad = 0;
let claims = 0, accs = 0, dens = 0, hedged = 0, optional = 0;
const tags = new Set<string>();
for (const c of HELDOUT_B_CASES) {
  const raw = `${c.headline}\n\n${c.text}`;
  for (const t of c.tags) { tags.add(t); if (!(ARTICLE_TAGS as readonly string[]).includes(t)) { bad++; console.log(`${c.id}: unknown tag ${t}`); } }
  for (const w of c.claims) {
    claims++; if (w.type === 'accusation') accs++; else dens++;
    if (w.certainty === 'hedged') hedged++;
    if (w.optional) optional++;
    let n = 0;
    for (let i = raw.indexOf(w.evidence); i >= 0; i = raw.indexOf(w.evidence, i + 1)) n++;
    if (n !== 1 || w.evidence.includes('\n') || w.evidence !== w.evidence.trim()) { bad++; console.log(`${c.id}: ${n}x ${JSON.stringify(w.evidence)}`); }
  }
  const sentences = raw.split(/(?<=[.!?]["”]?)\s+/).length;
  console.log(`${c.id}: ${c.claims.length} claims, ~${sentences} sentences`);
}
console.log(`${HELDOUT_B_CASES.length} articles, ${claims} claims (${accs} acc, ${dens} den, ${hedged} hedged, ${optional} optional); tags ${tags.size}/${ARTICLE_TAGS.length}; missing tags: ${ARTICLE_TAGS.filter((t) => !tags.has(t)).join(', ')}`);
if (bad) { console.log(`${bad} problems`); process.exit(1); }
