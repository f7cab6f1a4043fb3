// Checks only that every evidence string of set 7B occurs verbatim (and once) in its article.
// Run: npx tsx tests/extract/claims/generality7b.check.ts
import { SET7_B } from './generality7b.cases.ts';

let bad = 0;
let n = 0;
let opt = 0;
for (const c of SET7_B) {
  const doc = `${c.headline ?? ''}\n\n${c.text}`;
  for (const cl of c.claims) {
    n++;
    if (cl.optional) opt++;
    const count = doc.split(cl.evidence).length - 1;
    const inHeadline = (c.headline ?? '').includes(cl.evidence);
    if (count === 0) { bad++; console.log(`MISSING ${c.id}: ${cl.evidence}`); }
    else if (count > 1 && !inHeadline) { bad++; console.log(`REPEATED ${c.id}: ${cl.evidence}`); }
  }
  console.log(`${c.id}: ${c.claims.length} claims, ${c.text.split(/(?<=[.!?]["”]?)\s+/).length} sentence-ish`);
}
console.log(`${SET7_B.length} articles, ${n} claims (${opt} optional), ${bad} bad`);
process.exit(bad ? 1 : 0);
