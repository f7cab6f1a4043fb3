// Checks only that every evidence snippet of set 4 B occurs verbatim (and once) in its article
// (headline + body), plus counts. Runs no extractor. Usage: npx tsx tests/extract/claims/generality4b.check.ts
import { SET4_B_CASES } from './generality4b.cases.ts';

let bad = 0;
let n = 0, nAcc = 0, nDen = 0, nHedged = 0, nOpt = 0;
const ids = new Set<string>();
for (const c of SET4_B_CASES) {
  if (ids.has(c.id)) { console.log(`duplicate id ${c.id}`); bad++; }
  ids.add(c.id);
  const full = `${c.headline ?? ''}\n\n${c.text}`;
  for (const cl of c.claims) {
    n++;
    if (cl.type === 'accusation') nAcc++; else nDen++;
    if (cl.certainty === 'hedged') nHedged++;
    if (cl.optional) nOpt++;
    const first = full.indexOf(cl.evidence);
    if (first < 0) { console.log(`[${c.id}] NOT FOUND: ${cl.evidence}`); bad++; continue; }
    if (full.indexOf(cl.evidence, first + 1) >= 0) { console.log(`[${c.id}] NOT UNIQUE: ${cl.evidence}`); bad++; }
  }
  const sentences = full.split(/(?<=[.!?]["”]?)\s+|\n+/).filter((x) => x.trim().length > 0).length;
  console.log(`${c.id}: ${c.claims.length} claims, ~${sentences} sentence-like units`);
}
console.log(`articles ${SET4_B_CASES.length}, claims ${n} (acc ${nAcc}, den ${nDen}), hedged ${nHedged}, optional ${nOpt}; problems ${bad}`);
process.exit(bad ? 1 : 0);
