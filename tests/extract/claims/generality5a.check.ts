// Checks only that every evidence string of set 5A occurs verbatim, once, in its article
// (headline + body) and within one paragraph; and prints counts. Runs no extractor.
import { SET5_A_CASES } from './generality5a.cases.ts';

let bad = 0;
let total = 0, accs = 0, dens = 0, hedged = 0, optional = 0;
for (const c of SET5_A_CASES) {
  const doc = `${c.headline ?? ''}\n\n${c.text}`;
  const sentences = doc.split(/\n\s*\n|(?<=[.!?]["”]?)\s+(?=[A-Z"“(])/).filter((s) => s.trim().length > 0).length;
  const ev = new Set(c.claims.map((x) => x.evidence));
  for (const x of c.claims) {
    total++;
    if (x.type === 'accusation') accs++; else dens++;
    if (x.certainty === 'hedged') hedged++;
    if (x.optional) optional++;
    const n = doc.split(x.evidence).length - 1;
    if (n !== 1) { bad++; console.log(`${c.id}: evidence occurs ${n}x: ${x.evidence}`); }
    if (x.evidence.includes('\n')) { bad++; console.log(`${c.id}: evidence spans paragraphs: ${x.evidence}`); }
  }
  console.log(`${c.id}: ${c.claims.length} claims (${c.claims.filter((x) => !x.optional).length} required), ~${sentences} sentences, ${ev.size} distinct evidence`);
}
console.log(`articles ${SET5_A_CASES.length}, claims ${total} (acc ${accs}, den ${dens}, hedged ${hedged}, optional ${optional}); problems ${bad}`);
process.exit(bad ? 1 : 0);
