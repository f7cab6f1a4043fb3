// Checks only that every evidence string of set 7A occurs verbatim (and once) in its article.
import { SET7_A } from './generality7a.cases.ts';

let bad = 0;
let n = 0;
for (const c of SET7_A) {
  const doc = `${c.headline ?? ''}\n\n${c.text}`;
  for (const x of c.claims) {
    n++;
    const first = doc.indexOf(x.evidence);
    if (first < 0) { bad++; console.log(`MISSING ${c.id}: ${x.evidence}`); continue; }
    if (doc.indexOf(x.evidence, first + 1) >= 0) { bad++; console.log(`NOT UNIQUE ${c.id}: ${x.evidence}`); }
  }
}
console.log(`${SET7_A.length} articles, ${n} claims, ${bad} problems`);
if (bad) process.exit(1);
