// Checks only that every evidence snippet occurs verbatim (and once) in its article (headline + text).
import { HELDOUT_A_CASES } from './generality3a.cases.ts';

let bad = 0;
let n = 0, accs = 0, dens = 0, hedged = 0, optional = 0;
const ids = new Set<string>();
for (const c of HELDOUT_A_CASES) {
  if (ids.has(c.id)) { console.log('duplicate id', c.id); bad++; }
  ids.add(c.id);
  const full = `${c.headline ?? ''}\n\n${c.text}`;
  const sentences = full.split(/(?<=[.!?]["”]?)\s+|\n+/).filter((s) => s.trim()).length;
  for (const cl of c.claims) {
    n++;
    if (cl.type === 'accusation') accs++; else dens++;
    if (cl.certainty === 'hedged') hedged++;
    if (cl.optional) optional++;
    const count = full.split(cl.evidence).length - 1;
    if (count !== 1) { console.log(`${c.id}: evidence found ${count}x: ${cl.evidence}`); bad++; }
  }
  console.log(`${c.id}: ~${sentences} sentences, ${c.claims.length} claims`);
}
console.log(`${HELDOUT_A_CASES.length} articles, ${n} claims (${accs} acc, ${dens} den, ${hedged} hedged, ${optional} optional)`);
if (bad) { console.log(`${bad} problems`); process.exit(1); }
