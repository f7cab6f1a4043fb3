// Checks only that every evidence snippet of set 5 part B occurs verbatim (and once) in its
// headline + text, and prints counts. Runs no extractor.
import { SET5_B_CASES, SET5_B_TAGS } from './generality5b.cases.ts';

let bad = 0;
let total = 0, accs = 0, dens = 0, hedged = 0, optional = 0;
const tags = new Set<string>();
for (const c of SET5_B_CASES) {
  const full = `${c.headline ?? ''}\n\n${c.text}`;
  for (const t of c.tags) { tags.add(t); if (!(SET5_B_TAGS as readonly string[]).includes(t)) { bad++; console.log(`${c.id}: unknown tag ${t}`); } }
  for (const cl of c.claims) {
    total++;
    if (cl.type === 'accusation') accs++; else dens++;
    if (cl.certainty === 'hedged') hedged++;
    if (cl.optional) optional++;
    const n = full.split(cl.evidence).length - 1;
    if (n !== 1) { bad++; console.log(`${c.id}: evidence found ${n}x: ${cl.evidence}`); }
  }
  const sentences = c.text.split(/(?<=[.!?"”])\s+(?=[A-Z“"])/).length;
  console.log(`${c.id}: ${c.claims.length} claims (${c.claims.filter((x) => !x.optional).length} required), ~${sentences} sentences`);
}
console.log(`${SET5_B_CASES.length} articles, ${total} claims: ${accs} accusations, ${dens} denials, ${hedged} hedged, ${optional} optional`);
console.log(`tags used: ${[...tags].sort().join(', ')}`);
if (bad) { console.log(`${bad} problems`); process.exit(1); }
console.log('ok');
