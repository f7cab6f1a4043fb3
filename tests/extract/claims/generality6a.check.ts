// Checks only that every expected evidence occurs verbatim (and once) in its article text (headline + body).
import { SET6_A_CASES } from './generality6a.cases.ts';

let bad = 0;
let n = 0;
for (const c of SET6_A_CASES) {
  const doc = `${c.headline ?? ''}\n\n${c.text}`;
  for (const cl of c.claims) {
    n++;
    const first = doc.indexOf(cl.evidence);
    if (first < 0) { bad++; console.log(`MISSING [${c.id}] ${cl.evidence}`); continue; }
    if (cl.evidence.includes('\n')) { bad++; console.log(`SPANS PARAGRAPHS [${c.id}] ${cl.evidence}`); }
    if (doc.indexOf(cl.evidence, first + 1) >= 0) { bad++; console.log(`NOT UNIQUE [${c.id}] ${cl.evidence}`); }
  }
}
console.log(`${SET6_A_CASES.length} articles, ${n} claims, ${bad} problems`);
if (bad) process.exit(1);
