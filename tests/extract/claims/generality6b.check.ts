// Checks only that every evidence snippet occurs verbatim, and once, in its article (headline + body).
import { SET6_B_CASES } from './generality6b.cases.ts';

let bad = 0;
let n = 0;
let opt = 0;
let hedged = 0;
let denials = 0;
for (const c of SET6_B_CASES) {
  const doc = `${c.headline ?? ''}\n\n${c.text}`;
  for (const cl of c.claims) {
    n++;
    if (cl.optional) opt++;
    if (cl.certainty === 'hedged') hedged++;
    if (cl.type === 'denial') denials++;
    const count = doc.split(cl.evidence).length - 1;
    if (count !== 1) {
      bad++;
      console.log(`${c.id}: evidence found ${count}x: ${cl.evidence}`);
    }
  }
  const sentences = c.text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/).length + 1;
  console.log(`${c.id}: ${c.claims.length} claims, ~${sentences} sentences`);
}
console.log(`${SET6_B_CASES.length} articles, ${n} claims (${denials} denials, ${hedged} hedged, ${opt} optional), ${bad} bad`);
process.exit(bad ? 1 : 0);
