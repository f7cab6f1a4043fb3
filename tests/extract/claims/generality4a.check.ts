// Checks only that every evidence string of set 4A occurs verbatim, once, in its article
// (headline + body), within one paragraph. Runs no extractor.
import { SET4_A_CASES, SET4_A_TAGS } from './generality4a.cases.ts';

let bad = 0;
let n = 0;
const ids = new Set<string>();
for (const c of SET4_A_CASES) {
  if (ids.has(c.id)) { console.log(`duplicate id ${c.id}`); bad++; }
  ids.add(c.id);
  for (const t of c.tags) if (!(SET4_A_TAGS as readonly string[]).includes(t)) { console.log(`${c.id}: unknown tag ${t}`); bad++; }
  const doc = `${c.headline ?? ''}\n\n${c.text}`;
  for (const k of c.claims) {
    n++;
    const e = k.evidence;
    const count = doc.split(e).length - 1;
    if (count !== 1) { console.log(`${c.id}: evidence found ${count}x: ${e}`); bad++; }
    if (e.includes('\n')) { console.log(`${c.id}: evidence spans lines: ${e}`); bad++; }
  }
}
console.log(`${SET4_A_CASES.length} cases, ${n} claims, ${bad} problems`);
process.exit(bad ? 1 : 0);
